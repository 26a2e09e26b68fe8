/**
 * Stage: owner. Which workload made a pod, read from the shape of its name, the way controllers build names:
 *   Deployment   <deployment>-<pod-template-hash>-<5 chars>   (ReplicaSet name + generateName suffix)
 *   CronJob      <cronjob>-<scheduled minute, 8 digits (or second, 10)>-<5 chars>
 *   DaemonSet    <daemonset>-<5 chars>
 *   Job          <job>-<5 chars>
 *   StatefulSet  <statefulset>-<ordinal>
 *   StaticPod    <name>-<node name>                           (the kubelet appends its node's name)
 * The random parts come from k8s.io/apimachinery/pkg/util/rand (alphabet "bcdfghjklmnpqrstvwxz2456789",
 * no vowels, no 0/1/3), and the pod-template-hash is a hash safe-encoded in the same alphabet.
 * Names alone can mislead, so each guess carries a confidence.
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */
import { OWNER_KINDS, type OwnerKind, type Workload } from './model.ts';
import { CONTROL_PLANE_IDS, ETCD_MANAGERS, isEphemeralRunner, matchComponent, type ComponentInfo } from './components.ts';
import { isDigit, isIpv4 } from './values.ts';
import { allInAlphabet, inAlphabet } from './alphabet.ts';

/** Lower-case letters and digits, at least one of each: how a generated suffix looks even when retyped. */
function looksRandom(s: string, from = 0, to = s.length): boolean {
  let digits = 0;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 97 && c <= 122) letters++;
    else return false;
  }
  return digits > 0 && letters > 0;
}

/** Letters, then digits, nothing else: `master01`, `worker2`. */
function isWordThenNumber(s: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && s.charCodeAt(i) >= 97 && s.charCodeAt(i) <= 122) i++;
  if (i === from || i === to) return false;
  for (; i < to; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  return true;
}

/**
 * Whether a name ends in `-<word with a vowel><number>` (`redis-test2`): read as a name given by hand, unless the paste
 * shows the older generator (see {@link olderSuffix}), which wrote vowels, 0, 1 and 3 too (`deis-etcd-1-eg332`).
 */
export function handNumberedTail(name: string): boolean {
  const n = name.length;
  return n > 6 && name.charCodeAt(n - 6) === 45 && handNumbered(name, n - 5, n);
}

/** Whether a name ends in five generated-looking characters the generator no longer writes (`deis-minio-yni6i`): before Kubernetes 1.5. */
export function olderSuffix(name: string): boolean {
  const n = name.length;
  return n > 6 && name.charCodeAt(n - 6) === 45 && looksRandom(name, n - 5, n) && !allInAlphabet(name, n - 5, n) && !handNumbered(name, n - 5, n);
}

/** A word with a vowel, then a number (`test2`, `demo1`): a part named by hand, no generator's. */
function handNumbered(s: string, from: number, to: number): boolean {
  if (!isWordThenNumber(s, from, to)) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return true;
  }
  return false;
}

/**
 * A generated part a doc or an issue masked (`-yyyyy`, `-XXXXX`, `-aaaaa`, `-abcde`, `-*****`): one character
 * repeated, or the alphabet's first letters. Read as the part it stands for, with less confidence.
 */
function isMaskedPart(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 42)) return false;
  let same = true;
  let abc = c === 97 || c === 65;
  for (let i = from + 1; i < to; i++) {
    const d = s.charCodeAt(i);
    if (d !== c) same = false;
    if (d !== c + (i - from)) abc = false;
  }
  return same || abc;
}

/** A whole word a paste masked (`XXXXX`, `xxxxx`, `*****`): see {@link isMaskedPart}. */
export function isMaskedWord(s: string): boolean {
  return s.length >= 3 && isMaskedPart(s, 0, s.length);
}

/** `<` or `[`: where a doc's stand-in for a generated part starts (see packedShape). */
function isStandIn(c: number): boolean {
  return c === 60 || c === 91;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

function allStars(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) !== 42) return false;
  return true;
}

function isLowerHex(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 102) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

