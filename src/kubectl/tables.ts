/**
 * Stage 2: tables. A header's offsets give column spans; rows are cut at those spans, never by splitting on
 * whitespace ("NOMINATED NODE" and "3 (10s ago)" hold spaces). Where alignment does not hold (collapsed
 * spacing, a watch redraw, a retyped header), tokens are assigned to columns by what each column's values
 * look like, and the row says so. Rows with no header (`| grep`) are read by value shapes alone.
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */
import type { LineKind, OwnerKind, Problem } from './model.ts';
import { ESCAPED_POD_HEADER } from './escaped.ts';
import { ALL_MARKUP, capitalsOnly, isPipeRow, classifyLine, EMPTY_PROMPT, MAX_LINE_CHARS, unavailableApi, forbiddenVars, quotaVars, podNamedType, WAITING_TO_START, GLUED_HEADER, gluedPromptAt, HAS_PREFIXED_HEADER, HAS_STAR, HAS_UNCLEAN, isHeaderLine, isPodsCommand, kubePs1Namespace, quotedInProse, TEXT, lastIndent, lastPromptMarked, normalizeLineText, parseCommand, RUN_LINES, RUN_PREFIX, tokens, tokensWithOffsets, type KubectlCommand, type LineClass, type MessageId } from './lines.ts';
import { isAgeTypo, isAgeWithoutUnit } from './age.ts';
import { statusInfo } from './status.ts';
import { CellCache } from './intern.ts';
import { DEPLOYMENT, FIVE, packedShape } from './owner.ts';
import { firstPodIp, isAgeText, isAnglePlaceholder, isDigit, isGatesCell, isIp, isIpCell, isIpPlaceholder, isMaskedName, isNameLike, isNamespaceName, isNodeCell, isReadyText, isStatusLike, restartsOf } from './values.ts';

export type ColumnKind = 'namespace' | 'name' | 'ready' | 'status' | 'restarts' | 'age' | 'ip' | 'node' | 'nominated' | 'gates' | 'labels' | 'extra';

export interface Column {
  /** As printed: "NOMINATED NODE". */
  name: string;
  /** Offset of the name in the normalized header line. */
  start: number;
  kind: ColumnKind;
}

export interface Header {
  columns: Column[];
  /** 'pod', 'name-age' (a watch block of NAME and AGE only), or another resource's kind. */
  table: string;
  /** The cut-short last column name when the terminal wrapped the header line ("RESTAR"), else null. */
  wrapped: string | null;
}

/** Column names that hold a space; merged back after splitting the header on spaces. */
const TWO_WORD = new Map([
  ['NOMINATED', 'NODE'],
  ['READINESS', 'GATES'],
  ['LAST', 'SCHEDULE'],
  ['NODE', 'SELECTOR'],
  ['ACCESS', 'MODES'],
  ['OS', 'IMAGE'],
  ['KERNEL', 'VERSION'],
  ['CONTAINER', 'RUNTIME'],
  ['LAST', 'SEEN'],
]);

const POD_KINDS: Record<string, ColumnKind> = {
  // REASON: kubectl before 1.0 printed the status under that name.
  NAMESPACE: 'namespace', NAME: 'name', READY: 'ready', STATUS: 'status', REASON: 'status', RESTARTS: 'restarts', AGE: 'age', IP: 'ip',
  NODE: 'node', 'NOMINATED NODE': 'nominated', 'READINESS GATES': 'gates', LABELS: 'labels',
};

/**
 * Reads a header line into columns with their offsets, and names the table it starts.
 *
 * @example
 * parseHeader('NAME    READY   STATUS').columns.map((c) => c.start) // [0, 8, 16]
 */
export function parseHeader(text: string): Header {
  const toks = tokensWithOffsets(text);
  const columns: Column[] = [];
  const seen = new Set<ColumnKind>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as { text: string; start: number };
    let name = t.text;
    const next = toks[i + 1];
    if (next !== undefined && TWO_WORD.get(name) === next.text) {
      name = `${name} ${next.text}`;
      i++;
    }
    let kind: ColumnKind = POD_KINDS[name] ?? 'extra';
    // A second NAME comes from `-L app.kubernetes.io/name`: an extra column, not the pod's name.
    if (seen.has(kind) && kind !== 'extra') kind = 'extra';
    seen.add(kind);
    columns.push({ name, start: t.start, kind });
  }
  return { columns, table: tableKind(columns.map((c) => c.name)), wrapped: wrappedAt(columns) };
}

const KNOWN_COLUMNS = Object.keys(POD_KINDS);

/** The header's last name when it is a known column cut short ("RESTAR"): the terminal wrapped the line there. */
function wrappedAt(columns: readonly Column[]): string | null {
  const last = columns[columns.length - 1];
  if (last === undefined || last.kind !== 'extra' || last.name.length < 2) return null;
  return KNOWN_COLUMNS.some((k) => k.length > last.name.length && k.startsWith(last.name)) ? last.name : null;
}

function tableKind(names: string[]): string {
  const has = (n: string): boolean => names.includes(n);
  // RESTARTS may be cut off by the paste; NAME READY STATUS is already a pod table. READY comes before STATUS
  // there: KubeVirt's VMs print NAME AGE STATUS READY (`Running   True`). AGE comes last: Flux's resources print
  // NAME AGE READY STATUS (`True   Applied revision: ...`).
  // kubectl-ice's containers (`status`: PODNAME CONTAINER ... STARTED ... EXIT-CODE; `--tree` names Deployment/x,
  // Pod/y and Container/z under NAME): a row per container, not kubectl's pod rows.
  if (has('STARTED') && (has('EXIT-CODE') || has('PODNAME'))) return 'kubectl-ice';
  // kubectl tree's ownership tree (NAMESPACE NAME READY REASON AGE, NAME as Kind/name): READY is the Ready condition
  // (True), REASON a condition's; kubectl before 1.0 printed REASON with RESTARTS after it.
  if (has('NAME') && has('READY') && has('REASON') && !has('STATUS') && !has('RESTARTS') && (has('NAMESPACE') || has('RUNNING'))) return 'kubectl-tree';
  const status = names.indexOf('STATUS') >= 0 ? names.indexOf('STATUS') : names.indexOf('REASON');
  const ready = names.indexOf('READY');
  const age = names.indexOf('AGE');
  if (has('NAME') && ready >= 0 && status > ready && !(age >= 0 && age < ready)) return 'pod';
  const core = names.filter((n) => n !== 'NAMESPACE');
  if (core.length === 2 && core[0] === 'NAME' && core[1] === 'AGE') return 'name-age';
  // `kubectl top`: the metrics API's resources (`kubectl get podmetrics` lists the same); nodes have percentages.
  if (has('CPU(cores)')) return has('CPU%') || has('CPU(%)') ? 'nodemetrics' : 'podmetrics';
  if (has('ROLES') && has('VERSION')) return 'node';
  // Docs trim a nodes table to the columns they talk about (NAME STATUS ROLES EXTERNAL-IP).
  if (has('ROLES') && has('STATUS') && (has('EXTERNAL-IP') || has('INTERNAL-IP') || has('AGE'))) return 'node';
  // kubectl 1.6-1.7 printed nodes without ROLES.
  if (core.length === 4 && has('STATUS') && has('AGE') && has('VERSION')) return 'node';
  // `helm list`'s releases (NAME NAMESPACE REVISION UPDATED STATUS CHART APP VERSION; helm 2 puts NAMESPACE last).
  if (has('REVISION') && has('CHART') && has('NAME')) return 'helm-release';
  if (has('CLUSTER-IP')) return 'service';
  if (has('CONTAINER') && has('ATTEMPT')) return 'crictl-container';
  // kubeletctl's pods (POD NAMESPACE CONTAINERS, in a box): what the kubelet's API lists, read without the API server.
  if (has('POD') && has('CONTAINERS') && has('NAMESPACE')) return 'kubeletctl-pod';
  if (has('SCHEDULE')) return 'cronjob';
  if (has('COMPLETIONS')) return 'job';
  // kubectl 1.5-1.6 printed it as one word (NAME DESIRED CURRENT READY NODE-SELECTOR AGE): never a ReplicaSet's column.
  if (has('NODE SELECTOR') || has('NODE-SELECTOR')) return 'daemonset';
  // `minikube service list`'s table (NAMESPACE NAME TARGET PORT URL): Services and the URLs of their node ports.
  if (has('URL') && has('TARGET')) return 'service';
  // Deployments printed DESIRED and CURRENT too before apps/v1 (kubectl 1.9, helm 2's `==> v1beta2/Deployment`).
  if (has('UP-TO-DATE') && has('AVAILABLE')) return 'deployment';
  if (has('DESIRED') && has('CURRENT')) return 'replicaset';
  // kubectl 1.0-1.1's `get rc` (CONTROLLER CONTAINER(S) IMAGE(S) SELECTOR REPLICAS), a row per container after the first.
  if (has('CONTROLLER') && has('REPLICAS')) return 'replicationcontroller';
  if (has('ENDPOINTS')) return 'endpoints';
  if (has('CAPACITY')) return has('CLAIM') ? 'persistentvolume' : 'persistentvolumeclaim';
  if (has('HOSTS')) return 'ingress';
  // `kubectl get hpa` (named as typed, as a get of it names its table): what it scales, its metrics and its bounds.
  if (has('REFERENCE') && has('MINPODS') && has('MAXPODS')) return 'hpa';
  if (has('LAST SEEN')) return 'event';
  if (has('DATA')) return has('TYPE') ? 'secret' : 'configmap';
  if (core.length === 3 && has('READY') && has('AGE')) return 'statefulset';
  if (core.length === 3 && has('STATUS') && has('AGE')) return 'namespace';
  return 'unknown';
}

/**
 * Whether a cell's text is something kubectl prints in that column.
 *
 * @example
 * cellFits('restarts', '6 (3m3s ago)') // true
 */
export function cellFits(kind: ColumnKind, text: string): boolean {
  switch (kind) {
    case 'namespace':
      return isNameLike(text);
    case 'name':
      // Any text: names come from users (and from hostile pastes); alignment and the other cells decide.
      return text.length > 0;
    case 'ready':
      return isReadyText(text);
    case 'status':
      return isStatusLike(text);
    case 'restarts':
      return restartsOf(text) !== null;
    case 'age':
      // A docs page's placeholder (`<some-time>`, `XXm`, `Xh`) stands where an age was: the row is whole, its age unknown.
      if (isAgeText(text) || isAnglePlaceholder(text) || isAgePlaceholder(text)) return true;
      // So does a typo (`18mm`): not read as a cut-off row (a column missing), but said (see ageTypos). And a number
      // without its unit (`35`) where a row read cut off at it has no line after to complete it (see bareAgeCut).
      if (!isAgeTypo(text) && !(bareAges && isUnitLost(text)) && !agesRunTogether(text)) return false;
      ageTypos = true;
      return true;
    case 'ip':
      return isIpCell(text) || isIpPlaceholder(text) || isNotAssigned(text) || firstPodIp(text) !== null;
    case 'node':
      return isNodeCell(text) || isNotAssigned(text);
    case 'nominated':
      return isNodeCell(text);
    case 'gates':
      return isGatesCell(text);
    case 'labels':
      return text.length > 0;
    case 'extra':
      return true;
    default:
      return kind satisfies never;
  }
}

/**
 * Two ages with no space between (`30m27m`, an edit that left the old value in): each half an age, the whole none.
 * Where a digit follows a unit letter only; a few characters, so checking a cell that fits no column is cheap.
 *
 * @example
 * agesRunTogether('30m27m') // true
 */
export function agesRunTogether(text: string): boolean {
  if (text.length < 4 || text.length > 25 || isAgeText(text)) return false;
  for (let k = 1; k < text.length - 1; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57 && !isDigit(text.charCodeAt(k - 1)) && isAgeText(text.slice(0, k)) && isAgeText(text.slice(k))) return true;
  }
  return false;
}

/** Whether an AGE cell of the paste read so far was a typo of an age (`18mm`): rows are then checked for one. */
let ageTypos = false;
/** Whether a cell read so far held k9s's `n/a` for an IP or a node (see isNotAssigned): rows are then checked for it. */
let naCells = false;
/** k9s's `n/a` where kubectl prints `<none>` (an unscheduled pod's IP and NODE): noted, so rows write `<none>`. */
function isNotAssigned(text: string): boolean {
  if (text !== 'n/a') return false;
  naCells = true;
  return true;
}
/**
 * An AGE whose last unit is missing: a number alone (`35`), or a narrow screen's cut of a two-unit age (k9s's `4m5`
 * for `4m5s`, `3m3`). The row is whole; the age is not known to the second.
 */
function isUnitLost(text: string): boolean {
  return isAgeWithoutUnit(text) || CUT_AGE.test(text);
}
const CUT_AGE = /^[1-9]\d{0,4}[dhm]\d{1,2}$/;
/** Whether an AGE cell may be a number without its unit: only while {@link bareAgeCut} reads a row again. */
let bareAges = false;

/**
 * A row of a pod table read cut off at its AGE, read again with a number there as an AGE typed without its unit
 * (`... 2 (37m ago)   35` beside rows of `35m`): whole, its age unknown (said as age-without-unit). Null when it
 * still reads cut off. Only for rows no next line completed: `4` then `1m` on the next line is a wrapped `41m`.
 * No caches: theirs said no to the number.
 */
function bareAgeCut(text: string, columns: readonly Column[], aligned: boolean): { cells: string[]; by: RawRow['readBy'] } | null {
  const toks = tokens(text);
  if (!toks.some(isUnitLost)) return null;
  bareAges = true;
  try {
    const cells = aligned ? cutCells(text, columns) : null;
    if (cells !== null && cutMissing === 0 && !cutTrailing) return { cells, by: 'offsets' };
    const cut = assignTokens(toks, columns);
    return cut !== null && cut.missing === 0 && cut.dropped === undefined ? { cells: cut.cells, by: 'tokens' } : null;
  } finally {
    bareAges = false;
  }
}

/** A row cut into cells; `missing` counts trailing columns the paste cut off. */
export interface Cut {
  cells: string[];
  missing: number;
  /** The last token, left out as cut mid-value (`Runn`) where the row reads only without it. */
  dropped?: string;
}

/**
 * Cuts a row at the header's offsets; null when alignment does not hold (a cut lands inside a value, or a
 * value does not fit its column).
 *
 * @example
 * cutAtOffsets('web-0   1/1     Running', parseHeader('NAME    READY   STATUS').columns)?.cells // ['web-0', '1/1', 'Running']
 */
export function cutAtOffsets(text: string, columns: readonly Column[]): Cut | null {
  const cells = cutCells(text, columns);
  return cells === null ? null : { cells, missing: cutMissing };
}

/** Missing trailing columns of the last {@link cutCells} that succeeded. */
let cutMissing = 0;
/** Whether the last {@link cutCells} left text after the last column out. */
let cutTrailing = false;

/**
 * Lines in a row of an open pod table the aligned-row fast path tried and could not cut, after which it stops trying
 * for that table: a table whose rows do not line up with its header (collapsed spacing, a shifted watch) would pay for
 * a failed cut on every row before being read by its tokens.
 */
const FAST_MISSES = 32;

/** Column kinds whose values repeat down a table (a handful of distinct values): worth a {@link CellCache}. */
const REPEATING: ReadonlySet<ColumnKind> = new Set<ColumnKind>(['namespace', 'ready', 'status', 'restarts', 'age', 'node', 'nominated', 'gates']);

/** One cache per column of a header, null for columns whose values are mostly unique (NAME, IP, LABELS). */
function cellCaches(columns: readonly Column[], byKind: Map<ColumnKind, CellCache>): (CellCache | null)[] {
  // One cache per column kind for the whole paste: a value's verdict depends on the kind alone, and a paste
  // of 50k one-row tables (a loop of commands) would otherwise build 50k sets of caches.
  return columns.map((c) => {
    if (!REPEATING.has(c.kind)) return null;
    let cache = byKind.get(c.kind);
    if (cache === undefined) byKind.set(c.kind, (cache = new CellCache()));
    return cache;
  });
}

/**
 * {@link cutAtOffsets}'s cells (the missing count goes to {@link cutMissing}): one array per row, and one string
 * per cell unless the column's cache already holds that text (then its string and its verdict are reused).
 */
function cutCells(text: string, columns: readonly Column[], caches?: readonly (CellCache | null)[], scratch?: string[]): string[] | null {
  cutTrailing = false;
  const n = columns.length;
  const len = text.length;
  let missing = 0;
  let count = n;
  for (let i = 0; i < n; i++) {
    const col = columns[i] as Column;
    const start = col.start;
    if (start >= len) {
      missing = n - i;
      count = i;
      break;
    }
    if (i > 0 && text.charCodeAt(start - 1) !== 32) return null;
    if (text.charCodeAt(start) === 32 && col.kind !== 'extra' && !(col.kind === 'restarts' && rightAligned(text, col)) && !((col.kind === 'restarts' || col.kind === 'namespace') && blankBetween(text, start, columns[i + 1]))) return null;
  }
  // A cut-off row must still show its READY cell: a lone word under a table is not a row.
  if (missing > 0 && !hasReadyBefore(columns, count)) return null;
  let cells: string[];
  if (scratch === undefined) cells = new Array<string>(count);
  else {
    cells = scratch;
    cells.length = count;
  }
  for (let i = 0; i < count; i++) {
    const col = columns[i] as Column;
    const next = columns[i + 1];
    let s = col.start;
    let e = next === undefined ? len : Math.min(next.start, len);
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    while (s < e && text.charCodeAt(s) === 32) s++;
    let v: string;
    let fits: boolean;
    const a = text.charCodeAt(s);
    const b = text.charCodeAt(e - 1);
    const cache = caches === undefined || s === e ? null : (caches[i] ?? null);
    if (s === e) {
      v = '';
      // A RESTARTS cell left blank between two values (a page's hand-made table), a NAMESPACE column a tool printed
      // empty (sbctl's `get pods -A`): that value is unknown, the row whole.
      fits = cellFits(col.kind, v) || ((col.kind === 'restarts' || col.kind === 'namespace') && i < count - 1);
    } else if (a <= 32 || a >= 127 || b <= 32 || b >= 127) {
      // Other whitespace trim() would also cut (tabs in an unnormalized line, Unicode spaces): let it.
      v = text.slice(s, e).trim();
      fits = cellFits(col.kind, v);
    } else if (cache !== null) {
      const held = cache.find(text, s, e);
      if (held !== undefined) {
        v = held;
        fits = cache.fits;
      } else {
        v = text.slice(s, e);
        fits = cellFits(col.kind, v);
        cache.add(v, fits);
      }
    } else {
      v = text.slice(s, e);
      fits = cellFits(col.kind, v);
    }
    cells[i] = v;
    if (!fits && i === n - 1 && i === count - 1 && col.kind !== 'restarts') {
      // "22s   <-- this one keeps restarting": a note typed after the row. The last column's values are one
      // word (RESTARTS aside), so its first word is the value when that fits.
      const gap = v.indexOf(' ');
      const first = gap > 0 ? v.slice(0, gap) : '';
      if (first !== '' && first.indexOf(' ') < 0 && cellFits(col.kind, first)) {
        cells[i] = first;
        cutMissing = missing;
        cutTrailing = true;
        return cells;
      }
    }
    // The last column's `<none>` short of its end (`<none`, hunt db/20): nothing else there starts so, and no column
    // after it is lost. Read whole, not as a row missing that column.
    if (!fits && i === n - 1 && i === count - 1 && noneCut(v) && cellFits(col.kind, NONE)) {
      cells[i] = NONE;
      continue;
    }
    if (!fits) {
      // The paste may end mid-value ("Runn"): drop the broken last cell and report the row as cut off.
      if (i === count - 1 && i >= 2 && hasReadyBefore(columns, i)) {
        cutMissing = missing + 1;
        cells.length = i;
        return cells;
      }
      return null;
    }
  }
  if (missing > 0 && onlyExtra(columns, count)) {
    // `-L key` prints nothing for a pod without that label: the row ends early but is whole.
    for (let i = count; i < n; i++) cells[i] = '';
    missing = 0;
  }
  cutMissing = missing;
  return cells;
}

/** The prompt a command was typed at (`zagreb rlftw$`), ending in a mark no word does; null when there is none. */
function promptBefore(text: string, command: KubectlCommand): string | null {
  const at = text.indexOf(command.text);
  if (at < 2) return null;
  const prompt = text.slice(0, at).trimEnd();
  const end = prompt.charCodeAt(prompt.length - 1);
  return prompt.length < 2 || (end >= 48 && end <= 57) || (end >= 65 && end <= 90) || (end >= 97 && end <= 122) ? null : prompt;
}

const NONE = '<none>';

/** `<non` or `<none`: `<none>` that lost its last characters (the four kept say which value it was). */
function noneCut(text: string): boolean {
  return text.length >= 4 && text.length < NONE.length && NONE.startsWith(text);
}

/**
 * A line of flags and their values only (`-n kube-system`, `--sort-by spec.nodeName -o wide`), as a command
 * wrapped onto it; null for anything else.
 */
function flagsOnly(text: string): string | null {
  if (text.charCodeAt(0) !== 45 || text.length > 200) return null;
  const toks = tokens(text);
  const isFlag = (t: string): boolean => /^--?[A-Za-z]/.test(t);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as string;
    if (isFlag(t)) continue;
    // A value after a flag that takes one (-n x); two bare words in a row are prose.
    if (k === 0 || !isFlag(toks[k - 1] as string) || (toks[k - 1] as string).indexOf('=') > 0) return null;
  }
  return text;
}

/** A pod name with a ReplicaSet's or a generateName's suffix in the generator's alphabet (`web-7d4b9c8f6d-x2k9p`). */
function isGeneratedName(text: string): boolean {
  if (text.length > 63 || !isNameLike(text)) return false;
  const packed = packedShape(text);
  return (packed & 8) !== 0 && ((packed & 7) === DEPLOYMENT || (packed & 7) === FIVE);
}

/** A StatefulSet pod's name: its ordinal last. */
const ORDINAL_NAME = /-\d{1,5}$/;

/** Messages printed in the middle of a table's output (stderr beside stdout) that do not end it. */
const INTERLEAVED: ReadonlySet<MessageId> = new Set<MessageId>(['klog', 'ellipsis', 'kubectl-warning', 'apiservice-unavailable', 'metrics-api-unavailable']);

/** kubectl's messages for a request that never reached an API server. */
const FAILED_REQUEST: ReadonlySet<MessageId> = new Set<MessageId>(['unable-to-connect', 'certificate-expired', 'connection-refused', 'server-refused']);

/**
 * A pod row whose IP cell holds the same name as its NODE cell (`calico-node-59vg6 ... node-3   node-3`): an author
 * who put node names for addresses, a hostNetwork pod's address being its node's. Read with that cell as a hidden
 * address; null when the row does not read so, or the two names differ (then the cell is not known to be an address).
 */
function nodeNamedIpCut(text: string, columns: readonly Column[], aligned: boolean): { cells: string[]; by: RawRow['readBy'] } | null {
  const ip = columns.findIndex((c) => c.kind === 'ip');
  const node = columns.findIndex((c) => c.kind === 'node');
  if (ip < 0 || node < 0) return null;
  const named = columns.map((c, k) => (k === ip ? { ...c, kind: 'node' as const } : c));
  let cells = aligned ? cutCells(text, named) : null;
  let by: RawRow['readBy'] = 'offsets';
  if (cells === null || cutMissing > 0 || cutTrailing) {
    cells = cutTokens(text, named, NO_CACHES, undefined);
    by = 'tokens';
  }
  const name = cells?.[ip];
  if (cells === null || name === undefined || name !== cells[node] || name === '<none>' || !isNameLike(name)) return null;
  cells[ip] = `<${name}>`;
  return { cells, by };
}
const NO_CACHES: readonly (CellCache | null)[] = [];

/** The container, its pod and the reason it waits, from the kubelet's `container "x" in pod "y" is waiting to start: <reason>`. */
function waitingVars(text: string): Record<string, string> {
  const m = WAITING_TO_START.exec(text);
  return { container: m?.[1] ?? '', pod: m?.[2] ?? '', reason: m?.[3] ?? '' };
}

/** `pod/web created`, `job.batch "pi" created` (kubectl create, apply, run): the kind and the name. */
const CREATED = /^([a-z][a-z0-9.-]*)(?:\/([a-z0-9][-a-z0-9.]*)| "([a-z0-9][-a-z0-9.]*)") created/;

/** Longer lines are rows or prose of their own, not the few values a broken row left over. */
const MAX_CONTINUATION = 400;
/** The rows before a headerless row wrapped inside its node's name that are searched for that node (see nodeTailRow). */
const KNOWN_NODE_ROWS = 200;

