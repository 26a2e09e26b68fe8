// The cluster summary: its nodes, pod and node networks, and the findings with links to their rows.
import { useMemo } from 'preact/hooks';
import type { Lang, Model } from '../../kubectl/index.ts';
import { explainText } from '../../i18n/index.ts';
import { summary } from '../../explainer/view.ts';
import type { Tr } from './shared.ts';

/** How many of a finding's rows get their own link. */
const FINDING_LINKS = 5;

interface Props {
  model: Model;
  lang: Lang;
  t: Tr;
  /** Show one row (a finding's row link). */
  onRow: (line: number) => void;
  /** Show only these rows (a finding's "show rows"). */
  onRows: (lines: number[]) => void;
}

export default function Summary({ model, lang, t, onRow, onRows }: Props) {
  const s = useMemo(() => summary(model, lang), [model, lang]);
  const names = useMemo(() => new Map(model.rows.map((r) => [r.line, r.name])), [model]);
  const none = explainText(lang, 'ui.none');
  return (
    <section class="explainer__section explainer__summary" aria-labelledby="explain-summary-h">
      <h2 id="explain-summary-h">{t('explain.summary')}</h2>
      <h3>{t('explain.summary.nodes', { count: s.nodes.length })}</h3>
      {s.nodes.length > 0 ? (
        <ul class="explainer__nodes">
          {s.nodes.map((n) => (
            <li key={n.name}>
              {n.pods === null ? t('explain.summary.node-pods-unknown', { name: n.name, role: n.roleLabel }) : t('explain.summary.node', { name: n.name, role: n.roleLabel, pods: n.pods })}
              {n.hostNetworkPods > 0 && <>, {t('explain.summary.nodeHost', { count: n.hostNetworkPods })}</>}
              {n.address && <> · {n.address}</>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{none}</p>
      )}
      <p>{t('explain.summary.hostNetwork', { count: `${s.hostNetworkPods} / ${s.pods}` })}</p>
      <dl class="explainer__facts">
        <dt>{explainText(lang, 'ui.pod-networks')}</dt>
        <dd>{s.podNetworks.length > 0 ? s.podNetworks.join(', ') : none}</dd>
        <dt>{explainText(lang, 'ui.node-networks')}</dt>
        <dd>{s.nodeNetworks.length > 0 ? s.nodeNetworks.join(', ') : none}</dd>
        <dt>{explainText(lang, 'ui.cni')}</dt>
        <dd>{s.cni ?? none}</dd>
        <dt>{explainText(lang, 'ui.dns')}</dt>
        <dd>{s.dns ?? none}</dd>
      </dl>
      <h3>{t('explain.summary.findings')}</h3>
      {s.findings.length === 0 ? (
        <p>{t('explain.summary.noFindings')}</p>
      ) : (
        <ol class="explainer__findings">
          {s.findings.map((f, i) => (
            <li key={i} class={`explainer__finding sev-${f.severity}`}>
              <span class="explainer__sev">{f.severityLabel}</span> {f.text}
              {f.rows.length > 0 && (
                <ul class="explainer__rowlinks">
                  {f.rows.slice(0, FINDING_LINKS).map((line) => (
                    <li key={line}>
                      <a
                        href={`#row-${line}`}
                        onClick={(e) => {
                          e.preventDefault();
                          onRow(line);
                        }}
                      >
                        {t('explain.summary.rowLink', { name: names.get(line) ?? '', line })}
                      </a>
                    </li>
                  ))}
                  {f.rows.length > 1 && (
                    <li>
                      <button type="button" class="explainer__linkish" onClick={() => onRows(f.rows)}>
                        {t('explain.summary.showRows', { count: f.rows.length })}
                      </button>
                    </li>
                  )}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
