/**
 * Mermaid settings shared by the build-time renderer and the in-page fallback, so both draw the same.
 *
 * Sequence diagrams: Mermaid's defaults (150 px actor boxes 50 px apart, messages on one line) make a
 * six-participant diagram about 1,500 px wide, which the content column then shrinks to unreadable
 * text. Narrower actors closer together, with long messages and names wrapped and a thinner margin,
 * keep every sequence diagram under about 1,000 px (five or six participants: about 600-900 px). Actors
 * stay wide enough for `kube-apiserver` and `kube-scheduler` on one line: below about 130 px Mermaid
 * hyphenates them.
 */
export const MERMAID_SEQUENCE = { actorMargin: 12, width: 136, wrap: true, diagramMarginX: 8 } as const;

/**
 * The smallest fraction of its natural size a diagram may be drawn at. Where the column is
 * narrower, the figure scrolls sideways instead (figure.ts sets `--mermaid-min-width` from the diagram's width; site.css holds the svg to it).
 */
export const MIN_DIAGRAM_SCALE = 0.7;
