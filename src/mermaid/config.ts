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

/**
 * Mermaid's dark theme draws edge labels in grey on a half-transparent grey box (about 3:1, below
 * WCAG AA's 4.5:1) and notes in near-black on dark grey (about 2:1). These keep its look and lift the
 * text to AA.
 */
export const MERMAID_THEME_VARIABLES = {
  light: {},
  dark: {
    textColor: '#f3f4f6',
    nodeTextColor: '#f3f4f6',
    primaryTextColor: '#f3f4f6',
    titleColor: '#f3f4f6',
    lineColor: '#b8bec9',
    edgeLabelBackground: '#1b1e24',
    actorTextColor: '#f3f4f6',
    signalTextColor: '#f3f4f6',
    labelTextColor: '#f3f4f6',
    // Its notes are a dark grey box: near-black text there was about 2:1 (the e2e contrast test reads it).
    noteBkgColor: '#3a3f4b',
    noteBorderColor: '#8b93a1',
    noteTextColor: '#f3f4f6',
  },
} as const;