/** Runs of characters other than spaces (tokens, as {@link tokens} splits a normalised line). */
function wordCount(text: string, stopAfter = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let k = 0; k < text.length && count <= stopAfter; k++) {
    const space = text.charCodeAt(k) === 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * A row cut off at the end of its line, joined with the next line when that line holds the rest: a terminal
 * or a chat client broke the row in two (`... 5d` then `   10.244.2.5   w2-k8s`, or `... 4` then `1m` inside
 * `41m`). The join with a space comes first (the usual break), then inside a value; either must leave fewer
 * columns missing and every token read, so a row of its own (which starts with a name and READY) is never
 * taken, and a value broken in two reads only whole (`4` is no AGE, `10.244.2` no IP). Null: no join.
 *
 * @example
 * continueRow('web-0   1/1   Running   0   4', '1m', 1, read)?.missing // 0 (AGE 41m)
 */
export function continueRow(text: string, rest: string, missing: number, read: (joined: string) => Cut | null): Cut | null {
  const more = rest.trim();
  // The rest fills the missing columns at most: one token each, RESTARTS three.
  if (more.length === 0 || wordCount(more) > missing + 2) return null;
  const body = text.trimEnd();
  for (const joined of [`${body} ${more}`, body + more]) {
    const cut = read(joined);
    if (cut !== null && cut.missing < missing) return cut;
  }
  return null;
}

/** Whether a cell is all spaces from `start` up to the next column, which holds a value: a blank cell, not a cut row. */
function blankBetween(text: string, start: number, next: Column | undefined): boolean {
  if (next === undefined || next.start >= text.length || text.charCodeAt(next.start) === 32) return false;
  for (let k = start; k < next.start; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

/**
 * A number printed flush right under its column's name, as k9s prints RESTARTS (`RESTARTS` over `       4`):
 * its cell starts with spaces, yet it ends where the name ends.
 */
function rightAligned(text: string, col: Column): boolean {
  const end = col.start + col.name.length;
  const last = text.charCodeAt(end - 1);
  return last >= 48 && last <= 57 && (end >= text.length || text.charCodeAt(end) === 32);
}

/** Where a note typed after a row starts (` # `, ` <-`, ` <<<`, ` ←`, ` => `), else -1. */
function noteStart(text: string): number {
  const hash = text.indexOf(' # ');
  // An arrow glued to the last value too (`10.0.1.127<----Change this IP`, dt/07): no value holds `<-`.
  let arrow = text.indexOf('<-');
  if (arrow > 0 && text.charCodeAt(arrow - 1) === 32) arrow--;
  const left = text.indexOf(' \u2190');
  // An arrow pointing from the row to what the author says of it (`7m18ss => Pod created by a Kubernetes Job`, the
  // KubeRay docs, ed/04): spaced on both sides, as no value of a pod table is.
  const fat = text.indexOf(' => ');
  const thin = text.indexOf(' -> ');
  const right = text.indexOf(' \u2192 ');
  // Chevrons pointing back at the row (`124m <<< this runner pod`, ex/04): a value's `<` only opens `<none>` or `<invalid>`.
  const chevrons = text.indexOf(' <<');
  let at = -1;
  for (const k of [hash, arrow, left, fat, thin, right, chevrons]) if (k > 0 && (at < 0 || k < at)) at = k;
  // A `//` comment, glued to the last value or not (`84s//started`): no value holds two slashes (a URL's `://` aside).
  const slashes = text.indexOf('//');
  if (slashes > 0 && text.charCodeAt(slashes - 1) !== 58 && (at < 0 || slashes < at)) at = slashes;
  if (at < 0) {
    // A mark typed after the row (` ✅`, ` ❌`, ` ⚠️`): symbols only, no letter or digit a value would hold.
    const space = text.lastIndexOf(' ');
    if (space > 0 && space < text.length - 1 && SYMBOLS_ONLY.test(text.slice(space + 1))) at = space;
  }
  return at;
}
const SYMBOLS_ONLY = /^[^\x00-\x7f\p{L}\p{N}]+$/u;
/**
 * An emoji or dingbat status mark and the space after it (✅ ❌ ✔️ ⚠️ ⛔ 🔴 🟢 👉 ➡️), not k9s's `●` or a box rule: a
 * word of a row's marks, never of a value. Only at the line's start or before a value one space on: padded to a
 * column's width after a value (`i-065f30faa9db7f949  ✓     c`, a plugin's SPOT column), it is that column's value.
 */
const EMOJI_MARKS = /^(?:[\u2713\u2714\u2716\u2717\u274c\u274e\u2757\u2753\u27a1\u26a0\u26d4\u2705]|[\u{1f300}-\u{1faff}])\ufe0f? |(?<= )(?:[\u2713\u2714\u2716\u2717\u274c\u274e\u2757\u2753\u27a1\u26a0\u26d4\u2705]|[\u{1f300}-\u{1faff}])\ufe0f? (?! )/gu;
const EMOJI_MARK = new RegExp(EMOJI_MARKS.source, 'u');

function onlyExtra(columns: readonly Column[], from: number): boolean {
  for (let i = from; i < columns.length; i++) if ((columns[i] as Column).kind !== 'extra') return false;
  return true;
}

function hasReadyBefore(columns: readonly Column[], end: number): boolean {
  for (let i = 0; i < end && i < columns.length; i++) if ((columns[i] as Column).kind === 'ready') return true;
  return false;
}

/**
 * Assigns whitespace tokens to columns by what each column's values look like: every column but RESTARTS
 * (`n` or `n (AGE ago)`) and the `-L` extras (empty when the label is missing) takes exactly one token, so the
 * only choices are those two; a memo of dead ends keeps it linear.
 *
 * @example
 * assignTokens(['web-0', '1/1', 'Running', '6', '(3m3s', 'ago)', '5d'], podColumns)?.cells[3] // '6 (3m3s ago)'
 */
export function assignTokens(tokensRead: readonly string[], columns: readonly Column[]): Cut | null {
  const toks = joinAngles(tokensRead);
  const full = assignFrom(toks, columns, false);
  if (full !== null) return full;
  const partial = assignFrom(toks, columns, true);
  if (partial !== null) return partial;
  // Cut off mid-value: drop the last token and try again as a cut-off row.
  if (toks.length >= 3) {
    const shorter = assignFrom(toks.slice(0, -1), columns, true);
    if (shorter !== null && shorter.missing > 0) {
      shorter.dropped = toks[toks.length - 1] as string;
      return shorter;
    }
  }
  return null;
}

/** The closing mark of a placeholder that token `t` opens and does not close (`<server`, `{2번`, `${NODE`, `{{`, `[master`), else -1. */
function placeholderCloser(t: string): number {
  const from = t.charCodeAt(0) === 36 ? 1 : 0;
  const c = t.charCodeAt(from);
  const close = c === 60 ? 62 : c === 123 ? 125 : c === 91 ? 93 : -1;
  return close >= 0 && (t.charCodeAt(t.length - 1) !== close || t.length === from + 1 || (c === 123 && t.length === from + 2 && t.charCodeAt(from + 1) === 123)) ? close : -1;
}

/**
 * Tokens with each placeholder of several words in angle brackets, braces or square brackets (`<server 2 ipv6>`,
 * `{2번 노드 IP}`, `{{ node_ip }}`) joined back into one.
 */
function joinAngles(toks: readonly string[]): readonly string[] {
  let open = -1;
  for (let i = 0; i < toks.length && open < 0; i++) {
    if (placeholderCloser(toks[i] as string) >= 0) open = i;
  }
  if (open < 0) return toks;
  const out: string[] = toks.slice(0, open);
  for (let i = open; i < toks.length; i++) {
    const t = toks[i] as string;
    const closer = placeholderCloser(t);
    let close = -1;
    if (closer >= 0) {
      const opener = closer === 62 ? '<' : closer === 125 ? '{' : '[';
      for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
        const u = toks[k] as string;
        if (u.indexOf(opener) >= 0) break;
        if (u.charCodeAt(u.length - 1) === closer) {
          close = k;
          break;
        }
      }
    }
    if (close < 0) out.push(t);
    else {
      out.push(toks.slice(i, close + 1).join(' '));
      i = close;
    }
  }
  return out;
}

/**
 * The search's first path, walked without backtracking: each column takes its first choice (RESTARTS its
 * three-token form when it reads, an extra column a token while enough remain). When that path reaches the
 * end it is the answer the search would give, found without a closure or a memo per row; else null, and the
 * full search decides.
 */
function assignGreedy(toks: readonly string[], columns: readonly Column[], allowMissing: boolean): Cut | null {
  const T = toks.length;
  const C = columns.length;
  const cells: string[] = [];
  let t = 0;
  for (let c = 0; c < C; c++) {
    if (t === T) {
      let k = c;
      while (k < C && (columns[k] as Column).kind === 'extra') k++;
      if (k === C) {
        for (let j = c; j < C; j++) cells.push('');
        return { cells, missing: 0 };
      }
      return allowMissing && c >= 2 ? { cells, missing: C - c } : null;
    }
    const col = columns[c] as Column;
    const tok = toks[t] as string;
    if (col.kind === 'restarts') {
      const a = toks[t + 1];
      const b = toks[t + 2];
      if (a !== undefined && b !== undefined && a.charCodeAt(0) === 40 && b === 'ago)') {
        const joined = `${tok} ${a} ${b}`;
        if (restartsOf(joined) !== null) {
          cells.push(joined);
          t += 3;
          continue;
        }
      }
    }
    if (col.kind === 'extra') {
      if (T - t > C - c - 1) {
        cells.push(tok);
        t++;
      } else cells.push('');
      continue;
    }
    if (!cellFits(col.kind, tok)) return null;
    cells.push(tok);
    t++;
  }
  return t === T ? { cells, missing: 0 } : null;
}

/** How far {@link readTables}' runsAhead looks for the blocks stacked commands printed (a long paste: not all of it). */
const RUNS_LOOKAHEAD = 5000;
const COLUMNS_ELIDED = 'Row ends in "(...)" where its last columns were (left out of the paste): those columns are empty.';
/** An author's mark for values left out (`(...)`, `...`, `…`, `[...]`), as a row's last word. */
function isElision(word: string | undefined): boolean {
  return word !== undefined && (word === '(...)' || word === '...' || word === '\u2026' || word === '[...]' || word === '(\u2026)');
}
const HEADERLESS_ROW = 'Row without a header: columns assigned by the shapes of its values.';
const IP_NAMED = "Row holds its node's name in IP, not an address (hidden by hand?): read as hidden.";
const HEADERLESS_UNREAD = 'Looks like a pod row without a header, in columns whose order only the header tells: not read.';

/** One problem for a run of rows read the same way one after another (`through` its last line), not one per row. */
class ProblemRuns {
  private open: Problem | null = null;
  /** The line index a row must start at to join the open run. */
  next = -1;
  private readonly runs: Problem[] = [];
  private readonly code: string;
  private readonly one: string;
  private readonly many: string;

  /** `one`: the message of a single row's problem; `many`: what a run's says after its lines. */
  constructor(code: string, one: string, many: string) {
    this.code = code;
    this.one = one;
    this.many = many;
  }

  /** A row at line index `at` (pasted line `line`): the open run's next, or a new problem. */
  add(problems: Problem[], at: number, line: number): void {
    if (this.open !== null && this.next === at) {
      this.open.through = line;
      if (this.runs[this.runs.length - 1] !== this.open) this.runs.push(this.open);
    } else problems.push((this.open = { line, code: this.code, message: this.one }));
  }

  /** The runs' messages, once their last lines are known. */
  close(): void {
    for (const run of this.runs) run.message = `Rows on lines ${run.line}-${run.through} ${this.many}.`;
  }
}

/** Token offsets for {@link cutTokens}: starts at even, ends at odd indices; rows with more tokens go the long way. */
const TOKEN_BOUNDS = new Int32Array(128);

/**
 * {@link assignGreedy}'s first path (every column filled, nothing missing) walked over the line's characters:
 * the same cells, but a repeating column's value comes from its {@link CellCache} with its verdict, as at the
 * offsets, instead of one new string per token checked again. Why: a misaligned table (collapsed spacing, a
 * watch redraw) repeats its STATUS, READY and AGE like an aligned one; slicing and checking each token, then
 * hashing each fresh string again downstream, made such rows ~30% slower than aligned ones. Null where the
 * greedy path does not read the whole line: then {@link assignTokens} decides, as before.
 */
function cutTokens(text: string, columns: readonly Column[], caches: readonly (CellCache | null)[], scratch: string[] | undefined): string[] | null {
  const bounds = TOKEN_BOUNDS;
  const len = text.length;
  let T = 0;
  boundsCount = -1;
  for (let i = 0; i < len; ) {
    while (i < len && text.charCodeAt(i) === 32) i++;
    if (i >= len) break;
    if (T * 2 + 2 > bounds.length) return null;
    bounds[T * 2] = i;
    while (i < len && text.charCodeAt(i) !== 32) i++;
    bounds[T * 2 + 1] = i;
    T++;
  }
  boundsCount = T;
  const C = columns.length;
  if (T === 0 || T > C * 3 + 2) return null;
  // Each column but an -L extra takes a token at least: fewer tokens is a cut-off row, for the long way.
  let needed = 0;
  for (let c = 0; c < C; c++) if ((columns[c] as Column).kind !== 'extra') needed++;
  if (T < needed) return null;
  let cells: string[];
  if (scratch === undefined) cells = new Array<string>(C);
  else {
    cells = scratch;
    cells.length = C;
  }
  let t = 0;
  for (let c = 0; c < C; c++) {
    const col = columns[c] as Column;
    if (t === T) {
      for (let k = c; k < C; k++) {
        if ((columns[k] as Column).kind !== 'extra') return null;
        cells[k] = '';
      }
      return cells;
    }
    const s = bounds[t * 2] as number;
    const e = bounds[t * 2 + 1] as number;
    if (col.kind === 'restarts' && t + 2 < T && text.charCodeAt(bounds[t * 2 + 2] as number) === 40) {
      const bs = bounds[t * 2 + 4] as number;
      const be = bounds[t * 2 + 5] as number;
      if (be - bs === 4 && text.startsWith('ago)', bs)) {
        const joined = (bounds[t * 2 + 2] as number) === e + 1 && bs === (bounds[t * 2 + 3] as number) + 1 ? null : `${text.slice(s, e)} ${text.slice(bounds[t * 2 + 2] as number, bounds[t * 2 + 3] as number)} ago)`;
        const v = joined ?? cellAt(text, s, be, col.kind, caches[c] ?? null);
        if (joined === null ? cutFits : restartsOf(v) !== null) {
          cells[c] = v;
          t += 3;
          continue;
        }
      }
    }
    if (col.kind === 'extra') {
      if (T - t > C - c - 1) {
        cells[c] = text.slice(s, e);
        t++;
      } else cells[c] = '';
      continue;
    }
    // `--show-labels` joins its labels with commas; a page that put a space after one (`foo=bar, run=ghost`, whitespace
    // collapsed) split the last column's value into words: they are all LABELS', as the offsets would read them.
    if (col.kind === 'labels' && c === C - 1 && t + 1 < T && labelsGoOn(text, t, T)) {
      cells[c] = text.slice(s, bounds[T * 2 - 1] as number);
      return cells;
    }
    const v = cellAt(text, s, e, col.kind, caches[c] ?? null);
    if (!cutFits) return null;
    cells[c] = v;
    t++;
  }
  return t === T ? cells : null;
}

/** Whether every token after the `t`th of {@link cutTokens}' line follows a comma and holds a label's `=`. */
function labelsGoOn(text: string, t: number, T: number): boolean {
  for (let k = t + 1; k < T; k++) {
    const s = TOKEN_BOUNDS[k * 2] as number;
    const e = TOKEN_BOUNDS[k * 2 + 1] as number;
    const eq = text.indexOf('=', s);
    if (text.charCodeAt((TOKEN_BOUNDS[k * 2 - 1] as number) - 1) !== 44 || eq <= s || eq >= e) return false;
  }
  return true;
}

/** Tokens {@link cutTokens} found in its line (in {@link TOKEN_BOUNDS}), -1 when it did not split the whole line. */
let boundsCount = -1;

/** The last {@link cutTokens} line's tokens, as {@link tokens} splits it, without scanning the line again. */
function tokensFound(text: string): string[] {
  if (boundsCount < 0) return tokens(text);
  const out = new Array<string>(boundsCount);
  for (let k = 0; k < boundsCount; k++) out[k] = text.slice(TOKEN_BOUNDS[k * 2] as number, TOKEN_BOUNDS[k * 2 + 1] as number);
  return out;
}

/** Verdict of the last {@link cellAt}. */
let cutFits = false;

/** `text.slice(s, e)`, from the column's cache when it holds that text; its verdict goes to {@link cutFits}. */
function cellAt(text: string, s: number, e: number, kind: ColumnKind, cache: CellCache | null): string {
  const a = text.charCodeAt(s);
  const b = text.charCodeAt(e - 1);
  if (cache === null || a < 33 || a > 126 || b < 33 || b > 126) {
    const v = text.slice(s, e);
    cutFits = cellFits(kind, v);
    return v;
  }
  const held = cache.find(text, s, e);
  if (held !== undefined) {
    cutFits = cache.fits;
    return held;
  }
  const v = text.slice(s, e);
  cutFits = cellFits(kind, v);
  cache.add(v, cutFits);
  return v;
}

function assignFrom(toks: readonly string[], columns: readonly Column[], allowMissing: boolean): Cut | null {
  const T = toks.length;
  const C = columns.length;
  if (T > C * 3 + 2) return null;
  const quick = assignGreedy(toks, columns, allowMissing);
  if (quick !== null) return quick;
  const dead = new Set<number>();
  const cells: string[] = [];
  const go = (c: number, t: number): number => {
    // Returns the number of missing columns on success, -1 on failure.
    if (c === C) return t === T ? 0 : -1;
    if (t === T) {
      // Trailing -L columns print empty when the label is missing.
      let k = c;
      while (k < C && (columns[k] as Column).kind === 'extra') k++;
      if (k === C) {
        for (let j = c; j < C; j++) cells.push('');
        return 0;
      }
      return allowMissing && c >= 2 ? C - c : -1;
    }
    const key = c * (T + 1) + t;
    if (dead.has(key)) return -1;
    const col = columns[c] as Column;
    const tok = toks[t] as string;
    if (col.kind === 'restarts') {
      const a = toks[t + 1];
      const b = toks[t + 2];
      if (a !== undefined && b !== undefined && a.startsWith('(') && b === 'ago)') {
        const cell = `${tok} ${a} ${b}`;
        if (restartsOf(cell) !== null) {
          cells.push(cell);
          const r = go(c + 1, t + 3);
          if (r >= 0) return r;
          cells.pop();
        }
      }
    }
    if (col.kind === 'extra') {
      // A missing label prints an empty cell: try "no token" as well, preferring one when tokens remain.
      if (T - t > C - c - 1) {
        cells.push(tok);
        const r = go(c + 1, t + 1);
        if (r >= 0) return r;
        cells.pop();
      }
      cells.push('');
      const r = go(c + 1, t);
      if (r >= 0) return r;
      cells.pop();
      dead.add(key);
      return -1;
    }
    if (cellFits(col.kind, tok)) {
      cells.push(tok);
      const r = go(c + 1, t + 1);
      if (r >= 0) return r;
      cells.pop();
    }
    dead.add(key);
    return -1;
  };
  const missing = go(0, 0);
  return missing < 0 ? null : { cells: cells.slice(), missing };
}

const BASE: ColumnKind[] = ['ready', 'status', 'restarts', 'age'];
const HEADERLESS_TAILS: ColumnKind[][] = [
  ['ip', 'node', 'nominated', 'gates', 'labels'],
  ['ip', 'node', 'nominated', 'gates'],
  ['ip', 'node', 'nominated'],
  ['ip', 'node'],
  // `| awk` or a cut-off paste can end at the IP: an address is not a label. Nor is a node name (`-o
  // custom-columns` or a retyped row).
  ['ip'],
  ['node'],
  ['labels'],
  [],
];

const HEADER_NAMES: Record<ColumnKind, string> = {
  namespace: 'NAMESPACE', name: 'NAME', ready: 'READY', status: 'STATUS', restarts: 'RESTARTS', age: 'AGE', ip: 'IP',
  node: 'NODE', nominated: 'NOMINATED NODE', gates: 'READINESS GATES', labels: 'LABELS', extra: '',
};

function syntheticColumns(kinds: readonly ColumnKind[]): Column[] {
  return kinds.map((kind, i) => ({ name: HEADER_NAMES[kind], start: i, kind }));
}

/**
 * The layouts a headerless row may have, built once (rows share them; frozen so none changes them): with
 * NAME first or NAMESPACE first, each tail in {@link HEADERLESS_TAILS}'s order, the last being the default columns.
 */
const HEADERLESS_BY_NAME = HEADERLESS_TAILS.map((tail) => freezeColumns(syntheticColumns(['name', ...BASE, ...tail])));
const HEADERLESS_BY_NAMESPACE = HEADERLESS_TAILS.map((tail) => freezeColumns(syntheticColumns(['namespace', 'name', ...BASE, ...tail])));

/** A headerless row with its RESTARTS left out (see readHeaderless). */
const NO_RESTARTS_BY_NAME = freezeColumns(syntheticColumns(['name', 'ready', 'status', 'age']));
const NO_RESTARTS_BY_NAMESPACE = freezeColumns(syntheticColumns(['namespace', 'name', 'ready', 'status', 'age']));
/** A `-o wide` row trimmed by hand to its NODE after STATUS (see readHeaderless). */
const NODE_ONLY_BY_NAME = freezeColumns(syntheticColumns(['name', 'ready', 'status', 'node']));
const NODE_ONLY_BY_NAMESPACE = freezeColumns(syntheticColumns(['namespace', 'name', 'ready', 'status', 'node']));

/**
 * Whether a value reads as a node's name and as no other column's: lower-case letters, digits, `-` and `.`, with a
 * letter, a digit and a `-` or `.` (aks-drasim-30601265-vmss000000, ip-10-0-1-5.ec2.internal, worker-1), not an age,
 * a count or an address. `minikube` or `master` alone stay unread: a word could be anything.
 */
function nodeShaped(s: string): boolean {
  let letter = false;
  let digit = false;
  let mark = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) letter = true;
    else if (c >= 48 && c <= 57) digit = true;
    else if (c === 45 || c === 46) mark = true;
    else return false;
  }
  return letter && digit && mark && !isAgeText(s) && !isIp(s);
}

/** A `-o name` line's one column. */
const NAMES_ONLY = freezeColumns(syntheticColumns(['name']));

/**
 * A line of `-o name` output: `pod/<name>`, or another kind's `<kind>.<group>/<name>` (`deployment.apps/web`,
 * from `get all -o name`). Group 1 is the kind, group 2 the API group when printed.
 */
const NAME_OUTPUT = /^([a-z][a-z0-9]*)(\.[a-z0-9][a-z0-9.-]*)?\/[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?$/;
/** Core kinds `get all -o name` prints without a group. */
const CORE_KINDS: ReadonlySet<string> = new Set(['service', 'replicationcontroller', 'configmap', 'secret', 'serviceaccount', 'endpoints', 'persistentvolumeclaim', 'persistentvolume', 'node', 'namespace', 'event']);

function freezeColumns(columns: Column[]): Column[] {
  for (const c of columns) Object.freeze(c);
  return Object.freeze(columns) as Column[];
}

/**
 * Reads a pod row that has no header (`kubectl get pods | grep web`) by the shapes of its values: READY
 * (`n/m`) at the second or third token tells whether NAMESPACE leads.
 *
 * @example
 * readHeaderless('web-0 1/1 Running 0 5d')?.columns.map((c) => c.name) // ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']
 */
export function readHeaderless(text: string): { columns: Column[]; cut: Cut } | null {
  const toks = joinAngles(tokens(text));
  // Two (a name and its READY) only as the start of a row broken over two lines: the caller joins the rest or drops it.
  if (toks.length < 2 || toks.length > 40 || (toks.length === 2 && !isReadyText(toks[1] as string))) return null;
  // k9s's PF mark before READY, not a NAME after a NAMESPACE.
  if (toks[1] === K9S_PF || toks[2] === K9S_PF) return k9sHeaderless(toks);
  let lead: ColumnKind[] | null = null;
  if (isReadyText(toks[1] as string)) lead = ['name'];
  else if (isReadyText(toks[2] as string)) lead = ['namespace', 'name'];
  if (lead === null) return null;
  const layouts = lead.length === 1 ? HEADERLESS_BY_NAME : HEADERLESS_BY_NAMESPACE;
  const T = toks.length;
  for (const columns of layouts) {
    // Every column takes one token, RESTARTS up to three: other widths cannot fit.
    if (columns.length > T || columns.length + 2 < T) continue;
    const cut = assignFrom(toks, columns, false);
    if (cut !== null) return { columns, cut };
  }
  // RESTARTS left out of a shortened row (`kueue-system  kueue-controller-manager-59c65899dd-jdr2v  1/1  Running  2m`):
  // an age with its unit last, right after the STATUS, is the AGE, not a cut-off RESTARTS and a stray value.
  if (T === lead.length + 3 && isAgeText(toks[T - 1] as string) && !isDigit((toks[T - 1] as string).charCodeAt((toks[T - 1] as string).length - 1))) {
    const columns = lead.length === 1 ? NO_RESTARTS_BY_NAME : NO_RESTARTS_BY_NAMESPACE;
    const cut = assignFrom(toks, columns, false);
    if (cut !== null) return { columns, cut };
  }
  // RESTARTS, AGE and IP cut from a `-o wide` row, NODE kept (ef/15: `dra-example-driver-kubeletplugin-dfqb4  1/1  Running
  // aks-drasim-30601265-vmss000000`): a last value shaped as a node's name and as nothing RESTARTS or AGE could be.
  if (T === lead.length + 3 && nodeShaped(toks[T - 1] as string)) {
    const columns = lead.length === 1 ? NODE_ONLY_BY_NAME : NODE_ONLY_BY_NAMESPACE;
    const cut = assignFrom(toks, columns, false);
    if (cut !== null) return { columns, cut };
  }
  // Columns left out in the middle, `...` in their place (killer.sh's `coredns-5644d7b6d9-c4f68  1/1  Running  ...  node1`).
  const elided = elidedLayout(toks, lead);
  if (elided !== null) return elided;
  // Cut off (a terminal wrap or a short paste): read what is there as the default columns.
  const columns = layouts[layouts.length - 1] as Column[];
  const cut = assignTokens(toks, columns);
  return cut !== null && cut.missing > 0 ? { columns, cut } : null;
}

/** k9s's port-forward column (PF): `●` on each pod row, before its READY. */
const K9S_PF = '\u25cf';
/** What k9s prints between STATUS and IP when metrics-server answers (CPU, MEM, %CPU/R, %CPU/L, %MEM/R, %MEM/L). */
const K9S_METRICS = ['CPU', 'MEM', '%CPU/R', '%CPU/L', '%MEM/R', '%MEM/L'];

/**
 * A k9s pod row copied without its header (bitnami/charts#7283's `│ redis-node-0  ●  2/3  1 Running  5  34  2  0  8  8
 * 10.128.1.7  aks-...  2m48s │`, ep/19): k9s's columns have one order, NAME (after NAMESPACE in the all-namespaces
 * view), PF, READY, RESTARTS, STATUS, the metrics when it has them, IP, NODE, AGE, so the PF mark tells them. The box
 * sides are spaces by then (see isScreenMark). Null for any other row.
 */
function k9sHeaderless(toks: readonly string[]): { columns: Column[]; cut: Cut } | null {
  let lead: ColumnKind[];
  if (toks[1] === K9S_PF && isReadyText(toks[2] as string)) lead = ['name'];
  else if (toks[2] === K9S_PF && isReadyText(toks[3] as string)) lead = ['namespace', 'name'];
  else return null;
  // k9s put RESTARTS before STATUS until v0.32 and after it since (goauthentik/authentik#22979's row, ey/10).
  for (const middle of [['RESTARTS', 'STATUS'], ['STATUS', 'RESTARTS']]) {
    const names = [...lead.map((k) => HEADER_NAMES[k]), 'PF', 'READY', ...middle];
    const kinds: ColumnKind[] = [...lead, 'extra', 'ready', ...middle.map((m) => (m === 'STATUS' ? 'status' : 'restarts') as ColumnKind)];
    // A screen too narrow for IP, NODE and AGE shows the metrics last (ey/10): as many as the row has, all numbers.
    const rest = toks.slice(names.length);
    const metricsOnly = rest.length > 0 && rest.length <= K9S_METRICS.length && rest.every((t) => K9S_METRIC.test(t)) ? [K9S_METRICS.slice(0, rest.length)] : [];
    for (const tail of [[...K9S_METRICS, 'IP', 'NODE', 'AGE'], ['IP', 'NODE', 'AGE'], ['IP'], ...metricsOnly]) {
      const columns = freezeColumns([...names, ...tail].map((name, start) => ({ name, start, kind: start < kinds.length ? (kinds[start] as ColumnKind) : TAIL_KINDS[name] ?? 'extra' })));
      const cut = assignFrom(toks, columns, false);
      if (cut !== null) return { columns, cut };
    }
  }
  return null;
}

/** A k9s metric's cell: a number (millicores, MiB, a percentage) or `n/a` where metrics-server has none. */
const K9S_METRIC = /^(?:\d+|n\/a)$/;

const TAIL_KINDS: Readonly<Record<string, ColumnKind>> = { IP: 'ip', NODE: 'node', AGE: 'age' };

/** The columns of `get pods -o wide` in order, after the NAME or NAMESPACE NAME a row starts with. */
const WIDE_AFTER_NAME: ColumnKind[] = ['ready', 'status', 'restarts', 'age', 'ip', 'node', 'nominated', 'gates'];

/**
 * A row with one `...` (or `…`) after its STATUS and before its last value, standing for columns a solution left out:
 * the values before it are the first columns, those after it the columns they fit further on (`... node1` is NODE,
 * `... 10.0.0.5 node1` IP and NODE), the elision an extra column of its own. Null for any other row.
 */
function elidedLayout(toks: readonly string[], lead: readonly ColumnKind[]): { columns: Column[]; cut: Cut } | null {
  const T = toks.length;
  let e = -1;
  for (let i = lead.length + 2; i < T - 1; i++) {
    if (isElision(toks[i])) {
      if (e >= 0) return null;
      e = i;
    }
  }
  if (e < 0) return null;
  const full = [...lead, ...WIDE_AFTER_NAME];
  const pre = toks.slice(0, e);
  const post = toks.slice(e + 1);
  for (let p = pre.length; p <= Math.min(pre.length + 2, full.length); p++) {
    const head = syntheticColumns(full.slice(0, p));
    const first = assignFrom(pre, head, false);
    if (first === null) continue;
    for (let s = p + 1; s + post.length <= full.length; s++) {
      const tail = syntheticColumns(full.slice(s, s + post.length));
      const last = assignFrom(post, tail, false);
      if (last === null) continue;
      const columns = [...head, { name: '...', start: p, kind: 'extra' as ColumnKind }, ...tail].map((c, k) => ({ ...c, start: k }));
      return { columns, cut: { cells: [...first.cells, toks[e] as string, ...last.cells], missing: 0 } };
    }
  }
  return null;
}

/**
 * A pod row whose columns no headerless layout has (`-o custom-columns=NAME:..,NAMESPACE:..,STATUS:..,NODE:..`): two
 * lower-case names, a STATUS kubectl prints, a node, spaced as columns. Prose is neither padded nor shaped so.
 *
 * @example
 * unorderedPodRow('csi-rbdplugin-qtr59   openshift-storage   Evicted   oct-03-03-compute   Pod The node had ...') // true
 */
function unorderedPodRow(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 97 || first > 122) return false;
  const gap = text.indexOf('  ');
  if (gap < 0 || gap > 253) return false;
  const toks = tokens(text.length > 600 ? text.slice(0, 600) : text);
  if (toks.length < 4) return false;
  const [name, namespace, status, node] = toks as [string, string, string, string];
  const s = status.charCodeAt(0);
  return s >= 65 && s <= 90 && name.indexOf('-') > 0 && isNameLike(name) && !hasCapital(name) && isNamespaceName(namespace) && isNodeCell(node) && !hasCapital(node) && statusInfo(status).known;
}


