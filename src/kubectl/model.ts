/**
 * The explainer's model: what `explain()` returns and `--json` prints. Shared by the server (build-time
 * tables), the browser (explainer island) and the CLI, so it holds data only: no DOM, no Node API.
 *
 * Keys follow DESIGN.md ("The JSON model"); tools and tests rely on them, so add keys, never rename.
 */

export type Severity = 'ok' | 'progress' | 'warning' | 'error' | 'unknown';

/** Severities from worst to best: findings and filters sort by this. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'unknown', 'progress', 'ok'];

export type Lang = 'ko' | 'en';

export interface Ready {
  ready: number;
  total: number;
}

export interface Restarts {
  count: number;
  /** "5m" of "3 (5m ago)", as printed; null when kubectl printed only the count. */
  lastAgo: string | null;
}

/** Every owner kind the core names; the i18n test checks each has its text. Operators' kinds come last, from RayCluster on. */
export const OWNER_KINDS = [
  'Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob', 'StaticPod', 'Pod', 'VirtualMachineInstance', 'DeploymentConfig',
  'ReplicationController', 'RayCluster', 'StrimziPodSet', 'Cluster', 'TaskRun', 'Workflow', 'SparkApplication', 'PyTorchJob', 'TFJob', 'MPIJob',
  'InstanceManager', 'ShareManager', 'BackingImageManager', 'Runner',
  'DaskCluster', 'EtcdLockserver', 'AutoscalingListener', 'Machine', 'CatalogSource', 'StorageCluster', 'EtcdCluster',
  'VolcanoJob', 'CloneSet', 'InstanceSet', 'NatsCluster', 'NatsStreamingCluster',
  'NodeSet', 'Elasticsearch', 'ClusterPolicy', 'GameServer', 'Build', 'Rollout', 'LeaderWorkerSet', 'JobSet',
  'EphemeralRunner',
] as const;

export type OwnerKind = (typeof OWNER_KINDS)[number];

export interface Workload {
  kind: OwnerKind;
  /** The owning object's name, e.g. "coredns" for coredns-66bff467f8-4j4lj. */
  name: string;
  /** How sure the name's shape makes us: names alone can mislead. */
  confidence: 'high' | 'medium' | 'low';
}

export type Network = 'host' | 'pod' | 'unknown';

/** A command to run next, with the pod's real name and namespace filled in. */
export interface NextCommand {
  command: string;
  /** i18n key that says why to run it. */
  why: string;
}

export interface PodRow {
  /** 1-based line number in the pasted text. */
  line: number;
  namespace: string | null;
  name: string;
  ready: Ready | null;
  status: string | null;
  restarts: Restarts | null;
  age: string | null;
  ageSeconds: number | null;
  ip: string | null;
  node: string | null;
  nominatedNode: string | null;
  readinessGates: string | null;
  labels: Record<string, string> | null;
  /** Extra -L columns and anything else the header named, passed through as printed. */
  extra: Record<string, string>;
  /** Id of the knowledge base entry (src/kubectl/components.ts), null when not a known system pod. */
  component: string | null;
  workload: Workload | null;
  network: Network;
  severity: Severity;
  /** The status vocabulary entry's phase: what the pod phase most likely is behind this STATUS. */
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown' | null;
  /** i18n keys of the explanations that apply to this row (status first). */
  explanations: string[];
  next: NextCommand[];
  /** How the row was read: cut at header offsets, or by the token fallback (never a silent guess). */
  readBy: 'offsets' | 'tokens' | 'headerless';
}

/** `edge`: a KubeEdge edge node (edgecore in place of the kubelet, reaching the API server only through cloudcore). */
export type NodeRole = 'control-plane' | 'worker' | 'edge' | 'unknown';

export interface NodeInfo {
  name: string;
  role: NodeRole;
  pods: number;
  /** False when no pod table of the paste has a NODE column: `pods` then counts only static pods named after the node. */
  podsKnown: boolean;
  /** The node's own address, inferred from host-network pods on it; null when the paste does not show it. */
  address: string | null;
  /** Component ids of pods on this node, for the cluster map. */
  components: string[];
}

export interface Finding {
  severity: Severity;
  /** i18n key; `vars` fill its placeholders. */
  id: string;
  vars: Record<string, string | number>;
  /** Line numbers of the rows it is about. */
  rows: number[];
}

export interface Problem {
  line: number;
  /** Stable code, e.g. 'row-fallback', 'truncated-row', 'unrecognised-line', 'input-too-large'. */
  code: string;
  message: string;
  /** The last line of the run of lines it covers, when more than one (rows read by their values, one after another). */
  through?: number;
}

/** How every input line was accounted for. */
export type LineKind = 'prompt' | 'header' | 'row' | 'message' | 'blank' | 'noise' | 'other-table' | 'problem';

export interface LineInfo {
  line: number;
  kind: LineKind;
  /** For 'message': a stable id such as 'no-resources', 'kubectl-error', 'connection-refused'. */
  messageId?: string;
}

export interface Cluster {
  podNetworks: string[];
  nodeNetworks: string[];
  cni: string | null;
  dns: string | null;
}

export interface Model {
  /** Columns of the first pod table, as printed. */
  columns: string[];
  rows: PodRow[];
  nodes: NodeInfo[];
  findings: Finding[];
  problems: Problem[];
  cluster: Cluster;
  lines: LineInfo[];
  /** Other resources' tables (kubectl get all) recognised and set aside. */
  otherTables: { line: number; kind: string; rows: number }[];
  /** Pod tables read, in order (a watch or several commands give several). Added by the core. */
  podTables: { line: number; columns: string[]; rows: number }[];
  /**
   * Messages kubectl printed instead of or around tables (`No resources found`, errors), by line. `vars` fill the
   * placeholders of the message's text where it names something from the line (the API group an add-on serves).
   */
  messages: { line: number; id: string; vars?: Record<string, string> }[];
  /** kubectl commands seen on prompt lines. */
  commands: { line: number; command: string; namespace: string | null; allNamespaces: boolean; wide: boolean; watch: boolean }[];
}

export interface ExplainOptions {
  /** The clock, never read inside the core. Defaults to no clock: ages stay relative. */
  now?: number;
}
