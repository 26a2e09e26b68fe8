// One row of the pod table: its toggle, its cells, and (in a non-virtual table) its details row when open.
import type { Lang, NodeRole, PodRow as PodRowData } from '../../kubectl/index.ts';
import { guideHref, rowCells } from '../../explainer/view.ts';
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
        <th scope="row" class="explainer__name">
          {c.name}
        </th>
        <td>{c.namespace}</td>
        <td>{c.component === '' ? '' : guide ? <a href={guide}>{c.component}</a> : c.component}</td>
        <td>{c.owner}</td>
        <td>
          {c.node}
          {c.nodeRole && <span class="explainer__muted"> ({c.nodeRole})</span>}
        </td>
        <td>{c.network}</td>
        <td>{c.ready}</td>
        <td>{c.status}</td>
        <td>{c.restarts}</td>
        <td>{c.age}</td>
        <td class="explainer__sevcell">
          <span aria-hidden="true">{c.severitySymbol}</span> {c.severityWord}
        </td>
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
