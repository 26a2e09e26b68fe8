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
import { parseAge } from './age.ts';
import { statusInfo } from './status.ts';

/** Every finding id the core can emit, for the i18n completeness test. */
export const FINDING_IDS = [
  'control-plane-not-ready', 'dns-not-ready', 'cni-not-ready', 'node-not-ready', 'pods-in-status', 'unknown-status',
  'pending-no-node', 'running-not-ready', 'restarts-recent', 'restarts-many', 'age-invalid', 'control-plane-incomplete',
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
  /** Rows whose table printed a NODE column (so a missing node means "not scheduled"). */
  withNodeColumn: ReadonlySet<PodRow>;
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

function cidr(ip: string, bits: 16 | 24): string {
  return bits === 16 ? `${prefix(ip, 2)}.0.0/16` : `${prefix(ip, 3)}.0/24`;
}

function byCount(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
}

/**
 * Sets each row's network and works out nodes, networks, CNI, DNS and findings.
 *
 * @example
 * const { nodes } = inferCluster({ rows, superseded: new Set(), nodeRows: [], tableCommands: [], tableWide: [], tableLines: [] });
 */
export function inferCluster(input: ClusterInput): ClusterResult {
  const live = input.rows.filter((_, i) => !input.superseded.has(i));
  // 1. Node addresses from pods that use the host network by nature.
  const addrVotes = new Map<string, Map<string, number>>();
  for (const r of live) {
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
  const seenOnNode = new Map<string, string>();
  for (const r of live) {
    if (r.ip === null || r.node === null || nodeAddress.has(r.node)) continue;
    const key = `${r.node}\u0000${r.ip}`;
    const prev = seenOnNode.get(key);
    if (prev !== undefined && prev !== r.name) nodeAddress.set(r.node, r.ip);
    else seenOnNode.set(key, r.name);
  }
  // Rule 3: an IP in a node network, on a node with no known address.
  const vpcCni = live.some((r) => r.component === 'aws-node');
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
  for (const r of input.rows) {
    r.network = r.ip === null ? 'unknown' : addresses.has(r.ip) ? 'host' : 'pod';
    if (r.network === 'host') r.explanations.push('network.host');
    else if (r.network === 'pod') r.explanations.push('network.pod');
  }

  // 3. Nodes.
  const nodeOrder: string[] = [];
  const perNode = new Map<string, { pods: number; components: Set<string>; cp: Set<string> }>();
  const touch = (name: string) => {
    let n = perNode.get(name);
    if (n === undefined) {
      perNode.set(name, (n = { pods: 0, components: new Set(), cp: new Set() }));
      nodeOrder.push(name);
    }
    return n;
  };
  for (const r of live) {
    if (r.node === null) continue;
    const n = touch(r.node);
    n.pods++;
    if (r.component !== null) {
      n.components.add(r.component);
      if (CONTROL_PLANE_IDS.has(r.component)) n.cp.add(r.component);
    }
  }
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

  // 4. Networks, CNI, DNS.
  const podNets = new Map<string, number>();
  const nodeNets = new Map<string, number>();
  for (const r of live) {
    if (r.ip === null || !isIpv4(r.ip)) continue;
    if (r.network === 'pod') {
      const k = cidr(r.ip, 16);
      podNets.set(k, (podNets.get(k) ?? 0) + 1);
    }
  }
  for (const a of addresses) {
    if (!isIpv4(a)) continue;
    const k = cidr(a, 24);
    nodeNets.set(k, (nodeNets.get(k) ?? 0) + 1);
  }
  const cniCounts = new Map<string, number>();
  const dnsCounts = new Map<string, number>();
  for (const r of live) {
    if (r.component === null) continue;
    const comp = componentById(r.component);
    if (comp === undefined || comp.provides === null) continue;
    const target = comp.category === 'cni' ? cniCounts : comp.category === 'dns' ? dnsCounts : null;
    if (target !== null) target.set(comp.provides, (target.get(comp.provides) ?? 0) + 1);
  }
  const cluster: Cluster = { podNetworks: byCount(podNets), nodeNetworks: byCount(nodeNets), cni: byCount(cniCounts)[0] ?? null, dns: byCount(dnsCounts)[0] ?? null };

  const findings = findingsFor(input, live, nodes);
  return { nodes, cluster, findings, nodeAddresses: addresses };
}

function isCpRoles(roles: readonly string[]): boolean {
  return roles.includes('control-plane') || roles.includes('master');
}

function isBad(s: Severity): boolean {
  return s === 'error' || s === 'warning' || s === 'unknown';
}

function findingsFor(input: ClusterInput, live: readonly PodRow[], nodes: readonly NodeInfo[]): Finding[] {
  const out: Finding[] = [];
  const add = (severity: Severity, id: FindingId, vars: Record<string, string | number>, rows: number[]): void => {
    out.push({ severity, id, vars, rows });
  };

  const byCategory = (cat: string) => live.filter((r) => r.component !== null && componentById(r.component)?.category === cat);
  const cp = live.filter((r) => r.component !== null && CONTROL_PLANE_IDS.has(r.component));
  const cpBad = cp.filter((r) => r.severity !== 'ok');
  if (cpBad.length > 0) add('error', 'control-plane-not-ready', { count: cpBad.length, names: cpBad.map((r) => r.name).join(', ') }, cpBad.map((r) => r.line));
  const dns = byCategory('dns').filter((r) => componentById(r.component ?? '')?.provides !== null);
  const dnsBad = dns.filter((r) => r.severity !== 'ok');
  if (dnsBad.length > 0) add('error', 'dns-not-ready', { count: dnsBad.length, total: dns.length }, dnsBad.map((r) => r.line));
  const cniBad = byCategory('cni').filter((r) => r.severity !== 'ok');
  if (cniBad.length > 0) {
    const nodesHit = [...new Set(cniBad.map((r) => r.node).filter((n): n is string => n !== null))];
    add('error', 'cni-not-ready', { count: cniBad.length, nodes: nodesHit.join(', ') }, cniBad.map((r) => r.line));
  }
  for (const n of input.nodeRows) {
    if (n.status.split(',')[0] !== 'Ready') add('error', 'node-not-ready', { node: n.name, status: n.status }, [n.line]);
  }

  // Pods grouped by a status that is not fine.
  const groups = new Map<string, PodRow[]>();
  for (const r of live) {
    if (r.status === null || r.severity === 'ok' || r.severity === 'progress' || r.status === 'Running') continue;
    let g = groups.get(r.status);
    if (g === undefined) groups.set(r.status, (g = []));
    g.push(r);
  }
  for (const [status, rows] of groups) {
    const sev = (rows[0] as PodRow).severity;
    if (!statusInfo(status).known) add('unknown', 'unknown-status', { status, count: rows.length }, rows.map((r) => r.line));
    else add(sev, 'pods-in-status', { status, count: rows.length }, rows.map((r) => r.line));
  }
  const pendingNoNode = live.filter((r) => r.status === 'Pending' && r.node === null && input.withNodeColumn.has(r));
  const pendingAll = live.filter((r) => r.status === 'Pending');
  if (pendingNoNode.length > 0) add('warning', 'pending-no-node', { count: pendingNoNode.length }, pendingNoNode.map((r) => r.line));
  else if (pendingAll.length > 0) add('progress', 'pods-in-status', { status: 'Pending', count: pendingAll.length }, pendingAll.map((r) => r.line));

  const notReady = live.filter((r) => r.status === 'Running' && r.ready !== null && r.ready.ready < r.ready.total);
  if (notReady.length > 0) add('warning', 'running-not-ready', { count: notReady.length }, notReady.map((r) => r.line));

  for (const r of live) {
    if (r.restarts === null || r.restarts.count === 0) continue;
    const ago = r.restarts.lastAgo === null ? null : parseAge(r.restarts.lastAgo);
    if (ago !== null && ago.min < RECENT_RESTART) add(r.restarts.count >= MANY_RESTARTS ? 'error' : 'warning', 'restarts-recent', { name: r.name, count: r.restarts.count, ago: r.restarts.lastAgo ?? '' }, [r.line]);
    else if (r.restarts.count >= MANY_RESTARTS) add('warning', 'restarts-many', { name: r.name, count: r.restarts.count }, [r.line]);
  }

  const invalid = live.filter((r) => r.age === '<invalid>');
  if (invalid.length > 0) add('warning', 'age-invalid', { count: invalid.length }, invalid.map((r) => r.line));

  const piped = input.tableCommands.some((c) => c !== null && c.pipedTo !== null);
  for (const n of nodes) {
    if (n.role !== 'control-plane' || piped) continue;
    const have = n.components.filter((c) => CONTROL_PLANE_IDS.has(c));
    if (have.length >= 2 && have.length < CONTROL_PLANE_IDS.size) {
      const missing = [...CONTROL_PLANE_IDS].filter((c) => !have.includes(c));
      add('warning', 'control-plane-incomplete', { node: n.name, missing: missing.join(', ') }, live.filter((r) => r.node === n.name && r.component !== null && CONTROL_PLANE_IDS.has(r.component)).map((r) => r.line));
    }
  }

  if (live.length >= 3) {
    const first = live[0]?.restarts?.count ?? 0;
    if (first > 0 && live.every((r) => r.restarts !== null && r.restarts.count === first)) add('ok', 'all-restarted', { count: first, pods: live.length }, live.map((r) => r.line));
  }

  input.tableCommands.forEach((cmd, i) => {
    if (cmd === null || cmd.wide || !input.tableWide[i]) return;
    add('ok', 'command-not-wide', { command: cmd.text }, [input.tableLines[i] ?? 0]);
  });

  const noNs = live.filter((r) => r.namespace === null);
  if (noNs.length > 0) add('ok', 'namespace-unknown', { count: noNs.length }, noNs.map((r) => r.line));
  if (input.superseded.size > 0) add('ok', 'watch-repeats', { count: input.superseded.size }, input.rows.filter((_, i) => input.superseded.has(i)).map((r) => r.line));

  const rank = (s: Severity): number => SEVERITY_ORDER.indexOf(s);
  return out.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.severity) - rank(b.f.severity) || a.i - b.i).map(({ f }) => f);
}

export { isBad };