function isLowerAlnum(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

export function allDigits(s: string, from = 0, to = s.length): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export type NameShape =
  | { type: 'deployment'; base: string; hash: string; suffix: string; strict: boolean }
  | { type: 'cronjob'; base: string; stamp: string; suffix: string }
  | { type: 'five'; base: string; suffix: string; strict: boolean }
  | { type: 'ordinal'; base: string; ordinal: number }
  | { type: 'plain'; base: string };

/**
 * Reads the generated parts of a pod name.
 *
 * @example
 * nameShape('coredns-66bff467f8-4j4lj') // { type: 'deployment', base: 'coredns', hash: '66bff467f8', suffix: '4j4lj' }
 * nameShape('web-2')                    // { type: 'ordinal', base: 'web', ordinal: 2 }
 */
export function nameShape(name: string): NameShape {
  const packed = packedShape(name);
  const type = packed & 7;
  const end = packed >>> 4;
  const strict = (packed & 8) !== 0;
  const last = name.lastIndexOf('-');
  switch (type) {
    case DEPLOYMENT:
      return { type: 'deployment', base: name.slice(0, end), hash: name.slice(end + 1, last), suffix: name.slice(last + 1), strict };
    case CRONJOB:
      return { type: 'cronjob', base: name.slice(0, end), stamp: name.slice(end + 1, last), suffix: name.slice(last + 1) };
    case FIVE:
      return { type: 'five', base: name.slice(0, end), suffix: name.slice(last + 1), strict };
    case ORDINAL:
      return { type: 'ordinal', base: name.slice(0, end), ordinal: Number(name.slice(last + 1)) };
    default:
      return { type: 'plain', base: name };
  }
}

/** How a chart's `helm test` pod's name goes on before its random part: `<release>-test-`. */
const HELM_TEST = '-test';

/** Shape types of {@link packedShape}. */
export const DEPLOYMENT = 0;
export const CRONJOB = 1;
export const FIVE = 2;
export const ORDINAL = 3;
export const PLAIN = 4;

/**
 * {@link nameShape} as one number, so reading 100k names builds no objects: bits 0-2 the type, bit 3 strict,
 * the rest where the base ends (the base is `name.slice(0, packed >>> 4)`).
 */
export function packedShape(name: string): number {
  const n = name.length;
  // vCluster syncs a virtual cluster's pod under a longer name and cuts one over 63 characters to its first 52,
  // a dash and 10 hex digits of a hash (SafeConcatName): the owner's name and the pod's suffix are gone.
  if (n === MAX_NAME && name.charCodeAt(52) === 45 && isLowerHex(name, 53, n)) return PLAIN | (n << 4);
  // The apiserver cuts a generateName longer than 58 characters to 58 and adds the 5 random ones with no dash
  // between (names.SimpleNameGenerator): in a 63-character name with no `-<5>` tail the base is the first 58,
  // ending in a cut pod-template-hash for a ReplicaSet's pod.
  if (n === MAX_NAME && name.charCodeAt(n - 6) !== 45 && allInAlphabet(name, GENERATED_BASE, n)) {
    const dash = name.lastIndexOf('-', GENERATED_BASE - 1);
    if (dash > 0 && dash < GENERATED_BASE - 1 && allInAlphabet(name, dash + 1, GENERATED_BASE)) return DEPLOYMENT | (dash << 4);
    return FIVE | (GENERATED_BASE << 4);
  }
  // A doc's stand-ins for the generated parts: `nginx-<hash>-<hash>` (a ReplicaSet's pod), `fluentd-<random>`; or in
  // brackets, as redacted pastes write them (`calico-node-[X]`, `hello-k8s-deployment-[HASH]`, hunt cd/10).
  const close = name.charCodeAt(n - 1);
  if (close === 62 || close === 93) {
    const open = close === 62 ? '-<' : '-[';
    const shut = close === 62 ? '>' : ']';
    const at = name.lastIndexOf(open);
    if (at > 0 && name.indexOf(shut, at) === n - 1) {
      const prev = name.lastIndexOf(open, at - 1);
      if (prev > 0 && name.indexOf(shut, prev) === at - 1) return DEPLOYMENT | (prev << 4);
      return FIVE | (at << 4);
    }
  }
  const last = name.lastIndexOf('-');
  if (last <= 0) return PLAIN | (n << 4);
  const tailLen = n - last - 1;
  const strictTail = tailLen === 5 && allInAlphabet(name, last + 1, n);
  // Hand-edited pastes (docs, issues) carry suffixes outside the alphabet ("7ci7o"): accepted when they mix
  // letters and digits, with less confidence. Not a word with a vowel and a number (`redis-test2`, `nginx-test1`): a
  // name given by hand. (The generator before Kubernetes 1.5 still wrote 0, 1 and 3, so `deis-controller-mn300` stays one.)
  if (strictTail || (tailLen === 5 && looksRandom(name, last + 1, n) && !handNumbered(name, last + 1, n))) {
    const prev = name.lastIndexOf('-', last - 1);
    if (prev > 0) {
      const midLen = last - prev - 1;
      const digits = allDigits(name, prev + 1, last);
      if (digits && isScheduleStamp(name, prev + 1, last)) return CRONJOB | (prev << 4);
      // `x` is in the alphabet: a hash and a suffix both masked with it (`dp-config-es-kb-xxxxxxxxx-xxxxx`) are a doc's
      // stand-ins, read as the parts they stand for with less confidence (see isMaskedPart).
      if (midLen >= 6 && midLen <= 10 && allInAlphabet(name, prev + 1, last)) return DEPLOYMENT | (strictTail && !(isMaskedPart(name, last + 1, n) && isMaskedPart(name, prev + 1, last)) ? 8 : 0) | (prev << 4);
      // A pod-template-hash masked before pasting (`keda-operator-*********-4hb5n`): a ReplicaSet's pod.
      if (midLen >= 6 && midLen <= 10 && allStars(name, prev + 1, last)) return DEPLOYMENT | (prev << 4);
      // Before Kubernetes 1.8 the pod-template-hash was printed in decimal ("nginx-4234284026-ktzgw"): a random
      // 32-bit number, so 8 to 10 digits, 7 in one case of a few hundred (deis-logger-9212198); a 6-digit run is a
      // time of day (job-20211022-152335-r7ffj).
      // A word and a number ("master01", "node02") is a node or a host in the name, not a hash.
      // Nor eight lower-case hex digits with one the alphabet lacks (a762cb46): a 32-bit hash printed in hex, a DaemonSet's
      // own (openstack-helm's per-host neutron-dhcp-agent-controller-0-a762cb46, Longhorn's engine-image-ei-6e2b0e32), never a
      // pod-template-hash, which is only ever safe-encoded. Ten such digits are a doc's made-up pod-template-hash (CockroachDB's
      // Ory guide's kratos-2ab64de672-nkhnq, ey/13), as long as the real ones mostly are.
      if (midLen >= 6 && midLen <= 10 && (digits ? midLen >= 7 : looksRandom(name, prev + 1, last) && !isWordThenNumber(name, prev + 1, last) && !(midLen === 8 && isLowerHex(name, prev + 1, last)))) return DEPLOYMENT | (prev << 4);
    }
    return FIVE | (strictTail ? 8 : 0) | (last << 4);
  }
  // A masked suffix (`coredns-XXXXX`, `aws-node-yyyyy`, `coredns-xxxxxxxxxx-aaaaa`; course notes' shorter
  // `kube-proxy-xxx`, `coredns-xxx-aaa`): the pod's own generated part.
  // So is a wildcard in their place (`percona-server-mongodb-operator-*`), or one capital letter, which no pod's name holds
  // (an issue's `aks-secrets-store-csi-driver-A` to `-D`, one per node, hunt bx/11).
  if ((tailLen >= 3 && tailLen <= 5 && isMaskedPart(name, last + 1, n)) || (tailLen >= 1 && tailLen <= 2 && allStars(name, last + 1, n)) || (tailLen === 1 && isCapital(name.charCodeAt(last + 1)))) {
    const prev = name.lastIndexOf('-', last - 1);
    const midLen = last - prev - 1;
    if (prev > 0 && midLen >= 6 && midLen <= 10 && (allInAlphabet(name, prev + 1, last) || isMaskedPart(name, prev + 1, last))) return DEPLOYMENT | (prev << 4);
    if (prev > 0 && tailLen < 5 && midLen >= 3 && midLen < 6 && isMaskedPart(name, prev + 1, last)) return DEPLOYMENT | (prev << 4);
    return FIVE | (last << 4);
  }
  // Both parts masked, the suffix as long as the hash (`gitlab-runner-gitlab-runner-XXXXXXXXXX-YYYYYYYY`, ex/12): an author
  // who hid each part with a letter of its own, not counting the generator's five. Only a masked hash before it says so.
  if (tailLen >= 6 && tailLen <= 10 && isMaskedPart(name, last + 1, n)) {
    const prev = name.lastIndexOf('-', last - 1);
    const midLen = last - prev - 1;
    if (prev > 0 && midLen >= 6 && midLen <= 10 && isMaskedPart(name, prev + 1, last)) return DEPLOYMENT | (prev << 4);
  }
  if (tailLen === 5 && isLowerAlnum(name, last + 1, n)) {
    const dash = name.lastIndexOf('-', last - 1);
    if (dash > 0 && last - dash - 1 >= 6 && last - dash - 1 <= 10 && allStars(name, dash + 1, last)) return DEPLOYMENT | (dash << 4);
    // A tutorial's placeholder suffix ("nginx-7848d4b86f-abcde") behind a real pod-template-hash; or an old
    // ReplicaSet's pod (a decimal hash, before 1.8), whose random suffix could still hold vowels ("-iywbi").
    const prev = name.lastIndexOf('-', last - 1);
    const midLen = last - prev - 1;
    const decimal = prev > 0 && midLen >= 8 && midLen <= 10 && allDigits(name, prev + 1, last) && !isScheduleStamp(name, prev + 1, last);
    if (prev > 0 && midLen >= 8 && midLen <= 10 && (decimal || allInAlphabet(name, prev + 1, last))) return DEPLOYMENT | (prev << 4);
  }
  if (allDigits(name, last + 1, n) && tailLen <= 5 && (tailLen === 1 || name.charCodeAt(last + 1) !== 48)) return ORDINAL | (last << 4);
  // A random suffix an author cut short or replaced (`ebs-csi-controller-6d4f8b9c6d-x`, `crossplane-6f8d4c5d9f-xyz`)
  // behind a pod-template-hash of 8 to 10 generated characters, letters and digits both: a ReplicaSet's pod still. A
  // tail of digits alone stays an ordinal (above).
  if (tailLen >= 1 && tailLen <= 4 && isLowerAlnum(name, last + 1, n)) {
    const prev = name.lastIndexOf('-', last - 1);
    const midLen = last - prev - 1;
    if (prev > 0 && midLen >= 8 && midLen <= 10 && allInAlphabet(name, prev + 1, last) && looksRandom(name, prev + 1, last)) return DEPLOYMENT | (prev << 4);
    // Or masked as well, one letter repeated (`coredns-5d78c98-xx`, hunt cd/18), behind a hash the author shortened too.
    if (prev > 0 && tailLen >= 2 && midLen >= 6 && midLen < 8 && isMaskedPart(name, last + 1, n) && allInAlphabet(name, prev + 1, last) && looksRandom(name, prev + 1, last)) return DEPLOYMENT | (prev << 4);
  }
  return PLAIN | (n << 4);
}

/** The status kubectl prints for a pod whose scheduling gates still hold it. */
const SCHEDULING_GATED = 'SchedulingGated';

/** How long a random part of another program's is that {@link ownerOf} reads as a Job's name's (see there). */
const SIX = 6;
/** What cockroach-operator puts between a CrdbCluster's name and the minute in its version checker Job's name. */
const VCHECK = '-vcheck';
const REPLICANT = '-replicant';
/** What precedes an EMQX core StatefulSet's hash (`emqx-core-944bb84db`): see FastOwnerContext.hashedCores. */
export const EMQX_CORE = '-core-';

/** A pod name's most characters (a DNS label), and how many of them a generateName base keeps. */
const MAX_NAME = 63;
const GENERATED_BASE = 58;

/**
 * Words that name a one-off task, as a part of a `<base>-<5>` pod's base: chart hooks and setup Jobs, and builds (KMM's
 * `<module>-build-<5>`; Vitess's chart's `<keyspace>-apply-schema-<name>` and `-apply-vschema-`). Not install, setup, upgrade or hook: DaemonSets carry those (GKE's nvidia-driver-installer,
 * JupyterHub's hook-image-puller); but a step before, after or to complete one is a Job's (Helm's pre-upgrade hooks, kOps's
 * calico-complete-upgrade-v331 that ends Calico's v2 to v3 migration, hunt bq/07). `job` with five generated characters glued on: a Job named by a generateName without
 * its dash (HCO's kubevirt-hyperconverged-cluster-jobfkgxl). `provision` and `deprovision`: Hive's install Jobs for a
 * ClusterDeployment (`<cd>-<n>-<5>-provision-<5>`, hunt dc/15); no DaemonSet provisions (local-path-provisioner is one word).
 * helm-toolkit's Job templates, which every openstack-helm chart renders as `<service>-<task>` (keystone-db-sync,
 * glance-ks-endpoints, nova-bootstrap): they wait in their dependency-check init container for minutes, so a running one is
 * common (em/04, em/05).
 */
const JOB_WORDS = /(?:^|-)(?:init|apply-v?schema|migrate|automigrate|migration|migrations|seed|job|job[bcdfghjklmnpqrstvwxz2456789]{5}|backup|restore|cleanup|certgen|startupapicheck|admission-create|admission-patch|build|provision|deprovision|complete-upgrade|pre-upgrade|post-upgrade|pre-install|post-install|db-sync|db-drop|ks-user|ks-service|ks-endpoints|bootstrap|image-repo-sync)(?:-|$)/;

/**
 * helm-toolkit's daemonset_overrides names each DaemonSet of an openstack-helm chart `<daemonset>-<override set>`, and the set
 * every deployment has is `default` (neutron-ovs-agent-default, libvirt-libvirt-default): a DaemonSet's name, even where a word
 * in it sounds like a one-off task (neutron-netns-cleanup-cron-default, em/01).
 */
const OVERRIDE_SET_DEFAULT = '-default';

/**
 * A chart's version at a name's end (`-5.4.0`): Helm charts name hook Jobs so; a DaemonSet lives on across versions.
 * Not `-v1.2.0`: old add-ons' ReplicationControllers carried that (see VERSIONED).
 */
const CHART_VERSIONED = /-\d{1,4}\.\d{1,4}\.\d{1,4}$/;

/**
 * A chart's version with its dots made dashes, then the release's revision (Temporal's `<release>-namespace-1-2-0-1`
 * hook Job, which restarts under OnFailure): four numbers at a name's end are no DaemonSet's.
 */
const CHART_VERSIONED_REVISION = /-\d{1,4}-\d{1,4}-\d{1,4}-\d{1,6}$/;

/**
 * A CronJob's job suffix: the scheduled time in minutes since the epoch (8 digits, between 2014 and 2036), or in
 * seconds from the controller before Kubernetes 1.21 (10 digits). Any other run of digits is a decimal
 * pod-template-hash: a safe-encoded hash made only of digits uses 4-9, so it is at least 4e9.
 */
function isScheduleStamp(name: string, from: number, to: number): boolean {
  const len = to - from;
  if (len !== 8 && len !== 10) return false;
  const stamp = Number(name.slice(from, to));
  // Scheduled times fall on whole minutes: in seconds a multiple of 60 (1832799045 is a hash, not a time). Seconds
  // only up to mid-2025: Kubernetes 1.21 (2021) replaced the controller that named Jobs so, and the releases that
  // could still run it were out of support by 2023; a later "time" (tectonic-console-2055137340, 2035) is a decimal hash.
  if (len === 10) return stamp >= 1_400_000_000 && stamp <= SECONDS_STAMP_END && stamp % 60 === 0;
  return stamp >= 1_400_000_000 / 60 && stamp <= 2_100_000_000 / 60;
}

/** 2025-06-15 in Unix seconds: after the last cluster whose CronJob controller named Jobs by the second. */
const SECONDS_STAMP_END = 1_750_000_000;

/**
 * Ten digits that could be a moment in Unix seconds (2014 to 2033): a Helm hook Job named with `now | unixEpoch`
 * (nai-clickhouse-schema-job-1780198147) as much as a decimal pod-template hash, so alone no sign of Kubernetes before 1.8.
 */
export function secondsStampLike(name: string, from: number, to: number): boolean {
  if (to - from !== 10 || !allDigits(name, from, to)) return false;
  const stamp = Number(name.slice(from, to));
  return stamp >= 1_400_000_000 && stamp < 2_000_000_000;
}

/**
 * Whether a `<base>-<digits>-<5>` pod is a Job's by its status: it ended without a restart, which a Deployment's pod
 * (restartPolicy Always) never shows for long. Completed with digits a safe-encoded hash lacks (0, 1, 3: a graceful
 * node shutdown shows a Deployment's pods Completed too), or any end behind a {@link secondsStampLike} run.
 */
export function endedAsJob(name: string, from: number, to: number, status: string | null, restarted: boolean): boolean {
  if (restarted || status === null || status === 'Running' || !ended(status)) return false;
  if (secondsStampLike(name, from, to)) return true;
  return (status === 'Completed' || status === 'Succeeded') && allDigits(name, from, to) && !allInAlphabet(name, from, to);
}

/** Namespaces Velero's server and node agent run in: its own install's, and OADP's on OpenShift. */
const VELERO_NAMESPACES: ReadonlySet<string> = new Set(['velero', 'openshift-adp']);
const NODE_AGENT = 'node-agent';

/**
 * Whether an unknown `<name>-<5>` pod is one of Velero's data mover pods: from 1.12 the node agent starts one for each
 * DataUpload (a CSI snapshot's data moved to the backup store) or DataDownload (restored), named as that resource, which
 * owns it; they run in Velero's namespace beside the node agent (velero#6562, #9212; fd/03, fd/04). Only where the paste
 * shows the agent's pods, which make them, and not once ended: Velero deletes them when their transfer ends, so a
 * Completed `<x>-<5>` there is some Job's (the MinIO example's minio-setup).
 */
export function veleroDataMover(namespace: string | null, status: string | null, ctx: FastOwnerContext): boolean {
  if (namespace === null || !VELERO_NAMESPACES.has(namespace) || (status !== null && ended(status))) return false;
  return (ctx.fiveBaseNodes.get(NODE_AGENT) ?? 0) > 0 || (ctx.nodelessPods?.get(NODE_AGENT)?.pods ?? 0) > 0;
}

/** What the rest of the paste says, precomputed once so each row is a few lookups. */
export interface OwnerContext {
  /** Node names seen in the NODE column. */
  nodes: ReadonlySet<string>;
  /** For `<base>-<5 chars>` names: on how many distinct nodes pods with that base run. */
  fiveBaseNodes: ReadonlyMap<string, number>;
}

/**
 * A pod's age (seconds) within which a container's end says nothing of its restart policy: the kubelet restarts a
 * crashed container of a Deployment's or DaemonSet's pod within seconds (its back-off starts at 10), so `2/3 Error 0 5s`
 * (contiv-netmaster, a DaemonSet's) may be a moment before that restart.
 */
export const YOUNG_END_SECONDS = 60;

const TERMINATED = new Set(['Completed', 'Succeeded', 'Error', 'Failed', 'DeadlineExceeded', 'ContainerCannotRun']);

/** A status a container ended with: TERMINATED's, or kubectl's `ExitCode:N` / `Signal:N` for a reason it lacks. */
export function ended(status: string): boolean {
  return TERMINATED.has(status) || status.startsWith('ExitCode:') || status.startsWith('Signal:');
}

/**
 * An init container's end the pod shows (`Init:Error`, `Init:ExitCode:1`): with no restart, one the kubelet will not run
 * again, as under a Job's restartPolicy Never; a Deployment's or a DaemonSet's pod runs it again within seconds.
 */
export function endedInit(status: string): boolean {
  return status.startsWith('Init:') && ended(status.slice(5));
}

/**
 * Infers the owning workload of a pod.
 *
 * @example
 * inferOwner('etcd-m-k8s', { namespace: 'kube-system', node: 'm-k8s', status: 'Running' }, ctx)
 * // { kind: 'StaticPod', name: 'etcd', confidence: 'high' }
 */
export function inferOwner(
  name: string,
  row: { namespace: string | null; node: string | null; status: string | null },
  ctx: OwnerContext,
  shape?: NameShape,
): Workload {
  void shape;
  return ownerOf(name, packedShape(name), row.namespace, row.node, row.status, {
    nodes: ctx.nodes, nodeIndex: null, fiveBaseNodes: ctx.fiveBaseNodes, deploymentConfigs: NO_DCS, listed: NO_LISTED, match: matchComponent, workload: (kind, base, confidence) => ({ kind, name: base, confidence }),
  });
}

/** What {@link ownerOf} needs, built once per paste by the core. */
export interface FastOwnerContext {
  nodes: ReadonlySet<string> | ReadonlyMap<string, number>;
  /** Node names with their order of first appearance, to find `<name>-<node>` by the name's dashes. Null: scan `nodes`. */
  nodeIndex: ReadonlyMap<string, number> | null;
  fiveBaseNodes: ReadonlyMap<string, number>;
  /** Whether the paste lists Deployments (`get all`, `get deploy`), so a ReplicaSet without one is bare. */
  deploymentsShown?: boolean;
  /** `<base>-<5 chars>` bases with two Running pods on one node: no DaemonSet's (it runs one per node). */
  crowded?: ReadonlySet<string>;
  /**
   * `<base>-<5 chars>` bases with two pods that ended on one node (OpenWhisk's install-catalog-<5>, three in Error on
   * kube-node-2): a Job's retries under restartPolicy Never, each a new pod. No DaemonSet's: it runs one pod per node and
   * deletes a failed one to make it again.
   */
  retried?: ReadonlySet<string> | undefined;
  /**
   * `<base>-<5 chars>` bases with more pods than the paste shows nodes, none of them on a node the paste names (16
   * `redis-<5>` pods of a 2015 ReplicationController, listed without NODE): no DaemonSet's, which runs one per node.
   */
  many?: ReadonlySet<string> | undefined;
  /**
   * Whether the paste names the node minikube (a nodes table, kube-addon-manager-minikube): its add-ons' owners differ.
   * Asked only for those add-ons' names, so the whole paste is searched only then.
   */
  minikube?: () => boolean;
  /** Per `<base>-<5 chars>` base, its pods that show no node (see {@link many}). */
  nodelessPods?: ReadonlyMap<string, { pods: number }> | null;
  /** What {@link many}'s bases are read as: a ReplicationController where the paste speaks of RCs, else a ReplicaSet. */
  manyKind?: 'ReplicaSet' | 'ReplicationController';
  /**
   * `<base>-<5 chars>` bases with a pod its node refused (MatchNodeSelector, Evicted) and, on other nodes only, pods younger
   * than it: a replacement the scheduler put elsewhere, which a DaemonSet never makes.
   */
  moved?: ReadonlySet<string> | undefined;
  /** What {@link moved}'s bases are read as, as {@link manyKind}. */
  movedKind?: 'ReplicaSet' | 'ReplicationController';
  /**
   * `<base>-<5 chars>` bases of one pod, none on a node the paste names, where it shows a DaemonSet the knowledge base knows
   * on three nodes or more (kube-proxy's pods): no DaemonSet's, which would run on each of them; a Job's, most likely.
   */
  lone?: ReadonlySet<string> | undefined;
  /**
   * `<prefix>-<word>` bases of `<base>-<5 chars>` pods, one pod each, whose words of letters differ between siblings of one
   * prefix (mysql-sysbench-adzglm beside mysql-sysbench-czirhj): a word drawn per run, a Job's name's, no DaemonSet's.
   */
  tokened?: ReadonlySet<string> | undefined;
  /** `<base>-<n>` bases with one pod only, not `-0` (`memory-demo-2`): a StatefulSet starts at 0, a name may end in any number. */
  lonely?: ReadonlySet<string> | undefined;
  /** OpenShift DeploymentConfigs whose deployer pods (`<dc>-<revision>-deploy`) the paste shows. */
  deploymentConfigs: ReadonlySet<string>;
  /**
   * Whether the paste speaks of RKE2 (`+rke2r1` versions, `rke2 server`): kube-proxy runs there as a static pod. Asked
   * only for the few names that need it, so the whole paste is searched only then.
   */
  speaksOfRke2?: () => boolean;
  /** Whether the paste's commands are OpenShift's `oc`: where DeploymentConfigs are at home. */
  openshift?: boolean;
  /** Whether the paste shows pod-template hashes in decimal (Kubernetes before 1.8): no CronJob then named Jobs by the minute. */
  decimalHashes?: boolean;
  /**
   * Whether two `<base>-<ten digits>-<5>` pods carry different seconds-like numbers within a day of each other: moments
   * a controller named its Jobs by (Kubermatic's etcd-backup-<cluster>-<Unix seconds>), not pod-template hashes, which
   * are random over four billion and shared by a ReplicaSet's pods.
   */
  secondsRuns?: boolean;
  /** Whether pods other than the control plane's show suffixes of the generator before Kubernetes 1.5 (vowels, 0, 1 and 3: `kube-proxy-ed6af`). */
  olderGenerator?: boolean;
  /**
   * Whether a pod table heads its status REASON, as kubectl before 1.0 did: no DaemonSet existed then, and `kubectl run`
   * made a ReplicationController, whose `<base>-<5 chars>` pods are what a DaemonSet's would be guessed from later.
   */
  beforeDaemonSets?: boolean;
  /** Workloads the paste's other tables list (`kubectl get all`), by name. */
  listed: ReadonlyMap<string, OwnerKind>;
  /**
   * ReplicaSets and ReplicationControllers the paste's commands name (`kubectl scale rc web`, `describe rs kuard`, `rc/web`,
   * `run web --generator=run/v1`), by name: owners of their `<name>-<5>` pods. Apart from `listed`, whose `Pod` of a `kubectl
   * run` the same name may hold (KUAR's notes run, apply and delete a pod, a Deployment and a ReplicaSet all named kuard).
   */
  named?: ReadonlyMap<string, OwnerKind> | undefined;
  /** Of `named`, those only a manifest's file name gives (`selenium-hub-rc.yml`): a guess from a name, not a command's word. */
  namedByFile?: ReadonlySet<string> | undefined;
  /** generateName prefixes (`kueue-sleep-`) of the paste's `kind: Pod` manifests: `<prefix><5>` is such a bare pod. */
  generatedPods?: ReadonlySet<string> | undefined;
  /**
   * `<x>` of the paste's `<x>-core-<hash>-<n>` pods: the EMQX operator (apps.emqx.io/v2beta1 on) runs an EMQX's core nodes as
   * a StatefulSet it names with the pod template's hash, and its replicants as a ReplicaSet `<x>-replicant-<hash>` it makes
   * itself, with no Deployment over it. Before that (v2alpha1) the core StatefulSet had no hash and replicants a Deployment.
   */
  hashedCores?: ReadonlySet<string> | undefined;
  /** matchComponent, memoised for the paste. */
  match: (name: string, namespace: string | null) => ComponentInfo | undefined;
  /** Builds (or shares) a workload answer. */
  workload: (kind: OwnerKind, name: string, confidence: Workload['confidence']) => Workload;
}

const NO_DCS: ReadonlySet<string> = new Set();
const NO_LISTED: ReadonlyMap<string, OwnerKind> = new Map();

/**
 * The DeploymentConfig an OpenShift deployer pod rolls out: `<dc>-<revision>-deploy`, else null.
 *
 * @example
 * deployerOf('hello-openshift-2-deploy') // 'hello-openshift'
 */
export function deployerOf(name: string): string | null {
  if (!name.endsWith('-deploy')) return null;
  const end = name.length - 7;
  const dash = name.lastIndexOf('-', end - 1);
  return dash > 0 && dash < end - 1 && allDigits(name, dash + 1, end) ? name.slice(0, dash) : null;
}

/**
 * The BuildConfig of OpenShift's S2I build pod `<buildconfig>-<n>-build`, else null. The pod is its Build's
 * (`<buildconfig>-<n>`, build.openshift.io), which runs it once: Completed is a build done, Error one failed.
 * `oc new-app` names the DeploymentConfig as the BuildConfig.
 *
 * @example
 * s2iBuildOf('nodejs-ex-1-build') // 'nodejs-ex'
 */
export function s2iBuildOf(name: string): string | null {
  if (!name.endsWith('-build')) return null;
  const end = name.length - 6;
  const dash = name.lastIndexOf('-', end - 1);
  return dash > 0 && dash < end - 1 && allDigits(name, dash + 1, end) ? name.slice(0, dash) : null;
}

/** The random part ECK before 1.0 ends an Elasticsearch pod's name with (podRandomSuffixLength), and the word before it. */
const ECK_POD_RANDOM = 10;
const ECK_POD_MARK = '-es-';

/**
 * The Elasticsearch resource an ECK 0.8-0.9 pod belongs to, else null. The operator named each node's pod
 * `<elasticsearch>-es-[<nodeSpec>-]<10 random>` (name.NewPodName) and created it itself, with no StatefulSet: ECK 1.0 brought
 * the StatefulSets (`<elasticsearch>-es-<nodeSet>-<n>`). The random part is k8s.io's rand.String, in its alphabet.
 *
 * @example
 * eckPodCluster('es-cluster-es-25g5k25k7w') // 'es-cluster'
 * eckPodCluster('quickstart-es-master-2vfxlbh5sf') // 'quickstart'
 */
export function eckPodCluster(name: string): string | null {
  const dash = name.length - ECK_POD_RANDOM - 1;
  if (dash < 4 || name.charCodeAt(dash) !== 45 || !allInAlphabet(name, dash + 1)) return null;
  const mark = name.startsWith(ECK_POD_MARK, dash - 3) ? dash - 3 : name.lastIndexOf(ECK_POD_MARK, dash - 4);
  return mark > 0 ? name.slice(0, mark) : null;
}

/**
 * The Deployment whose ReplicaSet this is, by its name's pod-template hash (`web-7d4b9c8f6d`; in decimal before
 * Kubernetes 1.8, `nginx-3137573019`), else null: a ReplicaSet made by hand has none.
 *
 * @example
 * replicaSetDeployment('coredns-8476d449d8') // 'coredns'
 */
export function replicaSetDeployment(name: string): string | null {
  const dash = name.lastIndexOf('-');
  const len = name.length - dash - 1;
  if (dash <= 0 || len < 6 || len > 10) return null;
  return allInAlphabet(name, dash + 1) || (len >= 7 && allDigits(name, dash + 1)) ? name.slice(0, dash) : null;
}

/** Owner kinds `Controlled By:` may name as they are (the rest are read from it, or never own a pod). */
const DESCRIBED_KINDS: ReadonlySet<string> = new Set(OWNER_KINDS.filter((k) => k !== 'Deployment' && k !== 'CronJob' && k !== 'StaticPod' && k !== 'DeploymentConfig' && k !== 'Rollout'));

/**
 * The owner `kubectl describe pod` names (`Controlled By:  Kind/name`; kind `Pod` for the `<none>` of older kubectl),
 * as the model says it: a ReplicaSet of a pod-template hash is its Deployment's, a node's mirror pod is a static pod,
 * a DeploymentConfig's or a CronJob's run stays theirs where the name read so. `guess` is what the name alone said.
 * Null for a kind the model does not know (an operator's own, such as Kubeflow's Notebook): the guess stays.
 *
 * @example
 * describedOwner('ReplicaSet', 'web-7d4b9c8f6d', 'web-7d4b9c8f6d-x7k2p', guess, ctx) // { kind: 'Deployment', name: 'web', confidence: 'high' }
 */
export function describedOwner(kind: string, name: string | null, pod: string, guess: Workload, ctx: FastOwnerContext, deploymentConfig?: string): Workload | null {
  // `Controllers: <none>` is kubectl before 1.7, when a static pod's mirror had no owner either (its Node came in 1.21):
  // the name's <name>-<node> reading stands (a 2016 fluentd-elasticsearch-<node>, hunt dj/03).
  if (kind === 'Pod') return guess.kind === 'StaticPod' ? guess : ctx.workload('Pod', pod, 'high');
  if (name === null) return null;
  // The mirror pod of a static pod: the kubelet names it <name>-<node>.
  if (kind === 'Node') {
    if (pod.length > name.length + 1 && pod.endsWith(name) && pod.charCodeAt(pod.length - name.length - 1) === 45) return ctx.workload('StaticPod', pod.slice(0, pod.length - name.length - 1), 'high');
    return ctx.workload('StaticPod', guess.kind === 'StaticPod' ? guess.name : pod, 'high');
  }
  if (kind === 'ReplicaSet') {
    const deployment = replicaSetDeployment(name);
    return ctx.workload(deployment === null ? 'ReplicaSet' : 'Deployment', deployment ?? name, 'high');
  }
  // The describe's own `deploymentconfig=<dc>` label names the owner's owner where the listing had no deployer pod to
  // say it (`myservice-1-sbb7b` of RC myservice-1 beside no `myservice-1-deploy`: ej/08).
  if (kind === 'ReplicationController' && deploymentConfig !== undefined && namedAfter(name, deploymentConfig) && allDigits(name, deploymentConfig.length + 1)) return ctx.workload('DeploymentConfig', deploymentConfig, 'high');
  // <dc>-<revision>, <cronjob>-<scheduled time>: the owner's owner, which the name said already.
  if ((kind === 'ReplicationController' && guess.kind === 'DeploymentConfig') || (kind === 'Job' && guess.kind === 'CronJob')) {
    if (namedAfter(name, guess.name) && allDigits(name, guess.name.length + 1)) return ctx.workload(guess.kind, guess.name, 'high');
  }
  return DESCRIBED_KINDS.has(kind) ? ctx.workload(kind as OwnerKind, name, 'high') : null;
}

/**
 * Whether `name` is `owner`'s name, a dash and more: a name made from it (`scan-6945-2786t` from the Job `scan-6945`,
 * `backup-29400000` from the CronJob `backup`).
 */
export function namedAfter(name: string, owner: string): boolean {
  return owner.length > 0 && name.length > owner.length + 1 && name.charCodeAt(owner.length) === 45 && name.startsWith(owner);
}

/**
 * The owner a pod's own labels name (a LABELS column, `--show-labels`), else null. Each controller stamps its pods with a
 * label no other sets, whatever the pod's name looks like:
 * - the Job controller `job-name=<job>` (and `batch.kubernetes.io/job-name` from 1.27): trivy-operator's
 *   `scan-vulnerabilityreport-<hash>-<5>` reads as a ReplicaSet's pod. A CronJob's run stays the CronJob's where the
 *   name read so. Only where the pod's name starts with the Job's, as every Job's pod does: else the labels are not this pod's.
 * - the DaemonSet controller `pod-template-generation` (beside `controller-revision-hash`, which a StatefulSet sets too):
 *   `submariner-gateway-hsgv4` is its DaemonSet's pod for sure, not a bare ReplicaSet's.
 * - the Deployment controller `pod-template-hash=<hash>` on its ReplicaSets' pods, `<deployment>-<hash>-<5>`: only where
 *   the name holds that hash (a doc's label that does not match its name says nothing).
 * - the StatefulSet controller `statefulset.kubernetes.io/pod-name=<pod>` on `<statefulset>-<n>`.
 *
 * @example
 * labelledOwner({ 'job-name': 'scan-6945' }, 'scan-6945-2786t', guess, ctx) // { kind: 'Job', name: 'scan-6945', confidence: 'high' }
 */
export function labelledOwner(labels: Readonly<Record<string, string>>, pod: string, guess: Workload, ctx: FastOwnerContext): Workload | null {
  const job = labels['job-name'] ?? labels['batch.kubernetes.io/job-name'];
  if (job !== undefined) {
    if (!namedAfter(pod, job)) return null;
    if (guess.kind === 'CronJob' && namedAfter(job, guess.name) && allDigits(job, guess.name.length + 1)) return ctx.workload('CronJob', guess.name, 'high');
    return ctx.workload('Job', job, 'high');
  }
  if (labels['pod-template-generation'] !== undefined) {
    if (guess.kind === 'DaemonSet' && namedAfter(pod, guess.name)) return ctx.workload('DaemonSet', guess.name, 'high');
    return pod.length > 6 && pod.charCodeAt(pod.length - 6) === 45 ? ctx.workload('DaemonSet', pod.slice(0, -6), 'high') : null;
  }
  const hash = labels['pod-template-hash'];
  if (hash !== undefined) {
    const at = hash.length === 0 ? -1 : pod.lastIndexOf(`-${hash}-`);
    return at > 0 && pod.indexOf('-', at + hash.length + 2) < 0 ? ctx.workload('Deployment', pod.slice(0, at), 'high') : null;
  }
  const ordinal = labels['statefulset.kubernetes.io/pod-name'] === pod ? pod.lastIndexOf('-') : -1;
  return ordinal > 0 && ordinal < pod.length - 1 && allDigits(pod, ordinal + 1) ? ctx.workload('StatefulSet', pod.slice(0, ordinal), 'high') : null;
}

/**
 * {@link inferOwner} from the packed name shape (see {@link packedShape}), with the paste's memos. `endUnsure`: the
 * status is an end (Error) but a container is still ready and the pod is in its first minute, so the kubelet may not
 * have restarted the one that ended yet: no sign of a Job (see {@link YOUNG_END_SECONDS}). `endSettled`: no container
 * ready, none restarted, and the pod older than the kubelet's longest back-off, so whatever ended stays ended.
 */
export function ownerOf(name: string, packed: number, namespace: string | null, node: string | null, status: string | null, ctx: FastOwnerContext, restarted = false, endUnsure = false, endSettled = false): Workload {
  // A pod the paste's own `kubectl run` made.
  if (ctx.listed.size > 0 && ctx.listed.get(name) === 'Pod') return ctx.workload('Pod', name, 'high');
  // OpenShift's guard pods (kube-apiserver-guard-<node>): bare pods an operator keeps beside each static pod.
  const c0 = name.charCodeAt(0);
  if ((c0 === 107 || c0 === 101 || c0 === 111) && name.indexOf(GUARD) > 0 && GUARD_POD.test(name)) return ctx.workload('Pod', name, 'high');
  // GitLab Runner's Kubernetes executor: one bare pod per CI job, runner-<token>-project-<id>-concurrent-<n>-<random>
  // (a random part of five letters reads as a Job's, of eight as nothing's).
  if (c0 === 114 && name.startsWith('runner-') && GITLAB_JOB_POD.test(name)) return ctx.workload('Pod', name, 'high');
  // GitHub's ARC runner scale sets: the EphemeralRunnerSet is `<scale set>-<5>` and each EphemeralRunner `<set>-runner-<5>`,
  // running one pod of its name (ex/09). Its two generated parts read as a DaemonSet's `<x>-runner` pod, or a Job's.
  if (isEphemeralRunner(name)) return ctx.workload('EphemeralRunner', name, 'high');
  // Airflow 2.0-2.2 name each KubernetesExecutor worker pod and KubernetesPodOperator pod <dag><task>.<uuid4 hex>: a bare
  // pod the scheduler or the operator made for one try of one task (dm/22, dm/23). Without it, one that restarted reads as a
  // guess; no controller's pod ends in a dot and 32 hex digits.
  if (isAirflowPod(name)) return ctx.workload('Pod', name, 'high');
  // Nextflow's k8s executor runs each task as a bare pod nf-<task hash> (eu/01): a Pending or restarted one otherwise
  // reads as a guess, and its 32 hex digits as nothing a controller writes.
  if (c0 === 110 && isNextflowTask(name)) return ctx.workload('Pod', name, 'high');
  // Gardener's local provider runs each Machine of a shoot as a bare pod machine-<machine> in the shoot's namespace on the
  // seed, and the machine's name starts with that namespace (machine-shoot--local--local-local-68499-nhvjl): its
  // `-<hash>-<5>` is the MachineSet's and the Machine's, no Job's.
  if (c0 === 109 && name.startsWith(GARDENER_MACHINE) && (namespace === null || (name.startsWith(namespace, 8) && name.charCodeAt(8 + namespace.length) === 45))) return ctx.workload('Machine', name.slice(8), 'high');
  // kube-up and kops on AWS run kube-proxy as a static pod: kube-proxy-<EC2 node name>. Its address's last number
  // (`-44`) reads like an ordinal when that node is not in the paste.
  if (c0 === 107 && name.startsWith(EC2_KUBE_PROXY) && EC2_NODE.test(name.slice(EC2_KUBE_PROXY.length - 3))) return ctx.workload('StaticPod', 'kube-proxy', 'high');
  // The others whose node their shape gives (see kubeProxyStaticNode), which those nodes' index now holds: no weaker for it.
  if (c0 === 107 && node === null && kubeProxyStaticNode(name) !== null) return ctx.workload('StaticPod', 'kube-proxy', 'high');
  // The kubelet names a static pod <name>-<its node>: the strongest signal when the node is in the paste.
  const staticBase = staticPodBase(name, node, ctx);
  if (staticBase !== null) {
    const family = staticPodFamily(staticBase);
    const known = ctx.match(staticBase, namespace) ?? (family === null ? undefined : ctx.match(family, namespace));
    // A pod an operator starts on one node and names after it (OpenShift's installer-11-<node>): no controller, no manifest file.
    if (known !== undefined && known.kind === 'Pod') return ctx.workload('Pod', name, 'high');
    return ctx.workload('StaticPod', staticBase, known !== undefined && known.kind === 'StaticPod' ? 'high' : 'medium');
  }
  // RKE2 runs kube-proxy as a static pod since 1.21 (kube-proxy-<node>), where older releases ran a Helm chart's DaemonSet:
  // in a paste that speaks of RKE2, a kube-proxy pod whose tail no generator wrote (oly-rancher-51d, worker-1) and whose
  // row shows no other node is the mirror pod of a node the paste does not list (hunt bq/02, beside the old DaemonSet's pods).
  if (c0 === 107 && ctx.speaksOfRke2 !== undefined && node === null && name.startsWith(KUBE_PROXY) && ((packed & 7) === PLAIN || (packed & 7) === ORDINAL) && nodeNamed(name, KUBE_PROXY.length) && !isMaskedWord(name.slice(KUBE_PROXY.length)) && ctx.speaksOfRke2()) return ctx.workload('StaticPod', 'kube-proxy', 'medium');
  // system-upgrade-controller's upgrade Job on one node (k3s, RKE2): its pods read as anything by their cut names.
  if (c0 === 97 && name.startsWith(SUC_APPLY)) {
    const job = upgradeJobName(name);
    if (job !== null) return ctx.workload('Job', job, job.indexOf(SUC_WITH) > 0 || (namespace !== null && SUC_NAMESPACES.has(namespace)) ? 'high' : 'medium');
  }
  const type = packed & 7;
  const strict = (packed & 8) !== 0;
  if (type === PLAIN) {
    const dc = deployerOf(name);
    if (dc !== null) return ctx.workload('DeploymentConfig', dc, 'high');
    // Sure where the paste is OpenShift's (`oc`): no other project names pods `<x>-<n>-build`.
    if (s2iBuildOf(name) !== null) return ctx.workload('Build', name.slice(0, -6), ctx.openshift === true ? 'high' : 'medium');
  }
  switch (type) {
    case DEPLOYMENT: {
      const end = packed >>> 4;
      const last = name.lastIndexOf('-');
      if (ctx.listed.size > 0) {
        // `get all` listed the Deployment or its ReplicaSet (`<deployment>-<hash>`): no guess left.
        const rs = ctx.listed.get(name.slice(0, last));
        // Or a Job or DaemonSet whose own name ends in what looked like a hash (`job-20211022-152335`).
        if (rs !== undefined && rs !== 'ReplicaSet' && rs !== 'Deployment') return ctx.workload(rs, name.slice(0, last), 'high');
        // A bare ReplicaSet only where the paste would show its Deployment (`get all`, `get deploy`): a `get rs`
        // alone lists ReplicaSets, Deployments' included.
        if (rs === 'ReplicaSet' && ctx.deploymentsShown === true && ctx.listed.get(name.slice(0, end)) !== 'Deployment') return ctx.workload('ReplicaSet', name.slice(0, last), 'high');
        if (rs === 'ReplicaSet' || ctx.listed.get(name.slice(0, end)) === 'Deployment') return ctx.workload('Deployment', name.slice(0, end), 'high');
      }
      // A hash of digits only whose pod ended (`job-1780198147-q9drf  0/1  Completed  0`): the run is the Job's name's.
      // So too, whatever its status, where other rows show such moments close by (see secondsRuns; hunt fd/06).
      if (endedAsJob(name, end + 1, last, status, restarted) || (ctx.secondsRuns === true && secondsStampLike(name, end + 1, last))) return ctx.workload('Job', name.slice(0, last), 'medium');
      // An EMQX's replicant beside its hashed core StatefulSet's pods: the operator's own ReplicaSet (see hashedCores).
      if (ctx.hashedCores !== undefined && end > REPLICANT.length && name.startsWith(REPLICANT, end - REPLICANT.length) && ctx.hashedCores.has(name.slice(0, end - REPLICANT.length))) return ctx.workload('ReplicaSet', name.slice(0, last), 'high');
      // Six letters and digits outside the generator's alphabet before a generated suffix: no pod-template hash (only ever
      // safe-encoded, and six characters long only for a hash under 10^6, 1 in 4,300), but the random part another program
      // named its object with, whose pods are `<object>-<5>`: a Job (LitmusChaos's experiment Jobs `<experiment>-<6 of
      // [a-z0-9]>`, hunt bd/06; Rook's OSD prepare Jobs, named after their PVC). Sure only as far as its end says so.
      if (!strict && last - end - 1 === SIX && allInAlphabet(name, last + 1) && looksRandom(name, end + 1, last) && !allInAlphabet(name, end + 1, last)) {
        return ctx.workload('Job', name.slice(0, last), status !== null && !restarted && ended(status) ? 'medium' : 'low');
      }
      // k3s names its load-balancer DaemonSets svclb-<service>-<8 chars of the service's uid>: an 8-character
      // "hash" under a DaemonSet family is part of the DaemonSet's name (rare for a real hash, so checked rarely).
      if (last - end - 1 === 8) {
        const known = ctx.match(name.slice(0, end), namespace);
        if (known !== undefined && known.kind === 'DaemonSet' && known.prefixes.length > 0) return ctx.workload('DaemonSet', name.slice(0, last), 'high');
      }
      // Random characters no pod-template hash holds, under a Job family the knowledge base knows by its prefix: the Job's own
      // name (mirrord's agent Jobs, mirrord-agent-<10 of [a-z0-9]>, fg). Not where the hash could be one: a Deployment named
      // like a Job family stays a Deployment.
      if (!strict) {
        const job = ctx.match(name.slice(0, last), namespace);
        if (job !== undefined && job.kind === 'Job' && job.prefixes.length > 0) return ctx.workload('Job', name.slice(0, last), 'high');
      }
      // Parts no generator wrote under a name the knowledge base knows as a bare pod's: the pod's own name, escaped
      // (KubeSpawner's jupyter-<user>, `langma@gmail.com` as `langma-40gmail-2ecom`: `-40` the @, `-2e` the dot, hunt cj/27).
      // Not a hash of digits alone: kubectl before 1.8 wrote pod-template hashes in decimal (`kubectl run busybox`'s
      // busybox-2125412808-chxq0, hunt cl/09), which no escaping writes.
      if (!strict && !decimalHash(name, end + 1, last) && ctx.match(name.slice(0, end), namespace)?.kind === 'Pod') return ctx.workload('Pod', name, 'high');
      // A hyphen typed twice before the hash (`hello-node--5f76cf6ccf-br9b5`, a translator's slip in the Ukrainian docs,
      // do/09): no object's name ends in a hyphen, so the Deployment is the name without it, in a row edited by hand.
      if (name.charCodeAt(end - 1) === 45) {
        let cut = end - 1;
        while (cut > 0 && name.charCodeAt(cut - 1) === 45) cut--;
        if (cut > 0) return ctx.workload('Deployment', name.slice(0, cut), 'medium');
      }
      return ctx.workload('Deployment', name.slice(0, end), strict ? 'high' : 'medium');
    }
    case CRONJOB: {
      // k3s's svclb-<service>-<8 hex of its uid>-<5 chars>: a uid of digits only reads like a schedule stamp.
      const known = ctx.match(name.slice(0, packed >>> 4), namespace);
      if (known !== undefined && known.kind === 'DaemonSet' && known.prefixes.length > 0) return ctx.workload('DaemonSet', name.slice(0, name.lastIndexOf('-')), 'high');
      // Beside decimal pod-template hashes (before 1.8), eight or ten digits are one more such hash: CronJobs were
      // alpha then (batch/v2alpha1, off unless enabled).
      // A pod that Completed is its Job's all the same (the CronJob controller named Jobs by the second from 1.5).
      if (ctx.decimalHashes === true && !(!restarted && (status === 'Completed' || status === 'Succeeded'))) return ctx.workload('Deployment', name.slice(0, packed >>> 4), 'medium');
      // cockroach-operator names the Job that checks a CrdbCluster's version `<cluster>-vcheck-<minute>` (Cluster.JobName,
      // retried under a new minute until it succeeds): its own Job, no CronJob's run (hunt be/02).
      if (name.startsWith(VCHECK, (packed >>> 4) - VCHECK.length)) return ctx.workload('Job', name.slice(0, name.lastIndexOf('-')), 'medium');
      return ctx.workload('CronJob', name.slice(0, packed >>> 4), 'medium');
    }
    case FIVE: {
      const base = name.slice(0, packed >>> 4);
      const listed = ctx.listed.size > 0 ? ctx.listed.get(base) : undefined;
      if (listed === 'DaemonSet' || listed === 'Job' || listed === 'ReplicationController' || listed === 'ReplicaSet') return ctx.workload(listed, base, 'high');
      // An Indexed Job names its pods <job>-<completion index>-<5 chars> (JobSet's demo-jobset-workers-0-0-p44m7).
      if (ctx.listed.size > 0) {
        const dash = base.lastIndexOf('-');
        if (dash > 0 && allDigits(base, dash + 1, base.length) && ctx.listed.get(base.slice(0, dash)) === 'Job') return ctx.workload('Job', base.slice(0, dash), 'high');
        // A Deployment the paste lists (`get deployments`), then a hash typed by hand: a ReplicaSet's pod, though the hash
        // is no generator's (a tutorial's rollout-demo-canary-8e5c0d9f6a-xyz78, hex with e, a and 0, hunt cb/15).
        const len = base.length - dash - 1;
        if (dash > 0 && len >= 6 && len <= 10 && (allInAlphabet(base, dash + 1) || looksRandom(base, dash + 1)) && ctx.listed.get(base.slice(0, dash)) === 'Deployment') return ctx.workload('Deployment', base.slice(0, dash), 'high');
      }
      // <dc>-<revision>-<5 chars>: a DeploymentConfig's pod, through its revision's ReplicationController.
      if (ctx.deploymentConfigs.size > 0 || ctx.openshift === true) {
        const dash = base.lastIndexOf('-');
        if (dash > 0 && allDigits(base, dash + 1, base.length) && ctx.deploymentConfigs.has(base.slice(0, dash))) return ctx.workload('DeploymentConfig', base.slice(0, dash), 'high');
        // Another `<name>-<revision>-<5>` where the paste shows DeploymentConfigs at all (OpenShift 3's
        // docker-registry-1-mv79f beside registry-console-1-deploy), or lists pods with `oc`: one too, less surely.
        // Revisions count from 1 (a `-0-` is an index), and `<job>--1-<5>` is a Job's retry.
        if (dash > 0 && dash < base.length - 1 && base.length - dash <= 4 && allDigits(base, dash + 1, base.length) && base.charCodeAt(dash + 1) !== 48 && base.charCodeAt(dash - 1) !== 45) return ctx.workload('DeploymentConfig', base.slice(0, dash), 'medium');
      }
      // After the DeploymentConfigs: `oc scale rc router-1` names a revision's ReplicationController, its DeploymentConfig the owner.
      const named = ctx.named?.get(base);
      if (named !== undefined) return ctx.workload(named, base, ctx.namedByFile?.has(base) === true ? 'medium' : 'high');
      // A pod the paste's own manifest makes (`kind: Pod`, `generateName: kueue-sleep-`): bare, whatever queue holds it.
      if (ctx.generatedPods !== undefined && ctx.generatedPods.has(name.slice(0, name.lastIndexOf('-') + 1))) return ctx.workload('Pod', name, 'high');
      const retry = jobRetryBase(base);
      if (retry !== null) {
        // Kubernetes 1.21-1.22 named Job pods <job>--<n>-<5 chars> (helm-install-traefik--1-m2r2x); a CronJob's job
        // carries its schedule's stamp (image-pruner-27319680--1-tgfvf).
        const stamp = retry.lastIndexOf('-');
        if (stamp > 0 && allDigits(retry, stamp + 1, retry.length) && isScheduleStamp(retry, stamp + 1, retry.length)) return ctx.workload('CronJob', retry.slice(0, stamp), 'medium');
        const job = ctx.match(retry, namespace);
        return ctx.workload('Job', retry, job !== undefined && job.kind === 'Job' ? 'high' : 'medium');
      }
      const known = ctx.match(base, namespace);
      // Velero's data mover pod: its node agent names it after the DataUpload or DataDownload it serves (<backup>-<5>).
      if (known === undefined && veleroDataMover(namespace, status, ctx)) return ctx.workload('Pod', name, 'medium');
      // Or a ReplicaSet an operator makes with no Deployment over it (Rook before 0.9 ran each mon so, rook-ceph-mon0).
      if (known !== undefined && (known.kind === 'DaemonSet' || known.kind === 'Job' || known.kind === 'ReplicaSet')) return ctx.workload(known.kind, base, 'high');
      // A component run either way (kube-vip as a static pod, or as the DaemonSet its manifest generator names kube-vip-ds).
      if (known !== undefined && base.endsWith('-ds')) return ctx.workload('DaemonSet', base, 'high');
      // kube-up's add-ons before Deployments: ReplicationControllers named with their version (kube-dns-v19), or
      // with -rc, as the docs of 2015-2016 named them (wildfly-rc, nginx-ingress-rc).
      // Or one the knowledge base knows as such (minikube's registry add-on; Kubespray's of the same name is a ReplicaSet: medium).
      if ((known !== undefined && (known.kind === 'ReplicationController' || (known.kind === 'Deployment' && VERSIONED.test(base)))) || base.endsWith('-rc')) return ctx.workload('ReplicationController', base, 'medium');
      // So were the other add-ons of those years (kube-ui-v4, monitoring-influxdb-grafana-v3, l7-default-backend-v1.0, hunt
      // da/06, da/08, da/24), in a paste of that time (decimal hashes, suffixes with vowels) with one pod: the DaemonSets of
      // then named so (node-problem-detector-v0.1) ran one on each node.
      if (known === undefined && (ctx.decimalHashes === true || ctx.olderGenerator === true) && VERSIONED.test(base) && (ctx.fiveBaseNodes.get(base) ?? 0) < 2 && (ctx.nodelessPods?.get(base)?.pods ?? 0) < 2) return ctx.workload('ReplicationController', base, 'medium');
      // A ReplicaSet named as one (KodeKloud's replica-set-1, new-replica-set; a tutorial's frontend-rs): the DaemonSet guess
      // below would read its five replicas listed without NODE as one pod per node (hunt bw/11).
      if (known === undefined && (base.endsWith('-rs') || (base.indexOf('replica') >= 0 && RS_NAMED.test(base)))) return ctx.workload('ReplicaSet', base, 'low');
      // Or a ReplicationController named as one (badPods' everything-allowed-exec-replicationcontroller, hunt ca/14).
      if (known === undefined && base.indexOf('replication') >= 0 && RC_NAMED.test(base)) return ctx.workload('ReplicationController', base, 'low');
      // kube-dns itself, unversioned (kube-dns-7rzd7 beside the Deployment's kube-dns-3837651796-dtgdb after an upgrade, hunt
      // bq/05): installers of that time ran it as a ReplicationController named kube-dns (Kubespray's template) before the
      // Deployment, never as a DaemonSet in kube-system. `oc cluster up` (OKD 3.10-3.11) runs a DaemonSet kube-dns in its own namespace.
      if (known !== undefined && base === KUBE_DNS && known.id === KUBE_DNS && ctx.openshift !== true && (namespace === null || namespace === 'kube-system')) return ctx.workload('ReplicationController', base, 'low');
      // An OLM catalog the knowledge base knows in OLM's namespaces (operatorhubio-catalog-7g9db in olm, redhat-operators-
      // in openshift-marketplace): the registry pod OLM's catalog operator runs for that CatalogSource, and makes again if
      // it goes. Medium by the name alone; sure where the paste shows OLM (see operatorOwners).
      if (known !== undefined && known.id === OPERATOR_CATALOG) return ctx.workload('CatalogSource', base, 'medium');
      // A pod some program starts with a generateName (Rancher's helm-operation-, cert-manager's ACME solvers): no controller owns it.
      if (known !== undefined && known.kind === 'Pod') return ctx.workload('Pod', name, 'high');
      // `<release>-test-<randAlphaNum 5 | lower>`: a chart's `helm test` pod (consul-helm's, many of the old stable charts'),
      // a bare Pod its template names, the random part with the vowels and 0, 1, 3 no controller's generator writes (dz/09:
      // consul-consul-test-1klet, Error, no Job's). A Job's test pod has a generated suffix, within the alphabet.
      if (!strict && known === undefined && base.endsWith(HELM_TEST) && ctx.decimalHashes !== true) return ctx.workload('Pod', name, 'medium');
      // The GPU Operator's validation pods: the validator hands them the ClusterPolicy as owner, whose name they do not carry.
      if (known !== undefined && known.kind === 'ClusterPolicy') return ctx.workload('ClusterPolicy', clusterPolicyName(namespace), 'medium');
      // virt-launcher-<vmi>-<5 chars>: the VirtualMachineInstance it carries owns it.
      if (known !== undefined && known.kind === 'VirtualMachineInstance') {
        const prefix = known.prefixes.find((p) => base.startsWith(p) && base.length > p.length);
        if (prefix !== undefined) return ctx.workload('VirtualMachineInstance', base.slice(prefix.length), 'high');
      }
      // etcd-node1, kube-apiserver-k8s-node1 without a NODE column: a node name that happens to be five
      // characters. Generated suffixes never use vowels or 0/1/3, so a suffix outside the alphabet is a node.
      if (!strict || known?.kind === 'StaticPod') {
        const cp = controlPlanePrefix(name);
        // A generated suffix no node of the paste bears (kube-apiserver-5h22s of a self-hosted control plane, bootkube's
        // and OpenShift's 2018 installer's): a DaemonSet's pod, not a static pod on a node of that name. Beside decimal
        // hashes, of the older alphabet too (kube-apiserver-3s476).
        // Beside the generator of before 1.5 (vowels, kube-dns-v11-1943182923-7embo), any five letters and digits (bootkube's
        // kube-apiserver-z6f9e, kube-controller-manager-slia7, hunt da/03).
        const generated = strict || (cp !== null && name.length - cp.length === 6 && ((ctx.decimalHashes === true && inOlderAlphabet(name, cp.length + 1, name.length)) || (ctx.olderGenerator === true && looksRandom(name, cp.length + 1, name.length))));
        if (cp !== null && generated && !ctx.nodes.has(name.slice(cp.length + 1))) return ctx.workload('DaemonSet', cp, 'medium');
        if (cp !== null) return ctx.workload('StaticPod', cp, 'medium');
        // So too another part run either way, known as a static pod (kube-vip): a generated suffix no node of the paste
        // bears is its DaemonSet's pod (kube-vip's Helm chart, kube-vip-g7d2z, hunt df/06), not a mirror pod on node g7d2z.
        if (strict && known?.kind === 'StaticPod' && !ctx.nodes.has(name.slice(base.length + 1))) return ctx.workload('DaemonSet', base, 'medium');
      }
      // Two of its pods ended on one node: a Job's retries, whatever other nodes its pods ran on.
      if (ctx.retried !== undefined && ctx.retried.has(base)) return ctx.workload('Job', base, 'medium');
      // Two of its pods running on one node: a bare ReplicaSet's (KodeKloud's newpods lab), not a DaemonSet's.
      if (ctx.crowded !== undefined && ctx.crowded.has(base) && !(status !== null && ended(status))) return ctx.workload('ReplicaSet', base, 'low');
      // A pod its node refused, and younger ones on other nodes only: replaced elsewhere, as a ReplicaSet does.
      if (ctx.moved !== undefined && ctx.moved.has(base)) return ctx.workload(ctx.movedKind ?? 'ReplicaSet', base, 'low');
      if ((ctx.fiveBaseNodes.get(base) ?? 0) >= 2) return ctx.workload(ctx.beforeDaemonSets === true ? 'ReplicationController' : 'DaemonSet', base, strict ? 'medium' : 'low');
      // minikube's addon manager ran these add-ons from ReplicationControllers (deploy/addons/*-rc.yaml), one pod each
      // (kubernetes-dashboard-lr7v4, heapster-7nnvr, the efk add-on's three: hunt da/11-13).
      if ((namespace === null || namespace === KUBE_SYSTEM) && MINIKUBE_RC_ADDONS.has(base) && (ctx.nodelessPods?.get(base)?.pods ?? 0) < 2 && ctx.minikube?.() === true) return ctx.workload('ReplicationController', base, 'medium');
      // Ended, so a Job's: unless it restarted, which a Job's pod does only under restartPolicy OnFailure and a
      // DaemonSet's or a bare ReplicaSet's does each time (nginx-ingress-njdhg, Error, 4 restarts).
      if (status !== null && ended(status) && !endUnsure) return ctx.workload('Job', base, restarted ? 'low' : 'medium');
      // An init container that failed and was not run again (ONAP's config Jobs' `0/2 Init:Error 0 74m` attempts).
      if (status !== null && !restarted && !endUnsure && endedInit(status)) return ctx.workload('Job', base, 'medium');
      // <x>-<5>-<5>: a pod named after an object a controller named with generateName; no DaemonSet's own name ends in
      // five generated characters (read so, each pod was a DaemonSet of its own). Mostly a Job (KEDA's ScaledJob makes
      // one per event); also a legacy ARC Runner (see operatorOwners) or a Jenkins agent: low.
      if (strict && known === undefined && generatedTwice(base)) {
        // Unless what comes before the generated part is a DaemonSet the knowledge base knows: Gardener names fluent-operator's
        // Fluent Bit fluent-bit-<5 of a hash> (fluent-bit-8259c-s5wnv), a DaemonSet no Job's name repeats.
        if (ctx.match(base.slice(0, -6), namespace)?.kind === 'DaemonSet') return ctx.workload('DaemonSet', base, 'low');
        // Named after a ReplicaSet's pod (`nginx-7bb89ffbfb-55px2-dglzq`): no Job is named so, it is a copy of that pod another
        // program made (Admiralty's delegate pod in a target cluster, owned by a PodChaperon): no owner its name tells.
        if (copiedPod(base)) return ctx.workload('Pod', name, 'low');
        return ctx.workload('Job', base, 'low');
      }
      // One of several runs named `<prefix>-<a word drawn for each>` (KubeBlocks' benchmark Jobs, hunt bj/18): a Job's.
      if (known === undefined && ctx.tokened !== undefined && ctx.tokened.has(base)) return ctx.workload('Job', base, 'low');
      // Held by a scheduling gate: Kueue's (kueue.x-k8s.io/admission), which it puts on the Jobs' and plain pods it queues,
      // never a DaemonSet's; other gates' users (a queue, a quota) hold batch work too (hunt bg/16, bg/17).
      if (status === SCHEDULING_GATED) return ctx.workload('Job', base, 'low');
      // A Deployment the knowledge base knows with a masked suffix alone (`coredns-XXXXX`): a doc that left its
      // pod-template-hash out. A real suffix there is a DaemonSet's (Kubespray runs ingress-nginx-controller so).
      // So too a Deployment named as one (Knative's `<revision>-deployment`, KServe's predictors): `-xxxx` hid its hash and suffix.
      // Before the one-off words below: Kubernetes Goat's build-code-deployment-xxx is no Job for its `build` (hunt ca/09).
      // A stand-in in brackets (`coredns-<random>`, `coredns-[X]`) hides the same.
      if (((known !== undefined && known.kind === 'Deployment') || base.endsWith('-deployment')) && (isMaskedPart(name, base.length + 1, name.length) || isStandIn(name.charCodeAt(base.length + 1)))) return ctx.workload('Deployment', base, 'low');
      // A name that says it is a one-off task (hydra-automigrate, keycloak-init, init-extensions), or a chart's hook
      // named with its chart's version (mimir-make-minio-buckets-5.4.0): a Job's, even while it runs.
      if ((JOB_WORDS.test(base) && !base.endsWith(OVERRIDE_SET_DEFAULT)) || CHART_VERSIONED.test(base) || CHART_VERSIONED_REVISION.test(base)) return ctx.workload('Job', base, 'low');
      // A name of 63 characters whose generateName was cut to 58 right at the dash before the hash: no hash is left,
      // and a Deployment the knowledge base knows is what it was (the GPU Operator's long release names).
      if (known !== undefined && known.kind === 'Deployment' && name.length === MAX_NAME) return ctx.workload('Deployment', base, 'medium');
      // Or cut inside the owner's own name (an operator's child named with a uid, Knative's apiserversource-<source>-<uid>):
      // a generateName of 58 characters or more is far likelier a ReplicaSet's (its Deployment's name, a dash and a hash)
      // than a DaemonSet's own name. The first 58 characters are what is left of the Deployment's name. Not a name of one
      // word: OLM names its bundle-unpack Jobs by a 63-character hash.
      if (known === undefined && name.length === MAX_NAME && base.length === GENERATED_BASE && base.indexOf('-') > 0) return ctx.workload('Deployment', base, 'low');
      // More of its pods than the paste shows nodes, on none of them: replicas, not one pod per node.
      if (ctx.many !== undefined && ctx.many.has(base)) return ctx.workload(ctx.manyKind ?? 'ReplicaSet', base, 'low');
      // One pod where the paste shows three nodes or more by a known DaemonSet's pods: no DaemonSet's either.
      if (ctx.lone !== undefined && ctx.lone.has(base)) return ctx.workload('Job', base, 'low');
      // A placeholder shorter than the generator's five (`dagster-webserver-xxx`, `-*`) stands for whatever the author left
      // out, most often a ReplicaSet's `<hash>-<5>`: nothing in it says DaemonSet. (Course notes' kube-proxy-xxx, a DaemonSet
      // the knowledge base knows, was read above.)
      if (name.length - base.length - 1 < 5 && isMaskedPart(name, base.length + 1, name.length)) return ctx.workload('Deployment', base, 'low');
      // A pod-template hash typed one character too long (a tutorial's `gatekeeper-audit-6699999786d-6n8xt`; a hash has at
      // most 10) behind a Deployment the knowledge base knows there: that Deployment's pod, not a DaemonSet named with a hash.
      if (known === undefined) {
        const dash = base.lastIndexOf('-');
        if (dash > 0 && base.length - dash - 1 === 11 && allInAlphabet(base, dash + 1) && ctx.match(base.slice(0, dash), namespace)?.kind === 'Deployment') return ctx.workload('Deployment', base.slice(0, dash), 'low');
      }
      return ctx.workload(ctx.beforeDaemonSets === true ? 'ReplicationController' : 'DaemonSet', base, 'low');
    }
    case ORDINAL: {
      const base = name.slice(0, packed >>> 4);
      if (ctx.listed.size > 0 && ctx.listed.get(base) === 'StatefulSet') return ctx.workload('StatefulSet', base, 'high');
      const cp = controlPlanePrefix(name);
      const known = ctx.match(base, namespace);
      // Not outside the static pods' namespaces: etcd-druid's etcd-main-0 in a Gardener shoot's (see controlPlaneNodeIn).
      // So too a static-pod family the knowledge base knows by its prefix (etcd-member-<node>): a node's name may end in a
      // number (adahiya-0-master-0), a family's does not.
      if (cp !== null && (known === undefined || (known.kind === 'StaticPod' && known.prefixes.some((p) => base.startsWith(p)))) && staticPodNamespace(namespace)) return ctx.workload('StaticPod', cp, 'medium');
      // A kube-up node's four random characters, digits all (fluentd-elasticsearch-kubernetes-minion-6896, hunt da/23): the
      // static pod of a family the knowledge base knows, on that node.
      if (endsInKubeUpMinion(name)) {
        const family = matchComponent(name, KUBE_SYSTEM);
        const prefix = family?.kind === 'StaticPod' ? family.prefixes.find((p) => name.startsWith(p) && p.charCodeAt(p.length - 1) === 45) : undefined;
        if (prefix !== undefined) return ctx.workload('StaticPod', prefix.slice(0, -1), 'high');
      }
      // Completed without a restart: it ran to its end and stays so, which a StatefulSet's pod (restartPolicy Always) never
      // does; a pod made by hand, numbered (nvshare-tf-matmul-1).
      // So too one that failed and stays so (Error, OOMKilled, no restart long after it started): the StatefulSet
      // controller deletes a failed pod and makes it again at once (dk/06: a Flyte task pod, OOMKilled 0 at 126m).
      const stays = status === 'Completed' || status === 'Succeeded' || (endSettled && (status === 'Error' || status === 'OOMKilled'));
      if (stays && !restarted && known === undefined) return ctx.workload('Pod', name, 'low');
      return ctx.workload('StatefulSet', base, known?.kind === 'StatefulSet' ? 'high' : ctx.lonely !== undefined && ctx.lonely.has(base) ? 'low' : 'medium');
    }
    default: {
      const cp = controlPlanePrefix(name);
      if (cp !== null) {
        // etcd-operator's members (etcd-cluster-9wsmhlqzgp in default, Completed): bare pods of an EtcdCluster, on no
        // node of that name; not the control plane's etcd, nor their "nodes" the paste's.
        if (!staticNodePlausible(name, cp.length + 1, namespace, node, ctx.nodes)) return ctx.workload('Pod', name, 'low');
        return ctx.workload('StaticPod', cp, 'medium');
      }
      // GKE runs kube-proxy as a static pod on each node, not as a DaemonSet: kube-proxy-<node>, and GKE's nodes are gke-*.
      // So do kube-up on GCE (kubernetes-minion-group-012f) and installers that name nodes by their FQDN.
      // So do kops on AWS, whose nodes since 1.27 are named by their instance id (resource-based names, i-<17 hex>).
      if (name.startsWith(GKE_KUBE_PROXY) || (name.startsWith(KUBE_PROXY) && (isKubeProxyNode(name, KUBE_PROXY.length) || isInstanceId(name, KUBE_PROXY.length)))) return ctx.workload('StaticPod', 'kube-proxy', 'high');
      if (ctx.listed.size > 0) {
        // A suffix outside the generator's alphabet (old kubectl, edited pastes) under an owner `get all` listed.
        const last = name.lastIndexOf('-');
        const listed = last > 0 && name.length - last - 1 === 5 && isLowerAlnum(name, last + 1, name.length) ? ctx.listed.get(name.slice(0, last)) : undefined;
        if (listed === 'DaemonSet' || listed === 'Job' || listed === 'ReplicationController' || listed === 'ReplicaSet') return ctx.workload(listed, name.slice(0, last), 'high');
      }
      // The whole name, unique per row: asked directly, not through the paste's memo.
      const known = matchComponent(name, namespace);
      if (known !== undefined && known.kind === 'StaticPod') {
        // kube-addon-manager-minikube: a known static-pod family, its node not in the paste. Sure where the rest reads as
        // a node's name after the family's own (`-<node>`, not a version's `-v`): the kubelet names the mirror pod so, and
        // the node exists (kube-up's fluentd-elasticsearch-<cluster>-minion-3nb5, hunt bi/18).
        const prefix = known.prefixes.find((p) => name.startsWith(p) && name.length > p.length);
        if (prefix !== undefined) return ctx.workload('StaticPod', prefix.slice(0, -1), prefix.charCodeAt(prefix.length - 1) === 45 && nodeNamed(name, prefix.length) ? 'high' : 'medium');
      }
      // A control-plane part the knowledge base knows as run otherwise (cloud-controller-manager, a DaemonSet's on most
      // clouds) named `<part>-<FQDN>`: a static pod's mirror, named after its node (RKE2's), its node not in the paste.
      // No controller writes a dot into a name it generates.
      if (known !== undefined && known.category === 'control-plane' && (known.kind === 'DaemonSet' || known.kind === 'Deployment') && name.indexOf('.') > 0) {
        const prefix = known.prefixes.find((p) => name.startsWith(p) && name.length > p.length + 1);
        const at = prefix === undefined ? -1 : prefix.endsWith('-') ? prefix.length : name.charCodeAt(prefix.length) === 45 ? prefix.length + 1 : -1;
        if (at > 0 && isKubeProxyNode(name, at)) return ctx.workload('StaticPod', name.slice(0, at - 1), 'medium');
      }
      // Longhorn's managers: each pod is one of its custom resources' (the InstanceManager or BackingImageManager of
      // the same name, the ShareManager of the volume it serves, share-manager-<volume>), which longhorn-manager recreates.
      if (known !== undefined && (known.kind === 'InstanceManager' || known.kind === 'BackingImageManager')) return ctx.workload(known.kind, name, 'high');
      if (known !== undefined && known.kind === 'ShareManager' && name.startsWith(SHARE_MANAGER)) return ctx.workload('ShareManager', name.slice(SHARE_MANAGER.length), 'high');
      // ARC's listener pod: its AutoscalingListener, of the same name, owns it (and makes it again if it goes).
      if (known !== undefined && known.kind === 'AutoscalingListener') return ctx.workload('AutoscalingListener', name, 'high');
      // `<name>-<IPv4>`: a static pod on a node named by its address, as OKE's and IKS's are (proxymux-client-10.0.10.2),
      // its node not in the paste. No controller names its pods with an address.
      if (known === undefined && isDigit(name.charCodeAt(name.length - 1))) {
        const dash = name.lastIndexOf('-');
        if (dash > 0 && isIpv4(name.slice(dash + 1))) return ctx.workload('StaticPod', name.slice(0, dash), 'medium');
      }
      // ECK before 1.0 ran each Elasticsearch node as a pod of its own, not a StatefulSet's (hunt co/07, co/26).
      if (known === undefined) {
        const es = eckPodCluster(name);
        if (es !== null) return ctx.workload('Elasticsearch', es, 'medium');
      }
      // `kubeflow-trainer-controller-manager-788ff8cfd9`: a ReplicaSet's name, its pod's suffix cut off by the author,
      // where the knowledge base knows the Deployment before the hash. A guess.
      if (known === undefined) {
        const deployment = replicaSetDeployment(name);
        if (deployment !== null && looksRandom(name, deployment.length + 1) && ctx.match(deployment, namespace)?.kind === 'Deployment') return ctx.workload('Deployment', deployment, 'low');
      }
      // A DaemonSet named as one, its pod's suffix cut short (MindX DL's ascend-device-plugin-daemonset-910-lq, hunt cj/21):
      // that DaemonSet's pod, a guess, as its `-<5>` would have read.
      if (known === undefined && name.indexOf('daemon') > 0) {
        const daemonSet = cutDaemonSetPod(name);
        if (daemonSet !== null) return ctx.workload('DaemonSet', daemonSet, 'low');
      }
      return ctx.workload('Pod', name, known !== undefined && known.kind === 'Pod' ? 'high' : 'low');
    }
  }
}

const DS_NAMED = /(?:^|-)daemon-?sets?(?:-|$)/;

/** `<x>-daemonset[-<y>]-<1 to 4 letters and digits>`: the DaemonSet before the cut suffix, else null. */
function cutDaemonSetPod(name: string): string | null {
  const last = name.lastIndexOf('-');
  const tail = name.length - last - 1;
  if (last <= 0 || tail < 1 || tail > 4 || !isLowerAlnum(name, last + 1, name.length) || allDigits(name, last + 1, name.length)) return null;
  const base = name.slice(0, last);
  return DS_NAMED.test(base) ? base : null;
}

/** A pod vCluster synced from its virtual cluster: the pod's own name and namespace there, and the vCluster's name. */
export interface SyncedName {
  pod: string;
  /** Null where vCluster's cut of a long host name (see syncedName) took some of it. */
  namespace: string | null;
  /** Null where vCluster's cut took it. */
  vcluster: string | null;
}

/**
 * What vCluster's host name for a synced pod says, `<pod>-x-<namespace>-x-<vcluster>`, else null: the owner and the
 * component are read from the virtual pod's name, never from the vCluster's (`vcluster-1` is no StatefulSet's ordinal).
 *
 * @example
 * syncedName('coredns-cb89b564-fj6nx-x-kube-system-x-vcluster-1') // { pod: 'coredns-cb89b564-fj6nx', namespace: 'kube-system', vcluster: 'vcluster-1' }
 */
export function syncedName(name: string): SyncedName | null {
  // vCluster cuts a host name over 63 characters to its first 52, a dash and 10 hex digits of a hash (SafeConcatName):
  // a long pod name leaves room for its first -x- only, the namespace and the vCluster's name cut off, but what is
  // before that -x- is still the virtual pod's whole name. The marker may end in the dash the cut adds (`-x-c77b6caaae`).
  const cut = name.length === MAX_NAME && name.charCodeAt(CUT_KEPT) === 45 && isLowerHex(name, CUT_KEPT + 1, MAX_NAME);
  const end = cut ? CUT_KEPT : name.length;
  const second = name.lastIndexOf(SYNCED, cut ? end - 2 : end - 3);
  if (second <= 0) return null;
  const first = name.lastIndexOf(SYNCED, second - 1);
  // A namespace is one DNS label: no dots, no dash at either end.
  if (first > 0 && second - first - 3 >= 1 && (cut || second + 3 < end) && isLowerAlnum(name, first + 3, first + 4) && isLowerAlnum(name, second - 1, second) && labelChars(name, first + 3, second)) {
    return { pod: name.slice(0, first), namespace: name.slice(first + 3, second), vcluster: cut ? null : name.slice(second + 3) };
  }
  if (cut && isLowerAlnum(name, second - 1, second)) return { pod: name.slice(0, second), namespace: null, vcluster: null };
  return null;
}

/** What vCluster keeps of a host name it cuts, before its dash and hash. */
const CUT_KEPT = 52;

function labelChars(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 45 && !isNodeChar(c)) return false;
  }
  return true;
}