function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** {@link unorderedLayout}'s columns: the pod's name first or its namespace first, then the message, if any. */
const UNORDERED_BY_NAME = freezeColumns(syntheticColumns(['name', 'namespace', 'status', 'node']));
const UNORDERED_BY_NAMESPACE = freezeColumns(syntheticColumns(['namespace', 'name', 'status', 'node']));
const UNORDERED_MESSAGE: Column = Object.freeze({ name: 'MESSAGE', start: 4, kind: 'extra' });
const UNORDERED_BY_NAME_MESSAGE = freezeColumns([...UNORDERED_BY_NAME, UNORDERED_MESSAGE]);
const UNORDERED_BY_NAMESPACE_MESSAGE = freezeColumns([...UNORDERED_BY_NAMESPACE, UNORDERED_MESSAGE]);

/**
 * An {@link unorderedPodRow} read when its two names tell which is the pod's: one a name a controller generated
 * (`csi-rbdplugin-provisioner-6f4cc98cdf-v6p99`, `csi-rbdplugin-qtr59`), the other not (`openshift-storage`), as a
 * namespace's never is but in test suites. Words after the NODE are the pod's status message (an eviction's, with
 * STATUS its reason), kept whole, as a message opens with a capital; other words there are columns of kinds unknown,
 * so the row stays unread. Null when both names or neither look generated.
 */
function unorderedLayout(text: string): { columns: Column[]; cut: Cut } | null {
  const toks = tokens(text.length > 600 ? text.slice(0, 600) : text);
  // One word after the NODE, or words not opening a sentence (`10.0.0.5   5d`): columns of kinds unknown.
  if (toks.length === 5 || (toks.length > 5 && !isUpperLetter((toks[4] as string).charCodeAt(0)))) return null;
  const first = isGeneratedName(toks[0] as string);
  if (first === isGeneratedName(toks[1] as string)) return null;
  const cells = toks.slice(0, 4);
  if (toks.length === 4) return { columns: first ? UNORDERED_BY_NAME : UNORDERED_BY_NAMESPACE, cut: { cells, missing: 0 } };
  // The message as printed, its spacing kept: from the fifth value to the end.
  let at = 0;
  for (let k = 0; k < 4; k++) at = text.indexOf(' ', text.indexOf(toks[k] as string, at) + (toks[k] as string).length);
  cells.push(text.slice(at).trim());
  return { columns: first ? UNORDERED_BY_NAME_MESSAGE : UNORDERED_BY_NAMESPACE_MESSAGE, cut: { cells, missing: 0 } };
}

/** Something shaped like a table row: a name first and a value kubectl prints further on. */
export function looksTabular(text: string, underHeader = false): boolean {
  // A capital first: a sentence ("Flannel was binding to ... 10.0.2.15"); names and namespaces are lower case.
  const first = text.charCodeAt(0);
  if (first >= 65 && first <= 90) return false;
  const toks = tokens(text.length > 4000 ? text.slice(0, 4000) : text);
  // A name and its READY alone: a row a narrow terminal or an editor broke after READY (its rest on the next line).
  if (toks.length === 2 && isReadyText(toks[1] as string) && isNameLike(toks[0] as string) && (toks[0] as string).indexOf('-') > 0) return true;
  // A name with its hash masked (`keda-operator-*********-4hb5n`, Microsoft Learn's way) is a name too.
  if (toks.length < 3 || !(isNameLike(toks[0] as string) || isMaskedName(toks[0] as string) || isShortenedName(toks[0] as string) || isStandInName(toks[0] as string))) return false;
  // A flag second (`curl -v 172.20.2.77`): a shell command; no cell of a row starts with a dash.
  if ((toks[1] as string).charCodeAt(0) === 45) return false;
  // Each signal where kubectl prints it: READY before a STATUS (capitalised), AGE last or before an IP or the
  // labels. Prose has fractions and durations too ("step 5/6 tells us", "ran for 5m and").
  for (let i = 1; i < toks.length && i < 20; i++) {
    const t = toks[i] as string;
    const next = toks[i + 1];
    // `kubectl describe`'s "Termination Grace Period:  30s": a key before the value, which rows never have.
    if (t.charCodeAt(t.length - 1) === 58 && !isIp(t)) return false;
    // A flag before the signal (`talosctl apply-config --nodes 10.63.33.141 ...`): a shell command, as above.
    if (t.charCodeAt(0) === 45 && t.length > 1 && (isLowerLetter(t.charCodeAt(1)) || (t.charCodeAt(1) === 45 && isLowerLetter(t.charCodeAt(2))))) return false;
    // A prompt's mark or prose's punctuation as a word of its own (`controlplane $ ssh 172.17.0.23`, `( node =
    // 10.6.0.188 )`): no cell of a row is one.
    if (t.length === 1 && LONE_MARKS.indexOf(t) >= 0) return false;
    // A real address: "<none>" alone is all over `kubectl describe` ("Host Port:  <none>").
    if (isIp(t)) return true;
    // Under a pod header any READY-shaped value will do: a line there that does not read is worth a problem.
    if (isReadyText(t) && (underHeader || (next !== undefined && next.charCodeAt(0) >= 65 && next.charCodeAt(0) <= 90))) return true;
    // READY where a row has it, then a STATUS in a script without capitals (a translated page's `0/1  运行中`, under a
    // header translated too, so no pod header): a row, said as translated (see translatedStatus), not silent prose.
    // NAME before it ASCII, as every cluster's names are (a sentence in that script has its own words there).
    if (i <= 2 && isReadyText(t) && next !== undefined && NON_ASCII_LETTER.test(next.charAt(0)) && !NON_ASCII_LETTER.test(toks[1] as string)) return true;
    if (isAgeText(t) && t.length > 1 && (next === undefined || isIpCell(next) || isIpPlaceholder(next) || next.indexOf('=') > 0)) return true;
  }
  return false;
}

/**
 * A whole pod row after a few words leading into it (`like below .. ueransim-1638300057-0   1/2   CrashLoopBackOff   250
 * 20h`, hunt dd/23): where it starts and how it reads, or null. The words end at a mark a sentence leads in with (`..`,
 * `:`, `->`, a word ending in `:` or `..`) among its first {@link LEAD_IN_WORDS} words, and what follows reads as a row
 * without a header, every column of it there: a sentence that only mentions a pod, or a row cut short, is not taken.
 */
function rowAfterLeadIn(text: string): { at: number; read: { columns: Column[]; cut: Cut } } | null {
  if (text.length > 600) return null;
  const toks = tokensWithOffsets(text);
  for (let k = 0; k + 1 < toks.length && k < LEAD_IN_WORDS; k++) {
    if (!isLeadInMark((toks[k] as { text: string }).text)) continue;
    const at = (toks[k + 1] as { start: number }).start;
    const read = readHeaderless(text.slice(at));
    if (read !== null && read.cut.missing === 0 && read.cut.dropped === undefined) return { at, read };
  }
  return null;
}
/**
 * Whether a word before the line's first READY holds a letter outside ASCII (`mongodb-0 está 1/1 Running (era o
 * bloqueador)`, a reply restating a row, hunt dd/10): NAMESPACE and NAME, the only cells before READY, are ASCII in
 * every cluster, so the line is a sentence in another language quoting a pod's state, not a row gone wrong.
 */
function foreignWordBeforeReady(text: string): boolean {
  for (const t of tokens(text.length > 600 ? text.slice(0, 600) : text)) {
    if (isReadyText(t)) return false;
    if (NON_ASCII_LETTER.test(t)) return true;
  }
  return false;
}
/**
 * The STATUS of a row whose values a translation rewrote (`some-pod-manual-scheduling   1/1   正在运行   0   26 秒`, a
 * translated book's output, hunt de/26): the word after READY, when it holds a letter outside ASCII; else null. kubectl
 * prints no localised values, so such a row is said as translated rather than as a row gone wrong, and not guessed at.
 */
function translatedStatus(text: string): string | null {
  const toks = tokens(text.length > 600 ? text.slice(0, 600) : text);
  const ready = isReadyText(toks[1] ?? '') ? 1 : isReadyText(toks[2] ?? '') ? 2 : -1;
  const status = ready < 0 ? undefined : toks[ready + 1];
  return status !== undefined && NON_ASCII_LETTER.test(status) ? status : null;
}

/** A letter other than ASCII's: `á`, `ç`, `是`; not a dot, a dash or `…`, which shortened names hold. */
const NON_ASCII_LETTER = /(?![A-Za-z])\p{L}/u;

/** How many words may lead into a row: a clause (`I see the pod like below:`), not a paragraph. */
const LEAD_IN_WORDS = 12;

/** A word a sentence leads into what follows with: `..`, `…`, `:`, a dash or an arrow, or a word ending in `:` or `..`. */
function isLeadInMark(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last === 58 || last === 0x2026 || word.endsWith('..')) return true;
  return LEAD_IN_MARKS.has(word);
}
const LEAD_IN_MARKS: ReadonlySet<string> = new Set(['-', '--', '\u2013', '\u2014', '->', '=>', '\u2192', '\u279c']);

/** Characters that, alone between spaces, mark a prompt or prose before any value of a row. */
const LONE_MARKS = '$#%>~()=\u279c\u276f\u2716';

function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A name shortened in the paste (`coredns-…`, `jupyter-...-488`): a name once the dots stand for what was cut. */
function isShortenedName(text: string): boolean {
  return (text.indexOf('\u2026') > 0 || text.indexOf('...') > 0) && isNameLike(text.replace(ELLIPSES, 'x'));
}
const ELLIPSES = /\.\.\.|\u2026/g;

/** A name with a docs page's stand-in in it (`<release-name>-mimir-ruler-745fff6c6d-8swsv`): a name once it is filled in. */
function isStandInName(text: string): boolean {
  return text.charCodeAt(0) === 60 && text.indexOf('>-') > 1 && isNameLike(text.replace(STAND_INS, 'x'));
}
const STAND_INS = /<[a-z][a-z0-9_-]*>/g;

/**
 * How long the comment mark a script put before a line of output is: `# `, `#> `, `##### => `; 0 when the line has
 * none (a Markdown heading, `## Versions`, has none). A mark with nothing after it (`##### =>`) is all of the line.
 */
function commentMark(text: string, headerHashes = 0): number {
  const i = hashesOf(text);
  if (i === 0 || i > 12) return 0;
  let j = i;
  while (text.charCodeAt(j) === 32) j++;
  // `# >>` and `# >>>` as well as `#> `: notes mark a line of output with as many as they like.
  let quotes = 0;
  while (quotes < 3 && text.charCodeAt(j + quotes) === 62) quotes++;
  const arrow = text.startsWith('=>', j) || text.startsWith('->', j) ? 2 : quotes;
  // No space after the hashes (`#NAME   READY ...`, then `#kubia-manual   1/1 ...`): a mark still when a header follows
  // it, or on the rows under a header marked so; `#comment` and `#!/bin/sh` stay as typed.
  if (arrow === 0 && j === i) return i === headerHashes || isHeaderLine(text.slice(i)) ? i : 0;
  // `## Heading` is Markdown's, not a comment mark: several hashes need an arrow after them, or a table's header after
  // them (no heading has column padding), then as many before each of its rows (a demo script's `## ` output, hunt ch/14).
  if (arrow === 0) return i === 1 || i === headerHashes || isHeaderLine(text.slice(j)) ? j : 0;
  j += arrow;
  if (j === text.length) return j;
  if (text.charCodeAt(j) !== 32) return 0;
  while (text.charCodeAt(j) === 32) j++;
  return j;
}

/** How many `#` a line starts with. */
function hashesOf(text: string): number {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === 35) i++;
  return i;
}

/**
 * Whether a cut-off row that ends at its NAME (or before) reads as a row cut short: names there as kubectl prints them
 * (lower case), and nothing after them but the start of a READY (`1/`). A sentence under a NAMESPACE-first table
 * (`Some prose here.`, `pod status:`) fills NAMESPACE and NAME too.
 */
function namesRow(cut: Cut, columns: readonly Column[]): boolean {
  const present = cut.cells.length;
  // A shell command after the table (`cat heapster-controller.yaml`, `vi deploy.yaml`) fills NAMESPACE and NAME too.
  if (present === 2 && (columns[0] as Column).kind === 'namespace' && (SHELL_WORDS.has(cut.cells[0] as string) || isFileName(cut.cells[1] as string))) return false;
  for (let c = 0; c < present; c++) {
    const kind = (columns[c] as Column).kind;
    if (kind !== 'name' && kind !== 'namespace') return true;
    const cell = cut.cells[c] as string;
    if (!(isNameLike(cell) && !hasCapital(cell)) && !isShortenedName(cell)) return false;
  }
  const d = cut.dropped;
  return d === undefined || (d.charCodeAt(0) >= 48 && d.charCodeAt(0) <= 57);
}

/** Programs a shell line after a table starts with: no namespace is named so where a file or a path follows. */
const SHELL_WORDS: ReadonlySet<string> = new Set(['cat', 'vi', 'vim', 'nvim', 'nano', 'emacs', 'less', 'more', 'head', 'tail', 'ls', 'll', 'cd', 'echo', 'curl', 'wget', 'ssh', 'scp', 'cp', 'mv', 'rm', 'mkdir', 'touch', 'chmod', 'source', 'bash', 'sh', 'sudo', 'grep', 'export', 'code', 'open', 'diff', 'git', 'docker', 'journalctl', 'systemctl', 'kubeadm']);

/** A file's name (`deploy.yaml`, `values-prod.yml`): no pod is named with one of these extensions. */
function isFileName(text: string): boolean {
  const dot = text.lastIndexOf('.');
  return dot > 0 && FILE_EXTENSIONS.has(text.slice(dot + 1));
}
const FILE_EXTENSIONS: ReadonlySet<string> = new Set(['yaml', 'yml', 'json', 'sh', 'txt', 'log', 'conf', 'cfg', 'ini', 'toml', 'py', 'go', 'md', 'tpl', 'j2', 'tf', 'env', 'xml', 'csv', 'pem', 'crt', 'key', 'tar', 'gz', 'tgz', 'zip']);

/**
 * A pod row whose STATUS is a message of several words: kubelets of Kubernetes 1.6's time put a container's runtime
 * error there whole (`heapster-...   1/2   rpc error: code = 2 desc = failed to start container "…": …   3   32s`).
 * Its tokens with the message as one, READY at `ready`, RESTARTS and AGE after the message (the last such pair, as
 * messages hold numbers too); null when the line has no such shape. The message holds a colon, as errors do
 * (prose with a fraction and a count does not read so), or is the API server's NotFound for an object the container
 * reads (`secrets "my-secret" not found`), which those kubelets put there the same way (dy/14).
 */
function spacedStatus(toks: readonly string[], ready: number): string[] | null {
  if (toks.length < ready + 6 || toks.length > ready + 80 || !isReadyText(toks[ready] as string)) return null;
  for (let k = toks.length - 2; k >= ready + 3; k--) {
    if (!isCount(toks[k] as string) || !isAgeText(toks[k + 1] as string)) continue;
    const status = toks.slice(ready + 1, k).join(' ');
    if ((status.indexOf(':') < 0 && !NOT_FOUND_ERROR.test(status)) || status.length > MAX_SPACED_STATUS) return null;
    const first = status.charCodeAt(0);
    if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return null;
    return [...toks.slice(0, ready + 1), status, ...toks.slice(k)];
  }
  return null;
}
const MAX_SPACED_STATUS = 4000;
/** The API server's NotFound as client-go words it: `<resource> "<name>" not found`. */
const NOT_FOUND_ERROR = /^[a-z][a-z.]* "[^" ]+" not found$/;

/** A cheap first look for {@link spacedStatus}: a line with no colon and no quoted NotFound holds no such message. */
function mayHoldSpacedStatus(text: string): boolean {
  return text.indexOf(':') > 0 || text.indexOf('" not found') > 0;
}
/** What stands for a several-word STATUS while the row's other tokens are assigned, as a one-word status would. */
const SPACED_STATUS = 'SpacedStatus';

/** A RESTARTS count as old kubectl printed it: digits only. */
function isCount(text: string): boolean {
  if (text.length === 0 || text.length > 7) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 48 || text.charCodeAt(i) > 57) return false;
  return true;
}

/**
 * {@link spacedStatus}'s row cut into `columns` (READY where they have it), or with no columns given read as a
 * headerless row; the message is its STATUS cell. Null when it reads neither way.
 */
function readSpacedStatus(text: string, columns: readonly Column[] | null): { columns: Column[]; cut: Cut } | null {
  const toks = tokens(text);
  let ready = -1;
  if (columns === null) ready = isReadyText(toks[1] ?? '') ? 1 : isReadyText(toks[2] ?? '') ? 2 : -1;
  else {
    // Each column before READY takes one token (NAMESPACE, NAME).
    for (let c = 0; c < columns.length; c++) {
      if ((columns[c] as Column).kind === 'ready') {
        ready = c;
        break;
      }
      if ((columns[c] as Column).kind !== 'namespace' && (columns[c] as Column).kind !== 'name') break;
    }
    if (ready < 0 || (columns[ready + 1] as Column | undefined)?.kind !== 'status') return null;
  }
  // Names as kubectl prints them, a pod's with a dash (a sentence's words, `Step 1/2 failed: ...`, are not).
  for (let c = 0; c < ready; c++) if (!isNameLike(toks[c] as string) || hasCapital(toks[c] as string)) return null;
  if (ready < 1 || (toks[ready - 1] as string).indexOf('-') < 0) return null;
  const joined = spacedStatus(toks, ready);
  if (joined === null) return null;
  const status = joined[ready + 1] as string;
  joined[ready + 1] = SPACED_STATUS;
  let read: { columns: Column[]; cut: Cut } | null;
  if (columns === null) read = readHeaderless(joined.join('   '));
  else {
    const cut = assignTokens(joined, columns);
    read = cut === null ? null : { columns: columns as Column[], cut };
  }
  if (read === null || read.cut.cells[ready + 1] !== SPACED_STATUS || (read.columns[ready + 1] as Column).kind !== 'status') return null;
  read.cut.cells[ready + 1] = status;
  return read;
}

/** Whether each of a row's values starts where its column's name does in the header: a row as kubectl aligned it. */
function atOffsets(text: string, columns: readonly Column[], cells: readonly string[]): boolean {
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] as string;
    if (cell !== '' && !text.startsWith(cell, (columns[c] as Column).start)) return false;
  }
  return true;
}

/** Whether the cells a cut-off row has are its NAMESPACE and NAME only. */
function namesOnly(cut: Cut, columns: readonly Column[]): boolean {
  for (let c = 0; c < cut.cells.length; c++) {
    const kind = (columns[c] as Column).kind;
    if (kind !== 'name' && kind !== 'namespace') return false;
  }
  return true;
}

