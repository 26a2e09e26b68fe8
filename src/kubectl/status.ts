/**
 * Stage: status vocabulary. STATUS is not the pod phase: kubectl's printer (printPod in
 * kubernetes/kubernetes pkg/printers/internalversion/printers.go) prints the first that applies of
 *   pod.Status.Reason (kubelet: Evicted, NodeAffinity, OutOf<resource>, UnexpectedAdmissionError and its other
 *   admission refusals, Shutdown, NodeShutdown, Terminated, DeadlineExceeded, Preempting; node controller:
 *   NodeLost), else the phase;
 *   SchedulingGated when the PodScheduled condition says so;
 *   an init container's state: Init:<reason>, Init:Signal:n, Init:ExitCode:n, or Init:i/n;
 *   a container's waiting reason (ContainerCreating, CrashLoopBackOff, ImagePullBackOff, ...) or terminated
 *   reason (Completed, Error, OOMKilled, ...) or Signal:n / ExitCode:n;
 *   Completed with a container still running becomes Running or NotReady;
 *   Unknown (deleted and NodeLost) or Terminating (deleted, phase not terminal).
 * This file turns that list around: STATUS string -> what it most likely means.
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */
import type { NextCommand, PodRow, Severity } from './model.ts';

export type Phase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

/** How an entry matches: a literal status, or a prefix followed by a number, fraction or word. */
export type StatusPattern =
  | { type: 'exact'; value: string }
  | { type: 'prefix'; prefix: string; rest: 'number' | 'fraction' | 'word' }
  /** A message around one word (an image's reference): `Image: <image> is ready, container is creating`. */
  | { type: 'around'; prefix: string; suffix: string };

/** A next command; `{name}`, `{ns}` and `{node}` are filled from the row. `-n {ns}` is dropped when unknown. */
export interface CommandTemplate {
  command: string;
  /** i18n key saying why. */
  why: string;
}

export interface StatusEntry {
  /** The status, or a pattern label such as `Init:N/M`. */
  status: string;
  /** Stable id; i18n keys derive from it. */
  id: string;
  pattern: StatusPattern;
  /** Same test as `pattern`, as a function. */
  match: (s: string) => boolean;
  phase: Phase | null;
  severity: Severity;
  /** i18n key: what the status means. */
  explanation: string;
  /** i18n key: what usually causes it. */
  causes: string;
  commands: readonly CommandTemplate[];
  /** Who prints or sets it: kubectl, kubelet, a container runtime, the node controller. */
  source: 'kubectl' | 'kubelet' | 'runtime' | 'node-controller' | 'scheduler' | 'phase';
}

export const DESCRIBE: CommandTemplate = { command: 'kubectl -n {ns} describe pod {name}', why: 'why.describe' };
const EVENTS: CommandTemplate = { command: 'kubectl -n {ns} get events --field-selector involvedObject.name={name}', why: 'why.events' };
/** A gated pod has no scheduling events yet: its gates, and who should lift them (Kueue, a custom controller), are in its spec. */
const GATES: CommandTemplate = { command: "kubectl -n {ns} get pod {name} -o jsonpath='{.spec.schedulingGates}'", why: 'why.scheduling-gates' };
export const LOGS: CommandTemplate = { command: 'kubectl -n {ns} logs {name}', why: 'why.logs' };
export const LOGS_PREVIOUS: CommandTemplate = { command: 'kubectl -n {ns} logs {name} --previous', why: 'why.logs-previous' };
/**
 * LOGS_PREVIOUS for a pod of several containers (READY 1/2: an app and its Istio sidecar): without `-c`, kubectl
 * either refuses ("a container name must be specified", istio/istio#26764, dr/06) or reads the default container,
 * which need not be the one that crashed. Every container's previous run, then; `--ignore-errors` because the ones
 * that never restarted have none, and kubectl would stop at the first of them.
 */
