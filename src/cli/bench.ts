/**
 * `npm run bench`: parse+annotate speed of explain() on generated `-A -o wide` pastes, against a baseline
 * that only splits lines and cuts each at the header's offsets. Exits non-zero when a floor is missed.
 * Not a unit test: timings belong to this machine, floors are checked here, once, with medians.
 */
import { explain } from '../kubectl/index.ts';
import { humanDuration } from '../kubectl/age.ts';
import { pasteMarkup, splitLines } from '../kubectl/lines.ts';
import { readTables } from '../kubectl/tables.ts';
import { CellCache } from '../kubectl/intern.ts';
import type { NextCommand, PodRow, Ready, Restarts, Workload } from '../kubectl/model.ts';

const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
let seed = 42;
/**
 * A 32-bit LCG, computed exactly (Math.imul): `seed * 1103515245` in doubles loses its low bits past 2^53 and
 * the sequence fell into a cycle of ~10k states, so 100k "pods" were ~1k names printed again and again (99% of
 * rows read as watch repeats). The high bits pick the value (an LCG's low bits are weak).
 */
function rnd(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return Math.floor(((seed >>> 8) / 16_777_216) * n);
}
function rand(len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += ALPHABET[rnd(ALPHABET.length)];
  return s;
}

const HEADER = ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'];

/** Prints rows like Go's tabwriter with kubectl's settings (minwidth 6, padding 3). */
function print(rows: string[][]): string {
  const widths = HEADER.map((h, i) => Math.max(6, h.length, ...rows.map((r) => (r[i] ?? '').length)) + 3);
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('');
  return [line(HEADER), ...rows.map(line)].join('\n');
}

function generate(n: number): string {
  const nodes = Math.max(3, Math.ceil(n / 50));
  const namespaces = ['kube-system', 'default', 'shop', 'payments', 'monitoring', 'ingress-nginx', 'cert-manager', 'argocd'];
  const apps = ['api', 'web', 'worker', 'cart', 'search', 'auth', 'billing', 'frontend', 'redis', 'queue'];
  const statuses = ['Running', 'Running', 'Running', 'Running', 'Running', 'Running', 'Completed', 'Pending', 'CrashLoopBackOff', 'ContainerCreating'];
  const rows: string[][] = [];
  const hashes = new Map<string, string>();
  // A real `get pods -A` prints each pod once: namespace/name pairs are unique, StatefulSet ordinals count up.
  const used = new Set<string>();
  const ordinals = new Map<string, number>();
  const unique = (ns: string, make: () => string): string => {
    let name = make();
    while (used.has(`${ns}/${name}`)) name = make();
    used.add(`${ns}/${name}`);
    return name;
  };
  for (let i = 0; i < n; i++) {
    const node = i % nodes;
    const nodeName = node < 3 ? `cp-${node + 1}` : `worker-${String(node).padStart(3, '0')}`;
    const nodeIp = `192.168.${Math.floor(node / 250)}.${(node % 250) + 2}`;
    const kind = rnd(10);
    let ns = namespaces[rnd(namespaces.length)] as string;
    let name: string;
    let ip = `10.${244 + (node >> 8)}.${node % 256}.${rnd(250) + 2}`;
    if (kind === 0) {
      ns = 'kube-system';
      name = unique(ns, () => `kube-proxy-${rand(5)}`);
      ip = nodeIp;
    } else if (kind === 1) {
      ns = 'kube-system';
      name = unique(ns, () => `calico-node-${rand(5)}`);
      ip = nodeIp;
    } else if (kind === 2) {
      const sts = `${apps[rnd(apps.length)]}-db-${rnd(40)}`;
      const ordinal = ordinals.get(`${ns}/${sts}`) ?? 0;
      ordinals.set(`${ns}/${sts}`, ordinal + 1);
      name = `${sts}-${ordinal}`;
      used.add(`${ns}/${name}`);
    } else {
      const app = `${apps[rnd(apps.length)]}-${rnd(40)}`;
      let h = hashes.get(app);
      if (h === undefined) hashes.set(app, (h = rand(9 + rnd(2))));
      const hash = h;
      name = unique(ns, () => `${app}-${hash}-${rand(5)}`);
    }
    const status = statuses[rnd(statuses.length)] as string;
    const restarts = rnd(4) === 0 ? `${rnd(30) + 1} (${humanDuration(rnd(100000))} ago)` : '0';
    rows.push([ns, name, status === 'Running' ? '1/1' : '0/1', status, restarts, humanDuration(rnd(40000000)), status === 'Pending' ? '<none>' : ip, status === 'Pending' ? '<none>' : nodeName, '<none>', '<none>']);
  }
  return `$ kubectl get pods -A -o wide\n${print(rows)}\n`;
}

