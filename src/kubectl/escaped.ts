/**
 * Pod tables inside a JSON string, their line breaks written `\n`: an agent's tool log
 * (`{"data": "NAMESPACE  NAME ...\nkube-system  coredns-..."}`), Ansible's one-line result (`"stdout": "NAME ...\n..."`),
 * an LLM tool's answer. Each such line is opened into the lines it stands for before the tables are read, and the
 * model's line numbers are mapped back afterwards, so every row says the line it was pasted on.
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */
import type { LineInfo, LineKind, Model } from './model.ts';

/** A pod table's header written inside a string, after its opening quote or a `\n`. */
export const ESCAPED_POD_HEADER = /(?:"|\\n)(?:NAMESPACE +)?NAME +READY +STATUS/;
/** What may follow a list's one-line string: its comma, or nothing. */
const ONE_LINE_END = /^,? *$/;
/** More pieces than this in one line is no terminal's table: left as it is (and reported as one). */
const MAX_PIECES = 20_000;

export interface Expanded {
  lines: string[];
  /** Per expanded line (0-based), the 1-based line of the paste it came from. */
  origin: number[];
}

/**
 * The paste's lines with each escaped table opened up, or null when there is none.
 *
 * @example
 * expandEscapedTables(['{"data": "NAME   READY   STATUS\\nweb-0   1/1   Running"}'])?.lines
 * // ['{"data": "', 'NAME   READY   STATUS', 'web-0   1/1   Running', '"}']
 */
export function expandEscapedTables(lines: readonly string[]): Expanded | null {
  let out: string[] | null = null;
  let origin: number[] | null = null;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    const pieces = line.indexOf('\\n') >= 0 || line.indexOf(ANSIBLE_LINES) >= 0 ? openUp(line) : null;
    if (pieces === null) {
      if (out !== null && origin !== null) {
        out.push(line);
        origin.push(k + 1);
      }
      continue;
    }
    if (out === null || origin === null) {
      out = lines.slice(0, k);
      origin = out.map((_, i) => i + 1);
    }
    for (const p of pieces) {
      out.push(p);
      origin.push(k + 1);
    }
  }
  return out === null || origin === null ? null : { lines: out, origin };
}

/** One line's pieces: what comes before the string, the string's lines unescaped, what follows it. Null when none. */
function openUp(line: string): string[] | null {
  const m = ESCAPED_POD_HEADER.exec(line.length > 65_536 ? line.slice(0, 65_536) : line);
  const at = m !== null ? m.index : ansibleStdout(line);
  if (at < 0) return null;
  const quoted = line.charCodeAt(at) === 34;
  const headerAt = at + (quoted ? 1 : 2);
  // Where the string closes: the first quote no backslash escapes.
  let close = -1;
  for (let i = headerAt; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) {
      close = i;
      break;
    }
  }
  const body = line.slice(headerAt, close < 0 ? line.length : close);
  // A string of one line, its own line break at its end (a notebook's `"NAME   READY ...\\n",`): one of a list of
  // lines, the rest below it, each read as it stands (see normalizeLineText), as the header is.
  if (quoted && close >= 0 && body.indexOf('\\n') === body.length - 2 && line.slice(0, at).trim() === '' && ONE_LINE_END.test(line.slice(close + 1))) return null;
  const before = line.slice(0, headerAt);
  const parts = [...(quoted ? [before] : before.split('\\n').slice(0, -1)), ...body.split('\\n')];
  if (parts.length > MAX_PIECES) return null;
  const out = parts.map(unescape);
  // Ansible's result puts the command it ran in `"cmd"` (keys sorted, so before `"stdout"`): as a prompt above the
  // table, its `-n` says the rows' namespace.
  const cmd = quoted ? ansibleCommand(before) : null;
  if (cmd !== null) {
    // Said once: the field's own text left in the line would read as a second, garbled command.
    out[0] = unescape(before.replace(ANSIBLE_CMD, '"cmd": null'));
    out.splice(1, 0, `$ ${cmd}`);
  }
  if (close >= 0) out.push(line.slice(close));
  return out;
}

