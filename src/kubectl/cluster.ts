/**
 * Stage: cluster. From annotated rows to the cluster behind them: nodes and their roles, each node's own
 * address, which pods share it (host network), the pod and node networks, the CNI and DNS in use, and
 * findings ranked by severity.
 *
 * Network rules, in order:
 *   1. pods that are host-network by nature (static pods, kube-proxy, CNI agents: `hostNetwork` in the
 *      knowledge base) reveal their node's address;
 *   2. two pods on one node with the same IP share the node's network (pod-network IPs are never shared);
 *   3. on a node whose address is still unknown, a pod whose IP sits in a node network (the /24 of a known node
 *      address) uses the host network, unless the CNI hands out node-subnet IPs to pods (AWS VPC CNI);
 *   then every pod whose IP equals a node address is on the host network. CIDR guess (stated, not measured): pod networks are reported per distinct /16 of pod-network
 * IPv4 addresses (clusters hand out a /16-or-wider range, /24 per node), node networks per distinct /24 of
 * node addresses (a lab or VPC subnet). IPv6 addresses are not grouped.
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */
import type { Cluster, Finding, NodeInfo, NodeRole, PodRow, Severity } from './model.ts';
import { SEVERITY_ORDER } from './model.ts';
import { componentById, CONTROL_PLANE_IDS } from './components.ts';
import type { KubectlCommand } from './lines.ts';
import type { NodeRow } from './tables.ts';
import { isIpv4 } from './values.ts';
import { ageSeconds } from './age.ts';
import { statusInfo } from './status.ts';

/** Every finding id the core can emit, for the i18n completeness test. */
export const FINDING_IDS = [
  'control-plane-not-ready', 'dns-not-ready', 'cni-not-ready', 'node-not-ready', 'pods-in-status', 'unknown-status',
  'pending-no-node', 'running-not-ready', 'restarts-recent', 'restarts-many', 'restarts-recent-pods', 'restarts-many-pods',
  'age-invalid', 'control-plane-incomplete',
  'all-restarted', 'command-not-wide', 'namespace-unknown', 'watch-repeats',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

/** A restart this recent (seconds) is worth a look. */
const RECENT_RESTART = 3600;
const MANY_RESTARTS = 10;

export interface ClusterInput {
  /** All rows; rows superseded by a later watch line are skipped for counts. */
  rows: readonly PodRow[];
  superseded: ReadonlySet<number>;
  nodeRows: readonly NodeRow[];
  /** The commands that produced each pod table (null: no prompt line). */
  tableCommands: readonly (KubectlCommand | null)[];
  /** Whether each pod table printed wide columns. */
  tableWide: readonly boolean[];
  tableLines: readonly number[];
  /** Per row (by index): 1 when its table printed a NODE column (so a missing node means "not scheduled"). */
  withNodeColumn: Uint8Array;
}

export interface ClusterResult {
  nodes: NodeInfo[];
  cluster: Cluster;
  findings: Finding[];
  /** Node addresses, for the network column. */
  nodeAddresses: ReadonlySet<string>;
}

function prefix(ip: string, octets: number): string {
  let at = -1;
  for (let i = 0; i < octets; i++) at = ip.indexOf('.', at + 1);
  return ip.slice(0, at);
}

/**
 * The first two octets of an IPv4 address as one number (a * 256 + b), when both are written without leading
 * zeros (so the number prints back as the text did); -1 otherwise. Keys the /16 count without a string per row.
 */
function octets16(ip: string): number {
  let value = 0;
  let a = -1;
  let digits = 0;
  for (let i = 0; i < ip.length; i++) {
    const c = ip.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || digits > 3) return -1;
      if (a >= 0) return a * 256 + value;
      a = value;
      value = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits === 1 && value === 0) return -1;
      value = value * 10 + (c - 48);
      digits++;
    } else return -1;
  }
  return -1;
}

function byCount(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
}

