// One pod's explanation: what it is, its status and likely causes, its facts, next commands and links.
import { componentById, type Lang, type PodRow } from '../../kubectl/index.ts';
import { explainText, hasText } from '../../i18n/index.ts';
import { docsHref, guideHref } from '../../explainer/view.ts';
import CopyButton from './CopyButton.tsx';
import { BASE, type Tr } from './shared.ts';

const LIFECYCLE = 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/';

export default function RowDetails({ row, lang, t, onCopy }: { row: PodRow; lang: Lang; t: Tr; onCopy: (command: string) => void }) {
  const info = row.component === null ? undefined : componentById(row.component);
  const what = row.explanations.filter((id) => id.startsWith('component.') || id.startsWith('owner.') || id.startsWith('network.'));
  const status = row.explanations.filter((id) => !what.includes(id));
  const causes = status.filter((id) => id.startsWith('status.') && hasText(lang, `${id}.causes`)).map((id) => `${id}.causes`);
  const guide = guideHref(BASE, lang, row.component);
  const docs = docsHref(row.component);
  const facts: [string, string][] = [[t('explain.details.line', { line: row.line }), '']];
  if (row.ip) facts.push([t('explain.col.ip'), row.ip]);
  if (row.nominatedNode) facts.push([t('explain.col.nominated'), row.nominatedNode]);
  if (row.readinessGates) facts.push([t('explain.col.gates'), row.readinessGates]);
  if (row.labels) facts.push([t('explain.details.labels'), Object.entries(row.labels).map(([k, v]) => `${k}=${v}`).join(', ')]);
  for (const [k, v] of Object.entries(row.extra)) facts.push([k, v]);
  return (
    <div class="explainer__details">
      <h3>{t('explain.details.title', { name: row.name })}</h3>
      <h4>{t('explain.details.what')}</h4>
      <ul>
        {info === undefined && <li>{t('explain.details.noComponent')}</li>}
        {row.workload && <li>{t('explain.details.owner', { kind: row.workload.kind, name: row.workload.name })}</li>}
        {what.map((id) => (
          <li key={id}>{explainText(lang, id)}</li>
        ))}
      </ul>
      <TextList heading={t('explain.details.status')} ids={status} lang={lang} />
      <TextList heading={t('explain.details.why')} ids={causes} lang={lang} />
      <h4>{t('explain.details.facts')}</h4>
      <dl class="explainer__facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            {v !== '' && <dd>{v}</dd>}
          </div>
        ))}
      </dl>
      {row.next.length > 0 && (
        <>
          <h4>{t('explain.details.next')}</h4>
          <ul class="explainer__commands">
            {row.next.map((n) => (
              <li key={n.command}>
                <code>{n.command}</code> <CopyButton command={n.command} t={t} onCopy={onCopy} />
                <br />
                <span class="explainer__muted">{explainText(lang, n.why)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('explain.details.links')}</h4>
      <ul>
        {guide && row.component && (
          <li>
            <a href={guide}>{t('explain.details.guide', { component: row.component })}</a>
          </li>
        )}
        {docs && row.component && (
          <li>
            <a href={docs} rel="external">
              {t('explain.details.docs', { component: row.component })}
            </a>
          </li>
        )}
        <li>
          <a href={LIFECYCLE} rel="external">
            {t('explain.details.lifecycle')}
          </a>
        </li>
      </ul>
    </div>
  );
}

/** A heading and the explanation texts under it; nothing when there are none. */
function TextList({ heading, ids, lang }: { heading: string; ids: readonly string[]; lang: Lang }) {
  if (ids.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul>
        {ids.map((id) => (
          <li key={id}>{explainText(lang, id)}</li>
        ))}
      </ul>
    </>
  );
}
