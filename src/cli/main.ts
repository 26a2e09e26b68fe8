/**
 * The terminal front end: `npm run explain -- [--json] [--lang ko|en] [--now ISO] [FILE]`.
 * Reads FILE or standard input, prints the annotated table, nodes, findings and problems (or the JSON model).
 * Exit 0 when a pod table was read, 2 when the input holds none (saying what it held), 1 on bad usage.
 *
 * Node-only: this shell may use Node APIs; the core it calls does not.
 */
import { readFileSync } from 'node:fs';
import { explain, hasPodTable, toJSON, type Lang, type Model, type PodRow, type Severity } from '../kubectl/index.ts';
import { severityLabel } from '../kubectl/views.ts';
import { explainText, problemText, problemWhere, tableKindText } from '../i18n/index.ts';

interface Args {
  json: boolean;
  lang: Lang;
  now: number | undefined;
  file: string | undefined;
  help: boolean;
}

/** Parses argv; returns an error string on bad usage. */
export function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, lang: 'ko', now: undefined, file: undefined, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--json':
        args.json = true;
        break;
      case '--lang': {
        const v = value();
        if (v !== 'ko' && v !== 'en') return `--lang takes ko or en (got ${v ?? 'nothing'})`;
        args.lang = v;
        break;
      }
      case '--now': {
        const v = value();
        const t = v === undefined ? NaN : Date.parse(v);
        if (Number.isNaN(t)) return `--now takes an ISO time such as 2026-11-25T00:00:00Z (got ${v ?? 'nothing'})`;
        args.now = t;
        break;
      }
      case '-h':
      case '--help':
        args.help = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
        if (args.file !== undefined) return `only one FILE (got ${args.file} and ${a})`;
        args.file = a;
    }
  }
  return args;
}

const COLOURS: Record<Severity, string> = { ok: '\x1b[32m', progress: '\x1b[36m', warning: '\x1b[33m', error: '\x1b[31m', unknown: '\x1b[35m' };

/** Display width: Hangul and other wide characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) ? 2 : 1;
  }
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

/** A table with kubectl's spacing (three spaces between columns). */
function table(head: string[], rows: string[][], colour?: (row: number, col: number, text: string) => string): string {
  // A loop, not Math.max(...rows): spreading 100k+ rows as arguments overflows the call stack.
  const widths = head.map((h, i) => {
    let w = width(h);
    for (const r of rows) w = Math.max(w, width(r[i] ?? ''));
    return w;
  });
  const line = (cells: string[], ri: number) => cells.map((c, i) => {
    const padded = i === cells.length - 1 ? c : pad(c, widths[i] ?? 0);
    return colour && ri >= 0 ? colour(ri, i, padded) : padded;
  }).join('   ').trimEnd();
  return [line(head, -1), ...rows.map((r, i) => line(r, i))].join('\n');
}