const SYNCED = '-x-';

/** Whether `base` ends in `-<5 generated characters>` (the part before a pod's own suffix was generated too). */
export function generatedTwice(base: string): boolean {
  return base.length > 6 && base.charCodeAt(base.length - 6) === 45 && allInAlphabet(base, base.length - 5);
}

/**
 * Whether a `<base>-<5>` pod's base is itself a ReplicaSet's pod's name (`<deployment>-<hash>-<5>`, the generator's
 * alphabet throughout): a copy of that pod under a generateName of its name, as Admiralty names the delegate pod of a proxy pod.
 */
export function copiedPod(base: string): boolean {
  return (packedShape(base) & 15) === (DEPLOYMENT | 8);
}

/** The namespace OpenShift's docs install the GPU Operator in, from OperatorHub. */
const OPENSHIFT_GPU_OPERATOR = 'nvidia-gpu-operator';

/**
 * The GPU Operator's ClusterPolicy, which its pods' names never carry: the operator heeds one a cluster, and each install
 * names it by default, OperatorHub's form (OpenShift) gpu-cluster-policy, the Helm chart cluster-policy.
 */
function clusterPolicyName(namespace: string | null): string {
  return namespace === OPENSHIFT_GPU_OPERATOR ? 'gpu-cluster-policy' : 'cluster-policy';
}

