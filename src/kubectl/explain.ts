/**
 * The pipeline: text -> lines -> tables -> values -> pods -> annotate -> cluster (see DESIGN.md, "How a
 * paste flows through the core"). Never throws on user input: problems are data.
 *
 * Shared by server, browser and CLI: no DOM, no Node API. The clock is `options.now`, never read here.
 */
import type { ExplainOptions, LineInfo, Model, NextCommand, PodRow, Problem } from './model.ts';
import { countLines, looksBinary, MAX_INPUT_CHARS, MAX_INPUT_LINES, splitLines } from './lines.ts';
import { readTables, type RawRow } from './tables.ts';
import { ageSeconds } from './age.ts';
import { noneToNull, parseLabels, parseReady, parseRestarts } from './values.ts';
import { fillCommand, rowSeverity, statusInfo } from './status.ts';
import { matchByLabels, matchComponent, type ComponentInfo } from './components.ts';
import { inferOwner, nameShape, type NameShape } from './owner.ts';
import { inferCluster } from './cluster.ts';

function emptyModel(): Model {
  return {
    columns: [], rows: [], nodes: [], findings: [], problems: [], cluster: { podNetworks: [], nodeNetworks: [], cni: null, dns: null },
    lines: [], otherTables: [], podTables: [], messages: [], commands: [],
  };
}

/**
 * Stage 3, values: turns a raw row's cells into a typed pod record (not yet annotated).
 *
 * @example
 * toPodRow(raw).ready // { ready: 1, total: 1 }
 */
export function toPodRow(raw: RawRow): PodRow {
  let namespace: string | null = null;
  let name = '';
  let ready = null;
  let status: string | null = null;
  let restarts = null;
  let age: string | null = null;
  let ip: string | null = null;
  let node: string | null = null;
  let nominatedNode: string | null = null;
  let readinessGates: string | null = null;
  let labels: Record<string, string> | null = null;
  const extra: Record<string, string> = {};
  const cells = raw.cells;
  for (let i = 0; i < cells.length; i++) {
    const col = raw.columns[i];
    const v = cells[i] as string;
    if (col === undefined) break;
    switch (col.kind) {
      case 'namespace':
        namespace = v;
        break;
      case 'name': {
        const slash = v.indexOf('/');
        name = slash >= 0 ? v.slice(slash + 1) : v;
        break;
      }
      case 'ready':
        ready = parseReady(v);
        break;
      case 'status':
        status = v;
        break;
      case 'restarts':
        restarts = parseRestarts(v);
        break;
      case 'age':
        age = v;
        break;
      case 'ip':
        ip = noneToNull(v);
        break;
      case 'node':
        node = noneToNull(v);
        break;
      case 'nominated':
        nominatedNode = noneToNull(v);
        break;
      case 'gates':
        readinessGates = noneToNull(v);
        break;
      case 'labels':
        labels = parseLabels(v);
        break;
      case 'extra':
        extra[col.name] = v;
        break;
      default:
        col.kind satisfies never;
    }
  }
  if (namespace === null && raw.command !== null && !raw.command.allNamespaces) namespace = raw.command.namespace;
  return {
    line: raw.line, namespace, name, ready, status, restarts, age, ageSeconds: age === null ? null : ageSeconds(age), ip, node, nominatedNode,
    readinessGates, labels, extra, component: null, workload: null, network: 'unknown', severity: 'unknown', phase: null, explanations: [], next: [],
    readBy: raw.readBy,
  };
}

/**
 * Reads a `kubectl get pods` paste (any mix of tables, prompts, messages and prose) into the model.
 *
 * @example
 * const model = explain(text, { now: Date.parse('2026-11-25T00:00:00Z') });
 * model.rows[0]?.workload // { kind: 'Deployment', name: 'calico-kube-controllers', confidence: 'high' }
 */