/** Where each of HEADER's columns starts in the printed header line. */
function columnStarts(header: string): number[] {
  // Search each name after the previous column, so NAME is not found inside NAMESPACE (nor NODE inside NOMINATED NODE).
  const starts: number[] = [];
  let from = 0;
  for (const h of HEADER) {
    const at = header.indexOf(h, from);
    starts.push(at);
    from = at + h.length;
  }
  return starts;
}

/** The baseline: split lines, cut each at the header's offsets (one substring per column). */
function baseline(text: string): number {
  const lines = text.split('\n');
  const starts = columnStarts(lines[1] ?? '');
  let cells = 0;
  for (let i = 2; i < lines.length; i++) {
    const l = lines[i] as string;
    for (let c = 0; c < starts.length; c++) {
      const cell = l.slice(starts[c], starts[c + 1] ?? l.length).trim();
      if (cell.length > 0) cells++;
    }
  }
  return cells;
}

/**
 * The cells alone, as the core reads them: the baseline's cuts, each repeating cell looked up in its column's
 * cache (what lets a value be checked and typed once, not once per row). No rows, no checks. Against
 * `rows-only` it shows what the rows themselves cost; against the baseline, what looking cells up costs.
 * Its cut loop is written out here and again in rowsOnly on purpose: one shared function, called from both,
 * measured rows-only ~40% slower (about 80 -> 112 ms per 100k rows) than the same code inline.
 */
function cellsOnly(text: string): number {
  const lines = text.split('\n');
  const starts = columnStarts(lines[1] ?? '');
  const caches = starts.map((_, c) => (c === 1 || c === 6 ? null : new CellCache()));
  let cells = 0;
  for (let i = 2; i < lines.length; i++) {
    const l = lines[i] as string;
    for (let c = 0; c < starts.length; c++) {
      const s = starts[c] as number;
      let e = c + 1 < starts.length ? (starts[c + 1] as number) : l.length;
      while (e > s && l.charCodeAt(e - 1) === 32) e--;
      const cache = caches[c];
      let v = cache == null ? undefined : cache.find(l, s, e);
      if (v === undefined) {
        v = l.slice(s, e);
        cache?.add(v, true);
      }
      if (v.length > 0) cells++;
    }
  }
  return cells;
}

/**
 * What building the model's rows costs at least, for the 5x floor's sake: the baseline's cuts (with the core's
 * cell interning), then one PodRow per row with every key, READY, RESTARTS, AGE and the workload shared per
 * distinct value, and one next command. No line classification, no value checks, no status, component or owner
 * rules, no watch repeats, no cluster, no per-line accounting: everything explain() does beyond this is
 * missing here, so explain() cannot be faster than this on the same machine in the same run.
 */