/** What Longhorn puts before a volume's name (`pvc-<uid>`) to name its share manager's pod. */
const SHARE_MANAGER = 'share-manager-';

const SUC_APPLY = 'apply-';
const SUC_ON = '-on-';
const SUC_WITH = '-with-';
/** Where system-upgrade-controller runs its Plans' Jobs: its own manifest's namespace, Rancher's, k3OS's. */
const SUC_NAMESPACES: ReadonlySet<string> = new Set(['system-upgrade', 'cattle-system', 'k3os-system']);

/**
 * The Job whose pod this is when system-upgrade-controller made it, else null. It names the Job of a Plan on a node
 * apply-<plan>-on-<node>-with-<plan's hash> cut by SafeConcatName to its first 57 characters, a dash and 5 hex digits
 * of a hash of the whole (56 and 6 where the 57th is a dash); the hash alone is 56 characters, so every name is cut.
 * The apiserver cuts the pod's generateName (the Job's name and a dash) to 58: the pod is `<first 57>-<5 random>`, or
 * `<first 56>-<1 hex digit><5 random>`. What it keeps of the Job's name is returned: the hash after it is lost.
 *
 * @example
 * upgradeJobName('apply-k3s-master-plan-on-ip-172-31-5-148-with-dd89bc30f01-smcrf') // 'apply-k3s-master-plan-on-ip-172-31-5-148-with-dd89bc30f01'
 */
