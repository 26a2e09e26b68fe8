/**
 * Mermaid settings shared by the build-time renderer and the in-page fallback, so both draw the same.
 *
 * Sequence diagrams: Mermaid's defaults (150 px actor boxes 50 px apart, messages on one line) make a
 * six-participant diagram about 1,500 px wide, which the content column then shrinks to unreadable
 * text. Narrower actors closer together, with long messages and names wrapped and a thinner margin,
 * keep every sequence diagram under about 1,000 px (five or six participants: about 750-850 px).
 */
export const MERMAID_SEQUENCE = { actorMargin: 20, width: 120, wrap: true, diagramMarginX: 16 } as const;

/**
 * The smallest fraction of its natural size a diagram may be drawn at. Where the column is
 * narrower, the figure scrolls sideways instead (site.css reads `--mermaid-natural-width`).
 */
export const MIN_DIAGRAM_SCALE = 0.7;