function rowsOnly(text: string): PodRow[] {
  const lines = text.split('\n');
  const starts = columnStarts(lines[1] ?? '');
  const caches = starts.map((_, c) => (c === 1 || c === 6 ? null : new CellCache()));
  const readies = new Map<string, Ready>();
  const restartsBy = new Map<string, Restarts>();
  const ages = new Map<string, number>();
  const workloads = new Map<string, Workload>();
  const cells = new Array<string>(starts.length);
  // Shared like explain() shares them: rows without -L columns, and explanation lists per combination.
  const extra: Record<string, string> = {};
  const explanations: string[] = [];
  const rows: PodRow[] = [];
  for (let i = 2; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.length === 0) continue;
    for (let c = 0; c < starts.length; c++) {
      const s = starts[c] as number;
      let e = c + 1 < starts.length ? (starts[c + 1] as number) : l.length;
      while (e > s && l.charCodeAt(e - 1) === 32) e--;
      const cache = caches[c];
      let v = cache == null ? undefined : cache.find(l, s, e);
      if (v === undefined) {
        v = l.slice(s, e);
        cache?.add(v, true);
      }
      cells[c] = v;
    }
    const [namespace, name, readyText, status, restartsText, age, ip, node] = cells as [string, string, string, string, string, string, string, string];
    let ready = readies.get(readyText);
    if (ready === undefined) readies.set(readyText, (ready = { ready: Number(readyText.split('/')[0]), total: Number(readyText.split('/')[1]) }));
    let restarts = restartsBy.get(restartsText);
    if (restarts === undefined) restartsBy.set(restartsText, (restarts = { count: Number.parseInt(restartsText, 10), lastAgo: null }));
    let ageSeconds = ages.get(age);
    // A stand-in number: explain() parses each distinct AGE once too, so this costs the same per row.
    if (ageSeconds === undefined) ages.set(age, (ageSeconds = age.length));
    const dash = name.lastIndexOf('-', name.lastIndexOf('-') - 1);
    const base = dash > 0 ? name.slice(0, dash) : name;
    let workload = workloads.get(base);
    if (workload === undefined) workloads.set(base, (workload = { kind: 'Deployment', name: base, confidence: 'high' }));
    const next: NextCommand[] = [{ command: `kubectl -n ${namespace} describe pod ${name}`, why: 'why.describe' }];
    rows.push({
      line: i + 1, namespace, name, ready, status, restarts, age, ageSeconds, ip: ip === '<none>' ? null : ip, node: node === '<none>' ? null : node,
      nominatedNode: null, readinessGates: null, labels: null, extra, component: null, workload, network: 'unknown', severity: 'ok',
      phase: 'Running', explanations, next, readBy: 'offsets',
    });
  }
  return rows;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/**
 * With --expose-gc (`npm run bench` sets it) the heap is collected before each timed run, so a run pays for its
 * own garbage, not for the previous run's 100k-row model (as one paste at a time does in the explainer). Both
 * ways are reported: a full collection also shrinks the young generation, which slows small runs a little.
 */
const gc = typeof globalThis.gc === 'function' ? (globalThis.gc as () => void) : null;

function time(fn: () => unknown, runs: number, collect = gc !== null): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (collect && gc !== null) gc();
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const failures: string[] = [];
const table: string[][] = [['case', 'rows', 'explain ms', 'rows/s', 'baseline ms', 'ratio', 'read-only ms', 'read ratio', 'cells-only ratio', 'rows-only ms', 'rows ratio']];
console.log(`Median of several runs each; ${gc !== null ? 'the heap is collected before every timed run' : 'no --expose-gc: runs follow each other without a collection'}.`);
console.log('read-only: lines and tables stages alone (normalise, classify, cut at offsets, check each cell), no typing or annotation.');
console.log('cells-only: the baseline\'s cuts with each repeating cell looked up in its column\'s cache (as the core does), nothing else.');
console.log('rows-only: the least that builds the model\'s rows (cut, one PodRow per row, shared values, one command), no checks or inference.\n');
const sizes = [1_000, 10_000, 100_000];
const results = new Map<number, number>();
const backToBack = new Map<number, number>();
for (const n of sizes) {
  const text = generate(n);
  const runs = n >= 100_000 ? 5 : 9;
  const t = time(() => explain(text), runs);
  const b = time(() => baseline(text), runs);
  const r = time(() => readTables(splitLines(text), () => {}, pasteMarkup(text)), runs);
  const c = time(() => cellsOnly(text), runs);
  const o = time(() => rowsOnly(text), runs);
  results.set(n, t);
  if (gc !== null && n >= 10_000) backToBack.set(n, time(() => explain(text), runs, false));
  const rows = explain(text).rows.length;
  if (rows !== n) failures.push(`${n}: read ${rows} rows`);
  table.push([`-A -o wide`, String(n), t.toFixed(1), Math.round((n / t) * 1000).toLocaleString('en'), b.toFixed(1), (t / b).toFixed(1), r.toFixed(1), (r / b).toFixed(1), (c / b).toFixed(1), o.toFixed(1), (o / b).toFixed(1)]);
  if (n === 100_000) {
    if (t > 1000) failures.push(`100k rows took ${t.toFixed(0)} ms (floor 1000 ms)`);
    if (t / b > 5) failures.push(`100k rows ${(t / b).toFixed(1)}x the baseline (floor 5x)`);
  }
}
const growth = (results.get(100_000) ?? 0) / (results.get(10_000) ?? 1);
if (growth > 11) failures.push(`growth 10k -> 100k is ${growth.toFixed(1)}x (floor 11x)`);

