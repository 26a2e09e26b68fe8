// One row of the pod table: its toggle, its cells, and (in a non-virtual table) its details row when open.
import type { Lang, NodeRole, PodRow as PodRowData } from '../../kubectl/index.ts';
import { docsHref, guideHref, rowCells } from '../../explainer/view.ts';
import PodCells from './PodCells.tsx';
import RowDetails from './RowDetails.tsx';
import { BASE, type Tr } from './shared.ts';

interface Props {
  row: PodRowData;
  index: number;
  virtual: boolean;
  open: boolean;
  toggle: () => void;
  roles: ReadonlyMap<string, NodeRole>;
  lang: Lang;
  t: Tr;
  colCount: number;
  onCopy: (command: string) => void;
}

export default function PodRow({ row, index, virtual, open, toggle, roles, lang, t, colCount, onCopy }: Props) {
  const c = rowCells(row, lang, roles);
  const guide = guideHref(BASE, lang, row.component);
  const detailsId = `details-${row.line}`;
  return (
    <>
      <tr id={`row-${row.line}`} class={`explainer__row sev-${row.severity}${open ? ' is-open' : ''}`} aria-rowindex={virtual ? index + 2 : undefined}>
        <td class="explainer__toggle-cell">
          <button type="button" class="explainer__toggle" aria-expanded={open} aria-controls={open ? detailsId : undefined} onClick={toggle}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            <span class="sr-only">{t('explain.row.toggle', { name: row.name })}</span>
          </button>
        </td>
        <PodCells cells={c} guide={guide} docs={docsHref(row.component)} docsLabel={t('podsTable.docs')} />
      </tr>
      {open && !virtual && (
        <tr id={detailsId} class="explainer__details-row">
          <td colSpan={colCount}>
            <RowDetails row={row} lang={lang} t={t} onCopy={onCopy} />
          </td>
        </tr>
      )}
    </>
  );
}
