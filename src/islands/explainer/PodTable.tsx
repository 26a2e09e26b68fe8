// The annotated pod table: filters, sortable headers, virtual rows for big pastes, row details and the legend.
import { useMemo } from 'preact/hooks';
import type { Lang, Model } from '../../kubectl/index.ts';
import { explainText } from '../../i18n/index.ts';
import { filterRows, legendEntries, nodeRoles, sortRows, tableColumns, type ColumnKey, type RowFilter, type SortDir, type SortKey } from '../../explainer/view.ts';
import PodFilters from './PodFilters.tsx';
import PodRow from './PodRow.tsx';
import RowDetails from './RowDetails.tsx';
import type { Filters, Tr } from './shared.ts';
import { useVirtualRows, VIEWPORT_PX } from './useVirtualRows.ts';

export interface Sort {
  key: SortKey;
  dir: SortDir;
}

interface Props {
  model: Model;
  lang: Lang;
  t: Tr;
  filter: RowFilter;
  setFilter: (f: Filters) => void;
  clearLines: () => void;
  sort: Sort;
  setSort: (s: Sort) => void;
  openLine: number | null;
  setOpenLine: (l: number | null) => void;
  focusLine: number | null;
  clearFocus: () => void;
  onCopy: (command: string) => void;
}

export default function PodTable(p: Props) {
  const { model, lang, t, filter, sort } = p;
  const columns = useMemo(() => tableColumns(lang), [lang]);
  const roles = useMemo(() => nodeRoles(model), [model]);
  const view = useMemo(() => sortRows(filterRows(model.rows, filter), sort.key, sort.dir), [model, filter.namespace, filter.node, filter.severity, filter.text, filter.lines, sort.key, sort.dir]);
  const { virtual, scroller, onScroll, rowH, start, end } = useVirtualRows(view, p.focusLine, p.clearFocus);
  const colCount = columns.length + 1;
  const f: Filters = { namespace: filter.namespace ?? '', node: filter.node ?? '', severity: filter.severity ?? '', text: filter.text ?? '' };

  const slice = view.slice(start, end);
  const openRow = p.openLine === null ? undefined : model.rows.find((r) => r.line === p.openLine);

  const sortBy = (key: ColumnKey) => {
    p.setSort(sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' });
  };
  const ariaSort = (key: ColumnKey): 'ascending' | 'descending' | undefined =>
    sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;

  return (
    <>
      <PodFilters model={model} lang={lang} t={t} f={f} setFilter={p.setFilter} />
      <p class="explainer__count" aria-live="polite">
        {t('explain.filter.count', { shown: view.length, total: model.rows.length })}
        {filter.lines && (
          <>
            {' · '}
            {t('explain.filter.lines', { count: filter.lines.size })}{' '}
            <button type="button" class="explainer__linkish" onClick={p.clearLines}>
              {t('explain.filter.clearLines')}
            </button>
          </>
        )}
      </p>
      <div
        ref={scroller}
        class={`explainer__scroll${virtual ? ' explainer__scroll--virtual' : ''}`}
        tabindex={0}
        role="region"
        aria-label={t('explain.table.region')}
        onScroll={onScroll}
        style={virtual ? { maxHeight: `${VIEWPORT_PX}px` } : undefined}
      >
        <table class="explainer__table" aria-rowcount={virtual ? view.length + 1 : undefined}>
          <caption class="sr-only">{t('explain.table.caption')}</caption>
          <thead>
            <tr aria-rowindex={virtual ? 1 : undefined}>
              <th scope="col" class="explainer__toggle-col">
                <span class="sr-only">{explainText(lang, 'ui.col.explanation')}</span>
              </th>
              {columns.map((c) => (
                <th scope="col" key={c.key} aria-sort={ariaSort(c.key)}>
                  <button type="button" class="explainer__sort" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden="true" class="explainer__arrow">
                      {sort.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {start > 0 && (
              <tr aria-hidden="true" class="explainer__spacer" style={{ height: `${start * rowH}px` }}>
                <td colSpan={colCount} />
              </tr>
            )}
            {slice.map((row, k) => (
              <PodRow
                key={row.line}
                row={row}
                index={start + k}
                virtual={virtual}
                open={p.openLine === row.line}
                toggle={() => p.setOpenLine(p.openLine === row.line ? null : row.line)}
                roles={roles}
                lang={lang}
                t={t}
                colCount={colCount}
                onCopy={p.onCopy}
              />
            ))}
            {end < view.length && (
              <tr aria-hidden="true" class="explainer__spacer" style={{ height: `${(view.length - end) * rowH}px` }}>
                <td colSpan={colCount} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {virtual && openRow && (
        <div id={`details-${openRow.line}`} class="explainer__panel" role="region" aria-label={t('explain.details.title', { name: openRow.name })}>
          <RowDetails row={openRow} lang={lang} t={t} onCopy={p.onCopy} />
          <button type="button" onClick={() => p.setOpenLine(null)}>
            {t('explain.details.close')}
          </button>
        </div>
      )}
      <details class="explainer__legend">
        <summary>{t('explain.legend')}</summary>
        <dl>
          {legendEntries(lang).map((e) => (
            <div key={e.key}>
              <dt>{e.label}</dt>
              <dd>{e.description}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}