function hasCapital(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** A pod row as read, before its values are typed. */
export interface RawRow {
  line: number;
  columns: Column[];
  cells: string[];
  missing: number;
  readBy: 'offsets' | 'tokens' | 'headerless';
  /** The pod table it belongs to (index into `tables`), -1 for headerless rows. */
  table: number;
  command: KubectlCommand | null;
}

export interface TableInfo {
  line: number;
  kind: string;
  columns: string[];
  rows: number;
  command: KubectlCommand | null;
}

export interface NodeRow {
  line: number;
  name: string;
  status: string;
  roles: string[];
  /** Printed under a ROLES column, where `<none>` means no role label: a worker (managed control planes are no nodes). */
  rolesColumn: boolean;
  internalIp: string | null;
  /** The AGE cell (`31s`), null where none was printed: a node NotReady for its first minutes is joining. */
  age: string | null;
  /** The kubelet's VERSION (`v1.17.0+k3s.1`), null where none was printed: a distribution's mark tells how it runs its network. */
  version: string | null;
}

export interface ReadResult {
  kinds: LineKind[];
  /** With the `get` command the message answers, when there was one (`No resources found` empties its listing). */
  messages: { line: number; id: MessageId; command?: KubectlCommand | null; vars?: Record<string, string> }[];
  problems: Problem[];
  rows: RawRow[];
  podTables: TableInfo[];
  otherTables: TableInfo[];
  nodeRows: NodeRow[];
  /** Workloads other tables list (`deployment.apps/web`, `rc/wildfly-rc`): owners the pod names can be matched to. */
  workloads: ListedWorkload[];
  /** Rows of `kubectl get pvc` tables. */
  claims: ClaimRow[];
  /** Namespaces a `get ns` table shows Terminating (being deleted), with their lines. */
  terminatingNamespaces: { line: number; name: string }[];
  /** Pods `kubectl create`/`apply`/`run` said it made (`pod/web created`): objects of their own, no controller's. */
  createdPods: string[];
  commands: { line: number; command: KubectlCommand }[];
}

/**
 * Takes each pod row as it is read, instead of `ReadResult.rows` (which then stays empty): the core turns
 * cells into a typed row at once. The cells array is only valid during the call (rows share it): copy it to keep it.
 */
export type RowSink = (line: number, columns: Column[], cells: string[], readBy: RawRow['readBy'], command: KubectlCommand | null) => void;

/** How far above a name alone on its line {@link readTables} looks for its pod's row. */
const NAMED_ABOVE_LINES = 500;

/** The table being read: its header, where it goes in the result, and its columns' value caches. */
interface OpenTable {
  info: TableInfo;
  header: Header;
  pod: boolean;
  index: number;
  indent: number;
  caches: (CellCache | null)[];
  /** The header's line as read, to tell the same header pasted again right under it. */
  text: string;
  /** A line since the last row that read as no row (prose): the table may have ended there. */
  prose?: boolean;
  /** A pod table whose every column has a shape (no `extra` or `labels` column, which fit any text): see the row fast path. */
  strict: boolean;
  /** Rows in a row the fast path could not cut (a misaligned or single-spaced table): past {@link FAST_MISSES}, it stops trying. */
  misses: number;
}

/**
 * Reads every line of a paste into tables, rows, messages and problems, accounting for each line once.
 *
 * @example
 * readTables(['NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d']).rows.length // 1
 */
export function readTables(rawLines: readonly string[], onRow?: RowSink, markup = ALL_MARKUP): ReadResult {
  const out: ReadResult = { kinds: [], messages: [], problems: [], rows: [], podTables: [], otherTables: [], nodeRows: [], workloads: [], claims: [], terminatingNamespaces: [], commands: [], createdPods: [] };
  let command: KubectlCommand | null = null;
  let current: OpenTable | null = null;
  /** The hashes that commented out the open table's header (`## NAME ...`): its rows carry as many. */
  let headerHashes = 0;
  const scratch: string[] = [];
  const cachesByKind = new Map<ColumnKind, CellCache>();
  let lastWasPod = false;
  /** The last prompt's kubectl verb (`logs`: what follows is a container's output, its `Error:` lines its own). */
  let lastVerb: string | null = null;
  /** Whether the last prompt ran an analyzer whose report quotes pods' errors (`k8sgpt analyze`): see ANALYZER. */
  let analyzer = false;
  /** The project `oc project` (or `oc login`'s `Using project "x"`) made the context's namespace; null when unknown. */
  let project: string | null = null;
  /** Line of the last `-o name` pod line (its listing's problem is reported once). */
  let namesLine = -1;
  /** After a prompt that lists no pods (`get deploy`, `multipass list`): a line that reads as no pod row is theirs. */
  let foreign = false;
  /** The kind helm's last `==> v1/Kind` line named, until the table under it starts. */
  let section: string | null = null;
  /** The last line a command was typed at a prompt on, and that command: its prompt alone on a line is one too. */
  let promptLine: string | null = null;
  let promptCommand: KubectlCommand | null = null;
  /** The `get`s chained after the prompt's first (see chainedCommands), and how many outputs the prompt has had. */
  let chained: KubectlCommand[] = [];
  let outputs = 0;
  // Commands typed one after another before any output (a doc's block of commands, then one block of what they
  // printed): the first output is the first command's. Kept until a prompt after some output starts another run.
  let stacked: KubectlCommand[] = [];
  /** Which of {@link stacked} printed the last table under them: the next table is the next command's. -1: none yet. */
  let stackedAt = -1;
  /**
   * Headerless rows under stacked `get pods` commands of different namespaces (a doc's block of `get pods -n X`, then
   * the blocks they printed, cut apart by blank lines or `# Monitoring` comments): the pods commands in order, and
   * which printed the current run of rows. Null when not so.
   */
  let stackedRuns: KubectlCommand[] | null = null;
  let runAt = -1;
  let sincePrompt = false;
  /** The header of the first table under the current prompt: a `get` of one kind prints that one again, not another. */
  let firstHeader: string | null = null;
  /** The next output of a line of chained commands is the next command's (the first is the prompt's own). */
  const nextOutput = (): void => {
    if (outputs > 0) command = chained.shift() as KubectlCommand;
    outputs++;
  };

  ageTypos = false;
  naCells = false;
  /** A row read: to the sink, or kept. */
  const emit = (line: number, columns: Column[], cells: string[], missing: number, readBy: RawRow['readBy'], table: number, cmd: KubectlCommand | null): void => {
    if (ageTypos) ageTypoIn(line, columns, cells);
    if (naCells) for (let c = 0; c < cells.length; c++) if (cells[c] === 'n/a' && ((columns[c] as Column).kind === 'ip' || (columns[c] as Column).kind === 'node')) cells[c] = '<none>';
    if (onRow !== undefined) onRow(line, columns, cells, readBy, cmd);
    else out.rows.push({ line, columns, cells, missing, readBy, table, command: cmd });
  };
  /** An AGE cell typed wrong (`18mm`, see isAgeTypo): said, as the row reads whole without its age. */
  const ageTypoIn = (line: number, columns: readonly Column[], cells: readonly string[]): void => {
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as string;
      if ((columns[c] as Column).kind !== 'age') continue;
      if (isAgeTypo(cell)) out.problems.push({ line, code: 'age-typo', message: `AGE "${cell}" is no age kubectl prints (a unit typed twice?): the row is read whole, its age unknown.` });
      else if (agesRunTogether(cell)) out.problems.push({ line, code: 'ages-run-together', message: `AGE "${cell}" is two ages run together (an edit left the old one?): the row is read whole, its age unknown.` });
      // A two-unit age cut at its second unit (`3m12` for `3m12s`): a narrow screen's cut, not a number typed bare.
      else if (CUT_AGE.test(cell)) out.problems.push({ line, code: 'age-cut', message: `AGE "${cell}" lost its last unit to a narrow screen: the row is read whole, its age unknown.` });
      else if (isUnitLost(cell)) out.problems.push({ line, code: 'age-without-unit', message: `AGE "${cell}" has no unit (s, m, h, d?): the row is read whole, its age unknown.` });
    }
  };
  const truncated = (line: number, missing: number): void => {
    out.problems.push({ line, code: 'truncated-row', message: `Row cut off: ${missing} column(s) missing.` });
  };
  /** A row's last word that fits none of its columns: said, so no value goes without a word. */
  const leftOut = (line: number, word: string | undefined): void => {
    if (word !== undefined) out.problems.push({ line, code: 'value-left-out', message: `"${word.length > 60 ? `${word.slice(0, 60)}…` : word}" at the row's end fits none of its columns (cut off mid-value, or columns left out of the paste?): not read.` });
  };
  /**
   * Rows of the open table that end right before NOMINATED NODE and READINESS GATES. On every row that is no cut: a
   * page that rendered the paste as HTML took each `<none>` for a tag and dropped it. Reported once for the table.
   */
  let noneLost: { line: number; missing: number; blank: boolean }[] = [];
  const flushNoneLost = (): void => {
    if (noneLost.length >= 2) {
      const first = noneLost[0] as { line: number };
      const last = noneLost[noneLost.length - 1] as { line: number };
      out.problems.push({ line: first.line, through: last.line, code: 'none-lost', message: `Rows on lines ${first.line}-${last.line} end before NOMINATED NODE and READINESS GATES: their <none> was dropped (by a page that read it as an HTML tag?), so they are read as none.` });
    } else {
      // One such row alone may be a paste cut at its end; unless the spaces that padded up to its dropped cells stayed.
      for (const r of noneLost) {
        if (r.blank) out.problems.push({ line: r.line, code: 'none-lost', message: 'Row ends in blanks where NOMINATED NODE and READINESS GATES are: their <none> was dropped (by a page that read it as an HTML tag?), so they are read as none.' });
        else truncated(r.line, r.missing);
      }
    }
    noneLost = [];
  };

  const closeTable = (): void => {
    flushNoneLost();
    if (current !== null && current.pod && current.info.rows === 0) {
      out.problems.push({ line: current.info.line, code: 'header-without-rows', message: 'A pod table header with no rows under it.' });
    }
    current = null;
  };

  /** A row split out of a flattened table: read by its tokens, so the cells are its own. */
  const emitRow = (line: number, columns: Column[], cut: Cut, cmd: KubectlCommand | null): void => {
    if (cut.missing > 0) truncated(line, cut.missing);
    emit(line, columns, cut.cells, cut.missing, 'tokens', -1, cmd);
  };

  /** A table flattened onto one line: its rows, and one problem saying they were split by their values. */
  const emitFlattened = (line: number, flat: { columns: Column[]; cuts: Cut[] }, cmd: KubectlCommand | null): void => {
    out.problems.push({ line, code: 'flattened-rows', message: `A whole table on one line (copied from a rendered page?): ${flat.cuts.length} row(s) split by the shapes of their values; check them.` });
    if (flattenedRest > 0) out.problems.push({ line, code: 'trailing-text', message: 'Text after the last row of the table on this line (the next prompt?): left out.' });
    for (const cut of flat.cuts) emitRow(line, flat.columns, cut, cmd);
  };

  /** A headerless row whose STATUS is a message of several words (see spacedStatus), when `text` reads as one. */
  const emitSpaced = (text: string, line: number): boolean => {
    if (!mayHoldSpacedStatus(text)) return false;
    const spaced = readSpacedStatus(text, null);
    if (spaced === null) return false;
    headerlessRows.add(out.problems, line - 1, line);
    headerlessRows.next = line;
    if (spaced.cut.missing > 0) truncated(line, spaced.cut.missing);
    emit(line, spaced.columns, spaced.cut.cells, spaced.cut.missing, 'headerless', -1, command);
    out.kinds.push('row');
    return true;
  };

  /**
   * `get pods -n kubeedge` typed without `kubectl` (a report's), the line right above a pod header (blank lines
   * between): that command, which printed the table. Only there, and only a `get` of pods: elsewhere such a line is prose.
   */
  const bareGet = (header: string): void => {
    let k = out.kinds.length - 1;
    while (k >= 0 && out.kinds.length - 1 - k < 2 && out.kinds[k] === 'blank') k--;
    if (k < 0 || out.kinds[k] !== 'noise' || (rawLines[k] as string).indexOf('get ') < 0) return;
    const text = textOf(rawLines[k] as string, k + 1);
    if (!text.startsWith('get ') || text.length > 200) return;
    const words = tokens(text);
    const cmd = parseCommand(words, 'kubectl');
    if (!isPodsCommand(cmd) || cmd.pipedTo !== null || words.length > 12 || tableKind(tokens(header)) !== 'pod') return;
    cmd.text = text;
    out.kinds[k] = 'prompt';
    out.commands.push({ line: k + 1, command: cmd });
    command = cmd;
    foreign = false;
    lastVerb = 'get';
    stacked = [cmd];
    chained = [];
    outputs = 0;
  };

  /**
   * `before`, the text before a prompt glued onto line `line` (see gluedPromptAt), as a row of the open pod or node
   * table: read and said when it reads whole; false (nothing read) otherwise.
   */
  const readGluedRow = (before: string, line: number, at: number, indent: number): boolean => {
    const cur = current as OpenTable;
    if (!cur.pod) {
      if (!looksOtherRow(before, cur.header)) return false;
      const count = out.nodeRows.length;
      readNodeRow(before, line, cur.header, out.nodeRows);
      if (out.nodeRows.length === count) return false;
    } else {
      const cols = cur.header.columns;
      let readBy: RawRow['readBy'] = 'offsets';
      let cells = indent === cur.indent ? cutCells(before, cols, cur.caches, undefined) : null;
      if (cells === null || cutMissing > 0 || cutTrailing) {
        readBy = 'tokens';
        cells = cutTokens(before, cols, cur.caches, undefined) ?? assignFrom(tokens(before), cols, false)?.cells ?? null;
      }
      if (cells === null) return false;
      if (readBy === 'tokens') {
        fallbacks.add(out.problems, at, line);
        fallbacks.next = at + 1;
      }
      emit(line, cols, cells, 0, readBy, cur.index, command);
    }
    cur.info.rows++;
    out.problems.push({ line, code: 'prompt-glued', message: 'The next prompt glued to the last row (the paste lost a line break): the row is read, then the command.' });
    return true;
  };

  /** The last header line parsed, and its parse (see openHeader). */
  let parsedText: string | null = null;
  let parsed: Header | null = null;
  /** Opens the table under the header `text` on line `line`, indented by `indent`. */
  const openHeader = (text: string, line: number, indent: number): void => {
    // The same header pasted twice in a row (a double paste, a watch's first redraw): one table, not an empty one.
    const open = current as OpenTable | null;
    if (open !== null && open.pod && open.info.rows === 0 && open.info.line === line - 1 && open.index === out.podTables.length - 1 && text === open.text) {
      // Nothing read since that header could change what this one opens: it moves down, as a new parse would put it.
      if (chained.length === 0 && stacked.length <= 1 && section === null && open.info.command === command) {
        open.info.line = line;
        open.indent = indent;
        sincePrompt = false;
        return;
      }
      out.podTables.pop();
      current = null;
    }
    closeTable();
    if (chained.length > 0) nextOutput();
    // A pod table under stacked commands whose last lists no pods: the earlier one that does printed it.
    if (stacked.length > 1 && stackedAt < 0 && (command === null || !isPodsCommand(command))) {
      const earlier = stacked.findIndex((c) => c.verb === 'get' && isPodsCommand(c));
      if (earlier >= 0 && tableKind(tokens(text)) === 'pod') {
        command = stacked[earlier] as KubectlCommand;
        foreign = false;
        stackedAt = earlier;
      }
    } else if (stacked.length > 1 && stackedAt < 0 && tableKind(tokens(text)) === 'pod') {
      // Pods commands of different namespaces typed one after another, then their output (a doc's `get pods -n
      // ethereum`, `get pods -n monitoring`, then the tables): one table each, in order, is each command's (the next
      // one below); fewer or more, which is whose is unknown (en/12: one table under two), so no namespace from them,
      // as for headerless blocks (runCommand), rather than all the last command's.
      const pods = stacked.filter((c) => isPodsCommand(c) && printsRows(c));
      const first = pods[0];
      // Each naming its namespace: a bare `get all` before a prompt's `get all -n kube-system` is more likely a title
      // (dl/21's `1.  kubectl get all`) than a command whose output is missing.
      const named = pods.every((c) => c.namespace !== null || c.allNamespaces);
      if (first !== undefined && pods.length >= 2 && named && pods.some((c) => c.namespace !== first.namespace || c.allNamespaces !== first.allNamespaces)) {
        if (podHeadersAhead(line - 1, pods.length) === pods.length) {
          command = first;
          foreign = false;
          stackedAt = stacked.indexOf(first);
        } else if (command !== null && !command.allNamespaces) command = { ...command, namespace: null };
      }
    } else if (stackedAt >= 0 && stackedAt + 1 < stacked.length) {
      // The table after the pods under those commands is the next command's (`get pods`, then `get
      // clustertrainingruntimes`, their outputs pasted in a block of their own): its `NAME AGE` is that kind's.
      const next = stacked[stackedAt + 1] as KubectlCommand;
      if (isPodsCommand(next) || tableKind(tokens(text)) !== 'pod') {
        command = next;
        foreign = !isPodsCommand(next);
        stackedAt++;
      }
    }
    if (sincePrompt) firstHeader = text;
    sincePrompt = false;
    // A header printed again and again (a watch, a loop of commands) is parsed once; each table gets its own
    // copy, since naming columns by the command below changes their kinds.
    if (text !== parsedText) {
      parsedText = text;
      parsed = parseHeader(text);
    }
    const header: Header = { columns: (parsed as Header).columns.map((c) => ({ name: c.name, start: c.start, kind: c.kind })), table: (parsed as Header).table, wrapped: (parsed as Header).wrapped };
    const named = namedByCommand(text, command);
    if (named !== null) {
      for (const c of header.columns) c.kind = named.get(c.name) ?? c.kind;
      header.table = 'unknown';
    }
    const podCommand = command !== null && isPodsCommand(command);
    // Under helm's `==> v1/Kind` the kind is named: a `NAME AGE` table there is a Role's or a budget's, not a watch's.
    if (section !== null && section !== 'pod' && (header.table === 'name-age' || header.table === 'replicaset' || header.table === 'unknown')) header.table = section;
    // NAME READY ... NODE under `get pod -o wide`: a pod table with columns left out (killer.sh's solutions).
    // A custom resource's table that happens to print READY before STATUS (`get psmdb`: NAME REPLSETS READY STATUS
    // AGE) under the `get` of its kind: a column pods never print, which the command did not add (-L, --show-labels,
    // -o), says it is that kind's, not a pod table. So does one without RESTARTS, which every pod table prints
    // (cert-manager's `get clusterissuers -o wide`: NAME READY STATUS AGE).
    // Not a pod header of other columns after that kind's table ended (a `get nodes` in an earlier code fence, then a
    // pod table with a note column for RESTARTS and AGE): one kind's `get` prints one header, so the command is stale.
    if (header.table === 'pod' && command !== null && !podCommand && command.args.length > 0 && command.labelColumns.length === 0 && !command.showLabels && (text === firstHeader || (command.args[0] as string).indexOf(',') >= 0)) {
      const get = command.verb === 'get';
      const plain = command.output === null || (get && command.output === 'wide');
      if ((plain && header.columns.some((c) => c.kind === 'extra')) || (get && !header.columns.some((c) => c.kind === 'restarts'))) header.table = 'unknown';
    }
    const pod: boolean = header.table === 'pod' || (header.table === 'unknown' && podCommand && header.columns[0]?.kind === 'name' && (readyAmongPodColumns(header.columns) || elidedToNode(header.columns))) || (header.table === 'name-age' && (podCommand || (lastWasPod && command === null))) || (section === 'pod' && header.columns[0]?.kind === 'name') || customPodColumns(header, command, foreign);
    section = null;
    // A table whose columns name no kind (`NAME STATUS AGE`) under `get workflow`: that kind's, so its rows name owners.
    // So is one whose columns several kinds printed (`NAME DESIRED CURRENT AGE`: old kubectl's StatefulSets too).
    if (!pod && command !== null && (header.table === 'namespace' || header.table === 'name-age' || header.table === 'unknown' || header.table === 'replicaset')) {
      // `get statefulset web`: the kind is the first word, a name may follow.
      const resource = command.args.length >= 1 ? (command.args[0] as string).toLowerCase() : '';
      if (Object.hasOwn(LISTED_KINDS, resource) || Object.hasOwn(LISTED_KINDS, singular(resource))) header.table = Object.hasOwn(LISTED_KINDS, resource) ? resource : singular(resource);
      // `get deployments,svc,rc,pods`: of the kinds whose tables print DESIRED and CURRENT alone, the one the list names
      // (kubectl 1.3's rc table, NAME DESIRED CURRENT AGE, hunt da/04).
      else if (header.table === 'replicaset' && resource.indexOf(',') > 0) header.table = countedKindIn(resource) ?? header.table;
      // Columns of a kind this reader does not list (`get hpa`'s REFERENCE TARGETS MINPODS): the kind the command named.
      // So are DESIRED and CURRENT under a custom resource's get (`k get gss`, `get statefulsets.apps.kruise.io`): its
      // controller counts replicas as a ReplicaSet does. Not a pods get's: it printed a pod table, so another program's
      // table under it (`sparkctl list`, its line unread) is none of its output.
      else if ((header.table === 'unknown' || header.table === 'replicaset') && command.verb === 'get' && RESOURCE_WORD.test(resource) && resource !== 'all' && !podCommand) header.table = resource;
    }
    // A Deployment's columns under a get of a kind this reader does not list: that kind's table, whose rows are no
    // Deployments (`get rollout`: Argo Rollouts prints DESIRED CURRENT UP-TO-DATE AVAILABLE, dy/17).
    // (Not helm status's, whose sections the reader reads as a get of the release's pods.)
    if (header.table === 'deployment' && command !== null && command.verb === 'get' && command.tool !== 'helm') {
      const resource = (command.args[0] ?? '').toLowerCase();
      // A listed kind by its group's name too (`get deployments.apps`, de/29).
      const dot = resource.indexOf('.');
      const kind = dot > 0 ? resource.slice(0, dot) : resource;
      if (resource !== 'all' && resource.indexOf(',') < 0 && RESOURCE_WORD.test(resource) && !Object.hasOwn(LISTED_KINDS, kind) && !Object.hasOwn(LISTED_KINDS, singular(kind))) header.table = resource;
    }
    const info: TableInfo = { line, kind: pod ? 'pod' : header.table, columns: header.columns.map((c) => c.name), rows: 0, command };
    if (pod && header.wrapped !== null) {
      out.problems.push({ line, code: 'header-wrapped', message: `Header cut at "${header.wrapped}": the terminal wrapped the lines, so the columns after it are missing or on the next lines.` });
    }
    if (pod) out.podTables.push(info);
    else out.otherTables.push(info);
    flushNoneLost();
    current = { info, header, pod, index: pod ? out.podTables.length - 1 : -1, indent, caches: pod ? cellCaches(header.columns, cachesByKind) : [], text, strict: pod && header.columns.every((c) => c.kind !== 'extra' && c.kind !== 'labels'), misses: 0 };
    lastWasPod = pod;
  };

  /**
   * A run of headerless rows starting at line index `k` under stacked commands: the next pods command's output, when
   * the runs ahead are as many as those commands (each block is one command's, in the order typed). When they are
   * not, which block is whose is unknown: the rows keep the command's other flags but no namespace from it, rather
   * than all taking the last command's.
   */
  const runCommand = (k: number): void => {
    if (sincePrompt && stackedAt < 0 && stackedRuns === null) {
      // A `get pods -o yaml` (its output grepped, as a lab searches for a label) printed no rows to take.
      const pods = stacked.filter((c) => isPodsCommand(c) && printsRows(c));
      if (pods.length < 2 || pods.every((c) => c.namespace === (pods[0] as KubectlCommand).namespace && !c.allNamespaces)) return;
      if (runsAhead(k, pods.length) === pods.length) {
        stackedRuns = pods;
        runAt = 0;
        command = pods[0] as KubectlCommand;
      } else if (command !== null && !command.allNamespaces) command = { ...command, namespace: null };
    } else if (stackedRuns !== null && runAt + 1 < stackedRuns.length) command = stackedRuns[++runAt] as KubectlCommand;
  };
  /** How many blocks of row-like lines start at line index `k` before the next prompt or header; past `most`, `most + 1`. */
  const runsAhead = (k: number, most: number): number => {
    let runs = 0;
    let inRun = false;
    for (let j = k; j < rawLines.length && j < k + RUNS_LOOKAHEAD; j++) {
      const t = textOf(rawLines[j] as string, j + 1);
      if (t.startsWith('NAME ') || t.startsWith('NAMESPACE ')) break;
      const c = classifyLine(t);
      if (c.type === 'prompt' && c.command !== null) break;
      const row = c.type === 'text' && looksTabular(t);
      if (row && !inRun && ++runs > most) return runs;
      inRun = row;
    }
    return runs;
  };
  /** How many pod tables' headers start at line index `k` and after, before the next prompt; past `most`, `most + 1`. */
  const podHeadersAhead = (k: number, most: number): number => {
    let headers = 0;
    for (let j = k; j < rawLines.length && j < k + RUNS_LOOKAHEAD; j++) {
      const raw = textOf(rawLines[j] as string, j + 1);
      // A tutorial's output commented out (`# NAME  READY ...`, en/12) counts as the loop reads it.
      const t = raw.slice(commentMark(raw));
      if ((t.startsWith('NAME ') || t.startsWith('NAMESPACE ')) && tableKind(tokens(t)) === 'pod' && ++headers > most) return headers;
      const c = classifyLine(raw);
      if (c.type === 'prompt' && c.command !== null) break;
    }
    return headers;
  };
  /** Whether the line after `k` (0-based) is more of a command's output: text or another error, not a prompt or the end. */
  const logContinues = (k: number): boolean => {
    if (k + 1 >= rawLines.length) return false;
    const next = textOf(rawLines[k + 1] as string, k + 2);
    const c = classifyLine(next);
    return (c.type === 'text' && next.length > 0 && !next.startsWith('See \'')) || (c.type === 'message' && (c.id === 'kubectl-error' || c.id === 'resource-type-pod' || c.id === 'helm-timeout'));
  };

  const numbered = lineNumbering(rawLines);
  const prefix = (markup & HAS_PREFIXED_HEADER) !== 0 ? linePrefix(rawLines) : null;
  /** A line's text as the loop reads it: a tool's prefix and an editor's line number off, normalised. */
  const textOf = (raw: string, line: number): string => {
    const unprefixed = prefix === null ? raw : raw.slice(prefixLength(raw, prefix));
    return normalizeLineText(numbered === null ? unprefixed : withoutLineNumber(unprefixed, line + numbered), markup);
  };
  /**
   * The line at `k` (0-based) as the loop would read it, when it may hold the rest of a cut-off row: plain
   * text (no prompt, header, message or blank) of at most a few values. Null otherwise.
   */
  const continuationAt = (k: number, missing: number): string | null => {
    if (k >= rawLines.length) return null;
    const raw = rawLines[k] as string;
    // Under a wrapped header only a row's last `<none>` cells, wrapped as the header's last names were (a watch screen
    // that trimmed each line's padding, so the row is narrower than the width its pieces are joined at).
    if (wrap !== null && !NONE_REST.test(raw)) return null;
    if (raw.length > MAX_CONTINUATION || wordCount(raw, missing + 2) > missing + 2) return null;
    const text = textOf(raw, k + 1);
    return classifyLine(text).type === 'text' ? text : null;
  };
  /**
   * The rest of a row cut off at line `k` (0-based), on the next line or after one blank line (an issue's editor
   * that broke the row and left a gap): its text, and the blank lines between.
   */
  const restOf = (k: number, missing: number): { text: string; gap: number } | null => {
    const next = continuationAt(k + 1, missing);
    if (next !== null) return { text: next, gap: 0 };
    if (k + 2 >= rawLines.length || (rawLines[k + 1] as string).trim() !== '') return null;
    const after = continuationAt(k + 2, missing);
    return after === null ? null : { text: after, gap: 1 };
  };
  /**
   * Reports the line `gap + 1` lines after `line` as the rest of that row, and gives the lines the loop then skips
   * their kinds (the blank ones blank, the rest a row, counted with it). Returns how many lines it skips.
   */
  const continueAfter = (line: number, gap: number): number => {
    out.problems.push({ line: line + 1 + gap, code: 'row-continued', message: `The rest of the row on line ${line} (the paste broke it in two): joined to it.` });
    for (let g = 0; g < gap; g++) out.kinds.push('blank');
    out.kinds.push('row');
    return gap + 1;
  };
  /**
   * A headerless row at `k` (0-based) read whole in `width` columns up to its NODE, `node`, when the next line is the rest of that name a
   * terminal wrapped: starting at column 0, glued to the row it makes the node's name and, after it, exactly the columns
   * `-o wide` prints after NODE (`ss000002   <none>   <none>`), or alone a node name the paste shows elsewhere (a
   * `get nodes` table, another row). The row so read, else null.
   */
  const nodeTailRow = (k: number, text: string, node: string, width: number): { columns: Column[]; cut: Cut } | null => {
    const next = k + 1 < rawLines.length ? (rawLines[k + 1] as string) : '';
    const c0 = next.charCodeAt(0);
    if (!((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) || next.length > MAX_CONTINUATION) return null;
    const more = continuationAt(k + 1, 2);
    if (more === null) return null;
    const words = tokens(more);
    const read = readHeaderless(text.trimEnd() + more.trim());
    if (read === null || read.cut.missing > 0 || read.cut.dropped !== undefined || read.columns.length !== width + words.length - 1) return null;
    const whole = node + (words[0] as string);
    const at = read.columns.findIndex((c) => c.kind === 'node');
    if (at < 0 || read.cut.cells[at] !== whole) return null;
    return words.length > 1 || knownNode(whole) ? read : null;
  };
  /**
   * The project `oc project <name>` or `oc new-project <name>` switches to, or the one the lines after an `oc project`
   * or `oc login` at line `k` (0-based) say it uses (`Using project "x" on server ...`, `Now using project "x" ...`),
   * up to the next prompt; null when neither names one.
   */
  const projectAfter = (c: KubectlCommand, k: number): string | null => {
    const named = c.verb === 'login' ? undefined : c.args[0];
    if (named !== undefined) return isNamespaceName(named) ? named : null;
    for (let j = k + 1; j < rawLines.length && j <= k + MAX_LOGIN_LINES; j++) {
      const t = textOf(rawLines[j] as string, j + 1);
      const m = USING_PROJECT.exec(t);
      if (m !== null && isNamespaceName(m[1] as string)) return m[1] as string;
      if (classifyLine(t).type === 'prompt') break;
    }
    return null;
  };
  /** Whether line `k` (0-based) is the last of its block: the input's, or a blank line or a fence after it. */
  const blockEndsAfter = (k: number): boolean => {
    if (k + 1 >= rawLines.length) return true;
    const next = textOf(rawLines[k + 1] as string, k + 2);
    return next.trim() === '' || classifyLine(next).type === 'fence';
  };
  /**
   * Whether line `k` (0-based), a name alone after a blank line, names a pod its table already listed whole (line
   * `header` on): a heading over what the note says of that pod next (its logs), not the pod's row cut short.
   */
  const namedAbove = (k: number, header: number, name: string): boolean => {
    if (k < 1 || (rawLines[k - 1] as string).trim() !== '' || blockEndsAfter(k)) return false;
    for (let j = k - 2; j >= header && j >= k - NAMED_ABOVE_LINES; j--) {
      const raw = rawLines[j] as string;
      const at = raw.indexOf(name);
      if (at >= 0 && raw.charCodeAt(at + name.length) === 32 && (at === 0 || raw.charCodeAt(at - 1) === 32) && raw.trim().length > name.length) return true;
    }
    return false;
  };
  /** Whether a node of this name was listed (`get nodes`) or ran a pod of the last rows read. */
  const knownNode = (name: string): boolean => {
    for (const n of out.nodeRows) if (n.name === name) return true;
    for (let r = out.rows.length - 1; r >= 0 && r >= out.rows.length - KNOWN_NODE_ROWS; r--) {
      const row = out.rows[r] as RawRow;
      const at = row.columns.findIndex((c) => c.kind === 'node');
      if (at >= 0 && row.cells[at] === name) return true;
    }
    return false;
  };
  /** Whether a prompt comes after line `k` (0-based) before anything that could be output: blank lines, fences and prose between. */
  const promptBeforeOutput = (k: number): boolean => {
    for (let j = k + 1; j < rawLines.length && j <= k + PROSE_LOOKAHEAD; j++) {
      const t = textOf(rawLines[j] as string, j + 1);
      const c = classifyLine(t);
      if (c.type === 'blank' || c.type === 'fence' || (c.type === 'prompt' && c.command !== null && (c.command.inProse || quotedInProse(t)))) continue;
      if (c.type === 'prompt') return true;
      if (c.type !== 'text' || looksTabular(t)) return false;
    }
    return false;
  };
  /** Text glued to the end of the last header (see gluedHeaderEnd), while its rows have it too. */
  let gluedTail: string | null = null;
  // Hard-wrapped output (see wrappedHeader), once its header is found.
  let wrap: WrappedHeader | null = null;
  let wrapTries = 0;
  /** Physical lines the last logical line took beyond its first: each gets the same kind. */
  let joined = 0;
  // Rows read by their tokens, one after another: one row-fallback problem covers them all (`through`), so a
  // misaligned watch of 500 rows says so once and the problems list keeps room for the lines that did not read.
  // The same for rows without a header (`| grep` output).
  const fallbacks = new ProblemRuns('row-fallback', ROW_FALLBACK, 'not aligned with their header: read by the shapes of their values');
  const unpaddedRows = new ProblemRuns('table-unpadded', TABLE_UNPADDED, 'in a table without column padding: read one value a column, by the shapes of their values');
  const pipedRows = new ProblemRuns('table-piped', TABLE_PIPED, 'in a Markdown table (cells between pipes): read one value a column, by the shapes of their values');
  const headerlessRows = new ProblemRuns('headerless-row', HEADERLESS_ROW, 'without a header: columns assigned by the shapes of their values');
  // Rows that end in `(...)` where their last columns were (bd/14, a README's): the author left those out on purpose,
  // row after row; one problem for the run says so, not a cut-off row and a value left out on each.
  const elidedRows = new ProblemRuns('columns-elided', COLUMNS_ELIDED, 'end in "(...)" where their last columns were (left out of the paste): those columns are empty');
  const unorderedRows = new ProblemRuns('headerless-unread', HEADERLESS_UNREAD, 'look like pod rows without a header, in columns whose order only the header tells: not read');
  const namedIps = new ProblemRuns('ip-named', IP_NAMED, "hold their node's name in IP, not an address (hidden by hand?): read as hidden");
  const translatedRows = new ProblemRuns('translated-row', '', 'have their STATUS in another language: kubectl prints its values in English only, so a translated book or page rewrote this output; not read');
  /** A row after words leading into it (see rowAfterLeadIn): read as a headerless row, the words said left out. */
  const emitLeadIn = (i: number, line: number, text: string): boolean => {
    const found = rowAfterLeadIn(text);
    if (found === null) return false;
    sincePrompt = false;
    headerlessRows.add(out.problems, i, line);
    headerlessRows.next = i + 1;
    const lead = text.slice(0, found.at).trimEnd();
    out.problems.push({ line, code: 'text-before-row', message: `"${lead.length > 60 ? `${lead.slice(0, 60)}…` : lead}" before the row (words leading into it): left out, the row read from its name.` });
    emit(line, found.read.columns, found.read.cut.cells, 0, 'headerless', -1, command);
    out.kinds.push('row');
    return true;
  };
  for (let i = 0; i < rawLines.length; i++) {
    for (; joined > 0; joined--) out.kinds.push(out.kinds[out.kinds.length - 1] as LineKind);
    const first = i;
    const line = i + 1;
    let raw = rawLines[i] as string;
    // A header a narrow terminal wrapped (its first piece starts with NAME; rows start in lower case).
    if (wrap === null && wrapTries < MAX_WRAP_TRIES && (raw.charCodeAt(0) === 78 || raw.charCodeAt(0) === 32) && startsWithName(raw) && i + 1 < rawLines.length && isHeaderPiece(rawLines[i + 1] as string)) {
      wrapTries++;
      wrap = raw.length >= MIN_WRAP_WIDTH ? wrappedHeader(rawLines, i) : null;
      if (wrap !== null) {
        out.problems.push({ line, code: 'lines-unwrapped', message: `Lines wrapped at ${wrap.width} characters (a narrow terminal): each was joined back to the line it continues.` });
        joinedRaw = raw;
        const took = joinWrapped(rawLines, i, wrap, true);
        i += took;
        joined += took;
        raw = joinedRaw;
      } else {
        // Its pieces' trailing spaces gone (an issue's editor trimmed them), the width is unknown: the pieces join with
        // a space, the rows read by their values, and each row's wrapped rest joins it as a cut-off row's would.
        const trimmed = trimmedWrappedHeader(rawLines, i);
        if (trimmed !== null) {
          out.problems.push({ line, code: 'header-unwrapped', message: `A header wrapped over ${trimmed.took + 1} lines (a narrow terminal): joined back.` });
          i += trimmed.took;
          joined += trimmed.took;
          raw = trimmed.text;
        }
      }
    } else if (wrap !== null && raw.length === wrap.width) {
      joinedRaw = raw;
      const took = joinWrapped(rawLines, i, wrap, false);
      i += took;
      joined += took;
      raw = joinedRaw;
    }
    let text = textOf(raw, line);
    let indent = lastIndent;
    // The text glued to the header's end glued to its rows' too (see gluedHeaderEnd): taken off while they have it.
    if (gluedTail !== null) {
      if (text.endsWith(gluedTail)) text = text.slice(0, text.length - gluedTail.length).trimEnd();
      else if (text.trim() !== '') gluedTail = null;
    }
    // The common line first: a row of the open pod table, aligned with its header, every cell fitting its column, in a
    // paste without stars or unclean characters. Starting with a small letter or a digit, it is no header, prompt mark,
    // fence, comment or message opener, and no such line fits every column of a table whose columns all have shapes
    // (no -L or LABELS, which take any text): the checks below would all say "row", so it is read as one at once.
    // (Set inside openHeader, a closure: TypeScript does not see it change.)
    const open = current as OpenTable | null;
    if (open !== null && open.pod && open.strict && open.misses < FAST_MISSES && indent === open.indent && (open.info.rows > 0 || open.header.table === 'pod') && (markup & (HAS_STAR | HAS_UNCLEAN)) === 0 && text.length > 0 && text.length <= MAX_LINE_CHARS) {
      const c0 = text.charCodeAt(0);
      const end = text.charCodeAt(text.length - 1);
      // Not ending in a sentence's full stop or a glued fence (both are taken off below).
      if (((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) && end !== 46 && end !== 96) {
        const cells = cutCells(text, open.header.columns, open.caches, onRow === undefined ? undefined : scratch);
        if (cells !== null && cutMissing === 0 && !cutTrailing) {
          emit(line, open.header.columns, cells, 0, 'offsets', open.index, command);
          open.info.rows++;
          open.prose = false;
          open.misses = 0;
          out.kinds.push('row');
          continue;
        }
        open.misses++;
      }
    }
    let cls: LineClass = classifyLine(text);
    // A root prompt running another program (`# cd /tmp`) stays a prompt: only a mark with an arrow (`#> `) is no prompt.
    const commented = cls.type === 'text' || (cls.type === 'prompt' && cls.command === null && text.charCodeAt(1) !== 32) ? commentMark(text, current === null ? 0 : headerHashes) : 0;
    const hashes = commented > 0 ? hashesOf(text) : 0;
    if (commented > 0) {
      // "# NAME  READY ..." under "$ kubectl get pods": output commented out in a tutorial's shell block, also
      // marked as output ("#> ", "##### => ").
      text = text.slice(commented);
      indent += commented;
      cls = classifyLine(text);
    }
    if (cls.type === 'header') headerHashes = hashes;
    // The next prompt glued to the open table's last row (`... v1.22.11+k3s1$ kubectl get po -A`, the page lost the line
    // break): that row, then the prompt. Looked for only where the line holds a prompt's marks at all.
    if (current !== null && (cls.type === 'prompt' ? cls.command !== null : cls.type === 'text' && lastPromptMarked) && ((current as OpenTable).pod || (current as OpenTable).header.table === 'node')) {
      const at = gluedPromptAt(text);
      if (at > 0 && readGluedRow(text.slice(0, at).trimEnd(), line, first, indent)) {
        text = text.slice(at);
        cls = classifyLine(text);
      }
    }
    // A sentence quoting the command (``Kurulumun ardından `kubectl get pods` ile ...``) with a prompt after it, before any
    // table: that prompt ran it, the sentence only named it. Without one, the sentence is all that says what printed the rows.
    // So with the command named unquoted (`... when i exec kubectl get po -n x it shows:` over its prompt, hunt cw/07).
    if (cls.type === 'prompt' && cls.command !== null && (cls.command.inProse || quotedInProse(text)) && promptBeforeOutput(i)) cls = TEXT;
    // The prompt of a command above, now with nothing typed after it (`zagreb rlftw$`, hunt db/08): the shell's next
    // prompt, as `$` alone is.
    if (cls.type === 'text' && promptLine !== null && text.length < promptLine.length && promptLine.startsWith(text) && promptBefore(promptLine, promptCommand as KubectlCommand) === text) cls = EMPTY_PROMPT;
    if (text.charCodeAt(0) === 61 && text.startsWith(HELM_SECTION)) {
      closeTable();
      section = helmSection(text);
      out.kinds.push('noise');
      continue;
    }
    // A custom-columns header may start with any column (`NODE  NAMESPACE  NAME ...`), not only NAME, and name
    // its columns anything (`POD:metadata.name,NODE:spec.nodeName`).
    if (cls.type === 'text') {
      if (isCustomPodHeader(text, command, foreign) || namedByCommand(text, command) !== null) cls = CUSTOM_HEADER;
      else if (text.charCodeAt(0) === 65 && (text.startsWith('AME ') || text.startsWith('AMESPACE ')) && isHeaderLine(`N${text}`) && tableKind(tokens(`N${text}`)) === 'pod') {
        // A header that lost its first letter in the copy (`AME   READY   STATUS`, bd/11): every column one place left
        // of its rows', so the N put back lines them up again.
        text = `N${text}`;
        cls = classifyLine(text);
      } else if (text.indexOf('NAME') > 0 && i + 1 < rawLines.length) {
        // Keys typed while the output still printed (`oc describ poNAME   READY ...`, hunt co/23): the terminal echoed
        // them where the header then began. Read from NAME when the next line is a row under it so.
        const at = typedBeforeHeader(text, textOf(rawLines[i + 1] as string, line + 1));
        if (at > 0) {
          out.problems.push({ line, code: 'text-before-header', message: `"${text.slice(0, at)}" glued before the header (keys typed while the output printed?): left out, the header read from NAME.` });
          text = text.slice(at);
          cls = classifyLine(text);
        }
      } else if (maySpellHeader(text)) {
        // A pod header as people write it (`| Namespace | Pod Name | Ready |`, `NOME ... IDADE ... NÓ`): read as kubectl's.
        const spelled = spelledPodHeader(text);
        if (spelled !== null) {
          text = spelled;
          cls = CUSTOM_HEADER;
        }
      }
      if (cls.type === 'text' && text.charCodeAt(0) === 78 && text.startsWith('NAME') && i + 1 < rawLines.length) {
        // `... READINESS GATESCommands should not ...`: another program's message glued to the header's end and to the
        // next line's (a row's) too: the header without it, the message said once. Only the same text on the next line
        // tells it from a row glued to the header (a page that lost its line breaks).
        const end = gluedHeaderEnd(text);
        if (end > 0 && textOf(rawLines[i + 1] as string, line + 1).endsWith(text.slice(end))) {
          gluedTail = text.slice(end);
          out.problems.push({ line, code: 'glued-text', message: `"${gluedTail.length > 60 ? `${gluedTail.slice(0, 60)}…` : gluedTail}" glued to the end of the header and of the rows that have it (another program's output on the same lines?): left out of them.` });
          text = text.slice(0, end);
          cls = classifyLine(text);
        }
      }
    }
    switch (cls.type) {
      case 'blank':
        // kubectl prints no blank line inside a table; other resources' tables end there (prose may follow). Not
        // right under the header: a double-spaced paste (a Windows console's, an editor's) puts one after every line.
        // A box table's spacer line (kubeletctl's `│   │   │   │`) is a blank cell row inside its table.
        if (current !== null && !(current as OpenTable).pod && (current as OpenTable).info.rows > 0 && raw.indexOf('\u2502') < 0) closeTable();
        out.kinds.push('blank');
        continue;
      case 'fence':
        closeTable();
        out.kinds.push('noise');
        continue;
      case 'too-long':
        out.kinds.push('problem');
        out.problems.push({ line, code: 'line-too-long', message: `Line longer than ${text.length > 0 ? 65536 : 0} characters: not a table row.` });
        continue;
      case 'prompt': {
        // A container's own `sh -x` trace in the logs kubectl printed (`+ echo 1`, `+ trap exit TERM INT`): its log, not
        // a prompt (a script's trace of kubectl itself, `+ kubectl get po`, still is one: it names a command).
        if (lastVerb === 'logs' && cls.command === null && text.charCodeAt(0) === 36 && raw.trimStart().startsWith('+ ')) {
          out.kinds.push('noise');
          continue;
        }
        closeTable();
        lastWasPod = false;
        if (cls.command !== null && !cls.command.inProse) {
          promptLine = text;
          promptCommand = cls.command;
        }
        let commandText = text;
        if (text.endsWith('\\') && i + 1 < rawLines.length) {
          const took = joinContinued(rawLines, i, text, markup);
          i += took;
          joined += took;
          if (continued !== null) cls = continued;
          commandText = continuedText;
        } else if (cls.command !== null && i + 1 < rawLines.length && text.indexOf('|') < 0) {
          // A command a page wrapped without a backslash: its last flags alone on the next line (`-n kube-system`).
          // Not after a pipe: flags there would be the last program's, and a line of them is what it printed (`| grep
          // -- --cluster-cidr`, then `"--cluster-cidr=10.244.0.0/16",`).
          const more = flagsOnly(textOf(rawLines[i + 1] as string, line + 1));
          if (more !== null) {
            const whole = classifyLine(`${text} ${more}`);
            if (whole.type === 'prompt' && whole.command !== null) {
              cls = whole;
              out.kinds.push('prompt');
              i++;
            }
          }
        }
        // A two-line prompt (`╭─user@host ~ (⎈ |ctx:kube-system)`, then `╰─➤  kubectl get pods`): kube-ps1's namespace,
        // on the line above the command's, is the context's, as on the command's own line.
        if (cls.command !== null && cls.command.namespace === null && !cls.command.allNamespaces && first > 0 && (rawLines[first - 1] as string).indexOf('|') >= 0 && text.indexOf(cls.command.tool) > 0 && !cls.command.text.includes('--context') && out.commands[out.commands.length - 1]?.line !== line - 1) {
          const ps1 = kubePs1Namespace(textOf(rawLines[first - 1] as string, line - 1));
          if (ps1 !== null) cls.command.namespace = ps1;
        }
        // `oc project x` (or `oc project` alone, `oc login`, saying `Using project "x"` below) sets the context's namespace, as
        // kubens does: a later get without -n or -A lists that project. Another context, or kubens, leaves it unknown.
        if (cls.command !== null) {
          const verb = cls.command.verb;
          if (verb === 'project' || verb === 'new-project' || verb === 'login') project = projectAfter(cls.command, i);
          else if (verb === 'config' && cls.command.args[0] === 'use-context') project = null;
          else if (project !== null && verb === 'get' && cls.command.namespace === null && !cls.command.allNamespaces && !cls.command.text.includes('--context')) cls.command.namespace = project;
        } else if (project !== null && (text.indexOf('kubens') >= 0 || text.indexOf('kubectx') >= 0)) project = null;
        // Only a `get` says how the output below reads (its -n, -A, -o wide); `create`, `delete` or another
        // program's prompt say nothing about a table, and what they print is not pod rows.
        command = cls.command !== null && cls.command.verb === 'get' ? cls.command : null;
        foreign = cls.command === null || !isPodsCommand(cls.command);
        analyzer = cls.command === null && text.indexOf('k8sgpt') >= 0 && ANALYZER.test(text);
        if (!sincePrompt) {
          stacked = [];
          stackedAt = -1;
          stackedRuns = null;
          runAt = -1;
        }
        if (command !== null) stacked.push(command);
        sincePrompt = true;
        lastVerb = cls.command?.verb ?? null;
        if (cls.command !== null) out.commands.push({ line, command: cls.command });
        // The header alone after the command (`**$ kubectl get po -A** NAMESPACE  NAME ...`, a bold command glued to
        // the block below it): the rows follow on their own lines, as under a header of its own.
        const alone = cls.command !== null && cls.command.tableOnLine ? headerAfterCommand(text) : null;
        if (alone !== null) {
          chained = [];
          outputs = 0;
          openHeader(alone, line, indent);
          out.kinds.push('header');
          continue;
        }
        if (cls.command !== null && cls.command.tableOnLine) {
          const flat = readFlattened(text);
          // Only a get's table is read as pods (as below any prompt).
          if (flat === null || command === null) out.problems.push({ line, code: 'flattened-table', message: 'A whole table on the command\'s line (copied from a rendered page?): its rows cannot be told apart; paste it as the terminal printed it.' });
          else {
            emitFlattened(line, flat, command);
            // Only this line lost its breaks: rows on the lines after it stand where the terminal printed them, under
            // the header as it was on this line. Read them at its offsets, as under a header line of its own.
            const header = flattenedRest === 0 && i + 1 < rawLines.length ? headerAsPrinted(text, flat.columns) : null;
            if (header !== null && cutAtOffsets(textOf(rawLines[i + 1] as string, line + 1), parseHeader(header).columns) !== null) {
              openHeader(header, line, 0);
              // The rows already read from this line are this table's too.
              const opened = current as OpenTable | null;
              if (opened !== null) opened.info.rows = flat.cuts.length;
            }
          }
        }
        // Headerless rows glued after the command (a page that flattened `... | grep -f - <(kubectl get po -o wide)` and its
        // output onto one line): read each by its values, as below the line, and said so.
        else if (cls.command !== null && text.length > GLUED_ROWS_MIN && cls.command.pipedTo !== null) {
          const glued = rowsAfterCommand(text);
          if (glued.length > 0) {
            out.problems.push({ line, code: 'flattened-rows', message: `Rows glued onto the command's line without their header (copied from a rendered page?): ${glued.length} row(s) split by the shapes of their values; check them.` });
            for (const row of glued) emitRow(line, row.columns, row.cut, null);
          }
        }
        // Several commands on the line: the first `get` prints first, the next output is the next one's.
        const all = cls.command !== null ? chainedCommands(commandText) : [];
        // The commands after the line's first ran too (`kubectl apply -f x.yaml; for i in {1..5}; do kubectl get pods -n
        // x; done`, `kubectl scale ... --replicas=0; kubectl scale ... --replicas=2`): listed with it.
        if (all.length > 1) for (const c of all) if (c.text !== (cls.command as KubectlCommand).text) out.commands.push({ line, command: c });
        chained = all.filter((c) => c.verb === 'get');
        if (chained.length > 1 || (chained.length === 1 && command === null)) {
          command = chained.shift() as KubectlCommand;
          foreign = !isPodsCommand(command);
        } else chained = [];
        // `-o custom-columns=NAME:..,STATUS:.. --no-headers`: no header comes, the spec names the columns. Placed where
        // the first row's values start, as kubectl pads them; the rows below read as under the header it left out.
        if (chained.length === 0 && command !== null && command.output !== null && command.output.startsWith('custom-columns=') && i + 1 < rawLines.length && command.text.indexOf('--no-headers') > 0) {
          const names = specNames(command);
          if (names !== null) {
            const next = textOf(rawLines[i + 1] as string, line + 1);
            const starts: number[] = [];
            const values = tokens(next, starts);
            if (values.length === names.length && isNameLike(values[0] as string) && classifyLine(next).type === 'text') {
              openHeader(names.join(' '), line, lastIndent);
              const opened = current as OpenTable | null;
              if (opened !== null && opened.pod) opened.header.columns.forEach((c, k) => { c.start = starts[k] as number; });
            }
          }
        }
        outputs = 0;
        out.kinds.push('prompt');
        continue;
      }
      case 'message':
        // A program's own `Error: ...` in the logs kubectl printed (kubectl's own errors there start `error:`).
        // So is `error:` among other output lines: kubectl's own error is all it prints (then the usage hint, `See
        // 'kubectl logs -h'`), a container's (libvirt's `error: failed to get emulator capabilities`) comes with its log.
        // ... or in an analyzer's report (k8sgpt's `- Error: Back-off pulling image ...` under each pod it names): the
        // pods' events quoted, which kubectl did not print.
        if (analyzer && cls.id === 'kubectl-error' && text.charCodeAt(0) === 69) {
          out.kinds.push('noise');
          continue;
        }
        if (lastVerb === 'logs' && (cls.id === 'kubectl-error' || cls.id === 'helm-timeout') && (text.charCodeAt(0) === 69 || out.kinds[out.kinds.length - 1] === 'noise' || logContinues(i))) {
          out.kinds.push('noise');
          continue;
        }
        sincePrompt = false;
        if (cls.id === 'no-resources' && chained.length > 0) nextOutput();
        // klog lines (client-go's discovery failing on an add-on's API among them) and ellipses interleave with a
        // table without ending it.
        if (!INTERLEAVED.has(cls.id)) closeTable();
        out.kinds.push('message');
        // `get nodes` (or services...) finding none says nothing of pods, nor of a namespace (nodes have none).
        if (cls.id === 'no-resources' && command !== null && command.verb === 'get' && command.args.length > 0 && !isPodsCommand(command)) out.messages.push({ line, id: 'no-resources-other', command });
        else if (cls.id === 'apiservice-unavailable' || cls.id === 'metrics-api-unavailable') out.messages.push({ line, id: cls.id, vars: { group: unavailableApi(text) ?? '' } });
        else if (cls.id === 'container-waiting') out.messages.push({ line, id: cls.id, vars: waitingVars(text) });
        else if (cls.id === 'forbidden' || cls.id === 'forbidden-cluster') out.messages.push({ line, id: cls.id, vars: forbiddenVars(text) });
        else if (cls.id === 'quota-exceeded') out.messages.push({ line, id: cls.id, vars: quotaVars(text) });
        else if (cls.id === 'resource-type-pod') out.messages.push({ line, id: cls.id, vars: { name: podNamedType(text) ?? '' } });
        else out.messages.push(cls.id === 'no-resources' ? { line, id: cls.id, command } : { line, id: cls.id });
        // kubectl of 2018 could print `No resources found.` for a list that never reached the server, then the error
        // (cookeem/kubeadm-ha#44): nothing was listed, so neither the namespace nor the command's resource is what to check.
        if (FAILED_REQUEST.has(cls.id) && out.messages.length > 1) {
          const before = out.messages[out.messages.length - 2] as ReadResult['messages'][number];
          if (before.line === line - 1 && (before.id === 'no-resources' || before.id === 'no-resources-other')) {
            before.id = 'no-resources-failed';
            before.command = null;
          }
        }
        if (cls.id === 'resource-changed') {
          // `job.batch/test-job created`: that Job exists, as a `get all` line would say; a pod made so has no owner.
          const made = CREATED.exec(text);
          const kind = made?.[1];
          const name = made?.[2] ?? made?.[3];
          if (kind !== undefined && name !== undefined) {
            if (kind === 'pod' || kind === 'pods') out.createdPods.push(name);
            else listWorkload(`${kind}/${name}`, '', false, out.workloads);
          }
        }
        continue;
      case 'header':
        bareGet(text);
        openHeader(respelledHeader(text), line, indent);
        out.kinds.push('header');
        continue;
      case 'text':
        break;
      default:
        cls satisfies never;
    }
    let cur = current as OpenTable | null;
    // A table taken for pods only by the command that printed it (`get sts,po` and a header cut to NAME READY) whose
    // first row names another kind (`statefulset.apps/kafka-controller`): that kind's table.
    if (cur !== null && cur.pod && cur.info.rows === 0 && cur.header.table !== 'pod' && isOtherKindRow(text) && out.podTables[out.podTables.length - 1] === cur.info) {
      out.podTables.pop();
      cur.pod = false;
      cur.index = -1;
      cur.info.kind = cur.header.table;
      out.otherTables.push(cur.info);
      lastWasPod = false;
    }
    // A table of names and a STATUS alone whose first row names a pod (`kubeapps up`'s own summary, `NAMESPACE NAME
    // STATUS` over `kubeapps   pod/mongodb-f55447769-m6tsn   Pending`, vmware-tanzu/kubeapps#113, dq/05): the pods' table,
    // with no READY or RESTARTS to tell.
    if (cur !== null && !cur.pod && cur.info.rows === 0 && podStatusOnly(cur.header) && /^(?:\S+\s+)?pod\/[a-z0-9]/.test(cur.header.columns[0]?.kind === 'namespace' ? text : `x ${text}`) && out.otherTables[out.otherTables.length - 1] === cur.info) {
      out.otherTables.pop();
      cur.pod = true;
      cur.info.kind = 'pod';
      out.podTables.push(cur.info);
      cur.index = out.podTables.length - 1;
      cur.caches = cellCaches(cur.header.columns, cachesByKind);
      lastWasPod = true;
    }
    // A pod row under another kind's table (a watch's lines after `oc get vm,vmi`, its header not pasted): it
    // reads as a pod row, which no other kind's row does (READY n/m, then a STATUS). The other table has ended.
    // Not one read as a pod row cut short that reads whole as this table's (`db  0/1  62d` under `NAME READY AGE`):
    // a StatefulSet's row is a pod row without its STATUS.
    if (cur !== null && !cur.pod && cur.info.rows > 0 && !isOtherKindRow(text)) {
      const pod = readHeaderless(text);
      if (pod !== null && (pod.cut.missing === 0 || tokens(text).length !== cur.header.columns.length || !looksOtherRow(text, cur.header))) {
        closeTable();
        cur = null;
      }
    }
    if (cur !== null && !cur.pod) {
      // `NAME STATUS AGE` is a namespace table, unless its rows say Ready: old kubectl's nodes table.
      if (cur.info.rows === 0 && cur.header.table === 'namespace' && NODE_STATUS.test(tokens(text)[1] ?? '')) {
        cur.header.table = 'node';
        cur.info.kind = 'node';
      }
      // A line indented past the header's indent is no row of it (describe's events, `  Normal  Scheduled  0s ...`).
      if (indent <= cur.indent && looksOtherRow(text, cur.header)) {
        cur.info.rows++;
        if (cur.info.rows === 1) refineKind(cur.info, text, cur.header.columns[0]?.kind === 'namespace');
        if (cur.header.table === 'node') readNodeRow(text, line, cur.header, out.nodeRows);
        else if (cur.header.table === 'persistentvolumeclaim') readClaimRow(text, line, cur.header, out.claims);
        else if (cur.header.table === 'namespace') {
          const t = tokens(text);
          if (t[1] === 'Terminating' && t[0] !== undefined) out.terminatingNamespaces.push({ line, name: t[0] });
        } else listWorkload(text, cur.info.kind, cur.header.columns[0]?.kind === 'namespace', out.workloads);
        out.kinds.push('other-table');
      } else out.kinds.push('noise');
      continue;
    }
    // Markdown emphasis typed around a cell ("*kube-flannel-ds-8qlg9*"): no kubectl value holds a star.
    if ((markup & HAS_STAR) !== 0 && text.indexOf('*') >= 0) text = text.replace(EMPHASIS, '');
    // A mark typed before a value (`❌ prometheus-84c47f7669-qnf4q`, `⚠️ 0/1`), as reports flag the pod that matters:
    // no value holds one, and as a word of its own it would take a column.
    if ((markup & HAS_UNCLEAN) !== 0 && EMOJI_MARK.test(text)) text = text.replace(EMOJI_MARKS, '');
    // A sentence's full stop typed after the row's AGE ("... 0   162m."): no cell ends in one.
    if (text.charCodeAt(text.length - 1) === 46 && text.length > 2 && isAgeText(text.slice(text.lastIndexOf(' ') + 1, -1))) text = text.slice(0, -1);
    if (cur !== null) {
      const cols = cur.header.columns;
      // A row indented unlike its header (a watch redraw, a stray marker) is shifted: offsets cannot hold.
      // With a sink the cells are read at once and never kept: one array serves every row.
      // Indented exactly to NAME under a NAMESPACE column: that column left blank (sbctl's `get pods -A`), the rest aligned.
      if (indent !== cur.indent && indent - cur.indent === (cols[1]?.start ?? -1) && (cols[0] as Column).kind === 'namespace') {
        text = `${' '.repeat(indent - cur.indent)}${text}`;
        indent = cur.indent;
      }
      // The header alone indented past its first row (` NAME   READY ...`, a copy that took the space before it; `  NAME
      // ...` under a numbered step's `  4. oc get pods`, er/04; a Markdown list's code block whose header kept six more
      // spaces than its rows, ep/31): kubectl indents neither, so the rows are where its columns are, each as far left
      // as the header is in. Taken when that row reads whole so: a rule or prose under the header says nothing of where
      // rows stand.
      const shifted = indent < cur.indent && cur.info.rows === 0 && cur.pod;
      let cells = indent === cur.indent || shifted ? cutCells(text, cols, cur.caches, onRow === undefined ? undefined : scratch) : null;
      if (shifted) {
        if (cells !== null && cutMissing === 0 && !cutTrailing) cur.indent = indent;
        else cells = null;
      }
      let missing = cutMissing;
      let noted = false;
      let dropped: string | undefined;
      const trailing = cells !== null && cutTrailing;
      let readBy: RawRow['readBy'] = 'offsets';
      /** Read by cutTokens alone: one token a column, each fitting its kind (or RESTARTS with its `(… ago)`). */
      let exact = false;
      if (cells === null) {
        readBy = 'tokens';
        missing = 0;
        cells = cutTokens(text, cols, cur.caches, onRow === undefined ? undefined : scratch);
        exact = cells !== null;
        // A page's space before READY's slash (`2 /2`, Google Cloud's docs as stored): one value, read joined.
        if (cells === null && text.indexOf(' /') > 0) {
          const joined = text.replace(SPACED_READY, '$1/$2');
          if (joined !== text) {
            const read = cutTokens(joined, cols, cur.caches, undefined);
            if (read !== null) {
              text = joined;
              cells = read;
            }
          }
        }
      } else if (missing > 0 && !trailing) {
        // Cut short at the offsets, yet a value for every column by its tokens: whole, only out of line near its
        // end (`w2-k8s   …` one space left of the header's `…`). Read whole.
        const whole = cutTokens(text, cols, cur.caches, undefined);
        if (whole !== null) {
          cells = whole;
          missing = 0;
          readBy = 'tokens';
        } else {
          // A note glued to the last value (`84s//started`): the row is what comes before it.
          const note = noteStart(text);
          const before = note > 0 ? cutCells(text.slice(0, note), cols, cur.caches, undefined) : null;
          if (before !== null && cutMissing === 0) {
            cells = before;
            missing = 0;
            noted = true;
          }
        }
        // More words than columns, the last one the last column's (`1/1   Running   1 0   36m`): not cut off, one cell
        // damaged. Its columns are left empty and said; the last one reads.
        const damaged = noted || missing === 0 ? null : damagedCells(text, cols, cells);
        if (damaged !== null) {
          cells = damaged.cells;
          missing = 0;
          readBy = 'tokens';
          out.problems.push({ line, code: 'cell-unread', message: `"${damaged.unread.length > 60 ? `${damaged.unread.slice(0, 60)}…` : damaged.unread}" stands where ${damaged.columns} go but reads as none of them (the row edited?): left empty; the rest of the row is read.` });
        }
      }
      if (cells === null) {
        let cut = assignTokens(tokensFound(text), cols);
        if (cut === null && (text.indexOf('...') >= 0 || text.indexOf('\u2026') >= 0)) {
          // Columns left out as `...` in the rows but not in the header (killer.sh's solutions): skip them.
          const kept = tokens(text).filter((t) => t !== '...' && t !== '\u2026');
          cut = assignTokens(kept, cols);
        }
        if (cut === null) {
          // A note typed after the row ("13s # 新: 起動完了", "5d  <-- this one"): the row is what comes before it.
          const note = noteStart(text);
          if (note > 0) {
            cut = assignTokens(tokens(text.slice(0, note)), cols);
            if (cut !== null) noted = true;
          }
        }
        // Prose glued after the last value of a table without padding (`icagent-m4bbl 1/1 Running 0 12m 可以看到…`, bb/08,
        // a page that ran its next sentence onto the row): the row is its first words, one a column, if each fits.
        if (cut === null && cur.strict && cur.text.indexOf('  ') < 0) {
          const words = tokens(text);
          const head = words.length > cols.length ? cutTokens(words.slice(0, cols.length).join(' '), cols, cur.caches, undefined) : null;
          if (head !== null) {
            cut = { cells: head, missing: 0 };
            noted = true;
            exact = true;
          }
        }
        // A STATUS of several words (an old kubelet's error message): the row, its message one cell. Each value where
        // its column starts (kubectl padded the message's column to it, hunt db/10): read as aligned, not out of line.
        let spacedAligned = false;
        if (cut === null && cur.pod && mayHoldSpacedStatus(text)) {
          cut = readSpacedStatus(text, cols)?.cut ?? null;
          spacedAligned = cut !== null && cut.missing === 0 && indent === cur.indent && atOffsets(text, cols, cut.cells);
        }
        // Cut off at its NAME, a name no object has (`pod status:`, a sentence after the table): prose, not a row.
        // Nor one after prose that followed the rows (`the yaml:`, then a shell line): the table ended at the prose.
        if (cut !== null && cut.missing > 0 && (!namesRow(cut, cols) || (cur.prose === true && namesOnly(cut, cols)))) cut = null;
        if (cut !== null) {
          cells = cut.cells;
          missing = cut.missing;
          dropped = cut.dropped;
        }
        readBy = spacedAligned ? 'offsets' : 'tokens';
      }
      // Unread for a number where AGE goes (`0   35   10.244.2.5`): read again with it as an AGE without its unit.
      if (cells === null && cur.pod) {
        const bare = bareAgeCut(text, cols, indent === cur.indent);
        if (bare !== null) {
          cells = bare.cells;
          missing = 0;
          readBy = bare.by;
        }
      }
      // Unread for a name where IP goes, the row's own NODE (`node-3   node-3`): an address hidden as its node's name.
      let ipNamed = false;
      if (cells === null && cur.pod) {
        const named = nodeNamedIpCut(text, cols, indent === cur.indent);
        if (named !== null) {
          cells = named.cells;
          missing = 0;
          readBy = named.by;
          ipNamed = true;
          namedIps.add(out.problems, first, line);
        }
      }
      if (cells !== null) {
        // `get -w` prints each change as it comes, its columns as wide as that line's values (a STATUS grown to
        // `PodInitializing` shifts the rest; old kubectl printed the header apart from the first rows too): a row of a
        // watch read whole by its values is as kubectl printed it.
        const watched = command !== null && command.watch && indent === cur.indent && missing === 0 && dropped === undefined && !noted;
        // A table that lost its padding, header and all (`NAME READY STATUS RESTARTS AGE`, a blog's): no offsets to
        // be out of line with, and a row that reads one value a column reads as surely as by them. Said as that, not
        // as a row out of line, which would send the reader looking for a fault in it.
        // With an -L or LABELS column (which takes any text) only when each column got a value: none left for one to slide.
        // A Markdown table's row (`|web-0|1/1|Running|0|5d|`, a wiki's, an issue's, ee/23): its pipes parted the cells,
        // padded or not, so one value a column is what it holds; said as the table it is.
        const piped = readBy === 'tokens' && !watched && exact && (cur.strict || cells.every((v) => v !== '')) && isPipeRow(rawLines[first] as string);
        const unpadded = !piped && readBy === 'tokens' && !watched && exact && cur.text.indexOf('  ') < 0 && text.indexOf('  ') < 0 && (cur.strict || cells.every((v) => v !== ''));
        if (piped) pipedRows.add(out.problems, first, line);
        else if (unpadded) unpaddedRows.add(out.problems, first, line);
        else if (readBy === 'tokens' && !watched) fallbacks.add(out.problems, first, line);
        let continued = false;
        let gap = 0;
        if (missing > 0 && !trailing && !noted) {
          const rest = restOf(i, missing);
          const whole = rest === null ? null : continueRow(text, rest.text, missing, (t) => assignTokens(tokens(t), cols));
          if (whole !== null && rest !== null) {
            cells = whole.cells;
            missing = whole.missing;
            continued = true;
            gap = rest.gap;
          }
        }
        if (missing > 0 && !continued && !trailing && !noted && cur.pod) {
          const bare = bareAgeCut(text, cols, indent === cur.indent);
          if (bare !== null) {
            cells = bare.cells;
            missing = 0;
            dropped = undefined;
          }
        }
        if (missing > 0 && !continued && isElision(dropped ?? text.slice(text.lastIndexOf(' ') + 1))) {
          elidedRows.add(out.problems, first, line);
          elidedRows.next = i + 1;
        } else {
          if (missing > 0 && onlyNoneColumnsMissing(cols, missing)) noneLost.push({ line, missing, blank: readBy === 'offsets' && blankUnder(raw, indent, cols[cols.length - missing] as Column, rawLines[cur.info.line - 1] as string) });
          else if (missing > 0) truncated(line, missing);
          if (!continued) leftOut(line, dropped);
        }
        if (trailing || noted) out.problems.push({ line, code: 'trailing-text', message: 'Text after the last column (a note added to the paste?): left out of the row.' });
        emit(line, cols, cells, missing, readBy, cur.index, command);
        cur.info.rows++;
        cur.prose = false;
        out.kinds.push('row');
        if (continued) i += continueAfter(line, gap);
        if (piped) pipedRows.next = i + 1;
        else if (unpadded) unpaddedRows.next = i + 1;
        else if (readBy === 'tokens' && !watched) fallbacks.next = i + 1;
        if (ipNamed) namedIps.next = i + 1;
        continue;
      }
      // The paste cut right after a pod's name (`prometheus-67cdb66cbb-9w2hm`): a name a controller generated,
      // alone under a table whose first column is NAME. Its owner still reads from it; nothing else does.
      // A StatefulSet's `-0` too, as the table's last line under rows read (the paste ended mid-row, a fence closing it).
      if (cur.pod && (cols[0] as Column).kind === 'name' && text.indexOf(' ') < 0 && (isGeneratedName(text) || (cur.info.rows > 0 && ORDINAL_NAME.test(text) && isNameLike(text) && blockEndsAfter(i))) && !namedAbove(i, cur.info.line, text)) {
        truncated(line, cols.length - 1);
        emit(line, cols, [text], cols.length - 1, 'offsets', cur.index, command);
        cur.info.rows++;
        out.kinds.push('row');
        continue;
      }
    }
    if (text.startsWith('NAME ') || text.startsWith('NAMESPACE ') || (text.indexOf(' READY ') > 0 && LABELLED_FLAT.test(text))) {
      const flat = readFlattened(text);
      if (flat !== null) {
        emitFlattened(line, flat, command);
        out.kinds.push('row');
        continue;
      }
    }
    const named = text.indexOf('/') > 0 ? NAME_OUTPUT.exec(text) : null;
    if (named !== null && (named[1] === 'pod' || named[1] === 'pods') && named[2] === undefined && !foreign) {
      // Names and nothing else: the owner and component still read from them; health cannot.
      if (namesLine !== line - 1) out.problems.push({ line, code: 'names-only', message: 'Names only (-o name): no READY, STATUS or NODE to read. Paste kubectl get pods -A -o wide to see how the pods are doing.' });
      namesLine = line;
      const cells = [text];
      emit(line, NAMES_ONLY, cells, 0, 'headerless', -1, command);
      out.kinds.push('row');
      continue;
    }
    if (named !== null && (named[2] !== undefined || named[1] === 'pod' || named[1] === 'pods' || CORE_KINDS.has(singular(named[1] as string)) || Object.hasOwn(LISTED_KINDS, singular(named[1] as string)))) {
      listWorkload(text, '', false, out.workloads);
      out.kinds.push('other-table');
      continue;
    }
    // `kubectl get nodes | grep NotReady`: a node row without its header. Its node's state still counts.
    if ((text.indexOf('Ready') > 0 || text.indexOf('Unknown') > 0) && readHeaderlessNode(text, line, out.nodeRows)) {
      out.kinds.push('other-table');
      continue;
    }
    if (looksTabular(text, cur !== null)) {
      // `get all | grep x` keeps no header: a row naming another kind (`statefulset.apps/es-master   2/3   11m`) is that
      // kind's, its READY no pod's. Only a first word with a slash before any space gets looked at.
      if (cur === null && isWorkloadRow(text)) {
        listWorkload(text, '', false, out.workloads);
        out.kinds.push('other-table');
        continue;
      }
      let hl = readHeaderless(text);
      // A note typed after a whole row (`15s # Pod mới tạo thêm`, `5d  <-- this one`), as under a header: the row is
      // what comes before it.
      let noted = false;
      if (hl === null) {
        const note = noteStart(text);
        const before = note > 0 ? readHeaderless(text.slice(0, note)) : null;
        if (before !== null && before.cut.missing === 0) {
          hl = before;
          noted = true;
        }
      }
      let continued = false;
      let gap = 0;
      if (hl !== null && hl.cut.missing > 0) {
        const rest = restOf(i, hl.cut.missing);
        const whole = rest === null ? null : continueRow(text, rest.text, hl.cut.missing, (t) => {
          const read = readHeaderless(t);
          return read === null ? null : ((hl = read), read.cut);
        });
        if (whole === null || rest === null) hl = readHeaderless(text);
        else {
          continued = true;
          gap = rest.gap;
        }
      }
      // Whole, ending at NODE, yet the next line goes on from column 0: wrapped inside the node's name (see nodeTailRow).
      if (hl !== null && !continued && !noted && hl.cut.missing === 0 && (hl.columns[hl.columns.length - 1] as Column).kind === 'node') {
        const tail = nodeTailRow(i, text, hl.cut.cells[hl.cut.cells.length - 1] as string, hl.columns.length);
        if (tail !== null) {
          hl = tail;
          continued = true;
        }
      }
      // A name and READY alone with nothing after to join: too little to call a row.
      if (hl !== null && !continued && hl.cut.cells.length - hl.cut.missing <= 2 && tokens(text).length === 2) hl = null;
      if (hl !== null) {
        if (stacked.length > 1 && headerlessRows.next !== i) runCommand(i);
        // Output: a prompt after it starts another run of commands (see stacked), not one more stacked above these rows.
        sincePrompt = false;
        // A script polling `get pods | grep` prints a line of its own between rows ("Waiting for pod running", dt/01):
        // one line of prose does not end the run, or each poll would be a problem of its own.
        if (headerlessRows.next === i - 1 && out.kinds[i - 1] === 'noise') headerlessRows.next = i;
        headerlessRows.add(out.problems, i, line);
        headerlessRows.next = i + 1 + (continued ? 1 + gap : 0);
        if (!continued && hl.cut.missing > 0 && isElision(hl.cut.dropped)) {
          elidedRows.add(out.problems, i, line);
          elidedRows.next = i + 1;
        } else {
          if (hl.cut.missing > 0) truncated(line, hl.cut.missing);
          if (!continued) leftOut(line, hl.cut.dropped);
        }
        if (noted) out.problems.push({ line, code: 'trailing-text', message: 'Text after the last column (a note added to the paste?): left out of the row.' });
        emit(line, hl.columns, hl.cut.cells, hl.cut.missing, 'headerless', -1, command);
        out.kinds.push('row');
        if (continued) i += continueAfter(line, gap);
        continue;
      }
      if (!foreign && emitSpaced(text, line)) continue;
      if (foreign && cur === null) {
        // `kubectl get ns | grep fleet` (bd/17): namespace rows without their header, a namespace table's as with one.
        const ns = command !== null ? namespaceRow(text, command) : null;
        if (ns !== null) {
          if (ns[1] === 'Terminating') out.terminatingNamespaces.push({ line, name: ns[0] as string });
          out.kinds.push('other-table');
          continue;
        }
        out.kinds.push('noise');
        continue;
      }
      // `kubectl get po,svc | grep x`: another kind's row names its kind (`service/x`): set aside, not a problem.
      if (isOtherKindRow(text)) {
        listWorkload(text, '', false, out.workloads);
        out.kinds.push('other-table');
        continue;
      }
      // `kubectl get secrets` without its header: set aside as another kind's row, not a pod row gone wrong.
      if (isSecretRow(text)) {
        out.kinds.push('other-table');
        continue;
      }
      if (emitLeadIn(i, line, text)) continue;
      if (foreignWordBeforeReady(text)) {
        if (cur !== null && cur.pod && cur.info.rows > 0) cur.prose = true;
        out.kinds.push('noise');
        continue;
      }
      out.kinds.push('problem');
      const translated = translatedStatus(text);
      if (translated !== null) {
        // A translated page rewrites a whole table: its rows one problem, as a run's, not one each.
        const before = out.problems.length;
        translatedRows.add(out.problems, i, line);
        translatedRows.next = i + 1;
        if (out.problems.length > before) (out.problems[before] as Problem).message = `A pod row with its STATUS in another language ("${translated}"): kubectl prints its values in English only, so a translated book or page rewrote this output; not read.`;
        continue;
      }
      out.problems.push({ line, code: 'unrecognised-line', message: 'Looks like a table row but does not read as a pod row.' });
      continue;
    }
    // Its STATUS a message of several words, a row shows no STATUS where looksTabular seeks one.
    if (!foreign && cur === null && emitSpaced(text, line)) continue;
    // A pod row in columns of its own order (custom-columns' NAME NAMESPACE STATUS NODE, no READY), its header not
    // pasted: said, not taken for prose (which of the two names is the pod's only the header tells).
    if (!foreign && cur === null && unorderedPodRow(text)) {
      const read = unorderedLayout(text);
      if (read !== null) {
        headerlessRows.add(out.problems, i, line);
        headerlessRows.next = i + 1;
        emit(line, read.columns, read.cut.cells, 0, 'headerless', -1, command);
        out.kinds.push('row');
        continue;
      }
      unorderedRows.add(out.problems, i, line);
      unorderedRows.next = i + 1;
      out.kinds.push('problem');
      continue;
    }
    // `kubectl get events` rows without their header, LAST SEEN maybe elided (`... Normal  Killing  pod/x  Container
    // app resize requires restart`, hunt ch/09): another kind's rows, not prose.
    if ((text.indexOf('Normal ') >= 0 || text.indexOf('Warning ') >= 0) && EVENT_ROW.test(text)) {
      out.kinds.push('other-table');
      continue;
    }
    // The same after a capital (`Output: web-0 1/1 Running 0 5d`), which looksTabular turns away; only a line with a
    // READY's slash in it is tried.
    if (!foreign && cur === null && text.indexOf('/') > 0 && emitLeadIn(i, line, text)) continue;
    if (cur !== null && cur.pod && cur.info.rows > 0) cur.prose = true;
    out.kinds.push('noise');
  }
  for (; joined > 0; joined--) out.kinds.push(out.kinds[out.kinds.length - 1] as LineKind);
  closeTable();
  fallbacks.close();
  unpaddedRows.close();
  pipedRows.close();
  headerlessRows.close();
  elidedRows.close();
  unorderedRows.close();
  namedIps.close();
  translatedRows.close();
  // A pod table inside a JSON string, its line breaks written `\n` (an agent's or Ansible's one-line result): not
  // read, but said, so its rows are not lost in silence.
  let escaped = false;
  for (let k = 0; k < out.kinds.length; k++) {
    if (out.kinds[k] !== 'noise') continue;
    const raw = rawLines[k] as string;
    // The e2e framework's dump of the pods it waited for (`INFO: POD   NODE   PHASE   GRACE   CONDITIONS`, in Ginkgo
    // logs and the flake issues that quote them, dt/03 and dt/04): no kubectl table, its rows not read; said once.
    if (raw.indexOf(' PHASE ') > 0 && E2E_POD_HEADER.test(raw.length > 400 ? raw.slice(0, 400) : raw)) {
      if (!out.problems.some((p) => p.code === 'e2e-pod-table')) {
        out.kinds[k] = 'problem';
        out.problems.push({ line: k + 1, code: 'e2e-pod-table', message: "The e2e test framework's pod dump (POD NODE PHASE CONDITIONS), not kubectl's table: its rows are not read. Paste kubectl get pods -o wide for these pods instead." });
        escaped = true;
      }
      continue;
    }
    if (raw.indexOf('\\n') < 0 || !ESCAPED_POD_HEADER.test(raw.length > 20_000 ? raw.slice(0, 20_000) : raw)) continue;
    out.kinds[k] = 'problem';
    out.problems.push({ line: k + 1, code: 'escaped-table', message: 'A pod table inside a JSON string, its line breaks written as \\n: not read. Paste the command\'s own output (or the stdout_lines array) instead.' });
    escaped = true;
  }
  // A table's `<none>` problem is known only when it closes: back in line order with the others (a stable sort).
  if (escaped || out.problems.some((p) => p.code === 'none-lost')) out.problems.sort((a, b) => a.line - b.line);
  return out;
}

/** Whether the `missing` last columns are NOMINATED NODE and READINESS GATES only (values that are `<none>` on most rows). */
/**
 * Whether a row's raw line runs on in spaces under `column` (past its start), where its header's line has no trailing
 * spaces: the cell was there and its text went (a page dropping `<none>` as a tag), not a row cut short, which ends
 * where its text does. A header padded as well is a console that pads every line to its width: no sign then.
 */
function blankUnder(raw: string, indent: number, column: Column, header: string): boolean {
  return raw.charCodeAt(raw.length - 1) === 32 && raw.length - indent > column.start && header.charCodeAt(header.length - 1) !== 32;
}

function onlyNoneColumnsMissing(columns: readonly Column[], missing: number): boolean {
  for (let i = columns.length - missing; i < columns.length; i++) {
    const k = (columns[i] as Column).kind;
    if (k !== 'nominated' && k !== 'gates') return false;
  }
  return true;
}

const ROW_FALLBACK = 'Row not aligned with its header: read by the shapes of its values.';
const TABLE_UNPADDED = 'Row in a table without column padding (header and rows single-spaced): read one value a column, by the shapes of its values.';
const TABLE_PIPED = 'Row of a Markdown table (cells between pipes, not columns kubectl printed): read one value a column, by the shapes of its values.';

/** The most characters typed ahead before a header that {@link typedBeforeHeader} takes off. */
const MAX_TYPED_AHEAD = 80;

/**
 * Where a pod header starts after text glued before it (`oc describ poNAME   READY ...`), when `next` is a row aligned
 * with it from there; else -1. The text has no column padding (no row or header glued before this one), and a capital
 * before NAME would be a word of its own (`HOSTNAME`).
 */
function typedBeforeHeader(text: string, next: string): number {
  const at = text.indexOf('NAME');
  if (at <= 0 || at > MAX_TYPED_AHEAD) return -1;
  const before = text.charCodeAt(at - 1);
  if (before === 32 || (before >= 65 && before <= 90) || text.lastIndexOf('  ', at) >= 0) return -1;
  const header = text.slice(at);
  if (!isHeaderLine(header) || tableKind(tokens(header)) !== 'pod') return -1;
  const columns = parseHeader(header).columns;
  const row = cutAtOffsets(next, columns);
  return row !== null && row.missing === 0 && isReadyText(row.cells[columns.findIndex((c) => c.kind === 'ready')] ?? '') ? at : -1;
}

/** The header that ends a command's line with nothing after it (no rows flattened onto the line); null otherwise. */
function headerAfterCommand(text: string): string | null {
  let at = text.indexOf(' NAMESPACE ');
  const name = text.indexOf(' NAME ');
  if (at < 0 || (name >= 0 && name < at)) at = name;
  if (at < 0) {
    const glued = GLUED_HEADER.exec(text);
    if (glued !== null) at = glued.index + 3;
  } else if (at === name) {
    // `kubectl top pods --containers` (no -A): POD first.
    const pod = text.lastIndexOf(' POD ', at);
    if (pod >= 0 && text.slice(pod + 4, at).trim() === '') at = pod;
    // NAMESPACE glued to the command's last word (`--all-namespacesNAMESPACE NAME ...`, df/12): the header starts there.
    else if (at > 10 && text.slice(at - 9, at) === 'NAMESPACE' && text.charCodeAt(at - 10) !== 32) at -= 10;
  }
  return at > 0 && isHeaderLine(text.slice(at + 1)) ? text.slice(at + 1) : null;
}

/**
 * A pod table flattened onto one line (a blog export that lost the line breaks): its header, then its rows,
 * told apart by READY (`n/m`) where each row has it. Null when the line holds no pod header followed by rows.
 *
 * @example
 * readFlattened('NAME READY STATUS RESTARTS AGE web-0 1/1 Running 0 5d web-1 1/1 Running 0 5d')?.cuts.length // 2
 */
export function readFlattened(text: string): { columns: Column[]; cuts: Cut[] } | null {
  const toks = unglued(tokens(text.length > 65_536 ? text.slice(0, 65_536) : text));
  let h = -1;
  for (let i = 0; i + 2 < toks.length && h < 0; i++) {
    if ((toks[i] === 'NAME' && toks[i + 1] === 'READY' && toks[i + 2] === 'STATUS') || (toks[i] === 'NAMESPACE' && toks[i + 1] === 'NAME' && toks[i + 2] === 'READY')) h = i;
  }
  if (h < 0) return null;
  let d = h;
  while (d < toks.length && capitalsOnly(toks[d] as string, 0) > 0) d++;
  const header = parseHeader(toks.slice(h, d).join('   '));
  if (header.table !== 'pod') return null;
  const columns = header.columns;
  const readyAt = columns.findIndex((c) => c.kind === 'ready');
  const data = toks.slice(d);
  const cuts: Cut[] = [];
  let start = 0;
  while (start < data.length && cuts.length < 10_000) {
    if (!isReadyText(data[start + readyAt] ?? '')) break;
    // The next row starts where a name has a READY after it, at least one token per column on.
    let next = data.length;
    for (let e = start + columns.length - 1; e <= start + columns.length + 2 && e < data.length; e++) {
      if (e > start + readyAt && isNameLike(data[e] as string) && isReadyText(data[e + readyAt] ?? '') && !isReadyText(data[e] as string)) {
        next = e;
        break;
      }
    }
    const cut = assignTokens(data.slice(start, next), columns);
    // The last row with something else after it on the line (the next prompt): one token per column, then stop.
    const last = cut === null && next === data.length ? assignFrom(data.slice(start, start + columns.length), columns, false) : null;
    if (cut === null && last === null) break;
    cuts.push((cut ?? last) as Cut);
    start = cut === null ? start + columns.length : next;
    if (cut === null) break;
  }
  flattenedRest = Math.max(0, data.length - start);
  return cuts.length === 0 ? null : { columns, cuts };
}

/**
 * A page that lost its line breaks glued each row's last value to the next row's name (`5m3scache-server-5bdf4f4457-48gbp`,
 * the header's `AGEcache-deployer-...`, `<none>kube-system`): an age, `<none>` or a header's last word, then a name in
 * lower case; and the command's last flag to the header (`-ANAMESPACE`). Split back in two.
 */
function unglued(toks: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string;
    const m = GLUED_ROW_START.exec(t) ?? GLUED_FLAG_HEADER.exec(t);
    if (m !== null && (m[1] === 'AGE' || m[1] === 'GATES' || m[1] === 'NODE' || m[1] === 'LABELS' || m[1] === '<none>' || m[1]?.charCodeAt(0) === 45 || isAgeText(m[1] as string))) {
      out ??= toks.slice(0, i);
      out.push(m[1] as string, m[2] as string);
    } else if (out !== null) out.push(t);
  }
  return out ?? toks;
}
/**
 * A short label, then a pod table flattened onto its line (`exemplo de saida: NAME READY STATUS ...`, ee/11): a page
 * that lost its line breaks joined the "example output:" before a block to the block.
 */
const LABELLED_FLAT = /^[^:\uff1a]{1,60}[:\uff1a] (?:NAME +READY +STATUS|NAMESPACE +NAME +READY) /;
/** A header's last word or an age, glued to a name that has a dash (`5m3scache-server-...`, `AGEcache-deployer-...`). */
const GLUED_ROW_START = /^(AGE|GATES|NODE|LABELS|<none>|\d+[smhdy](?:\d+[smhd])?)([a-z][a-z0-9.]*-[-a-z0-9.]*)$/;
/** The command's last flag glued to the header's first word (`-ANAMESPACE`, `-o wideNAME` is `wideNAME`). */
const GLUED_FLAG_HEADER = /^(-[A-Za-z]|wide)(NAMESPACE|NAME)$/;

/**
 * The header {@link readFlattened} found on a flattened line, as the line spells it: from its first column's name to
 * its last's, spacing kept (so offsets hold for rows printed below it). Null when the names are not found in order.
 *
 * @example
 * headerAsPrinted('$ kubectl get po -ANAMESPACE   NAME   READYkube-system ...', columns) // 'NAMESPACE   NAME   READY'
 */
function headerAsPrinted(text: string, columns: readonly Column[]): string | null {
  const first = columns[0];
  if (first === undefined) return null;
  for (let at = text.indexOf(first.name); at >= 0; at = text.indexOf(first.name, at + 1)) {
    let end = at;
    let k = 0;
    for (; k < columns.length; k++) {
      const name = (columns[k] as Column).name;
      const found = text.indexOf(name, end);
      // Each next name after spaces only (a header's gaps), the first one right at `at`.
      if (found < 0 || (k === 0 ? found !== at : text.slice(end, found).trim() !== '' || found === end)) break;
      end = found + name.length;
    }
    if (k === columns.length) return text.slice(at, end);
  }
  return null;
}

/** Tokens after the last row {@link readFlattened} read on its line (0 when it read them all). */
let flattenedRest = 0;

/** Lines a `\`-continued command may take. */
const MAX_CONTINUED = 32;

/** The command {@link joinContinued} read, null when the joined lines are no command. */
let continued: Extract<LineClass, { type: 'prompt' }> | null = null;
/** The line {@link joinContinued} built. */
let continuedText = '';

/** k8sgpt run to analyze (`k8sgpt analyze --explain`, `./k8sgpt analyse`): its report lists problems as `- Error: ...`. */
const ANALYZER = /(?:^|[\s/])k8sgpt analy[sz]e\b/;

/**
 * The commands of one line of commands (`kubectl get pods -n a; kubectl get pods -n b`, `kubectl apply -f x &&
 * kubectl get pods`), in order: each `get` prints its own table (or `No resources found`) in turn. Empty for a line
 * of one command.
 */
function chainedCommands(text: string): KubectlCommand[] {
  if (text.indexOf(';') < 0 && text.indexOf('&&') < 0) return [];
  const out: KubectlCommand[] = [];
  const parts = text.split(/;|&&/);
  for (let k = 0; k < parts.length && out.length < 32; k++) {
    const cls = classifyLine((parts[k] as string).trim());
    if (cls.type === 'prompt' && cls.command !== null) out.push(cls.command);
  }
  return out;
}

/**
 * A command continued with `\` (`-o=custom-columns=\` then one column per line): the lines after `at` it
 * takes, and the whole command in {@link continued}.
 */
function joinContinued(lines: readonly string[], at: number, text: string, markup: number): number {
  let full = text.slice(0, -1);
  let took = 0;
  while (took < MAX_CONTINUED && at + took + 1 < lines.length) {
    const next = normalizeLineText(lines[at + took + 1] as string, markup);
    took++;
    if (!next.endsWith('\\')) {
      full += ` ${next}`;
      break;
    }
    full += ` ${next.slice(0, -1)}`;
  }
  const whole = classifyLine(full.replace(/(,|=) +/g, '$1'));
  continued = whole.type === 'prompt' ? whole : null;
  continuedText = full;
  return took;
}

/** Column names a pod header may end with: where text glued to its end (`READINESS GATESCommands ...`) starts. */
const LAST_COLUMNS = ['GATES', 'AGE', 'NODE', 'IP', 'LABELS', 'RESTARTS', 'STATUS'];

/**
 * Where a pod header ends when other text is glued to its last column's name with no space between (an ansible-lint
 * message printed on the same line, `READINESS GATESCommands should not ...`); -1 when the line is no such header.
 */
function gluedHeaderEnd(text: string): number {
  if (text.length > 1000) return -1;
  for (const t of tokensWithOffsets(text)) {
    for (const name of LAST_COLUMNS) {
      if (t.text.length <= name.length || !t.text.startsWith(name)) continue;
      const end = t.start + name.length;
      const head = text.slice(0, end);
      if (classifyLine(head).type === 'header' && parseHeader(head).table === 'pod') return end;
    }
    // Column names are capitals: the first word that is none ends the search.
    if (capitalsOnly(t.text, 0) < 1) return -1;
  }
  return -1;
}

/** Narrower terminals than this do not print a pod header on one line's worth of columns anyway. */
const MIN_WRAP_WIDTH = 30;
/** A header wraps onto this many lines at most before the guess is dropped. */
const MAX_WRAP_PIECES = 8;
/** Lines of capitals under a long line, this many times without a wrapped header: no more guessing (hostile pastes). */
const MAX_WRAP_TRIES = 64;

/** The line {@link joinWrapped} built. */
let joinedRaw = '';

/**
 * Joins the pieces of the wrapped line at `at` into {@link joinedRaw}; returns how many lines after `at` it took.
 * A header takes exactly its pieces; a row joins while its pieces fill the width, one more than the header's
 * at most (its last cell may overhang, `5d3h` under `AGE`).
 */
function joinWrapped(lines: readonly string[], at: number, wrap: WrappedHeader, header: boolean): number {
  let raw = joinedRaw;
  let took = 0;
  if (header) {
    for (; took + 1 < wrap.pieces; took++) raw += lines[at + took + 1] as string;
  } else {
    while (took < wrap.pieces && at + took + 1 < lines.length && (lines[at + took] as string).length === wrap.width) {
      const next = lines[at + took + 1] as string;
      // Into its last cell, a row is whole unless the next line is that cell's rest: a line that starts
      // like a row (a first cell, the gap, a second one where the header has it) is the next row.
      if (raw.length > wrap.lastStart && startsLikeRow(next, wrap.indent, wrap.secondStart)) break;
      // Every line padded to the width (zarf pads each to the terminal's, see WrappedHeader.padded): a piece that ends
      // in spaces, then a line as wide that ends in spaces too and starts like a row at the header's indent, is a whole
      // row and the next. (A wrap may cut in a gap too: without the padding that is no sign.)
      if (wrap.padded && raw.charCodeAt(raw.length - 1) === 32 && next.length === wrap.width && next.charCodeAt(next.length - 1) === 32 && startsLikeRow(next, wrap.indent, wrap.secondStart)) break;
      took++;
      raw += next;
    }
  }
  joinedRaw = raw;
  return took;
}

/**
 * Column names as people write kubectl's in their own tables and reports, upper-cased: kubectl's own, `Pod Name` and
 * `Pod` for NAME, and the Portuguese and Spanish names seen in pasted reports (NOME/NOMBRE, IDADE/EDAD, NÓ/NODO).
 * Kept small: each word here makes a line of such words a header.
 */
const SPELLED_COLUMNS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.keys(POD_KINDS).map((k) => [k, k])),
  POD: 'NAME', 'POD NAME': 'NAME', NOME: 'NAME', NOMBRE: 'NAME', IDADE: 'AGE', EDAD: 'AGE', NÓ: 'NODE', NODO: 'NODE',
};
/** The translations alone: no kubectl column has these names (POD it has: `top --containers`, custom columns). */
const TRANSLATED_COLUMN = /(?:^| )(?:NOME|NOMBRE|IDADE|EDAD|NODO)(?: |$)/;
/** What a spelled header's first word may be, upper-cased: kubectl's tables start with NAMESPACE or NAME. */
const SPELLED_FIRST = new Set(['NAMESPACE', 'NAME', 'POD', 'NOME', 'NOMBRE']);

