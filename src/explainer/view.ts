/**
 * The explainer's view model: what a table of annotated pods shows, how it filters and sorts, the summary,
 * and the share fragment. Shared by the build-time table (src/components/PodsTable.astro) and the browser
 * island (src/islands/Explainer.tsx), so it is pure: no DOM, no Astro, no Preact, no Node API. Views call
 * this; they never parse (the core in src/kubectl does that).
 */
import LZString from 'lz-string';
import { componentById, severityLabel, SEVERITY_ORDER, SEVERITY_SYMBOL, toMarkdownTable } from '../kubectl/index.ts';
import type { Finding, Lang, Model, NodeRole, PodRow, Severity } from '../kubectl/index.ts';
import { explainText } from '../i18n/index.ts';
import { uiText, type UiKey } from '../i18n/ui.ts';

/** Columns of the annotated table, in display order. */
export const COLUMN_KEYS = ['name', 'namespace', 'component', 'owner', 'node', 'network', 'ready', 'status', 'restarts', 'age', 'severity'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];
/** Sort keys: every column, plus `line` (the order of the paste). */
export type SortKey = ColumnKey | 'line';
export type SortDir = 'asc' | 'desc';

/** Columns the legend explains though the table does not show them as columns. */
export const LEGEND_ONLY = ['ip', 'nominated', 'gates'] as const;

export interface Column {
  key: ColumnKey;
  label: string;
  /** What the column means, for the legend below the table. */
  description: string;
}

const ui = (lang: Lang, key: string, vars: Record<string, string | number> = {}) => uiText(lang, key as UiKey, vars);

/**
 * @example
 * tableColumns('en')[0] // { key: 'name', label: 'NAME', description: "The pod's name. ..." }
 */
export function tableColumns(lang: Lang): Column[] {
  return COLUMN_KEYS.map((key) => ({ key, label: ui(lang, `explain.col.${key}`), description: ui(lang, `explain.col.${key}.desc`) }));
}

/** Every column the legend explains: the table's, then NOMINATED NODE, READINESS GATES and IP. */
export function legendEntries(lang: Lang): { key: string; label: string; description: string }[] {
  const extra = LEGEND_ONLY.map((key) => ({ key, label: ui(lang, `explain.col.${key}`), description: ui(lang, `explain.col.${key}.desc`) }));
  return [...tableColumns(lang), ...extra];
}

export interface RowCells {
  name: string;
  namespace: string;
  /** Component id ('' when not a known system pod). */
  component: string;
  owner: string;
  node: string;
  /** The node's role in the reader's language ('' when the row has no node). */
  nodeRole: string;
  network: string;
  ip: string;
  ready: string;
  status: string;
  restarts: string;
  age: string;
  severity: Severity;
  /** Symbol and word, e.g. '✖ error': never colour alone. */
  severityLabel: string;
  severitySymbol: string;
  severityWord: string;
}

/**
 * The text of each cell of a row. `roles` maps node names to roles (from `model.nodes`).
 *
 * @example
 * rowCells(row, 'en', roles).owner // 'Deployment coredns'
 */
export function rowCells(row: PodRow, lang: Lang, roles: ReadonlyMap<string, NodeRole> = new Map()): RowCells {
  const role = row.node === null ? undefined : roles.get(row.node);
  return {
    name: row.name,
    namespace: row.namespace ?? '',
    component: row.component ?? '',
    // A question mark for an owner read from the name's shape alone (the row's explanations say why).
    owner: row.workload === null ? '' : `${row.workload.kind}${row.workload.confidence === 'low' ? '?' : ''} ${row.workload.name}`,
    node: row.node ?? '',
    nodeRole: row.node === null ? '' : explainText(lang, `role.${role ?? 'unknown'}`),
    network: explainText(lang, `network.${row.network}.short`),
    ip: row.ip ?? '',
    ready: row.ready === null ? '' : `${row.ready.ready}/${row.ready.total}`,
    status: row.status ?? '',
    restarts: row.restarts === null ? '' : row.restarts.lastAgo === null ? String(row.restarts.count) : `${row.restarts.count} (${row.restarts.lastAgo} ago)`,
    age: row.age ?? '',
    severity: row.severity,
    severityLabel: severityLabel(row.severity, lang),
    severitySymbol: SEVERITY_SYMBOL[row.severity],
    severityWord: explainText(lang, `severity.${row.severity}`),
  };
}

/** Node name -> role, for `rowCells`. */
export function nodeRoles(model: Pick<Model, 'nodes'>): Map<string, NodeRole> {
  return new Map(model.nodes.map((n) => [n.name, n.role]));
}

export interface RowFilter {
  /** '' for all. */
  namespace?: string;
  /** '' for all; NO_NODE for rows without a node. */
  node?: string;
  /** '' for all. */
  severity?: Severity | '';
  /** Case-insensitive substring of name, namespace, status, node, component, owner, IP. */
  text?: string;
  /** Only these line numbers (a finding's rows); undefined for all. */
  lines?: ReadonlySet<number> | undefined;
}

/** The node filter's value for rows without a node. */
export const NO_NODE = '\u0000none';

