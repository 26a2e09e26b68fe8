// The lines the explainer could not read: problems, kubectl's own messages, and ignored lines, each with its text.
import { useMemo } from 'preact/hooks';
import type { Lang, Model } from '../../kubectl/index.ts';
import { explainText, problemText, problemWhere } from '../../i18n/index.ts';
import { lineOf } from '../../explainer/view.ts';
import type { Tr } from './shared.ts';

const PROBLEMS_SHOWN = 100;

export default function Problems({ model, text, t, lang }: { model: Model; text: string; t: Tr; lang: Lang }) {
  const ignored = useMemo(() => model.lines.filter((l) => l.kind === 'noise'), [model]);
  if (model.problems.length === 0 && model.messages.length === 0 && ignored.length === 0) return null;
  const shown = model.problems.slice(0, PROBLEMS_SHOWN);
  return (
    <section class="explainer__section" aria-labelledby="explain-problems-h">
      <h2 id="explain-problems-h">{t('explain.problems.title')}</h2>
      {shown.length > 0 && (
        <>
          <h3>{t('explain.problems.list', { count: model.problems.length })}</h3>
          <ul class="explainer__problems">
            {shown.map((pr, i) => (
              <li key={i}>
                <strong>{problemWhere(lang, pr)}</strong>: {problemText(lang, pr)}
                <pre>{lineOf(text, pr.line)}</pre>
              </li>
            ))}
            {model.problems.length > shown.length && <li>{t('explain.problems.more', { count: model.problems.length - shown.length })}</li>}
          </ul>
        </>
      )}
      {model.messages.length > 0 && (
        <>
          <h3>{t('explain.messages.title')}</h3>
          <ul>
            {model.messages.slice(0, PROBLEMS_SHOWN).map((m, i) => (
              <li key={i}>
                {t('explain.noTable.message', { line: m.line, text: explainText(lang, `message.${m.id}`, m.vars) })}
                <pre>{lineOf(text, m.line)}</pre>
              </li>
            ))}
          </ul>
        </>
      )}
      {ignored.length > 0 && (
        <details class="explainer__legend">
          <summary>{t('explain.ignored.title', { count: ignored.length })}</summary>
          <ul class="explainer__problems">
            {ignored.slice(0, PROBLEMS_SHOWN).map((l) => (
              <li key={l.line}>
                <strong>{explainText(lang, 'ui.line', { line: l.line })}</strong>
                <pre>{lineOf(text, l.line)}</pre>
              </li>
            ))}
            {ignored.length > PROBLEMS_SHOWN && <li>{t('explain.problems.more', { count: ignored.length - PROBLEMS_SHOWN })}</li>}
          </ul>
        </details>
      )}
    </section>
  );
}