/** The cheap test before {@link spelledPodHeader}: its first word may start one (rows mostly fail on their first letter). */
function maySpellHeader(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c !== 78 && c !== 110 && c !== 80 && c !== 112) return false;
  // Each of them has an A or an O second (`nginx-...`, `prometheus-...` go no further).
  const second = text.charCodeAt(1) | 32;
  if (second !== 97 && second !== 111) return false;
  const sp = text.indexOf(' ');
  return sp >= 3 && sp <= 9 && SPELLED_FIRST.has(text.slice(0, sp).toUpperCase());
}

/**
 * A pod header written other than kubectl prints it (title or lower case, `Pod Name`, translated names), as kubectl's
 * at the same offsets; null unless every word is a column name of {@link SPELLED_COLUMNS} (so no sentence that says
 * "Name" and "Status" is one) and together they make a pod table (NAME, READY, STATUS).
 *
 * @example
 * spelledPodHeader('Namespace   Pod Name   Ready   Status') // 'NAMESPACE   NAME       READY   STATUS'
 */
export function spelledPodHeader(text: string): string | null {
  if (text.length > 400) return null;
  const names: string[] = [];
  let out = '';
  const n = text.length;
  // Word by word, stopping at the first that is no column name: a sentence starting "Pods ..." costs a word or two.
  for (let i = 0; i < n; ) {
    while (i < n && text.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && text.charCodeAt(i) !== 32) i++;
    // NFC: NÓ typed on a Mac may come as N, O and a combining accent.
    let word = text.slice(start, i).normalize('NFC').toUpperCase();
    // Two words one space apart: a name that holds a space (`Pod Name`, `Nominated Node`).
    if (i + 1 < n && text.charCodeAt(i + 1) !== 32) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== 32) j++;
      const pair = `${word} ${text.slice(i + 1, j).toUpperCase()}`;
      if (Object.hasOwn(SPELLED_COLUMNS, pair)) {
        word = pair;
        i = j;
      }
    }
    if (!Object.hasOwn(SPELLED_COLUMNS, word)) return null;
    const name = SPELLED_COLUMNS[word] as string;
    // kubectl's name longer than the one written, with no room left before the next (`Pod Ready`): offsets would not hold.
    if (names.includes(name) || (out.length > 0 && out.length >= start)) return null;
    names.push(name);
    out += ' '.repeat(start - out.length) + name;
  }
  return names.length >= 3 && tableKind(names) === 'pod' ? out : null;
}

