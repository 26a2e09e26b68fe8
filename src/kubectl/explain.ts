/**
 * The pipeline: text -> lines -> tables -> values -> pods -> annotate -> cluster (see DESIGN.md, "How a
 * paste flows through the core"). Never throws on user input: problems are data.
 *
 * Shared by server, browser and CLI: no DOM, no Node API. The clock is `options.now`, never read here.
 */
import { OWNER_KINDS, type ExplainOptions, type Finding, type LineInfo, type LineKind, type Model, type Network, type NextCommand, type OwnerKind, type PodRow, type Problem, type Severity, type Workload } from './model.ts';
import { allInAlphabet } from './alphabet.ts';
import { countLines, HAS_BACKSLASH, isOcTool, isPodsCommand, looksBinary, type KubectlCommand, MAX_INPUT_CHARS, MAX_INPUT_LINES, pasteMarkup, splitLines } from './lines.ts';
import { readTables, type ClaimRow, type Column, type NodeRow, type RawRow, type ReadResult, type TableInfo } from './tables.ts';
import { ageSeconds } from './age.ts';
import { gatesShort, ipValue, isDigit, isHiddenIpv6, isIpv4, isNamespaceName, noneToNull, parseLabels, readyOf, restartsOf } from './values.ts';
import { DESCRIBE, canonicalStatus, fillCommand, LOGS, LOGS_ALL, LOGS_PREVIOUS, LOGS_PREVIOUS_ALL, OWNER, rowSeverity, STATUS_VOCABULARY, statusInfo, type CommandTemplate, type StatusEntry } from './status.ts';
import { COMPONENTS, componentById, CONTROL_PLANE_IDS, FAMILY_MIN, familiesMatching, familiesOf, familyMember, genericOwners, matchByLabels, matchComponent, type ComponentInfo } from './components.ts';
import { allDigits, EMQX_CORE, isAirflowPod, isNextflowTask, argoWorkflow, s2iBuildOf, cnpgJobCluster, copiedPod, etcdMemberCluster, controlPlaneNodeIn, deployerOf, DEPLOYMENT, describedOwner, ended, endedAsJob, endedInit, FIVE, handNumberedTail, olderSuffix, flinkCluster, generatedTwice, isGeneratedFive, isMaskedWord, isOldestGeneratedFive, kubeProxyStaticNode, versionedName, labelledOwner, namedAfter, nodeStaticPodNode, ORDINAL, ownerOf, packedShape, PLAIN, replicaSetDeployment, secondsStampLike, sparkExecutorPrefix, sparkSubmitted, staticPodFamily, syncedName, tektonPodTail, tektonTaskRun, trainingReplica, YOUNG_END_SECONDS, type FastOwnerContext, type SyncedName, veleroDataMover } from './owner.ts';
import { controlPlaneCopy, downNodeNames, inferCluster, tableOf, unboundClaims, retryNotStarted, type FindingId } from './cluster.ts';
import { ANSIBLE_LINES, expandEscapedTables, mapBack } from './escaped.ts';
import { stringsIn } from './marks.ts';

function emptyModel(): Model {
  return {
    columns: [], rows: [], nodes: [], findings: [], problems: [], cluster: { podNetworks: [], nodeNetworks: [], cni: null, dns: null },
    lines: [], otherTables: [], podTables: [], messages: [], commands: [],
  };
}

/** Rows without extra columns share one frozen empty `extra` (plain data: it clones and serialises as `{}`). */
const NO_EXTRA: Record<string, string> = Object.freeze({}) as Record<string, string>;

function hasExtraColumn(columns: readonly Column[]): boolean {
  for (const c of columns) if (c.kind === 'extra') return true;
  return false;
}

function hasNodeColumn(columns: readonly Column[]): boolean {
  for (const c of columns) if (c.kind === 'node') return true;
  return false;
}

/**
 * Stage 3, values: turns a raw row's cells into a typed pod record (not yet annotated).
 *
 * @example
 * toPodRow(raw).ready // { ready: 1, total: 1 }
 */
export function toPodRow(raw: RawRow): PodRow {
  const row = valuesOf(raw.line, raw.columns, raw.cells, raw.readBy, raw.command, hasExtraColumn(raw.columns));
  row.explanations = [];
  row.next = [];
  return row;
}

/**
 * NODE cells of rows cut off inside them: the one node of the paste whose name they begin (`ip-1` of
 * ip-192-168-30-73), or no node where several do, so a half name makes no node of its own (which then shared its
 * address with the real one). A cell that is a whole node's name, or begins none, stays.
 */
function completeCutNodes(rows: PodRow[], cut: readonly number[], nodeRows: readonly { name: string }[]): void {
  const cutSet = new Set(cut);
  const names = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const node = (rows[i] as PodRow).node;
    if (node !== null && !cutSet.has(i)) names.add(node);
  }
  for (const nr of nodeRows) names.add(nr.name);
  for (const i of cut) {
    const r = rows[i] as PodRow;
    if (r.node === null || names.has(r.node)) continue;
    let whole: string | null = null;
    let count = 0;
    for (const name of names) {
      if (name.length > r.node.length && name.startsWith(r.node)) {
        whole = name;
        count++;
      }
    }
    if (count > 0) r.node = count === 1 ? whole : null;
  }
}

/** {@link toPodRow}, told once per table whether extra columns exist. READY and RESTARTS answers are shared. */
function valuesOf(line: number, columns: readonly Column[], cells: readonly string[], readBy: RawRow['readBy'], command: KubectlCommand | null, withExtra: boolean): PodRow {
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
  const extra: Record<string, string> = withExtra ? {} : NO_EXTRA;
  const n = Math.min(cells.length, columns.length);
  for (let i = 0; i < n; i++) {
    const col = columns[i] as Column;
    const v = cells[i] as string;
    switch (col.kind) {
      case 'namespace':
        // A blank cell (a tool that printed the column empty) says nothing, not the namespace "".
        namespace = v === '' ? null : v;
        break;
      case 'name': {
        const slash = v.indexOf('/');
        name = slash >= 0 ? v.slice(slash + 1) : v;
        break;
      }
      case 'ready':
        ready = readyOf(v);
        break;
      case 'status':
        status = v;
        break;
      case 'restarts':
        restarts = restartsOf(v);
        break;
      case 'age':
        age = v;
        break;
      case 'ip':
        ip = ipValue(v);
        if (ip === null && v !== '<none>' && isHiddenIpv6(v)) (hiddenIpv6Lines ??= new Set()).add(line);
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
  if (namespace === null && command !== null && !command.allNamespaces) namespace = command.namespace;
  if (node === null && command !== null && command.nodeName !== null) node = command.nodeName;
  // A capital first letter in a name or a node: see uncapitalise and hideNodePlaceholders (one comparison here spares them a pass).
  const n0 = name.charCodeAt(0);
  if ((n0 >= 65 && n0 <= 90) || (node !== null && node.charCodeAt(0) >= 65 && node.charCodeAt(0) <= 90)) capitalsSeen = true;
  // A whole name in angle brackets (`<pod_name>`, hunt dj/20): one comparison here, where a search of the paste for
  // `  <` would stop at every padded `<none>` of a wide listing.
  if (n0 === 60) anglesSeen = true;
  return {
    line, namespace, name, ready, status, restarts, age, ageSeconds: age === null ? null : ageSeconds(age), ip, node, nominatedNode,
    readinessGates, labels, extra, component: null, workload: null, network: 'unknown', severity: 'unknown', phase: null, explanations: NO_EXPLANATIONS, next: NO_NEXT,
    readBy,
  };
}

/** Set by valuesOf when a row's name or node starts with a capital letter; reset by each explain(). */
let capitalsSeen = false;
/** Set by valuesOf when a row's name starts with `<`; reset by each explain(). */
let anglesSeen = false;
/** Lines whose IP cell hides an IPv6 address (`2600:<IPv6>`), set by valuesOf; reset by each explain(). */
let hiddenIpv6Lines: Set<number> | null = null;

const NO_EXPLANATIONS: string[] = Object.freeze([]) as unknown as string[];
const NO_NEXT: NextCommand[] = Object.freeze([]) as unknown as NextCommand[];

/** Past this many entries a per-paste memo stops growing (hostile pastes of unique names): answers are then computed. */
const MEMO_LIMIT = 20_000;

/** Enough distinct seconds-like numbers to judge by: a paste of thousands of pods need not collect them all. */
const SECONDS_RUNS_SEEN = 64;
/** A day in seconds: runs of one schedule or one controller fall within it, two random hashes almost never (1 in 25,000). */
const DAY_SECONDS = 86_400;

/** Whether two of these distinct numbers lie within a day of each other (see FastOwnerContext.secondsRuns). */
function closeStamps(stamps: number[]): boolean {
  if (stamps.length < 2) return false;
  const sorted = stamps.slice().sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) if ((sorted[i] as number) - (sorted[i - 1] as number) <= DAY_SECONDS) return true;
  return false;
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
  if (isBlank(input)) {
    const n = splitLines(input).length;
    for (let i = 0; i < n; i++) model.lines.push({ line: i + 1, kind: 'blank' });
    model.problems.push({ line: 1, code: 'empty-input', message: 'Nothing to read: the paste is empty.' });
    return model;
  }
  const pasted = splitLines(input);
  if (looksBinary(input)) {
    for (let i = 0; i < pasted.length; i++) model.lines.push({ line: i + 1, kind: 'problem' });
    model.problems.push({ line: 1, code: 'binary-input', message: 'This looks like a binary file, not terminal text.' });
    return model;
  }
  void options.now;
  // Tables inside a JSON string (`\n` for their line breaks) are opened into their lines; numbers are mapped back at the end.
  const markup = pasteMarkup(input);
  // The strings rare readings are gated on, found in one scan of the paste (see stringsIn).
  const marks = stringsIn(input, PASTE_MARKS);
  // The whole-paste scan already says whether a backslash is anywhere: most pastes skip the search for `\n`.
  // Ansible's one-line result may hold its rows with no `\\n` at all (one row, headerless after a grep): its
  // `stdout_lines` key is the sign (dt/02).
  const expanded = ((markup & HAS_BACKSLASH) !== 0 && input.indexOf('\\n') >= 0) || marks.has(ANSIBLE_LINES) ? expandEscapedTables(pasted) : null;
  const lines = expanded === null ? pasted : expanded.lines;

  // Values: each row typed as it is read (its cells die young); per-table facts computed once per table.
  const rows: PodRow[] = [];
  const withNodeFlags: number[] = [];
  // Rows a `--field-selector status.phase=Failed` listing printed: failed, whatever their STATUS, their successors hidden.
  let failedListed: number[] | null = null;
  // Where each pod table's rows start, and the `get` that printed it (for pods deleted between two listings).
  const listings: Listing[] = [];
  const headerlessCommands: KubectlCommand[] = [];
  // Runs of headerless rows and the command that printed them (`oc get pods -n x | grep router`): not listings (no
  // header), but their next commands are typed as that command was, as a listing's are.
  const headerlessRuns: Listing[] = [];
  let listingColumns: readonly Column[] | null = null;
  let firstColumns: Column[] | null = null;
  let lastColumns: readonly Column[] | null = null;
  let withExtra = false;
  let withNode = false;
  let cutNodeRows: number[] | null = null;
  let allNamespacesLines: number[] | null = null;
  capitalsSeen = false;
  anglesSeen = false;
  hiddenIpv6Lines = null;
  const read = readTables(lines, (line, columns, cells, readBy, command) => {
    if (columns !== lastColumns) {
      lastColumns = columns;
      if (firstColumns === null) firstColumns = columns;
      withExtra = hasExtraColumn(columns);
      withNode = hasNodeColumn(columns);
    }
    if (readBy !== 'headerless' && columns !== listingColumns) {
      listingColumns = columns;
      listings.push({ start: rows.length, end: rows.length, line, command });
    }
    if (readBy !== 'headerless') (listings[listings.length - 1] as Listing).end = rows.length + 1;
    // Not a `get` of another resource (`kubectl get cluster --kubeconfig kube-karmada`, answered by an error): rows pasted
    // after it are no output of its, and its cluster flag would send their commands to another API server (dh/09).
    else if (command !== null && !(command.verb === 'get' && command.args.length > 0 && !isPodsCommand(command))) {
      if (command !== headerlessCommands[headerlessCommands.length - 1]) headerlessCommands.push(command);
      extendRun(headerlessRuns, rows.length, line, command);
    }
    // A row cut off right in its NODE cell (`ip-1` of ip-192-168-30-73): that cell may be half a name.
    if (withNode && cells.length < columns.length && cells.length > 0 && (columns[cells.length - 1] as Column).kind === 'node') (cutNodeRows ??= []).push(rows.length);
    const row = valuesOf(line, columns, cells, readBy, command, withExtra);
    if (row.namespace === null && command !== null && command.allNamespaces) (allNamespacesLines ??= []).push(line);
    rows.push(row);
    if (command !== null && command.phase === 'Failed') (failedListed ??= []).push(rows.length - 1);
    // A listing of one node's pods (--field-selector spec.nodeName=...) tells where each pod runs as a NODE column does.
    // A row cut off before its NODE cell (`31s   10.0.1.127<----Change this IP`, dt/07) shows no node: it says nothing of one.
    const nodeShown = withNode && (cells.length >= columns.length || columns.findIndex((c) => c.kind === 'node') < cells.length);
    withNodeFlags.push(nodeShown || (command !== null && command.nodeName !== null) ? 1 : 0);
  }, markup);
  // Set inside the row sink: TypeScript does not see it change there.
  const cutRows = cutNodeRows as number[] | null;
  if (cutRows !== null) {
    // Only rows said to be cut off: a page that dropped each `<none>` ends every row at a whole NODE cell.
    const truncated = new Set(read.problems.filter((p) => p.code === 'truncated-row').map((p) => p.line));
    const cut = cutRows.filter((i) => truncated.has((rows[i] as PodRow).line));
    if (cut.length > 0) completeCutNodes(rows, cut, read.nodeRows);
  }
  // `kubectl delete node x`: what earlier node tables said of x (NotReady) is over; x is gone.
  const deletedNodes = new Set<string>();
  if (read.nodeRows.length > 0) read.nodeRows = withoutDeletedNodes(read.nodeRows, read.commands, deletedNodes);
  const kinds = read.kinds;
  const lineInfos: LineInfo[] = new Array<LineInfo>(kinds.length);
  if (read.messages.length === 0) {
    for (let i = 0; i < kinds.length; i++) lineInfos[i] = { line: i + 1, kind: kinds[i] as LineInfo['kind'] };
  } else {
    const messageAt = new Map(read.messages.map((m) => [m.line, m.id]));
    for (let i = 0; i < kinds.length; i++) {
      const id = messageAt.get(i + 1);
      const kind = kinds[i] as LineInfo['kind'];
      lineInfos[i] = id === undefined ? { line: i + 1, kind } : { line: i + 1, kind, messageId: id };
    }
  }
  model.lines = lineInfos;
  const problems = read.problems;
  let sorted = true;
  for (let i = 1; i < problems.length && sorted; i++) if ((problems[i] as Problem).line < (problems[i - 1] as Problem).line) sorted = false;
  model.problems = sorted ? problems : problems.sort((a: Problem, b: Problem) => a.line - b.line);
  model.messages = read.messages.map((m) => (m.vars === undefined ? { line: m.line, id: m.id } : { line: m.line, id: m.id, vars: m.vars }));
  model.commands = read.commands.map((c) => ({ line: c.line, command: c.command.text, namespace: c.command.namespace, allNamespaces: c.command.allNamespaces, wide: c.command.wide, watch: c.command.watch }));
  model.otherTables = read.otherTables.map((t) => ({ line: t.line, kind: t.kind, rows: t.rows }));
  model.podTables = read.podTables.map((t) => ({ line: t.line, columns: t.columns, rows: t.rows }));
  model.columns = read.podTables[0]?.columns ?? (firstColumns as Column[] | null)?.map((c) => c.name) ?? [];
  const n = rows.length;
  const withNodeColumn = Uint8Array.from(withNodeFlags);
  model.rows = rows;
  contextNamespace(rows, read.messages, lines);
  if (marks.has('kubens') || marks.has('set-context') || marks.has(KUBENS_SAID)) switchedNamespace(rows, listings, lines, kinds);
  // `kubectl describe pod` beside the listing: its pod's namespace, node and owner. One native scan for `Name:` spares other pastes.
  const described = describedPods(input);
  // Only where some row lacks a namespace or a node: a full `-A -o wide` listing skips the paste-wide search.
  const assigned = rows.some((r, i) => r.namespace === null || (r.node === null && withNodeColumn[i] === 0)) ? placedPods(scheduledPods(input), described) : null;
  const namedLater = namespaceNamedLater(rows, listings, read.commands, assigned);
  if (assigned !== null) nodesFromScheduler(rows, withNodeColumn, assigned);
  if (described !== null) addressesFromDescribe(rows, withNodeColumn, described);
  const hiddenAt = capitalsSeen ? hideNodePlaceholders(rows) : -1;
  if (hiddenAt > 0) model.problems.push({ line: hiddenAt, code: 'node-hidden', message: 'NODE cells in capitals (MASQUED, REDACTED): names hidden before pasting, which no node has. Read as no node, so pods are not counted on one made-up node.' });
  const capitalisedAt = capitalsSeen ? uncapitalise(rows) : -1;
  if (capitalisedAt > 0) model.problems.push({ line: capitalisedAt, code: 'name-capitalised', message: 'Pod names starting with a capital letter, which Kubernetes never gives (an editor capitalised them?): read with a small letter.' });
  if (hiddenAt > 0 || capitalisedAt > 0) model.problems.sort((a, b) => a.line - b.line);

  // A watch prints a pod again on every change: the last line for a name wins for counts. A later listing
  // of the same namespace without a pod means it was deleted in between: it no longer counts either.
  const superseded = supersededRows(rows);
  // Or where a namespace named later filled one listing's rows: a row printed outside it (a watch's line) may be one of them.
  // Or rows without a header, some under a `get -n` and some above any command (an excerpt starting mid-output).
  if (listings.length > 1 || namedLater || headerlessCommands.length > 0) namespacelessRepeats(rows, superseded, listings);
  // A bug report's "Expected behavior" section may hold the listing the poster hoped for: its rows are no state.
  const expected = superseded.size > 0 && read.podTables.length > 1 ? expectedRows(rows, read.podTables, lines, read.kinds) : null;
  if (expected !== null) keepBeforeExpected(rows, superseded, expected);
  const editedAt = superseded.size > 0 ? keepEditedNames(rows, superseded, listings, headerlessCommands.some((c) => c.watch), notedLines(read.problems)) : -1;
  if (editedAt > 0) {
    model.problems.push({ line: editedAt, code: 'names-repeated', message: 'The same pod name more than once where kubectl prints each pod once (names edited or hidden?): each line counts as a pod of its own.' });
    model.problems.sort((a, b) => a.line - b.line);
  }
  // Each row's pod's last line: where a watched pod's node and owner are read.
  const lastLine = superseded.size > 0 ? lastRowOf(rows, superseded) : null;
  if (lastLine !== null) inheritNodes(rows, superseded, lastLine, withNodeColumn);
  const tableLines = read.podTables.map((t) => t.line);
  const repeatsInOneTable = lastLine === null || repeatedUnderOneHeader(rows, superseded, lastLine, tableLines, read.kinds);
  const { switches, changes, hosts } = commandMarks(read.commands, listings.length > 1 ? read.kinds : null, lines);
  if (listings.length > 1 && read.nodeRows.length > 1) {
    for (const at of nodeTableSwitches(rows, read.nodeRows)) switches.push(at);
    if (switches.length > 1) switches.sort((a, b) => a - b);
  }
  const gone = goneRows(rows, listings, read.messages, superseded, switches, changes, hosts, expected, lines);
  const otherClusters = listings.length > 1 ? clusterListings(rows, listings, switches, read.commands, hosts) : [];
  // `--output-watch-events` says DELETED itself: that pod no longer exists.
  const deleted = new Set<number>();
  if (read.podTables.some((t) => t.columns[0] === 'EVENT')) {
    for (let i = 0; i < n; i++) if ((rows[i] as PodRow).extra['EVENT'] === 'DELETED' && !superseded.has(i)) deleted.add(i);
    for (const d of deleted) gone.add(d);
  }
  // A pod deleted while a watch ran prints Terminating, then (newer kubectl) the phase it ended in once its
  // containers stop: `Completed` there is the deletion finishing, not a Deployment's pod that stopped.
  if (lastLine !== null) {
    for (const i of superseded) {
      const j = lastLine[i] as number;
      const last = (rows[j] as PodRow).status;
      if (j > i && (rows[i] as PodRow).status === 'Terminating' && last !== null && ended(last) && !gone.has(j)) {
        deleted.add(j);
        gone.add(j);
      }
    }
    // The other order: a pod that had ended (Completed, Error) and is then printed Terminating is being deleted with
    // nothing left to stop, as a finished Job's pods are when the Job is cleaned up (eo/21: system-upgrade-controller's
    // apply- Jobs, Completed, then Terminating together at 16m). Only where its print just before said it had ended.
    const before = new Map<number, number>();
    for (const i of superseded) {
      const j = lastLine[i] as number;
      if (j > i && (rows[i] as PodRow).status !== 'Terminating' && (before.get(j) ?? -1) < i) before.set(j, i);
    }
    for (const [j, i] of before) {
      const prev = (rows[i] as PodRow).status;
      if ((rows[j] as PodRow).status === 'Terminating' && prev !== null && ended(prev) && !gone.has(j)) {
        deleted.add(j);
        gone.add(j);
      }
    }
  }
  for (const g of gone) superseded.add(g);
  // Owner context, precomputed once (no per-row scans of all rows).
  const nodeIndex = new Map<string, number>();
  const shapes = new Int32Array(n);
  const fiveNodes = new Map<string, Map<string, string>>();
  // Bases with two Running `<base>-<5 chars>` pods on one node (see FastOwnerContext.crowded).
  const crowded = new Set<string>();
  /** `<base>\u0000<node>` to the first `<base>-<5 chars>` pod that ended on that node, and the bases with two (see FastOwnerContext.retried). */
  let endedOn: Map<string, string> | null = null;
  let retried: Set<string> | undefined;
  /** Per `<base>-<5 chars>` base with a pod its node refused, that pod's age (the oldest's): see movedBases. */
  let refused: Map<string, number> | null = null;
  const deploymentConfigs = new Set<string>();
  const ordinals = new Map<string, string | true>();
  /** `<base>-<n>` bases with a `-0` among their pods (see lonely). */
  let zeroed: Set<string> | null = null;
  const cpNodes: string[] = [];
  /** Per `<base>-<5 chars>` base, its pods on no node the paste names, in the namespace of its first (see FastOwnerContext.many). */
  let nodeless: Map<string, { namespace: string | null; pods: number }> | null = null;
  /** Rows named `<base>-<5 letters>` with vowels (before Kubernetes 1.5 the generator used them): see below. */
  let letterTails: number[] | null = null;
  /** Rows named `<base>-<word><number>` (`redis-test2`), and whether the paste shows the older generator: see below. */
  let handTails: number[] | null = null;
  let olderGenerator = false;
  /** The older generator seen on a pod that is no control-plane one: what may make that one's suffix generated too. */
  let olderAway = false;
  let fiveCp: Map<string, number> | null = null;
  let decimalHashes = false;
  /** Seconds-like numbers in `<base>-<ten digits>-<5>` names (see FastOwnerContext.secondsRuns), distinct ones only. */
  let stamps: number[] | null = null;
  let hashedCores: Set<string> | undefined;
  for (let i = 0; i < n; i++) {
    const r = rows[i] as PodRow;
    const node = r.node;
    if (node !== null && !nodeIndex.has(node)) nodeIndex.set(node, nodeIndex.size);
    const packed = packedShape(r.name);
    shapes[i] = packed;
    const cpNode = controlPlaneNodeIn(r.name, r.namespace, node) ?? nodeStaticPodNode(r.name, r.namespace) ?? (node === null ? kubeProxyStaticNode(r.name) : null);
    // `kube-apiserver-XXXXX`: a node name a doc masked names no node (coredns-XXXXX would be its static pod).
    if (cpNode !== null && cpNode.length > 1 && !isMaskedWord(cpNode)) {
      // Five generated characters (kube-apiserver-5h22s) name a node only where two control-plane pods share them.
      if (isGeneratedFive(cpNode)) (fiveCp ??= new Map()).set(cpNode, (fiveCp.get(cpNode) ?? 0) + 1);
      else cpNodes.push(cpNode);
    }
    // A pod-template hash of digits only: Kubernetes before 1.8 printed it in decimal, years before CronJobs named their
    // Jobs by the minute (1.21), so an 8-digit number in this paste is such a hash too (nginxv6-30840885-rm7dk).
    // Not ten digits that may be a moment in seconds (a Helm hook Job's), unless the random part is of the generator
    // before 1.5 (kube-discovery-1769846148-1zxv9); nor a pod read as a Job for having ended.
    if ((packed & 7) === DEPLOYMENT && (stamps === null || stamps.length < SECONDS_RUNS_SEEN)) {
      const end = r.name.lastIndexOf('-');
      const start = packed >>> 4;
      if (secondsStampLike(r.name, start + 1, end)) {
        const stamp = Number(r.name.slice(start + 1, end));
        if (stamps === null) stamps = [stamp];
        else if (!stamps.includes(stamp)) stamps.push(stamp);
      }
    }
    if ((packed & 7) === DEPLOYMENT && !decimalHashes) {
      const end = r.name.lastIndexOf('-');
      const start = packed >>> 4;
      if (end - start >= 7 && allDigits(r.name, start + 1, end) && (!secondsStampLike(r.name, start + 1, end) || olderSuffix(r.name)) && !endedAsJob(r.name, start + 1, end, r.status, r.restarts !== null && r.restarts.count > 0)) decimalHashes = true;
    }
    if ((packed & 7) === PLAIN) {
      const dc = deployerOf(r.name) ?? s2iBuildOf(r.name);
      if (dc !== null) deploymentConfigs.add(dc);
      if (hasLetterTail(r.name) || hasDigitTail(r.name)) (letterTails ??= []).push(i);
      else if (handNumberedTail(r.name)) (handTails ??= []).push(i);
    } else if ((packed & 15) === FIVE && !olderAway && olderSuffix(r.name)) {
      olderGenerator = true;
      olderAway = cpNode === null;
    }
    if ((packed & 7) === ORDINAL) {
      // Five digits, one of them 0, 1 or 3 (`weave-net-38546`): the older generator's suffix as likely as an ordinal past 10,000.
      if (hasDigitTail(r.name)) (letterTails ??= []).push(i);
      // Per `<base>-<n>` base: the one pod's name while its number is not 0, true once a second pod or a `-0` shows. A
      // second pod, not a second line: a watch or two gets of one pod (`get pod memory-demo-2` twice, hunt cz/24) list it again.
      const base = r.name.slice(0, packed >>> 4);
      const seen = ordinals.get(base);
      if (seen !== true) ordinals.set(base, (seen !== undefined && seen !== r.name) || r.name.endsWith('-0') ? true : r.name);
      if (r.name.endsWith('-0')) (zeroed ??= new Set()).add(base);
      // `<x>-core-<hash>-<n>`: an EMQX's core StatefulSet, named with its pod template's hash (see FastOwnerContext.hashedCores).
      const core = base.lastIndexOf(EMQX_CORE);
      const hash = base.length - core - EMQX_CORE.length;
      if (core > 0 && hash >= 6 && hash <= 10 && allInAlphabet(base, core + EMQX_CORE.length)) (hashedCores ??= new Set()).add(base.slice(0, core));
    }
    if ((packed & 7) === FIVE && node !== null) {
      const base = r.name.slice(0, packed >>> 4);
      let byNode = fiveNodes.get(base);
      if (byNode === undefined) fiveNodes.set(base, (byNode = new Map()));
      // Per node, the first Running pod's name ('' until one): a second Running one there makes the base crowded.
      // Each pod's last line only: a watched Job's retry ran after its first attempt, not beside it.
      const running = r.status === 'Running' && !superseded.has(i);
      const seen = byNode.get(node);
      if (seen === undefined || (seen === '' && running)) byNode.set(node, running ? r.name : '');
      else if (running && seen !== r.name) crowded.add(base);
      // A pod its node refused or put out (MatchNodeSelector, Evicted): see movedBases.
      if (!running && r.status !== null && !superseded.has(i) && r.ageSeconds !== null && refusedByNode(r.status)) {
        const oldest = (refused ??= new Map()).get(base);
        if (oldest === undefined || r.ageSeconds > oldest) refused.set(base, r.ageSeconds);
      }
      // Per base and node, the first pod that ended there: a second one makes the base a Job's retries (see FastOwnerContext.retried).
      if (!running && r.status !== null && !superseded.has(i) && ended(r.status)) {
        const key = `${base}\u0000${node}`;
        const first = (endedOn ??= new Map()).get(key);
        if (first === undefined) endedOn.set(key, r.name);
        else if (first !== r.name) (retried ??= new Set()).add(base);
      }
    } else if ((packed & 7) === FIVE && !superseded.has(i) && r.status !== 'Terminating') {
      // A DaemonSet's pod going away (Terminating) beside its successor is no sibling.
      const base = r.name.slice(0, packed >>> 4);
      const seen = (nodeless ??= new Map()).get(base);
      if (seen === undefined) nodeless.set(base, { namespace: r.namespace, pods: 1 });
      else if (seen.namespace === r.namespace) seen.pods++;
    }
  }
  // Nodes the paste names elsewhere: a nodes table, and kubeadm's control-plane static pods (kube-apiserver-<node>),
  // so that haproxy-<node> or kube-vip-<node> beside them read as static pods too. After the NODE column's, which win.
  // A command that names a deployer pod (`oc delete pod docker-registry-1-deploy`) or a DeploymentConfig's
  // ReplicationController (`oc scale rc router-1`) says those DeploymentConfigs exist too.
  for (const c of read.commands) for (const dc of deploymentConfigsNamed(c.command)) deploymentConfigs.add(dc);
  for (const nr of read.nodeRows) if (!nodeIndex.has(nr.name)) nodeIndex.set(nr.name, nodeIndex.size);
  const cpNodeCounts = cpNodes.length > 1 ? countOf(cpNodes) : null;
  for (const cpNode of cpNodes) {
    if (cpNodeCounts !== null && namesAnotherNode(cpNode, cpNodeCounts, nodeIndex)) continue;
    // Beside decimal hashes (before 1.8) the generator may still have used 0, 1 and 3: bootkube's kube-apiserver-3s476 is
    // its DaemonSet's pod as kube-apiserver-5h22s is, unless control-plane pods share it.
    // So too, beside suffixes with vowels (before 1.5), any five letters and digits: bootkube's kube-apiserver-z6f9e (hunt da/03).
    if ((decimalHashes && isGeneratedFive(cpNode, true)) || (olderAway && isOldestGeneratedFive(cpNode))) (fiveCp ??= new Map()).set(cpNode, (fiveCp.get(cpNode) ?? 0) + 1);
    else if (!nodeIndex.has(cpNode)) nodeIndex.set(cpNode, nodeIndex.size);
  }
  const match = componentMemo();
  // `elasticsearch-attiy` beside `elasticsearch-lkl4i`, `weave-net-08546` beside `weave-net-dzzj5`: the older generator
  // ([a-z0-9], before Kubernetes 1.8) wrote letters alone or digits alone too, a sibling's base says so. Or, in a paste
  // of that time (decimal hashes, suffixes with vowels), a base the knowledge base knows as a controller's whose pods are
  // `<base>-<5>` (Calico 2's calico-etcd-iemkd, hunt cu/15).
  if (letterTails !== null) {
    const fiveBases = new Set<string>();
    for (let i = 0; i < n; i++) if (((shapes[i] as number) & 7) === FIVE) fiveBases.add((rows[i] as PodRow).name.slice(0, (shapes[i] as number) >>> 4));
    const older = decimalHashes || olderGenerator;
    // `<prefix>-<n>` bases of such pods: a sibling numbered otherwise (zookeeper-2-ygxqu beside zookeeper-1-s68t0) is one
    // more member of the same set, its five letters the older generator's as well (ds/01).
    let numberedPrefixes: Set<string> | null = null;
    if (older) for (const b of fiveBases) {
      const dash = b.lastIndexOf('-');
      if (dash > 0 && dash < b.length - 1 && allDigits(b, dash + 1, b.length)) (numberedPrefixes ??= new Set()).add(b.slice(0, dash));
    }
    const numberedSibling = (base: string): boolean => {
      if (numberedPrefixes === null) return false;
      const dash = base.lastIndexOf('-');
      return dash > 0 && dash < base.length - 1 && allDigits(base, dash + 1, base.length) && numberedPrefixes.has(base.slice(0, dash));
    };
    for (const i of letterTails) {
      const r = rows[i] as PodRow;
      const base = r.name.slice(0, -6);
      // Or a base named with its version, as kube-up's add-ons' ReplicationControllers were (heapster-v1.0.2-swbyl, hunt da/01).
      // Not OpenShift's `<bc>-<n>-build` beside its revision's `<bc>-<n>-<5>` pods (hunt dc/19): its Build's pod.
      if ((fiveBases.has(base) || (older && (SUFFIXED_KINDS.has(match(base, r.namespace)?.kind as OwnerKind) || versionedName(base) || numberedSibling(base)))) && s2iBuildOf(r.name) === null) shapes[i] = FIVE | (base.length << 4);
    }
  }
  // `deis-etcd-1-eg332` beside `deis-minio-yni6i`: the older generator wrote vowels and 0, 1 and 3 too, so a word and a
  // number may be its suffix as well; else `redis-test2` is a name given by hand, a bare pod's.
  if (handTails !== null && olderGenerator) for (const i of handTails) shapes[i] = FIVE | (((rows[i] as PodRow).name.length - 6) << 4);
  if (fiveCp !== null) for (const [cpNode, pods] of fiveCp) if (pods >= 2 && !nodeIndex.has(cpNode)) nodeIndex.set(cpNode, nodeIndex.size);
  const fiveBaseNodes = new Map<string, number>();
  for (const [k, v] of fiveNodes) fiveBaseNodes.set(k, v.size);
  let lonely: Set<string> | undefined;
  for (const [base, seen] of ordinals) if (seen !== true) (lonely ??= new Set()).add(base);
  // Several numbered pods and no `-0` in a whole listing (each table's own command, none filtering): a StatefulSet
  // makes 0 first and removes it last, so `cortx-io-pod-1`..`-3` (dz/10) are numbered by hand, a StatefulSet at most
  // a guess. A filter or a cut (`| grep -v Running` hiding a running -0, an ellipsis) leaves the guess as it was.
  // A listing with lines left out (`...` after its header): the owner guesses below and the cluster findings both ask.
  const elided = listingElided(read.messages, read.podTables, read.kinds, read.commands);
  if (read.podTables.length > 0 && read.podTables.every((t) => t.command !== null && !t.command.filtered && t.command.pipedTo === null) && !elided) {
    for (const base of ordinals.keys()) if (zeroed === null || !zeroed.has(base)) (lonely ??= new Set()).add(base);
  }
  const many = nodeless === null ? undefined : manySiblings(nodeless, nodeIndex.size, match);
  const lone = nodeless === null ? undefined : loneBases(nodeless, match);
  const tokened = fiveNodes.size + (nodeless === null ? 0 : nodeless.size) >= 2 ? tokenSiblings(fiveNodes, nodeless) : undefined;
  const listed = new Map<string, OwnerKind>();
  for (const w of read.workloads) listed.set(w.name, w.kind);
  // `kubectl describe pod` names its owner (`Controlled By:  ReplicationController/kubernetes-dashboard`; `Controllers:`
  // before 1.7): an old add-on's ReplicationController, which the name alone would read as a DaemonSet's.
  // (The paste's one scan covers both spellings: most pastes name no ReplicationController at all.)
  const replication = marks.has('eplication');
  if (replication && input.indexOf('ReplicationController/') >= 0) {
    for (const m of input.matchAll(DESCRIBED_RC)) if (!listed.has(m[1] as string)) listed.set(m[1] as string, 'ReplicationController');
  }
  // Kubernetes 1.0's describe: `Replication Controllers:  elasticsearch (2/2 replicas created)`.
  const kubernetes11 = replication && input.indexOf('Replication Controllers:') >= 0;
  if (kubernetes11) {
    for (const m of input.matchAll(DESCRIBED_RC_1_0)) if (!listed.has(m[1] as string)) listed.set(m[1] as string, 'ReplicationController');
  }
  // The owners describe names are there for the described pod's siblings too (`coredns-8476d449d8-skxzc` beside the
  // described `-d9whc`): as good as `get all` listing them.
  if (described !== null) {
    for (const d of described.values()) {
      if (d === null || d.ownerName === null || d.ownerKind === 'Node') continue;
      const deployment = d.ownerKind === 'ReplicaSet' ? replicaSetDeployment(d.ownerName) : null;
      const name = deployment ?? d.ownerName;
      if (!listed.has(name) && DESCRIBED_SIBLING_KINDS.has(d.ownerKind as string)) listed.set(name, deployment === null ? (d.ownerKind as OwnerKind) : 'Deployment');
    }
  }
  // A Job the paste's text names (yurtctl's log `fail to run servant job(yurtctl-servant-convert-openyurt01)`, `kubectl logs
  // job/pi`): its `<job>-<5>` pods are that Job's, whatever their status. Not a URL's path (`/job/private/`) nor a CronJob.
  if (marks.has('job(') || marks.has('job/') || marks.has('jobs/') || marks.has('job.batch/')) {
    for (const m of input.matchAll(NAMED_JOB)) {
      let name = (m[1] ?? m[2]) as string;
      while (name.endsWith('.')) name = name.slice(0, -1);
      const after = input.charCodeAt((m.index as number) + m[0].length);
      if (m[2] !== undefined && after === 47) continue;
      if (!listed.has(name)) listed.set(name, 'Job');
    }
  }
  // `get pods -l job-name=pi` lists that Job's pods: as good as `get all` listing the Job.
  for (const c of read.commands) if (c.command.jobName !== null && !listed.has(c.command.jobName)) listed.set(c.command.jobName, 'Job');
  // `kubectl run nginx --image=nginx` makes a bare pod of that name (since kubectl 1.18; before, a Deployment whose pods
  // have other names).
  // Not with a generator of kubectl before 1.18 other than run-pod/v1: run/v1 made a ReplicationController (see controllersNamed).
  let named: Map<string, OwnerKind> | undefined;
  for (const c of read.commands) {
    const made = c.command.verb === 'run' ? c.command.args[0] : undefined;
    if (made === undefined || made.startsWith('-')) continue;
    const generator = c.command.text.indexOf(GENERATOR);
    if (generator >= 0 && !c.command.text.startsWith(RUN_POD, generator + GENERATOR.length)) {
      if (c.command.text.startsWith(RUN_RC, generator + GENERATOR.length)) (named ??= new Map()).set(made, 'ReplicationController');
      continue;
    }
    if (!listed.has(made)) listed.set(made, 'Pod');
  }
  for (const c of read.commands) named = controllersNamed(c.command, named);
  // kubectl rolling-update's progress line names both ReplicationControllers where its command line is not in the paste (dy/04).
  if (input.indexOf(SCALING_DOWN) > 0) {
    for (const m of input.matchAll(ROLLING_UPDATE_PROGRESS)) for (const name of [m[1] as string, m[2] as string]) if (!(named ??= new Map()).has(name)) named.set(name, 'ReplicationController');
  }
  // After every command that names one: a name a file's name alone gives is a guess (medium), not what a command says.
  let namedByFile: Set<string> | undefined;
  for (const c of read.commands) {
    if (c.command.text.indexOf('-rc.') < 0) continue;
    const name = rcFileNamed(c.command);
    if (name === undefined || named?.has(name) === true) continue;
    (named ??= new Map()).set(name, 'ReplicationController');
    (namedByFile ??= new Set()).add(name);
  }
  const generatedPods = marks.has('generateName:') ? podGenerateNames(input) : undefined;
  const deploymentsShown = read.otherTables.some((t) => t.kind === 'deployment') || read.commands.some((c) => c.command.verb === 'get' && c.command.args.some(asksDeploymentsFirst));
  const openshift = read.commands.some((c) => isOcTool(c.command.tool));
  const manyKind = many !== undefined && SPEAKS_OF_RCS.test(input) ? 'ReplicationController' : 'ReplicaSet';
  const moved = refused === null ? undefined : movedBases(rows, shapes, superseded, refused);
  const movedKind = moved !== undefined && SPEAKS_OF_RCS.test(input) ? 'ReplicationController' : 'ReplicaSet';
  let rke2: boolean | undefined;
  let minikube: boolean | undefined;
  // kubectl tree's REASON is a condition's, under a header without RESTARTS.
  const beforeDaemonSets = read.podTables.some((t) => t.columns.includes('REASON') && t.columns.includes('RESTARTS'));
  const ctx: FastOwnerContext = { nodes: nodeIndex, nodeIndex, fiveBaseNodes, crowded, retried, many, manyKind, moved, movedKind, lone, lonely, tokened, deploymentsShown, deploymentConfigs, openshift, nodelessPods: nodeless, minikube: () => (minikube ??= nodeIndex.has(MINIKUBE) || input.indexOf(ON_MINIKUBE) >= 0), speaksOfRke2: () => (rke2 ??= input.indexOf('rke2') >= 0), decimalHashes, secondsRuns: stamps !== null && closeStamps(stamps), beforeDaemonSets, olderGenerator: olderAway, listed, named, namedByFile, generatedPods, hashedCores, match, workload: workloadMemo() };

  // Float64Array: a key reaches 2^36 (see OWNER_SLOTS), past Int32Array's range; doubles hold it exactly.
  const preKeys = new Float64Array(n);
  // A deleted node's pods are as stale as a down node's: what they show is the last it reported.
  const down = read.nodeRows.length > 0 || deletedNodes.size > 0 ? new Set([...downNodeNames(read.nodeRows), ...deletedNodes]) : NO_NODES;
  let waitingOn = read.claims.length > 0 ? claimedPodNames(read.claims) : NO_CLAIMS;
  // A `describe pvc` of a claim not bound names the pods that mount it (Used By, Mounted By before 1.19): a bare pod's
  // claim shares no name with it, so only this says which pod waits on which claim (dv/15).
  if (expanded === null && CLAIM_USERS.some((m) => marks.has(m))) {
    const used = describedClaimUsers(lines);
    if (used !== null) waitingOn = new Map([...waitingOn, ...used]);
  }
  // A Pod's own manifest pasted beside the claim's row: its claimName says which claim it mounts (dv/03).
  if (expanded === null && read.claims.length > 0 && marks.has(CLAIM_NAME)) {
    const mounted = manifestClaimUsers(lines, read.claims);
    if (mounted !== null) waitingOn = new Map([...waitingOn, ...mounted]);
  }
  let shortenedAt = -1;
  /** The last line of the run of shortened rows that starts at shortenedAt: the problem covers them all. */
  let shortenedThrough = -1;
  let shortenedRun = true;
  // The paste's one scan (see PASTE_MARKS) spares most pastes a check per row.
  const dotted = marks.has('..') || marks.has('\u2026');
  let replacing = false;
  // A pod printed again (a watch) has one owner: read from its last line, whose status is the pod's.
  const created = read.createdPods.length > 0 ? new Set(read.createdPods) : null;
  const createdBases = created === null ? null : new Set([...created].map((p) => p.replace(TRAILING_NUMBER, '')));
  let guessedJob = false;
  let guessedDaemonSet = false;
  /** A Job guessed only from its name's words (`keycloak-init`) or despite restarts: its siblings may say more. */
  let guessedJobWeakly = false;
  let operatorHint = false;
  let podsCopied = false;
  /** Pods Airflow or Nextflow made for their tasks (see isAirflowPod, isNextflowTask): their owner's text is lent too. */
  let airflowPods = false;
  /** Rows' names, gathered once a `<pod>-<5>` needs them (see below); and the rows read as copies of a listed pod. */
  let rowNames: Set<string> | null = null;
  let copies: Set<string> | null = null;
  let lastWorkload: Workload | null = null;
  /** Rows guessed a DaemonSet's or a Job's whose owner's name ends in a number. */
  let numbered: number[] | null = null;
  /** Rows `<base>-<n>` read as bare pods for having completed. */
  let finished: number[] | null = null;
  // vCluster's host names for the pods it syncs (`<pod>-x-<namespace>-x-<vcluster>`): the paste's one scan spares other pastes a check per row.
  const vclusterNames = marks.has('-x-');
  /** Rows of pods vCluster synced, by index: their owner and component are read from the virtual pod. */
  let synced: Map<number, SyncedName> | null = null;
  // Watched pods whose earlier line showed them Completed: see succeededEarlier.
  const succeeded = lastLine === null ? null : succeededEarlier(rows, lastLine);
  for (let i = 0; i < n; i++) {
    const r = rows[i] as PodRow;
    const last = lastLine === null ? i : (lastLine[i] as number);
    const s = last === i ? r : (rows[last] as PodRow);
    // Not where the host name itself ends in a pod-template hash and a suffix: a Deployment's pod whose name holds -x- twice.
    const virtual = vclusterNames && ((shapes[i] as number) & 15) !== (DEPLOYMENT | 8) ? syncedName(r.name) : null;
    if (virtual !== null) (synced ??= new Map()).set(i, virtual);
    const packed = virtual === null ? (shapes[i] as number) : packedShape(virtual.pod);
    // `2/3 Error 0 5s`: one container ended, the others still ready, in the pod's first minute (see ownerOf).
    // So too an init container's end (`Init:Error 0 20s`): the kubelet may be about to run it again.
    const endUnsure = (packed & 7) === FIVE && s.ageSeconds !== null && s.ageSeconds < YOUNG_END_SECONDS && s.status !== null && ((s.ready !== null && s.ready.ready > 0 && ended(s.status)) || endedInit(s.status));
    const restarted = s.restarts !== null && s.restarts.count > 0;
    // A row without RESTARTS counts as never restarted here: the owner guess only weighs it, it sets no phase.
    const endSettled = endedForGood(s, true);
    const endedStatus = succeeded !== null && succeeded.has(last) ? 'Completed' : s.status;
    let workload = virtual === null
      ? ownerOf(r.name, packed, r.namespace, r.node, endedStatus, ctx, restarted, endUnsure, endSettled)
      : ownerOf(virtual.pod, packed, virtual.namespace, r.node, endedStatus, ctx, restarted, endUnsure, endSettled);
    // Its own describe names its owner: no guess left.
    if (described !== null && virtual === null) {
      const d = described.get(r.name);
      if (d !== undefined && d !== null && (d.namespace === null || r.namespace === null || d.namespace === r.namespace)) {
        if (d.ownerKind !== null) workload = describedOwner(d.ownerKind, d.ownerName, r.name, workload, ctx, d.deploymentConfig) ?? workload;
        // No controller owns it (see Described.uncontrolled): a bare pod, whatever its name looks like. Not a static pod
        // before 1.21, whose mirror had no owner to name yet.
        else if (d.uncontrolled && workload.kind !== 'StaticPod') workload = ctx.workload('Pod', r.name, 'high');
      }
    }
    // That describe key dates the paste to Kubernetes 1.0 or 1.1, whose API server served no DaemonSets unless asked to:
    // a `<name>-<5>` pod then was a ReplicationController's (ej/01: frontend-81lqv beside the described elasticsearch RC's).
    if (kubernetes11 && workload.kind === 'DaemonSet' && workload.confidence !== 'high') workload = ctx.workload('ReplicationController', workload.name, workload.confidence);
    // Its own labels name its owner (a LABELS column): rare, so checked only where the row has labels.
    if (r.labels !== null && virtual === null && !(workload.kind === 'Job' && workload.confidence === 'high')) workload = labelledOwner(r.labels, r.name, workload, ctx) ?? workload;
    // A name shortened in the paste ("jupyter-...-488") keeps its shape's guess, not its confidence. One whose end was
    // cut (`source-controller-...`, `grafana-7865f4fc6d-...`): its owner is read from what is left, a guess.
    // A pod vCluster synced is read so from its virtual name (`coredns-...` of `coredns-...-x-kube-system-x-demo`).
    if (dotted && isShortened(r.name)) {
      if (shortenedAt < 0) shortenedAt = shortenedThrough = r.line;
      else if (shortenedRun && r.line === shortenedThrough + 1) shortenedThrough = r.line;
      else shortenedRun = false;
      const shown = virtual === null ? r.name : virtual.pod;
      const namespace = virtual === null ? r.namespace : virtual.namespace;
      // A range written out (`databox-0 … databox-4`): its first name's owner, never one named with the range.
      const space = shown.indexOf(' ');
      if (space > 0) {
        const first = shown.slice(0, space);
        workload = ownerOf(first, packedShape(first), namespace, r.node, endedStatus, ctx, restarted, endUnsure, endSettled);
      }
      const cut = workload.kind === 'Pod' ? ownerBeforeEllipsis(shown, namespace, ctx) : null;
      if (cut !== null) workload = cut;
      else if (workload.confidence !== 'low') workload = ctx.workload(workload.kind, workload.name, 'low');
    }
    // `pod/vignesh-pod-1 created` above it: a pod made as such, whatever its name looks like.
    if (created !== null && workload.confidence !== 'high' && workload.kind !== 'StaticPod' && created.has(r.name)) workload = ctx.workload('Pod', r.name, 'high');
    // `vignesh-pod-2` beside `pod/vignesh-pod-1 created`: numbered by hand like its sibling, not a StatefulSet's ordinal.
    else if (createdBases !== null && workload.kind === 'StatefulSet' && workload.confidence !== 'high' && createdBases.has(workload.name)) workload = ctx.workload('Pod', r.name, 'medium');
    // `<pod>-<5>` beside a row of that very pod: no controller names its pods after another pod, a program copied it
    // (Admiralty's delegate pod, in the target cluster, of the proxy pod test-flxlv in the source: dh/15), so no Job
    // named `<pod>` owns it.
    if (virtual === null && workload.kind !== 'Pod' && workload.confidence !== 'high' && (packed & 7) === FIVE && generatedTwice(r.name.slice(0, packed >>> 4))) {
      rowNames ??= new Set(rows.map((x) => x.name));
      if (rowNames.has(r.name.slice(0, packed >>> 4))) {
        workload = ctx.workload('Pod', r.name, 'low');
        (copies ??= new Set()).add(r.name);
        podsCopied = true;
      }
    }
    r.workload = workload;
    if (workload.confidence !== 'high') {
      if (workload.kind === 'Job') {
        guessedJob = true;
        if (workload.confidence === 'low') guessedJobWeakly = true;
      } else if (workload.kind === 'DaemonSet') guessedDaemonSet = true;
      // `<base>-<n>` read as a bare pod because it completed: its siblings are no StatefulSet's either (see finishedFamilies).
      else if (workload.kind === 'Pod' && workload.confidence === 'low' && (packed & 7) === ORDINAL && virtual === null) (finished ??= []).push(i);
      // A copy of another pod (see copiedPod), whose text says so.
      else if (!podsCopied && workload.kind === 'Pod' && (packed & 7) === FIVE && virtual === null && copiedPod(r.name.slice(0, packed >>> 4))) podsCopied = true;
      // `<job>-<index>-<5>`: maybe an Indexed Job's pod (see indexedJobs); so may be the `<dc>-<revision>-<5>` an `oc`
      // prompt alone made a DeploymentConfig's (medium).
      if ((workload.kind === 'Job' || workload.kind === 'DaemonSet') && isDigit(workload.name.charCodeAt(workload.name.length - 1))) (numbered ??= []).push(i);
      else if (workload.kind === 'DeploymentConfig' && workload.confidence === 'medium' && (packed & 7) === FIVE && virtual === null) (numbered ??= []).push(i);
    }
    if (!airflowPods && workload !== null && workload.kind === 'Pod' && (isAirflowPod(r.name) || isNextflowTask(r.name))) airflowPods = true;
    // An operator's hand (a RayCluster's head, a Strimzi cluster's entity operator, CloudNativePG's, Tekton's or
    // Argo Workflows' controller, a CloudNativePG job pod): see operatorOwners. Workloads are shared objects:
    // each one is looked at once.
    if (!operatorHint && workload !== lastWorkload && (lastWorkload = workload) !== null && (operatorMark(workload) || argoOneStep(workload, r) || arcRunnerGuess(workload, r))) operatorHint = true;
  }
  if (numbered !== null && numbered.length > 1) indexedJobs(rows, numbered, ctx);
  // A pod deleted by name (`kubectl delete pod static-web-my-node1`): rare, so looked for only among the commands.
  const deletedPods = podsDeleted(read.commands);
  if (deletedPods !== null) mirrorPods(rows, shapes, deletedPods, read.commands, lines, ctx);
  // Or what kubectl printed for it (`pod "x" deleted`), the command itself typed through an alias (`kube delete po x`).
  const printedDeleted = read.messages.some((m) => m.id === 'resource-changed') ? podsDeletedPrinted(read.messages, lines) : null;
  const deletedAnyhow = printedDeleted === null ? deletedPods : deletedPods === null ? printedDeleted : new Map([...printedDeleted, ...deletedPods]);
  const deletedLater = deletedAnyhow === null ? undefined : rowsDeletedLater(rows, deletedAnyhow, superseded);
  if (guessedJobWeakly) shortenedHashes(rows, ctx);
  if (guessedJob && (guessedDaemonSet || guessedJobWeakly)) oneGuessPerOwner(rows, ctx);
  const listedKinds = operatorKindsListed(read.commands) | operatorKindsShown(read.workloads) | (read.otherTables.some((t) => fleetColumns(t.columns)) ? FLEETS_LISTED : 0);
  const cnpgColumns = read.podTables.some((t) => t.columns.includes(CNPG_ROLE_COLUMN) || t.columns.includes(CNPG_OLD_ROLE_COLUMN) || t.columns.includes('LABELS'));
  // CatalogSources, StorageClusters or EtcdClusters listed: the names their tables and commands give.
  let resources = (listedKinds & RESOURCES_LISTED) !== 0 ? operatorResourcesNamed(read.commands, read.otherTables, lines, read.kinds) : null;
  // A CloneSet the text names where no kubectl command line does (`kubectl-kruise rollout status cloneset/app-web`).
  if (marks.has('loneset') || marks.has('loneSet')) resources = cloneSetsNamed(input, resources);
  // An operator's resource the paste shows created (`job.batch.volcano.sh/<x> created`): kubectl's own lines, few.
  resources = resourcesCreated(read.messages, lines, resources);
  // Or one a selector names (`get pods -l jobset.sigs.k8s.io/jobset-name=jaxjob`, as JobSet's own docs list its pods).
  if (marks.has(JOBSET_NAME_LABEL)) resources = jobSetsSelected(read.commands, resources);
  const ann = new Annotator();
  ann.shortenedNames = shortenedAt > 0;
  // A doc's template (`<release-name>-mimir-ruler-...`, `harbor-core-xxx`): the paste's one scan spares other pastes a look at each name.
  // A whole name may be one (`<pod_name>   0/1   ImagePullBackOff`, hunt dj/20): valuesOf saw it start with `<`.
  const placeholderAt = anglesSeen || marks.has('>-') || marks.has('-<') || marks.has('-xxx') || marks.has('-XXX') || marks.has('xxx-') || marks.has('XXX-') ? firstPlaceholderName(rows) : -1;
  ann.placeholderNames = placeholderAt > 0;
  // A selector naming a CloudNativePG cluster (its services' `cnpg.io/cluster=<cluster>`, `get pods -l ...`): see operatorOwners.
  const cnpgSelectors = marks.has(CNPG_CLUSTER_SELECTOR);
  const cnpgListed = read.otherTables.length > 0 ? cnpgClustersListed(read.otherTables, lines, read.kinds) : null;
  /** RayJobs' submitter Jobs (see operatorOwners), by `<namespace>\u0000<job>`. */
  const submitters = new Set<string>();
  if (operatorHint || listedKinds !== 0 || cnpgColumns || cnpgSelectors || resources !== null || cnpgListed !== null) ann.ownersBorrowed = operatorOwners(rows, ctx, listedKinds, read.commands, input, cnpgSelectors, resources, cnpgListed, submitters);
  if (submitters.size > 0) ann.submitters = submitters;
  if (podsCopied || airflowPods) ann.ownersBorrowed = true;
  leaderWorkerSets(rows, ctx, input);
  ann.copies = copies;
  // KubeBlocks 0.9 on runs a Cluster's components as InstanceSets: the paste's one scan spares other pastes the look.
  if (marks.has(KUBEBLOCKS)) kubeBlocksInstanceSets(rows, input, ctx);
  // After the operators' readings: a family an operator's hand explains keeps its owner.
  if (finished !== null) finishedFamilies(rows, finished, shapes, ctx);
  // A Deployment the paste's commands name (`kubectl rollout undo deployment/my-deployment`) whose pods show as
  // `<deployment>-<n>`: names shortened by hand, not a StatefulSet of the same name (dy/14).
  const deployments = deploymentsNamed(read.commands);
  if (deployments !== null) {
    for (const r of rows) {
      const w = r.workload;
      if (w !== null && w.kind === 'StatefulSet' && w.confidence !== 'high' && deployments.has(w.name)) r.workload = ctx.workload('Deployment', w.name, 'low');
    }
  }
  const comps = new Array<ComponentInfo | null>(n);
  /** Namespaces a project was installed in instead of its own (`storage` for Longhorn's longhorn-system), to that one. */
  let movedHomes: Map<string, string[]> | null = null;
  let unmatched = false;
  let prometheusOperator = false;
  /** A PGO repo host, which names its PostgresCluster: see pgoInstanceSets. */
  let pgoRepoHost = false;
  /** A PXC set or the PXC operator: see pxcProxies. */
  let pxcShown = false;
  /** The MongoDB Community operator: see mongodbCommunitySets. */
  let mongodbOperator = false;
  /** A part that names its cluster's other parts (TiDB's <cluster>-pd): see clusterSiblings. */
  let siblingsNamed = false;
  /** A training job's pods, perhaps a Katib trial's: see katibSuggestions. */
  let trialsShown = false;
  /** An unmatched workload bears a name of a family of parts (JupyterHub's hub): see familiesTogether. */
  let familyHint = false;
  let lastUnmatched: Workload | null = null;
  /** A row in a namespace `vcluster-<name>` (the vCluster CLI's): see vclusterControlPlanes. */
  let vclusterNamespace = false;
  for (let i = 0; i < n; i++) {
    const r = rows[i] as PodRow;
    const virtual = synced === null ? undefined : synced.get(i);
    // A synced pod is the virtual cluster's: its component by its name and namespace there (coredns in kube-system).
    const comp = virtual === undefined ? componentOf(r, ctx) : componentOf({ ...r, name: virtual.pod, namespace: virtual.namespace }, ctx);
    comps[i] = comp;
    // Pods of one workload share its object: each workload is looked up once. A family's own entry read (the Logging operator)
    // may vouch for its parts too.
    if (!familyHint && (comp === null ? r.workload !== lastUnmatched && (lastUnmatched = r.workload) !== null && familiesOf(lastUnmatched.name).length > 0 : comp.family !== null)) familyHint = true;
    if (comp === PROMETHEUS_OPERATOR) prometheusOperator = true;
    else if (comp === PGO_REPO_HOST || comp === PGO_V4_REPO) pgoRepoHost = true;
    else if (comp === PXC || (comp === DATABASE_OPERATOR && PXC_OPERATORS.has(r.workload?.name ?? ''))) pxcShown = true;
    if (comp === DATABASE_OPERATOR && r.workload?.name === MONGODB_COMMUNITY_OPERATOR) mongodbOperator = true;
    else if (comp === TIDB_PD || comp === VITESS_TABLET) siblingsNamed = true;
    // A Job the knowledge base knows whose own name ends in what reads as a pod-template hash (Rook's
    // rook-ceph-osd-prepare-<pvc>-<6 chars>, one Job per PVC): the Job's, not a Deployment's; the Job the name's shape
    // guessed (six characters no hash holds, see ownerOf) for sure.
    const w = r.workload as Workload;
    // Not CloudNativePG's: known by the Job operatorOwners read, which weighed how sure it is.
    if (comp !== null && comp.kind === 'Job' && comp !== CNPG_JOB && ((w.kind === 'Deployment' && ctx.listed.get(w.name) !== 'Deployment') || (w.kind === 'Job' && w.confidence !== 'high' && w.name.length === r.name.length - 6))) {
      r.workload = ctx.workload('Job', r.name.slice(0, r.name.lastIndexOf('-')), 'high');
    }
    // Looked for among the rows' namespaces, the only ones vclusterControlPlanes reads, not in the whole paste.
    if (!vclusterNamespace && r.namespace !== null && r.namespace.charCodeAt(0) === 118 && r.namespace.startsWith(VCLUSTER_NAMESPACE)) vclusterNamespace = true;
    if (comp === null) {
      unmatched = true;
      if (!trialsShown && TRIAL_KINDS.has(w.kind)) trialsShown = true;
    } else if (virtual === undefined && r.namespace !== null && !comp.onlyInNamespaces && comp.namespaces.length > 0 && !comp.namespaces.includes(r.namespace) && !comp.namespaces.includes('kube-system')) {
      movedHomes ??= new Map();
      if (!movedHomes.has(r.namespace)) movedHomes.set(r.namespace, [...comp.namespaces]);
    }
  }
  // A project's generic names count only in its own namespace (`csi-attacher` in longhorn-system): where the paste shows
  // its main pod elsewhere (longhorn-manager in storage), they count there too.
  if (movedHomes !== null && unmatched) {
    for (let i = 0; i < n; i++) {
      const r = rows[i] as PodRow;
      const homes = comps[i] === null && r.namespace !== null ? movedHomes.get(r.namespace) : undefined;
      if (homes === undefined) continue;
      for (const home of homes) {
        const c = componentOf({ ...r, namespace: home }, ctx);
        if (c !== null && c.namespaces.includes(home)) {
          comps[i] = c;
          break;
        }
      }
    }
  }
  if (unmatched && (synced !== null || vclusterNamespace)) vclusterControlPlanes(rows, comps, synced);
  if (unmatched) {
    // Only guessed DaemonSets and Jobs can be agents; the paste's one scan spares most pastes the look at each row.
    if ((guessedDaemonSet || guessedJob) && (marks.has('jenkins') || marks.has('jnlp'))) jenkinsAgents(rows, comps, ctx);
    projectHomeWithoutNamespace(rows, comps, ctx);
    familiesWithoutNamespace(rows, comps, ctx);
    if (familyHint) familiesTogether(rows, comps, ctx);
    if (prometheusOperator) operatorsPrometheus(rows, comps, ctx);
    if (siblingsNamed) clusterSiblings(rows, comps, ctx);
    if (pgoRepoHost) pgoInstanceSets(rows, comps, ctx);
    if (pxcShown) pxcProxies(rows, comps);
    if (mongodbOperator) mongodbCommunitySets(rows, comps);
    // `-server` ends anyone's StatefulSet: a RabbitmqCluster's only where the paste's other tables show that cluster.
    if (read.otherTables.length > 0) rabbitmqServers(rows, comps, read.otherTables, lines, read.kinds);
    if (trialsShown) katibSuggestions(rows, comps);
    selectedComponents(comps, listings);
  }
  // A Pending pod whose FailedScheduling event the paste shows: the scheduler tried and could not place it.
  const unschedulable = marks.has(UNSCHEDULABLE_MARK) && expanded === null ? unschedulableRows(rows, lines, read.commands) : null;
  // A pod waiting to start whose FailedMount or FailedAttachVolume event the paste shows: its volume is what holds it.
  const volumeFailing = expanded === null && VOLUME_MARKS.some((m) => marks.has(m)) ? volumeFailingRows(rows, lines, read.commands) : null;
  // A restarted pod whose failing liveness or startup probe the paste's events show: the kubelet killed it.
  const probeKilled = expanded === null && marks.has(PROBE_MARK) ? probeKilledRows(rows, lines, read.commands) : null;
  let pendingSettled: number[] | null = null;
  const onDownNode = (r: PodRow): boolean => down.size > 0 && r.node !== null && down.has(r.node);
  const isSynced = (i: number): boolean => synced !== null && synced.has(i);
  const componentOfRow = (r: PodRow): ComponentInfo | null => (r.component === null ? null : (componentById(r.component) ?? null));
  for (let i = 0; i < n; i++) {
    const r = rows[i] as PodRow;
    const workload = r.workload as Workload;
    if (replacingOwner(workload) !== null) replacing = true;
    const comp = comps[i] as ComponentInfo | null;
    r.component = comp === null ? null : comp.id;
    const claim = waitingOn.size > 0 && r.status === 'Pending' ? claimWaitedOn(waitingOn, r) : null;
    const claimPending = claim !== null;
    preKeys[i] = ann.annotate(r, comp, false, onDownNode(r), claimPending, false, unschedulable !== null && unschedulable.has(i), isSynced(i));
    // Not slow but failing: the kubelet retries the mount, yet what it says (a server refusing, a volume attached to
    // another node) does not clear by waiting (dv/05).
    if (volumeFailing !== null && volumeFailing.has(i) && r.severity === 'progress') r.severity = 'warning';
    // The claim the paste shows unbound is what holds the pod: its events (no StorageClass, a provisioner failing) come
    // first, before the pod's, which only repeat "unbound PersistentVolumeClaims" (dv/13).
    if (claim !== null) {
      const c = fillCommand(DESCRIBE_CLAIM, claim, r.namespace, null);
      if (c !== null) r.next = [c, ...r.next];
    }
    // A StatefulSet's pod gets claims of its own from its volumeClaimTemplates (`<template>-<pod>`), made with it: one not
    // bound keeps it Pending on no node as often as anything does (dz/07, dz/09, dz/18). Where the paste shows no claims,
    // their STATUS is the next look; a minute in, the scheduler has had its tries. Not where the paste's FailedScheduling
    // event says another reason (Insufficient cpu, a taint): that one is what holds it.
    else if (r.status === 'Pending' && r.node === null && read.claims.length === 0 && workload.kind === 'StatefulSet' && workload.confidence !== 'low' && (r.ageSeconds === null || r.ageSeconds >= STATEFUL_CLAIM_SECONDS) && !otherThanClaims(unschedulable?.get(i))) {
      const c = fillCommand(GET_CLAIMS, r.name, r.namespace, null);
      if (c !== null) r.next = [...r.next, c];
    }
    if (r.severity === 'progress' && r.status === 'Pending' && r.ageSeconds !== null && r.ageSeconds >= PEERS_SETTLED && !claimPending) (pendingSettled ??= []).push(i);
  }
  // Pending a few minutes while pods created with it run (hunt bp/07): annotated again as held, the few there are.
  if (pendingSettled !== null) {
    const held = pendingBesidePeers(rows, superseded, pendingSettled);
    for (const i of held) {
      const r = rows[i] as PodRow;
      preKeys[i] = ann.annotate(r, componentOfRow(r), false, onDownNode(r), false, true, false, isSynced(i));
    }
    for (const i of pendingBesideCreator(rows, superseded, pendingSettled)) {
      if (held.includes(i)) continue;
      const r = rows[i] as PodRow;
      preKeys[i] = ann.annotate(r, componentOfRow(r), false, onDownNode(r), false, false, false, isSynced(i), false, true);
    }
  }
  if (shortenedAt > 0) {
    const problem: Problem = { line: shortenedAt, code: 'name-shortened', message: 'Pod names shortened with "..." in the paste: the owners read from them are guesses.' };
    if (shortenedThrough > shortenedAt) problem.through = shortenedThrough;
    model.problems.push(problem);
    model.problems.sort((a, b) => a.line - b.line);
  }
  if (placeholderAt > 0) {
    model.problems.push({ line: placeholderAt, code: 'name-placeholder', message: 'Pod names with a placeholder (<release-name>, xxx), from a doc\'s template or hidden by hand: no pod is named so. Their commands find yours by the rest of the name.' });
    model.problems.sort((a, b) => a.line - b.line);
  }
  // Replaced attempts need every row's owner first: the few there are get annotated again.
  const replaced = replacing ? replacedAttempts(rows, superseded) : NONE_REPLACED;
  for (const i of replaced) {
    const r = rows[i] as PodRow;
    preKeys[i] = ann.annotate(r, componentOfRow(r), true, onDownNode(r), false, false, false, isSynced(i));
  }
  // Set inside the row sink: TypeScript does not see it change there.
  const listedFailed = failedListed as number[] | null;
  if (listedFailed !== null) {
    for (const i of listedFailed) {
      const r = rows[i] as PodRow;
      if (superseded.has(i)) continue;
      // A controller that keeps pods running deletes a failed one's place in its count and makes another, which the
      // selector hides (hunt cz/16: a node shut down, its Deployments' pods Error and ContainerStatusUnknown). A
      // Job's pod or a bare one is not replaced by anything the paste could show, so it keeps its severity.
      const replacedUnseen = r.workload !== null && (replacingOwner(r.workload) === 'replicaset' || r.workload.kind === 'DaemonSet' || r.workload.kind === 'StatefulSet');
      preKeys[i] = ann.annotate(r, componentOfRow(r), replacedUnseen, onDownNode(r), false, false, false, isSynced(i), true);
    }
  }
  // kubectl refused a logs command for a pod of several containers: its logs commands name the containers it listed.
  if (read.messages.some((m) => m.id === 'container-name-needed')) nameContainers(rows, containersListed(read.messages, lines));
  // A listing of another context's or kubeconfig's cluster: its pods' next commands must reach that cluster too; typed
  // with oc, or in a namespace a shell variable holds, they are typed the same way.
  if (marks.has('--context') || marks.has('--kubeconfig') || marks.has(SKIP_TLS) || read.commands.some((c) => isOcTool(c.command.tool) || c.command.text.indexOf('$') >= 0)) {
    carryListingCommands(rows, headerlessRuns.length === 0 ? listings : [...listings, ...headerlessRuns]);
  }

  const tableCommands = read.podTables.map((t) => t.command);
  const tableWide = read.podTables.map((t) => t.columns.includes('IP') || t.columns.includes('NODE'));
  // Owners known now: a DaemonSet's stopped pod its successor on the node followed in the watch.
  if (lastLine !== null && input.indexOf('Terminating') >= 0) {
    for (const j of stoppedDaemonPods(rows, superseded)) {
      deleted.add(j);
      gone.add(j);
      superseded.add(j);
    }
  }
  const cutLines = new Set(read.problems.filter((p) => p.code === 'truncated-row').map((p) => p.line));
  const result = inferCluster({ rows, superseded, cutLines, gone, replaced, changes, elided, nodeRows: read.nodeRows, deletedNodes, claims: read.claims, terminatingNamespaces: read.terminatingNamespaces, deleted, deletedLater, tableCommands, headerlessCommands, microk8s: read.commands.some((c) => c.command.tool.startsWith('microk8s')), microk8sNamed: marks.has(MICROK8S_MARK), tableWide, tableLines, repeatsInOneTable, withNodeColumn, allNamespacesLines: (allNamespacesLines as number[] | null) ?? [], namespaceNamedAt: read.commands.find((c) => c.command.namespace !== null)?.line ?? helmNamespaceLine(read.kinds, lines), otherClusters, describedAddresses: describedAddresses(described), hiddenIpv6Lines: hiddenIpv6Lines ?? undefined, unplaced: describedUnplaced(rows, withNodeColumn, described), workloads: read.workloads, expected: expected ?? undefined, pressureTaints: (marks.has(PRESSURE_MARK) || marks.has(CONDITION_MARK)) && expanded === null ? (pressureTaintLines(lines) ?? undefined) : undefined, resizeRestarts: marks.has(RESIZE_MARK) && expanded === null ? resizeRestarts(lines) : undefined, soleNode: read.nodeRows.length > 0 ? soleListedNode(read.nodeRows, read.otherTables) : undefined, nodesFiltered: read.nodeRows.length > 0 && read.otherTables.some((t) => t.kind === 'node' && t.command !== null && t.command.verb === 'get' && !listsAllNodes(t.command)), unschedulable: unschedulable ?? undefined, volumeFailing: volumeFailing ?? undefined, probeKilled: probeKilled ?? undefined, helmRelease: marks.has(HELM_MARK) ? (helmUpgradedRelease(read.kinds, lines) ?? undefined) : undefined, endsAtPrompt: tablesEndingAtPrompt(rows, tableLines, read.kinds) });
  // Explanations last: the network one (set by the cluster stage) closes the list. Shared per combination.
  for (let i = 0; i < n; i++) {
    const r = rows[i] as PodRow;
    r.explanations = ann.explanations(preKeys[i] as number, r.network);
  }
  markRestarting(rows, result.findings);
  markHeldRows(rows, result.findings);
  dropLogsOfNoNode(rows, result.findings);
  const systemGuess = result.findings.find((f) => f.id === 'namespace-unknown-system');
  if (systemGuess !== undefined) nextInKubeSystem(rows, systemGuess, ann);
  model.nodes = result.nodes;
  model.cluster = result.cluster;
  model.findings = result.findings;
  // A table flattened onto one line gives its rows one line: a finding names it once (hunt cr/12: "line 1, 1, 1...").
  if (model.problems.some((p) => p.code === 'flattened-rows')) for (const f of model.findings) f.rows = [...new Set(f.rows)];
  if (expanded !== null) mapBack(model, expanded.origin, pasted.length);
  return model;
}

/** Findings about one pod's own restarts (not a node's reboot, which restarts-together reports). */
const RESTART_FINDING_IDS: ReadonlySet<string> = new Set(['restarts-recent', 'restarts-many', 'restarts-young', 'restarts-recent-pods', 'restarts-young-pods', 'restarts-many-pods', 'static-restarts-looping', 'static-restarts-leader-election', 'static-restarts-leader-election-moment', 'restarts-young-containers', 'restarts-recent-containers', 'restarts-many-containers', 'restarts-young-init', 'restarts-recent-init', 'restarts-many-init', 'restarts-young-owner', 'restarts-recent-owner', 'restarts-many-owner', 'restarts-settled', 'restarts-settled-owner', 'static-restarts-looping-others', 'restarts-beyond-together']);

/**
 * A pod the findings warn restarted lately or often is no `ok` row, even while it shows Running 1/1: the table and the
 * findings would otherwise disagree on the same pod (`Running ✔ ok` beside "restarted 40 times, the last 2m ago"), nor
 * one in progress. Its row turns `warning` and says why, after its status's text; rows already worse keep their severity.
 * Where the finding is an error about that pod alone, or about pods that each restarted alike, the row is one too (hunt
 * bz/15, cb/06: a `! warning` row beside its own `✖ error` finding); a summary of many pods that is an error for its
 * worst one leaves the others' rows warnings.
 */
function markRestarting(rows: readonly PodRow[], findings: readonly Finding[]): void {
  // By line (a flag per line: a summary finding may list thousands), and by name where a finding names its one pod:
  // rows of a table flattened onto one line share their line.
  let marked: Uint8Array | null = null;
  let named: Map<number, ReadonlySet<string>> | null = null;
  const lastLine = rows.length === 0 ? 0 : (rows[rows.length - 1] as PodRow).line;
  for (const f of findings) {
    if (!RESTART_FINDING_IDS.has(f.id) || (f.severity !== 'warning' && f.severity !== 'error')) continue;
    marked ??= new Uint8Array(lastLine + 1);
    const mark = f.severity === 'error' && !f.id.endsWith('-pods') ? 2 : 1;
    for (const l of f.rows) if (l <= lastLine && (marked[l] as number) < mark) marked[l] = mark;
    // Its one pod by `name`, or its pods by `names` where its rows are one line (ee/13: the leader-election pair of a
    // flattened table, whose every pod would otherwise be marked).
    if (f.rows.length === 1 && typeof f.vars.name === 'string') (named ??= new Map()).set(f.rows[0] as number, new Set([f.vars.name]));
    else if (typeof f.vars.names === 'string' && f.rows.length > 0 && f.rows.every((l) => l === f.rows[0])) (named ??= new Map()).set(f.rows[0] as number, new Set(f.vars.names.split(', ')));
  }
  if (marked === null) return;
  const lists = new Map<readonly string[], string[]>();
  for (const r of rows) {
    // Nor a Running pod still starting: restarts while it starts are no normal progress (1/2, 4 restarts in 1m). A
    // Terminating or waiting one keeps its own text, which says what it does now.
    const mark = marked[r.line] as number;
    if (mark === 0) continue;
    // A pod already a warning (not ready, held in Init:2/4) whose own finding is an error takes the error; its text
    // stays (hunt cj/12: an init container restarted 41 times, the last 104s ago). Not one being deleted: its
    // restarts are over.
    if (mark === 2 && r.severity === 'warning' && r.status !== 'Terminating') {
      const names = named === null ? undefined : named.get(r.line);
      if (names === undefined || names.has(r.name)) r.severity = 'error';
      continue;
    }
    if (r.severity !== 'ok' && (r.severity !== 'progress' || r.status !== 'Running')) continue;
    const names = named === null ? undefined : named.get(r.line);
    if (names !== undefined && !names.has(r.name)) continue;
    r.severity = mark === 2 ? 'error' : 'warning';
    r.explanations = withNote(lists, r.explanations, 'explain.restarting');
  }
}

/**
 * `explanations` with `note` right after the status's text, shared per list (`lists`): rows with one combination share
 * one frozen array, as the annotator's lists are.
 */
function withNote(lists: Map<readonly string[], string[]>, explanations: readonly string[], note: string): string[] {
  let list = lists.get(explanations);
  if (list === undefined) {
    list = [...explanations];
    list.splice(Math.min(1, list.length), 0, note);
    Object.freeze(list);
    lists.set(explanations, list);
  }
  return list;
}

/**
 * Rows a finding says are held, not on their way: [finding, the rows' status, the note saying why]. Each finding is
 * a warning or an error about pods whose own status reads as progress, and the table should not disagree with it.
 * In this order: a row two findings hold keeps the first one's note.
 */
const HELD_BY_FINDING: readonly (readonly [FindingId, string, string])[] = [
  // A Terminating pod whose replacement has run for long (hunt cf/06: a jenkins-1 pod `progress` for 3d beside its 20m-old successor).
  ['terminating-stuck', 'Terminating', 'explain.terminating-stuck'],
  ['terminating-stuck-node-down', 'Terminating', 'explain.terminating-stuck'],
  // A DNS pod creating its sandbox for minutes beside a CNI that runs (hunt cl/17): held by the node's CNI set-up.
  ['dns-creating-cni-running', 'ContainerCreating', 'explain.creating-cni-running'],
  // Pods Pending while no kube-scheduler runs (hunt di/01, di/10): nothing is about to place them.
  ['pending-scheduler-down', 'Pending', 'explain.pending-no-scheduler'],
  ['control-plane-incomplete-scheduler', 'Pending', 'explain.pending-no-scheduler'],
  // Pods Pending with no node while every node listed is not Ready (hunt dw/11): nothing will place them before one is.
  ['pending-no-ready-node', 'Pending', 'explain.pending-no-ready-node'],
  // Pods waiting for a network (CNI) that fails, on the CNI and not on time (dp/04: metrics-server Pending 7m beside four
  // calico-node pods stuck in Init:0/3; dp/13: kube-dns creating beside flannel's crash loop).
  ...(['pods-waiting-failing-cni', 'pods-waiting-failing-cnis', 'pods-waiting-cni-controller'] as const).flatMap((id) => [[id, 'Pending', 'explain.waiting-failing-cni'], [id, 'ContainerCreating', 'explain.waiting-failing-cni']] as const),
];

function markHeldRows(rows: readonly PodRow[], findings: readonly Finding[]): void {
  for (const [id, status, note] of HELD_BY_FINDING) markHeld(rows, findings, id, status, note);
}

/**
 * The one node the paste's tables of nodes show, where each is a whole `kubectl get nodes` (no name, no selector, no
 * pipe): the cluster has no other, so a pod Running is on it wherever no NODE cell says so (hunt cv/09).
 */
function soleListedNode(nodeRows: readonly NodeRow[], tables: readonly TableInfo[]): string | undefined {
  const name = (nodeRows[0] as NodeRow).name;
  for (const n of nodeRows) if (n.name !== name) return undefined;
  for (const t of tables) if (t.kind === 'node' && !listsAllNodes(t.command)) return undefined;
  return name;
}

/** `get nodes` (`no`, `node`, with other kinds `nodes,pods`), no name nor selector: another command's table is a guess. */
function listsAllNodes(c: KubectlCommand | null): boolean {
  return c !== null && c.verb === 'get' && !c.filtered && c.args.length === 1 && (c.args[0] as string).split(',').some((k) => NODE_KINDS.has(k));
}
const NODE_KINDS: ReadonlySet<string> = new Set(['nodes', 'node', 'no']);

/**
 * The rows pods-ran-no-node names lose their `kubectl logs`: the API server reads logs from the pod's node through its
 * kubelet, and these have none there (hunt cw/11, Karmada: the logs are in a member cluster).
 */
function dropLogsOfNoNode(rows: readonly PodRow[], findings: readonly Finding[]): void {
  const f = findings.find((x) => x.id === 'pods-ran-no-node');
  if (f === undefined) return;
  const lines = new Set(f.rows);
  for (const r of rows) if (lines.has(r.line) && r.next.some(isLogs)) r.next = r.next.filter((c) => !isLogs(c));
}

function isLogs(c: NextCommand): boolean {
  return c.why.startsWith('why.logs');
}

/** Rows in `status` a finding `id` says are held: `warning`, with `note` saying why, where they read as progress. */
function markHeld(rows: readonly PodRow[], findings: readonly Finding[], id: string, status: string, note: string): void {
  const f = findings.find((x) => x.id === id);
  if (f === undefined) return;
  const lines = new Set(f.rows);
  const lists = new Map<readonly string[], string[]>();
  for (const r of rows) {
    if (r.status !== status || r.severity !== 'progress' || !lines.has(r.line)) continue;
    r.severity = 'warning';
    r.explanations = withNote(lists, r.explanations, note);
  }
}

/** The namespace namespace-unknown-system reads from the pods themselves (hunt cl/01-03). */
const SYSTEM_NAMESPACE = 'kube-system';

/**
 * Rows without a namespace that are all system pods of kube-system (namespace-unknown-system): their commands carry
 * `-n kube-system`, since as printed they would run in the current namespace (default, most often) and answer NotFound
 * for every pod. The row still shows no namespace, and both its text and each command's reason say the `-n` is read
 * from the pods, not from the paste.
 */
function nextInKubeSystem(rows: readonly PodRow[], finding: Finding, ann: Annotator): void {
  const lines = new Set(finding.rows);
  // A pod's earlier lines (printed again below, hunt cy/27) are the same pod, or one of the same name beside it: the
  // finding counts its last line only, and the earlier ones are as much kube-system's.
  const names = new Set<string>();
  for (const r of rows) if (r.namespace === null && lines.has(r.line)) names.add(r.name);
  const lists = new Map<readonly string[], string[]>();
  for (const r of rows) {
    if (r.namespace !== null || !names.has(r.name)) continue;
    r.next = ann.nextInferred(r, SYSTEM_NAMESPACE);
    let list = lists.get(r.explanations);
    if (list === undefined) {
      list = Object.freeze(r.explanations.map((e) => (e === 'explain.namespace-unknown' ? 'explain.namespace-inferred-system' : e))) as string[];
      lists.set(r.explanations, list);
    }
    r.explanations = list;
  }
}

/**
 * Rows printed again further down (same namespace and name): all but the last line of each pod. An
 * open-addressing table of row indices keyed by a hash of the two strings: no Map entry per row.
 */
function supersededRows(rows: readonly PodRow[]): Set<number> {
  const out = new Set<number>();
  const n = rows.length;
  if (n < 2) return out;
  let size = 16;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  // Each row's hash, so a probe that meets another pod compares two numbers, not two rows far apart in memory.
  const hashes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i] as PodRow;
    const ns = r.namespace ?? '';
    const name = r.name;
    let h = 0x811c9dc5;
    for (let k = 0; k < ns.length; k++) h = Math.imul(h ^ ns.charCodeAt(k), 16777619);
    h = Math.imul(h ^ 0x2f, 16777619);
    for (let k = 0; k < name.length; k++) h = Math.imul(h ^ name.charCodeAt(k), 16777619);
    hashes[i] = h;
    let slot = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const j = table[slot] as number;
      if (j < 0) {
        table[slot] = i;
        break;
      }
      const o = hashes[j] === h ? (rows[j] as PodRow) : null;
      if (o !== null && o.name === name && (o.namespace ?? '') === ns) {
        // A watch's NAME/AGE-only line says the pod changed, not how: the last line with a STATUS stays.
        if (r.status === null && o.status !== null) {
          out.add(i);
          break;
        }
        out.add(j);
        table[slot] = i;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return out;
}

/**
 * The heading of an issue template's section on what the poster wanted (`**Expected behavior**`, `### What did you
 * expect to happen?`), not a tutorial's `Expected output:` (what a reader will see, which is the state to come).
 */
const EXPECTED_HEADING = /^[\s#*_>]*(?:expected (?:behaviou?r|results?|outcome)|what (?:did )?you expect(?:ed)? to (?:happen|see))\b/i;
/** Another section's heading (`### What happened?`, `**Actual behavior**`, `Actual result:`): the table is under that one. */
const OTHER_HEADING = /^\s*(?:#{1,6}\s|\*\*[^*]{1,80}\*\*:?\s*$)|^[\s*_>]*(?:actual|current|observed) (?:behaviou?r|results?|outcome|state)\b|^[\s*_>]*what happened\b/i;

/**
 * Rows of a pod table under an Expected-behavior heading (only blank lines and a few lines of prose between) that print
 * again a pod an earlier table showed: the poster's wish, not what the cluster did. Null when none.
 */
function expectedRows(rows: readonly PodRow[], tables: readonly TableInfo[], lines: readonly string[], kinds: readonly string[]): Set<number> | null {
  let out: Set<number> | null = null;
  // Rows come in the paste's order, as tables do: one pointer walks them all.
  let next = 0;
  /** Each pod's first row, built at the first table under such a heading. */
  let first: Map<string, number> | null = null;
  for (let t = 1; t < tables.length; t++) {
    const header = (tables[t] as TableInfo).line;
    let under = false;
    for (let l = header - 1, prose = 0; l >= 1 && prose < 4; l--) {
      const kind = kinds[l - 1];
      if (kind === 'blank') continue;
      if (kind !== 'noise') break;
      prose++;
      const text = (lines[l - 1] as string).slice(0, 200);
      if (EXPECTED_HEADING.test(text)) {
        under = true;
        break;
      }
      if (OTHER_HEADING.test(text)) break;
    }
    if (!under) continue;
    const end = t + 1 < tables.length ? (tables[t + 1] as TableInfo).line : Infinity;
    const own: number[] = [];
    while (next < rows.length && (rows[next] as PodRow).line <= header) next++;
    for (; next < rows.length && (rows[next] as PodRow).line < end; next++) own.push(next);
    // Only a table that repeats an earlier row: one alone is a listing like any.
    if (own.length === 0) continue;
    if (first === null) {
      first = new Map();
      for (let i = 0; i < rows.length; i++) {
        const key = rowKey(rows[i] as PodRow);
        if (!first.has(key)) first.set(key, i);
      }
    }
    const firsts = first;
    if (own.some((i) => (firsts.get(rowKey(rows[i] as PodRow)) as number) < (own[0] as number))) {
      out ??= new Set();
      for (const i of own) out.add(i);
    }
  }
  return out;
}

/** Supersedes the expected rows (they count for nothing), and no longer a row only they printed again: its pod's last real line. */
function keepBeforeExpected(rows: readonly PodRow[], superseded: Set<number>, expected: ReadonlySet<number>): void {
  const last = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) if (!expected.has(i)) last.set(rowKey(rows[i] as PodRow), i);
  for (const i of [...superseded]) if (!expected.has(i) && last.get(rowKey(rows[i] as PodRow)) === i) superseded.delete(i);
  for (const i of expected) superseded.add(i);
}

/**
 * A row's component: by its owner's name, or by its own name where the owner's is not the pod's family (a bare
 * pod's, a VM launcher's, a Longhorn share manager's, a GPU validation pod's: share-manager-pvc-x, nvidia-cuda-validator-x
 * under the ClusterPolicy), or its labels.
 */
function componentOf(r: PodRow, ctx: FastOwnerContext): ComponentInfo | null {
  const workload = r.workload as Workload;
  const kind = workload.kind;
  // An EtcdCluster's member by its own name: Cilium's cilium-etcd-<10> is known so; `etcd-cluster` would read as the control plane's etcd.
  let comp = (kind === 'Pod' || kind === 'VirtualMachineInstance' || kind === 'ShareManager' || kind === 'EtcdCluster' || kind === 'ClusterPolicy' ? matchComponent(r.name, r.namespace) : ctx.match(workload.name, r.namespace)) ?? null;
  // A bare pod some program names `<name>-<5>` with a generateName (an OLM CatalogSource's registry pod,
  // operatorhubio-catalog-7g9db; cert-manager's cm-acme-http-solver-x7k2p): the knowledge base knows it by that name.
  if (comp === null && kind === 'Pod' && (packedShape(r.name) & 7) === FIVE) {
    const base = ctx.match(r.name.slice(0, r.name.lastIndexOf('-')), r.namespace);
    if (base !== undefined && base.kind === 'Pod') comp = base;
  }
  if (comp === null && kind === 'Pod' && (packedShape(r.name) & 7) === FIVE && veleroDataMover(r.namespace, r.status, ctx) && ctx.match(r.name.slice(0, r.name.lastIndexOf('-')), r.namespace) === undefined) comp = VELERO_DATA_MOVER;
  // A static pod under an installer's own name for a control-plane part (OpenShift 4.1-4.3's etcd-member): that part.
  if (comp === null && kind === 'StaticPod') {
    const family = staticPodFamily(workload.name);
    if (family !== null) comp = ctx.match(family, r.namespace) ?? null;
  }
  if (comp === null && OPERATOR_PARTS.has(kind)) comp = operatorPart(r, workload);
  if (comp === null && kind === 'DeploymentConfig' && r.namespace === null) comp = deploymentConfigPart(workload.name);
  // An ECK 0.x Elasticsearch node: the resource's name says nothing of what runs it.
  if (comp === null && kind === 'Elasticsearch') comp = ECK_ELASTICSEARCH;
  if (comp !== null && comp.generic.length > 0 && !ownerFitsGeneric(comp, workload, r.name)) comp = null;
  return comp === null && r.labels !== null ? (matchByLabels(r.labels) ?? null) : comp;
}

/**
 * A DeploymentConfig pasted without its namespace whose name is one OpenShift 3 gives its own in default (router, docker-registry,
 * registry-console: `oc get all` there, hunt cy/10). Generic names, which count only in default, but the kind is OpenShift's
 * alone and those are the names its installer gives: theirs.
 */
function deploymentConfigPart(name: string): ComponentInfo | null {
  for (const e of genericOwners(name)) if (e.kind === 'DeploymentConfig') return e;
  return null;
}

/** Owner kinds whose pods an operator makes and names after what the user called its resource: see operatorPart. */
const OPERATOR_PARTS: ReadonlySet<string> = new Set(['Cluster', 'StorageCluster', 'StrimziPodSet', 'Workflow', 'Job']);
const CNPG_INSTANCE = componentById('cnpg-instance') as ComponentInfo;
const VELERO_DATA_MOVER = componentById('velero-data-mover') as ComponentInfo;
const CNPG_JOB = componentById('cnpg-job') as ComponentInfo;
const PORTWORX = componentById('portworx') as ComponentInfo;
const KAFKA = componentById('kafka') as ComponentInfo;
const ZOOKEEPER = componentById('zookeeper') as ComponentInfo;
const KFP_DRIVER = componentById('kfp-driver') as ComponentInfo;
const KFP_EXECUTOR = componentById('kfp-executor') as ComponentInfo;
/** What CloudNativePG's Jobs do, the last words of their names (`<cluster>-<n>-initdb`): see cnpgJobCluster. */
const CNPG_JOB_ENDS: readonly string[] = ['-initdb', '-join', '-full-recovery', '-snapshot-recovery', '-pgbasebackup', '-import', '-major-upgrade'];
/** Strimzi's other StrimziPodSets (Kafka Connect's and MirrorMaker 2's since 0.35): no broker's. */
const STRIMZI_NOT_BROKERS: readonly string[] = ['-connect', '-mirrormaker2'];

/**
 * A pod an operator's resource owns, whose name is the user's word (`my-cluster-dual-role-0`, `px-cluster-<uuid>-x`), so the
 * knowledge base cannot know it by name: what its owner, as operatorOwners read it, says it is.
 * - A CloudNativePG Cluster's pods are its instances; a Job `<cluster>-<n>-initdb|join|...` one of its bootstrap Jobs.
 * - A StorageCluster's pods are Portworx's storage nodes.
 * - A StrimziPodSet runs a Kafka cluster's brokers or controllers (a KRaft node pool, any name), or its ZooKeeper.
 * - An Argo Workflow's steps named after KFP v2's templates are that pipeline's driver or its user code.
 */
function operatorPart(r: PodRow, w: Workload): ComponentInfo | null {
  switch (w.kind) {
    case 'Cluster':
      return CNPG_INSTANCE;
    case 'StorageCluster':
      return PORTWORX;
    case 'StrimziPodSet':
      if (w.name.endsWith('-zookeeper')) return ZOOKEEPER;
      return STRIMZI_NOT_BROKERS.some((x) => w.name.endsWith(x)) ? null : KAFKA;
    case 'Workflow':
      return kfpStep(r.name);
    default:
      return CNPG_JOB_ENDS.some((x) => w.name.endsWith(x)) && cnpgJobCluster(r.name) !== null ? CNPG_JOB : null;
  }
}

/** KFP v2's step templates in an Argo step pod's name (`<run>-system-container-impl-<id>`): its drivers and the step's own code. */
function kfpStep(name: string): ComponentInfo | null {
  if (name.indexOf('-system-') < 0) return null;
  if (name.indexOf('-system-container-impl-') > 0) return KFP_EXECUTOR;
  return name.indexOf('-system-dag-driver-') > 0 || name.indexOf('-system-container-driver-') > 0 ? KFP_DRIVER : null;
}

/**
 * Whether a pod matched by a generic name (`haproxy`, `router`: any project's word, counted only in its namespaces)
 * can be that component, given how the pod was made. A Deployment's pod (`haproxy-58bc6b6d6b-hlq5q`, read from its
 * hash) is not kubeadm's HA static pod; a pod named `router` alone is no DeploymentConfig's (those are `router-1-x7k2p`).
 */
function ownerFitsGeneric(comp: ComponentInfo, workload: Workload, name: string): boolean {
  if (!comp.generic.includes(workload.name)) return true;
  if (comp.kind === 'StaticPod') return workload.confidence !== 'high' || (workload.kind !== 'Deployment' && workload.kind !== 'ReplicaSet' && workload.kind !== 'StatefulSet' && workload.kind !== 'DaemonSet');
  return !(workload.kind === 'Pod' && name === workload.name && comp.kind !== 'Pod');
}

const TRAILING_NUMBER = /-\d+$/;
const ECK_ELASTICSEARCH = componentById('eck-elasticsearch') as ComponentInfo;

const VCLUSTER = componentById('vcluster') as ComponentInfo;
/** The namespace `vcluster create <name>` makes by default: vcluster-<name>. */
const VCLUSTER_NAMESPACE = 'vcluster-';
/** The workloads of a vCluster's control plane besides `<name>` itself (the k8s distro's API server, controller manager and etcd). */
const VCLUSTER_PARTS = ['', '-api', '-controller', '-etcd'];

/**
 * A vCluster's own control plane, named after the vCluster (the StatefulSet `<name>` of k3s and the syncer, pod `<name>-0`;
 * the k8s distro's `<name>`, `<name>-api`, `<name>-controller`, `<name>-etcd`): where pods it synced (`-x-<name>`) share its
 * namespace, or in the namespace `vcluster-<name>` its CLI creates. No name of the knowledge base can say so: the name is the user's.
 */
function vclusterControlPlanes(rows: readonly PodRow[], comps: (ComponentInfo | null)[], synced: ReadonlyMap<number, SyncedName> | null): void {
  const planes = new Set<string>();
  if (synced !== null) for (const [i, v] of synced) if (v.vcluster !== null) planes.add(nsKey((rows[i] as PodRow).namespace, v.vcluster));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    if (comps[i] !== null || w === null || (w.kind !== 'StatefulSet' && w.kind !== 'Deployment')) continue;
    const ns = r.namespace;
    for (const part of VCLUSTER_PARTS) {
      if (!w.name.endsWith(part) || w.name.length === part.length) continue;
      const name = w.name.slice(0, w.name.length - part.length);
      if (planes.has(nsKey(ns, name)) || (ns !== null && ns.length === VCLUSTER_NAMESPACE.length + name.length && ns.startsWith(VCLUSTER_NAMESPACE) && ns.endsWith(name))) {
        comps[i] = VCLUSTER;
        break;
      }
    }
  }
}

/**
 * Whether a status says the pod's node refused it or put it out (MatchNodeSelector, NodeAffinity, OutOfcpu, Evicted): the
 * kubelet failed it, its containers no longer run, and its controller, if it replaces pods, has made another.
 */
function refusedByNode(status: string): boolean {
  const info = statusInfo(status);
  return info.source === 'kubelet' && info.phase === 'Failed' && info.id !== 'deadline-exceeded';
}

/**
 * `<base>-<5 chars>` bases whose pods on other nodes than the one that refused a pod of theirs are all younger than that
 * pod, none left on its node: a ReplicaSet's (or a ReplicationController's) replacement, which the scheduler put
 * elsewhere (hunt cv/05, a MatchNodeSelector pod on node1 6m old beside the Running one on node2 1m old). A DaemonSet
 * makes its pod for that node again on that node, so pods on two nodes say DaemonSet only where that is not so.
 * Undefined when none.
 */
function movedBases(rows: readonly PodRow[], shapes: Int32Array, superseded: ReadonlySet<number>, refused: ReadonlyMap<string, number>): Set<string> | undefined {
  /** Per base, its refused pods' nodes, and whether a pod of another node is younger than the refusal (1) or not (-1). */
  const nodes = new Map<string, Set<string>>();
  const verdict = new Map<string, number>();
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < rows.length; i++) {
      const packed = shapes[i] as number;
      const r = rows[i] as PodRow;
      if ((packed & 7) !== FIVE || r.node === null || r.status === null || superseded.has(i)) continue;
      const base = r.name.slice(0, packed >>> 4);
      const oldest = refused.get(base);
      if (oldest === undefined) continue;
      const isRefused = refusedByNode(r.status);
      if (pass === 0) {
        if (isRefused) (nodes.get(base) ?? nodes.set(base, new Set()).get(base) as Set<string>).add(r.node);
        continue;
      }
      if (isRefused || verdict.get(base) === -1) continue;
      const after = !(nodes.get(base) as Set<string>).has(r.node) && r.status === 'Running' && r.ageSeconds !== null && r.ageSeconds < oldest;
      verdict.set(base, after ? 1 : -1);
    }
  }
  let out: Set<string> | undefined;
  for (const [base, v] of verdict) if (v === 1) (out ??= new Set()).add(base);
  return out;
}

/**
 * How many pods of one `<base>-<5 chars>` base, none on a node the paste names, make a DaemonSet implausible where the paste
 * shows fewer nodes: a listing without NODE of a DaemonSet on a dozen nodes beside no nodes table is rare, a ReplicaSet's
 * (or before 2016 a ReplicationController's) dozen replicas are not.
 */
const MANY_SIBLINGS = 10;

/**
 * The bases of {@link MANY_SIBLINGS} pods or more on no node the paste names, more than it shows nodes: `nodes` (a NODE
 * column's, a nodes table's, control-plane pods') or the pods of a DaemonSet the knowledge base knows (kube-proxy's one per
 * node counts them where neither shows). Undefined when none.
 */
function manySiblings(nodeless: ReadonlyMap<string, { namespace: string | null; pods: number }>, nodes: number, match: FastOwnerContext['match']): Set<string> | undefined {
  let most = 0;
  for (const v of nodeless.values()) if (v.pods > most) most = v.pods;
  if (most < MANY_SIBLINGS || most <= nodes) return undefined;
  let shown = nodes;
  for (const [base, v] of nodeless) {
    if (v.pods <= shown) continue;
    const known = match(base, v.namespace);
    if (known !== undefined && known.kind === 'DaemonSet') shown = v.pods;
  }
  let many: Set<string> | undefined;
  for (const [base, v] of nodeless) if (v.pods >= MANY_SIBLINGS && v.pods > shown) (many ??= new Set()).add(base);
  return many;
}

/** How many pods of a DaemonSet the knowledge base knows (kube-proxy's, one per node) make a one-pod base no DaemonSet's. */
const LONE_AMONG = 3;
const DEFAULT_NAMESPACE = 'default';
const MINIKUBE = 'minikube';
/** A static pod's name on the node minikube (kube-addon-manager-minikube, etcd-minikube). */
const ON_MINIKUBE = '-minikube ';

/**
 * The `<base>-<5 chars>` bases of one pod each in `default` where the paste shows no node but {@link LONE_AMONG} pods or
 * more of a DaemonSet the knowledge base knows (kube-proxy, kindnet: as many nodes), and the base is none the knowledge base
 * knows: a DaemonSet there would run a pod on each of those nodes (on the workers at least, two of three), a Job runs one
 * (Kubernetes Goat's hidden-in-layers-pbrfn beside three kube-proxy pods on kind, hunt ca/24). Only in `default`: a system
 * namespace's DaemonSet may run on the control plane alone (Rancher's kube-api-auth-k2jxw in cattle-system, hunt bz/14).
 * Undefined when none.
 */
function loneBases(nodeless: ReadonlyMap<string, { namespace: string | null; pods: number }>, match: FastOwnerContext['match']): Set<string> | undefined {
  let shown = false;
  for (const [base, v] of nodeless) {
    if (v.pods < LONE_AMONG) continue;
    if (match(base, v.namespace)?.kind === 'DaemonSet') {
      shown = true;
      break;
    }
  }
  if (!shown) return undefined;
  let lone: Set<string> | undefined;
  for (const [base, v] of nodeless) if (v.pods === 1 && v.namespace === DEFAULT_NAMESPACE && match(base, v.namespace) === undefined) (lone ??= new Set()).add(base);
  return lone;
}

/** How long a word a program generates per run may be (KubeBlocks' 6, hunt bj/18). */
const TOKEN_MIN = 5;
const TOKEN_MAX = 8;

/**
 * The `<prefix>-<word>` bases of `<base>-<5 chars>` pods, one pod each, where two or more bases share the prefix and
 * their words are letters of one length (KubeBlocks' benchmark runs mysql-sysbench-adzglm, -czirhj and -hnywpz, hunt
 * bj/18), at least two of them with too few vowels for a word: a word a program drew for each run, as it names Jobs; no
 * DaemonSet's. Per base, not per row. Undefined when none.
 * Digits in the word keep it a DaemonSet's (kube-flannel-ds-amd64 beside -arm64, one per architecture).
 */
function tokenSiblings(fiveNodes: ReadonlyMap<string, ReadonlyMap<string, string>>, nodeless: ReadonlyMap<string, { pods: number }> | null): Set<string> | undefined {
  let groups: Map<string, string[]> | null = null;
  const add = (base: string, pods: number): void => {
    if (pods !== 1) return;
    const dash = base.lastIndexOf('-');
    const len = base.length - dash - 1;
    if (dash <= 0 || len < TOKEN_MIN || len > TOKEN_MAX) return;
    for (let i = dash + 1; i < base.length; i++) {
      const c = base.charCodeAt(i);
      if (c < 97 || c > 122) return;
    }
    const key = `${base.slice(0, dash)}\u0000${len}`;
    const group = (groups ??= new Map()).get(key);
    if (group === undefined) groups.set(key, [base]);
    else group.push(base);
  };
  for (const [base, byNode] of fiveNodes) add(base, byNode.size + (nodeless?.get(base)?.pods ?? 0));
  if (nodeless !== null) for (const [base, v] of nodeless) if (!fiveNodes.has(base)) add(base, v.pods);
  if (groups === null) return undefined;
  let out: Set<string> | undefined;
  for (const bases of (groups as Map<string, string[]>).values()) {
    if (bases.length < 2) continue;
    let drawn = 0;
    for (const b of bases) if (fewVowels(b, b.lastIndexOf('-') + 1)) drawn++;
    if (drawn >= 2) for (const b of bases) (out ??= new Set()).add(b);
  }
  return out;
}

/**
 * Whether `s` from `from` on has fewer vowels (y too) than a third of its letters: drawn at random (`adzglm`, `hnywpz`),
 * not a word (a chart's `database`, `registry`, `worker`, `daemon`, whose siblings share a prefix too: hunt d/14, an/32).
 */
function fewVowels(s: string, from: number): boolean {
  let vowels = 0;
  for (let i = from; i < s.length; i++) if (VOWELS.indexOf(s[i] as string) >= 0) vowels++;
  return vowels * 3 < s.length - from;
}
const VOWELS = 'aeiouy';

/** Words that say the paste's pods are a ReplicationController's (an issue of 2015: "The RC kept spinning up more Pods"). */
const SPEAKS_OF_RCS = /\bRCs?\b|[Rr]eplication ?[Cc]ontrollers?\b/;

/** Verbs that make a pod anew from a manifest or a command: a pod of the same name after one may be it. */
const MAKING_VERBS: ReadonlySet<string> = new Set(['apply', 'create', 'run', 'replace']);
const POD_WORDS: ReadonlySet<string> = new Set(['pod', 'pods', 'po']);

/** The pods `kubectl delete pod <name>` (`pod/<name>`) names, to the last line that deletes each; null for none. */
function podsDeleted(commands: readonly { line: number; command: KubectlCommand }[]): Map<string, number> | null {
  let out: Map<string, number> | null = null;
  for (const { line, command } of commands) {
    if (command.verb !== 'delete') continue;
    const args = command.args;
    for (let k = 0; k < args.length; k++) {
      const a = args[k] as string;
      const slash = a.indexOf('/');
      if (slash > 0 && POD_WORDS.has(a.slice(0, slash)) && OBJECT_NAME.test(a.slice(slash + 1))) (out ??= new Map()).set(a.slice(slash + 1), line);
      else if (k === 0 && POD_WORDS.has(a)) for (const name of args.slice(1)) if (OBJECT_NAME.test(name)) (out ??= new Map()).set(name, line);
    }
  }
  return out;
}

/** kubectl's word that it deleted a pod: `pod "web-0" deleted`, `pod/web-0 deleted`, maybe `from default namespace` after. */
const POD_DELETED = /^pods?(?:\/([a-z0-9][-a-z0-9.]*)| "([a-z0-9][-a-z0-9.]*)") deleted(?: from [a-z0-9][-a-z0-9]* namespace)?$/;

/** Pods kubectl said it deleted (see POD_DELETED), by name, with the line it said so on. */
function podsDeletedPrinted(messages: ReadResult['messages'], lines: readonly string[]): Map<string, number> | null {
  let out: Map<string, number> | null = null;
  for (const m of messages) {
    if (m.id !== 'resource-changed') continue;
    const said = POD_DELETED.exec((lines[m.line - 1] ?? '').trim());
    if (said !== null) (out ??= new Map()).set((said[1] ?? said[2]) as string, m.line);
  }
  return out;
}

/**
 * Rows (indices) of pods the paste deletes by name after listing them (`kube delete po foobar-3-8b74c8cb9-w77c9`), where no
 * row after the delete shows that name again (a static pod's mirror, a StatefulSet's pod made again under it).
 */
function rowsDeletedLater(rows: readonly PodRow[], deleted: ReadonlyMap<string, number>, superseded: ReadonlySet<number>): Set<number> | undefined {
  const listedAgain = new Set<string>();
  for (const r of rows) {
    const at = deleted.get(r.name);
    if (at !== undefined && r.line > at) listedAgain.add(r.name);
  }
  let out: Set<number> | undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const at = deleted.get(r.name);
    if (at !== undefined && r.line < at && !listedAgain.has(r.name) && !superseded.has(i)) (out ??= new Set()).add(i);
  }
  return out;
}

/**
 * A pod named by hand (no generated part) that the paste deletes and then lists again under the same name, younger, with
 * no command that makes pods between: the kubelet made its mirror pod again, a static pod's (the docs' static-web-my-node1,
 * hunt bv/14). No controller but the kubelet, and a StatefulSet's `<name>-<n>`, gives a new pod its old name. The node
 * is read from the paste's prompts: a host whose first word the name's end shares (my-node1 beside the prompt's my-master).
 * Without such a host the split is unknown: still a static pod's mirror, named in full.
 */
function mirrorPods(rows: PodRow[], shapes: Int32Array, deleted: ReadonlyMap<string, number>, commands: readonly { line: number; command: KubectlCommand }[], lines: readonly string[], ctx: FastOwnerContext): void {
  // Per deleted name, its last row before the delete; then the names a later row shows made again.
  const before = new Map<string, PodRow>();
  for (const r of rows) {
    const at = deleted.get(r.name);
    if (at !== undefined && r.line < at) before.set(r.name, r);
  }
  const making: number[] = [];
  for (const c of commands) if (c.command.verb !== null && MAKING_VERBS.has(c.command.verb)) making.push(c.line);
  making.sort((a, b) => a - b);
  let again: Set<string> | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const at = deleted.get(r.name);
    const w = r.workload;
    if (at === undefined || r.line <= at || ((shapes[i] as number) & 7) !== PLAIN || w === null || w.kind !== 'Pod' || w.confidence === 'high' || r.status === 'Terminating') continue;
    const next = firstAfter(making, at);
    if (next < r.line) continue;
    // Younger than the same pod listed before the delete: a new pod, not one the delete left (Forbidden, still Terminating).
    const old = before.get(r.name);
    if (old !== undefined && !(old.ageSeconds !== null && r.ageSeconds !== null && r.ageSeconds < old.ageSeconds)) continue;
    (again ??= new Set()).add(r.name);
  }
  if (again === null) return;
  const hosts = new Set<string>();
  for (const c of commands) {
    const m = PROMPT_HOST.exec(lines[c.line - 1] ?? '');
    if (m !== null) hosts.add((m[1] as string).toLowerCase());
  }
  const bases = new Map<string, string>();
  for (const r of rows) {
    if (!again.has(r.name) || r.workload === null || r.workload.kind !== 'Pod' || r.workload.confidence === 'high') continue;
    let base = bases.get(r.name);
    // No host to split it by (KodeKloud's `controlplane ~ ➜` prompt, a node the paste names nowhere: static-greenbox-node01,
    // hunt di/04): the kubelet made it again all the same, so a static pod's it is, named in full since its node's part
    // is unknown (my-node1 or node1 of static-web-my-node1).
    if (base === undefined) bases.set(r.name, (base = (hosts.size === 0 ? null : mirrorBase(r.name, hosts)) ?? r.name));
    r.workload = ctx.workload('StaticPod', base, 'low');
  }
}

/** The first of ascending `lines` after `line`, else Infinity. */
function firstAfter(lines: readonly number[], line: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lines[mid] as number) <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo < lines.length ? (lines[lo] as number) : Infinity;
}

/** `static-web` of `static-web-my-node1` beside a host `my-master` (or `my-node1`): see {@link mirrorPods}; else null. */
function mirrorBase(name: string, hosts: ReadonlySet<string>): string | null {
  for (let d = name.indexOf('-'); d > 0; d = name.indexOf('-', d + 1)) {
    const rest = name.slice(d + 1);
    if (hosts.has(rest)) return name.slice(0, d);
    const word = rest.indexOf('-');
    if (word <= 0) continue;
    for (const h of hosts) if (h.length > word + 1 && h.charCodeAt(word) === 45 && h.startsWith(rest.slice(0, word + 1))) return name.slice(0, d);
  }
  return null;
}

/** What kubectl rolling-update printed as it went: `Scaling up api from 0 to 3, scaling down api-rollout from 3 to 0 (keep 3 pods available, ...)`. */
const SCALING_DOWN = ', scaling down ';
const ROLLING_UPDATE_PROGRESS = /^[ \t]*Scaling up ([a-z0-9][-a-z0-9.]{0,252}) from \d+ to \d+, scaling down ([a-z0-9][-a-z0-9.]{0,252}) from \d+ to \d+/gm;

/** `kubectl run`'s generator flag, and the values for a bare pod and a ReplicationController. */
const GENERATOR = '--generator=';
const RUN_POD = 'run-pod/';
const RUN_RC = 'run/v1';

/** How commands name the two controllers whose pods are `<name>-<5>` alone (`rs`, `replicaset.apps`, `rc`, ...). */
const CONTROLLER_WORDS: ReadonlyMap<string, OwnerKind> = new Map([
  ...['rs', 'replicaset', 'replicasets', 'replicaset.apps', 'replicasets.apps', 'replicaset.extensions', 'replicasets.extensions'].map((w) => [w, 'ReplicaSet'] as const),
  ...['rc', 'replicationcontroller', 'replicationcontrollers'].map((w) => [w, 'ReplicationController'] as const),
]);
const OBJECT_NAME = /^[a-z0-9][-a-z0-9.]{0,252}$/;

/**
 * Adds to `named` the ReplicaSets and ReplicationControllers a command names (`kubectl scale rc web --replicas=3`, `expose rc
 * web`, `describe rs kuard`, `delete rs/kuard`): they exist, so `<name>-<5>` pods are theirs (hunt by/13, by/21). Not
 * `get rs` alone, which names none, nor a name the paste named already.
 */
function controllersNamed(c: KubectlCommand, named: Map<string, OwnerKind> | undefined): Map<string, OwnerKind> | undefined {
  // kubectl rolling-update (before 1.18) replaced a ReplicationController's pods by a new one's: both names it gives are
  // ReplicationControllers (`kubectl rolling-update my-tengine -f my-tengine-v2.yaml`, `rolling-update old new --image=x`).
  if (c.verb === 'rolling-update') {
    for (const name of c.args.slice(0, 2)) if (OBJECT_NAME.test(name) && !(named ??= new Map()).has(name)) named.set(name, 'ReplicationController');
    return named;
  }
  for (let k = 0; k < c.args.length; k++) {
    const a = c.args[k] as string;
    const slash = a.indexOf('/');
    const kind = CONTROLLER_WORDS.get(slash > 0 ? a.slice(0, slash) : a);
    if (kind === undefined) continue;
    const names = slash > 0 ? [a.slice(slash + 1)] : c.args.slice(k + 1);
    for (const name of names) {
      if (!OBJECT_NAME.test(name)) break;
      if (!(named ??= new Map()).has(name)) named.set(name, kind);
    }
  }
  return named;
}

/** How commands name a Deployment (`deploy`, `deployment.apps`, ...). */
const DEPLOYMENT_WORDS: ReadonlySet<string> = new Set(['deploy', 'deployment', 'deployments', 'deployment.apps', 'deployments.apps', 'deployment.extensions', 'deployments.extensions']);

/** The Deployments the paste's commands name (`rollout status deployment/web`, `scale deploy web`); null when none. */
function deploymentsNamed(commands: readonly { command: KubectlCommand }[]): Set<string> | null {
  let out: Set<string> | null = null;
  for (const { command: c } of commands) {
    for (let k = 0; k < c.args.length; k++) {
      const a = c.args[k] as string;
      const slash = a.indexOf('/');
      if (!DEPLOYMENT_WORDS.has(slash > 0 ? a.slice(0, slash) : a)) continue;
      const name = slash > 0 ? a.slice(slash + 1) : c.args[k + 1];
      if (name !== undefined && OBJECT_NAME.test(name)) (out ??= new Set()).add(name);
    }
  }
  return out;
}

/**
 * A manifest file named `<name>-rc.yaml` (`.yml`, `.json`), as the docs and examples of 2015-2017 named a ReplicationController's
 * (Selenium's selenium-hub-rc.yml, hunt cf/13; Kubernetes' own redis-master-rc.yaml).
 */
const RC_FILE = /(?:^|\s)(?:-f|--filename)(?:=|\s+)(?:\S*\/)?([a-z0-9](?:[-a-z0-9]{0,251}[a-z0-9])?)-rc\.(?:ya?ml|json)(?=\s|$)/;

/** The ReplicationController a `create -f <name>-rc.yml` (or apply, replace) makes, by the file's name (see RC_FILE); else undefined. */
function rcFileNamed(c: KubectlCommand): string | undefined {
  if (c.verb !== 'create' && c.verb !== 'apply' && c.verb !== 'replace') return undefined;
  const m = RC_FILE.exec(c.text);
  return m === null ? undefined : m[1];
}

/** A manifest's `kind:` (group 2), `generateName:` (group 3) or `ownerReferences:` (group 4) line; group 1 its indent. */
const MANIFEST_FIELD = /^([ \t]*(?:-[ \t]+)?)(?:kind:[ \t]*"?([A-Za-z]+)"?|generateName:[ \t]*["']?([a-z0-9][-a-z0-9.]{0,251}-)["']?|(ownerReferences):)[ \t]*\r?$/gm;

/**
 * The generateName prefixes of the paste's `kind: Pod` manifests (kueue's `generateName: kueue-sleep-`, hunt bx's note on
 * kueue#9482): a pod a manifest makes by generateName is bare, though its name reads as a DaemonSet's or a Job's. Not a pod
 * `-o yaml` prints with `ownerReferences` (a DaemonSet's `fluentd-` pod), nor a pod template's under another kind. Undefined when none.
 */
function podGenerateNames(input: string): Set<string> | undefined {
  /** The indent of the object's `kind: Pod` line, -1 outside one; the prefix it names, while no owner shows. */
  let podAt = -1;
  let pending: string | null = null;
  let out: Set<string> | undefined;
  for (const m of input.matchAll(MANIFEST_FIELD)) {
    const indent = (m[1] as string).length;
    if (m[2] !== undefined) {
      // A `kind:` no deeper than the pod's starts the next object; a deeper one is a field's (an owner reference's).
      if (podAt >= 0 && indent > podAt) continue;
      if (pending !== null) (out ??= new Set()).add(pending);
      pending = null;
      podAt = m[2] === 'Pod' ? indent : -1;
    } else if (m[3] !== undefined) {
      if (podAt >= 0) pending = m[3];
    } else if (podAt >= 0) {
      pending = null;
      podAt = -1;
    }
  }
  if (pending !== null) (out ??= new Set()).add(pending);
  return out;
}

/** Owners a describe names whose pods' names say them (`<owner>-<5>`, `<owner>-<n>`): see ownerOf's use of `listed`. */
const DESCRIBED_SIBLING_KINDS: ReadonlySet<string> = new Set(['ReplicaSet', 'ReplicationController', 'DaemonSet', 'StatefulSet', 'Job', 'Workflow']);

/** A `kubectl describe pod` line naming a ReplicationController as the pod's owner. */
const DESCRIBED_RC = /^[ \t]*(?:Controlled By|Controllers):[ \t]+ReplicationController\/([a-z0-9][-a-z0-9.]{0,252})[ \t\r]*$/gm;
/** `job(<name>)` as logs say it, or `job/<name>` (`jobs/`, `job.batch/`) as kubectl does; group 1 or 2 the name. */
const NAMED_JOB = /(?<![-\w/.])job(?:\(([a-z0-9][-a-z0-9.]{0,252})\)|(?:s|\.batch)?\/([a-z0-9][-a-z0-9.]{0,252}))/g;
const DESCRIBED_RC_1_0 = /^[ \t]*Replication Controllers:[ \t]+([a-z0-9][-a-z0-9.]{0,252}) \(\d+\/\d+ replicas created\)[ \t\r]*$/gm;

const PROMETHEUS_OPERATOR = componentById('prometheus-operator');
const PROMETHEUS = componentById('prometheus') as ComponentInfo;
/** The StatefulSet the Prometheus Operator makes for each Prometheus resource: `prometheus-<name>` (`-shard-<n>` after it). */
const PROMETHEUS_SET = 'prometheus-';

/**
 * With the Prometheus Operator in the paste, a StatefulSet `prometheus-<name>` the knowledge base does not know by its
 * name (`prometheus-cockroachdb`, a Prometheus resource named after an app) is the one the operator runs for that
 * Prometheus, as sure as its `alertmanager-<name>` sibling, which the knowledge base knows by its prefix.
 */
function operatorsPrometheus(rows: readonly PodRow[], comps: (ComponentInfo | null)[], ctx: FastOwnerContext): void {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    if (comps[i] !== null || w === null || w.kind !== 'StatefulSet' || !w.name.startsWith(PROMETHEUS_SET) || w.name.length === PROMETHEUS_SET.length) continue;
    comps[i] = PROMETHEUS;
    if (w.confidence !== 'high') r.workload = ctx.workload('StatefulSet', w.name, 'high');
  }
}

const PGO_REPO_HOST = componentById('pgo-repo-host') as ComponentInfo;
const PGO_INSTANCE = componentById('pgo-instance') as ComponentInfo;
const PGO_PGBOUNCER = componentById('pgo-pgbouncer') as ComponentInfo;
const PGO_V4_REPO = componentById('pgo-v4-backrest-repo') as ComponentInfo;
const PGO_V4_INSTANCE = componentById('pgo-v4-instance') as ComponentInfo;
const PGO_REPO_HOST_END = '-repo-host';
const PGO_V4_REPO_END = '-backrest-shared-repo';
const PGO_PGBOUNCER_END = '-pgbouncer';
/** `-<set>-<4 random>-0`'s shortest tail: a one-character set name. */
const PGO_SET_TAIL = 9;

/**
 * A PostgresCluster's instance sets whose names the knowledge base cannot know (`pgha1`, not its examples' `instance1`):
 * PGO names each member's StatefulSet `<cluster>-<set>-<4 random>`, one pod `-0`, and the cluster's pgBackRest repo host
 * `<cluster>-repo-host` (eh/12: zitadel-pgha1-4npq-0 beside zitadel-repo-host-0). That host in the same namespace says
 * whose the set is; PGO made it, so its owner is sure. So is the cluster's PgBouncer, the Deployment `<cluster>-pgbouncer`
 * (eh/13: cluster1-pgbouncer beside cluster1-repo-host-0). PGO v4's repository `<cluster>-backrest-shared-repo` names its
 * cluster the same way, for the PgBouncer and the instance Deployments (ez/05).
 */
function pgoInstanceSets(rows: readonly PodRow[], comps: (ComponentInfo | null)[], ctx: FastOwnerContext): void {
  const clusters = new Set<string>();
  const v4 = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const w = (rows[i] as PodRow).workload;
    if (w === null) continue;
    if (comps[i] === PGO_REPO_HOST && w.name.endsWith(PGO_REPO_HOST_END)) clusters.add(nsKey((rows[i] as PodRow).namespace, w.name.slice(0, -PGO_REPO_HOST_END.length)));
    else if (comps[i] === PGO_V4_REPO && w.name.endsWith(PGO_V4_REPO_END)) v4.add(nsKey((rows[i] as PodRow).namespace, w.name.slice(0, -PGO_V4_REPO_END.length)));
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    if (comps[i] !== null || w === null) continue;
    if (w.kind === 'Deployment' && w.name.endsWith(PGO_PGBOUNCER_END)) {
      const cluster = nsKey(r.namespace, w.name.slice(0, -PGO_PGBOUNCER_END.length));
      if (clusters.has(cluster) || v4.has(cluster)) {
        comps[i] = PGO_PGBOUNCER;
        continue;
      }
    }
    // PGO v4's instances are Deployments: the primary named after the cluster, a replica <cluster>-<4 letters> (ez/05, ez/12);
    // v4 drew those letters from all 26, vowels too (hippo-opfg).
    if (v4.size > 0 && w.kind === 'Deployment' && (v4.has(nsKey(r.namespace, w.name)) || pgoV4Replica(w.name, r.namespace, v4))) {
      comps[i] = PGO_V4_INSTANCE;
      continue;
    }
    if (w.kind !== 'StatefulSet' || r.name !== `${w.name}-0` || r.name.length < PGO_SET_TAIL + 2) continue;
    const random = w.name.length - 4;
    if (w.name.charCodeAt(random - 1) !== 45 || !allInAlphabet(w.name, random)) continue;
    // A set's name may hold dashes: any cut before it may end the cluster's name.
    let found = false;
    for (let dash = w.name.indexOf('-'); dash > 0 && dash < random - 2 && !found; dash = w.name.indexOf('-', dash + 1)) found = clusters.has(nsKey(r.namespace, w.name.slice(0, dash)));
    if (!found) continue;
    comps[i] = PGO_INSTANCE;
    if (w.confidence !== 'high') r.workload = ctx.workload('StatefulSet', w.name, 'high');
  }
}

/** `<cluster>-<4 lowercase letters>` for a PGO v4 cluster in that namespace. */
function pgoV4Replica(name: string, namespace: string | null, v4: ReadonlySet<string>): boolean {
  const dash = name.length - 5;
  if (dash < 1 || name.charCodeAt(dash) !== 45) return false;
  for (let i = dash + 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return v4.has(nsKey(namespace, name.slice(0, dash)));
}

/** An equality selector's value after `-l` or `--selector` (`-l application=spilo`, `--selector="a=b,c==d"`). */
const SELECTOR_FLAG = /(?:^|\s)(?:-l|--selector)(?:=|\s+)?(\S+)/;
const SELECTOR_TERM = /^([A-Za-z0-9][-A-Za-z0-9_./]*)==?([-A-Za-z0-9_.]*)$/;

/** The labels an equality selector gives every pod its listing prints; null for none (or only `!=`, `in`, `!key` terms). */
function selectorLabels(text: string): Record<string, string> | null {
  const m = SELECTOR_FLAG.exec(text);
  if (m === null) return null;
  let out: Record<string, string> | null = null;
  for (const term of (m[1] as string).replace(/^["']|["']$/g, '').split(',')) {
    const t = SELECTOR_TERM.exec(term);
    if (t !== null && !term.includes('!=')) (out ??= {})[t[1] as string] = t[2] as string;
  }
  return out;
}

/**
 * Rows no entry took, listed by a `get` whose label selector is a component's labels: every pod it prints carries them
 * (ez/15: `kubectl get pods -l application=spilo -L spilo-role`, Zalando's Spilo pods, whose StatefulSet is named after
 * the cluster and says nothing).
 */
function selectedComponents(comps: (ComponentInfo | null)[], listings: readonly Listing[]): void {
  for (const l of listings) {
    if (l.command === null || l.command.verb !== 'get') continue;
    const labels = selectorLabels(l.command.text);
    const c = labels === null ? undefined : matchByLabels(labels);
    if (c === undefined) continue;
    for (let i = l.start; i < l.end && i < comps.length; i++) if (comps[i] === null) comps[i] = c;
  }
}

const PXC = componentById('percona-xtradb-cluster') as ComponentInfo;
const PXC_PROXY = componentById('pxc-proxy') as ComponentInfo;
const DATABASE_OPERATOR = componentById('database-operator') as ComponentInfo;
/** The PXC operator's Deployment, from its manifests (bundle.yaml) or its chart (pxc-operator). */
const PXC_OPERATORS: ReadonlySet<string> = new Set(['percona-xtradb-cluster-operator', 'pxc-operator']);
const PXC_END = '-pxc';
const PXC_PROXY_ENDS: readonly string[] = ['-haproxy', '-proxysql'];

/**
 * A PerconaXtraDBCluster's proxies, the StatefulSets `<cluster>-haproxy` and `<cluster>-proxysql`: the cluster's `-pxc` set
 * in the same namespace names them, and with the operator there they are its, though no pxc pod shows (eh/03: the
 * operator never made cluster1-pxc, and cluster1-haproxy-0 is 1/2 with no backend to check).
 */
function pxcProxies(rows: readonly PodRow[], comps: (ComponentInfo | null)[]): void {
  const clusters = new Set<string>();
  const operatorIn = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    if (w === null) continue;
    if (comps[i] === PXC && w.name.endsWith(PXC_END)) clusters.add(nsKey(r.namespace, w.name.slice(0, -PXC_END.length)));
    else if (comps[i] === DATABASE_OPERATOR && PXC_OPERATORS.has(w.name)) operatorIn.add(r.namespace ?? '');
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    if (comps[i] !== null || w === null || w.kind !== 'StatefulSet') continue;
    const end = PXC_PROXY_ENDS.find((e) => w.name.endsWith(e) && w.name.length > e.length);
    if (end === undefined) continue;
    if (clusters.has(nsKey(r.namespace, w.name.slice(0, -end.length))) || operatorIn.has(r.namespace ?? '')) comps[i] = PXC_PROXY;
  }
}

const MONGODB_COMMUNITY = componentById('mongodb-community') as ComponentInfo;
const MONGODB_COMMUNITY_OPERATOR = 'mongodb-kubernetes-operator';
/** mongod and the mongodb-agent: the containers the MongoDB Community operator runs in each member's pod. */
const MONGODB_COMMUNITY_CONTAINERS = 2;

/**
 * A MongoDBCommunity's StatefulSets beside the operator in their namespace: named after the resource, so only what the
 * operator puts in each pod (mongod and the mongodb-agent, READY x/2) says whose they are (eh/05, eh/06: mongodb-0 and
 * the arbiter mongodb-arb-0 at 1/2, the agent's readiness failing).
 */
function mongodbCommunitySets(rows: readonly PodRow[], comps: (ComponentInfo | null)[]): void {
  const operatorIn = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (comps[i] === DATABASE_OPERATOR && r.workload?.name === MONGODB_COMMUNITY_OPERATOR) operatorIn.add(r.namespace ?? '');
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    if (comps[i] !== null || w === null || w.kind !== 'StatefulSet' || r.ready === null || r.ready.total !== MONGODB_COMMUNITY_CONTAINERS) continue;
    if (operatorIn.has(r.namespace ?? '')) comps[i] = MONGODB_COMMUNITY;
  }
}

const JENKINS_AGENT = componentById('jenkins-agent') as ComponentInfo;
/** The characters of the Jenkins Kubernetes plugin's random parts: the name generator's, and 0, 1 and 3. */
const JENKINS_RANDOM = /^[bcdfghjklmnpqrstvwxz0-9]{5}$/;
/** `jnlp` as a word of a name (`jekins-jnlp-slave`): the inbound agent protocol, whose container the plugin names so. */
const JNLP_WORD = /(?:^|-)jnlp(?:-|$)/;
/** The pod template the jenkinsci/helm-charts Jenkins chart configures for its agents (`agent.podName`). */
const CHART_AGENT = 'default';
/** What the name generator never writes: a random part with one of these is no controller's. */
const NOT_GENERATED = /[013]/;

/**
 * The Jenkins Kubernetes plugin's agents: a bare pod per build, `<template>-<5>` (`<job>-<build>-<5>-<5>` for a
 * pipeline's own template), deleted when the build ends. Their random parts use 0, 1 and 3, which the name generator
 * never does, so they read as a DaemonSet's or a Job's pods. The knowledge base knows the default templates' names
 * (jenkins-agent-, jnlp-); any other is read so where the paste says Jenkins: `jnlp` in the name, or a namespace named
 * for Jenkins or its controller (`<release>-jenkins`) in the paste with a name no controller of Kubernetes made.
 */
function jenkinsAgents(rows: readonly PodRow[], comps: (ComponentInfo | null)[], ctx: FastOwnerContext): void {
  let controller = false;
  for (const r of rows) {
    const w = r.workload;
    if (w !== null && (w.kind === 'Deployment' || w.kind === 'StatefulSet') && (w.name === 'jenkins' || w.name.endsWith('-jenkins') || w.name === 'jenkins-master' || w.name === 'jenkins-controller')) {
      controller = true;
      break;
    }
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    if (comps[i] !== null || w === null || w.confidence === 'high' || (w.kind !== 'DaemonSet' && w.kind !== 'Job')) continue;
    const name = r.name;
    const dash = name.length - 6;
    if (dash <= 0 || name.charCodeAt(dash) !== 45 || !JENKINS_RANDOM.test(name.slice(dash + 1))) continue;
    let confidence: Workload['confidence'];
    if (JNLP_WORD.test(name.slice(0, dash))) confidence = 'high';
    else {
      const inJenkins = r.namespace !== null && r.namespace.indexOf('jenkins') >= 0;
      if (!inJenkins && !controller) continue;
      // `<job>-<build>-<5>-<5>`, a part the generator would not write, or the jenkinsci chart's own agent template
      // (agent.podName "default": default-<5>, no controller's name).
      const twice = dash > 6 && name.charCodeAt(dash - 6) === 45 && JENKINS_RANDOM.test(name.slice(dash - 5, dash));
      if (!twice && !NOT_GENERATED.test(name.slice(dash + 1)) && !(dash === CHART_AGENT.length && name.startsWith(CHART_AGENT))) continue;
      confidence = inJenkins && controller ? 'high' : 'medium';
    }
    r.workload = ctx.workload('Pod', name, confidence);
    comps[i] = JENKINS_AGENT;
  }
}

/** A one-step workflow's pod in Argo's own namespace: a Job's shape, with Argo's wait container beside the main one. */
function argoOneStep(w: Workload, r: PodRow): boolean {
  return w.kind === 'Job' && r.namespace === 'argo' && r.ready !== null && r.ready.total === 2;
}

/** `<name>-<5 digits>` with a 0, 1 or 3 (the alphabet's own digits read as a suffix already): the older generator's, or a number. */
function hasDigitTail(name: string): boolean {
  const n = name.length;
  return n >= 7 && name.charCodeAt(n - 6) === 45 && allDigits(name, n - 5, n);
}

/** Owner kinds whose controllers name their pods `<owner>-<5 generated characters>`. */
const SUFFIXED_KINDS: ReadonlySet<OwnerKind> = new Set(['DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job']);

/** How many times each string comes in `items`. */
function countOf(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * Whether what one control-plane pod's name gives as its node ends in `-<a node>` the other control-plane pods share or
 * the paste shows: kube-up's etcd-empty-dir-cleanup-kubernetes-master is the static pod etcd-empty-dir-cleanup on
 * kubernetes-master (hunt da/24), no node named empty-dir-cleanup-kubernetes-master.
 */
function namesAnotherNode(cpNode: string, counts: ReadonlyMap<string, number>, nodes: ReadonlyMap<string, number>): boolean {
  if (counts.get(cpNode) !== 1) return false;
  for (let d = cpNode.indexOf('-'); d > 0; d = cpNode.indexOf('-', d + 1)) {
    const rest = cpNode.slice(d + 1);
    if ((counts.get(rest) ?? 0) >= 2 || nodes.has(rest)) return true;
  }
  return false;
}

/** `<name>-<5 lower-case letters>`, vowels allowed: a generated suffix of before Kubernetes 1.5, or a word. */
function hasLetterTail(name: string): boolean {
  const n = name.length;
  if (n < 7 || name.charCodeAt(n - 6) !== 45) return false;
  for (let k = n - 5; k < n; k++) {
    const c = name.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

const TIDB_PD = componentById('tidb-pd') as ComponentInfo;
const VITESS_TABLET = componentById('vitess-vttablet') as ComponentInfo;
/**
 * A part's name ending, and the other parts of its cluster, by the endings anyone's workload may have too: TiDB Operator's
 * <cluster>-pd beside its discovery service, TidbMonitor (named after the cluster in its examples) and the old tidb-cluster chart's
 * monitor configurator Job, the Vitess Helm chart's
 * <shard>-rdonly tablets beside the same shard's -replica ones.
 */
const SIBLINGS: readonly { part: ComponentInfo; end: string; others: readonly (readonly [string, ComponentInfo])[] }[] = [
  { part: TIDB_PD, end: '-pd', others: [['-discovery', componentById('tidb-discovery') as ComponentInfo], ['-monitor', componentById('tidb-monitor') as ComponentInfo], ['-monitor-configurator', componentById('tidb-monitor-configurator') as ComponentInfo]] },
  { part: VITESS_TABLET, end: '-rdonly', others: [['-replica', VITESS_TABLET]] },
];

/**
 * Rows no entry took whose workload is `<cluster><ending>` of a sibling of a part the paste shows in that namespace. A sibling
 * that is a Job says what its pod's `<name>-<5>` could not (ez/03: demo-monitor-configurator-v697r, guessed a DaemonSet's).
 */
function clusterSiblings(rows: readonly PodRow[], comps: (ComponentInfo | null)[], ctx: FastOwnerContext): void {
  const named = new Map<string, ComponentInfo>();
  for (let i = 0; i < rows.length; i++) {
    const w = rows[i]?.workload;
    const c = comps[i];
    if (w == null || c == null) continue;
    for (const s of SIBLINGS) {
      if (s.part !== c || !w.name.endsWith(s.end)) continue;
      const cluster = w.name.slice(0, -s.end.length);
      for (const [end, other] of s.others) named.set(nsKey(rows[i]?.namespace ?? null, cluster + end), other);
    }
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (comps[i] !== null || r.workload === null) continue;
    const c = named.get(nsKey(r.namespace, r.workload.name));
    if (c === undefined) continue;
    comps[i] = c;
    if (c.kind === 'Job' && (r.workload.kind !== 'Job' || r.workload.confidence !== 'high')) r.workload = ctx.workload('Job', r.workload.name, 'high');
  }
}

const RABBITMQ_CLUSTER = componentById('rabbitmq-cluster') as ComponentInfo;
/** What the RabbitMQ cluster operator adds to a RabbitmqCluster's name for its StatefulSet and for its headless Service. */
const RABBITMQ_SERVER = '-server';
const RABBITMQ_NODES = '-nodes';
/** Erlang's ports, which that headless Service alone opens: epmd's and the one RabbitMQ's nodes cluster over. */
const EPMD_PORT = '4369/';
const ERLANG_DIST_PORT = '25672/';

/**
 * The RabbitmqClusters other tables show (hunt ci/21-23): listed (`rabbitmqcluster.rabbitmq.com/<name>` in a `get all`,
 * `get rabbitmqclusters` or its short name `rmq`, or by its printer columns), or by the headless Service the operator
 * makes for each, `<name>-nodes`, on Erlang's ports 4369 and 25672. Null when none.
 */
function rabbitmqClustersShown(tables: readonly TableInfo[], lines: readonly string[], kinds: readonly string[]): Set<string> | null {
  let out: Set<string> | null = null;
  for (const t of tables) {
    if (t.columns.includes('PORT(S)')) {
      const namespaced = t.columns[0] === 'NAMESPACE';
      for (const text of tableRowTexts(t, lines, kinds)) {
        if (!text.includes(ERLANG_DIST_PORT) || !text.includes(EPMD_PORT)) continue;
        const name = otherRowName(text, namespaced);
        if (name.length > RABBITMQ_NODES.length && name.endsWith(RABBITMQ_NODES)) (out ??= new Set()).add(name.slice(0, -RABBITMQ_NODES.length));
      }
    } else if (t.kind.startsWith('rabbitmqcluster') || t.kind === 'rmq' || (t.columns.includes('ALLREPLICASREADY') && t.columns.includes('RECONCILESUCCESS'))) {
      for (const name of tableNames(t, lines, kinds)) (out ??= new Set()).add(name);
    }
  }
  return out;
}

/** Rows no entry took whose StatefulSet is `<cluster>-server` of a RabbitmqCluster the paste shows: its RabbitMQ nodes. */
function rabbitmqServers(rows: readonly PodRow[], comps: (ComponentInfo | null)[], tables: readonly TableInfo[], lines: readonly string[], kinds: readonly string[]): void {
  const clusters = rabbitmqClustersShown(tables, lines, kinds);
  if (clusters === null) return;
  for (let i = 0; i < rows.length; i++) {
    const w = (rows[i] as PodRow).workload;
    if (comps[i] !== null || w === null || w.kind !== 'StatefulSet' || !w.name.endsWith(RABBITMQ_SERVER)) continue;
    if (clusters.has(w.name.slice(0, -RABBITMQ_SERVER.length))) comps[i] = RABBITMQ_CLUSTER;
  }
}

/** The training jobs' kinds Katib runs trials as (a PyTorchJob per trial): their pods' owners as operatorOwners reads them. */
const TRIAL_KINDS: ReadonlySet<string> = new Set(['PyTorchJob', 'TFJob', 'MPIJob']);
/** The suggestion services' algorithm names Katib's docs list: a Suggestion's Deployment is <experiment>-<algorithm>. */
const KATIB_ALGORITHMS: readonly string[] = ['random', 'grid', 'hyperband', 'bayesianoptimization', 'tpe', 'multivariate-tpe', 'cmaes', 'sobol', 'enas', 'darts', 'pbt'];
const KATIB_SUGGESTION = componentById('katib-suggestion') as ComponentInfo;
/** The random part Katib gives a trial's name, <experiment>-<8 characters>. */
const TRIAL_ID = 8;

/**
 * Katib's suggestion Deployment, `<experiment>-<algorithm>` (`pytorchjob-example-random`), beside the experiment's trials, training
 * jobs `<experiment>-<8>`: an algorithm's name alone ends anyone's workload (`quotes-random`), the trials beside it say Katib (hunt cj/07).
 */
function katibSuggestions(rows: readonly PodRow[], comps: (ComponentInfo | null)[]): void {
  const experiments = new Set<string>();
  for (const r of rows) {
    const w = r.workload;
    if (w === null || !TRIAL_KINDS.has(w.kind) || w.name.length <= TRIAL_ID + 1 || w.name.charCodeAt(w.name.length - TRIAL_ID - 1) !== 45) continue;
    experiments.add(nsKey(r.namespace, w.name.slice(0, -TRIAL_ID - 1)));
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    if (comps[i] !== null || w === null || w.kind !== 'Deployment') continue;
    for (const a of KATIB_ALGORITHMS) {
      if (w.name.length > a.length + 1 && w.name.endsWith(a) && w.name.charCodeAt(w.name.length - a.length - 1) === 45 && experiments.has(nsKey(r.namespace, w.name.slice(0, -a.length - 1)))) {
        comps[i] = KATIB_SUGGESTION;
        break;
      }
    }
  }
}

/** Distinct generic names of one project, in rows without a namespace, that say the project together. */
const FAMILY_NAMES = 3;

/**
 * Rows without a namespace (no column, no -n) whose workloads bear one project's generic names, three or more of them
 * (Flux's source-controller, kustomize-controller, helm-controller...): that project's, as in its own namespace.
 */
function familiesWithoutNamespace(rows: readonly PodRow[], comps: (ComponentInfo | null)[], ctx: FastOwnerContext): void {
  let byEntry: Map<ComponentInfo, { names: Set<string>; rows: number[] }> | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (comps[i] !== null || r.namespace !== null || r.workload === null) continue;
    for (const e of genericOwners(r.workload.name)) {
      byEntry ??= new Map();
      let f = byEntry.get(e);
      if (f === undefined) byEntry.set(e, (f = { names: new Set(), rows: [] }));
      f.names.add(r.workload.name);
      f.rows.push(i);
    }
  }
  if (byEntry === null) return;
  /** The one namespace the families found place the rows in; '' once two families disagree. */
  let placed: string | null = null;
  for (const [e, f] of byEntry) {
    if (f.names.size < FAMILY_NAMES) continue;
    const home = e.namespaces[0] ?? null;
    for (const i of f.rows) {
      if (comps[i] !== null) continue;
      comps[i] = e;
      if (home !== null) ownerAtHome(rows[i] as PodRow, home, ctx);
    }
    if (home !== null) placed = placed === null || placed === home ? home : '';
  }
  // The listing is that namespace's, so the project's other parts that count only there are its too (Fission's logger
  // DaemonSet beside its buildermgr, executor and kubewatcher, dx/14). Not in kube-system, which holds anyone's.
  if (placed === null || placed === '' || placed === 'kube-system') return;
  partsAtHome(rows, comps, placed, ctx);
}

/**
 * A row's owner guessed without its namespace, read again in the namespace its project's names place it in: the knowledge
 * base's entries that count only there (OpenShift Local's four catalogs, `oc get pods` in openshift-marketplace: each its
 * CatalogSource's registry pod, cm/10) say more than the name's shape did (a DaemonSet's, one per node).
 */
function ownerAtHome(r: PodRow, home: string, ctx: FastOwnerContext): void {
  const w = r.workload;
  if (w === null || w.confidence !== 'low') return;
  const again = ownerOf(r.name, packedShape(r.name), home, r.node, r.status, ctx, r.restarts !== null && r.restarts.count > 0);
  if (again.confidence !== 'low') r.workload = again;
}

/**
 * A namespace, or the rows without one, where one project's family of parts shows together (JupyterHub's hub and proxy in a
 * namespace of the user's; linkerd-viz's web, tap and metrics-api pasted without their namespace): at least FAMILY_MIN of its
 * names, of rows no other entry took. There its generic names count, and a name of it another entry took alone (the grafana
 * beside linkerd-viz's parts) is the family's. Counted names include one of the family's own, or one its entry took by
 * itself anywhere (a prefix's alone, two KubeSpawner pods jupyter-a and jupyter-b, make no JupyterHub); a bare pod's entry
 * (jupyter-<user>) takes only bare pods.
 */
function familiesTogether(rows: readonly PodRow[], comps: (ComponentInfo | null)[], ctx: FastOwnerContext): void {
  const groups = new Map<string, { names: Set<string>; own: boolean }>();
  const key = (family: string, namespace: string | null): string => `${family}\u0000${namespace ?? ''}`;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    const c = comps[i] as ComponentInfo | null;
    if (w === null || (c !== null && c.family === null)) continue;
    const own = familiesOf(w.name);
    for (const f of own.length > 0 ? own : familiesMatching(w.name)) {
      if (c !== null && c.family !== f) continue;
      const m = familyMember(w.name, f);
      if (m === undefined || (m.kind === 'Pod' && w.kind !== 'Pod')) continue;
      const k = key(f, r.namespace);
      let g = groups.get(k);
      if (g === undefined) groups.set(k, (g = { names: new Set(), own: false }));
      g.names.add(w.name);
      // A name of the family's own, or a row one of its entries took by itself, anywhere (llm-d's decode server, by a suffix
      // only llm-d's chart gives): either vouches for the family as much.
      if (own.length > 0 || (c !== null && !c.onlyInNamespaces)) g.own = true;
    }
  }
  /** The families each namespace (or '' for the rows without one) shows together. */
  let together: Map<string, string[]> | null = null;
  for (const [k, g] of groups) {
    const cut = k.indexOf('\u0000');
    const f = k.slice(0, cut);
    if (!g.own || g.names.size < (FAMILY_MIN[f] ?? Infinity)) continue;
    together ??= new Map();
    const ns = k.slice(cut + 1);
    together.set(ns, [...(together.get(ns) ?? []), f]);
  }
  if (together === null) return;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    const families = w === null ? undefined : together.get(r.namespace ?? '');
    if (w === null || families === undefined) continue;
    for (const f of families) {
      if (comps[i]?.family === f) break;
      const m = familyMember(w.name, f);
      if (m === undefined || (m.kind === 'Pod' && w.kind !== 'Pod')) continue;
      comps[i] = m;
      // A hook Job of the family (Gloo Edge's gateway-certgen, fc/02) its name's shape only guessed: the Job's for sure now.
      if (m.kind === 'Job' && w.kind === 'Job' && w.confidence !== 'high' && w.name.length === r.name.length - 6) r.workload = ctx.workload('Job', w.name, 'high');
      break;
    }
  }
}

/**
 * Rows without a namespace, where those the knowledge base knows all belong to one project's namespace (longhorn-manager,
 * share-manager-* and engine-image-* in longhorn-system): a listing of that namespace, so the project's generic names
 * (instance-manager-e-<id>) count as in it. Not where those rows point at several namespaces (two listings, or kube-system
 * beside a project's).
 */
function projectHomeWithoutNamespace(rows: readonly PodRow[], comps: (ComponentInfo | null)[], ctx: FastOwnerContext): void {
  let home: string | null = null;
  let unmatched = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (r.namespace !== null) continue;
    const c = comps[i] as ComponentInfo | null;
    if (c === null) {
      unmatched = true;
      continue;
    }
    if (c.onlyInNamespaces || c.namespaces.length === 0) continue;
    const ns = c.namespaces[0] as string;
    if (home === null) home = ns;
    else if (home !== ns) return;
  }
  if (home === null || !unmatched || home === 'kube-system') return;
  partsAtHome(rows, comps, home, ctx);
}

/**
 * Rows without a namespace in a listing found to be `home`'s: the parts of a project that count only there are its
 * components, and their owners are read again there (see ownerAtHome).
 */
function partsAtHome(rows: readonly PodRow[], comps: (ComponentInfo | null)[], home: string, ctx: FastOwnerContext): void {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (comps[i] !== null || r.namespace !== null) continue;
    const c = componentOf({ ...r, namespace: home }, ctx);
    if (c === null || !c.onlyInNamespaces || !c.namespaces.includes(home)) continue;
    comps[i] = c;
    // Its owner too: the shape's guess (a DaemonSet's -xxxxx) yields to what the entry there says (a chart's set-up Job, dx/16).
    ownerAtHome(r, home, ctx);
  }
}

/**
 * Pod names an editor or a blog capitalised (`Cilium-node-init-7xk2p`): Kubernetes names are lower case (RFC 1123),
 * so the first letter goes back to small where the rest has no capital, and owners, components and next commands
 * read the real name. Returns the first such row's line, -1 when none.
 */
function uncapitalise(rows: readonly PodRow[]): number {
  let first = -1;
  for (const r of rows) {
    const c = r.name.charCodeAt(0);
    if (c < 65 || c > 90 || r.name.length < 2) continue;
    let lower = true;
    for (let i = 1; i < r.name.length && lower; i++) {
      const d = r.name.charCodeAt(i);
      if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 45 || d === 46)) lower = false;
    }
    if (!lower) continue;
    r.name = String.fromCharCode(c + 32) + r.name.slice(1);
    if (first < 0) first = r.line;
  }
  return first;
}

/**
 * NODE cells a paste hid in capitals (`MASQUED`, `REDACTED`, `XXXX`): node names are lower case (RFC 1123), so
 * such a cell is no node, and counting seven DaemonSet pods on one "MASQUED" node would mislead. They read as no
 * node. Returns the first such row's line, -1 when none.
 */
function hideNodePlaceholders(rows: readonly PodRow[]): number {
  let first = -1;
  let last: string | null = null;
  let lastHidden = false;
  for (const r of rows) {
    const node = r.node;
    if (node === null) continue;
    const c = node.charCodeAt(0);
    if (c < 65 || c > 90) continue;
    // Cells repeat (one string per value): the last one's answer is often this one's.
    if (node !== last) {
      last = node;
      lastHidden = node.length >= 3;
      for (let i = 0; i < node.length && lastHidden; i++) {
        const d = node.charCodeAt(i);
        if (!((d >= 65 && d <= 90) || d === 95 || d === 45)) lastHidden = false;
      }
    }
    if (!lastHidden) continue;
    r.node = null;
    if (first < 0) first = r.line;
  }
  return first;
}

/** Owners that show an operator's hand, for {@link operatorOwners}. */
function operatorMark(w: Workload): boolean {
  const name = w.name;
  return name.endsWith('-head') || name.endsWith('-entity-operator') || name.endsWith('-kafka-exporter') || name.endsWith('-cruise-control')
    || name.startsWith('cnpg') || name.endsWith('cloudnative-pg') || name.endsWith('-initdb') || name.endsWith('-join') || name.endsWith('-recovery') || name.endsWith('-pgbasebackup')
    || name === TEKTON_CONTROLLER || isArgoController(name) || (w.kind === 'Pod' && argoWorkflow(name) !== null)
    // Spark's executors and Flink's TaskManagers read as StatefulSets by their shape; a Spark driver as a bare pod.
    || (w.kind === 'StatefulSet' && (name.endsWith('-exec') || name.indexOf('-taskmanager-') > 0)) || (w.kind === 'Pod' && name.endsWith('-driver'))
    // Kafka and ZooKeeper read as StatefulSets by their shape: Strimzi's, where the paste says its version (see strimziEra).
    || (w.kind === 'StatefulSet' && (name.endsWith('-kafka') || name.endsWith('-zookeeper') || vitessEtcd(name)))
    || (w.kind === 'Deployment' && (TRAINING_OPERATORS.has(name) || name.endsWith(ARC_CONTROLLER) || name === 'controller-manager' || argoUi(name) || OLM_OPERATORS.has(name)
      || name === MARKETPLACE_OPERATOR || name === PORTWORX_OPERATOR || etcdOperator(name) || name.endsWith(NATS_OPERATOR) || name.endsWith(NATS_STREAMING_OPERATOR)))
    // The MPI operator's launcher Job reads as a DaemonSet while it runs; training replicas read as StatefulSets (see trainingJobKinds).
    || ((w.kind === 'DaemonSet' || w.kind === 'Job') && name.endsWith(MPI_LAUNCHER)) || (w.kind === 'StatefulSet' && trainingRole(name))
    // dask-gateway's scheduler reads as a bare pod, its workers as a DaemonSet's (see daskPod).
    || (w.kind === 'Pod' && name.startsWith(DASK_SCHEDULER) && daskPod(name) !== null) || (name.startsWith(DASK_WORKER) && isDaskId(name, DASK_WORKER.length))
    // Tekton's pods without its controller in the paste: several `<run>-<5>-<task>-pod` (see operatorOwners).
    || (w.kind === 'Pod' && tektonPodTail(name))
    // Their `-pod-<5>` before 0.21 reads as a Job's or a DaemonSet's.
    || ((w.kind === 'Job' || w.kind === 'DaemonSet') && name.endsWith('-pod'))
    // Volcano's MPI tasks read as StatefulSets, a master that completed as a bare pod (see volcanoMpiJob).
    || ((w.kind === 'StatefulSet' || w.kind === 'Pod') && name.indexOf(VOLCANO_MPI) > 0)
    // Slinky's NodeSets read as StatefulSets (or DaemonSets, before its pods were numbered): see slinkyRelease.
    || ((w.kind === 'StatefulSet' || w.kind === 'DaemonSet') && slinkyRelease(name) !== null);
}

/**
 * Slinky's slurm chart names each NodeSet (nodesets.slinky.slurm.net) `<release>-compute-<nodeset>`, from v1
 * `<release>-worker-<nodeset>` (eg/11: slurm-worker-slinky-0 beside slurm-controller-0), and its slurmctld a StatefulSet
 * `<release>-controller` (release `slurm` by default). The NodeSet controller makes the slurmd pods itself, `<nodeset>-<n>`
 * (`-<5>` in 0.1): no StatefulSet of that name exists (hunt bg/02).
 */
const SLINKY_NODESET_INFIXES = ['-compute-', '-worker-'] as const;
const SLINKY_CONTROLLER = '-controller';
const SLURM = 'slurm';

/** Where a NodeSet's `-compute-` or `-worker-` infix starts in a name, else -1 (see SLINKY_NODESET_INFIXES). */
function slinkyInfix(name: string): number {
  for (const infix of SLINKY_NODESET_INFIXES) {
    const at = name.indexOf(infix);
    if (at > 0 && at + infix.length < name.length) return at;
  }
  return -1;
}

/** The `<release>` of a `<release>-compute-<nodeset>` or `-worker-` name with Slurm in it, else null (see SLINKY_NODESET_INFIXES). */
function slinkyRelease(name: string): string | null {
  const at = slinkyInfix(name);
  return at > 0 && name.lastIndexOf(SLURM, at) >= 0 ? name.slice(0, at) : null;
}

/**
 * The task names of Volcano's MPI examples and docs (`mpimaster`, `mpiworker`; its ssh plugin writes each task's hosts to
 * /etc/volcano/<task>.host, which their commands read), no other controller's.
 */
const VOLCANO_MPI = '-mpi';
const VOLCANO_MPI_POD = /^(.+)-mpi(master|worker)-\d{1,5}$/;

/**
 * The Volcano Job and task a `<vcjob>-mpimaster-<n>` or `<vcjob>-mpiworker-<n>` pod's name gives, else null. Volcano's
 * controller makes each task's pods itself, `<vcjob>-<task>-<index>`: no StatefulSet, so a master that completed stays so.
 */
function volcanoMpiJob(name: string): { job: string; master: boolean } | null {
  const m = name.indexOf(VOLCANO_MPI) > 0 ? VOLCANO_MPI_POD.exec(name) : null;
  return m === null ? null : { job: m[1] as string, master: m[2] === 'master' };
}

/** The vitess-operator's EtcdLockserver name, `<cluster>-etcd-<8 hex>` (example-etcd-faf13de3). */
function vitessEtcd(name: string): boolean {
  const n = name.length;
  if (n < 15 || !name.endsWith('-etcd-', n - 8)) return false;
  for (let i = n - 8; i < n; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** Kubeflow's training operator (since 1.5), and the per-framework operators before it, in any namespace (a sign, not a match). */
const TRAINING_OPERATORS: ReadonlySet<string> = new Set(['training-operator', 'tf-job-operator', 'pytorch-operator', 'mpi-operator']);
const MPI_OPERATOR = 'mpi-operator';
/**
 * The MPI operator (kubeflow/mpi-operator, every version from v1alpha1 to v2beta1) runs an MPIJob's launcher as a
 * batch Job, `<mpijob>-launcher`, whose pod is `<mpijob>-launcher-<5>`. (The training operator's MPIJob makes a
 * bare pod `<mpijob>-launcher` instead.)
 */
const MPI_LAUNCHER = '-launcher';
/**
 * The launcher replica a bare pod `<mpijob>-launcher` is (read as a pod of its own, low), else null: the MPI operator's v1
 * controller (mpi-operator 0.2-0.3's `v1` directory) and the training operator's MPIJob make the launcher and each
 * worker `<mpijob>-worker-<n>` as pods of their own, no Job, no StatefulSet (see trainingJobKinds).
 */
function bareLauncher(r: PodRow): { job: string; role: string } | null {
  const w = r.workload;
  if (w === null || w.kind !== 'Pod' || w.confidence !== 'low' || r.name.length <= MPI_LAUNCHER.length + 1 || !r.name.endsWith(MPI_LAUNCHER)) return null;
  return { job: r.name.slice(0, -MPI_LAUNCHER.length), role: 'launcher' };
}
/** Words of a paste about Kubeflow's training jobs: the kinds, Katib (whose trials run them). */
const TRAINING_WORD = /pytorch|tfjob|katib/i;

/** Whether a StatefulSet's name ends in a training replica type (`<job>-master`): see trainingJobKinds. */
function trainingRole(name: string): boolean {
  return name.endsWith('-master') || name.endsWith('-worker') || name.endsWith('-chief') || name.endsWith('-ps');
}

/** A selector of a CloudNativePG cluster's pods, as its services (SELECTOR column) and commands (`-l`) carry it. */
const CNPG_CLUSTER_SELECTOR = 'cnpg.io/cluster=';
const CNPG_SELECTED = /cnpg\.io\/cluster=([a-z0-9][-a-z0-9.]{0,252})/g;
/** A sentence's full stop after a name. */
const TRAILING_DOTS = /\.+$/;

/** `-L cnpg.io/instanceRole` prints this column: a value in it marks a CloudNativePG instance. */
const CNPG_ROLE_COLUMN = 'INSTANCEROLE';
/**
 * `-L role`, the label CloudNativePG set before cnpg.io/instanceRole and still sets, as its docs and labs list instances
 * (eh/16): primary or replica there. Crunchy PGO's role label says master, Zalando's is spilo-role; KubeBlocks' roles
 * say primary too, on `<cluster>-<component>-0` pods. So it only says CloudNativePG is in the paste: which sets are its
 * Clusters the numbering still decides (no `-0`).
 */
const CNPG_OLD_ROLE_COLUMN = 'ROLE';

/**
 * The CloudNativePG Clusters a `kubectl get cluster` table lists: its printer columns (NAME AGE INSTANCES READY STATUS
 * PRIMARY) are no other kind's, and its rows' names are Clusters whose instances are `<cluster>-<n>` pods, numbered from 1
 * with no StatefulSet (hunt ci/24). Null where no such table shows.
 */
function cnpgClustersListed(tables: readonly TableInfo[], lines: readonly string[], kinds: readonly string[]): Set<string> | null {
  let out: Set<string> | null = null;
  for (const t of tables) {
    if (!t.columns.includes('INSTANCES') || !t.columns.includes('PRIMARY')) continue;
    for (const name of tableNames(t, lines, kinds)) (out ??= new Set()).add(name);
  }
  return out;
}

/**
 * The names an other table's rows hold: its rows follow its header (line t.line, 1-based); a blank or a note between
 * them is passed over, not read. The name after a NAMESPACE column's, less a `kind/` before it.
 */
function tableNames(t: TableInfo, lines: readonly string[], kinds: readonly string[]): string[] {
  const namespaced = t.columns[0] === 'NAMESPACE';
  const out: string[] = [];
  for (const text of tableRowTexts(t, lines, kinds)) {
    const name = otherRowName(text, namespaced);
    if (name !== '') out.push(name);
  }
  return out;
}

/** An other table's row's name: its NAME cell, less a `kind/` before it; empty when the row has none. */
function otherRowName(text: string, namespaced: boolean): string {
  const cell = text.trim().split(/\s+/)[namespaced ? 1 : 0] ?? '';
  const slash = cell.indexOf('/');
  return slash > 0 ? cell.slice(slash + 1) : cell;
}

/** The lines of an other table's rows, in order (see {@link tableNames}). */
function tableRowTexts(t: TableInfo, lines: readonly string[], kinds: readonly string[]): string[] {
  const out: string[] = [];
  let left = t.rows;
  for (let i = t.line; i < lines.length && left > 0 && i < t.line + t.rows * 2 + 8; i++) {
    if (kinds[i] !== 'other-table') continue;
    left--;
    out.push(lines[i] as string);
  }
  return out;
}
const TEKTON_LISTED = 1;
const TEKTON = 'tekton';
/** tkn, Tekton's CLI, typed at the start of a line or after a prompt (`$ tkn taskrun logs build-run`). */
const TKN_COMMAND = /(?:^|[$#>] ?)tkn (?:taskrun|tr|pipelinerun|pr|task|t|pipeline|p|clustertask|ct) /m;
const ARGO_LISTED = 2;
/** The Spark operator's SparkApplications listed, or its `sparkoperator.k8s.io/...` labels selected. */
const SPARK_LISTED = 4;
const PYTORCH_LISTED = 8;
const TF_LISTED = 16;
const MPI_LISTED = 32;
/** The training operator's `training.kubeflow.org/...` labels selected (a job of some kind). */
const TRAINING_SELECTED = 64;
const TRAINING_LISTED = PYTORCH_LISTED | TF_LISTED | MPI_LISTED | TRAINING_SELECTED;
/** OLM's CatalogSources, Portworx's StorageClusters, etcd-operator's EtcdClusters listed (their names, see operatorResourcesNamed). */
const CATALOGS_LISTED = 128;
const STORAGE_CLUSTERS_LISTED = 256;
const ETCD_CLUSTERS_LISTED = 512;
/** Volcano's Jobs (batch.volcano.sh, `vcjob`). */
const VOLCANO_JOBS_LISTED = 1024;
/** OpenKruise's CloneSets (apps.kruise.io, `clone`). */
const CLONESETS_LISTED = 2048;
/** The legacy actions-runner-controller's RunnerDeployments or RunnerReplicaSets (actions.summerwind.dev, `rdeploy`). */
const ARC_LISTED = 4096;
/** Agones' Fleets, GameServerSets or GameServers (agones.dev, `flt`, `gss`, `gs`). */
const FLEETS_LISTED = 8192;
/** Argo Rollouts' Rollouts (argoproj.io, `ro`). */
const ROLLOUTS_LISTED = 16384;
/** JobSets (jobset.x-k8s.io, `js`). */
const JOBSETS_LISTED = 32768;
/** The label JobSet puts on its Jobs' pods, naming the JobSet. */
const JOBSET_NAME_LABEL = 'jobset.sigs.k8s.io/jobset-name';
const RESOURCES_LISTED = CATALOGS_LISTED | STORAGE_CLUSTERS_LISTED | ETCD_CLUSTERS_LISTED | VOLCANO_JOBS_LISTED | CLONESETS_LISTED | FLEETS_LISTED | ROLLOUTS_LISTED | JOBSETS_LISTED;
const RESOURCE_BITS: Readonly<Record<ListedResource, number>> = { CatalogSource: CATALOGS_LISTED, StorageCluster: STORAGE_CLUSTERS_LISTED, EtcdCluster: ETCD_CLUSTERS_LISTED, VolcanoJob: VOLCANO_JOBS_LISTED, CloneSet: CLONESETS_LISTED, Fleet: FLEETS_LISTED, GameServerSet: FLEETS_LISTED, GameServer: FLEETS_LISTED, Rollout: ROLLOUTS_LISTED, JobSet: JOBSETS_LISTED };
type ListedResource = 'CatalogSource' | 'StorageCluster' | 'EtcdCluster' | 'VolcanoJob' | 'CloneSet' | 'Fleet' | 'GameServerSet' | 'GameServer' | 'Rollout' | 'JobSet';

/**
 * The operator's resource a kubectl argument names (`catsrc`, `stc/mycluster`, `etcdclusters.etcd.database.coreos.com`),
 * else null. Not another group's kind of the same name: OpenShift Data Foundation's StorageCluster (ocs.openshift.io)
 * owns no pods, the new etcd-io etcd-operator's EtcdCluster (operator.etcd.io) runs a StatefulSet.
 */
function listedResource(arg: string): ListedResource | null {
  const slash = arg.indexOf('/');
  const full = (slash > 0 ? arg.slice(0, slash) : arg).toLowerCase();
  const dot = full.indexOf('.');
  const kind = dot > 0 ? full.slice(0, dot) : full;
  const group = dot > 0 ? full.slice(dot + 1) : null;
  if (kind === 'catsrc' || kind === 'catalogsource' || kind === 'catalogsources') return group === null || group.endsWith('operators.coreos.com') ? 'CatalogSource' : null;
  if (kind === 'stc' || kind === 'storagecluster' || kind === 'storageclusters') return group === null || group.endsWith('core.libopenstorage.org') ? 'StorageCluster' : null;
  if (kind === 'etcdcluster' || kind === 'etcdclusters') return group === null || group.endsWith('etcd.database.coreos.com') ? 'EtcdCluster' : null;
  // Volcano's short names, or its Job by the full name (a `job` alone is batch/v1's).
  if (kind === 'vcjob' || kind === 'vcjobs' || kind === 'vj') return group === null || group.endsWith('batch.volcano.sh') ? 'VolcanoJob' : null;
  if ((kind === 'job' || kind === 'jobs') && group !== null && group.startsWith('batch.volcano.sh')) return 'VolcanoJob';
  if (kind === 'clone' || kind === 'clones' || kind === 'cloneset' || kind === 'clonesets') return group === null || group.endsWith('apps.kruise.io') ? 'CloneSet' : null;
  if (kind === 'flt' || kind === 'fleet' || kind === 'fleets') return group === null || group.endsWith('agones.dev') ? 'Fleet' : null;
  if (kind === 'gss' || kind === 'gameserverset' || kind === 'gameserversets') return group === null || group.endsWith('agones.dev') ? 'GameServerSet' : null;
  if (kind === 'gs' || kind === 'gameserver' || kind === 'gameservers') return group === null || group.endsWith('agones.dev') ? 'GameServer' : null;
  if (kind === 'ro' || kind === 'rollout' || kind === 'rollouts') return group === null || group.endsWith('argoproj.io') ? 'Rollout' : null;
  if (kind === 'js' || kind === 'jobset' || kind === 'jobsets') return group === null || group.endsWith('jobset.x-k8s.io') ? 'JobSet' : null;
  return null;
}

/**
 * A table with a Fleet's columns, whatever its command says (hunt dd/27: `kubectl get fleee` printing one): Agones'
 * printer columns SCHEDULING and ALLOCATED are no other kind's pair.
 */
function fleetColumns(columns: readonly string[]): boolean {
  return columns.includes('ALLOCATED') && columns.includes('SCHEDULING');
}

const KUBEBLOCKS = 'KubeBlocks';

/** The prefix of the kubelet's node-pressure taints (`node.kubernetes.io/disk-pressure`), and the taints after it. */
const PRESSURE_TAINT = 'node.kubernetes.io/';
/** What the paste is searched for first: the taint's prefix is in every `kubectl describe pod`'s default tolerations. */
const PRESSURE_MARK = '-pressure';
/** What the paste is searched for before the Conditions rows of `kubectl describe node` (`MemoryPressure   True`). */
const CONDITION_MARK = 'Pressure ';
/** MicroK8s named anywhere (`microk8s.status`, `snap install microk8s`, MicroK8s): its nodes carry no role labels. */
const MICROK8S_MARK = 'icrok8s';
/** A flag a listing may have needed to reach its cluster at all: carried to its rows' next commands. */
const SKIP_TLS = '--insecure-skip-tls-verify';
/** The kubelet's event when an in-place resize restarts a container (resizePolicy RestartContainer). */
const RESIZE_MARK = 'resize requires restart';
/** The scheduler's event for a pod it could not place (describe's Events, `get events`): see unschedulableRows. */
const UNSCHEDULABLE_MARK = 'FailedScheduling';
/** The kubelet's and the attach/detach controller's events for a volume a placed pod cannot get: see volumeFailingRows. */
const VOLUME_MARKS: readonly string[] = ['FailedMount', 'FailedAttachVolume'];
/** The kubelet's event for a probe that failed: see probeKilledRows. */
const PROBE_MARK = 'Unhealthy';
/** The line of `kubectl describe pvc` that names the pods mounting the claim: see describedClaimUsers. */
const CLAIM_USERS: readonly string[] = ['Used By:', 'Mounted By:'];
/** A pod manifest's reference to a PersistentVolumeClaim: see manifestClaimUsers. */
const CLAIM_NAME = 'claimName:';
/** `pod/<name>` on a `kubectl get events` line (its OBJECT column). */
const EVENT_POD = /(?:^|\s)pod\/([a-z0-9][-a-z0-9.]{0,252})\s/;

/**
 * Pods the paste's events show restarted by an in-place resize (`Killing  pod/resize-demo  Container app resize
 * requires restart`), to the first event's line and the number of such events. Only `get events` lines, which name their pod; a describe's events do not.
 */
function resizeRestarts(lines: readonly string[]): Map<string, { line: number; count: number }> | undefined {
  let out: Map<string, { line: number; count: number }> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (!l.includes(RESIZE_MARK)) continue;
    const m = EVENT_POD.exec(l);
    if (m === null) continue;
    const seen = (out ??= new Map()).get(m[1] as string);
    if (seen === undefined) out.set(m[1] as string, { line: i + 1, count: 1 });
    else seen.count++;
  }
  return out;
}

/** kubens's word that it switched (`✔ Active namespace is "kamel".`): the line a paste keeps when an alias ran it. */
const KUBENS_SAID = 'Active namespace is "';
const KUBENS_SAID_NS = /^\W{0,4}Active namespace is "([a-z0-9][-a-z0-9]{0,62})"\.?\s*$/;
/** What a paste that shows a helm command holds: the one scan spares the others a look at each line. */
const HELM_MARK = 'helm';
/** What {@link explain} looks for in the whole paste before a rare reading (see each use): one scan finds them all. */
const PASTE_MARKS: readonly string[] = [ANSIBLE_LINES, HELM_MARK, '>-', '-<', 'kubens', KUBENS_SAID, 'generateName:', 'set-context', 'eplication', 'job(', 'job/', 'jobs/', 'job.batch/', '..', '\u2026', '-x-', '-xxx', '-XXX', 'xxx-', 'XXX-', 'loneset', 'loneSet', CNPG_CLUSTER_SELECTOR, KUBEBLOCKS, 'jenkins', 'jnlp', JOBSET_NAME_LABEL, '--context', '--kubeconfig', PRESSURE_MARK, MICROK8S_MARK, RESIZE_MARK, SKIP_TLS, UNSCHEDULABLE_MARK, ...VOLUME_MARKS, PROBE_MARK, ...CLAIM_USERS, CLAIM_NAME, CONDITION_MARK];
const PRESSURE_TAINT_KEY = /node\.kubernetes\.io\/(disk|memory|pid)-pressure\b/;
/** A `kubectl describe node` Conditions row with the condition True (`MemoryPressure   True    Wed, 13 Jul ...`). */
const PRESSURE_CONDITION_TRUE = /^\s*(Disk|Memory|PID)Pressure\s+True\s/;

/**
 * The first line naming each node-pressure taint, with the taint; then each pressure condition shown True whose taint
 * the paste does not show (the taint says it already); null for none.
 */
function pressureTaintLines(lines: readonly string[]): { line: number; taint: string; condition?: string }[] | null {
  let out: { line: number; taint: string; condition?: string }[] | null = null;
  let conditions: { line: number; taint: string; condition: string }[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (text.indexOf(PRESSURE_TAINT) < 0) {
      const c = text.indexOf(CONDITION_MARK) > 0 ? PRESSURE_CONDITION_TRUE.exec(text) : null;
      if (c === null) continue;
      const taint = `${PRESSURE_TAINT}${(c[1] as string).toLowerCase()}-pressure`;
      if (conditions === null) conditions = [];
      if (!conditions.some((t) => t.taint === taint)) conditions.push({ line: i + 1, taint, condition: `${c[1] as string}Pressure` });
      continue;
    }
    const m = PRESSURE_TAINT_KEY.exec(text);
    if (m === null) continue;
    const taint = m[0];
    if (out === null) out = [];
    if (!out.some((t) => t.taint === taint)) out.push({ line: i + 1, taint });
  }
  for (const c of conditions ?? []) {
    if (out === null) out = [];
    if (!out.some((t) => t.taint === c.taint)) out.push(c);
  }
  return out;
}

/** The KubeBlocks version `kbcli version` prints (`KubeBlocks: 0.9.0-beta.0`), or prose names. */
const KUBEBLOCKS_VERSION = /\bKubeBlocks:?\s+v?(\d{1,2})\.(\d{1,3})/;
/** `kbcli cluster create [<engine>] <name> [--flags]`, and what it prints: `Cluster <name> created`. */
const KBCLI_CREATE = /\bkbcli\s+cluster\s+create((?:[ \t]+[a-z0-9][-a-z0-9]*){1,2})/g;
const KBCLI_CREATED = /^Cluster ([a-z0-9][-a-z0-9]*) created\b/gm;

/**
 * KubeBlocks from 0.9 on runs each component of a Cluster as an InstanceSet `<cluster>-<component>` (workloads.kubeblocks.io),
 * which makes its pods `<cluster>-<component>-<n>` itself; before, a StatefulSet of that name did. Where the paste states a
 * KubeBlocks of 0.9 or later and names the Cluster (`kbcli cluster create`), such pods, read as a StatefulSet's, are the
 * InstanceSet's. A paste that names no version (the Cluster's table alone) keeps the StatefulSet reading.
 */
function kubeBlocksInstanceSets(rows: readonly PodRow[], input: string, ctx: FastOwnerContext): void {
  const v = KUBEBLOCKS_VERSION.exec(input);
  if (v === null || (Number(v[1]) === 0 && Number(v[2]) < 9)) return;
  let clusters: string[] | null = null;
  for (const m of input.matchAll(KBCLI_CREATE)) {
    // `create <name>` (0.9) or `create <engine> <name>` (1.0): the name is the last word before any flag.
    const words = (m[1] as string).trim().split(/\s+/);
    (clusters ??= []).push(words[words.length - 1] as string);
  }
  for (const m of input.matchAll(KBCLI_CREATED)) (clusters ??= []).push(m[1] as string);
  if (clusters === null) return;
  for (const r of rows) {
    const w = r.workload;
    if (w === null || w.kind !== 'StatefulSet' || w.confidence === 'high') continue;
    if (clusters.some((c) => namedAfter(w.name, c))) r.workload = ctx.workload('InstanceSet', w.name, 'high');
  }
}

/** `cloneset/<name>` (or `clonesets.apps.kruise.io/<name>`) anywhere in a paste's text. */
const CLONESET_NAMED = /(?<![-\w.])clonesets?(?:\.apps\.kruise\.io)?\/([a-z0-9](?:[-a-z0-9.]*[a-z0-9])?)/gi;

/** {@link operatorResourcesNamed} with the CloneSets the paste's text names as `cloneset/<name>`. */
function cloneSetsNamed(input: string, resources: Map<string, ListedResource> | null): Map<string, ListedResource> | null {
  let out = resources;
  for (const m of input.matchAll(CLONESET_NAMED)) {
    const name = m[1] as string;
    if (out === null || !out.has(name)) (out ??= new Map()).set(name, 'CloneSet');
  }
  return out;
}

/** What kubectl prints for an object it made: `<resource>/<name> created` (`job.batch.volcano.sh/nccl-allreduce-job1 created`). */
const RESOURCE_CREATED = /(?:^|\s)([a-z][a-z0-9.-]{0,80}\/[a-z0-9][-a-z0-9.]{0,252}) created\b/;

/**
 * {@link operatorResourcesNamed} with the operators' resources the paste's `kubectl apply` or `create` printed as created
 * (`job.batch.volcano.sh/x created`, `catalogsource.operators.coreos.com/x created`): they exist, as a listing would say.
 */
function resourcesCreated(
  messages: readonly { line: number; id: string }[], lines: readonly string[], resources: Map<string, ListedResource> | null,
): Map<string, ListedResource> | null {
  let out = resources;
  for (const m of messages) {
    if (m.id !== 'resource-changed') continue;
    const text = lines[m.line - 1];
    const made = text === undefined || text.length > 400 ? null : RESOURCE_CREATED.exec(text);
    if (made === null) continue;
    const arg = made[1] as string;
    const kind = listedResource(arg);
    if (kind !== null) (out ??= new Map()).set(arg.slice(arg.indexOf('/') + 1), kind);
  }
  return out;
}

/** Verbs whose positional arguments after a resource are names of it (`kubectl describe stc mycluster`). */
const NAMING_VERBS: ReadonlySet<string> = new Set(['get', 'describe', 'edit', 'delete']);

/**
 * The CatalogSources, StorageClusters and EtcdClusters the paste names, to their kind: the rows of a table a command
 * listing them printed (its NAME cell), and the names a command gives (`describe stc mycluster`, `get etcdcluster/x`).
 * Null when none.
 */
function operatorResourcesNamed(
  commands: readonly { command: KubectlCommand }[], tables: readonly { line: number; rows: number; columns: string[]; kind: string; command: KubectlCommand | null }[],
  lines: readonly string[], kinds: readonly string[],
): Map<string, ListedResource> | null {
  let out: Map<string, ListedResource> | null = null;
  for (const { command } of commands) {
    if (command.verb === null || !NAMING_VERBS.has(command.verb)) continue;
    const args = command.args;
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as string;
      const slash = a.indexOf('/');
      const kind = listedResource(a);
      if (kind === null) continue;
      if (slash > 0 && slash < a.length - 1) (out ??= new Map()).set(a.slice(slash + 1), kind);
      // `get stc a b`: names after the resource, up to the next resource.
      else if (slash < 0) for (let j = i + 1; j < args.length && listedResource(args[j] as string) === null && (args[j] as string).indexOf('/') < 0; j++) (out ??= new Map()).set(args[j] as string, kind);
    }
  }
  for (const t of tables) {
    // The table's kind from its command (`stc`); a `NAME AGE` table has its command's only.
    let kind = listedResource(t.kind);
    if (kind === null && t.command !== null) for (const a of t.command.args) if ((kind = listedResource(a)) !== null) break;
    // A GameServerSet prints the same columns; `get fleet` is what a paste most often shows (get gss names its kind).
    if (kind === null && fleetColumns(t.columns)) kind = 'Fleet';
    if (kind === null) continue;
    for (const name of tableNames(t, lines, kinds)) (out ??= new Map()).set(name, kind);
  }
  // A GameServer `<set>-<5>` listed tells its GameServerSet, so its siblings' pods read as GameServers' too (ev/04: get gs
  // cut after a few rows, the pods of the others beside them).
  if (out !== null) {
    for (const [name, kind] of out) {
      const dash = name.length - 6;
      if (kind === 'GameServer' && dash > 0 && name.charCodeAt(dash) === 45 && !out.has(name.slice(0, dash))) out.set(name.slice(0, dash), 'GameServerSet');
    }
  }
  return out;
}

/**
 * Which operators' resources the paste's commands list or select pods of (TEKTON_LISTED, ARGO_LISTED...): their
 * owners are in use.
 */
function operatorKindsListed(commands: readonly { command: KubectlCommand }[]): number {
  let out = 0;
  for (const { command } of commands) {
    for (const a of command.args) {
      for (const k of a.split(',')) {
        const kind = k.toLowerCase();
        if (kind.startsWith('taskrun') || kind.startsWith('pipelinerun') || kind === 'tr' || kind === 'pr') out |= TEKTON_LISTED;
        else if (kind === 'wf' || kind.startsWith('workflows') || kind === 'workflow' || kind.startsWith('workflows.argoproj')) out |= ARGO_LISTED;
        else if (kind.startsWith('sparkapp') || kind.startsWith('scheduledsparkapp')) out |= SPARK_LISTED;
        else if (kind.startsWith('pytorchjob')) out |= PYTORCH_LISTED;
        else if (kind.startsWith('tfjob')) out |= TF_LISTED;
        else if (kind.startsWith('mpijob')) out |= MPI_LISTED;
        else if (arcKind(kind)) out |= ARC_LISTED;
        else {
          const resource = listedResource(kind);
          if (resource !== null) out |= RESOURCE_BITS[resource];
        }
      }
    }
    if (command.text.indexOf('sparkoperator.k8s.io/') >= 0) out |= SPARK_LISTED;
    if (command.text.indexOf('training.kubeflow.org/') >= 0) out |= TRAINING_SELECTED;
  }
  return out;
}

/**
 * The legacy actions-runner-controller's kinds in a kubectl argument. Not `runners` alone: GitLab's runner operator has
 * a Runner kind too.
 */
function arcKind(kind: string): boolean {
  return kind === 'rdeploy' || kind.startsWith('runnerdeployment') || kind.startsWith('runnerreplicaset') || kind.endsWith(ARC_GROUP);
}
const ARC_GROUP = '.actions.summerwind.dev';

/** {@link operatorKindsListed}'s bits for the operators' resources the paste lists or shows created (`pytorchjob.kubeflow.org/x created`). */
function operatorKindsShown(workloads: readonly { kind: OwnerKind }[]): number {
  let out = 0;
  for (const w of workloads) out |= w.kind === 'SparkApplication' ? SPARK_LISTED : w.kind === 'PyTorchJob' ? PYTORCH_LISTED : w.kind === 'TFJob' ? TF_LISTED : w.kind === 'MPIJob' ? MPI_LISTED : 0;
  return out;
}

/** The name a label selector in the paste's commands gives (`-l sparkoperator.k8s.io/app-name=spark-pi`), by key. */
function selectedNames(commands: readonly { command: KubectlCommand }[], key: string): Set<string> {
  const out = new Set<string>();
  for (const { command } of commands) {
    const t = command.text;
    for (let at = t.indexOf(key); at >= 0; at = t.indexOf(key, at + key.length)) {
      const m = SELECTED_VALUE.exec(t.slice(at + key.length, at + key.length + 260));
      if (m !== null) out.add(m[1] as string);
    }
  }
  return out;
}
const SELECTED_VALUE = /^==?([a-z0-9][-a-z0-9.]*)/;

/**
 * Tekton before 0.21 named a TaskRun's pod `<taskrun>-pod-<5>`, which reads as a Job's or a DaemonSet's: a TaskRun where the
 * run's name says so (Tekton's docs' echo-hello-world-task-run, hunt cf/19) or the paste speaks of Tekton (`taskrun.tekton.dev/x
 * created`, `tkn taskrun logs`, hunt cf/17).
 */
const TASK_RUN_NAMED = /(?:^|-)task-?run(?:-|$)/;
const TEKTON_WORD = /tekton|taskrun|\btkn\s/i;
/**
 * The OpenShift Compliance Operator names its scans' pods `<scan>-<node>-pod` and `<scan>-api-checks-pod`, the shape of a
 * TaskRun's pod; where the paste speaks of it (its operator's pod, `oc get compliancescans`), names alone say no Tekton (hunt ch/24).
 */
const COMPLIANCE_WORD = /compliance-?operator|compliancescans?\b|compliancesuites?\b/i;
/** CloudNativePG's operator: its component's id, and its Deployment's name in its manifest. */
const CNPG_OPERATOR = 'cnpg-controller-manager';
const TEKTON_CONTROLLER = 'tekton-pipelines-controller';
/** Argo Workflows' controller: `workflow-controller`, or `<release>-workflow-controller` from its Helm chart. */
const ARGO_CONTROLLER = 'workflow-controller';
/**
 * OpenShift AI's (Open Data Hub's) data-science-pipelines-operator runs an Argo controller of its own for each pipeline server,
 * `ds-pipeline-workflow-controller-<dspa>`, whose Workflows are that server's runs (ed/17).
 */
const DSP_ARGO_CONTROLLER = 'ds-pipeline-workflow-controller-';
/** Whether a Deployment is an Argo Workflows controller (see ARGO_CONTROLLER, DSP_ARGO_CONTROLLER). */
function isArgoController(name: string): boolean {
  return name.endsWith(ARGO_CONTROLLER) || name.startsWith(DSP_ARGO_CONTROLLER);
}
/** The legacy actions-runner-controller (summerwind): `actions-runner-controller`, `<release>-actions-runner-controller`, or `controller-manager` in its namespace. */
const ARC_CONTROLLER = 'actions-runner-controller';
const ARC_NAMESPACE = 'actions-runner-system';
/**
 * A namespace named for the legacy controller's runners (actions-runner, actions-runner-system, actions-runners): a
 * `<x>-<5>-<5>` pod there is a Runner's, with no controller in the paste (it runs in another namespace, hunt cr/23).
 */
const ARC_WORD = 'actions-runner';

const RAY_HEAD = /^(.+)-head-[a-z0-9]{5}$/;
/**
 * KubeRay's head pod under ENABLE_DETERMINISTIC_HEAD_POD_NAME is `<cluster>-head`, with no generated suffix (its utils
 * PodName; production-stack#653 pasted one), and the cluster's name is cut to RAY_NAME_CUT characters before it.
 */
const RAY_FIXED_HEAD = '-head';
const RAY_NAME_CUT = 50;
/** Words only a paste about KubeRay holds: its kinds (`get rayjob`, a RAY CLUSTER NAME column), its API group, its name. */
const RAY_WORD = /ray ?(?:job|cluster|service)|ray\.io|kuberay/i;

/**
 * Whether the paste shows a head pod's cluster as KubeRay's where its name does not say so (a RayJob's cluster is
 * named after the job): the name by itself (a RAY CLUSTER NAME cell of `get rayjob`, a `get raycluster` row,
 * `raycluster/<name>`), or a worker `<cluster>-<group>-worker-<5>` beside the head.
 */
function rayClusterShown(cluster: string, rows: readonly PodRow[], input: string): boolean {
  for (let at = input.indexOf(cluster); at >= 0; at = input.indexOf(cluster, at + cluster.length)) {
    if (!isNameChar(input.charCodeAt(at - 1)) && !isNameChar(input.charCodeAt(at + cluster.length))) return true;
  }
  const prefix = `${cluster}-`;
  return rows.some((r) => r.name.length > prefix.length + 12 && r.name.startsWith(prefix) && r.name.charCodeAt(r.name.length - 6) === 45 && r.name.indexOf('-worker', cluster.length) >= 0);
}

/**
 * Whether a worker of a head's cluster shows beside it, as KubeRay names them (`<cluster>-<group>-worker-<5>`, or
 * `<cluster>-worker-<group>-<5>` before 1.0) and read so (a generated suffix, not a Deployment's hash): the pair is
 * KubeRay's own, even where the paste has no word of Ray. "Head" and "worker" are Ray's words; no other controller
 * names its pods so.
 */
function rayWorkerBeside(cluster: string, rows: readonly PodRow[]): boolean {
  const prefix = `${cluster}-`;
  const old = `${cluster}-worker-`;
  return rows.some((r) => {
    const w = r.workload;
    return w !== null && (w.kind === 'DaemonSet' || w.kind === 'Job') && r.name.length === w.name.length + 6 && w.name.startsWith(prefix) && (w.name.endsWith('-worker') || w.name.startsWith(old));
  });
}

/** A character of a pod or cluster name (lower case, digits, `-`, `.`); NaN past either end is none. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

/** Argo Workflows' UI: `argo-ui` (Argo 2.x and before), `argo-server` (since 2.5), or either after a Helm release's name. */
function argoUi(name: string): boolean {
  return name === 'argo-ui' || name === 'argo-server' || name.endsWith('-argo-ui') || name.endsWith('-argo-server') || name.endsWith('-argo-workflows-server');
}

/**
 * OLM's own Deployments: the catalog operator runs each CatalogSource's registry as a pod of its own, `<catalogsource>-<5>`;
 * olm-operator and packageserver run beside it, in the same namespace.
 */
const OLM_OPERATORS: ReadonlySet<string> = new Set(['catalog-operator', 'olm-operator', 'packageserver']);
/** How an OLM catalog's index image, and the CatalogSource serving it, is often named (`pixie-operator-index`, `my-operator-index`). */
const CATALOG_INDEX = '-index';
/** OpenShift's marketplace operator: it makes the default CatalogSources in openshift-marketplace, beside their pods. */
const MARKETPLACE_OPERATOR = 'marketplace-operator';
/** The Portworx Operator, and the StorageCluster name Portworx's spec generator gives (`px-cluster-<uuid>`). */
const PORTWORX_OPERATOR = 'portworx-operator';
const PX_CLUSTER = 'px-cluster';
/**
 * The CoreOS etcd-operator's Deployment: `etcd-operator`, the stable/etcd-operator chart's `<release>-etcd-operator-etcd-operator`,
 * or `cilium-etcd-operator`, which runs one for Cilium's EtcdCluster cilium-etcd. Its EtcdClusters are in its own namespace.
 */
const ETCD_OPERATOR = 'etcd-operator';
/** Or one named for the project it runs an EtcdCluster for: microk8s's Mayastor add-on's etcd-operator-mayastor (hunt bh/21). */
const ETCD_OPERATOR_FOR = 'etcd-operator-';

function etcdOperator(name: string): boolean {
  return name.endsWith(ETCD_OPERATOR) || name.startsWith(ETCD_OPERATOR_FOR);
}
/**
 * nats-io's nats-operator and nats-streaming-operator (and a chart's `<release>-nats-operator`): each runs its clusters'
 * servers as pods of its own, `<cluster>-<n>` from 1, owned by the NatsCluster or NatsStreamingCluster (see natsOwner).
 */
const NATS_OPERATOR = 'nats-operator';
const NATS_STREAMING_OPERATOR = 'nats-streaming-operator';
/** Bits of {@link natsOwner}'s operators per namespace. */
const NATS_SERVERS = 1;
const NATS_STREAMING = 2;
const DASK_SCHEDULER = 'dask-scheduler-';
const DASK_WORKER = 'dask-worker-';
/** dask-gateway names each DaskCluster with a uuid's 32 hex digits. */
const DASK_ID = 32;

function isDaskId(name: string, from: number): boolean {
  if (name.length < from + DASK_ID) return false;
  for (let i = from; i < from + DASK_ID; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return name.length === from + DASK_ID;
}

/**
 * A pod dask-gateway's controller made for a DaskCluster: its scheduler `dask-scheduler-<id>` (the cluster owns it)
 * or a worker `dask-worker-<id>-<5>` (generateName; the scheduler pod owns it), else null.
 */
function daskPod(name: string): { cluster: string; worker: boolean } | null {
  if (name.startsWith(DASK_SCHEDULER)) return isDaskId(name, DASK_SCHEDULER.length) ? { cluster: name.slice(DASK_SCHEDULER.length), worker: false } : null;
  const dash = name.length - 6;
  if (!name.startsWith(DASK_WORKER) || dash < 0 || name.charCodeAt(dash) !== 45 || !isDaskId(name.slice(0, dash), DASK_WORKER.length)) return null;
  return { cluster: name.slice(DASK_WORKER.length, dash), worker: true };
}
const STRIMZI_PART = /^(.+)-(?:entity-operator|kafka-exporter|cruise-control)-[a-z0-9]+-[a-z0-9]{5}$/;

/**
 * Which controller runs a Strimzi cluster's Kafka and ZooKeeper pods (`<cluster>-kafka-<n>`, `<cluster>-zookeeper-<n>`), by
 * Strimzi's release notes: StatefulSets only until 0.28 added StrimziPodSets behind the UseStrimziPodSets feature gate
 * (disabled); 0.30 enabled it by default ("By default, StrimziPodSets are used instead of StatefulSets"); 0.35 moved it to
 * GA and removed StatefulSet support. KafkaConnectS2I was removed in 0.25, and the TLS sidecars left ZooKeeper's pods in
 * 0.18 and Kafka's in 0.20.
 */
const STRIMZI_UNKNOWN = 0;
const STRIMZI_STATEFULSETS = 1;
const STRIMZI_PODSETS = 2;
/** The first StrimziPodSet release where they are the default. */
const STRIMZI_PODSETS_SINCE = 30;
/** `strimzi` (a version may follow it), `strimzipodset` (a word of the later era), `kafkaconnects2i` (of the earlier). */
const STRIMZI_WORD = /strimzi(podset)?|connects2i/gi;
/** A 0.x or 1.x version (0.27.0, 0.39), not part of a longer one or an address (10.1.0.6, 1.2.3.4). */
const STRIMZI_VERSION = /(?<![\d.])([01])\.(\d{1,2})(?:\.\d{1,3})?(?!\.?\d)/g;
/** How far after `strimzi` its version is looked for, on its line (`strimzi-cluster-operator-0.27.0.yaml`, `Strimzi Kafka version 0.39`). */
const STRIMZI_VERSION_REACH = 40;
/** A service mesh's word: its sidecar makes pods 2/2 too. */
const MESH_WORD = /istio|linkerd/i;

/**
 * The Strimzi era the paste states: a version written after `strimzi` (`strimzi-cluster-operator-0.27.0.yaml`,
 * `quay.io/strimzi/operator:0.27.0`, "Strimzi Kafka version 0.39"), StrimziPodSets named, or KafkaConnectS2I used.
 * STRIMZI_UNKNOWN when it says nothing, or both eras (an upgrade from one to the other).
 */
function strimziEra(input: string): number {
  let era = STRIMZI_UNKNOWN;
  STRIMZI_WORD.lastIndex = 0;
  for (let m = STRIMZI_WORD.exec(input); m !== null; m = STRIMZI_WORD.exec(input)) {
    const word = m[0].toLowerCase();
    if (word === 'connects2i') era |= STRIMZI_STATEFULSETS;
    else if (word !== 'strimzi') era |= STRIMZI_PODSETS;
    else {
      const from = m.index + word.length;
      let to = input.indexOf('\n', from);
      if (to < 0 || to > from + STRIMZI_VERSION_REACH) to = Math.min(input.length, from + STRIMZI_VERSION_REACH);
      // Each version there: "from 0.27 to 0.39" names both eras.
      for (const v of input.slice(from, to).matchAll(STRIMZI_VERSION)) era |= v[1] === '0' && Number(v[2]) < STRIMZI_PODSETS_SINCE ? STRIMZI_STATEFULSETS : STRIMZI_PODSETS;
    }
  }
  return era === (STRIMZI_STATEFULSETS | STRIMZI_PODSETS) ? STRIMZI_UNKNOWN : era;
}

/**
 * A Strimzi set both eras name alike (`<cluster>-kafka`, `<cluster>-zookeeper`): with no version said, a StrimziPodSet is
 * a guess, and `describe strimzipodset` fails on a cluster of the StatefulSet era (hunt ci/12, ci/16, Strimzi 0.25 and
 * AMQ Streams 1.6). A node pool's set (`<cluster>-dual-role`) is of the later era only (KafkaNodePools need StrimziPodSets);
 * so is a set a `get all` beside it does not list as a StatefulSet.
 */
function strimziEitherEra(set: string): boolean {
  return set.endsWith('-kafka') || set.endsWith('-zookeeper');
}

/** Whether a command of the paste is `get all`. */
function listsAll(commands: readonly { command: KubectlCommand }[]): boolean {
  return commands.some((c) => c.command.verb === 'get' && c.command.args.some((a) => a.split(',').includes('all')));
}

/**
 * Strimzi's TLS-sidecar era (before 0.18): each cluster's Kafka and ZooKeeper pods all show two containers, with no
 * service mesh in the paste to explain a second one.
 */
function strimziSidecars(rows: readonly PodRow[], clusters: readonly string[], input: string): boolean {
  let kafka = false;
  let zookeeper = false;
  for (const r of rows) {
    const w = r.workload;
    if (w === null || w.kind !== 'StatefulSet' || !clusters.some((k) => w.name.startsWith(k))) continue;
    const isKafka = w.name.endsWith('-kafka');
    if (!isKafka && !w.name.endsWith('-zookeeper')) continue;
    if (r.ready === null || r.ready.total !== 2) return false;
    if (isKafka) kafka = true;
    else zookeeper = true;
  }
  return kafka && zookeeper && !MESH_WORD.test(input);
}

/**
 * Pods operators create themselves, read by the names they give them once the paste shows the operator's
 * hand (shapes alone say DaemonSet or StatefulSet):
 * - KubeRay: a head pod `<cluster>-head-<5>` (a name with "ray" in it, or a worker of it beside) names a RayCluster;
 *   pods `<cluster>-<group>-worker-<5>` are that cluster's workers.
 * - Strimzi: `<cluster>-entity-operator-...` (or its exporter, Cruise Control) names a Kafka cluster; its
 *   `<cluster>-<pool>-<n>` pods belong to a StrimziPodSet (the default since Strimzi 0.30, the only way since 0.35),
 *   unless the paste shows an earlier Strimzi (see strimziEra, strimziSidecars). Where it states a later one, its
 *   `<cluster>-kafka-<n>` and `<cluster>-zookeeper-<n>` pods are a StrimziPodSet's even with no entity operator shown.
 * - CloudNativePG runs each PostgreSQL instance as a pod of its own, `<cluster>-<n>` (no StatefulSet): a job pod
 *   (`<cluster>-<n>-initdb-<5>`), a `cnpg.io/cluster` label or an instance role column names the Cluster, so its
 *   instances are sure; with only the operator (or another cluster's job) in the paste, a set of `<x>-<n>` pods
 *   without an `<x>-0` (instances count from 1, a StatefulSet from 0) is likely one.
 * - Tekton, its controller in the paste or a command listing TaskRuns or PipelineRuns: `<taskrun>-pod`
 *   (`-pod-<5>` before 0.21) is a TaskRun's pod.
 * - Argo Workflows, its controller in the paste, a command listing workflows, or a step pod (a numeric id and a
 *   wait container beside the main one, READY x/2): `<workflow>[-<template>]-<numeric id>` is a Workflow's step.
 * - Spark: executors `<prefix>-exec-<n>` are their driver pod's (`<prefix>-driver`, or the one driver in their
 *   namespace); with the Spark operator in the paste (its pod, a SparkApplication listed or selected), a driver
 *   `<app>-driver` is its SparkApplication's, else spark-submit's bare pod.
 * - Flink: TaskManagers `<cluster>-taskmanager-<a>-<n>` are the JobManager Deployment's, `<cluster>`.
 * - Kubeflow's training operator in the paste (its pod, a job listed or selected): `<job>-master|worker|ps|chief-<n>`
 *   pods (and an MPIJob's bare `<job>-launcher`) are a PyTorchJob's, TFJob's or MPIJob's, by the job listed, the replica types or the kind listed. Without
 *   it, a job's replicas of two types where the paste bears them out (see trainingJobKinds).
 * - The MPI operator: `<mpijob>-launcher-<5>` is the launcher Job's pod, where the paste shows that MPIJob (listed,
 *   its workers `<mpijob>-worker-<n>`) or the operator.
 */
function operatorOwners(
  rows: readonly PodRow[], ctx: FastOwnerContext, listed: number, commands: readonly { command: KubectlCommand }[], input: string,
  cnpgSelectors: boolean, resources: ReadonlyMap<string, ListedResource> | null, cnpgListed: ReadonlySet<string> | null,
  submitters: Set<string>,
): boolean {
  let ray: string[] | null = null;
  /** Heads `<cluster>-head-<5>` whose cluster's name has no "ray" in it. */
  let rayUnnamed: string[] | null = null;
  /** Bare pods `<cluster>-head`: KubeRay's head under its deterministic name (see RAY_FIXED_HEAD), or anyone's pod. */
  let rayFixed: string[] | null = null;
  let kafka: string[] | null = null;
  /** The `<cluster>-kafka` and `<cluster>-zookeeper` StatefulSet guesses. */
  let kafkaSets: Set<string> | null = null;
  let cnpgOperator = false;
  /** `<namespace>\u0000<cluster>` of the CloudNativePG job pods. */
  let cnpgJobs: Set<string> | null = null;
  /** Any sign of CloudNativePG: its operator, a job pod, an instance's label or role column. */
  let cnpgSeen = false;
  let tekton = (listed & TEKTON_LISTED) !== 0;
  let tektonRuns = 0;
  /** TaskRuns' pods of the `-pod-<5>` era (before 0.21) read as Jobs or DaemonSets, with no controller shown: see TASK_RUN_NAMED. */
  let oldTaskRuns = false;
  let tektonWord: boolean | undefined;
  let tknTyped: boolean | undefined;
  let argoController = false;
  let argo = (listed & ARGO_LISTED) !== 0;
  let sparkOperator = (listed & SPARK_LISTED) !== 0;
  let training = (listed & TRAINING_LISTED) !== 0;
  /** StatefulSet guesses named as training replicas, with no operator or command to say so (see trainingJobKinds). */
  let trainingNamed = false;
  let mpiOperator = false;
  /** `<namespace>\u0000<mpijob>` of each `<mpijob>-launcher-<5>` pod. */
  let launchers: Set<string> | null = null;
  let arc = (listed & ARC_LISTED) !== 0;
  /** A Job guess `<x>-<5>` in a namespace named for the legacy controller's runners: see ARC_WORD. */
  let arcNamed = false;
  /** Namespaces where OLM's catalog operator (or olm-operator, packageserver) runs: its CatalogSources' registry pods are there. */
  let olm: Set<string | null> | null = null;
  let marketplace = false;
  /** Namespaces where the Portworx Operator runs, and where an etcd-operator does. */
  let portworx: Set<string | null> | null = null;
  let etcdOperators: Set<string | null> | null = null;
  /** `<namespace>\u0000<cluster>` of dask-gateway's schedulers and of its workers; whether its own pods show. */
  let daskSchedulers: Set<string> | null = null;
  let daskWorkers: Set<string> | null = null;
  let daskGateway = false;
  /** `<namespace>\u0000<prefix>` of each `<prefix>-driver` pod, to its name; and each namespace's drivers. */
  let drivers: Map<string, string> | null = null;
  let driversIn: Map<string | null, string[]> | null = null;
  /** Spark executors' and Flink TaskManagers' StatefulSet guesses, and the Deployments (JobManagers) seen. */
  let executors = false;
  let flink = false;
  /** Vitess's tablets or vtctld in the paste: the vitess-operator's cluster. */
  let vitess = false;
  /** Namespaces where nats-operator (NATS_SERVERS) or nats-streaming-operator (NATS_STREAMING) runs. */
  let nats: Map<string | null, number> | null = null;
  /** `<namespace>\u0000<release>` of each Slurm controller StatefulSet `<release>-controller` (see SLINKY_NODESET_INFIXES), and whether a NodeSet guess shows. */
  let slurmControllers: Set<string> | null = null;
  let slinkyGuess = false;
  /** `<namespace>\u0000<vcjob>` of Volcano's MPI masters and of its workers (see volcanoMpiJob). */
  let mpiMasters: Set<string> | null = null;
  let mpiWorkers: Set<string> | null = null;
  const deployments = new Set<string>();
  for (const r of rows) {
    const w = r.workload;
    if (w !== null && (w.kind === 'StatefulSet' || w.kind === 'Pod') && w.confidence !== 'high') {
      const mpi = volcanoMpiJob(r.name);
      if (mpi !== null) ((mpi.master ? (mpiMasters ??= new Set()) : (mpiWorkers ??= new Set()))).add(nsKey(r.namespace, mpi.job));
    }
    if (w !== null) {
      if (w.kind === 'Deployment') {
        deployments.add(nsKey(r.namespace, w.name));
        if (ctx.match(w.name, r.namespace)?.id === CNPG_OPERATOR) cnpgOperator = cnpgSeen = true;
        else if (w.name === TEKTON_CONTROLLER) tekton = true;
        else if (isArgoController(w.name)) argoController = argo = true;
        else if (TRAINING_OPERATORS.has(w.name)) {
          training = true;
          if (w.name === MPI_OPERATOR) mpiOperator = true;
        } else if (w.name.endsWith(ARC_CONTROLLER) || (w.name === 'controller-manager' && r.namespace === ARC_NAMESPACE)) arc = true;
        // Argo's UI is only ever installed with its controller.
        else if (argoUi(w.name)) argoController = argo = true;
        else if (OLM_OPERATORS.has(w.name)) (olm ??= new Set()).add(r.namespace);
        else if (w.name === MARKETPLACE_OPERATOR) marketplace = true;
        else if (w.name === PORTWORX_OPERATOR) (portworx ??= new Set()).add(r.namespace);
        else if (etcdOperator(w.name)) (etcdOperators ??= new Set()).add(r.namespace);
        else if (w.name.endsWith(NATS_OPERATOR) || w.name.endsWith(NATS_STREAMING_OPERATOR)) (nats ??= new Map()).set(r.namespace, (nats.get(r.namespace) ?? 0) | (w.name.endsWith(NATS_OPERATOR) ? NATS_SERVERS : NATS_STREAMING));
        // Its Helm chart's api-, controller- and traefik-<release>-dask-gateway.
        else if (w.name.endsWith('-dask-gateway')) daskGateway = true;
        else if (ctx.match(w.name, r.namespace)?.id === SPARK_OPERATOR) sparkOperator = true;
      } else if (w.kind === 'StatefulSet') {
        if (w.name.endsWith(SLINKY_CONTROLLER) && w.name.indexOf(SLURM) >= 0) (slurmControllers ??= new Set()).add(nsKey(r.namespace, w.name.slice(0, -SLINKY_CONTROLLER.length)));
        if (!slinkyGuess && slinkyRelease(w.name) !== null) slinkyGuess = true;
        if (w.name.endsWith('-exec')) executors = true;
        else if (w.name.indexOf('-taskmanager-') > 0 && flinkCluster(r.name) !== null) flink = true;
        else if (w.name.endsWith('-kafka') || w.name.endsWith('-zookeeper')) (kafkaSets ??= new Set()).add(w.name);
        else if (!trainingNamed && trainingRole(w.name)) trainingNamed = true;
      } else if (w.kind === 'Pod' && r.name.endsWith('-driver')) {
        (drivers ??= new Map()).set(nsKey(r.namespace, r.name.slice(0, -7)), r.name);
        driversIn ??= new Map();
        const list = driversIn.get(r.namespace);
        if (list === undefined) driversIn.set(r.namespace, [r.name]);
        else if (!list.includes(r.name)) list.push(r.name);
      } else if (w.kind === 'Job' || w.kind === 'DaemonSet') {
        if (!slinkyGuess && w.kind === 'DaemonSet' && slinkyRelease(w.name) !== null) slinkyGuess = true;
        if (!argo && argoOneStep(w, r)) argo = true;
        if (!tekton && !oldTaskRuns && w.name.endsWith('-pod') && r.name.length === w.name.length + 6 && tektonTaskRun(r.name) !== null && (TASK_RUN_NAMED.test(w.name) || (tektonWord ??= TEKTON_WORD.test(input)))) oldTaskRuns = true;
        if (w.name.endsWith(MPI_LAUNCHER) && r.name.length === w.name.length + 6) (launchers ??= new Set()).add(nsKey(r.namespace, w.name.slice(0, -MPI_LAUNCHER.length)));
        if (!arcNamed && arcRunnerGuess(w, r)) arcNamed = true;
        // A job pod's 5-character tail reads as a DaemonSet's while it runs: its `-<n>-initdb` part says otherwise.
        const cluster = cnpgJobCluster(r.name);
        if (cluster !== null) {
          (cnpgJobs ??= new Set()).add(nsKey(r.namespace, cluster));
          cnpgSeen = true;
        }
      } else if (w.kind === 'Pod' && !tekton && tektonPodTail(r.name) && tektonTaskRun(r.name)?.sure === true) {
        // Two pods of TaskRuns with a generated part (`tekton-deploy-zzvxv-clone-pod`): a PipelineRun's, Tekton's.
        if (++tektonRuns === 2) tekton = !COMPLIANCE_WORD.test(input);
        else if ((r.namespace !== null && r.namespace.includes(TEKTON)) || (tknTyped ??= TKN_COMMAND.test(input))) tekton = true;
      } else if (w.kind === 'Pod' && !tekton && r.name.endsWith('-pod') && r.name.length > 4) {
        // A `<taskrun>-pod` in a namespace named for Tekton (`kubectl -n tekton-demo get pods -w`, hunt dc/12), or in a
        // paste that types tkn's commands: Tekton is in use there.
        if ((r.namespace !== null && r.namespace.includes(TEKTON)) || (tknTyped ??= TKN_COMMAND.test(input))) tekton = true;
      } else if (w.kind === 'Pod' && !argo && r.ready !== null && r.ready.total === 2 && argoWorkflow(r.name) !== null) {
        // A step's pod: Argo's wait container beside the main one, and a numeric node id.
        argo = true;
      }
    }
    if (!cnpgSeen && (cnpgInstanceCluster(r) !== null || cnpgRoleLabel(r))) cnpgSeen = true;
    const c = r.name.charCodeAt(r.name.length - 6);
    if (c === 45 && r.name.indexOf('-head-') > 0) {
      const m = RAY_HEAD.exec(r.name);
      if (m !== null) {
        const cluster = m[1] as string;
        if (cluster.indexOf('ray') >= 0) (ray ??= []).push(cluster);
        // A RayJob names its cluster after itself (job-43n6os1dxr-2tzsh): see rayClusterShown.
        else if (ray === null || !ray.includes(cluster)) (rayUnnamed ??= []).push(cluster);
      }
    } else if (w !== null && w.kind === 'Pod' && r.name.endsWith(RAY_FIXED_HEAD) && r.name.length > RAY_FIXED_HEAD.length) {
      (rayFixed ??= []).push(r.name.slice(0, -RAY_FIXED_HEAD.length));
    }
    if (!vitess && (r.name.indexOf('-vttablet-') > 0 || r.name.indexOf('-vtctld-') > 0)) vitess = true;
    if (r.name.charCodeAt(0) === 100 && r.name.startsWith('dask-')) {
      const d = daskPod(r.name);
      if (d !== null) ((d.worker ? (daskWorkers ??= new Set()) : (daskSchedulers ??= new Set()))).add(nsKey(r.namespace, d.cluster));
    }
    if (r.name.indexOf('-entity-operator-') > 0 || r.name.indexOf('-kafka-exporter-') > 0 || r.name.indexOf('-cruise-control-') > 0) {
      const m = STRIMZI_PART.exec(r.name);
      if (m !== null) (kafka ??= []).push(`${m[1] as string}-`);
    }
  }
  // Strimzi's era, from what the paste says (its version), else from the pods (TLS sidecars): unknown keeps the default's guess.
  let strimzi = kafka !== null || kafkaSets !== null ? strimziEra(input) : STRIMZI_UNKNOWN;
  /** Whether the paste ran `get all`, which lists StatefulSets: see strimziEitherEra. Asked only for Strimzi's sets. */
  let getAll: boolean | undefined;
  if (strimzi === STRIMZI_UNKNOWN && kafka !== null && strimziSidecars(rows, kafka, input)) strimzi = STRIMZI_STATEFULSETS;
  // A later Strimzi named: its Kafka and ZooKeeper sets are StrimziPodSets, with or without its entity operator shown.
  const podSets = strimzi === STRIMZI_PODSETS ? kafkaSets : null;
  if (podSets !== null) kafka ??= [];
  /** Clusters read from a head and its workers alone, no word of Ray in the paste. */
  let rayPaired: string[] | null = null;
  if (rayUnnamed !== null) {
    const word = RAY_WORD.test(input);
    for (const cluster of rayUnnamed) {
      if (word ? rayClusterShown(cluster, rows, input) : rayWorkerBeside(cluster, rows)) (ray ??= []).push(cluster);
      if (!word && ray !== null && ray.includes(cluster)) (rayPaired ??= []).push(cluster);
    }
  }
  if (rayFixed !== null) {
    let word: boolean | undefined;
    for (const cluster of rayFixed) {
      // A bare `<x>-head` is anyone's pod: KubeRay's only where the paste shows its hand and the name is a Ray cluster's.
      if ((cluster.indexOf('ray') >= 0 && (word ??= RAY_WORD.test(input))) || rayWorkerBeside(cluster, rows)) (ray ??= []).push(cluster);
    }
  }
  const mpiJobs = launchers === null ? null : mpiJobsShown(rows, launchers, ctx.listed, mpiOperator || (listed & MPI_LISTED) !== 0);
  // No operator, no command: a job's replicas of two types, if the paste bears them out (see trainingJobKinds).
  const pairsOnly = !training && trainingNamed;
  if (pairsOnly) training = true;
  /** OLM in the paste: its pods, OpenShift's marketplace operator, or CatalogSources listed. */
  const catalogs = olm !== null || marketplace || (listed & CATALOGS_LISTED) !== 0;
  const made = catalogs || portworx !== null || etcdOperators !== null || resources !== null;
  // Clusters a selector names (`cnpg.io/cluster=pg-simple-cluster` on its services): their `<cluster>-<n>` pods are its
  // instances, numbered 1, 2, 4 as a StatefulSet's never are.
  let cnpgSelected: Set<string> | null = null;
  if (cnpgSelectors) {
    for (const m of input.matchAll(CNPG_SELECTED)) (cnpgSelected ??= new Set()).add((m[1] as string).replace(TRAILING_DOTS, ''));
    if (cnpgSelected !== null) cnpgSeen = true;
  }
  if (cnpgListed !== null) {
    cnpgSelected = cnpgSelected === null ? new Set(cnpgListed) : new Set([...cnpgSelected, ...cnpgListed]);
    cnpgSeen = true;
  }
  // Slinky's NodeSets beside their Slurm cluster's controller: a `-compute-` name alone may be anyone's.
  const slinky = slinkyGuess ? slurmControllers : null;
  // A master and its workers both: one name alone may be anyone's StatefulSet.
  let volcanoMpi: Set<string> | null = null;
  if (mpiMasters !== null && mpiWorkers !== null) for (const key of mpiMasters) if (mpiWorkers.has(key)) (volcanoMpi ??= new Set()).add(key);
  if (ray === null && kafka === null && !cnpgSeen && !tekton && !oldTaskRuns && !argo && drivers === null && !executors && !flink && !training && !arc && !arcNamed && !made && daskSchedulers === null && daskWorkers === null && !vitess && mpiJobs === null && nats === null && volcanoMpi === null && slinky === null) return false;
  const spark = drivers === null && !executors ? null : sparkOwners(rows, drivers, driversIn, sparkOperator, ctx, sparkOperator ? selectedNames(commands, SPARK_APP_LABEL) : NO_NAMES);
  const trainingKinds = training ? trainingJobKinds(rows, ctx.listed, listed, (listed & TRAINING_SELECTED) !== 0 ? selectedNames(commands, TRAINING_JOB_LABEL) : NO_NAMES, pairsOnly ? input : null) : null;
  // With no job pod to name a cluster: the `<x>-<n>` sets that have an `<x>-0` are StatefulSets'.
  const guessed = cnpgSeen ? statefulSetGuesses(rows) : null;
  const withZero = guessed === null ? null : guessed.withZero;
  const instances = guessed === null ? NO_KEYS : guessed.all;
  const natsZero = nats === null ? null : zeroOrdinals(rows);
  for (const r of rows) {
    const w = r.workload;
    if (w === null) continue;
    // Before sure owners are passed over: a StorageCluster named `portworx` reads as the DaemonSet the knowledge base knows.
    if (made) {
      const owner = resourceOwner(r, w, ctx, resources, catalogs, olm, portworx, etcdOperators);
      if (owner !== null) {
        r.workload = owner;
        continue;
      }
    }
    if (w.confidence === 'high') continue;
    if (cnpgJobs !== null && (w.kind === 'Job' || w.kind === 'DaemonSet')) {
      const cluster = cnpgJobCluster(r.name);
      if (cluster !== null) {
        // Sure once the operator or an instance of that cluster is in the paste too.
        r.workload = ctx.workload('Job', w.name, cnpgOperator || instances.has(nsKey(r.namespace, cluster)) ? 'high' : 'medium');
        continue;
      }
    }
    // An instance that ended (Error after a drain) was read as a bare pod, since a StatefulSet's pod does not stay ended:
    // beside its cluster's other instances, `<cluster>-<n>` with no `-0`, it is one of them (eb/04: postgres-1 in Error,
    // postgres-2 and -3 running, "created manually by cloudnative-pg").
    if (w.kind === 'Pod' && w.confidence === 'low' && withZero !== null) {
      const dash = r.name.lastIndexOf('-');
      const key = dash > 0 && allDigits(r.name, dash + 1) ? nsKey(r.namespace, r.name.slice(0, dash)) : null;
      if (key !== null && instances.has(key) && !withZero.has(key)) {
        r.workload = ctx.workload('Cluster', r.name.slice(0, dash), 'medium');
        continue;
      }
    }
    if (w.kind === 'StatefulSet' && withZero !== null) {
      const key = nsKey(r.namespace, w.name);
      const named = cnpgInstanceCluster(r);
      const sure = (cnpgJobs !== null && cnpgJobs.has(key)) || named === w.name || (cnpgSelected !== null && cnpgSelected.has(w.name));
      if (sure || !withZero.has(key)) {
        r.workload = ctx.workload('Cluster', w.name, sure ? 'high' : 'medium');
        continue;
      }
    }
    if (slinky !== null && (w.kind === 'StatefulSet' || w.kind === 'DaemonSet')) {
      const release = slinkyRelease(w.name);
      if (release !== null && slinky.has(nsKey(r.namespace, release))) {
        r.workload = ctx.workload('NodeSet', w.name, 'medium');
        continue;
      }
    }
    if (volcanoMpi !== null && (w.kind === 'StatefulSet' || w.kind === 'Pod')) {
      const mpi = volcanoMpiJob(r.name);
      if (mpi !== null && volcanoMpi.has(nsKey(r.namespace, mpi.job))) {
        r.workload = ctx.workload('VolcanoJob', mpi.job, 'medium');
        continue;
      }
    }
    if (nats !== null) {
      const owner = natsOwner(r, w, nats, natsZero as ReadonlySet<string>, ctx);
      if (owner !== null) {
        r.workload = owner;
        continue;
      }
    }
    if (tekton) {
      const run = w.kind === 'Pod' || ((w.kind === 'Job' || w.kind === 'DaemonSet') && w.name.endsWith('-pod')) ? tektonTaskRun(r.name) : null;
      if (run !== null) {
        r.workload = ctx.workload('TaskRun', run.name, run.sure ? 'high' : 'medium');
        continue;
      }
    } else if (oldTaskRuns && (w.kind === 'Job' || w.kind === 'DaemonSet') && w.name.endsWith('-pod') && r.name.length === w.name.length + 6) {
      const run = tektonTaskRun(r.name);
      if (run !== null) {
        r.workload = ctx.workload('TaskRun', run.name, 'medium');
        continue;
      }
    }
    if (argo) {
      // A workflow of one step runs one pod named as the workflow (Argo 3.4's pod names, and 2.x's): a Job's
      // shape, but with Argo's wait container beside the main one.
      if (w.kind === 'Job' && r.ready !== null && r.ready.total === 2 && (packedShape(r.name) & 7) === FIVE) {
        r.workload = ctx.workload('Workflow', r.name, 'medium');
        continue;
      }
      const wf = w.kind === 'Pod' ? argoWorkflow(r.name) : null;
      if (wf !== null) {
        r.workload = ctx.workload('Workflow', wf.name, (wf.sure && argoController) || ctx.listed.get(wf.name) === 'Workflow' ? 'high' : 'medium');
        continue;
      }
    }
    const sparkOwner = spark === null ? undefined : spark.get(r);
    if (sparkOwner !== undefined) {
      r.workload = sparkOwner;
      continue;
    }
    // The vitess-operator's EtcdLockserver makes its members itself, `<lockserver>-1` on (no StatefulSet, no -0).
    if (vitess && w.kind === 'StatefulSet' && vitessEtcd(w.name)) {
      r.workload = ctx.workload('EtcdLockserver', w.name, 'medium');
      continue;
    }
    if (flink && w.kind === 'StatefulSet') {
      const cluster = flinkCluster(r.name);
      if (cluster !== null) {
        // Sure when the JobManager's pods are in the paste, or its FlinkDeployment (a Deployment of that name) listed.
        const jobManager = deployments.has(nsKey(r.namespace, cluster)) || ctx.listed.get(cluster) === 'Deployment';
        r.workload = ctx.workload('Deployment', cluster, jobManager ? 'high' : 'medium');
        continue;
      }
    }
    if (trainingKinds !== null && (w.kind === 'StatefulSet' || (w.kind === 'Pod' && w.confidence === 'low'))) {
      const replica = trainingReplica(r.name) ?? bareLauncher(r);
      const job = replica === null ? undefined : trainingKinds.get(nsKey(r.namespace, replica.job));
      if (replica !== null && job !== undefined) {
        r.workload = ctx.workload(job.kind, replica.job, job.sure ? 'high' : 'medium');
        continue;
      }
    }
    if ((daskSchedulers !== null || daskWorkers !== null) && r.name.startsWith('dask-')) {
      const d = daskPod(r.name);
      if (d !== null) {
        // Sure with the other half of the cluster (or the gateway) in the paste; the names alone are dask-gateway's too.
        const key = nsKey(r.namespace, d.cluster);
        const sure = daskGateway || ((d.worker ? daskSchedulers : daskWorkers)?.has(key) ?? false);
        r.workload = ctx.workload('DaskCluster', d.cluster, sure ? 'high' : 'medium');
        continue;
      }
    }
    if ((arc || (arcNamed && arcRunnerGuess(w, r))) && w.kind === 'Job' && generatedTwice(w.name)) {
      // A RunnerDeployment's RunnerReplicaSet (`<deployment>-<5>`) makes Runners `<replicaset>-<5>`, each running one pod of its name.
      // The namespace's or the RunnerDeployment's name alone is the user's choice: medium.
      r.workload = ctx.workload('Runner', r.name, arc ? 'high' : 'medium');
      continue;
    }
    if (mpiJobs !== null && (w.kind === 'DaemonSet' || w.kind === 'Job') && w.name.endsWith(MPI_LAUNCHER) && r.name.length === w.name.length + 6) {
      const sure = mpiJobs.get(nsKey(r.namespace, w.name.slice(0, -MPI_LAUNCHER.length)));
      if (sure !== undefined) {
        r.workload = ctx.workload('Job', w.name, sure ? 'high' : 'medium');
        continue;
      }
    }
    // Its workers `<mpijob>-worker-<n>`, beside that launcher: pods the MPI operator makes itself from v1 on, a
    // StatefulSet's it made before (v1alpha1, v1alpha2); the MPIJob owns them either way, and no StatefulSet of that
    // name is there to describe on a newer operator (eu/06).
    if (mpiJobs !== null && w.kind === 'StatefulSet' && r.name.indexOf('-worker-') > 0) {
      const replica = trainingReplica(r.name);
      const sure = replica === null || replica.role !== 'worker' ? undefined : mpiJobs.get(nsKey(r.namespace, replica.job));
      if (replica !== null && sure !== undefined) {
        r.workload = ctx.workload('MPIJob', replica.job, sure ? 'high' : 'medium');
        continue;
      }
    }
    if (ray !== null && w.kind === 'Pod' && rayFixed !== null && r.name.endsWith(RAY_FIXED_HEAD)) {
      const cluster = r.name.slice(0, -RAY_FIXED_HEAD.length);
      // KubeRay cuts a longer cluster name to 50 characters before `-head`: the RayCluster's own name may run on.
      if (ray.includes(cluster)) r.workload = ctx.workload('RayCluster', cluster, cluster.length >= RAY_NAME_CUT ? 'medium' : 'high');
    }
    // A RayJob's submitter: KubeRay names the RayJob's cluster after it, `<rayjob>-<5>` (`<rayjob>-raycluster-<5>` before
    // 1.2), and runs `ray job submit` in a Job named as the RayJob, its pod `<rayjob>-<5>` (ed/04): read as a Job's, or a
    // DaemonSet's while it runs.
    if (ray !== null && (w.kind === 'DaemonSet' || w.kind === 'Job') && r.name.length === w.name.length + 6 && ray.some((h) => rayJobOf(h) === w.name)) {
      r.workload = ctx.workload('Job', w.name, 'high');
      submitters.add(nsKey(r.namespace, w.name));
      continue;
    }
    if (ray !== null && (w.kind === 'DaemonSet' || w.kind === 'Job')) {
      // Workers are `<cluster>-<group>-worker-<5>`; KubeRay before 1.0 named them `<cluster>-worker-<group>-<5>`.
      const cluster = w.name.endsWith('-head') ? w.name.slice(0, -5) : w.name.endsWith('-worker') ? ray.find((h) => w.name.startsWith(`${h}-`)) : ray.find((h) => w.name.startsWith(`${h}-worker-`));
      if (cluster !== undefined && ray.includes(cluster)) r.workload = ctx.workload('RayCluster', cluster, rayPaired !== null && rayPaired.includes(cluster) ? 'medium' : 'high');
    }
    // Medium: with no version said, StatefulSets were the default before 0.30 (and a choice until 0.34); a version said in
    // prose may not be this cluster's.
    if (kafka !== null && strimzi !== STRIMZI_STATEFULSETS && w.kind === 'StatefulSet' && ((podSets !== null && podSets.has(w.name)) || kafka.some((k) => w.name.startsWith(k)))) {
      r.workload = ctx.workload('StrimziPodSet', w.name, strimzi === STRIMZI_PODSETS || !strimziEitherEra(w.name) || (getAll ??= listsAll(commands)) ? 'medium' : 'low');
    }
  }
  return spark !== null || flink || mpiJobs !== null || submitters.size > 0;
}

const RAY_JOB_CLUSTER = /^(.+)-raycluster-[a-z0-9]{5}$/;

/** The RayJob a RayCluster's name says made it (`rayjob-sample-qnftt`, before KubeRay 1.2 `rayjob-sample-raycluster-qnftt`), else null. */
function rayJobOf(cluster: string): string | null {
  const m = RAY_JOB_CLUSTER.exec(cluster);
  if (m !== null) return m[1] as string;
  const n = cluster.length;
  return n > 6 && cluster.charCodeAt(n - 6) === 45 && allInAlphabet(cluster, n - 5) ? cluster.slice(0, n - 6) : null;
}

/**
 * A Runner's pod read as a Job's `<x>-<5>` in a namespace named for the legacy controller's runners (see ARC_WORD), or
 * under a RunnerDeployment named for them (`sre-group-runnerdeploy-2mnds-2sdpf`, `ro-runner-52zmh-wxt6k`: ex/01, ex/04), its
 * controller in another namespace or not pasted. A Job made twice by generateName is rare; one named for a runner rarer.
 */
function arcRunnerGuess(w: Workload, r: PodRow): boolean {
  return w.kind === 'Job' && generatedTwice(w.name) && (arcRunnerNamespace(r.namespace) || w.name.lastIndexOf(RUNNER_WORD, w.name.length - 12) >= 0);
}
const RUNNER_WORD = 'runner';

function arcRunnerNamespace(namespace: string | null): boolean {
  return namespace !== null && namespace.indexOf(ARC_WORD) >= 0;
}

/**
 * The owner of a pod an operator's resource runs itself, for {@link operatorOwners}, else null:
 * - OLM: a CatalogSource's registry pod, `<catalogsource>-<5>`. One the paste lists by name; one the knowledge base knows
 *   (read so by its name, see ownerOf), sure where the paste shows OLM; one with "catalog" in its name beside OLM's
 *   operators (IKS's addon-catalog-source in ibm-system), which reads as a DaemonSet's.
 * - Portworx: a StorageCluster's pods, `<storagecluster>-<5>` (the operator makes them as a DaemonSet would): one the paste
 *   lists by name, or `px-cluster-<uuid>` (the spec generator's name) beside the Portworx Operator.
 * - etcd-operator: an EtcdCluster's members, `<cluster>-<10 generated characters>`, read as bare pods: one the paste lists
 *   by name, or in the namespace of an etcd-operator (sure with etcd in the cluster's name).
 * A resource listed by name wins over a sure guess of the knowledge base's (a StorageCluster `portworx`), not over a
 * DaemonSet or Job the paste lists under that name.
 */
function resourceOwner(
  r: PodRow, w: Workload, ctx: FastOwnerContext, resources: ReadonlyMap<string, ListedResource> | null, catalogs: boolean,
  olm: ReadonlySet<string | null> | null, portworx: ReadonlySet<string | null> | null, etcd: ReadonlySet<string | null> | null,
): Workload | null {
  const name = r.name;
  // An Argo Rollout makes its ReplicaSets as a Deployment does, so its pods read as a Deployment's (dy/17): the
  // Rollout the paste lists by that name is theirs. Even beside a Deployment of that name: a Rollout that references
  // one (workloadRef) keeps it scaled to zero, and `get rollout` prints a Deployment's columns.
  if (w.kind === 'Deployment') return resources !== null && resources.get(w.name) === 'Rollout' ? ctx.workload('Rollout', w.name, 'high') : null;
  // A JobSet's child Jobs are Indexed, `<jobset>-<replicatedJob>-<job index>`, their pods `<job>-<completion index>-<5>`.
  if (w.kind !== 'StatefulSet' && w.confidence !== 'high' && resources !== null) {
    const set = namedJobSetOf(name, resources);
    if (set !== null) return ctx.workload('JobSet', set, 'high');
  }
  if (w.kind === 'DaemonSet' || w.kind === 'Job' || w.kind === 'Pod' || w.kind === 'CatalogSource' || w.kind === 'ReplicaSet') {
    const packed = packedShape(name);
    if ((packed & 7) === FIVE && (packed >>> 4) === name.length - 6) {
      const base = name.slice(0, name.length - 6);
      const kind = resources === null ? undefined : resources.get(base);
      if (resources !== null && w.confidence !== 'high') {
        const gs = gameServerOf(name, base, kind, resources);
        if (gs !== null) return ctx.workload('GameServer', gs, 'high');
      }
      if ((kind === 'CatalogSource' || kind === 'StorageCluster' || kind === 'CloneSet') && !(w.confidence === 'high' && ctx.listed.get(base) === w.kind)) return ctx.workload(kind, base, 'high');
      if (w.kind === 'CatalogSource') return catalogs && w.confidence !== 'high' ? ctx.workload('CatalogSource', w.name, 'high') : null;
      if (w.confidence === 'high' || w.kind === 'Pod') return null;
      // Or named as a catalog's index image is (`pixie-operator-index`), in the namespace of the operator it installs: a
      // CatalogSource lives where its installer puts it, its registry pod beside it (hunt bf/12).
      if (olm !== null && (base.indexOf('catalog') >= 0 ? olm.has(r.namespace) : base.endsWith(CATALOG_INDEX))) return ctx.workload('CatalogSource', base, 'medium');
      if (portworx !== null && base.startsWith(PX_CLUSTER) && portworx.has(r.namespace)) return ctx.workload('StorageCluster', base, 'medium');
      return null;
    }
  }
  // Volcano's Job runs each task's pods itself, `<vcjob>-<task>-<index>`: no StatefulSet's, though the name reads so.
  if ((w.kind === 'StatefulSet' || w.kind === 'Pod') && w.confidence !== 'high' && resources !== null && (packedShape(name) & 7) === ORDINAL) {
    const job = volcanoJobOf(name, resources);
    if (job !== null) return ctx.workload('VolcanoJob', job, 'high');
  }
  if (w.kind === 'Pod' && w.confidence === 'low' && (etcd !== null || resources !== null)) {
    const cluster = etcdMemberCluster(name);
    if (cluster === null) return null;
    if (resources !== null && resources.get(cluster) === 'EtcdCluster') return ctx.workload('EtcdCluster', cluster, 'high');
    if (etcd !== null && etcd.has(r.namespace)) return ctx.workload('EtcdCluster', cluster, cluster.indexOf('etcd') >= 0 ? 'high' : 'medium');
  }
  return null;
}

/**
 * The Agones GameServer whose pod `<base>-<5>` is, by what the paste lists, else null. From 1.0 a GameServer's pod has
 * its name (`<fleet>-<5>-<5>`); before, the pod was `<gameserver>-<5>` (`fleet-example-s99fw-6vvp9-n25rv` beside
 * `get gs` listing fleet-example-s99fw-6vvp9, agones issues #398 and #543), so a Fleet's pods had one more part.
 */
function gameServerOf(name: string, base: string, kind: ListedResource | undefined, resources: ReadonlyMap<string, ListedResource>): string | null {
  if (resources.get(name) === 'GameServer' || gameServerPod(base, kind, resources)) return name;
  if (kind === 'GameServer') return base;
  const dash = base.length - 6;
  if (dash <= 0 || base.charCodeAt(dash) !== 45) return null;
  const set = base.slice(0, dash);
  return gameServerPod(set, resources.get(set), resources) ? base : null;
}

/**
 * Whether `<base>-<5>` is an Agones GameServer's pod, by the GameServerSet `<base>` or the Fleet `<fleet>` of
 * `<base>` = `<fleet>-<5>` the paste lists: a Fleet runs a GameServerSet, that GameServers, each one pod of its own name.
 */
function gameServerPod(base: string, kind: ListedResource | undefined, resources: ReadonlyMap<string, ListedResource>): boolean {
  if (kind === 'GameServerSet') return true;
  const dash = base.length - 6;
  return dash > 0 && base.charCodeAt(dash) === 45 && resources.get(base.slice(0, dash)) === 'Fleet';
}

/** `<namespace>\u0000<base>` of each `<base>-0` pod (see nsKey): a StatefulSet's first, which no NATS operator names. */
function zeroOrdinals(rows: readonly PodRow[]): Set<string> {
  const out = new Set<string>();
  for (const r of rows) if (r.name.endsWith('-0') && (packedShape(r.name) & 7) === ORDINAL) out.add(nsKey(r.namespace, r.name.slice(0, -2)));
  return out;
}

/**
 * The NatsCluster or NatsStreamingCluster whose server a `<cluster>-<n>` pod is, for {@link operatorOwners}, else null.
 * nats-operator names its pods `<cluster>-<n>` with n from 1 (in hex), nats-streaming-operator `<cluster>-<n>` from 1 too,
 * each pod owned by the cluster's resource, no StatefulSet: a `<x>-<n>` family with no `-0` beside such an operator in its
 * namespace (hunt ar/28, ar/29). Where both operators run, the cluster's last word tells a streaming one (`nats-streaming-1`,
 * `example-stan`); the rest are read as NATS servers, less surely.
 */
function natsOwner(r: PodRow, w: Workload, nats: ReadonlyMap<string | null, number>, zero: ReadonlySet<string>, ctx: FastOwnerContext): Workload | null {
  if (!(w.kind === 'StatefulSet' || (w.kind === 'Pod' && w.confidence === 'low'))) return null;
  const bits = nats.get(r.namespace);
  if (bits === undefined || (packedShape(r.name) & 7) !== ORDINAL) return null;
  const cluster = r.name.slice(0, r.name.lastIndexOf('-'));
  if (zero.has(nsKey(r.namespace, cluster))) return null;
  if (bits !== (NATS_SERVERS | NATS_STREAMING)) return ctx.workload(bits === NATS_STREAMING ? 'NatsStreamingCluster' : 'NatsCluster', cluster, 'high');
  return natsStreamingName(cluster) ? ctx.workload('NatsStreamingCluster', cluster, 'high') : ctx.workload('NatsCluster', cluster, 'medium');
}

/** Whether a cluster's last word, numbers left out, says NATS Streaming (`nats-streaming-1`, `example-stan`). */
function natsStreamingName(cluster: string): boolean {
  let end = cluster.length;
  let dash = cluster.lastIndexOf('-');
  while (dash > 0 && allDigits(cluster, dash + 1, end)) {
    end = dash;
    dash = cluster.lastIndexOf('-', end - 1);
  }
  const word = cluster.slice(dash + 1, end);
  return word === 'streaming' || word === 'stan';
}

/** `resources` and the JobSets the commands' selectors name (see JOBSET_NAME_LABEL). */
function jobSetsSelected(commands: readonly { command: KubectlCommand }[], resources: Map<string, ListedResource> | null): Map<string, ListedResource> | null {
  let out = resources;
  for (const name of selectedNames(commands, JOBSET_NAME_LABEL)) (out ??= new Map()).set(name, 'JobSet');
  return out;
}

/**
 * The JobSet the paste names whose pod `<jobset>-<replicatedJob>-<job index>-<completion index>-<5>` is, else null: a
 * replicated Job's name (between the JobSet's and the indexes) may hold dashes, so each start is tried.
 */
function namedJobSetOf(name: string, resources: ReadonlyMap<string, ListedResource>): string | null {
  const n = name.length;
  if (n < 12 || name.charCodeAt(n - 6) !== 45 || !allInAlphabet(name, n - 5)) return null;
  const pod = name.lastIndexOf('-', n - 7);
  const job = pod > 0 ? name.lastIndexOf('-', pod - 1) : -1;
  if (job <= 0 || !allDigits(name, pod + 1, n - 6) || !allDigits(name, job + 1, pod)) return null;
  for (let d = name.lastIndexOf('-', job - 1); d > 0; d = name.lastIndexOf('-', d - 1)) {
    if (resources.get(name.slice(0, d)) === 'JobSet') return name.slice(0, d);
  }
  return null;
}

/** The Volcano Job the paste names whose pod `<vcjob>-<task>-<index>` is (a task's name may hold dashes), else null. */
function volcanoJobOf(name: string, resources: ReadonlyMap<string, ListedResource>): string | null {
  const end = name.lastIndexOf('-');
  for (let d = name.lastIndexOf('-', end - 1); d > 0; d = name.lastIndexOf('-', d - 1)) {
    if (resources.get(name.slice(0, d)) === 'VolcanoJob') return name.slice(0, d);
  }
  return null;
}

/** The Spark operator's component id (and its namespace's usual name), and the label it puts on an application's pods (`-l` selects by it). */
const SPARK_OPERATOR = 'spark-operator';
const SPARK_APP_LABEL = 'sparkoperator.k8s.io/app-name';
/** The label Kubeflow's training operator puts on a job's pods (`replica-type` and `replica-index` beside it). */
const TRAINING_JOB_LABEL = 'training.kubeflow.org/job-name';
const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Owners of Spark's pods, for {@link operatorOwners}: each executor's driver pod (by their shared prefix, else the
 * only driver in its namespace; an executor of spark-submit with none shown is left a pod of its own, as in
 * client mode), and each driver's SparkApplication where the operator is in use, else the driver itself (a
 * bare pod spark-submit made) when its executors or spark-submit's id show it is Spark's. Null when none.
 */
function sparkOwners(
  rows: readonly PodRow[], drivers: Map<string, string> | null, driversIn: Map<string | null, string[]> | null, operator: boolean,
  ctx: FastOwnerContext, selected: ReadonlySet<string>,
): Map<PodRow, Workload> | null {
  const make = ctx.workload;
  let out: Map<PodRow, Workload> | null = null;
  /** Drivers whose executors are in the paste: Spark's for sure. */
  const driving = new Set<string>();
  /** Drivers whose executors carry another prefix: a driver named on purpose, as the Spark operator does. */
  const renamed = new Set<string>();
  let numberedFromOne: ReadonlySet<string> | null = null;
  for (const r of rows) {
    const w = r.workload;
    if (w === null || w.kind !== 'StatefulSet' || !w.name.endsWith('-exec')) continue;
    const prefix = sparkExecutorPrefix(r.name);
    if (prefix === null) continue;
    const own = drivers === null ? undefined : drivers.get(nsKey(r.namespace, prefix));
    let owner: Workload | null = null;
    if (own !== undefined) owner = make('Pod', own, 'high');
    else {
      // The operator names executors after spark.app.name, its driver after the SparkApplication: one driver in the
      // namespace is theirs most likely.
      const only = driversIn === null ? undefined : driversIn.get(r.namespace);
      if (only !== undefined && only.length === 1 && (operator || sparkSubmitted(prefix) || (numberedFromOne ??= executorsFromOne(rows)).has(nsKey(r.namespace, prefix)))) owner = make('Pod', only[0] as string, 'medium');
      else if (sparkSubmitted(prefix)) owner = make('Pod', r.name, 'medium');
    }
    if (owner === null) continue;
    if (owner.name !== r.name) {
      driving.add(nsKey(r.namespace, owner.name));
      if (owner.name !== `${prefix}-driver`) renamed.add(nsKey(r.namespace, owner.name));
    }
    (out ??= new Map()).set(r, owner);
  }
  if (drivers !== null) {
    for (const r of rows) {
      const w = r.workload;
      if (w === null || w.kind !== 'Pod' || !r.name.endsWith('-driver')) continue;
      const app = r.name.slice(0, -7);
      const named = ctx.listed.get(app) === 'SparkApplication' || selected.has(app);
      const key = nsKey(r.namespace, r.name);
      // A driver named as the operator names it (no spark-submit id) in the operator's own namespace: an application
      // submitted there, beside an operator the paste may show under another name (KUDO's spark-instance).
      if (operator || named || (r.namespace === SPARK_OPERATOR && !sparkSubmitted(app))) (out ??= new Map()).set(r, make('SparkApplication', app, named ? 'high' : 'medium'));
      // Named on purpose (the operator, EMR on EKS, a notebook do): spark-submit's pod, who ran that not shown.
      else if (renamed.has(key) && !sparkSubmitted(app)) (out ??= new Map()).set(r, make('Pod', r.name, 'medium'));
      else if (driving.has(key) || sparkSubmitted(app)) (out ??= new Map()).set(r, make('Pod', r.name, 'high'));
    }
    // EMR on EKS names the driver after its job run (`spark-<job run id>-driver`) and runs spark-submit in a Job named by
    // that id: its job-runner pod `<job run id>-<5>` (hunt dc/13), read on its shape as a DaemonSet's.
    let runs: Set<string> | null = null;
    for (const r of rows) if (r.name.startsWith(EMR_DRIVER_START) && r.name.endsWith('-driver') && r.name.length > 13) (runs ??= new Set()).add(nsKey(r.namespace, r.name.slice(6, -7)));
    if (runs !== null) {
      for (const r of rows) {
        const w = r.workload;
        if (w === null || w.confidence === 'high' || (w.kind !== 'DaemonSet' && w.kind !== 'Job') || r.name.length !== w.name.length + 6) continue;
        if (runs.has(nsKey(r.namespace, w.name))) (out ??= new Map()).set(r, make('Job', w.name, 'medium'));
      }
    }
  }
  return out;
}

const EMR_DRIVER_START = 'spark-';

/**
 * `<namespace>\u0000<prefix>` of each `<prefix>-exec-<n>` set of two pods or more with no `-exec-0`, for {@link sparkOwners}:
 * a StatefulSet numbers its pods from 0, Spark its executors from 1 (data-on-eks' benchmark-exec-ebs-exec-1 to -10
 * beside the one driver of its namespace, hunt cf/09). One pod alone says nothing (`web-exec-1`).
 */
function executorsFromOne(rows: readonly PodRow[]): Set<string> {
  /** Per prefix, its executors' names (a watch prints a pod again); null once an `-exec-0` shows. */
  const sets = new Map<string, Set<string> | null>();
  for (const r of rows) {
    if (r.name.indexOf('-exec-') < 0) continue;
    if (r.name.endsWith('-exec-0')) {
      sets.set(nsKey(r.namespace, r.name.slice(0, -7)), null);
      continue;
    }
    const prefix = sparkExecutorPrefix(r.name);
    if (prefix === null) continue;
    const key = nsKey(r.namespace, prefix);
    const names = sets.get(key);
    if (names === undefined) sets.set(key, new Set([r.name]));
    else if (names !== null) names.add(r.name);
  }
  const out = new Set<string>();
  for (const [key, names] of sets) if (names !== null && names.size >= 2) out.add(key);
  return out;
}

/**
 * The MPIJobs whose launcher pods the paste shows (`<namespace>\u0000<mpijob>`, see MPI_LAUNCHER), for
 * {@link operatorOwners}, to whether that is sure: the MPIJob listed by name (sure), else its workers
 * `<mpijob>-worker-<n>` beside, or the MPI operator in the paste (its pod, MPIJobs listed). Null when none.
 */
function mpiJobsShown(rows: readonly PodRow[], launchers: ReadonlySet<string>, listed: ReadonlyMap<string, OwnerKind>, operator: boolean): Map<string, boolean> | null {
  let out: Map<string, boolean> | null = null;
  for (const key of launchers) {
    if (listed.get(key.slice(key.indexOf('\u0000') + 1)) === 'MPIJob') (out ??= new Map()).set(key, true);
    else if (operator) (out ??= new Map()).set(key, false);
  }
  if (out !== null && out.size === launchers.size) return out;
  for (const r of rows) {
    if (r.name.indexOf('-worker-') < 0) continue;
    const replica = trainingReplica(r.name);
    const key = replica === null || replica.role !== 'worker' ? null : nsKey(r.namespace, replica.job);
    if (key !== null && launchers.has(key) && (out === null || !out.has(key))) (out ??= new Map()).set(key, false);
  }
  return out;
}

/**
 * The kind of each training job whose replicas the paste shows (`<namespace>\u0000<job>`), for {@link operatorOwners}:
 * the kind listed by name (sure), else by its replica types (chief, ps or evaluator: a TFJob; master: a PyTorchJob)
 * or the one kind the commands list. A job of workers alone, with nothing to tell its kind, gets none. Replicas that
 * completed read as bare pods (see ownerOf) and count too.
 *
 * With no operator, command or label in the paste to say training jobs are in use (`input` given): only a job whose
 * workers show beside a replica of another type (`x-master-0`, `x-worker-0`), and where the paste bears that out, by
 * a word of the training jobs (pytorch, tfjob, katib), by two or more workers all waiting in their init containers
 * (a PyTorchJob's wait for the master; a StatefulSet of the default OrderedReady policy starts its second pod only
 * once the first is Ready), or by two workers not started yet (Pending, Init:) at once, which that policy never shows.
 * A StatefulSet pair (Spark's `spark-master-0`, `spark-worker-0`) shows none.
 */
function trainingJobKinds(rows: readonly PodRow[], listed: ReadonlyMap<string, OwnerKind>, bits: number, selected: ReadonlySet<string>, input: string | null): Map<string, { kind: OwnerKind; sure: boolean }> {
  const roles = new Map<string, Set<string>>();
  /**
   * With `input`: per job, its workers, how many of them wait in Init:, the last one not started yet (Pending or Init:,
   * by its place among the rows), and whether two did so in one listing.
   */
  const workers = input === null ? null : new Map<string, { all: number; init: number; waiting: number; together: boolean }>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    if (w === null || (w.kind !== 'StatefulSet' && (w.kind !== 'Pod' || w.confidence !== 'low'))) continue;
    const replica = trainingReplica(r.name) ?? bareLauncher(r);
    if (replica === null) continue;
    const key = nsKey(r.namespace, replica.job);
    let set = roles.get(key);
    if (set === undefined) roles.set(key, (set = new Set()));
    set.add(replica.role);
    if (workers !== null && replica.role === 'worker') {
      let count = workers.get(key);
      if (count === undefined) workers.set(key, (count = { all: 0, init: 0, waiting: -1, together: false }));
      count.all++;
      if (r.status !== null && r.status.startsWith('Init:')) count.init++;
      if (r.status !== null && (r.status === 'Pending' || r.status.startsWith('Init:'))) {
        if (count.waiting >= 0 && !count.together && oneListing(rows, count.waiting, i)) count.together = true;
        count.waiting = i;
      }
    }
  }
  /** Whether the paste says pytorch, tfjob or katib: asked once, and only once a pair needs it. */
  let word: boolean | null = null;
  const listedKind = (bits & TRAINING_LISTED & ~TRAINING_SELECTED) === PYTORCH_LISTED ? 'PyTorchJob' : (bits & TRAINING_LISTED & ~TRAINING_SELECTED) === TF_LISTED ? 'TFJob' : (bits & TRAINING_LISTED & ~TRAINING_SELECTED) === MPI_LISTED ? 'MPIJob' : null;
  const out = new Map<string, { kind: OwnerKind; sure: boolean }>();
  for (const [key, set] of roles) {
    const job = key.slice(key.indexOf('\u0000') + 1);
    const named = listed.get(job);
    if (named === 'PyTorchJob' || named === 'TFJob' || named === 'MPIJob') {
      out.set(key, { kind: named, sure: true });
      continue;
    }
    if (workers !== null) {
      const count = workers.get(key);
      if (count === undefined || set.size < 2) continue;
      // A bare `<job>-launcher` beside `<job>-worker-<n>` says it by itself: no StatefulSet names a pod so.
      // Nor two workers not started yet at once: an OrderedReady StatefulSet makes its next pod only once the one before
      // is Ready (ed/08: a TFJob's workers 2 and 3 Pending for GPUs beside its running ps and workers).
      if (!set.has('launcher') && !(count.all >= 2 && count.init === count.all) && !count.together && !(input !== null && (word ??= TRAINING_WORD.test(input)))) continue;
    }
    const kind: OwnerKind | null = set.has('chief') || set.has('ps') || set.has('evaluator') ? 'TFJob' : set.has('master') ? 'PyTorchJob' : set.has('launcher') ? 'MPIJob' : listedKind;
    // A lone `<x>-master-0` is as likely a StatefulSet's (Redis, Spark standalone): a job shows two replica types.
    // Pods a `training.kubeflow.org/job-name=<job>` selector listed are that job's for sure, whatever its kind.
    if (kind !== null && (set.size > 1 || listedKind !== null || selected.has(job))) out.set(key, { kind, sure: selected.has(job) });
  }
  return out;
}

/** The paste speaks of LeaderWorkerSets: its kind, API group or labels (leaderworkerset.x-k8s.io, leaderworkerset.sigs.k8s.io/name). */
const LWS_WORD = /leaderworkerset/i;

/**
 * LeaderWorkerSet's pods, read as StatefulSets': the LWS controller runs each group's leader as a pod of a StatefulSet
 * named as the set (`vllm-0`, `vllm-1` of StatefulSet vllm) and the group's workers as a StatefulSet named after that
 * leader pod (`vllm-0-1`, `vllm-0-2` of StatefulSet vllm-0). No other controller names a StatefulSet after another
 * StatefulSet's pod, so a `<pod>-<n>` beside that very pod, itself `<set>-<group>`, shows the set is a LeaderWorkerSet's,
 * and so are its leaders and every group's workers (ed/09, ed/10). Sure where the paste names LeaderWorkerSets.
 */
function leaderWorkerSets(rows: readonly PodRow[], ctx: FastOwnerContext, input: string): void {
  // A worker's StatefulSet is named as a pod, `<set>-<group>`: only such names are looked up, and only where a pod has
  // one (a map of every row's name cost 55 ms on a 100k-row listing whose StatefulSets' names end in digits).
  let wanted: Set<string> | null = null;
  /** The StatefulSets' names, and the names such a `<set>-<group>` would have its leaders' StatefulSet take. */
  const setNames = new Set<string>();
  const leaderSets: string[] = [];
  for (const r of rows) {
    const w = r.workload;
    if (w === null || w.kind !== 'StatefulSet' || w.confidence === 'high') continue;
    setNames.add(w.name);
    if (!isDigit(w.name.charCodeAt(w.name.length - 1))) continue;
    const dash = w.name.lastIndexOf('-');
    if (dash <= 0 || !allDigits(w.name, dash + 1)) continue;
    (wanted ??= new Set()).add(w.name);
    leaderSets.push(w.name.slice(0, dash));
  }
  if (wanted === null || !leaderSets.some((x) => setNames.has(x))) return;
  // Pods named as such a StatefulSet (leaders), then those StatefulSets' `-0` pods, were there any.
  let byName: Map<string, PodRow> | null = null;
  for (const x of rows) if (wanted.has(x.name)) (byName ??= new Map()).set(nsKey(x.namespace, x.name), x);
  if (byName === null) return;
  const zeros = new Set([...byName.values()].map((x) => `${x.name}-0`));
  for (const x of rows) if (zeros.has(x.name)) byName.set(nsKey(x.namespace, x.name), x);
  /** `<namespace>\u0000<lws>` of each set a worker and its leader show. */
  let sets: Set<string> | null = null;
  for (const r of rows) {
    const w = r.workload;
    if (w === null || w.kind !== 'StatefulSet' || w.confidence === 'high' || !isDigit(w.name.charCodeAt(w.name.length - 1))) continue;
    const leader = byName.get(nsKey(r.namespace, w.name))?.workload ?? null;
    if (leader === null || leader.kind !== 'StatefulSet' || leader.confidence === 'high' || !namedAfter(w.name, leader.name) || !allDigits(w.name, leader.name.length + 1)) continue;
    // A group's workers count from 1, its leader being 0: a `<set>-<group>-0` is some other StatefulSet's.
    if (byName.has(nsKey(r.namespace, `${w.name}-0`))) continue;
    (sets ??= new Set()).add(nsKey(r.namespace, leader.name));
  }
  if (sets === null) return;
  const sure = LWS_WORD.test(input);
  for (const r of rows) {
    const w = r.workload;
    if (w === null || w.kind !== 'StatefulSet' || w.confidence === 'high') continue;
    let set: string | null = sets.has(nsKey(r.namespace, w.name)) ? w.name : null;
    if (set === null) {
      const dash = w.name.lastIndexOf('-');
      if (dash > 0 && allDigits(w.name, dash + 1) && sets.has(nsKey(r.namespace, w.name.slice(0, dash)))) set = w.name.slice(0, dash);
    }
    if (set !== null) r.workload = ctx.workload('LeaderWorkerSet', set, sure ? 'high' : 'medium');
  }
}

/**
 * Whether rows `from` and `to` (two pods of different names) are of one listing: no row between them names either
 * again, as a watch (`get -w`) or a later listing would, printing a pod's every change.
 */
function oneListing(rows: readonly PodRow[], from: number, to: number): boolean {
  const a = (rows[from] as PodRow).name;
  const b = (rows[to] as PodRow).name;
  if (a === b) return false;
  for (let k = from + 1; k < to; k++) {
    const name = (rows[k] as PodRow).name;
    if (name === a || name === b) return false;
  }
  return true;
}

/**
 * The CloudNativePG cluster a row's own labels or role column give, when its name is that cluster's instance
 * (`cnpg.io/cluster=pg` on `pg-2`; `-L cnpg.io/instanceRole` printing primary or replica): else null.
 */
function cnpgInstanceCluster(r: PodRow): string | null {
  const labelled = r.labels === null ? undefined : r.labels['cnpg.io/cluster'];
  if (labelled !== undefined) return r.name.startsWith(`${labelled}-`) ? labelled : null;
  const role = r.extra[CNPG_ROLE_COLUMN];
  if (role === 'primary' || role === 'replica') {
    const dash = r.name.lastIndexOf('-');
    return dash > 0 ? r.name.slice(0, dash) : null;
  }
  return null;
}

/**
 * A `-L role` column printing what CloudNativePG's primary carries: see CNPG_OLD_ROLE_COLUMN. Its replicas' `replica` is
 * PGO's word too, beside PGO's `master`.
 */
function cnpgRoleLabel(r: PodRow): boolean {
  return r.extra[CNPG_OLD_ROLE_COLUMN] === 'primary';
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** The StatefulSets guessed (namespace and name, see nsKey), and those of them whose pods include ordinal 0. */
function statefulSetGuesses(rows: readonly PodRow[]): { all: Set<string>; withZero: Set<string> } {
  const all = new Set<string>();
  const withZero = new Set<string>();
  for (const r of rows) {
    const w = r.workload;
    if (w === null || w.kind !== 'StatefulSet') continue;
    const key = nsKey(r.namespace, w.name);
    all.add(key);
    if (r.name.length === w.name.length + 2 && r.name.endsWith('-0')) withZero.add(key);
  }
  return { all, withZero };
}

/**
 * An Indexed Job's pods, `<job>-<completion index>-<5>`, read one owner per index (`container-pull-228` a DaemonSet,
 * `container-pull-23` a Job): two or more indexes under one prefix in a namespace make them that Job's, a likely
 * one. A lone `<x>-<n>-<5>` keeps its guess. An `oc` prompt's DeploymentConfig guess (`<dc>-<revision>-<5>`) joins
 * them only beside an index 0, which no revision is (OpenShift's JobSet docs: pytorch-workers-0-0/-1/-2). A JobSet's
 * Jobs are `<jobset>-<replicated job>-<n>`: a lone index-0 pod of another replicated job of the same JobSet (its
 * leader, network-jobset-leader-0-0 beside network-jobset-workers-0-0 and -0-1) is one of them too.
 */
function indexedJobs(rows: readonly PodRow[], numbered: readonly number[], ctx: FastOwnerContext): void {
  /** Per namespace and prefix: the pod bases seen, and whether a DeploymentConfig guess is among them. */
  const indexes = new Map<string, { bases: Set<string>; revisions: boolean }>();
  // The pod's base less its own suffix (`pytorch-workers-0-1`), whatever owner it was read as.
  const baseOf = (r: PodRow): string => ((r.workload as Workload).kind === 'DeploymentConfig' ? r.name.slice(0, r.name.lastIndexOf('-')) : (r.workload as Workload).name);
  // A completion index counts an Indexed Job's completions (at most 10^5 until Kubernetes 1.28 relaxed it for low
  // parallelism): a few digits, no leading zero. A longer run is part of the Job's own name (a date; Velero's
  // repo-maintain-job-<Unix milliseconds>, one Job each).
  const prefixOf = (base: string): string | null => {
    const dash = base.lastIndexOf('-');
    const digits = base.length - dash - 1;
    return dash > 0 && digits <= MAX_INDEX_DIGITS && allDigits(base, dash + 1) && (digits === 1 || base.charCodeAt(dash + 1) !== 48) ? base.slice(0, dash) : null;
  };
  for (const i of numbered) {
    const r = rows[i] as PodRow;
    const base = baseOf(r);
    const prefix = prefixOf(base);
    if (prefix === null) continue;
    const key = nsKey(r.namespace, prefix);
    let seen = indexes.get(key);
    if (seen === undefined) indexes.set(key, (seen = { bases: new Set(), revisions: false }));
    seen.bases.add(base);
    if ((r.workload as Workload).kind === 'DeploymentConfig') seen.revisions = true;
  }
  /** JobSets (`<jobset>` of Jobs `<jobset>-<replicated job>-<n>`) whose pods two indexes of one Job showed, per namespace. */
  let jobSets: Set<string> | null = null;
  const lone: number[] = [];
  for (const i of numbered) {
    const r = rows[i] as PodRow;
    const base = baseOf(r);
    const prefix = prefixOf(base);
    if (prefix === null) continue;
    const seen = indexes.get(nsKey(r.namespace, prefix)) as { bases: Set<string>; revisions: boolean };
    if (seen.bases.size > 1 && (!seen.revisions || seen.bases.has(`${prefix}-0`))) {
      // Indexed Jobs came with Kubernetes 1.21; a paste whose suffixes are of the generator before 1.5 (or whose hashes are
      // decimal, before 1.8) is years older. Members numbered by hand then were each a ReplicationController's, as clustered
      // apps ran before StatefulSets (zookeeper-1-s68t0, zookeeper-3-i7yj8 of RCs zookeeper-1 and -3, ds/01).
      if (ctx.olderGenerator === true || ctx.decimalHashes === true) {
        r.workload = ctx.workload('ReplicationController', base, 'low');
        continue;
      }
      r.workload = ctx.workload('Job', prefix, 'medium');
      const set = jobSetOf(prefix);
      if (set !== null) (jobSets ??= new Set()).add(nsKey(r.namespace, set));
    } else if (seen.bases.size === 1 && base.endsWith('-0') && (r.workload as Workload).kind !== 'DeploymentConfig') lone.push(i);
  }
  if (jobSets === null) return;
  for (const i of lone) {
    const r = rows[i] as PodRow;
    const prefix = prefixOf(baseOf(r)) as string;
    const set = jobSetOf(prefix);
    if (set !== null && jobSets.has(nsKey(r.namespace, set))) r.workload = ctx.workload('Job', prefix, 'medium');
  }
}

/** An Indexed Job's completion index in a pod's name: up to ten million completions. */
const MAX_INDEX_DIGITS = 7;

/** The JobSet a Job's name `<jobset>-<replicated job>-<n>` gives (`network-jobset-workers-0` -> `network-jobset`), else null. */
function jobSetOf(job: string): string | null {
  const dash = job.lastIndexOf('-');
  if (dash <= 0 || !allDigits(job, dash + 1)) return null;
  const rjob = job.lastIndexOf('-', dash - 1);
  return rjob > 0 ? job.slice(0, rjob) : null;
}

/**
 * A Deployment the knowledge base knows whose pods' hash the paste's author cut to five characters
 * (`cilium-operator-865ff-q6cq8`): a pod-template-hash is a 32-bit number, one character per decimal digit, so five
 * or fewer about 1 time in 43,000. Read as a Job named with a generated name (`<x>-<5>-<5>`), it is that Deployment's, a
 * guess; so is a sibling of the same `<deployment>-<5>` whose own suffix was cut too (`cilium-operator-865ff-6q2c`).
 */
function shortenedHashes(rows: readonly PodRow[], ctx: FastOwnerContext): void {
  let replicaSets: Map<string, Workload> | null = null;
  for (const r of rows) {
    const w = r.workload;
    if (w === null || w.kind !== 'Job' || w.confidence !== 'low' || !generatedTwice(w.name)) continue;
    const deployment = w.name.slice(0, -6);
    if (ctx.match(deployment, r.namespace)?.kind !== 'Deployment') continue;
    r.workload = ctx.workload('Deployment', deployment, 'low');
    (replicaSets ??= new Map()).set(nsKey(r.namespace, w.name), r.workload);
  }
  if (replicaSets === null) return;
  for (const r of rows) {
    const w = r.workload;
    if (w === null || w.kind !== 'Pod' || w.confidence !== 'low') continue;
    const dash = r.name.lastIndexOf('-');
    const owner = dash > 0 && r.name.length - dash <= 5 ? replicaSets.get(nsKey(r.namespace, r.name.slice(0, dash))) : undefined;
    if (owner !== undefined) r.workload = owner;
  }
}

/**
 * Pods of one owner guessed apart by their states (`cert-init-szk-stz6m` Completed: a Job's; its sibling
 * `-dgzfv` ContainerStatusUnknown: a DaemonSet's?) get one guess. A pod that ended without restarting is the
 * Job evidence no DaemonSet pod gives, so it wins; else the pods that run or restart make it a DaemonSet, still
 * a guess. Why: one owner read two ways on one screen says less than either.
 */
function oneGuessPerOwner(rows: readonly PodRow[], ctx: FastOwnerContext): void {
  const verdict = new Map<string, { job: boolean; daemonSet: boolean; jobEvidence: boolean }>();
  const keyOf = (r: PodRow, w: Workload): string => nsKey(r.namespace, w.name);
  for (const r of rows) {
    const w = r.workload;
    if (w === null || w.confidence === 'high' || (w.kind !== 'Job' && w.kind !== 'DaemonSet')) continue;
    const k = keyOf(r, w);
    let v = verdict.get(k);
    if (v === undefined) verdict.set(k, (v = { job: false, daemonSet: false, jobEvidence: false }));
    if (w.kind === 'Job') {
      v.job = true;
      if (w.confidence === 'medium') v.jobEvidence = true;
    } else v.daemonSet = true;
  }
  for (const r of rows) {
    const w = r.workload;
    if (w === null || w.confidence === 'high' || (w.kind !== 'Job' && w.kind !== 'DaemonSet')) continue;
    const v = verdict.get(keyOf(r, w));
    if (v === undefined || !v.job) continue;
    // Job guesses alone: the one with evidence (an end without restarts) lifts its siblings' weaker guesses.
    if (!v.daemonSet) {
      if (v.jobEvidence && w.confidence === 'low') r.workload = ctx.workload('Job', w.name, 'medium');
      continue;
    }
    r.workload = v.jobEvidence ? ctx.workload('Job', w.name, 'medium') : ctx.workload('DaemonSet', w.name, 'low');
  }
}

/**
 * Siblings of `<base>-<n>` pods that completed (read as bare pods, see ownerOf): a StatefulSet's pods run under
 * restartPolicy Always and never complete, so the family is not one's, whatever its other pods' statuses say
 * (Volcano's `<job>-<task>-<index>` pods, OutOfcpu beside Completed, volcano#2282). Whose it is the names do not
 * say (a batch operator's, or pods numbered by hand): each is read as the completed ones are, a bare pod, a guess.
 * A StatefulSet's pod may show Completed for a moment, though (its container exited 0 as its node rebooted, and the
 * kubelet has not restarted it yet): one such pod beside running siblings rules nothing out; two, or one beside
 * siblings none of which runs, do.
 */
function finishedFamilies(rows: readonly PodRow[], finished: readonly number[], shapes: Int32Array, ctx: FastOwnerContext): void {
  /** Each base's completed pods, per namespace. */
  const families = new Map<string, Map<string | null, number>>();
  for (const i of finished) {
    const r = rows[i] as PodRow;
    // One an operator's reading took (a training job's replica): its family is that job's.
    if (r.workload === null || r.workload.kind !== 'Pod') continue;
    const base = r.name.slice(0, (shapes[i] as number) >>> 4);
    let counts = families.get(base);
    if (counts === undefined) families.set(base, (counts = new Map()));
    counts.set(r.namespace, (counts.get(r.namespace) ?? 0) + 1);
  }
  const siblings: number[] = [];
  /** `<namespace>\u0000<base>` of families with one completed pod and a running one. */
  let running: Set<string> | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const w = r.workload;
    if (w === null || w.kind !== 'StatefulSet' || w.confidence === 'high') continue;
    const count = families.get(w.name)?.get(r.namespace);
    if (count === undefined) continue;
    siblings.push(i);
    if (count === 1 && r.status !== null && statusInfo(r.status)?.phase === 'Running') (running ??= new Set()).add(nsKey(r.namespace, w.name));
  }
  for (const i of siblings) {
    const r = rows[i] as PodRow;
    if (running === null || !running.has(nsKey(r.namespace, (r.workload as Workload).name))) r.workload = ctx.workload('Pod', r.name, 'low');
  }
}

/** DeploymentConfigs an `oc` command names: by a deployer pod (`<dc>-<n>-deploy`) or a revision's RC (`rc <dc>-<n>`). */
function deploymentConfigsNamed(c: KubectlCommand): string[] {
  if (c.tool !== 'oc' && !c.tool.endsWith('/oc')) return [];
  const out: string[] = [];
  for (let k = 0; k < c.args.length; k++) {
    const a = c.args[k] as string;
    const word = a.startsWith('pod/') || a.startsWith('rc/') ? a.slice(a.indexOf('/') + 1) : a;
    const dc = deployerOf(word);
    if (dc !== null) out.push(dc);
    const rc = a.startsWith('rc/') ? word : (k > 0 && (c.args[k - 1] === 'rc' || c.args[k - 1] === 'replicationcontroller') ? a : null);
    const dash = rc === null ? -1 : rc.lastIndexOf('-');
    if (rc !== null && dash > 0 && /^\d+$/.test(rc.slice(dash + 1))) out.push(rc.slice(0, dash));
  }
  return out;
}

/** Node rows printed before a `delete node` command that names their node. */
function withoutDeletedNodes(nodeRows: NodeRow[], commands: readonly { line: number; command: KubectlCommand }[], deleted: Set<string>): NodeRow[] {
  const deletedAt = new Map<string, number>();
  for (const { line, command } of commands) {
    if (command.verb !== 'delete') continue;
    const [kind, ...names] = command.args;
    const plural = kind === 'node' || kind === 'nodes' || kind === 'no';
    for (const a of plural ? names : command.args) {
      const name = plural ? a : a.startsWith('node/') ? a.slice(5) : null;
      if (name !== null && name !== '') deletedAt.set(name, line);
    }
  }
  if (deletedAt.size === 0) return nodeRows;
  return nodeRows.filter((nr) => {
    const at = deletedAt.get(nr.name);
    if (at === undefined || nr.line > at) return true;
    deleted.add(nr.name);
    return false;
  });
}

/**
 * A pod listed once without a namespace (`get pods`, the context's) and once with one (`get pods -A`) is one
 * pod: the earlier line gives way, as a watch's does, so it is not counted twice on its node; the line without one
 * takes the other's. Only where the name is in one namespace of the paste. A listing without a NAMESPACE column
 * shows one namespace, so where its repeated pods agree on theirs its other rows are there too (hunt ca/13: gitea-0
 * and nginx-… in default from the earlier `-A`, the pod created since with them, not left without one).
 */
function namespacelessRepeats(rows: readonly PodRow[], superseded: Set<number>, listings: readonly Listing[]): void {
  let bare = false;
  let named = false;
  for (const r of rows) {
    if (r.namespace === null) bare = true;
    else named = true;
    if (bare && named) break;
  }
  if (!bare || !named) return;
  // Per name: the last row that has a namespace, or -1 when the name is in more than one namespace.
  const withNs = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (r.namespace === null || superseded.has(i)) continue;
    const j = withNs.get(r.name);
    // Once in two namespaces (-1), a third listing does not make the name one pod again.
    if (j !== undefined && j < 0) continue;
    withNs.set(r.name, j === undefined || (rows[j] as PodRow).namespace === r.namespace ? i : -1);
  }
  let filled: Uint8Array | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (r.namespace !== null) continue;
    const j = withNs.get(r.name);
    if (j === undefined || j < 0) continue;
    (filled ??= new Uint8Array(rows.length))[i] = 1;
    // A line a watch or a later listing superseded already: the same pod still, in the same namespace.
    if (superseded.has(i)) {
      r.namespace = (rows[j] as PodRow).namespace;
      continue;
    }
    superseded.add(i < j ? i : j);
    // The same pod either way: in the namespace the other line shows, whichever came first (so two runs of one
    // `get pods` do not show it in two namespaces).
    r.namespace = (rows[j] as PodRow).namespace;
  }
  if (filled === null) return;
  for (const l of listings) {
    if (l.command !== null && (l.command.namespace !== null || l.command.allNamespaces)) continue;
    let ns: string | null = null;
    let some = false;
    let missing = false;
    let agreed = true;
    for (let i = l.start; i < l.end && agreed; i++) {
      const r = rows[i] as PodRow;
      if (r.namespace === null) missing = true;
      else if (filled[i] !== 1) agreed = false;
      else if (ns !== null && r.namespace !== ns) agreed = false;
      else {
        ns = r.namespace;
        some = true;
      }
    }
    if (!agreed || !some || !missing) continue;
    for (let i = l.start; i < l.end; i++) if ((rows[i] as PodRow).namespace === null) (rows[i] as PodRow).namespace = ns;
  }
}

/**
 * `No resources found in default namespace.` after a `get` without -n names the context's namespace: the rows
 * other such commands print (no NAMESPACE column, no -n) are in it. Only when the paste names one.
 */
function contextNamespace(rows: readonly PodRow[], messages: readonly { line: number; id: string; command?: KubectlCommand | null }[], lines: readonly string[]): void {
  let context: string | null = null;
  for (const m of messages) {
    if ((m.id !== 'no-resources' && m.id !== 'no-resources-other') || m.command === null || m.command === undefined || m.command.namespace !== null || m.command.allNamespaces) continue;
    const found = NO_RESOURCES_IN.exec(lines[m.line - 1] ?? '');
    if (found === null) continue;
    if (context !== null && context !== found[1]) return;
    context = found[1] as string;
  }
  if (context === null) return;
  for (const r of rows) if (r.namespace === null) r.namespace = context;
}

const NO_RESOURCES_IN = /No resources found in ([a-z0-9][-a-z0-9]*) namespace/;

/**
 * `kubens apache-superset-dev` (or `kubectl config set-context --current --namespace=…`) sets the context's namespace:
 * the rows a later `get` without -n or -A prints are in it. Up to another switch: a context switch (kubectx,
 * use-context) or `kubens -` leaves the namespace unknown again.
 */
function switchedNamespace(rows: PodRow[], listings: readonly Listing[], lines: readonly string[], kinds: readonly string[]): void {
  const marks: { line: number; ns: string | null }[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind === 'row' || kind === 'header' || kind === 'blank') continue;
    const text = lines[i] as string;
    if (text.indexOf('kubens') >= 0) {
      const m = KUBENS.exec(text);
      if (m !== null) marks.push({ line: i + 1, ns: m[1] === undefined || m[1] === '-' ? null : m[1] });
    } else if (text.indexOf(KUBENS_SAID) >= 0) {
      // What kubens prints once it switched, whatever alias ran it (`kn kamel`, `kns`; fe/16).
      const m = KUBENS_SAID_NS.exec(text);
      if (m !== null) marks.push({ line: i + 1, ns: m[1] as string });
    } else if (text.indexOf('set-context') >= 0 && text.indexOf('--current') >= 0 && SET_CONTEXT.test(text)) {
      const m = SET_CONTEXT_NS.exec(text);
      marks.push({ line: i + 1, ns: m === null ? null : (m[1] as string) });
    } else if ((text.indexOf('kubectx ') >= 0 && KUBECTX.test(text)) || text.indexOf('use-context') >= 0) marks.push({ line: i + 1, ns: null });
  }
  if (!marks.some((m) => m.ns !== null)) return;
  for (const l of listings) {
    if (l.command === null || l.command.namespace !== null || l.command.allNamespaces) continue;
    let ns: string | null = null;
    for (const m of marks) {
      if (m.line >= l.line) break;
      ns = m.ns;
    }
    if (ns === null) continue;
    for (let i = l.start; i < l.end; i++) {
      const r = rows[i] as PodRow;
      if (r.namespace === null) r.namespace = ns;
    }
  }
}

/** `kubens <namespace>` (or `kubens -`, back to the one before); alone it lists them, `-c` prints the current one. */
const KUBENS = /(?:^|[\s$#>%;])kubens\s+(-|[a-z0-9][-a-z0-9]{0,62})\s*$/;
const SET_CONTEXT = /(?:^|[\s$#>%;])kubectl\s+config\s+set-context\s/;
const SET_CONTEXT_NS = /\s--namespace[=\s]\s*([a-z0-9][-a-z0-9]{0,62})(?:\s|$)/;

/**
 * A listing that shows no namespace (no NAMESPACE column, no -n or -A on its command) whose pod another command of the
 * paste names with one (`kubectl logs tap-injector-67f677c549-mc4wb -n linkerd-viz`): that pod is there, and one
 * `get pods` lists one namespace, so every row of the listing is. Not where its pods are named in two namespaces.
 * Rows outside any listing (headerless lines) get their block's, as a listing's do (else each its own pod's). Whether
 * any row got one.
 */
function namespaceNamedLater(rows: readonly PodRow[], listings: readonly Listing[], commands: readonly { command: KubectlCommand }[], assigned: ReadonlyMap<string, Scheduled | null> | null): boolean {
  let named: Map<string, string | null> | null = null;
  // The scheduler's event names the pod with its namespace (`Successfully assigned default/web-0 to w1`) as a -n would.
  if (assigned !== null) for (const [name, s] of assigned) if (s === null || s.namespace !== null) (named ??= new Map()).set(name, s === null ? null : s.namespace);
  for (const { command: c } of commands) {
    if (c.namespace === null || c.allNamespaces || c.verb === null) continue;
    for (const arg of c.args) {
      const slash = arg.indexOf('/');
      const name = slash > 0 && POD_RESOURCE_PREFIX.test(arg.slice(0, slash)) ? arg.slice(slash + 1) : arg;
      named ??= new Map();
      const held = named.get(name);
      named.set(name, held === undefined || held === c.namespace ? c.namespace : null);
    }
  }
  if (named === null) return false;
  let filled = false;
  let listed: Uint8Array | null = null;
  for (const l of listings) {
    if (l.end > l.start) (listed ??= new Uint8Array(rows.length)).fill(1, l.start, l.end);
    if (l.command !== null && (l.command.namespace !== null || l.command.allNamespaces)) continue;
    let ns: string | null = null;
    let agreed = true;
    for (let i = l.start; i < l.end && agreed; i++) {
      const r = rows[i] as PodRow;
      // A NAMESPACE column printed (or filled from elsewhere): the listing says it already.
      if (r.namespace !== null) agreed = false;
      const there = named.get(r.name);
      if (there === undefined) continue;
      if (there === null || (ns !== null && there !== ns)) agreed = false;
      ns = there;
    }
    if (!agreed || ns === null) continue;
    for (let i = l.start; i < l.end; i++) (rows[i] as PodRow).namespace = ns;
    filled = true;
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if ((listed !== null && listed[i] === 1) || r.namespace !== null) continue;
    // Headerless rows on lines one after another are one block of one `get pods` output (no NAMESPACE column, so one
    // namespace): where the pods named elsewhere agree on one, the block's other rows are there too.
    let end = i + 1;
    while (end < rows.length && (rows[end] as PodRow).line === (rows[end - 1] as PodRow).line + 1 && (rows[end] as PodRow).namespace === null && (listed === null || listed[end] !== 1)) end++;
    let ns: string | null = null;
    let agreed = true;
    for (let k = i; k < end && agreed; k++) {
      const there = named.get((rows[k] as PodRow).name);
      if (there === undefined) continue;
      if (there === null || (ns !== null && there !== ns)) agreed = false;
      ns = there;
    }
    if (agreed && ns !== null) {
      for (let k = i; k < end; k++) (rows[k] as PodRow).namespace = ns;
      filled = true;
    } else {
      for (let k = i; k < end; k++) {
        const there = named.get((rows[k] as PodRow).name);
        if (there === undefined || there === null) continue;
        (rows[k] as PodRow).namespace = there;
        filled = true;
      }
    }
    i = end - 1;
  }
  return filled;
}
const POD_RESOURCE_PREFIX = /^(?:po|pod|pods)$/;

/** Where the scheduler put a pod, as its Scheduled event says (or `kubectl describe pod`, which may leave either out). */
interface Scheduled {
  namespace: string | null;
  node: string | null;
}

/** The scheduler's event (`kubectl events`, `get events`, `describe pod`'s Events): `Successfully assigned <ns>/<pod> to <node>`. */
const SCHEDULED = /Successfully assigned ([a-z0-9][-a-z0-9]{0,62})\/([a-z0-9][-a-z0-9.]{0,252}) to ([A-Za-z0-9][-A-Za-z0-9._]{0,252})/g;

/**
 * An API server's error naming a pod and its namespace: `Pod "logging-kibana-1-rsjx9" in namespace "logging" : pod is
 * not in 'Running', 'Succeeded' or 'Failed' state` (`oc logs`, ej/13), `pod "web-0" in namespace "shop"`.
 */
const POD_IN_NAMESPACE = /\b[Pp]od "([a-z0-9][-a-z0-9.]{0,252})" in namespace "([a-z0-9][-a-z0-9]{0,62})"/g;

/**
 * Pods the paste's Scheduled events place, by name (null where two events of one name disagree: two namespaces, or
 * a pod of that name made again elsewhere); null when the paste holds none.
 *
 * @example
 * scheduledPods('Normal  Scheduled  5s  default-scheduler  Successfully assigned default/web-0 to w1')?.get('web-0') // { namespace: 'default', node: 'w1' }
 */
export function scheduledPods(input: string): Map<string, Scheduled | null> | null {
  const assigned = input.indexOf('Successfully assigned ') >= 0;
  const inNamespace = input.indexOf('" in namespace "') >= 0;
  if (!assigned && !inNamespace) return null;
  const out = new Map<string, Scheduled | null>();
  if (assigned) {
    for (const m of input.matchAll(SCHEDULED)) {
      const namespace = m[1] as string;
      const node = (m[3] as string).replace(/\.+$/, '');
      const name = m[2] as string;
      const held = out.get(name);
      out.set(name, held === undefined || (held !== null && held.namespace === namespace && held.node === node) ? { namespace, node } : null);
    }
  }
  if (inNamespace) {
    // An API error about the pod says where it is, as the event does, but not on which node.
    for (const m of input.matchAll(POD_IN_NAMESPACE)) {
      const name = m[1] as string;
      const namespace = m[2] as string;
      const held = out.get(name);
      if (held === undefined) out.set(name, { namespace, node: null });
      else if (held !== null && held.namespace !== namespace) out.set(name, null);
    }
  }
  return out.size === 0 ? null : out;
}

/** A pod the scheduler's event places on a node, listed without a NODE column: that node is where it runs. */
function nodesFromScheduler(rows: readonly PodRow[], withNodeColumn: Uint8Array, assigned: ReadonlyMap<string, Scheduled | null>): void {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (r.node !== null || withNodeColumn[i] === 1) continue;
    const s = assigned.get(r.name);
    if (s !== undefined && s !== null && s.node !== null && (r.namespace === null || s.namespace === null || r.namespace === s.namespace)) r.node = s.node;
  }
}

/**
 * A pod listed without `-o wide` whose describe gives its `IP:`: that address, so its network (the pod network, or the
 * node's own on the host network) is read as a wide listing's would be (ej/01: 10.180.1.11 on node 10.210.0.1). Not
 * where the describe places it on another node than the listing: two moments of a pod recreated under one name.
 */
function addressesFromDescribe(rows: readonly PodRow[], withNodeColumn: Uint8Array, described: ReadonlyMap<string, Described | null>): void {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (r.ip !== null || withNodeColumn[i] === 1) continue;
    const d = described.get(r.name);
    if (d === undefined || d === null || d.ip === undefined) continue;
    if (d.namespace !== null && r.namespace !== null && d.namespace !== r.namespace) continue;
    if (d.node !== null && r.node !== null && d.node !== r.node) continue;
    r.ip = d.ip;
  }
}

/** Where the scheduler's message starts: after its source (`default-scheduler`), else after the reason and its age. */
const SCHEDULER_SOURCE = /\b[a-z0-9-]*scheduler\s+/;
/** How far above its event a describe's `Name:` or its command is looked for: Events come last in a long describe. */
const EVENT_OWNER_LINES = 400;

/**
 * Pending pods with no node whose FailedScheduling event the paste shows, by row index, with the scheduler's
 * message (see podEventRows); a pod the paste shows placed (a NODE cell, a Scheduled event) is not one.
 *
 * @example
 * // `$ kubectl describe pod web-0`, then `Warning  FailedScheduling  54s  default-scheduler  0/1 nodes are available: ...`
 * // with web-0 Pending in the listing: Map { <its row> => '0/1 nodes are available: ...' }
 */
function unschedulableRows(rows: readonly PodRow[], lines: readonly string[], commands: readonly { line: number; command: KubectlCommand }[]): Map<number, string> | null {
  return podEventRows(rows, lines, commands, UNSCHEDULABLE_REASONS, (text, at, _reason, named) => schedulerMessage(text, at, named), (r) => r.status === 'Pending' && r.node === null && r.nominatedNode === null, true);
}
const UNSCHEDULABLE_REASONS: readonly string[] = [UNSCHEDULABLE_MARK];

/** Statuses of a pod whose volumes the kubelet sets up before any container starts: the ones a failing mount holds. */
const WAITING_ON_VOLUMES: ReadonlySet<string> = new Set(['ContainerCreating', 'Pending', 'PodInitializing']);
/** An event's source before its message: the kubelet (`kubelet, node-1` before 1.15) or the attach/detach controller. */
const VOLUME_SOURCE = /^\s*(?:kubelet(?:,\s*\S+)?|attachdetach-controller)\s+/;

/**
 * Pods waiting to start (ContainerCreating, PodInitializing, Init:) whose FailedMount or FailedAttachVolume event
 * the paste shows, by row index, with the event's message (see podEventRows). The last event of a pod wins: a describe
 * lists "Unable to attach or mount volumes: ... timed out" before the mount's own error, which says more.
 *
 * @example
 * // `kubectl describe po nfs-x`, then `Warning  FailedMount  39s (x9 over 2m47s)  kubelet  MountVolume.SetUp failed ...`
 * // with nfs-x ContainerCreating in the listing: Map { <its row> => 'MountVolume.SetUp failed ...' }
 */
function volumeFailingRows(rows: readonly PodRow[], lines: readonly string[], commands: readonly { line: number; command: KubectlCommand }[]): Map<number, string> | null {
  return podEventRows(rows, lines, commands, VOLUME_MARKS, volumeMessage, (r) => r.status !== null && (WAITING_ON_VOLUMES.has(r.status) || r.status.startsWith('Init:')));
}

/** A probe failure the kubelet restarts a container for; a readiness probe's only takes the pod out of its Services. */
const PROBE_KILLS = /^(?:Liveness|Startup) probe failed/;

/**
 * Restarted pods whose Unhealthy event for a liveness or startup probe the paste shows, by row index, with the probe's
 * message (see podEventRows): the kubelet killed the container, it did not crash on its own (et/17: liveness-exec,
 * `Liveness probe failed: cat: can't open '/tmp/healthy'`, then RESTARTS 1). A pod's last event counts, so a
 * readiness failure after the liveness one leaves it out.
 */
function probeKilledRows(rows: readonly PodRow[], lines: readonly string[], commands: readonly { line: number; command: KubectlCommand }[]): Map<number, string> | null {
  const all = podEventRows(rows, lines, commands, [PROBE_MARK], volumeMessage, (r) => r.restarts !== null && r.restarts.count > 0);
  if (all === null) return null;
  let out: Map<number, string> | null = null;
  for (const [i, message] of all) if (PROBE_KILLS.test(message)) (out ??= new Map()).set(i, message);
  return out;
}

/** A volume event's message: describe's AGE (`39s`, `2m (x3 over 5m)`) and the source taken off. */
function volumeMessage(text: string, at: number, reason: string): string {
  const message = text.slice(at + reason.length).replace(/^\s+(?:\d+[smhdy]\w*|<unknown>)(?:\s+\(x\d+ over \S+\))?/, '').replace(VOLUME_SOURCE, '').trim();
  return message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT)}…` : message;
}

/**
 * Rows of pods an event of one of `reasons` is about, by row index, with the event's message: the pod is the one the
 * event's line names (`pod/<name>`), else the describe it closes (its `Name:` or its `kubectl describe pod <name>`
 * command above it, hunt de/04), else the one pod `waiting` picks in the listing, or, where the event's cause is the
 * pods' `shared` template (the scheduler's), the several it picks of one owner. The last event of a pod wins.
 */
function podEventRows(
  rows: readonly PodRow[],
  lines: readonly string[],
  commands: readonly { line: number; command: KubectlCommand }[],
  reasons: readonly string[],
  messageOf: (text: string, at: number, reason: string, named: RegExpExecArray | null) => string,
  waiting: (r: PodRow) => boolean,
  shared = false,
): Map<number, string> | null {
  let byPod: Map<string, string> | null = null;
  let unnamed: string | null = null;
  const commandAt = new Map<number, KubectlCommand>();
  for (const c of commands) commandAt.set(c.line, c.command);
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k] as string;
    let at = -1;
    let reason = '';
    for (const m of reasons) {
      at = eventReasonAt(text, m);
      if (at >= 0) {
        reason = m;
        break;
      }
    }
    if (at < 0) continue;
    const named = EVENT_POD.exec(text);
    const pod = named !== null ? (named[1] as string) : describedAbove(lines, k, commandAt);
    const message = messageOf(text, at, reason, named);
    if (pod === null) unnamed = message;
    else (byPod ??= new Map()).set(pod, message);
  }
  let out: Map<number, string> | null = null;
  let lone = -1;
  // Every waiting pod one owner's (one template), by index; null once two owners or a bare pod wait, or where the
  // event may be one member's own (a volume: each StatefulSet member mounts its own claim).
  let siblings: number[] | null = shared ? [] : null;
  let owner: string | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (!waiting(r)) continue;
    lone = lone === -1 ? i : -2;
    const message = byPod?.get(r.name);
    if (message !== undefined) (out ??= new Map()).set(i, message);
    if (siblings === null) continue;
    const w = r.workload;
    const key = w === null || w.kind === 'Pod' || w.kind === 'StaticPod' ? null : `${r.namespace ?? ''}\u0000${w.kind}\u0000${w.name}`;
    if (key === null || (owner !== null && key !== owner)) siblings = null;
    else {
      owner = key;
      siblings.push(i);
    }
  }
  // An Events block pasted with no describe head (hunt cj/09: a GPU Insufficient): the event is about a pod of the
  // kind it holds, so where the paste lists one such pod alone, it is that pod's; where the pods of that kind are all
  // one owner's (eh/04: three RabbitMQ members Pending on unbound claims), it is one of theirs, and they share its
  // template (its requests, its claims' StorageClass), so what holds one holds each.
  if (unnamed !== null && out === null) {
    if (lone >= 0) out = new Map([[lone, unnamed]]);
    else if (siblings !== null && siblings.length > 1) out = new Map(siblings.map((i) => [i, unnamed as string]));
  }
  return out;
}

/**
 * Where `reason` stands on a line as an event's REASON cell: a word of its own, between blanks (or a table's `|`). A
 * reason quoted in prose (`` `FailedScheduling` ``, "FailedScheduling") is someone writing about the event, not the
 * event: the Indonesian docs' sentence below a describe (do/05) would otherwise stand for the scheduler's message.
 */
function eventReasonAt(text: string, reason: string): number {
  for (let at = text.indexOf(reason); at >= 0; at = text.indexOf(reason, at + 1)) {
    const before = at === 0 ? ' ' : (text[at - 1] as string);
    const after = text[at + reason.length] ?? ' ';
    if (/[\s|]/.test(before) && /[\s|:]/.test(after)) return at;
  }
  return -1;
}

/** The pod whose describe an event line at `k` closes: its `Name:` or its `describe pod <name>` command; null at another command. */
function describedAbove(lines: readonly string[], k: number, commandAt: ReadonlyMap<number, KubectlCommand>): string | null {
  for (let j = k - 1; j >= 0 && j >= k - EVENT_OWNER_LINES; j--) {
    const c = commandAt.get(j + 1);
    if (c !== undefined) return c.verb === 'describe' ? describedPodArg(c.args) : null;
    const text = lines[j] as string;
    const name = text.indexOf('Name:');
    if (name < 0 || text.slice(0, name).trim() !== '') continue;
    const value = text.slice(name + 5).trim();
    return /^[a-z0-9][-a-z0-9.]{0,252}$/.test(value) ? value : null;
  }
  return null;
}

/** `describe pod web-0`, `describe po/web-0`, `describe pods web-0`: the one pod named; null for none or several. */
function describedPodArg(args: readonly string[]): string | null {
  const first = args[0];
  if (first === undefined) return null;
  const slash = first.indexOf('/');
  if (slash > 0) return POD_RESOURCES.has(first.slice(0, slash)) && args.length === 1 ? first.slice(slash + 1) : null;
  return POD_RESOURCES.has(first) && args.length === 2 ? (args[1] as string) : null;
}

const POD_RESOURCES: ReadonlySet<string> = new Set(['pod', 'pods', 'po']);

/** The scheduler's message on a FailedScheduling line (`0/1 nodes are available: ...`), cut to a readable length. */
function schedulerMessage(text: string, at: number, named: RegExpExecArray | null): string {
  let from = at + UNSCHEDULABLE_MARK.length;
  const source = SCHEDULER_SOURCE.exec(text.slice(from));
  if (source !== null) from += source.index + source[0].length;
  else if (named !== null && named.index > at) from = named.index + named[0].length;
  else {
    // describe's AGE (`54s`, `<unknown>`, `2m (x3 over 5m)`) before a message from no named scheduler.
    const rest = text.slice(from).replace(/^\s+(?:\d+[smhdy]\w*|<unknown>)(?:\s+\(x\d+ over \S+\))?/, '');
    from = text.length - rest.length;
  }
  const message = text.slice(from).trim();
  return message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT)}…` : message;
}

/** The longest scheduler message quoted whole. */
const MESSAGE_LIMIT = 300;

/** What `kubectl describe pod` says of one pod; any part may be missing from a paste that shows only its top. */
interface Described {
  namespace: string | null;
  node: string | null;
  /** The node's address after its name (`Node:  w1/10.0.0.5`): the one the kubelet reports. */
  address: string | null;
  /** `Node:  <none>` (`/` before 1.6?): the scheduler had not placed the pod when it was described. */
  unplaced: boolean;
  /** `Controlled By:  ReplicaSet/web-7d4b9c8f6d` (`Controllers:` before 1.7) as kind and name; `<none>` before 1.7 said Pod. */
  ownerKind: string | null;
  ownerName: string | null;
  /**
   * The head ran on to `Containers:` with no `Controlled By:`, where kubectl prints one for any controller (1.7 on; the
   * `Priority:` it prints from 1.11 dates the block): a pod no controller owns.
   */
  uncontrolled: boolean;
  /** `IP:  10.244.1.5`: the pod's address, which a listing without `-o wide` does not show. */
  ip?: string;
  /** OpenShift's `deploymentconfig=<dc>` label (or `openshift.io/deployment-config.name` annotation): its RC's owner. */
  deploymentConfig?: string;
}

/** A describe's first line: `Name:` at the block's own indent (a quote's `> `, a Markdown indent), then the pod's name. */
const DESCRIBE_NAME = /^([ \t>]*)Name:[ \t]+([a-z0-9][-a-z0-9.]{0,252})[ \t]*\r?$/gm;
/** A top-level key of describe's output (`Start Time`, `Controlled By`, `QoS Class`). */
const DESCRIBE_KEY = /^[A-Z][A-Za-z ()-]{0,40}$/;
const DESCRIBED_OWNER = /^([A-Z][A-Za-z0-9]{0,62})\/([a-z0-9][-a-z0-9.:]{0,252})$/;
const DESCRIBED_NODE = /^[A-Za-z0-9][-A-Za-z0-9._]{0,252}$/;
/** How far below its `Name:` a describe's head is read: long Labels and Annotations come before `Controlled By`. */
const DESCRIBE_HEAD_LINES = 300;
/** Keys only a pod's describe prints at the top level (a Deployment's prints its template's indented). */
const POD_KEYS: ReadonlySet<string> = new Set(['Node', 'Priority', 'Service Account', 'Start Time']);
/** Owners a pod never has (a ReplicaSet's or a Job's describe names these): such a block is no pod's. */
const NOT_POD_OWNERS: ReadonlySet<string> = new Set(['Deployment', 'CronJob', 'DeploymentConfig', 'Rollout']);

/**
 * The pods `kubectl describe pod` blocks in the paste describe, by name (null where two blocks of one name disagree);
 * null when there are none. A block is a pod's by a key only pods print at the top level (Node, Priority...) or by an
 * owner that only pods have: a Deployment's, a node's or a ReplicaSet's describe is left out.
 *
 * @example
 * describedPods('Name:  web-0\nNamespace:  shop\nNode:  w1/10.0.0.5\nControlled By:  StatefulSet/web')?.get('web-0')
 * // { namespace: 'shop', node: 'w1', address: '10.0.0.5', ownerKind: 'StatefulSet', ownerName: 'web' }
 */
export function describedPods(input: string): Map<string, Described | null> | null {
  if (input.indexOf('Name:') < 0) return null;
  let out: Map<string, Described | null> | null = null;
  for (const m of input.matchAll(DESCRIBE_NAME)) {
    const prefix = m[1] as string;
    const d: Described = { namespace: null, node: null, address: null, unplaced: false, ownerKind: null, ownerName: null, uncontrolled: false };
    let pod = false;
    let priority = false;
    let complete = false;
    let labelled = false;
    let at = (m.index as number) + m[0].length;
    for (let k = 0; k < DESCRIBE_HEAD_LINES && at < input.length; k++) {
      if (input.charCodeAt(at) === 10) at++;
      let end = input.indexOf('\n', at);
      if (end < 0) end = input.length;
      // Any describe's `Name:` ends this one, however indented: each line is read for one block at most.
      let first = at;
      while (first < end && (input.charCodeAt(first) === 32 || input.charCodeAt(first) === 9 || input.charCodeAt(first) === 62)) first++;
      if (input.startsWith('Name:', first)) break;
      const line = input.charCodeAt(end - 1) === 13 ? input.slice(at, end - 1) : input.slice(at, end);
      at = end;
      if (!line.startsWith(prefix)) break;
      const c = line.charCodeAt(prefix.length);
      // Labels, Annotations and IPs go on below their key, indented.
      if (c === 32 || c === 9) {
        if (labelled) deploymentConfigLabel(line.trim(), d);
        continue;
      }
      const colon = line.indexOf(':', prefix.length);
      if (colon < 0) break;
      const key = line.slice(prefix.length, colon);
      if (key === 'Containers' || key === 'Init Containers') {
        complete = true;
        break;
      }
      if (!DESCRIBE_KEY.test(key)) break;
      const value = line.slice(colon + 1).trim();
      labelled = key === 'Labels' || key === 'Annotations';
      if (labelled) deploymentConfigLabel(value, d);
      if (POD_KEYS.has(key)) {
        pod = true;
        if (key === 'Priority') priority = true;
      }
      if (key === 'Namespace') {
        if (isNamespaceName(value)) d.namespace = value;
      } else if (key === 'IP') {
        if (isIpv4(value)) d.ip = value;
      } else if (key === 'Node') {
        // `node1/10.0.0.5`; `<none>` or `/` before the scheduler placed it.
        const slash = value.indexOf('/');
        const node = slash < 0 ? value : value.slice(0, slash);
        if (DESCRIBED_NODE.test(node)) {
          d.node = node;
          const address = slash < 0 ? '' : value.slice(slash + 1);
          if (isIpv4(address)) d.address = address;
        } else if (value === '<none>' || value === '/') d.unplaced = true;
      } else if (key === 'Controlled By' || key === 'Controllers') {
        const owner = DESCRIBED_OWNER.exec(value);
        if (owner !== null) {
          d.ownerKind = owner[1] as string;
          d.ownerName = owner[2] as string;
        } else if (value === '<none>') d.ownerKind = 'Pod';
      }
    }
    if (d.ownerKind !== null && NOT_POD_OWNERS.has(d.ownerKind)) continue;
    // `Containers:` at the block's own indent is a pod's too: other kinds print theirs indented under `Pod Template:`
    // (a book's describe trimmed to Name, Namespace, Status and IP, its Node left out: hunt cb/17).
    if (!pod && d.ownerKind === null && !complete) continue;
    d.uncontrolled = complete && priority && d.ownerKind === null;
    out ??= new Map();
    const name = m[2] as string;
    const held = out.get(name);
    out.set(name, held === undefined ? d : held === null ? null : mergedDescribe(held, d));
  }
  return out;
}

/**
 * `deploymentconfig=web` (the label the DeploymentConfig controller stamps) or its annotation, kept on `d`. Annotations
 * print `key: value` from kubectl 1.7 on, `key=value` before.
 */
function deploymentConfigLabel(label: string, d: Described): void {
  const eq = label.search(/=|: /);
  if (eq < 0) return;
  const key = label.slice(0, eq);
  if (key !== 'deploymentconfig' && key !== 'openshift.io/deployment-config.name') return;
  const value = label.slice(eq + 1).trim();
  if (DESCRIBED_NODE.test(value) && d.deploymentConfig === undefined) d.deploymentConfig = value;
}

/** Each node's address as describe's `Node:` lines give it; a node given two is left out (the paste disagrees with itself). */
function describedAddresses(described: ReadonlyMap<string, Described | null> | null): Map<string, string> | undefined {
  if (described === null) return undefined;
  let out: Map<string, string> | undefined;
  const twice = new Set<string>();
  for (const d of described.values()) {
    if (d === null || d.node === null || d.address === null) continue;
    out ??= new Map();
    const held = out.get(d.node);
    if (held !== undefined && held !== d.address) twice.add(d.node);
    out.set(d.node, d.address);
  }
  for (const node of twice) out?.delete(node);
  return out;
}

/**
 * Rows (by index) of Pending pods listed without a NODE column whose own describe says `Node:  <none>`: as unplaced as a
 * wide listing's `<none>` says, so the cluster stage tells them apart from pods Pending on a node.
 */
function describedUnplaced(rows: readonly PodRow[], withNodeColumn: Uint8Array, described: ReadonlyMap<string, Described | null> | null): Set<number> | undefined {
  if (described === null) return undefined;
  let out: Set<number> | undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (r.status !== 'Pending' || r.node !== null || withNodeColumn[i] === 1) continue;
    const d = described.get(r.name);
    if (d !== undefined && d !== null && d.unplaced && (d.namespace === null || r.namespace === null || d.namespace === r.namespace)) (out ??= new Set()).add(i);
  }
  if (out !== undefined) addUnplacedSiblings(rows, withNodeColumn, out);
  return out;
}

/**
 * Pending pods of the ReplicaSet of one described unplaced, at its AGE (hunt cu/01: coredns' two replicas, 21m, one
 * described): one template at one moment, one answer from the scheduler. A pod it placed would show its containers
 * creating by then, not Pending.
 */
function addUnplacedSiblings(rows: readonly PodRow[], withNodeColumn: Uint8Array, out: Set<number>): void {
  const sets = new Map<string, number | null>();
  for (const i of out) {
    const r = rows[i] as PodRow;
    const packed = packedShape(r.name);
    if ((packed & 7) === DEPLOYMENT) sets.set(`${r.namespace ?? ''}\u0000${r.name.slice(0, r.name.lastIndexOf('-'))}`, r.ageSeconds);
  }
  if (sets.size === 0) return;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (r.status !== 'Pending' || r.node !== null || withNodeColumn[i] === 1 || out.has(i) || r.ageSeconds === null) continue;
    const age = sets.get(`${r.namespace ?? ''}\u0000${r.name.slice(0, r.name.lastIndexOf('-'))}`);
    if (age !== undefined && age === r.ageSeconds && (packedShape(r.name) & 7) === DEPLOYMENT) out.add(i);
  }
}

/** Two describes of one name: one pod's (a Pending one described again once placed), or null where they disagree. */
function mergedDescribe(a: Described, b: Described): Described | null {
  if ((a.namespace !== null && b.namespace !== null && a.namespace !== b.namespace) || (a.node !== null && b.node !== null && a.node !== b.node)) return null;
  if (a.ownerKind !== null && b.ownerKind !== null && (a.ownerKind !== b.ownerKind || a.ownerName !== b.ownerName)) return null;
  const node = a.node ?? b.node;
  const ownerKind = a.ownerKind ?? b.ownerKind;
  // No controller only where both blocks say so: one cut short says nothing.
  const merged: Described = { namespace: a.namespace ?? b.namespace, node, address: a.address ?? b.address, unplaced: node === null && (a.unplaced || b.unplaced), ownerKind, ownerName: a.ownerName ?? b.ownerName, uncontrolled: ownerKind === null && a.uncontrolled && b.uncontrolled };
  const ip = a.ip ?? b.ip;
  if (ip !== undefined) merged.ip = ip;
  const deploymentConfig = a.deploymentConfig ?? b.deploymentConfig;
  if (deploymentConfig !== undefined) merged.deploymentConfig = deploymentConfig;
  return merged;
}

/** The scheduler's events and describe's blocks together (see {@link scheduledPods}): null where they disagree. */
function placedPods(scheduled: Map<string, Scheduled | null> | null, described: ReadonlyMap<string, Described | null> | null): Map<string, Scheduled | null> | null {
  if (described === null) return scheduled;
  const out = scheduled ?? new Map<string, Scheduled | null>();
  for (const [name, d] of described) {
    if (d !== null && d.namespace === null && d.node === null) continue;
    const held = out.get(name);
    if (held === undefined) out.set(name, d === null ? null : { namespace: d.namespace, node: d.node });
    else if (held !== null) {
      const agree = d !== null && (held.namespace === null || d.namespace === null || held.namespace === d.namespace) && (held.node === null || d.node === null || held.node === d.node);
      out.set(name, agree ? { namespace: held.namespace ?? d.namespace, node: held.node ?? d.node } : null);
    }
  }
  return out.size === 0 ? null : out;
}

/** The rows of one pod table (`rows[start..end)`, with any headerless rows read in between), and the `get` that printed it. */
interface Listing {
  start: number;
  end: number;
  line: number;
  command: KubectlCommand | null;
}

/** A full listing of a namespace (or of all): every pod there at that moment. */
interface Snapshot {
  line: number;
  /** The start of a name the paste ends on right after its last row (see cutAfter), with that row's namespace. */
  cut: { name: string; namespace: string | null } | null;
  command: KubectlCommand;
  /** Its pods as namespace + name, built only when an earlier listing is compared with it. */
  keys: Set<string> | null;
  /** Its pods' names alone, for earlier rows whose namespace the paste does not tell. */
  names: Set<string> | null;
  /** Its pods' names' first words (`nginxsvc`, `coredns`) and its nodes: is an earlier listing of the same cluster? */
  words: Set<string> | null;
  nodes: Set<string> | null;
  start: number;
  end: number;
}

/** For each row, the index of the last line of its pod (itself unless a later line superseded it). */
function lastRowOf(rows: readonly PodRow[], superseded: ReadonlySet<number>): Int32Array {
  const out = new Int32Array(rows.length);
  const last = new Map<string, number>();
  for (let i = rows.length - 1; i >= 0; i--) {
    out[i] = i;
    if (!superseded.has(i)) last.set(rowKey(rows[i] as PodRow), i);
    else out[i] = last.get(rowKey(rows[i] as PodRow)) ?? i;
  }
  return out;
}

/**
 * The last lines of watched pods an earlier line showed Completed (or Succeeded) and that have not restarted since,
 * null when none: the pod ran to its end, which only a pod that restarts nothing does (a Job's; a DaemonSet's pod
 * runs under restartPolicy Always). What a later line says (UnexpectedAdmissionError after a kubelet restart,
 * kubernetes#117955, an eviction, Terminating) does not undo that end, and the owner is read as of it. A container
 * that completed and then ran again (a node's reboot) restarted: its pod's restart policy is Always.
 */
function succeededEarlier(rows: readonly PodRow[], lastLine: Int32Array): Set<number> | null {
  let out: Set<number> | null = null;
  for (let i = 0; i < rows.length; i++) {
    const j = lastLine[i] as number;
    if (j === i) continue;
    const r = rows[i] as PodRow;
    if (r.status !== 'Completed' && r.status !== 'Succeeded') continue;
    const last = rows[j] as PodRow;
    if (last.status === null || ended(last.status) || (last.restarts?.count ?? 0) > (r.restarts?.count ?? 0)) continue;
    // Running or starting again without a restart counted: a new pod of the same name (a StatefulSet's), not this one.
    const phase = statusInfo(last.status)?.phase;
    if (phase === 'Running' || phase === 'Pending') continue;
    (out ??= new Set()).add(j);
  }
  return out;
}

function rowKey(r: PodRow): string {
  return nsKey(r.namespace, r.name);
}

/** A name within its namespace, as one Map or Set key (no name holds a NUL). */
function nsKey(namespace: string | null, name: string): string {
  return `${namespace ?? ''}\u0000${name}`;
}

/**
 * Whether some pod is printed again under the same header line: `get -w` prints its header once, so its repeats
 * share one; separate listings (three `kubectl get` snapshots of a reproduction) print a header each. Pairs whose
 * later line is not known (a row without a namespace) say nothing; with none known, one header is assumed.
 * With fewer than two headers, prose between every pod and its repeat says the same of headerless snapshots ("after a
 * while it replaces another pod:"): a watch's stream has none in it.
 */
/** Pod tables (by index) whose last row blank lines at most separate from a prompt: see ClusterInput.endsAtPrompt. */
function tablesEndingAtPrompt(rows: readonly PodRow[], tableLines: readonly number[], kinds: readonly LineKind[]): Set<number> | undefined {
  const last = new Map<number, number>();
  for (const r of rows) {
    const t = tableOf(r.line, tableLines);
    if (r.line > (last.get(t) ?? 0)) last.set(t, r.line);
  }
  let out: Set<number> | undefined;
  for (const [t, line] of last) {
    // kinds[line] is the line after `line` (lines count from 1).
    let k = line;
    while (k < kinds.length && kinds[k] === 'blank') k++;
    if (kinds[k] === 'prompt') (out ??= new Set()).add(t);
  }
  return out;
}

function repeatedUnderOneHeader(rows: readonly PodRow[], superseded: ReadonlySet<number>, lastLine: Int32Array, tableLines: readonly number[], kinds: readonly LineKind[]): boolean {
  if (tableLines.length < 2) return !proseBetweenRepeats(rows, superseded, lastLine, kinds);
  let known = false;
  for (const i of superseded) {
    const j = lastLine[i] as number;
    if (j <= i) continue;
    known = true;
    if (tableOf((rows[i] as PodRow).line, tableLines) === tableOf((rows[j] as PodRow).line, tableLines)) return true;
  }
  return !known;
}

/** Whether a line of prose stands between each pod and its later line (one such pair at least, and none without). */
function proseBetweenRepeats(rows: readonly PodRow[], superseded: ReadonlySet<number>, lastLine: Int32Array, kinds: readonly LineKind[]): boolean {
  // Prose lines up to each line, so that a pair costs two lookups however far apart (a long watch repeats many pods).
  const prose = new Int32Array(kinds.length + 1);
  for (let k = 0; k < kinds.length; k++) prose[k + 1] = (prose[k] as number) + (kinds[k] === 'noise' ? 1 : 0);
  let known = false;
  for (const i of superseded) {
    const j = lastLine[i] as number;
    if (j <= i) continue;
    known = true;
    const from = (rows[i] as PodRow).line;
    const to = (rows[j] as PodRow).line - 1;
    if (to < from || to > kinds.length || prose[to] === prose[from]) return false;
  }
  return known;
}

/**
 * A pod never moves: printed again by a command without a NODE column (`get pods` after `get pods -o wide`),
 * its last line takes the node an earlier line of it showed, so counts per node stay right.
 */
function inheritNodes(rows: readonly PodRow[], superseded: ReadonlySet<number>, lastLine: Int32Array, withNodeColumn: Uint8Array): void {
  for (const i of superseded) {
    const r = rows[i] as PodRow;
    if (r.node === null) continue;
    const j = lastLine[i] as number;
    if (j <= i || withNodeColumn[j] === 1) continue;
    const later = rows[j] as PodRow;
    if (later.node === null) {
      later.node = r.node;
      withNodeColumn[j] = 1;
    }
  }
}

/**
 * A name segment hidden before pasting: `XXXXX`, `xxxx`, `*****`, `<hash>`, or cut out whole, leaving a name no
 * object can have (`etcd-.us-east-2.compute.internal`: a dash against a dot).
 */
function isRedactedName(name: string): boolean {
  if (name.indexOf('*') >= 0 || name.indexOf('<') >= 0 || name.indexOf('-.') >= 0 || name.indexOf('.-') >= 0) return true;
  for (const part of name.split('-')) if (part.length >= 4 && /^(?:x+|X+)$/.test(part)) return true;
  return false;
}

/**
 * Takes back from `superseded` the rows that only repeat a name because the paste edited it: a hidden name
 * (`guestbook-XXXXX` twice is two pods), or a name twice in one listing of a command without -w (kubectl
 * prints each pod once there). Returns the first such row's line, or -1.
 */
function keepEditedNames(rows: readonly PodRow[], superseded: Set<number>, listings: readonly Listing[], watchedHeaderless: boolean, noted: ReadonlySet<number>): number {
  let first = -1;
  const keep = (i: number): void => {
    superseded.delete(i);
    const line = (rows[i] as PodRow).line;
    if (first < 0 || line < first) first = line;
  };
  // Under -w the same (hidden) name printed again is the watch's next line, not another pod.
  const watched = watchedHeaderless || listings.some((l) => l.command !== null && l.command.watch);
  if (!watched) for (const i of [...superseded]) if (isRedactedName((rows[i] as PodRow).name)) keep(i);
  for (const l of listings) {
    if (l.command === null || l.command.watch || l.end - l.start < 2) continue;
    const last = new Map<string, number>();
    for (let i = l.start; i < l.end; i++) last.set(rowKey(rows[i] as PodRow), i);
    for (let i = l.start; i < l.end; i++) {
      if (!superseded.has(i)) continue;
      const later = last.get(rowKey(rows[i] as PodRow)) as number;
      // Both lines carry a note after the last column (`(before)` ... `(after)`, eg/01): the poster put one pod's two
      // moments under one header and said so, so the note-less edit that makes two pods of one name is not it.
      if (later > i && !(noted.has((rows[i] as PodRow).line) && noted.has((rows[later] as PodRow).line))) keep(i);
    }
  }
  return first;
}

/** Lines whose row had text after its last column, left out of it (a note added by hand). */
function notedLines(problems: readonly Problem[]): ReadonlySet<number> {
  const out = new Set<number>();
  for (const p of problems) if (p.code === 'trailing-text') out.add(p.line);
  return out;
}

/** An Actions Runner Controller runner's own kind: the legacy Runner or a scale set's EphemeralRunner. */
export function isRunnerKind(kind: OwnerKind): boolean {
  return kind === 'Runner' || kind === 'EphemeralRunner';
}

/**
 * What "Running, not every container ready" means for this pod. A control plane's static pod takes no Service traffic
 * by readiness (hunt bw/23), nor does a CNI's node agent on its host network (hunt cu/05, cu/12): their probe is the
 * component's own health, and for the agent what hangs on it is its node's pod network.
 */
function readyPartialText(comp: ComponentInfo | null, r: PodRow): string {
  // A Job's pod takes no Service traffic either, and its containers seldom have probes: of several, the one not ready
  // is a sidecar's doing, or (kubectl 1.11 to 1.18, which printed Running where newer ones print NotReady) the job
  // container has ended beside a sidecar that never exits (es/13).
  if (r.workload !== null && (r.workload.kind === 'Job' || r.workload.kind === 'CronJob') && r.ready !== null && r.ready.total > 1) return 'explain.ready-partial-job';
  // An ARC runner's pod: its runner container ends after one job, and a docker sidecar beside it may not (ex/03, ex/04).
  if (r.workload !== null && isRunnerKind(r.workload.kind) && r.ready !== null && r.ready.total > 1) return 'explain.ready-partial-runner';
  if (comp === null || r.workload === null) return 'explain.ready-partial';
  if (CONTROL_PLANE_IDS.has(comp.id) && r.workload.kind === 'StaticPod') return 'explain.ready-partial-static';
  if (comp.category === 'cni' && comp.kind === 'DaemonSet' && comp.hostNetwork && r.workload.kind === 'DaemonSet') return 'explain.ready-partial-cni-agent';
  return 'explain.ready-partial';
}

/** Which namespace a full listing covers ('*' for all), or null when the command lists only some pods. */
function scopeOf(c: KubectlCommand | null | undefined): string | null {
  if (c === null || c === undefined || !isPodsCommand(c) || c.watch) return null;
  if (c.filtered) return sameFilterScope(c);
  return c.allNamespaces ? '*' : (c.namespace ?? '');
}

/**
 * A filtered listing's scope, which only the very same command covers again: a selector (`-l run=my-nginx`) or a
 * grep of a name (`| grep calico`) picks the same pods each time, so one missing from the later run is gone (hunt
 * bo/09, bq/21). Not a filter by state (`| grep -v Running`, `status.phase`, a `-v`): a pod that changed state
 * just leaves its output. Not `head`, `tail` or anything but grep, which cut by position.
 */
function sameFilterScope(c: KubectlCommand): string | null {
  if (c.pipedTo !== null && c.pipedTo !== 'grep' && c.pipedTo !== 'egrep') return null;
  const words = c.text.split(/\s+/);
  let pipes = 0;
  for (const w of words) {
    if (w === '|' || w.startsWith('|')) pipes++;
    if (pipes > 1 || (w.startsWith('-') && w.length > 1 && !w.startsWith('--') && w.indexOf('v') > 0 && pipes > 0) || w === '--invert-match' || FILTER_STATE.test(w)) return null;
  }
  return `${c.allNamespaces ? '*' : (c.namespace ?? '')}\u0000${c.text}`;
}
/** A word of a filter that picks pods by their state, which changes between two runs. */
const FILTER_STATE = /status|phase|running|pending|completed|succeeded|failed|error|crash|backoff|terminat|evicted|creating|unknown|ready|restart/i;

/**
 * Rows of a listing that a later full listing of the same namespace (another command, not a watch) no longer
 * shows, or that a later `No resources found` empties: pods deleted in between. Each listing is compared with
 * the nearest later snapshot that covers it only, so the walk stays linear in rows and listings.
 */
function goneRows(rows: readonly PodRow[], listings: readonly Listing[], messages: readonly { line: number; id: string; command?: KubectlCommand | null }[], superseded: ReadonlySet<number>, switches: readonly number[], changes: readonly number[], hosts: readonly number[], expected: ReadonlySet<number> | null, lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const empties = messages.filter((m) => m.id === 'no-resources' && scopeOf(m.command) !== null);
  if (listings.length + empties.length < 2) return out;
  type Event = { line: number; listing: Listing | null; command: KubectlCommand };
  const events: Event[] = [];
  // A listing the poster hoped to see (see expectedRows) is no snapshot of what was there.
  for (const l of listings) if (l.command !== null && (expected === null || !expected.has(l.start))) events.push({ line: l.line, listing: l, command: l.command });
  for (const m of empties) events.push({ line: m.line, listing: null, command: m.command as KubectlCommand });
  events.sort((a, b) => b.line - a.line);
  // A listing with lines left out (`...`, `:` between or right after its rows) shows only some pods: no snapshot.
  const ellipses = messages.filter((m) => m.id === 'ellipsis').map((m) => m.line);
  const elided = (l: Listing): boolean => {
    if (ellipses.length === 0 || l.end <= l.start) return false;
    const last = (rows[l.end - 1] as PodRow).line + 1;
    return ellipses.some((line) => line >= l.line && line <= last);
  };
  const byScope = new Map<string, Snapshot>();
  let all: Snapshot | null = null;
  /** Per earlier listing and later snapshot: whether they show the same cluster (see below), worked out once. */
  const shares = new Map<Snapshot, { listing: Listing; shared: boolean }>();
  const sharesCluster = (l: Listing, c: KubectlCommand, later: Snapshot): boolean => {
    const known = shares.get(later);
    if (known !== undefined && known.listing === l) return known.shared;
    if (later.keys === null || later.names === null || later.words === null || later.nodes === null) {
      later.keys = new Set();
      later.names = new Set();
      later.words = new Set();
      later.nodes = new Set();
      // Every pod the later listing prints is there, whichever of its lines counts (a custom-columns line
      // without STATUS gives way to an earlier one that has it, yet shows the pod exists).
      for (let i = later.start; i < later.end; i++) {
        const r = rows[i] as PodRow;
        later.keys.add(rowKey(r));
        later.names.add(r.name);
        later.words.add(firstWord(r.name));
        const node = nodeShown(r);
        if (node !== null) later.nodes.add(node);
      }
    }
    // Two listings of another cluster or context (kubens, a cheat sheet, a CI log running kind, then minikube)
    // share no pod, and no node (or, with no NODE column, no owner by name): no deletion of them all. A
    // Deployment replaced (all new names, the same first word, the same nodes) is one. `No resources found` is a
    // snapshot of none.
    // `kubectl config use-context` between them, or another `--context`, says so outright.
    const switched = switches.some((at) => at > l.line && at < later.line) || contextOf(c) !== contextOf(later.command);
    // A command that changed the cluster between them (`helm uninstall`, `kubectl delete`), the same command listing
    // it again: the change is what the later listing shows, however few names the two share.
    const changed = changes.some((at) => at > l.line && at < later.line) && c.text === later.command.text;
    // Typed on another host (`root@cilium-1`, then `root@mouse-1`): maybe another node of the cluster, maybe another
    // cluster. An owner's name in common says nothing there (both run the same app); a pod or a node in common does.
    const otherHost = hosts.length > 0 && hosts.some((at) => at > l.line && at < later.line);
    const shared = !switched && (later.names.size === 0 || changed || sameCluster(rows, l, later.names, later.words, later.nodes, otherHost));
    shares.set(later, { listing: l, shared });
    return shared;
  };
  for (const e of events) {
    const l = e.listing;
    if (l !== null) {
      const c = l.command as KubectlCommand;
      const ns = c.allNamespaces ? '*' : (c.namespace ?? '');
      const own = ns === '*' ? null : (byScope.get(ns) ?? null);
      // The nearest later snapshot that covers this listing's pods: a later run of the same filtered command too.
      let later: Snapshot | null = own !== null && (all === null || own.line < all.line) ? own : all;
      if (c.filtered && byScope.size > 0) {
        const key = sameFilterScope(c);
        const same = key === null ? undefined : byScope.get(key);
        if (same !== undefined && (later === null || same.line < later.line)) later = same;
      }
      const whole = later !== null && later.command !== c && sharesCluster(l, c, later) ? later : null;
      // A listing of every namespace also meets later listings of single namespaces, pod by pod.
      const perNamespace = ns === '*' && byScope.size > 0;
      let missing: [number, Snapshot][] | null = null;
      let cut: Map<Snapshot, Set<string | null>> | null = null;
      for (let i = l.start; i < l.end && (whole !== null || perNamespace); i++) {
        if (superseded.has(i)) continue;
        const r = rows[i] as PodRow;
        // The nearest later listing that shows this pod's namespace: its own namespace's, before any later one of all.
        const mine = perNamespace && r.namespace !== null ? byScope.get(r.namespace) : undefined;
        const snap = mine !== undefined && (whole === null || mine.line < whole.line) && mine.command !== c && sharesCluster(l, c, mine) ? mine : whole;
        if (snap === null) continue;
        // A control-plane static pod's mirror comes straight back: missing from a later listing, that listing was cut.
        // A name masked before pasting (`datadog-cluster-agent-**********-*****`) is no pod's identity: its absence
        // says nothing, nor does the same mask in another listing (hunt am/26 lists it, "gone", again further down).
        if ((r.namespace === null ? (snap.names as Set<string>).has(r.name) : (snap.keys as Set<string>).has(rowKey(r))) || isRedactedName(r.name)) continue;
        // Past where the later listing was cut off: kubectl sorts by name, so its cut row and every name after it in
        // that namespace are out of it, not gone (fg/02: the paste ends at `telepresence-153142`).
        if (snap.cut !== null && r.namespace === snap.cut.namespace && (r.name.startsWith(snap.cut.name) || r.name > snap.cut.name)) continue;
        if (controlPlaneNodeIn(r.name, r.namespace) !== null) {
          let nss = (cut ??= new Map()).get(snap);
          if (nss === undefined) cut.set(snap, (nss = new Set<string | null>()));
          nss.add(r.namespace);
        } else (missing ??= []).push([i, snap]);
      }
      // A static pod missing says its namespace was cut from that listing (hunt ct/13: `get pod -A` pasted down to its
      // first row), so the other pods of that namespace it leaves out say nothing either, unless it shows their owner's
      // new pod in their place (a rollout done).
      if (missing !== null) for (const [i, snap] of missing) if (cut?.get(snap)?.has((rows[i] as PodRow).namespace) !== true || replacedIn(rows, i, snap)) out.add(i);
    }
    const scope = scopeOf(e.command);
    if (scope === null || (l !== null && elided(l))) continue;
    const snap: Snapshot = { line: e.line, command: e.command, keys: l === null ? new Set() : null, names: l === null ? new Set() : null, words: l === null ? new Set() : null, nodes: l === null ? new Set() : null, start: l?.start ?? 0, end: l?.end ?? 0, cut: l === null ? null : cutAfter(rows, l, lines) };
    if (scope === '*') all = snap;
    else byScope.set(scope, snap);
  }
  return out;
}

/** How a pod name may start: what a row cut off after its first few characters leaves. */
const NAME_START = /^[a-z0-9][-a-z0-9.]*$/;

/**
 * The start of a pod's name on the line right after a listing's last row where that is the paste's last line: the
 * paste was cut inside the next row (a copy that stopped short), so the listing shows the pods before it only.
 */
function cutAfter(rows: readonly PodRow[], l: Listing, lines: readonly string[]): { name: string; namespace: string | null } | null {
  if (l.end <= l.start) return null;
  const last = rows[l.end - 1] as PodRow;
  // Lines are numbered from 1: the line after the last row is at that row's number.
  let k = last.line;
  let text = (lines[k] ?? '').trim();
  // Or the last row is that start itself, read as a row of a name alone below rows of whole cells.
  if (text.length === 0 && l.end - l.start > 1 && (lines[last.line - 1] ?? '').trim() === last.name && (lines[(rows[l.end - 2] as PodRow).line - 1] ?? '').trim() !== (rows[l.end - 2] as PodRow).name) text = last.name;
  if (text.length === 0 || !NAME_START.test(text)) return null;
  for (k++; k < lines.length; k++) if ((lines[k] as string).trim().length > 0) return null;
  return { name: text, namespace: last.namespace };
}

/**
 * Whether a later listing shows, in row i's namespace, a pod of another ReplicaSet of its Deployment (by name: the
 * base before the pod-template hash the same, the hash another): its rollout replaced it. Only for the rare cut
 * namespace, so a walk of that listing's rows.
 */
function replacedIn(rows: readonly PodRow[], i: number, snap: Snapshot): boolean {
  const r = rows[i] as PodRow;
  const packed = packedShape(r.name);
  if ((packed & 7) !== DEPLOYMENT) return false;
  const base = r.name.slice(0, packed >>> 4);
  const replicaSet = r.name.slice(0, r.name.lastIndexOf('-') + 1);
  for (let k = snap.start; k < snap.end; k++) {
    const o = rows[k] as PodRow;
    if (o.namespace !== r.namespace || !o.name.startsWith(base) || o.name.startsWith(replicaSet)) continue;
    const p = packedShape(o.name);
    if ((p & 7) === DEPLOYMENT && p >>> 4 === base.length) return true;
  }
  return false;
}

/**
 * What the paste's commands say of the cluster between its listings, by line: where the context may switch (`kubectl
 * config use-context`; with `kinds`, where listings are several, also the lines that set KUBECONFIG for the commands
 * after them, `export KUBECONFIG=...` or PowerShell's `$env:KUBECONFIG = ...`, or switch with kubectx), and, with
 * `kinds` too, where a command changed what runs (kubectl's `delete`, `apply`...; helm's typed after a prompt, which
 * is no command of the model). One pass over the lines that are no row serves both.
 *
 * @example
 * commandMarks([], ['prompt'], ['$ helm uninstall -n kueue something']).changes // [1]
 */
export function commandMarks(commands: readonly { line: number; command: KubectlCommand }[], kinds: readonly string[] | null, lines: readonly string[]): { switches: number[]; changes: number[]; hosts: number[] } {
  const switches: number[] = [];
  const changes: number[] = [];
  const hosts: number[] = [];
  let host: string | null = null;
  for (const { line, command } of commands) {
    if (command.verb === 'config' && command.args[0] === 'use-context') switches.push(line);
    if (kinds !== null && command.verb !== null && CHANGING_VERBS.has(command.verb)) changes.push(line);
  }
  if (kinds === null) return { switches, changes, hosts };
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind === 'row' || kind === 'header' || kind === 'blank') continue;
    const text = lines[i] as string;
    if ((text.indexOf('KUBECONFIG') >= 0 && KUBECONFIG_EXPORT.test(text)) || (text.indexOf('kubectx ') >= 0 && KUBECTX.test(text))) switches.push(i + 1);
    if (kind === 'prompt' && text.indexOf('helm') >= 0 && HELM_CHANGE.test(text)) changes.push(i + 1);
    // The host a prompt names (`root@mouse-1:/mnt#`): where it changes, the commands after it run elsewhere.
    if (kind === 'prompt' && text.indexOf('@') > 0) {
      const m = PROMPT_HOST.exec(text);
      if (m !== null) {
        const h = (m[1] as string).toLowerCase();
        if (host !== null && h !== host) hosts.push(i + 1);
        host = h;
      }
    }
  }
  if (switches.length > 1) switches.sort((a, b) => a - b);
  if (changes.length > 1) changes.sort((a, b) => a - b);
  return { switches, changes, hosts };
}
/**
 * The first line where helm installed or upgraded a release into a namespace it names (`helm install --namespace pihole
 * pihole mojo2600/pihole`, dp/06, typed in backticks above a listing with no NAMESPACE column): a namespace the paste
 * names, as a `kubectl -n` elsewhere would, though the rows printed without -n need not be in it.
 */
export function helmNamespaceLine(kinds: readonly string[], lines: readonly string[]): number | null {
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'prompt') continue;
    const text = lines[i] as string;
    if (text.indexOf('helm') < 0) continue;
    // Two expressions, not one with `.*` between them: that one backtracks over a long line of repeated `helm install`.
    const m = HELM_INSTALL.exec(text);
    if (m !== null && HELM_NAMESPACE_FLAG.test(text.slice(m.index + m[0].length - 1))) return i + 1;
  }
  return null;
}
/**
 * The release a `helm upgrade` the paste shows upgraded (`helm upgrade --install web ./chart -n shop`: web), from a
 * prompt line or a backticked command in prose (dy/12); null when none does. Helm's flags that take a value are skipped
 * with it; the first word left is the release.
 */
export function helmUpgradedRelease(kinds: readonly string[], lines: readonly string[]): string | null {
  for (let i = 0; i < kinds.length; i++) {
    const text = lines[i] as string;
    if (text.indexOf('helm') < 0) continue;
    const m = HELM_UPGRADE.exec(text);
    if (m === null || (kinds[i] !== 'prompt' && !text.startsWith('`', m.index))) continue;
    const words = text.slice(m.index + m[0].length).split(/[\s`]+/);
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string;
      if (w.length === 0) continue;
      if (w.startsWith('-')) {
        if (w.indexOf('=') < 0 && HELM_VALUE_FLAGS.has(w)) k++;
        continue;
      }
      if (RELEASE_NAME.test(w)) return w;
      break;
    }
  }
  return null;
}
/** helm upgrade; its flags and the release follow. */
const HELM_UPGRADE = /(?:^|[\s$#>`])helm\s+upgrade\s/;
/** Flags of helm upgrade (and helm's global ones) that take the next word as their value. */
const HELM_VALUE_FLAGS: ReadonlySet<string> = new Set(['-n', '--namespace', '-f', '--values', '--version', '--set', '--set-string', '--set-file', '--set-json', '--timeout', '--kube-context', '--kubeconfig', '--repo', '--description', '--post-renderer', '--post-renderer-args', '--history-max', '--username', '--password', '--ca-file', '--cert-file', '--key-file']);
/** A release's name as Helm allows it (lower case, digits, dashes; 53 characters at most). */
const RELEASE_NAME = /^[a-z0-9](?:[-a-z0-9]{0,51}[a-z0-9])?$/;
/** helm install or upgrade; its flags follow. */
const HELM_INSTALL = /(?:^|[\s$#>`])helm\s+(?:install|upgrade)\s/;
/** `--namespace <ns>`, `--namespace=<ns>` or `-n <ns>` among the flags. */
const HELM_NAMESPACE_FLAG = /\s(?:--namespace[=\s]\s*|-n\s+)[a-z0-9][a-z0-9-]{0,62}(?=[\s`'"]|$)/;
/** A prompt's user@host, bracketed or not, after a conda environment's name or not: the host. */
const PROMPT_HOST = /^\s*(?:\([\w.-]+\)\s+)?\[?[\w.-]+@([\w.-]+)(?::|\s|\]|\$|#)/;
/** KUBECONFIG set for the commands after it: exported, set alone (no command after it on the line), or PowerShell's. */
const KUBECONFIG_EXPORT = /(?:^|[\s$#>%;])(?:(?:export|set|setenv)\s+KUBECONFIG[\s=]|\$env:KUBECONFIG\s*=|KUBECONFIG=\S+\s*$)/;
/** `kubectx <context>` switches; alone it lists them, `-c` prints the current one. */
const KUBECTX = /(?:^|[\s$#>%;])kubectx\s+[^\s-]/;

/**
 * The command lines of pod listings that show another cluster than the listing before them, with the first listing's
 * before them; empty when all show one. Another: another context said (KUBECONFIG, --kubeconfig, --context, a switch
 * between them), and not one pod name in common (two clusters share none; `KUBECONFIG=/etc/rancher/k3s/k3s.yaml` to
 * reach the only cluster lists the same pods).
 */
function clusterListings(rows: readonly PodRow[], listings: readonly Listing[], switches: readonly number[], commands: readonly { line: number; command: KubectlCommand }[], hosts: readonly number[]): number[] {
  const out: number[] = [];
  let prev: Listing | null = null;
  // The first listing since the last switch: the first cluster is cited where its listings begin, not at its last one
  // (hunt bm/02: three listings of one context, then another's).
  let first: Listing | null = null;
  for (const l of listings) {
    if (l.command === null || l.end <= l.start) continue;
    const p = prev;
    prev = l;
    first ??= l;
    if (p === null || p.command === null || p.command === l.command) continue;
    const before = p.command;
    const switched = switches.some((at) => at > p.line && at < l.line) || contextOf(before) !== contextOf(l.command);
    // Another host's prompt (see goneRows): another cluster only where no node is shown on both sides, or none shared.
    if (!switched && !hosts.some((at) => at > p.line && at < l.line)) continue;
    const names = new Set<string>();
    const nodes = new Set<string>();
    for (let i = l.start; i < l.end; i++) {
      names.add((rows[i] as PodRow).name);
      if (!switched) {
        const node = nodeShown(rows[i] as PodRow);
        if (node !== null) nodes.add(node);
      }
    }
    let shared = false;
    for (let i = p.start; i < p.end && !shared; i++) {
      const r = rows[i] as PodRow;
      shared = names.has(r.name);
      if (!shared && nodes.size > 0) {
        const node = nodeShown(r);
        shared = node !== null && nodes.has(node);
      }
    }
    if (shared) continue;
    const at = (c: KubectlCommand, fallback: number): number => commands.find((x) => x.command === c)?.line ?? fallback;
    const start = first !== null && first.command !== null && contextOf(first.command) === contextOf(before) ? first : p;
    if (out.length === 0) out.push(at(start.command as KubectlCommand, start.line));
    out.push(at(l.command, l.line));
    first = l;
  }
  return out;
}

/**
 * The first lines of nodes tables that share no node with the nodes table before them, where no pod row names (NODE
 * cell, a static pod's suffix) a node of the one on the other side: another cluster (hunt cg/14: Docker Desktop's
 * `docker-desktop`, then a k3s install's `tcnct-166` in the same notes), as a switch of context says.
 */
function nodeTableSwitches(rows: readonly PodRow[], nodeRows: readonly NodeRow[]): number[] {
  // Tables as runs of consecutive lines (a watch's later lines of a node are its table's too: they share names).
  const tables: { line: number; names: Set<string> }[] = [];
  let last = -2;
  for (const nr of nodeRows) {
    if (nr.line !== last + 1 || tables.length === 0) tables.push({ line: nr.line, names: new Set() });
    (tables[tables.length - 1] as { names: Set<string> }).names.add(nr.name);
    last = nr.line;
  }
  const out: number[] = [];
  for (let t = 1; t < tables.length; t++) {
    const a = tables[t - 1] as { line: number; names: Set<string> };
    const b = tables[t] as { line: number; names: Set<string> };
    let shared = false;
    for (const name of b.names) if (a.names.has(name)) shared = true;
    if (shared) continue;
    // A pod before the later table on one of its nodes, or after it on one of the earlier's: one cluster, grep'd two ways.
    for (let i = 0; i < rows.length && !shared; i++) {
      const r = rows[i] as PodRow;
      const node = nodeShown(r);
      if (node !== null) shared = r.line < b.line ? b.names.has(node) : a.names.has(node);
    }
    if (!shared) out.push(b.line);
  }
  return out;
}

/** kubectl's verbs that change what a cluster runs. */
const CHANGING_VERBS: ReadonlySet<string> = new Set(['delete', 'apply', 'create', 'replace', 'rollout', 'scale', 'patch', 'edit', 'drain', 'run', 'expose', 'set']);
/** Helm's commands that install, change or remove a release (typed after a prompt: not kubectl, so no command of the model). */
const HELM_CHANGE = /(?:^|[\s$#>])helm\s+(?:uninstall|delete|del|install|upgrade|rollback)\b/;

/**
 * The `--context` a command names, else its `--kubeconfig` (or the virtual cluster a launcher ran it in, the kubeconfig a
 * `KUBECONFIG=` before it set), '' when none (the current one).
 */
function contextOf(c: KubectlCommand): string {
  const at = c.text.indexOf('--context');
  const m = at < 0 ? null : CONTEXT_FLAG.exec(c.text.slice(at));
  if (m !== null) return m[1] as string;
  if (c.launchedIn !== null) return c.launchedIn;
  const kc = c.text.indexOf('--kubeconfig');
  const k = kc < 0 ? null : KUBECONFIG_FLAG.exec(c.text.slice(kc));
  return k === null ? '' : `kubeconfig/${k[1] as string}`;
}
// Not a closing backtick: a command quoted as inline code (`kubectl get pods --context=${CTX}`) names the same context.
const CONTEXT_FLAG = /^--context[= ]+['"]?([^\s'"`]+)/;
const KUBECONFIG_FLAG = /^--kubeconfig[= ]+['"]?([^\s'"`]+)/;

/**
 * The containers kubectl listed for each pod it would not show logs of without `-c` (`error: a container name must
 * be specified for pod prometheus-6479c8888f-hprf8, choose one of: [prometheus configmap-reload]`; newer kubectl adds
 * `or one of the init containers: [...]`, which a crashed app container is not among).
 */
function containersListed(messages: readonly { line: number; id: string }[], lines: readonly string[]): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const m of messages) {
    if (m.id !== 'container-name-needed') continue;
    const text = lines[m.line - 1];
    const named = text === undefined || text.length > 1000 ? null : CONTAINERS_LISTED.exec(text);
    if (named === null) continue;
    const containers = (named[2] as string).split(' ').filter((c) => c.length > 0);
    if (containers.length > 1 && containers.length <= MAX_CONTAINERS_NAMED) out.set(named[1] as string, containers);
  }
  return out;
}
const CONTAINERS_LISTED = /a container name must be specified for pod ([a-z0-9][-a-z0-9.]*), choose one of: \[([-a-z0-9 ]+)\]/;
const PREVIOUS_ALL_WHY = 'why.logs-previous-all';
const PREVIOUS_ALL_FLAGS = ' --all-containers --prefix --previous --ignore-errors';
const ALL_WHY = 'why.logs-all';
const ALL_FLAGS = ' --all-containers --prefix';
/** More than this many, and one logs command per container crowds out the rest: left as they were. */
const MAX_CONTAINERS_NAMED = 6;

/**
 * The pods' logs commands, one per container kubectl listed for them: without `-c` the same command fails again on the
 * kubectl that printed the list (hunt co/02). Commands that take every container already (`--all-containers`) stay.
 */
function nameContainers(rows: readonly PodRow[], listed: ReadonlyMap<string, readonly string[]>): void {
  if (listed.size === 0) return;
  for (const r of rows) {
    const containers = listed.get(r.name);
    if (containers === undefined) continue;
    const logs = ` logs ${r.name}`;
    r.next = r.next.flatMap((c0) => {
      // Named, each container's previous run is its own command: no need to read them all and skip the errors.
      // Each container's current log the same: named, they need no prefix to tell apart (eh/09).
      const c = c0.why.startsWith(PREVIOUS_ALL_WHY) ? { command: c0.command.replace(PREVIOUS_ALL_FLAGS, ' --previous'), why: `why.logs-previous${c0.why.slice(PREVIOUS_ALL_WHY.length)}` } : c0.why.startsWith(ALL_WHY) ? { command: c0.command.replace(ALL_FLAGS, ''), why: `why.logs${c0.why.slice(ALL_WHY.length)}` } : c0;
      const at = c.command.indexOf(logs);
      if (at < 0 || c.command.indexOf('--all-containers') >= 0) return [c];
      const cut = at + logs.length;
      return containers.map((name) => ({ command: `${c.command.slice(0, cut)} -c ${name}${c.command.slice(cut)}`, why: c.why }));
    });
  }
}

/**
 * Next commands of the rows a listing printed, typed as its own command was:
 * - with the `--context` or `--kubeconfig` it named (`kubectl get pods -A --context kind-jt2`): without it they would
 *   run against the current context, which need not be that cluster (hunt ay/01: two kind clusters; ay/14: Karmada's
 *   apiserver). Only the listing's own flag: a KUBECONFIG set elsewhere in the paste may no longer hold where the reader types.
 * - in the namespace a shell variable held (`-n ${ISTIO_NAMESPACE}`), kept as typed, as a `--context=${CTX}` is: left
 *   out, the commands would look for the pods in the context's namespace, where they are not (hunt cr/18).
 * - with `oc` where it listed them (OpenShift, hunt cq/04): the reader's tool, which takes kubectl's commands too.
 */
function carryListingCommands(rows: readonly PodRow[], listings: readonly Listing[]): void {
  for (const l of listings) {
    if (l.command === null || l.end <= l.start) continue;
    const flag = clusterFlag(l.command);
    const ns = l.command.namespace === null ? variableNamespace(l.command.text) : null;
    const tool = isOcTool(l.command.tool) ? 'oc' : 'kubectl';
    if (flag === null && ns === null && tool === 'kubectl') continue;
    const lead = flag === null ? `${tool} ` : `${tool} ${flag} `;
    // Rows share their frozen commands: each rewritten once per listing.
    const memo = new Map<NextCommand, NextCommand>();
    for (let i = l.start; i < l.end; i++) {
      const r = rows[i] as PodRow;
      if (r.next.length === 0) continue;
      r.next = r.next.map((c) => {
        let out = memo.get(c);
        if (out === undefined) {
          out = c.command.startsWith('kubectl ') ? retyped(c, lead, ns) : c;
          if (memo.size < MEMO_LIMIT) memo.set(c, out);
        }
        return out;
      });
    }
  }
}
/** Row `at`, printed by `command`, added to the last run when it goes on from it, else as a new run. */
function extendRun(runs: Listing[], at: number, line: number, command: KubectlCommand): void {
  const last = runs[runs.length - 1];
  if (last !== undefined && last.command === command && last.end === at) last.end = at + 1;
  else runs.push({ start: at, end: at + 1, line, command });
}
/** A next command typed with `lead` (the tool and its cluster flag), and `-n <ns>` where it went without one. */
function retyped(c: NextCommand, lead: string, ns: string | null): NextCommand {
  const rest = c.command.slice(8);
  if (ns === null || !c.why.endsWith(NO_NS_WHY)) return { command: lead + rest, why: c.why };
  return { command: `${lead}-n ${ns} ${rest}`, why: c.why.slice(0, -NO_NS_WHY.length) };
}
const NO_NS_WHY = ':no-ns';
/** `-n $NS`, `--namespace=${NS}`, `-n "team-$X"`: the namespace a shell variable makes, as typed; null for none. */
function variableNamespace(text: string): string | null {
  if (text.indexOf('$') < 0) return null;
  const m = NS_VARIABLE.exec(text);
  return m === null ? null : m[1] as string;
}
// Not in single quotes, which the shell leaves as they are; not $(...), whose command may hold spaces.
const NS_VARIABLE = /(?:^|\s)(?:-n|--namespace)(?:=|\s+)("?[-a-z0-9]*\$(?:\{[^\s}]+\}|[A-Za-z_]\w*)[-a-z0-9]*"?)(?=\s|$)/;

/**
 * The `--context <name>` (else `--kubeconfig <file>`) a kubectl command names, as a flag to carry, with the
 * `--insecure-skip-tls-verify` it needed to reach that cluster at all (hunt cp/18: the kubeconfig points at a reverse
 * proxy whose certificate does not match); null when none.
 *
 * @example
 * clusterFlag(parseCommand(['get', 'pods', '--context', 'kind-jt2'], 'kubectl')) // '--context kind-jt2'
 */
export function clusterFlag(c: KubectlCommand): string | null {
  const target = clusterTarget(c);
  if (target === undefined || !skipsTlsVerify(c.text)) return target ?? null;
  return target === null ? SKIP_TLS : `${target} ${SKIP_TLS}`;
}
/** The `--context`/`--kubeconfig` flag to carry; null when none, undefined when named but not read whole (carry nothing). */
function clusterTarget(c: KubectlCommand): string | null | undefined {
  const at = c.text.indexOf('--context');
  const m = at < 0 ? null : CONTEXT_FLAG.exec(c.text.slice(at));
  if (m !== null) return wholeValue(c.text, at, m) ? `--context ${m[1] as string}` : undefined;
  const kc = c.text.indexOf('--kubeconfig');
  const k = kc < 0 ? null : KUBECONFIG_FLAG.exec(c.text.slice(kc));
  if (k === null) return null;
  return wholeValue(c.text, kc, k) ? `--kubeconfig ${k[1] as string}` : undefined;
}
// A bare flag or `=true`; `=false` asks for verification, the default.
const SKIP_TLS_FLAG = /^--insecure-skip-tls-verify(?:=true)?(?![^\s`'"])/;
function skipsTlsVerify(text: string): boolean {
  const at = text.indexOf(SKIP_TLS);
  return at >= 0 && SKIP_TLS_FLAG.test(text.slice(at));
}
/** Whether a flag's value was read whole: a quoted one (`"C:\My Files\config"`) only where its quote closes right after. */
function wholeValue(text: string, at: number, m: RegExpExecArray): boolean {
  const q = m[0].charCodeAt(m[0].length - (m[1] as string).length - 1);
  if (q !== 34 && q !== 39) return true;
  return text.charCodeAt(at + m[0].length) === q;
}

/** A pod name's first dash-separated word: most owners' names start with it (`nginxsvc-68f865964f-jwgk5`). */
function firstWord(name: string): string {
  const dash = name.indexOf('-');
  return dash > 0 ? name.slice(0, dash) : name;
}

/** Whether a listing's pods seem to be of the cluster a later listing shows (see goneRows). */
function sameCluster(rows: readonly PodRow[], l: Listing, names: ReadonlySet<string>, words: ReadonlySet<string>, nodes: ReadonlySet<string>, strict = false): boolean {
  let word = false;
  let anyNode = false;
  let nodeShared = false;
  for (let i = l.start; i < l.end; i++) {
    const r = rows[i] as PodRow;
    if (names.has(r.name)) return true;
    if (!word && words.has(firstWord(r.name))) word = true;
    const node = nodeShown(r);
    if (node !== null) {
      anyNode = true;
      if (nodes.has(node)) nodeShared = true;
    }
  }
  // Nodes on both sides say it best (the same cluster shares them); else an owner's name in common.
  return anyNode && nodes.size > 0 ? nodeShared : word && !strict;
}

/** A row's node: its NODE cell, or the node a control-plane static pod's name gives (`etcd-kind-control-plane`). */
function nodeShown(r: PodRow): string | null {
  return r.node ?? (r.name.charCodeAt(0) === 101 || r.name.charCodeAt(0) === 107 ? controlPlaneNodeIn(r.name, r.namespace) : null);
}

const NONE_REPLACED: ReadonlySet<number> = new Set();
const NO_NODES: ReadonlySet<string> = new Set();
const NO_CLAIMS: ReadonlyMap<string, string> = new Map();

/**
 * Pod names an unbound claim holds up: a StatefulSet names each claim `<template>-<pod>`
 * (`data-web-0` for `web-0`), so every name after one of the claim's dashes may be its pod's.
 */
function claimedPodNames(claims: readonly ClaimRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of unboundClaims(claims)) {
    // Keyed with the claim's namespace (a claim and its pod share one); '' when the paste does not say. The claim's
    // name is kept: it is what `kubectl describe pvc` takes to say why it is not bound.
    for (let at = c.name.indexOf('-'); at > 0 && out.size < MEMO_LIMIT; at = c.name.indexOf('-', at + 1)) out.set(`${c.namespace ?? ''}\u0000${c.name.slice(at + 1)}`, c.name);
  }
  return out;
}

/** A Pending pod's own claim in {@link claimedPodNames}: its namespace's, or one of a paste that names none; else null. */
function claimWaitedOn(waitingOn: ReadonlyMap<string, string>, r: PodRow): string | null {
  return waitingOn.get(`${r.namespace ?? ''}\u0000${r.name}`) ?? (r.namespace !== null ? waitingOn.get(`\u0000${r.name}`) : waitingOn.get(`\u0001${r.name}`)) ?? null;
}

/** How far above its claimName a Pod manifest's `kind: Pod` and `name:` are looked for. */
const MANIFEST_HEAD_LINES = 30;

/**
 * Pods whose own manifest (`kind: Pod`, its `metadata.name`) pasted in the paste mounts a claim its `get pvc` rows show
 * unbound (`claimName:`), keyed as describedClaimUsers keys them, to the claim; null for none. A Deployment's or a
 * StatefulSet's manifest names no pod of its own, so only a bare Pod's counts.
 *
 * @example
 * // `kind: Pod`, `metadata:`, `  name: hello-pod`, ..., `      claimName: local-pvc`, with local-pvc Pending in a `get pvc`
 * // => Map { '\u0001hello-pod' => 'local-pvc', ... }
 */
function manifestClaimUsers(lines: readonly string[], claims: readonly ClaimRow[]): Map<string, string> | null {
  const unbound = unboundClaims(claims);
  if (unbound.length === 0) return null;
  let out: Map<string, string> | null = null;
  for (let k = 0; k < lines.length; k++) {
    const m = /^\s+claimName:\s*["']?([a-z0-9][-a-z0-9.]*)["']?\s*$/.exec(lines[k] as string);
    if (m === null) continue;
    const claim = unbound.find((c) => c.name === m[1]);
    if (claim === undefined) continue;
    let pod: string | null = null;
    for (let j = k - 1; j >= 0 && j >= k - MANIFEST_HEAD_LINES; j--) {
      const text = lines[j] as string;
      const name = /^ {2}name:\s*["']?([a-z0-9][-a-z0-9.]*)["']?\s*$/.exec(text);
      if (name !== null && (lines[j - 1] ?? '').trim() === 'metadata:') pod = name[1] as string;
      if (/^kind:\s*/.test(text)) {
        if (text.trim() !== 'kind: Pod') pod = null;
        break;
      }
      if (j === 0 || j === k - MANIFEST_HEAD_LINES) pod = null;
    }
    if (pod === null) continue;
    (out ??= new Map()).set(`${claim.namespace ?? ''}\u0000${pod}`, claim.name);
    out.set(`\u0001${pod}`, claim.name);
  }
  return out;
}

/** How far above its Used By line a describe pvc's Name, Namespace and Status are looked for. */
const CLAIM_HEAD_LINES = 40;

/**
 * Pods that `kubectl describe pvc` blocks of claims not Bound name in their Used By (Mounted By) field, keyed as
 * {@link claimedPodNames} keys them, to the claim's name; null for none. The head is read upward from that field to
 * the block's `Name:`; a describe of a pod has no such field, so its own Status is never read as a claim's.
 *
 * @example
 * // `Name: test-claim`, `Namespace: default`, `Status: Pending`, ..., `Mounted By: test`
 * // => Map { 'default\u0000test' => 'test-claim' }
 */
function describedClaimUsers(lines: readonly string[]): Map<string, string> | null {
  let out: Map<string, string> | null = null;
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k] as string;
    const field = CLAIM_USERS.find((m) => text.trimStart().startsWith(m));
    if (field === undefined) continue;
    let name: string | null = null;
    let namespace = '';
    let status: string | null = null;
    for (let j = k - 1; j >= 0 && j >= k - CLAIM_HEAD_LINES && name === null; j--) {
      const head = /^(Name|Namespace|Status):\s+(\S+)\s*$/.exec(lines[j] as string);
      if (head === null) continue;
      if (head[1] === 'Name') name = head[2] as string;
      else if (head[1] === 'Namespace') namespace = head[2] as string;
      else status = head[2] as string;
    }
    if (name === null || status === null || status === 'Bound') continue;
    // One pod on the field's line, more below it indented (a claim several pods mount).
    const pods = [text.trimStart().slice(field.length).trim()];
    for (let j = k + 1; j < lines.length && /^\s{4,}[a-z0-9][-a-z0-9.]*\s*$/.test(lines[j] as string); j++) pods.push((lines[j] as string).trim());
    for (const pod of pods) {
      if (!/^[a-z0-9][-a-z0-9.]{0,252}$/.test(pod)) continue;
      (out ??= new Map()).set(`${namespace}\u0000${pod}`, name);
      // The describe names the pod itself, so a row that shows no namespace is still that pod (\u0001: see claimWaitedOn).
      out.set(`\u0001${pod}`, name);
    }
  }
  return out;
}

/** `kubectl describe pvc` of the claim a Pending pod waits on (`{name}` is the claim's). */
const DESCRIBE_CLAIM: CommandTemplate = { command: 'kubectl -n {ns} describe pvc {name}', why: 'why.describe-pvc' };
/** A scheduler's message that names no volume (`0/3 nodes are available: 3 Insufficient cpu.`); false with none. */
function otherThanClaims(message: string | undefined): boolean {
  return message !== undefined && message !== '' && !/PersistentVolumeClaim|volume/i.test(message);
}
/** The claims of a StatefulSet's Pending pod's namespace, the paste showing none (its own are `<template>-{name}`). */
const GET_CLAIMS: CommandTemplate = { command: 'kubectl -n {ns} get pvc', why: 'why.get-pvc-statefulset' };
/** Seconds a StatefulSet's pod stays Pending on no node before its claims are worth a look. */
const STATEFUL_CLAIM_SECONDS = 60;

/**
 * The owner of a pod whose name's end the paste cut (`source-controller-...`), read from what is left: the Deployment
 * of a pod-template hash still shown (`kube-prometheus-stack-grafana-7865f4fc6d-...`), or the controller the knowledge
 * base knows by that name (Flux's source-controller, a Deployment; the Prometheus Operator's `alertmanager-<name>`, a
 * StatefulSet). A name it does not know, cut after a dash (`woms-woms-api-...`), hid what a controller generated there:
 * most often a ReplicaSet's `<hash>-<5>`, so a Deployment (a bare pod is named whole). A guess either way; else null.
 */
function ownerBeforeEllipsis(name: string, namespace: string | null, ctx: FastOwnerContext): Workload | null {
  let kept = shortenedPrefix(name);
  if (kept === null || name.indexOf('-', kept.length + 1) > 0) return null;
  // Cut inside a generated part (`csi-rbdplugin-provisioner-6b...`, hunt ck/26): what is left of it holds none of the
  // vowels a word would, and the name before it is as if cut at that dash.
  if (kept.length !== name.lastIndexOf('-')) {
    const dash = kept.lastIndexOf('-');
    if (dash <= 0 || kept.length - dash - 1 > 10 || !allInAlphabet(kept, dash + 1)) return null;
    kept = kept.slice(0, dash);
  }
  const deployment = replicaSetDeployment(kept);
  if (deployment !== null) return ctx.workload('Deployment', deployment, 'low');
  const known = ctx.match(kept, namespace);
  if (known === undefined) return ctx.workload('Deployment', kept, 'low');
  return known.kind === 'Deployment' || known.kind === 'DaemonSet' || known.kind === 'StatefulSet' || known.kind === 'Job' ? ctx.workload(known.kind, kept, 'low') : null;
}

/** What a shortened name keeps before its first `..`, `…` or space, less a dash there (`source-controller-...` -> `source-controller`); null if nothing. */
function shortenedPrefix(name: string): string | null {
  const dots = name.indexOf('..');
  const ellipsis = name.indexOf('\u2026');
  let at = dots < 0 ? ellipsis : ellipsis < 0 ? dots : Math.min(dots, ellipsis);
  if (at < 0) return null;
  // A range written out (`databox-0 … databox-4`): its first name's start.
  const space = name.indexOf(' ');
  if (space >= 0 && space < at) at = space;
  if (at > 0 && name.charCodeAt(at - 1) === 45) at--;
  return at > 0 ? name.slice(0, at) : null;
}

/** `..` or `…` in a name: no pod is named so (names are DNS labels), the paste shortened it. */
function isShortened(name: string): boolean {
  return SHORTENED.test(name);
}
/** One native scan per name (every row asks). */
const SHORTENED = /\.\.|\u2026/;
/** Statuses a pod ends in when it failed for good (the phase Failed; for a Job's pod also OOMKilled, as under restartPolicy Never). */
function endedInFailure(status: string | null, job: boolean): boolean {
  if (status === null) return false;
  if (status === 'OOMKilled') return job;
  const info = statusInfo(status);
  return info !== null && info.phase === 'Failed';
}

/** An init container's failure that ends the pod where nothing restarts it: `Init:Error`, `Init:ExitCode:1`, `Init:Signal:9`. */
function initEnded(status: string): boolean {
  return status === 'Init:Error' || status === 'Init:OOMKilled' || status === 'Init:StartError' || status === 'Init:ContainerCannotRun' || status.startsWith('Init:ExitCode:') || status.startsWith('Init:Signal:');
}

/**
 * Whether a `get` argument asks for Deployments before ReplicaSets: `all` (kubectl prints deployment.apps before
 * replicaset.apps), `deploy`, `pods,deploy,rs`. kubectl prints a comma list's tables in its order, so `pods,rs,deployment`
 * shows the ReplicaSets first, and a paste cut after them (hashicorp/vault-helm#244, ey/04) has no Deployment table to
 * miss: its ReplicaSets are not bare for that.
 */
function asksDeploymentsFirst(arg: string): boolean {
  const kinds = arg.split(',');
  if (kinds.includes('all')) return true;
  const d = kinds.findIndex((k) => k.startsWith('deploy'));
  if (d < 0) return false;
  const r = kinds.findIndex((k) => k === 'rs' || k.startsWith('replicaset'));
  return r < 0 || d < r;
}

/** Owner kinds whose failed pods a controller replaces with new ones (it never restarts a failed pod). */
function replacingOwner(w: Workload | null): 'job' | 'replicaset' | null {
  if (w === null) return null;
  if (w.kind === 'Job' || w.kind === 'CronJob') return 'job';
  return w.kind === 'Deployment' || w.kind === 'ReplicaSet' || w.kind === 'ReplicationController' || w.kind === 'CloneSet' || w.kind === 'Rollout' ? 'replicaset' : null;
}

/** `\u0000<index>` of an Indexed Job's pod `<job>-<index>-<5>`, '' for another pod of the Job. */
function jobIndexOf(name: string, job: string): string {
  if (name.length <= job.length + 7 || name.charCodeAt(job.length) !== 45 || !name.startsWith(job)) return '';
  const last = name.length - 6;
  return name.charCodeAt(last) === 45 && allDigits(name, job.length + 1, last) ? `\u0000${name.slice(job.length + 1, last)}` : '';
}

/** A CronJob's runs together (its Jobs are keyed apart): where a later completed run is kept. */
function cronKey(r: PodRow): string {
  return `${r.namespace ?? ''}\u0000cron\u0000${(r.workload as Workload).name}`;
}

/**
 * In a watch, a DaemonSet's pod last seen Terminating with its containers stopped (0/1, its address released) and a
 * newer pod of the same DaemonSet on its node later in the stream (a rolling update, hunt by/20): the kubelet removes
 * a pod once its containers stop, and the watch's last line of it is often that removal itself; it counts no more.
 * Its index, per such pod.
 */
function stoppedDaemonPods(rows: readonly PodRow[], superseded: ReadonlySet<number>): number[] {
  let stopped: number[] | null = null;
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.status !== 'Terminating' || superseded.has(j) || r.ip !== null || r.node === null || r.ready === null || r.ready.ready > 0 || r.workload === null || r.workload.kind !== 'DaemonSet') continue;
    (stopped ??= []).push(j);
  }
  if (stopped === null) return [];
  const key = (r: PodRow): string => `${r.namespace ?? ''}\u0000${(r.workload as Workload).name}\u0000${r.node ?? ''}`;
  // Per DaemonSet and node, the last line of a pod there that is not stopping.
  const latest = new Map<string, number>();
  const wanted = new Set(stopped.map((j) => key(rows[j] as PodRow)));
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.status === null || r.status === 'Terminating' || r.workload === null || r.node === null) continue;
    const k = key(r);
    if (wanted.has(k) && r.line > (latest.get(k) ?? -1)) latest.set(k, r.line);
  }
  return stopped.filter((j) => (latest.get(key(rows[j] as PodRow)) ?? -1) > (rows[j] as PodRow).line);
}

/**
 * Failed pods that a newer pod of the same owner took over from: history, not the owner's state.
 * - A Job never restarts a failed pod: it starts another (until backoffLimit), so an older failure is an
 *   attempt, kept for its logs; the newest pod says how the Job is doing. Keyed by the Job's name: a
 *   CronJob's runs are separate Jobs, and an older run's failure is work not done, not a retry. Once a later
 *   run has completed, though, the schedule has gone on past it: that failure is history too (a run evicted
 *   36 days ago, a newer one Completed 20 minutes ago).
 * - A ReplicaSet replaces a failed pod (left by an eviction or a node shutdown) with a new one; while a pod
 *   of the same ReplicaSet runs ready, the failed one is what is left over until someone deletes it.
 *
 * @example
 * // pi-2xk7d Error 5m, pi-q9z8m Completed 3m: the Error row is replaced
 */
function replacedAttempts(rows: readonly PodRow[], superseded: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  const failed: number[] = [];
  const owners = new Set<string>();
  // Per status, whether it ended in failure for a ReplicaSet's pod (a few distinct statuses, 100k rows).
  const endedBy = new Map<string, boolean>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    const family = replacingOwner(r.workload);
    if (family === null || r.status === null) continue;
    let ended = endedBy.get(r.status);
    if (ended === undefined) endedBy.set(r.status, (ended = endedInFailure(r.status, false)));
    // A Job's pod whose init container failed, never restarted (restartPolicy Never): the pod failed, an attempt like
    // an Error (hunt dc/05: two Init:Error attempts of a schema Job, the third Completed).
    if (!(ended || (family === 'job' && (r.status === 'OOMKilled' || (initEnded(r.status) && (r.restarts === null || r.restarts.count === 0)))))) continue;
    // Restarted within the hour: the kubelet still restarts it (a crash loop caught between two runs), not a leftover.
    if (r.restarts !== null && r.restarts.lastAgo !== null && (ageSeconds(r.restarts.lastAgo) ?? Infinity) < 3600) continue;
    if ((family === 'job' && r.ageSeconds === null) || superseded.has(i)) continue;
    failed.push(i);
    owners.add((r.workload as Workload).name);
  }
  if (failed.length === 0) return out;
  const keyOf = (r: PodRow): string | null => {
    const w = r.workload;
    if (w === null) return null;
    const ns = r.namespace ?? '';
    // A `<x>-<5 chars>` pod read as a DaemonSet on its shape alone may be the Job's newer pod. An Indexed Job's
    // pod (`<job>-<index>-<5>`) is replaced only by a pod of its own index: another index's pod takes over nothing.
    if (w.kind === 'Job' || (w.kind === 'DaemonSet' && w.confidence !== 'high')) return `${ns}\u0000job\u0000${w.name}${jobIndexOf(r.name, w.name)}`;
    const parent = r.name.slice(0, r.name.lastIndexOf('-'));
    if (w.kind === 'CronJob') return `${ns}\u0000job\u0000${parent}`;
    if (w.kind === 'ReplicationController') return `${ns}\u0000rs\u0000${w.name}`;
    return w.kind === 'Deployment' || w.kind === 'ReplicaSet' ? `${ns}\u0000rs\u0000${parent}` : null;
  };
  // Per owner, what takes over: the newest attempt of a Job (by age); for a ReplicaSet its youngest pod running
  // ready (-1 when its age is not shown): a replacement is created after the pod it replaces. Failed pods younger
  // than every ready one are not history but attempts failing now (a kubelet rejecting each new pod: OutOfpods).
  const newest = new Map<string, number>();
  // Per Job, its youngest Completed pod's age: a Job stops starting pods once one completed, so a failed attempt of the
  // same printed AGE came before it (AGE rounds: 4h3m for all three of hunt dc/05's attempts).
  let completed: Map<string, number> | undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (r.workload === null || !owners.has(r.workload.name) || superseded.has(i)) continue;
    const key = keyOf(r);
    if (key === null) continue;
    let age: number;
    if (replacingOwner(r.workload) === 'replicaset') {
      if (!(r.status === 'Running' && r.ready !== null && r.ready.total > 0 && r.ready.ready === r.ready.total)) continue;
      age = r.ageSeconds ?? -1;
    } else if (r.ageSeconds === null || retryNotStarted(r)) continue;
    else age = r.ageSeconds;
    const held = newest.get(key);
    if (held === undefined || age < held) newest.set(key, age);
    if (r.status === 'Completed' && r.workload.kind === 'Job') {
      const done = (completed ??= new Map()).get(key);
      if (done === undefined || age < done) completed.set(key, age);
    }
    // A later run of the CronJob that completed: the schedule has gone on past an older run's failure.
    if (r.workload.kind === 'CronJob' && r.status === 'Completed') {
      const cron = cronKey(r);
      const done = newest.get(cron);
      if (done === undefined || age < done) newest.set(cron, age);
    }
  }
  for (const i of failed) {
    const r = rows[i] as PodRow;
    const key = keyOf(r);
    let held = key === null ? undefined : newest.get(key);
    // A Job's own newer attempt first; else, for a CronJob's run, a newer run that completed.
    if ((held === undefined || (r.ageSeconds !== null && r.ageSeconds <= held)) && (r.workload as Workload).kind === 'CronJob') {
      const done = newest.get(cronKey(r));
      if (done !== undefined && r.ageSeconds !== null && r.ageSeconds > done) held = done;
    }
    if (held === undefined) continue;
    const done = completed === undefined || key === null ? undefined : completed.get(key);
    if (done !== undefined && r.ageSeconds !== null && r.ageSeconds >= done) {
      out.add(i);
      continue;
    }
    // A ReplicaSet's ready pod of the same printed age counts (63d and 63d: AGE rounds); a Job's newest attempt is
    // not replaced by itself.
    const replicaSet = replacingOwner(r.workload) === 'replicaset';
    if (held < 0 || r.ageSeconds === null || r.ageSeconds > held || (replicaSet && r.ageSeconds === held)) out.add(i);
  }
  return out;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13))) return c < 128 ? false : text.trim() === '';
  }
  return true;
}

/** matchComponent memoised for one paste, by namespace then name. */
function componentMemo(): (name: string, namespace: string | null) => ComponentInfo | undefined {
  const memo = new Map<string, Map<string, ComponentInfo | null>>();
  let size = 0;
  // Pods of one workload sit together in kubectl's sorted output: the last answer often is the next one.
  let lastName = '';
  let lastNs: string | null = null;
  let lastFound: ComponentInfo | undefined;
  let haveLast = false;
  return (name, namespace) => {
    if (haveLast && name === lastName && namespace === lastNs) return lastFound;
    const found = lookup(name, namespace);
    lastName = name;
    lastNs = namespace;
    lastFound = found;
    haveLast = true;
    return found;
  };
  function lookup(name: string, namespace: string | null): ComponentInfo | undefined {
    const key = namespace ?? '';
    let byName = memo.get(key);
    if (byName === undefined) memo.set(key, (byName = new Map()));
    const hit = byName.get(name);
    if (hit !== undefined) return hit ?? undefined;
    const found = matchComponent(name, namespace);
    if (size < MEMO_LIMIT) {
      byName.set(name, found ?? null);
      size++;
    }
    return found;
  }
}

const CONFIDENCES: readonly Workload['confidence'][] = ['high', 'medium', 'low'];

/** Workload answers shared (frozen) between the rows of one paste: a Deployment's pods all get the same object. */
function workloadMemo(): FastOwnerContext['workload'] {
  const memo: (Map<string, Workload> | undefined)[] = new Array<Map<string, Workload> | undefined>(OWNER_KINDS.length * CONFIDENCES.length);
  let size = 0;
  let last: Workload | null = null;
  return (kind, name, confidence) => {
    // A bare pod's workload is the pod itself: unique per row, so nothing to share and nothing to remember.
    if (kind === 'Pod') return { kind, name, confidence };
    if (last !== null && last.kind === kind && last.name === name && last.confidence === confidence) return last;
    const slot = OWNER_KINDS.indexOf(kind) * 3 + CONFIDENCES.indexOf(confidence);
    let byName = memo[slot];
    if (byName === undefined) memo[slot] = byName = new Map();
    let w = byName.get(name);
    if (w === undefined) {
      w = Object.freeze({ kind, name, confidence });
      if (size < MEMO_LIMIT) {
        byName.set(name, w);
        size++;
      }
    }
    last = w;
    return w;
  };
}

/**
 * Whether a `...` line may have cut a pod listing short. One above the paste's first pod header left out something
 * else (a DAG's code quoted before its pods, dm/23): the listing starts whole at its header. Headerless rows have
 * no such start, so there any counts.
 */
function listingElided(messages: readonly { line: number; id: string }[], podTables: readonly { line: number }[], kinds: readonly string[], commands: readonly { line: number; command: KubectlCommand }[]): boolean {
  const first = podTables.length > 0 ? (podTables[0] as { line: number }).line : Infinity;
  return messages.some((m) => m.id === 'ellipsis' && m.line > first && !otherCommandsOutput(m.line, kinds, commands));
}

/**
 * Whether the line is in the output of a command that lists no pods: the nearest row, header or prompt above it is the
 * prompt of a `kubectl logs`, `describe` or `exec` (fe/15: `...` standing for the log lines before the fatal one).
 * Looked for a few lines up only; farther, the line is taken as the listing's.
 */
function otherCommandsOutput(line: number, kinds: readonly string[], commands: readonly { line: number; command: KubectlCommand }[]): boolean {
  for (let l = line - 1; l >= 1 && l >= line - 40; l--) {
    const kind = kinds[l - 1];
    if (kind === 'row' || kind === 'header') return false;
    if (kind !== 'prompt') continue;
    const verb = commands.find((c) => c.line === l)?.command.verb ?? null;
    return verb !== null && verb !== 'get';
  }
  return false;
}

/** Statuses a pod passes through before its containers first run. */
const STARTING_STATES: ReadonlySet<string> = new Set(['pending', 'container-creating', 'creating', 'image-ready-creating', 'pod-initializing', 'init-progress', 'scheduling-gated']);
/** Statuses of a pod whose regular init containers have not all completed (printPod's Init:… and PodInitializing). */
const INITIALISING: ReadonlySet<string> = new Set(['pod-initializing', 'init-progress', 'init-reason', 'init-exit-code', 'init-signal']);
/** Past this age (seconds) a pod still in one of those states is stuck, not starting. */
export const STUCK_SECONDS = 600;


/**
 * How old (seconds) a Pending pod must be before pods created with it, all running ready, say it is held: by then
 * the scheduler has placed them, their images are pulled and their probes passed.
 */
const PEERS_SETTLED = 120;
/** Peers needed (pods of its namespace created within PEER_SLACK seconds, each Running and ready). */
const PEERS_NEEDED = 2;
/** Seconds between two ages that are one moment (kubectl prints 5m49s and 5m50s for pods of one `apply`). */
const PEER_SLACK = 2;

/**
 * Pending pods (of `pending`, at least PEERS_SETTLED old) beside PEERS_NEEDED pods of their namespace created the
 * same moment and now running ready: whatever scheduled and started those had time for this one too, so something
 * holds it (no node fits, a claim with no volume: robot-shop's redis-0 on Docker Desktop, hunt bp/07). Before
 * STUCK_SECONDS only this says so. Rows superseded by a later line are no peers.
 */
function pendingBesidePeers(rows: readonly PodRow[], superseded: ReadonlySet<number>, pending: readonly number[]): number[] {
  // Running-ready pods per namespace and age, counted once: the pending few then look up their moment.
  const ages = new Set<number>();
  for (const i of pending) ages.add((rows[i] as PodRow).ageSeconds as number);
  const near = (a: number): boolean => {
    for (let d = -PEER_SLACK; d <= PEER_SLACK; d++) if (ages.has(a + d)) return true;
    return false;
  };
  const running = new Map<string, number>();
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.status !== 'Running' || r.ageSeconds === null || r.ready === null || r.ready.total === 0 || r.ready.ready !== r.ready.total || !near(r.ageSeconds) || superseded.has(j)) continue;
    const key = `${r.namespace ?? ''}\u0000${r.ageSeconds}`;
    running.set(key, (running.get(key) ?? 0) + 1);
  }
  const out: number[] = [];
  if (running.size === 0) return out;
  for (const i of pending) {
    const p = rows[i] as PodRow;
    const at = p.ageSeconds as number;
    let peers = 0;
    for (let d = -PEER_SLACK; d <= PEER_SLACK; d++) peers += running.get(`${p.namespace ?? ''}\u0000${at + d}`) ?? 0;
    if (peers >= PEERS_NEEDED) out.push(i);
  }
  return out;
}

/**
 * Pending pods (of `pending`, at least PEERS_SETTLED old) whose owner is another pod of the paste, running ready: a Spark
 * driver that asked for its executors and waits for them (dm/16: an executor Pending 5m52s beside its driver on Docker
 * Desktop). Its creator got a node and started, so the cluster places pods; this one nothing takes. Rows superseded by
 * a later line are no creators.
 */
function pendingBesideCreator(rows: readonly PodRow[], superseded: ReadonlySet<number>, pending: readonly number[]): number[] {
  const asked = pending.filter((i) => {
    const p = rows[i] as PodRow;
    return p.workload !== null && p.workload.kind === 'Pod' && p.workload.name !== p.name;
  });
  const out: number[] = [];
  if (asked.length === 0) return out;
  const running = new Set<string>();
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.status !== 'Running' || r.ready === null || r.ready.total === 0 || r.ready.ready !== r.ready.total || superseded.has(j)) continue;
    running.add(`${r.namespace ?? ''}\u0000${r.name}`);
  }
  for (const i of asked) {
    const p = rows[i] as PodRow;
    if (running.has(`${p.namespace ?? ''}\u0000${(p.workload as Workload).name}`)) out.push(i);
  }
  return out;
}

/** How long a Running pod that is not ready yet counts as starting (see the cluster's running-not-ready finding). */
export const STARTING_SECONDS = 120;
/** Pending on a node this long after creation: the kubelet there has not taken the pod up (see annotate's stuckAfter). */
const PLACED_PENDING_SECONDS = 300;

/** Owners whose pods should never finish: a Completed pod of theirs has stopped, not done its job. */
const LONG_RUNNING: ReadonlySet<OwnerKind> = new Set<OwnerKind>(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'ReplicationController', 'RayCluster', 'StrimziPodSet', 'Cluster', 'InstanceManager', 'ShareManager', 'BackingImageManager', 'EtcdLockserver', 'Machine', 'CatalogSource', 'StorageCluster', 'CloneSet', 'InstanceSet', 'NatsCluster', 'NodeSet', 'Elasticsearch', 'Rollout']);
/**
 * Seconds since a Completed pod's last restart within which the kubelet is still restarting it: its crash back-off
 * tops out at five minutes, so a loop restarts at least that often; a longer quiet is a stop (see stoppedLongRunning).
 */
const RESTARTING_SECONDS = 600;
/** Owners whose pod runs its containers as steps that end one by one (Tekton's steps, Argo's main and wait). */
const STEPPED: ReadonlySet<OwnerKind> = new Set<OwnerKind>(['TaskRun', 'Workflow']);
/**
 * Owners whose pods should never finish either, though the kubelet does not restart them: etcd-operator runs its members
 * with restartPolicy Never and replaces one that stops with a new member (see restartsAgain).
 */
/** A container's own end in an error (not ExitCode:0, which reads as Completed): what endedLongRunning looks at. */
const ENDED_IN_ERROR: ReadonlySet<string> = new Set(['error', 'oom-killed', 'exit-code', 'signal', 'container-cannot-run', 'start-error']);
const NEVER_FINISHED: ReadonlySet<OwnerKind> = new Set<OwnerKind>([...LONG_RUNNING, 'EtcdCluster', 'NatsStreamingCluster']);

/**
 * Hook Jobs that only wait for other parts of their release to answer (a loop of connection checks), so Helm goes on
 * once they end. Still running an hour on, what they wait for never came up, and Helm (5 minutes by default, a long
 * --timeout far less than that) has given up on the install: batch Jobs may run for hours, these never should.
 */
const WAITING_HOOKS: ReadonlySet<string> = new Set(['sentry-db-check', 'cert-manager-startupapicheck', 'jupyterhub-image-awaiter']);
const WAITING_HOOK_SECONDS = 3600;
/**
 * Components whose pods are Pending on purpose: capacity placeholders run below every real pod's priority, so each
 * preemption sends them back to Pending until an autoscaler adds a node (ew/11). Hours Pending is their way of asking.
 */
const PENDING_BY_DESIGN: ReadonlySet<string> = new Set(['capacity-placeholder']);

/**
 * Whether the pod's only container ended and was never restarted, though it started long enough ago for the back-off.
 * `noRestartsColumn`: what a row without RESTARTS counts as.
 */
function endedForGood(r: PodRow, noRestartsColumn: boolean): boolean {
  const never = r.restarts === null ? noRestartsColumn : r.restarts.count === 0;
  return never && r.ready !== null && r.ready.ready === 0 && r.ageSeconds !== null && r.ageSeconds > RESTARTING_SECONDS;
}

/** Whether the kubelet starts this pod's containers again after they end: it did already, or its owner runs on. */
function restartsAgain(r: PodRow): boolean {
  return (r.restarts !== null && r.restarts.count > 0) || (r.workload !== null && r.workload.confidence !== 'low' && LONG_RUNNING.has(r.workload.kind));
}

const COMPONENT_INDEX = new Map(COMPONENTS.map((c, i) => [c, i + 1]));
const NETWORKS: readonly Network[] = ['unknown', 'host', 'pod'];
const POD_WIDE: CommandTemplate = { command: 'kubectl -n {ns} get pod {name} -o wide', why: 'why.pod-wide' };

/** OWNER_KINDS lists the operators' kinds last: a kind index (1-based) past this one is an operator's. */
const FIRST_OPERATOR_KIND = OWNER_KINDS.indexOf('RayCluster');

/** `kubectl describe` of the resource an operator-made pod's owner is (`{name}` is the owner's name). */
const DESCRIBE_OWNER = 'why.describe-owner';
const OWNER_RESOURCES: ReadonlyMap<OwnerKind, CommandTemplate> = new Map<OwnerKind, CommandTemplate>([
  // `clusters.postgresql.cnpg.io`: `cluster` alone may be Cluster API's, where both are installed.
  ['Cluster', { command: 'kubectl -n {ns} describe clusters.postgresql.cnpg.io {name}', why: DESCRIBE_OWNER }],
  ['TaskRun', { command: 'kubectl -n {ns} describe taskrun {name}', why: DESCRIBE_OWNER }],
  ['Workflow', { command: 'kubectl -n {ns} describe workflow {name}', why: DESCRIBE_OWNER }],
  ['RayCluster', { command: 'kubectl -n {ns} describe raycluster {name}', why: DESCRIBE_OWNER }],
  ['StrimziPodSet', { command: 'kubectl -n {ns} describe strimzipodset {name}', why: DESCRIBE_OWNER }],
  ['SparkApplication', { command: 'kubectl -n {ns} describe sparkapplication {name}', why: DESCRIBE_OWNER }],
  ['PyTorchJob', { command: 'kubectl -n {ns} describe pytorchjob {name}', why: DESCRIBE_OWNER }],
  ['TFJob', { command: 'kubectl -n {ns} describe tfjob {name}', why: DESCRIBE_OWNER }],
  ['MPIJob', { command: 'kubectl -n {ns} describe mpijob {name}', why: DESCRIBE_OWNER }],
  // Longhorn's own resources, named in full: `instancemanager` alone is no short name Longhorn registers.
  ['InstanceManager', { command: 'kubectl -n {ns} describe instancemanagers.longhorn.io {name}', why: DESCRIBE_OWNER }],
  ['ShareManager', { command: 'kubectl -n {ns} describe sharemanagers.longhorn.io {name}', why: DESCRIBE_OWNER }],
  // The legacy actions-runner-controller's (summerwind) Runner: `runner` alone may be another project's kind.
  ['Runner', { command: 'kubectl -n {ns} describe runners.actions.summerwind.dev {name}', why: DESCRIBE_OWNER }],
  // GitHub's ARC (actions.github.com): a runner scale set's listener.
  ['AutoscalingListener', { command: 'kubectl -n {ns} describe autoscalinglisteners.actions.github.com {name}', why: DESCRIBE_OWNER }],
  // And each runner's EphemeralRunner, whose status says why its pod failed or was never made.
  ['EphemeralRunner', { command: 'kubectl -n {ns} describe ephemeralrunners.actions.github.com {name}', why: DESCRIBE_OWNER }],
  ['BackingImageManager', { command: 'kubectl -n {ns} describe backingimagemanagers.longhorn.io {name}', why: DESCRIBE_OWNER }],
  // dask-gateway's (gateway.dask.org): the Dask operator has a DaskCluster kind of its own.
  ['DaskCluster', { command: 'kubectl -n {ns} describe daskclusters.gateway.dask.org {name}', why: DESCRIBE_OWNER }],
  ['EtcdLockserver', { command: 'kubectl -n {ns} describe etcdlockservers.planetscale.com {name}', why: DESCRIBE_OWNER }],
  // Gardener's machine-controller-manager's (machine.sapcloud.io): Cluster API has a Machine kind of its own.
  ['Machine', { command: 'kubectl -n {ns} describe machines.machine.sapcloud.io {name}', why: DESCRIBE_OWNER }],
  ['CatalogSource', { command: 'kubectl -n {ns} describe catalogsources.operators.coreos.com {name}', why: DESCRIBE_OWNER }],
  // Portworx's (core.libopenstorage.org): OpenShift Data Foundation has a StorageCluster kind of its own.
  ['StorageCluster', { command: 'kubectl -n {ns} describe storageclusters.core.libopenstorage.org {name}', why: DESCRIBE_OWNER }],
  ['VolcanoJob', { command: 'kubectl -n {ns} describe jobs.batch.volcano.sh {name}', why: DESCRIBE_OWNER }],
  ['LeaderWorkerSet', { command: 'kubectl -n {ns} describe leaderworkerset {name}', why: DESCRIBE_OWNER }],
  ['JobSet', { command: 'kubectl -n {ns} describe jobsets.jobset.x-k8s.io {name}', why: DESCRIBE_OWNER }],
  ['CloneSet', { command: 'kubectl -n {ns} describe clonesets.apps.kruise.io {name}', why: DESCRIBE_OWNER }],
  ['Rollout', { command: 'kubectl -n {ns} describe rollouts.argoproj.io {name}', why: DESCRIBE_OWNER }],
  ['GameServer', { command: 'kubectl -n {ns} describe gameservers.agones.dev {name}', why: DESCRIBE_OWNER }],
  // OpenShift's Build (build.openshift.io): Shipwright and Knative have Build kinds of their own.
  ['Build', { command: 'kubectl -n {ns} describe builds.build.openshift.io {name}', why: DESCRIBE_OWNER }],
  ['InstanceSet', { command: 'kubectl -n {ns} describe instancesets.workloads.kubeblocks.io {name}', why: DESCRIBE_OWNER }],
  // The CoreOS etcd-operator's (etcd.database.coreos.com): the etcd-io etcd-operator has an EtcdCluster kind of its own.
  ['EtcdCluster', { command: 'kubectl -n {ns} describe etcdclusters.etcd.database.coreos.com {name}', why: DESCRIBE_OWNER }],
  ['NatsCluster', { command: 'kubectl -n {ns} describe natsclusters.nats.io {name}', why: DESCRIBE_OWNER }],
  ['NatsStreamingCluster', { command: 'kubectl -n {ns} describe natsstreamingclusters.streaming.nats.io {name}', why: DESCRIBE_OWNER }],
  // Slinky's NodeSet, named in full: `nodeset` alone may be another project's kind.
  ['NodeSet', { command: 'kubectl -n {ns} describe nodesets.slinky.slurm.net {name}', why: DESCRIBE_OWNER }],
  // ECK's (elasticsearch.k8s.elastic.co): Elastic's older operators and other charts have Elasticsearch kinds of their own.
  ['Elasticsearch', { command: 'kubectl -n {ns} describe elasticsearches.elasticsearch.k8s.elastic.co {name}', why: DESCRIBE_OWNER }],
  // The GPU Operator's, cluster-scoped and one a cluster: described without its name, which the pod's does not carry.
  ['ClusterPolicy', { command: 'kubectl describe clusterpolicies.nvidia.com', why: DESCRIBE_OWNER }],
]);
/** Owners no namespace holds: their describe needs none from the row. */
const CLUSTER_SCOPED_OWNERS: ReadonlySet<OwnerKind> = new Set<OwnerKind>(['ClusterPolicy']);

/** What a name's kept start is found by (`kubectl get pods | grep source-controller`), and a workload described by its name. */
const FIND_SHORTENED: CommandTemplate = { command: 'kubectl -n {ns} get pods | grep {name}', why: 'why.find-shortened' };
const DESCRIBE_WORKLOAD: ReadonlyMap<OwnerKind, CommandTemplate> = new Map<OwnerKind, CommandTemplate>([
  ['Deployment', { command: 'kubectl -n {ns} describe deployment {name}', why: 'why.describe-workload' }],
  ['DaemonSet', { command: 'kubectl -n {ns} describe daemonset {name}', why: 'why.describe-workload' }],
  ['StatefulSet', { command: 'kubectl -n {ns} describe statefulset {name}', why: 'why.describe-workload' }],
]);

/**
 * Next commands for a pod whose name the paste shortened (`source-controller-...`): no command can name it, so find its
 * full name by what is kept, and describe the workload read from it.
 */
function shortenedNext(r: PodRow): NextCommand[] {
  const out: NextCommand[] = [];
  const kept = shortenedPrefix(r.name);
  const find = kept === null ? null : fillCommand(FIND_SHORTENED, kept, r.namespace, null);
  if (find !== null) out.push(find);
  const w = r.workload;
  const describe = w === null || isShortened(w.name) ? undefined : DESCRIBE_WORKLOAD.get(w.kind);
  if (describe !== undefined) {
    const c = fillCommand(describe, (w as Workload).name, r.namespace, null);
    if (c !== null) out.push(c);
  }
  return out;
}

/**
 * A doc's placeholder in a name: `<release-name>`, `<hash>` (no DNS name holds `<`), or a part written as x's
 * (`harbor-core-xxx`, `web-xxxxxxxxxx-xxxxx`), a guide's or a hand's mask: a generated suffix is five of 27
 * characters, so one of x's alone is no pod's, and a name is no part of a bigger one (`xxfvw`, `etcd-xx14` stay).
 */
const NAME_PLACEHOLDER = /<[^<>]*>|(?:^|(?<=[-.]))(?:x{3,}|X{3,})(?=[-.]|$)/;

/** Whether a name holds a placeholder: a part of x's counts only beside another part (a pod may be named `xxx`). */
function hasPlaceholder(name: string): boolean {
  // A random suffix often holds `xxx` (x is in the generator's alphabet), which opens the paste's gate: most names still
  // hold neither `<` nor a run of x's, and skip the expression (17 ms of a 100k-row paste otherwise).
  if (name.indexOf('<') < 0 && name.indexOf('xxx') < 0 && name.indexOf('XXX') < 0) return false;
  const m = NAME_PLACEHOLDER.exec(name);
  return m !== null && (m[0].charCodeAt(0) === 60 || m[0].length < name.length);
}

/** The line of the first row whose name holds a placeholder, or -1. */
function firstPlaceholderName(rows: readonly PodRow[]): number {
  for (const r of rows) if (hasPlaceholder(r.name)) return r.line;
  return -1;
}

/** A name's longest piece between its placeholders (`<release-name>-mimir-ruler` -> `mimir-ruler`), null if too little is left to find a pod by. */
function literalPart(name: string): string | null {
  let best = '';
  for (const piece of name.split(NAME_PLACEHOLDER)) {
    const kept = piece.replace(EDGE_DASHES, '');
    if (kept.length > best.length) best = kept;
  }
  return best.length >= 3 ? best : null;
}
const EDGE_DASHES = /^[-.]+|[-.]+$/g;

/**
 * Next commands for a pod of a doc's template (`<release-name>-mimir-ruler-745fff6c6d-8swsv`): its name is no pod's
 * (the hash is the doc writer's), so find the reader's own by what its owner's name keeps.
 */
function placeholderNext(r: PodRow): NextCommand[] {
  const w = r.workload;
  const kept = (w === null ? null : literalPart(w.name)) ?? literalPart(r.name);
  const find = kept === null ? null : fillCommand(FIND_PLACEHOLDER, kept, r.namespace, null);
  return find === null ? [] : [find];
}
const FIND_PLACEHOLDER: CommandTemplate = { command: 'kubectl -n {ns} get pods | grep {name}', why: 'why.find-placeholder' };

/** Owners whose kind's own text would mislead: a Spark executor's driver pod, a Flink TaskManager's Deployment, an MPIJob's launcher Job, a bare pod that is a copy of another, one Airflow or Nextflow made for a task. */
export const BORROWED_OWNER_TEXTS = ['owner.spark-executor', 'owner.flink-taskmanager', 'owner.mpi-launcher', 'owner.pod-copy', 'owner.airflow-pod', 'owner.ray-submitter', 'owner.nextflow-task'] as const;
/** Room in an explanation key for every owner kind and borrowed text. */
const OWNER_SLOTS = 64;

/** A pod name's most characters, and how many of them the apiserver keeps of a generateName (names.SimpleNameGenerator). */
const MAX_POD_NAME = 63;
const GENERATED_NAME_KEPT = 58;

/**
 * Whether the owner read from a 63-character pod name is the generateName the apiserver cut to 58 characters (no dash
 * before the 5 random ones): the owner's own name may go on past them (ah/12's FunctionRevision
 * `crossplane-contrib-function-patch-and-transform-6072b6a090..`, its last hex digits and its ReplicaSet's hash cut).
 */
function ownerNameCut(pod: string, owner: string): boolean {
  return owner.length === GENERATED_NAME_KEPT && pod.charCodeAt(GENERATED_NAME_KEPT) !== 45 && pod.startsWith(owner);
}
if (OWNER_KINDS.length + 1 + BORROWED_OWNER_TEXTS.length > OWNER_SLOTS) throw new Error('OWNER_SLOTS too small');
/** Room in an explanation key for every knowledge-base entry (its index), none, and one the index lacks. */
const COMPONENT_SLOTS = 4096;
if (COMPONENTS.length + 2 > COMPONENT_SLOTS) throw new Error('COMPONENT_SLOTS too small');
// A key is (explanation * 524288 + flags) * COMPONENT_SLOTS + component, then owner and namespace: under 2^46 while the
// status vocabulary's explanations (and the unrecognised one) number under 128, which a Float64Array holds exactly.
if (new Set(STATUS_VOCABULARY.map((e) => e.explanation)).size + 1 >= 128) throw new Error('explanation keys overflow');

/** Which of {@link BORROWED_OWNER_TEXTS} explains a row's owner, -1 for its kind's own. */
function borrowedOwner(r: PodRow, w: Workload, copies: ReadonlySet<string> | null, submitters: ReadonlySet<string> | null): number {
  if (w.kind === 'Pod') {
    if (r.name.indexOf('-exec-') > 0 && sparkExecutorPrefix(r.name) !== null) return 0;
    if (w.name === r.name && isAirflowPod(r.name)) return 4;
    if (w.name === r.name && isNextflowTask(r.name)) return 6;
    // A ReplicaSet's pod's name and five more (see ownerOf's copiedPod), or a listed pod's.
    return w.confidence === 'low' && w.name === r.name && r.name.charCodeAt(r.name.length - 6) === 45 && (copiedPod(r.name.slice(0, -6)) || (copies !== null && copies.has(r.name))) ? 3 : -1;
  }
  if (w.kind === 'Deployment') return r.name.indexOf('-taskmanager-') > 0 && flinkCluster(r.name) === w.name ? 1 : -1;
  // Read so only beside its MPIJob (see mpiJobsShown), and operatorOwners lends texts only then.
  if (w.kind === 'Job') {
    if (submitters !== null && submitters.has(nsKey(r.namespace, w.name))) return 5;
    return w.confidence !== 'low' && w.name.endsWith(MPI_LAUNCHER) && r.name.length === w.name.length + 6 && r.name.startsWith(w.name) ? 2 : -1;
  }
  return -1;
}

/** What decides a row's next commands besides its status (bits of a plan's variant). */
const RESTARTED = 1;
const NO_NS = 2;
const NO_NODE = 4;
/** Running with fewer containers ready than it has. */
const PARTIAL = 8;
const INIT = 16;
/** Init:<reason> where the init container never ran (nothing to read in its logs). */
const INIT_NEVER_RAN = 32;
/** The status says the node is unreachable (NodeLost, Unknown). */
const NODE_LOST = 64;
/** The last restart within the hour (`34 (5m54s ago)`): the crashed container's log explains it first. */
const RECENT_RESTART = 128;
/** More than one container counted in READY (an app and its sidecar): which one crashed is not in the row. */
const MULTI = 256;
/**
 * Completed under an owner known to keep its pods running (a StatefulSet's member, fc/16): who owns it is no question, how
 * its container ended is (the reason, a node's shutdown in the events), which `describe` shows.
 */
const STOPPED = 512;
const RECENT_SECONDS = 3600;
const NEVER_RAN: ReadonlySet<string> = new Set(['CreateContainerConfigError', 'CreateContainerError', 'ImagePullBackOff', 'ErrImagePull', 'PullImageError', 'InvalidImageName', 'ErrImageNeverPull', 'ContainerStatusUnknown', 'ContainerCreating']);
/** Suffix of a next command's reason whose `-n` is inferred from the pods, not shown (see nextInKubeSystem). */
const NS_INFERRED = ':ns-inferred';
/** Stands for the pod's name while a template is filled once per namespace (control characters never survive normalisation). */
const NAME_MARK = '\u0000\u0001name\u0001\u0000';

/** A next command for one row: `prefix + name + suffix`, or a whole answer shared by every row (node commands). */
interface Step {
  template: CommandTemplate;
  /** Per namespace ('' for none): the filled halves around the name, or null when the template does not read that way. */
  halves: Map<string, { prefix: string; suffix: string; why: string } | null>;
  /** Per namespace ('' when the template has none), then per node: for templates without `{name}`. */
  shared: Map<string, Map<string, NextCommand | null>>;
  usesName: boolean;
  usesNs: boolean;
}

/**
 * Severity, phase, explanation keys and next commands, with everything that depends only on the status, the
 * namespace or the node worked out once and shared: per row, what is left is the name filled into a few
 * strings.
 */
class Annotator {
  /** Some owners are another pod (Spark's executors), a Deployment without its ReplicaSet (Flink's TaskManagers) or an operator's Job (an MPIJob's launcher): their own texts. */
  ownersBorrowed = false;
  /** Rows read as copies of a pod the paste lists (see explain's owner loop). */
  copies: ReadonlySet<string> | null = null;
  /** RayJobs' submitter Jobs (see operatorOwners), by `<namespace>\u0000<job>`. */
  submitters: ReadonlySet<string> | null = null;
  /** Some pod names the paste shortened with `...`: commands cannot name those pods. */
  shortenedNames = false;
  /** Some pod names hold a doc's placeholder (`<release-name>-...`): no pod is named so, and `<` would redirect a shell's input. */
  placeholderNames = false;
  private readonly explIds = new Map<string, number>();
  private readonly preLists = new Map<number, string[]>();
  private readonly finals = new Map<number, string[]>();
  private readonly plans = new Map<readonly CommandTemplate[] | null, (Step[] | undefined)[]>();
  private readonly steps = new Map<CommandTemplate, Step>();
  private readonly recentByText = new Map<string, boolean>();

  /** Sets severity, phase and next; returns the key of the row's explanations before the network one. */
  annotate(r: PodRow, comp: ComponentInfo | null, replaced = false, nodeDown = false, claimPending = false, peersRun = false, unschedulable = false, synced = false, listedFailed = false, creatorRuns = false): number {
    let info = r.status === null ? null : statusInfo(r.status);
    // A status retyped in another case (CrashLoopBackoff, RUNNING, Init:crashloopbackoff, which reads as some init
    // reason): the one kubectl prints, for this row and what follows.
    if (info !== null && (!info.known || info.id === 'init-reason') && r.status !== null) {
      const canonical = canonicalStatus(r.status);
      if (canonical !== r.status) {
        r.status = canonical;
        info = statusInfo(canonical);
      }
    }
    const running = r.status === 'Running';
    // A readiness gate not yet passed (an AWS or GKE load balancer registering the pod) keeps it out of Services too.
    // Only once the pod runs: a pod not yet placed, or crash-looping, shows its gates unpassed for a reason that is
    // not the gate's (et/05: a StatefulSet member Pending behind a drained node, gates 0/2).
    const gatesPending = running && r.readinessGates !== null && gatesShort(r.readinessGates);
    const containersPartial = r.ready !== null && r.ready.ready < r.ready.total;
    const partial = containersPartial || gatesPending;
    let sev: Severity = info === null ? rowSeverity(r) : info.severity;
    // Not ready yet in its first two minutes is a pod starting (readiness probes wait): only later a warning. AGE
    // rounds down, so `2m` is not shown past them (120 s, or up to 179 s in old kubectl's minutes: hunt co/30, a pod
    // at 2m beside others of the same install at 100 s still starting); `2m1s` is.
    if (partial && running && sev === 'ok') sev = r.ageSeconds !== null && r.ageSeconds <= STARTING_SECONDS ? 'progress' : 'warning';
    // Still starting long after creation (AGE counts from creation, and these states come before the first
    // run): something holds it. Terminating is left alone: its AGE says nothing about when deletion began.
    // Pending with a NODE is bound: its kubelet reports ContainerCreating within seconds of the binding, so one still
    // Pending there minutes on is held by that node, sooner than STUCK_SECONDS (ef/06: 5m33s on a kubelet gone silent).
    const stuckAfter = info !== null && info.id === 'pending' && r.node !== null ? PLACED_PENDING_SECONDS : STUCK_SECONDS;
    const pendingByDesign = r.status === 'Pending' && comp !== null && PENDING_BY_DESIGN.has(comp.id);
    const stuck = !pendingByDesign && sev === 'progress' && info !== null && STARTING_STATES.has(info.id) && r.ageSeconds !== null && r.ageSeconds >= stuckAfter;
    // Pending minutes after pods created with it came to run ready (see pendingBesidePeers): not slow, held.
    const stuckBesidePeers = !stuck && !pendingByDesign && peersRun && sev === 'progress' && info !== null && info.id === 'pending';
    // Pending minutes while the pod that created it runs and waits for it (see pendingBesideCreator): held too.
    const stuckBesideCreator = !stuck && !stuckBesidePeers && !pendingByDesign && creatorRuns && sev === 'progress' && info !== null && info.id === 'pending';
    if (stuck || stuckBesidePeers || stuckBesideCreator) sev = 'warning';
    // Completed is the end of a Job, but a stop for a workload meant to run on (a node shutdown, an eviction).
    // Only when the owner is sure: operators name batch pods "<x>-0" too, which reads as a StatefulSet. Or when a
    // guess from the name is backed by restarts: its containers ran, ended and came back before (nats-operator's
    // servers, hunt ar/29), which a batch pod that ran once did not.
    // Completed with a restart minutes ago, under an owner whose pods restart always (a static pod's restartPolicy is
    // Always unless its manifest says otherwise): the kubelet keeps starting a container whose command ends, exit 0 or
    // not, so Completed is the pause between runs of a crash loop (hunt di/05: busybox with no command, `4 (55s ago)`).
    const restartingDone = r.status === 'Completed' && r.workload !== null && r.restarts !== null && r.restarts.count > 0 && r.restarts.lastAgo !== null && (ageSeconds(r.restarts.lastAgo) ?? Infinity) < RESTARTING_SECONDS && ((r.workload.kind === 'StaticPod' && r.workload.confidence !== 'low') || (r.workload.confidence !== 'low' && LONG_RUNNING.has(r.workload.kind)));
    if (restartingDone) sev = 'error';
    const stoppedLongRunning = !restartingDone && r.status === 'Completed' && r.workload !== null && (r.workload.confidence === 'high' || (r.workload.confidence === 'medium' && r.restarts !== null && r.restarts.count > 0)) && NEVER_FINISHED.has(r.workload.kind);
    if (stoppedLongRunning && sev === 'ok') sev = 'warning';
    // The same stop, ended in an error: the kubelet restarts a container of such an owner within its back-off (five
    // minutes at most, and RESTARTS counts it), so one never restarted long after was stopped from outside: the node
    // rebooted or shut down (eb/03: a host's Deployment pods in Error at 0 restarts after its reboot) or an eviction
    // recorded the container's reason over the pod's (kubernetes#105467). A replacement the paste shows says so on its
    // own. The owners whose pods restart always, not NEVER_FINISHED's: etcd-operator's members run with restartPolicy Never.
    const endedLongRunning = !replaced && info !== null && ENDED_IN_ERROR.has(info.id) && r.status !== 'ExitCode:0' && r.workload !== null && r.workload.confidence === 'high' && LONG_RUNNING.has(r.workload.kind) && endedForGood(r, false);
    const hookWaiting = running && sev === 'ok' && comp !== null && WAITING_HOOKS.has(comp.id) && r.ageSeconds !== null && r.ageSeconds >= WAITING_HOOK_SECONDS;
    if (hookWaiting) sev = 'warning';
    // A TaskRun's steps or a Workflow step's main and wait containers run one after another in one pod and end
    // Completed: one done beside one running prints NotReady (hunt dc/12: 2/4, then 1/4 NotReady, then Completed).
    const stepsFinishing = r.status === 'NotReady' && sev === 'warning' && r.workload !== null && STEPPED.has(r.workload.kind);
    if (stepsFinishing) sev = 'progress';
    // NotReady in a Job's pod: a container ended beside one still running. Either more work to come (Hive's installer
    // beside its finished helper, hunt dc/15) or a sidecar that never exits, so the Job never completes (ch/15, dc/14).
    // So too an ARC runner's pod: its runner container ends after one job beside a docker sidecar that runs on (ex/02, ex/05).
    const jobSidecar = r.status === 'NotReady' && r.workload !== null && (r.workload.kind === 'Job' || r.workload.kind === 'CronJob' || isRunnerKind(r.workload.kind));
    // A failed pod a newer one took over from: worth reading (why did it fail?), no longer the owner's state.
    if (replaced && sev === 'error') sev = 'warning';
    // Deleted, but its node is not Ready: nothing confirms the containers stopped, so it stays (no replacement
    // for a StatefulSet's pod) until the node returns or the pod is deleted with --force.
    const stuckDeleting = nodeDown && r.status === 'Terminating';
    if (stuckDeleting) sev = 'warning';
    // Pending on a claim the paste shows unbound: it cannot be scheduled until the claim binds.
    if (claimPending) sev = 'warning';
    // The scheduler's FailedScheduling event in the paste: not on its way to a node, held until something changes.
    const unplaceable = unschedulable && !claimPending && r.status === 'Pending';
    if (unplaceable) sev = 'warning';
    // A DaemonSet's pod held Pending waits for its one node: the controller pins it there by node affinity, so neither
    // another node nor an autoscaler's new one will take it (cp/09: Datadog's agents on full GKE Autopilot nodes; du/14:
    // an Alloy log collector's pod on a node out of CPU). Not for a DaemonSet only guessed from a -xxxxx tail: a Job's
    // pods end so too.
    const daemonPending = (stuck || unplaceable) && r.status === 'Pending' && r.node === null && r.workload !== null && r.workload.kind === 'DaemonSet' && r.workload.confidence !== 'low';
    r.severity = sev;
    // A ready container means the pod runs, whatever a waiting neighbour's reason says (2/3 ImagePullBackOff), or an
    // ended one's (2/3 Error): a pod fails only once all its containers have ended. Not while it initialises
    // (1/2 Init:1/3, 1/2 PodInitializing): the ready one is a native sidecar, and the kubelet keeps the pod Pending
    // until every regular init container has completed.
    // Not for the kubelet's own reasons either (1/1 Evicted, 1/1 OutOfcpu): it sets those with the phase Failed, and
    // READY is the containers' last report, stale once the pod has failed (dk/09: an evicted pod still shows 1/1).
    const podReason = info !== null && info.source === 'kubelet' && info.phase === 'Failed';
    // But a container still waiting to start for the first time keeps the pod Pending beside ready ones: the kubelet
    // counts a waiting container with no earlier termination as not started, and any such one makes the phase Pending.
    // With no restart in the pod none has ended before (er/03: cf-for-k8s's app container refused for runAsNonRoot,
    // 1/2 CreateContainerConfigError beside a running istio-proxy). Not when every container is ready: no regular one
    // waits then, the reason is a stale or passing one (do/10: 1/1 ErrImagePull, the next listing Running).
    const neverStarted = info !== null && info.source === 'kubelet' && info.phase === 'Pending' && r.restarts !== null && r.restarts.count === 0 && r.ready !== null && r.ready.ready < r.ready.total;
    r.phase = info === null ? null : (info.phase === 'Pending' || info.phase === 'Failed') && r.ready !== null && r.ready.ready > 0 && !INITIALISING.has(info.id) && !podReason && !neverStarted ? 'Running' : info.phase;
    // A container that ended in an error (Error, ExitCode:1) fails the pod only if nothing restarts it: a pod that
    // has restarted, or one a Deployment, DaemonSet or StatefulSet owns (restartPolicy Always), is still Running.
    if (r.phase === 'Failed' && info !== null && (info.source === 'runtime' || info.source === 'kubectl') && restartsAgain(r)) r.phase = 'Running';
    // Whatever the owner, a container that ran and ended with no restart long after the pod started is not restarted:
    // the kubelet's back-off tops out at five minutes, so restartPolicy Never ran it (dk/06: a Flyte task pod OOMKilled, 0
    // restarts at 126m) or the pod was stopped from outside (an eviction leaves a Deployment's pod in Error).
    if (r.phase === 'Running' && (r.status === 'Error' || r.status === 'OOMKilled') && endedForGood(r, false)) r.phase = 'Failed';
    if (restartingDone) r.phase = 'Running';
    // Listed by `--field-selector status.phase=Failed`: the API server said so, whatever the containers' reasons suggest.
    if (listedFailed) r.phase = 'Failed';
    const replacedListed = replaced && listedFailed;

    // Explanations: status, ready-partial, component role, owner, namespace-unknown (network added later).
    let explId = 0;
    // Some of several containers ready while one crash-loops (Grafana's 2/3 beside its dashboard sidecars, es/08; a CSI
    // node plugin's registrar, es/15): the rest of the pod runs, and which container it is decides where to look.
    const crashPartial = info !== null && info.id === 'crash-loop-back-off' && r.ready !== null && r.ready.total > 1 && r.ready.ready > 0;
    if (info !== null) {
      const e = crashPartial ? `${info.explanation}+partial` : info.explanation;
      let id = this.explIds.get(e);
      if (id === undefined) this.explIds.set(e, (id = this.explIds.size + 1));
      explId = id;
    }
    const compIdx = comp === null ? 0 : (COMPONENT_INDEX.get(comp) ?? COMPONENT_SLOTS - 1);
    const kindIdx = r.workload === null ? 0 : OWNER_KINDS.indexOf(r.workload.kind) + 1;
    const borrowed = this.ownersBorrowed && r.workload !== null ? borrowedOwner(r, r.workload, this.copies, this.submitters) : -1;
    const ownerIdx = borrowed < 0 ? kindIdx : OWNER_KINDS.length + 1 + borrowed;
    const ownerGuess = r.workload !== null && r.workload.confidence === 'low';
    const ownerCut = r.name.length === MAX_POD_NAME && r.workload !== null && ownerNameCut(r.name, r.workload.name);
    const copied = comp !== null && controlPlaneCopy(comp, r);
    // Ready containers while init containers still run: only native sidecars (restartable init containers, 1.28+) run
    // before init ends, and kubectl counts them in READY beside main containers not yet started (dd/25, ef/12-14).
    const sidecarsUp = info !== null && INITIALISING.has(info.id) && r.ready !== null && r.ready.ready > 0;
    const flags = (running && containersPartial ? 1 : 0) + (stoppedLongRunning || endedLongRunning ? 2 : 0) + (stuck ? 4 : 0) + (gatesPending ? 8 : 0) + (replaced ? 16 : 0) + (stuckDeleting ? 32 : 0) + (ownerGuess ? 64 : 0) + (claimPending ? 128 : 0) + (ownerCut ? 256 : 0) + (stuckBesidePeers ? 512 : 0) + (hookWaiting ? 1024 : 0) + (unplaceable ? 2048 : 0) + (replacedListed ? 4096 : 0) + (stepsFinishing ? 8192 : 0) + (jobSidecar ? 16384 : 0) + (restartingDone ? 32768 : 0) + (copied ? 65536 : 0) + (synced ? 131072 : 0) + (stuckBesideCreator ? 262144 : 0) + (daemonPending ? 524288 : 0) + (sidecarsUp ? 1048576 : 0);
    const key = ((((explId * 2097152 + flags) * COMPONENT_SLOTS + compIdx) * OWNER_SLOTS + ownerIdx) * 2) + (r.namespace === null ? 1 : 0);
    if (!this.preLists.has(key)) {
      const list: string[] = [];
      if (info !== null) list.push(info.explanation);
      if (crashPartial) list.push('explain.crash-partial');
      if (sidecarsUp) list.push('explain.init-sidecars-ready');
      if (stoppedLongRunning) list.push('explain.completed-long-running');
      if (endedLongRunning) list.push('explain.ended-long-running');
      if (restartingDone) list.push('explain.completed-restarting');
      if (replacedListed) list.push('explain.failed-listed-replaced');
      else if (replaced) list.push('explain.attempt-replaced');
      if (stuckDeleting) list.push('explain.terminating-node-down');
      if (claimPending) list.push('explain.claim-pending');
      if (unplaceable) list.push('explain.unschedulable');
      if (stuck && !unplaceable && !daemonPending) list.push('explain.stuck');
      if (daemonPending) list.push('explain.daemonset-pending');
      if (stuckBesidePeers) list.push('explain.stuck-beside-peers');
      if (stuckBesideCreator) list.push('explain.stuck-beside-creator');
      if (hookWaiting) list.push('explain.hook-waiting');
      if (stepsFinishing) list.push('explain.steps-finishing');
      // The key holds the owner's kind, so a runner's list is its own.
      if (jobSidecar) list.push(r.workload !== null && isRunnerKind(r.workload.kind) ? 'explain.runner-sidecar-running' : 'explain.job-sidecar-running');
      if (gatesPending) list.push('explain.readiness-gates-pending');
      if (running && containersPartial) list.push(readyPartialText(comp, r));
      if (comp !== null) list.push(comp.role);
      if (copied) list.push('explain.control-plane-copy');
      // A guess from the name's shape says so before it says what that owner is.
      if (ownerGuess) list.push('explain.owner-guess');
      if (r.workload !== null) list.push(borrowed < 0 ? `owner.${r.workload.kind}` : (BORROWED_OWNER_TEXTS[borrowed] as string));
      if (ownerCut) list.push('explain.owner-name-cut');
      // Its owner is the virtual cluster's, which kubectl here cannot show: say where to look.
      if (synced) list.push('explain.vcluster-synced');
      if (r.namespace === null) list.push('explain.namespace-unknown');
      this.preLists.set(key, list);
    }
    r.next = this.next(info, r, running && containersPartial, kindIdx > FIRST_OPERATOR_KIND);
    return key;
  }

  /**
   * The row's next commands as if it showed `namespace`, which it does not: each command that carries it says, in its
   * reason, that the namespace is inferred (see nextInKubeSystem).
   */
  nextInferred(r: PodRow, namespace: string): NextCommand[] {
    const info = r.status === null ? null : statusInfo(r.status);
    const runningPartial = r.status === 'Running' && r.ready !== null && r.ready.ready < r.ready.total;
    const operatorMade = r.workload !== null && OWNER_KINDS.indexOf(r.workload.kind) + 1 > FIRST_OPERATOR_KIND;
    const shown = r.namespace;
    r.namespace = namespace;
    let next: NextCommand[];
    try {
      next = this.next(info, r, runningPartial, operatorMade);
    } finally {
      r.namespace = shown;
    }
    const flag = ` -n ${namespace} `;
    return next.map((c) => (c.command.includes(flag) ? { command: c.command, why: `${c.why}${NS_INFERRED}` } : c));
  }

  explanations(preKey: number, network: Network): string[] {
    const key = preKey * 4 + NETWORKS.indexOf(network);
    let list = this.finals.get(key);
    if (list === undefined) {
      const pre = this.preLists.get(preKey) ?? [];
      list = network === 'host' ? [...pre, 'network.host'] : network === 'pod' ? [...pre, 'network.pod'] : [...pre];
      Object.freeze(list);
      this.finals.set(key, list);
    }
    return list;
  }

  private next(info: StatusEntry | null, r: PodRow, runningPartial: boolean, operatorMade: boolean): NextCommand[] {
    const restarted = r.restarts !== null && r.restarts.count > 0;
    const status = r.status ?? '';
    const init = status.startsWith('Init:');
    // A NODE cell shortened in the paste (`ip-10-10-1-163...`, ek/11) names no node kubectl can find: its commands are those
    // of a row without a node (the pod's own `-o wide` shows the whole name).
    let variant = (restarted ? RESTARTED : 0) | (r.namespace === null ? NO_NS : 0) | (r.node === null || isShortened(r.node) ? NO_NODE : 0);
    if (runningPartial) variant |= PARTIAL;
    if (init) variant |= INIT | (NEVER_RAN.has(status.slice(5)) ? INIT_NEVER_RAN : 0);
    if (info !== null && info.phase === 'Unknown') variant |= NODE_LOST;
    if (restarted && this.recentRestart(r.restarts as NonNullable<PodRow['restarts']>)) variant |= RECENT_RESTART;
    if (r.ready !== null && r.ready.total > 1) variant |= MULTI;
    const w0 = r.workload;
    if (status === 'Completed' && w0 !== null && NEVER_FINISHED.has(w0.kind) && (w0.confidence === 'high' || (w0.confidence === 'medium' && restarted))) variant |= STOPPED;
    if (this.shortenedNames && isShortened(r.name)) return shortenedNext(r);
    if (this.placeholderNames && hasPlaceholder(r.name)) return placeholderNext(r);
    const commands = info === null ? null : info.commands;
    let byVariant = this.plans.get(commands);
    if (byVariant === undefined) this.plans.set(commands, (byVariant = []));
    let plan = byVariant[variant];
    if (plan === undefined) byVariant[variant] = plan = this.plan(info, variant);
    const out: NextCommand[] = new Array<NextCommand>(plan.length);
    let k = 0;
    for (const step of plan) {
      const c = this.fill(step, r.name, r.namespace, r.node);
      if (c !== null) out[k++] = c;
    }
    if (k < out.length) out.length = k;
    // A pod an operator made: the operator's own resource says what it is doing (a failover, a failed step).
    const w = r.workload;
    const owner = !operatorMade || w === null || w.confidence === 'low' || (r.namespace === null && !CLUSTER_SCOPED_OWNERS.has(w.kind)) ? undefined : OWNER_RESOURCES.get(w.kind);
    if (owner !== undefined) {
      const c = fillCommand(owner, (w as Workload).name, r.namespace, null);
      if (c !== null) out.push(c);
    }
    return out;
  }

  /** Which templates apply, deduplicated by the text they fill to (the same for every name). */
  private plan(info: StatusEntry | null, variant: number): Step[] {
    const out: Step[] = [];
    const seen = new Set<string>();
    const noNs = (variant & NO_NS) !== 0;
    const push = (t: CommandTemplate): void => {
      const needsNode = t.command.includes('{node}');
      if (needsNode && (variant & NO_NODE) !== 0) return;
      const text = noNs ? t.command.replace(' -n {ns}', '') : t.command;
      if (seen.has(text)) return;
      seen.add(text);
      out.push(this.step(t));
    };
    let list: readonly CommandTemplate[] = info === null ? [] : info.commands;
    const previous = (variant & MULTI) !== 0 ? LOGS_PREVIOUS_ALL : LOGS_PREVIOUS;
    // No restart, no previous container: `logs --previous` would only answer "not found".
    list = list.map((t) => (t !== LOGS_PREVIOUS ? t : (variant & RESTARTED) === 0 ? LOGS : previous));
    // Some of several containers not ready: which one is not is what the reader is after, and a bare `logs` reads only
    // the default container (the app), not the sidecar that is as often the one failing.
    if ((variant & MULTI) !== 0 && ((variant & PARTIAL) !== 0 || (info !== null && info.id === 'not-ready'))) list = list.map((t) => (t === LOGS ? LOGS_ALL : t));
    // Probes failing, or an init container that never started: the events say why, logs cannot.
    if ((variant & (PARTIAL | INIT_NEVER_RAN)) !== 0) list = [DESCRIBE, ...list.filter((t) => t !== DESCRIBE && ((variant & INIT_NEVER_RAN) === 0 || !t.command.includes(' logs ')))];
    if ((variant & STOPPED) !== 0) list = list.map((t) => (t === OWNER ? DESCRIBE : t));
    for (const t of list) push(t);
    // RESTARTS of an Init: pod counts init containers, and a lost node serves no logs. A restart minutes ago: the
    // log of the container that crashed comes first, before the new one's (which may show nothing wrong yet).
    if ((variant & RESTARTED) !== 0 && (variant & (INIT | NODE_LOST)) === 0) {
      const before = out.length;
      push(previous);
      const logs = out.findIndex((s) => s.template === LOGS || s.template === LOGS_ALL);
      if ((variant & RECENT_RESTART) !== 0 && out.length > before && logs >= 0) out.splice(logs, 0, out.pop() as Step);
    }
    if ((variant & NODE_LOST) !== 0 && (variant & NO_NODE) !== 0) push(POD_WIDE);
    // A deletion waits on the pod's node as often as on a finalizer (a node powered off, a kubelet that never confirms:
    // ds/01, ds/04, ds/16): where the row does not say which node, the step that finds it stands in for `get node`.
    else if (info !== null && info.id === 'terminating' && (variant & NO_NODE) !== 0) push(POD_WIDE);
    if (info === null || out.length === 0) push(DESCRIBE);
    return out;
  }

  /** Whether a pod's last restart was within the hour, read once per printed RESTARTS value (rows share them). */
  private recentRestart(rs: NonNullable<PodRow['restarts']>): boolean {
    if (rs.lastAgo === null) return false;
    let recent = this.recentByText.get(rs.lastAgo);
    if (recent === undefined) {
      const s = ageSeconds(rs.lastAgo);
      recent = s !== null && s < RECENT_SECONDS;
      if (this.recentByText.size < MEMO_LIMIT) this.recentByText.set(rs.lastAgo, recent);
    }
    return recent;
  }

  private step(t: CommandTemplate): Step {
    let s = this.steps.get(t);
    if (s === undefined) {
      s = { template: t, halves: new Map(), shared: new Map(), usesName: t.command.includes('{name}'), usesNs: t.command.includes('{ns}') };
      this.steps.set(t, s);
    }
    return s;
  }

  private fill(step: Step, name: string, ns: string | null, node: string | null): NextCommand | null {
    const t = step.template;
    if (!step.usesName) {
      const nsKey = step.usesNs ? (ns ?? '\u0000') : '';
      let byNode = step.shared.get(nsKey);
      if (byNode === undefined) step.shared.set(nsKey, (byNode = new Map()));
      const nodeKey = node ?? '\u0000';
      let c = byNode.get(nodeKey);
      if (c === undefined) {
        const filled = fillCommand(t, '', ns, node);
        c = filled === null ? null : Object.freeze(filled);
        if (byNode.size < MEMO_LIMIT) byNode.set(nodeKey, c);
      }
      return c;
    }
    const nsKey = ns ?? '\u0000';
    let h = step.halves.get(nsKey);
    if (h === undefined) {
      h = null;
      const filled = fillCommand(t, NAME_MARK, ns, node);
      if (filled !== null && !t.command.includes('{node}')) {
        const at = filled.command.indexOf(NAME_MARK);
        if (at >= 0 && filled.command.indexOf(NAME_MARK, at + 1) < 0) h = { prefix: filled.command.slice(0, at), suffix: filled.command.slice(at + NAME_MARK.length), why: filled.why };
      }
      if (step.halves.size < MEMO_LIMIT) step.halves.set(nsKey, h);
    }
    if (h === null) return fillCommand(t, name, ns, node);
    return { command: h.suffix === '' ? h.prefix + name : h.prefix + name + h.suffix, why: h.why };
  }
}