export const LOGS_PREVIOUS_ALL: CommandTemplate = { command: 'kubectl -n {ns} logs {name} --all-containers --prefix --previous --ignore-errors', why: 'why.logs-previous-all' };
const LOGS_INIT: CommandTemplate = { command: 'kubectl -n {ns} logs {name} --all-containers --prefix', why: 'why.logs-init' };
/**
 * LOGS for a pod of several containers not all ready (1/2 Running, 2/3 NotReady): a bare `logs` reads the default
 * container, the app, while the one not ready is as often its sidecar (istio-proxy at 1/2, es/01; Envoy, es/03).
 */
export const LOGS_ALL: CommandTemplate = { command: 'kubectl -n {ns} logs {name} --all-containers --prefix', why: 'why.logs-all' };
const NODE: CommandTemplate = { command: 'kubectl get node {node} -o wide', why: 'why.node' };
const DESCRIBE_NODE: CommandTemplate = { command: 'kubectl describe node {node}', why: 'why.describe-node' };
const FINALIZERS: CommandTemplate = { command: "kubectl -n {ns} get pod {name} -o jsonpath='{.metadata.finalizers}'", why: 'why.finalizers' };
export const OWNER: CommandTemplate = { command: "kubectl -n {ns} get pod {name} -o jsonpath='{.metadata.ownerReferences}'", why: 'why.owner' };