/**
 * A header of capitals as kubectl prints it: a pod header with POD or translated names ({@link spelledPodHeader}), or
 * another resource's with translated names (`NAMESPACE   NOME   READY   UP-TO-DATE ...`), at the same offsets.
 */
function respelledHeader(text: string): string {
  const translated = TRANSLATED_COLUMN.test(text);
  if (!translated && !POD_COLUMN.test(text)) return text;
  const pod = spelledPodHeader(text);
  if (pod !== null || !translated) return pod ?? text;
  let out = '';
  // No translation is longer than kubectl's name, so every name still starts where it did.
  for (const t of tokensWithOffsets(text)) out += ' '.repeat(t.start - out.length) + (TRANSLATED_COLUMN.test(t.text) ? (SPELLED_COLUMNS[t.text] as string) : t.text);
  return out;
}
const POD_COLUMN = /(?:^| )POD(?: |$)/;

/** `NAME` first, after any indent: where a header (wrapped or not) starts; rows start in lower case. */
function startsWithName(raw: string): boolean {
  let i = 0;
  while (i < 200 && raw.charCodeAt(i) === 32) i++;
  return raw.startsWith('NAME', i);
}

/** A line that holds only column names (or the rest of one, `TS` of `RESTAR|TS`): a wrapped header's next piece. */
function isHeaderPiece(raw: string): boolean {
  let i = 0;
  while (i < raw.length && raw.charCodeAt(i) === 32) i++;
  const first = raw.charCodeAt(i);
  return first >= 65 && first <= 90 && capitalsOnly(raw, i) >= 1;
}

