// What the explainer shows when a paste has no pod table: what it did recognise, and the command to run instead.
import type { Lang, Model } from '../../kubectl/index.ts';
import { explainText, tableKindText } from '../../i18n/index.ts';
import Problems from './Problems.tsx';
import type { Tr } from './shared.ts';

export default function NoPodTable({ model, text, lang, t }: { model: Model; text: string; lang: Lang; t: Tr }) {
  const prose = model.lines.filter((l) => l.kind === 'noise' || l.kind === 'problem').length;
  const items: string[] = [];
  for (const o of model.otherTables) items.push(t('explain.noTable.other', { line: o.line, kind: tableKindText(lang, o.kind), rows: o.rows }));
  for (const m of model.messages) items.push(t('explain.noTable.message', { line: m.line, text: explainText(lang, `message.${m.id}`, m.vars) }));
  for (const l of model.lines) {
    if (l.kind === 'message' && l.messageId && !model.messages.some((m) => m.line === l.line)) {
      items.push(t('explain.noTable.message', { line: l.line, text: explainText(lang, `message.${l.messageId}`) }));
    }
  }
  for (const c of model.commands) items.push(`${explainText(lang, 'ui.line', { line: c.line })}: ${c.command}`);
  if (prose > 0) items.push(t('explain.noTable.prose', { count: prose }));
  return (
    <section class="explainer__section explainer__notable" aria-labelledby="explain-notable-h">
      <h2 id="explain-notable-h">{t('explain.noTable.title')}</h2>
      <p>{t('explain.noTable.recognised')}</p>
      <ul>
        {items.length === 0 ? <li>{t('explain.noTable.nothing')}</li> : items.map((s, i) => <li key={i}>{s}</li>)}
      </ul>
      <p>{t('explain.noTable.instead')}</p>
      <pre>
        <code>kubectl get pods -A -o wide</code>
      </pre>
      <Problems model={model} text={text} t={t} lang={lang} />
    </section>
  );
}