export function render(model: Model, lang: Lang, useColour: boolean): string {
  const t = (id: string, vars?: Record<string, string | number>) => explainText(lang, id, vars);
  const out: string[] = [];
  const head = ['ui.col.line', 'ui.col.namespace', 'ui.col.name', 'ui.col.status', 'ui.col.severity', 'ui.col.component', 'ui.col.owner', 'ui.col.node', 'ui.col.network'].map((k) => t(k));
  const rows = model.rows.map((r: PodRow) => [
    String(r.line), r.namespace ?? '-', r.name, r.status ?? '-', severityLabel(r.severity, lang), r.component ?? '-',
    r.workload === null ? '-' : `${r.workload.kind}${r.workload.confidence === 'low' ? '?' : ''}/${r.workload.name}`, r.node ?? '-', t(`network.${r.network}.short`),
  ]);
  const sev = model.rows.map((r) => r.severity);
  out.push(table(head, rows, useColour ? (ri, ci, text) => (ci === 4 ? `${COLOURS[sev[ri] ?? 'unknown']}${text}\x1b[0m` : text) : undefined));

  out.push('', `## ${t('ui.nodes')}`);
  if (model.nodes.length === 0) out.push(t('ui.none'));
  else out.push(table(['ui.col.node', 'ui.col.role', 'ui.col.pods', 'ui.col.address', 'ui.col.components'].map((k) => t(k)), model.nodes.map((n) => [n.name, t(`role.${n.role}`), n.podsKnown ? String(n.pods) : '-', n.address ?? '-', n.components.join(',') || '-'])));
  const c = model.cluster;
  out.push('', `## ${t('ui.cluster')}`);
  out.push(`${t('ui.cni')}: ${c.cni ?? '-'}   ${t('ui.dns')}: ${c.dns ?? '-'}   ${t('ui.pod-networks')}: ${c.podNetworks.join(', ') || '-'}   ${t('ui.node-networks')}: ${c.nodeNetworks.join(', ') || '-'}`);

  out.push('', `## ${t('ui.findings')}`);
  if (model.findings.length === 0) out.push(t('ui.none'));
  for (const f of model.findings) {
    const label = severityLabel(f.severity, lang);
    const where = f.rows.length === 0 ? '' : ` (${t('ui.line', { line: f.rows.slice(0, 12).join(', ') + (f.rows.length > 12 ? ', …' : '') })})`;
    out.push(`${useColour ? `${COLOURS[f.severity]}${label}\x1b[0m` : label}  ${t(`finding.${f.id}`, f.vars)}${where}`);
  }
  if (model.messages.length > 0) {
    out.push('', `## ${t('ui.messages')}`);
    for (const m of model.messages) out.push(`${t('ui.line', { line: m.line })}: ${t(`message.${m.id}`, m.vars)}`);
  }
  if (model.otherTables.length > 0) {
    out.push('', `## ${t('ui.other-tables')}`);
    for (const o of model.otherTables) out.push(`${t('ui.line', { line: o.line })}: ${tableKindText(lang, o.kind)} (${o.rows})`);
  }
  out.push('', `## ${t('ui.problems')}`);
  if (model.problems.length === 0) out.push(t('ui.none'));
  for (const p of model.problems.slice(0, 200)) out.push(`${problemWhere(lang, p)}: [${p.code}] ${problemText(lang, p)}`);
  if (model.problems.length > 200) out.push(`… +${model.problems.length - 200}`);
  return out.join('\n');
}

/** What a paste without a pod table held, in the reader's language. */
/** Problems about the input as a whole, said without a line. */
const INPUT_PROBLEMS: ReadonlySet<string> = new Set(['binary-input', 'input-too-large', 'empty-input']);
/** Problems listed when no table was found; the rest counted, so a 100k-line paste of prose prints a few lines. */
const NO_TABLE_PROBLEMS = 10;

export function recognised(model: Model, lang: Lang): string {
  const t = (id: string, vars?: Record<string, string | number>) => explainText(lang, id, vars);
  const parts: string[] = [];
  for (const o of model.otherTables) parts.push(t('ui.cli.recognised.other-table', { kind: tableKindText(lang, o.kind) }));
  for (const m of model.messages) parts.push(`${t('ui.cli.recognised.message', { id: m.id })}: ${t(`message.${m.id}`, m.vars)}`);
  for (const c of model.commands) parts.push(t('ui.cli.recognised.command', { command: c.command }));
  // Lines of other kinds outside any table (`deployment.apps/web` of -o name): set aside, but seen.
  if (model.otherTables.length === 0 && model.lines.some((l) => l.kind === 'other-table')) parts.push(t('ui.cli.recognised.other-lines'));
  for (const p of model.problems) if (INPUT_PROBLEMS.has(p.code)) parts.push(t(`problem.${p.code}`));
  // Lines seen but not read (rows without their header, a translated row, a line of no known shape): said where they
  // are, as the web page's problems list does, so a paste that holds no table still accounts for its lines.
  const located = model.problems.filter((p) => !INPUT_PROBLEMS.has(p.code));
  for (const p of located.slice(0, NO_TABLE_PROBLEMS)) parts.push(`${problemWhere(lang, p)}: ${problemText(lang, p)}`);
  if (located.length > NO_TABLE_PROBLEMS) parts.push(t('ui.cli.recognised.more-problems', { count: located.length - NO_TABLE_PROBLEMS }));
  if (model.lines.some((l) => l.kind === 'noise' || l.kind === 'problem') && parts.length === 0) parts.push(t('ui.cli.recognised.prose'));
  if (parts.length === 0) parts.push(t('ui.cli.recognised.nothing'));
  return [t('ui.cli.no-pod-table'), t('ui.cli.recognised', { what: [...new Set(parts)].join('; ') }), t('ui.cli.paste-instead')].join('\n');
}

/**
 * `JSON.stringify(value, null, 2)` written in pieces: a 1M-row model serialises to more than the longest
 * string V8 can hold, so each top-level key and each element of a top-level array is stringified alone.
 * The output is the same text.
 */
export function jsonChunks(value: object, emit: (s: string) => void): void {
  const entries = Object.entries(value);
  if (entries.length === 0) {
    emit('{}\n');
    return;
  }
  emit('{\n');
  entries.forEach(([key, v], k) => {
    emit(`  ${JSON.stringify(key)}: `);
    if (Array.isArray(v) && v.length > 0) {
      emit('[\n');
      v.forEach((el, j) => emit(`    ${(JSON.stringify(el, null, 2) ?? 'null').replaceAll('\n', '\n    ')}${j < v.length - 1 ? ',' : ''}\n`));
      emit('  ]');
    } else emit((JSON.stringify(v, null, 2) ?? 'null').replaceAll('\n', '\n  '));
    emit(k < entries.length - 1 ? ',\n' : '\n');
  });
  emit('}\n');
}

function writeJson(value: object): void {
  let buf = '';
  jsonChunks(value, (s) => {
    buf += s;
    if (buf.length > 1 << 20) {
      process.stdout.write(buf);
      buf = '';
    }
  });
  process.stdout.write(buf);
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    process.stderr.write(`${explainText('ko', 'ui.cli.bad-usage', { detail: parsed })}\n${explainText('en', 'ui.cli.bad-usage', { detail: parsed })}\n\n${explainText('en', 'ui.cli.usage')}\n`);
    return 1;
  }
  if (parsed.help) {
    process.stdout.write(`${explainText(parsed.lang, 'ui.cli.usage')}\n`);
    return 0;
  }
  let text: string;
  if (parsed.file === undefined || parsed.file === '-') text = readStdin();
  else {
    try {
      text = readFileSync(parsed.file, 'utf8');
    } catch (e) {
      process.stderr.write(`${explainText(parsed.lang, 'ui.cli.read-error', { file: parsed.file, detail: e instanceof Error ? e.message : String(e) })}\n`);
      return 1;
    }
  }
  const model = explain(text, parsed.now === undefined ? {} : { now: parsed.now });
  if (!hasPodTable(model)) {
    if (parsed.json) writeJson(toJSON(model));
    process.stderr.write(`${recognised(model, parsed.lang)}\n`);
    return 2;
  }
  if (parsed.json) writeJson(toJSON(model));
  else process.stdout.write(`${render(model, parsed.lang, process.stdout.isTTY === true && process.env.NO_COLOR === undefined)}\n`);
  return 0;
}

if (import.meta.main === true || process.argv[1]?.endsWith('main.ts')) process.exitCode = main(process.argv.slice(2));