export function explain(text: string, options: ExplainOptions = {}): Model {
  const model = emptyModel();
  const input = typeof text === 'string' ? text : String(text ?? '');
  if (input.length > MAX_INPUT_CHARS || (input.length > MAX_INPUT_LINES && countLines(input) > MAX_INPUT_LINES)) {
    model.problems.push({ line: 1, code: 'input-too-large', message: `Input over ${MAX_INPUT_CHARS} characters or ${MAX_INPUT_LINES} lines: paste only the table.` });
    return model;
  }
  if (input.trim() === '') {
    const n = splitLines(input).length;
    for (let i = 0; i < n; i++) model.lines.push({ line: i + 1, kind: 'blank' });
    model.problems.push({ line: 1, code: 'empty-input', message: 'Nothing to read: the paste is empty.' });
    return model;
  }
  const lines = splitLines(input);
  if (looksBinary(input)) {
    for (let i = 0; i < lines.length; i++) model.lines.push({ line: i + 1, kind: 'problem' });
    model.problems.push({ line: 1, code: 'binary-input', message: 'This looks like a binary file, not terminal text.' });
    return model;
  }
  void options.now;

  const read = readTables(lines);
  const messageAt = new Map(read.messages.map((m) => [m.line, m.id]));
  model.lines = read.kinds.map((kind, i): LineInfo => {
    const id = messageAt.get(i + 1);
    return id === undefined ? { line: i + 1, kind } : { line: i + 1, kind, messageId: id };
  });
  model.problems = read.problems.sort((a: Problem, b: Problem) => a.line - b.line);
  model.messages = read.messages.map((m) => ({ line: m.line, id: m.id }));
  model.commands = read.commands.map((c) => ({ line: c.line, command: c.command.text, namespace: c.command.namespace, allNamespaces: c.command.allNamespaces, wide: c.command.wide, watch: c.command.watch }));
  model.otherTables = read.otherTables.map((t) => ({ line: t.line, kind: t.kind, rows: t.rows }));
  model.podTables = read.podTables.map((t) => ({ line: t.line, columns: t.columns, rows: t.rows }));
  model.columns = read.podTables[0]?.columns ?? read.rows[0]?.columns.map((c) => c.name) ?? [];

  // Values.
  const rows = read.rows.map(toPodRow);
  model.rows = rows;
  const withNodeColumn = new Set<PodRow>();
  read.rows.forEach((raw, i) => {
    if (raw.columns.some((c) => c.kind === 'node')) withNodeColumn.add(rows[i] as PodRow);
  });

  // A watch prints a pod again on every change: the last line for a name wins for counts.
  const lastIndex = new Map<string, number>();
  rows.forEach((r, i) => lastIndex.set(`${r.namespace ?? ''}\u0000${r.name}`, i));
  const superseded = new Set<number>();
  rows.forEach((r, i) => {
    if (lastIndex.get(`${r.namespace ?? ''}\u0000${r.name}`) !== i) superseded.add(i);
  });

  // Owner context, precomputed once (no per-row scans of all rows).
  const nodes = new Set<string>();
  for (const r of rows) if (r.node !== null) nodes.add(r.node);
  const shapes: NameShape[] = rows.map((r) => nameShape(r.name));
  const fiveNodes = new Map<string, Set<string>>();
  shapes.forEach((s, i) => {
    const node = (rows[i] as PodRow).node;
    if (s.type !== 'five' || node === null) return;
    let set = fiveNodes.get(s.base);
    if (set === undefined) fiveNodes.set(s.base, (set = new Set()));
    set.add(node);
  });
  const fiveBaseNodes = new Map([...fiveNodes].map(([k, v]) => [k, v.size]));
  const ctx = { nodes, fiveBaseNodes };

  const componentCache = new Map<string, ComponentInfo | null>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    r.workload = inferOwner(r.name, r, ctx, shapes[i]);
    const key = `${r.namespace ?? ''}\u0000${r.workload.name}`;
    let comp = componentCache.get(key);
    if (comp === undefined) {
      comp = matchComponent(r.workload.name, r.namespace) ?? null;
      componentCache.set(key, comp);
    }
    if (comp === null && r.labels !== null) comp = matchByLabels(r.labels) ?? null;
    r.component = comp?.id ?? null;
    annotate(r, comp);
  }

  const tableCommands = read.podTables.map((t) => t.command);
  const tableWide = read.podTables.map((t) => t.columns.includes('IP') || t.columns.includes('NODE'));
  const result = inferCluster({ rows, superseded, nodeRows: read.nodeRows, tableCommands, tableWide, tableLines: read.podTables.map((t) => t.line), withNodeColumn });
  model.nodes = result.nodes;
  model.cluster = result.cluster;
  model.findings = result.findings;
  return model;
}

/** Severity, phase, explanation keys and next commands of one row. */
function annotate(r: PodRow, comp: ComponentInfo | null): void {
  const info = r.status === null ? null : statusInfo(r.status);
  r.severity = rowSeverity(r);
  r.phase = info?.phase ?? null;
  if (info !== null) r.explanations.push(info.explanation);
  if (r.status === 'Running' && r.ready !== null && r.ready.ready < r.ready.total) r.explanations.push('explain.ready-partial');
  if (comp !== null) r.explanations.push(comp.role);
  if (r.workload !== null) r.explanations.push(`owner.${r.workload.kind}`);
  if (r.namespace === null) r.explanations.push('explain.namespace-unknown');
  const next: NextCommand[] = [];
  const seen = new Set<string>();
  const push = (c: NextCommand | null): void => {
    if (c === null || seen.has(c.command)) return;
    seen.add(c.command);
    next.push(c);
  };
  if (info !== null) for (const t of info.commands) push(fillCommand(t, r.name, r.namespace, r.node));
  if (r.restarts !== null && r.restarts.count > 0) push(fillCommand({ command: 'kubectl -n {ns} logs {name} --previous', why: 'why.logs-previous' }, r.name, r.namespace, r.node));
  if (info === null || next.length === 0) push(fillCommand({ command: 'kubectl -n {ns} describe pod {name}', why: 'why.describe' }, r.name, r.namespace, r.node));
  r.next = next;
}
