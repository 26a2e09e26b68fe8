/**
 * Stage: views. Text renderings of the model for the fronts that cannot import a component: the annotated
 * Markdown table ("copy as Markdown"), the Mermaid cluster map source, and the JSON shape of DESIGN.md.
 * Every label comes from pasted text, so everything pasted is escaped; diagram ids are generated.
 *
 * Shared by server, browser and CLI: no DOM, no Node API. Texts come from src/i18n, which is pure data too.
 */
import type { Lang, Model, PodRow, Severity } from './model.ts';
import { explainText } from '../i18n/index.ts';

/** A symbol and a word for each severity: never colour alone. */
export const SEVERITY_SYMBOL: Record<Severity, string> = { ok: '✔', progress: '…', warning: '!', error: '✖', unknown: '?' };

/**
 * The severity as symbol and word in the reader's language.
 *
 * @example
 * severityLabel('error', 'en') // '✖ error'
 */
export function severityLabel(s: Severity, lang: Lang): string {
  return `${SEVERITY_SYMBOL[s]} ${explainText(lang, `severity.${s}`)}`;
}

/** Escapes a Markdown table cell: pipes, backticks, backslashes, and anything that would break the row. */
export function escapeMarkdownCell(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '|' || ch === '`' || ch === '\\' || ch === '*' || ch === '_' || ch === '<' || ch === '>' || ch === '[' || ch === ']') out += `\\${ch}`;
    else if (ch === '\n' || ch === '\r') out += ' ';
    else out += ch;
  }
  return out;
}

function ownerText(r: PodRow): string {
  return r.workload === null ? '' : `${r.workload.kind} ${r.workload.name}`;
}

/**
 * The annotated pod table as Markdown.
 *
 * @example
 * toMarkdownTable(explain(seed), 'en').split('\n')[0] // '| NAMESPACE | NAME | READY | STATUS | ... |'
 */
