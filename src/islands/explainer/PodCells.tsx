// The cells of one pod row, from the name to the severity: the same markup in the build-time <PodsTable>
// (rendered statically, no JS) and in the explainer island, so the two tables cannot drift apart.
import type { RowCells } from '../../explainer/view.ts';
import './PodCells.css';

interface Props {
  cells: RowCells;
  /** The guide page of the row's component, null when the guide has none. */
  guide: string | null;
  /** The component's kubernetes.io page, null when unknown. */
  docs: string | null;
  /** "docs" in the page's language. */
  docsLabel: string;
}

export default function PodCells({ cells: c, guide, docs, docsLabel }: Props) {
  return (
    <>
      <th scope="row" class="pod-cells__name">
        {c.name}
      </th>
      <td>{c.namespace}</td>
      <td>
        {c.component === '' ? '' : guide ? <a class="pod-cells__link" href={guide}>{c.component}</a> : c.component}
        {c.component !== '' && docs && (
          <>
            {' '}
            <a class="pod-cells__link pod-cells__docs" href={docs} rel="external">
              <span class="sr-only">{c.component} </span>
              {docsLabel}
            </a>
          </>
        )}
      </td>
      <td>{c.owner}</td>
      <td>
        {c.node}
        {c.nodeRole && <span class="pod-cells__muted"> ({c.nodeRole})</span>}
      </td>
      <td>{c.network}</td>
      <td>{c.ready}</td>
      <td>{c.status}</td>
      <td>{c.restarts}</td>
      <td>{c.age}</td>
      <td class={`pod-cells__sev pod-cells__sev--${c.severity}`}>
        <span aria-hidden="true">{c.severitySymbol}</span> {c.severityWord}
      </td>
    </>
  );
}