/**
 * Two kinds of odd input, with different floors. Pathological inputs are built to hit a worst case (a line with
 * no end, a flood of one construct a rule looks at twice, binary): they must finish in 200 ms whatever their
 * size. Volume inputs are 100k lines of each other kind a real paste holds (rows in damaged shapes, prompts,
 * messages, prose, Korean prose): as much work per line as a row, so they are held to the 100k rows' floor (1 s).
 * The generators are deterministic (the same LCG), so runs compare.
 */
const many = (make: (i: number) => string): string => Array.from({ length: 100_000 }, (_, i) => make(i)).join('\n');
const PROSE = ['the', 'pod', 'kubectl', 'node', 'is', 'Running', 'error:', 'NAME', 'a', 'restart', 'after', '5m', '1/1', 'kube-system', '$'];
function binary(size: number): string {
  const parts: string[] = [];
  for (let i = 0; i < size / 1000; i++) {
    let s = '';
    for (let k = 0; k < 1000; k++) s += String.fromCharCode(rnd(256));
    parts.push(s);
  }
  return parts.join('');
}
const pathological: [string, () => string][] = [
  ['1 MB single line', () => 'x'.repeat(1_000_000)],
  ['1 MB line of tokens', () => 'a 1/1 '.repeat(170_000)],
  ['100k blank lines', () => '\n'.repeat(100_000)],
  // Each line of capitals under a long line is a wrapped header's next piece until it is not.
  ['100k lines of capitals', () => many(() => 'NAME READY STATUS RESTARTS AGEXX XX')],
  ['10 MB of spaces', () => ' '.repeat(10_000_000)],
  ['10 MB binary', () => binary(10_000_000)],
  ['1 MB of unclosed tags', () => '<span '.repeat(170_000)],
  ['1 MB of parentheses', () => '('.repeat(1_000_000)],
];
const volume: [string, () => string][] = [
  ['100k pod/x rows', () => `NAME READY STATUS RESTARTS AGE\n${many((i) => `pod/x${i} 1/1 Running 0 5d`)}`],
  ['100k misaligned rows', () => `NAME    READY   STATUS    RESTARTS   AGE\n${many((i) => `${' '.repeat(i % 3)}web-${i}  1/1 Running  2 (5m ago)   5d3h`)}`],
  ['100k prompts', () => many((i) => `$ kubectl get pods -n ns${i}`)],
  ['100k error messages', () => many((i) => `error: pods "x${i}" not found`)],
  ['100k lines of prose', () => many(() => Array.from({ length: 12 }, () => PROSE[rnd(PROSE.length)]).join(' '))],
  ['100k Korean lines', () => many((i) => `파드 ${i} 가 실행 중입니다 web-0 1/1 Running`)],
];
const dashes = (): string[] => Array.from({ length: 10 }, () => '-');
for (const [label, cases, floor] of [['pathological', pathological, 200], ['volume', volume, 1000]] as const) {
  table.push([`${label} (floor ${floor} ms):`, ...dashes()]);
  for (const [name, make] of cases) {
    const text = make();
    const t = time(() => explain(text), 5);
    table.push([`  ${name}`, '-', t.toFixed(1), '-', '-', '-', '-', '-', '-', '-', '-']);
    if (t > floor) failures.push(`${name} took ${t.toFixed(0)} ms (floor ${floor} ms)`);
  }
}
table.push(['growth 10k->100k', '-', growth.toFixed(1) + 'x', '-', '-', '-', '-', '-', '-', '-', '-']);
if (backToBack.size === 2) {
  const b10 = backToBack.get(10_000) ?? 1;
  const b100 = backToBack.get(100_000) ?? 0;
  table.push(['  runs back to back', '-', `${(b100 / b10).toFixed(1)}x`, `${b10.toFixed(1)} -> ${b100.toFixed(1)} ms`, '-', '-', '-', '-', '-', '-', '-']);
}

const w = table[0]!.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
for (const r of table) console.log(r.map((c, i) => c.padEnd(w[i] ?? 0)).join('   '));
if (failures.length > 0) {
  console.error(`\nFloors missed:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
} else console.log('\nAll floors hold.');