export function upgradeJobName(name: string): string | null {
  if (!name.startsWith(SUC_APPLY)) return null;
  const on = name.indexOf(SUC_ON, SUC_APPLY.length);
  const last = name.lastIndexOf('-');
  if (on < 0 || last <= on + SUC_ON.length || !isLowerAlnum(name, last + 1, name.length)) return null;
  const tail = name.length - last - 1;
  // `-<5>` after a Job's name: a name not cut (older releases' shorter hashes) says so by `-with-`; a cut one has 63 characters.
  if (tail === 5) return name.length === MAX_NAME || name.lastIndexOf(SUC_WITH, last) > on ? name.slice(0, last) : null;
  return tail === 6 && name.length === MAX_NAME ? name.slice(0, last) : null;
}

/** `helm-install-traefik` of `helm-install-traefik--1`, else null. */
function jobRetryBase(base: string): string | null {
  const dd = base.lastIndexOf('--');
  if (dd <= 0 || dd + 2 >= base.length || !allDigits(base, dd + 2)) return null;
  return base.slice(0, dd);
}

function staticPodBase(name: string, node: string | null, ctx: FastOwnerContext): string | null {
  if (node !== null && name.length > node.length + 1 && name.endsWith(node) && name.charCodeAt(name.length - node.length - 1) === 45) {
    return name.slice(0, name.length - node.length - 1);
  }
  const nodes = ctx.nodes;
  if (nodes.size === 0 || (node !== null && nodes.has(node))) return null;
  // A static pod whose row lacks NODE (default columns): any node of the paste will do, the first seen
  // winning. By the name's dashes (a few lookups), not by every node (rows x nodes).
  const index = ctx.nodeIndex;
  if (index !== null) {
    let best = -1;
    let bestAt = Infinity;
    let candidates = 0;
    for (let d = name.indexOf('-', 1); d > 0; d = name.indexOf('-', d + 1)) {
      if (d === name.length - 1) break;
      const at = index.get(name.slice(d + 1));
      if (at === undefined) continue;
      candidates++;
      if (at < bestAt) {
        bestAt = at;
        best = d;
      }
    }
    // Two node names the name ends in (`etcd-ip-x` with nodes `ip-x` and `x`): the split that leaves a known
    // component (`etcd`) before the node.
    if (candidates > 1) {
      for (let d = name.indexOf('-', 1); d > 0; d = name.indexOf('-', d + 1)) {
        if (index.has(name.slice(d + 1)) && ctx.match(name.slice(0, d), null) !== undefined) return name.slice(0, d);
      }
    }
    return best < 0 ? null : name.slice(0, best);
  }
  for (const n of nodes.keys()) {
    if (name.length > n.length + 1 && name.endsWith(n) && name[name.length - n.length - 1] === '-') return name.slice(0, name.length - n.length - 1);
  }
  return null;
}