/**
 * Rows that pass every filter that is set. Returns the same array when no filter is set.
 *
 * @example
 * filterRows(rows, { severity: 'error' }).every((r) => r.severity === 'error') // true
 */
export function filterRows(rows: readonly PodRow[], f: RowFilter): readonly PodRow[] {
  const ns = f.namespace ?? '';
  const node = f.node ?? '';
  const sev = f.severity ?? '';
  const text = (f.text ?? '').trim().toLowerCase();
  const lines = f.lines;
  if (ns === '' && node === '' && sev === '' && text === '' && lines === undefined) return rows;
  return rows.filter((r) => {
    if (ns !== '' && r.namespace !== ns) return false;
    if (node !== '' && (node === NO_NODE ? r.node !== null : r.node !== node)) return false;
    if (sev !== '' && r.severity !== sev) return false;
    if (lines !== undefined && !lines.has(r.line)) return false;
    if (text !== '') {
      const hay = [r.name, r.namespace, r.status, r.node, r.component, r.workload?.name, r.workload?.kind, r.ip];
      if (!hay.some((h) => h != null && h.toLowerCase().includes(text))) return false;
    }
    return true;
  });
}

const SEVERITY_RANK: Record<Severity, number> = Object.fromEntries(SEVERITY_ORDER.map((s, i) => [s, i])) as Record<Severity, number>;

function sortValue(r: PodRow, key: SortKey): string | number | null {
  switch (key) {
    case 'line':
      return r.line;
    case 'name':
      return r.name;
    case 'namespace':
      return r.namespace;
    case 'component':
      return r.component;
    case 'owner':
      return r.workload === null ? null : `${r.workload.kind} ${r.workload.name}`;
    case 'node':
      return r.node;
    case 'network':
      return r.network === 'unknown' ? null : r.network;
    case 'ready':
      return r.ready === null ? null : r.ready.total === 0 ? 0 : r.ready.ready / r.ready.total;
    case 'status':
      return r.status;
    case 'restarts':
      return r.restarts?.count ?? null;
    case 'age':
      return r.ageSeconds;
    case 'severity':
      return SEVERITY_RANK[r.severity];
    default:
      return key satisfies never;
  }
}

const collator = new Intl.Collator('en', { numeric: true });

/**
 * A sorted copy. Empty values go last in both directions; ties keep the paste's order (stable).
 * Severity ascending means worst first (error, warning, unknown, progress, ok).
 *
 * @example
 * sortRows(rows, 'restarts', 'desc')[0].restarts.count // the most restarted pod
 */
export function sortRows(rows: readonly PodRow[], key: SortKey, dir: SortDir): PodRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = rows.map((r) => ({ r, v: sortValue(r, key) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.r.line - b.r.line : a.v === null ? 1 : -1;
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
    return c === 0 ? a.r.line - b.r.line : sign * c;
  });
  return keyed.map((k) => k.r);
}

export interface SummaryNode {
  name: string;
  role: NodeRole;
  roleLabel: string;
  /** Null when the paste has no NODE column to count by. */
  pods: number | null;
  hostNetworkPods: number;
  address: string | null;
  components: string[];
}

export interface SummaryFinding {
  severity: Severity;
  /** Symbol and word. */
  severityLabel: string;
  text: string;
  rows: number[];
}

export interface Summary {
  pods: number;
  nodes: SummaryNode[];
  hostNetworkPods: number;
  podNetworks: string[];
  nodeNetworks: string[];
  cni: string | null;
  dns: string | null;
  /** Worst first; ties keep the core's order. */
  findings: SummaryFinding[];
  /** One line: the nodes and their roles. */
  nodesLine: string;
  /** How many nodes of each role, in the order roles first appear (`control plane 3, worker 30`). */
  rolesLine: string;
}

/**
 * What the summary above the table says.
 *
 * @example
 * summary(explain(seed), 'en').nodesLine // 'm-k8s (control plane), w1-k8s (worker), ...'
 */
export function summary(model: Model, lang: Lang): Summary {
  const hostByNode = new Map<string, number>();
  let host = 0;
  for (const r of model.rows) {
    if (r.network !== 'host') continue;
    host++;
    if (r.node !== null) hostByNode.set(r.node, (hostByNode.get(r.node) ?? 0) + 1);
  }
  const nodes = model.nodes.map((n) => ({
    // Without a NODE column the count is not known (only static pods name their node): null, shown as such.
    name: n.name, role: n.role, roleLabel: explainText(lang, `role.${n.role}`), pods: n.podsKnown ? n.pods : null, hostNetworkPods: hostByNode.get(n.name) ?? 0,
    address: n.address, components: n.components,
  }));
  const findings = rankFindings(model.findings).map((f) => ({
    severity: f.severity, severityLabel: severityLabel(f.severity, lang), text: explainText(lang, `finding.${f.id}`, f.vars), rows: f.rows,
  }));
  return {
    pods: model.rows.length, nodes, hostNetworkPods: host, podNetworks: model.cluster.podNetworks, nodeNetworks: model.cluster.nodeNetworks,
    cni: model.cluster.cni, dns: model.cluster.dns, findings, nodesLine: nodes.map((n) => `${n.name} (${n.roleLabel})`).join(', '),
    rolesLine: rolesLine(nodes),
  };
}