/**
 * Output a narrow terminal hard-wrapped (copied from `script` logs, tmux or a mail): every piece of a long
 * line but the last is exactly the terminal's width, so a header fills the width and its next lines hold only
 * more column names. How many pieces the header at `at` took, when joining them makes a pod header; else null.
 * Later lines that fill the width are joined with the next ones (rows are about as wide as their header).
 */
function wrappedHeader(lines: readonly string[], at: number): WrappedHeader | null {
  const width = (lines[at] as string).length;
  let text = lines[at] as string;
  let pieces = 1;
  while (at + pieces < lines.length && pieces < MAX_WRAP_PIECES && (lines[at + pieces - 1] as string).length === width) {
    const next = lines[at + pieces] as string;
    // A wide NAME column can leave a piece of nothing but padding between two names.
    if (!(isHeaderPiece(next) || (next.length === width && next.trim() === ''))) break;
    text += next;
    pieces++;
  }
  // Every piece the full width up to the limit: a run of equal lines of capitals, not a header's end (and
  // each line of such a run costs one look of at most that many lines, never a parse). A last piece wider
  // than the first is no wrap either (trailing spaces trimmed: the width is not known).
  // Nor is a row under it wider than the first piece (its trailing spaces trimmed, the second piece's first space
  // is the padding's rest): a terminal wraps every line at the one width.
  if (pieces < 2 || pieces === MAX_WRAP_PIECES || text.trim() === '' || (lines[at + pieces - 1] as string).length > width || (at + pieces < lines.length && (lines[at + pieces] as string).length > width)) return null;
  const header = joinedPodHeader(text, lines[at] as string);
  if (header === null || header.columns.length < 2) return null;
  // Offsets in the raw line: the normalized one lost the indent.
  const indent = text.length - text.trimStart().length;
  const last = lines[at + pieces - 1] as string;
  return { width, pieces, indent, padded: last.length === width && last.charCodeAt(width - 1) === 32, lastStart: indent + (header.columns[header.columns.length - 1] as Column).start, secondStart: indent + (header.columns[1] as Column).start };
}

/**
 * {@link wrappedHeader} where the pieces lost their trailing spaces: the header at `at` and the lines of column names
 * after it, joined with a space, when that makes a pod header naming more known columns than the first piece alone.
 */
function trimmedWrappedHeader(lines: readonly string[], at: number): { text: string; took: number } | null {
  let text = (lines[at] as string).trimEnd();
  let took = 0;
  while (at + took + 1 < lines.length && took < MAX_WRAP_PIECES && isHeaderPiece(lines[at + took + 1] as string)) {
    text += ` ${(lines[at + took + 1] as string).trim()}`;
    took++;
  }
  return took > 0 && joinedPodHeader(text, lines[at] as string) !== null ? { text, took } : null;
}

/**
 * The pod header a wrapped header's pieces make, joined, when it names more known columns than its first piece alone
 * (a line of capitals under a whole header, "WARNING ...", would join into "AGEWARNING" and lose AGE); else null.
 */
function joinedPodHeader(joined: string, firstPiece: string): Header | null {
  const normal = normalizeLineText(joined);
  if (classifyLine(normal).type !== 'header') return null;
  const header = parseHeader(normal);
  if (header.table !== 'pod') return null;
  const first = normalizeLineText(firstPiece);
  return knownColumns(header) > (classifyLine(first).type === 'header' ? knownColumns(parseHeader(first)) : 0) ? header : null;
}

function knownColumns(header: Header): number {
  let n = 0;
  for (const c of header.columns) if (c.kind !== 'extra') n++;
  return n;
}

/** A row's first cell at the header's indent, the gap, and a second cell where the header has it. */
function startsLikeRow(text: string, indent: number, second: number): boolean {
  for (let i = 0; i < indent; i++) if (text.charCodeAt(i) !== 32) return false;
  const c = text.charCodeAt(second);
  return text.charCodeAt(indent) !== 32 && text.charCodeAt(second - 1) === 32 && c !== 32 && !Number.isNaN(c);
}

interface WrappedHeader {
  /** The terminal's width: every piece of a wrapped line but the last. */
  width: number;
  /** Lines the header took. */
  pieces: number;
  /** Spaces before its first column. */
  indent: number;
  /**
   * Its last piece as wide as the others, ending in spaces: every line was padded to the width (kubectl ends a header
   * at its last name, so a wrap leaves the last piece shorter), and a row may be whole at the width.
   */
  padded: boolean;
  /** Where its last and second columns start in the joined line. */
  lastStart: number;
  secondStart: number;
}

/** The e2e framework's pod dump header (test/e2e/framework's logPodStates), after whatever its log puts first. */
const E2E_POD_HEADER = /(?:^|[: ])POD +NODE +PHASE +(?:GRACE +)?CONDITIONS *$/;

/** Pod columns that tell a custom table is about pods (`-o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName`). */
const CUSTOM_POD_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>(['namespace', 'status', 'node', 'ip']);

/**
 * A header of `kubectl get pods -o custom-columns=...` (any names the user chose): read as a pod table when
 * the command says so and it has NAME, or, without a command, when NAME comes with two of NAMESPACE, STATUS,
 * NODE and IP and no other resource's columns. Another resource's command (`get nodes -o custom-columns`) never.
 */
function customPodColumns(header: Header, command: KubectlCommand | null, foreign = false): boolean {
  if (header.table !== 'unknown' || !header.columns.some((c) => c.kind === 'name')) return false;
  if (command !== null) return isPodsCommand(command) && command.output !== null && command.output.startsWith('custom-columns');
  // After another program's prompt (helm list, argocd app list) the table is that program's.
  if (foreign) return false;
  let podish = 0;
  let placed = false;
  for (const c of header.columns) {
    if (CUSTOM_POD_KINDS.has(c.kind)) podish++;
    if (c.kind === 'node' || c.kind === 'ip') placed = true;
  }
  // NAMESPACE and STATUS alone are any release or app list's; a pod table says where pods run.
  return podish >= 2 && placed && !header.columns.some((c) => c.name === 'VERSION' || c.name === 'ROLES');
}

/** What each field of a pod means as a column, for `-o custom-columns=HEADER:field,...`. */
const CUSTOM_FIELDS: Readonly<Record<string, ColumnKind>> = {
  'metadata.name': 'name', 'metadata.namespace': 'namespace', 'spec.nodeName': 'node', 'status.podIP': 'ip',
  // A dual-stack pod's addresses (ea/17): read as its IP, their first (see firstPodIp).
  'status.podIPs': 'ip', 'status.podIPs[*].ip': 'ip',
  'status.phase': 'status', 'spec.nominatedNodeName': 'nominated', 'status.nominatedNodeName': 'nominated',
};

/** The header names of a `get pods -o custom-columns=...` spec that names the pod, in order; null otherwise. */
function specNames(command: KubectlCommand): string[] | null {
  if (!isPodsCommand(command)) return null;
  const names: string[] = [];
  let named = false;
  for (const part of (command.output as string).slice('custom-columns='.length).split(',')) {
    const colon = part.indexOf(':');
    if (colon <= 0 || part.indexOf(' ') >= 0) return null;
    names.push(part.slice(0, colon));
    if (part.slice(colon + 1).replace(/^\./, '') === 'metadata.name') named = true;
  }
  return named ? names : null;
}

/** Whether a command's output is a table (not `-o yaml`, `json`, `name`, `jsonpath=...`, `go-template=...`). */
function printsRows(command: KubectlCommand): boolean {
  const o = command.output;
  return o === null || o === 'wide' || o.startsWith('custom-columns');
}

/**
 * The column kinds a `get pods -o custom-columns=...` command gives its header's names, when the line is that
 * header (its names, in the spec's order) and the spec has the pod's name; else null.
 */
function namedByCommand(text: string, command: KubectlCommand | null): Map<string, ColumnKind> | null {
  if (command === null || command.output === null || !command.output.startsWith('custom-columns=') || !isPodsCommand(command)) return null;
  const kinds = new Map<string, ColumnKind>();
  const names: string[] = [];
  for (const part of command.output.slice('custom-columns='.length).split(',')) {
    const colon = part.indexOf(':');
    if (colon <= 0) return null;
    const name = part.slice(0, colon);
    const field = part.slice(colon + 1).replace(/^\./, '');
    names.push(name);
    kinds.set(name, CUSTOM_FIELDS[field] ?? 'extra');
  }
  if (![...kinds.values()].includes('name')) return null;
  const words = text.trim().split(/ +/);
  return words.length === names.length && words.every((w, k) => w === names[k]) ? kinds : null;
}

/**
 * A READY column with no unknown column before it: a pod table with columns left out (NAME READY ... NODE), not
 * another kind's (KEDA's NAME SCALETARGETKIND ... READY ... AGE under `get scaledobject,hpa,pod`): `-L` columns
 * come after the pod's own.
 */
/**
 * `NAME ... NODE` (killer.sh's solutions, every column but the node left out, hunt di/15): under a pods command, a pod
 * table whose rows say where each pod runs and nothing of its state. The NODE column is what no other kind's
 * `get -o wide` prints after an ellipsis at once.
 */
function elidedToNode(columns: readonly Column[]): boolean {
  return columns.length === 3 && columns[1]?.kind === 'extra' && (columns[1].name === '...' || columns[1].name === '\u2026') && columns[2]?.kind === 'node';
}

function readyAmongPodColumns(columns: readonly Column[]): boolean {
  for (const c of columns) {
    if (c.kind === 'ready') return true;
    if (c.kind === 'extra') return false;
  }
  return false;
}

/** The kind before the slash of a row's first cell, `<kind>/<name>`, for a kind other than pods; null for any other row. */
function slashKind(text: string): string | null {
  const slash = text.indexOf('/');
  const space = text.indexOf(' ');
  if (slash <= 0 || (space >= 0 && slash > space)) return null;
  const kind = text.slice(0, slash);
  return kind !== 'pod' && kind !== 'pods' && kind !== 'po' && /^[a-z][a-z0-9.-]*$/.test(kind) ? kind : null;
}

/** A header of NAME and STATUS, after a NAMESPACE or not, and nothing else. */
function podStatusOnly(header: Header): boolean {
  const kinds = header.columns.map((c) => c.kind);
  const at = kinds[0] === 'namespace' ? 1 : 0;
  return kinds.length === at + 2 && kinds[at] === 'name' && kinds[at + 1] === 'status';
}

/** A row whose first cell is `<kind>/<name>` for a kind other than pods (`service/web`, `deployment.apps/web`). */
function isOtherKindRow(text: string): boolean {
  return slashKind(text) !== null;
}

/** A line of nothing but `<none>` cells (one or two), indented: the wrapped end of a wide row. */
const NONE_REST = /^ +<none>(?: +<none>)?$/;

/** A command line shorter than this holds no row after it. */
const GLUED_ROWS_MIN = 80;
/** Where a pod row starts on a line: a name, READY, a STATUS and RESTARTS after it. */
const ROW_AFTER_COMMAND = / [a-z0-9][-a-z0-9.]{0,252} +\d{1,3}\/\d{1,3} +[A-Z][A-Za-z:]{0,40} +\d/g;

/**
 * The pod rows a page glued after a piped command on its line, headerless (`... |grep -f - <(kubectl get po -o wide)
 * web-0   1/1   Running   0   26h   10.0.0.7   n1   <none>   <none> web-1 ...`): each where a name has a READY after
 * it, read by its values. Empty unless every piece after the first row's start reads whole.
 */
function rowsAfterCommand(line: string): { columns: Column[]; cut: Cut }[] {
  const starts: number[] = [];
  ROW_AFTER_COMMAND.lastIndex = 0;
  for (let m = ROW_AFTER_COMMAND.exec(line); m !== null && starts.length < 10_000; m = ROW_AFTER_COMMAND.exec(line)) starts.push(m.index + 1);
  const rows: { columns: Column[]; cut: Cut }[] = [];
  for (let k = 0; k < starts.length; k++) {
    // A literal `\n` a page left where the output's last line break was.
    const piece = line.slice(starts[k], starts[k + 1] ?? line.length).trim().replace(/\\n$/, '');
    const read = readHeaderless(piece);
    if (read === null || read.cut.missing > 0 || read.cut.dropped !== undefined) return [];
    rows.push(read);
  }
  return rows;
}

/**
 * Whether a row's first word names an object of another kind than Pod, as `get all` prints it: a kind with its API
 * group (`statefulset.apps/x`, `job.batch/x`), or one kubectl prints bare (`service/x`, old kubectl's `deploy/x`,
 * `jobs/x`). Not `namespace/pod`, which some tools print: a namespace has no dot and is no kind's name.
 *
 * @example
 * isWorkloadRow('statefulset.apps/elasticsearch-master   2/3     11m') // true
 */