/** A base that names itself a ReplicaSet: `replicaset` or `replica-set` as a word of it (`-rs` at its end is checked apart). */
const RS_NAMED = /(?:^|-)replica-?sets?(?:-|$)/;
/** A base that names itself a ReplicationController: `replicationcontroller` or `replication-controller` as a word of it. */
const RC_NAMED = /(?:^|-)replication-?controllers?(?:-|$)/;

/** A name ending in a version (`kube-dns-v19`, `heapster-v1.2.0`). */
const VERSIONED = /-v\d+(?:\.\d+)*$/;

/** Whether a name ends in a version (`heapster-v1.0.2`), as kube-up's add-ons' ReplicationControllers were named. */
export function versionedName(name: string): boolean {
  return VERSIONED.test(name);
}

const GKE_KUBE_PROXY = 'kube-proxy-gke-';
const KUBE_PROXY = 'kube-proxy-';
const KUBE_DNS = 'kube-dns';

/**
 * Whether `name` from `from` on is a node's name as a kube-proxy static pod carries it, where no NODE column shows the
 * node: an FQDN or an address (`node1.example.com`: a DaemonSet's pod has no dot), or a kube-up node on GCE
 * (`kubernetes-minion-group-012f`, `kubernetes-master`). Only names whose shape reads as no workload's reach here.
 */
