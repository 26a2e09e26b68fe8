/**
 * Stage: owner. Which workload made a pod, read from the shape of its name, the way controllers build names:
 *   Deployment   <deployment>-<pod-template-hash>-<5 chars>   (ReplicaSet name + generateName suffix)
 *   CronJob      <cronjob>-<scheduled minute, 8 digits>-<5 chars>
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
import type { OwnerKind, Workload } from './model.ts';
import { CONTROL_PLANE_IDS, matchComponent } from './components.ts';

const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const IN_ALPHABET: boolean[] = [];
for (let i = 0; i < 128; i++) IN_ALPHABET.push(ALPHABET.includes(String.fromCharCode(i)));

function allInAlphabet(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || !IN_ALPHABET[c]) return false;
  }
  return true;
}

/** Lower-case letters and digits, at least one of each: how a generated suffix looks even when retyped. */
function looksRandom(s: string): boolean {
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 97 && c <= 122) letters++;
    else return false;
  }
  return digits > 0 && letters > 0;
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
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
  const last = name.lastIndexOf('-');
  if (last <= 0) return { type: 'plain', base: name };
  const tail = name.slice(last + 1);
  const head = name.slice(0, last);
  const strictTail = tail.length === 5 && allInAlphabet(tail);
  // Hand-edited pastes (docs, issues) carry suffixes outside the alphabet ("7ci7o"): accepted when they mix
  // letters and digits, with less confidence.
  if (strictTail || (tail.length === 5 && looksRandom(tail))) {
    const prev = head.lastIndexOf('-');
    if (prev > 0) {
      const mid = head.slice(prev + 1);
      const base = head.slice(0, prev);
      if (mid.length >= 8 && mid.length <= 10 && allDigits(mid)) return { type: 'cronjob', base, stamp: mid, suffix: tail };
      if (mid.length >= 6 && mid.length <= 10 && allInAlphabet(mid)) return { type: 'deployment', base, hash: mid, suffix: tail, strict: strictTail };
      if (mid.length >= 6 && mid.length <= 10 && looksRandom(mid)) return { type: 'deployment', base, hash: mid, suffix: tail, strict: false };
    }
    return { type: 'five', base: head, suffix: tail, strict: strictTail };
  }
  if (allDigits(tail) && tail.length <= 5 && (tail === '0' || tail[0] !== '0')) return { type: 'ordinal', base: head, ordinal: Number(tail) };
  return { type: 'plain', base: name };
}

/** What the rest of the paste says, precomputed once so each row is a few lookups. */
export interface OwnerContext {
  /** Node names seen in the NODE column. */
  nodes: ReadonlySet<string>;
  /** For `<base>-<5 chars>` names: on how many distinct nodes pods with that base run. */
  fiveBaseNodes: ReadonlyMap<string, number>;
}

const TERMINATED = new Set(['Completed', 'Succeeded', 'Error', 'Failed', 'DeadlineExceeded']);

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
  shape: NameShape = nameShape(name),
): Workload {
  // The kubelet names a static pod <name>-<its node>: the strongest signal when the node is in the paste.
  const staticBase = staticPodBase(name, row.node, ctx.nodes);
  if (staticBase !== null) {
    const known = matchComponent(staticBase, row.namespace);
    return { kind: 'StaticPod', name: staticBase, confidence: known !== undefined && known.kind === 'StaticPod' ? 'high' : 'medium' };
  }
  switch (shape.type) {
    case 'deployment':
      return { kind: 'Deployment', name: shape.base, confidence: shape.strict ? 'high' : 'medium' };
    case 'cronjob':
      return { kind: 'CronJob', name: shape.base, confidence: 'medium' };
    case 'five': {
      const known = matchComponent(shape.base, row.namespace);
      if (known !== undefined && (known.kind === 'DaemonSet' || known.kind === 'Job')) return { kind: known.kind, name: shape.base, confidence: 'high' };
      if ((ctx.fiveBaseNodes.get(shape.base) ?? 0) >= 2) return { kind: 'DaemonSet', name: shape.base, confidence: shape.strict ? 'medium' : 'low' };
      if (row.status !== null && TERMINATED.has(row.status)) return { kind: 'Job', name: shape.base, confidence: 'medium' };
      return { kind: 'DaemonSet', name: shape.base, confidence: 'low' };
    }
    case 'ordinal': {
      const cp = controlPlanePrefix(name);
      if (cp !== null && matchComponent(shape.base, row.namespace) === undefined) return { kind: 'StaticPod', name: cp, confidence: 'medium' };
      return { kind: 'StatefulSet', name: shape.base, confidence: matchComponent(shape.base, row.namespace)?.kind === 'StatefulSet' ? 'high' : 'medium' };
    }
    case 'plain': {
      const cp = controlPlanePrefix(name);
      if (cp !== null) return { kind: 'StaticPod', name: cp, confidence: 'medium' };
      const known = matchComponent(name, row.namespace);
      return { kind: 'Pod' as OwnerKind, name, confidence: known !== undefined && known.kind === 'Pod' ? 'high' : 'low' };
    }
    default:
      return shape satisfies never;
  }
}

function staticPodBase(name: string, node: string | null, nodes: ReadonlySet<string>): string | null {
  if (node !== null && name.length > node.length + 1 && name.endsWith(node) && name[name.length - node.length - 1] === '-') {
    return name.slice(0, name.length - node.length - 1);
  }
  if (node === null || !nodes.has(node)) {
    // A static pod whose row lacks NODE (default columns): any node of the paste will do.
    for (const n of nodes) {
      if (name.length > n.length + 1 && name.endsWith(n) && name[name.length - n.length - 1] === '-') return name.slice(0, name.length - n.length - 1);
    }
  }
  return null;
}

/** `kube-apiserver-<anything>` is a kubeadm static pod even when its node is not in the paste. */
function controlPlanePrefix(name: string): string | null {
  for (const id of CONTROL_PLANE_IDS) {
    if (name.startsWith(`${id}-`) && name.length > id.length + 1) return id;
  }
  return null;
}