/** How many nodes of each role: a big cluster's list is folded, and this line says what is in it. */
export function rolesLine(nodes: readonly Pick<SummaryNode, 'roleLabel'>[]): string {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.roleLabel, (counts.get(n.roleLabel) ?? 0) + 1);
  return [...counts].map(([role, count]) => `${role} ${count}`).join(', ');
}

/** Findings worst first (stable). */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i).map((x) => x.f);
}

/** The URL fragment's key for a paste. */
export const SHARE_KEY = 'paste';

/**
 * The fragment that carries a paste: `#paste=<lz-string compressToEncodedURIComponent>`.
 *
 * @example
 * decodeShareFragment(encodeShareFragment('NAME READY')) // 'NAME READY'
 */
export function encodeShareFragment(text: string): string {
  return `#${SHARE_KEY}=${LZString.compressToEncodedURIComponent(text)}`;
}

/**
 * The paste a fragment carries, or null when it carries none or garbage. Never throws.
 *
 * @example
 * decodeShareFragment('#paste=%%%') // null
 * decodeShareFragment('#row-4')     // null
 */
export function decodeShareFragment(hash: string): string | null {
  try {
    const h = hash.startsWith('#') ? hash.slice(1) : hash;
    const prefix = `${SHARE_KEY}=`;
    if (!h.startsWith(prefix)) return null;
    const data = h.slice(prefix.length);
    if (data === '' || !/^[A-Za-z0-9+\-$]*$/.test(data)) return null;
    const text = LZString.decompressFromEncodedURIComponent(data);
    if (typeof text !== 'string' || text === '') return null;
    return text;
  } catch {
    return null;
  }
}

/** The annotated table as Markdown (the core's rendering), for "Copy as Markdown table". */
export function copyMarkdown(model: Model, lang: Lang): string {
  return toMarkdownTable(model, lang);
}

/** Normalises Astro's BASE_URL ('/kube-anatomy' or '/kube-anatomy/') to end with one slash. */
export function normaliseBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** '' for Korean (the root locale), 'en/' for English. */
export function localePrefix(lang: Lang): string {
  return lang === 'en' ? 'en/' : '';
}

/**
 * The guide page of a component, under the site's base and the reader's locale; null when it has none.
 *
 * @example
 * guideHref('/kube-anatomy/', 'en', 'etcd') // '/kube-anatomy/en/components/etcd/'
 */
export function guideHref(base: string, lang: Lang, componentId: string | null): string | null {
  if (componentId === null) return null;
  const slug = componentById(componentId)?.guide ?? null;
  return slug === null ? null : `${normaliseBase(base)}${localePrefix(lang)}${slug}`;
}

/** The component's official documentation (kubernetes.io for Kubernetes' own parts). */
export function docsHref(componentId: string | null): string | null {
  if (componentId === null) return null;
  return componentById(componentId)?.docs ?? null;
}

/**
 * The explainer page carrying a paste in its fragment.
 *
 * @example
 * explainerHref('/kube-anatomy/', 'ko', 'x').startsWith('/kube-anatomy/explain/#paste=') // true
 */
export function explainerHref(base: string, lang: Lang, text: string): string {
  return `${normaliseBase(base)}${localePrefix(lang)}explain/${encodeShareFragment(text)}`;
}

/**
 * Rows kept by a PodsTable's `only` prop: comma-separated component ids or pod-name prefixes.
 *
 * @example
 * onlyRows(rows, 'etcd,kube-proxy').map((r) => r.name) // ['etcd-m-k8s', 'kube-proxy-2tpvj', ...]
 */
export function onlyRows(rows: readonly PodRow[], only: string | undefined): readonly PodRow[] {
  const keep = (only ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (keep.length === 0) return rows;
  return rows.filter((r) => keep.some((k) => r.component === k || r.name.startsWith(k)));
}

/**
 * The text of a 1-based line of `text`, cut to a readable length (240 characters and an ellipsis).
 *
 * @example
 * lineOf('a\nb\r\nc', 2) // 'b'
 */
export function lineOf(text: string, line: number): string {
  let start = 0;
  for (let k = 1; k < line; k++) {
    const i = text.indexOf('\n', start);
    if (i < 0) return '';
    start = i + 1;
  }
  const end = text.indexOf('\n', start);
  const s = text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
  return s.length > 240 ? `${s.slice(0, 240)}…` : s;
}

/**
 * Whether a dropped file is read as a paste: text types, an unknown type, or a .txt/.log/.out name.
 *
 * @example
 * isTextFile('', 'pods.out') // true
 * isTextFile('image/png', 'x.png') // false
 */
export function isTextFile(type: string, name: string): boolean {
  return type === '' || type.startsWith('text/') || /\.(txt|log|out)$/i.test(name);
}

/** Severity symbol, word and rank, re-exported for views. */
export { SEVERITY_ORDER, SEVERITY_SYMBOL };
