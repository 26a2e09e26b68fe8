/**
 * Stage: cluster. From annotated rows to the cluster behind them: nodes and their roles, each node's own
 * address, which pods share it (host network), the pod and node networks, the CNI and DNS in use, and
 * findings ranked by severity.
 *
 * Network rules, in order:
 *   1. pods that are host-network by nature (static pods, kube-proxy, CNI agents: `hostNetwork` in the
 *      knowledge base) reveal their node's address; so does a node's name: EC2's `ip-a-b-c-d` always, any other
 *      ending in `-a-b-c-d` only where a pod on that node shows that address;
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
import { componentById, CONTROL_PLANE_IDS, CONTROL_PLANE_NODE_IDS, matchComponent, type ComponentInfo } from './components.ts';
import { isAlias, isOcTool, isPodsCommand, type KubectlCommand } from './lines.ts';
import type { ClaimRow, ListedWorkload, NodeRow } from './tables.ts';
import { gatesShort, ipv4Number, isIpv4 } from './values.ts';
import { ageSeconds, parseAge } from './age.ts';
import { ipv6Networks } from './net6.ts';
import { STATUS_VOCABULARY, statusInfo } from './status.ts';
import { isMaskedWord } from './owner.ts';

/** Every finding id the core can emit, for the i18n completeness test. */
export const FINDING_IDS = [
  'control-plane-not-ready', 'dns-not-ready', 'dns-partly-ready', 'cni-not-ready', 'node-not-ready', 'node-joining', 'node-waiting-cni', 'pods-in-status', 'rollout-stuck', 'unknown-status',
  'pending-no-node', 'pending-scheduler-down', 'pending-no-ready-node', 'volume-failing', 'restarts-probe-killed', 'pending-unschedulable', 'pending-unschedulable-selector', 'pending-unschedulable-pod-cap', 'running-not-ready', 'running-not-ready-static', 'running-not-ready-job', 'init-waits-database', 'crash-beside-database', 'crash-beside-database-several', 'restarts-recent', 'restarts-hourly-sleep', 'restarts-hourly-sleep-total', 'restarts-many', 'restarts-recent-pods', 'restarts-many-pods', 'running-not-ready-runner',
  'age-invalid', 'control-plane-incomplete', 'control-plane-incomplete-scheduler',
  'all-restarted', 'command-not-wide', 'namespace-unknown', 'namespace-lost', 'watch-repeats', 'cni-not-ready-nodes-unknown', 'rows-repeated', 'restarts-together', 'rows-gone', 'rows-gone-jobs', 'cni-missing', 'nodes-same-address', 'evictions-on-node', 'attempts-replaced', 'job-attempts-failing', 'readiness-gates-pending', 'restarts-young', 'terminating-node-down', 'terminating-stuck', 'terminating-stuck-node-down', 'stale-on-down-node', 'claims-pending', 'claims-pending-no-class', 'etcd-even', 'etcd-even-cluster', 'evicted-elsewhere', 'runtime-bridge-network', 'node-cordoned', 'watch-deleted',
  'pod-network-overlaps-nodes', 'nodes-same-address-other', 'cni-operator-only', 'cni-missing-kube-system', 'cni-pods-unlisted', 'rows-expected', 'namespace-deletion-waits', 'nodes-missing', 'evictions', 'evictions-unnamed', 'namespace-placeholder', 'runtime-bridge-beside-cni', 'dns-missing', 'addons-missing', 'nodes-waiting-cni', 'dns-waiting-cni', 'static-restarts-together', 'node-restarts-together', 'static-restarts-looping', 'static-restarts-leader-election', 'static-restarts-leader-election-moment', 'static-restarts-old', 'pods-waiting-failing-cni', 'restarts-young-containers', 'restarts-recent-containers', 'restarts-many-containers', 'restarts-young-init', 'restarts-recent-init', 'restarts-many-init', 'cni-several', 'restarts-together-age', 'static-restarts-carried', 'restarts-young-pods', 'control-plane-apiserver-unlisted',
  'namespace-unknown-named', 'namespace-variable', 'clusters-several', 'clusters-several-cni', 'node-lost', 'node-lost-control-plane', 'nodes-lost', 'namespace-unknown-system', 'namespace-unknown-home', 'namespace-unknown-usual', 'node-shutting-down-placed',
  'rollout-stuck-pending', 'rollout-stuck-host-ports', 'pending-control-plane-only', 'rollout-stuck-gated', 'rollout-stuck-helm', 'pods-gated', 'rollout-failing-both', 'rollout-failing-both-unordered', 'rollout-failing-several', 'rollout-failing-filtered', 'pending-host-network', 'static-restart-old', 'static-restarts-old-version', 'dns-waiting-failing-cni', 'dns-partly-waiting-failing-cni', 'pods-waiting-cni-controller', 'cni-missing-kube-system-likely', 'dns-creating-cni-running', 'dns-creating-vpc-cni', 'pending-on-node', 'restarts-resize', 'host-network-same-node', 'pods-waiting-failing-cnis', 'dns-not-yet-rke', 'node-silent', 'node-silent-stale', 'node-pressure-taint', 'node-pressure-taint-seen', 'node-pressure-condition', 'node-pressure-condition-seen', 'pods-recreated', 'node-virtual-kubelet', 'pods-on-virtual-node',
  'dns-none-ready', 'kube-proxy-twice', 'kube-proxy-twice-kinds', 'restarts-quiet', 'restarts-young-owner', 'restarts-recent-owner', 'restarts-many-owner', 'restarts-settled', 'restarts-settled-owner',
  'static-restarts-looping-others', 'static-restarts-looping-kops', 'static-restarts-looping-others-kops', 'restarts-beyond-together', 'restarts-together-nodes', 'stale-on-down-node-ordinal', 'job-attempts-unstarted', 'restarts-together-age-since', 'nodes-unnamed',
  'host-network-one-node', 'host-network-one-node-listed', 'image-pull-siblings-running', 'image-pull-siblings-running-daemonset', 'pending-siblings-running', 'pending-siblings-running-several', 'metrics-server-down', 'metrics-adapter-down', 'watch-failed-recovered', 'restarts-oom-recovered', 'node-not-ready-lost', 'calico-node-missing', 'pods-ran-no-node',
  'pods-deleted-later', 'pending-service-lb', 'job-failed-all', 'image-pull-shared', 'config-error-one-node', 'static-restarts-before-mirror',
  'control-plane-down-etcd', 'control-plane-down-apiserver', 'control-plane-down-controller-manager', 'control-plane-down-scheduler',
  'control-plane-outside', 'pod-ip-shared-nodes', 'calico-node-missing-kube-system', 'proxies-pending-dns-waiting',
  'statefulset-next-waits', 'statefulset-next-waits-wanted', 'statefulset-next-waits-several', 'rollout-generations-ready', 'rollout-generations-ready-argo',
  'set-members-all-failing', 'set-members-all-failing-several', 'admission-refused-again',
  'namespace-context', 'namespace-context-named', 'namespace-context-system', 'namespace-context-home', 'namespace-context-usual',
  'namespace-cut'
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

/** `Init:1/3`: init containers done out of all, kubectl's summary while they run. */
const INIT_PROGRESS = /^Init:\d+\/\d+$/;
/** A restart this recent (seconds) is worth a look. */
const RECENT_RESTART = 3600;
const MANY_RESTARTS = 10;
/** Seconds between restarts, on average over a pod's life, at which they are a pattern (without "(5m ago)" to say when the last was). */
const FREQUENT_RESTART = 1800;
/** Seconds since a pod's last restart after which its many restarts are history, not a concern. */
const QUIET_SINCE = 86_400;
/** This many restarts in a pod's first hour is a crash loop, not bad luck. */
const YOUNG_ERROR = 5;
/** Seconds after a pod's creation within which a restart counts as start-up. */
const STARTUP_RESTART = 120;
/** Seconds a container runs without a restart before the kubelet resets its crash back-off: a loop does not get there. */
const BACKOFF_RESET = 600;
/**
 * Seconds a pod may wait for the scheduler before no node is a finding: it places a pod within a second or two, and
 * retries one it could not place after at most 10 s of back-off, so a younger pod may still be on its first tries.
 */
const SCHEDULING_SECONDS = 60;

export interface ClusterInput {
  /** All rows; rows superseded by a later watch line are skipped for counts. */
  rows: readonly PodRow[];
  superseded: ReadonlySet<number>;
  /** Nodes a `delete node` command removed after the node tables that showed them: their pods are stale. */
  deletedNodes?: ReadonlySet<string>;
  /** Of those, the rows of pods a later listing shows were deleted (the rest are repeats). */
  gone?: ReadonlySet<number>;
  /** Of `gone`, the rows `--output-watch-events` printed as DELETED (the pod is gone by the watch's own word). */
  deleted?: ReadonlySet<number>;
  /** Lines of the commands that changed what runs (kubectl delete, apply; helm install, uninstall): see commandMarks. */
  changes?: readonly number[];
  /** Rows of pods a `kubectl delete pod <name>` after them deletes, their name not listed again after it (see pods-deleted-later). */
  deletedLater?: ReadonlySet<number> | undefined;
  /** Whether the paste shows rows were left out (`...`): counts of what it shows are not the cluster's. */
  elided?: boolean;
  /** Of the live rows, failed Job or CronJob pods a newer pod of the same owner followed: history, not state. */
  replaced?: ReadonlySet<number>;
  nodeRows: readonly NodeRow[];
  /** Namespaces a `get ns` table of the paste shows being deleted. */
  terminatingNamespaces?: readonly { line: number; name: string }[];
  /** Rows of `kubectl get pvc` tables in the paste. */
  claims?: readonly ClaimRow[];
  /** The commands that produced each pod table (null: no prompt line). */
  tableCommands: readonly (KubectlCommand | null)[];
  /** Lines of rows the tables stage said were cut off (`truncated-row`): a STATUS they end in may be cut too. */
  cutLines?: ReadonlySet<number>;
  /** Rows (line numbers) without a namespace that a `get -A` printed: the column lost, not the context's namespace. */
  allNamespacesLines?: readonly number[];
  /** The commands above rows read without a header (`| grep`, `--no-headers`): they filter, watch or pipe too. */
  headerlessCommands?: readonly KubectlCommand[];
  /** The line of the paste's first command that names a namespace (-n, kube-ps1), none of the rows' own: it says nothing of theirs. */
  namespaceNamedAt?: number | null;
  /** Whether a command of the paste ran MicroK8s's kubectl (`microk8s kubectl`, `microk8s.kubectl`). */
  microk8s?: boolean;
  /** Whether the paste names MicroK8s anywhere (its prose, `microk8s.status`): the node table's ROLES may be its. */
  microk8sNamed?: boolean;
  /** Whether each pod table printed wide columns. */
  tableWide: readonly boolean[];
  tableLines: readonly number[];
  /** Whether a repeated pod's lines share a header (a watch's stream) rather than each listing printing its own. */
  repeatsInOneTable?: boolean;
  /** Per row (by index): 1 when its table printed a NODE column (so a missing node means "not scheduled"). */
  withNodeColumn: Uint8Array;
  /** The command lines of pod listings of other clusters than the listing before each (the first's too); empty for one cluster. */
  otherClusters?: readonly number[];
  /** Node addresses `kubectl describe pod` gave (`Node:  w1/10.0.0.5`), for nodes nothing else gives one. */
  describedAddresses?: ReadonlyMap<string, string> | undefined;
  /** Lines of rows whose IP cell hides an IPv6 address (`2600:<IPv6>`, `<server 2 ipv6>`). */
  hiddenIpv6Lines?: ReadonlySet<number> | undefined;
  /** Rows (by index) without a NODE cell whose pod's describe says `Node:  <none>`: not placed, as a NODE `<none>` says. */
  unplaced?: ReadonlySet<number> | undefined;
  /** Workloads other tables or kubectl's messages of the paste list (`get ds -A`, `daemonset.apps/calico-node created`). */
  workloads?: readonly ListedWorkload[];
  /** Of `superseded`, rows under an Expected-behavior heading that print a pod again as the poster hoped to see it. */
  expected?: ReadonlySet<number> | undefined;
  /** The first line naming each node-pressure taint (`Taints: node.kubernetes.io/disk-pressure:NoSchedule`, a scheduler event). */
  /** Node-pressure taints, and `kubectl describe node` Conditions rows saying one is True (`condition` set then). */
  pressureTaints?: readonly { line: number; taint: string; condition?: string }[] | undefined;
  /** Pods the paste's events show restarted by an in-place resize, to the event's line (see resizeRestarts in explain.ts). */
  resizeRestarts?: ReadonlyMap<string, { line: number; count: number }> | undefined;
  /** The one node the paste's tables of nodes show, each a whole `get nodes`: every pod bound to a node is bound to it. */
  soleNode?: string | undefined;
  /** Some table of nodes came from a `get nodes` that names a node or a selector: other nodes may exist unshown. */
  nodesFiltered?: boolean;
  /** Pending rows (by index) the paste's FailedScheduling events say the scheduler could not place, to its message. */
  unschedulable?: ReadonlyMap<number, string> | undefined;
  /** Rows (by index) waiting to start whose FailedMount or FailedAttachVolume event the paste shows, to its message. */
  volumeFailing?: ReadonlyMap<number, string> | undefined;
  /** Restarted pods whose failing liveness or startup probe the paste's events show, by row index, with its message. */
  probeKilled?: ReadonlyMap<number, string> | undefined;
  /** The release a `helm upgrade` the paste shows upgraded: a Deployment it made goes back by helm rollback. */
  helmRelease?: string | undefined;
  /** Pod tables (by index) whose output a prompt line follows: the command finished, so no row was cut off at the end. */
  endsAtPrompt?: ReadonlySet<number> | undefined;
}

export interface ClusterResult {
  nodes: NodeInfo[];
  cluster: Cluster;
  findings: Finding[];
  /** Node addresses, for the network column. */
  nodeAddresses: ReadonlySet<string>;
}

/**
 * Whether an address is of the other family (IPv4 or IPv6) than every address the paste's other pods show, not
 * counting static pods or pods the knowledge base puts on the host network; false where too few show one to tell.
 */
function familyApart(rows: readonly PodRow[], comps: readonly (ComponentInfo | undefined)[], live: (i: number) => boolean): (ip: string) => boolean {
  let v4 = 0;
  let v6 = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (r.ip === null || !live(i) || r.workload?.kind === 'StaticPod' || comps[i]?.hostNetwork === true) continue;
    if (isIpv4(r.ip)) v4++;
    else v6++;
  }
  return (ip) => (isIpv4(ip) ? v4 === 0 && v6 >= 2 : v6 === 0 && v4 >= 2);
}

/** Indices of the rows at these lines. */
function rowsAtLines(rows: readonly PodRow[], lines: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) if (lines.has((rows[i] as PodRow).line)) out.push(i);
  return out;
}

/**
 * The IPv4 address an EC2 private DNS name spells (`ip-10-3-18-70` or `ip-10-3-18-70.<region>.compute.internal`), else null.
 *
 * @example
 * addressInName('ip-192-168-2-198.ap-northeast-2.compute.internal') // '192.168.2.198'
 */
export function addressInName(name: string): string | null {
  // Some clouds name a node by its address alone (OKE: 10.200.220.157).
  if (isIpv4(name)) return name;
  const m = EC2_NAME.exec(name);
  if (m === null) return null;
  const ip = `${m[1]}.${m[2]}.${m[3]}.${m[4]}`;
  return isIpv4(ip) ? ip : null;
}
/** Virtual Kubelet's default node name, and the names the early AKS connector charts gave their nodes. */
const VIRTUAL_KUBELET_NODE = /^virtual-kubelet(?:-|$)/;
/** The node AKS's virtual-node add-on registers, one per OS. */
const AKS_VIRTUAL_NODE = /^virtual-node-aci-(?:linux|windows)$/;
/** EC2's private DNS name, also behind EKS Fargate's `fargate-` prefix. */
const EC2_NAME = /^(?:fargate-)?ip-(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})(?:\.|$)/;

/**
 * The IPv4 address a node name's first label ends in, its octets dash-separated (`gpu-10-252-192-48`,
 * `k8s-worker-10-0-0-5.lab`, `10-0-0-5`), else null. Unlike an EC2 name this is only a hint: `worker-1-2-3-4` or a
 * pool named by a date ends in four small numbers too. Trusted where a pod on the node shows exactly that address.
 *
 * @example
 * addressEndingName('gpu-10-252-192-48') // '10.252.192.48'
 */
export function addressEndingName(name: string): string | null {
  let end = name.indexOf('.');
  if (end < 0) end = name.length;
  const octets: number[] = [];
  let at = end;
  // Four groups of 1-3 digits from the label's end, each after a dash or at the name's start.
  while (octets.length < 4) {
    let digits = 0;
    let value = 0;
    let scale = 1;
    while (at > 0 && digits < 4) {
      const c = name.charCodeAt(at - 1);
      if (c < 48 || c > 57) break;
      value += (c - 48) * scale;
      scale *= 10;
      digits++;
      at--;
    }
    if (digits === 0 || digits > 3 || value > 255) return null;
    octets.push(value);
    if (octets.length === 4) break;
    if (at === 0 || name.charCodeAt(at - 1) !== 45) return null;
    at--;
  }
  if (at > 0 && name.charCodeAt(at - 1) !== 45) return null;
  return `${octets[3]}.${octets[2]}.${octets[1]}.${octets[0]}`;
}

interface Range16 {
  text: string;
  /** First two octets as a * 256 + b, and the prefix length (at most 16). */
  base: number;
  bits: number;
}

/** Default pod ranges wider than a /16: Weave Net's IPALLOC_RANGE, OVN-Kubernetes' clusterNetwork (OpenShift). */
const WIDE_DEFAULT_RANGES: Readonly<Record<string, Range16>> = {
  weave: { text: '10.32.0.0/12', base: 10 * 256 + 32, bits: 12 },
  'ovn-kubernetes': { text: '10.128.0.0/14', base: 10 * 256 + 128, bits: 14 },
  'openshift-sdn': { text: '10.128.0.0/14', base: 10 * 256 + 128, bits: 14 },
};

const TIGERA_OPERATOR = 'tigera-operator';
const CALICO_CONTROLLERS = 'calico-kube-controllers';
const CALICO = 'calico';
const CALICO_NODE = 'calico-node';
const CALICO_SYSTEM = 'calico-system';
/** Where `calico-node-*` sorts in a listing by name: a row past it shows the listing reached its pods' place. */
const CALICO_NODE_PLACE = 'calico-node-';
/** GKE's netd's own plugin, which it configures only where no other takes the pods (see the netd entry). */
const GKE_PTP = 'gke-ptp';
/** A node named as a master: `master`, `k8s-master2`, `k3s-master-7-92.host.com`, `controlplane`, a lab's `kubemaster01`. */
const MASTER_NAME = /(?:^|[-.])(?:kube|k8s)?(?:master|control-?plane)\d*(?:[-.]|$)/;
/**
 * A node named as a worker or a k3s agent: `worker-1`, `worker01.example.com`, `k3s-agent-2`, `shoot--x-worker-z1-...`, a
 * lab's `kubeworker01`; kube-up's `<cluster>-minion-<4>` (a worker's pre-1.0 name); kOps's default worker instance
 * group's `nodes-<zone>-<id>` (GCE, Hetzner: a node is named after its instance group).
 */
const WORKER_NAME = /(?:^|[-.])(?:kube|k8s)?(?:worker|agent|minion)\d*(?:[-.]|$)|^nodes-[a-z0-9]/;
/** A k3s (k3OS, RKE2) server's name: `k3s-server-1`, `k3os-x-server-ox0000`; a k3s server runs the control plane in its process. */
const K3S_NAME = /(?:^|[-.])(?:k3s|k3os|rke2)(?:[-.]|$)/;
const SERVER_NAME = /(?:^|[-.])server\d*(?:[-.]|$)/;
/** A namespace flag whose value is a variable or a placeholder: `-n $NS`, `--namespace=<ns>`, `-n {{ ns }}`. */
const NS_PLACEHOLDER = /(?:^|\s)(?:-n|--namespace)(?:=|\s+)["']?[$<{[]/;
/** A namespace the paste shows cut with an ellipsis (`--namespace electricilies-…`, where a watch title ran out of width). */
const NS_CUT = /(?:^|\s)(?:-n|--namespace)(?:=|\s+)(\S*)\u2026/;
/** `-n clusters-$CLUSTER_NAME`, `-n team-<name>`: a namespace typed in part, a variable or a placeholder after its first characters. */
const NS_PART_VARIABLE = /(?:^|\s)(?:-n|--namespace)(?:=|\s+)["']?([a-z0-9][-a-z0-9]*[$<{][^\s"']*)/;

/** CNIs that give pods addresses from a pool of their own, apart from the nodes' network. */
const OVERLAY_CNIS = new Set(['calico', 'canal', 'flannel', 'weave', 'cilium', 'antrea', 'kube-router', 'kindnet', 'kube-ovn']);

/** `192.168.0.0/16` as its base and prefix length; null for IPv6 or anything else. */
function cidr4(text: string): { base: number; bits: number } | null {
  const slash = text.indexOf('/');
  const bits = Number(text.slice(slash + 1));
  if (slash < 0 || !isIpv4(text.slice(0, slash)) || !Number.isInteger(bits) || bits < 1 || bits > 32) return null;
  return { base: ipv4Number(text.slice(0, slash)), bits };
}

/** Whether two addresses share their first `bits` bits. */
function sameNetwork(a: number, b: number, bits: number): boolean {
  const shift = 32 - bits;
  return Math.floor(a / 2 ** shift) === Math.floor(b / 2 ** shift);
}

/** Whether a pod network as this stage prints it (`10.36.0.0/16`) lies in `range`. */
function inRange(net: string, range: Range16): boolean {
  const k = octets16(net.slice(0, net.indexOf('/')));
  const mask = (0xffff << (16 - range.bits)) & 0xffff;
  return k >= 0 && (k & mask) === range.base;
}

const WEAVE_RANGE = WIDE_DEFAULT_RANGES.weave as Range16;

/**
 * Whether pods in several /16s are Weave Net's, its pod not shown (hunt cs/26: 10.32.0.9 on one node, 10.36.0.3 on
 * the other): Weave halves its 10.32.0.0/12 between its peers, so each node's pods start at the bottom of a slice
 * (10.32.0.x, 10.40.0.x, 10.36.0.x). A range a cluster cut into /24s per node (GKE's /14s, a kubeadm
 * --pod-network-cidr) fills its first /16 before the next, and its third numbers climb: those stay as they are.
 */
function weaveSlices(podNetworks: readonly string[], rows: readonly PodRow[]): boolean {
  if (podNetworks.length < 2 || !podNetworks.every((net) => inRange(net, WEAVE_RANGE))) return false;
  for (const r of rows) if (r.network === 'pod' && r.ip !== null && isIpv4(r.ip) && thirdOctet(r.ip) > WEAVE_SLICE_START) return false;
  return true;
}
/** How far into its slice a node's pods reach on a cluster a paste shows: 256 addresses a third number, a few hundred pods a node. */
const WEAVE_SLICE_START = 3;

/** Kubespray's kube_pods_subnet: 10.233.64.0/18, inside 10.233.0.0/16. */
const KUBESPRAY = { text: '10.233.64.0/18', base: 10 * 256 + 233 };

/** The third number of an IPv4 address, -1 when it has none. */
function thirdOctet(ip: string): number {
  const a = ip.indexOf('.');
  const b = a < 0 ? -1 : ip.indexOf('.', a + 1);
  const c = b < 0 ? -1 : ip.indexOf('.', b + 1);
  return c < 0 ? -1 : Number(ip.slice(b + 1, c));
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

/** The node a static pod's name ends in (`etcd-m-k8s` of `etcd`: `m-k8s`), null for other pods and for a masked one (`etcd-XXXXX`). */
function staticPodNode(r: PodRow): string | null {
  const w = r.workload;
  if (w === null || w.kind !== 'StaticPod' || r.name.length <= w.name.length + 1) return null;
  const node = r.name.slice(w.name.length + 1);
  return isMaskedWord(node) ? null : node;
}

/** Owners whose pods a controller makes from a template and schedules anywhere (no DaemonSet: one per node, as a static pod is). */
const CONTROLLER_MADE: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'Job', 'CronJob', 'ReplicationController', 'DeploymentConfig', 'Rollout']);

/**
 * Whether a row is a controller's pod of a component the knowledge base knows as a node's static pod: another copy of
 * it (a hosted control plane's kube-apiserver Deployment, an app's own etcd-0 or Fission 0.x's etcd Deployment), on
 * the pod network of a node it says nothing about. Its entry's hostNetwork and control-plane role are the static pod's.
 */
function staticCopy(comp: ComponentInfo, r: PodRow): boolean {
  const w = r.workload;
  return comp.kind === 'StaticPod' && w !== null && w.confidence !== 'low' && CONTROLLER_MADE.has(w.kind);
}

/**
 * Whether a row is a static pod named after a control-plane component and more (HyperShift's kube-apiserver-proxy-<node>,
 * an haproxy every worker of a hosted cluster runs to reach the API server, hunt br/05): another static pod, not the
 * component's own, so no sign of a control-plane node. The entry's own static-pod names (etcd-server-events) are its own.
 */
function otherStaticPod(comp: ComponentInfo, r: PodRow): boolean {
  const w = r.workload;
  return w !== null && w.kind === 'StaticPod' && w.name.length > comp.id.length && w.name.startsWith(`${comp.id}-`) && !comp.names.includes(w.name) && !comp.prefixes.includes(`${w.name}-`);
}

/**
 * A bare pod named just as a control-plane component (kube-scheduler, no node after it): not the kubelet's static pod,
 * which is always <name>-<node>, but a copy made through the API, mostly by `kubectl apply -f` on the static pod's own
 * manifest (hunt di/02). It runs beside the real one and fights it for the same host ports.
 */
export function controlPlaneCopy(comp: ComponentInfo, r: PodRow): boolean {
  return CONTROL_PLANE_IDS.has(comp.id) && r.name === comp.id && r.workload !== null && r.workload.kind === 'Pod';
}

/** The static pods of the second etcd (for events) that kops and kube-up ran, and nobody else. */
const EVENTS_ETCD: ReadonlySet<string> = new Set(['etcd-server-events', 'etcd-manager-events']);

/**
 * Whether the paste shows a cluster kops or kube-up made (kops's dns-controller or kops-controller, either's etcd for
 * events): both defaulted to kubenet, the kubelet's own bridge and the cloud's routes, with no network add-on pod to show
 * (hunt da/15). Looked at only where no CNI pod is seen.
 */
function kubenetByDefault(rows: readonly PodRow[], comps: readonly (ComponentInfo | undefined)[]): boolean {
  for (let j = 0; j < rows.length; j++) {
    const id = comps[j]?.id;
    if (id === 'dns-controller' || id === 'kops-controller') return true;
    const w = (rows[j] as PodRow).workload;
    if (id === 'etcd' && w !== null && w.kind === 'StaticPod' && EVENTS_ETCD.has(w.name)) return true;
  }
  return false;
}

/** Whether a node runs the events etcd of kops or kube-up (etcd-server-events-<node>): their master. */
function eventsEtcdOn(rows: readonly PodRow[], node: string): boolean {
  return rows.some((r) => r.workload !== null && r.workload.kind === 'StaticPod' && EVENTS_ETCD.has(r.workload.name) && (r.node ?? staticPodNode(r)) === node);
}

/** Components whose static pod only a control-plane node runs, though as other kinds they may run anywhere. */
const MASTER_STATIC_PODS: ReadonlySet<string> = new Set(['cloud-controller-manager', 'kube-vip', 'kube-addon-manager']);

/** A Windows DaemonSet's name ends so: its pods schedule only on `kubernetes.io/os: windows` nodes. */
const WINDOWS_DAEMONSET = /-(?:windows(?:-amd64)?|win)$/;

/** The nodes (by id) where a Windows DaemonSet's pod runs: Windows nodes. */
function windowsNodeIds(rows: readonly PodRow[], nodeOf: Int32Array): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const w = (rows[i] as PodRow).workload;
    const id = nodeOf[i] as number;
    if (id >= 0 && w !== null && w.kind === 'DaemonSet' && WINDOWS_DAEMONSET.test(w.name)) out.add(id);
  }
  return out;
}

/** Minutes enough for a sandbox once the CNI runs (seconds, normally), and for a small DNS image to pull. */
const SANDBOX_SLOW_SECONDS = 300;

/** DNS pods in ContainerCreating for SANDBOX_SLOW_SECONDS or more: their lines and the youngest one's age. */
function slowDnsSandboxes(creating: readonly PodRow[]): { lines: number[]; age: string } | null {
  let youngest: PodRow | null = null;
  for (const r of creating) {
    if (r.ageSeconds === null || r.ageSeconds < SANDBOX_SLOW_SECONDS) return null;
    if (youngest === null || r.ageSeconds < (youngest.ageSeconds as number)) youngest = r;
  }
  return youngest === null ? null : { lines: creating.map((r) => r.line), age: youngest.age as string };
}

/** Lines another finding tells, out of the status groups (said once, not also as pods in their status). */
function dropLines(starting: Map<string, number[]>, groups: Map<string, { lines: number[] }>, drop: ReadonlySet<number>): void {
  dropStarting(starting, drop);
  for (const [status, g] of groups) {
    g.lines = g.lines.filter((l) => !drop.has(l));
    if (g.lines.length === 0) groups.delete(status);
  }
}

/** Lines another finding tells, out of the pods still starting. */
function dropStarting(starting: Map<string, number[]>, drop: ReadonlySet<number>): void {
  for (const [status, lines] of starting) {
    const rest = lines.filter((l) => !drop.has(l));
    if (rest.length > 0) starting.set(status, rest);
    else starting.delete(status);
  }
}

/**
 * Pods a watch saw fail (Error, CrashLoopBackOff) and come back: restarted since and ready at their last line. One
 * failure while starting (the API server, a webhook, a dependency not up yet), which no other finding tells: their last
 * line is fine and one start-up restart is no concern (hunt cs/18: gatekeeper-audit's Error at install, the whole
 * report). Not a pod a restart finding already warns of.
 */
function watchRecovered(recovered: readonly [PodRow, PodRow][], out: Finding[]): void {
  const told = new Set<number>();
  for (const f of out) if (f.severity === 'warning' || f.severity === 'error') for (const l of f.rows) told.add(l);
  const all = recovered.filter(([, now]) => !told.has(now.line));
  // OOMKilled is no start-up failure: the container went over its memory limit and will grow back to it (hunt cz/24,
  // the docs' memory-demo-2: killed, restarted, killed again). Ready at its last line is only restarted.
  const oom = all.filter(([was]) => was.status === 'OOMKilled');
  if (oom.length > 0) {
    const [, now] = oom[0] as [PodRow, PodRow];
    const lines = [...new Set(oom.flatMap(([a, b]) => [a.line, b.line]))].sort((a, b) => a - b);
    out.push({ severity: 'warning', id: 'restarts-oom-recovered', vars: { count: oom.length, name: now.name, restarts: now.restarts?.count ?? 0 }, rows: lines });
  }
  const fresh = oom.length === 0 ? all : all.filter(([was]) => was.status !== 'OOMKilled');
  if (fresh.length === 0) return;
  const [was, now] = fresh[0] as [PodRow, PodRow];
  const lines = [...new Set(fresh.flatMap(([a, b]) => [a.line, b.line]))].sort((a, b) => a - b);
  out.push({ severity: 'ok', id: 'watch-failed-recovered', vars: { count: fresh.length, name: now.name, status: was.status ?? '', restarts: now.restarts?.count ?? 0 }, rows: lines });
}

/** Statuses of a pod whose image the kubelet could not pull. */
const PULL_FAILURES: ReadonlySet<string> = new Set(['ImagePullBackOff', 'ErrImagePull', 'PullImageError', 'Init:ImagePullBackOff', 'Init:ErrImagePull']);

/**
 * Deployment pods whose image pull fails while other pods of their ReplicaSet (or DaemonSet: see templateKey) run fine: one pod template, so the same
 * images and pull secrets, found where those run (hunt cr/26: one of 20 nginx replicas in ImagePullBackOff, 19 running).
 * What differs is the node the failing pod landed on: it could not pull (no route to the registry, a pull rate limit
 * counted by its address, a full disk), or the image is only on the nodes the others run on (loaded there, or pulled
 * before its tag left the registry). Not where a sibling runs on the failing pod's own node: that node has the image.
 * Per ReplicaSet, its failing pods' lines, the first one's name and status, and how many siblings run.
 */
function pullFailuresBesideSiblings(rows: readonly PodRow[], superseded: ReadonlySet<number>, failing: readonly number[]): { name: string; status: string; lines: number[]; running: number; daemonSet: boolean }[] {
  const byRs = new Map<string, { name: string; status: string; lines: number[]; nodes: Set<string> | null; running: number; sameNode: boolean; daemonSet: boolean; oldest: number; younger: boolean }>();
  // The failing Deployment pods, then any DaemonSet's failing its pull (only pastes with a pull failure get here).
  const daemonSets: number[] = [];
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.status !== null && r.workload !== null && r.workload.kind === 'DaemonSet' && PULL_FAILURES.has(r.status) && !superseded.has(j)) daemonSets.push(j);
  }
  for (const j of daemonSets.length === 0 ? failing : [...failing, ...daemonSets]) {
    const r = rows[j] as PodRow;
    const key = r.status !== null && PULL_FAILURES.has(r.status) ? templateKey(r) : null;
    if (key === null) continue;
    let g = byRs.get(key);
    if (g === undefined) byRs.set(key, (g = { name: r.name, status: r.status as string, lines: [], nodes: null, running: 0, sameNode: false, daemonSet: (r.workload as NonNullable<PodRow['workload']>).kind === 'DaemonSet', oldest: -1, younger: false }));
    g.lines.push(r.line);
    if (r.node !== null) (g.nodes ??= new Set()).add(r.node);
    if (r.ageSeconds !== null && r.ageSeconds > g.oldest) g.oldest = r.ageSeconds;
  }
  if (byRs.size === 0) return [];
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.severity !== 'ok' || r.status !== 'Running' || r.workload === null || (r.workload.kind !== 'Deployment' && r.workload.kind !== 'DaemonSet') || superseded.has(j)) continue;
    const g = byRs.get(templateKey(r) ?? '');
    if (g === undefined) continue;
    if (r.node !== null && g.nodes !== null && g.nodes.has(r.node)) g.sameNode = true;
    else g.running++;
    if (r.ageSeconds !== null && r.ageSeconds < g.oldest) g.younger = true;
  }
  return [...byRs.values()].filter((g) => g.running > 0 && !g.sameNode && (!g.daemonSet || g.younger)).map((g) => ({ name: g.name, status: g.status, lines: g.lines, running: g.running, daemonSet: g.daemonSet }));
}

/**
 * The pod template a pod was made from, as far as its name tells: its ReplicaSet's (the pod-template hash), or its
 * DaemonSet's. A DaemonSet's pods name no template, and one mid-update runs old pods beside new ones that may pull a
 * new image: so for a DaemonSet, pullFailuresBesideSiblings asks a running pod made after a failing one (a pod made
 * after the update began is of the new template; ff/02, kube-proxy failing on the nodes Sealos added while pods of 15m
 * and 20m run).
 */
function templateKey(r: PodRow): string | null {
  const w = r.workload;
  if (w === null) return null;
  if (w.kind === 'DaemonSet') return w.confidence === 'low' ? null : `${r.namespace ?? ''}\u0000${w.name}\u0000`;
  return w.kind === 'Deployment' ? replicaSetKey(r) : null;
}
/** Pull failures in this many workloads at once point past each one's pod template. */
const PULL_SHARED_WORKLOADS = 3;
/** Statuses of a pod whose image could not be fetched from its registry: the pull failures and an unreachable registry. */
const REGISTRY_FAILURES: ReadonlySet<string> = new Set([...PULL_FAILURES, 'RegistryUnavailable']);

/**
 * Pods of several workloads all failing to pull their images (hunt dj/07: four gceme Deployments on three nodes in
 * ImagePullBackOff and ErrImagePull together, the one image they used no longer served): a mistake in each pod
 * template is less likely than one cause they share, the registry (out of reach from the nodes, a pull rate limit,
 * credentials missing from the namespace) or an image they all use. Each workload is counted once, however many pods
 * it has; pods another finding told (`told`) are left out. Null under PULL_SHARED_WORKLOADS workloads.
 */
function pullFailuresShared(rows: readonly PodRow[], superseded: ReadonlySet<number>, told: ReadonlySet<number>): { lines: number[]; names: string[] } | null {
  const workloads = new Map<string, string>();
  const lines: number[] = [];
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.status === null || !REGISTRY_FAILURES.has(r.status) || superseded.has(j) || told.has(r.line)) continue;
    const name = r.workload === null ? r.name : r.workload.name;
    const key = `${r.namespace ?? ''}\u0000${r.workload === null ? 'Pod' : r.workload.kind}\u0000${name}`;
    if (!workloads.has(key)) workloads.set(key, name);
    lines.push(r.line);
  }
  return workloads.size < PULL_SHARED_WORKLOADS ? null : { lines, names: [...workloads.values()] };
}

/**
 * Pods of several workloads failing CreateContainerConfigError together, every one on the same node (ef/05: four pods of
 * four owners on kubecontroller2 after its kubelet went from 1.30 to 1.31). The error comes from the kubelet building a
 * container's configuration (its ConfigMaps and Secrets read from the API server, its user and mounts resolved): a
 * mistake in each pod template is then less likely than the node's kubelet failing them all. Each workload counted
 * once; PULL_SHARED_WORKLOADS of them, as for pulls. Null when fewer, or when a NODE cell is missing or differs.
 */
function configErrorsOneNode(rows: readonly PodRow[], superseded: ReadonlySet<number>): { lines: number[]; names: string[]; node: string } | null {
  const workloads = new Map<string, string>();
  const lines: number[] = [];
  let node: string | null = null;
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.status !== 'CreateContainerConfigError' || superseded.has(j)) continue;
    if (r.node === null || (node !== null && r.node !== node)) return null;
    node = r.node;
    const name = r.workload === null ? r.name : r.workload.name;
    const key = `${r.namespace ?? ''}\u0000${r.workload === null ? 'Pod' : r.workload.kind}\u0000${name}`;
    if (!workloads.has(key)) workloads.set(key, name);
    lines.push(r.line);
  }
  return node === null || workloads.size < PULL_SHARED_WORKLOADS ? null : { lines, names: [...workloads.values()], node };
}

/** The kubelet's reasons for a pod it stopped after it ran, not one it refused before starting it. */
const STOPPED_BY_KUBELET: ReadonlySet<string> = new Set(['Evicted', 'Preempting', 'NodeShutdown', 'Shutdown', 'Terminated']);

/** A status the kubelet sets on a pod it refused at admission (OutOfcpu, SysctlForbidden, UnexpectedAdmissionError, ...). */
function refusedAtAdmission(status: string): boolean {
  const info = statusInfo(status);
  return info.known && info.source === 'kubelet' && info.phase === 'Failed' && !STOPPED_BY_KUBELET.has(status) && !status.includes('ContainerStatusUnknown');
}

/** Refused pods of one owner, at least, before they are told as a loop of refusals rather than a count of a status. */
const REFUSED_AGAIN = 3;

/**
 * Owners that keep pods running (a ReplicaSet's Deployment, a DaemonSet, a ReplicationController) with REFUSED_AGAIN
 * pods or more the kubelet refused at admission, by owner (er/07: a Deployment's pod with an unsafe sysctl, seven
 * SysctlForbidden; dk/01: kube-dns, six OutOfcpu; dk/03: nine UnexpectedAdmissionError). A refused pod never starts and
 * ends Failed, and its owner does not count a failed pod, so it makes another, which is refused the same way: the pile
 * grows until the cause is fixed. Only pods still told by their status (`failing`).
 */
function refusedAgain(rows: readonly PodRow[], superseded: ReadonlySet<number>, failing: ReadonlyMap<string, { lines: number[] }>): { kind: string; owner: string; lines: number[]; status: string; name: string; ns: string }[] {
  const told = new Set<number>();
  for (const [status, g] of failing) if (refusedAtAdmission(status)) for (const l of g.lines) told.add(l);
  const byOwner = new Map<string, { kind: string; owner: string; lines: number[]; status: string; name: string; ns: string }>();
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    const w = r.workload;
    if (w === null || !told.has(r.line) || superseded.has(j) || w.confidence === 'low' || !(w.kind === 'Deployment' || w.kind === 'ReplicaSet' || w.kind === 'DaemonSet' || w.kind === 'ReplicationController')) continue;
    const key = `${r.namespace ?? ''}\u0000${w.kind}\u0000${w.name}`;
    const g = byOwner.get(key);
    if (g === undefined) byOwner.set(key, { kind: w.kind, owner: w.name, lines: [r.line], status: r.status as string, name: r.name, ns: namespaceFlag(r.namespace) });
    else g.lines.push(r.line);
  }
  return [...byOwner.values()].filter((g) => g.lines.length >= REFUSED_AGAIN);
}

/** Owner kinds whose pods are members named <set>-<ordinal>, each with its own identity and often its own volume. */
const MEMBER_SET_KINDS: ReadonlySet<string> = new Set(['StatefulSet', 'StrimziPodSet', 'InstanceSet', 'Cluster', 'NodeSet']);

/** Members seen, at least, before a set's members all failing are told as the set's, not pod by pod. */
const SET_DOWN_MEMBERS = 2;

/**
 * Sets (StatefulSet and the operators' sets named the same way) whose every member shown fails in a status of its
 * own (eh/18: Yolean's three Kafka brokers in Init:Error and Init:CrashLoopBackOff beside a running ZooKeeper; eh/08:
 * both redis data members of a KubeBlocks InstanceSet crash-looping beside its healthy sentinels). Members share their
 * template, its ConfigMaps and Secrets, and the peers they join, so one shared cause is likelier than one per member;
 * and with none up, whatever the set serves (a database, a broker, a quorum) answers nobody. Only members still told
 * by a failing status (`failing`: the error status groups no other finding took; a member stuck at Init:0/1 for days
 * may be a status misread, eb/14), at least SET_DOWN_MEMBERS, with ordinals
 * contiguous from 0 (from 1 for CloudNativePG's Cluster), so a paste that shows part of a set does not read as all of it.
 */
function setMembersAllFailing(rows: readonly PodRow[], superseded: ReadonlySet<number>, failing: ReadonlyMap<string, { severity: Severity; lines: number[] }>): { set: string; kind: string; lines: number[]; statuses: string[]; first: string }[] {
  type Members = { set: string; kind: string; namespace: string | null; lines: number[]; ordinals: number[]; statuses: string[]; first: string; firstOrdinal: number; down: boolean };
  const failingLines = new Set<number>();
  for (const g of failing.values()) if (g.severity === 'error') for (const l of g.lines) failingLines.add(l);
  if (failingLines.size < SET_DOWN_MEMBERS) return [];
  // One pass, by set name (then kind and namespace): a set is let go at its first member not failing, the rest of its
  // rows then cost a lookup (the 100k bench paste: hundreds of StatefulSets, one row in ten failing).
  const bySet = new Map<string, Members[]>();
  const all: Members[] = [];
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    const w = r.workload;
    if (w === null || !MEMBER_SET_KINDS.has(w.kind)) continue;
    let sets = bySet.get(w.name);
    if (sets === undefined) bySet.set(w.name, (sets = []));
    let m: Members | undefined;
    for (let k = 0; k < sets.length; k++) {
      const s = sets[k] as Members;
      if (s.kind === w.kind && s.namespace === r.namespace) m = s;
    }
    if (m !== undefined && !m.down) continue;
    if (superseded.has(j)) continue;
    const ordinal = memberOrdinal(r.name, w.name);
    if (ordinal < 0) continue;
    if (m === undefined) {
      m = { set: w.name, kind: w.kind, namespace: r.namespace, lines: [], ordinals: [], statuses: [], first: r.name, firstOrdinal: ordinal, down: true };
      sets.push(m);
      all.push(m);
    }
    if (r.status === null || !failingLines.has(r.line)) {
      m.down = false;
      continue;
    }
    m.lines.push(r.line);
    m.ordinals.push(ordinal);
    if (ordinal < m.firstOrdinal) {
      m.firstOrdinal = ordinal;
      m.first = r.name;
    }
    if (!m.statuses.includes(r.status)) m.statuses.push(r.status);
  }
  const out: { set: string; kind: string; lines: number[]; statuses: string[]; first: string }[] = [];
  for (const m of all) {
    if (!m.down || m.lines.length < SET_DOWN_MEMBERS) continue;
    const seen = [...new Set(m.ordinals)].sort((a, b) => a - b);
    const from = m.kind === 'Cluster' ? 1 : 0;
    if (seen.length !== m.ordinals.length || seen[0] !== from || seen[seen.length - 1] !== from + seen.length - 1) continue;
    out.push({ set: m.set, kind: m.kind, lines: m.lines, statuses: m.statuses, first: m.first });
  }
  return out;
}

/**
 * A member's ordinal: the number after `<set>-` (five digits at most, no leading zero, as a StatefulSet numbers its
 * pods); -1 for a name not so made. Shared by the findings that read a set's members in order.
 */
function memberOrdinal(name: string, set: string): number {
  const from = set.length + 1;
  if (name.length <= from || name.length > from + 5 || name.charCodeAt(set.length) !== 45 || !name.startsWith(set)) return -1;
  if (name.charCodeAt(from) === 48 && name.length > from + 1) return -1;
  let n = 0;
  for (let k = from; k < name.length; k++) {
    const c = name.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Pods held Pending with no node while others of their ReplicaSet run ready (ec/01: php-apache scaled to 6 by its HPA,
 * 4 Pending for a day "as there was not enough CPU"). One pod template, so the image, volumes and configuration serve
 * the others: what differs is only where a copy can go, and no node takes one more. Only the pods `held` (indices of
 * rows already judged held, not still being placed), with no FailedScheduling event in the paste (that one names the
 * reason) and no nominated node (preemption gave it one). By ReplicaSet: the first pod held, how many, how many run.
 */
function pendingBesideSiblings(rows: readonly PodRow[], superseded: ReadonlySet<number>, held: readonly number[], unschedulable: ReadonlyMap<number, unknown> | undefined): { name: string; deployment: string; lines: number[]; running: number }[] {
  type Held = { name: string; namespace: string | null; deployment: string; lines: number[]; at: number[]; running: number };
  // By ReplicaSet name (the pod's name up to its last dash), the namespace checked on the few that share one.
  const byRs = new Map<string, Held[]>();
  const rsOf = (r: PodRow): string | null => (replicaSetHash(r.name, (r.workload as NonNullable<PodRow['workload']>).name) === null ? null : r.name.slice(0, r.name.lastIndexOf('-')));
  const groups: Held[] = [];
  for (const j of held) {
    const r = rows[j] as PodRow;
    if (r.status !== 'Pending' || r.node !== null || r.nominatedNode !== null || r.workload === null || r.workload.kind !== 'Deployment' || superseded.has(j) || unschedulable?.get(j) !== undefined) continue;
    const rs = rsOf(r);
    if (rs === null) continue;
    let same = byRs.get(rs);
    if (same === undefined) byRs.set(rs, (same = []));
    let g = same.find((x) => x.namespace === r.namespace);
    if (g === undefined) {
      same.push((g = { name: r.name, namespace: r.namespace, deployment: r.workload.name, lines: [], at: [], running: 0 }));
      groups.push(g);
    }
    g.lines.push(r.line);
    g.at.push(j);
  }
  if (groups.length === 0) return [];
  const sibling = (r: PodRow, j: number) => r.severity === 'ok' && runsReady(r) && !superseded.has(j);
  // kubectl lists a namespace's pods by name, so a ReplicaSet's pods stand together: its running ones are found beside
  // its held ones, without a key for every pod of the listing (a full pass cost 20-30 ms on 100k rows).
  const seen = new Uint8Array(rows.length);
  for (const g of groups) {
    const rs = g.name.slice(0, g.name.lastIndexOf('-') + 1);
    for (const at of g.at) {
      // Already walked from a held sibling beside it.
      if (seen[at] === 1) continue;
      seen[at] = 1;
      for (const step of [-1, 1]) {
        for (let k = at + step; k >= 0 && k < rows.length; k += step) {
          const r = rows[k] as PodRow;
          if (r.namespace !== g.namespace || !r.name.startsWith(rs) || r.name.indexOf('-', rs.length) >= 0) break;
          if (seen[k] === 0 && sibling(r, k)) g.running++;
          seen[k] = 1;
        }
      }
    }
  }
  // Listed out of that order (--sort-by, several tables): the rest found in one pass, where they are few.
  const alone = groups.filter((g) => g.running === 0);
  if (alone.length > 0 && alone.length <= SIBLINGS_SEARCHED) {
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j] as PodRow;
      if (seen[j] === 1 || r.workload === null || r.workload.kind !== 'Deployment' || !sibling(r, j)) continue;
      const rs = rsOf(r);
      const g = rs === null ? undefined : byRs.get(rs)?.find((x) => x.namespace === r.namespace);
      if (g !== undefined) g.running++;
    }
  }
  return groups.filter((g) => g.running > 0).map(({ name, deployment, lines, running }) => ({ name, deployment, lines, running }));
}

/**
 * The components that serve a metrics API through the API server's aggregation layer, and which: metrics-server the
 * resource metrics (metrics.k8s.io), the adapters the custom or external metrics HPAs read (kube-prometheus's
 * prometheus-adapter the resource metrics too, in place of metrics-server).
 */
const METRICS_APIS: ReadonlyMap<string, 'resource' | 'adapter'> = new Map([
  ['metrics-server', 'resource'],
  ['prometheus-adapter', 'adapter'],
  ['custom-metrics-apiserver', 'adapter'],
  ['custom-metrics-stackdriver-adapter', 'adapter'],
  ['keda-operator-metrics-apiserver', 'adapter'],
]);

/**
 * A metrics API with no server behind it: every pod of the component that serves it failing or not ready, none ready
 * (ec/02, ec/05: metrics-server in CrashLoopBackOff under an HPA that says "unable to fetch metrics from resource metrics
 * API"; ec/13: 0/1 Running, kubectl top failing). Its row says what the pod does; what breaks with it is elsewhere, in
 * kubectl top and every autoscaler that reads that API, and that is what the person pasting it is usually chasing.
 * One per component, with its first failing pod.
 */
function metricsApisDown(rows: readonly PodRow[], superseded: ReadonlySet<number>, comps: readonly (ComponentInfo | undefined)[]): { id: 'metrics-server-down' | 'metrics-adapter-down'; name: string; status: string; lines: number[] }[] {
  const byComp = new Map<string, { api: 'resource' | 'adapter'; name: string; status: string; lines: number[]; ready: boolean }>();
  for (let j = 0; j < rows.length; j++) {
    const id = comps[j]?.id;
    const api = id === undefined ? undefined : METRICS_APIS.get(id);
    if (id === undefined || api === undefined || superseded.has(j)) continue;
    const r = rows[j] as PodRow;
    let g = byComp.get(id);
    if (g === undefined) byComp.set(id, (g = { api, name: '', status: '', lines: [], ready: false }));
    if (r.phase === 'Running' && r.ready !== null && r.ready.total > 0 && r.ready.ready === r.ready.total) g.ready = true;
    // Its own failure only: one that ran (crash-looping, up but never ready) or cannot get its image. A copy waiting on a
    // node, a scheduler or a network (Pending, Unknown after a reboot, de/01, dl/13) waits with every pod there, and the
    // findings about those tell the story; its API is down too, but that is not what to look at first.
    else if ((r.severity === 'error' && r.phase !== 'Unknown' && r.status !== 'Unknown' && r.status !== 'NodeLost') || (r.severity === 'warning' && r.phase === 'Running')) {
      if (g.lines.length === 0) {
        g.name = r.name;
        g.status = statusShown(r);
      }
      g.lines.push(r.line);
    }
  }
  return [...byComp.values()].filter((g) => !g.ready && g.lines.length > 0).map((g) => ({ id: g.api === 'resource' ? 'metrics-server-down' : 'metrics-adapter-down', name: g.name, status: g.status, lines: g.lines }));
}

/** Words that make a workload a database, as charts name their bundled one (chaos-mongodb, keycloak-postgresql, mongodb); MinIO too, an object store its apps need at start as much (fb/16: Thanos's compactor and store gateway crash beside it). */
const DATABASE_WORDS: ReadonlySet<string> = new Set(['mongo', 'mongodb', 'postgres', 'postgresql', 'mysql', 'mariadb', 'redis', 'db', 'database', 'minio']);
const INIT_WAITING = /^Init:(\d+)\/(\d+)$/;
/** What runs a chart's database: not a Job named for one (superset-init-db, cx/13) nor a bare test pod (redis-test2, ef/14). */
const DATABASE_KINDS: ReadonlySet<string> = new Set(['StatefulSet', 'Deployment', 'ReplicaSet']);
/** How long an app may wait in its init containers for a database that is only starting before that says anything. */
const INIT_WAIT_SECONDS = 300;

/** What every DATABASE_WORDS word holds, searched before a name is split into its words (most names hold none). */
const DATABASE_PARTS = ['db', 'mongo', 'postgres', 'mysql', 'redis', 'database', 'minio'];

/** Where a name's first database word starts among its dash-separated words; -1 for none. */
function databaseWordAt(name: string): number {
  if (!DATABASE_PARTS.some((part) => name.includes(part))) return -1;
  const words = name.split('-');
  for (let i = 0; i < words.length; i++) if (DATABASE_WORDS.has(words[i] as string)) return i;
  return -1;
}

function databaseNamed(name: string): boolean {
  return databaseWordAt(name) >= 0;
}

/**
 * Per namespace, pods held in their init containers (Init:N/M, none failing) beside a database pod of another workload
 * there that is not ready. Why: a chart's app most often waits in an init container until its database answers
 * (litmus-helm's wait-for-mongodb, el/04; keycloak's pgchecker, cx/10; free5GC's functions, dd/09), so the database is
 * the pod to look at, not the waiting ones. A database that fails (its row an error) tells at once; one still starting
 * only once it and the waiting pods are older than INIT_WAIT_SECONDS, or an install's first minute would say it.
 */
function initWaitsOnDatabase(rows: readonly PodRow[], superseded: ReadonlySet<number>): { database: string; status: string; line: number; lines: number[] }[] {
  // The pods held in their init containers first: most listings have none, and then no database is looked for.
  let held: number[] | null = null;
  let lastStatus: string | null = null;
  let lastHeld = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (r.status === null || r.workload === null || r.status.charCodeAt(0) !== 73) continue;
    // Statuses repeat (one string per distinct cell): the pattern is run once per run of one status.
    if (r.status !== lastStatus) {
      lastStatus = r.status;
      const m = INIT_WAITING.exec(r.status);
      lastHeld = m !== null && Number(m[1]) < Number(m[2]);
    }
    if (lastHeld && !superseded.has(i)) (held ??= []).push(i);
  }
  if (held === null) return [];
  let databases: Map<string, PodRow> | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    // Cheapest first: most rows of a large listing run ready.
    if (r.workload === null || r.status === null || runsReady(r) || !DATABASE_KINDS.has(r.workload.kind) || superseded.has(i) || !databaseNamed(r.workload.name)) continue;
    // Held in its own init containers, it waits beside the others, most often for the same cause (a service mesh's
    // injected init container failing them all, cn/04); one that only starts says nothing yet (an ONAP StatefulSet's
    // second member, 2 minutes old among pods waiting for an hour, dd/25).
    if (r.status.startsWith('Init:') || (r.severity !== 'error' && (r.ageSeconds === null || r.ageSeconds < INIT_WAIT_SECONDS))) continue;
    const key = r.namespace ?? '';
    const seen = (databases ??= new Map()).get(key);
    // The one that fails first: it is the one to start with.
    if (seen === undefined || (seen.severity !== 'error' && r.severity === 'error')) databases.set(key, r);
  }
  if (databases === null) return [];
  const waiting = new Map<string, number[]>();
  for (const i of held) {
    const r = rows[i] as PodRow;
    const key = r.namespace ?? '';
    const db = databases.get(key);
    if (db === undefined || db.workload?.name === (r.workload as NonNullable<PodRow['workload']>).name) continue;
    if (db.severity !== 'error' && (r.ageSeconds === null || r.ageSeconds < INIT_WAIT_SECONDS)) continue;
    let list = waiting.get(key);
    if (list === undefined) waiting.set(key, (list = []));
    list.push(r.line);
  }
  const out: { database: string; status: string; line: number; lines: number[] }[] = [];
  for (const [key, lines] of waiting) {
    const db = databases.get(key) as PodRow;
    // Running but not ready says which only with READY beside it.
    const status = statusShown(db);
    out.push({ database: db.name, status, line: db.line, lines });
  }
  return out;
}

/** Statuses of a container that ran and exited: what an app does when it cannot reach its database at start. */
const CRASHED: ReadonlySet<string> = new Set(['CrashLoopBackOff', 'Error', 'Init:CrashLoopBackOff', 'Init:Error']);

/**
 * What a chart names its release before its database ("my-release-harbor-" of my-release-harbor-database), with its
 * dash: the apps of that release share it, and another app's pods in the namespace (with a database of its own, ee/03)
 * do not. Empty for a database named alone (mongodb), whose namespace is all there is to go by.
 */
function releaseOf(database: string): string {
  const at = databaseWordAt(database);
  return at <= 0 ? '' : `${database.split('-').slice(0, at).join('-')}-`;
}

/** Whether a workload is of a release: named with its prefix, or the release's own name (the gitea StatefulSet of gitea-). */
function ofRelease(name: string, release: string): boolean {
  return name.startsWith(release) || (name.length === release.length - 1 && release.startsWith(name));
}

/** A database pod failing on its own (crash-looping, not ready, no image), not one waiting on a node or in its own init. */
function databaseFailing(r: PodRow): boolean {
  return r.severity === 'error' && r.phase !== 'Unknown' && r.status !== null && r.status !== 'Unknown' && r.status !== 'NodeLost' && r.status !== 'Evicted' && r.status !== 'Terminating' && !r.status.startsWith('Init:');
}

/**
 * Per namespace, pods of other workloads that crash or restarted within the hour beside a database pod there that
 * fails. Why: an app that cannot reach its database at start most often exits, and its owner starts it again, so its
 * restarts follow the database's (Rocket.Chat's services around a MongoDB that dies on an old CPU, eq/02): the
 * database is the pod to look at first, not the loops around it. Only a database that fails: one still starting says
 * nothing yet, and init-waits-database tells the apps that wait for it in their init containers. Only its release's
 * pods, where its name tells one (releaseOf).
 */
function crashesBesideDatabase(rows: readonly PodRow[], superseded: ReadonlySet<number>): { database: string; status: string; line: number; lines: number[] }[] {
  let databases: Map<string, { db: PodRow; release: string }> | null = null;
  // One walk of every row: the failing databases, and the rows that restarted (the only ones that can be around one).
  const restarted: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as PodRow;
    if (r.restarts !== null && r.restarts.count > 0) restarted.push(i);
    // Cheapest first: most rows of a large listing are not errors.
    if (r.severity !== 'error' || r.workload === null || !DATABASE_KINDS.has(r.workload.kind) || !databaseFailing(r) || superseded.has(i) || !databaseNamed(r.workload.name)) continue;
    const key = r.namespace ?? '';
    if (!(databases ??= new Map()).has(key)) databases.set(key, { db: r, release: releaseOf(r.workload.name) });
  }
  if (databases === null) return [];
  const around = new Map<string, number[]>();
  for (const i of restarted) {
    const r = rows[i] as PodRow;
    if (r.workload === null || r.status === null || r.restarts === null || superseded.has(i)) continue;
    const key = r.namespace ?? '';
    const found = databases.get(key);
    if (found === undefined || found.db.workload?.name === r.workload.name || !ofRelease(r.workload.name, found.release)) continue;
    // One restart within the hour is as often the node's reboot as the app's exit; a crash status or a few say an exit.
    // Without "(5m ago)" (kubectl before 1.22), a pod younger than the hour restarted within it.
    if (!CRASHED.has(r.status)) {
      if (r.restarts.count < 2) continue;
      const ago = r.restarts.lastAgo === null ? (r.ageSeconds !== null && r.ageSeconds < RECENT_RESTART ? r.ageSeconds : null) : ageSeconds(r.restarts.lastAgo);
      if (ago === null || ago >= RECENT_RESTART) continue;
    }
    // Another database failing beside it has its own story (a replica set's members, an arbiter): not a dependent.
    if (databaseNamed(r.workload.name)) continue;
    let list = around.get(key);
    if (list === undefined) around.set(key, (list = []));
    list.push(r.line);
  }
  if (around.size === 0) return [];
  // A namespace where nothing runs ready fails as a whole (images for another CPU, cx/23; a node): no pod stands out.
  // Looked for only in the namespaces told, and only until each has one.
  const quiet = new Set(around.keys());
  for (let i = 0; i < rows.length && quiet.size > 0; i++) {
    const r = rows[i] as PodRow;
    if (runsReady(r)) quiet.delete(r.namespace ?? '');
  }
  const out: { database: string; status: string; line: number; lines: number[] }[] = [];
  for (const [key, lines] of around) {
    if (quiet.has(key)) continue;
    const db = (databases.get(key) as { db: PodRow }).db;
    const status = statusShown(db);
    out.push({ database: db.name, status, line: db.line, lines });
  }
  return out;
}

/** A row's STATUS as a finding names it: Running says what is wrong only with READY beside it (`0/1 Running`). */
function statusShown(r: PodRow): string {
  return r.status === 'Running' && r.ready !== null ? `${r.ready.ready}/${r.ready.total} Running` : (r.status ?? '');
}

/** Running with every container ready (a READY of 0/0 says nothing). */
function runsReady(r: PodRow): boolean {
  return r.status === 'Running' && r.ready !== null && r.ready.total > 0 && r.ready.ready === r.ready.total;
}

/** How many ReplicaSets with no running pod beside their held ones pendingBesideSiblings looks for across the listing. */
const SIBLINGS_SEARCHED = 16;

/** Past this many ReplicaSets with pods held beside running ones, one finding for them all. */
const PENDING_SIBLINGS_EACH = 3;

/** Drops from `list` the lines `told`, in place and in one pass (splicing each out was quadratic on 100k rows). */
function dropTold(list: number[], told: ReadonlySet<number>): void {
  let w = 0;
  for (const l of list) if (!told.has(l)) list[w++] = l;
  list.length = w;
}

/** A Deployment pod's ReplicaSet, by namespace, Deployment and pod-template hash; null where its name has none. */
function replicaSetKey(r: PodRow): string | null {
  const w = r.workload as NonNullable<PodRow['workload']>;
  const hash = replicaSetHash(r.name, w.name);
  return hash === null ? null : `${r.namespace ?? ''}\u0000${w.name}\u0000${hash}`;
}

/** How many pod templates hostNetworkClashes looks at, at most. */
const HOST_CLASH_TEMPLATES = 8;

/**
 * Pods of one ReplicaSet (one pod template, so the same ports) on the host network of one node, one of them failing:
 * the copies contend for the node's ports. Only with one address shown for them all, the node's: the evidence that
 * they are on its network, not a guess from the component alone. `failing` are such failing pods' indices; the rest of their ReplicaSet is
 * looked for among the live rows.
 */
function hostNetworkClashes(rows: readonly PodRow[], superseded: ReadonlySet<number>, failing: readonly number[]): { deployment: string; node: string; lines: number[] }[] {
  const out: { deployment: string; node: string; lines: number[] }[] = [];
  const told = new Set<string>();
  for (const j of failing) {
    const r = rows[j] as PodRow;
    const template = r.name.slice(0, r.name.lastIndexOf('-') + 1);
    const key = `${r.namespace ?? ''}\u0000${template}\u0000${r.node}`;
    if (told.has(key)) continue;
    // Each template looked for costs a pass over the rows: a few suffice to say it, whatever the paste's size.
    if (told.size >= HOST_CLASH_TEMPLATES) break;
    told.add(key);
    const lines: number[] = [];
    for (let k = 0; k < rows.length; k++) {
      const o = rows[k] as PodRow;
      if (!superseded.has(k) && o.network === 'host' && o.node === r.node && o.ip === r.ip && o.namespace === r.namespace && o.status !== 'Terminating' && o.name.startsWith(template) && o.name.length === r.name.length) lines.push(o.line);
    }
    if (lines.length > 1) out.push({ deployment: (r.workload as NonNullable<PodRow['workload']>).name, node: r.node as string, lines });
  }
  return out;
}

/**
 * A k3s ServiceLB pod from before its DaemonSets moved to kube-system: those ran in their Service's own namespace (dp/08:
 * svclb-http-server-pfxcg in default; dp/06: svclb-pihole-web-* beside the pihole pod). The move added 8 hex of the
 * Service's uid to the DaemonSet's name, needed once Services of every namespace share one (dp/12:
 * svclb-traefik-1628ae6b-vc7j8), so only a name with them says kube-system.
 */
function serviceLbElsewhere(c: ComponentInfo, r: PodRow): boolean {
  if (c.id !== 'svclb') return false;
  const w = r.workload?.name ?? r.name;
  return !/-[0-9a-f]{8}$/.test(w);
}

/**
 * Whether rows that show no namespace are, as namespace-unknown-system reads them, most likely a listing of kube-system:
 * some rows, every one a pod of kube-system's own, and no command in the paste that names a namespace or lists them all.
 */
function kubeSystemGuessed(noNs: number, oneHome: boolean, homes: readonly string[], input: ClusterInput): boolean {
  if (noNs === 0 || !oneHome || homes.length !== 1 || homes[0] !== 'kube-system') return false;
  if (input.namespaceNamedAt !== undefined && input.namespaceNamedAt !== null) return false;
  const open = (c: KubectlCommand | null): boolean => c !== null && (c.allNamespaces || c.filtered || c.pipedTo !== null);
  return !input.tableCommands.some(open) && !(input.headerlessCommands ?? []).some(open);
}

function count(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** A node's pods by /24, while they fall in at most two: its pod slice and the one pod apart from it. */
interface NodeSlices {
  nets: [string, string | null];
  counts: [number, number];
  /** The first row in each /24. */
  rows: [number, number];
  /** More than two /24s: no one slice to stand out from. */
  mixed: boolean;
}

/** A runtime's own bridge address (docker0's 172.17, CRI-O's 10.88, 10.85): a pod's, on a node without a CNI. */
function bridgeAddress(ip: string): boolean {
  return ip.startsWith('172.17.') || ip.startsWith('10.88.') || ip.startsWith('10.85.');
}

/** {@link bridgeAddress} of an address already read as a number (its first 16 bits). */
function bridgeNumber(ip: number): boolean {
  const top = ip >>> 16;
  return top === ((172 << 8) | 17) || top === ((10 << 8) | 88) || top === ((10 << 8) | 85);
}

/**
 * Rule 5 (see inferCluster): per node of unknown address with a DaemonSet's pod on it, the address of the one such
 * pod alone in its /24 and /16 while the node's other pods (two at least) share one /24.
 */
function hostAgentAddresses(rows: readonly PodRow[], nodeOf: Int32Array, nodeAddress: readonly (string | null)[], live: (i: number) => boolean): Map<number, string> {
  const n = rows.length;
  const found = new Map<number, string>();
  let agentNodes: Set<number> | null = null;
  for (let i = 0; i < n; i++) {
    const r = rows[i] as PodRow;
    const id = nodeOf[i] as number;
    if (id >= 0 && nodeAddress[id] === null && r.ip !== null && r.workload?.kind === 'DaemonSet' && live(i) && isIpv4(r.ip) && !bridgeAddress(r.ip)) (agentNodes ??= new Set()).add(id);
  }
  if (agentNodes === null) return found;
  // One walk for every such node.
  const slices = new Map<number, NodeSlices>();
  for (let k = 0; k < n; k++) {
    const id = nodeOf[k] as number;
    const o = rows[k] as PodRow;
    if (id < 0 || !agentNodes.has(id) || o.ip === null || !live(k) || !isIpv4(o.ip)) continue;
    const net = prefix(o.ip, 3);
    const seen = slices.get(id);
    if (seen === undefined) slices.set(id, { nets: [net, null], counts: [1, 0], rows: [k, -1], mixed: false });
    else if (seen.mixed) continue;
    else if (seen.nets[0] === net) seen.counts[0]++;
    else if (seen.nets[1] === null) {
      seen.nets[1] = net;
      seen.counts[1] = 1;
      seen.rows[1] = k;
    } else if (seen.nets[1] === net) seen.counts[1]++;
    else seen.mixed = true;
  }
  for (const [id, seen] of slices) {
    if (seen.mixed || seen.nets[1] === null) continue;
    const first = seen.counts[0] === 1 && seen.counts[1] >= 2;
    if (!first && !(seen.counts[1] === 1 && seen.counts[0] >= 2)) continue;
    const r = rows[first ? seen.rows[0] : seen.rows[1]] as PodRow;
    const ip = r.ip as string;
    if (r.workload?.kind !== 'DaemonSet' || bridgeAddress(ip) || prefix(ip, 2) === prefix((first ? seen.nets[1] : seen.nets[0]) as string, 2)) continue;
    found.set(id, ip);
  }
  return found;
}

/**
 * Sets each row's network and works out nodes, networks, CNI, DNS and findings.
 *
 * @example
 * const { nodes } = inferCluster({ rows, superseded: new Set(), nodeRows: [], tableCommands: [], tableWide: [], tableLines: [], withNodeColumn });
 */
export function inferCluster(input: ClusterInput): ClusterResult {
  const rows = input.rows;
  const n = rows.length;
  const superseded = input.superseded;
  // Per row, once: its knowledge-base entry and its node as a small integer (no string lookups per pass).
  const comps = new Array<ComponentInfo | undefined>(n);
  const nodeOf = new Int32Array(n);
  const nodeIds = new Map<string, number>();
  const nodeNames: string[] = [];
  const idOf = (name: string): number => {
    let id = nodeIds.get(name);
    if (id === undefined) {
      nodeIds.set(name, (id = nodeNames.length));
      nodeNames.push(name);
    }
    return id;
  };
  let lastNode: string | null = null;
  let lastId = -1;
  let lastCompId: string | null = null;
  let lastComp: ComponentInfo | undefined;
  for (let i = 0; i < n; i++) {
    const r = rows[i] as PodRow;
    const c = r.component;
    if (c !== lastCompId) {
      lastCompId = c;
      lastComp = c === null ? undefined : componentById(c);
    }
    comps[i] = lastComp;
    const node = r.node;
    if (node === null) {
      nodeOf[i] = -1;
      // A control-plane or kube-proxy static pod names its node (etcd-master, kube-proxy-gke-<node>), and so does
      // any static pod the knowledge base knows runs one per node (Kubespray's nginx-proxy-<worker>): that node
      // exists even where no NODE column shows it.
      // Medium too: a static-pod family the knowledge base knows, its node in no other row (kube-up's
      // fluentd-elasticsearch-<node>). The row is on that node: a host-network one shows the node's address.
      const named = lastComp !== undefined && (CONTROL_PLANE_NODE_IDS.has(lastComp.id) || lastComp.id === 'kube-proxy' || (lastComp.kind === 'StaticPod' && r.workload?.kind === 'StaticPod' && r.workload.confidence !== 'low')) ? staticPodNode(r) : null;
      if (named !== null) nodeOf[i] = idOf(named);
      // IKS and OKE name their nodes by address: any static pod ending in one (ibm-master-proxy-static-10.76.68.138,
      // proxymux-client-10.0.10.2) names its node.
      else if (r.workload !== null && r.workload.kind === 'StaticPod') {
        const ip = staticPodNode(r);
        if (ip !== null && isIpv4(ip)) idOf(ip);
      }
    }
    else if (node === lastNode) nodeOf[i] = lastId;
    else nodeOf[i] = lastId = idOf((lastNode = node));
  }
  for (const nr of input.nodeRows) idOf(nr.name);
  const live = (i: number): boolean => superseded.size === 0 || !superseded.has(i);

  // 1. Node addresses from pods that use the host network by nature.
  const addrVotes: (Map<string, number> | undefined)[] = [];
  const vote = (id: number, ip: string): void => {
    let votes = addrVotes[id];
    if (votes === undefined) addrVotes[id] = votes = new Map();
    votes.set(ip, (votes.get(ip) ?? 0) + 1);
  };
  /** Rows of static pods the knowledge base does not know (see below). */
  let unknownStatic: number[] | null = null;
  let vpcCni = false;
  let k3sServiceLb = false;
  let sucSeen = false;
  for (let i = 0; i < n; i++) {
    const comp = comps[i];
    const r = rows[i] as PodRow;
    if (comp === undefined && r.workload?.kind !== 'StaticPod') continue;
    // A line printed again later (`get pods` after `get pods -o wide`) still shows the address the pod had: a
    // host-network pod's is its node's, whatever the later line lacks.
    const id0 = nodeOf[i] as number;
    if (!live(i) && (r.ip === null || id0 < 0 || !(comp !== undefined && comp.hostNetwork))) continue;
    if (r.component === 'aws-node') vpcCni = true;
    // k3s's own signs: its ServiceLB pods, its bundled Traefik's install Job (RKE2's are helm-install-rke2-*), Rancher Desktop's node,
    // Rancher's system-upgrade-controller (k3s's or RKE2's, and RKE2 runs its CNI as pods: with none in the paste, k3s,
    // unless a node's version says RKE2, `v1.20.9+rke2r1`: hunt bq/18, whose listing just leaves the CNI's namespace out).
    if (r.component === 'svclb' || (r.component === 'helm-install' && r.name.startsWith('helm-install-traefik')) || r.node === 'lima-rancher-desktop') k3sServiceLb = true;
    else if (r.component === 'system-upgrade-controller' || r.component === 'system-upgrade-job') sucSeen = true;
    const id = nodeOf[i] as number;
    if (r.ip === null || id < 0) continue;
    // The knowledge base says which components use the host network: not every static pod does (kube-up's
    // fluentd-elasticsearch-<node> ran on the pod network). A name that only ends in a node's name (OpenShift's
    // installer-4-master1, revision-pruner-7-master1) may be an operator's pod on the pod network.
    if (comp !== undefined) {
      if (!comp.hostNetwork || staticCopy(comp, r)) continue;
    } else {
      // A static pod it does not know most likely runs on the host: weighed once the known ones have voted.
      if (r.workload?.kind === 'StaticPod' && r.workload.confidence !== 'low') (unknownStatic ??= []).push(i);
      continue;
    }
    vote(id, r.ip);
  }
  let otherFamily: ((ip: string) => boolean) | null = null;
  for (const i of unknownStatic ?? []) {
    const ip = (rows[i] as PodRow).ip as string;
    const id = nodeOf[i] as number;
    // A name that only ends in its node's (medium) may be an operator's pod on the pod network (see above), unless its
    // address is of the other family than every other pod's: a CNI hands its pods one family first, a node's own
    // address may be the other (cv/05's iag-node1 at 9999::106 beside pods at 172.20.2.x).
    if ((rows[i] as PodRow).workload?.confidence !== 'high' && !(otherFamily ??= familyApart(rows, comps, live))(ip)) continue;
    // Not an address other than the one the node's known host-network pods show, or the one its name spells (EC2's
    // ip-172-20-0-214): that is the pod's own, on the pod network.
    const known = addrVotes[id];
    if (known !== undefined ? !known.has(ip) : (addressInName(nodeNames[id] as string) ?? ip) !== ip) continue;
    vote(id, ip);
  }
  const nodeAddress = new Array<string | null>(nodeNames.length).fill(null);
  addrVotes.forEach((votes, id) => {
    if (votes !== undefined) nodeAddress[id] = byCount(votes)[0] as string;
  });
  for (const nr of input.nodeRows) {
    const id = nodeIds.get(nr.name) as number;
    if (nr.internalIp !== null && nodeAddress[id] === null) nodeAddress[id] = nr.internalIp;
  }
  for (const [name, ip] of input.describedAddresses ?? []) {
    const id = nodeIds.get(name);
    if (id !== undefined && nodeAddress[id] === null) nodeAddress[id] = ip;
  }
  if (nodeNames.some(isKindNode)) kindNodeAddresses(rows, nodeNames, nodeOf, nodeAddress, live);
  // EC2's private DNS names spell the instance's address: ip-10-3-18-70.ap-south-1.compute.internal. Any other name
  // ending in an address (gpu-10-252-192-48) spells it only where a pod on that node shows exactly it (worker-1-2-3-4
  // need not be 1.2.3.4): that pod then uses the host network, and the address is the node's, a second one when the
  // node has another. Only names ending in one cost a walk of the rows.
  // Not where the node's host-network pods show an IPv6 address, hidden before pasting (RKE2 or EKS on IPv6, rke2#3067's
  // `<server 2 ipv6>`, ea/05, ea/10): the name keeps the instance's IPv4 address, the cluster reaches the node by the other.
  let overIpv6: Set<number> | null = null;
  for (const i of input.hiddenIpv6Lines === undefined ? [] : rowsAtLines(rows, input.hiddenIpv6Lines)) {
    if (comps[i]?.hostNetwork === true && (nodeOf[i] as number) >= 0) (overIpv6 ??= new Set()).add(nodeOf[i] as number);
  }
  let spelled: (string | null)[] | null = null;
  for (let id = 0; id < nodeNames.length; id++) {
    const name = nodeNames[id] as string;
    if (nodeAddress[id] === null && !(overIpv6?.has(id) ?? false)) nodeAddress[id] = addressInName(name);
    const ip = addressEndingName(name);
    if (ip !== null && ip !== nodeAddress[id]) (spelled ??= new Array<string | null>(nodeNames.length).fill(null))[id] = ip;
  }
  let shownSpelled: string[] | null = null;
  for (let i = 0; i < n && spelled !== null; i++) {
    const id = nodeOf[i] as number;
    const ip = (rows[i] as PodRow).ip;
    if (id < 0 || ip === null || spelled[id] !== ip) continue;
    spelled[id] = null;
    if (nodeAddress[id] === null) nodeAddress[id] = ip;
    else (shownSpelled ??= []).push(ip);
  }
  // Rule 2: an IP shared by pods on one node. Not by pods that ended: a Job's failed attempts hand the same pod
  // address on, one after another (weave's 10.44.0.1 for seven StartError attempts).
  const seenOnNode: (Map<string, string> | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    const id = nodeOf[i] as number;
    const r = rows[i] as PodRow;
    if (id < 0 || r.ip === null || nodeAddress[id] !== null || !live(i) || r.phase === 'Succeeded' || r.phase === 'Failed' || (r.status !== null && ENDED_ATTEMPT.has(r.status))) continue;
    let seen = seenOnNode[id];
    if (seen === undefined) seenOnNode[id] = seen = new Map();
    const prev = seen.get(r.ip);
    if (prev !== undefined && prev !== r.name) nodeAddress[id] = r.ip;
    else seen.set(r.ip, r.name);
  }
  // Rule 3: an IP in a node network, on a node with no known address. Not where pods take addresses from the
  // nodes' own subnet (Azure CNI, a VPC CNI): there such an IP is any pod's.
  if (!vpcCni && nodeAddress.some((a) => a !== null) && nodeAddress.some((a) => a === null)) {
    const nodeNets24 = new Set<string>();
    for (const a of nodeAddress) if (a !== null && isIpv4(a)) nodeNets24.add(prefix(a, 3));
    let flat = false;
    for (let i = 0; i < n && !flat; i++) {
      const id = nodeOf[i] as number;
      const r = rows[i] as PodRow;
      const own = id < 0 ? null : nodeAddress[id];
      if (own !== null && own !== undefined && r.ip !== null && r.ip !== own && live(i) && isIpv4(r.ip) && nodeNets24.has(prefix(r.ip, 3))) flat = true;
    }
    for (let i = 0; i < n && !flat; i++) {
      const id = nodeOf[i] as number;
      const r = rows[i] as PodRow;
      if (id < 0 || r.ip === null || nodeAddress[id] !== null || !live(i) || !isIpv4(r.ip)) continue;
      if (nodeNets24.has(prefix(r.ip, 3))) nodeAddress[id] = r.ip;
    }
  }
  // Rule 4: a DaemonSet is one pod spec: where one of its pods has its node's address it runs on the host network,
  // so each of its other pods' address is its own node's (Azure CNI's installer, an agent the knowledge base lacks).
  const spreadDaemonSets = (): void => {
    let hostSets: Set<PodRow['workload']> | null = null;
    for (let i = 0; i < n; i++) {
      const r = rows[i] as PodRow;
      const id = nodeOf[i] as number;
      if (id >= 0 && r.ip !== null && r.workload !== null && r.workload.kind === 'DaemonSet' && r.workload.confidence !== 'low' && nodeAddress[id] === r.ip && live(i)) (hostSets ??= new Set()).add(r.workload);
    }
    for (let i = 0; i < n && hostSets !== null; i++) {
      const r = rows[i] as PodRow;
      const id = nodeOf[i] as number;
      if (id >= 0 && r.ip !== null && nodeAddress[id] === null && live(i) && hostSets.has(r.workload)) nodeAddress[id] = r.ip;
    }
  };
  if (nodeAddress.some((a) => a === null)) spreadDaemonSets();
  // Rule 5: a DaemonSet's pod alone in its /16 on a node whose other pods share one /24 (the node's slice of the pod
  // range): an agent on the host network (an EdgeMesh agent's 192.168.60.245 beside 10.244.0.x), its address the
  // node's. Other DaemonSets' pods may share the slice (PKS's telegraf at 10.0.11.6 beside fluent-bit at
  // 10.200.67.10, hunt db/22). Not a runtime's bridge address (docker0's 172.17, CRI-O's 10.88, 10.85): pods of a
  // node without a CNI.
  if (nodeAddress.some((a) => a === null)) {
    const found = hostAgentAddresses(rows, nodeOf, nodeAddress, live);
    for (const [id, ip] of found) nodeAddress[id] = ip;
    // Rule 4 again for the DaemonSet this found on the host network: its pods on nodes with too few others to
    // tell (an OpenEBS CSI node plugin beside one pool pod) are on it too, not on a pod network of their own.
    if (found.size > 0 && nodeAddress.some((a) => a === null)) spreadDaemonSets();
  }
  const addresses = new Set<string>();
  for (const a of nodeAddress) if (a !== null) addresses.add(a);
  // A node's host-network pods showing two addresses (a VM's NAT and host-only adapters, an address DHCP changed
  // after the static pods started): both are the node's, neither a pod network.
  for (const votes of addrVotes) if (votes !== undefined && votes.size > 1) for (const ip of votes.keys()) addresses.add(ip);
  for (const ip of shownSpelled ?? []) addresses.add(ip);

  // 2. Network per row. EKS Fargate runs each pod in a micro-VM of its own, its node named after the pod's address
  // (fargate-ip-192-168-12-99...): that address is the pod's, and Fargate has no hostNetwork at all.
  let fargate = false;
  for (let id = 0; id < nodeNames.length && !fargate; id++) fargate = (nodeNames[id] as string).startsWith('fargate-');
  for (const r of rows) r.network = r.ip === null ? 'unknown' : addresses.has(r.ip) && !(fargate && r.node !== null && r.node.startsWith('fargate-')) ? 'host' : 'pod';

  // 3. Nodes, and 4. networks, CNI and DNS, in one walk of the live rows.
  const nodeOrder: number[] = [];
  const pods = new Int32Array(nodeNames.length);
  const touched = new Uint8Array(nodeNames.length);
  const components: (Set<string> | undefined)[] = [];
  const cp: (Set<string> | undefined)[] = [];
  const touch = (id: number): void => {
    if (touched[id] === 0) {
      touched[id] = 1;
      nodeOrder.push(id);
    }
  };
  const pod16 = new Map<number, number>();
  const pod6: string[] = [];
  let in233 = 0;
  let in233Narrow = 0;
  const countPodNetwork = (ip: string): void => {
    if (isIpv4(ip)) {
      const k = octets16(ip);
      if (k >= 0) pod16.set(k, (pod16.get(k) ?? 0) + 1);
      else count(podNets, `${prefix(ip, 2)}.0.0/16`);
      if (k === KUBESPRAY.base) {
        in233++;
        const third = thirdOctet(ip);
        if (third >= 64 && third < 128) in233Narrow++;
      }
    } else if (ip.indexOf(':') >= 0) pod6.push(ip);
  };
  const podNets = new Map<string, number>();
  const cniCounts = new Map<string, number>();
  const cniOperatorLines: number[] = [];
  let calicoControllers = 0;
  /** A namespace of the live rows, and whether another showed: a listing of several (or all) shows every CNI pod. */
  let firstNamespace: string | null = null;
  let manyNamespaces = false;
  const dnsCounts = new Map<string, number>();
  const podsKnown = input.withNodeColumn.indexOf(1) >= 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i] as PodRow;
    // A line printed again later still shows the address its pod had, when the later line (no -o wide) does not.
    if (!live(i)) {
      if (r.network === 'pod' && r.ip !== null) countPodNetwork(r.ip);
      // A deleted pod's node is still there (its pods went, not it): listed, with the pods it has now. So is the node a
      // pod printed again left (a VPA moved from the masters to infra nodes, OpenShift's docs): nodes stay.
      const was = nodeOf[i] as number;
      if (was >= 0 && !(input.deletedNodes?.has(r.node as string) ?? false)) touch(was);
      continue;
    }
    if (r.namespace !== null && !manyNamespaces) {
      if (firstNamespace === null) firstNamespace = r.namespace;
      else if (firstNamespace !== r.namespace) manyNamespaces = true;
    }
    let id = nodeOf[i] as number;
    const comp = comps[i];
    // A static pod without a NODE cell names its node (etcd-m-k8s): counted there when the paste knows that node.
    if (id < 0 && r.node === null) {
      const named = staticPodNode(r);
      if (named !== null) id = nodeIds.get(named) ?? -1;
    }
    if (id >= 0) {
      touch(id);
      pods[id] = (pods[id] as number) + 1;
      if (comp !== undefined) {
        (components[id] ??= new Set()).add(comp.id);
        // RKE2 runs the cloud controller manager as a static pod on each server: a control-plane node of its own
        // where a split server runs no other (its Deployment elsewhere says nothing of its node). kube-vip as a static
        // pod holds the control plane's virtual IP, on the control-plane nodes (as a DaemonSet it serves Services anywhere).
        // kube-addon-manager is a static pod of the master's own (kube-up, minikube before it labelled roles: ROLES <none>, hunt da/11).
        if ((CONTROL_PLANE_NODE_IDS.has(comp.id) && !staticCopy(comp, r) && !otherStaticPod(comp, r)) || (MASTER_STATIC_PODS.has(comp.id) && r.workload?.kind === 'StaticPod')) (cp[id] ??= new Set()).add(comp.id);
      }
    }
    if (r.network === 'pod' && r.ip !== null) countPodNetwork(r.ip);
    // Calico's operator installs Calico; it is not Calico running (see findingsFor's cni-operator-only).
    if (comp !== undefined && comp.id === TIGERA_OPERATOR) cniOperatorLines.push(r.line);
    else if (comp !== undefined && comp.provides !== null) {
      const target = comp.category === 'cni' ? cniCounts : comp.category === 'dns' ? dnsCounts : null;
      if (target !== null) count(target, comp.provides);
      if (comp.id === CALICO_CONTROLLERS) calicoControllers++;
    }
  }
  // Canal's manifest ships Calico's kube-controllers beside the canal DaemonSet: with no other Calico pod, those count
  // for canal (on one node, one of each tied and Calico won).
  if (calicoControllers > 0 && cniCounts.has('canal') && cniCounts.get('calico') === calicoControllers) {
    cniCounts.set('canal', (cniCounts.get('canal') as number) + calicoControllers);
    cniCounts.delete('calico');
  }
  // netd runs on every GKE node and writes the config of whichever plugin runs there: Calico's or Dataplane V2's when they show.
  if (cniCounts.size > 1) cniCounts.delete(GKE_PTP);
  // Numeric /16 keys print back as the text did (no leading zeros), so they merge with the others exactly.
  for (const [k, v] of pod16) count(podNets, `${k >> 8}.${k & 255}.0.0/16`, v);
  // Kubespray's default range is narrower than a /16: its pods all inside it are that range.
  if (in233 > 0 && in233Narrow === in233) {
    podNets.set(KUBESPRAY.text, podNets.get('10.233.0.0/16') ?? in233);
    podNets.delete('10.233.0.0/16');
  }
  for (const [net, v] of ipv6Networks(pod6, 48, 64)) count(podNets, net, v);
  const nodeTable = new Map(input.nodeRows.map((nr) => [nr.name, nr]));
  for (const nr of input.nodeRows) touch(nodeIds.get(nr.name) as number);
  const anyControlPlane = cp.some((s) => s !== undefined && s.size > 0) || input.nodeRows.some((nr) => isCpRoles(nr.roles));
  const roleRank: Record<NodeRole, number> = { 'control-plane': 0, worker: 1, edge: 2, unknown: 3 };
  // MicroK8s sets no role labels, its control plane's nodes included: there ROLES <none> says nothing.
  // Named only in the prose beside a plain `kubectl` (its alias, hunt by/14), it is the cluster the paste is about too.
  const noRoleLabels = input.microk8s === true || input.microk8sNamed === true;
  let managedPlane: boolean | null = null;
  let windowsNodes: ReadonlySet<number> | null = null;
  const nodes: NodeInfo[] = nodeOrder.map((id) => {
    const name = nodeNames[id] as string;
    const fromTable = nodeTable.get(name);
    let role: NodeRole = 'unknown';
    if ((cp[id]?.size ?? 0) > 0 || (fromTable !== undefined && isCpRoles(fromTable.roles))) role = 'control-plane';
    // KubeEdge's keadm join labels its node edge (ROLES agent,edge) and edgecore reports a VERSION of its own (v1.23.15-kubeedge-v1.13.0).
    else if (fromTable !== undefined && fromTable.version !== null && fromTable.roles.includes('edge') && fromTable.version.includes(KUBEEDGE_VERSION)) role = 'edge';
    else if (fromTable !== undefined && (fromTable.roles.length > 0 || (fromTable.rolesColumn && !noRoleLabels))) role = 'worker';
    // Beside a control plane the paste shows, a node with no sign of its own is a worker, unless its name says master
    // (k3s's other servers run no control-plane pods to show; an HA kubeadm's other masters grep'd out).
    else if (anyControlPlane) role = MASTER_NAME.test(name) ? 'control-plane' : 'worker';
    if (role === 'unknown') role = roleByName(name) ?? 'unknown';
    // With no control plane shown at all, a node named as a master is one still: a k3s server runs its control plane
    // inside the k3s process, with no pods to show (`master` beside `slave1` and `slave2`).
    if (role === 'unknown' && !anyControlPlane && MASTER_NAME.test(name)) role = 'control-plane';
    // As a master's name names a master, a worker's names a worker (the name is the one sign the paste gives; the
    // roles above, from pods or a node table, come first). Of k3s's nodes, named for their k3s role, the servers run
    // the control plane.
    if (role === 'unknown') role = WORKER_NAME.test(name) ? 'worker' : K3S_NAME.test(name) && SERVER_NAME.test(name) ? 'control-plane' : 'unknown';
    // EKS runs its control plane out of sight: with its VPC CNI (aws-node) and no control plane in the paste, every
    // node is a worker (kops with the same CNI shows its kube-apiserver static pods). So too with DOKS's, OKE's or
    // IKS's node agents (looked for once, where a node is left unknown).
    if (role === 'unknown' && !anyControlPlane && (vpcCni || (managedPlane ??= comps.some((c) => c !== undefined && MANAGED_PLANE_AGENTS.has(c.id))))) role = 'worker';
    // A node running a Windows DaemonSet's pod (kube-proxy-windows, calico-node-windows, cloud-node-manager-windows,
    // csi-azuredisk-node-win) is a Windows node, and the control plane never runs on Windows: a worker (looked for once,
    // where a node is left unknown).
    if (role === 'unknown' && (windowsNodes ??= windowsNodeIds(rows, nodeOf)).has(id)) role = 'worker';
    return { name, role, pods: pods[id] as number, podsKnown, address: nodeAddress[id] ?? null, components: [...(components[id] ?? [])].sort() };
  }).sort((a, b) => roleRank[a.role] - roleRank[b.role] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const nodeNets = new Map<string, number>();
  const node6: string[] = [];
  for (const a of addresses) {
    if (isIpv4(a)) count(nodeNets, `${prefix(a, 3)}.0/24`);
    else node6.push(a);
  }
  // A node's IPv6 address sits in its link's /64.
  for (const [net, v] of ipv6Networks(node6, 64, 64)) count(nodeNets, net, v);
  const cluster: Cluster = { podNetworks: byCount(podNets), nodeNetworks: byCount(nodeNets), cni: byCount(cniCounts)[0] ?? null, dns: byCount(dnsCounts)[0] ?? null };
  // k3s runs flannel inside its own process: no CNI pod, yet a pod network. Its ServiceLB pods, `k3s kubectl` or a
  // node's version (`v1.17.0+k3s.1`) give it away.
  if (sucSeen && !input.nodeRows.some((nr) => nr.version !== null && nr.version.includes('+rke2'))) k3sServiceLb = true;
  if (cluster.cni === null && (k3sServiceLb || input.tableCommands.some((c) => c !== null && c.tool === 'k3s kubectl') || input.nodeRows.some((nr) => nr.version !== null && nr.version.includes('+k3s')))) cluster.cni = 'flannel';
  // A CNI whose default range is wider than a /16 (Weave's 10.32.0.0/12): several /16s inside it are that one range.
  // With no CNI pod shown, `oc` still says OpenShift, whose default clusterNetwork is that /14 with either plugin.
  // With the CNI's pod shown, one /16 inside its range is that range too: Weave hands each node a slice of its /12
  // (10.32.x on the first, 10.40.x on the next, hunt bv/25), so a /16 is only the pods the paste happens to show.
  const openshift = cluster.cni === null && input.tableCommands.some((c) => c !== null && isOcTool(c.tool));
  const wide = cluster.cni === null ? (openshift ? WIDE_DEFAULT_RANGES['ovn-kubernetes'] : undefined) : WIDE_DEFAULT_RANGES[cluster.cni];
  if (wide !== undefined && cluster.podNetworks.length > (cluster.cni === null ? 1 : 0) && cluster.podNetworks.every((net) => inRange(net, wide))) cluster.podNetworks = [wide.text];
  else if (wide === undefined && cluster.cni === null && weaveSlices(cluster.podNetworks, rows)) cluster.podNetworks = [WEAVE_RANGE.text];

  // Calico's operator installs Calico; it is Calico running only where the listing could miss Calico's own pods (one
  // namespace's, or one cut short). In a whole listing without them, findingsFor says the Installation is missing.
  const wholeListing = (manyNamespaces || input.tableCommands.some((c) => c !== null && c.allNamespaces)) && input.elided !== true;
  if (cluster.cni === null && cniOperatorLines.length > 0 && !wholeListing) cluster.cni = 'calico';
  // No CNI pod, yet the paste lists the add-on's DaemonSet (`get ds -A` beside the pods, kubectl apply's `created`):
  // it is installed, its pods not running or not shown.
  const cniDaemonSet = cluster.cni === null && input.workloads !== undefined && input.workloads.length > 0 ? listedCni(input.workloads) : null;
  if (cniDaemonSet !== null) cluster.cni = cniDaemonSet.cni;
  const findings = findingsFor(input, comps, nodes, cluster, cniOperatorLines, cniDaemonSet?.name ?? null);
  return { nodes, cluster, findings, nodeAddresses: addresses };
}

/**
 * Whether the paste lists calico-system whole (hunt cu/14: `get pods -n calico-system`, typha and kube-controllers but
 * no calico-node): Tigera's operator runs calico-node there, one pod per node, beside them, so a listing that filters,
 * pipes, elides or has no command may have left it out; one of several clusters may be another's.
 */
function calicoSystemListedWhole(input: ClusterInput, namespace: string = CALICO_SYSTEM): boolean {
  if (input.elided === true || (input.headerlessCommands ?? []).length > 0 || (input.otherClusters ?? []).length > 1) return false;
  let covers = false;
  for (const c of input.tableCommands) {
    if (c === null || c.filtered || c.pipedTo !== null) return false;
    if (c.allNamespaces || c.namespace === namespace) covers = true;
  }
  return covers;
}

const SEVERITY_RANK = Object.fromEntries(SEVERITY_ORDER.map((s, i) => [s, i])) as Record<Severity, number>;

/** The first DaemonSet of a network add-on among listed workloads, with the add-on it runs; GKE's netd only where no other shows. */
function listedCni(workloads: readonly ListedWorkload[]): { name: string; cni: string } | null {
  let netd: { name: string; cni: string } | null = null;
  for (const w of workloads) {
    if (w.kind !== 'DaemonSet') continue;
    const comp = matchComponent(w.name, null);
    if (comp === undefined || comp.category !== 'cni' || comp.provides === null) continue;
    if (comp.provides !== GKE_PTP) return { name: w.name, cni: comp.provides };
    netd ??= { name: w.name, cni: comp.provides };
  }
  return netd;
}

/** RKE1's add-on Jobs in the rows: the last one's name and line, and whether one deploys the cluster DNS. Null for none. */
function rkeAddonJobs(rows: readonly PodRow[], comps: readonly (ComponentInfo | undefined)[]): { name: string; line: number; dns: boolean } | null {
  let last = -1;
  let dns = false;
  for (let j = 0; j < rows.length; j++) {
    if (comps[j]?.id !== 'rke-addon-deploy-job') continue;
    last = j;
    if ((rows[j] as PodRow).name.includes('dns')) dns = true;
  }
  if (last < 0) return null;
  const r = rows[last] as PodRow;
  return { name: r.workload?.name ?? r.name, line: r.line, dns };
}

/**
 * Whether live kube-system rows sort both before `coredns` and after `kube-dns`: the listing covers where they would be.
 * Kube-system's first row right under its table's header, or right after another namespace's row, stands where its
 * namespace starts: nothing was cut before it (hunt bw/29, a restored etcd's listing of the static pods alone).
 */
function dnsPlaceShown(rows: readonly PodRow[], superseded: ReadonlySet<number>, tableLines: readonly number[]): boolean {
  // RKE2 installs CoreDNS from its rke2-coredns chart, whose pods are rke2-coredns-rke2-coredns-*: far below
  // kube-scheduler-<node>, so a listing of RKE2 cut after its static pods says nothing of DNS (dl/07, rancher/rke2#1572).
  const [low, high] = isRke2(rows) ? ['rke2-coredns-', 'rke2-coredns-rke2-coredns-\uffff'] : ['coredns', 'kube-dns-'];
  return kubeSystemSpanShown(rows, superseded, tableLines, low, high, false);
}

/**
 * Whether a listing shows where kube-system's control-plane static pods and kube-proxy would stand, etcd-<node> to
 * kube-scheduler-<node>: its kube-system rows start where the namespace starts (under the header, after an earlier
 * namespace) or before etcd-, and go on past kube-scheduler- (a later kube-system name, or a later namespace in the
 * same table). A paste cut inside that span says nothing of what it lost.
 */
function controlPlanePlaceShown(rows: readonly PodRow[], superseded: ReadonlySet<number>, tableLines: readonly number[]): boolean {
  return kubeSystemSpanShown(rows, superseded, tableLines, 'etcd-', 'kube-scheduler-\uffff', true);
}

/**
 * Whether live kube-system rows sort both before `low` and after `high`. Its first row stands before `low` too where
 * its namespace starts there (under its table's header, or right after an earlier namespace's row) in a sorted
 * listing. `whole`: the listing must be sorted throughout, and a later namespace's row in kube-system's table stands
 * after `high` as well.
 */
function kubeSystemSpanShown(rows: readonly PodRow[], superseded: ReadonlySet<number>, tableLines: readonly number[], low: string, high: string, whole: boolean): boolean {
  if (whole && !sortedListing(rows, superseded, tableLines)) return false;
  let before = false;
  let after = false;
  let first = true;
  let lastSystem: PodRow | null = null;
  for (let j = 0; j < rows.length && !(before && after); j++) {
    const r = rows[j] as PodRow;
    if (superseded.has(j)) continue;
    if (r.namespace !== 'kube-system') {
      if (whole && lastSystem !== null && r.namespace !== null && r.namespace > 'kube-system' && tableOf(lastSystem.line, tableLines) === tableOf(r.line, tableLines)) after = true;
      continue;
    }
    if (first) {
      first = false;
      const prev = j > 0 ? (rows[j - 1] as PodRow) : null;
      if ((prev !== null && prev.line === r.line - 1 ? prev.namespace !== null && prev.namespace < 'kube-system' : tableLines.includes(r.line - 1)) && (whole || sortedListing(rows, superseded, tableLines))) before = true;
    }
    const name = nameOf(r);
    if (name < low) before = true;
    else if (name > high) after = true;
    lastSystem = r;
  }
  return before && after;
}

/** The name of the RKE2 helm-controller's install Jobs for its bundled charts: helm-install-rke2-<chart>. */
const RKE2_HELM_JOB = 'helm-install-rke2-';

function nameOf(r: PodRow): string {
  return r.name.startsWith('pod/') ? r.name.slice(4) : r.name;
}

/** Whether the paste shows RKE2: its helm-controller's install Jobs or its bundled charts' pods (`rke2-canal-*`, `rke2-coredns-*`). */
function isRke2(rows: readonly PodRow[]): boolean {
  return rows.some((r) => {
    const name = nameOf(r);
    return name.startsWith(RKE2_HELM_JOB) || name.startsWith('rke2-');
  });
}

/** Whether each table's live rows stand in kubectl's order (namespace, then name): a paste with rows moved or picked out is not. */
function sortedListing(rows: readonly PodRow[], superseded: ReadonlySet<number>, tableLines: readonly number[]): boolean {
  let prev: PodRow | null = null;
  for (let j = 0; j < rows.length; j++) {
    if (superseded.has(j)) continue;
    const r = rows[j] as PodRow;
    if (prev !== null && tableOf(prev.line, tableLines) === tableOf(r.line, tableLines)) {
      const a = prev.namespace ?? '';
      const b = r.namespace ?? '';
      if (a > b || (a === b && prev.name > r.name)) return false;
    }
    prev = r;
  }
  return true;
}

/** A namespace as the `-n <ns> ` a finding's text puts after `kubectl`; nothing where the paste shows none. */
function namespaceFlag(namespace: string | null): string {
  return namespace === null ? '' : `-n ${namespace} `;
}

/** Rows an event tells about (index to its message) as their lines, by message: one finding per message quotes it once. */
function linesByMessage(rows: readonly PodRow[], byRow: ReadonlyMap<number, string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [j, message] of byRow) {
    const r = rows[j];
    if (r === undefined) continue;
    let l = out.get(message);
    if (l === undefined) out.set(message, (l = []));
    l.push(r.line);
  }
  return out;
}

/**
 * Pending pods whose FailedScheduling event the paste shows, one finding per message: the scheduler's reason, quoted.
 * A node selector or affinity no node matches has its own (hunt de/04: kind's ingress-nginx waiting for a node labelled
 * ingress-ready=true): the labels are what to compare, not the pod's events again.
 */
function unschedulableFindings(rows: readonly PodRow[], byMessage: ReadonlyMap<string, number[]>): Finding[] {
  const out: Finding[] = [];
  for (const [reason, lines] of byMessage) {
    if (lines.length === 0) continue;
    const first = rows.find((r) => r.line === lines[0]) as PodRow;
    const selector = SELECTOR_UNMATCHED.test(reason);
    const name = first.name;
    const ns = namespaceFlag(first.namespace);
    // `Too many pods`: no resource short, the nodes hold as many pods as they take (fa/05: an EKS t2.micro at its 4).
    const id = selector ? 'pending-unschedulable-selector' : POD_CAP.test(reason) ? 'pending-unschedulable-pod-cap' : 'pending-unschedulable';
    out.push({ severity: 'warning', id, vars: { count: lines.length, name, reason, ns }, rows: lines });
  }
  return out;
}

/** The scheduler's words for nodes already at their pod limit (the kubelet's maxPods). */
const POD_CAP = /\bToo many pods\b/;

/** The scheduler's words for no node matching a pod's nodeSelector or required node affinity, since 1.6 (MatchNodeSelector). */
const SELECTOR_UNMATCHED = /didn't match (?:Pod's )?node (?:affinity|selector)|MatchNodeSelector/;

/**
 * Jobs with two or more failed attempts a newer one took over from and no pod of theirs Completed: each attempt
 * fails, so the Job is failing, not done with a few retries. Per Job its failed lines and its other pods' lines.
 */
function failingJobs(rows: readonly PodRow[], superseded: ReadonlySet<number>, replacedJobs: readonly number[]): { job: string; failed: number[]; current: number[]; unstarted: string | null }[] {
  const keyOf = (r: PodRow): string => `${r.namespace ?? ''}\u0000${(r.workload as NonNullable<PodRow['workload']>).name}`;
  const byJob = new Map<string, { job: string; failed: number[]; current: number[]; done: boolean; unstarted: string | null; lastFailed: number | null; lastStatus: string | null; stuck: boolean }>();
  for (const j of replacedJobs) {
    const r = rows[j] as PodRow;
    const key = keyOf(r);
    let g = byJob.get(key);
    if (g === undefined) byJob.set(key, (g = { job: (r.workload as NonNullable<PodRow['workload']>).name, failed: [], current: [], done: false, unstarted: r.status, lastFailed: null, lastStatus: null, stuck: false }));
    g.failed.push(r.line);
    g.unstarted = unstartedAlike(g.unstarted, r.status);
  }
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (superseded.has(j) || r.workload === null || r.workload.kind !== 'Job') continue;
    const g = byJob.get(keyOf(r));
    if (g === undefined || g.failed.includes(r.line)) continue;
    if (r.status === 'Completed' || r.status === 'Succeeded') g.done = true;
    else g.current.push(r.line);
    if (r.phase === 'Failed') {
      g.lastFailed = r.line;
      g.lastStatus = r.status;
    } else if (retryNotStarted(r)) g.stuck = true;
  }
  // The newest failed attempt, left unreplaced by a retry stuck Pending (see retryNotStarted), failed all the same.
  for (const g of byJob.values()) {
    if (!g.stuck || g.lastFailed === null) continue;
    g.failed.push(g.lastFailed);
    g.current.splice(g.current.indexOf(g.lastFailed), 1);
    g.unstarted = unstartedAlike(g.unstarted, g.lastStatus);
  }
  return [...byJob.values()].filter((g) => !g.done && g.failed.length >= 2);
}

/**
 * Jobs (not a guess from a name alone) with two pods or more shown, every one ended failed at the same AGE and none a
 * newer pod took over from: per Job its lines. Attempts of different ages are failingJobs' to tell.
 */
function jobsFailedAlike(rows: readonly PodRow[], superseded: ReadonlySet<number>, replaced: ReadonlySet<number>): { job: string; lines: number[] }[] {
  const byJob = new Map<string, { job: string; lines: number[]; age: number | null; alike: boolean }>();
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    const w = r.workload;
    if (superseded.has(j) || w === null || w.kind !== 'Job' || w.confidence === 'low') continue;
    const key = `${r.namespace ?? ''}\u0000${w.name}`;
    let g = byJob.get(key);
    if (g === undefined) byJob.set(key, (g = { job: w.name, lines: [], age: r.ageSeconds, alike: true }));
    g.lines.push(r.line);
    if (r.phase !== 'Failed' || replaced.has(j) || r.ageSeconds === null || r.ageSeconds !== g.age) g.alike = false;
  }
  const out: { job: string; lines: number[] }[] = [];
  for (const g of byJob.values()) if (g.alike && g.lines.length >= 2) out.push({ job: g.job, lines: g.lines });
  return out;
}

/**
 * A Job's newer attempt still Pending a minute on (the scheduler places a pod in seconds): it has not taken over, so
 * the failed attempt is still the Job's last outcome, not history (hunt de/11: helm-install-traefik-crd's Error
 * beside its retry Pending 7m47s, the CRDs still not installed).
 */
export function retryNotStarted(r: PodRow): boolean {
  return r.phase === 'Pending' && r.ageSeconds !== null && r.ageSeconds >= RETRY_START_SECONDS && !initFailedForGood(r);
}

/**
 * Init:Error and its kind with no restart: a Job's pod (restartPolicy Never) whose init container failed has ended
 * Failed though its status reads as a pod still starting, so it is an attempt, not a retry waiting (en/01: four
 * `setup` attempts in Init:Error, each started after the last one failed).
 */
function initFailedForGood(r: PodRow): boolean {
  const s = r.status;
  if (s === null || !s.startsWith('Init:') || (r.restarts !== null && r.restarts.count !== 0)) return false;
  return s === 'Init:Error' || s === 'Init:OOMKilled' || s === 'Init:StartError' || s === 'Init:ContainerCannotRun' || s.startsWith('Init:ExitCode:') || s.startsWith('Init:Signal:');
}

/** Seconds after which a Job's retry still Pending is stuck rather than on its way (see retryNotStarted). */
const RETRY_START_SECONDS = 60;

/** Statuses of a pod whose container never started: nothing ran, so kubectl logs has nothing to show. */
const NEVER_STARTED: ReadonlySet<string> = new Set(['ContainerCannotRun', 'CreateContainerError', 'CreateContainerConfigError', 'RunContainerError', 'InvalidImageName', 'ErrImagePull', 'PullImageError', 'ImagePullBackOff', 'ErrImageNeverPull']);

/**
 * `was` while `status` is the same status of a container that never started, else null: of the failed attempts only,
 * whose logs the finding would send the reader to (the newest may still be starting).
 */
function unstartedAlike(was: string | null, status: string | null): string | null {
  return was !== null && status === was && NEVER_STARTED.has(status) ? was : null;
}

/**
 * Static pods among the concerning restarts (no "(ago)") whose count an older row of the same static pod (its name
 * before the node's, kube-apiserver of kube-apiserver-<node>) on another node shows too: a mirror pod registered
 * under the node's new name carries its containers' counts, so they are no restarts within its AGE. With the nodes
 * the older rows stand on.
 */
function carriedStaticRestarts(rows: readonly PodRow[], restarted: readonly number[], superseded: ReadonlySet<number>): { lines: Set<number>; from: string[] } | null {
  const keyOf = (r: PodRow): string | null => r.workload === null || r.workload.kind !== 'StaticPod' || r.restarts === null || r.restarts.count === 0 || r.restarts.lastAgo !== null || r.ageSeconds === null ? null : `${r.namespace ?? ''}\u0000${r.workload.name}\u0000${r.restarts.count}`;
  const wanted = new Map<string, number[]>();
  for (const j of restarted) {
    const key = keyOf(rows[j] as PodRow);
    if (key === null) continue;
    let l = wanted.get(key);
    if (l === undefined) wanted.set(key, (l = []));
    l.push(j);
  }
  if (wanted.size === 0) return null;
  let lines: Set<number> | null = null;
  const from: string[] = [];
  for (let j = 0; j < rows.length; j++) {
    if (superseded.has(j)) continue;
    const older = rows[j] as PodRow;
    const key = keyOf(older);
    const young = key === null ? undefined : wanted.get(key);
    if (young === undefined) continue;
    const on = older.node ?? staticPodNode(older);
    for (const y of young) {
      const r = rows[y] as PodRow;
      if (y === j || on === null || (r.node ?? staticPodNode(r)) === on || (older.ageSeconds as number) <= (r.ageSeconds as number)) continue;
      (lines ??= new Set()).add(r.line);
      if (!from.includes(on)) from.push(on);
    }
  }
  return lines === null ? null : { lines, from };
}

/**
 * More restarts than a container can reach in `seconds`. With its crash back-off the kubelet waits 10 s and doubles the
 * wait up to 5 min; a pod sandbox re-created again and again (the kubelet's and the runtime's cgroup drivers differing)
 * restarts it with no back-off, yet no faster than every few seconds. AGE is printed rounded down (`8h` up to 8h59m), so
 * the age is taken at twice itself plus a minute, at one restart every 5 s.
 */
export function restartsPossibleIn(seconds: number): number {
  return Math.ceil((seconds * 2 + 60) / SANDBOX_RESTART_SECONDS);
}

/** Seconds a pod sandbox's re-creation takes at the least: the quickest a container restarts without back-off. */
const SANDBOX_RESTART_SECONDS = 5;

/**
 * Groups of two or more live static pods on one node with the same restart count and no time of the last restart,
 * one of them among the concerning restarts: their lines, and per group the node, the count and the lines.
 */
function staticRestartGroups(rows: readonly PodRow[], restarted: readonly number[], superseded: ReadonlySet<number>): { lines: Set<number>; groups: { node: string; count: number; lines: number[]; age: string; seconds: number }[] } {
  const lines = new Set<number>();
  const groups: { node: string; count: number; lines: number[]; age: string; seconds: number }[] = [];
  const keyOf = (r: PodRow): string | null => {
    if (r.workload === null || r.workload.kind !== 'StaticPod' || r.restarts === null || r.restarts.lastAgo !== null || r.restarts.count === 0) return null;
    const node = r.node ?? staticPodNode(r);
    return node === null ? null : `${node}\u0000${r.restarts.count}`;
  };
  const wanted = new Set<string>();
  for (const j of restarted) {
    const key = keyOf(rows[j] as PodRow);
    if (key !== null) wanted.add(key);
  }
  if (wanted.size === 0) return { lines, groups };
  // Per group its lines and its youngest pod's AGE (how long the restarts took at most).
  const byKey = new Map<string, { lines: number[]; age: string; seconds: number }>();
  for (let j = 0; j < rows.length; j++) {
    if (superseded.has(j)) continue;
    const r = rows[j] as PodRow;
    const key = keyOf(r);
    if (key === null || !wanted.has(key)) continue;
    let g = byKey.get(key);
    if (g === undefined) byKey.set(key, (g = { lines: [], age: r.age ?? '', seconds: r.ageSeconds ?? Infinity }));
    g.lines.push(r.line);
    if (r.ageSeconds !== null && r.ageSeconds < g.seconds) {
      g.seconds = r.ageSeconds;
      g.age = r.age ?? '';
    }
  }
  for (const [key, g] of byKey) {
    if (g.lines.length < 2) continue;
    const [node, count] = key.split('\u0000') as [string, string];
    groups.push({ node, count: Number(count), lines: g.lines, age: g.age, seconds: g.seconds });
    for (const line of g.lines) lines.add(line);
  }
  return { lines, groups };
}

/**
 * The lines of `restarted` rows (taken out of it) of other static pods on a looping group's node, restarting at a pace
 * too with no "(ago)", more than half as often as the group's pods (hunt bz/07: kube-controller-manager's 6 beside
 * three at 9 in 12m): the same kubelet or runtime restarts them, only not as many times yet. Alone each would be an
 * error ("restarted 6 times in the 12m") beside the group's warning, the pod that restarted least marked worst. With
 * their counts, as printed (`6`, `6, 7`). Null for none.
 */
function loopingBeside(rows: readonly PodRow[], restarted: number[], recent: boolean[], g: { node: string; count: number }): { lines: number[]; counts: string } | null {
  let lines: number[] | null = null;
  const counts: number[] = [];
  for (let k = restarted.length - 1; k >= 0; k--) {
    const r = rows[restarted[k] as number] as PodRow;
    const rs = r.restarts;
    if (rs === null || rs.lastAgo !== null || recent[k] !== true || r.workload === null || r.workload.kind !== 'StaticPod' || rs.count * 2 <= g.count) continue;
    if ((r.node ?? staticPodNode(r)) !== g.node) continue;
    (lines ??= []).push(r.line);
    counts.push(rs.count);
    restarted.splice(k, 1);
    recent.splice(k, 1);
  }
  return lines === null ? null : { lines: lines.reverse(), counts: counts.reverse().join(', ') };
}

/**
 * A static-pod group of the controller manager and the scheduler alone, whose node's API server restarted fewer than
 * half as often (hunt br/07: 11 each beside its 2): not the kubelet or the runtime, which restart every container
 * alike, but lost leader election; both exit when they cannot renew their lease (kube-controller-manager's and
 * kube-scheduler's OnStoppedLeading: "leaderelection lost", exit 1). Null otherwise, or with no API server on the node.
 * Called for groups of two only (one node runs one of each), so a paste of many nodes' groups scans its rows rarely.
 */
function leaderElectionGroup(rows: readonly PodRow[], comps: readonly (ComponentInfo | undefined)[], g: { node: string; count: number; lines: readonly number[] }): { pod: string; namespace: string; apiserver: number } | null {
  let pod: string | null = null;
  let namespace: string | null = null;
  let apiserver: number | null = null;
  let seen = 0;
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    const id = comps[j]?.id;
    if (g.lines.includes(r.line)) {
      if (id !== 'kube-controller-manager' && id !== 'kube-scheduler') return null;
      seen++;
      if (pod === null || id === 'kube-controller-manager') {
        pod = r.name;
        namespace = r.namespace;
      }
    }
    else if (id === 'kube-apiserver' && r.workload?.kind === 'StaticPod' && (r.node ?? staticPodNode(r)) === g.node) apiserver = Math.max(apiserver ?? 0, r.restarts?.count ?? 0);
  }
  if (pod === null || seen !== g.lines.length || apiserver === null || apiserver * 2 >= g.count) return null;
  return { pod, namespace: namespace ?? 'kube-system', apiserver };
}

/**
 * Per node, its kube-controller-manager and kube-scheduler static pods (one each, Running, among `restarted`) whose last
 * restarts printed one moment (a second or 1% apart, as kubectl rounds each row), where the paste lists that node's
 * kube-apiserver and it did not restart then: a lease both lost, not a node, kubelet or runtime restart, which would have
 * restarted the API server too (see leaderElectionGroup for counts with no moment).
 */
function leaseLostTogether(rows: readonly PodRow[], comps: readonly (ComponentInfo | undefined)[], restarted: readonly number[], superseded: ReadonlySet<number>): { node: string; ago: string; pod: string; namespace: string; rows: number[]; lines: number[] }[] {
  let byNode: Map<string, { cm: number[]; sched: number[] }> | null = null;
  for (const j of restarted) {
    const r = rows[j] as PodRow;
    const id = comps[j]?.id;
    if ((id !== 'kube-controller-manager' && id !== 'kube-scheduler') || r.workload?.kind !== 'StaticPod' || r.status !== 'Running' || (r.restarts?.lastAgo ?? null) === null || superseded.has(j)) continue;
    const node = r.node ?? staticPodNode(r);
    if (node === null) continue;
    let g = (byNode ??= new Map()).get(node);
    if (g === undefined) byNode.set(node, (g = { cm: [], sched: [] }));
    (id === 'kube-controller-manager' ? g.cm : g.sched).push(j);
  }
  if (byNode === null) return [];
  const out: { node: string; ago: string; pod: string; namespace: string; rows: number[]; lines: number[] }[] = [];
  for (const [node, g] of byNode) {
    if (g.cm.length !== 1 || g.sched.length !== 1) continue;
    const cm = rows[g.cm[0] as number] as PodRow;
    const sched = rows[g.sched[0] as number] as PodRow;
    const at = ageSeconds(cm.restarts?.lastAgo as string);
    if (at === null || !sameMoment(at, ageSeconds(sched.restarts?.lastAgo as string))) continue;
    let apiserverQuiet: boolean | null = null;
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j] as PodRow;
      if (comps[j]?.id !== 'kube-apiserver' || r.workload?.kind !== 'StaticPod' || superseded.has(j) || (r.node ?? staticPodNode(r)) !== node) continue;
      const ago = r.restarts?.lastAgo ?? null;
      apiserverQuiet = ago === null || !sameMoment(at, ageSeconds(ago));
    }
    if (apiserverQuiet !== true) continue;
    const lines = [cm.line, sched.line].sort((a, b) => a - b);
    out.push({ node, ago: cm.restarts?.lastAgo as string, pod: cm.name, namespace: cm.namespace ?? 'kube-system', rows: [g.cm[0] as number, g.sched[0] as number], lines });
  }
  return out;
}

/** Two moments in seconds ago that kubectl's rounding makes one: a second or 1% apart. */
function sameMoment(a: number, b: number | null): boolean {
  return b !== null && Math.abs(a - b) <= Math.max(1, Math.max(a, b) / 100);
}

/**
 * The lines of `restarted` rows (taken out of it) whose pods sit on a static-pod group's node, or on no node the paste
 * names where it names that node alone, and restarted as often per container with no "(ago)", not as a recent loop,
 * and no younger than the group's youngest pod (see staticRestartGroups). Null for none.
 */
function restartedWithNode(rows: readonly PodRow[], restarted: number[], recent: boolean[], g: { node: string; count: number; lines: readonly number[]; seconds: number }, onlyNode: boolean): number[] | null {
  let joined: number[] | null = null;
  for (let k = restarted.length - 1; k >= 0; k--) {
    const r = rows[restarted[k] as number] as PodRow;
    const rs = r.restarts;
    if (rs === null || rs.lastAgo !== null || recent[k] === true || r.status !== 'Running' || (r.workload !== null && r.workload.kind === 'StaticPod')) continue;
    if (r.node === null ? !onlyNode : r.node !== g.node) continue;
    const containers = r.ready === null || r.ready.total < 1 ? 1 : r.ready.total;
    if (rs.count !== g.count * containers && rs.count !== g.count) continue;
    if (r.ageSeconds === null || r.ageSeconds < g.seconds) continue;
    (joined ??= []).push(r.line);
    restarted.splice(k, 1);
    recent.splice(k, 1);
  }
  return joined;
}

/** Statuses of a container that ended, whatever phase the pod is in: no longer holding its address. */
const ENDED_ATTEMPT: ReadonlySet<string> = new Set(['Completed', 'Error', 'StartError', 'ContainerCannotRun', 'OOMKilled', 'ContainerStatusUnknown', 'Evicted']);

/** Whether the youngest of these lines' pods is in its first minutes (see STUCK_SECONDS): its node just started. */
function justStarted(rows: readonly PodRow[], lines: readonly number[]): boolean {
  for (const r of rows) if (r.ageSeconds !== null && r.ageSeconds < 600 && lines.includes(r.line)) return true;
  return false;
}

/** Whether all these lines are under one table's header (the last header line above each). */
interface OrderedWait {
  statefulset: string;
  pod: string;
  next: string;
  line: number;
  severity: Severity;
  /** The replicas a `get sts` row of the paste says it wants, else null. */
  wants: number | null;
  count: number;
}

/**
 * Per StatefulSet (as guessed, not a weak guess) whose live pods are exactly ordinals 0..n, n not ready and every lower one
 * ready: pod n, which its next ordinal waits on. A gap (`-0` missing) says a filter, a hand-numbered set, or ordinals
 * that start elsewhere; none is read.
 */
function orderedWaits(rows: readonly PodRow[], superseded: ReadonlySet<number>, listed: readonly ListedWorkload[]): OrderedWait[] {
  // With each set, how many of its pods are not running ready: only a set with one such pod (its last) can wait on it,
  // and the rest are passed over before their ordinals are read. A set's pods come one after another (kubectl lists by
  // name), so the previous pod's set is taken without a lookup.
  type Members = { namespace: string | null; pods: PodRow[]; notReady: number };
  const byName = new Map<string, Members[]>();
  const sets: Members[] = [];
  let last: Members | undefined;
  let lastName = '';
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    const w = r.workload;
    if (w === null || w.kind !== 'StatefulSet' || w.confidence === 'low' || superseded.has(j)) continue;
    if (r.name.length <= w.name.length + 1 || r.name.charCodeAt(w.name.length) !== 45 || !r.name.startsWith(w.name)) continue;
    let set = last !== undefined && lastName === w.name && last.namespace === r.namespace ? last : byName.get(w.name)?.find((x) => x.namespace === r.namespace);
    if (set === undefined) {
      set = { namespace: r.namespace, pods: [], notReady: 0 };
      const same = byName.get(w.name);
      if (same === undefined) byName.set(w.name, [set]);
      else same.push(set);
      sets.push(set);
    }
    last = set;
    lastName = w.name;
    set.pods.push(r);
    if (!runsReady(r)) set.notReady++;
  }
  const out: OrderedWait[] = [];
  let wanted: Map<string, number> | null = null;
  for (const w of listed) if (w.wants !== undefined) (wanted ??= new Map()).set(w.name, w.wants);
  for (const { pods, notReady } of sets) {
    if (notReady !== 1) continue;
    const statefulset = (pods[0] as PodRow).workload?.name as string;
    const byOrdinal = new Map<number, PodRow>();
    for (const r of pods) {
      const ordinal = memberOrdinal(r.name, statefulset);
      if (ordinal < 0 || byOrdinal.has(ordinal)) { byOrdinal.clear(); break; }
      byOrdinal.set(ordinal, r);
    }
    const last = byOrdinal.size - 1;
    const top = byOrdinal.get(last);
    if (top === undefined || !byOrdinal.has(0)) continue;
    let contiguous = true;
    for (let k = 0; k < last && contiguous; k++) {
      const r = byOrdinal.get(k);
      contiguous = r !== undefined && runsReady(r);
    }
    if (!contiguous) continue;
    // Going away, or done (no StatefulSet's pod stays Completed): nothing to wait on.
    if (top.status === null || top.status === 'Terminating' || top.phase === 'Succeeded' || top.severity === 'ok') continue;
    if (top.status === 'Running' && (top.ready === null || top.ready.ready === top.ready.total)) continue;
    const wants = wanted?.get(statefulset) ?? null;
    // No `get sts` row: two shown, 0 ready and 1 not, where a quorum set (ZooKeeper, etcd, MongoDB, Cassandra, Consul)
    // wants a third; three or more shown are most often the whole set (cj/23: a Redis chart's replicas 0..2).
    if (wants !== null ? wants <= byOrdinal.size : last !== 1) continue;
    // No such row, and 1 made long after 0 (less than half its age, an hour or more later): the set was scaled or is
    // mid-rollout, which replaces the highest ordinal first, so a set of two shows its new 1 stuck beside its old 0
    // (fb/01: mimir-alertmanager-1 19m old crash-looping beside -0 at 2d20h) and nothing after it waits.
    if (wants === null && rolledLater(byOrdinal.get(0) as PodRow, top)) continue;
    out.push({ statefulset, pod: top.name, next: `${statefulset}-${last + 1}`, line: top.line, severity: top.severity === 'progress' ? 'progress' : 'warning', wants, count: byOrdinal.size });
  }
  return out;
}

/** How much later than the set's first pod a later one must have been made to tell a scale-up or a rollout (seconds). */
const MADE_LATER = 3600;

/** Whether `later` was made long after `first`: an hour or more, and less than half as old. */
function rolledLater(first: PodRow, later: PodRow): boolean {
  return first.ageSeconds !== null && later.ageSeconds !== null && first.ageSeconds - later.ageSeconds >= MADE_LATER && later.ageSeconds * 2 < first.ageSeconds;
}

function oneTable(lines: readonly number[], tableLines: readonly number[]): boolean {
  const first = tableOf(lines[0] as number, tableLines);
  return lines.every((l) => tableOf(l, tableLines) === first);
}

/** The table a line is under: the index of the last header line above it (-1 above all), by binary search (a hostile paste may hold many of both). */
export function tableOf(line: number, tableLines: readonly number[]): number {
  let lo = 0;
  let hi = tableLines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tableLines[mid] as number) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Single-node clusters of desktop tools: their one node runs the control plane too (`docker-for-desktop`: Docker Desktop's name before 2.0). */
const DESKTOP_NODES: ReadonlySet<string> = new Set(['minikube', 'docker-desktop', 'docker-for-desktop', 'lima-rancher-desktop', 'rancher-desktop', 'orbstack', 'colima', 'desktop-control-plane']);
/**
 * AKS's, GKE's and LKE's node names (`lke<cluster>-<pool>-<hex>`, Linode's docs: lke194968-280433-369bf4810000): managed
 * control planes are no nodes, so every node named so is a worker. AKS names a Windows pool's nodes `aks`, the pool's
 * name (up to 6 characters, Windows' computer-name limit) and the scale set instance in 6 base-36 digits, no dashes
 * (akswin000000, aksnpwin000000, akswin19000005 of pool win19): the instance's leading zeros tell it from a host's name.
 */
const MANAGED_WORKER = /^(?:aks-[a-z0-9]+-\d{5,10}-(?:vmss[0-9a-z]{6}|\d{1,3})|aks[a-z][a-z0-9]{0,5}00[0-9a-z]{4}|gke-[a-z0-9-]+-[0-9a-f]{8}-[a-z0-9]{4}|lke\d{3,9}-\d{3,9}-[0-9a-f]{8,16})$/;

/** EC2's private DNS name with its domain (`ip-10-0-3-44.ec2.internal`, `....<region>.compute.internal`). */
const EC2_DOMAIN_NAME = /^ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\.(?:ec2|[a-z0-9-]+\.compute)\.internal$/;

/** A node a cloud named and addresses: EC2's, AKS's and GKE's workers (not LKE's, whose pods take Calico's pool). Cilium there takes the cloud's addresses. */
function cloudIpamNode(name: string): boolean {
  return EC2_DOMAIN_NAME.test(name) || (MANAGED_WORKER.test(name) && !name.startsWith('lke'));
}
/**
 * Agents a managed service runs on its nodes only, its control plane out of sight (as EKS's aws-node): DOKS's
 * do-node-agent, OKE's proxymux-client, IKS's ibm-master-proxy (each node's way to the managed masters).
 */
const MANAGED_PLANE_AGENTS: ReadonlySet<string> = new Set(['do-node-agent', 'proxymux-client', 'ibm-master-proxy']);

/**
 * A node's role its name alone tells, where nothing else in the paste does: a desktop tool's single node
 * (`minikube`, `docker-desktop`) and minikube's or k3d's control-plane/worker names, AKS's, GKE's and NKS's workers.
 *
 * @example
 * roleByName('minikube-m02') // 'worker'
 */
export function roleByName(name: string): NodeRole | null {
  if (DESKTOP_NODES.has(name)) return 'control-plane';
  if (/^minikube-m\d{2}$/.test(name)) return 'worker';
  if (/^k3d-[a-z0-9-]+-server-\d+$/.test(name)) return 'control-plane';
  if (/^k3d-[a-z0-9-]+-agent-\d+$/.test(name)) return 'worker';
  // kind's <cluster>-control-plane(2, 3) and <cluster>-worker(2, ...); Cluster API's KubeadmControlPlane machines
  // <cluster>-control-plane-<5>.
  if (/^[a-z0-9-]+-control-plane(?:\d|-[a-z0-9]{5})?$/.test(name)) return 'control-plane';
  if (/^[a-z0-9-]+-worker\d*$/.test(name)) return 'worker';
  // Cluster API's MachineDeployment machines: <cluster>-md-<n>-<5>, or with their MachineSet's hash before it.
  if (/^[a-z0-9-]+-md-\d+(?:-[a-z0-9]{6,10})?-[a-z0-9]{5}$/.test(name)) return 'worker';
  return MANAGED_WORKER.test(name) || NKS_WORKER.test(name) ? 'worker' : null;
}

/** kind's nodes under its default cluster name: kind-control-plane(2, 3), kind-worker(2, ...). */
const KIND_NODE = /^kind-(?:control-plane|worker)\d*$/;

/** The first 12 bits of 172.16.0.0/12, where Docker's default address pools for its networks lie. */
const DOCKER_POOLS_TOP12 = 0xac1;

function isKindNode(name: string): boolean {
  return name.startsWith('kind-') && KIND_NODE.test(name);
}

/**
 * kind's nodes are Docker containers on its `kind` network, whose subnet Docker takes from its default pools
 * (172.17.0.0/16 to 172.31.0.0/16), while kind gives pods 10.244.0.0/16: a pod showing a 172.16/12 address on a kind
 * node has its node's, on the host network (hunt de/14: a CSI node plugin's 172.18.0.7 on kind-worker, no other pod
 * there to tell it by). Not where one node's pods show two such addresses: then they are not the node's.
 */
function kindNodeAddresses(rows: readonly PodRow[], nodeNames: readonly string[], nodeOf: ArrayLike<number>, nodeAddress: (string | null)[], live: (i: number) => boolean): void {
  const found = new Map<number, string | null>();
  for (let i = 0; i < rows.length; i++) {
    const id = nodeOf[i] as number;
    const ip = (rows[i] as PodRow).ip;
    if (id < 0 || ip === null || nodeAddress[id] !== null || !live(i) || !ip.startsWith('172.') || !isKindNode(nodeNames[id] as string) || !isIpv4(ip)) continue;
    if (ipv4Number(ip) >>> 20 !== DOCKER_POOLS_TOP12) continue;
    const held = found.get(id);
    found.set(id, held === undefined || held === ip ? ip : null);
  }
  for (const [id, ip] of found) if (ip !== null) nodeAddress[id] = ip;
}

/**
 * Naver Cloud NKS's node-pool nodes, nks-pool-<pool id>-w-<suffix> (hunt cr/12: nks-pool-1119-w-gzg; its guide's
 * nks-pool-1865-w2zy): the w is for worker, and NKS's control plane is managed, never a node. Not among MANAGED_WORKER:
 * nothing says its pods take the cloud's addresses.
 */
const NKS_WORKER = /^nks-pool-\d{1,6}-w-?[a-z0-9]{3,6}$/;

/** What edgecore puts in the kubelet version it reports: `v1.23.15-kubeedge-v1.13.0`. */
const KUBEEDGE_VERSION = '-kubeedge-';

/**
 * The names of the nodes a nodes table lists where every one is a Ready control plane of an install that taints it
 * NoSchedule (kubeadm's way), else null. Not k3s, RKE2, minikube, kind, k3d or Docker Desktop, whose servers run
 * workloads as they come.
 */
function controlPlaneOnlyNodes(nodeRows: ReadonlyMap<string, NodeRow>): string[] | null {
  if (nodeRows.size === 0) return null;
  const names: string[] = [];
  for (const n of nodeRows.values()) {
    if (!isCpRoles(n.roles) || n.status.split(',')[0] !== 'Ready' || schedulableServer(n)) return null;
    names.push(n.name);
  }
  return names;
}

/** A control-plane node its distribution leaves without the NoSchedule taint, known by its version or its name. */
function schedulableServer(n: NodeRow): boolean {
  const v = n.version ?? '';
  const name = n.name;
  return v.includes('+k3s') || v.includes('+rke2') || name === 'minikube' || name === 'docker-desktop' || name === 'docker-for-desktop'
    || name.endsWith('-control-plane') || name.startsWith('k3d-') || name.startsWith('lima-');
}

/** A Pending pod the control plane's NoSchedule taint does not hold: a DaemonSet's or a static pod, or CoreDNS, which kubeadm lets tolerate it. */
function tolerantOfControlPlane(r: PodRow, comp: ComponentInfo | undefined): boolean {
  const kind = r.workload?.kind;
  return kind === 'DaemonSet' || kind === 'StaticPod' || (comp !== undefined && comp.id === 'coredns');
}

function isCpRoles(roles: readonly string[]): boolean {
  // RKE1 spells it controlplane. A node of etcd alone (RKE2's and RKE1's split server roles) holds the control
  // plane's store and runs no workloads: the control plane's, not a worker. Course notes and demo terminals shorten it
  // to control (hunt cd/18: `node-1 Ready control` above `node-2 Ready worker`), which no worker is labelled.
  return roles.includes('control-plane') || roles.includes('master') || roles.includes('controlplane') || roles.includes('etcd') || roles.includes('control');
}

function isBad(s: Severity): boolean {
  return s === 'error' || s === 'warning' || s === 'unknown';
}

/** Nodes whose last printed STATUS is not Ready (`get nodes -w` prints a node again on each change). */
export function downNodeNames(nodeRows: readonly NodeRow[]): Set<string> {
  const last = new Map<string, NodeRow>();
  for (const n of nodeRows) last.set(n.name, n);
  const out = new Set<string>();
  // A joining node's pods are as new as it is: what they show is current, not the last a lost node sent.
  for (const [name, n] of last) if (n.status.split(',')[0] !== 'Ready' && !isJoining(n)) out.add(name);
  return out;
}

/** Under this age a NotReady node is most likely joining: the kubelet registers it before its CNI pod runs. */
const JOINING_NODE = 300;

/**
 * A node NotReady in its first minutes (`w1-k8s   NotReady   <none>   31s`): it registered, and turns Ready once
 * the CNI's pod runs on it. Not `Unknown` (a node that stopped reporting) nor cordoned.
 *
 * @example
 * isJoining({ status: 'NotReady', age: '31s', ... }) // true
 */
export function isJoining(n: NodeRow): boolean {
  if (n.status !== 'NotReady' || n.age === null) return false;
  const s = ageSeconds(n.age);
  return s !== null && s < JOINING_NODE;
}

/** Claims whose last printed STATUS is not Bound (`get pvc -w` prints a claim again on each change). */
export function unboundClaims(claims: readonly ClaimRow[]): ClaimRow[] {
  const last = new Map<string, ClaimRow>();
  for (const c of claims) last.set(`${c.namespace ?? ''}\u0000${c.name}`, c);
  return [...last.values()].filter((c) => c.status === 'Pending' || c.status === 'Lost');
}

/** The finding for one control-plane component down with none of it healthy (see control-plane-not-ready). */
const CONTROL_PLANE_DOWN: Readonly<Record<string, FindingId>> = {
  etcd: 'control-plane-down-etcd',
  'kube-apiserver': 'control-plane-down-apiserver',
  'kube-controller-manager': 'control-plane-down-controller-manager',
  'kube-scheduler': 'control-plane-down-scheduler',
};

/** Takes `told` out of the findings `which` picks (a count follows its rows); one left with no row is dropped. */
function withoutRows(out: Finding[], told: ReadonlySet<number>, which: (f: Finding) => boolean): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const f = out[k] as Finding;
    if (!which(f) || !f.rows.some((l) => told.has(l))) continue;
    f.rows = f.rows.filter((l) => !told.has(l));
    if (f.rows.length === 0) out.splice(k, 1);
    else if (typeof f.vars['count'] === 'number') f.vars['count'] = f.rows.length;
  }
}

/** The findings, from one walk of the live rows (then added in their fixed order). */
function findingsFor(input: ClusterInput, comps: readonly (ComponentInfo | undefined)[], nodes: readonly NodeInfo[], cluster: Cluster, cniOperatorLines: readonly number[], cniDaemonSet: string | null): Finding[] {
  const out: Finding[] = [];
  const add = (severity: Severity, id: FindingId, vars: Record<string, string | number>, rows: number[]): void => {
    out.push({ severity, id, vars, rows });
  };

  const cpBad: PodRow[] = [];
  /** The control-plane components of cpBad's rows, and those some healthy pod still runs (an HA control plane's other members). */
  const cpBadIds = new Set<string>();
  const cpOkIds = new Set<string>();
  let dnsTotal = 0;
  let dnsReady = 0;
  const dnsWaiting: number[] = [];
  // DNS pods starting or stopping (Init:0/1, Terminating): none is bad yet, but with none ready no name resolves.
  let dnsStarting: number[] | null = null;
  let proxies: PodRow[] | null = null;
  /** Lines of kube-proxy-windows' pods with no NODE cell: Windows nodes only, so more nodes beside kube-proxy's (nodes-unnamed). */
  let windowsProxiesUnplaced: number[] | null = null;
  let nodeSeen = input.nodeRows.length > 0;
  const namespaces = new Set<string>();
  const dnsBad: number[] = [];
  const cniBad: PodRow[] = [];
  /** Per node, a CNI agent pod of it still starting (Init:0/2, ContainerCreating). */
  let cniStarting: Map<string, PodRow> | null = null;
  /** A CNI agent pod running fine: the network works on some node. */
  let cniFine = false;
  /** The age of the youngest of those (0 where one's is not shown): see dns-creating-cni-running. */
  let cniFineYoungest = Infinity;
  /** DNS pods in ContainerCreating: see dns-creating-cni-running. */
  let dnsCreating: PodRow[] | null = null;
  /** Pods on the pod network waiting to start (Pending, ContainerCreating, for a while or not): they wait for the CNI. */
  let waitingNet: number[] | null = null;
  /** Per network add-on, the lines of its node agents (DaemonSet pods) shown. */
  let cniAgents: Map<string, number[]> | null = null;
  /** The lines of those with no NODE cell, by component: nodes-unnamed's. */
  let cniAgentsUnplaced: Map<string, number[]> | null = null;
  /** The first failing pod of a controller its network's agents wait for (AGENTS_AWAIT), and the network: see pods-waiting-cni-controller. */
  let awaitedBad: { row: PodRow; cni: string } | null = null;
  const groups = new Map<string, { severity: Severity; lines: number[] }>();
  const starting = new Map<string, number[]>();
  /** Lines of pods Running or Completed whose NODE cell is `<none>`: see pods-ran-no-node. */
  let ranNoNode: number[] | null = null;
  /** A calico-node pod anywhere in the paste: see calico-node-missing. */
  let calicoNodeSeen = false;
  /** Lines of Calico's other pods in calico-system (typha, kube-controllers, csi-node-driver), and whether one sorts past calico-node's place. */
  let calicoSystemLines: number[] | null = null;
  let calicoSystemPast = false;
  const pendingNoNode: number[] = [];
  /** kube-scheduler's rows, and the Pending pods with no node shown that wait for one to place them (see pending-scheduler-down). */
  let schedulerRows: PodRow[] | null = null;
  let waitingScheduler: number[] | null = null;
  /** Pending lines by the scheduler's message, for pods the paste's FailedScheduling events name (see unschedulableFindings). */
  let unschedulable: Map<string, number[]> | null = null;
  /** Some unplaced Pending pod is SCHEDULING_SECONDS old or of no known age: the scheduler has had its tries. */
  let pendingNoNodeLong = false;
  const pendingPlaced: number[] = [];
  /** Indices of the Pending rows in pendingNoNode or pendingPlaced that wait too long (warning): pendingBesideSiblings' candidates. */
  let pendingHeld: number[] | null = null;
  /** Pending pods of a host-network DaemonSet: each bound to one node, where its ports are host ports (see pending-host-network). */
  let pendingHostNetwork: number[] | null = null;
  /** Pending pods of k3s's ServiceLB: each binds its Service's ports as host ports on one node (see pending-service-lb). */
  let pendingServiceLb: number[] | null = null;
  /** Another pod Pending too (a Deployment's, CoreDNS's): the nodes lack something for all, not one port on one node. */
  let pendingOther = false;
  /** Unplaced Pending pods of a host-network Deployment (indices): see host-network-one-node. */
  let pendingHostDeployment: number[] | null = null;
  /** Unplaced Pending pods a control plane's NoSchedule taint keeps off it (no DaemonSet's, static or CoreDNS pod): see pending-control-plane-only. */
  let pendingOffControlPlane: number[] | null = null;
  let pendingStuck = false;
  /** The lines of the pods Pending on a node too long (pendingStuck's). */
  const waitingStuck = new Set<number>();
  /** Of those, the ones whose NODE cell names their node, to it: see pending-on-node. */
  let stuckOnNode: Map<number, string> | null = null;
  const terminating: number[] = [];
  // On a node that is not Ready nothing confirms the containers stopped: those pods stay until it returns.
  const down = downNodeNames(input.nodeRows);
  // A pod shown Running is bound to some node: with one node in the whole cluster and no NODE cell to say, that one.
  const soleDown = input.soleNode !== undefined && down.has(input.soleNode) && input.elided !== true && (input.otherClusters ?? []).length < 2 ? input.soleNode : null;
  // A node waiting for its CNI agent to start still reports: what its pods show is current.
  // `get nodes -w` prints a node again on each change: its last line is its state.
  const lastNodeRows = new Map(input.nodeRows.map((n) => [n.name, n]));
  if (down.size > 0) {
    for (let j = 0; j < input.rows.length; j++) {
      const r = input.rows[j] as PodRow;
      if (r.node !== null && down.has(r.node) && lastNodeRows.get(r.node)?.status === 'NotReady' && cniAgentStarting(comps[j], r)) down.delete(r.node);
    }
  }
  for (const d of input.deletedNodes ?? []) down.add(d);
  const terminatingDown: number[] = [];
  /** Terminating pods of a replica set's kind (see stuckTerminating), when any. */
  let terminatingOwned: number[] | null = null;
  /** Live Terminating rows on a node no nodes table calls down (indices): a node gone silent, when they are all it has. */
  let terminatingOnNode: number[] | null = null;
  const staleDown: number[] = [];
  /** Of those, StatefulSet pods: nothing replaces them while their node is silent (see stale-on-down-node-ordinal). */
  let staleDownOrdinal: number[] | null = null;
  // Pod addresses from the runtime's own bridge config (no CNI): see the runtime-bridge-network finding.
  const bridged: number[] = [];
  const evictedByNode = new Map<string, number[]>();
  const notReady: number[] = [];
  /** Lines of pods not ready that the watch saw restart (not told as running-not-ready): their restart finding warns. */
  let restartedNotReady: Set<number> | null = null;
  let notReadyStatic: number[] | null = null;
  /** Job pods of several containers Running not all ready: a sidecar's doing, no Service's concern (see running-not-ready-job). */
  let notReadyJob: number[] | null = null;
  /** CI runner pods of several containers Running not all ready: the runner ended beside its docker sidecar (see running-not-ready-runner). */
  let notReadyRunner: number[] | null = null;
  const gatesPending: number[] = [];
  /** Pods held before scheduling, for less than STUCK_SECONDS: see pods-gated. */
  let gated: number[] | null = null;
  // Restarted rows as indices, recent ones flagged: a Finding each only when few (see summariseRestarts).
  const restarted: number[] = [];
  let quietRestarts: PodRow[] | null = null;
  const restartedRecent: boolean[] = [];
  /** Rows whose two or three restarts all came in start-up, so not told: unless a sibling's show a loop (see crashingBesideSiblings). */
  let startupRestarted: number[] | null = null;
  /** Rows in CrashLoopBackOff, which their status group reports: their restarts are that status, said once for all. */
  let grouped: Uint8Array | null = null;
  /** Live pods of Deployments failing (error or held): a rollout may be stuck (see stuckRollouts). */
  let failingPods: number[] | null = null;
  /**
   * Per namespace, then Deployment name: its first pod's row, where its pod-template hash ends, and whether
   * another hash showed. By name, not owner object: its pods' owners may differ in confidence.
   */
  const replicaSets = new Map<string | null, Map<string, ReplicaSetsSeen>>();
  /** Every live row that restarted at a known moment (`2 (5m ago)`), concerning or not: for restarts-together. */
  const restartedAt: number[] = [];
  /** Every live row that restarted with no "(ago)" to say when (kubectl before 1.26): for restarts-together-age. */
  const restartedBare: number[] = [];
  const invalid: number[] = [];
  const noNs: number[] = [];
  /** Rows without a namespace whose table was printed by no command in the paste: only for those is "paste the command" advice. */
  const noNsUnshown = new Set<number>();
  /**
   * Whether every row without a namespace is a pod one namespace holds first (kube-system: the control plane's, its DNS,
   * its CNI agents; istio-system: Istio's control plane), and one of them a pod no other namespace holds (`calico-node`
   * alone may be in calico-system).
   */
  let oneHome = true;
  /** The namespaces every entry so far lists, in the first one's order. */
  let homes: readonly string[] = [];
  let homeComponent: ComponentInfo | null = null;
  let homeSeveral = false;
  const cpLinesByNode = new Map<string, number[]>();
  const cpNamespaceByNode = new Map<string, string | null>();
  /** Per etcd cluster (its static pods' name: kubeadm's etcd, kOps's etcd-manager-main and etcd-manager-events), its members' lines. */
  let etcdClusters: Map<string, number[]> | null = null;
  /** Of those, the members a lost node's status shows (Unknown, NodeLost): see etcd-even. */
  let etcdLost: Set<number> | null = null;
  const replaced = input.replaced ?? new Set<number>();
  const replacedLines: number[] = [];
  /** Of those, a Job's failed attempts (by index): see job-attempts-failing. */
  let replacedJobs: number[] | null = null;
  const rows = input.rows;
  const superseded = input.superseded;
  let liveCount = 0;
  let lastRs: PodRow['restarts'] = null;
  let lastAgo: number | null = null;
  let firstRestarts = -1;
  let allRestarted = true;
  // A reboot restarts every workload's pods: one owner's pods all alike say nothing of the nodes.
  let firstRow: PodRow | null = null;
  let manyOwners = false;
  let earlierRestarts: Map<string, number> | null = null;
  /** A watch's earlier failing line of a pod (Error, CrashLoopBackOff): see watch-failed-recovered. */
  let earlierFailed: Map<string, PodRow> | null = null;
  let recovered: [PodRow, PodRow][] | null = null;
  for (let j = 0; j < rows.length; j++) {
    // A clock running behind is the machine's, not the pod's: any line that shows it counts, live or not.
    if ((rows[j] as PodRow).age === '<invalid>') invalid.push((rows[j] as PodRow).line);
    if (superseded.size > 0 && superseded.has(j)) {
      // A watch's earlier line of a pod: its restart count then, to tell a restart the watch saw.
      const was = rows[j] as PodRow;
      if (was.restarts !== null) (earlierRestarts ??= new Map()).set(was.name, was.restarts.count);
      if (was.severity === 'error') (earlierFailed ??= new Map()).set(was.name, was);
      continue;
    }
    liveCount++;
    const r = rows[j] as PodRow;
    const comp = comps[j];
    if (firstRestarts < 0) {
      firstRestarts = r.restarts?.count ?? 0;
      allRestarted = firstRestarts > 0;
    }
    // A row cut off before its STATUS says nothing about health: only a status read counts as bad.
    // Starting (progress) is not unhealthy yet: a CNI pod 99 s old in Init:0/1 is a node joining.
    const unhealthy = r.status !== null && r.severity !== 'ok' && r.severity !== 'progress';
    // Crash-looping pods reach the same count together by the kubelet's back-off, not by a reboot.
    if (allRestarted && (r.severity === 'error' || (firstRow !== null && r.workload !== firstRow.workload && !oneMaker(firstRow, r)))) {
      if (r.severity === 'error') allRestarted = false;
      else manyOwners = true;
    }
    if (firstRow === null) firstRow = r;
    // Any sign of a node pods run on: a NODE cell, a node agent's (DaemonSet's) or a static pod's row. Not a Pending
    // pod only guessed a DaemonSet's from its `-xxxxx` suffix (hunt cd/23: Charmed Kubernetes' add-ons, a
    // ReplicationController's, all Pending before any worker joined): nothing shows it was made for a node.
    if (!nodeSeen && (r.node !== null || (r.workload !== null && (r.workload.kind === 'StaticPod' || (r.workload.kind === 'DaemonSet' && (r.workload.confidence !== 'low' || r.status !== 'Pending')))))) nodeSeen = true;
    if (comp !== undefined && CONTROL_PLANE_IDS.has(comp.id) && !otherStaticPod(comp, r) && !controlPlaneCopy(comp, r)) {
      // Each static pod name is one etcd cluster: kOps runs two, etcd-manager-main-<node> and etcd-manager-events-<node>
      // (kube-up's etcd-server-<node> and etcd-server-events-<node>), each with its own members and quorum.
      if (comp.id === 'etcd' && r.workload !== null && r.workload.kind === 'StaticPod') {
        let l = (etcdClusters ??= new Map()).get(r.workload.name);
        if (l === undefined) etcdClusters.set(r.workload.name, (l = []));
        l.push(r.line);
        if (r.status !== null && LOST_STATUSES.has(r.status)) (etcdLost ??= new Set()).add(r.line);
      }
      if (unhealthy) {
        cpBad.push(r);
        cpBadIds.add(comp.id);
      } else if (r.severity === 'ok') cpOkIds.add(comp.id);
      // Its node: the NODE cell, or the name of a static pod (kube-apiserver-<node>) where no NODE column shows it.
      const on = r.node ?? staticPodNode(r);
      if (on !== null) {
        let l = cpLinesByNode.get(on);
        if (l === undefined) {
          cpLinesByNode.set(on, (l = []));
          cpNamespaceByNode.set(on, r.namespace);
        }
        l.push(r.line);
      }
    }
    if (comp !== undefined && comp.category === 'dns' && comp.provides !== null) {
      dnsTotal++;
      if (unhealthy) dnsBad.push(r.line);
      else if (r.status === 'Running' && r.severity === 'ok') dnsReady++;
      // 0/1 Running a few seconds old is a readiness probe yet to pass (a cluster booting), not a replacement under way.
      else if (r.status !== null && r.status !== 'Running' && r.severity === 'progress') (dnsStarting ??= []).push(r.line);
      if (r.status === 'Pending' || r.status === 'ContainerCreating') dnsWaiting.push(r.line);
      if (r.status === 'ContainerCreating') (dnsCreating ??= []).push(r);
    }
    // kube-proxy as a static pod and as a DaemonSet's pod (hunt bq/02, bq/03): see below.
    if (comp !== undefined && comp.category === 'proxy' && r.workload !== null && r.status !== 'Terminating') {
      if (comp.id === 'kube-proxy' && (r.workload.kind === 'StaticPod' || r.workload.kind === 'DaemonSet')) (proxies ??= []).push(r);
      else if (comp.id === 'kube-proxy-windows' && r.workload.kind === 'DaemonSet' && r.node === null) (windowsProxiesUnplaced ??= []).push(r.line);
    }
    if (r.namespace !== null && namespaces.size < 2) namespaces.add(r.namespace);
    // The per-node agents carry the pod network; an operator, a UI or an autoscaler down leaves it running.
    const cniAgent = isCniAgent(comp);
    if (cniAgent && unhealthy) cniBad.push(r);
    else if (unhealthy && awaitedBad === null && comp !== undefined && comp.provides !== null && r.workload !== null && AGENTS_AWAIT.has(r.workload.name)) awaitedBad = { row: r, cni: comp.provides };
    // A CNI agent still starting on a node: that node is NotReady until it runs, which is no node down.
    // Where no NODE column shows which node it is on, it may be any NotReady node's ('' stands for that).
    else if (cniAgentStarting(comp, r)) (cniStarting ??= new Map()).set(r.node ?? '', r);
    else if (cniAgent) {
      cniFine = true;
      cniFineYoungest = Math.min(cniFineYoungest, r.ageSeconds ?? 0);
    }
    if (cniAgent && comp.provides !== null && r.status !== 'Terminating') {
      let l = (cniAgents ??= new Map()).get(comp.provides);
      if (l === undefined) cniAgents.set(comp.provides, (l = []));
      l.push(r.line);
      // By the agent, not what it provides: Cilium runs cilium and cilium-envoy on every node, two pods of one CNI.
      if (r.node === null) {
        let u = (cniAgentsUnplaced ??= new Map()).get(comp.id);
        if (u === undefined) cniAgentsUnplaced.set(comp.id, (u = []));
        u.push(r.line);
      }
    }
    if (comp !== undefined && comp.provides === CALICO) {
      if (comp.id === CALICO_NODE) calicoNodeSeen = true;
      else if (r.namespace === CALICO_SYSTEM) {
        (calicoSystemLines ??= []).push(r.line);
        if (r.name > CALICO_NODE_PLACE) calicoSystemPast = true;
      }
    }
    if ((r.status === 'Pending' || r.status === 'ContainerCreating') && (r.severity === 'progress' || r.severity === 'warning') && r.network !== 'host' && comp?.hostNetwork !== true) (waitingNet ??= []).push(r.line);
    if (r.status === 'Terminating') {
      if (r.node !== null && !down.has(r.node) && !superseded.has(j)) (terminatingOnNode ??= []).push(j);
      if (r.node !== null && down.has(r.node)) terminatingDown.push(r.line);
      else if (r.workload !== null && REPLACED_BY_NAME.has(r.workload.kind) && r.ageSeconds !== null) (terminatingOwned ??= []).push(j);
      else terminating.push(r.line);
    }
    // On a node that stopped reporting, a row shows the last state the node sent: Running may be long over.
    // Not a static pod's or a DaemonSet's: they tolerate the node's state and stay (and a node NotReady only
    // for want of a CNI, a new kubeadm cluster's, still reports: its static pods' rows are current). Nor a pod that had
    // ended (Completed, Error) before: its state was final, nothing stale to wait out (en/07: an Argo step Completed).
    else if (r.phase !== 'Succeeded' && r.phase !== 'Failed' && ((r.node !== null && down.size > 0 && down.has(r.node)) || (soleDown !== null && r.node === null && r.phase === 'Running' && input.withNodeColumn[j] === 0)) && r.workload?.kind !== 'StaticPod' && r.workload?.kind !== 'DaemonSet') (r.workload?.kind === 'StatefulSet' ? (staleDownOrdinal ??= []) : staleDown).push(r.line);
    if (r.network === 'pod' && bridged.length < 200 && r.ip !== null && r.ip.charCodeAt(3) === 56 && (r.ip.startsWith('10.88.') || r.ip.startsWith('10.85.'))) bridged.push(r.line);
    if (r.status === 'Evicted') {
      // Without -o wide the node is not shown: the evictions still say a node ran short.
      const key = r.node ?? '';
      let l = evictedByNode.get(key);
      if (l === undefined) evictedByNode.set(key, (l = []));
      l.push(r.line);
    }
    // A failed Job attempt a newer pod took over from is reported as such, not as a pod in Error.
    const history = replaced.size > 0 && replaced.has(j);
    if (history) {
      replacedLines.push(r.line);
      if (r.workload !== null && r.workload.kind === 'Job') (replacedJobs ??= []).push(j);
    }
    // Pending has findings of its own below (with or without a node): not also a status group.
    // Terminating has findings of its own too.
    // Still starting (ContainerCreating, PodInitializing, Init:0/2), not yet long enough to be stuck: said as progress,
    // so a cluster whose every pod waits for its network (8 minutes, DNS too) does not read as nothing to report.
    if (!history && r.severity === 'progress' && r.status !== null && (r.status === 'ContainerCreating' || r.status === 'PodInitializing' || (r.status.startsWith('Init:') && INIT_PROGRESS.test(r.status)))) {
      let g = starting.get(r.status);
      if (g === undefined) starting.set(r.status, (g = []));
      g.push(r.line);
    }
    // Held before scheduling, not yet for long (a longer hold is a warning its status group tells): see pods-gated.
    if (r.severity === 'progress' && r.status === 'SchedulingGated') (gated ??= []).push(r.line);
    if (!history && !(r.status === null || r.severity === 'ok' || r.severity === 'progress' || r.status === 'Running' || r.status === 'Pending' || r.status === 'Terminating')) {
      let g = groups.get(r.status);
      if (g === undefined) groups.set(r.status, (g = { severity: r.severity, lines: [] }));
      g.lines.push(r.line);
      // Restarting again and again is what CrashLoopBackOff says: its group tells it once for all its pods. Other
      // statuses keep their pods' restart findings (Init:2/4 after 41 restarts hides a loop; Error after 25 is one).
      if (r.status === 'CrashLoopBackOff' || r.status === 'Init:CrashLoopBackOff') (grouped ??= new Uint8Array(rows.length))[j] = 1;
    }
    if (r.workload !== null && (r.workload.kind === 'Deployment' || r.workload.kind === 'Rollout') && r.status !== 'Terminating') {
      // Several ReplicaSets of one Deployment: the one case a rollout can be stuck. Told apart without a string per row.
      const w = r.workload;
      const kind = w.kind === 'Rollout' ? 'Rollout' : 'Deployment';
      let inNs = replicaSets.get(r.namespace);
      if (inNs === undefined) replicaSets.set(r.namespace, (inNs = new Map()));
      let seen: ReplicaSetsSeen | undefined = inNs.get(w.name);
      if (seen === undefined) {
        const hashEnd = r.name.lastIndexOf('-');
        inNs.set(w.name, (seen = { hash: r.name.slice(w.name.length + 1, Math.max(w.name.length + 1, hashEnd)), hashEnd, several: false, unready: false, kind }));
      } else if (!seen.several && !sameHash(seen, r.name, w.name.length + 1)) seen.several = true;
      if (!seen.unready && (!runsReady(r) || r.ageSeconds === null)) seen.unready = true;
      if (w.kind === 'Deployment' && (r.severity === 'error' || r.severity === 'warning')) (failingPods ??= []).push(j);
    }
    // Running or done, yet NODE <none>: see pods-ran-no-node.
    if (r.node === null && input.withNodeColumn[j] === 1 && (r.phase === 'Running' || r.phase === 'Succeeded')) (ranNoNode ??= []).push(r.line);
    if (comp !== undefined && comp.id === 'kube-scheduler') (schedulerRows ??= []).push(r);
    // A static pod's mirror needs no scheduler: the kubelet runs it on its own node.
    if (r.status === 'Pending' && r.node === null && r.nominatedNode === null && !(r.workload !== null && r.workload.kind === 'StaticPod') && input.unschedulable?.get(j) === undefined) (waitingScheduler ??= []).push(r.line);
    if (r.status === 'Pending') {
      if (comp !== undefined && comp.hostNetwork && comp.kind === 'DaemonSet' && r.workload !== null && r.workload.kind === 'DaemonSet') (pendingHostNetwork ??= []).push(r.line);
      else if (comp !== undefined && comp.id === 'svclb' && r.workload !== null && r.workload.kind === 'DaemonSet') (pendingServiceLb ??= []).push(r.line);
      else pendingOther = true;
      if (comp !== undefined && comp.hostNetwork && comp.kind === 'Deployment' && r.workload !== null && r.workload.kind === 'Deployment' && r.node === null && r.nominatedNode === null) (pendingHostDeployment ??= []).push(j);
      const unplaceable = input.unschedulable?.get(j);
      if (unplaceable === undefined && r.node === null && r.nominatedNode === null && !tolerantOfControlPlane(r, comp)) (pendingOffControlPlane ??= []).push(r.line);
      if (unplaceable !== undefined) {
        let l = (unschedulable ??= new Map()).get(unplaceable);
        if (l === undefined) unschedulable.set(unplaceable, (l = []));
        l.push(r.line);
      }
      // A NOMINATED NODE means preemption made room for it: it has a place, just not yet.
      else if (r.node === null && r.nominatedNode === null && (input.withNodeColumn[j] === 1 || (input.unplaced?.has(j) ?? false))) {
        pendingNoNode.push(r.line);
        if (r.severity === 'warning') (pendingHeld ??= []).push(j);
        if (r.ageSeconds === null || r.ageSeconds >= SCHEDULING_SECONDS) pendingNoNodeLong = true;
      } else {
        pendingPlaced.push(r.line);
        if (r.severity === 'warning') {
          (pendingHeld ??= []).push(j);
          pendingStuck = true;
          waitingStuck.add(r.line);
          if (r.node !== null) (stuckOnNode ??= new Map()).set(r.line, r.node);
        }
      }
    }
    // Not ready right after a restart the watch showed: starting again, not a readiness probe failing (its restarts say it).
    const justRestarted = earlierRestarts !== null && r.restarts !== null && r.restarts.count > (earlierRestarts.get(r.name) ?? Infinity);
    // Its restart is then what to tell, and no fact to shrug at: it has not come back ready (see restartedNotReady).
    if (justRestarted && r.status === 'Running' && r.ready !== null && r.ready.ready < r.ready.total && r.severity === 'warning') (restartedNotReady ??= new Set()).add(r.line);
    // Failed while the watch ran, then restarted and ready: what the watch shows, though its last line is fine (hunt cs/18).
    if (earlierFailed !== null && r.severity === 'ok' && r.status === 'Running' && r.restarts !== null) {
      const was = earlierFailed.get(r.name);
      // Within its first two minutes, as start-up restarts are counted: later, one failure is no start-up's. An
      // OOMKilled at any age (fa/12: a memory leak's pods killed at 5m, Running again at 9m) is told as only restarted.
      if (was !== undefined && was.line < r.line && r.restarts.count > (was.restarts?.count ?? 0) && (was.status === 'OOMKilled' || (was.ageSeconds !== null && was.ageSeconds < STARTUP_RESTART))) (recovered ??= []).push([was, r]);
    }
    if (r.status === 'Running' && r.ready !== null && r.ready.ready < r.ready.total && r.severity === 'warning' && !justRestarted) {
      // A control plane's static pod takes no Service traffic by readiness (the kubernetes Service lists the API
      // servers themselves, hunt bw/23): its probe failing is the component saying it is not ready.
      if (comp !== undefined && CONTROL_PLANE_IDS.has(comp.id) && r.workload !== null && r.workload.kind === 'StaticPod') (notReadyStatic ??= []).push(r.line);
      // Nor does a CNI's node agent on its host network (calico-node, antrea-agent): no Service sends it traffic, and
      // what its probe failing means, pods on its node without a network, cni-not-ready says (hunt cu/05, cu/12).
      // A Job's pod of several containers: job containers seldom have readiness probes and take no Service traffic,
      // so a sidecar is in play (not ready, or running on after the job container ended), es/13, ch/15.
      else if (r.workload !== null && (r.workload.kind === 'Job' || r.workload.kind === 'CronJob') && r.ready.total > 1) (notReadyJob ??= []).push(r.line);
      // An ARC runner's pod of several: the runner takes no Service traffic either, and its container ends after its job
      // while the docker sidecar runs on, so the controller sees a live pod and does not replace it (ex/03, ex/04).
      else if (r.workload !== null && (r.workload.kind === 'Runner' || r.workload.kind === 'EphemeralRunner') && r.ready.total > 1) (notReadyRunner ??= []).push(r.line);
      else if (!(cniAgent && unhealthy)) notReady.push(r.line);
    }
    // Containers ready but a gate not passed (a load balancer still registering the pod): no Service traffic yet.
    else if (r.status === 'Running' && r.severity === 'warning' && r.readinessGates !== null && gatesShort(r.readinessGates)) gatesPending.push(r.line);
    const rs = r.restarts;
    // A pod that Completed succeeded in the end: its restarts (a Job's OnFailure retries, ingress-nginx's
    // admission-patch waiting for its webhook) are history, not a concern.
    if (rs !== null && rs.count !== 0 && r.status !== 'Completed' && r.status !== 'Succeeded') {
      // Rows share one Restarts object per printed value: the last one's reading is often this one's.
      if (rs !== lastRs) {
        lastRs = rs;
        lastAgo = rs.lastAgo === null ? null : ageSeconds(rs.lastAgo);
      }
      const ago = lastAgo;
      // A restart within the pod's first two minutes is start-up (waiting for the API, DNS, a config): not a concern.
      // Three fit there (the kubelet's back-off waits 10, 20, then 40 s); a fourth cannot, so more is a loop.
      // A last restart longer ago than the pod's AGE was before this pod object existed: a static pod's containers
      // restarting during bootstrap, before its mirror pod was registered (Talos, kubeadm), and none since.
      const predates = ago !== null && r.ageSeconds !== null && ago > r.ageSeconds;
      // From ten minutes back kubectl prints both in whole minutes, each rounded down: `1 (25m ago)` at 27m may be
      // 61 s to 179 s after creation, so a displayed 2m is inside the window as much as outside it.
      // A fourth start-up restart is a loop only while one could still follow: a container up BACKOFF_RESET since its
      // last has had its back-off reset by the kubelet and no loop left (hunt de/21: 4 (16m ago) at 16m).
      const startup = predates || (ago !== null && r.ageSeconds !== null && r.ageSeconds - ago < STARTUP_RESTART + (ago >= 600 ? 60 : 0) && (rs.count <= 3 || ago >= BACKOFF_RESET));
      // Without "(5m ago)" (kubectl before 1.26) a pod younger than the hour restarted within it; three restarts
      // are past start-up. So did one younger than a day that restarted every half hour or more often (CoreDNS 6
      // times in 90 minutes): restarts at that pace go on.
      const recent = ago !== null ? ago < RECENT_RESTART && !startup : r.ageSeconds !== null && rs.count >= 3 && (r.ageSeconds < RECENT_RESTART || (r.ageSeconds < 86_400 && rs.count * FREQUENT_RESTART >= r.ageSeconds));
      // Many restarts matter at one a day or more: 12 over 103 days of a 6-container pod is node reboots. And while
      // they go on: a pod quiet for a day since its last one (149 restarts, the last 11d ago) restarted in the past.
      const many = rs.count >= MANY_RESTARTS && !predates && (r.ageSeconds === null || rs.count * 86_400 >= r.ageSeconds) && (ago === null || ago < QUIET_SINCE);
      if (recent || many) {
        restarted.push(j);
        restartedRecent.push(recent);
      } else if (rs.count >= 2 && !predates && (ago !== null ? startup : r.ageSeconds !== null && r.ageSeconds < STARTUP_RESTART)) (startupRestarted ??= []).push(j);
      // Ten a day or more over its life, then quiet for a day or more (6652 restarts in 95 days, the last 3d20h ago, hunt
      // bo/02): no concern now, yet a crash loop that stopped (reboots do not come ten a day), worth a note. Not a
      // static pod's, which the static-restart findings tell.
      else if (rs.count >= MANY_RESTARTS && !predates && ago !== null && ago >= QUIET_SINCE && r.ageSeconds !== null && rs.count * 8_640 >= r.ageSeconds && r.status === 'Running' && r.workload?.kind !== 'StaticPod') (quietRestarts ??= []).push(r);
      if (ago !== null) restartedAt.push(j);
      else restartedBare.push(j);
    }
    if (allRestarted && (rs === null || rs.count !== firstRestarts)) allRestarted = false;
    if (r.namespace === null) {
      noNs.push(r.line);
      if (r.readBy === 'headerless' || (input.tableCommands[tableOf(r.line, input.tableLines)] ?? null) === null) noNsUnshown.add(r.line);
      const c = comps[j];
      // Every one a component that installs in a namespace the knowledge base names.
      // Not a family the knowledge base knows by a suffix alone (`<driver>-csi-node`): the driver's own installer picks
      // its namespace (Piraeus the release's, vSphere's vmware-system-csi), whatever the entry's default says.
      // Rows of one listing share their namespace, so the home is one every entry lists, not each one's default:
      // flannel's (kube-flannel now, kube-system in its old manifests) beside kubeadm's control plane is kube-system
      // (hunt br/22).
      // An older ServiceLB pod shares whatever namespace the rest of the listing shows: it names none of its own.
      if (c !== undefined && serviceLbElsewhere(c, r)) continue;
      if (c === undefined || c.namespaces.length === 0 || (c.names.length === 0 && c.prefixes.length === 0)) oneHome = false;
      else if (homeComponent === null) {
        homeComponent = c;
        homes = c.namespaces;
      }
      else if (c !== homeComponent && oneHome) {
        homeSeveral = true;
        if (c.namespaces !== homes && !homes.every((ns) => c.namespaces.includes(ns))) {
          homes = homes.filter((ns) => c.namespaces.includes(ns));
          if (homes.length === 0) oneHome = false;
        }
      }
    }
  }

  // A node down first: what its pods show (CNI, control plane) follows from it.
  let waitingSomewhere: { nodes: string[]; lines: number[]; status: string } | null = null;
  for (const n of lastNodeRows.values()) {
    const own = cniStarting === null || n.status !== 'NotReady' ? undefined : cniStarting.get(n.name);
    // A CNI pod with no NODE cell runs on some node: not named as this one's (five nodes were each told of the same pod).
    const somewhere = own === undefined && cniStarting !== null && n.status === 'NotReady' ? cniStarting.get('') : undefined;
    if (isJoining(n)) add('progress', 'node-joining', { node: n.name, age: n.age as string }, [n.line]);
    else if (own !== undefined) add('progress', 'node-waiting-cni', { node: n.name, pod: own.name, status: own.status ?? '' }, [n.line, own.line]);
    else if (somewhere !== undefined) {
      waitingSomewhere ??= { nodes: [], lines: [somewhere.line], status: somewhere.status ?? '' };
      waitingSomewhere.nodes.push(n.name);
      waitingSomewhere.lines.push(n.line);
    } else if (n.status.split(',')[0] !== 'Ready') add('error', 'node-not-ready', { node: n.name, status: n.status }, [n.line]);
    // Before kubectl 1.8 a master registered unschedulable on purpose (`Ready,SchedulingDisabled,master`): not cordoned.
    else if (n.status.includes('SchedulingDisabled') && !n.status.endsWith(',master')) add('warning', 'node-cordoned', { node: n.name }, [n.line]);
  }
  // A Virtual Kubelet node (AKS's virtual-node-aci-linux, VERSION v1.19.10-vk-azure-aci-1.4.8): no machine, and tainted,
  // so a pod lands there only when it asks to (hunt bj/24), and DaemonSets never do.
  // Virtual Kubelets before azure-aci 1.x reported the Kubernetes library's version alone (v1.11.2), so only the name
  // tells: VK's default node name, and the old AKS connector chart's virtual-kubelet-<release>-<os>-<region> (ew/01).
  for (const n of lastNodeRows.values()) if (n.version !== null && (n.version.includes('-vk-') || VIRTUAL_KUBELET_NODE.test(n.name))) add('ok', 'node-virtual-kubelet', { node: n.name, version: n.version }, [n.line]);
  // The same nodes seen only in the pods' NODE column: AKS's add-on names its node virtual-node-aci-linux whatever the
  // cluster (ew/13, ew/14), so the name alone says the pods run on Azure Container Instances, not on a machine.
  // Counted by pod, not by line: a second listing shows the same pods again (ew/14).
  const onVirtual = new Map<string, { lines: number[]; pods: Set<string> }>();
  for (const r of input.rows) {
    if (r.node === null || lastNodeRows.has(r.node) || !(VIRTUAL_KUBELET_NODE.test(r.node) || AKS_VIRTUAL_NODE.test(r.node))) continue;
    const seen = onVirtual.get(r.node) ?? { lines: [], pods: new Set<string>() };
    seen.lines.push(r.line);
    seen.pods.add(`${r.namespace ?? ''}/${r.name}`);
    onVirtual.set(r.node, seen);
  }
  for (const [node, seen] of onVirtual) add('ok', 'pods-on-virtual-node', { node, count: seen.pods.size }, seen.lines);
  // Said once for all such nodes: one finding per node would repeat the same pod (or the same doubt) five times.
  if (waitingSomewhere !== null) {
    const w = waitingSomewhere as { nodes: string[]; lines: number[]; status: string };
    add('progress', 'nodes-waiting-cni', { nodes: w.nodes.join(', '), count: w.nodes.length, status: w.status }, w.lines.sort((a, b) => a - b));
  }
  if (cniAgents !== null && cniAgents.size > 1) {
    // A policy engine or a chained plugin beside the cloud's VPC CNI (Calico or Cilium with aws-node, Antrea on AKS),
    // kube-router run for its firewall or service proxy alone, and Cilium chained on flannel are set-ups, not a clash.
    const own = [...cniAgents].filter(([cni]) => !CNI_BESIDE_OTHERS.has(cni));
    const chained = own.length === 2 && cniAgents.has('cilium') && cniAgents.has('flannel');
    const lines = own.flatMap(([, l]) => l).sort((a, b) => a - b);
    // Tables apart may be two clusters' listings.
    if (own.length > 1 && !chained && oneTable(lines, input.tableLines)) add('warning', 'cni-several', { cnis: own.map(([cni]) => cni).join(', '), count: own.length }, lines);
  }
  if (cpBad.length > 0) {
    // One component failing and no healthy pod of it beside: what stops is that component's part (hunt di/03: a crash-looping
    // controller manager, so a scaled Deployment gets no new pod), which says more than "may be affected".
    const only = cpBadIds.size === 1 ? ([...cpBadIds][0] as string) : null;
    const id = only !== null && !cpOkIds.has(only) ? CONTROL_PLANE_DOWN[only] : undefined;
    add('error', id ?? 'control-plane-not-ready', { count: cpBad.length, names: cpBad.map((r) => r.name).join(', ') }, cpBad.map((r) => r.line));
  }
  // Every CNI agent shown failing, none running or starting, and pods waiting for a network: see pods-waiting-failing-cni.
  // Not where a filter or a pipe (`| grep -v Running`) or an ellipsis may have left the healthy agents out.
  const cut = (c: KubectlCommand | null): boolean => c !== null && (c.pipedTo !== null || c.filtered);
  const failingCniHolds = cniBad.length > 0 && !cniFine && cniStarting === null && waitingNet !== null && input.elided !== true && !input.tableCommands.some(cut) && !(input.headerlessCommands ?? []).some(cut);
  // The DNS Service sends queries only to ready pods: with one of them ready, names still resolve.
  if (dnsBad.length > 0) {
    // Waiting (Pending, ContainerCreating) while the CNI's agents still start and none fails: the network comes first,
    // so that is what to watch, not DNS.
    if (cniStarting !== null && cniBad.length === 0 && dnsBad.every((l) => dnsWaiting.includes(l))) add('progress', 'dns-waiting-cni', { count: dnsBad.length }, dnsBad);
    // Waiting on a CNI agent that fails (k0s's kube-router crash-looping, hunt bk/02): a consequence, said as one, so
    // the CNI's error comes first and DNS is not a second cause to chase.
    else if (failingCniHolds && dnsReady === 0 && dnsBad.every((l) => dnsWaiting.includes(l))) add('warning', 'dns-waiting-failing-cni', { count: dnsTotal, total: dnsTotal }, noneReady(dnsBad, dnsStarting));
    // Some ready, the rest waiting on a network whose every agent fails (hunt cl/27, flannel crash-looping on all three
    // nodes): the ready ones pass their probe, which is local, but pods elsewhere reach them only over that network, so
    // "names resolve" would not hold.
    else if (failingCniHolds && dnsBad.every((l) => dnsWaiting.includes(l))) add('warning', 'dns-partly-waiting-failing-cni', { count: dnsBad.length, total: dnsTotal }, dnsBad);
    else if (dnsReady > 0) add('warning', 'dns-partly-ready', { count: dnsBad.length, total: dnsTotal }, dnsBad);
    else add('error', 'dns-not-ready', { count: dnsTotal, total: dnsTotal }, noneReady(dnsBad, dnsStarting));
  }
  // Every DNS pod starting or stopping, none ready (a rollout that replaced them all at once, hunt bq/13): whatever the
  // reason, no name resolves while it lasts. Not while the CNI still starts (dns-waiting-cni's story), nor where all
  // wait to be placed (the missing-CNI findings below), nor where a filter or pipe may have hidden the ready ones; nor
  // for one pod alone, which a paste picking out its Terminating pods may show (hunt aj/25).
  else if (dnsStarting !== null && dnsTotal > 1 && dnsReady === 0 && dnsStarting.length === dnsTotal && cniStarting === null && dnsWaiting.length < dnsTotal && input.elided !== true && !input.tableCommands.some(cut) && !(input.headerlessCommands ?? []).some(cut)) add('warning', 'dns-none-ready', { count: dnsTotal }, dnsStarting);
  // kube-proxy run twice on a node, as a static pod and by a DaemonSet (RKE2 1.21 moved it from a Helm chart's DaemonSet to
  // a static pod, and an upgrade left the old DaemonSet, rancher/rke2#1301): the two bind the same ports and write the
  // same iptables rules. Where the NODE column shows the DaemonSet's pods, only a node with both; where it does not, the
  // two kinds side by side, said as such. Nodes that each run one kind (a migration done node by node) say nothing.
  if (proxies !== null) {
    const statics = proxies.filter((r) => r.workload?.kind === 'StaticPod');
    const sets = proxies.filter((r) => r.workload?.kind === 'DaemonSet');
    if (statics.length > 0 && sets.length > 0) {
      const staticOn = new Map<string, number>();
      for (const r of statics) {
        const on = r.node ?? staticPodNode(r);
        if (on !== null) staticOn.set(on, r.line);
      }
      const placed = sets.filter((r) => r.node !== null);
      if (placed.length === sets.length) {
        const both = placed.filter((r) => staticOn.has(r.node as string));
        const nodes = [...new Set(both.map((r) => r.node as string))];
        if (nodes.length > 0) add('warning', 'kube-proxy-twice', { count: nodes.length, nodes: nodes.join(', ') }, [...both.map((r) => r.line), ...nodes.map((n) => staticOn.get(n) as number)].sort((a, b) => a - b));
      } else if (placed.length === 0) add('warning', 'kube-proxy-twice-kinds', { static: statics.length, daemonset: sets.length }, proxies.map((r) => r.line).sort((a, b) => a - b));
    }
  }
  // A DaemonSet every node runs one pod of (kube-proxy, the CNI's agent) with more pods than the nodes the paste names,
  // where no nodes table nor NODE cell names them: the others are unnamed, not absent (hunt cg/15: Docker Desktop's kind
  // provisioner, two kindnet and two kube-proxy pods beside desktop-control-plane alone). Only where the Nodes table
  // names some (a static pod's suffix): with none named it implies no count. Not across clusters.
  if (input.nodeRows.length === 0 && (proxies !== null || windowsProxiesUnplaced !== null || cniAgentsUnplaced !== null) && (input.otherClusters ?? []).length < 2) {
    let most: { name: string; lines: number[] } | null = null;
    const consider = (name: string, lines: number[]): void => {
      if (nodes.length > 0 && lines.length > nodes.length && (most === null || lines.length > most.lines.length)) most = { name, lines };
    };
    // kubeadm's kube-proxy runs on Linux nodes only, kube-proxy-windows on Windows ones: their pods are on as many nodes together,
    // as a CNI's Linux and Windows agents are (one entry for both there).
    const linuxProxies = proxies === null ? [] : proxies.filter((r) => r.node === null && r.workload?.kind === 'DaemonSet').map((r) => r.line);
    if (proxies !== null || windowsProxiesUnplaced !== null) consider('kube-proxy', windowsProxiesUnplaced === null ? linuxProxies : [...linuxProxies, ...windowsProxiesUnplaced].sort((a, b) => a - b));
    if (cniAgentsUnplaced !== null) for (const [cni, lines] of cniAgentsUnplaced) consider(cni, lines);
    if (most !== null) {
      const m = most as { name: string; lines: number[] };
      add('ok', 'nodes-unnamed', { count: m.lines.length, name: m.name, named: nodes.length }, m.lines);
    }
  }
  // CoreDNS waits for the pod network; with no CNI pod anywhere in a paste of several namespaces, none was
  // installed (the classic first kubeadm cluster).
  const wide = namespaces.size > 1 || input.tableCommands.some((c) => c !== null && c.allNamespaces);
  // Calico's operator alone in a whole listing (inferCluster left the CNI unknown): it runs Calico only from an
  // Installation resource, and none was applied (no calico-node anywhere).
  if (cluster.cni === null && cniOperatorLines.length > 0) add('warning', 'cni-operator-only', { count: dnsWaiting.length }, [...cniOperatorLines, ...dnsWaiting].sort((a, b) => a - b));
  // A pod runs only once bound to a node, and the binding is never undone: an API server that shows one Running or
  // Completed with NODE <none> is not the one whose kubelets ran it (hunt cw/11: Karmada's karmada-apiserver, which keeps
  // the pods it propagates as templates with the status the member clusters report). Its logs are on no node of it.
  if (ranNoNode !== null) add('warning', 'pods-ran-no-node', { count: ranNoNode.length }, ranNoNode);
  if (calicoSystemLines !== null && !calicoNodeSeen && calicoSystemPast && calicoSystemListedWhole(input)) add('warning', 'calico-node-missing', { count: calicoSystemLines.length }, calicoSystemLines);
  // The same of Calico's manifest install, which runs calico-node in kube-system beside calico-kube-controllers (dw/13:
  // kubeasz's every add-on Pending with no node, no calico-node pod at all): its DaemonSet has made no pod, so no node is
  // there for it (none registered, none it tolerates) or it was never created. Not beside the operator's namespaces
  // (a migration moves calico-node out of kube-system), nor beside Canal, whose own DaemonSet runs Calico's agent.
  else if (calicoSystemLines === null && !calicoNodeSeen && cluster.cni === CALICO && !rows.some((r) => r.namespace === CALICO_SYSTEM || r.namespace === TIGERA_OPERATOR) && calicoSystemListedWhole(input, 'kube-system')) {
    const controllers = rows.filter((r, j) => !superseded.has(j) && r.namespace === 'kube-system' && comps[j]?.id === CALICO_CONTROLLERS).map((r) => r.line);
    if (controllers.length > 0 && rows.some((r, j) => !superseded.has(j) && r.namespace === 'kube-system' && nameOf(r) > `${CALICO_NODE_PLACE}\uffff`)) add('warning', 'calico-node-missing-kube-system', { count: controllers.length }, controllers);
  }
  // MicroK8s before 1.19 ran flannel as a service of its snap, with no pod to show: no advice to install a CNI there.
  // With no sign of any node (no NODE cell, no node agent, no static pod, no node row), what is missing is a node:
  // a managed cluster (EKS, AKS) brings its CNI with its nodes, so no advice to install one there.
  // kops and kube-up defaulted to kubenet, which runs no pod: there DNS waits for the nodes, not for an add-on to install.
  const noCniPod = cluster.cni === null && cniOperatorLines.length === 0 && dnsTotal > 0 && dnsWaiting.length === dnsTotal && !kubenetByDefault(rows, comps);
  // kube-proxy's DaemonSet tolerates every taint and runs on the host network, so a node that lacks only its network add-on
  // still runs it (the classic first cluster: kube-proxy Running, CoreDNS Pending). Its every pod Pending too says no node
  // takes pods at all, the add-on aside: virtual nodes that never run DaemonSet pods (OKE Virtual Nodes, ek/08),
  // or kubelets that do not start what is bound to them. Not an add-on to install.
  const proxySets = proxies === null ? [] : proxies.filter((r) => r.workload?.kind === 'DaemonSet');
  const proxiesWaiting = proxySets.length > 0 && proxySets.length === (proxies ?? []).length && proxySets.every((r) => r.status === 'Pending');
  if (noCniPod && proxiesWaiting) add('warning', 'proxies-pending-dns-waiting', { count: dnsTotal, proxies: proxySets.length }, [...dnsWaiting, ...proxySets.map((r) => r.line)].sort((a, b) => a - b));
  else if (noCniPod && wide && input.microk8s !== true) add('warning', nodeSeen ? 'cni-missing' : 'nodes-missing', { count: dnsTotal }, dnsWaiting);
  // A whole listing of kube-system alone (hunt bv/26): the add-on may run in a namespace of its own (kube-flannel,
  // calico-system), so its absence here says less; said as such, with the listing that tells. Only a listing that
  // reaches kube-proxy's place (kube-proxy, kube-scheduler): one cut short may have lost kube-flannel-ds-* before it.
  else if (noCniPod && !wide && nodeSeen && input.microk8s !== true && input.elided !== true && namespaces.has('kube-system')
    && input.tableCommands.some((c) => c !== null && c.namespace === 'kube-system') && !input.tableCommands.some((c) => c !== null && (c.filtered || c.pipedTo !== null)) && (input.headerlessCommands ?? []).length === 0
    && rows.some((r, j) => !superseded.has(j) && r.name >= 'kube-proxy-')) add('warning', 'cni-missing-kube-system', { count: dnsTotal }, dnsWaiting);
  // The same listing with its `-n kube-system` left out of the paste (hunt cl/01: no NAMESPACE column, no command, every
  // row a pod of kube-system's own, see namespace-unknown-system): said as a listing most likely of kube-system.
  else if (noCniPod && namespaces.size === 0 && nodeSeen && input.microk8s !== true && input.elided !== true
    && kubeSystemGuessed(noNs.length, oneHome, homes, input) && rows.some((r, j) => !superseded.has(j) && r.name >= 'kube-proxy-')) add('warning', 'cni-missing-kube-system-likely', { count: dnsTotal }, dnsWaiting);
  // Its DaemonSet listed, no pod of it in the paste: the add-on is there, its pods are what to look at, not an install.
  else if (cniDaemonSet !== null && dnsTotal > 0 && dnsWaiting.length === dnsTotal && wide) add('warning', 'cni-pods-unlisted', { count: dnsTotal, name: cniDaemonSet, cni: cluster.cni ?? '' }, dnsWaiting);
  // No network add-on, so the runtime's own bridge config gave the addresses (containerd 10.88.0.0/16, CRI-O
  // 10.85.0.0/16): pods run, but pods on different nodes cannot reach each other.
  // Only where the paste would show a CNI pod (several namespaces, or all): one namespace's pods say nothing of it.
  if (cluster.cni === null && bridged.length > 0 && wide) add('warning', 'runtime-bridge-network', { count: bridged.length }, bridged);
  // With a CNI running, pods on the runtime's bridge were started before it came (and never recreated), or the bridge's
  // config still sits beside the CNI's in /etc/cni/net.d: those pods are off the CNI's network.
  // No CNI's pool is there by default; a VPC's may be (pods take the nodes' own subnet there): not where nodes are too.
  else if (cluster.cni !== null && bridged.length > 0 && !cluster.nodeNetworks.some((net) => net.startsWith('10.88.') || net.startsWith('10.85.'))) add('warning', 'runtime-bridge-beside-cni', { count: bridged.length, cni: cluster.cni }, bridged);
  // One pod address live on two nodes at once, in one listing (dw/05: a Hard Way on Vagrant whose workers all got
  // 10.200.0.0/24; mmumshad/kubernetes-the-hard-way#214, a controller manager without --allocate-node-cidrs): the nodes
  // share one pod range, so a packet for a pod on another node never leaves its own. Each node's range is its own
  // under every IPAM (podCIDR, Calico's blocks, Cilium's pools), so no healthy cluster shows it. Not host-network pods
  // (a node's address), nor the runtime's bridge (runtime-bridge-network tells those), nor listings of other clusters.
  if (input.otherClusters === undefined || input.otherClusters.length <= 1) {
    const nodeAddresses = new Set(nodes.map((n) => n.address).filter((a): a is string => a !== null));
    // Every pod of a wide listing passes here. Each node's pods span a range of addresses, and nodes with ranges of
    // their own (every IPAM's healthy state) have spans that do not overlap: only where two do is each address looked
    // up (a map of 100k addresses cost 15-25 ms; the spans, a number per row).
    const oneTable = input.tableLines.length <= 1;
    const candidates: number[] = [];
    const spans = new Map<string, { low: number; high: number }>();
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j] as PodRow;
      if (r.ip === null || r.node === null || comps[j]?.hostNetwork === true || superseded.has(j)) continue;
      const value = ipv4Number(r.ip);
      if (value < 0 || bridgeNumber(value) || nodeAddresses.has(r.ip)) continue;
      candidates.push(j);
      const span = spans.get(r.node);
      if (span === undefined) spans.set(r.node, { low: value, high: value });
      else if (value < span.low) span.low = value;
      else if (value > span.high) span.high = value;
    }
    const ordered = [...spans.values()].sort((a, b) => a.low - b.low);
    let overlap = false;
    let reach = -1;
    for (const span of ordered) {
      if (span.low <= reach) {
        overlap = true;
        break;
      }
      if (span.high > reach) reach = span.high;
    }
    const firstAt = new Map<string, number>();
    const sharing = new Map<string, { nodes: Set<string>; lines: number[] }>();
    if (overlap) for (const j of candidates) {
      const r = rows[j] as PodRow;
      const key = oneTable ? (r.ip as string) : `${tableOf(r.line, input.tableLines)}\u0000${r.ip as string}`;
      const first = firstAt.get(key);
      if (first === undefined) {
        firstAt.set(key, j);
        continue;
      }
      let at = sharing.get(key);
      if (at === undefined) {
        const f = rows[first] as PodRow;
        sharing.set(key, (at = { nodes: new Set([f.node as string]), lines: [f.line] }));
      }
      at.nodes.add(r.node as string);
      at.lines.push(r.line);
    }
    const shared = [...sharing.entries()].filter(([, at]) => at.nodes.size > 1)
      // In the order the addresses first appear, as the listing shows them.
      .sort((a, b) => (a[1].lines[0] as number) - (b[1].lines[0] as number))
      .map(([key, at]) => [key.slice(key.indexOf('\u0000') + 1), at] as const);
    if (shared.length > 0) add('warning', 'pod-ip-shared-nodes', { ips: shared.map(([ip, at]) => `${ip}: ${[...at.nodes].join(', ')}`).join('; ') }, shared.flatMap(([, at]) => at.lines).sort((a, b) => a - b));
  }
  // Nodes that report one address: VirtualBox NAT gives every VM 10.0.2.15, and the kubelet picks it.
  const byAddress = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.address === null) continue;
    const same = byAddress.get(n.address);
    if (same === undefined) byAddress.set(n.address, [n.name]);
    else same.push(n.name);
  }
  for (const [address, all] of byAddress) {
    if (all.length < 2) continue;
    // A "node" named `<x>-<another's name>` at that node's address is that node, read from a static pod's name with part
    // of the pod's own left on (etcd-manager-main-<node> taken as etcd's): no second machine.
    const named = new Set(all);
    const names = all.filter((a) => {
      for (let at = a.indexOf('-'); at > 0; at = a.indexOf('-', at + 1)) if (named.has(a.slice(at + 1))) return false;
      return true;
    });
    if (names.length < 2) continue;
    const lines: number[] = [];
    for (let j = 0; j < rows.length && lines.length < 200; j++) if ((rows[j] as PodRow).ip === address && !superseded.has(j)) lines.push((rows[j] as PodRow).line);
    // VirtualBox's NAT network is 10.0.2.0/24; another shared address is no NAT's (an edited paste, a copied VM's config).
    add('warning', address.startsWith('10.0.2.') ? 'nodes-same-address' : 'nodes-same-address-other', { address, nodes: names.join(', ') }, lines);
  }
  // An overlay CNI's pod pool over the nodes' own network (Calico's default 192.168.0.0/16 on a 192.168.x LAN): routes to
  // pods then swallow the nodes' traffic. Not for CNIs that give pods the nodes' own network's addresses (AWS, Azure),
  // nor for Cilium on a cloud's nodes (EC2's, AKS's, GKE's names): there it takes the cloud's addresses (ENI, Azure or
  // GKE IPAM), so its pods share the nodes' VPC by design (cilium/cilium#21255 on EKS).
  if (cluster.cni !== null && OVERLAY_CNIS.has(cluster.cni) && !(cluster.cni === 'cilium' && nodes.some((nd) => cloudIpamNode(nd.name)))) {
    overlap: for (const pn of cluster.podNetworks) {
      const pool = cidr4(pn);
      if (pool === null) continue;
      for (const nn of cluster.nodeNetworks) {
        const net = cidr4(nn);
        if (net === null || net.bits < pool.bits || !sameNetwork(net.base, pool.base, pool.bits)) continue;
        const lines: number[] = [];
        for (let j = 0; j < rows.length && lines.length < 200; j++) {
          const r = rows[j] as PodRow;
          if (r.network === 'pod' && r.ip !== null && !superseded.has(j) && isIpv4(r.ip) && sameNetwork(ipv4Number(r.ip), pool.base, pool.bits)) lines.push(r.line);
        }
        add('warning', 'pod-network-overlaps-nodes', { pods: pn, nodes: nn }, lines);
        break overlap;
      }
    }
  }
  if (cniBad.length > 0) {
    const nodesHit = [...new Set(cniBad.map((r) => r.node).filter((n): n is string => n !== null))];
    if (nodesHit.length === 0) add('error', 'cni-not-ready-nodes-unknown', { count: cniBad.length }, cniBad.map((r) => r.line));
    else add('error', 'cni-not-ready', { count: cniBad.length, nodes: nodesHit.join(', ') }, cniBad.map((r) => r.line));
  }

  // Pods grouped by a status that is not fine. Evictions that pile up get their own finding below, which says
  // where to look (the node's pressure): those pods are not listed twice, once as an error and once as a warning.
  piledEvictions(evictedByNode);
  let evictionLines: Set<number> | null = null;
  for (const lines of evictedByNode.values()) if (lines.length >= 3) for (const l of lines) (evictionLines ??= new Set()).add(l);
  // Every CNI agent shown failing, none running or starting: pods waiting for a network (CoreDNS Pending on a node
  // NotReady, a controller in ContainerCreating) wait on it, not on time; said as such, not as progress.
  if (failingCniHolds) {
    const waiting = new Set(waitingNet as number[]);
    const cni = cniBad[0] as PodRow;
    // The agents wait for their controller, which fails too: it is the one to fix, they follow.
    if (awaitedBad !== null && awaitedBad.cni === cluster.cni) add('warning', 'pods-waiting-cni-controller', { count: waiting.size, agents: cniBad.length, pod: awaitedBad.row.name, status: awaitedBad.row.status ?? '' }, [...waiting]);
    // Several agents failing alike (one per node, no NODE cell to tell them apart): one of them, named as one of several.
    else if (cniBad.length > 1 && cniBad.every((r) => r.node === null)) add('warning', 'pods-waiting-failing-cnis', { count: waiting.size, agents: cniBad.length, pod: cni.name, status: cni.status ?? '' }, [...waiting]);
    else add('warning', 'pods-waiting-failing-cni', { count: waiting.size, pod: cni.name, status: cni.status ?? '' }, [...waiting]);
    dropStarting(starting, waiting);
    const creating = groups.get('ContainerCreating');
    if (creating !== undefined) {
      creating.lines = creating.lines.filter((l) => !waiting.has(l));
      if (creating.lines.length === 0) groups.delete('ContainerCreating');
    }
    for (const list of [pendingPlaced, pendingNoNode]) for (let k = list.length - 1; k >= 0; k--) if (waiting.has(list[k] as number)) list.splice(k, 1);
    if (pendingStuck) pendingStuck = pendingPlaced.some((l) => waitingStuck.has(l));
  }
  // DNS pods creating their sandbox for minutes while every CNI agent shown has run ready as long (hunt cl/17, cl/19):
  // not the network coming up, but its set-up on the node. Said once, not also as pods still starting.
  const slowSandbox = dnsCreating === null || !cniFine || cniBad.length > 0 || cniStarting !== null || cniFineYoungest < SANDBOX_SLOW_SECONDS || input.elided === true || input.tableCommands.some(cut) || (input.headerlessCommands ?? []).some(cut) ? null : slowDnsSandboxes(dnsCreating);
  if (slowSandbox !== null) {
    // The VPC CNI's sandbox waits on an address from the VPC, not on files on the node: where aws-node runs ready, what
    // stops it is an address it could not assign (its IAM policy, the IPv6 one on an IPv6 cluster; a subnet out of
    // addresses or prefixes): aws-vpc-cni-k8s#2338, terraform-aws-eks-blueprints#371 (ea/14).
    add('warning', cluster.cni === 'aws-vpc-cni' ? 'dns-creating-vpc-cni' : 'dns-creating-cni-running', { count: slowSandbox.lines.length, age: slowSandbox.age }, slowSandbox.lines);
    dropLines(starting, groups, new Set(slowSandbox.lines));
  }
  // A pull failing where the same pod template's other pods run: the node's, not the image's (hunt cr/26).
  const siblingLines = new Set<number>();
  if ([...PULL_FAILURES].some((status) => groups.has(status))) {
    for (const f of pullFailuresBesideSiblings(rows, superseded, failingPods ?? [])) {
      add('error', f.daemonSet ? 'image-pull-siblings-running-daemonset' : 'image-pull-siblings-running', { status: f.status, count: f.lines.length, name: f.name, running: f.running }, f.lines);
      dropLines(starting, groups, new Set(f.lines));
      for (const l of f.lines) siblingLines.add(l);
    }
  }
  // Pulls failing in several workloads at once: one cause they share, not each one's image (hunt dj/07).
  if ([...REGISTRY_FAILURES].some((status) => groups.has(status))) {
    const shared = pullFailuresShared(rows, superseded, siblingLines);
    if (shared !== null) {
      const shown = shared.names.slice(0, 3).join(', ') + (shared.names.length > 3 ? ', ...' : '');
      add('error', 'image-pull-shared', { count: shared.lines.length, workloads: shared.names.length, names: shown }, shared.lines);
      dropLines(starting, groups, new Set(shared.lines));
    }
  }
  // Config errors in several workloads, all on one node: that node's kubelet, not each template (ef/05).
  if (groups.has('CreateContainerConfigError')) {
    const oneNode = configErrorsOneNode(rows, superseded);
    if (oneNode !== null) {
      const shown = oneNode.names.slice(0, 3).join(', ') + (oneNode.names.length > 3 ? ', ...' : '');
      add('error', 'config-error-one-node', { count: oneNode.lines.length, workloads: oneNode.names.length, names: shown, node: oneNode.node }, oneNode.lines);
      dropLines(starting, groups, new Set(oneNode.lines));
    }
  }
  // A Job whose every pod shown ended failed at one AGE, none replaced, running or done (hunt cz/11: hello's three Errors
  // at 22m, then BackoffLimitExceeded): no attempt is newer to take over, the Job has failed (or waits out its back-off).
  if (groups.has('Error') || [...groups.keys()].some((status) => statusInfo(status).phase === 'Failed')) {
    for (const f of jobsFailedAlike(rows, superseded, replaced)) {
      add('error', 'job-failed-all', { job: f.job, count: f.lines.length }, f.lines);
      dropLines(starting, groups, new Set(f.lines));
    }
  }
  // Pods of one owner the kubelet refused one after another: the owner keeps making them, the kubelet keeps refusing (er/07).
  if ([...groups.keys()].some(refusedAtAdmission)) {
    for (const f of refusedAgain(rows, superseded, groups)) {
      add('error', 'admission-refused-again', { kind: f.kind, owner: f.owner, count: f.lines.length, status: f.status, name: f.name, ns: f.ns }, f.lines);
      dropLines(starting, groups, new Set(f.lines));
    }
  }
  // Every member of one set failing at once: the set serves nothing, and one cause they share is likelier (eh/18).
  if (groups.size > 0) {
    const down = setMembersAllFailing(rows, superseded, groups);
    // Past a few sets, one finding: so many down at once share more than each set's own template (100k bench paste).
    if (down.length > PENDING_SIBLINGS_EACH) {
      const lines = down.flatMap((f) => f.lines).sort((a, b) => a - b);
      const names = down.slice(0, 3).map((f) => f.set).join(', ') + ', ...';
      add('error', 'set-members-all-failing-several', { sets: down.length, count: lines.length, names }, lines);
      dropLines(starting, groups, new Set(lines));
    } else {
      for (const f of down) {
        const shown = f.statuses.slice(0, 3).join(', ') + (f.statuses.length > 3 ? ', ...' : '');
        add('error', 'set-members-all-failing', { set: f.set, kind: f.kind, count: f.lines.length, statuses: shown, first: f.first }, f.lines);
        dropLines(starting, groups, new Set(f.lines));
      }
    }
  }
  for (const [status, g] of groups) {
    if (!statusInfo(status).known) {
      // A paste cut inside the STATUS cell (`Runnin`, fg/03) shows a word kubectl printed whole: the row is said to be cut already.
      const cut = input.cutLines;
      const lines = cut !== undefined && cutStatus(status) ? g.lines.filter((l) => !cut.has(l)) : g.lines;
      if (lines.length > 0) add('unknown', 'unknown-status', { status, count: lines.length }, lines);
    }
    else {
      const lines = status === 'Evicted' && evictionLines !== null ? g.lines.filter((l) => !(evictionLines as Set<number>).has(l)) : g.lines;
      // What the node findings left: said as the rest, with the total, so a part does not read as every eviction.
      // At the pile-up's severity: a lone eviction elsewhere is no worse than three on one node.
      if (lines.length < g.lines.length && lines.length > 0) add('warning', 'evicted-elsewhere', { count: lines.length, total: g.lines.length }, lines);
      else if (lines.length > 0) add(g.severity, 'pods-in-status', { status, count: lines.length }, lines);
    }
  }
  for (const [status, lines] of starting) add('progress', 'pods-in-status', { status, count: lines.length }, lines);
  // Gated pods are neither starting nor failing, and no scheduler or timeout moves them on (hunt ch/02: gated 9m20s,
  // the thread's whole subject): the count says who must act.
  if (gated !== null) add('progress', 'pods-gated', { count: gated.length }, gated);
  // Pending pods a finding below told with their cause: out of the generic Pending counts, whose severity and (where the
  // finding may leave only young ones unplaced) whose "long" follow what is left.
  const tellPending = (lines: Iterable<number>, long: boolean): void => {
    const told = new Set(lines);
    for (const l of [pendingNoNode, pendingPlaced]) dropTold(l, told);
    pendingStuck = pendingPlaced.some((l) => waitingStuck.has(l));
    if (!long) return;
    const unplaced = new Set(pendingNoNode);
    pendingNoNodeLong = rows.some((r) => unplaced.has(r.line) && (r.ageSeconds === null || r.ageSeconds >= SCHEDULING_SECONDS));
  };
  // A host-network Deployment with more pods than the one node the paste shows (hunt cm/18): that is their whole story,
  // told instead of the generic Pending counts.
  if (pendingHostDeployment !== null) {
    for (const f of hostNetworkOneNode(input, comps, nodes, pendingHostDeployment)) {
      out.push(f);
      const told = new Set(f.rows);
      for (const l of [pendingNoNode, pendingPlaced, ...(unschedulable?.values() ?? [])]) dropTold(l, told);
    }
    pendingStuck = pendingPlaced.some((l) => waitingStuck.has(l));
  }
  if (unschedulable !== null) for (const f of unschedulableFindings(rows, unschedulable)) out.push(f);
  // Restarts the paste's events pin on a liveness or startup probe: the kubelet's kills, not the app's crashes.
  if (input.probeKilled !== undefined) {
    for (const [reason, lines] of linesByMessage(rows, input.probeKilled)) {
      const first = rows.find((r) => r.line === lines[0]) as PodRow;
      add('warning', 'restarts-probe-killed', { count: lines.length, name: first.name, reason, ns: namespaceFlag(first.namespace) }, lines);
    }
  }
  // Pods held by a volume the paste's events show failing: one finding per message, quoted, as the scheduler's are.
  if (input.volumeFailing !== undefined) {
    const told = new Set<number>();
    for (const [reason, lines] of linesByMessage(rows, input.volumeFailing)) {
      const first = rows.find((r) => r.line === lines[0]) as PodRow;
      add('warning', 'volume-failing', { count: lines.length, name: first.name, reason, ns: namespaceFlag(first.namespace) }, lines);
      for (const l of lines) told.add(l);
    }
    // Told here with their cause: not again in their status's group (dv/05: one pod ContainerCreating, both findings).
    withoutRows(out, told, (f) => f.id === 'pods-in-status');
  }
  // Every kube-scheduler shown failing (hunt di/01: KodeKloud's control-plane lab, its manifest's command broken, CrashLoopBackOff)
  // and pods Pending with no node: nothing places them, so they wait on it, with no FailedScheduling event to read since
  // no scheduler tried. Not where the paste shows such an event (a scheduler ran and said why), nor while one starts.
  if (waitingScheduler !== null && schedulerRows !== null && unschedulable === null && schedulerRows.every((s) => s.severity === 'error' || (s.severity === 'warning' && s.ready !== null && s.ready.ready === 0))) {
    const down = schedulerRows.find((s) => s.severity === 'error') ?? (schedulerRows[0] as PodRow);
    const waiting = waitingScheduler;
    add('error', 'pending-scheduler-down', { count: waiting.length, name: down.name, status: down.status ?? '', namespace: down.namespace ?? 'kube-system' }, [...waiting, ...schedulerRows.map((s) => s.line)].sort((a, b) => a - b));
    tellPending(waiting, false);
  } else if (waitingScheduler !== null && unschedulable === null && lastNodeRows.size > 0 && input.nodesFiltered !== true) {
    // Every node the paste lists is plainly not Ready (hunt dw/11: both workers NotReady, kube-dns and the dashboard Pending):
    // the scheduler filters out a not-ready node, so the unplaced pods wait for a node, not for anything of their own.
    // One finding names the nodes and the pods; each node's own finding would only repeat it.
    const notReady = out.filter((f) => f.id === 'node-not-ready');
    if (notReady.length === lastNodeRows.size) {
      const waiting = waitingScheduler;
      const nodeLines = notReady.flatMap((f) => f.rows);
      withoutRows(out, new Set(nodeLines), (f) => f.id === 'node-not-ready');
      const first = notReady[0] as Finding;
      add('error', 'pending-no-ready-node', { count: waiting.length, nodes: notReady.map((f) => `${f.vars['node']} ${f.vars['status']}`).join(', '), node: String(first.vars['node']) }, [...nodeLines, ...waiting].sort((a, b) => a - b));
      tellPending(waiting, false);
    }
  }
  // Held beside their own ReplicaSet's running pods: room, not the pods, is what is missing; said once, for them, with
  // where to look (the nodes' allocations, the autoscaler that asked for them), not as pods left Pending in general.
  {
    // Only those no finding above told (a host-network Deployment's copy on one node is that finding's, cm/18).
    let held: number[] = [];
    if (pendingHeld !== null) {
      const untold = new Set([...pendingNoNode, ...pendingPlaced]);
      held = (pendingHeld as number[]).filter((j) => untold.has((rows[j] as PodRow).line));
    }
    const sets = held.length === 0 ? [] : pendingBesideSiblings(rows, superseded, held, input.unschedulable);
    // A cluster out of room holds pods of many Deployments at once: one finding for them all past a few, not one each
    // (a 100k-row listing drew 2,830).
    if (sets.length > PENDING_SIBLINGS_EACH) {
      const first = sets[0] as (typeof sets)[number];
      const lines = sets.flatMap((g) => g.lines).sort((a, b) => a - b);
      add('warning', 'pending-siblings-running-several', { count: lines.length, sets: sets.length, name: first.name, deployment: first.deployment }, lines);
    } else for (const g of sets) add('warning', 'pending-siblings-running', { count: g.lines.length, name: g.name, deployment: g.deployment, running: g.running }, g.lines);
    if (sets.length > 0) tellPending(sets.flatMap((g) => g.lines), true);
  }
  for (const f of metricsApisDown(rows, superseded, comps)) add('warning', f.id, { name: f.name, status: f.status }, f.lines);
  // Every node the paste lists is a control plane, all Ready, and pods wait for a node (eg/03: kubeadm on one EC2 node,
  // calico-kube-controllers Pending beside its Ready node): kubeadm taints control planes NoSchedule, so until a worker
  // joins or the taint is lifted they have nowhere to go. Said as a condition: some installs leave it off.
  if (pendingOffControlPlane !== null) {
    const nodes = controlPlaneOnlyNodes(lastNodeRows);
    const waiting = new Set([...pendingNoNode, ...pendingPlaced]);
    const held = nodes === null ? [] : pendingOffControlPlane.filter((l) => waiting.has(l));
    if (held.length > 0) {
      add('warning', 'pending-control-plane-only', { count: held.length, nodes: (nodes as string[]).join(', ') }, held);
      tellPending(held, true);
    }
  }
  if (pendingNoNode.length > 0 && pendingNoNodeLong) add('warning', 'pending-no-node', { count: pendingNoNode.length }, pendingNoNode);
  // Each one seconds old (hunt cv/10, 8 s): still being scheduled, as its row says; counted with the Pending pods starting.
  else if (pendingNoNode.length > 0) {
    pendingPlaced.push(...pendingNoNode);
    pendingPlaced.sort((a, b) => a - b);
  }
  // Pending on a node (or with no NODE column to say): placed, yet not started there. Said beside the unplaced ones,
  // not hidden by them: a pod Pending 30 minutes on an edge node is that node's kubelet's story, not the scheduler's.
  // Its NODE cell names the node it was bound to long ago (hunt cm/06, KubeEdge's edge-node, 30m): the kubelet there has
  // not even reported ContainerCreating, so that node and its agent are what to look at.
  if (stuckOnNode !== null) {
    const placed = pendingPlaced.filter((l) => (stuckOnNode as Map<number, string>).has(l));
    if (placed.length > 0) {
      const nodes = [...new Set(placed.map((l) => (stuckOnNode as Map<number, string>).get(l) as string))];
      add('warning', 'pending-on-node', { count: placed.length, nodes: nodes.join(', '), node: nodes[0] as string }, placed);
      const told = new Set(placed);
      for (let k = pendingPlaced.length - 1; k >= 0; k--) if (told.has(pendingPlaced[k] as number)) pendingPlaced.splice(k, 1);
      pendingStuck = pendingPlaced.some((l) => waitingStuck.has(l));
    }
  }
  if (pendingPlaced.length > 0) add(pendingStuck ? 'warning' : 'progress', 'pods-in-status', { status: 'Pending', count: pendingPlaced.length }, pendingPlaced);
  // A DaemonSet's pod is made for one node, so Pending says that node cannot take it; on the host network its container
  // ports are host ports there, and one another process or a second release holds is the usual clash (hunt co/14: "didn't
  // have free ports for the requested pod ports"; co/19: node-exporter of a second chart release). Said as a condition on
  // the pod's events: a node short of CPU or memory leaves it Pending as well. Not where other pods wait too (hunt's
  // EKS sample: CoreDNS Pending beside efs-csi-node): what holds them all is the likelier cause.
  if (pendingHostNetwork !== null && !pendingOther) add('ok', 'pending-host-network', { count: pendingHostNetwork.length }, pendingHostNetwork);
  // k3s's ServiceLB runs a pod per node for each LoadBalancer Service, its ports declared as host ports: Pending, that node has
  // them taken, most often by another LoadBalancer Service's pods on the same ports (a second ingress controller or gateway beside
  // the bundled Traefik; hunt dg/16, two Istio gateways on 80 and 443). Said as a condition, as for the host network.
  if (pendingServiceLb !== null && !pendingOther) add('ok', 'pending-service-lb', { count: pendingServiceLb.length }, pendingServiceLb);
  // A node with every pod of its own Terminating and only DaemonSet pods left Running, with no nodes table to say it is
  // down (hunt bj/06, a worker powered off): the taint-based eviction of an unreachable node, told of the node.
  if (terminatingOnNode !== null && terminatingOnNode.length >= 3) {
    for (const gone of silentNodes(rows, superseded, terminatingOnNode, lastNodeRows)) {
      const drop = new Set(gone.terminating);
      for (let k = terminating.length - 1; k >= 0; k--) if (drop.has(terminating[k] as number)) terminating.splice(k, 1);
      if (terminatingOwned !== null) terminatingOwned = terminatingOwned.filter((j) => !drop.has((rows[j] as PodRow).line));
      const lines = [...gone.terminating, ...gone.stale].sort((a, b) => a - b);
      if (gone.stale.length > 0) add('warning', 'node-silent-stale', { node: gone.node, count: gone.terminating.length, stale: gone.stale.length }, lines);
      else add('warning', 'node-silent', { node: gone.node, count: gone.terminating.length }, lines);
    }
  }
  // Pods being deleted: usually gone in seconds; a paste that shows them is often about ones that stay.
  if (terminatingOwned !== null && terminatingOwned.length > 0) {
    const stuck = stuckTerminating(rows, superseded, terminatingOwned);
    for (const j of terminatingOwned) if (stuck === null || !stuck.rows.includes((rows[j] as PodRow).line)) terminating.push((rows[j] as PodRow).line);
    terminating.sort((a, b) => a - b);
    if (stuck !== null) {
      // No NODE cell to place them, but a nodes table in the paste with a node not Ready (eo/14: k8s-2 NotReady for the
      // 2d its pods stayed Terminating): that node is where they likely ran, its kubelet the one that never confirms.
      // Only the nodes its table lists: a node a later listing shows deleted is no longer "not Ready" there.
      const listedDown = [...down].filter((n) => lastNodeRows.has(n)).sort();
      const unplaced = listedDown.length > 0 && stuck.rows.every((l) => rows.some((r) => r.line === l && r.node === null));
      if (unplaced) add('warning', 'terminating-stuck-node-down', { count: stuck.rows.length, age: stuck.age, nodes: listedDown.join(', ') }, stuck.rows);
      else add('warning', 'terminating-stuck', { count: stuck.rows.length, age: stuck.age }, stuck.rows);
    }
  }
  if (terminating.length > 0) add('progress', 'pods-in-status', { status: 'Terminating', count: terminating.length }, terminating);
  // A namespace being deleted waits until its last pod is gone: pods Terminating there are what holds it (a finalizer,
  // a node that no longer answers, a volume that does not detach).
  for (const ns of input.terminatingNamespaces ?? []) {
    const held: number[] = [];
    for (let j = 0; j < rows.length && held.length < 200; j++) {
      const r = rows[j] as PodRow;
      if (r.namespace === ns.name && r.status === 'Terminating' && !superseded.has(j)) held.push(r.line);
    }
    if (held.length > 0) add('warning', 'namespace-deletion-waits', { namespace: ns.name, count: held.length }, [ns.line, ...held]);
  }
  if (terminatingDown.length > 0) add('warning', 'terminating-node-down', { count: terminatingDown.length }, terminatingDown);
  if (staleDown.length > 0) add('warning', 'stale-on-down-node', { count: staleDown.length }, staleDown);
  // A StatefulSet runs one pod of a name at most: evicted, its pod stays Terminating until the kubelet confirms, and
  // no new one starts meanwhile (hunt cl/13: mysql-0 Unknown on a halted w1-k8s moved only once the node was deleted).
  if (staleDownOrdinal !== null) add('warning', 'stale-on-down-node-ordinal', { count: staleDownOrdinal.length }, staleDownOrdinal);

  const withSeveral = failingPods === null ? [] : failingPods.filter((j) => {
    const r = rows[j] as PodRow;
    return replicaSets.get(r.namespace)?.get((r.workload as NonNullable<PodRow['workload']>).name)?.several === true;
  });
  if (withSeveral.length > 0) {
    const hidden = hidingCommand(input);
    for (const st of stuckRollouts(rows, superseded, withSeveral)) {
      // Not started is not failed (hunt bj/09, bj/26): a pod never scheduled has no logs, and an undo does not lift a
      // scheduling gate nor make room for a surge pod that required anti-affinity keeps off the one node.
      // "No version serves" needs every pod of it in sight: a filter or pipe (`| grep -v Running`, hunt cw/08) or an
      // ellipsis may have left a running one out. Said as what the paste shows then.
      if (st.oldFailing && hidden !== null) {
        add('warning', 'rollout-failing-filtered', { deployment: st.deployment, ns: st.ns, sets: `${st.newRs}, ${st.oldRs}`, status: st.status, command: hidden }, st.lines);
        continue;
      }
      if (st.unordered) {
        add('warning', 'rollout-failing-both-unordered', { deployment: st.deployment, one: st.newRs, other: st.oldRs, status: st.status, count: st.lines.length }, st.lines);
        continue;
      }
      if (st.oldFailing && (st.older ?? 1) > 1) {
        add('warning', 'rollout-failing-several', { deployment: st.deployment, new: st.newRs, old: st.oldRs, older: st.older ?? 1, status: st.status, count: st.lines.length }, st.lines);
        continue;
      }
      let id: FindingId = st.oldFailing ? 'rollout-failing-both' : st.status === 'SchedulingGated' ? 'rollout-stuck-gated' : st.status === 'Pending' && !st.placed ? 'rollout-stuck-pending' : 'rollout-stuck';
      // The scheduler's "didn't have free ports" beside the old pods: they hold the host ports the surge pod asks for, and
      // a rolling update starts it before it stops one of them (eo/06, eo/13: Sidero's host-network controller on one node).
      if (id === 'rollout-stuck-pending' && heldHostPorts(rows, st.lines, input.unschedulable)) id = 'rollout-stuck-host-ports';
      // The namespace only where the text names a command: those run in the Deployment's, not kubectl's default (dy/11).
      const vars = id === 'rollout-stuck' ? { deployment: st.deployment, ns: st.ns, new: st.newRs, old: st.oldRs, status: st.status, count: st.lines.length } : { deployment: st.deployment, new: st.newRs, old: st.oldRs, status: st.status, count: st.lines.length };
      // A helm upgrade made the change (dy/09, dy/11, dy/12): going back is Helm's, whose release would otherwise still
      // record the failing revision as deployed.
      if (id === 'rollout-stuck' && input.helmRelease !== undefined) add('warning', 'rollout-stuck-helm', { ...vars, release: input.helmRelease }, st.lines);
      else add('warning', id, vars, st.lines);
    }
  }
  for (const g of generationsReady(rows, superseded, replicaSets, input.tableLines, input.tableCommands)) {
    if (g.kind === 'Rollout') add('warning', 'rollout-generations-ready-argo', { rollout: g.name, ns: g.ns, count: g.sets.length, sets: g.sets.join(', '), age: g.age }, g.lines);
    else add('progress', 'rollout-generations-ready', { deployment: g.name, ns: g.ns, count: g.sets.length, sets: g.sets.join(', '), age: g.age }, g.lines);
  }
  // A failing Deployment pod on its node's host network (rare): a sibling of its ReplicaSet on the same node holds the
  // same ports (hunt ck/03, csi-nfs-controller twice on worker1, one crash-looping).
  const onHost = failingPods === null ? [] : failingPods.filter((j) => (rows[j] as PodRow).network === 'host' && (rows[j] as PodRow).node !== null && (rows[j] as PodRow).ip !== null);
  if (onHost.length > 0) {
    for (const c of hostNetworkClashes(rows, superseded, onHost)) add('warning', 'host-network-same-node', { deployment: c.deployment, node: c.node, count: c.lines.length }, c.lines);
  }
  if (notReady.length > 0) add('warning', 'running-not-ready', { count: notReady.length }, notReady);
  for (const w of initWaitsOnDatabase(rows, superseded)) add('warning', 'init-waits-database', { count: w.lines.length, database: w.database, status: w.status }, [w.line, ...w.lines]);
  const besideDatabases = crashesBesideDatabase(rows, superseded);
  // The database's row first: the one to look at, where a view shows a finding's first rows only.
  // Past a few namespaces, one finding naming the first databases: each namespace's own would drown the rest (the 100k
  // bench paste drew eight), and so many failing at once share a cause of their own (their storage, their nodes).
  if (besideDatabases.length > PENDING_SIBLINGS_EACH) {
    const lines = besideDatabases.flatMap((w) => [...w.lines, w.line]).sort((a, b) => a - b);
    const databases = besideDatabases.slice(0, 3).map((w) => w.database).join(', ') + ', ...';
    add('warning', 'crash-beside-database-several', { namespaces: besideDatabases.length, count: lines.length - besideDatabases.length, databases }, lines);
  } else for (const w of besideDatabases) add('warning', 'crash-beside-database', { count: w.lines.length, database: w.database, status: w.status }, [w.line, ...w.lines]);
  // A StatefulSet whose pods 0..n are all here, n the only one not ready: under the default OrderedReady policy its
  // next pod is made only once n is Running and Ready, so a paste showing fewer pods than wanted shows why (dz/01: zk-0
  // Pending, sts 3 wanted, 1 made). Lower ones not ready beside a higher one say Parallel (all made at once): no claim.
  // Said where the paste shows more wanted (a `get sts` row), or n is 1 (dz/04, dz/13): a lone `-0` not ready is most
  // often a StatefulSet of one (a chart's database), where nothing waits. A listing cut short may have dropped the later ones.
  if (input.elided !== true) {
    const waits = orderedWaits(rows, superseded, input.workloads ?? []);
    const unwanted = waits.filter((w) => w.wants === null);
    for (const w of waits) {
      if (w.wants !== null) add(w.severity, 'statefulset-next-waits-wanted', { statefulset: w.statefulset, pod: w.pod, next: w.next, wants: w.wants, count: w.count }, [w.line]);
      else if (unwanted.length <= PENDING_SIBLINGS_EACH) add(w.severity, 'statefulset-next-waits', { statefulset: w.statefulset, pod: w.pod, next: w.next }, [w.line]);
    }
    // Many sets at once (a 100k-row listing drew 130 findings): one finding for them all, as for pending-siblings-running.
    if (unwanted.length > PENDING_SIBLINGS_EACH) {
      const first = unwanted[0] as (typeof unwanted)[number];
      add(unwanted.some((w) => w.severity === 'warning') ? 'warning' : 'progress', 'statefulset-next-waits-several', { count: unwanted.length, statefulset: first.statefulset, pod: first.pod }, unwanted.map((w) => w.line).sort((a, b) => a - b));
    }
  }
  if (notReadyStatic !== null) add('warning', 'running-not-ready-static', { count: notReadyStatic.length }, notReadyStatic);
  if (notReadyJob !== null) add('warning', 'running-not-ready-job', { count: notReadyJob.length }, notReadyJob);
  if (notReadyRunner !== null) add('warning', 'running-not-ready-runner', { count: notReadyRunner.length }, notReadyRunner);
  if (gatesPending.length > 0) add('warning', 'readiness-gates-pending', { count: gatesPending.length }, gatesPending);

  // Static pods of one node restarted as many times each, with no "(ago)" to say when (kubectl before 1.26): the node's
  // kubelet or the node itself restarted them, which one finding says; not each pod on its own (an error for the one
  // whose mirror pod happens to be younger).
  let staticLines: ReadonlySet<number> | null = null;
  // The API server prints "(ago)" itself since 1.22 (server-side printing, kubernetes#100142) whenever a container has a
  // last termination on record; a kubelet is never newer than its API server, so a node row at 1.22 or later says a
  // bare count there has none (Docker Desktop's fresh VM, hunt bk/16), whatever the kubectl.
  if (startupRestarted !== null && restarted.length > 0) crashingBesideSiblings(rows, startupRestarted, restarted, restartedRecent);
  const serverPrintsAgo = restarted.length > 0 && input.nodeRows.some((n) => printsRestartAgo(n.version));
  if (restarted.length > 0) {
    const together = staticRestartGroups(rows, restarted, superseded);
    // A table where another row shows "(ago)" comes from a kubectl that prints it: the static pods without it have
    // no recent termination on record, so their restarts are old (Docker Desktop's VM restarted), not a loop.
    const agoTables = new Set<number>();
    for (const j of restartedAt) agoTables.add(tableOf((rows[j] as PodRow).line, input.tableLines));
    const agoPrinted = (line: number): boolean => serverPrintsAgo || (agoTables.size > 0 && agoTables.has(tableOf(line, input.tableLines)));
    if (together.lines.size > 0) {
      staticLines = together.lines;
      // Restarts at a pace (recent ones, in the pods' first hours) go on: the kubelet or the runtime keeps killing them.
      const looping = new Set<number>();
      const old = new Set<number>();
      let byVersion = false;
      for (let k = restarted.length - 1; k >= 0; k--) {
        const line = (rows[restarted[k] as number] as PodRow).line;
        if (!together.lines.has(line)) continue;
        if (agoPrinted(line)) {
          old.add(line);
          if (!(agoTables.size > 0 && agoTables.has(tableOf(line, input.tableLines)))) byVersion = true;
        }
        else if (restartedRecent[k] === true) looping.add(line);
        restarted.splice(k, 1);
        restartedRecent.splice(k, 1);
      }
      for (const g of together.groups) {
        const lost = g.lines.length !== 2 || g.lines.every((l) => old.has(l)) ? null : leaderElectionGroup(rows, comps, g);
        if (lost !== null) add(g.lines.some((l) => looping.has(l)) ? 'warning' : 'ok', 'static-restarts-leader-election', { node: g.node, count: g.count, age: g.age, apiserver: lost.apiserver, pod: lost.pod, namespace: lost.namespace }, g.lines);
        else if (g.lines.some((l) => looping.has(l))) {
          const others = loopingBeside(rows, restarted, restartedRecent, g);
          // A kops or kube-up master restarts its etcd and API server while it boots: the kubelet's cgroup driver, kubeadm's
          // usual cause, is no likelier there than that.
          const kops = eventsEtcdOn(rows, g.node) ? '-kops' : '';
          if (others === null) add('warning', `static-restarts-looping${kops}`, { node: g.node, count: g.count, pods: g.lines.length, age: g.age }, g.lines);
          else {
            for (const l of others.lines) together.lines.add(l);
            add('warning', `static-restarts-looping-others${kops}`, { node: g.node, count: g.count, pods: g.lines.length, age: g.age, others: others.lines.length, counts: others.counts }, [...g.lines, ...others.lines].sort((a, b) => a - b));
          }
        }
        else if (g.lines.every((l) => old.has(l))) add('ok', byVersion ? 'static-restarts-old-version' : 'static-restarts-old', { node: g.node, count: g.count, pods: g.lines.length }, g.lines);
        else {
          // Other pods on that node (or with no NODE column, where the paste names no other node) that restarted as
          // many times per container, created no later than the static pods: the same node restarts (CoreDNS beside
          // kubeadm's control plane, hunt am/08), not each its own.
          const joined = restartedWithNode(rows, restarted, restartedRecent, g, nodes.length === 1 && (nodes[0] as NodeInfo).name === g.node);
          if (joined !== null) for (const l of joined) together.lines.add(l);
          if (joined === null) add('ok', 'static-restarts-together', { node: g.node, count: g.count, pods: g.lines.length }, g.lines);
          else add('ok', 'node-restarts-together', { node: g.node, count: g.count, pods: g.lines.length + joined.length, static: g.lines.length }, [...g.lines, ...joined].sort((a, b) => a - b));
        }
      }
    }
    // One static pod so (etcd's 12 beside kube-scheduler's `4 (13m ago)`, hunt bk/19): no termination on record, so an
    // old count carried over (a static pod keeps its name across a kubelet restart, kubeadm reset and re-init), not a
    // loop in its first minutes.
    if (agoTables.size > 0 || serverPrintsAgo) {
      for (let k = restarted.length - 1; k >= 0; k--) {
        const r = rows[restarted[k] as number] as PodRow;
        if (r.workload === null || r.workload.kind !== 'StaticPod' || r.restarts === null || r.restarts.lastAgo !== null || r.status !== 'Running' || !agoPrinted(r.line)) continue;
        add('ok', 'static-restart-old', { name: r.name, count: r.restarts.count }, [r.line]);
        restarted.splice(k, 1);
        restartedRecent.splice(k, 1);
      }
    }
  }
  // A mirror pod registered anew (its node renamed and re-registered) keeps its containers' counts: where an older row of
  // the same static pod on another node shows the same count, the restarts came before this pod's AGE (hunt bv/24).
  if (restarted.length > 0 && restarted.some((j) => (rows[j] as PodRow).workload?.kind === 'StaticPod')) {
    const carried = carriedStaticRestarts(rows, restarted, superseded);
    if (carried !== null) {
      for (let k = restarted.length - 1; k >= 0; k--) {
        if (!carried.lines.has((rows[restarted[k] as number] as PodRow).line)) continue;
        restarted.splice(k, 1);
        restartedRecent.splice(k, 1);
      }
      for (let k = restartedBare.length - 1; k >= 0; k--) if (carried.lines.has((rows[restartedBare[k] as number] as PodRow).line)) restartedBare.splice(k, 1);
      add('ok', 'static-restarts-carried', { count: carried.lines.size, nodes: carried.from.join(', ') }, [...carried.lines].sort((a, b) => a - b));
    }
  }
  // A static pod's count is the kubelet's, kept when its mirror pod is made anew. More restarts than its containers could
  // reach in the pod's AGE came before its mirror pod: the API lost the old one (etcd emptied or restored from a snapshot,
  // the node deleted and registered again), not a loop in its first minutes (dl/19: etcd 1759 at 83s, its data moved aside).
  // RESTARTS adds up the pod's containers, each with its own back-off.
  if (restarted.length > 0) {
    // Row indexes, in the rows' order (restarted is walked from its end so its entries can be taken out).
    const before: number[] = [];
    for (let k = restarted.length - 1; k >= 0; k--) {
      const j = restarted[k] as number;
      const r = rows[j] as PodRow;
      if (r.workload === null || r.workload.kind !== 'StaticPod' || r.restarts === null || r.ageSeconds === null || r.restarts.count <= restartsPossibleIn(r.ageSeconds) * Math.max(1, r.ready?.total ?? 1)) continue;
      before.unshift(j);
      restarted.splice(k, 1);
      restartedRecent.splice(k, 1);
    }
    if (before.length > 0) {
      const told = new Set(before);
      for (let k = restartedBare.length - 1; k >= 0; k--) if (told.has(restartedBare[k] as number)) restartedBare.splice(k, 1);
      const shown = before.map((j) => rows[j] as PodRow);
      add('warning', 'static-restarts-before-mirror', { count: shown.length, names: shown.map((r) => r.name).join(', ') }, shown.map((r) => r.line));
    }
  }
  // kube-controller-manager and kube-scheduler of one node restarted at one moment while its API server did not (eg/04:
  // both `3 (7m35s ago)` as a second control plane joined, kube-apiserver `2` with no moment): both exit when they cannot
  // renew their leader lease in time, so what failed at that moment is the API server or etcd they reach, not each of them.
  for (const pair of leaseLostTogether(rows, comps, restarted, superseded)) {
    add('warning', 'static-restarts-leader-election-moment', { node: pair.node, ago: pair.ago, pod: pair.pod, namespace: pair.namespace, names: pair.rows.map((j) => (rows[j] as PodRow).name).join(', ') }, pair.lines);
    const told = new Set(pair.rows);
    for (let k = restarted.length - 1; k >= 0; k--) {
      if (!told.has(restarted[k] as number)) continue;
      restarted.splice(k, 1);
      restartedRecent.splice(k, 1);
    }
    for (let k = restartedAt.length - 1; k >= 0; k--) if (told.has(restartedAt[k] as number)) restartedAt.splice(k, 1);
  }
  // One node, and no row on another (or on none the paste shows): a restart of it is every pod's.
  const oneNode = restarted.length > 0 && nodes.length === 1 && rows.every((r) => r.node === null || r.node === (nodes[0] as NodeInfo).name);
  for (const f of summariseRestarts(rows, superseded, restarted, restartedRecent, restartedAt, restartedBare, staticLines, grouped, input.tableLines, snapshotsOf(input.tableCommands), oneNode)) {
    // One restart is a fact while the pod came back; one the watch saw that left it not ready is its state now (hunt
    // cg/18: a CNPG instance 0/1 four seconds after its restart, an ok finding beside its warning row).
    if (restartedNotReady !== null && f.severity === 'ok' && f.rows.length === 1 && restartedNotReady.has(f.rows[0] as number)) out.push({ ...f, severity: 'warning' });
    else out.push(f);
  }
  if (recovered !== null) watchRecovered(recovered, out);
  if (quietRestarts !== null) {
    let most = quietRestarts[0] as PodRow;
    for (const r of quietRestarts) if ((r.restarts?.count ?? 0) > (most.restarts?.count ?? 0)) most = r;
    add('ok', 'restarts-quiet', { count: quietRestarts.length, name: most.name, restarts: most.restarts?.count ?? 0, ago: most.restarts?.lastAgo ?? '' }, quietRestarts.map((r) => r.line));
  }

  // kubectl prints <invalid> for a creation time ahead of its own clock (HumanDuration below -1 s): the machine it
  // runs on and the API server disagree on the time, which says nothing of the pods (kubernetes#48447, eb/01: a
  // pod Running beside it). A note, then, not a warning about the workload.
  if (invalid.length > 0) add('ok', 'age-invalid', { count: invalid.length }, invalid);
  // Evictions piling up on one node point at its pressure (disk, memory), not at the pods.
  for (const [node, lines] of evictedByNode) {
    if (lines.length < 3) continue;
    if (node !== '') add('warning', 'evictions-on-node', { node, count: lines.length }, lines);
    else {
      // The command is typed as said: a name the paste shortened or masked (`jupyter-...-488`, hunt cv/17) is no pod's.
      const first = rows.find((r) => r.line === lines[0]) as PodRow;
      const evicted = podNameTypable(first.name) ? null : new Set(lines);
      const named = evicted === null ? first : rows.find((r) => evicted.has(r.line) && podNameTypable(r.name));
      if (named !== undefined) add('warning', 'evictions', { count: lines.length, name: named.name }, lines);
      else add('warning', 'evictions-unnamed', { count: lines.length }, lines);
    }
  }
  // A claim that is not bound keeps every pod that mounts it Pending (a StatefulSet's pod, by the claim's name).
  const pendingClaims = unboundClaims(input.claims ?? []);
  if (pendingClaims.length > 0) {
    const unnamed = pendingClaims.every((c) => c.storageClass === '');
    add('warning', unnamed ? 'claims-pending-no-class' : 'claims-pending', { count: pendingClaims.length, names: pendingClaims.slice(0, 3).map((c) => c.name).join(', ') + (pendingClaims.length > 3 ? ', …' : '') }, pendingClaims.map((c) => c.line));
  }
  // A Job whose attempts failed again and again, none of its pods Completed (`exit 1` every time, hunt by/02): not
  // history but a Job failing now, until its backoffLimit; its failed attempts are said as that, not as left over.
  if (replacedJobs !== null) {
    for (const f of failingJobs(rows, superseded, replacedJobs)) {
      // Attempts whose container never started (hunt cl/11: `-- --restart=OnFailure` run as the command) have no logs.
      if (f.unstarted !== null) add('warning', 'job-attempts-unstarted', { job: f.job, count: f.failed.length, status: f.unstarted }, [...f.failed, ...f.current].sort((a, b) => a - b));
      else add('warning', 'job-attempts-failing', { job: f.job, count: f.failed.length }, [...f.failed, ...f.current].sort((a, b) => a - b));
      for (const l of f.failed) {
        const at = replacedLines.indexOf(l);
        if (at >= 0) replacedLines.splice(at, 1);
      }
    }
  }
  if (replacedLines.length > 0) add('warning', 'attempts-replaced', { count: replacedLines.length }, replacedLines);

  const headerless = input.headerlessCommands ?? [];
  const anyCommand = (test: (c: KubectlCommand) => boolean): boolean => input.tableCommands.some((c) => c !== null && test(c)) || headerless.some(test);
  const piped = anyCommand((c) => c.pipedTo !== null);
  // Stacked etcd: a quorum is a majority, so an even count survives no more losses than one member fewer.
  // A cluster's listing shows all its members in one table: members from different tables may be other clusters'.
  // Of several etcd clusters (kOps's main and events), each is named: "etcd runs 2 members" would not say which.
  if (etcdClusters !== null && !piped && input.elided !== true && !anyCommand((c) => c.filtered)) {
    for (const [name, all] of etcdClusters) {
      // The API server answered this listing, which takes a quorum: members on lost nodes too many for one to be left
      // are no members (a renamed node's stale mirror pod beside its new one, hunt bv/24), so only the rest count.
      const lost = etcdLost === null ? 0 : all.filter((l) => (etcdLost as Set<number>).has(l)).length;
      const lines = lost > 0 && all.length - lost < Math.floor(all.length / 2) + 1 ? all.filter((l) => !(etcdLost as Set<number>).has(l)) : all;
      if (lines.length < 2 || lines.length % 2 !== 0 || !oneTable(lines, input.tableLines)) continue;
      const quorum = Math.floor(lines.length / 2) + 1;
      const vars = { count: lines.length, quorum, tolerate: lines.length - quorum };
      if (etcdClusters.size === 1) add('warning', 'etcd-even', vars, lines);
      else add('warning', 'etcd-even-cluster', { ...vars, name }, lines);
    }
  }
  let controlPlanes = 0;
  for (const n of nodes) if (n.role === 'control-plane') controlPlanes++;
  // Stacked etcd (kubeadm's and kOps's way): an etcd member beside each control plane's API server. Where another control
  // plane shows both, one without its etcd is missing it (dl/02: a `kubeadm join --control-plane` whose etcd member never came
  // up, its API server crash-looping). RKE2 may split the roles, control planes without etcd by design.
  const stackedEtcd = controlPlanes >= 2 && nodes.some((n) => n.role === 'control-plane' && n.components.includes('etcd') && n.components.includes('kube-apiserver')) && !isRke2(rows);
  for (const n of nodes) {
    if (n.role !== 'control-plane' || piped) continue;
    const have = n.components.filter((c) => CONTROL_PLANE_IDS.has(c));
    // etcd may run outside the cluster (a systemd service, an external etcd cluster): only the other three
    // are always pods on a kubeadm-style control-plane node.
    // kubectl lists pods sorted by namespace and name: a pod is missing only if the paste covers where it would
    // stand, rows before and after it (a paste cut after kube-controller-manager-<node> says nothing about
    // kube-scheduler-<node>, nor one that starts there about kube-apiserver-<node>).
    // OpenShift 4 runs each in a namespace of its own (openshift-kube-apiserver's kube-apiserver-<node>,
    // openshift-kube-scheduler's openshift-kube-scheduler-<node>): rows of another one say nothing of it (hunt bl/27).
    const ns = cpNamespaceByNode.get(n.name) ?? null;
    const ownNamespaces = ns !== null && ns.startsWith('openshift-');
    const listedAround = (c: string): boolean => {
      const inNs = ownNamespaces ? `openshift-${c}` : ns;
      const expected = ownNamespaces && c === 'kube-scheduler' ? `openshift-kube-scheduler-${n.name}` : `${c}-${n.name}`;
      const before = rows.findIndex((r, i) => r.namespace === inNs && r.name < expected && !superseded.has(i));
      if (before < 0) return false;
      if (rows.some((r, i) => r.namespace === inNs && r.name > expected && !superseded.has(i))) return true;
      // Nothing after it, but the listing ran to its end (a prompt follows it) and printed every pod: kubectl sorts
      // by namespace and name, so the pod would stand after these rows (hunt di/10: KodeKloud's lab with no scheduler,
      // kube-proxy-* the last row of kube-system and then the prompt).
      const t = tableOf((rows[before] as PodRow).line, input.tableLines);
      const by = input.tableCommands[t] ?? null;
      return (input.endsAtPrompt?.has(t) ?? false) && by !== null && !by.filtered && by.pipedTo === null && (by.allNamespaces || by.namespace === inNs);
    };
    const missing = [...CONTROL_PLANE_IDS].filter((c) => (c !== 'etcd' || stackedEtcd) && !have.includes(c) && listedAround(c));
    // The one control plane's API server answered this very listing: it runs, only its mirror pod is not yet in the
    // API, on a control plane just started (Talos and kubeadm register a static pod's mirror a little after it
    // starts). Long after, a mirror pod missing is something else (deleted, evicted): a warning still.
    if (have.length >= 2 && missing.length === 1 && missing[0] === 'kube-apiserver' && controlPlanes === 1 && justStarted(rows, cpLinesByNode.get(n.name) ?? [])) {
      add('ok', 'control-plane-apiserver-unlisted', { node: n.name }, cpLinesByNode.get(n.name) ?? []);
    } else if (have.length >= 2 && missing.includes('kube-scheduler') && controlPlanes === 1 && schedulerRows === null && waitingScheduler !== null) {
      // No scheduler pod anywhere, and pods wait for a node (hunt di/10: KodeKloud's manual-scheduling lab removed its
      // manifest): nothing will place them, however young, so that is what the missing pod means here.
      add('error', 'control-plane-incomplete-scheduler', { node: n.name, missing: missing.join(', '), count: waitingScheduler.length }, [...(cpLinesByNode.get(n.name) ?? []), ...waitingScheduler].sort((a, b) => a - b));
      // Those pods are told here, as pending-scheduler-down tells its own: not again in the Pending group (hunt di/10).
      withoutRows(out, new Set(waitingScheduler), (f) => f.id === 'pending-no-node' || (f.id === 'pods-in-status' && f.vars['status'] === 'Pending'));
    } else if (have.length >= 2 && missing.length > 0) {
      add('warning', 'control-plane-incomplete', { node: n.name, missing: missing.join(', ') }, cpLinesByNode.get(n.name) ?? []);
    }
  }

  // A listing of every namespace, whole, with nodes and no cluster DNS pod at all (CoreDNS, kube-dns): none installed, or
  // deleted (MicroK8s without its dns add-on, a kubeadm cluster whose CoreDNS Deployment was removed).
  // kubectl sorts by namespace and name: only where kube-system's rows stand on both sides of where coredns-* and
  // kube-dns-* would (a paste cut short, the commonest kind, says nothing of the pods after its end).
  // Nothing but the control plane's static pods (three or more) where kube-proxy and the network add-on would stand too:
  // every add-on kubeadm and the CNI put in the API is gone (an etcd restored from another cluster's or an early
  // snapshot, hunt bw/29) or was never installed (init stopped before its addon phase); one finding says so.
  const onlyStatic = cluster.cni === null && dnsTotal === 0 && proxies === null && liveCount >= 3 && rows.every((r, j) => superseded.has(j) || (r.namespace === 'kube-system' && r.workload !== null && r.workload.kind === 'StaticPod' && comps[j]?.id !== 'kube-proxy'));
  if (dnsTotal === 0 && (liveCount >= 5 || onlyStatic) && nodeSeen && input.elided !== true && !piped && input.microk8s !== true && anyCommand((c) => c.allNamespaces) && !anyCommand((c) => c.filtered || c.text.includes('--sort-by')) && dnsPlaceShown(rows, superseded, input.tableLines)) {
    // RKE1 applies its add-ons one Job after another, the network plugin's before CoreDNS's: with its jobs listed and
    // no DNS job yet, `rke up` stopped before DNS (hunt bk/07), not a cluster without it; kubeadm's advice is no help there.
    const rkeJob = rkeAddonJobs(rows, comps);
    // OpenShift 3's node process serves DNS itself (dnsmasq and SkyDNS): its master-api-<node> static pods show no DNS pod is due.
    const openshift3 = comps.some((c) => c !== undefined && c.id.startsWith('openshift-master-'));
    if (!openshift3) {
      if (onlyStatic) add('warning', 'addons-missing', { count: liveCount }, lineNumbers(rows, superseded, false));
      else if (rkeJob !== null && !rkeJob.dns) add('progress', 'dns-not-yet-rke', { job: rkeJob.name }, [rkeJob.line]);
      else add('warning', 'dns-missing', { count: liveCount }, []);
    }
  }
  // No control-plane pod and no kube-proxy where a whole listing of kube-system shows their place, yet an API server
  // answered it: the control plane runs outside the pods the API lists (systemd services on machines that are often no
  // nodes: the Hard Way, kubeasz, binary installs; one process: k3s, MicroK8s; RKE1's containers; a managed service).
  // Said so that the empty place reads as a layout, not as a control plane missing or down (dw/02, dw/06, dw/11).
  const outsidePlane = !comps.some((c) => c !== undefined && (CONTROL_PLANE_IDS.has(c.id) || c.id === 'kube-proxy' || c.id === 'kube-proxy-windows' || c.id.startsWith('openshift-master-')));
  // Not where a node is a control plane (minikube, kind, a ROLES column's master: a kubeadm-style layout whose static pods
  // the paste left out), nor from one kube-system row: a pasted excerpt, not the namespace (dl/16).
  const systemRows = rows.filter((r, j) => r.namespace === 'kube-system' && !superseded.has(j)).length;
  if (outsidePlane && controlPlanes === 0 && systemRows >= 2 && !piped && input.elided !== true && (input.otherClusters === undefined || input.otherClusters.length <= 1)
    && anyCommand((c) => c.allNamespaces || c.namespace === 'kube-system') && !anyCommand((c) => c.filtered)
    && controlPlanePlaceShown(rows, superseded, input.tableLines)) add('ok', 'control-plane-outside', {}, []);
  if (liveCount >= 3 && allRestarted && manyOwners) {
    // Said for every pod at once: the static pods' own group among them says nothing more.
    for (let k = out.length - 1; k >= 0; k--) if ((out[k] as Finding).id === 'static-restarts-together' || (out[k] as Finding).id === 'node-restarts-together' || (out[k] as Finding).id === 'static-restarts-old' || (out[k] as Finding).id === 'static-restarts-old-version' || (out[k] as Finding).id === 'static-restart-old') out.splice(k, 1);
    add('ok', 'all-restarted', { count: firstRestarts, pods: liveCount }, lineNumbers(rows, superseded, false));
  }

  input.tableCommands.forEach((cmd, i) => {
    // -o custom-columns prints the IP and NODE columns it names: nothing edited there. Nor is a `wide` the paste
    // garbled (`-o widepo`, the next word glued on): kubectl printed what it asked for.
    if (cmd === null || cmd.wide || !input.tableWide[i] || !isPodsCommand(cmd) || isAlias(cmd.tool) || (cmd.output !== null && (cmd.output.startsWith('custom-columns') || cmd.output.startsWith('wide')))) return;
    add('ok', 'command-not-wide', { command: cmd.text }, [input.tableLines[i] ?? 0]);
  });

  // `-n $NS`, `-n <namespace>`: the command named one the paste does not show, not none.
  if (noNs.length > 0) {
    // One namespace every row's entry lists (one entry's only one, or the one two entries share): that one.
    const homeNamespace = oneHome ? (homes[0] ?? null) : null;
    const homeExclusive = homes.length === 1;
    // Under `get pods -A` the column was there to say it: cut off or printed blank, the namespaces are unknown, not the context's.
    const allNs = input.allNamespacesLines;
    const lostSet = allNs === undefined || allNs.length === 0 ? null : new Set(allNs);
    const lost = lostSet === null ? [] : noNs.filter((l) => lostSet.has(l));
    const rest = lostSet === null ? noNs : noNs.filter((l) => !lostSet.has(l));
    if (lost.length > 0) add('ok', 'namespace-lost', { count: lost.length }, lost);
    // A -n elsewhere in the paste (another command's): the rows' namespace is still unknown, but "no -n" would be false.
    const named = input.namespaceNamedAt;
    const typed = rest.length > 0 ? partVariableNamespace([...input.tableCommands, ...headerless]) : null;
    // The command that printed every one of them is in the paste, without -n (hunt df/10: `kubectl get pods dnsutils`):
    // "paste the command" would ask for what is there; the context's namespace is what to look up.
    const shown = rest.length > 0 && rest.every((l) => !noNsUnshown.has(l));
    const cut = rest.length > 0 ? [...input.tableCommands, ...headerless].find((c) => c !== null && NS_CUT.test(c.text)) : undefined;
    if (rest.length > 0 && anyCommand((c) => NS_PLACEHOLDER.test(c.text))) add('ok', 'namespace-placeholder', { count: rest.length }, rest);
    // The command named one, but the paste shows only its start (ee/05): not the context's, nor one to guess.
    else if (cut !== undefined && cut !== null) add('ok', 'namespace-cut', { count: rest.length, start: (NS_CUT.exec(cut.text) as RegExpExecArray)[1] as string }, rest);
    // The namespace as typed: which one the variable made, the paste does not show.
    else if (typed !== null) add('ok', 'namespace-variable', { count: rest.length, namespace: typed }, rest);
    else if (rest.length > 0 && named !== undefined && named !== null) add('ok', shown ? 'namespace-context-named' : 'namespace-unknown-named', { count: rest.length, line: named }, rest);
    // Every one a pod that runs in kube-system (etcd, coredns, calico-node, kube-proxy): a `-n kube-system` left out of the paste, most likely.
    else if (rest.length > 0 && oneHome && homeExclusive && rest.length === noNs.length && homeNamespace === 'kube-system') add('ok', shown ? 'namespace-context-system' : 'namespace-unknown-system', { count: rest.length }, rest);
    // The same of an add-on's own `-system` namespace, the one its installer makes for it, where several of its parts
    // show (Istio's control plane in istio-system, Longhorn's in longhorn-system). Not a namespace a chart is merely
    // often given (harbor, monitoring, keycloak), nor one part alone (a RabbitmqCluster's servers run in the user's
    // namespace, its operator in rabbitmq-system): those pods are as often in default or one of the user's own.
    else if (rest.length > 0 && oneHome && homeExclusive && homeSeveral && rest.length === noNs.length && homeNamespace !== null && homeNamespace.endsWith('-system')) add('ok', shown ? 'namespace-context-home' : 'namespace-unknown-home', { count: rest.length, namespace: homeNamespace }, rest);
    // One part alone of an add-on whose own install makes its namespace (cert-manager's manifest, hunt bx/14; an
    // operator's `-system` or OpenShift's `openshift-` one): worth saying, not "often default", yet only as the usual
    // one. Not a namespace a chart is merely often given (harbor, jenkins, monitoring): any other is as likely.
    else if (rest.length > 0 && oneHome && rest.length === noNs.length && homeNamespace !== null && (homeExclusive || INSTALLER_NAMESPACES_FIRST.has(homeNamespace)) && (INSTALLER_NAMESPACES.has(homeNamespace) || homeNamespace.endsWith('-system') || homeNamespace.startsWith('openshift-'))) add('ok', shown ? 'namespace-context-usual' : 'namespace-unknown-usual', { count: rest.length, namespace: homeNamespace }, rest);
    else if (rest.length > 0) add('ok', shown ? 'namespace-context' : 'namespace-unknown', { count: rest.length }, rest);
  }
  // Listings of other clusters (KUBECONFIG, --context, a switch between them): the summary takes them together.
  const others = input.otherClusters;
  if (others !== undefined && others.length > 1) {
    const cnis = clusterCnis(rows, comps, others);
    if (new Set(cnis.map(([cni]) => cni)).size > 1) add('ok', 'clusters-several-cni', { cnis: cnis.map(([cni, line]) => `${cni} (${line})`).join(', ') }, [...others]);
    else add('ok', 'clusters-several', {}, [...others]);
  }
  const gone = input.gone ?? new Set<number>();
  const expected = input.expected;
  if (expected !== undefined) add('ok', 'rows-expected', { count: expected.size }, lineNumbers(rows, expected, true));
  if (superseded.size > gone.size + (expected?.size ?? 0)) {
    // Without a watch the same pod came from several commands (or a pasted earlier run): say that instead.
    const watched = anyCommand((c) => c.watch);
    // No command shown: a watch only when some pod came again under the same header (-w prints it once).
    const unknownCommands = input.tableCommands.every((c) => c === null) && headerless.length === 0 && input.repeatsInOneTable !== false;
    let repeats = gone.size === 0 && expected === undefined ? superseded : new Set([...superseded].filter((i) => !gone.has(i) && expected?.has(i) !== true));
    // Listings apart: a pod of the same name on another node, at another address or younger is another pod (hunt bm/10),
    // a bare pod or a StatefulSet's made anew, not the same one printed again.
    const recreated = watched || unknownCommands ? null : recreatedPods(rows, repeats);
    if (recreated !== null) {
      const renewed = new Set(recreated.map(([i]) => i));
      repeats = new Set([...repeats].filter((i) => !renewed.has(i)));
      const lines = [...new Set(recreated.flatMap(([i, k]) => [(rows[i] as PodRow).line, (rows[k] as PodRow).line]))].sort((a, b) => a - b);
      add('ok', 'pods-recreated', { count: recreated.length, name: (rows[(recreated[0] as [number, number])[0]] as PodRow).name }, lines);
    }
    if (repeats.size > 0) add('ok', watched || unknownCommands ? 'watch-repeats' : 'rows-repeated', { count: repeats.size }, lineNumbers(rows, repeats, true));
  }
  const deleted = input.deleted ?? new Set<number>();
  if (gone.size > deleted.size) {
    const listed = deleted.size === 0 ? gone : new Set([...gone].filter((i) => !deleted.has(i)));
    // A Job's pod missing later most often ran to its end: kubectl before 1.10 hid Completed pods without -a, and Helm's
    // hook-delete-policy or a Job's ttlSecondsAfterFinished delete them (em/09: keystone-db-sync, Running, then not listed).
    // Not where a command after it changed what runs (a kubectl delete): that says why it went.
    const lastChange = input.changes === undefined || input.changes.length === 0 ? 0 : Math.max(...input.changes);
    const jobs = new Set([...listed].filter((i) => { const r = rows[i] as PodRow; const kind = r.workload?.kind; return (kind === 'Job' || kind === 'CronJob') && r.line > lastChange; }));
    const others = jobs.size === 0 ? listed : new Set([...listed].filter((i) => !jobs.has(i)));
    if (others.size > 0) add('ok', 'rows-gone', { count: others.size }, lineNumbers(rows, others, true));
    if (jobs.size > 0) add('ok', 'rows-gone-jobs', { count: jobs.size }, lineNumbers(rows, jobs, true));
  }
  if (deleted.size > 0) add('ok', 'watch-deleted', { count: deleted.size }, lineNumbers(rows, deleted, true));
  // Listed, then deleted by name further down (hunt db/01): still what the listing showed, so counted as such, but the
  // commands each row suggests (logs, describe) find no such pod any more.
  const deletedLater = input.deletedLater;
  if (deletedLater !== undefined && deletedLater.size > 0) add('ok', 'pods-deleted-later', { count: deletedLater.size }, lineNumbers(rows, deletedLater, true));

  // A node-pressure taint in the paste (`kubectl describe node`, the scheduler's "had untolerated taint"): the kubelet
  // found its node short of disk, memory or PIDs, so pods are not scheduled there and running ones get evicted (hunt
  // bj/23, bj/25): the Pending and Evicted rows follow from it. A warning where such rows are there to explain.
  for (const t of input.pressureTaints ?? []) {
    const held: number[] = [];
    for (let j = 0; j < rows.length && held.length < 200; j++) {
      const r = rows[j] as PodRow;
      if ((r.status === 'Pending' || r.status === 'Evicted') && !superseded.has(j)) held.push(r.line);
    }
    const lines = [t.line, ...held].sort((a, b) => a - b);
    // The Conditions row the kubelet sets before it taints the node (fa/01: `MemoryPressure True` in a describe node,
    // SystemOOM events under it, the node's pods Evicted and Error): the same cause, said as the row it is.
    if (t.condition !== undefined) add(held.length > 0 ? 'warning' : 'ok', held.length > 0 ? 'node-pressure-condition' : 'node-pressure-condition-seen', { condition: t.condition, count: held.length }, lines);
    else add(held.length > 0 ? 'warning' : 'ok', held.length > 0 ? 'node-pressure-taint' : 'node-pressure-taint-seen', { taint: t.taint, count: held.length }, lines);
  }
  // A restart the paste's own events explain (hunt ch/09: `1 (0s ago)` right after ResizeStarted and "Container app
  // resize requires restart"): the resize did it, no crash to chase. Only where there are as many such events as
  // restarts: a pod that restarted more often restarted for other reasons too.
  const resized = input.resizeRestarts;
  if (resized !== undefined) {
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j] as PodRow;
      const ev = r.restarts !== null && r.restarts.count > 0 && !superseded.has(j) ? resized.get(r.name) : undefined;
      if (ev !== undefined && ev.count >= (r.restarts as NonNullable<PodRow['restarts']>).count) add('ok', 'restarts-resize', { name: r.name, count: (r.restarts as NonNullable<PodRow['restarts']>).count }, [r.line, ev.line].sort((a, b) => a - b));
    }
  }
  foldLostNodes(input, lastNodeRows, nodes, out);
  foldShuttingDown(input, out);

  // Worst first, in order of addition within a severity: a stable bucket pass (findings can be one per row).
  const buckets: Finding[][] = SEVERITY_ORDER.map(() => []);
  for (const f of out) (buckets[SEVERITY_RANK[f.severity]] as Finding[]).push(f);
  return buckets.length === 1 ? (buckets[0] as Finding[]) : ([] as Finding[]).concat(...buckets);
}

export { isBad };

/** Statuses of a pod placed on its node and not started yet. */
const NOT_STARTED: ReadonlySet<string> = new Set(['ContainerCreating', 'Pending', 'PodInitializing']);

/**
 * A node the kubelet is shutting down (its pods end as `Shutdown`, the graceful node shutdown's reason) that still
 * gets new pods: placed after its last Shutdown pod was made and not started, they will not start there, and the
 * Deployment makes more (kubernetes#100184). Told as one finding per node, which folds those pods' "Pods in
 * ContainerCreating" in: the fix is the node's (cordon it), not the pods'.
 */
function foldShuttingDown(input: ClusterInput, out: Finding[]): void {
  const rows = input.rows;
  let youngest: Map<string, { age: number; lines: number[] }> | null = null;
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.status !== 'Shutdown' || r.node === null || input.superseded.has(j)) continue;
    youngest ??= new Map();
    const held = youngest.get(r.node);
    const age = r.ageSeconds ?? Number.POSITIVE_INFINITY;
    if (held === undefined) youngest.set(r.node, { age, lines: [r.line] });
    else {
      held.age = Math.min(held.age, age);
      held.lines.push(r.line);
    }
  }
  if (youngest === null) return;
  const placed = new Map<string, number[]>();
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.node === null || r.status === null || input.superseded.has(j)) continue;
    const down = youngest.get(r.node);
    if (down === undefined || r.ageSeconds === null || r.ageSeconds >= down.age) continue;
    if (!NOT_STARTED.has(r.status) && !INIT_PROGRESS.test(r.status)) continue;
    let lines = placed.get(r.node);
    if (lines === undefined) placed.set(r.node, (lines = []));
    lines.push(r.line);
  }
  if (placed.size === 0) return;
  const covered = new Set<number>();
  const found: Finding[] = [];
  for (const [node, lines] of placed) {
    const down = youngest.get(node) as { lines: number[] };
    for (const l of lines) covered.add(l);
    found.push({ severity: 'warning', id: 'node-shutting-down-placed', vars: { node, count: lines.length, shutdown: down.lines.length }, rows: [...down.lines, ...lines].sort((a, b) => a - b) });
  }
  // Before the first warning: after the errors, as the other warnings about a node are.
  foldInto(out, found, covered, (status) => NOT_STARTED.has(status) || INIT_PROGRESS.test(status), NO_FOLDS, false);
}

const NO_FOLDS: ReadonlySet<string> = new Set();

/**
 * Puts a node's findings (`found`) into `out` and takes out what they tell: a `pods-in-status` finding whose status
 * `trims` picks keeps only the rows not `covered` (gone when none is left), one whose id is in `drops` goes when all its
 * rows are covered. `first`: before everything (an error that explains the rest), else before the first non-error.
 */
function foldInto(out: Finding[], found: readonly Finding[], covered: ReadonlySet<number>, trims: (status: string) => boolean, drops: ReadonlySet<string>, first: boolean): void {
  const kept: Finding[] = [];
  for (const f of out) {
    if (f.id === 'pods-in-status' && trims(String(f.vars['status']))) {
      const rest = f.rows.filter((l) => !covered.has(l));
      if (rest.length > 0) kept.push(rest.length === f.rows.length ? f : { ...f, vars: { ...f.vars, count: rest.length }, rows: rest });
    } else if (!drops.has(f.id) || !f.rows.every((l) => covered.has(l))) kept.push(f);
  }
  const at = first ? 0 : kept.findIndex((f) => f.severity !== 'error');
  kept.splice(at < 0 ? kept.length : at, 0, ...found);
  out.length = 0;
  out.push(...kept);
}

/**
 * Namespaces an add-on's own install manifest makes and names throughout (its bindings, its webhooks): no chart's choice.
 * `linkerd viz install` makes linkerd-viz as `linkerd install` makes linkerd (hunt cn/20).
 */
const INSTALLER_NAMESPACES: ReadonlySet<string> = new Set(['cert-manager', 'argocd', 'linkerd', 'linkerd-viz', 'knative-serving', 'knative-eventing', 'kubeflow', 'tigera-operator', 'tekton-pipelines', 'flux-system']);
/**
 * Of those, the ones the project's own install makes where the knowledge base lists other namespaces beside it only for
 * other packagings of the same pods (Rancher's cattle-gatekeeper-system, k0rdent's kcm-system for Flux, the resolvers'
 * own tekton-pipelines-resolvers): still the usual one, though not the only one (hunts cq/08, cq/10, cs/18, cs/20).
 */
const INSTALLER_NAMESPACES_FIRST: ReadonlySet<string> = new Set(['tekton-pipelines', 'flux-system', 'gatekeeper-system']);

/** Statuses the control plane gives the pods of a node that stopped reporting (NodeLost before Kubernetes 1.x's Unknown). */
const LOST_STATUSES: ReadonlySet<string> = new Set(['Unknown', 'NodeLost']);
/** Findings a lost node explains when every row they name is one of its pods: told once, as the node's story. */
const FOLLOW_LOST_NODE: ReadonlySet<string> = new Set(['control-plane-not-ready', ...Object.values(CONTROL_PLANE_DOWN), 'cni-not-ready', 'cni-not-ready-nodes-unknown']);

/**
 * A node that stopped reporting, told once, first: its pods show Unknown (NodeLost before) because nobody reports on
 * them. Without it a lost control-plane node read as five findings (control plane, CNI, NodeLost, Unknown, DNS), the
 * cause in none. The node is the one a lost pod runs on (NODE column) or is named for (a static pod, `kube-apiserver-node1`);
 * lost pods the paste places nowhere are counted with it when it is the only one. Not for a node a `get nodes` table
 * shows (its own finding says its state), nor for one another pod on shows a live status (Running, CrashLoopBackOff):
 * that node reports, and one pod in Unknown there is that pod's story. The status and the control-plane and CNI findings keep only what the node
 * does not explain; DNS's stays (it says what still answers).
 */
function foldLostNodes(input: ClusterInput, nodeRows: ReadonlyMap<string, NodeRow>, nodes: readonly NodeInfo[], out: Finding[]): void {
  const rows = input.rows;
  const superseded = input.superseded;
  let byNode: Map<string, number[]> | null = null;
  let placeless: number[] | null = null;
  /** Nodes a pod on shows another status (Running, CrashLoopBackOff): their kubelet reports, so a lost pod there is that pod's story. */
  let reporting: Set<string> | null = null;
  /** Lost pods' lines on nodes the nodes table shows not Ready, by node. */
  let shownDown: Map<string, number[]> | null = null;
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.status === null || superseded.has(j)) continue;
    if (!LOST_STATUSES.has(r.status)) {
      const on = r.status === 'Terminating' ? null : (r.node ?? staticPodNode(r));
      if (on !== null) (reporting ??= new Set()).add(on);
      continue;
    }
    const node = r.node ?? staticPodNode(r);
    if (node === null) (placeless ??= []).push(r.line);
    else if (!nodeRows.has(node)) {
      byNode ??= new Map();
      let lines = byNode.get(node);
      if (lines === undefined) byNode.set(node, (lines = []));
      lines.push(r.line);
    } else if ((nodeRows.get(node) as NodeRow).status.split(',')[0] !== 'Ready') {
      shownDown ??= new Map();
      let lines = shownDown.get(node);
      if (lines === undefined) shownDown.set(node, (lines = []));
      lines.push(r.line);
    }
  }
  if (shownDown !== null) foldShownDown(nodeRows, shownDown, out);
  if (byNode === null) return;
  const lost = reporting === null ? [...byNode.keys()] : [...byNode.keys()].filter((n) => !(reporting as Set<string>).has(n));
  if (lost.length === 0) return;
  for (const n of byNode.keys()) if (!lost.includes(n)) byNode.delete(n);
  const covered = new Set<number>();
  for (const lines of byNode.values()) for (const l of lines) covered.add(l);
  const shown = covered.size;
  if (lost.length === 1 && placeless !== null) for (const l of placeless) covered.add(l);
  const controlPlane = lost.some((name) => nodes.find((n) => n.name === name)?.role === 'control-plane');
  const vars = { nodes: lost.join(', '), count: covered.size, shown };
  const id: FindingId = lost.length > 1 ? 'nodes-lost' : controlPlane ? 'node-lost-control-plane' : 'node-lost';
  foldInto(out, [{ severity: 'error', id, vars, rows: [...covered].sort((x, y) => x - y) }], covered, (status) => LOST_STATUSES.has(status), FOLLOW_LOST_NODE, true);
}

/**
 * A node the nodes table shows not Ready, whose pods show Unknown or NodeLost (hunt cv/22, kubernetes#62389: k8s-node2
 * NotReady, its flannel pod NodeLost): one story, told as the node's own finding with its lost pods, in place of
 * node-not-ready. Its pods' status count and a CNI or control-plane finding over those pods alone follow from it.
 * Another pod there shown Running does not make it report: the table says it does not, and that row is as stale.
 */
function foldShownDown(nodeRows: ReadonlyMap<string, NodeRow>, shownDown: ReadonlyMap<string, readonly number[]>, out: Finding[]): void {
  const covered = new Set<number>();
  for (const [node, lines] of shownDown) {
    const n = nodeRows.get(node) as NodeRow;
    const at = out.findIndex((f) => f.id === 'node-not-ready' && f.vars['node'] === node);
    if (at < 0) continue;
    for (const l of lines) covered.add(l);
    out[at] = { severity: 'error', id: 'node-not-ready-lost', vars: { node, status: n.status, count: lines.length }, rows: [n.line, ...lines].sort((a, b) => a - b) };
  }
  if (covered.size > 0) foldInto(out, [], covered, (status) => LOST_STATUSES.has(status), FOLLOW_LOST_NODE, true);
}

/**
 * The CNIs each cluster's listings show, with the command line that starts them (`others`, see ClusterInput.otherClusters):
 * one entry per CNI and cluster, in line order.
 */
function clusterCnis(rows: readonly PodRow[], comps: readonly (ComponentInfo | undefined)[], others: readonly number[]): [string, number][] {
  const out: [string, number][] = [];
  const seen = new Set<string>();
  let k = 0;
  for (let i = 0; i < rows.length; i++) {
    const line = (rows[i] as PodRow).line;
    while (k + 1 < others.length && line > (others[k + 1] as number)) k++;
    const c = comps[i];
    if (c === undefined || c.category !== 'cni' || c.provides === null || line < (others[0] as number)) continue;
    const key = `${k}\u0000${c.provides}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([c.provides, others[k] as number]);
  }
  return out;
}

/**
 * Whether a pod's name as the paste shows it can be typed into a command: a DNS subdomain's characters, no `..` (a paste's
 * `jupyter-...-488`), no placeholder's brackets or stars.
 */
function podNameTypable(name: string): boolean {
  if (name.indexOf('..') >= 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46)) return false;
  }
  return true;
}

/** The first `-n` value typed in part with a variable or a placeholder (`clusters-$CLUSTER_NAME`) of the commands, else null. */
function partVariableNamespace(commands: readonly (KubectlCommand | null)[]): string | null {
  for (const c of commands) {
    const m = c === null ? null : NS_PART_VARIABLE.exec(c.text);
    if (m !== null) return m[1] as string;
  }
  return null;
}

/**
 * Of rows printed again further down (by index), those whose next print of the same name is another pod: another node
 * or another pod address (a pod keeps both all its life). Pairs of that row and its next print; null for none.
 */
function recreatedPods(rows: readonly PodRow[], repeats: ReadonlySet<number>): [number, number][] | null {
  // Only owners that give a new pod the old one's name (a StatefulSet's, a bare pod): a ReplicaSet's or a DaemonSet's new
  // pod has a name of its own, so theirs on another node is an edited paste, not a new pod.
  const names = new Set<string>();
  for (const i of repeats) {
    const r = rows[i] as PodRow;
    if (r.workload !== null && (r.workload.kind === 'StatefulSet' || r.workload.kind === 'Pod')) names.add(r.name);
  }
  if (names.size === 0) return null;
  const last = new Map<string, number>();
  let out: [number, number][] | null = null;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] as PodRow;
    if (!names.has(r.name)) continue;
    const key = `${r.namespace ?? ''}\u0000${r.name}`;
    const i = last.get(key);
    last.set(key, k);
    if (i === undefined || !repeats.has(i)) continue;
    const p = rows[i] as PodRow;
    const moved = p.node !== null && r.node !== null && p.node !== r.node;
    // A new address on the same node with more restarts and no younger AGE is the same pod whose sandbox came back
    // after a node reboot (et/12: curl-pod at 10.244.0.3, `1 (44s ago)`, 65m after 57m): a new pod starts at 0.
    const sandboxRenewed = !moved && p.restarts !== null && r.restarts !== null && r.restarts.count > p.restarts.count && p.ageSeconds !== null && r.ageSeconds !== null && r.ageSeconds >= p.ageSeconds;
    const readdressed = p.ip !== null && r.ip !== null && p.ip !== r.ip && p.network !== 'host' && r.network !== 'host' && !sandboxRenewed;
    // A younger AGE alone is no proof: a tutorial may print its listings out of order.
    if (moved || readdressed) (out ??= []).push([i, k]);
  }
  return out;
}

/** Line numbers of the rows in `set` (or, with `inSet` false, of the others), in row order, in one pass. */
function lineNumbers(rows: readonly PodRow[], set: ReadonlySet<number>, inSet: boolean): number[] {
  const out: number[] = [];
  const none = set.size === 0;
  for (let i = 0; i < rows.length; i++) if ((none ? false : set.has(i)) === inSet) out.push((rows[i] as PodRow).line);
  return out;
}

/** Past this many restarting pods, one finding per kind names the busiest (nine warnings for a cluster's reboots said less). */
export const RESTART_FINDINGS_LIMIT = 5;

/** Past this many moments a paste's restarts are not a few machines restarting: only the biggest are reported. */
const TOGETHER_GROUPS_LIMIT = 5;

/**
 * Three or more pods whose last restart was the same while ago, one of them a concern: the node or the VM under
 * them restarted (a laptop woke up, a reboot), which one finding says better than one per pod. Every pod that
 * restarted at that moment counts, the quiet ones too (calico-node with 2 restarts beside kube-proxy with 12), and
 * each such moment is its own group: nodes rebooted one at a time restart their pods at different moments.
 * Only within one snapshot: "5m ago" counts from when its table was printed, and two listings of the same pods are
 * two moments (or two clusters); tables of other namespaces listed one after another are one (see snapshotsOf).
 * Not pods in a failing status (CrashLoopBackOff, Error, Init:Error): each crashes on its own, and the replicas of one
 * DaemonSet created together crash on the kubelet's one back-off schedule (seven kruise-daemon pods `4 (15s ago)`, hunt
 * ap/03), a shared moment that is no node's restart; their status findings report them.
 */
function restartedTogether(rows: readonly PodRow[], restartedAt: readonly number[], concerning: Uint8Array, tableLines: readonly number[], snapshots: readonly number[]): { findings: Finding[]; members: Uint8Array; groups: number[][] } | null {
  // By the moment each pod last restarted, in seconds ago; kubectl rounds each row's own way (8m13s, 8m14s),
  // so moments a second or 1% apart are one. Hours back too: a VM that slept restarts everything at once.
  const byTable = new Map<number, Map<number, { text: string; rows: number[] }>>();
  const several = tableLines.length > 1;
  // Rows share one Restarts object per printed value: its moment is read once per object, not once per row.
  let lastRs: PodRow['restarts'] = null;
  let lastTable = -1;
  let lastGroup: { text: string; rows: number[] } | undefined;
  // One status string is read once: a paste repeats a handful of them.
  let lastStatus: string | null = null;
  let lastFailing = false;
  for (let k = 0; k < restartedAt.length; k++) {
    const j = restartedAt[k] as number;
    const status = (rows[j] as PodRow).status;
    if (status !== lastStatus) {
      lastStatus = status;
      lastFailing = status !== null && statusInfo(status).severity === 'error';
    }
    if (lastFailing) continue;
    const rs = (rows[j] as PodRow).restarts as NonNullable<PodRow['restarts']>;
    const t = several ? tableOf((rows[j] as PodRow).line, tableLines) : 0;
    const table = t < 0 ? -1 : (snapshots[t] ?? t);
    if (rs !== lastRs || table !== lastTable) {
      lastRs = rs;
      lastTable = table;
      lastGroup = undefined;
      const last = rs.lastAgo;
      const s = last === null ? null : ageSeconds(last);
      if (last !== null && s !== null) {
        let bySeconds = byTable.get(table);
        if (bySeconds === undefined) byTable.set(table, (bySeconds = new Map()));
        lastGroup = bySeconds.get(s);
        if (lastGroup === undefined) bySeconds.set(s, (lastGroup = { text: last, rows: [] }));
      }
    }
    lastGroup?.rows.push(j);
  }
  const groups: { ago: string; members: number[] }[] = [];
  for (const bySeconds of byTable.values()) groupMoments(rows, bySeconds, concerning, groups);
  if (groups.length === 0) return null;
  for (const g of groups) g.members = withoutOwnHistory(rows, g.members);
  // The biggest first; a stable sort keeps equal ones latest first (moments were read in ascending seconds ago).
  groups.sort((x, y) => y.members.length - x.members.length);
  // One flag per row, not a Set: a 100k-row paste restarted all at once stays a few milliseconds.
  const flags = new Uint8Array(rows.length);
  const findings: Finding[] = [];
  const told = groups.slice(0, TOGETHER_GROUPS_LIMIT);
  for (const g of told) {
    g.members.sort((x, y) => x - y);
    for (const j of g.members) flags[j] = 1;
    findings.push({ severity: 'warning', id: onSeveralNodes(rows, g.members) ? 'restarts-together-nodes' : 'restarts-together', vars: { count: g.members.length, ago: g.ago }, rows: g.members.map((j) => (rows[j] as PodRow).line) });
  }
  return { findings, members: flags, groups: told.map((g) => g.members) };
}

/**
 * The members of a group restarted together less those whose count (per container: RESTARTS adds them up) is many
 * restarts beyond the group's middle one: their last restart was the shared moment, the others were their own (hunt
 * df/14: kube-apiserver at `20 (20m ago)` beside pods at `1 (20m ago)` after the cluster restarted; its twenty told as
 * an ok one-off of the restart). Left out, they get a finding of their own. Only while three or more stay.
 */
function withoutOwnHistory(rows: readonly PodRow[], members: number[]): number[] {
  const perContainer = (j: number): number => {
    const r = rows[j] as PodRow;
    return (r.restarts?.count ?? 0) / (r.ready === null || r.ready.total < 1 ? 1 : r.ready.total);
  };
  const counts = members.map(perContainer).sort((a, b) => a - b);
  const median = counts[counts.length >> 1] as number;
  const kept = members.filter((j) => perContainer(j) - median < MANY_RESTARTS);
  return kept.length >= 3 && kept.length < members.length ? kept : members;
}

/**
 * Whether the NODE cells of `members` (row indices) name two nodes or more: pods restarted at one moment on different
 * nodes were not restarted by one node's reboot (hunt ck/21: Portworx pods on two nodes as its storage came up).
 */
function onSeveralNodes(rows: readonly PodRow[], members: readonly number[]): boolean {
  let first: string | null = null;
  for (const j of members) {
    const node = (rows[j] as PodRow).node;
    if (node === null) continue;
    if (first === null) first = node;
    else if (node !== first) return true;
  }
  return false;
}

/**
 * On a cluster of one node, pods restarted together with it (its VM restarting, a laptop waking) carry as many restarts
 * as it restarted; a pod that restarted again later, alive through all of those (as old as the oldest of them), counts
 * them too. What is its own is the rest: judged on those, said beside the shared ones (hunt cg/12: Docker Desktop's
 * kube-scheduler at `23 (22m ago)` beside seven pods at `21 (120m ago)`, an error for two restarts of its own). One
 * container each only: RESTARTS adds up a pod's containers. Rows (indices) of `rest` it told of are taken out of it.
 */
function restartsBeyondTogether(rows: readonly PodRow[], groups: readonly (readonly number[])[], rest: number[], restFlags: boolean[], tableLines: readonly number[], snapshots: readonly number[]): Finding[] {
  const several = tableLines.length > 1;
  const snapOf = (r: PodRow): number => {
    const t = several ? tableOf(r.line, tableLines) : 0;
    return t < 0 ? -1 : (snapshots[t] ?? t);
  };
  const single = (r: PodRow): boolean => r.ready === null || r.ready.total <= 1;
  // Per group whose members all show one count (each of its restarts was everyone's): its snapshot, that count and its
  // oldest member's age.
  const shared: { snap: number; count: number; oldest: number }[] = [];
  for (const g of groups) {
    const count = ((rows[g[0] as number] as PodRow).restarts as NonNullable<PodRow['restarts']>).count;
    let oldest = 0;
    let ok = count > 0;
    for (const j of g) {
      const r = rows[j] as PodRow;
      if (!single(r) || r.ageSeconds === null || (r.restarts as NonNullable<PodRow['restarts']>).count !== count) ok = false;
      else oldest = Math.max(oldest, r.ageSeconds);
    }
    if (ok) shared.push({ snap: snapOf(rows[g[0] as number] as PodRow), count, oldest });
  }
  const out: Finding[] = [];
  for (let k = rest.length - 1; k >= 0; k--) {
    const r = rows[rest[k] as number] as PodRow;
    const rs = r.restarts as NonNullable<PodRow['restarts']>;
    if (rs.lastAgo === null || r.ageSeconds === null || r.status !== 'Running' || !single(r)) continue;
    let best: { count: number } | null = null;
    const snap = snapOf(r);
    for (const g of shared) if (g.snap === snap && g.count < rs.count && g.oldest <= r.ageSeconds && (best === null || g.count > best.count)) best = g;
    if (best === null) continue;
    const own = restartFinding({ ...r, restarts: { ...rs, count: rs.count - best.count } }, restFlags[k] === true);
    out.push({ severity: own.severity, id: 'restarts-beyond-together', vars: { name: r.name, count: rs.count, shared: best.count, own: rs.count - best.count, ago: rs.lastAgo }, rows: [r.line] });
    rest.splice(k, 1);
    restFlags.splice(k, 1);
  }
  return out.reverse();
}

/**
 * Per pod table, the snapshot it belongs to: tables of other namespaces listed one after another (`-n argocd`, then
 * `-n argo-events`) are one moment of one cluster; a table listing pods an earlier one of the snapshot could show
 * (the same namespace, all of them, or no command to say) starts another.
 */
function snapshotsOf(commands: readonly (KubectlCommand | null)[]): number[] {
  const out: number[] = [];
  let snap = 0;
  let seen = new Set<string>();
  for (const c of commands) {
    const ns = c === null || c.allNamespaces || c.namespace === null ? '*' : c.namespace;
    if (seen.size > 0 && (ns === '*' || seen.has('*') || seen.has(ns))) {
      snap++;
      seen = new Set();
    }
    seen.add(ns);
    out.push(snap);
  }
  return out;
}

/** The groups of {@link restartedTogether} among one table's moments (seconds ago, to the rows that last restarted then). */
/**
 * Seconds over which one restart of what pods share (a node, its runtime, RKE2's server process) brings their containers
 * back: one at a time, a few seconds apart (hunt cy/14: kube-scheduler 5m22s ago, the controller managers 5m18s ago).
 * kubectl prints spans under ten minutes to the second, so one second would part them.
 */
const RESTART_SPREAD = 5;

function groupMoments(rows: readonly PodRow[], bySeconds: Map<number, { text: string; rows: number[] }>, concerning: Uint8Array, groups: { ago: string; members: number[] }[]): void {
  const moments = [...bySeconds.keys()].sort((a, b) => a - b);
  const found: { at: number; ago: string; members: number[] }[] = [];
  // Moments that made no group: a pod that came back a little after the others (`11 (40m ago)` beside eleven
  // `11 (42m ago)`, the DCGM host engine after the driver; the API server seconds after etcd) may join one below.
  let leftover: { at: number; members: number[] }[] | null = null;
  for (let a = 0; a < moments.length; ) {
    let b = a + 1;
    // Within RESTART_SPREAD seconds (or 1%, kubectl's rounding of longer spans) of the group's first moment: not chained
    // on, so a minute of start-up churn stays apart.
    while (b < moments.length && (moments[b] as number) - (moments[a] as number) <= Math.max(RESTART_SPREAD, (moments[a] as number) / 100)) b++;
    const members: number[] = [];
    let text = '';
    let most = 0;
    let concern = false;
    for (let k = a; k < b; k++) {
      const g = bySeconds.get(moments[k] as number) as { text: string; rows: number[] };
      // A loop, not push(...rows): spreading 100k+ rows as arguments overflows the call stack.
      for (const j of g.rows) {
        members.push(j);
        if (concerning[j] === 1) concern = true;
      }
      if (g.rows.length > most) {
        most = g.rows.length;
        text = g.text;
      }
    }
    if (members.length >= 3 && concern) found.push({ at: moments[a] as number, ago: text, members });
    else if (members.length < 3) (leftover ??= []).push({ at: moments[a] as number, members });
    a = b;
  }
  if (leftover !== null && found.length > 0) joinStragglers(rows, found, leftover);
  for (const g of found) groups.push({ ago: g.ago, members: g.members });
}

/** How far (seconds) from a group's moment a straggler may have restarted: a minute, or 5% (kubectl prints `42m`, not seconds). */
function stragglerSlack(at: number): number {
  return Math.max(60, at / 20);
}

/**
 * Adds to the nearest group the pods of a lone moment close to it whose restart count one of the group's pods has:
 * the same count says the same history (each reboot restarted both), the nearby moment the same reboot. Only lone
 * moments (fewer than three pods): two groups minutes apart are two nodes rebooted one after the other.
 */
function joinStragglers(rows: readonly PodRow[], found: { at: number; members: number[] }[], leftover: readonly { at: number; members: number[] }[]): void {
  let counts: Set<number>[] | null = null;
  for (const l of leftover) {
    let best = -1;
    let bestGap = Infinity;
    for (let g = 0; g < found.length; g++) {
      const at = (found[g] as { at: number }).at;
      const gap = Math.abs(at - l.at);
      if (gap <= stragglerSlack(Math.max(at, l.at)) && gap < bestGap) {
        best = g;
        bestGap = gap;
      }
    }
    if (best < 0) continue;
    counts ??= found.map((g) => new Set(g.members.map((j) => (rows[j] as PodRow).restarts?.count ?? -1)));
    const have = counts[best] as Set<number>;
    const group = found[best] as { members: number[] };
    for (const j of l.members) if (have.has((rows[j] as PodRow).restarts?.count ?? -2)) group.members.push(j);
  }
}

/** Whether a kubelet VERSION (`v1.25.9`, `v1.27.3+k3s1`) is 1.22 or later, whose API server prints "(ago)" after RESTARTS. */
function printsRestartAgo(version: string | null): boolean {
  if (version === null || !version.startsWith('v1.')) return false;
  const minor = Number.parseInt(version.slice(3, 6), 10);
  return minor >= 22;
}

/**
 * Start-up restarts (two or three in a pod's first two minutes: waiting for the API, DNS, a config) told after all where
 * a pod of the same owner created with it (same namespace, same AGE) restarts past them (hunt cn/13: a DaemonSet's pod
 * at 2 restarts in 92s beside its sibling at 4): the same image in the same conditions crash-loops, so this one does too,
 * and its restarts are the loop's first. Added to `restarted` as recent, in row order.
 */
function crashingBesideSiblings(rows: readonly PodRow[], startup: readonly number[], restarted: number[], recent: boolean[]): void {
  // The most restarts a looping pod of each owner and AGE shows: one pass over the restarted, one look-up per candidate.
  const most = new Map<string, number>();
  const key = (r: PodRow, w: NonNullable<PodRow['workload']>): string => `${r.namespace ?? ''}\u0000${w.kind}\u0000${w.name}\u0000${r.ageSeconds ?? ''}`;
  for (let i = 0; i < restarted.length; i++) {
    const s = rows[restarted[i] as number] as PodRow;
    if (recent[i] !== true || s.workload === null || s.ageSeconds === null) continue;
    const k = key(s, s.workload);
    most.set(k, Math.max(most.get(k) ?? 0, s.restarts?.count ?? 0));
  }
  let joined: number[] | null = null;
  for (const j of startup) {
    const r = rows[j] as PodRow;
    const w = r.workload;
    if (w === null || w.kind === 'Pod' || w.kind === 'StaticPod') continue;
    if ((most.get(key(r, w)) ?? 0) > (r.restarts?.count ?? 0)) (joined ??= []).push(j);
  }
  if (joined === null) return;
  // Both lists are in row order: merged, not spliced one by one.
  const all = [...restarted.map((j, i) => ({ j, recent: recent[i] === true })), ...joined.map((j) => ({ j, recent: true }))].sort((a, b) => a.j - b.j);
  restarted.length = 0;
  recent.length = 0;
  for (const e of all) {
    restarted.push(e.j);
    recent.push(e.recent);
  }
}

/** The finding about one restarted pod. */
function restartFinding(r: PodRow, recent: boolean): Finding {
  const rs = r.restarts as NonNullable<PodRow['restarts']>;
  // Until its init containers have all completed, a pod's RESTARTS counts theirs alone (kubectl's printPod): Init:Error
  // after 545 are its init container's, not spread over the app containers READY counts, none of which has started.
  const init = r.status !== null && r.status.startsWith('Init:');
  // RESTARTS adds up every container's count: a 2/2 pod's 10 are its containers' together (5 each, or 10 of one).
  const containers = !init && rs.count > 1 && r.ready !== null && r.ready.total > 1 ? r.ready.total : 0;
  const suffix = init ? '-init' : containers > 0 ? '-containers' : '';
  const vars = (v: Record<string, string | number>): Record<string, string | number> => (containers > 0 ? { ...v, containers } : v);
  if (recent && rs.lastAgo === null) return { severity: rs.count >= YOUNG_ERROR ? 'error' : 'warning', id: `restarts-young${suffix}`, vars: vars({ name: r.name, count: rs.count, age: r.age ?? '' }), rows: [r.line] };
  // One restart is a fact worth knowing (read its logs with --previous), not yet a pattern: repeated ones are the warning.
  // So is one a container: a 2/2 pod's `2 (44m ago)` may be each container once, as a 1/1 pod's `1 (44m ago)` beside it
  // (hunt an/24: both restarted by one event), and five CSI sidecars each restarting once while the driver came up.
  if (recent && restartsHourly(r, rs.lastAgo as string)) return { severity: 'ok', id: 'restarts-hourly-sleep', vars: { name: r.name, count: rs.count, ago: rs.lastAgo as string }, rows: [r.line] };
  if (recent && suffix === '' && rs.count >= MANY_RESTARTS && restartsSettled(r, rs.count, rs.lastAgo as string)) return { severity: 'warning', id: 'restarts-settled', vars: { name: r.name, count: rs.count, ago: rs.lastAgo as string }, rows: [r.line] };
  if (recent) return { severity: rs.count >= MANY_RESTARTS ? 'error' : rs.count <= Math.max(1, containers) ? 'ok' : 'warning', id: `restarts-recent${suffix}`, vars: vars({ name: r.name, count: rs.count, ago: rs.lastAgo ?? '' }), rows: [r.line] };
  // A restart every ten minutes or more often, all its life: a crash loop caught while Running (36822 in 122 days).
  // Not one quiet since a last restart the row dates (not recent: an hour or more ago), which a loop at that pace
  // cannot leave: its restarts came while it started (hunt ck/21: 14 in 129m, the last 112m ago, beside replicas at
  // 18 whose restarts a shared moment tells as a warning).
  if (rs.lastAgo === null && sleptHourly(r)) return { severity: 'ok', id: 'restarts-hourly-sleep-total', vars: { name: r.name, count: rs.count, age: r.age as string }, rows: [r.line] };
  const looping = rs.lastAgo === null && r.ageSeconds !== null && r.ageSeconds > 0 && rs.count * LOOP_INTERVAL >= r.ageSeconds;
  return { severity: looping ? 'error' : 'warning', id: `restarts-many${suffix}`, vars: vars({ name: r.name, count: rs.count }), rows: [r.line] };
}

/** Quiet since the last restart (seconds) before a crash loop may have stopped: three of the kubelet's 5-minute back-off caps. */
const SETTLED_QUIET = 900;

/**
 * Whether a pod's many restarts came early and stopped (ek/07: OKE's csi-oci-node at `10 (22m ago)` in 46m, running
 * ready on both nodes). A crash loop restarts a container at most five minutes after it exits (the kubelet's back-off
 * cap) plus the time it runs: quiet for SETTLED_QUIET and for three times the pace of the restarts before (AGE less
 * the quiet, over the count, both taken the way that favours a loop), it has run longer than any turn of its loop
 * did. A slow loop (a leak killing it every 20 minutes: 10 in 4 hours) keeps its pace and stays recent. Running and
 * ready only: a pod not ready now may be between two crashes.
 */
function restartsSettled(r: PodRow, count: number, lastAgo: string): boolean {
  if (r.status !== 'Running' || r.ready === null || r.ready.total === 0 || r.ready.ready !== r.ready.total || r.age === null) return false;
  const age = parseAge(r.age);
  const ago = parseAge(lastAgo);
  if (age === null || ago === null || ago.min < SETTLED_QUIET) return false;
  return ago.min >= (3 * (age.max - ago.min)) / count;
}

/**
 * Known pods whose documented manifest runs `sleep 3600` under restartPolicy Always: each hour the sleep ends, the
 * container exits 0 and the kubelet starts it again (the Kubernetes docs' dnsutils before `sleep infinity`, and its busybox.yaml before it).
 */
const HOURLY_SLEEPERS: ReadonlySet<string> = new Set(['dnsutils', 'busybox']);
/** The most a restart may add to the hour (the kubelet's back-off before it starts the container again, a pull). */
const SLEEP_RESTART_SLACK = 300;

/**
 * Whether a known hourly sleeper's restarts keep the hour: its last restart came `count` hours (and a little) after its
 * creation, as far as AGE and the restart's ago, both rounded, tell, and less than an hour ago. A crash loop restarts
 * minutes apart (29h old at 29 restarts is one an hour; a loop would show hundreds), so it does not fit.
 */
function restartsHourly(r: PodRow, lastAgo: string): boolean {
  if (r.component === null || !HOURLY_SLEEPERS.has(r.component) || r.status !== 'Running' || r.age === null) return false;
  const age = parseAge(r.age);
  const ago = parseAge(lastAgo);
  if (age === null || ago === null || ago.min >= HOUR_SECONDS + SLEEP_RESTART_SLACK) return false;
  const count = (r.restarts as NonNullable<PodRow['restarts']>).count;
  const earliest = age.min - ago.max;
  const latest = age.max - ago.min;
  return count * HOUR_SECONDS <= latest && count * (HOUR_SECONDS + SLEEP_RESTART_SLACK) >= earliest;
}

const HOUR_SECONDS = 3600;

/**
 * Without "(ago)" (kubectl before 1.26), whether a known hourly sleeper's count fits its sleep: no more restarts than
 * hours of AGE, and at least one every two hours (hours the node was off restart nothing), as the docs' dnsutils at
 * `120` in 6d23h (hunt df/10). A crash loop restarts minutes apart and outruns the hours.
 */
function sleptHourly(r: PodRow): boolean {
  if (r.component === null || !HOURLY_SLEEPERS.has(r.component) || r.status !== 'Running' || r.age === null) return false;
  const age = parseAge(r.age);
  if (age === null) return false;
  const count = (r.restarts as NonNullable<PodRow['restarts']>).count;
  return count * HOUR_SECONDS <= age.max + SLEEP_RESTART_SLACK && count * 2 * HOUR_SECONDS >= age.min;
}

/** Seconds between restarts at which many restarts over a pod's whole life mean it keeps crashing. */
const LOOP_INTERVAL = 600;

/**
 * One finding per pod while there are few; one per kind (recent, many) with every row when there are
 * more than RESTART_FINDINGS_LIMIT, naming the pod that restarted most. Rows come as indices so a paste of
 * 100k restarted pods builds two findings, not 100k thrown away.
 */
function summariseRestarts(rows: readonly PodRow[], superseded: ReadonlySet<number>, restarted: readonly number[], recentFlags: readonly boolean[], restartedAt: readonly number[], restartedBare: readonly number[], staticLines: ReadonlySet<number> | null, grouped: Uint8Array | null, tableLines: readonly number[], snapshots: readonly number[], oneNode: boolean): Finding[] {
  if (restarted.length === 0) return [];
  const concerning = new Uint8Array(rows.length);
  for (const j of restarted) concerning[j] = 1;
  const together = restartedTogether(rows, restartedAt, concerning, tableLines, snapshots);
  const alike = restartedBare.length >= 3 ? restartedAlike(rows, restartedBare, concerning, staticLines, grouped, tableLines, snapshots, superseded, oneNode) : null;
  // The pods that restarted at other times keep a finding each, but not those in CrashLoopBackOff, whose status
  // group reports them (five such pods are one finding, not six): their rows show the counts.
  if (together === null && alike === null && grouped === null) return summariseApart(rows, restarted, recentFlags);
  const rest: number[] = [];
  const restFlags: boolean[] = [];
  for (let k = 0; k < restarted.length; k++) {
    const j = restarted[k] as number;
    if ((together !== null && together.members[j] === 1) || (alike !== null && alike.members[j] === 1) || (grouped !== null && grouped[j] === 1)) continue;
    rest.push(j);
    restFlags.push(recentFlags[k] === true);
  }
  const beyond = oneNode && together !== null && rest.length > 0 ? restartsBeyondTogether(rows, together.groups, rest, restFlags, tableLines, snapshots) : [];
  const apart = summariseApart(rows, rest, restFlags);
  return [...(together?.findings ?? []), ...(alike?.findings ?? []), ...beyond, ...apart];
}

/**
 * Without "(ago)" (kubectl before 1.26) no moment says pods restarted together, but their counts can: three or more
 * pods of different owners created at the same time (one AGE) that each restarted about as often per container
 * (registry 4, CoreDNS 5, heapster 20 over 4 containers), one of them a concern, were restarted by what they share:
 * the node or the VM (MicroK8s stopped and started), not each by its own crash. Only Running pods: crash-looping
 * ones reach like counts by the kubelet's back-off. And only where they are most of the Running pods created then:
 * a few of many restarting once or twice in their first minutes is start-up churn (waiting for a database).
 */
function restartedAlike(rows: readonly PodRow[], bare: readonly number[], concerning: Uint8Array, staticLines: ReadonlySet<number> | null, grouped: Uint8Array | null, tableLines: readonly number[], snapshots: readonly number[], superseded: ReadonlySet<number>, oneNode: boolean): { findings: Finding[]; members: Uint8Array } | null {
  const several = tableLines.length > 1;
  const keyOf = (r: PodRow): string => {
    const t = several ? tableOf(r.line, tableLines) : 0;
    return `${t < 0 ? -1 : (snapshots[t] ?? t)}\u0000${r.age ?? ''}`;
  };
  const byAge = new Map<string, number[]>();
  for (const j of bare) {
    const r = rows[j] as PodRow;
    if (r.status !== 'Running' || r.age === null || r.ageSeconds === null || (grouped !== null && grouped[j] === 1) || (staticLines !== null && staticLines.has(r.line))) continue;
    const key = keyOf(r);
    let g = byAge.get(key);
    if (g === undefined) byAge.set(key, (g = []));
    g.push(j);
  }
  const perContainer = (j: number): number => {
    const r = rows[j] as PodRow;
    return (r.restarts as NonNullable<PodRow['restarts']>).count / (r.ready === null || r.ready.total < 1 ? 1 : r.ready.total);
  };
  for (const [key, g] of byAge) if (g.length < 3) byAge.delete(key);
  if (byAge.size === 0) return null;
  // The Running pods of each such AGE, restarted or not (one pass, only when a group may form).
  const created = new Map<string, number>();
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.status !== 'Running' || r.age === null || superseded.has(j)) continue;
    const key = keyOf(r);
    if (byAge.has(key)) created.set(key, (created.get(key) ?? 0) + 1);
  }
  let flags: Uint8Array | null = null;
  const findings: Finding[] = [];
  for (const [key, g] of byAge) {
    const counts = g.map(perContainer).sort((a, b) => a - b);
    const median = counts[counts.length >> 1] as number;
    // About as often: within a restart and a half, or a quarter, of the middle one.
    const slack = Math.max(1.5, median / 4);
    const members = g.filter((j) => Math.abs(perContainer(j) - median) <= slack);
    if (members.length < 3 || members.length * 2 < (created.get(key) ?? 0) || !members.some((j) => concerning[j] === 1)) continue;
    const owners = new Set(members.map((j) => { const r = rows[j] as PodRow; return r.workload === null ? r.name : `${r.namespace ?? ''}/${r.workload.name}`; }));
    if (owners.size < 3) continue;
    flags ??= new Uint8Array(rows.length);
    let low = Infinity;
    let high = 0;
    for (const j of members) {
      flags[j] = 1;
      const c = Math.round(perContainer(j));
      if (c < low) low = c;
      if (c > high) high = c;
    }
    const age = key.slice(key.indexOf('\u0000') + 1);
    // On a cluster of one node, pods created since went through the restarts after their creation: about as many per
    // container as the group's share of its life since then, no more than the group's (hunt cg/10: Docker Desktop's
    // CoreDNS `11` in 11d and a 2-container redis `24` in 14d beside its 15d-old pods at 14-15).
    const since: number[] = [];
    const groupAge = (rows[members[0] as number] as PodRow).ageSeconds as number;
    const snap = key.slice(0, key.indexOf('\u0000'));
    if (oneNode) {
      for (const j of bare) {
        const r = rows[j] as PodRow;
        if (flags[j] === 1 || r.status !== 'Running' || r.ageSeconds === null || r.ageSeconds >= groupAge || (grouped !== null && grouped[j] === 1) || (staticLines !== null && staticLines.has(r.line)) || !keyOf(r).startsWith(`${snap}\u0000`)) continue;
        const c = perContainer(j);
        if (c <= high + slack && c >= (low * r.ageSeconds) / groupAge - slack) since.push(j);
      }
    }
    for (const j of since) flags[j] = 1;
    const lines = (since.length === 0 ? members : [...members, ...since].sort((a, b) => a - b)).map((j) => (rows[j] as PodRow).line);
    const vars = { count: members.length, age, range: low === high ? `${low}` : `${low}-${high}` };
    findings.push(since.length === 0 ? { severity: 'warning', id: 'restarts-together-age', vars, rows: lines } : { severity: 'warning', id: 'restarts-together-age-since', vars: { ...vars, since: since.length }, rows: lines });
  }
  return flags === null ? null : { findings, members: flags };
}

/**
 * Network add-ons that run beside another on purpose: clouds' VPC CNIs (chained to, or under a policy engine), GKE's netd (which
 * writes the other's config) and kube-router (as a firewall or service proxy only).
 */
const CNI_BESIDE_OTHERS: ReadonlySet<string> = new Set(['aws-vpc-cni', 'azure-cni', 'gke-dataplane-v2', GKE_PTP, 'oci-vcn-native', 'tke-global-router', 'kube-router']);

/**
 * Pending pods of a host-network Deployment beside a running pod of it, where the paste shows one node. On the host
 * network a container's ports are the node's own (hostNetwork makes them host ports), so the scheduler puts one pod of
 * the template on a node ("didn't have free ports for the requested pod ports"); Cilium's chart asks the same by
 * anti-affinity for its operator, whose two replicas by default clash on one node (cilium/cilium#12771, #14089; hunt
 * cm/18: k3s with Cilium, one agent pod, the second operator Pending). One node is shown by a nodes table listing one,
 * or by a node agent (a CNI agent, kube-proxy) that runs a pod on every node with one pod in a listing nothing cut.
 * Only called with such Pending pods, which are rare: the scans of the rows here cost the common path nothing.
 */
function hostNetworkOneNode(input: ClusterInput, comps: readonly (ComponentInfo | undefined)[], nodes: readonly NodeInfo[], pending: readonly number[]): Finding[] {
  if (nodes.length > 1 || (input.otherClusters ?? []).length >= 2) return [];
  const shown = oneNodeShown(input, comps);
  if (shown === null) return [];
  const byDeployment = new Map<string, number[]>();
  for (const j of pending) {
    const r = input.rows[j] as PodRow;
    const key = `${r.namespace ?? ''}\u0000${(r.workload as NonNullable<PodRow['workload']>).name}`;
    let l = byDeployment.get(key);
    if (l === undefined) byDeployment.set(key, (l = []));
    l.push(r.line);
  }
  const runningOf = runningPodsOf(input, byDeployment);
  const out: Finding[] = [];
  for (const [key, lines] of byDeployment) {
    const running = runningOf.get(key) ?? 0;
    if (running === 0) continue;
    const vars = { deployment: key.slice(key.indexOf('\u0000') + 1), pending: lines.length, running };
    if ('node' in shown) out.push({ severity: 'warning', id: 'host-network-one-node-listed', vars: { ...vars, node: shown.node }, rows: lines });
    else out.push({ severity: 'warning', id: 'host-network-one-node', vars: { ...vars, agent: shown.agent }, rows: [...lines, shown.line].sort((a, b) => a - b) });
  }
  return out;
}

/** The one node the paste shows, by the nodes table's one node or an every-node agent's one pod; null where it shows no such thing. */
function oneNodeShown(input: ClusterInput, comps: readonly (ComponentInfo | undefined)[]): { node: string } | { agent: string; line: number } | null {
  if (input.nodeRows.length > 0) {
    const names = new Set(input.nodeRows.map((n) => n.name));
    return names.size === 1 ? { node: (input.nodeRows[0] as NodeRow).name } : null;
  }
  // A filter, a pipe or an ellipsis may have left the agent's other pods out.
  const cut = (c: KubectlCommand | null): boolean => c !== null && (c.pipedTo !== null || c.filtered);
  if (input.elided === true || input.tableCommands.some(cut) || (input.headerlessCommands ?? []).some(cut)) return null;
  const agents = new Map<string, number[]>();
  for (let j = 0; j < input.rows.length; j++) {
    const r = input.rows[j] as PodRow;
    const comp = comps[j];
    if (input.superseded.has(j) || r.status === 'Terminating' || r.workload === null || r.workload.kind !== 'DaemonSet') continue;
    if (comp === undefined || !(comp.id === 'kube-proxy' || isCniAgent(comp))) continue;
    let l = agents.get(comp.id);
    if (l === undefined) agents.set(comp.id, (l = []));
    l.push(r.line);
  }
  let one: { agent: string; line: number } | null = null;
  for (const [agent, lines] of agents) {
    if (lines.length > 1) return null;
    one ??= { agent, line: lines[0] as number };
  }
  return one;
}

/** How many live pods of each of these Deployments (by `<namespace>\0<name>`) run: one walk of the rows for all. */
function runningPodsOf(input: ClusterInput, deployments: ReadonlyMap<string, unknown>): Map<string, number> {
  const out = new Map<string, number>();
  for (let j = 0; j < input.rows.length; j++) {
    const r = input.rows[j] as PodRow;
    if (r.status !== 'Running' || input.superseded.has(j) || r.workload === null || r.workload.kind !== 'Deployment') continue;
    const key = `${r.namespace ?? ''}\u0000${r.workload.name}`;
    if (deployments.has(key)) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** A node's CNI agent (calico-node, cilium...) still starting: Init:0/2, ContainerCreating, not ready in its first minutes. */
function cniAgentStarting(comp: ComponentInfo | undefined, r: PodRow): boolean {
  return isCniAgent(comp) && r.severity === 'progress' && r.status !== 'Terminating';
}

/**
 * Controllers whose network's node agents wait for them before they turn ready: Kube-OVN's CNI daemon starts with
 * `kubectl rollout status deployment/kube-ovn-controller` (its start-cniserver.sh), so while the controller fails the agents
 * stay 0/1 however sound they are.
 */
const AGENTS_AWAIT: ReadonlySet<string> = new Set(['kube-ovn-controller']);

/** The command whose filter or pipe may have left pods out of its listing (or '...' for an ellipsis); null where none. */
function hidingCommand(input: ClusterInput): string | null {
  const cut = (c: KubectlCommand | null): c is KubectlCommand => c !== null && (c.pipedTo !== null || c.filtered);
  const c = input.tableCommands.find(cut) ?? (input.headerlessCommands ?? []).find(cut);
  if (c !== undefined) return c.text;
  return input.elided === true ? '...' : null;
}

/** A per-node agent that carries the pod network (calico-node, kube-flannel-ds, cilium): not an operator, a UI or an autoscaler. */
function isCniAgent(comp: ComponentInfo | undefined): comp is ComponentInfo {
  return comp !== undefined && comp.category === 'cni' && comp.kind === 'DaemonSet' && comp.hostNetwork;
}

interface StuckRollout {
  deployment: string;
  /** `-n <namespace> ` for the commands the finding names, empty where the paste shows none: not the default's then. */
  ns: string;
  /** The pod-template hashes of the newest ReplicaSet and of the older one still running. */
  newRs: string;
  oldRs: string;
  status: string;
  lines: number[];
  /** The older ReplicaSet's pods fail too (none of it runs fine). */
  oldFailing: boolean;
  /** How many older ReplicaSets `oldRs` names (several, comma-separated, where all of them fail). */
  older?: number;
  /** A NODE cell names where a new pod went: scheduled, whatever its status. */
  placed: boolean;
  /** Both ReplicaSets' pods fail alike at one AGE: which is the new one the paste does not say (`lines` has both). */
  unordered: boolean;
}

/**
 * Failures the kubelet keeps retrying: a pod in one is live and still failing, not an ended attempt (Evicted, Error) nor
 * one waiting for a place (Pending).
 */
const RETRYING_FAILURES: ReadonlySet<string> = new Set(['CrashLoopBackOff', 'Init:CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'PullImageError', 'Init:ImagePullBackOff', 'Init:ErrImagePull', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);

/**
 * Deployments whose newest ReplicaSet's pods (the youngest by AGE) all fail, every one of them in error or held
 * (CrashLoopBackOff, ImagePullBackOff, stuck Pending), while an older ReplicaSet's pods still run fine: the
 * rollout stopped there (a Deployment keeps old pods until new ones are ready), and the old pods keep serving.
 * Pods are told apart by the pod-template hash in their names (`<deployment>-<hash>-<5>`). A new ReplicaSet
 * still starting (ContainerCreating) is a rollout under way, not stuck. Also where the older ReplicaSet's pods keep
 * failing too (`oldFailing`): then rolling back does not help.
 */
const NO_FREE_PORTS = "didn't have free ports";

/** Whether a FailedScheduling message in the paste says of one of these Pending pods that no node had its host ports free. */
function heldHostPorts(rows: readonly PodRow[], lines: readonly number[], unschedulable: ReadonlyMap<number, string> | undefined): boolean {
  if (unschedulable === undefined) return false;
  for (const [j, message] of unschedulable) if (message.includes(NO_FREE_PORTS) && lines.includes((rows[j] as PodRow).line)) return true;
  return false;
}

function stuckRollouts(rows: readonly PodRow[], superseded: ReadonlySet<number>, failing: readonly number[]): StuckRollout[] {
  interface Candidate { deployment: string; hash: string; minAge: number; status: string; retrying: boolean; lines: number[]; mixed: boolean; newer: boolean; oldHash: string | null; oldAge: number; oldFailing: string[] | null; placed: boolean; tied: string | null; tiedLines: number[] | null; evenFine: string | null }
  // Per namespace and Deployment, its newest ReplicaSet with a failing pod (the few failing pods only: no per-row strings).
  const byNs = new Map<string | null, Map<string, Candidate>>();
  for (const j of failing) {
    const r = rows[j] as PodRow;
    const w = r.workload as NonNullable<PodRow['workload']>;
    const hash = replicaSetHash(r.name, w.name);
    if (hash === null || r.ageSeconds === null) continue;
    let deployments = byNs.get(r.namespace);
    if (deployments === undefined) byNs.set(r.namespace, (deployments = new Map()));
    const c = deployments.get(w.name);
    if (c !== undefined && c.hash === hash) {
      c.lines.push(r.line);
      c.minAge = Math.min(c.minAge, r.ageSeconds);
      if (r.node !== null) c.placed = true;
    } else if (c === undefined || r.ageSeconds < c.minAge) {
      deployments.set(w.name, { deployment: w.name, hash, minAge: r.ageSeconds, status: statusShown(r), retrying: retryingFailure(r), lines: [r.line], mixed: false, newer: false, oldHash: null, oldAge: Infinity, oldFailing: null, placed: r.node !== null, tied: null, tiedLines: null, evenFine: null });
    }
  }
  if (byNs.size === 0) return [];
  // Every other live pod of those Deployments: one of the new ReplicaSet not failing, or a newer one, rules it out; the
  // youngest ReplicaSet older than it with a pod running fine is the one still serving.
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    const w = r.workload;
    if (w === null || w.kind !== 'Deployment' || r.status === 'Terminating') continue;
    const c = byNs.get(r.namespace)?.get(w.name);
    if (c === undefined || (superseded.size > 0 && superseded.has(j))) continue;
    const failingHere = r.severity === 'error' || r.severity === 'warning';
    const hashEnd = w.name.length + 1 + c.hash.length;
    if (r.name.lastIndexOf('-') === hashEnd && r.name.startsWith(c.hash, w.name.length + 1)) {
      if (!failingHere) c.mixed = true;
      continue;
    }
    if (r.ageSeconds === null) continue;
    if (r.ageSeconds === c.minAge && !c.newer && sameFailureTied(c, r, w.name)) continue;
    // At the failing pods' AGE a pod running fine is of the older ReplicaSet (hunt cs/09: the new pod held 30h in
    // Init:0/1 by an injected init container, the old one serving, both 30h): were its ReplicaSet the new one, its pods
    // ready would have ended the rollout, and the Deployment would have deleted the failing older ones. Of one ReplicaSet
    // only: a second one there leaves the order unknown.
    if (r.ageSeconds === c.minAge && r.severity === 'ok' && !c.newer && evenFine(c, r, w.name)) continue;
    if (r.ageSeconds <= c.minAge) c.newer = true;
    else if (r.severity === 'ok' && r.ageSeconds < c.oldAge) {
      const hash = replicaSetHash(r.name, w.name);
      if (hash !== null) {
        c.oldHash = hash;
        c.oldAge = r.ageSeconds;
      }
    } else if (stillFailing(r) && c.retrying) {
      // Every older ReplicaSet failing so, not the first alone (hunt cw/08: three, one per `rollout restart`).
      const hash = replicaSetHash(r.name, w.name);
      if (hash !== null && c.oldFailing?.includes(hash) !== true) (c.oldFailing ??= []).push(hash);
    }
  }
  const out: StuckRollout[] = [];
  for (const [namespace, deployments] of byNs) {
    const ns = namespaceFlag(namespace);
    for (const c of deployments.values()) {
      if (c.mixed || c.newer) continue;
      // Running fine at the AGE of a ReplicaSet failing alike: which of the two is new the paste does not say.
      if (c.evenFine !== null && c.tied !== null) continue;
      if (c.evenFine !== null) {
        c.oldHash = c.evenFine;
        c.oldAge = c.minAge;
      }
      if (c.oldHash !== null) out.push({ deployment: c.deployment, ns, newRs: c.hash, oldRs: c.oldHash, status: c.status, lines: c.lines.sort((a, b) => a - b), oldFailing: false, placed: c.placed, unordered: false });
      // Two ReplicaSets' pods at one AGE, all failing alike (hunt cn/02: Linkerd's control plane, each Deployment's two
      // crash-looping, 17m): which is new AGE cannot say, yet a Deployment keeps two only mid-rollout, and both failing
      // says what it says below: the change is not what breaks them.
      else if (c.tied !== null) out.push({ deployment: c.deployment, ns, newRs: c.hash, oldRs: c.tied, status: c.status, lines: [...c.lines, ...(c.tiedLines as number[])].sort((a, b) => a - b), oldFailing: true, placed: c.placed, unordered: true });
      // The older ReplicaSet's pods fail as well (hunt bk/03, ks-apiserver's two ReplicaSets crash-looping): the rollout
      // cannot finish and no version serves; what breaks both is not the change, so undo is no remedy.
      else if (c.oldFailing !== null) out.push({ deployment: c.deployment, ns, newRs: c.hash, oldRs: c.oldFailing.join(', '), older: c.oldFailing.length, status: c.status, lines: c.lines.sort((a, b) => a - b), oldFailing: true, placed: c.placed, unordered: false });
    }
  }
  return out;
}

/**
 * A live pod that keeps failing: in a failure the kubelet retries, or Running between two of them and read as failing
 * without being ready (hunt cx/17: Harbor core's old pod `0/1 Running 448` at 34h, its new one crash-looping), which
 * serves no more than a crash-looping one. An ended attempt (Error, Evicted), one waiting for a place (Pending) or one
 * still starting is not.
 */
/**
 * A pod failing over and over: in a back-off status, or Running not ready between restarts, its liveness probe killing
 * it (ff/14: kuboard-v3's new pod 0/1 Running, 6 restarts in ten minutes, beside the old one crash-looping for 9 days).
 */
function retryingFailure(r: PodRow): boolean {
  if (r.status !== null && RETRYING_FAILURES.has(r.status)) return true;
  return r.status === 'Running' && stillFailing(r) && r.restarts !== null && r.restarts.count > 0;
}

function stillFailing(r: PodRow): boolean {
  if (r.status === null) return false;
  if (RETRYING_FAILURES.has(r.status)) return true;
  return r.status === 'Running' && (r.severity === 'error' || r.severity === 'warning') && r.ready !== null && r.ready.ready < r.ready.total;
}

/**
 * Whether pod `r`, of another ReplicaSet than the candidate's and at its AGE, fails as the candidate's pods do (the same
 * status, one the kubelet keeps retrying), of the first such ReplicaSet: then noted as tied with it. A pod at that AGE
 * doing anything else leaves the order unknown, and the candidate is ruled out as before.
 */
function sameFailureTied(c: { status: string; tied: string | null; tiedLines: number[] | null }, r: PodRow, deployment: string): boolean {
  if (r.status !== c.status || !RETRYING_FAILURES.has(c.status)) return false;
  const hash = replicaSetHash(r.name, deployment);
  if (hash === null || (c.tied !== null && c.tied !== hash)) return false;
  c.tied = hash;
  (c.tiedLines ??= []).push(r.line);
  return true;
}

/** Notes pod `r`, running fine at the candidate's AGE, as of the older ReplicaSet; false for a second ReplicaSet there. */
function evenFine(c: { evenFine: string | null }, r: PodRow, deployment: string): boolean {
  const hash = replicaSetHash(r.name, deployment);
  if (hash === null || (c.evenFine !== null && c.evenFine !== hash)) return false;
  c.evenFine = hash;
  return true;
}

interface ReplicaSetsSeen {
  /** The first pod's characters between the Deployment's name and its last dash (its pod-template hash). */
  hash: string;
  hashEnd: number;
  several: boolean;
  /** Some pod of it is not Running with every container ready, or of no known age (see generationsReady). */
  unready: boolean;
  kind: 'Deployment' | 'Rollout';
}

/**
 * Whether pod name `b` has the first pod's pod-template hash: the same characters from `from` on, then its last dash.
 * (A native `startsWith`, not a loop of `charCodeAt` over two names cut from their lines: this runs for every
 * Deployment's pod.)
 */
function sameHash(first: ReplicaSetsSeen, b: string, from: number): boolean {
  return b.lastIndexOf('-') === first.hashEnd && b.startsWith(first.hash, from);
}

/**
 * Whether two pods without a controller come from one maker all the same: bare pods of one namespace named alike,
 * `<stem>-<random>` (Drone's build pods `drone-<24>`, a CI runner's agents), which a tool outside the cluster creates one
 * after another. Their restarts follow what that tool runs in them (Drone starts each step by swapping a container's
 * image, which the kubelet counts as a restart, hunt cq/09), so the same count across them says nothing of the nodes.
 */
function oneMaker(a: PodRow, b: PodRow): boolean {
  if (a.workload === null || b.workload === null || a.workload.kind !== 'Pod' || b.workload.kind !== 'Pod' || a.namespace !== b.namespace) return false;
  const dash = a.name.lastIndexOf('-');
  return dash > 0 && b.name.lastIndexOf('-') === dash && b.name.startsWith(a.name.slice(0, dash + 1));
}

/** The pod-template hash in a Deployment's pod name (`web-7d4b9c8f6d-x2k9p` of `web` -> `7d4b9c8f6d`), else null. */
function replicaSetHash(name: string, deployment: string): string | null {
  const last = name.lastIndexOf('-');
  if (last <= deployment.length + 1 || name.charCodeAt(deployment.length) !== 45 || !name.startsWith(deployment)) return null;
  return name.slice(deployment.length + 1, last);
}

/** A Deployment's progressDeadlineSeconds by default: a rollout making no progress that long is reported failed. */
const ROLLOUT_DEADLINE = 600;

/** A Deployment's (or Argo Rollout's) ReplicaSets all running ready side by side (see generationsReady). */
interface GenerationsReady {
  kind: 'Deployment' | 'Rollout';
  name: string;
  /** `-n <namespace> ` for its commands, or nothing. */
  ns: string;
  /** `<name>-<hash>` of each ReplicaSet, newest first. */
  sets: string[];
  /** The newest ReplicaSet's oldest pod's AGE, as printed. */
  age: string;
  lines: number[];
}

/**
 * Owners whose pods of several ReplicaSets all run ready side by side, the newest ReplicaSet's oldest pod a rollout's
 * deadline old or more (dy/17: an Argo Rollout's three generations, 21h, 6h12m and 3h22m). A Deployment scales its old
 * ReplicaSets down as the new pods become available, so with nothing failing in sight the rollout is paused, held by
 * minReadySeconds, or slow; an Argo Rollout keeps two (stable and canary) while a step waits, never a third for long.
 * In one table only: two snapshots of one Deployment show a rollout between them.
 */
function generationsReady(rows: readonly PodRow[], superseded: ReadonlySet<number>, replicaSets: ReadonlyMap<string | null, ReadonlyMap<string, ReplicaSetsSeen>>, tableLines: readonly number[], tableCommands: ClusterInput['tableCommands']): GenerationsReady[] {
  let wanted: Map<string | null, Map<string, { kind: 'Deployment' | 'Rollout'; sets: Map<string, { age: number; text: string }>; lines: number[]; watched: boolean; headerless: number }>> | null = null;
  for (const [ns, byName] of replicaSets) {
    for (const [name, seen] of byName) {
      if (!seen.several || seen.unready) continue;
      wanted ??= new Map();
      let inNs = wanted.get(ns);
      if (inNs === undefined) wanted.set(ns, (inNs = new Map()));
      inNs.set(name, { kind: seen.kind, sets: new Map(), lines: [], watched: false, headerless: 0 });
    }
  }
  if (wanted === null) return [];
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.workload === null) continue;
    const g = wanted.get(r.namespace)?.get(r.workload.name);
    if (g === undefined || r.workload.kind !== g.kind) continue;
    // A watch shows a pod's later lines: its AGE is since it was made, not since it became ready (ch/05, a new pod ready
    // at 29m, an old one Terminating next): no measure of how long the generations have stood side by side.
    if (superseded.size > 0 && superseded.has(j)) {
      g.watched = true;
      continue;
    }
    if (r.status === 'Terminating') continue;
    const hash = replicaSetHash(r.name, r.workload.name);
    if (hash === null) continue;
    const set = g.sets.get(hash);
    const age = r.ageSeconds as number;
    if (set === undefined) g.sets.set(hash, { age, text: r.age ?? '' });
    else if (age > set.age) g.sets.set(hash, { age, text: r.age ?? '' });
    g.lines.push(r.line);
    if (r.readBy === 'headerless') g.headerless++;
  }
  const out: GenerationsReady[] = [];
  for (const [ns, byName] of wanted) {
    for (const [name, g] of byName) {
      if (g.watched || g.sets.size < (g.kind === 'Rollout' ? 3 : 2) || !oneTable(g.lines, tableLines) || tableCommands[tableOf(g.lines[0] as number, tableLines)]?.watch === true) continue;
      // Rows under a header and rows without one are two listings, though no header parts them: the docs' sample table
      // and the poster's own pods pasted bare below it (fe/03), or a `--no-headers` run after a `get pods`.
      if (g.headerless > 0 && g.headerless < g.lines.length) continue;
      // Newest first, as `kubectl rollout history` would end.
      const sets = [...g.sets].sort((a, b) => a[1].age - b[1].age);
      const newest = (sets[0] as (typeof sets)[number])[1];
      if (newest.age < ROLLOUT_DEADLINE) continue;
      out.push({ kind: g.kind, name, ns: namespaceFlag(ns), sets: sets.map(([hash]) => `${name}-${hash}`), age: newest.text, lines: g.lines });
    }
  }
  return out;
}

/** How long a pod may take to terminate before its deletion counts as stuck (the default grace period is 30 s). */
const STUCK_TERMINATING = 600;
/**
 * Owners whose pods are `<replica set>-<random>`: the controller (a ReplicaSet, or a ReplicationController, which a
 * DeploymentConfig's `<name>-<version>` is) makes a replacement under the same prefix as soon as a pod is being deleted
 * (hunt cf/06: an OpenShift jenkins-1 pod Terminating 3d beside its 20m-old replacement).
 */
const REPLACED_BY_NAME: ReadonlySet<string> = new Set(['Deployment', 'DeploymentConfig', 'ReplicaSet', 'ReplicationController']);

/**
 * Nodes no nodes table shows whose live pods, but for DaemonSet and static pods (they tolerate an unreachable node and
 * keep their last reported state), are all Terminating: three or more, of two namespaces or more (not one app being
 * deleted), while another node's pods carry on. The eviction of a node that stopped answering. Per node its Terminating
 * rows' lines and its DaemonSet and static pods' lines shown Running (stale).
 */
function silentNodes(rows: readonly PodRow[], superseded: ReadonlySet<number>, terminating: readonly number[], nodeRows: ReadonlyMap<string, NodeRow>): { node: string; terminating: number[]; stale: number[] }[] {
  const byNode = new Map<string, { terminating: number[]; namespaces: Set<string | null> }>();
  for (const j of terminating) {
    const r = rows[j] as PodRow;
    const node = r.node as string;
    if (nodeRows.has(node)) continue;
    let g = byNode.get(node);
    if (g === undefined) byNode.set(node, (g = { terminating: [], namespaces: new Set() }));
    g.terminating.push(r.line);
    g.namespaces.add(r.namespace);
  }
  for (const [node, g] of byNode) if (g.terminating.length < 3 || g.namespaces.size < 2) byNode.delete(node);
  if (byNode.size === 0) return [];
  const stale = new Map<string, number[]>();
  const alive = new Set<string>();
  let elsewhere = false;
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.node === null || superseded.has(j) || r.status === 'Terminating') continue;
    const g = byNode.get(r.node);
    if (g === undefined) {
      if (r.status === 'Running') elsewhere = true;
      continue;
    }
    const kind = r.workload?.kind;
    if (kind === 'DaemonSet' || kind === 'StaticPod') {
      if (r.status === 'Running') {
        let l = stale.get(r.node);
        if (l === undefined) stale.set(r.node, (l = []));
        l.push(r.line);
      }
    } else if (r.status !== 'Completed' && r.status !== 'Succeeded' && r.status !== 'Evicted' && r.status !== 'Error') alive.add(r.node);
  }
  if (!elsewhere) return [];
  const out: { node: string; terminating: number[]; stale: number[] }[] = [];
  for (const [node, g] of byNode) if (!alive.has(node)) out.push({ node, terminating: g.terminating, stale: stale.get(node) ?? [] });
  return out;
}

/**
 * Keeps in `evictedByNode` (evicted rows' lines by node, '' for none shown) only the nodes whose evictions are their
 * pile-up (three or more) and at least half of those the paste places on a node. Spread over several nodes (hunt cv/25:
 * 3, 2 and 2 over 84 days), no one node's pressure explains them: they stay with the status group, told once.
 */
function piledEvictions(evictedByNode: Map<string, number[]>): void {
  let placed = 0;
  for (const [node, lines] of evictedByNode) if (node !== '') placed += lines.length;
  for (const [node, lines] of evictedByNode) if (node !== '' && lines.length >= 3 && lines.length * 2 < placed) evictedByNode.delete(node);
}

/**
 * Terminating pods whose ReplicaSet (the same pod-template hash, or a replication controller's name) already made a newer pod (running or not) STUCK_TERMINATING or
 * older: the ReplicaSet starts a replacement as soon as a pod is being deleted, so this one has been terminating at
 * least that long (its node down, a finalizer, a volume that will not detach). The youngest such replacement gives
 * the least time; null when none.
 */
function stuckTerminating(rows: readonly PodRow[], superseded: ReadonlySet<number>, terminating: readonly number[]): { rows: number[]; age: string } | null {
  const keyOf = (r: PodRow): string => `${r.namespace ?? ''}\u0000${r.name.slice(0, r.name.lastIndexOf('-'))}`;
  const podOf = (r: PodRow): string => `${r.namespace ?? ''}\u0000${r.name}`;
  const youngest = new Map<string, PodRow | null>();
  const firstSeen = new Map<string, PodRow>();
  const names = new Set<string>();
  for (const j of terminating) {
    const r = rows[j] as PodRow;
    youngest.set(keyOf(r), null);
    firstSeen.set(podOf(r), r);
    names.add(r.name);
  }
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as PodRow;
    if (r.ageSeconds === null) continue;
    const seen = names.has(r.name) ? firstSeen.get(podOf(r)) : undefined;
    if (seen !== undefined && r.ageSeconds < (seen.ageSeconds as number)) firstSeen.set(podOf(r), r);
    if (r.status === 'Terminating' || r.workload === null || !REPLACED_BY_NAME.has(r.workload.kind) || superseded.has(j)) continue;
    const key = keyOf(r);
    if (!youngest.has(key)) continue;
    const y = youngest.get(key) ?? null;
    if (y === null || r.ageSeconds < (y.ageSeconds as number)) youngest.set(key, r);
  }
  const out: number[] = [];
  let least: PodRow | null = null;
  for (const j of terminating) {
    const r = rows[j] as PodRow;
    const y = youngest.get(keyOf(r)) ?? null;
    if (y === null || (y.ageSeconds as number) < STUCK_TERMINATING || !bornAfter(y, firstSeen.get(podOf(r)) as PodRow)) continue;
    out.push(r.line);
    if (least === null || (y.ageSeconds as number) < (least.ageSeconds as number)) least = y;
  }
  return least === null ? null : { rows: out, age: least.age ?? '' };
}

/**
 * Whether `young` was surely created after `old`, compared with `old` as first printed: a watch prints a pod being
 * deleted minutes after the listing of its siblings (hunt ch/05: `88m` siblings beside the same pod at `89m` as a
 * rollout scaled its ReplicaSet down), and ages are cut to their unit, so only intervals that do not overlap tell.
 */
function bornAfter(young: PodRow, old: PodRow): boolean {
  const y = young.age === null ? null : parseAge(young.age);
  const o = old.age === null ? null : parseAge(old.age);
  return y !== null && o !== null && y.max <= o.min;
}

/**
 * With no DNS pod ready, every one is not ready, the ones still starting or stopping too: counting only the failing
 * ones read "1 of 4" beside three more at 0/1 (hunt cl/16: two ContainerCreating, two Terminating).
 */
function noneReady(bad: readonly number[], starting: readonly number[] | null): number[] {
  return starting === null ? [...bad] : [...bad, ...starting].sort((a, b) => a - b);
}

/** The restart findings of one pod each that pods of one owner can share: the counts of a single container each. */
const OWNER_ALIKE: Readonly<Record<string, string>> = { 'restarts-young': 'restarts-young-owner', 'restarts-recent': 'restarts-recent-owner', 'restarts-many': 'restarts-many-owner', 'restarts-settled': 'restarts-settled-owner' };

/**
 * Per-pod restart findings of two or more pods of one owner (not bare or static pods) with the same count, AGE or
 * last restart and severity, as one finding (hunt bz/15: five cattle-node-agent pods at `154` in 22h): the same count
 * on every replica points at what they share (their image or configuration, a service they all call), not at each
 * pod or its node, and five like findings bury the others. The order of the first member is kept.
 */
function alikeByOwner(rows: readonly PodRow[], of: readonly number[], findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  let groups: Map<string, number[]> | null = null;
  const keys: (string | null)[] = [];
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k] as Finding;
    let key: string | null = null;
    if (OWNER_ALIKE[f.id] !== undefined) {
      const r = rows[of[k] as number] as PodRow;
      const w = r.workload;
      if (w !== null && w.kind !== 'Pod' && w.kind !== 'StaticPod') key = `${r.namespace ?? ''}\u0000${w.kind}\u0000${w.name}\u0000${f.id}\u0000${f.severity}\u0000${f.vars.count}\u0000${f.vars.age ?? ''}\u0000${f.vars.ago ?? ''}`;
    }
    keys.push(key);
    if (key === null) continue;
    groups ??= new Map();
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = []));
    g.push(k);
  }
  if (groups === null || [...groups.values()].every((g) => g.length < 2)) return findings;
  const out: Finding[] = [];
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k] as Finding;
    const key = keys[k] as string | null;
    const g = key === null ? undefined : groups.get(key);
    if (g === undefined || g.length < 2) {
      out.push(f);
      continue;
    }
    if (g[0] !== k) continue;
    const w = (rows[of[k] as number] as PodRow).workload as NonNullable<PodRow['workload']>;
    const vars: Record<string, string | number> = { kind: w.kind, owner: w.name, pods: g.length, count: f.vars.count as number };
    if (f.vars.age !== undefined) vars.age = f.vars.age;
    if (f.vars.ago !== undefined) vars.ago = f.vars.ago;
    out.push({ severity: f.severity, id: OWNER_ALIKE[f.id] as string, vars, rows: g.map((i) => (findings[i] as Finding).rows[0] as number) });
  }
  return out;
}

/** {@link summariseRestarts} for pods that restarted each at its own time. */
function summariseApart(rows: readonly PodRow[], restarted: readonly number[], recentFlags: readonly boolean[]): Finding[] {
  if (restarted.length <= RESTART_FINDINGS_LIMIT) return alikeByOwner(rows, restarted, restarted.map((j, k) => restartFinding(rows[j] as PodRow, recentFlags[k] === true)));
  // Pods of one owner with one count say it once (five DaemonSet pods at 154 each): fewer findings may fit the limit.
  if (restarted.length <= RESTART_FINDINGS_LIMIT * 20) {
    const joined = alikeByOwner(rows, restarted, restarted.map((j, k) => restartFinding(rows[j] as PodRow, recentFlags[k] === true)));
    if (joined.length <= RESTART_FINDINGS_LIMIT) return joined;
  }
  const out: Finding[] = [];
  // Recent by "(ago)", recent by pace without it (the paste cannot show a restart was in the last hour), many.
  for (const kind of [0, 1, 2]) {
    const recent = kind < 2;
    let top: PodRow | null = null;
    let error = false;
    const lines: number[] = [];
    for (let k = 0; k < restarted.length; k++) {
      if (recentFlags[k] !== recent) continue;
      const r = rows[restarted[k] as number] as PodRow;
      if (recent && (kind === 1) !== ((r.restarts as NonNullable<PodRow['restarts']>).lastAgo === null)) continue;
      const count = (r.restarts as NonNullable<PodRow['restarts']>).count;
      if (top === null || count > (top.restarts as NonNullable<PodRow['restarts']>).count) top = r;
      // A loop that stopped (restarts-settled: one container, quiet long since) is no error here either.
      if (recent && count >= MANY_RESTARTS && !(kind === 0 && (r.ready === null || r.ready.total <= 1) && restartsSettled(r, count, (r.restarts as NonNullable<PodRow['restarts']>).lastAgo as string))) error = true;
      lines.push(r.line);
    }
    if (top === null) continue;
    out.push({
      severity: error ? 'error' : 'warning',
      id: kind === 0 ? 'restarts-recent-pods' : kind === 1 ? 'restarts-young-pods' : 'restarts-many-pods',
      vars: { count: lines.length, name: top.name, max: (top.restarts as NonNullable<PodRow['restarts']>).count },
      rows: lines,
    });
  }
  return out;
}

/** A start of a status kubectl prints (`Runnin`, `CrashLoopBa`): what a row cut inside its STATUS cell shows. */
function cutStatus(status: string): boolean {
  return status.length >= 3 && STATUS_VOCABULARY.some((e) => e.status.length > status.length && e.status.startsWith(status));
}
