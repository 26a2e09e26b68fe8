/**
 * The explainer core's public API: text in, model out, plus the knowledge it uses and the text views.
 *
 * Shared by server (build-time tables), browser (explainer island) and CLI: no DOM, no Astro, no Node API.
 */
export * from './model.ts';
export { BORROWED_OWNER_TEXTS, explain, toPodRow } from './explain.ts';
export { STATUS_VOCABULARY, statusInfo, fillCommand, type StatusEntry, type StatusPattern, type CommandTemplate, type Phase } from './status.ts';
export { COMPONENTS, componentById, matchComponent, type ComponentInfo, type ComponentCategory, type GuideSlug } from './components.ts';
export { toMarkdownTable, clusterMapMermaid, toJSON, hasPodTable, severityLabel, mermaidLabel, SEVERITY_SYMBOL } from './views.ts';
export { redact } from './redact.ts';
export { parseAge, humanDuration, type AgeInterval } from './age.ts';
export { inferOwner, nameShape } from './owner.ts';
export { FINDING_IDS, type FindingId } from './cluster.ts';
export { MESSAGE_IDS, MAX_INPUT_CHARS, MAX_INPUT_LINES, MAX_LINE_CHARS } from './lines.ts';