function isKubeProxyNode(name: string, from: number): boolean {
  if (name.length - from < 3 || !nodeNamed(name, from) || name.indexOf('..', from) >= 0) return false;
  return name.indexOf('.', from) >= 0 || name.indexOf(KUBE_UP_MINIONS, from) > from || name.endsWith(KUBE_UP_MASTER);
}

/** Whether `name` from `from` on can be a node's name: letters, digits, dashes and dots, a letter or digit at each end, no version (`v1.2`). */
function nodeNamed(name: string, from: number): boolean {
  const n = name.length;
  if (n - from < 2 || !isNodeChar(name.charCodeAt(from)) || !isNodeChar(name.charCodeAt(n - 1))) return false;
  if (name.charCodeAt(from) === 118 && isDigit(name.charCodeAt(from + 1))) return false;
  for (let i = from + 1; i < n - 1; i++) {
    const c = name.charCodeAt(i);
    if (c !== 45 && c !== 46 && !isNodeChar(c)) return false;
  }
  return true;
}

/**
 * Whether `name` from `from` on is an EC2 instance id as AWS's resource-based host names use it (`i-0b568d75ecb3153d0`):
 * `i-` and 17 hex digits, which no controller's generated part matches (no 0, 1 or 3 in its alphabet, at most 10 long).
 */
function isInstanceId(name: string, from: number): boolean {
  return name.length - from === INSTANCE_ID && name.charCodeAt(from) === 105 && name.charCodeAt(from + 1) === 45 && isLowerHex(name, from + 2, name.length);
}
/** `i-` and the 17 hex digits of an EC2 instance id. */
const INSTANCE_ID = 19;

function isNodeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** kube-up on GCE names nodes <prefix>-minion-group-<4 chars> and <prefix>-master. */
const KUBE_UP_MINIONS = '-minion-group-';
const KUBE_UP_MASTER = '-master';
const EC2_KUBE_PROXY = 'kube-proxy-ip-';
/** An EC2 private DNS name, as AWS names nodes: ip-10-0-3-44, ip-10-0-3-44.ec2.internal. */
const EC2_NODE = /^ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}(?:\.[a-z0-9][-a-z0-9.]*)?$/;
const GUARD = '-guard-';
/** A Gardener shoot's Machine's pod (see ownerOf): `machine-` and a shoot namespace's start. */
const GARDENER_MACHINE = 'machine-shoot--';
// The project's id and the slot written as x's where a guide hides them (runner-xxxxx-project-x-concurrent-0-xxxxx, es/10).
const GITLAB_JOB_POD = /^runner-[a-z0-9]{1,16}-project-(?:[0-9]+|x+)-concurrent-(?:[0-9]+|x+)-[a-z0-9]+$/;
/** The uuid4 hex Airflow 2.0-2.2's make_unique_pod_id puts after a dot: the whole pod name's last 33 characters. */
const AIRFLOW_POD_ID = /\.[0-9a-f]{32}$/;

/** Nextflow's task pod: `nf-` and the task's 128-bit hash in hex (K8sTaskHandler's getSyntheticPodName). */
const NEXTFLOW_TASK = /^nf-[0-9a-f]{32}$/;
export function isNextflowTask(name: string): boolean {
  return name.length === 35 && NEXTFLOW_TASK.test(name);
}
/** An Airflow task pod's name (see {@link AIRFLOW_POD_ID}): something before the dot, the uuid after it. */
export function isAirflowPod(name: string): boolean {
  return name.length > 33 && name.charCodeAt(name.length - 33) === 46 && AIRFLOW_POD_ID.test(name);
}
const GUARD_POD = /^(?:kube-apiserver|kube-controller-manager|openshift-kube-scheduler|kube-scheduler|etcd)-guard-./;

/** The control plane's static pods' name prefixes: `kube-apiserver-<anything>` is a kubeadm static pod even when its node is not in the paste. */
const CONTROL_PLANE_PREFIXES = [...CONTROL_PLANE_IDS].map((id) => [id, `${id}-`] as const);

/**
 * The node a kubeadm control-plane static pod names (`kube-apiserver-node2` -> `node2`), else null.
 *
 * @example
 * controlPlaneNode('kube-apiserver-master1') // 'master1'
 */
export function controlPlaneNode(name: string): string | null {
  const id = controlPlanePrefix(name);
  // etcd-server-<rest> is kops's (or kube-up's) main etcd on node <rest>, or kubeadm's etcd on a node named
  // server-<rest>: the paste's other control-plane pods (kube-apiserver-<node>) name the node instead.
  if (id === 'etcd' && name.startsWith(KOPS_ETCD)) return null;
  if (id === null) return null;
  // kube-controller-manager-bbfdb8869-hmq2v is a Deployment's pod (Karmada runs its control plane that way), and so
  // are etcd-operator-5c6d58b8d-rgb58 and etcd-quorum-guard-6f8b9c7d5c-4lzkd (OpenShift's), a CronJob's
  // etcd-backup-27890340-2xv9k: no static pod on a node named after their generated parts.
  const packed = packedShape(name);
  const type = packed & 7;
  if ((type === DEPLOYMENT && (packed & 8) !== 0) || type === CRONJOB) return null;
  // The same with a decimal pod-template hash (before 1.8): bootkube's kube-controller-manager-439902065-h5ngz.
  if (type === DEPLOYMENT && allDigits(name, (packed >>> 4) + 1, name.lastIndexOf('-'))) return null;
  // A ReplicaSet's pod whose generateName the apiserver cut to 58 characters (see packedShape): the etcd-operator chart's
  // etcd-operator-etcd-operator-etcd-backup-operator-7978f8bc44cbvl, no etcd on a node named operator-...-7978f8bc44cbvl.
  if (type === DEPLOYMENT && name.length === MAX_NAME && name.charCodeAt(MAX_NAME - 6) !== 45) return null;
  // A name the paste cut there (`kube-apiserver-...`, `etcd-…`): a node's name starts with a letter or a digit.
  const c = name.charCodeAt(id.length + 1);
  if (c === 46 || c === 0x2026) return null;
  return name.slice(id.length + 1);
}

/**
 * {@link controlPlaneNode} for a row in `namespace`: null where the rest is ordinal-shaped (`main-0`) and the namespace is
 * none the kubelet's control-plane static pods run in. etcd-druid runs each Gardener shoot's etcd as the StatefulSets
 * etcd-main and etcd-events in the shoot's namespace (etcd-main-0): read as a static pod, main-0 became a node.
 *
 * @example
 * controlPlaneNodeIn('etcd-main-0', 'shoot--local--local') // null
 * controlPlaneNodeIn('etcd-master-0', 'kube-system') // 'master-0'
 */
export function controlPlaneNodeIn(name: string, namespace: string | null, shown: string | null = null): string | null {
  const node = controlPlaneNode(name);
  if (node === null || !staticNodePlausible(name, name.length - node.length, namespace, shown, NO_NODES)) return null;
  return !staticPodNamespace(namespace) && (packedShape(name) & 7) === ORDINAL ? null : node;
}

const NO_NODES: ReadonlySet<string> = new Set();

/**
 * Whether `name.slice(from)` can be the node a control-plane static pod's name ends in. Not ten characters of the name
 * generator's alphabet at its end: etcd-operator names an EtcdCluster's members `<cluster>-<10 random>` (etcd-fbwmh625km,
 * etcd-cluster-9wsmhlqzgp), and a node's name is no such run (a vowel, a 0, 1 or 3 would break it). Nor, outside the
 * namespaces static pods run in, a pod whose row shows another node: the kubelet names its mirror pod after its own.
 */
function staticNodePlausible(name: string, from: number, namespace: string | null, shown: string | null, nodes: ReadonlySet<string> | ReadonlyMap<string, number>): boolean {
  const dash = name.lastIndexOf('-');
  if (name.length - dash - 1 === MEMBER_SUFFIX && dash >= from - 1 && allInAlphabet(name, dash + 1)) return false;
  if (shown === null || staticPodNamespace(namespace)) return true;
  const rest = name.slice(from);
  return rest === shown || nodes.has(rest);
}

/** The random part etcd-operator gives each member's name (k8s.io/apimachinery's rand.String(10)). */
const MEMBER_SUFFIX = 10;

/** Where control-plane static pods run: kube-system (kubeadm and the like), OpenShift's openshift-etcd and the rest; unknown where none is shown. */
function staticPodNamespace(namespace: string | null): boolean {
  return namespace === null || namespace === 'kube-system' || namespace.startsWith('openshift-');
}

/**
 * Whether a name's part is five characters of the generator's alphabet (`5h22s`): a generated suffix more likely than a
 * node. `older`: of older releases' alphabet too, which still had 0, 1 and 3 (bootkube's kube-apiserver-3s476).
 */
export function isGeneratedFive(part: string, older = false): boolean {
  return part.length === 5 && (older ? inOlderAlphabet(part, 0, 5) : allInAlphabet(part));
}

/** Whether a name's part is five letters and digits both, as the generator before Kubernetes 1.5 wrote them (`z6f9e`, `slia7`). */
export function isOldestGeneratedFive(part: string): boolean {
  return part.length === 5 && looksRandom(part);
}

/** The generator's alphabet before 0, 1 and 3 were dropped (vowels already gone): `kube-proxy-pkw0g`, `kube-dns-...-zp3d0`. */
function inOlderAlphabet(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 48 || c === 49 || c === 51 || inAlphabet(c))) return false;
  }
  return true;
}

/** Static pods other than the control plane's that run on every node, named `<prefix><node>`. */
// Sealos 3 (then sealyun/sealos) named its lvscare static pod kube-sealyun-lvscare-<node>; Sealos 4 kube-sealos-lvscare-<node> (dl/19).
const NODE_STATIC_PREFIXES = ['nginx-proxy-', 'yurt-hub-', 'kube-vip-', 'kube-sealos-lvscare-', 'kube-sealyun-lvscare-', 'kube-apiserver-proxy-'] as const;
/**
 * HyperShift's static pod on each worker of a hosted cluster (/etc/kubernetes/manifests/kube-apiserver-proxy.yaml): an
 * haproxy that forwards the `kubernetes` Service's address to the hosted API server, which runs in the management cluster.
 */
const KUBE_APISERVER_PROXY = 'kube-apiserver-proxy-';

/**
 * The node a per-node static pod names (`nginx-proxy-k8s-node4` -> `k8s-node4`: Kubespray's API load balancer;
 * `yurt-hub-kind-worker` -> `kind-worker`: OpenYurt's node hub; `kube-vip-cp1`; Sealos's `kube-sealos-lvscare-node1`; HyperShift's
 * `kube-apiserver-proxy-kv-00-5rtt6`), in kube-system or where the
 * namespace is not shown, else null. Not where the rest is a generated suffix (`kube-vip-ds-x7k2p`, a DaemonSet's;
 * `kube-vip-cloud-provider-7d9f8b6c5-x2k9p`, a Deployment's).
 *
 * @example
 * nodeStaticPodNode('nginx-proxy-k8s-node4', 'kube-system') // 'k8s-node4'
 */
export function nodeStaticPodNode(name: string, namespace: string | null): string | null {
  const c = name.charCodeAt(0);
  if ((c !== 110 && c !== 121 && c !== 107) || (namespace !== null && namespace !== 'kube-system')) return null;
  for (const prefix of NODE_STATIC_PREFIXES) {
    if (!name.startsWith(prefix) || name.length <= prefix.length + 1) continue;
    const shape = packedShape(name) & 7;
    // A 5-character tail is a DaemonSet's only in the generator's alphabet: `node4` has vowels, so it is a node's name.
    // HyperShift's nodes are a NodePool's Machines, `<pool>-<5>` (kv-00-5rtt6): after its proxy's prefix only a bare five
    // reads as a DaemonSet's pod (no DaemonSet is named kube-apiserver-proxy-<pool>).
    if (shape === DEPLOYMENT || (shape === FIVE && allInAlphabet(name, name.length - 5) && !(prefix === KUBE_APISERVER_PROXY && name.length > prefix.length + 6))) return null;
    return name.slice(prefix.length);
  }
  return null;
}

/**
 * The node a kube-proxy static pod names where its shape says so (`kube-proxy-kubernetes-minion-group-3s5i` on GCE,
 * `kube-proxy-ip-10-0-3-44.ec2.internal`, `kube-proxy-gke-...`, `kube-proxy-i-0b568d75ecb3153d0`), else null: the same
 * nodes carry the other per-node static pods of kube-up (fluentd-cloud-logging-<node>, hunt da/24).
 */
export function kubeProxyStaticNode(name: string): string | null {
  if (name.charCodeAt(0) !== 107 || !name.startsWith(KUBE_PROXY)) return null;
  const from = KUBE_PROXY.length;
  if (name.startsWith(GKE_KUBE_PROXY) || isKubeProxyNode(name, from) || isInstanceId(name, from) || (name.startsWith(EC2_KUBE_PROXY) && EC2_NODE.test(name.slice(from)))) return name.slice(from);
  return null;
}