export function toMarkdownTable(model: Model, lang: Lang): string {
  const t = (id: string) => explainText(lang, id);
  const head = [t('ui.col.namespace'), t('ui.col.name'), t('ui.col.ready'), t('ui.col.status'), t('ui.col.severity'), t('ui.col.component'), t('ui.col.owner'), t('ui.col.node'), t('ui.col.network'), t('ui.col.explanation')];
  const lines = [`| ${head.map(escapeMarkdownCell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const r of model.rows) {
    const cells = [
      r.namespace ?? '', r.name, r.ready === null ? '' : `${r.ready.ready}/${r.ready.total}`, r.status ?? '', severityLabel(r.severity, lang),
      r.component ?? '', ownerText(r), r.node ?? '', t(`network.${r.network}.short`), r.explanations[0] === undefined ? '' : explainText(lang, r.explanations[0]),
    ];
    lines.push(`| ${cells.map(escapeMarkdownCell).join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * Escapes text for a quoted Mermaid label: only letters, digits and harmless punctuation pass; everything
 * that could close the quote, start a directive (`%%`), a comment, an entity, a link or HTML becomes a
 * Mermaid entity code (`#quot;`, `#lt;`, `#35;`), so pasted text can never change the diagram's structure.
 *
 * @example
 * mermaidLabel('"]; click p0 call alert(1); x["') // '#quot;#93;#59; click p0 call alert#40;1#41;#59; x#91;#quot;'
 */
export function mermaidLabel(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const safe = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || ch === ' ' || ch === '-' || ch === '.' || ch === '/' || ch === ',' || ch === '_' || ch === '…' || ch === '✔' || ch === '✖' || ch === '!' || ch === '?' || ch === '·' || (c >= 0xac00 && c <= 0xd7a3);
    if (safe) out += ch;
    else if (ch === '"') out += '#quot;';
    else if (ch === '<') out += '#lt;';
    else if (ch === '>') out += '#gt;';
    else if (ch === '&') out += '#amp;';
    else if (c < 32 || c === 0x2028 || c === 0x2029) out += ' ';
    else out += `#${c};`;
  }
  return out;
}

/** Node shapes by severity, so severity reads without colour (the label word says it too). */
function shape(s: Severity, label: string): string {
  switch (s) {
    case 'ok':
      return `["${label}"]`;
    case 'progress':
      return `(["${label}"])`;
    case 'warning':
      return `{{"${label}"}}`;
    case 'error':
      return `[["${label}"]]`;
    case 'unknown':
      return `>"${label}"]`;
    default:
      return s satisfies never;
  }
}

/** Past this many pods the map shows the first ones and says how many it left out. */
export const MAP_POD_LIMIT = 300;

/**
 * Mermaid flowchart source of the cluster: one subgraph per node holding its pods, pods without a node in
 * their own group. Ids are generated (`n0`, `p12`); labels are escaped pasted text.
 *
 * @example
 * clusterMapMermaid(explain(seed), 'en').startsWith('flowchart TB') // true
 */
export function clusterMapMermaid(model: Model, lang: Lang): string {
  const t = (id: string, vars?: Record<string, string | number>) => explainText(lang, id, vars);
  const rows = latestRows(model);
  const shown = rows.slice(0, MAP_POD_LIMIT);
  const out: string[] = ['flowchart TB'];
  out.push(`  accTitle: ${mermaidLabel(t('ui.map.title'))}`);
  out.push(`  accDescr: ${mermaidLabel(t('ui.map.description', { nodes: model.nodes.length, pods: rows.length }))}`);
  const byNode = new Map<string | null, PodRow[]>();
  for (const r of shown) {
    let list = byNode.get(r.node);
    if (list === undefined) byNode.set(r.node, (list = []));
    list.push(r);
  }
  const order: (string | null)[] = model.nodes.map((n) => n.name).filter((n) => byNode.has(n));
  for (const k of byNode.keys()) if (!order.includes(k)) order.push(k);
  let p = 0;
  order.forEach((nodeName, ni) => {
    const info = model.nodes.find((n) => n.name === nodeName);
    const title = nodeName === null ? t('ui.map.no-node') : `${nodeName} · ${t(`role.${info?.role ?? 'unknown'}`)}${info?.address ? ` · ${info.address}` : ''}`;
    out.push(`  subgraph n${ni}["${mermaidLabel(title)}"]`);
    out.push('    direction TB');
    for (const r of byNode.get(nodeName) ?? []) {
      const label = `${SEVERITY_SYMBOL[r.severity]} ${t(`severity.${r.severity}`)} · ${r.name}${r.status === null ? '' : ` · ${r.status}`}`;
      out.push(`    p${p}${shape(r.severity, mermaidLabel(label))}`);
      p++;
    }
    out.push('  end');
  });
  if (rows.length > shown.length) out.push(`  more["${mermaidLabel(t('ui.map.more', { count: rows.length - shown.length }))}"]`);
  return out.join('\n');
}

/** Rows with watch repeats removed (the last line for each pod wins). */
function latestRows(model: Model): PodRow[] {
  const last = new Map<string, PodRow>();
  for (const r of model.rows) {
    const key = `${r.namespace ?? ''}\u0000${r.name}`;
    last.delete(key);
    last.set(key, r);
  }
  return [...last.values()];
}

/**
 * The model as the JSON of DESIGN.md ("The JSON model"): stable keys, in that order.
 *
 * @example
 * Object.keys(toJSON(model)) // ['columns', 'rows', 'nodes', 'findings', 'problems', 'cluster', ...]
 */
export function toJSON(model: Model): object {
  return {
    columns: model.columns,
    rows: model.rows.map((r) => ({
      line: r.line, namespace: r.namespace, name: r.name, ready: r.ready, status: r.status, restarts: r.restarts, age: r.age,
      ageSeconds: r.ageSeconds, ip: r.ip, node: r.node, nominatedNode: r.nominatedNode, readinessGates: r.readinessGates, labels: r.labels,
      extra: r.extra, component: r.component, workload: r.workload, network: r.network, severity: r.severity, phase: r.phase,
      explanations: r.explanations, next: r.next, readBy: r.readBy,
    })),
    nodes: model.nodes,
    findings: model.findings,
    problems: model.problems,
    cluster: model.cluster,
    otherTables: model.otherTables,
    podTables: model.podTables,
    messages: model.messages,
    commands: model.commands,
    // How each input line was read: every line accounted for, as DESIGN.md's data flow promises.
    lines: model.lines,
  };
}

/**
 * True when the paste held a pod table (a header, or rows read without one).
 *
 * @example
 * hasPodTable(explain('No resources found in default namespace.')) // false
 */
export function hasPodTable(model: Model): boolean {
  return model.podTables.length > 0 || model.rows.length > 0;
}
