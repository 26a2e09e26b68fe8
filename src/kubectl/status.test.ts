import { describe, expect, test } from 'vitest';
import { canonicalStatus, fillCommand, rowSeverity, STATUS_VOCABULARY, statusInfo } from './status.ts';

/**
 * kubectl's printPod cases (kubernetes/kubernetes pkg/printers/internalversion/printers_test.go, TestPrintPod
 * and friends) turned around: the STATUS string kubectl prints for each pod fact -> how we classify it.
 */
const printed = [
  { name: 'phase Running, containers running', status: 'Running', id: 'running', phase: 'Running', severity: 'ok' },
  { name: 'phase Pending, nothing more specific', status: 'Pending', id: 'pending', phase: 'Pending', severity: 'progress' },
  { name: 'phase Succeeded', status: 'Succeeded', id: 'succeeded', phase: 'Succeeded', severity: 'ok' },
  { name: 'phase Failed', status: 'Failed', id: 'failed', phase: 'Failed', severity: 'error' },
  { name: 'waiting reason ContainerCreating', status: 'ContainerCreating', id: 'container-creating', phase: 'Pending', severity: 'progress' },
  { name: 'waiting reason PodInitializing', status: 'PodInitializing', id: 'pod-initializing', phase: 'Pending', severity: 'progress' },
  { name: 'waiting reason CrashLoopBackOff', status: 'CrashLoopBackOff', id: 'crash-loop-back-off', phase: 'Running', severity: 'error' },
  { name: 'waiting reason ImagePullBackOff', status: 'ImagePullBackOff', id: 'image-pull-back-off', phase: 'Pending', severity: 'error' },
  { name: 'waiting reason ErrImagePull', status: 'ErrImagePull', id: 'err-image-pull', phase: 'Pending', severity: 'error' },
  { name: "Kubernetes 1.1's failed pull, PullImageError (dy/04)", status: 'PullImageError', id: 'pull-image-error', phase: 'Pending', severity: 'error' },
  { name: 'waiting reason InvalidImageName', status: 'InvalidImageName', id: 'invalid-image-name', phase: 'Pending', severity: 'error' },
  { name: 'waiting reason ErrImageNeverPull', status: 'ErrImageNeverPull', id: 'err-image-never-pull', phase: 'Pending', severity: 'error' },
  { name: 'waiting reason CreateContainerConfigError', status: 'CreateContainerConfigError', id: 'create-container-config-error', phase: 'Pending', severity: 'error' },
  { name: 'waiting reason CreateContainerError', status: 'CreateContainerError', id: 'create-container-error', phase: 'Pending', severity: 'error' },
  { name: 'waiting reason RunContainerError', status: 'RunContainerError', id: 'run-container-error', phase: 'Running', severity: 'error' },
  { name: 'waiting reason PreStartHookError', status: 'PreStartHookError', id: 'pre-start-hook-error', phase: 'Running', severity: 'error' },
  { name: 'waiting reason PostStartHookError', status: 'PostStartHookError', id: 'post-start-hook-error', phase: 'Running', severity: 'error' },
  { name: 'terminated reason Completed', status: 'Completed', id: 'completed', phase: 'Succeeded', severity: 'ok' },
  { name: 'terminated reason Error', status: 'Error', id: 'error', phase: 'Failed', severity: 'error' },
  { name: 'terminated reason OOMKilled', status: 'OOMKilled', id: 'oom-killed', phase: 'Running', severity: 'error' },
  { name: 'terminated reason ContainerStatusUnknown', status: 'ContainerStatusUnknown', id: 'container-status-unknown', phase: 'Failed', severity: 'warning' },
  { name: 'terminated reason StartError (containerd): ended, as Error', status: 'StartError', id: 'start-error', phase: 'Failed', severity: 'error' },
  { name: 'terminated with no reason, exit code', status: 'ExitCode:137', id: 'exit-code', phase: 'Failed', severity: 'error' },
  { name: 'terminated with no reason, exit code 0', status: 'ExitCode:0', id: 'exit-code', phase: 'Succeeded', severity: 'ok' },
  { name: 'terminated with no reason, signal', status: 'Signal:9', id: 'signal', phase: 'Failed', severity: 'error' },
  { name: 'init container i of n done', status: 'Init:0/2', id: 'init-progress', phase: 'Pending', severity: 'progress' },
  { name: 'init container terminated with reason', status: 'Init:Error', id: 'init-reason', phase: 'Pending', severity: 'error' },
  { name: 'init container waiting CrashLoopBackOff', status: 'Init:CrashLoopBackOff', id: 'init-reason', phase: 'Pending', severity: 'error' },
  { name: 'init container waiting ContainerCreating', status: 'Init:ContainerCreating', id: 'init-reason', phase: 'Pending', severity: 'progress' },
  { name: 'init container left without a final state when the pod ended (eviction, node reboot; hunt z/01): the pod Failed', status: 'Init:ContainerStatusUnknown', id: 'init-container-status-unknown', phase: 'Failed', severity: 'warning' },
  { name: 'init container exit code', status: 'Init:ExitCode:1', id: 'init-exit-code', phase: 'Pending', severity: 'error' },
  { name: 'init container signal', status: 'Init:Signal:9', id: 'init-signal', phase: 'Pending', severity: 'error' },
  { name: 'Completed with a running container and no Ready condition', status: 'NotReady', id: 'not-ready', phase: 'Running', severity: 'warning' },
  { name: 'deletion timestamp, phase not terminal', status: 'Terminating', id: 'terminating', phase: null, severity: 'progress' },
  { name: 'deletion timestamp and NodeLost', status: 'Unknown', id: 'unknown', phase: 'Unknown', severity: 'error' },
  { name: 'PodScheduled condition SchedulingGated', status: 'SchedulingGated', id: 'scheduling-gated', phase: 'Pending', severity: 'progress' },
  { name: 'pod reason Evicted', status: 'Evicted', id: 'evicted', phase: 'Failed', severity: 'error' },
  { name: 'pod reason NodeLost', status: 'NodeLost', id: 'node-lost', phase: 'Unknown', severity: 'error' },
  { name: 'pod reason NodeAffinity', status: 'NodeAffinity', id: 'node-affinity', phase: 'Failed', severity: 'error' },
  { name: 'pod reason MatchNodeSelector (older kubelets)', status: 'MatchNodeSelector', id: 'match-node-selector', phase: 'Failed', severity: 'error' },
  { name: 'pod reason OutOfcpu', status: 'OutOfcpu', id: 'out-of-resource', phase: 'Failed', severity: 'error' },
  { name: 'pod reason OutOfpods', status: 'OutOfpods', id: 'out-of-resource', phase: 'Failed', severity: 'error' },
  { name: 'pod reason UnexpectedAdmissionError', status: 'UnexpectedAdmissionError', id: 'unexpected-admission-error', phase: 'Failed', severity: 'error' },
  { name: 'pod reason Shutdown (older graceful shutdown)', status: 'Shutdown', id: 'shutdown', phase: 'Failed', severity: 'error' },
  { name: 'pod reason NodeShutdown', status: 'NodeShutdown', id: 'node-shutdown', phase: 'Failed', severity: 'error' },
  { name: 'pod reason Terminated (graceful shutdown)', status: 'Terminated', id: 'terminated', phase: 'Failed', severity: 'error' },
  { name: 'pod reason Preempting', status: 'Preempting', id: 'preempting', phase: 'Failed', severity: 'error' },
  { name: 'pod reason DeadlineExceeded', status: 'DeadlineExceeded', id: 'deadline-exceeded', phase: 'Failed', severity: 'error' },
  { name: 'waiting reason SignatureValidationFailed', status: 'SignatureValidationFailed', id: 'signature-validation-failed', phase: 'Pending', severity: 'error' },
  { name: 'waiting reason PreCreateHookError', status: 'PreCreateHookError', id: 'pre-create-hook-error', phase: 'Pending', severity: 'error' },
  { name: 'init container waiting PreCreateHookError', status: 'Init:PreCreateHookError', id: 'init-reason', phase: 'Pending', severity: 'error' },
  { name: 'pod reason PodOSSelectorNodeLabelDoesNotMatch', status: 'PodOSSelectorNodeLabelDoesNotMatch', id: 'pod-os-selector-node-label-does-not-match', phase: 'Failed', severity: 'error' },
  { name: 'pod reason PodOSNotSupported', status: 'PodOSNotSupported', id: 'pod-os-not-supported', phase: 'Failed', severity: 'error' },
  { name: 'pod reason InvalidNodeInfo', status: 'InvalidNodeInfo', id: 'invalid-node-info', phase: 'Failed', severity: 'error' },
  { name: 'pod reason InitContainerRestartPolicyForbidden', status: 'InitContainerRestartPolicyForbidden', id: 'init-container-restart-policy-forbidden', phase: 'Failed', severity: 'error' },
  { name: 'pod reason SupplementalGroupsPolicyNotSupported', status: 'SupplementalGroupsPolicyNotSupported', id: 'supplemental-groups-policy-not-supported', phase: 'Failed', severity: 'error' },
  { name: 'pod reason UnexpectedPredicateFailureType', status: 'UnexpectedPredicateFailureType', id: 'unexpected-predicate-failure-type', phase: 'Failed', severity: 'error' },
  { name: 'pod reason UnknownReason', status: 'UnknownReason', id: 'unknown-reason', phase: 'Failed', severity: 'error' },
  { name: 'pod reason NodePorts (scheduler plugin name)', status: 'NodePorts', id: 'node-ports', phase: 'Failed', severity: 'error' },
  { name: 'pod reason PodFitsHostPorts (older kubelets)', status: 'PodFitsHostPorts', id: 'pod-fits-host-ports', phase: 'Failed', severity: 'error' },
  { name: 'pod reason NodeName (scheduler plugin name)', status: 'NodeName', id: 'node-name', phase: 'Failed', severity: 'error' },
  { name: 'pod reason HostName (older kubelets)', status: 'HostName', id: 'host-name', phase: 'Failed', severity: 'error' },
  { name: 'pod reason TaintToleration (scheduler plugin name)', status: 'TaintToleration', id: 'taint-toleration', phase: 'Failed', severity: 'error' },
  { name: "azure-aci's Creating: an ACI container group still being set up on a virtual node (ew/14)", status: 'Creating', id: 'creating', phase: 'Pending', severity: 'progress' },
  { name: "Virtual Kubelet's ProviderFailed: its provider would not create the pod, which stays Pending (ew/01)", status: 'ProviderFailed', id: 'provider-failed', phase: 'Pending', severity: 'error' },
  { name: 'pod reason SysctlForbidden', status: 'SysctlForbidden', id: 'sysctl-forbidden', phase: 'Failed', severity: 'error' },
  { name: "the kubelet's Blocked: a soft admission check refused the pod, it stays Pending (hunt co/20)", status: 'Blocked', id: 'blocked', phase: 'Pending', severity: 'error' },
  { name: 'pod reason AppArmor', status: 'AppArmor', id: 'apparmor', phase: 'Failed', severity: 'error' },
  { name: 'pod reason TopologyAffinityError', status: 'TopologyAffinityError', id: 'topology-affinity-error', phase: 'Failed', severity: 'error' },
  { name: 'pod reason PodLevelResourcesNotSupported', status: 'PodLevelResourcesNotSupported', id: 'pod-level-resources-not-supported', phase: 'Failed', severity: 'error' },
  { name: 'pod reason PodFeatureUnsupported', status: 'PodFeatureUnsupported', id: 'pod-feature-unsupported', phase: 'Failed', severity: 'error' },
  { name: 'pod reason VolumeAttachmentLimitExceeded', status: 'VolumeAttachmentLimitExceeded', id: 'volume-attachment-limit-exceeded', phase: 'Failed', severity: 'error' },
  { name: 'pod reason OutOfephemeral-storage', status: 'OutOfephemeral-storage', id: 'out-of-resource', phase: 'Failed', severity: 'error' },
  { name: "a kubelet before 1.0's waiting reason for ContainerCreating (hunt db/10)", status: 'Image: nginx is ready, container is creating', id: 'image-ready-creating', phase: 'Pending', severity: 'progress' },
  { name: 'the same with a registry image', status: 'Image: docker.io/blacklabelops/jenkins is ready, container is creating', id: 'image-ready-creating', phase: 'Pending', severity: 'progress' },
  { name: "an old kubelet's waiting reason: the runtime's error whole (Kubernetes 1.6, r/03)", status: 'rpc error: code = 2 desc = failed to start container "2bb82c74": Error response from daemon: {"message":"invalid header field value"}', id: 'rpc-error', phase: 'Pending', severity: 'error' },
  { name: "an old kubelet's waiting reason: a missing Secret's NotFound whole (dy/14)", status: 'secrets "my-secret" not found', id: 'secret-not-found', phase: 'Pending', severity: 'error' },
  { name: "an old kubelet's waiting reason: a missing ConfigMap's NotFound whole", status: 'configmaps "app-config" not found', id: 'configmap-not-found', phase: 'Pending', severity: 'error' },
];