/**
 * Whether a name ends in a kube-up node on GCE of before 1.2 or after (`-minion-1rtv`, `-minion-group-3s5i`: four random
 * letters and digits of the instance group), so that a tail of four digits there (`kubernetes-minion-6896`) is no ordinal.
 */
function endsInKubeUpMinion(name: string): boolean {
  const n = name.length;
  if (n < 13 || name.charCodeAt(n - 5) !== 45 || !isLowerAlnum(name, n - 4, n)) return false;
  return name.startsWith(KUBE_UP_MINION, n - 5 - KUBE_UP_MINION.length) || name.startsWith(KUBE_UP_MINIONS, n - 4 - KUBE_UP_MINIONS.length);
}
const KUBE_UP_MINION = '-minion';
/** minikube's add-ons its addon manager ran as ReplicationControllers (before its dashboard became a Deployment, in 2018). */
const MINIKUBE_RC_ADDONS: ReadonlySet<string> = new Set(['kubernetes-dashboard', 'heapster', 'elasticsearch-logging', 'fluentd-es', 'kibana-logging']);
const KUBE_SYSTEM = 'kube-system';

/** kops and kube-up name their etcd static pods etcd-server-<node> and etcd-server-events-<node> (a second etcd, for events). */
const KOPS_ETCD = 'etcd-server-';
const KOPS_ETCD_EVENTS = 'etcd-server-events-';
/** The prefixes of kops's etcd-manager static pods (see ETCD_MANAGERS), and what they share. */
const KOPS_ETCD_MANAGERS = ETCD_MANAGERS.map((n) => `${n}-`);
const ETCD_MANAGER = 'etcd-manager-';
/** OpenShift 4.1-4.3's etcd static pod (the machine-config operator's etcd-member.yaml), etcd-member-<node>, until 4.4's etcd-<node>. */
const ETCD_MEMBER_POD = 'etcd-member';
const ETCD_MEMBER = 'etcd-member-';

/**
 * The control-plane component a static pod of that name is, where its name is not the component's own (`etcd-member`:
 * etcd), else null: the knowledge base need not know each installer's name for it.
 *
 * @example
 * staticPodFamily('etcd-member') // 'etcd'
 */
export function staticPodFamily(name: string): string | null {
  return name === ETCD_MEMBER_POD ? 'etcd' : null;
}

function controlPlanePrefix(name: string): string | null {
  const c = name.charCodeAt(0);
  if (c !== 101 && c !== 107) return null;
  // No node is named server-events-<...>: the events etcd's own static pod name, so that it is told from the main etcd.
  if (name.startsWith(KOPS_ETCD_EVENTS) && name.length > KOPS_ETCD_EVENTS.length) return KOPS_ETCD_EVENTS.slice(0, -1);
  // Nor manager-main-<...>: read as etcd-<node>, each etcd-manager pod made a node of its own (hunt bf/04, bf/11).
  if (name.startsWith(ETCD_MANAGER)) {
    for (const prefix of KOPS_ETCD_MANAGERS) if (name.startsWith(prefix) && name.length > prefix.length) return prefix.slice(0, -1);
  }
  // Nor member-<...>: OpenShift 4.1-4.3 ran etcd as the static pod etcd-member (hunt bl/06, bl/30).
  if (name.startsWith(ETCD_MEMBER) && name.length > ETCD_MEMBER.length) return ETCD_MEMBER_POD;
  // Nor proxy-<...>: HyperShift's haproxy on each worker of a hosted cluster, kube-apiserver-proxy-<node> (hunt br/05),
  // is no API server and its node no control plane's (see nodeStaticPodNode). A node truly named proxy-<x> that the NODE
  // column shows still makes kube-apiserver-proxy-<x> kube-apiserver's (staticPodBase comes first).
  if (c === 107 && name.startsWith(KUBE_APISERVER_PROXY)) return null;
  for (const [id, withDash] of CONTROL_PLANE_PREFIXES) {
    if (name.startsWith(withDash) && name.length > withDash.length) return id;
  }
  return null;
}

/** CloudNativePG's job pods: `<cluster>-<instance>-<purpose>-<5>` (bootstrap, join, recovery, import). */
const CNPG_JOB = /^([a-z0-9][-a-z0-9]*?)-(\d+)-(?:initdb|join|full-recovery|snapshot-recovery|pgbasebackup|import|major-upgrade)-[a-z0-9]{5}$/;

/**
 * The CloudNativePG cluster a job pod of its operator names (`pg-main-1-initdb-9jz2l` -> `pg-main`), else null.
 * The operator runs each instance as a pod of its own (`<cluster>-<n>`, no StatefulSet) and bootstraps it with
 * such a Job.
 *
 * @example
 * cnpgJobCluster('cluster-example-2-join-rn5xv') // 'cluster-example'
 */
export function cnpgJobCluster(name: string): string | null {
  const m = CNPG_JOB.exec(name);
  return m === null ? null : (m[1] as string);
}

/**
 * The TaskRun a Tekton pod runs for: `<taskrun>-pod` (Tekton 0.21 and later), `<taskrun>-pod-<5>` (before) or
 * `<taskrun>-pod-<6 hex>` (the first releases),
 * else null. Only where the paste shows Tekton is in use: plenty of hand-made pods end in `-pod`. Sure when the
 * name has a generated part (the older tail, or a run's `-<5>` from generateName); `nginx-pod` may be anyone's.
 *
 * @example
 * tektonTaskRun('build-run-8xk2p-fetch-source-pod') // { name: 'build-run-8xk2p-fetch-source', sure: true }
 */
export function tektonTaskRun(name: string): { name: string; sure: boolean } | null {
  if (name.endsWith('-pod') && name.length > 4) {
    const run = name.slice(0, -4);
    return { name: run, sure: hasGeneratedPart(run) || hasHexId(run) };
  }
  const dash = name.length - 6;
  if (dash > 4 && name.charCodeAt(dash) === 45 && name.startsWith('-pod', dash - 4) && allInAlphabet(name, dash + 1)) return { name: name.slice(0, dash - 4), sure: true };
  // Tekton's first releases (Jenkins X serverless, 2019): `<taskrun>-pod-<3 random bytes in hex>` (dt/10).
  const hex = name.length - 7;
  if (hex > 4 && name.charCodeAt(hex) === 45 && name.startsWith('-pod', hex - 4) && isLowerHex(name, hex + 1, name.length)) return { name: name.slice(0, hex - 4), sure: true };
  return null;
}

/**
 * Whether a name ends as a Tekton TaskRun's pod may (`-pod`, or the first releases' `-pod-<6 hex>`): a cheap test before
 * {@link tektonTaskRun}, on every bare pod's name.
 */
export function tektonPodTail(name: string): boolean {
  return name.endsWith('-pod') || (name.length > 11 && name.startsWith('-pod-', name.length - 11));
}

const HEX_ID = 8;

/**
 * Whether a dash-separated part of `name` is 8 hex characters, digits and letters both: a short UUID or hash a tool names its
 * runs with (kagenti's PipelineRun research-agent-183740ed, hunt cq/22), as no word or number is.
 */
function hasHexId(name: string): boolean {
  for (let end = name.length; end > 0; ) {
    const start = name.lastIndexOf('-', end - 1);
    if (end - start - 1 === HEX_ID && hexWithDigitAndLetter(name, start + 1, end)) return true;
    if (start <= 0) return false;
    end = start;
  }
  return false;
}

function hexWithDigitAndLetter(s: string, from: number, to: number): boolean {
  let digit = false;
  let letter = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c >= 97 && c <= 102) letter = true;
    else return false;
  }
  return digit && letter;
}

/** Whether a dash-separated part of `name` is 5 characters of the name generator's alphabet (`build-8xk2p-x`). */
function hasGeneratedPart(name: string): boolean {
  return generatedPartEnd(name, name.length) >= 0;
}

/**
 * Where the last dash-separated part of `name.slice(0, before)` that is 5 characters of the name generator's
 * alphabet ends (`steps-4bvl9-hello` -> 11), else -1. `before` is the string's end or a dash.
 */
function generatedPartEnd(name: string, before: number): number {
  for (let end = before; end > 0; ) {
    const start = name.lastIndexOf('-', end - 1);
    if (end - start - 1 === 5 && allInAlphabet(name, start + 1, end)) return end;
    if (start <= 0) return -1;
    end = start;
  }
  return -1;
}

/**
 * The Argo Workflow a pod runs a step of: its name ends in the node's numeric id (`<workflow>-<id>`, or
 * `<workflow>-<template>-<id>` since Argo 3.4). The workflow's name is read up to its last generated part
 * (`steps-4bvl9-hello-1469234567` -> `steps-4bvl9`, sure); without one, the name less the id (`my-wf-1469234567`
 * -> `my-wf`), which may still hold a template's name: not sure. Null for other names.
 *
 * @example
 * argoWorkflow('dag-diamond-8q7vp-echo-3958201746') // { name: 'dag-diamond-8q7vp', sure: true }
 */
export function argoWorkflow(name: string): { name: string; sure: boolean } | null {
  const last = name.lastIndexOf('-');
  // An FNV-32 hash printed in decimal: up to 10 digits, rarely fewer than 7.
  if (last <= 0 || name.length - last - 1 < 6 || name.length - last - 1 > 10 || !allDigits(name, last + 1)) return null;
  // The workflow's own name is the part before its id at least: a generated part at its very start is no sign.
  const end = generatedPartEnd(name, last);
  return end > 5 ? { name: name.slice(0, end), sure: true } : { name: name.slice(0, last), sure: false };
}

/** Spark's executor pods: `<prefix>-exec-<id>`, ids counting from 1. */
const SPARK_EXECUTOR = /^(.+)-exec-[1-9]\d{0,5}$/;

/**
 * The resource prefix of a Spark executor pod (`spark-pi-9c7ec571d23c8a26-exec-2` -> `spark-pi-9c7ec571d23c8a26`),
 * else null. The driver creates its executors and owns them; in cluster mode it is `<prefix>-driver`.
 *
 * @example
 * sparkExecutorPrefix('spark-pi-9c7ec571d23c8a26-exec-2') // 'spark-pi-9c7ec571d23c8a26'
 */
export function sparkExecutorPrefix(name: string): string | null {
  const m = SPARK_EXECUTOR.exec(name);
  return m === null ? null : (m[1] as string);
}

/**
 * Whether a Spark resource prefix ends in the id spark-submit adds to the application's name: 16 hex digits
 * (Spark 3), a 32-digit uuid without dashes (2.3) or a 13-digit launch time (2.x). No other tool names pods so.
 *
 * @example
 * sparkSubmitted('spark-pi-9c7ec571d23c8a26') // true
 */
export function sparkSubmitted(prefix: string): boolean {
  const dash = prefix.lastIndexOf('-');
  const n = prefix.length - dash - 1;
  if (dash <= 0) return false;
  if (n === 13) return allDigits(prefix, dash + 1);
  if (n !== 16 && n !== 32) return false;
  let digits = 0;
  for (let i = dash + 1; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c < 97 || c > 102) return false;
  }
  // Random hex of that length holds digits: a word of a-f letters alone ("deadbeefcafebabe") is a name.
  return digits > 0;
}

/** Flink's TaskManager pods, `<cluster>-taskmanager-<attempt>-<n>`. */
const FLINK_TASKMANAGER = /^(.+)-taskmanager-\d{1,6}-\d{1,6}$/;

/**
 * The Flink cluster a TaskManager pod belongs to (`wordcount-taskmanager-1-3` -> `wordcount`), else null. Flink's
 * resource manager creates these pods itself and gives them an owner reference to the JobManager's Deployment,
 * which bears the cluster's name (native Kubernetes mode, and the Flink Kubernetes Operator, which uses it).
 *
 * @example
 * flinkCluster('basic-example-taskmanager-1-1') // 'basic-example'
 */
export function flinkCluster(name: string): string | null {
  const m = FLINK_TASKMANAGER.exec(name);
  return m === null ? null : (m[1] as string);
}

/**
 * The EtcdCluster a pod's name gives as the CoreOS etcd-operator names its members, `<cluster>-<10 generated characters>`
 * (k8sutil.UniqueMemberName: etcd-cluster-9wsmhlqzgp, cilium-etcd-cmncsqs2st), or before that `<cluster>-<4-digit counter>`
 * (the 2017 releases bootkube and Tectonic ran their self-hosted etcd with: kube-etcd-0000, hunt cc/09), else null. A
 * shape only: the operator has to be in the paste for it to mean one.
 *
 * @example
 * etcdMemberCluster('etcd-cluster-9wsmhlqzgp') // 'etcd-cluster'
 * etcdMemberCluster('kube-etcd-0000') // 'kube-etcd'
 */
export function etcdMemberCluster(name: string): string | null {
  const counter = name.length - ETCD_MEMBER_COUNTER - 1;
  if (counter >= 1 && name.charCodeAt(counter) === 45 && name.charCodeAt(counter - 1) !== 45 && allDigits(name, counter + 1)) return name.slice(0, counter);
  const dash = name.length - ETCD_MEMBER_SUFFIX - 1;
  if (dash < 1 || name.charCodeAt(dash) !== 45 || name.charCodeAt(dash - 1) === 45 || !allInAlphabet(name, dash + 1, name.length)) return null;
  return name.slice(0, dash);
}
const ETCD_MEMBER_SUFFIX = 10;
/** The digits of the older etcd-operator's member counter (`%04d`). */
const ETCD_MEMBER_COUNTER = 4;

/** The knowledge base's entry for OLM's usual catalogs' registry pods. */
const OPERATOR_CATALOG = 'operator-catalog';

/** Kubeflow training-operator pods: `<job>-<replica type>-<index>`. */
const TRAINING_POD = /^(.+)-(master|worker|ps|chief|evaluator|launcher)-\d{1,5}$/;

/**
 * The training job and replica type a Kubeflow training-operator pod's name gives (`mnist-worker-1` ->
 * `{ job: 'mnist', role: 'worker' }`), else null. The operator creates each replica's pod itself (no StatefulSet),
 * so only where the paste shows it: plenty of StatefulSets end in `-master` or `-worker`.
 *
 * @example
 * trainingReplica('pytorch-simple-master-0') // { job: 'pytorch-simple', role: 'master' }
 */
export function trainingReplica(name: string): { job: string; role: string } | null {
  const m = TRAINING_POD.exec(name);
  return m === null ? null : { job: m[1] as string, role: m[2] as string };
}

/** Whether name[from, to) is a decimal pod-template hash: seven digits or more (deis-logger-9212198), digits alone. */
function decimalHash(name: string, from: number, to: number): boolean {
  if (to - from < 7) return false;
  for (let i = from; i < to; i++) if (!isDigit(name.charCodeAt(i))) return false;
  return true;
}
