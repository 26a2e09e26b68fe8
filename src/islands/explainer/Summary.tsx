// The cluster summary: the findings with links to their rows, the pod and node networks, and the nodes.
import { useMemo } from 'preact/hooks';
import type { Lang, Model } from '../../kubectl/index.ts';
import { explainText } from '../../i18n/index.ts';
import { summary, type SummaryNode } from '../../explainer/view.ts';
import type { Tr } from './shared.ts';

/** How many of a finding's rows get their own link. */
const FINDING_LINKS = 5;
/** Up to this many nodes the table is shown; more are folded behind a count per role (a lab has 3-5, a fleet hundreds). */
const NODES_OPEN = 10;

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
      {/* What is wrong first: a big cluster's node list would push it a screen or more down. */}
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
      <h3>{t('explain.summary.nodes', { count: s.nodes.length })}</h3>
      {s.nodes.length === 0 ? (
        <p>{none}</p>
      ) : s.nodes.length > NODES_OPEN ? (
        <>
          <p>{s.rolesLine}</p>
          <details class="explainer__nodelist">
            <summary>{t('explain.summary.showNodes', { count: s.nodes.length })}</summary>
            <NodeTable nodes={s.nodes} t={t} none={none} />
          </details>
        </>
      ) : (
        <NodeTable nodes={s.nodes} t={t} none={none} />
      )}
    </section>
  );
}

/** One row per node; a table so a column (role, pods, address) can be read down. */
function NodeTable({ nodes, t, none }: { nodes: SummaryNode[]; t: Tr; none: string }) {
  return (
    // Its own classes, not the pod table's: tests and styles find the pod table by those. Focusable, as it may scroll on a phone.
    <div class="explainer__nodescroll" tabIndex={0} role="region" aria-label={t('explain.summary.nodesRegion')}>
      <table class="explainer__nodetable">
        <thead>
          <tr>
            <th scope="col">{t('explain.summary.col.node')}</th>
            <th scope="col">{t('explain.summary.col.role')}</th>
            <th scope="col">{t('explain.summary.col.pods')}</th>
            <th scope="col">{t('explain.summary.col.host')}</th>
            <th scope="col">{t('explain.summary.col.address')}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => (
            <tr key={n.name}>
              <th scope="row">{n.name}</th>
              <td>{n.roleLabel}</td>
              <td>{n.pods === null ? t('explain.summary.podsUnknown') : n.pods}</td>
              <td>{n.hostNetworkPods}</td>
              <td>{n.address ?? none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