/** Ansible's one-line result (`ok: [m] => {..., "stdout_lines": ["..."]}`, the default callback's shape). */
export const ANSIBLE_LINES = '"stdout_lines": [';
const ANSIBLE_STDOUT = '"stdout": "';

/**
 * Where the `"stdout"` string of an Ansible one-line result opens (its quote), when the task ran kubectl or oc and
 * printed something; -1 otherwise. A `| grep` in the task leaves no header (openebs e2e, dt/02), so the escaped
 * header alone would miss rows that are the task's whole output, and one row has no `\n` to find either.
 */
function ansibleStdout(line: string): number {
  if (line.indexOf(ANSIBLE_LINES) < 0) return -1;
  const i = line.indexOf(ANSIBLE_STDOUT);
  if (i < 0 || line.charCodeAt(i + ANSIBLE_STDOUT.length) === 34) return -1;
  return ansibleCommand(line.slice(0, i)) === null ? -1 : i + ANSIBLE_STDOUT.length - 1;
}

/** Ansible's `"cmd": "..."` (the shell module) or `"cmd": ["kubectl", "get", ...]` (command), when it runs kubectl or oc. */
const ANSIBLE_CMD = /"cmd": (?:"((?:[^"\\]|\\.){1,2000})"|\[((?:"(?:[^"\\]|\\.){0,500}"(?:, )?){1,60})\])/;

/**
 * The command in an Ansible result's `"cmd"` field, unescaped, when it calls kubectl or oc; null otherwise.
 *
 * @example
 * ansibleCommand('ok: [m] => {"cmd": "kubectl get pods -n web", "stdout": "') // 'kubectl get pods -n web'
 */
export function ansibleCommand(text: string): string | null {
  const m = ANSIBLE_CMD.exec(text);
  if (m === null) return null;
  const cmd = m[1] !== undefined ? unescape(m[1]) : [...(m[2] as string).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((a) => unescape(a[1] as string)).join(' ');
  return /(?:^|[ ;&|/])(?:kubectl|oc|k3s kubectl|microk8s kubectl) /.test(cmd) ? cmd : null;
}

/** A JSON string's escapes a table's text may hold: `\"`, `\\`, `\/`, `\t`. */
function unescape(s: string): string {
  return s.indexOf('\\') < 0 ? s : s.replace(/\\(["\\/t])/g, (_, c: string) => (c === 't' ? '\t' : c));
}

/** What an opened line counts as, from what its pieces were: the most telling kind wins. */
const KIND_RANK: Readonly<Record<LineKind, number>> = { row: 0, header: 1, 'other-table': 2, prompt: 3, message: 4, problem: 5, noise: 6, blank: 7 };

/**
 * Maps a model read from expanded lines back to the paste's lines: one LineInfo per pasted line, and every line
 * number (rows, problems, messages, commands, tables, findings) the pasted line's.
 */
export function mapBack(model: Model, origin: readonly number[], pasted: number): void {
  const at = (line: number): number => origin[line - 1] ?? line;
  const lines: (LineInfo | undefined)[] = new Array<LineInfo | undefined>(pasted);
  for (const info of model.lines) {
    const line = at(info.line);
    const held = lines[line - 1];
    if (held === undefined || KIND_RANK[info.kind] < KIND_RANK[held.kind]) lines[line - 1] = { ...info, line };
  }
  model.lines = lines.map((l, i) => l ?? { line: i + 1, kind: 'noise' });
  for (const r of model.rows) r.line = at(r.line);
  for (const p of model.problems) {
    p.line = at(p.line);
    if (p.through !== undefined) {
      p.through = at(p.through);
      // A run within one pasted line is that line.
      if (p.through === p.line) delete p.through;
    }
  }
  for (const m of model.messages) m.line = at(m.line);
  for (const c of model.commands) c.line = at(c.line);
  for (const t of model.podTables) t.line = at(t.line);
  for (const t of model.otherTables) t.line = at(t.line);
  for (const f of model.findings) {
    f.rows = [...new Set(f.rows.map(at))];
    // A finding that names a line in its text (namespace-unknown-named's `{line}`) names the pasted one too.
    if (typeof f.vars.line === 'number') f.vars.line = at(f.vars.line);
  }
}