function isWorkloadRow(text: string): boolean {
  const kind = slashKind(text);
  if (kind === null || kind.startsWith('pod.')) return false;
  const one = singular(kind);
  return kind.indexOf('.') > 0 || Object.hasOwn(LISTED_KINDS, kind) || Object.hasOwn(LISTED_KINDS, one) || CORE_KINDS.has(one) || BARE_KINDS.has(kind);
}

/** Names kubectl (old ones in `get all`) printed before a slash for kinds that own no pods, short or whole. */
const BARE_KINDS: ReadonlySet<string> = new Set(['svc', 'ep', 'cm', 'pvc', 'pv', 'sa', 'ing', 'ingress', 'hpa', 'horizontalpodautoscaler', 'networkpolicy', 'netpol', 'pdb', 'poddisruptionbudget']);

/**
 * A row the offsets cut short (`cells`, `missing` columns after them) that is not cut off: its words go on past the
 * cells, more of them than the columns left, and its last word fits the last column. That column takes it; the words
 * between are said unread, their columns left empty. Null when the row does not read so.
 *
 * @example
 * damagedCells('keycloak-0   1/1   Running   1 0   36m', columns, ['keycloak-0', '1/1', 'Running'])?.unread // '1 0'
 */
function damagedCells(text: string, columns: readonly Column[], cells: readonly string[]): { cells: string[]; unread: string; columns: string } | null {
  const last = columns[columns.length - 1] as Column;
  const missing = columns.length - cells.length;
  if (missing < 1 || last.kind === 'extra' || last.kind === 'labels') return null;
  const toks = tokens(text);
  if (toks.length <= columns.length || !cellFits(last.kind, toks[toks.length - 1] as string)) return null;
  // The cells read must be the row's first words, one each: the row is aligned up to where it goes wrong.
  for (let c = 0; c < cells.length; c++) if (toks[c] !== cells[c]) return null;
  const between = toks.slice(cells.length, -1);
  if (between.length < missing) return null;
  const out = [...cells];
  for (let c = cells.length; c < columns.length - 1; c++) out.push('');
  out.push(toks[toks.length - 1] as string);
  return { cells: out, unread: between.join(' '), columns: columns.slice(cells.length, -1).map((c) => c.name).join(', ') };
}

/** A Secret's TYPE: `Opaque`, or a domain's type (`kubernetes.io/dockerconfigjson`, `helm.sh/release.v1`). */
const SECRET_TYPE = /^(?:Opaque|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[A-Za-z0-9.-]+)$/;

/**
 * A row of `kubectl get secrets` (NAME TYPE DATA AGE, NAMESPACE first with -A): a Secret's type, then its count of
 * keys and its age. No pod row has a TYPE, so the row is another kind's, whatever its header.
 */
function isSecretRow(text: string): boolean {
  const toks = tokens(text);
  const n = toks.length;
  return (n === 4 || n === 5) && SECRET_TYPE.test(toks[n - 3] as string) && /^\d+$/.test(toks[n - 2] as string) && cellFits('age', toks[n - 1] as string);
}

/**
 * A row of `kubectl get events` (LAST SEEN, TYPE, REASON, OBJECT, MESSAGE, NAMESPACE first with -A): LAST SEEN an age,
 * `<unknown>` or left out as `...`; the TYPE Normal or Warning, a CamelCase REASON, then the object as kind/name.
 * `kubectl events` (1.26 on) prints the same columns with a repeated event's count after LAST SEEN (`15s (x5 over 105s)`)
 * and the object's kind as its Kind (`Pod/web-0`, eq/01).
 */
const EVENT_ROW = /^(?:[a-z0-9][-a-z0-9]* +)?(?:\.\.\.|…|<unknown>|\d+[smhdy](?:\d+[smh])?(?: \(x\d+ over \d+[smhdy](?:\d+[smh])?\))?) +(?:Normal|Warning) +[A-Z][A-Za-z]+ +[A-Za-z][A-Za-z.]*\/[a-z0-9][-a-z0-9.]* +\S/;

const CUSTOM_HEADER: LineClass = Object.freeze({ type: 'header' });
/** How many lines after a sentence quoting a command are looked through for the prompt that ran it. */
const PROSE_LOOKAHEAD = 12;

/** A line of column names only, one of them NAME, that {@link customPodColumns} reads as a pod table. */
function isCustomPodHeader(text: string, command: KubectlCommand | null, foreign: boolean): boolean {
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90) || !/(?:^|\s)NAME(?:\s|$)/.test(text) || capitalsOnly(text, 0) < 0) return false;
  return customPodColumns(parseHeader(text), command, foreign);
}

/**
 * Line numbers copied from an editor or a notebook (` 9  NAME ...`, `10  web-0 ...`): the difference between
 * the printed number and the line's own, when at least three lines and most non-blank ones carry it; else null.
 */
function lineNumbering(lines: readonly string[]): number | null {
  let votes = 0;
  let nonBlank = 0;
  let delta: number | null = null;
  const limit = Math.min(lines.length, 200);
  for (let i = 0; i < limit; i++) {
    const l = lines[i] as string;
    let a = 0;
    while (a < l.length && l.charCodeAt(a) === 32) a++;
    if (a === l.length) continue;
    nonBlank++;
    let b = a;
    while (b < l.length && b - a < 6 && l.charCodeAt(b) >= 48 && l.charCodeAt(b) <= 57) b++;
    if (b === a || (l.charCodeAt(b) !== 32 && l.charCodeAt(b) !== 9 && l.charCodeAt(b) !== 124 && b !== l.length)) continue;
    const d = Number(l.slice(a, b)) - (i + 1);
    if (delta === null) delta = d;
    if (d === delta) votes++;
  }
  return delta !== null && votes >= 3 && votes * 10 >= nonBlank * 8 ? delta : null;
}

/** The line with its printed number (the expected one only) turned to spaces, so columns keep their offsets. */
function withoutLineNumber(raw: string, expected: number): string {
  let a = 0;
  while (a < raw.length && raw.charCodeAt(a) === 32) a++;
  const digits = String(expected);
  if (!raw.startsWith(digits, a)) return raw;
  const after = raw.charCodeAt(a + digits.length);
  if (!(after === 32 || after === 9 || after === 124 || Number.isNaN(after))) return raw;
  return ' '.repeat(a + digits.length + (after === 124 ? 1 : 0)) + raw.slice(a + digits.length + (after === 124 ? 1 : 0));
}

/**
 * One to three stars touching a word: emphasis typed around it, but not before a lone unit (`**s`, `**m`: an age
 * masked). Stars among dots (`***.***.***.***`) hide an address, and a longer run a part of a name (`aks-…-vmss*******`).
 */
const EMPHASIS = /(?<!\*)\*{1,3}(?=[A-Za-z0-9])(?![smhdy](?: |$))|(?<=[A-Za-z0-9])\*{1,3}(?!\*)/g;

/** A namespace's row under `get ns` (`fleet-default   Active   13m`): its words, or null. */
function namespaceRow(text: string, command: KubectlCommand): string[] | null {
  const kind = command.args[0];
  if (command.verb !== 'get' || command.args.length !== 1 || (kind !== 'ns' && kind !== 'namespace' && kind !== 'namespaces')) return null;
  const t = tokens(text);
  return t.length === 3 && isNamespaceName(t[0] as string) && (t[1] === 'Active' || t[1] === 'Terminating') && isAgeText(t[2] as string) ? t : null;
}
/** A node's STATUS as `kubectl get nodes` prints it; kubectl before 1.6 or so also listed the node's role there (`Ready,master`). */
const NODE_STATUS = /^(Ready|NotReady|Unknown)(,[A-Za-z][A-Za-z-]*){0,3}$/;

/**
 * A row of another resource's table: a name first and, when the header has an AGE column, an age somewhere
 * (prose after a table, "Three nodes. The ROLES column shows...", has a name-like first word but no age).
 */
function looksOtherRow(text: string, header: Header): boolean {
  const sp = text.indexOf(' ');
  const first = sp < 0 ? text : text.slice(0, sp);
  // A doc's placeholder inside the name (`<cluster>-control-01`) still names one object.
  if (!(isNameLike(first) || isAgeText(first) || (first.indexOf('<') >= 0 && isNameLike(first.replace(ANGLE_PART, 'x'))) || rbacName(first, header))) return false;
  if (header.table === 'node') return NODE_STATUS.test(tokens(text)[1] ?? '');
  if (!header.columns.some((c) => c.name === 'AGE')) return true;
  for (const t of tokens(text)) if (isAgeText(t) && t.length > 1) return true;
  return false;
}

/**
 * A Role's or a binding's name with colons (`system:kubefed:admission-requester`, `system:controller:job-controller`):
 * RBAC names may hold them, other objects' may not. A word ending in one (`Note:`) is prose's.
 */
function rbacName(first: string, header: Header): boolean {
  const colon = first.indexOf(':');
  return colon > 0 && !first.endsWith(':') && RBAC_TABLES.has(header.table) && isNameLike(first.replaceAll(':', '-'));
}
const RBAC_TABLES: ReadonlySet<string> = new Set(['clusterrole', 'clusterroles', 'clusterrolebinding', 'clusterrolebindings', 'role', 'roles', 'rolebinding', 'rolebindings']);

const ANGLE_PART = /<[a-z0-9_-]{1,30}>/gi;
/** A resource as `kubectl get` takes it: `hpa`, `ingresses`, `certificates.cert-manager.io`. */
const RESOURCE_WORD = /^[a-z][a-z0-9.-]{0,62}$/;

/** `XXm`, `Xh`, `xxd`: a doc's stand-in for an age, its unit kept. */
function isAgePlaceholder(text: string): boolean {
  const n = text.length;
  if (n < 2 || n > 4) return false;
  const unit = text.charCodeAt(n - 1);
  if (unit !== 115 && unit !== 109 && unit !== 104 && unit !== 100 && unit !== 121) return false;
  // X, x or * for each digit (`XXm`, `xs`, `**s`).
  for (let i = 0; i < n - 1; i++) if (text.charCodeAt(i) !== 88 && text.charCodeAt(i) !== 120 && text.charCodeAt(i) !== 42) return false;
  return true;
}

export interface ListedWorkload {
  kind: OwnerKind;
  name: string;
  /** A StatefulSet's replicas wanted, where its row says (`READY 1/3`, old kubectl's `DESIRED 3  CURRENT 1`). */
  wants?: number;
}

/** The kinds of workload that own pods, as kubectl prints them in a `kind/name` cell or names a table. */
const LISTED_KINDS: Readonly<Record<string, OwnerKind>> = {
  deployment: 'Deployment', deploy: 'Deployment', 'deployment.apps': 'Deployment', 'deployment.extensions': 'Deployment',
  replicaset: 'ReplicaSet', rs: 'ReplicaSet', 'replicaset.apps': 'ReplicaSet', 'replicaset.extensions': 'ReplicaSet',
  daemonset: 'DaemonSet', ds: 'DaemonSet', 'daemonset.apps': 'DaemonSet', 'daemonset.extensions': 'DaemonSet',
  statefulset: 'StatefulSet', sts: 'StatefulSet', 'statefulset.apps': 'StatefulSet',
  job: 'Job', 'job.batch': 'Job', cronjob: 'CronJob', cj: 'CronJob', 'cronjob.batch': 'CronJob',
  replicationcontroller: 'ReplicationController', rc: 'ReplicationController',
  deploymentconfig: 'DeploymentConfig', dc: 'DeploymentConfig', 'deploymentconfig.apps.openshift.io': 'DeploymentConfig',
  // Operators' resources that own pods (`sparkapplication.sparkoperator.k8s.io/spark-pi created`, `get pytorchjobs`).
  sparkapplication: 'SparkApplication', sparkapp: 'SparkApplication', 'sparkapplication.sparkoperator.k8s.io': 'SparkApplication',
  pytorchjob: 'PyTorchJob', 'pytorchjob.kubeflow.org': 'PyTorchJob', tfjob: 'TFJob', 'tfjob.kubeflow.org': 'TFJob', mpijob: 'MPIJob', 'mpijob.kubeflow.org': 'MPIJob',
  // A FlinkDeployment's JobManager is a Deployment of the same name (the operator runs Flink's native mode).
  flinkdeployment: 'Deployment', 'flinkdeployment.flink.apache.org': 'Deployment',
  workflow: 'Workflow', wf: 'Workflow', 'workflow.argoproj.io': 'Workflow',
};

/** Records the workload a row of another table lists (its NAME cell, by its `kind/` prefix or the table's kind). */
function listWorkload(text: string, tableKind: string, namespaced: boolean, out: ListedWorkload[]): void {
  const toks = tokens(text.length > 600 ? text.slice(0, 600) : text);
  const cell = toks[namespaced ? 1 : 0];
  if (cell === undefined) return;
  const slash = cell.indexOf('/');
  const type = slash > 0 ? cell.slice(0, slash) : tableKind;
  // Old kubectl printed the plural: replicationcontrollers/guestbook-fe.
  const kind = Object.hasOwn(LISTED_KINDS, type) ? LISTED_KINDS[type] : Object.hasOwn(LISTED_KINDS, singular(type)) ? LISTED_KINDS[singular(type)] : undefined;
  const name = slash > 0 ? cell.slice(slash + 1) : cell;
  if (kind === undefined || name === '' || out.length >= MAX_LISTED) return;
  const wants = kind === 'StatefulSet' ? replicasWanted(toks, namespaced ? 2 : 1) : null;
  out.push(wants === null ? { kind, name } : { kind, name, wants });
}

/** The replicas a StatefulSet's row wants, from the cells after its name: `1/3` (ready of wanted), or two counts (wanted, made). */
function replicasWanted(toks: readonly string[], at: number): number | null {
  const first = toks[at];
  if (first === undefined) return null;
  const ratio = /^\d{1,5}\/(\d{1,5})$/.exec(first);
  if (ratio !== null) return Number(ratio[1]);
  const next = toks[at + 1];
  return /^\d{1,5}$/.test(first) && next !== undefined && /^\d{1,5}$/.test(next) ? Number(first) : null;
}

/** The kinds old kubectl printed as NAME DESIRED CURRENT AGE, by their table's name. */
const COUNTED_TABLES: ReadonlyMap<OwnerKind, string> = new Map([['ReplicaSet', 'replicaset'], ['ReplicationController', 'replicationcontroller'], ['StatefulSet', 'statefulset']]);

/** The one kind of {@link COUNTED_TABLES} a `get` of several kinds (`deployments,svc,rc,pods`) names, as its table's name; else null. */
function countedKindIn(resources: string): string | null {
  let found: string | null = null;
  for (const word of resources.split(',')) {
    const kind = LISTED_KINDS[word] ?? LISTED_KINDS[singular(word)];
    const table = kind === undefined ? undefined : COUNTED_TABLES.get(kind);
    if (table === undefined || table === found) continue;
    if (found !== null) return null;
    found = table;
  }
  return found;
}

/** `replicationcontrollers` as old kubectl printed kinds: the singular. */
function singular(kind: string): string {
  return kind.endsWith('s') ? kind.slice(0, -1) : kind;
}

/** Enough for any real `get all`; a hostile paste of a million such rows keeps no more. */
const MAX_LISTED = 10_000;

/**
 * What a tool puts before each line of a command's output: Vagrant's `    node1: `, Terraform's `null_resource.x (local-exec): `,
 * sudo's password prompt before the header, or a script's short sentence before it (`Pod is ready: NAME ...`).
 */
const LINE_PREFIX = /^ *(?:\[sudo\] password for [^:\s]+|[A-Za-z0-9_.\-[\]]{1,80}(?: \([a-z-]{1,20}\))?|[A-Z][a-z]{1,15}(?: [a-z]{1,15}){1,5}): $/;

/**
 * The prefix before a header's NAME, when a tool wrote one there (see {@link LINE_PREFIX}): cut from every line
 * that starts with it, so a prefixed table reads as printed. Found on the first such header; null when none.
 */
function linePrefix(lines: readonly string[]): string | null {
  for (const raw of lines) {
    let at = raw.indexOf(': NAME');
    const tagged = at < 0;
    if (tagged) at = raw.indexOf('] NAME');
    if (at < 0 || at > 120) continue;
    const rest = raw.slice(at + 2);
    if (!(rest.startsWith('NAME ') || rest.startsWith('NAMESPACE '))) continue;
    const p = raw.slice(0, at + 2);
    if (tagged ? TAG_PREFIX.test(p) : LINE_PREFIX.test(p) || DATE_PREFIX.test(p)) return p;
  }
  return runPrefix(lines);
}

/**
 * `date`'s default output and " : ", which a loop echoing `date` before each line of a watch puts there (fb/04):
 * every line's time differs, so it is cut by its shape, not as one string.
 */
const DATE_PREFIX = /^(?:[A-Z][a-z]{2} ){2}[ \d]\d \d\d:\d\d:\d\d(?: [AP]M)?(?: [A-Z]{2,5})? \d{4} ?: $/;
const DATE_LEAD = /^(?:[A-Z][a-z]{2} ){2}[ \d]\d \d\d:\d\d:\d\d(?: [AP]M)?(?: [A-Z]{2,5})? \d{4} ?: /;

/** What `oc project`, `oc new-project` and `oc login` print of the project they leave the context in. */
const USING_PROJECT = /^(?:Now u|U)sing project "([^"]{1,63})"/;
/** How far below `oc login` its `Using project` line is looked for (it lists the projects it can see first). */
const MAX_LOGIN_LINES = 40;

/** A tool's tag in brackets before each line it relays (odo's test harness: `[oc] NAME   READY ...`, `[stdout] `). */
const TAG_PREFIX = /^ *\[[A-Za-z0-9_.-]{1,40}\] $/;

/**
 * The prefix of the first run of lines that all carry one tool's prefix (see {@link RUN_PREFIX}) with no header
 * behind it: a wait loop's headerless rows in a Vagrant log, which would otherwise read as nothing at all.
 */
function runPrefix(lines: readonly string[]): string | null {
  for (let i = 0; i + RUN_LINES <= lines.length; i++) {
    const raw = lines[i] as string;
    const at = raw.indexOf(': ');
    if (at < 0 || at > 84) continue;
    const p = raw.slice(0, at + 2);
    if (!RUN_PREFIX.test(p)) continue;
    let k = 1;
    while (k < RUN_LINES && (lines[i + k] as string).startsWith(p)) k++;
    if (k === RUN_LINES) return p;
  }
  return null;
}

/**
 * How much of `raw` is `prefix`: all of it, or 0 when `raw` does not start with it. An index in brackets may
 * differ (Terraform's `null_resource.x[0] (local-exec): ` and `[1]`: a resource with `count` runs its copies at
 * once and their lines interleave), so the other copies' tables are cut as the first one's.
 */
export function prefixLength(raw: string, prefix: string): number {
  if (raw.startsWith(prefix)) return prefix.length;
  if (DATE_PREFIX.test(prefix)) return DATE_LEAD.exec(raw)?.[0].length ?? 0;
  const open = prefix.indexOf('[');
  const close = open < 0 ? -1 : prefix.indexOf(']', open);
  if (close < 0 || !/^\[\d{1,5}\]$/.test(prefix.slice(open, close + 1)) || !raw.startsWith(prefix.slice(0, open + 1))) return 0;
  let k = open + 1;
  while (k < raw.length && k - open <= 6 && raw.charCodeAt(k) >= 48 && raw.charCodeAt(k) <= 57) k++;
  const tail = prefix.slice(close);
  return k > open + 1 && raw.startsWith(tail, k) ? k + tail.length : 0;
}

/** READY with a space before its slash (`2 /2`): no other cell is a number, a space and `/` and a number. */
const SPACED_READY = /(?<![^ ])(\d{1,3}) \/(\d{1,3})(?![^ ])/;

const HELM_SECTION = '==> ';

/**
 * The kind of the table under a `helm status` section line, lower case: `==> v1/Pod(related)` → 'pod',
 * `==> v1beta1/StatefulSet` → 'statefulset'; null when the line names none.
 */
function helmSection(text: string): string | null {
  const slash = text.indexOf('/');
  if (slash < 0) return null;
  const paren = text.indexOf('(', slash);
  const kind = text.slice(slash + 1, paren < 0 ? text.length : paren).trim().toLowerCase();
  return /^[a-z]+$/.test(kind) ? kind : null;
}

/** Names a table of another kind by its first row's `kind/` prefix (`deployment.apps/web`, old kubectl's `jobs/x`). */
function refineKind(info: TableInfo, text: string, namespaced: boolean): void {
  if (namespaced) {
    // Behind a NAMESPACE column the name is the second word. The columns named the kind unless they are a generic set
    // (old kubectl's Jobs: `NAME DESIRED SUCCESSFUL AGE`): only then does the name's `jobs/` say it, in the singular.
    // DESIRED and CURRENT are such a set too: old kubectl's StatefulSets printed them as ReplicaSets do (`kubeless
    // statefulsets/kafka  1  1`, dq/05), so a listed kind's name says which.
    if (info.kind !== 'unknown' && info.kind !== 'name-age' && info.kind !== 'replicaset') return;
    const cell = tokens(text.length > 600 ? text.slice(0, 600) : text)[1] ?? '';
    const slash = cell.indexOf('/');
    if (slash <= 0) return;
    const kind = cell.slice(0, slash);
    if (info.kind === 'replicaset') {
      const listed = Object.hasOwn(LISTED_KINDS, kind) ? LISTED_KINDS[kind] : Object.hasOwn(LISTED_KINDS, singular(kind)) ? LISTED_KINDS[singular(kind)] : undefined;
      if (listed === undefined || listed === 'ReplicaSet') return;
    }
    info.kind = !Object.hasOwn(LISTED_KINDS, kind) && Object.hasOwn(LISTED_KINDS, singular(kind)) ? singular(kind) : kind;
    return;
  }
  const sp = text.indexOf(' ');
  const first = sp < 0 ? text : text.slice(0, sp);
  const slash = first.indexOf('/');
  if (slash > 0) info.kind = first.slice(0, slash);
}

function readNodeRow(text: string, line: number, header: Header, out: NodeRow[]): void {
  const toks = tokens(text);
  const at = (name: string): number => header.columns.findIndex((c) => c.name === name);
  const cut = cutLoose(text, header.columns);
  const get = (name: string): string => {
    const i = at(name);
    if (i < 0) return '';
    return (cut !== null ? cut[i] : toks[i]) ?? '';
  };
  const name = get('NAME').replace(/^node\//, '');
  const status = get('STATUS');
  // A script's line under the table (`Current Ready nodes = 2 of 2`): no node name has a space, no node that STATUS.
  if (name === '' || name.indexOf(' ') >= 0 || (at('STATUS') >= 0 && !NODE_STATUS.test(status))) return;
  const roles = get('ROLES');
  const ip = get('INTERNAL-IP');
  const age = get('AGE');
  const version = get('VERSION');
  // No ROLES column: old kubectl put the role in STATUS (`Ready,master`).
  const fromStatus = at('ROLES') < 0 ? rolesInStatus(status) : [];
  out.push({ line, name, status, roles: roles === '<none>' || roles === '' ? fromStatus : roles.split(','), rolesColumn: at('ROLES') >= 0, internalIp: isIpCell(ip) && ip !== '<none>' ? ip : null, age: isAgeText(age) ? age : null, version: NODE_VERSION.test(version) ? version : null });
}

/** The roles old kubectl printed in a node's STATUS (`Ready,SchedulingDisabled,master` → master). */
function rolesInStatus(status: string): string[] {
  return status.split(',').slice(1).filter((r) => r !== 'SchedulingDisabled');
}

/** kubectl's node VERSION: `v1.28.2`, `v1.27.3+k3s1`, `v1.26.5-eks-c12679a`. */
const NODE_VERSION = /^v\d+\.\d+\.\d+\S*$/;

/**
 * A `get nodes` row whose header a pipe removed: NAME, a node STATUS, ROLES, AGE and VERSION (then `-o wide`'s
 * INTERNAL-IP), or kubectl 1.6-1.7's NAME, STATUS, AGE, VERSION. Only that shape: nothing else prints a node
 * status second and a version after an age.
 *
 * @example
 * readHeaderlessNode('worker-2   NotReady   <none>   12d   v1.28.2', 2, out) // true, out gets worker-2
 */
function readHeaderlessNode(text: string, line: number, out: NodeRow[]): boolean {
  const toks = tokens(text.length > 2000 ? text.slice(0, 2000) : text);
  const [name, status, third, fourth, fifth, ip] = toks as (string | undefined)[];
  if (name === undefined || status === undefined || third === undefined || fourth === undefined || !isNameLike(name) || !NODE_STATUS.test(status)) return false;
  let roles: string[];
  let rolesColumn = true;
  let age: string;
  let version: string;
  if (isAgeText(third) && NODE_VERSION.test(fourth) && toks.length === 4) {
    roles = rolesInStatus(status);
    rolesColumn = false;
    age = third;
    version = fourth;
  } else if (fifth !== undefined && isAgeText(fourth) && NODE_VERSION.test(fifth) && (third === '<none>' || isNameLike(third.replaceAll(',', '-')))) {
    roles = third === '<none>' ? [] : third.split(',');
    age = fourth;
    version = fifth;
  } else return false;
  out.push({ line, name, status, roles, rolesColumn, internalIp: ip !== undefined && isIp(ip) ? ip : null, age, version });
  return true;
}

export interface ClaimRow {
  line: number;
  namespace: string | null;
  name: string;
  /** Bound, Pending, Lost. */
  status: string;
  /** Empty when the claim names none (and no default StorageClass filled it in). */
  storageClass: string;
}

/** A `kubectl get pvc` row: its name, STATUS and STORAGECLASS (cut at the header's offsets, empty cells kept). */
function readClaimRow(text: string, line: number, header: Header, out: ClaimRow[]): void {
  if (out.length >= MAX_LISTED) return;
  const cut = cutLoose(text, header.columns);
  const toks = tokens(text);
  const at = (name: string): number => header.columns.findIndex((c) => c.name === name);
  const get = (name: string): string => {
    const i = at(name);
    return i < 0 ? '' : ((cut !== null ? cut[i] : toks[i]) ?? '');
  };
  const name = get('NAME').replace(/^(?:persistentvolumeclaim|pvc)\//, '');
  if (name === '') return;
  const ns = get('NAMESPACE');
  // Cut by tokens (spacing collapsed) an empty cell shifts the rest: then the class is not known, not empty.
  out.push({ line, namespace: ns === '' ? null : ns, name, status: get('STATUS'), storageClass: cut !== null ? get('STORAGECLASS') : '?' });
}

/** Offsets cut without value checks, for other resources' tables whose values we only peek at. */
function cutLoose(text: string, columns: readonly Column[]): string[] | null {
  const cells: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    const start = (columns[i] as Column).start;
    if (start >= text.length) break;
    if (i > 0 && text.charCodeAt(start - 1) !== 32) return null;
    const next = columns[i + 1];
    cells.push(text.slice(start, next === undefined ? text.length : next.start).trim());
  }
  return cells;
}