function isNumber(s: string): boolean {
  if (s.length === 0 || s.length > 10) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function matcher(p: StatusPattern): (s: string) => boolean {
  switch (p.type) {
    case 'exact':
      return (s) => s === p.value;
    case 'prefix':
      return (s) => {
        if (!s.startsWith(p.prefix)) return false;
        const rest = s.slice(p.prefix.length);
        switch (p.rest) {
          case 'number':
            return isNumber(rest) || (rest.startsWith('-') && isNumber(rest.slice(1)));
          case 'fraction': {
            const slash = rest.indexOf('/');
            return slash > 0 && isNumber(rest.slice(0, slash)) && isNumber(rest.slice(slash + 1));
          }
          case 'word':
            return rest.length > 0;
          default:
            return p.rest satisfies never;
        }
      };
    case 'around':
      // The word ends at the suffix's first space: a suffix may close it first (`secrets "<name>" not found`'s quote).
      return (s) => s.length > p.prefix.length + p.suffix.length && s.startsWith(p.prefix) && s.endsWith(p.suffix) && s.indexOf(' ', p.prefix.length) === s.length - p.suffix.length + Math.max(0, p.suffix.indexOf(' '));
    default:
      return p satisfies never;
  }
}

interface Spec {
  status: string;
  id: string;
  pattern?: StatusPattern;
  phase: Phase | null;
  severity: Severity;
  commands: readonly CommandTemplate[];
  source: StatusEntry['source'];
}

function entry(spec: Spec): StatusEntry {
  const pattern = spec.pattern ?? { type: 'exact', value: spec.status };
  return {
    status: spec.status, id: spec.id, pattern, match: matcher(pattern), phase: spec.phase, severity: spec.severity,
    explanation: `status.${spec.id}`, causes: `status.${spec.id}.causes`, commands: spec.commands, source: spec.source,
  };
}

const CRASH = [LOGS_PREVIOUS, DESCRIBE, EVENTS];
const IMAGE = [DESCRIBE, EVENTS];
const NODE_REASON = [DESCRIBE, NODE, DESCRIBE_NODE, OWNER];

/**
 * Every STATUS kubectl prints for a pod, most specific first (patterns last). The guide's "pod status" page
 * renders this list at build time, so it is the single source.
 */
export const STATUS_VOCABULARY: readonly StatusEntry[] = [
  // Phases, printed when nothing more specific applies.
  entry({ status: 'Running', id: 'running', phase: 'Running', severity: 'ok', commands: [LOGS, DESCRIBE], source: 'phase' }),
  entry({ status: 'Pending', id: 'pending', phase: 'Pending', severity: 'progress', commands: [DESCRIBE, EVENTS, DESCRIBE_NODE], source: 'phase' }),
  entry({ status: 'Succeeded', id: 'succeeded', phase: 'Succeeded', severity: 'ok', commands: [LOGS], source: 'phase' }),
  entry({ status: 'Failed', id: 'failed', phase: 'Failed', severity: 'error', commands: [DESCRIBE, LOGS, EVENTS], source: 'phase' }),
  // kubectl prints Unknown for a pod deleted while its node is lost (NodeLost): as bad as NodeLost.
  entry({ status: 'Unknown', id: 'unknown', phase: 'Unknown', severity: 'error', commands: [DESCRIBE, NODE, DESCRIBE_NODE], source: 'kubectl' }),
  // kubectl's own overrides.
  entry({ status: 'Terminating', id: 'terminating', phase: null, severity: 'progress', commands: [DESCRIBE, FINALIZERS, NODE], source: 'kubectl' }),
  entry({ status: 'NotReady', id: 'not-ready', phase: 'Running', severity: 'warning', commands: [DESCRIBE, LOGS, EVENTS], source: 'kubectl' }),
  entry({ status: 'SchedulingGated', id: 'scheduling-gated', phase: 'Pending', severity: 'progress', commands: [GATES, DESCRIBE], source: 'scheduler' }),
  // Container waiting reasons.
  entry({ status: 'ContainerCreating', id: 'container-creating', phase: 'Pending', severity: 'progress', commands: [DESCRIBE, EVENTS], source: 'kubelet' }),
  entry({ status: 'PodInitializing', id: 'pod-initializing', phase: 'Pending', severity: 'progress', commands: [DESCRIBE, LOGS_INIT], source: 'kubelet' }),
  entry({ status: 'CrashLoopBackOff', id: 'crash-loop-back-off', phase: 'Running', severity: 'error', commands: CRASH, source: 'kubelet' }),
  entry({ status: 'ImagePullBackOff', id: 'image-pull-back-off', phase: 'Pending', severity: 'error', commands: IMAGE, source: 'kubelet' }),
  entry({ status: 'ErrImagePull', id: 'err-image-pull', phase: 'Pending', severity: 'error', commands: IMAGE, source: 'kubelet' }),
  // Kubelets of Kubernetes 1.0 and 1.1 named a failed pull so, before ErrImagePull and its back-off existed (dy/04).
  entry({ status: 'PullImageError', id: 'pull-image-error', phase: 'Pending', severity: 'error', commands: IMAGE, source: 'kubelet' }),
  entry({ status: 'InvalidImageName', id: 'invalid-image-name', phase: 'Pending', severity: 'error', commands: IMAGE, source: 'kubelet' }),
  entry({ status: 'ErrImageNeverPull', id: 'err-image-never-pull', phase: 'Pending', severity: 'error', commands: IMAGE, source: 'kubelet' }),
  entry({ status: 'ImageInspectError', id: 'image-inspect-error', phase: 'Pending', severity: 'error', commands: IMAGE, source: 'kubelet' }),
  entry({ status: 'RegistryUnavailable', id: 'registry-unavailable', phase: 'Pending', severity: 'error', commands: IMAGE, source: 'kubelet' }),
  entry({ status: 'SignatureValidationFailed', id: 'signature-validation-failed', phase: 'Pending', severity: 'error', commands: IMAGE, source: 'kubelet' }),
  // The kubelet holds the pod but a soft admission check (AppArmor, no-new-privileges, procMount) refuses to run it: it
  // stays Pending with every waiting container marked so (syncPod), and printPod shows that reason over the pod's own.
  entry({ status: 'Blocked', id: 'blocked', phase: 'Pending', severity: 'error', commands: [DESCRIBE, NODE, DESCRIBE_NODE], source: 'kubelet' }),
  entry({ status: 'CreateContainerConfigError', id: 'create-container-config-error', phase: 'Pending', severity: 'error', commands: [DESCRIBE, EVENTS], source: 'kubelet' }),
  entry({ status: 'CreateContainerError', id: 'create-container-error', phase: 'Pending', severity: 'error', commands: [DESCRIBE, EVENTS], source: 'kubelet' }),
  entry({ status: 'PreCreateHookError', id: 'pre-create-hook-error', phase: 'Pending', severity: 'error', commands: [DESCRIBE, EVENTS], source: 'kubelet' }),
  entry({ status: 'RunContainerError', id: 'run-container-error', phase: 'Running', severity: 'error', commands: CRASH, source: 'kubelet' }),
  entry({ status: 'PreStartHookError', id: 'pre-start-hook-error', phase: 'Running', severity: 'error', commands: [DESCRIBE, EVENTS], source: 'kubelet' }),
  entry({ status: 'PostStartHookError', id: 'post-start-hook-error', phase: 'Running', severity: 'error', commands: [DESCRIBE, EVENTS, LOGS_PREVIOUS], source: 'kubelet' }),
  // Container terminated reasons.
  entry({ status: 'Completed', id: 'completed', phase: 'Succeeded', severity: 'ok', commands: [LOGS, OWNER], source: 'runtime' }),
  entry({ status: 'Error', id: 'error', phase: 'Failed', severity: 'error', commands: CRASH, source: 'runtime' }),
  entry({ status: 'OOMKilled', id: 'oom-killed', phase: 'Running', severity: 'error', commands: [DESCRIBE, LOGS_PREVIOUS, NODE], source: 'runtime' }),
  entry({ status: 'ContainerCannotRun', id: 'container-cannot-run', phase: 'Failed', severity: 'error', commands: [DESCRIBE, EVENTS], source: 'runtime' }),
  // A container the runtime could not start ended, as one in Error did: the pod fails unless it is restarted (see restartsAgain).
  entry({ status: 'StartError', id: 'start-error', phase: 'Failed', severity: 'error', commands: [DESCRIBE, EVENTS, LOGS_PREVIOUS], source: 'runtime' }),
  entry({ status: 'ContainerStatusUnknown', id: 'container-status-unknown', phase: 'Failed', severity: 'warning', commands: [DESCRIBE, NODE], source: 'kubelet' }),
  // The kubelet gives every container without a final state this reason when the pod turns terminal (TerminatePod in
  // its status manager), init containers too; printPod puts a failed init container's reason first. So the pod has
  // ended, Failed, as with the bare reason above; not an init container still waiting (Init:<reason>, Pending).
  entry({ status: 'Init:ContainerStatusUnknown', id: 'init-container-status-unknown', phase: 'Failed', severity: 'warning', commands: [DESCRIBE, NODE], source: 'kubelet' }),
  // Pod reasons set by the kubelet when it rejects or stops a pod.
  entry({ status: 'Evicted', id: 'evicted', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'Preempting', id: 'preempting', phase: 'Failed', severity: 'error', commands: [DESCRIBE, NODE], source: 'kubelet' }),
  entry({ status: 'NodeAffinity', id: 'node-affinity', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'NodeShutdown', id: 'node-shutdown', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'Shutdown', id: 'shutdown', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'Terminated', id: 'terminated', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'UnexpectedAdmissionError', id: 'unexpected-admission-error', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  // The rest of the kubelet's admission refusals (pkg/kubelet/lifecycle and the admit handlers beside it).
  entry({ status: 'PodOSSelectorNodeLabelDoesNotMatch', id: 'pod-os-selector-node-label-does-not-match', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'PodOSNotSupported', id: 'pod-os-not-supported', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'InvalidNodeInfo', id: 'invalid-node-info', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'InitContainerRestartPolicyForbidden', id: 'init-container-restart-policy-forbidden', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'SupplementalGroupsPolicyNotSupported', id: 'supplemental-groups-policy-not-supported', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'UnexpectedPredicateFailureType', id: 'unexpected-predicate-failure-type', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'UnknownReason', id: 'unknown-reason', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  // A failed scheduler filter comes back under the plugin's name (NodeAffinity above is one); older kubelets used the predicate's name.
  entry({ status: 'NodePorts', id: 'node-ports', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'PodFitsHostPorts', id: 'pod-fits-host-ports', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'NodeName', id: 'node-name', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'HostName', id: 'host-name', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'MatchNodeSelector', id: 'match-node-selector', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'TaintToleration', id: 'taint-toleration', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'SysctlForbidden', id: 'sysctl-forbidden', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'AppArmor', id: 'apparmor', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'TopologyAffinityError', id: 'topology-affinity-error', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'PodLevelResourcesNotSupported', id: 'pod-level-resources-not-supported', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'PodFeatureUnsupported', id: 'pod-feature-unsupported', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'VolumeAttachmentLimitExceeded', id: 'volume-attachment-limit-exceeded', phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  // Virtual Kubelet providers report their backend's own container state as the waiting reason: azure-aci gives an ACI
  // container group's `Creating` while it is being set up (ew/14), where a kubelet would say ContainerCreating.
  entry({ status: 'Creating', id: 'creating', phase: 'Pending', severity: 'progress', commands: [DESCRIBE, EVENTS], source: 'kubelet' }),
  // A Virtual Kubelet (AKS virtual nodes and the old ACI connector, interLink, Admiralty, Liqo) stands in for the kubelet
  // and sets this reason when its provider will not create the pod (handleProviderError in virtual-kubelet's
  // node/pod.go): the phase stays Pending, Failed only for restartPolicy Never, and retries of the same spec fail alike (ew/01-03).
  entry({ status: 'ProviderFailed', id: 'provider-failed', phase: 'Pending', severity: 'error', commands: [DESCRIBE, EVENTS, DESCRIBE_NODE], source: 'kubelet' }),
  entry({ status: 'DeadlineExceeded', id: 'deadline-exceeded', phase: 'Failed', severity: 'error', commands: [DESCRIBE, OWNER], source: 'kubelet' }),
  entry({ status: 'NodeLost', id: 'node-lost', phase: 'Unknown', severity: 'error', commands: [NODE, DESCRIBE_NODE, DESCRIBE], source: 'node-controller' }),
  // Patterns.
  // Kubelets of Kubernetes 1.6's time gave a container that failed to start the runtime's error as its waiting reason,
  // so kubectl printed the message whole (`rpc error: code = 2 desc = failed to start container "…": …`).
  // Kubelets before 1.0 gave a waiting container this reason where newer ones say ContainerCreating (which keeps the
  // sentence as its message), and kubectl printed it whole under REASON, later STATUS (hunt db/10).
  entry({ status: 'Image: <image> is ready, container is creating', id: 'image-ready-creating', pattern: { type: 'around', prefix: 'Image: ', suffix: ' is ready, container is creating' }, phase: 'Pending', severity: 'progress', commands: [DESCRIBE, EVENTS], source: 'kubelet' }),
  entry({ status: 'rpc error: <message>', id: 'rpc-error', pattern: { type: 'prefix', prefix: 'rpc error: ', rest: 'word' }, phase: 'Pending', severity: 'error', commands: [DESCRIBE, EVENTS], source: 'runtime' }),
  // The same kubelets gave a container whose Secret or ConfigMap (env, envFrom, a volume) is missing the API server's
  // NotFound whole, where newer ones say CreateContainerConfigError (dy/14).
  entry({ status: 'secrets "<name>" not found', id: 'secret-not-found', pattern: { type: 'around', prefix: 'secrets "', suffix: '" not found' }, phase: 'Pending', severity: 'error', commands: [DESCRIBE, EVENTS], source: 'kubelet' }),
  entry({ status: 'configmaps "<name>" not found', id: 'configmap-not-found', pattern: { type: 'around', prefix: 'configmaps "', suffix: '" not found' }, phase: 'Pending', severity: 'error', commands: [DESCRIBE, EVENTS], source: 'kubelet' }),
  entry({ status: 'OutOf<resource>', id: 'out-of-resource', pattern: { type: 'prefix', prefix: 'OutOf', rest: 'word' }, phase: 'Failed', severity: 'error', commands: NODE_REASON, source: 'kubelet' }),
  entry({ status: 'Init:N/M', id: 'init-progress', pattern: { type: 'prefix', prefix: 'Init:', rest: 'fraction' }, phase: 'Pending', severity: 'progress', commands: [DESCRIBE, LOGS_INIT], source: 'kubectl' }),
  entry({ status: 'Init:ExitCode:N', id: 'init-exit-code', pattern: { type: 'prefix', prefix: 'Init:ExitCode:', rest: 'number' }, phase: 'Pending', severity: 'error', commands: [LOGS_INIT, DESCRIBE], source: 'kubectl' }),
  entry({ status: 'Init:Signal:N', id: 'init-signal', pattern: { type: 'prefix', prefix: 'Init:Signal:', rest: 'number' }, phase: 'Pending', severity: 'error', commands: [LOGS_INIT, DESCRIBE], source: 'kubectl' }),
  entry({ status: 'Init:<reason>', id: 'init-reason', pattern: { type: 'prefix', prefix: 'Init:', rest: 'word' }, phase: 'Pending', severity: 'error', commands: [LOGS_INIT, DESCRIBE, EVENTS], source: 'kubectl' }),
  entry({ status: 'ExitCode:N', id: 'exit-code', pattern: { type: 'prefix', prefix: 'ExitCode:', rest: 'number' }, phase: 'Failed', severity: 'error', commands: CRASH, source: 'kubectl' }),
  entry({ status: 'Signal:N', id: 'signal', pattern: { type: 'prefix', prefix: 'Signal:', rest: 'number' }, phase: 'Failed', severity: 'error', commands: CRASH, source: 'kubectl' }),
];

const EXACT = new Map<string, StatusEntry>();
for (const e of STATUS_VOCABULARY) if (e.pattern.type === 'exact') EXACT.set(e.pattern.value, e);
/** Answers per status string: a paste repeats a handful of statuses on many rows. Bounded, so hostile input cannot grow it. */
const CACHE = new Map<string, StatusEntry & { known: boolean }>();
const CACHE_LIMIT = 4096;
const PATTERNS = STATUS_VOCABULARY.filter((e) => e.pattern.type !== 'exact');

const UNKNOWN_ENTRY: StatusEntry = {
  status: '?', id: 'unrecognised', pattern: { type: 'exact', value: '?' }, match: () => false, phase: null, severity: 'unknown',
  explanation: 'status.unrecognised', causes: 'status.unrecognised.causes', commands: [DESCRIBE, EVENTS], source: 'kubectl',
};

/** kubectl's statuses by their lower-case spelling: a retyped `CrashLoopBackoff` or `RUNNING` is one of them. */
const FOLDED = new Map<string, string>();
for (const k of EXACT.keys()) FOLDED.set(k.toLowerCase(), k);

/**
 * The status as kubectl spells it: a status the vocabulary does not know but matches in another case (a person
 * retyped it: `CrashLoopBackoff`, `Crashloopbackoff`, `RUNNING`) is that status; anything else is kept as pasted.
 *
 * @example
 * canonicalStatus('CrashLoopBackoff') // 'CrashLoopBackOff'
 */
export function canonicalStatus(status: string): string {
  // Init:crashloopbackoff: the init container's reason, retyped (any Init:<word> is known, so look inside first).
  if (status.length > 5 && status.slice(0, 5).toLowerCase() === 'init:' && !EXACT.has(status.slice(5))) {
    const inner = FOLDED.get(status.slice(5).toLowerCase());
    if (inner !== undefined) return `Init:${inner}`;
  }
  if (statusInfo(status).known) return status;
  return FOLDED.get(status.toLowerCase()) ?? status;
}

/**
 * Classifies one STATUS string. A status outside the vocabulary comes back `known: false`, severity
 * 'unknown': reported, never dropped. `Init:<reason>` takes the severity of the reason behind it.
 *
 * @example
 * statusInfo('Init:CrashLoopBackOff').severity // 'error'
 * statusInfo('Init:0/2').severity              // 'progress'
 * statusInfo('Wobbly').known                   // false
 */
export function statusInfo(status: string): StatusEntry & { known: boolean } {
  const cached = CACHE.get(status);
  if (cached !== undefined) return cached;
  const info = classify(status);
  if (CACHE.size < CACHE_LIMIT) CACHE.set(status, info);
  return info;
}

function classify(status: string): StatusEntry & { known: boolean } {
  const exact = EXACT.get(status);
  if (exact !== undefined) return { ...exact, known: true };
  for (const e of PATTERNS) {
    if (!e.match(status)) continue;
    if (e.id === 'init-reason') {
      const inner = EXACT.get(status.slice(5));
      // "Init:Error" is an error; "Init:ContainerCreating" still progress.
      if (inner !== undefined) return { ...e, severity: inner.severity === 'ok' ? 'progress' : inner.severity, known: true };
    }
    if (e.id === 'exit-code' && status === 'ExitCode:0') return { ...e, severity: 'ok', phase: 'Succeeded', known: true };
    return { ...e, known: true };
  }
  return { ...UNKNOWN_ENTRY, status, known: false };
}

/** Every i18n key the vocabulary can emit, for the completeness test. */
export function statusTextIds(): string[] {
  const ids = new Set<string>();
  for (const e of [...STATUS_VOCABULARY, UNKNOWN_ENTRY]) {
    ids.add(e.explanation);
    ids.add(e.causes);
    for (const c of e.commands) ids.add(c.why);
  }
  return [...ids];
}

/**
 * Fills a command template with a row's name, namespace and node. Without a namespace `-n {ns}` is dropped
 * and the why key gets `:no-ns` so the text can say the command runs in the current namespace.
 *
 * @example
 * fillCommand({ command: 'kubectl -n {ns} logs {name}', why: 'why.logs' }, 'web-0', null, null)
 * // { command: 'kubectl logs web-0', why: 'why.logs:no-ns' }
 */
export function fillCommand(t: CommandTemplate, name: string, ns: string | null, node: string | null): NextCommand | null {
  const compiled = compile(t.command);
  if (compiled.needsNode && node === null) return null;
  const parts = ns === null ? compiled.withoutNs : compiled.withNs;
  let command = '';
  for (const p of parts) command += p === NAME ? name : p === NS ? (ns as string) : p === NODE_SLOT ? (node as string) : p;
  return { command, why: ns === null && compiled.hasNs ? `${t.why}:no-ns` : t.why };
}

const NAME = '\u0000name';
const NS = '\u0000ns';
const NODE_SLOT = '\u0000node';
interface Compiled {
  withNs: string[];
  withoutNs: string[];
  needsNode: boolean;
  hasNs: boolean;
}
const COMPILED = new Map<string, Compiled>();

/** Splits a template into literal parts and slots once, so filling it per row is concatenation. */
function compile(template: string): Compiled {
  let c = COMPILED.get(template);
  if (c !== undefined) return c;
  const split = (t: string): string[] => {
    const out: string[] = [];
    let i = 0;
    for (;;) {
      const open = t.indexOf('{', i);
      const close = open < 0 ? -1 : t.indexOf('}', open);
      const slot = open < 0 || close < 0 ? '' : t.slice(open + 1, close);
      if (slot !== 'name' && slot !== 'ns' && slot !== 'node') {
        if (open < 0 || close < 0) {
          out.push(t.slice(i));
          return out;
        }
        out.push(t.slice(i, close + 1));
        i = close + 1;
        continue;
      }
      out.push(t.slice(i, open), slot === 'name' ? NAME : slot === 'ns' ? NS : NODE_SLOT);
      i = close + 1;
    }
  };
  c = { withNs: split(template), withoutNs: split(template.replace(' -n {ns}', '')), needsNode: template.includes('{node}'), hasNs: template.includes('{ns}') };
  COMPILED.set(template, c);
  return c;
}

/** The severity a row gets: its status, raised by READY below total while Running. */
export function rowSeverity(row: Pick<PodRow, 'status' | 'ready'>): Severity {
  // A table trimmed to READY without STATUS (ev/10: NAME READY NODE IP): every container ready is a running, serving pod;
  // fewer ready could be starting, crashing or done, so that stays unknown.
  if (row.status === null) return row.ready !== null && row.ready.total > 0 && row.ready.ready === row.ready.total ? 'ok' : 'unknown';
  const info = statusInfo(row.status);
  let sev = info.severity;
  if (row.ready !== null && row.ready.ready < row.ready.total && (row.status === 'Running') && sev === 'ok') sev = 'warning';
  return sev;
}