describe('statusInfo: kubectl printPod cases in reverse', () => {
  test.each(printed)('$name: $status', ({ status, id, phase, severity }) => {
    const info = statusInfo(status);
    expect(info.known).toBe(true);
    expect(info.id).toBe(id);
    expect(info.phase).toBe(phase);
    expect(info.severity).toBe(severity);
  });

  test.each([
    { name: 'made-up word', status: 'Wobbly' },
    { name: 'a paste cut mid-word', status: 'Runn' },
    { name: 'Init with nothing after', status: 'Init:' },
    { name: 'rpc error with nothing after', status: 'rpc error: ' },
    { name: 'another message with spaces', status: 'Error response from daemon: conflict' },
    { name: 'the old creating sentence with no image in it', status: 'Image: is ready, container is creating' },
    { name: 'the old creating sentence around words, not an image', status: 'Image: the one we built is ready, container is creating' },
  ])('unknown statuses are kept as unknown: $name', ({ status }) => {
    const info = statusInfo(status);
    expect(info.known).toBe(false);
    expect(info.severity).toBe('unknown');
    expect(info.status).toBe(status);
  });
});

describe('STATUS_VOCABULARY', () => {
  test('ids are unique', () => {
    const ids = STATUS_VOCABULARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test.each(STATUS_VOCABULARY.filter((e) => e.pattern.type === 'exact').map((e) => ({ name: e.status, e })))('$name matches itself', ({ e }) => {
    expect(e.match(e.status)).toBe(true);
    expect(statusInfo(e.status).id).toBe(e.id);
  });
  test('every entry offers at least one command', () => {
    for (const e of STATUS_VOCABULARY) expect(e.commands.length, e.id).toBeGreaterThan(0);
  });
});

describe('canonicalStatus: a status retyped in another case is the one kubectl prints', () => {
  test.each([
    { input: 'CrashLoopBackoff', expected: 'CrashLoopBackOff' },
    { input: 'Crashloopbackoff', expected: 'CrashLoopBackOff' },
    { input: 'RUNNING', expected: 'Running' },
    { input: 'Init:crashloopbackoff', expected: 'Init:CrashLoopBackOff' },
    { input: 'CrashLoopBackOff', expected: 'CrashLoopBackOff' },
    { input: 'Init:0/2', expected: 'Init:0/2' },
    { input: 'Init:containerstatusunknown', expected: 'Init:ContainerStatusUnknown' },
    { input: 'OutOfcpu', expected: 'OutOfcpu' },
    { input: 'SomethingNew', expected: 'SomethingNew' },
  ])('$input -> $expected', ({ input, expected }) => expect(canonicalStatus(input)).toBe(expected));
});

describe('fillCommand', () => {
  test.each([
    { name: 'namespace known', ns: 'kube-system', node: 'm-k8s', command: 'kubectl -n kube-system logs coredns-x --previous', why: 'why.logs-previous' },
    { name: 'namespace unknown drops -n and says so', ns: null, node: null, command: 'kubectl logs coredns-x --previous', why: 'why.logs-previous:no-ns' },
  ])('$name', ({ ns, node, command, why }) => {
    expect(fillCommand({ command: 'kubectl -n {ns} logs {name} --previous', why: 'why.logs-previous' }, 'coredns-x', ns, node)).toEqual({ command, why });
  });
  test('a node command needs the node', () => {
    expect(fillCommand({ command: 'kubectl get node {node} -o wide', why: 'why.node' }, 'x', 'ns', null)).toBeNull();
    expect(fillCommand({ command: 'kubectl get node {node} -o wide', why: 'why.node' }, 'x', 'ns', 'w1-k8s')?.command).toBe('kubectl get node w1-k8s -o wide');
  });
  test('jsonpath braces are not placeholders', () => {
    expect(fillCommand({ command: "kubectl -n {ns} get pod {name} -o jsonpath='{.metadata.finalizers}'", why: 'why.finalizers' }, 'web-0', 'a', null)?.command).toBe("kubectl -n a get pod web-0 -o jsonpath='{.metadata.finalizers}'");
  });
});

describe('rowSeverity', () => {
  test.each([
    { name: 'running and ready', status: 'Running', ready: { ready: 1, total: 1 }, expected: 'ok' },
    { name: 'running, not all ready', status: 'Running', ready: { ready: 1, total: 2 }, expected: 'warning' },
    { name: 'no status column', status: null, ready: null, expected: 'unknown' },
    { name: 'no status column, every container ready (ev/10)', status: null, ready: { ready: 1, total: 1 }, expected: 'ok' },
    { name: 'no status column, not every container ready', status: null, ready: { ready: 0, total: 1 }, expected: 'unknown' },
    { name: 'completed with 0/1 ready', status: 'Completed', ready: { ready: 0, total: 1 }, expected: 'ok' },
  ])('$name', ({ status, ready, expected }) => expect(rowSeverity({ status, ready })).toBe(expected));
});