function count(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/**
 * Sets each row's network and works out nodes, networks, CNI, DNS and findings.
 *
 * @example
 * const { nodes } = inferCluster({ rows, superseded: new Set(), nodeRows: [], tableCommands: [], tableWide: [], tableLines: [], withNodeColumn });
 */
export function inferCluster(input: ClusterInput): ClusterResult {
  const live = input.superseded.size === 0 ? input.rows : input.rows.filter((_, i) => !input.superseded.has(i));
  const liveIndex: number[] | null = input.superseded.size === 0 ? null : [];
  if (liveIndex !== null) for (let i = 0; i < input.rows.length; i++) if (!input.superseded.has(i)) liveIndex.push(i);
  // 1. Node addresses from pods that use the host network by nature.
  const addrVotes = new Map<string, Map<string, number>>();
  let vpcCni = false;
  for (const r of live) {
    if (r.component === 'aws-node') vpcCni = true;
    if (r.ip === null || r.node === null) continue;
    const comp = r.component === null ? undefined : componentById(r.component);
    const hostByNature = (comp !== undefined && comp.hostNetwork) || r.workload?.kind === 'StaticPod';
    if (!hostByNature) continue;
    let votes = addrVotes.get(r.node);
    if (votes === undefined) addrVotes.set(r.node, (votes = new Map()));
    votes.set(r.ip, (votes.get(r.ip) ?? 0) + 1);
  }
  const nodeAddress = new Map<string, string>();
  for (const [node, votes] of addrVotes) nodeAddress.set(node, byCount(votes)[0] as string);
  for (const n of input.nodeRows) if (n.internalIp !== null && !nodeAddress.has(n.name)) nodeAddress.set(n.name, n.internalIp);
  // Rule 2: an IP shared by pods on one node.
  const seenOnNode = new Map<string, Map<string, string>>();
  for (const r of live) {
    if (r.ip === null || r.node === null || nodeAddress.has(r.node)) continue;
    let seen = seenOnNode.get(r.node);
    if (seen === undefined) seenOnNode.set(r.node, (seen = new Map()));
    const prev = seen.get(r.ip);
    if (prev !== undefined && prev !== r.name) nodeAddress.set(r.node, r.ip);
    else seen.set(r.ip, r.name);
  }
  // Rule 3: an IP in a node network, on a node with no known address.
  if (!vpcCni && nodeAddress.size > 0) {
    const nodeNets24 = new Set<string>();
    for (const a of nodeAddress.values()) if (isIpv4(a)) nodeNets24.add(prefix(a, 3));
    for (const r of live) {
      if (r.ip === null || r.node === null || nodeAddress.has(r.node) || !isIpv4(r.ip)) continue;
      if (nodeNets24.has(prefix(r.ip, 3))) nodeAddress.set(r.node, r.ip);
    }
  }
  const addresses = new Set(nodeAddress.values());

  // 2. Network per row.
  for (const r of input.rows) r.network = r.ip === null ? 'unknown' : addresses.has(r.ip) ? 'host' : 'pod';

  // 3. Nodes, and 4. networks, CNI and DNS, in one walk of the live rows.
  const nodeOrder: string[] = [];
  interface PerNode {
    pods: number;
    components: Set<string>;
    cp: Set<string>;
  }
  const perNode = new Map<string, PerNode>();
  const touch = (name: string): PerNode => {
    let n = perNode.get(name);
    if (n === undefined) {
      perNode.set(name, (n = { pods: 0, components: new Set(), cp: new Set() }));
      nodeOrder.push(name);
    }
    return n;
  };
  const pod16 = new Map<number, number>();
  const podNets = new Map<string, number>();
  const cniCounts = new Map<string, number>();
  const dnsCounts = new Map<string, number>();
  let lastNode: string | null = null;
  let lastPer: PerNode | null = null;
  for (const r of live) {
    if (r.node !== null) {
      const n: PerNode = r.node === lastNode && lastPer !== null ? lastPer : touch(r.node);
      lastNode = r.node;
      lastPer = n;
      n.pods++;
      if (r.component !== null) {
        n.components.add(r.component);
        if (CONTROL_PLANE_IDS.has(r.component)) n.cp.add(r.component);
      }
    }
    if (r.network === 'pod' && r.ip !== null && isIpv4(r.ip)) {
      const k = octets16(r.ip);
      if (k >= 0) pod16.set(k, (pod16.get(k) ?? 0) + 1);
      else count(podNets, `${prefix(r.ip, 2)}.0.0/16`);
    }
    if (r.component !== null) {
      const comp = componentById(r.component);
      if (comp !== undefined && comp.provides !== null) {
        const target = comp.category === 'cni' ? cniCounts : comp.category === 'dns' ? dnsCounts : null;
        if (target !== null) count(target, comp.provides);
      }
    }
  }
  // Numeric /16 keys print back as the text did (no leading zeros), so they merge with the others exactly.
  for (const [k, v] of pod16) count(podNets, `${k >> 8}.${k & 255}.0.0/16`, v);
  const nodeTable = new Map(input.nodeRows.map((n) => [n.name, n]));
  for (const n of input.nodeRows) touch(n.name);
  const anyControlPlane = [...perNode.values()].some((n) => n.cp.size > 0) || input.nodeRows.some((n) => isCpRoles(n.roles));
  const roleRank: Record<NodeRole, number> = { 'control-plane': 0, worker: 1, unknown: 2 };
  const nodes: NodeInfo[] = nodeOrder.map((name) => {
    const n = perNode.get(name) as { pods: number; components: Set<string>; cp: Set<string> };
    const fromTable = nodeTable.get(name);
    let role: NodeRole = 'unknown';
    if (n.cp.size > 0 || (fromTable !== undefined && isCpRoles(fromTable.roles))) role = 'control-plane';
    else if (fromTable !== undefined && fromTable.roles.length > 0) role = 'worker';
    else if (anyControlPlane) role = 'worker';
    return { name, role, pods: n.pods, address: nodeAddress.get(name) ?? null, components: [...n.components].sort() };
  }).sort((a, b) => roleRank[a.role] - roleRank[b.role] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const nodeNets = new Map<string, number>();
  for (const a of addresses) {
    if (!isIpv4(a)) continue;
    count(nodeNets, `${prefix(a, 3)}.0/24`);
  }
  const cluster: Cluster = { podNetworks: byCount(podNets), nodeNetworks: byCount(nodeNets), cni: byCount(cniCounts)[0] ?? null, dns: byCount(dnsCounts)[0] ?? null };

  const findings = findingsFor(input, live, liveIndex, nodes);
  return { nodes, cluster, findings, nodeAddresses: addresses };
}

const SEVERITY_RANK = Object.fromEntries(SEVERITY_ORDER.map((s, i) => [s, i])) as Record<Severity, number>;

function isCpRoles(roles: readonly string[]): boolean {
  return roles.includes('control-plane') || roles.includes('master');
}

function isBad(s: Severity): boolean {
  return s === 'error' || s === 'warning' || s === 'unknown';
}

/** The findings, from one walk of the live rows (then added in their fixed order). */
function findingsFor(input: ClusterInput, live: readonly PodRow[], liveIndex: readonly number[] | null, nodes: readonly NodeInfo[]): Finding[] {
  const out: Finding[] = [];
  const add = (severity: Severity, id: FindingId, vars: Record<string, string | number>, rows: number[]): void => {
    out.push({ severity, id, vars, rows });
  };

  const cpBad: PodRow[] = [];
  let dnsTotal = 0;
  const dnsBad: number[] = [];
  const cniBad: PodRow[] = [];
  const groups = new Map<string, { severity: Severity; lines: number[] }>();
  const pendingNoNode: number[] = [];
  const pendingAll: number[] = [];
  const notReady: number[] = [];
  const restartFindings: Finding[] = [];
  const invalid: number[] = [];
  const noNs: number[] = [];
  const cpLinesByNode = new Map<string, number[]>();
  const firstRestarts = live[0]?.restarts?.count ?? 0;
  let allRestarted = firstRestarts > 0;
  for (let j = 0; j < live.length; j++) {
    const r = live[j] as PodRow;
    const comp = r.component === null ? undefined : componentById(r.component);
    if (r.component !== null && CONTROL_PLANE_IDS.has(r.component)) {
      if (r.severity !== 'ok') cpBad.push(r);
      if (r.node !== null) {
        let l = cpLinesByNode.get(r.node);
        if (l === undefined) cpLinesByNode.set(r.node, (l = []));
        l.push(r.line);
      }
    }
    if (comp !== undefined && comp.category === 'dns' && comp.provides !== null) {
      dnsTotal++;
      if (r.severity !== 'ok') dnsBad.push(r.line);
    }
    if (comp !== undefined && comp.category === 'cni' && r.severity !== 'ok') cniBad.push(r);
    if (!(r.status === null || r.severity === 'ok' || r.severity === 'progress' || r.status === 'Running')) {
      let g = groups.get(r.status);
      if (g === undefined) groups.set(r.status, (g = { severity: r.severity, lines: [] }));
      g.lines.push(r.line);
    }
    if (r.status === 'Pending') {
      pendingAll.push(r.line);
      if (r.node === null && input.withNodeColumn[liveIndex === null ? j : (liveIndex[j] as number)] === 1) pendingNoNode.push(r.line);
    }
    if (r.status === 'Running' && r.ready !== null && r.ready.ready < r.ready.total) notReady.push(r.line);
    const rs = r.restarts;
    if (rs !== null && rs.count !== 0) {
      const ago = rs.lastAgo === null ? null : ageSeconds(rs.lastAgo);
      if (ago !== null && ago < RECENT_RESTART) restartFindings.push({ severity: rs.count >= MANY_RESTARTS ? 'error' : 'warning', id: 'restarts-recent', vars: { name: r.name, count: rs.count, ago: rs.lastAgo ?? '' }, rows: [r.line] });
      else if (rs.count >= MANY_RESTARTS) restartFindings.push({ severity: 'warning', id: 'restarts-many', vars: { name: r.name, count: rs.count }, rows: [r.line] });
    }
    if (allRestarted && (rs === null || rs.count !== firstRestarts)) allRestarted = false;
    if (r.age === '<invalid>') invalid.push(r.line);
    if (r.namespace === null) noNs.push(r.line);
  }

  if (cpBad.length > 0) add('error', 'control-plane-not-ready', { count: cpBad.length, names: cpBad.map((r) => r.name).join(', ') }, cpBad.map((r) => r.line));
  if (dnsBad.length > 0) add('error', 'dns-not-ready', { count: dnsBad.length, total: dnsTotal }, dnsBad);
  if (cniBad.length > 0) {
    const nodesHit = [...new Set(cniBad.map((r) => r.node).filter((n): n is string => n !== null))];
    add('error', 'cni-not-ready', { count: cniBad.length, nodes: nodesHit.join(', ') }, cniBad.map((r) => r.line));
  }
  for (const n of input.nodeRows) {
    if (n.status.split(',')[0] !== 'Ready') add('error', 'node-not-ready', { node: n.name, status: n.status }, [n.line]);
  }

  // Pods grouped by a status that is not fine.
  for (const [status, g] of groups) {
    if (!statusInfo(status).known) add('unknown', 'unknown-status', { status, count: g.lines.length }, g.lines);
    else add(g.severity, 'pods-in-status', { status, count: g.lines.length }, g.lines);
  }
  if (pendingNoNode.length > 0) add('warning', 'pending-no-node', { count: pendingNoNode.length }, pendingNoNode);
  else if (pendingAll.length > 0) add('progress', 'pods-in-status', { status: 'Pending', count: pendingAll.length }, pendingAll);

  if (notReady.length > 0) add('warning', 'running-not-ready', { count: notReady.length }, notReady);

  for (const f of summariseRestarts(restartFindings)) out.push(f);

  if (invalid.length > 0) add('warning', 'age-invalid', { count: invalid.length }, invalid);

  const piped = input.tableCommands.some((c) => c !== null && c.pipedTo !== null);
  for (const n of nodes) {
    if (n.role !== 'control-plane' || piped) continue;
    const have = n.components.filter((c) => CONTROL_PLANE_IDS.has(c));
    if (have.length >= 2 && have.length < CONTROL_PLANE_IDS.size) {
      const missing = [...CONTROL_PLANE_IDS].filter((c) => !have.includes(c));
      add('warning', 'control-plane-incomplete', { node: n.name, missing: missing.join(', ') }, cpLinesByNode.get(n.name) ?? []);
    }
  }

  if (live.length >= 3 && allRestarted) add('ok', 'all-restarted', { count: firstRestarts, pods: live.length }, live.map((r) => r.line));

  input.tableCommands.forEach((cmd, i) => {
    if (cmd === null || cmd.wide || !input.tableWide[i]) return;
    add('ok', 'command-not-wide', { command: cmd.text }, [input.tableLines[i] ?? 0]);
  });

  if (noNs.length > 0) add('ok', 'namespace-unknown', { count: noNs.length }, noNs);
  if (input.superseded.size > 0) add('ok', 'watch-repeats', { count: input.superseded.size }, input.rows.filter((_, i) => input.superseded.has(i)).map((r) => r.line));

  // Worst first, in order of addition within a severity: a stable bucket pass (findings can be one per row).
  const buckets: Finding[][] = SEVERITY_ORDER.map(() => []);
  for (const f of out) (buckets[SEVERITY_RANK[f.severity]] as Finding[]).push(f);
  return buckets.length === 1 ? (buckets[0] as Finding[]) : ([] as Finding[]).concat(...buckets);
}

export { isBad };

/** Past this many pods, restart findings are summarised: a reader cannot act on 10,000 lines of them. */
export const RESTART_FINDINGS_LIMIT = 10;

/**
 * One finding per pod while there are few; one per kind (recent, many) with every row when there are
 * more than RESTART_FINDINGS_LIMIT, naming the pod that restarted most.
 */
function summariseRestarts(findings: Finding[]): Finding[] {
  if (findings.length <= RESTART_FINDINGS_LIMIT) return findings;
  const out: Finding[] = [];
  for (const [id, summary] of [['restarts-recent', 'restarts-recent-pods'], ['restarts-many', 'restarts-many-pods']] as const) {
    const mine = findings.filter((f) => f.id === id);
    if (mine.length === 0) continue;
    let top = mine[0] as Finding;
    for (const f of mine) if (Number(f.vars['count']) > Number(top.vars['count'])) top = f;
    out.push({
      severity: mine.some((f) => f.severity === 'error') ? 'error' : 'warning',
      id: summary,
      vars: { count: mine.length, name: String(top.vars['name']), max: Number(top.vars['count']) },
      rows: mine.flatMap((f) => f.rows),
    });
  }
  return out;
}
