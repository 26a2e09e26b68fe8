import { describe, expect, test } from 'vitest';
import { clusterFlag, describedPods, explain, toPodRow } from './explain.ts';
import { parseCommand } from './lines.ts';
import { hasPodTable } from './views.ts';
import { readTables } from './tables.ts';
import { printTable } from './test-helpers.ts';
import seed from '../../content/samples/seed-lab.txt?raw';

describe('explain on the seed', () => {
  const m = explain(seed, { now: Date.parse('2026-11-25T00:00:00Z') });
  const by = (name: string) => m.rows.find((r) => r.name === name);
  test.each([
    { name: 'calico-node-6r9bf', component: 'calico-node', kind: 'DaemonSet', network: 'host' },
    { name: 'calico-kube-controllers-99c9b6f64-5cvw6', component: 'calico-kube-controllers', kind: 'Deployment', network: 'pod' },
    { name: 'coredns-66bff467f8-4j4lj', component: 'coredns', kind: 'Deployment', network: 'pod' },
    { name: 'kube-proxy-2tpvj', component: 'kube-proxy', kind: 'DaemonSet', network: 'host' },
    { name: 'etcd-m-k8s', component: 'etcd', kind: 'StaticPod', network: 'host' },
    { name: 'kube-apiserver-m-k8s', component: 'kube-apiserver', kind: 'StaticPod', network: 'host' },
    { name: 'kube-controller-manager-m-k8s', component: 'kube-controller-manager', kind: 'StaticPod', network: 'host' },
    { name: 'kube-scheduler-m-k8s', component: 'kube-scheduler', kind: 'StaticPod', network: 'host' },
  ])('$name', ({ name, component, kind, network }) => {
    const r = by(name);
    expect(r?.component).toBe(component);
    expect(r?.workload?.kind).toBe(kind);
    expect(r?.network).toBe(network);
  });
  test('nodes', () => {
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['m-k8s', 'control-plane'], ['w1-k8s', 'worker'], ['w2-k8s', 'worker'], ['w3-k8s', 'worker']]);
  });
  test('values', () => {
    expect(by('etcd-m-k8s')).toMatchObject({ line: 11, namespace: 'kube-system', ready: { ready: 1, total: 1 }, restarts: { count: 1, lastAgo: null }, age: '22h', ageSeconds: 79200, ip: '192.168.1.10', node: 'm-k8s', nominatedNode: null, readinessGates: null, readBy: 'offsets', severity: 'ok' });
  });
  test('next commands carry the real name and namespace', () => {
    expect(by('coredns-66bff467f8-4j4lj')?.next.map((n) => n.command)).toContain('kubectl -n kube-system logs coredns-66bff467f8-4j4lj --previous');
  });
  test('the seed command lacks -o wide though its output is wide', () => {
    expect(m.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['command-not-wide', 'all-restarted']));
  });
});

describe('a Running pod not ready yet', () => {
  test.each([
    { name: 'in its first two minutes is starting', age: '28s', severity: 'progress', finding: false },
    { name: 'later is a warning', age: '5m', severity: 'warning', finding: true },
  ])('$name', ({ age, severity, finding }) => {
    const m = explain(`NAME                            READY   STATUS    RESTARTS   AGE\nmetrics-server-c8774f4f4-7hvp4   0/1     Running   0          ${age}`);
    expect(m.rows[0]?.severity).toBe(severity);
    expect(m.findings.some((f) => f.id === 'running-not-ready')).toBe(finding);
  });
});

describe('a Running pod the findings say restarted lately or often', () => {
  const table = (rows: string) => `NAME                     READY   STATUS             RESTARTS        AGE\n${rows}`;
  test.each([
    { name: '40 restarts, the last 2m ago: its finding\'s error, and says why (hunt cb/06: not a warning row beside an error)', rows: 'web-7d4b9c8f6d-x2k9p     1/1     Running            40 (2m ago)     3d', severity: 'error', restarting: true },
    { name: '76 restarts across 2 containers, the last 44m ago: an error as its finding (hunt cb/06)', rows: 'ts-ticket-office-service-58bf7748c6-4fzws   2/2   Running   76 (44m ago)   3d4h', severity: 'error', restarting: true },
    { name: '154 restarts in 22h, no "(ago)": an error as its finding (hunt bz/15)', rows: 'cattle-node-agent-756kh  1/1     Running            154             22h', severity: 'error', restarting: true },
    { name: '655 restarts over 104 days (old kubectl, no "ago"): warning', rows: 'iag-node1                1/1     Running            655             104d', severity: 'warning', restarting: true },
    { name: 'one restart three days ago: ok', rows: 'web-7d4b9c8f6d-x2k9p     1/1     Running            1 (3d ago)      20d', severity: 'ok', restarting: false },
    { name: 'one restart 41 minutes ago: a fact, not a warning', rows: 'web-7d4b9c8f6d-x2k9p     1/1     Running            1 (41m ago)     106m', severity: 'ok', restarting: false },
    { name: 'two restarts, the last 41 minutes ago: warning', rows: 'web-7d4b9c8f6d-x2k9p     1/1     Running            2 (41m ago)     106m', severity: 'warning', restarting: true },
    { name: 'a restart at start-up: ok', rows: 'web-7d4b9c8f6d-x2k9p     1/1     Running            1 (50s ago)     60s', severity: 'ok', restarting: false },
    { name: 'CrashLoopBackOff keeps its error', rows: 'web-7d4b9c8f6d-x2k9p     0/1     CrashLoopBackOff   40 (2m ago)     3d', severity: 'error', restarting: false },
    { name: 'still starting, 4 restarts in its first minute (hunt be/14): no normal progress', rows: 'db-pxc-0                 1/2     Running            4               1m', severity: 'warning', restarting: true },
    { name: 'still starting, no restart: progress', rows: 'db-pxc-0                 1/2     Running            0               1m', severity: 'progress', restarting: false },
    { name: 'two restarts in its first 92s beside a sibling of the same age looping at 4: restarting too (hunt cn/13)', rows: 'nginx-ingress-b9wdk   0/1   Running   2   92s\nnginx-ingress-njdhg   0/1   Error   4   92s', severity: 'warning', restarting: true },
    { name: 'two restarts in its first 92s, no sibling looping: start-up, progress', rows: 'nginx-ingress-b9wdk   0/1   Running   2   92s\nnginx-ingress-njdhg   0/1   Running   1   92s', severity: 'progress', restarting: false },
    { name: 'two restarts in its first 92s beside a sibling looping, created earlier: start-up, progress', rows: 'nginx-ingress-b9wdk   0/1   Running   2   92s\nnginx-ingress-njdhg   0/1   Error   4   5m', severity: 'progress', restarting: false },
    { name: 'not ready at 2m, which AGE does not show past the first two minutes: progress (hunt co/30)', rows: 'kube-prom-stack-grafana-69d45887b7-mkhlh   2/3   Running   0   2m', severity: 'progress', restarting: false },
    { name: 'not ready at 2m1s, past them: warning', rows: 'kube-prom-stack-grafana-69d45887b7-mkhlh   2/3   Running   0   2m1s', severity: 'warning', restarting: false },
    { name: 'Terminating after 6 restarts in 11m: its own text, not "Running now"', rows: 'web-7d4b9c8f6d-x2k9p     0/1     Terminating        6               11m', severity: 'progress', restarting: false },
    { name: 'not ready (a warning already) after 8 restarts in 20m: its finding\'s error, its own text', rows: 'web-7d4b9c8f6d-x2k9p     0/1     Running            8               20m', severity: 'error', restarting: false },
    { name: 'held in Init:2/4 (a warning already) after 41 restarts, the last 104s ago: its finding\'s error, its own text (hunt cj/12)', rows: 'nvidia-operator-validator-99l6b   0/1   Init:2/4   41 (104s ago)   4h37m', severity: 'error', restarting: false },
  ])('$name', ({ rows, severity, restarting }) => {
    const r = explain(table(rows)).rows[0];
    expect(r?.severity).toBe(severity);
    expect(r?.explanations.includes('explain.restarting')).toBe(restarting);
    // After the status's own text, which still says Running.
    if (restarting) expect(r?.explanations.slice(0, 2)).toEqual(['status.running', 'explain.restarting']);
  });
  test('a summary of many restarted pods, an error for its worst, leaves the others warnings', () => {
    const m = explain(table(Array.from({ length: 6 }, (_, i) => `app${i}-7d4b9c8f6d-x2k9p     1/1     Running            ${i === 0 ? 40 : 2} (${i * 7 + 3}m ago)     3d`).join('\n')));
    expect(m.findings.filter((f) => f.id.startsWith('restarts-')).map((f) => [f.id, f.severity])).toEqual([['restarts-recent-pods', 'error']]);
    expect(m.rows.map((r) => r.severity)).toEqual(['warning', 'warning', 'warning', 'warning', 'warning', 'warning']);
  });
  test('pods a reboot restarted together stay ok: the node restarted, not each pod', () => {
    const m = explain(table(['calico-node-x2k9p        1/1     Running            3 (20m ago)     9d', 'kube-proxy-b7v4q         1/1     Running            3 (20m ago)     9d', 'coredns-5d78c9869d-abcde  1/1     Running            3 (20m ago)     9d'].join('\n')));
    expect(m.findings.some((f) => f.id === 'restarts-together')).toBe(true);
    expect(m.rows.map((r) => r.severity)).toEqual(['ok', 'ok', 'ok']);
  });
});

describe('a block quoted in backticks, the opening one glued to the first row, the closing one to the last', () => {
  test('every row read at the offsets, none lost, no problem', () => {
    const line = (ns: string, name: string, rest: string) => `${ns.padEnd(15)}${name.padEnd(26)}${rest}`;
    const m = explain([line('NAMESPACE', 'NAME', 'READY   STATUS    RESTARTS   AGE'), `\`${line('auth', 'dex-8579644bbb-hqf2c', '1/1     Running   0          17m')}`, `${line('istio-system', 'istiod-586fcd6677-sbcjx', '1/1     Running   0          17m')}\``].join('\n'));
    expect(m.rows.map((r) => [r.namespace, r.name, r.age, r.readBy])).toEqual([['auth', 'dex-8579644bbb-hqf2c', '17m', 'offsets'], ['istio-system', 'istiod-586fcd6677-sbcjx', '17m', 'offsets']]);
    expect(m.problems).toEqual([]);
  });
});

describe('a report\'s Markdown table flags the pod that matters', () => {
  test.each([
    { name: 'a mark before the name, bold around cells', row: '| rust-game-server | **❌ prometheus-84c47f7669-qnf4q** | 0/1 | **CrashLoopBackOff** | **319 (96s ago)** | 27h |' },
    { name: 'a warning sign with its variation selector', row: '| rust-game-server | ⚠️ prometheus-84c47f7669-qnf4q | 0/1 | CrashLoopBackOff | 319 (96s ago) | 27h |' },
  ])('$name: the row is read whole', ({ row }) => {
    const m = explain(['| NAMESPACE | NAME | READY | STATUS | RESTARTS | AGE |', '|---|---|---|---|---|---|', row].join('\n'));
    expect(m.rows.map((r) => [r.namespace, r.name, r.status, r.restarts?.count, r.restarts?.lastAgo, r.age])).toEqual([['rust-game-server', 'prometheus-84c47f7669-qnf4q', 'CrashLoopBackOff', 319, '96s', '27h']]);
    expect(m.findings.map((f) => f.id)).toContain('pods-in-status');
  });
});

describe('a listing without namespaces whose known pods all live in one project\'s namespace', () => {
  const table = (rows: string[]) => ['NAME                                  READY   STATUS    RESTARTS   AGE', ...rows].join('\n');
  test('Longhorn: its generic names count there (instance-manager-e-<id>)', () => {
    const m = explain(table(['longhorn-manager-25754                1/1     Running   0          121m', 'instance-manager-e-9d8823fd           1/1     Running   0          121m', 'csi-provisioner-6ccbfbf86f-tzkd8      1/1     Running   0          121m']));
    expect(m.rows.map((r) => r.component)).toEqual(['longhorn-manager', 'longhorn-instance-manager', 'longhorn-csi-provisioner']);
  });
  test('without a known pod of the project, generic names stay unknown', () => {
    const m = explain(table(['instance-manager-e-9d8823fd           1/1     Running   0          121m', 'csi-provisioner-6ccbfbf86f-tzkd8      1/1     Running   0          121m']));
    expect(m.rows.map((r) => r.component)).toEqual([null, null]);
  });
});

describe('a status retyped in another case reads as kubectl prints it', () => {
  test.each([
    { typed: 'CrashLoopBackoff', status: 'CrashLoopBackOff' },
    { typed: 'Init:crashloopbackoff', status: 'Init:CrashLoopBackOff' },
    { typed: 'RUNNING', status: 'Running' },
  ])('$typed', ({ typed, status }) => {
    const r = explain(`NAME    READY   STATUS                  RESTARTS   AGE\nweb-0   0/1     ${typed.padEnd(24)}4          8m`).rows[0];
    expect(r?.status).toBe(status);
    expect(r?.explanations[0]).not.toBe('status.unrecognised');
  });
});

describe('a paste cut inside its last STATUS cell', () => {
  test.each([
    { name: 'a cut Running is not an unknown status (fg/03)', status: 'Runnin', finding: false },
    { name: 'a cut CrashLoopBackOff neither', status: 'CrashLoopBa', finding: false },
    { name: 'a word no status starts with stays unknown', status: 'Wobbly', finding: true },
  ])('$name', ({ status, finding }) => {
    const m = explain(`NAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d\nweb-1   2/2     ${status}`);
    expect(m.findings.some((f) => f.id === 'unknown-status')).toBe(finding);
  });
  test('a whole row with that word keeps the finding', () => {
    const m = explain('NAME    READY   STATUS    RESTARTS   AGE\nweb-1   2/2     Runnin    0          5d');
    expect(m.findings.some((f) => f.id === 'unknown-status')).toBe(true);
  });
});

describe('ages masked with stars', () => {
  test.each(['**s', '**m', '*h'])('%s: the row is whole, its age unknown', (age) => {
    const m = explain(`NAME                              READY   STATUS    RESTARTS   AGE\nepoch-cicd-api-*********-*****    1/1     Running   0          ${age}`);
    expect(m.rows.map((r) => [r.name, r.status, r.ageSeconds])).toEqual([['epoch-cicd-api-*********-*****', 'Running', null]]);
    expect(m.problems).toEqual([]);
  });
});

describe('a pod the paste\'s own kubectl run made', () => {
  test.each([
    { name: 'a plain name', run: '$ kubectl run nginx --image=nginx', pod: 'nginx', owner: { kind: 'Pod', name: 'nginx', confidence: 'high' } },
    { name: 'a name shaped like a StatefulSet\'s', run: '$ kubectl run web-1 --image=nginx', pod: 'web-1', owner: { kind: 'Pod', name: 'web-1', confidence: 'high' } },
    { name: 'another pod than the one run', run: '$ kubectl run nginx --image=nginx', pod: 'web-0', owner: { kind: 'StatefulSet', name: 'web', confidence: 'medium' } },
  ])('$name', ({ run, pod, owner }) => {
    const m = explain([run, 'pod/x created', '$ kubectl get pods', 'NAME    READY   STATUS    RESTARTS   AGE', `${pod.padEnd(8)}1/1     Running   0          56s`].join('\n'));
    expect(m.rows[0]?.workload).toEqual(owner);
  });
});

describe('pod-template hashes in decimal (Kubernetes before 1.8)', () => {
  test.each([
    { name: 'beside them, eight digits are one more hash', rows: ['nginxv3-2622272071-l07wt   1/1   Running   0   1d', 'nginxv6-30840885-rm7dk     1/1   Running   0   1d'], owner: 'Deployment/nginxv6' },
    { name: 'alone, eight digits are a CronJob\'s minute', rows: ['nginxv6-30840885-rm7dk     0/1   Completed   0   1d'], owner: 'CronJob/nginxv6' },
  ])('$name', ({ rows, owner }) => {
    const r = explain(['NAME                       READY   STATUS    RESTARTS   AGE', ...rows].join('\n')).rows.at(-1);
    expect(`${r?.workload?.kind}/${r?.workload?.name}`).toBe(owner);
  });
});

describe('starting, or stuck', () => {
  test.each([
    { name: 'ContainerCreating for 2 minutes is starting', status: 'ContainerCreating', age: '2m', severity: 'progress', stuck: false },
    { name: 'ContainerCreating for 57 minutes is stuck', status: 'ContainerCreating', age: '57m', severity: 'warning', stuck: true },
    { name: "a virtual node's Creating for 7 seconds is starting (ew/14)", status: 'Creating', age: '7s', severity: 'progress', stuck: false },
    { name: "a virtual node's Creating for 57 minutes is stuck, as ContainerCreating would be", status: 'Creating', age: '57m', severity: 'warning', stuck: true },
    { name: 'Init:0/3 for 3 days is stuck', status: 'Init:0/3', age: '3d22h', severity: 'warning', stuck: true },
    { name: 'Terminating says nothing by its age', status: 'Terminating', age: '5d', severity: 'progress', stuck: false },
    { name: 'SchedulingGated for a minute is waiting on its gates', status: 'SchedulingGated', age: '1m', severity: 'progress', stuck: false },
    { name: 'SchedulingGated for 40 minutes is held', status: 'SchedulingGated', age: '40m', severity: 'warning', stuck: true },
  ])('$name', ({ status, age, severity, stuck }) => {
    const r = explain(`NAME    READY   STATUS   RESTARTS   AGE\nweb-0   0/1   ${status}   0   ${age}`).rows[0];
    expect(r?.severity).toBe(severity);
    expect(r?.explanations.includes('explain.stuck')).toBe(stuck);
  });
  test.each([
    { name: "an over-provisioning pause pod Pending 16 minutes waits for a node on purpose (ew/11)", pod: 'pause-pods-5556d545f7-2pt9g', severity: 'progress', stuck: false },
    { name: 'a balloon pod Pending 16 minutes is asking for a node, not stuck', pod: 'balloon-deploy-6d9c8b7f5c-x2k4q', severity: 'progress', stuck: false },
    { name: 'an app pod Pending 16 minutes is still stuck', pod: 'pause-pods-prefix-c4587fcb4-24fd2', severity: 'warning', stuck: true },
  ])('$name', ({ pod, severity, stuck }) => {
    const r = explain(`NAME   READY   STATUS   RESTARTS   AGE\n${pod}   0/1   Pending   0   16m`).rows[0];
    expect([r?.severity, r?.explanations.includes('explain.stuck')]).toEqual([severity, stuck]);
  });
  test.each([
    { name: "a DaemonSet's pod Pending 12 minutes waits for its one node (cp/09)", pod: 'datadog-8tvs7', status: 'Pending', age: '12m', expected: true, stuck: false },
    { name: "a DaemonSet's pod Pending 30 seconds is still being placed", pod: 'datadog-8tvs7', status: 'Pending', age: '30s', expected: false, stuck: false },
    { name: "a DaemonSet's pod ContainerCreating 12 minutes has its node already", pod: 'datadog-8tvs7', status: 'ContainerCreating', age: '12m', expected: false, stuck: true },
    { name: "a Deployment's pod Pending 12 minutes may go to any node", pod: 'web-6589588994-ljxjk', status: 'Pending', age: '12m', expected: false, stuck: true },
    { name: 'a -xxxxx tail alone is no sure DaemonSet (a Job names its pods so too)', pod: 'log-shipper-59b77', status: 'Pending', age: '22m', expected: false, stuck: true },
  ])('$name', ({ pod, status, age, expected, stuck }) => {
    const r = explain(`NAME    READY   STATUS   RESTARTS   AGE\n${pod}   0/3   ${status}   0   ${age}`).rows[0];
    expect([r?.explanations.includes('explain.daemonset-pending'), r?.explanations.includes('explain.stuck')]).toEqual([expected, stuck]);
  });
  test.each([
    { name: 'Pending 5m50s while peers of its age run ready: held (hunt bp/07)', pending: '0/2   Pending   0   5m50s', peers: ['2/2   Running   0   5m50s', '2/2   Running   0   5m49s'], severity: 'warning', held: true },
    { name: 'Pending 5m50s beside one peer only: too few to tell', pending: '0/2   Pending   0   5m50s', peers: ['2/2   Running   0   5m50s'], severity: 'progress', held: false },
    { name: 'Pending 1m while peers of its age run: still being placed', pending: '0/2   Pending   0   60s', peers: ['2/2   Running   0   60s', '2/2   Running   0   60s'], severity: 'progress', held: false },
    { name: 'Pending 5m50s beside peers not ready: they are starting too', pending: '0/2   Pending   0   5m50s', peers: ['1/2   Running   0   5m50s', '1/2   Running   0   5m50s'], severity: 'progress', held: false },
    { name: 'Pending 5m50s beside peers created a minute apart: other moments', pending: '0/2   Pending   0   5m50s', peers: ['2/2   Running   0   6m50s', '2/2   Running   0   4m50s'], severity: 'progress', held: false },
  ])('$name', ({ pending, peers, severity, held }) => {
    const names = ['cart-65bddd8879-rtpjg', 'web-6589588994-ljxjk'];
    const m = explain(['NAME                    READY   STATUS    RESTARTS   AGE', ...peers.map((p, k) => `${names[k]}   ${p}`), `redis-0   ${pending}`].join('\n'));
    const r = m.rows.at(-1);
    expect([r?.severity, r?.explanations.includes('explain.stuck-beside-peers')]).toEqual([severity, held]);
  });
  test.each([
    { name: "a Spark executor Pending 5m52s while its driver runs ready: held (dm/16)", driver: '1/1   Running   0   6m1s', executor: '0/1   Pending   0   5m52s', severity: 'warning', held: true },
    { name: 'an executor Pending 10s beside its driver: still being placed (dm/15)', driver: '1/1   Running   0   24s', executor: '0/1   Pending   0   10s', severity: 'progress', held: false },
    { name: 'an executor Pending 5m52s beside a driver not ready: it is not waiting yet', driver: '0/1   Running   0   6m1s', executor: '0/1   Pending   0   5m52s', severity: 'progress', held: false },
    { name: 'an executor Pending 5m52s beside a driver that has ended: no one waits for it', driver: '0/1   Completed   0   6m1s', executor: '0/1   Pending   0   5m52s', severity: 'progress', held: false },
  ])('$name', ({ driver, executor, severity, held }) => {
    const m = explain(['NAME                               READY   STATUS    RESTARTS   AGE', `spark-pi-4df4497735de91a1-driver   ${driver}`, `spark-pi-79033a7735deb0a4-exec-1   ${executor}`].join('\n'));
    const r = m.rows.at(-1);
    expect([r?.workload?.kind, r?.severity, r?.explanations.includes('explain.stuck-beside-creator')]).toEqual(['Pod', severity, held]);
  });
  test.each([
    { name: "Sentry's db-check hook Job still Running after 5h47m waits on what never came up (hunt cx/18)", pod: 'sentry-db-check--1-84jm5', ready: '1/1', age: '5h47m', severity: 'warning', waiting: true },
    { name: "Sentry's db-check hook Job Running for 4 minutes is waiting as it should", pod: 'sentry-db-check--1-84jm5', ready: '1/1', age: '4m', severity: 'ok', waiting: false },
    { name: "cert-manager's startupapicheck Running for 2 hours", pod: 'cert-manager-startupapicheck-x7k2p', ready: '1/1', age: '2h', severity: 'warning', waiting: true },
    { name: 'a batch Job unknown to the knowledge base Running for hours is a job at work', pod: 'backup-x7k2p', ready: '1/1', age: '5h47m', severity: 'ok', waiting: false },
    { name: 'a waiting hook not ready keeps the not-ready reading alone', pod: 'sentry-db-check--1-84jm5', ready: '0/1', age: '5h47m', severity: 'warning', waiting: false },
  ])('$name', ({ pod, ready, age, severity, waiting }) => {
    const r = explain(`NAMESPACE   NAME   READY   STATUS    RESTARTS   AGE\nsentry   ${pod}   ${ready}   Running   0   ${age}`).rows[0];
    expect(r?.workload?.kind).toBe('Job');
    expect([r?.severity, r?.explanations.includes('explain.hook-waiting')]).toEqual([severity, waiting]);
  });
  test.each([
    { name: 'a native sidecar ready while a later init container runs (ef/12: 1/2 Init:1/2)', ready: '1/2', status: 'Init:1/2', told: true },
    { name: 'the sidecar ready at PodInitializing, the main container starting (ef/13)', ready: '1/2', status: 'PodInitializing', told: true },
    { name: "the sidecar ready while a later init container's image cannot be pulled (dd/25: onap-sdnrdb-master-0 1/2 Init:ImagePullBackOff)", ready: '1/2', status: 'Init:ImagePullBackOff', told: true },
    { name: 'nothing ready during init: no sidecar to tell of', ready: '0/2', status: 'Init:1/2', told: false },
    { name: 'Running with one of two ready is the usual partial readiness, no sidecar reading', ready: '1/2', status: 'Running', told: false },
  ])('$name', ({ ready, status, told }) => {
    const r = explain(`NAME    READY   STATUS    RESTARTS   AGE\nweb-7d4b9c8f6d-x7k2p   ${ready}   ${status}   0   20s`).rows[0];
    expect(r?.explanations.includes('explain.init-sidecars-ready')).toBe(told);
  });
  test.each([
    { name: "a Job's pod of two, one not ready for 45m (es/13: a sidecar beside the job container)", row: 'backup-28914720-x7k2p   1/2   Running   0   45m', note: 'explain.ready-partial-job' },
    { name: "an ARC runner's pod of two, one not ready (ex/04: the runner ended, its docker sidecar runs on)", row: 'arc-runner-set-f2g6l-runner-59x5m   1/2   Running   0   124m', note: 'explain.ready-partial-runner' },
    { name: "a Job's pod of one not ready: no sidecar in it", row: 'backup-28914720-x7k2p   0/1   Running   0   45m', note: 'explain.ready-partial' },
    { name: "a Deployment's pod of two: Services, not a Job's sidecar", row: 'web-7d4b9c8f6d-x7k2p   1/2   Running   0   45m', note: 'explain.ready-partial' },
  ])('running, not every container ready: $name', ({ row, note }) => {
    const r = explain(`NAME    READY   STATUS    RESTARTS   AGE\n${row}`).rows[0];
    expect(r?.explanations).toContain(note);
  });
  test.each([
    { name: 'two of three ready, one crash-looping (es/08: grafana beside its sidecars)', row: 'grafana-5c68b8b867-xnkn7   2/3   CrashLoopBackOff   7   9h', told: true },
    { name: 'one of two ready, one crash-looping (istio-proxy beside, dr/06)', row: 'reviews-v1-7f99cc4496-k8sjv   1/2   CrashLoopBackOff   18   73m', told: true },
    { name: 'none of two ready: the whole pod down, nothing runs beside', row: 'reviews-v1-7f99cc4496-k8sjv   0/2   CrashLoopBackOff   18   73m', told: false },
    { name: 'a pod of one: nothing beside it', row: 'web-7d4b9c8f6d-x7k2p   0/1   CrashLoopBackOff   18   73m', told: false },
  ])('crash-looping beside ready containers: $name', ({ row, told }) => {
    const r = explain(`NAME    READY   STATUS    RESTARTS   AGE\n${row}`).rows[0];
    expect(r?.explanations.includes('explain.crash-partial')).toBe(told);
  });
  test('a readiness gate not yet passed keeps a Running pod from ready', () => {
    const head = 'NAME    READY   STATUS    RESTARTS   AGE   IP         NODE   NOMINATED NODE   READINESS GATES';
    const young = explain(`${head}\nui-0    1/1     Running   0          3s    10.1.0.5   n1     <none>           0/1`).rows[0];
    expect(young?.severity).toBe('progress');
    expect(young?.explanations).toContain('explain.readiness-gates-pending');
    const old = explain(`${head}\nui-0    1/1     Running   0          3h    10.1.0.5   n1     <none>           0/1`).rows[0];
    expect(old?.severity).toBe('warning');
    expect(explain(`${head}\nui-0    1/1     Running   0          3h    10.1.0.5   n1     <none>           1/1`).rows[0]?.severity).toBe('ok');
  });
  test.each([
    { name: 'Running with its containers ready and a gate not passed (et/05: mycluster-0 2/2 gates 1/2)', row: 'mycluster-0   2/2   Running   0   58m   10.1.0.5   n1   <none>   1/2', told: true },
    { name: 'Pending with no node: its gates cannot pass before it runs (et/05: mycluster-2 0/2 Pending gates 0/2)', row: 'mycluster-2   0/2   Pending   0   6m15s   <none>   <none>   <none>   0/2', told: false },
    { name: 'crash-looping: the crash, not the gate, keeps it out (gates 0/1)', row: 'ui-0   0/1   CrashLoopBackOff   5   10m   10.1.0.5   n1   <none>   0/1', told: false },
  ])('the readiness-gate text only for a running pod: $name', ({ row, told }) => {
    const head = 'NAME    READY   STATUS    RESTARTS   AGE   IP         NODE   NOMINATED NODE   READINESS GATES';
    expect(explain(`${head}\n${row}`).rows[0]?.explanations.includes('explain.readiness-gates-pending')).toBe(told);
  });
});

describe('next commands fit the case', () => {
  const next = (row: string) => explain(`$ kubectl get pods -n shop\nNAME    READY   STATUS   RESTARTS   AGE\n${row}`).rows[0]?.next.map((n) => n.command) ?? [];
  test.each([
    { name: 'Error without a restart: plain logs (there is no previous container)', row: 'job-x7k2p   0/1   Error   0   8m', first: 'kubectl -n shop logs job-x7k2p', never: '--previous' },
    { name: 'Error after restarts: logs --previous', row: 'web-0   0/1   Error   3   8m', first: 'kubectl -n shop logs web-0 --previous', never: null },
    { name: 'Init:CrashLoopBackOff: init logs, no --previous of the app container', row: 'web-0   0/1   Init:CrashLoopBackOff   4   8m', first: 'kubectl -n shop logs web-0 --all-containers --prefix', never: '--previous' },
    { name: 'Init:CreateContainerConfigError: describe first, no logs at all', row: 'web-0   0/1   Init:CreateContainerConfigError   0   108s', first: 'kubectl -n shop describe pod web-0', never: ' logs ' },
    { name: 'Running but not ready: describe (probe events) first', row: 'web-0   0/1   Running   0   3m28s', first: 'kubectl -n shop describe pod web-0', never: null },
    { name: 'SchedulingGated: its gates first (no scheduling events yet)', row: 'web-0   0/1   SchedulingGated   0   16m', first: "kubectl -n shop get pod web-0 -o jsonpath='{.spec.schedulingGates}'", never: null },
    { name: 'Unknown on a lost node, node not shown: where it runs, no logs', row: 'web-0   1/1   Unknown   3   103d', first: 'kubectl -n shop describe pod web-0', never: '--previous' },
    { name: 'Running, restarted minutes ago: the crashed container\'s logs first', row: 'web-0   1/1   Running   34 (5m54s ago)   2d', first: 'kubectl -n shop logs web-0 --previous', never: null },
    { name: 'Running, restarted days ago: the running container\'s logs first', row: 'web-0   1/1   Running   34 (3d ago)   9d', first: 'kubectl -n shop logs web-0', never: null },
    { name: 'two containers, one crash-looping (Istio sidecar, dr/06): every container\'s previous run, not the default one\'s', row: 'reviews-v1-7f99cc4496-k8sjv   1/2   CrashLoopBackOff   18   73m', first: 'kubectl -n shop logs reviews-v1-7f99cc4496-k8sjv --all-containers --prefix --previous --ignore-errors', never: 'k8sjv --previous' },
    { name: 'two containers, Error after restarts: the same', row: 'web-0   0/2   Error   3   8m', first: 'kubectl -n shop logs web-0 --all-containers --prefix --previous --ignore-errors', never: 'web-0 --previous' },
    { name: 'two containers, no restart: no --previous at all', row: 'web-0   0/2   Error   0   8m', first: 'kubectl -n shop logs web-0', never: '--previous' },
    { name: 'two containers, one not ready (istio-proxy, es/01): describe, then every container\'s log', row: 'web-7d4b9c8f6d-x7k2p   1/2   Running   0   15m', first: 'kubectl -n shop describe pod web-7d4b9c8f6d-x7k2p', never: null },
    { name: "a Deployment's pod left Completed (fc/16): its owner is known, so describe, not ownerReferences", row: 'web-7d4b9c8f6d-x7k2p   0/1   Completed   0   3d', first: 'kubectl -n shop logs web-7d4b9c8f6d-x7k2p', never: 'ownerReferences' },
    { name: "a Job's pod Completed: its owner is still the question", row: 'job-x7k2p   0/1   Completed   0   8m', first: 'kubectl -n shop logs job-x7k2p', never: 'describe' },
  ])('$name', ({ row, first, never }) => {
    const cmds = next(row);
    expect(cmds[0]).toBe(first);
    if (never !== null) expect(cmds.join('\n')).not.toContain(never);
  });
  test.each([
    { name: 'Running, one of two ready (es/01): every container, not the default one', row: 'web-7d4b9c8f6d-x7k2p   1/2   Running   0   15m', has: 'kubectl -n shop logs web-7d4b9c8f6d-x7k2p --all-containers --prefix' },
    { name: 'NotReady, two of three (es/09: a step ended, a later one runs): the same', row: 'build-pod   2/3   NotReady   0   7s', has: 'kubectl -n shop logs build-pod --all-containers --prefix' },
    { name: 'Running, one container not ready: its own log is the only one', row: 'web-0   0/1   Running   0   15m', has: 'kubectl -n shop logs web-0' },
    { name: 'Running, two of two ready: the default container, as before', row: 'web-0   2/2   Running   0   15m', has: 'kubectl -n shop logs web-0' },
  ])('logs of a pod of several containers: $name', ({ row, has }) => {
    const cmds = next(row);
    expect(cmds).toContain(has);
    if (!has.includes('--all-containers')) expect(cmds.join('\n')).not.toContain('--all-containers');
  });
  test('a node-lost pod without a NODE column gets the command that shows its node', () => {
    expect(next('web-0   1/1   Unknown   3   103d')).toContain('kubectl -n shop get pod web-0 -o wide');
  });
  test.each([
    { name: 'no NODE column: describe, finalizers, then which node it is on (ds/01, ds/16)', row: 'web-0   0/1   Terminating   0   19h', cmds: ['kubectl -n shop describe pod web-0', "kubectl -n shop get pod web-0 -o jsonpath='{.metadata.finalizers}'", 'kubectl -n shop get pod web-0 -o wide'] },
  ])('a pod being deleted: $name', ({ row, cmds }) => {
    expect(next(row)).toEqual(cmds);
  });
  const nextWide = (row: string) => explain(`$ kubectl get pods -n shop -o wide\nNAME    READY   STATUS   RESTARTS   AGE   IP   NODE\n${row}`).rows[0]?.next.map((n) => n.command) ?? [];
  test.each([
    { name: 'a whole NODE name: get node', row: 'web-0   0/1   Terminating   0   19h   10.1.2.3   ip-10-10-1-163.us-east-2.compute.internal', has: 'kubectl get node ip-10-10-1-163.us-east-2.compute.internal -o wide', never: 'get pod web-0 -o wide' },
    { name: 'a NODE name cut with ... (ek/11): the pod\'s -o wide, no get node', row: 'web-0   0/1   Terminating   0   19h   10.1.2.3   ip-10-10-1-163...', has: 'kubectl -n shop get pod web-0 -o wide', never: 'get node' },
    { name: 'a NODE name cut with … (k9s, watch): the same', row: 'web-0   0/1   Pending   0   19h   <none>   ip-10-10-1-16…', has: 'kubectl -n shop describe pod web-0', never: 'node ip-10' },
  ])('the node of a row: $name', ({ row, has, never }) => {
    const cmds = nextWide(row);
    expect(cmds).toContain(has);
    expect(cmds.join('\n')).not.toContain(never);
  });
  test.each([
    { name: "the listing's --context (hunt ay/01)", command: '$ kubectl get pods -n shop --context kind-jt2', first: 'kubectl --context kind-jt2 -n shop logs web-0 --previous' },
    { name: "the listing's --context= before get (hunt ay/16)", command: '% kubectl --context=kind-hub get pods -n shop', first: 'kubectl --context kind-hub -n shop logs web-0 --previous' },
    { name: "the listing's --kubeconfig (hunt ay/14: Karmada's apiserver)", command: '# kubectl --kubeconfig /etc/karmada/karmada-apiserver.config get pods -n shop', first: 'kubectl --kubeconfig /etc/karmada/karmada-apiserver.config -n shop logs web-0 --previous' },
    { name: 'none: the current context', command: '$ kubectl get pods -n shop', first: 'kubectl -n shop logs web-0 --previous' },
    { name: 'a quoted path, whole', command: '$ kubectl --kubeconfig "kube/prod" get pods -n shop', first: 'kubectl --kubeconfig kube/prod -n shop logs web-0 --previous' },
    { name: "the listing's --insecure-skip-tls-verify (hunt cp/18: a proxy's certificate)", command: '`kubectl get pods --insecure-skip-tls-verify -n shop`{{execute}}', first: 'kubectl --insecure-skip-tls-verify -n shop logs web-0 --previous' },
  ])("next commands reach the listing's cluster: $name", ({ command, first }) => {
    const m = explain(`${command}\nNAME    READY   STATUS   RESTARTS   AGE\nweb-0   0/1   Error   3   8m`);
    expect(m.rows[0]?.next[0]?.command).toBe(first);
  });
  test.each([
    { name: 'a namespace a shell variable holds, kept as typed beside the context (hunt cr/18)', command: '$ kubectl get all -n ${ISTIO_NAMESPACE} --context=${CLUSTER1_CONFIG[CTX]}', first: 'kubectl --context ${CLUSTER1_CONFIG[CTX]} -n ${ISTIO_NAMESPACE} logs web-0 --previous', why: 'why.logs-previous' },
    { name: 'a plain $NS', command: '$ kubectl get pods -n $NS', first: 'kubectl -n $NS logs web-0 --previous', why: 'why.logs-previous' },
    { name: 'a placeholder is no namespace to run in: left out, as before', command: '$ kubectl get pods -n <namespace>', first: 'kubectl logs web-0 --previous', why: 'why.logs-previous:no-ns' },
    { name: 'listed with oc: its commands with oc (hunt cq/04)', command: '$ oc get pods -n openshift-pipelines', first: 'oc -n openshift-pipelines logs web-0 --previous', why: 'why.logs-previous' },
    { name: 'oc with a context', command: '$ oc get pods -n shop --context prod', first: 'oc --context prod -n shop logs web-0 --previous', why: 'why.logs-previous' },
  ])("next commands are typed as the listing's command was: $name", ({ command, first, why }) => {
    const m = explain(`${command}\nNAME    READY   STATUS   RESTARTS   AGE\nweb-0   0/1   Error   3   8m`);
    expect([m.rows[0]?.next[0]?.command, m.rows[0]?.next[0]?.why]).toEqual([first, why]);
  });
  test.each([
    { name: 'headerless rows under an oc prompt: oc, as under a header (hunt cy/11)', paste: '$ oc get pods -n default | grep router\nrouter-1-deploy   0/1   Error   0   6d', first: 'oc -n default logs router-1-deploy' },
    { name: "headerless rows under a listing's --context: that context", paste: '$ kubectl get pods -n shop --context prod | grep web\nweb-0   0/1   Error   3   8m', first: 'kubectl --context prod -n shop logs web-0 --previous' },
    { name: 'headerless rows under a plain kubectl: kubectl', paste: '$ kubectl get pods -n shop | grep web\nweb-0   0/1   Error   3   8m', first: 'kubectl -n shop logs web-0 --previous' },
    { name: "rows pasted after a get of another resource are not its output: not sent to its kubeconfig (dh/09)", paste: '# kubectl get cluster -A --kubeconfig kube-karmada\nerror: the server doesn\'t have a resource type "cluster"\nkarmada-system   karmada-controller-manager-5597d7c666-6p5qq   0/1   CrashLoopBackOff   11 (2m22s ago)   60m', first: 'kubectl -n karmada-system logs karmada-controller-manager-5597d7c666-6p5qq --previous' },
    { name: "oc after a powerline prompt whose separators were lost (hunt cy/08)", paste: 'USER  ~/homelab master ± oc get pods -n shop\nNAME    READY   STATUS   RESTARTS   AGE\nweb-0   0/1   Error   3   8m', first: 'oc -n shop logs web-0 --previous' },
  ])('next commands are typed as the command above the rows was: $name', ({ paste, first }) => {
    expect(explain(paste).rows[0]?.next[0]?.command).toBe(first);
  });
  test.each([
    { name: '--context and a name', text: 'kubectl get pods -A --context kind-jt1', flag: '--context kind-jt1' },
    { name: '--context= before get', text: 'kubectl --context=kind-hub get pods', flag: '--context kind-hub' },
    { name: '--kubeconfig=', text: 'kubectl get pods -n velero --kubeconfig=gc-kc', flag: '--kubeconfig gc-kc' },
    { name: 'a quoted path, whole', text: 'kubectl --kubeconfig "kube/prod" get pods', flag: '--kubeconfig kube/prod' },
    { name: 'a quoted path with a space: not cut at the space, not carried', text: 'kubectl --kubeconfig "My Files/config" get pods', flag: null },
    { name: 'neither', text: 'kubectl get pods -n shop', flag: null },
    { name: '--insecure-skip-tls-verify alone (hunt cp/18)', text: 'kubectl get pods --insecure-skip-tls-verify', flag: '--insecure-skip-tls-verify' },
    { name: '--insecure-skip-tls-verify=true with --context', text: 'kubectl --context prod --insecure-skip-tls-verify=true get pods', flag: '--context prod --insecure-skip-tls-verify' },
    { name: '--insecure-skip-tls-verify=false: verification, the default', text: 'kubectl get pods --insecure-skip-tls-verify=false', flag: null },
    { name: '--insecure-skip-tls-verify beside a path not read whole: nothing carried', text: 'kubectl --kubeconfig "My Files/config" get pods --insecure-skip-tls-verify', flag: null },
  ])('the cluster flag a listing carries: $name', ({ text, flag }) => {
    expect(clusterFlag(parseCommand(text.split(' '), 'kubectl'))).toBe(flag);
  });
  test.each([
    { name: 'kubectl listed the containers: one logs command each (hunt co/02)', error: 'error: a container name must be specified for pod prometheus-6479c8888f-hprf8, choose one of: [prometheus configmap-reload]', logs: ['kubectl -n kube-system logs prometheus-6479c8888f-hprf8 -c prometheus --previous', 'kubectl -n kube-system logs prometheus-6479c8888f-hprf8 -c configmap-reload --previous'] },
    { name: "newer kubectl's list with init containers: the app containers only", error: 'error: a container name must be specified for pod prometheus-6479c8888f-hprf8, choose one of: [prometheus configmap-reload] or one of the init containers: [init-chown-data]', logs: ['kubectl -n kube-system logs prometheus-6479c8888f-hprf8 -c prometheus --previous', 'kubectl -n kube-system logs prometheus-6479c8888f-hprf8 -c configmap-reload --previous'] },
    { name: "another pod's list: this pod's commands unchanged (every container's previous run, dr/06)", error: 'error: a container name must be specified for pod grafana-5d9b7c8f6b-x2k4q, choose one of: [grafana sidecar]', logs: ['kubectl -n kube-system logs prometheus-6479c8888f-hprf8 --all-containers --prefix --previous --ignore-errors'] },
  ])('a pod kubectl would not show logs of without -c: $name', ({ error, logs }) => {
    const m = explain(`# kubectl get pods -o wide -n kube-system | grep prometheus\nprometheus-6479c8888f-hprf8   1/2   CrashLoopBackOff   8   18m   172.30.2.14   10.9.143.246   <none>   <none>\n# kubectl logs prometheus-6479c8888f-hprf8 -n kube-system\n${error}`);
    expect(m.rows[0]?.next.map((c) => c.command).filter((c) => c.includes(' logs '))).toEqual(logs);
  });
  test('kubectl listed the containers of a pod Running 1/2: one current log each, not --all-containers (eh/09)', () => {
    const m = explain(`# kubectl get pods -o wide -n kube-system | grep prometheus\nprometheus-6479c8888f-hprf8   1/2   Running   0   18m   172.30.2.14   10.9.143.246   <none>   <none>\n# kubectl logs prometheus-6479c8888f-hprf8 -n kube-system\nerror: a container name must be specified for pod prometheus-6479c8888f-hprf8, choose one of: [prometheus configmap-reload]`);
    const logs = ['kubectl -n kube-system logs prometheus-6479c8888f-hprf8 -c prometheus', 'kubectl -n kube-system logs prometheus-6479c8888f-hprf8 -c configmap-reload'];
    expect(m.rows[0]?.next.map((c) => c.command).filter((c) => c.includes(' logs '))).toEqual(logs);
  });
  test("each listing's rows carry their own listing's context, not another's", () => {
    const listing = (ctx: string) => `$ kubectl get pods -n shop --context ${ctx}\nNAME    READY   STATUS   RESTARTS   AGE\nweb-0   0/1   Error   3   8m`;
    const m = explain(`${listing('a')}\n${listing('b')}\n$ kubectl get pods -n shop\nNAME    READY   STATUS   RESTARTS   AGE\napi-0   0/1   Error   3   8m`);
    expect(m.rows.map((r) => r.next[0]?.command)).toEqual(['kubectl --context a -n shop logs web-0 --previous', 'kubectl --context b -n shop logs web-0 --previous', 'kubectl -n shop logs api-0 --previous']);
  });
  test.each([
    { name: 'a ready container beside one whose image never pulled: Pending, a container not yet started', status: '2/3   ImagePullBackOff', phase: 'Pending' },
    { name: 'a sidecar running beside an app container refused before its start: Pending (er/03)', status: '1/2   CreateContainerConfigError', phase: 'Pending' },
    { name: 'a ready container beside one that ran and now waits on its image: Running', status: '2/3   ImagePullBackOff', restarts: '1 (3m ago)', phase: 'Running' },
    { name: 'a native sidecar ready while an init container runs: Pending (hunt ai/28)', status: '1/2   Init:2/3', phase: 'Pending' },
    { name: 'a native sidecar ready before the app starts: Pending (hunt ai/30)', status: '1/2   PodInitializing', phase: 'Pending' },
    { name: 'a native sidecar ready beside a failing init container: Pending', status: '1/2   Init:CrashLoopBackOff', phase: 'Pending' },
    { name: 'no container ready during init: Pending', status: '0/2   Init:1/3', phase: 'Pending' },
  ])('$name', ({ status, restarts, phase }: { status: string; restarts?: string; phase: string }) => {
    expect(explain(`NAME    READY   STATUS   RESTARTS   AGE\nweb-0   ${status}   ${restarts ?? '0'}   5m`).rows[0]?.phase).toBe(phase);
  });
});

describe('Error fails a pod only if nothing restarts it', () => {
  test.each([
    { name: "a Job's pod that ended in Error", row: 'backup-x7k2p   0/1   Error   0   5m', phase: 'Failed', owner: 'Job', confidence: 'medium' },
    { name: 'a Deployment pod in Error is restarted', row: 'longhorn-ui-59c4654868-pkg2n   0/1   Error   1 (10s ago)   16s', phase: 'Running', owner: 'Deployment', confidence: 'high' },
    { name: 'a pod that restarted is restarted again, and its Job owner is a guess', row: 'nginx-ingress-njdhg   0/1   Error   4   92s', phase: 'Running', owner: 'Job', confidence: 'low' },
    { name: 'ExitCode:1 under a StatefulSet', row: 'db-0   0/1   ExitCode:1   0   1m', phase: 'Running', owner: 'StatefulSet', confidence: 'medium' },
    { name: 'a Deployment pod whose init container the kubelet lost as the pod ended: Failed, nothing restarts it (hunt z/01)', row: 'web-7d4b9c7f6d-abcde   0/1   Init:ContainerStatusUnknown   0   36d', phase: 'Failed', owner: 'Deployment', confidence: 'medium' },
  ])('$name', ({ row, phase, owner, confidence }) => {
    const r = explain(`NAME   READY   STATUS   RESTARTS   AGE\n${row}`).rows[0];
    expect([r?.phase, r?.workload?.kind, r?.workload?.confidence]).toEqual([phase, owner, confidence]);
  });
});

describe('Completed depends on the owner', () => {
  test.each([
    { name: 'a Job pod that finished is fine', pod: 'backup-x7k2p', kind: 'Job', severity: 'ok', stopped: false },
    { name: 'a Deployment pod that completed has stopped', pod: 'web-66bff467f8-x7k2p', kind: 'Deployment', severity: 'warning', stopped: true },
    { name: 'a known DaemonSet pod that completed has stopped', pod: 'kube-proxy-x7k2p', kind: 'DaemonSet', severity: 'warning', stopped: true },
    { name: 'a "<x>-0" pod Completed without a restart is no StatefulSet\'s (an operator\'s batch pod, a numbered pod): no claim', pod: 'db-0', kind: 'Pod', severity: 'ok', stopped: false },
    { name: 'a Job the knowledge base knows, its name ending in what reads as a hash (Rook\'s per-PVC osd-prepare)', pod: 'rook-ceph-osd-prepare-set0-data-26555b-b6lgj', kind: 'Job', severity: 'ok', stopped: false },
    { name: "a Job the knowledge base knows whose name's six characters no hash holds already said Job: sure now (Rook's per-PVC osd-prepare)", pod: 'rook-ceph-osd-prepare-set0-data-0zswc8-t4kpc', kind: 'Job', severity: 'ok', stopped: false, confidence: 'high' },
    { name: "the same shape unknown to the knowledge base: a Job by its end, not sure (LitmusChaos's experiment Job, hunt bd/06)", pod: 'pod-delete-7dd4yq-drmvm', kind: 'Job', severity: 'ok', stopped: false, confidence: 'medium' },
    { name: 'a Job pod Completed after restarts (restartPolicy OnFailure) is fine', pod: 'backup-x7k2p', restarts: '2', kind: 'Job', severity: 'ok', stopped: false },
    { name: 'a guessed Job pod Completed after restarts is fine too', pod: 'nginx-ingress-njdhg', restarts: '4', kind: 'Job', severity: 'ok', stopped: false },
  ])('$name', ({ pod, restarts, kind, severity, stopped, confidence }) => {
    const r = explain(`NAME   READY   STATUS      RESTARTS   AGE\n${pod}   0/1   Completed   ${restarts ?? '0'}   5d`).rows[0];
    expect(r?.workload?.kind).toBe(kind);
    if (confidence !== undefined) expect(r?.workload?.confidence).toBe(confidence);
    expect(r?.severity).toBe(severity);
    expect(r?.explanations.includes('explain.completed-long-running')).toBe(stopped);
  });
});

describe('an error end never restarted under an owner that restarts always: stopped from outside', () => {
  test.each([
    { name: "Deployment pods in Error at 0 restarts 15h after their host's reboot (eb/03)", rows: ['packager-deployment-775698f6b-rfz7p   0/1   Error   0   15h'], ended: [true] },
    { name: 'a known DaemonSet pod OOMKilled and never restarted', rows: ['kube-proxy-x7k2p   0/1   OOMKilled   0   1d'], ended: [true] },
    { name: 'ExitCode:137 under a Deployment', rows: ['web-66bff467f8-x7k2p   0/1   ExitCode:137   0   2d'], ended: [true] },
    { name: 'a Deployment pod in Error that restarted: a crash, not a stop', rows: ['longhorn-ui-59c4654868-pkg2n   0/1   Error   1 (10s ago)   16s'], ended: [false] },
    { name: 'a Deployment pod in Error minutes old: its restart may yet come', rows: ['web-66bff467f8-x7k2p   0/1   Error   0   2m'], ended: [false] },
    { name: "a Job's pod in Error: nothing restarts it by design", rows: ['backup-x7k2p   0/1   Error   0   5d'], ended: [false] },
    { name: 'a bare pod: its restart policy unknown, no claim', rows: ['busybox   0/1   Error   0   5d'], ended: [false] },
    { name: 'a Deployment pod ExitCode:0: Completed in other words, not an error', rows: ['web-66bff467f8-x7k2p   0/1   ExitCode:0   0   2d'], ended: [false] },
    { name: 'one whose ReplicaSet runs a ready pod in its place: replaced says it', rows: ['web-66bff467f8-x7k2p   0/1   Error   0   2d', 'web-66bff467f8-q9zzt   1/1   Running   0   2d'], ended: [false, false] },
  ])('$name', ({ rows, ended }) => {
    const m = explain(`NAME   READY   STATUS   RESTARTS   AGE\n${rows.join('\n')}\n`);
    expect(m.rows.map((r) => r.explanations.includes('explain.ended-long-running'))).toEqual(ended);
  });
});

describe('Completed with a recent restart under an owner that restarts always: a crash loop between runs', () => {
  test.each([
    { name: 'a static pod whose command ends, restarted 55s ago (hunt di/05: busybox with no command)', row: 'static-busybox-controlplane   0/1   Completed   4 (55s ago)   109s\nkube-apiserver-controlplane   1/1   Running   0   74m', severity: 'error', phase: 'Running', restarting: true },
    { name: 'a Deployment pod restarted 2m ago: restarting, not stopped', row: 'web-66bff467f8-x7k2p   0/1   Completed   3 (2m ago)   10m', severity: 'error', phase: 'Running', restarting: true },
    { name: 'a Deployment pod whose last restart was hours ago: stopped, as before', row: 'web-66bff467f8-x7k2p   0/1   Completed   3 (5h ago)   2d', severity: 'warning', phase: 'Succeeded', restarting: false },
    { name: 'a Job pod Completed after a recent restart (restartPolicy OnFailure): finished', row: 'backup-x7k2p   0/1   Completed   2 (1m ago)   5m', severity: 'ok', phase: 'Succeeded', restarting: false },
    { name: 'a bare pod: its restart policy unknown, no claim', row: 'busybox   0/1   Completed   2 (1m ago)   5m', severity: 'ok', phase: 'Succeeded', restarting: false },
  ])('$name', ({ row, severity, phase, restarting }) => {
    const r = explain(`NAME   READY   STATUS      RESTARTS   AGE\n${row}\n`).rows[0];
    expect([r?.severity, r?.phase, r?.explanations.includes('explain.completed-restarting')]).toEqual([severity, phase, restarting]);
  });
});

describe('a bare pod named just as a control-plane component: a copy made through the API, not the static pod', () => {
  const head = 'NAMESPACE     NAME   READY   STATUS    RESTARTS   AGE\nkube-system   kube-apiserver-controlplane   1/1   Running   0   18m\n';
  test.each([
    { name: 'kube-scheduler applied from its manifest, failing beside kube-scheduler-controlplane (hunt di/02): no control-plane finding', row: 'kube-system   kube-scheduler   0/1   Error   1 (2s ago)   3s', copy: true, notReady: false },
    { name: 'the static pod itself failing: the control plane is', row: 'kube-system   kube-scheduler-controlplane   0/1   Error   1 (2s ago)   3s', copy: false, notReady: true },
  ])('$name', ({ row, copy, notReady }) => {
    const m = explain(`${head}${row}\n`);
    expect([m.rows[1]?.explanations.includes('explain.control-plane-copy'), m.findings.some((f) => f.id === 'control-plane-not-ready' || f.id.startsWith('control-plane-down-'))]).toEqual([copy, notReady]);
  });
});

describe('a numbered family Completed: stopped where restarts back the StatefulSet guess', () => {
  test.each([
    { name: 'nats-streaming servers Completed after restarts (ar/29)', restarts: ['2', '1', '2'], owner: 'StatefulSet medium', severities: ['warning', 'warning', 'warning'] },
    { name: 'one of them never restarted, a batch pod\'s way: bare pods of a guess, no claim', restarts: ['2', '0', '2'], owner: 'Pod low', severities: ['ok', 'ok', 'ok'] },
  ])('$name', ({ restarts, owner, severities }) => {
    const rows = restarts.map((n, i) => `stan-nats-streaming-${i + 1}   0/1   Completed   ${n}   25h`);
    const m = explain(`NAME   READY   STATUS      RESTARTS   AGE\n${rows.join('\n')}\n`);
    expect(m.rows.map((r) => `${r.workload?.kind} ${r.workload?.confidence}`)).toEqual(restarts.map(() => owner));
    expect(m.rows.map((r) => r.severity)).toEqual(severities);
    expect(m.rows.map((r) => r.explanations.includes('explain.completed-long-running'))).toEqual(severities.map((s) => s === 'warning'));
  });
});

describe('a numbered family with a pod that completed', () => {
  const own = (m: ReturnType<typeof explain>) => m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name} ${r.workload?.confidence}`);
  test.each([
    {
      name: "Volcano's vcjob pods, Completed beside OutOfcpu (z/16): no StatefulSet's, each read as the completed ones are",
      rows: ['vc-job1-nginx-0   0/1   Completed   0   4d', 'vc-job1-nginx-1   0/1   OutOfcpu    0   4d', 'vc-job1-nginx-2   0/1   Completed   0   4d', 'vc-job1-nginx-3   0/1   OutOfcpu    0   4d'],
      expected: ['Pod/vc-job1-nginx-0 low', 'Pod/vc-job1-nginx-1 low', 'Pod/vc-job1-nginx-2 low', 'Pod/vc-job1-nginx-3 low'],
    },
    {
      name: 'none completed: a StatefulSet',
      rows: ['web-0             1/1   Running     0   4d', 'web-1             0/1   OutOfcpu    0   4d'],
      expected: ['StatefulSet/web medium', 'StatefulSet/web medium'],
    },
    {
      name: "a completed pod that had restarted (a StatefulSet's container exits and comes back) rules nothing out",
      rows: ['web-0             0/1   Completed   3   4d', 'web-1             1/1   Running     0   4d'],
      expected: ['StatefulSet/web medium', 'StatefulSet/web medium'],
    },
    {
      name: 'one completed beside running siblings: maybe a StatefulSet\'s pod caught as its node rebooted, before its restart',
      rows: ['web-0             0/1   Completed   0   4d', 'web-1             1/1   Running     0   4d', 'web-2             0/1   CrashLoopBackOff   4   4d'],
      expected: ['Pod/web-0 low', 'StatefulSet/web medium', 'StatefulSet/web medium'],
    },
    {
      name: 'one completed, its sibling failed and none runs: no StatefulSet\'s',
      rows: ['vc-job1-nginx-0   0/1   Completed   0   4d', 'vc-job1-nginx-1   0/1   OutOfcpu    0   4d'],
      expected: ['Pod/vc-job1-nginx-0 low', 'Pod/vc-job1-nginx-1 low'],
    },
    {
      name: 'two completed: no StatefulSet\'s, its running sibling neither',
      rows: ['vc-job1-nginx-0   0/1   Completed   0   4d', 'vc-job1-nginx-1   0/1   Completed   0   4d', 'vc-job1-nginx-2   1/1   Running     0   4d'],
      expected: ['Pod/vc-job1-nginx-0 low', 'Pod/vc-job1-nginx-1 low', 'Pod/vc-job1-nginx-2 low'],
    },
    {
      name: "another family's completed pod",
      rows: ['batch-0           0/1   Completed   0   4d', 'web-0             1/1   Running     0   4d'],
      expected: ['Pod/batch-0 low', 'StatefulSet/web medium'],
    },
  ])('$name', ({ rows, expected }) => {
    expect(own(explain(`NAME              READY STATUS      RESTARTS AGE\n${rows.join('\n')}`))).toEqual(expected);
  });
  test('the same family in another namespace keeps its own reading', () => {
    const m = explain(['NAMESPACE   NAME    READY   STATUS      RESTARTS   AGE', 'a           job-0   0/1     Completed   0          4d', 'b           job-1   1/1     Running     0          4d'].join('\n'));
    expect(own(m)).toEqual(['Pod/job-0 low', 'StatefulSet/job medium']);
  });
});

describe('a watched pod seen Completed, then in another state', () => {
  const watch = (rows: string[]) => ['$ kubectl get pods -w', 'NAME                READY   STATUS                     RESTARTS   AGE', ...rows].join('\n');
  test.each([
    {
      name: 'UnexpectedAdmissionError after a kubelet restart (z/20): it had completed, a Job\'s pod on both lines',
      rows: ['cuda-sample-lt2jq   0/1     Completed                  0          53s', 'cuda-sample-lt2jq   0/1     UnexpectedAdmissionError   0          72s'],
      expected: ['Job/cuda-sample medium', 'Job/cuda-sample medium'],
    },
    {
      name: 'Terminating after Completed: a finished Job\'s pod being deleted',
      rows: ['cuda-sample-lt2jq   0/1     Completed                  0          53s', 'cuda-sample-lt2jq   0/1     Terminating                0          72s'],
      expected: ['Job/cuda-sample medium', 'Job/cuda-sample medium'],
    },
    {
      name: "Running again with a restart counted (a node's reboot): restartPolicy Always, no Job's",
      rows: ['node-agent-lt2jq    0/1     Completed                  0          5d', 'node-agent-lt2jq    1/1     Running                    1          5d'],
      expected: ['DaemonSet/node-agent low', 'DaemonSet/node-agent low'],
    },
    {
      name: 'evicted later, a restart counted since it completed: it ran again, no Job\'s',
      rows: ['node-agent-lt2jq    0/1     Completed                  0          5d', 'node-agent-lt2jq    0/1     Evicted                    1          5d'],
      expected: ['DaemonSet/node-agent low', 'DaemonSet/node-agent low'],
    },
    {
      name: "Running again without a restart: a new pod of the same name (a StatefulSet's)",
      rows: ['web-0               0/1     Completed                  0          5d', 'web-0               1/1     Running                    0          5s'],
      expected: ['StatefulSet/web medium', 'StatefulSet/web medium'],
    },
  ])('$name', ({ rows, expected }) => {
    expect(explain(watch(rows)).rows.map((r) => `${r.workload?.kind}/${r.workload?.name} ${r.workload?.confidence}`)).toEqual(expected);
  });
});

describe('a failed pod a newer pod of the same Job or ReplicaSet took over from is history', () => {
  const table = (rows: string[]): string => `NAME            READY   STATUS      RESTARTS   AGE\n${rows.join('\n')}`;
  test.each([
    { name: 'Job retried and completed: the failures are history', rows: ['pi-2xk7d   0/1   Error       0   5m', 'pi-8fj2k   0/1   Error       0   4m', 'pi-q9z8m   0/1   Completed   0   3m'], replaced: [true, true, false] },
    { name: 'Job still failing: the newest failure stays an error', rows: ['pi-2xk7d   0/1   Error   0   5m', 'pi-8fj2k   0/1   Error   0   4m'], replaced: [true, false] },
    { name: 'Job retrying now: the failure before the running pod is history', rows: ['pi-2xk7d   0/1   Error     0   5m', 'pi-8fj2k   1/1   Running   0   1m'], replaced: [true, false] },
    { name: 'a retried Job of the --1- naming (Kubernetes 1.21-1.22)', rows: ['helm-install-traefik--1-m2r2x   0/1   Error       0   5m', 'helm-install-traefik--1-q9z8m   0/1   Completed   0   3m'], replaced: [true, false] },
    { name: 'two attempts of the same printed age: the failed one came first, a Job stops once one completed (hunt dc/24)', rows: ['pi-2xk7d   0/1   Error       0   5m', 'pi-8fj2k   0/1   Completed   0   5m'], replaced: [true, false] },
    { name: 'two attempts of the same age, both failed: neither is known to be first', rows: ['pi-2xk7d   0/1   Error       0   5m', 'pi-8fj2k   0/1   Error       0   5m'], replaced: [false, false] },
    { name: "an Indexed Job: a failed index is replaced only by a newer pod of that index", rows: ['pi-0-2xk7d   0/1   Error       0   5m', 'pi-0-8fj2k   0/1   Completed   0   4m', 'pi-1-q9z8m   0/1   Error       0   4m', 'pi-2-x7k2p   0/1   Completed   0   3m'], replaced: [true, false, false, false] },
    { name: 'a CronJob run retried within its Job', rows: ['backup-29012340-2xk7d   0/1   Error       0   2h', 'backup-29012340-8fj2k   0/1   Completed   0   1h'], replaced: [true, false] },
    { name: 'an older CronJob run failed, a later run completed: the schedule went on past it (hunt z/01)', rows: ['backup-29012340-2xk7d   0/1   Error       0   2h', 'backup-29012400-8fj2k   0/1   Completed   0   1h'], replaced: [true, false] },
    { name: 'a CronJob run lost in its init containers (eviction), a later run completed (hunt z/01)', rows: ['backup-29508720-gjbl8   0/1   Init:ContainerStatusUnknown   0   36d', 'backup-29561250-r6mwj   0/1   Completed   0   20m'], replaced: [true, false] },
    { name: 'an older CronJob run failed, the later run failed too: neither run completed, both stand', rows: ['backup-29012340-2xk7d   0/1   Error   0   2h', 'backup-29012400-8fj2k   0/1   Error   0   1h'], replaced: [false, false] },
    { name: 'an older CronJob run failed, the later run still runs: not past it yet', rows: ['backup-29012340-2xk7d   0/1   Error     0   2h', 'backup-29012400-8fj2k   1/1   Running   0   1h'], replaced: [false, false] },
    { name: 'a CronJob run completed before the one that failed: the failure is the latest', rows: ['backup-29012340-2xk7d   0/1   Completed   0   2h', 'backup-29012400-8fj2k   0/1   Error       0   1h'], replaced: [false, false] },
    { name: 'another Job\'s newer pod does not count', rows: ['pi-2xk7d     0/1   Error       0   5m', 'calc-8fj2k   0/1   Completed   0   3m'], replaced: [false, false] },
    { name: 'a Deployment pod a ready newer pod of its ReplicaSet replaced (after an eviction)', rows: ['web-7d4b9c7f6d-abcde   0/1   ContainerStatusUnknown   0   26m', 'web-7d4b9c7f6d-fghij   1/1   Running                  0   5m'], replaced: [true, false] },
    { name: 'a Deployment pod in Error with a ready newer pod', rows: ['web-7d4b9c7f6d-abcde   0/1   Error     0   50m', 'web-7d4b9c7f6d-fghij   1/1   Running   0   49m'], replaced: [true, false] },
    { name: 'the newer pod is not ready yet: the failure stands', rows: ['web-7d4b9c7f6d-abcde   0/1   Error     0   50m', 'web-7d4b9c7f6d-fghij   0/1   Running   0   49m'], replaced: [false, false] },
    { name: 'a ready pod of the ReplicaSet as old (as printed) does the work a failed one never will', rows: ['web-7d4b9c7f6d-abcde   0/1   Evicted   0   63d', 'web-7d4b9c7f6d-fghij   1/1   Running   0   63d'], replaced: [true, false] },
    { name: 'failed pods younger than every ready one are failing now, not history (a kubelet rejecting new pods)', rows: ['web-7d4b9c7f6d-abcde   0/1   OutOfpods   0   3s', 'web-7d4b9c7f6d-fghij   1/1   Running     0   2m57s'], replaced: [false, false] },
    { name: 'no ready pod of its ReplicaSet: the failure stands', rows: ['web-7d4b9c7f6d-abcde   0/1   Evicted   0   63d', 'web-7d4b9c7f6d-fghij   0/1   Pending   0   1m'], replaced: [false, false] },
    { name: 'a newer pod of another ReplicaSet (a rollout) does not count', rows: ['web-7d4b9c7f6d-abcde   0/1   Error     0   50m', 'web-5c8f9b7d4c-fghij   1/1   Running   0   5m'], replaced: [false, false] },
    { name: 'a Deployment pod OOMKilled is restarted in place, not replaced', rows: ['web-7d4b9c7f6d-abcde   0/1   OOMKilled   3   50m', 'web-7d4b9c7f6d-fghij   1/1   Running     0   5m'], replaced: [false, false] },
  ])('$name', ({ rows, replaced }) => {
    const m = explain(table(rows));
    expect(m.rows.map((r) => r.explanations.includes('explain.attempt-replaced'))).toEqual(replaced);
    expect(m.rows.map((r, i) => (replaced[i] === true ? r.severity === 'warning' : true))).toEqual(replaced.map(() => true));
    const history = m.rows.filter((_, i) => replaced[i] === true).map((r) => r.line);
    const f = m.findings.find((x) => x.id === 'attempts-replaced');
    if (history.length === 0) expect(f).toBeUndefined();
    else expect([f?.severity, f?.rows, f?.vars]).toEqual(['warning', history, { count: history.length }]);
    // Reported once: not also as pods in a failed status.
    const inStatus = m.findings.filter((x) => x.id === 'pods-in-status').flatMap((x) => x.rows);
    for (const line of history) expect(inStatus).not.toContain(line);
  });
});

describe('NotReady in a pod whose containers are steps that end one by one', () => {
  const read = (ns: string, rows: string[]) => explain([`$ kubectl get pods -n ${ns}`, 'NAME                              READY   STATUS      RESTARTS   AGE', ...rows].join('\n')).rows.map((r) => `${r.severity} ${r.explanations.includes('explain.steps-finishing')}`);
  test.each([
    { name: "a Tekton TaskRun's steps finishing (hunt dc/12)", ns: 'tekton-demo', rows: ['build-docker-image-run-pod        2/4     NotReady    0          2m47s'], expected: ['progress true'] },
    { name: 'an Argo Workflow step whose main container ended, its wait container saving outputs', ns: 'argo', rows: ['hello-world-x7k2p-whalesay-123456 1/2     NotReady    0          40s'], expected: ['progress true'] },
    { name: "a Deployment's pod: a container that should run ended", ns: 'shop', rows: ['web-7d4b9c7f6d-abcde              1/2     NotReady    0          40m'], expected: ['warning false'] },
    { name: "a TaskRun's pod Running with a step not ready is not this", ns: 'tekton-demo', rows: ['build-docker-image-run-pod        2/4     Running     0          2m47s'], expected: ['warning false'] },
  ])('$name', ({ ns, rows, expected }) => {
    expect(read(ns, rows)).toEqual(expected);
  });
  test.each([
    { name: "a Job's pod whose work ended beside sidecars still running (hunt ch/15)", rows: ['mimir-minio-post-job-j4b9m        1/3     NotReady    0          15s'], expected: [true] },
    { name: "a CronJob's run, the same", rows: ['backup-29012340-8fj2k             1/2     NotReady    0          3h'], expected: [true] },
    { name: "a Deployment's pod is not a Job's", rows: ['web-7d4b9c7f6d-abcde              1/2     NotReady    0          40m'], expected: [false] },
    { name: "a Job's pod Running is not this", rows: ['mimir-minio-post-job-j4b9m        2/3     Running     0          15s'], expected: [false] },
  ])('$name: the sidecar keeps the Job from completing', ({ rows, expected }) => {
    const m = explain(['$ kubectl get pods -n telemetry', 'NAME                              READY   STATUS      RESTARTS   AGE', ...rows].join('\n'));
    expect(m.rows.map((r) => r.explanations.includes('explain.job-sidecar-running'))).toEqual(expected);
  });
  test.each([
    { name: "a scale set's runner whose runner container ended beside dind", row: 'arc-runner-set-f2g6l-runner-59x5m 1/2     NotReady    0          19h', expected: ['explain.runner-sidecar-running', false] },
    { name: "a legacy Runner's pod named for its RunnerDeployment (ex/02)", row: 'cdi-runner-wdcxg-vsgb5            1/2     NotReady    0          52m', expected: ['explain.runner-sidecar-running', false] },
  ])('an ARC runner pod NotReady: its runner ended, the docker sidecar keeps it: $name', ({ row, expected }) => {
    const m = explain(['$ kubectl get pods -n ci', 'NAME                              READY   STATUS      RESTARTS   AGE', row].join('\n'));
    const e = m.rows[0]?.explanations ?? [];
    expect([e.find((x) => x.startsWith('explain.runner-')), e.includes('explain.job-sidecar-running')]).toEqual(expected);
  });
});

describe('a listing of failed pods only (--field-selector status.phase=Failed): their successors are hidden, not missing', () => {
  const listing = (command: string, rows: string[]): string => [`$ ${command}`, 'NAMESPACE   NAME                    READY   STATUS                   RESTARTS   AGE', ...rows].join('\n');
  const read = (text: string) => explain(text).rows.map((r) => `${r.severity} ${r.phase} ${r.explanations.includes('explain.failed-listed-replaced')}`);
  test.each([
    { name: "a Deployment's pod in Error after a node shutdown (hunt cz/16)", command: 'kubectl get pods -A --field-selector=status.phase=Failed', rows: ['shop        web-7d4b9c7f6d-abcde    0/1     Error                    0          18d'], expected: ['warning Failed true'] },
    { name: "a Deployment's pod in ContainerStatusUnknown", command: 'kubectl get pods -A --field-selector status.phase=Failed', rows: ['shop        web-7d4b9c7f6d-abcde    0/1     ContainerStatusUnknown   0          16d'], expected: ['warning Failed true'] },
    { name: "a DaemonSet's pod, Evicted", command: 'kubectl get pods -A --field-selector=status.phase==Failed', rows: ['kube-system kube-proxy-x7k2p        0/1     Evicted                  0          3d'], expected: ['warning Failed true'] },
    { name: "a Job's failed pod: nothing shows a successor, it stays an error", command: 'kubectl get pods -A --field-selector=status.phase=Failed', rows: ['batch       pi-2xk7d                0/1     Error                    0          5m'], expected: ['error Failed false'] },
    { name: 'a bare pod: nothing replaces it', command: 'kubectl get pods -A --field-selector=status.phase=Failed', rows: ['default     debug                   0/1     Error                    0          5m'], expected: ['error Failed false'] },
    { name: "without the selector a Deployment's fresh Error pod restarts in place", command: 'kubectl get pods -A', rows: ['shop        web-7d4b9c7f6d-abcde    0/1     Error                    0          40s'], expected: ['error Running false'] },
    { name: "without the selector a Deployment's Error pod never restarted in 18 days has ended (hunt cz/16)", command: 'kubectl get pods -A', rows: ['shop        web-7d4b9c7f6d-abcde    0/1     Error                    0          18d'], expected: ['error Failed false'] },
    { name: 'a selector on another phase says nothing of failure', command: 'kubectl get pods -A --field-selector=status.phase=Running', rows: ['shop        web-7d4b9c7f6d-abcde    1/1     Running                  0          18d'], expected: ['ok Running false'] },
  ])('$name', ({ command, rows, expected }) => {
    expect(read(listing(command, rows))).toEqual(expected);
  });
});

describe('a container that ended and was never restarted, long after the pod started', () => {
  const read = (row: string) => explain(['$ kubectl get pods', 'NAME                              READY   STATUS      RESTARTS      AGE', row].join('\n')).rows.map((r) => r.phase);
  test.each([
    { name: 'a task pod OOMKilled, 0 restarts at 126m: restartPolicy Never, it failed (hunt dk/06)', row: 'fc6b601ca7bb04acb911-n0-0-dn0-0   0/1     OOMKilled   0             126m', expected: ['Failed'] },
    { name: "a Deployment's pod OOMKilled and restarted: the kubelet runs it again", row: 'tax-base-74464f6b98-2kj6g         0/1     OOMKilled   4 (57s ago)   2m40s', expected: ['Running'] },
    { name: "a Deployment's pod OOMKilled a moment ago: its restart is still to come", row: 'web-7d4b9c7f6d-abcde              0/1     OOMKilled   0             20s', expected: ['Running'] },
    { name: 'a ready container means the pod runs, whatever ended beside it', row: 'web-7d4b9c7f6d-abcde              1/2     Error       0             3h', expected: ['Running'] },
  ])('$name', ({ row, expected }) => {
    expect(read(row)).toEqual(expected);
  });
  test.each([
    { name: 'a numbered pod OOMKilled that stays so is no StatefulSet\'s: its controller would have made it again (hunt dk/06)', row: 'fc6b601ca7bb04acb911-n0-0-dn0-0   0/1     OOMKilled   0             126m', expected: ['Pod low'] },
    { name: 'the same in Error', row: 'train-0                           0/1     Error       0             3h', expected: ['Pod low'] },
    { name: 'a numbered pod OOMKilled a moment ago may still be restarted: a StatefulSet guess', row: 'train-0                           0/1     OOMKilled   0             20s', expected: ['StatefulSet medium'] },
    { name: 'a numbered pod OOMKilled and restarted: a StatefulSet guess', row: 'train-0                           0/1     OOMKilled   3 (1m ago)    3h', expected: ['StatefulSet medium'] },
  ])('$name: owner', ({ row, expected }) => {
    const m = explain(['$ kubectl get pods', 'NAME                              READY   STATUS      RESTARTS      AGE', row].join('\n'));
    expect(m.rows.map((r) => `${r.workload?.kind} ${r.workload?.confidence}`)).toEqual(expected);
  });
});

describe("the kubelet's own reasons fail the pod whatever READY still says", () => {
  const read = (row: string) => explain(['$ kubectl get pod', 'NAME      READY   STATUS              RESTARTS   AGE', row].join('\n')).rows.map((r) => r.phase);
  test.each([
    { name: 'an evicted pod still showing 1/1 has failed (hunt dk/09)', row: 'evictme   1/1     Evicted             0          6s', expected: ['Failed'] },
    { name: 'a pod the kubelet refused for CPU, the same', row: 'evictme   1/1     OutOfcpu            0          6s', expected: ['Failed'] },
    { name: 'a container reason with a ready neighbour: the pod runs', row: 'evictme   1/2     Error               0          6s', expected: ['Running'] },
  ])('$name', ({ row, expected }) => {
    expect(read(row)).toEqual(expected);
  });
});

describe('components of pods no controller names', () => {
  test.each([
    { name: 'a VM launcher', pod: 'virt-launcher-testvm-676tr', component: 'virt-launcher' },
    { name: 'a GPU validation pod', pod: 'nvidia-cuda-validator-wgs28', component: 'nvidia-cuda-validator' },
    { name: "the device plugin's validation pod: its own text, no CUDA validator's (hunt y/10)", pod: 'nvidia-device-plugin-validator-whr6m', component: 'nvidia-device-plugin-validator' },
    { name: "a Longhorn share manager, owned by its volume's ShareManager", pod: 'share-manager-pvc-706cc6b1-4840-45f1-bd54-13a3053ccb08', component: 'longhorn-share-manager' },
  ])('$name', ({ pod, component }) => {
    expect(explain(`NAME   READY   STATUS    RESTARTS   AGE\n${pod}   1/1   Running   0   5d`).rows[0]?.component).toBe(component);
  });
  test("an ARC listener: its AutoscalingListener's pod, described as such (hunt ab/06)", () => {
    const m = explain('NAMESPACE    NAME                     READY   STATUS    RESTARTS   AGE\narc-system   prod-67d8f47f-listener   1/1     Running   0          48m');
    expect(m.rows[0]).toMatchObject({ component: 'arc-listener', workload: { kind: 'AutoscalingListener', name: 'prod-67d8f47f-listener', confidence: 'high' } });
    expect(m.rows[0]?.explanations).toContain('owner.AutoscalingListener');
    expect(m.rows[0]?.next.at(-1)).toEqual({ command: 'kubectl -n arc-system describe autoscalinglisteners.actions.github.com prod-67d8f47f-listener', why: 'why.describe-owner' });
  });
  test.each([
    { name: "a GPU validation pod in Init:Error: its ClusterPolicy's, described without a name or namespace (hunt cj/12)", paste: 'NAME                          READY   STATUS       RESTARTS      AGE\nnvidia-cuda-validator-wgs28   0/1     Init:Error   3 (39s ago)   56s', severity: 'error' },
    { name: 'the same Completed: its normal end, no stopped owner', paste: 'NAMESPACE      NAME                          READY   STATUS      RESTARTS   AGE\ngpu-operator   nvidia-cuda-validator-wgs28   0/1     Completed   0          5m', severity: 'ok' },
  ])('$name', ({ paste, severity }) => {
    const r = explain(paste).rows[0];
    expect(r).toMatchObject({ component: 'nvidia-cuda-validator', severity, workload: { kind: 'ClusterPolicy', confidence: 'medium' } });
    expect(r?.explanations).toContain('owner.ClusterPolicy');
    expect(r?.explanations).not.toContain('explain.completed-long-running');
    expect(r?.next.at(-1)).toEqual({ command: 'kubectl describe clusterpolicies.nvidia.com', why: 'why.describe-owner' });
  });
  test("a Longhorn manager's next commands describe its own resource", () => {
    const m = explain('NAMESPACE         NAME                          READY   STATUS             RESTARTS      AGE\nlonghorn-system   instance-manager-e-3dba6914   0/1     CrashLoopBackOff   4 (30s ago)   5d');
    expect(m.rows[0]?.next.map((n) => n.command)).toContain('kubectl -n longhorn-system describe instancemanagers.longhorn.io instance-manager-e-3dba6914');
  });
});

describe('OpenShift DeploymentConfigs', () => {
  const H = 'NAME                       READY   STATUS      RESTARTS   AGE';
  test.each([
    { name: 'a revision\'s pod beside its deployer pod', rows: ['hello-openshift-2-deploy   0/1     Completed   0          59m', 'hello-openshift-2-v85n2    1/1     Running     0          56m'], kinds: ['DeploymentConfig', 'DeploymentConfig'], severities: ['ok', 'ok'] },
    { name: 'without a deployer pod the shape alone says nothing of OpenShift', rows: ['hello-openshift-2-v85n2    1/1     Running     0          56m'], kinds: ['DaemonSet'], severities: ['ok'] },
    { name: "another revision's pod where a deployer pod shows DeploymentConfigs at all", rows: ['registry-console-1-deploy  0/1     Pending     0          2m', 'router-1-2gp7c             1/1     Running     0          56m'], kinds: ['DeploymentConfig', 'DeploymentConfig'], severities: ['progress', 'ok'] },
  ])('$name', ({ rows, kinds, severities }) => {
    const m = explain(`${H}\n${rows.join('\n')}`);
    expect(m.rows.map((r) => r.workload?.kind)).toEqual(kinds);
    expect(m.rows.map((r) => r.severity)).toEqual(severities);
  });
  test.each([
    { name: 'a revision\'s pod listed by oc', row: 'logging-kibana-1-rsjx9     1/2     Running     0          5m', owner: 'DeploymentConfig/logging-kibana' },
    { name: 'revision 0 is no revision (an index)', row: 'nvidia-driver-0-hs6rw      2/2     Running     0          5m', owner: 'DaemonSet/nvidia-driver-0' },
    { name: 'a Job\'s retry (<job>--1-<5>) stays a Job\'s', row: 'pruner-27319680--1-tgfvf   0/1     Completed   0          5m', owner: 'CronJob/pruner' },
  ])('oc get pods says OpenShift: $name', ({ row, owner }) => {
    const r = explain(`$ oc get pods\n${H}\n${row}`).rows[0];
    expect(`${r?.workload?.kind}/${r?.workload?.name}`).toBe(owner);
  });
});

describe('owners the paste lists in other tables (kubectl get all)', () => {
  test.each([
    { name: 'a DaemonSet listed: its pods are sure', pod: 'fluentd-x7k2p', table: 'NAME                     DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE\ndaemonset.apps/fluentd   1         1         1       1            1           <none>          5d', kind: 'DaemonSet', owner: 'fluentd', confidence: 'high' },
    { name: 'a ReplicationController listed (rc/)', pod: 'wildfly-rc-b52f5', table: 'NAME            DESIRED   CURRENT   READY   AGE\nrc/wildfly-rc   1         1         1       41s', kind: 'ReplicationController', owner: 'wildfly-rc', confidence: 'high' },
    { name: 'a StatefulSet listed', pod: 'db-3', table: 'NAME                 READY   AGE\nstatefulset.apps/db   4/4     5d', kind: 'StatefulSet', owner: 'db', confidence: 'high' },
    { name: 'a ReplicaSet listed without its Deployment', pod: 'web-7d4b9c7f6d-x7k2p', table: 'NAME                              DESIRED   CURRENT   READY   AGE\nreplicaset.apps/web-7d4b9c7f6d   1         1         1       5d', kind: 'ReplicaSet', owner: 'web-7d4b9c7f6d', confidence: 'high' },
    { name: 'nothing listed: the shape decides', pod: 'log-shipper-x7k2p', table: '', kind: 'DaemonSet', owner: 'log-shipper', confidence: 'low' },
  ])('$name', ({ pod, table, kind, owner, confidence }) => {
    const m = explain(`$ kubectl get all\nNAME   READY   STATUS    RESTARTS   AGE\npod/${pod}   1/1   Running   0   5d\n\n${table}`);
    expect(m.rows[0]?.workload).toEqual({ kind, name: owner, confidence });
  });
});

describe('a ReplicaSet listed, its Deployment asked for: bare only where the Deployments come first', () => {
  const rs = ['', 'NAME                              DESIRED   CURRENT   READY   AGE', 'replicaset.apps/web-7d4b9c7f6d   1         1         1       5d'];
  test.each([
    { name: '`get all` prints Deployments before ReplicaSets: none shown, the ReplicaSet is bare', cmd: 'kubectl get all', owner: 'ReplicaSet/web-7d4b9c7f6d/high' },
    { name: '`get pods,deploy,rs`: the same', cmd: 'kubectl get pods,deploy,rs', owner: 'ReplicaSet/web-7d4b9c7f6d/high' },
    { name: '`get pods,rc,rs,deployment` cut after the ReplicaSets: its Deployment (ey/04)', cmd: 'kubectl get pods,rc,rs,deployment -o wide', owner: 'Deployment/web/high' },
    { name: '`get pods,rs`: Deployments never asked for', cmd: 'kubectl get pods,rs', owner: 'Deployment/web/high' },
  ])('$name', ({ cmd, owner }) => {
    const w = explain([`$ ${cmd}`, 'NAME                       READY   STATUS    RESTARTS   AGE', 'pod/web-7d4b9c7f6d-x7k2p   1/1     Running   0          5d', ...rs].join('\n')).rows[0]?.workload;
    expect(`${w?.kind}/${w?.name}/${w?.confidence}`).toBe(owner);
  });
});

describe("kube-up's add-ons of 2015-2016: ReplicationControllers named with their version", () => {
  const header = 'NAMESPACE     NAME                                   READY     STATUS    RESTARTS   AGE';
  test.each([
    { name: 'five letters behind a version, beside a suffix with a vowel (da/01)', rows: ['kube-system   heapster-v1.0.2-swbyl                  1/1       Running   0          3m', 'kube-system   kube-dns-v11-3e7de                     4/4       Running   0          3m'], owner: 'ReplicationController/heapster-v1.0.2/medium' },
    { name: 'an add-on the knowledge base does not know, one pod, in a paste of that time (da/08)', rows: ['kube-system   kube-ui-v4-cs8ya                       1/1       Running   0          1m', 'kube-system   kube-dns-v9-dtay6                      4/4       Running   0          1m'], owner: 'ReplicationController/kube-ui-v4/medium' },
    { name: 'beside decimal hashes too', rows: ['kube-system   monitoring-influxdb-grafana-v3-d6pcb   2/2       Running   0          12m', 'kube-system   heapster-v1.1.0-3249379270-pc13d       4/4       Running   0          3m'], owner: 'ReplicationController/monitoring-influxdb-grafana-v3/medium' },
    { name: "a versioned DaemonSet's pods, one per node, stay a DaemonSet's, which the knowledge base knows it runs as (da/24)", rows: ['kube-system   node-problem-detector-v0.1-h5dxz       1/1       Running   0          4m', 'kube-system   node-problem-detector-v0.1-s7qlz       1/1       Running   0          4m', 'kube-system   kube-dns-v17.1-8m5ny                   3/3       Running   0          4m', 'kube-system   l7-default-backend-v1.0-nu9u1          1/1       Running   0          4m'], owner: 'DaemonSet/node-problem-detector-v0.1/high' },
    { name: 'in a paste of today, a versioned one-pod base stays a guess of a DaemonSet', rows: ['kube-system   metadata-proxy-v0.1-x7k2p              2/2       Running   0          4m'], owner: 'DaemonSet/metadata-proxy-v0.1/low' },
  ])('$name', ({ rows, owner }) => {
    const w = explain([header, ...rows].join('\n')).rows[0]?.workload;
    expect(`${w?.kind}/${w?.name}/${w?.confidence}`).toBe(owner);
  });
  test.each([
    { name: "minikube's dashboard add-on of 2017, its node in a nodes table (da/11)", paste: ['NAME       STATUS    ROLES     AGE       VERSION', 'minikube   Ready     <none>    56m       v1.8.0', '', 'NAMESPACE     NAME                          READY     STATUS    RESTARTS   AGE', 'kube-system   kubernetes-dashboard-lr7v4    1/1       Running   0          56m'], owner: 'ReplicationController/kubernetes-dashboard/medium' },
    { name: "minikube's efk add-on, beside kube-addon-manager-minikube (da/13)", paste: ['NAMESPACE NAME READY STATUS RESTARTS AGE', 'kube-system po/fluentd-es-hcngp 1/1 Running 0 3s', 'kube-system po/kube-addon-manager-minikube 1/1 Running 0 5h'], owner: 'ReplicationController/fluentd-es/medium' },
    { name: 'a fluentd-es DaemonSet of another cluster stays a guess of one', paste: ['NAMESPACE     NAME               READY   STATUS    RESTARTS   AGE', 'kube-system   fluentd-es-hcngp   1/1     Running   0          3s'], owner: 'DaemonSet/fluentd-es/low' },
  ])('$name', ({ paste, owner }) => {
    const w = explain(paste.join('\n')).rows[0]?.workload;
    expect(`${w?.kind}/${w?.name}/${w?.confidence}`).toBe(owner);
  });
  test("kubectl 1.0's rc table (CONTROLLER ... REPLICAS) names the owner (da/07)", () => {
    const m = explain(['$ kubectl get rc --namespace=kube-system', 'CONTROLLER   CONTAINER(S)   IMAGE(S)                                SELECTOR                     REPLICAS', 'kube-ui-v1   kube-ui        gcr.io/google_containers/kube-ui:v1.1   k8s-app=kube-ui,version=v1   1', '', '$ kubectl get pods --namespace=kube-system', 'NAME               READY     STATUS    RESTARTS   AGE', 'kube-ui-v1-8l52b   1/1       Running   0          8m'].join('\n'));
    expect(m.rows[0]?.workload).toEqual({ kind: 'ReplicationController', name: 'kube-ui-v1', confidence: 'high' });
  });
});

describe('an owner read from the name alone says it is a guess', () => {
  test.each([
    { name: 'a <x>-<5 chars> name nothing else confirms', pod: 'log-shipper-x7k2p', guess: true },
    { name: 'a Deployment\'s hash and suffix', pod: 'web-7d4b9c7f6d-x7k2p', guess: false },
  ])('$name', ({ pod, guess }) => {
    const r = explain(`NAME   READY   STATUS    RESTARTS   AGE\n${pod}   1/1   Running   0   5d`).rows[0];
    expect(r?.explanations.includes('explain.owner-guess')).toBe(guess);
    expect(r?.workload?.confidence === 'low').toBe(guess);
  });
});

describe('an owner name Kubernetes cut to 58 characters says it may go on', () => {
  test.each([
    { name: 'a generateName cut inside the owner\'s own name (ah/12): the name shown is its start', pod: 'crossplane-contrib-function-patch-and-transform-6072b6a090pgl9n', owner: 'crossplane-contrib-function-patch-and-transform-6072b6a090', cut: true },
    { name: 'cut inside the pod-template-hash: the Deployment\'s name is whole', pod: 'rook-ceph-mds-ocs-storagecluster-cephfilesystem-a-56f9d5f9pqkpm', owner: 'rook-ceph-mds-ocs-storagecluster-cephfilesystem-a', cut: false },
    { name: 'a 63-character name with a dash before its suffix: nothing cut', pod: 'apiserversource-testevents-6ad167ff-0230-4082-8eef-adapte-zbmq2', owner: 'apiserversource-testevents-6ad167ff-0230-4082-8eef-adapte', cut: false },
    { name: 'a 63-character name with its full hash and suffix: nothing cut', pod: 'crossplane-contrib-function-go-templating-eff9a0400879-949wlg5r', owner: 'crossplane-contrib-function-go-templating-eff9a0400879', cut: false },
  ])('$name', ({ pod, owner, cut }) => {
    const r = explain(`NAME   READY   STATUS    RESTARTS   AGE\n${pod}   1/1   Running   0   5d`).rows[0];
    expect(r?.workload?.name).toBe(owner);
    expect(r?.explanations.includes('explain.owner-name-cut')).toBe(cut);
  });
});

describe('lab clusters', () => {
  test.each([
    { name: 'two stacked etcd members: quorum needs both', nodes: ['master-1', 'master-2'], even: true },
    { name: 'three members', nodes: ['master-1', 'master-2', 'master-3'], even: false },
  ])('$name', ({ nodes, even }) => {
    const m = explain(`NAMESPACE     NAME            READY   STATUS    RESTARTS   AGE\n${nodes.map((n) => `kube-system   etcd-${n}   1/1     Running   0          5d`).join('\n')}`);
    const f = m.findings.find((x) => x.id === 'etcd-even');
    expect(f === undefined ? null : f.vars).toEqual(even ? { count: 2, quorum: 2, tolerate: 0 } : null);
  });
  test('kops etcd static pods: etcd-server-<node> and etcd-server-events-<node> read as etcd, the events one no member of the main etcd', () => {
    const m = explain([
      'NAMESPACE     NAME                                                READY   STATUS    RESTARTS   AGE',
      'kube-system   dns-controller-7dcd49f8d6-m4kht                     1/1     Running   0          3m',
      'kube-system   etcd-server-events-ip-172-20-51-86.ec2.internal     1/1     Running   0          2m',
      'kube-system   etcd-server-ip-172-20-51-86.ec2.internal            1/1     Running   0          2m',
      'kube-system   kube-apiserver-ip-172-20-51-86.ec2.internal         1/1     Running   0          2m',
    ].join('\n'));
    expect(m.rows.slice(1, 3).map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.component}`)).toEqual(['StaticPod/etcd-server-events/etcd', 'StaticPod/etcd-server/etcd']);
    expect(m.findings.map((f) => f.id)).not.toContain('etcd-even');
  });
  test('kops with three masters (-o wide): three members of the main etcd, no even-count claim', () => {
    const nodes = ['ip-10-0-1-23.ec2.internal', 'ip-10-0-2-41.ec2.internal', 'ip-10-0-3-17.ec2.internal'];
    const m = explain(['NAMESPACE     NAME                                          READY   STATUS    RESTARTS   AGE   IP          NODE', ...nodes.flatMap((n, i) => [
      `kube-system   etcd-server-events-${n}   1/1     Running   0          5d    10.0.${i + 1}.5   ${n}`,
      `kube-system   etcd-server-${n}          1/1     Running   0          5d    10.0.${i + 1}.5   ${n}`,
    ])].join('\n'));
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.component}`)).toEqual(nodes.flatMap(() => ['StaticPod/etcd-server-events/etcd', 'StaticPod/etcd-server/etcd']));
    expect(m.findings.map((f) => f.id)).not.toContain('etcd-even');
  });
  test('kubeadm etcd on a node named server-<...> stays etcd-<node>', () => {
    const m = explain('NAMESPACE     NAME                          READY   STATUS    RESTARTS   AGE\nkube-system   etcd-server-node-1            1/1     Running   0          5d\nkube-system   kube-apiserver-server-node-1  1/1     Running   0          5d');
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.component}`)).toEqual(['StaticPod/etcd/etcd', 'StaticPod/kube-apiserver/kube-apiserver']);
  });
  test('static pods named after a node the nodes table or a control-plane pod names', () => {
    const m = explain('NAMESPACE     NAME                     READY   STATUS    RESTARTS   AGE\nkube-system   kube-apiserver-node2     1/1     Running   0          5d\nkube-system   haproxy-node2            1/1     Running   0          5d\nkube-system   kube-vip-k8s-ubuntu-0    1/1     Running   0          5d\n\nNAME           STATUS   ROLES           AGE   VERSION\nk8s-ubuntu-0   Ready    control-plane   5d    v1.30.0');
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}`)).toEqual(['StaticPod/kube-apiserver', 'StaticPod/haproxy', 'StaticPod/kube-vip']);
  });
  // HyperShift's haproxy on each worker of a hosted cluster: the API server runs in the management cluster, no node here is a control plane's.
  test.each([
    { name: 'on KubeVirt workers named <pool>-<5>, no NODE column (hunt br/05)', text: 'NAMESPACE     NAME                               READY   STATUS    RESTARTS   AGE\nkube-system   konnectivity-agent-26htj           1/1     Running   0          99m\nkube-system   kube-apiserver-proxy-kv-00-5rtt6   1/1     Running   0          99m\nkube-system   kube-apiserver-proxy-kv-00-6zmjj   1/1     Running   0          98m', owners: ['DaemonSet/konnectivity-agent', 'StaticPod/kube-apiserver-proxy', 'StaticPod/kube-apiserver-proxy'] },
    { name: 'on an AWS worker the NODE column shows', text: 'NAMESPACE     NAME                                              READY   STATUS    RESTARTS   AGE   IP           NODE\nkube-system   kube-apiserver-proxy-ip-10-0-134-7.ec2.internal   1/1     Running   0          2d    10.0.134.7   ip-10-0-134-7.ec2.internal', owners: ['StaticPod/kube-apiserver-proxy'] },
  ])("HyperShift's kube-apiserver-proxy names its worker, no control plane: $name", ({ text, owners }) => {
    const m = explain(text);
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}`)).toEqual(owners);
    expect(m.rows.map((r) => r.component)).not.toContain('kube-apiserver');
    expect(m.nodes.filter((n) => n.name.startsWith('proxy-') || n.role === 'control-plane')).toEqual([]);
  });
  test('kube-apiserver on a node truly named proxy-<x> that the NODE column shows stays the API server', () => {
    const m = explain('NAMESPACE     NAME                     READY   STATUS    RESTARTS   AGE   IP          NODE\nkube-system   etcd-proxy-1             1/1     Running   0          5d    10.0.0.5    proxy-1\nkube-system   kube-apiserver-proxy-1   1/1     Running   0          5d    10.0.0.5    proxy-1');
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.component}`)).toEqual(['StaticPod/etcd/etcd', 'StaticPod/kube-apiserver/kube-apiserver']);
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['proxy-1', 'control-plane']]);
  });
  test('a sentence with an address in it is prose, not a row', () => {
    const m = explain('NAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d\nFlannel was binding to enp0s3 which was default vagrant ip 10.0.2.15');
    expect(m.problems).toEqual([]);
  });
});

describe('a table flattened onto one line', () => {
  test('on the command line: rows split by their values, in the command\'s namespace, one problem', () => {
    const m = explain('root@k8s-m:~# k get pod -n shop NAME                 READY   STATUS    RESTARTS   AGE web-859f989bbb-8r5zh   1/1     Running   0          47s web-859f989bbb-xhbs9   0/1     Pending   0          47s');
    expect(m.rows.map((r) => [r.line, r.namespace, r.name, r.status])).toEqual([[1, 'shop', 'web-859f989bbb-8r5zh', 'Running'], [1, 'shop', 'web-859f989bbb-xhbs9', 'Pending']]);
    expect(m.problems.map((p) => p.code)).toEqual(['flattened-rows']);
    expect(m.lines.map((l) => l.kind)).toEqual(['prompt']);
  });
  test('rows sharing their line: only the one that keeps restarting takes its finding\'s severity', () => {
    const m = explain('$ kubectl get pods NAME READY STATUS RESTARTS AGE web-859f989bbb-8r5zh 1/1 Running 5 20m web-859f989bbb-xhbs9 1/1 Running 0 20m');
    expect(m.rows.map((r) => [r.name, r.severity])).toEqual([['web-859f989bbb-8r5zh', 'error'], ['web-859f989bbb-xhbs9', 'ok']]);
  });
  test.each([
    { name: 'flattened onto one line: the line named once (hunt cr/12)', text: '[root@bastion ~]# kubectl get pods NAME READY STATUS RESTARTS AGE my-deploy-5d9c7f6b8d-4xk2p 1/1 Running 0 2d13h my-deploy-5d9c7f6b8d-9qz7w 1/1 Running 0 2d13h my-deploy-5d9c7f6b8d-tm8rn 1/1 Running 0 2d13h', rows: [1] },
    { name: 'as printed: each row its own line', text: '$ kubectl get pods\nNAME READY STATUS RESTARTS AGE\nweb-0 1/1 Running 0 2d\nweb-1 1/1 Running 0 2d', rows: [3, 4] },
  ])('a finding names each line once: $name', ({ text, rows }) => {
    expect(explain(text).findings.find((f) => f.id.startsWith('namespace-'))?.rows).toEqual(rows);
  });
});

describe('a pod printed again without a NODE column', () => {
  test('keeps the node an earlier wide line showed (a pod never moves)', () => {
    const m = explain('$ kubectl get pods -o wide\nNAME    READY   STATUS    RESTARTS   AGE   IP         NODE\nweb-0   0/1     Running   0          5s    10.0.0.5   n1\n$ kubectl get pods\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          9s');
    expect(m.rows.map((r) => r.node)).toEqual(['n1', 'n1']);
    expect(m.nodes.map((n) => [n.name, n.pods, n.podsKnown])).toEqual([['n1', 1, true]]);
  });
});

describe('red-team cases of today\'s readers', () => {
  const H = 'NAME                   READY   STATUS    RESTARTS       AGE';
  test('a Deployment pod in Error that restarted a minute ago is crash-looping, not a leftover', () => {
    const m = explain(`${H}\nweb-7d4b9c7f6d-abcde   0/1     Error     5 (20s ago)    50m\nweb-7d4b9c7f6d-fghij   1/1     Running   0              49m`);
    expect(m.rows[0]?.severity).toBe('error');
    expect(m.findings.map((f) => f.id)).not.toContain('attempts-replaced');
  });
  test.each([
    { name: 'helm list after a helm prompt', text: '$ helm list -A\nNAME     NAMESPACE   REVISION   UPDATED                     STATUS     CHART          APP VERSION\nmyapp    default     3          2024-01-02 10:00:00 +0000   deployed   myapp-1.2.3    1.2.3' },
    { name: 'argocd app list with no prompt', text: 'NAME      CLUSTER                         NAMESPACE   PROJECT   STATUS      HEALTH    SYNCPOLICY\nguestbook https://kubernetes.default.svc   default     default   OutOfSync   Missing   <none>' },
    { name: 'a custom nodes table', text: 'NAME       STATUS   VERSION\nmaster-1   Ready    v1.30.0' },
  ])('not a pod table: $name', ({ text }) => {
    const m = explain(text);
    expect(m.rows).toEqual([]);
    expect(m.findings.filter((f) => f.severity === 'error' || f.severity === 'unknown')).toEqual([]);
  });
  test('-o name lines after kubectl delete are deleted pods, not rows', () => {
    const m = explain('$ kubectl delete pods -l app=web -o name\npod/web-7d4b9c7f6d-abcde\npod/web-7d4b9c7f6d-fghij');
    expect(m.rows).toEqual([]);
    expect(m.lines.map((l) => l.kind)).toEqual(['prompt', 'other-table', 'other-table']);
  });
  test('old kubectl\'s plural pods/ in -o name output', () => {
    expect(explain('$ kubectl get pods -o name\npods/nginx-7848d4b86f-x7k2p').rows.map((r) => r.name)).toEqual(['nginx-7848d4b86f-x7k2p']);
  });
  test('a flattened table after an open pod table is read too', () => {
    const m = explain(`${H}\nweb-0                  1/1     Running   0              5d\nNAME READY STATUS RESTARTS AGE api-0 0/1 CrashLoopBackOff 9 5d`);
    expect(m.rows.map((r) => [r.name, r.status])).toEqual([['web-0', 'Running'], ['api-0', 'CrashLoopBackOff']]);
  });
  test('a flattened table: a finding about two of its pods marks those two, not every pod of the line (ee/13)', () => {
    const m = explain('$ kubectl get pods -n kube-system NAME READY STATUS RESTARTS AGE coredns-5bbd96d687-ddrf4 1/1 Running 1 (33m ago) 53d etcd-kmaster 1/1 Running 1 (33m ago) 53d kube-apiserver-kmaster 1/1 Running 2 53d kube-controller-manager-kmaster 1/1 Running 3 (49s ago) 53d kube-scheduler-kmaster 1/1 Running 3 (49s ago) 53d');
    expect(m.findings.map((f) => f.id)).toContain('static-restarts-leader-election-moment');
    expect(m.rows.filter((r) => r.explanations.includes('explain.restarting')).map((r) => r.name)).toEqual(['kube-controller-manager-kmaster', 'kube-scheduler-kmaster']);
  });
  test('kube-ps1\'s namespace is not another context\'s', () => {
    expect(explain('(⎈|prod:payments) $ kubectl --context staging get pods\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d').rows[0]?.namespace).toBeNull();
  });
  test('a claim in another namespace holds no pod', () => {
    const m = explain('$ kubectl get pods -n web\nNAME         READY   STATUS    RESTARTS   AGE\npostgres-1   0/1     Pending   0          5m\n\n$ kubectl get pvc -A\nNAMESPACE   NAME              STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   AGE\ndb          data-postgres-1   Pending                                      gp2            5m');
    expect(m.rows[0]?.explanations).not.toContain('explain.claim-pending');
  });
  test.each([
    { name: 'one namespace\'s pods say nothing of the CNI', cmd: 'kubectl get pods -n shop -o wide', ns: '', finding: false },
    { name: 'all namespaces and no CNI pod', cmd: 'kubectl get pods -A -o wide', ns: 'shop          ', finding: true },
  ])('runtime bridge: $name', ({ cmd, ns, finding }) => {
    const head = ns === '' ? 'NAME    READY   STATUS    RESTARTS   AGE   IP            NODE' : 'NAMESPACE     NAME    READY   STATUS    RESTARTS   AGE   IP            NODE';
    const m = explain(`$ ${cmd}\n${head}\n${ns}web-0   1/1     Running   0          5d    10.85.140.67   n1`);
    expect(m.findings.some((f) => f.id === 'runtime-bridge-network')).toBe(finding);
  });
  test('two etcd pods but rows left out (...): no even-count claim', () => {
    const m = explain('NAMESPACE     NAME            READY   STATUS    RESTARTS   AGE\nkube-system   etcd-master-1   1/1     Running   0          5d\n...\nkube-system   etcd-master-2   1/1     Running   0          5d');
    expect(m.findings.map((f) => f.id)).not.toContain('etcd-even');
  });
  test('a hidden name printed again under -w is the watch\'s next line', () => {
    const m = explain('$ kubectl get pods -w\nNAME                    READY   STATUS    RESTARTS   AGE\napi-XXXXXXXXXX-XXXXX    0/1     Pending   0          1s\napi-XXXXXXXXXX-XXXXX    1/1     Running   0          9s');
    expect(m.findings.map((f) => f.id)).toContain('watch-repeats');
    expect(m.problems.map((p) => p.code)).not.toContain('names-repeated');
  });
});

// A doc's template (hunt co/15, a diff of Mimir's getting-started page): no pod is named so, and `<` would redirect a shell's input.
describe('names holding a placeholder', () => {
  test.each([
    { name: "a release's placeholder before a Deployment's pod", pod: '<release-name>-mimir-ruler-745fff6c6d-8swsv', commands: ['kubectl get pods | grep mimir-ruler'], problem: [2] },
    { name: "a release's placeholder before a StatefulSet's pod", pod: '<release-name>-mimir-ingester-1', commands: ['kubectl get pods | grep mimir-ingester'], problem: [2] },
    { name: 'a hash a doc left as a placeholder', pod: 'nginx-deployment-<hash>-x7k2p', commands: ['kubectl get pods | grep nginx-deployment'], problem: [2] },
    // hunt cq/24: a guide's expected output, each hash written as x's.
    { name: "a guide's x's for a Deployment's suffix", pod: 'harbor-core-xxx', commands: ['kubectl get pods | grep harbor-core'], problem: [2] },
    { name: 'x\'s for both of a Deployment\'s suffixes', pod: 'web-XXXXXXXXXX-XXXXX', commands: ['kubectl get pods | grep web'], problem: [2] },
    // hunt co/29: the release's name hidden by hand.
    { name: 'a release hidden with x\'s', pod: 'xxxxxx-prometheus-node-exporter-5dnfj', commands: ['kubectl get pods | grep prometheus-node-exporter'], problem: [2] },
    { name: 'a generated suffix that starts with x\'s is real', pod: 'external-secrets-568c96645f-xxfvw', commands: ['kubectl logs external-secrets-568c96645f-xxfvw', 'kubectl describe pod external-secrets-568c96645f-xxfvw'], problem: [] },
    { name: 'a pod named x\'s alone is named so', pod: 'xxx', commands: ['kubectl logs xxx', 'kubectl describe pod xxx'], problem: [] },
    // hunt dj/20: a cloud doc's listing names its pod <pod_name>; nothing is left to find one by.
    { name: 'a whole name that is a placeholder: no command', pod: '<pod_name>', commands: [], problem: [2] },
    { name: 'a whole name is named', pod: 'mimir-ruler-745fff6c6d-8swsv', commands: ['kubectl logs mimir-ruler-745fff6c6d-8swsv', 'kubectl describe pod mimir-ruler-745fff6c6d-8swsv'], problem: [] },
  ])('$name', ({ pod, commands, problem }) => {
    const m = explain(`NAME   READY   STATUS    RESTARTS   AGE\n${pod}   1/1   Running   0   148m`);
    expect(m.rows[0]?.name).toBe(pod);
    expect(m.rows[0]?.next.map((c) => c.command)).toEqual(commands);
    expect(m.problems.filter((p) => p.code === 'name-placeholder').map((p) => p.line)).toEqual(problem);
  });
  test('a whole name that is a placeholder after a NAMESPACE column (hunt dj/20)', () => {
    const m = explain('NAMESPACE   NAME         READY   STATUS             RESTARTS   AGE\ndefault     <pod-name>   0/1     ImagePullBackOff   0          2m');
    expect(m.rows[0]?.next.map((c) => c.command)).toEqual([]);
    expect(m.problems.filter((p) => p.code === 'name-placeholder').map((p) => p.line)).toEqual([2]);
  });
});

describe('names shortened in the paste', () => {
  test.each([
    { name: 'three dots', pod: 'jupyter-...-488', shortened: true },
    { name: 'an ellipsis character', pod: 'web-7d4b9c7f6d-…', shortened: true },
    { name: 'a whole name', pod: 'web-7d4b9c7f6d-x7k2p', shortened: false },
  ])('$name', ({ pod, shortened }) => {
    const m = explain(`NAME   READY   STATUS    RESTARTS   AGE\n${pod}   1/1   Running   0   5d`);
    expect(m.rows[0]?.name).toBe(pod);
    expect(m.rows[0]?.workload?.confidence === 'low').toBe(shortened);
    expect(m.problems.filter((p) => p.code === 'name-shortened').map((p) => p.line)).toEqual(shortened ? [2] : []);
  });
  // u/21: the author cut each pod-template hash to five characters, and one suffix to four.
  test.each([
    { name: "a known Deployment's hash cut to five characters", pods: ['cilium-operator-865ff-q6cq8', 'metrics-server-ff96c-kx79z'], expected: [['Deployment', 'cilium-operator', 'low'], ['Deployment', 'metrics-server', 'low']] },
    { name: 'its sibling, the suffix cut to four too, is the same Deployment\'s', pods: ['cilium-operator-865ff-q6cq8', 'cilium-operator-865ff-6q2c'], expected: [['Deployment', 'cilium-operator', 'low'], ['Deployment', 'cilium-operator', 'low']] },
    { name: 'a name the knowledge base does not know stays a Job named with a generated name', pods: ['redis-scaledjob-5dctr-d67cz'], expected: [['Job', 'redis-scaledjob-5dctr', 'low']] },
    { name: 'a short suffix with no sibling stays a bare pod', pods: ['cilium-operator-865ff-6q2c'], expected: [['Pod', 'cilium-operator-865ff-6q2c', 'low']] },
  ])('hashes cut short by hand: $name', ({ pods, expected }) => {
    const m = explain(['NAMESPACE     NAME                          READY   STATUS    RESTARTS   AGE', ...pods.map((p) => `kube-system   ${p.padEnd(30)}1/1     Running   0          3m`)].join('\n'));
    expect(m.rows.map((r) => [r.workload?.kind, r.workload?.name, r.workload?.confidence])).toEqual(expected);
  });
});

describe('a name printed twice where kubectl prints each pod once', () => {
  const H = 'NAME                              READY   STATUS    RESTARTS   AGE';
  test.each([
    { name: 'hidden names (XXXXX) are two pods', text: 'guestbook-controller-latest-XXXXX   0/1   Pending   0   21h\nguestbook-controller-latest-XXXXX   0/1   Pending   0   21h', pending: 2, problem: true, repeats: null },
    { name: 'twice in one listing of a get without -w: edited, two pods', text: `$ kubectl get pods\n${H}\nweb-0                             1/1     Running   0          5d\nweb-0                             0/1     Error     0          5d`, pending: 0, problem: true, repeats: null },
    { name: 'a watch prints a pod again: one pod, the last line counts', text: `$ kubectl get pods -w\n${H}\nweb-0                             0/1     Pending   0          1s\nweb-0                             1/1     Running   0          5s`, pending: 0, problem: false, repeats: 'watch-repeats' },
    { name: 'a watch without its header prints a hidden name again: one pod', text: '$ kubectl get pods -n gitlab -w\nrunner-xxxxx-project-x-concurrent-0-xxxxx   0/3     Pending   0          0s\nrunner-xxxxx-project-x-concurrent-0-xxxxx   3/3     Running   0          10s', pending: 0, problem: false, repeats: 'watch-repeats' },
    { name: 'twice in one listing, each line tagged by hand after its columns: one pod at two moments (eg/01)', text: `$ kubectl get pod\n${H}\nweb-0                             0/1     Pending   0          6s     (before)\nweb-0                             1/1     Running   0          2m46s  (after)`, pending: 0, problem: false, repeats: 'rows-repeated' },
    { name: 'only the first line tagged: still two pods', text: `$ kubectl get pod\n${H}\nweb-0                             0/1     Pending   0          6s     (before)\nweb-0                             1/1     Running   0          2m46s`, pending: 1, problem: true, repeats: null },
    { name: 'two commands print the same pod: one pod', text: `$ kubectl get pods\n${H}\nweb-0                             0/1     Pending   0          1s\n$ kubectl get pods\n${H}\nweb-0                             1/1     Running   0          5s`, pending: 0, problem: false, repeats: 'rows-repeated' },
  ])('$name', ({ text, pending, problem, repeats }) => {
    const m = explain(text);
    expect(m.findings.find((f) => f.id === 'pods-in-status' && f.vars.status === 'Pending')?.vars.count ?? 0).toBe(pending);
    expect(m.problems.some((p) => p.code === 'names-repeated')).toBe(problem);
    expect(m.findings.find((f) => f.id === 'watch-repeats' || f.id === 'rows-repeated')?.id ?? null).toBe(repeats);
  });
});

describe('a listing under an Expected-behavior heading (hunt be/06)', () => {
  const real = ['$ kubectl -n cassandra get pods', 'NAME                       READY   STATUS             RESTARTS   AGE', 'stargate-c5d586c75-42t4p   0/1     CrashLoopBackOff   296        24h', 'cache-6d8c4cb4d-5q457      1/1     Running            0          24h', ''];
  const wish = ['NAME                       READY   STATUS', 'stargate-c5d586c75-42t4p   1/1     Running'];
  test.each([
    { name: 'a bold issue-template heading: the poster\'s wish, the earlier line counts', heading: ['**Expected behavior**', 'Start stargate successfully.', ''], crash: true, id: 'rows-expected' },
    { name: 'a ### What did you expect to happen? heading', heading: ['### What did you expect to happen?', ''], crash: true, id: 'rows-expected' },
    { name: "a tutorial's Expected output: the state to come, the last line counts", heading: ['Expected output:'], crash: false, id: 'rows-repeated' },
    { name: 'prose that expects, then the output it got: a listing like any', heading: ['I expected it to start, but after a while:'], crash: false, id: 'rows-repeated' },
    { name: 'the heading above an actual-behavior section: it heads that section, not this table', heading: ['**Expected behavior**', 'Start stargate successfully.', '', '**Actual behavior**', 'Still crashing later:'], crash: false, id: 'rows-repeated' },
  ])('$name', ({ heading, crash, id }) => {
    const m = explain([...real, ...heading, ...wish].join('\n'));
    expect(m.findings.some((f) => f.id === 'pods-in-status' && f.vars.status === 'CrashLoopBackOff')).toBe(crash);
    expect(m.findings.find((f) => f.id === 'rows-expected' || f.id === 'rows-repeated' || f.id === 'watch-repeats')?.id).toBe(id);
    // The wish shows fewer pods than the listing: none of them was deleted in between.
    expect(m.findings.map((f) => f.id)).not.toContain('rows-gone');
  });
});

describe('-o name output', () => {
  test('owners and components read from the names; health is not claimed', () => {
    const m = explain('$ kubectl get pods -o name -n kube-system\npod/coredns-66bff467f8-4j4lj\npod/etcd-m-k8s\npod/kube-proxy-x7k2p');
    expect(m.rows.map((r) => [r.namespace, r.name, r.component, r.workload?.kind, r.status, r.severity])).toEqual([
      ['kube-system', 'coredns-66bff467f8-4j4lj', 'coredns', 'Deployment', null, 'unknown'],
      ['kube-system', 'etcd-m-k8s', 'etcd', 'StaticPod', null, 'unknown'],
      ['kube-system', 'kube-proxy-x7k2p', 'kube-proxy', 'DaemonSet', null, 'unknown'],
    ]);
    expect(m.findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
    expect(m.problems.map((p) => p.code)).toEqual(['names-only']);
  });
});

describe('nodes rows a pipe took the header from', () => {
  test('a NotReady node found by grep holds the Terminating pod', () => {
    const m = explain(['$ kubectl get nodes | grep NotReady', 'worker-2   NotReady   <none>   12d   v1.28.2', '$ kubectl get pods -A -o wide | grep worker-2', 'shop   cart-7d4b9c8f6d-x2x9p   1/1   Terminating   0   5d   10.244.1.7   worker-2   <none>   <none>'].join('\n'));
    expect(m.findings.map((f) => [f.id, f.rows])).toEqual(expect.arrayContaining([['node-not-ready', [2]], ['terminating-node-down', [4]]]));
    expect(m.lines.map((l) => l.kind)).toEqual(['prompt', 'other-table', 'prompt', 'row']);
  });
});

describe('commands above rows without a header', () => {
  const rows = (cmd: string) => [cmd, 'kube-system   etcd-cp-1   1/1   Running   0   5d', 'kube-system   etcd-cp-2   1/1   Running   0   5d'];
  test('--no-headers twice: the same pod from two commands, not a watch', () => {
    const m = explain([...rows('$ kubectl get pods -A --no-headers'), ...rows('$ kubectl get pods -A --no-headers')].join('\n'));
    expect(m.findings.map((f) => f.id)).toContain('rows-repeated');
    expect(m.findings.map((f) => f.id)).not.toContain('watch-repeats');
  });
  test('two etcd rows a grep picked: no even-count claim', () => {
    expect(explain(rows('$ kubectl get pods -A | grep cp-').join('\n')).findings.map((f) => f.id)).not.toContain('etcd-even');
  });
});

describe('<name>-<5 chars> pods and the nodes they run on', () => {
  const table = (rows: [string, string, string][]) => ['NAME            READY   STATUS        RESTARTS   AGE   IP           NODE', ...rows.map(([n, s, node]) => `${n.padEnd(16)}1/1     ${s.padEnd(14)}0          9m    10.244.1.3   ${node}`)].join('\n');
  test.each([
    { name: 'three Running on one node: a ReplicaSet, not a DaemonSet', rows: [['newpods-99chb', 'Running', 'node01'], ['newpods-mrmpz', 'Running', 'node01'], ['newpods-vp9rk', 'Running', 'node01']] as [string, string, string][], kind: 'ReplicaSet' },
    { name: 'one per node: a DaemonSet', rows: [['agent-99chb', 'Running', 'node01'], ['agent-mrmpz', 'Running', 'node02']] as [string, string, string][], kind: 'DaemonSet' },
    { name: "a DaemonSet's rollout (the old pod Terminating beside the new)", rows: [['agent-99chb', 'Terminating', 'node01'], ['agent-mrmpz', 'Running', 'node01'], ['agent-vp9rk', 'Running', 'node02']] as [string, string, string][], kind: 'DaemonSet' },
    { name: "two ended on one node, one on another: a Job's retries, not a DaemonSet's (hunt ar/15)", rows: [['catalog-8x7qq', 'Error', 'node02'], ['catalog-bnj8f', 'Error', 'node02'], ['catalog-s22cm', 'Error', 'node01']] as [string, string, string][], kind: 'Job' },
    { name: 'the retry still running beside two that failed on one node: the same Job', rows: [['catalog-8x7qq', 'Error', 'node02'], ['catalog-bnj8f', 'Error', 'node02'], ['catalog-s22cm', 'Running', 'node01']] as [string, string, string][], kind: 'Job' },
    { name: 'one ended per node: no sign against a DaemonSet', rows: [['agent-99chb', 'Error', 'node01'], ['agent-mrmpz', 'Running', 'node02']] as [string, string, string][], kind: 'DaemonSet' },
  ])('$name', ({ rows, kind }) => {
    expect(new Set(explain(table(rows)).rows.map((r) => r.workload?.kind))).toEqual(new Set([kind]));
  });
  /** Owners of pods listed without a NODE column (`kubectl get pod`, hunt bj/18's shape). */
  const owners = (names: string[]) => explain(['NAME                          READY   STATUS    RESTARTS   AGE', ...names.map((n) => `${n.padEnd(30)}0/1     Pending   0          9m3s`)].join('\n')).rows.map((r) => [r.workload?.kind, r.workload?.name]);
  test.each([
    { name: "KubeBlocks' benchmark runs, a word drawn for each (hunt bj/18): Jobs", pods: ['mysql-sysbench-adzglm-f5nbz', 'mysql-sysbench-czirhj-8xdjp', 'mysql-sysbench-hnywpz-m6wwk'], kind: 'Job' },
    { name: 'two such runs are enough', pods: ['mysql-sysbench-adzglm-f5nbz', 'mysql-sysbench-hnywpz-m6wwk'], kind: 'Job' },
    { name: 'one run alone says nothing against a DaemonSet', pods: ['mysql-sysbench-adzglm-f5nbz'], kind: 'DaemonSet' },
    { name: "a chart's words of one length are no drawn words (deis-database, deis-registry, deis-workflow: hunt d/14)", pods: ['deis-database-kxsvn', 'deis-registry-x9xqe', 'deis-workflow-hh8jn'], kind: 'DaemonSet' },
    { name: 'nor are words with a y (dagster-daemon, dagster-worker)', pods: ['dagster-daemon-kxsvn', 'dagster-worker-x9xqe'], kind: 'DaemonSet' },
    { name: 'architectures in the name are one DaemonSet per architecture (kube-flannel-ds-amd64, -arm64)', pods: ['kube-flannel-ds-amd64-kxsvn', 'kube-flannel-ds-arm64-x9xqe'], kind: 'DaemonSet' },
    { name: 'drawn words of two lengths are no siblings', pods: ['bench-adzglm-f5nbz', 'bench-hnywpzq-m6wwk'], kind: 'DaemonSet' },
    { name: 'two pods of each base: no one-off runs', pods: ['bench-adzglm-f5nbz', 'bench-adzglm-x9xqe', 'bench-hnywpz-m6wwk', 'bench-hnywpz-kxsvn'], kind: 'DaemonSet' },
  ])('$name', ({ pods, kind }) => {
    expect(owners(pods)).toEqual(pods.map((p) => [kind, p.slice(0, -6)]));
  });
  const SUFFIXES = ['00l5g', '0euxf', '0iny9', '0ta48', '0tl57', '10g6b', '1736m', '177u8', '1a02c', '1g44c', '1im6a', '1kh82', '1otdu', '1wv6p', '1ye6p'];
  /** `count` pods of `base` without a NODE column, after `before` (prose, a nodes table). */
  const nodeless = (base: string, count: number, before: string[] = [], beside: string[] = []) => explain([
    ...before,
    '$ kubectl --namespace=production get pods',
    'NAME                   READY     STATUS      RESTARTS   AGE',
    ...SUFFIXES.slice(0, count).map((x) => `${`${base}-${x}`.padEnd(23)}0/1       OutOfDisk   0          2h`),
    ...beside.map((p) => `${p.padEnd(23)}1/1       Running     0          2h`),
  ].join('\n')).rows.filter((r) => r.name.startsWith(`${base}-`)).map((r) => r.workload);
  const nodesTable = (n: number) => ['$ kubectl get nodes', 'NAME      STATUS   ROLES    AGE   VERSION', ...Array.from({ length: n }, (_, i) => `node${String(i + 1).padStart(2, '0')}    Ready    <none>   9d    v1.29.1`)];
  test.each([
    { name: "fifteen of one base, no NODE column, no nodes shown: a ReplicaSet's (hunt z/17)", count: 15, before: [], beside: [], kind: 'ReplicaSet', confidence: 'low' },
    { name: 'the same where the paste speaks of an RC: a ReplicationController\'s', count: 15, before: ['The RC kept spinning up more and more Pods.'], beside: [], kind: 'ReplicationController', confidence: 'low' },
    { name: 'nine of one base stay a DaemonSet guess', count: 9, before: [], beside: [], kind: 'DaemonSet', confidence: 'low' },
    { name: 'fifteen beside a nodes table of fifteen: a DaemonSet may run them', count: 15, before: nodesTable(15), beside: [], kind: 'DaemonSet', confidence: 'low' },
    { name: 'fifteen beside a nodes table of three: no DaemonSet', count: 15, before: nodesTable(3), beside: [], kind: 'ReplicaSet', confidence: 'low' },
    { name: "fifteen beside as many pods of kube-proxy's DaemonSet: as many nodes, a DaemonSet may run them", count: 15, before: [], beside: SUFFIXES.map((x) => `kube-proxy-${x}`), kind: 'DaemonSet', confidence: 'low' },
  ])('$name', ({ count, before, beside, kind, confidence }) => {
    const owners = nodeless('redis', count, before, beside);
    expect(owners).toHaveLength(count);
    for (const w of owners) expect(w).toEqual({ kind, name: 'redis', confidence });
  });
  /** One `<base>-<5>` pod in `namespace`, without NODE, beside `proxies` pods of kube-proxy in kube-system. */
  const lone = (namespace: string, proxies: number, base = 'hidden-in-layers') => explain([
    'NAMESPACE     NAME                     READY   STATUS    RESTARTS   AGE',
    `${namespace.padEnd(14)}${`${base}-pbrfn`.padEnd(25)}1/1     Running   0          5m`,
    ...SUFFIXES.slice(0, proxies).map((x) => `kube-system   ${`kube-proxy-${x}`.padEnd(25)}1/1     Running   0          14m`),
  ].join('\n')).rows[0]?.workload;
  test.each([
    { name: "one pod in default beside three kube-proxy pods: no DaemonSet's, a Job's (Kubernetes Goat's hidden-in-layers, hunt ca/24)", namespace: 'default', proxies: 3, expected: { kind: 'Job', name: 'hidden-in-layers', confidence: 'low' } },
    { name: 'beside two kube-proxy pods: a DaemonSet on the only worker may run it', namespace: 'default', proxies: 2, expected: { kind: 'DaemonSet', name: 'hidden-in-layers', confidence: 'low' } },
    { name: "in a system namespace: a DaemonSet of the control plane's alone (Rancher's kube-api-auth, hunt bz/14)", namespace: 'cattle-system', proxies: 3, expected: { kind: 'DaemonSet', name: 'hidden-in-layers', confidence: 'low' } },
  ])('$name', ({ namespace, proxies, expected }) => {
    expect(lone(namespace, proxies)).toEqual(expected);
  });
  test("fifteen of a DaemonSet the knowledge base knows stay its pods (bridge-marker once known, hunt ad/16)", () => {
    const owners = nodeless('kube-proxy', 15);
    expect(owners).toHaveLength(15);
    for (const w of owners) expect(w).toEqual({ kind: 'DaemonSet', name: 'kube-proxy', confidence: 'high' });
  });
  test('a large DaemonSet listing with a NODE column stays a DaemonSet', () => {
    const m = explain(table(SUFFIXES.map((x, i) => [`agent-${x}`, 'Running', `node${String(i + 1).padStart(2, '0')}`] as [string, string, string])));
    expect(m.rows).toHaveLength(15);
    expect(new Set(m.rows.map((r) => r.workload?.kind))).toEqual(new Set(['DaemonSet']));
  });
});

describe('one pod listed without a namespace, then with one', () => {
  const first = ['$ kubectl get pods -o wide', 'NAME                    READY   STATUS    RESTARTS   AGE   IP           NODE', 'blue-7d4b9c8f6d-x2k9p   1/1     Running   0          5m    10.244.1.3   node01'];
  test('is counted once on its node', () => {
    const m = explain([...first, '$ kubectl get pods -A -o wide', 'NAMESPACE   NAME                    READY   STATUS    RESTARTS   AGE   IP           NODE', 'default     blue-7d4b9c8f6d-x2k9p   1/1     Running   0          5m    10.244.1.3   node01'].join('\n'));
    expect(m.nodes.map((n) => [n.name, n.pods])).toEqual([['node01', 1]]);
  });
  test.each([
    { name: 'listed with one first, then without (ad/22): the later line keeps the namespace', later: true, ns: 'default' },
    { name: 'listed without one first: the earlier line gives way, the later keeps its own', later: false, ns: 'default' },
  ])('$name', ({ later, ns }) => {
    const named = ['$ kubectl get pods -A -o wide', 'NAMESPACE   NAME                    READY   STATUS    RESTARTS   AGE   IP           NODE', 'default     blue-7d4b9c8f6d-x2k9p   1/1     Running   0          5m    10.244.1.3   node01'];
    const m = explain((later ? [...named, ...first] : [...first, ...named]).join('\n'));
    expect(m.rows[m.rows.length - 1]?.namespace).toBe(ns);
    expect(m.findings.map((f) => f.id)).not.toContain('namespace-unknown');
  });
  test.each([
    { name: 'the earlier line without one shows the later line\'s namespace (hunt au/20)', lines: [...first, '$ kubectl get pods -A -o wide', 'NAMESPACE   NAME                    READY   STATUS    RESTARTS   AGE   IP           NODE', 'default     blue-7d4b9c8f6d-x2k9p   1/1     Running   0          5m    10.244.1.3   node01'], ns: ['default', 'default'] },
    { name: 'two runs of get pods, the second placed by a describe of another of its pods', lines: ['$ kubectl get pods', 'NAME                    READY   STATUS    RESTARTS   AGE', 'blue-7d4b9c8f6d-x2k9p   1/1     Running   0          85s', '$ kubectl get pods', 'NAME                    READY   STATUS    RESTARTS   AGE', 'blue-7d4b9c8f6d-x2k9p   1/1     Running   0          3m', 'red-74f447c9b5-67b52    0/1     ImagePullBackOff   0   56s', '$ kubectl describe pod red-74f447c9b5-67b52', 'Name:             red-74f447c9b5-67b52', 'Namespace:        default', 'Priority:         0'], ns: ['default', 'default', 'default'] },
    { name: 'a watch\'s repeated line without one too', lines: ['$ kubectl get pods -w', 'NAME                    READY   STATUS    RESTARTS   AGE', 'blue-7d4b9c8f6d-x2k9p   0/1     Pending   0          1s', 'blue-7d4b9c8f6d-x2k9p   1/1     Running   0          5s', '$ kubectl get pods -A', 'NAMESPACE   NAME                    READY   STATUS    RESTARTS   AGE', 'shop        blue-7d4b9c8f6d-x2k9p   1/1     Running   0          9s'], ns: ['shop', 'shop', 'shop'] },
  ])('one pod shows one namespace on every line: $name', ({ lines, ns }) => {
    expect(explain(lines.join('\n')).rows.map((r) => r.namespace)).toEqual(ns);
  });
  test('a name in two namespaces stays apart', () => {
    const m = explain([...first, '$ kubectl get pods -A -o wide', 'NAMESPACE   NAME                    READY   STATUS    RESTARTS   AGE   IP           NODE', 'default     blue-7d4b9c8f6d-x2k9p   1/1     Running   0          5m    10.244.1.3   node01', 'shop        blue-7d4b9c8f6d-x2k9p   1/1     Running   0          5m    10.244.1.4   node01'].join('\n'));
    expect(m.nodes.map((n) => [n.name, n.pods])).toEqual([['node01', 3]]);
  });
});

describe("the context's namespace, as kubectl named it", () => {
  test.each([
    { name: 'No resources found in default namespace, then a listing without -n', lines: ['$ k get po', 'No resources found in default namespace.', '$ k run web --image=nginx', 'pod/web created', '$ k get po', 'NAME   READY   STATUS    RESTARTS   AGE', 'web    1/1     Running   0          5s'], ns: 'default' },
    { name: 'a message for -n shop says nothing of the context', lines: ['$ k get po -n shop', 'No resources found in shop namespace.', '$ k get po', 'NAME   READY   STATUS    RESTARTS   AGE', 'web    1/1     Running   0          5s'], ns: null },
    { name: 'kubens before the listing switched it (hunt ak/25)', lines: ['$ kubens apache-superset-dev', '$ kubectl get pods', 'NAME   READY   STATUS    RESTARTS   AGE', 'web    1/1     Running   0          5s'], ns: 'apache-superset-dev' },
    { name: 'kubectl config set-context --current --namespace=shop', lines: ['$ kubectl config set-context --current --namespace=shop', '$ kubectl get pods', 'NAME   READY   STATUS    RESTARTS   AGE', 'web    1/1     Running   0          5s'], ns: 'shop' },
    { name: 'set-context of another context says nothing of the current one', lines: ['$ kubectl config set-context dev --namespace=shop', '$ kubectl get pods', 'NAME   READY   STATUS    RESTARTS   AGE', 'web    1/1     Running   0          5s'], ns: null },
    { name: 'kubectx after kubens: another context, its namespace unknown', lines: ['$ kubens shop', '$ kubectx prod', '$ kubectl get pods', 'NAME   READY   STATUS    RESTARTS   AGE', 'web    1/1     Running   0          5s'], ns: null },
    { name: 'kubens after the listing says nothing of it', lines: ['$ kubectl get pods', 'NAME   READY   STATUS    RESTARTS   AGE', 'web    1/1     Running   0          5s', '$ kubens shop'], ns: null },
    { name: "kubens's own word after an alias ran it (fe/16)", lines: ['❯ kn kamel', 'Context "dev" modified.', 'Active namespace is "kamel".', '❯ k get po', 'NAME   READY   STATUS    RESTARTS   AGE', 'web    1/1     Running   0          5s'], ns: 'kamel' },
    { name: "kubens's word with its check mark", lines: ['$ kns shop', '✔ Active namespace is "shop"', '$ kubectl get pods', 'NAME   READY   STATUS    RESTARTS   AGE', 'web    1/1     Running   0          5s'], ns: 'shop' },
    { name: 'a -n on the get wins over kubens', lines: ['$ kubens shop', '$ kubectl get pods -n web', 'NAME   READY   STATUS    RESTARTS   AGE', 'web    1/1     Running   0          5s'], ns: 'web' },
  ])('$name', ({ lines, ns }) => {
    const m = explain(lines.join('\n'));
    expect(m.rows[m.rows.length - 1]?.namespace).toBe(ns);
  });
});

describe("a listing's namespace from another command that names one of its pods with -n", () => {
  const table = ['NAME                            READY   STATUS             RESTARTS   AGE', 'grafana-59b7b797d6-2l7x7        1/1     Running            0          29m', 'tap-injector-67f677c549-mc4wb   0/1     CrashLoopBackOff   11         29m'];
  test.each([
    { name: 'kubectl logs of a listed pod, later (s/13)', lines: [...table, '', 'kubectl logs tap-injector-67f677c549-mc4wb -n linkerd-viz'], ns: ['linkerd-viz', 'linkerd-viz'] },
    { name: 'describe pod/<name> before the listing', lines: ['$ kubectl describe pod/grafana-59b7b797d6-2l7x7 --namespace=linkerd-viz', ...table], ns: ['linkerd-viz', 'linkerd-viz'] },
    { name: 'a command naming no listed pod says nothing', lines: [...table, 'kubectl logs web-75d9b8f9cd-xtxhr -n linkerd-viz'], ns: [null, null] },
    { name: 'pods of the listing named in two namespaces: unknown', lines: [...table, 'kubectl logs tap-injector-67f677c549-mc4wb -n linkerd-viz', 'kubectl logs grafana-59b7b797d6-2l7x7 -n monitoring'], ns: [null, null] },
    { name: 'the listing\'s own -n wins', lines: ['$ kubectl get pods -n viz', ...table, 'kubectl logs tap-injector-67f677c549-mc4wb -n linkerd-viz'], ns: ['viz', 'viz'] },
    { name: 'a NAMESPACE column wins', lines: ['NAMESPACE   NAME                       READY   STATUS    RESTARTS   AGE', 'default     grafana-59b7b797d6-2l7x7   1/1     Running   0          29m', 'kubectl logs grafana-59b7b797d6-2l7x7 -n monitoring'], ns: ['default'] },
  ])('$name', ({ lines, ns }) => {
    const m = explain(lines.join('\n'));
    expect(m.rows.map((r) => r.namespace)).toEqual(ns);
    if (ns[0] !== null) expect(m.findings.map((f) => f.id)).not.toContain('namespace-unknown');
  });
});

describe("the scheduler's event (`Successfully assigned <ns>/<pod> to <node>`) places a listed pod", () => {
  const table = ['NAME                            READY   STATUS             RESTARTS   AGE', 'grafana-59b7b797d6-2l7x7        1/1     Running            0          29m', 'tap-injector-67f677c549-mc4wb   0/1     CrashLoopBackOff   11         29m'];
  const described = '  Normal   Scheduled  29m   default-scheduler  Successfully assigned linkerd-viz/tap-injector-67f677c549-mc4wb to w1';
  const wide = ['NAME                            READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES', 'tap-injector-67f677c549-mc4wb   1/1     Running   0          29m   10.244.1.5   <none>   <none>           <none>'];
  test.each([
    { name: 'describe pod\'s Events under the listing: its namespace for the listing, the node for that pod', lines: [...table, 'Events:', described], ns: ['linkerd-viz', 'linkerd-viz'], nodes: [null, 'w1'] },
    { name: 'a kubectl events table (x/18)', lines: [...table, '$ kubectl events --for pod/tap-injector-67f677c549-mc4wb', 'LAST SEEN   TYPE     REASON      OBJECT                              MESSAGE', '29m         Normal   Scheduled   Pod/tap-injector-67f677c549-mc4wb   Successfully assigned linkerd-viz/tap-injector-67f677c549-mc4wb to w1.'], ns: ['linkerd-viz', 'linkerd-viz'], nodes: [null, 'w1'] },
    { name: 'an event of a pod not listed says nothing', lines: [...table, described.replace('tap-injector-67f677c549-mc4wb', 'web-0')], ns: [null, null], nodes: [null, null] },
    { name: 'two events placing one name on two nodes: neither', lines: [...table, described, described.replace(' to w1', ' to w2')], ns: [null, null], nodes: [null, null] },
    { name: "the listing's own -n wins; the node still comes from the event", lines: ['$ kubectl get pods -n viz', ...table, described.replace('linkerd-viz/', 'viz/')], ns: ['viz', 'viz'], nodes: [null, 'w1'] },
    { name: 'an event of the same name in another namespace places nothing', lines: ['$ kubectl get pods -n viz', ...table, described], ns: ['viz', 'viz'], nodes: [null, null] },
    { name: 'a NODE column printed <none> (not yet placed) stays so', lines: [...wide, described], ns: ['linkerd-viz'], nodes: [null] },
  ])('$name', ({ lines, ns, nodes }) => {
    const m = explain(lines.join('\n'));
    expect([m.rows.map((r) => r.namespace), m.rows.map((r) => r.node)]).toEqual([ns, nodes]);
  });
});

describe('what a paste says of owners besides names', () => {
  const labelled = (name: string, labels: string) => explain(['NAMESPACE   NAME' + ' '.repeat(name.length - 1) + 'READY   STATUS      RESTARTS   AGE   LABELS', `prod        ${name}   0/1     Completed   0          31d   ${labels}`].join('\n')).rows[0];
  test.each([
    { name: "trivy-operator's scan pod, whose Job's name ends in a hash (hunt as/06): the Job, and its Completed is fine", pod: 'scan-vulnerabilityreport-694588d869-2786t', labels: 'app.kubernetes.io/managed-by=trivy-operator,controller-uid=cd63dd68-fe8e-4896-a7cd-e751054feacf,job-name=scan-vulnerabilityreport-694588d869', owner: 'Job/scan-vulnerabilityreport-694588d869/high', severity: 'ok' },
    { name: "a CronJob's run stays the CronJob's", pod: 'backup-29400000-x7k2p', labels: 'controller-uid=cd63dd68,job-name=backup-29400000', owner: 'CronJob/backup/high', severity: 'ok' },
    { name: "a job-name another pod's (not a start of this pod's name) leaves the guess", pod: 'web-7d4b9c8f6d-x7k2p', labels: 'job-name=migrate', owner: 'Deployment/web/high', severity: 'warning' },
    { name: "pod-template-generation: its DaemonSet's for sure (hunt ay/10's submariner-gateway), so Completed is a stop", pod: 'edge-gateway-hsgv4', labels: 'app=submariner-engine,controller-revision-hash=7d4dccfc6c,pod-template-generation=1', owner: 'DaemonSet/edge-gateway/high', severity: 'warning' },
    { name: 'without it the same name is a guess (one the knowledge base does not know)', pod: 'edge-gateway-hsgv4', labels: 'app=submariner-engine', owner: 'Job/edge-gateway/medium', severity: 'ok' },
  ])('$name', ({ pod, labels, owner, severity }) => {
    const r = labelled(pod, labels);
    expect(`${r?.workload?.kind}/${r?.workload?.name}/${r?.workload?.confidence}`).toBe(owner);
    expect(r?.severity).toBe(severity);
  });
  test("a Job kubectl said it created owns pods named after it", () => {
    const m = explain(['$ kubectl create -f job.yml', 'job.batch "test-job" created', '$ kubectl get pods', 'NAME             READY   STATUS               RESTARTS   AGE', 'test-job-g4r8w   0/1     Pending              0          3s'].join('\n'));
    expect(m.rows[0]?.workload).toEqual({ kind: 'Job', name: 'test-job', confidence: 'high' });
  });
  test.each([
    { name: 'get rs alone does not make a ReplicaSet bare', extra: [], owner: 'Deployment' },
    { name: 'get all, which would list its Deployment, does', extra: ['$ kubectl get all'], owner: 'ReplicaSet' },
  ])('$name', ({ extra, owner }) => {
    const m = explain([...extra, '$ kubectl get rs', 'NAME                          DESIRED   CURRENT   READY   AGE', 'nginx-deployment-1564180365   3         3         3       5m', '$ kubectl get pods', 'NAME                                READY   STATUS    RESTARTS   AGE', 'nginx-deployment-1564180365-70iae   1/1     Running   0          5m'].join('\n'));
    expect(m.rows[0]?.workload?.kind).toBe(owner);
  });
});

describe('owners after an upgrade (hunt bq)', () => {
  const proxies = ['$ kubectl get pods -n kube-system | grep kube-proxy', 'kube-proxy-8gmm8                 1/1     Running   1          3d19h', 'kube-proxy-oly-rancher-51d       1/1     Running   1          3d19h', 'kube-proxy-oly-rancher-52d       1/1     Running   1          3d19h'];
  test.each([
    { name: "RKE2 named in the text: its static kube-proxy pods beside the old Helm chart's DaemonSet (bq/02)", lines: ['Coming from version v1.21.2+rke2r1.', ...proxies], owners: ['DaemonSet/kube-proxy/high', 'StaticPod/kube-proxy/medium', 'StaticPod/kube-proxy/medium'], components: ['kube-proxy', 'kube-proxy', 'kube-proxy'] },
    { name: 'no word of RKE2: no grounds, bare pods', lines: ['Coming from version v1.21.2.', ...proxies], owners: ['DaemonSet/kube-proxy/high', 'Pod/kube-proxy-oly-rancher-51d/low', 'Pod/kube-proxy-oly-rancher-52d/low'], components: ['kube-proxy', null, null] },
  ])('$name', ({ lines, owners, components }) => {
    const m = explain(lines.join('\n'));
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`)).toEqual(owners);
    expect(m.rows.map((r) => r.component)).toEqual(components);
  });
  test("RKE2's static kube-proxy pods name their nodes", () => {
    const m = explain(['Coming from version v1.21.2+rke2r1.', ...proxies].join('\n'));
    expect(m.nodes.map((n) => n.name)).toEqual(['oly-rancher-51d', 'oly-rancher-52d']);
  });
  test.each([
    { name: "kOps's calico-complete-upgrade Job while it runs, which the knowledge base names (bq/07)", row: 'calico-complete-upgrade-v331-qmgfh      1/1       Running   0          1h', owner: 'Job/calico-complete-upgrade-v331/high' },
    { name: 'an old kube-dns beside its Deployment after an upgrade: a ReplicationController, no DaemonSet (bq/05)', row: 'kube-dns-7rzd7                          3/3       Running   0          57m', owner: 'ReplicationController/kube-dns/low' },
  ])('$name', ({ row, owner }) => {
    const m = explain(['$ kubectl get pods -n kube-system', 'NAME                                    READY     STATUS    RESTARTS   AGE', 'kube-dns-3837651796-dtgdb               3/3       Running   0          44m', row].join('\n'));
    const r = m.rows[1];
    expect(`${r?.workload?.kind}/${r?.workload?.name}/${r?.workload?.confidence}`).toBe(owner);
  });
});

describe('numbered pods with no -0 among them', () => {
  const rows = (names: string[]) => ['NAME             READY   STATUS    RESTARTS   AGE', ...names.map((p) => `${p.padEnd(17)}1/1     Running   0          9h`)];
  test.each([
    { name: 'a whole listing without an -0: numbered by hand, a StatefulSet at most a guess (dz/10)', lines: ['$ kubectl get pods', ...rows(['cortx-io-pod-1', 'cortx-io-pod-2', 'cortx-io-pod-3'])], expected: 'low' },
    { name: 'with its -0: a StatefulSet', lines: ['$ kubectl get pods', ...rows(['cortx-io-pod-0', 'cortx-io-pod-1', 'cortx-io-pod-2'])], expected: 'medium' },
    { name: 'a filter may hide a running -0 (grep -v Running)', lines: ['$ kubectl get pods | grep -v Running', ...rows(['kafka-1', 'kafka-2']).slice(1)], expected: 'medium' },
    { name: 'a selector may hide it too', lines: ['$ kubectl get pods -l app=kafka', ...rows(['kafka-1', 'kafka-2'])], expected: 'medium' },
    { name: 'no command seen: what ran is unknown', lines: rows(['kafka-1', 'kafka-2']), expected: 'medium' },
    { name: 'an ellipsis may have cut the listing', lines: ['$ kubectl get pods', ...rows(['kafka-1', 'kafka-2']), '...'], expected: 'medium' },
    { name: "an ellipsis in a later kubectl logs' output cuts no listing (fe/15)", lines: ['$ kubectl get pods', ...rows(['kafka-1', 'kafka-2']), '', '$ kubectl logs kafka-1', '...', 'level=fatal msg="not found"'], expected: 'low' },
  ])('$name', ({ lines, expected }) => {
    expect(explain(lines.join('\n')).rows.map((r) => `${r.workload?.kind} ${r.workload?.confidence}`)).toEqual(lines.filter((l) => l.includes(' 1/1 ')).map(() => `StatefulSet ${expected}`));
  });
});

describe('pods kubectl said it created', () => {
  test.each([
    { name: "kubectl run's pod/x created", lines: ['$ kubectl run vignesh-pod-1 --image=nginx', 'pod/vignesh-pod-1 created'], owner: { kind: 'Pod', name: 'vignesh-pod-1', confidence: 'high' } },
    { name: 'older kubectl\'s pod "x" created', lines: ['$ kubectl create -f pod.yaml', 'pod "vignesh-pod-1" created'], owner: { kind: 'Pod', name: 'vignesh-pod-1', confidence: 'high' } },
    { name: 'without it, a lone numbered name (not -0) is a weak StatefulSet guess', lines: [], owner: { kind: 'StatefulSet', name: 'vignesh-pod', confidence: 'low' } },
  ])('$name', ({ lines, owner }) => {
    const m = explain([...lines, '$ kubectl get pods', 'NAME            READY   STATUS    RESTARTS   AGE', 'vignesh-pod-1   1/1     Running   0          5m'].join('\n'));
    expect(m.rows[0]?.workload).toEqual(owner);
  });
  test("a hand-numbered sibling of a pod kubectl said it created is a bare pod too, not a StatefulSet's", () => {
    const m = explain(['$ kubectl create -f vignesh-pod.yaml', 'pod/vignesh-pod-1 created', '$ kubectl get pods -A', 'NAMESPACE    NAME            READY   STATUS    RESTARTS   AGE', 'default      vignesh-pod-1   1/1     Running   0          5m', 'vignesh-ns   vignesh-pod-2   1/1     Running   0          2m'].join('\n'));
    expect(m.rows.map((r) => [r.workload?.kind, r.workload?.confidence])).toEqual([['Pod', 'high'], ['Pod', 'medium']]);
  });
  test('a plain name kubectl said it created is surely a bare pod, not a guessed one', () => {
    const m = explain(['$ kubectl apply -f pod.yaml', 'pod/testbox created', '$ kubectl get pods', 'NAME      READY   STATUS    RESTARTS   AGE', 'testbox   1/1     Running   0          5m'].join('\n'));
    expect(m.rows[0]?.workload).toEqual({ kind: 'Pod', name: 'testbox', confidence: 'high' });
    expect(explain(['$ kubectl get pods', 'NAME      READY   STATUS    RESTARTS   AGE', 'testbox   1/1     Running   0          5m'].join('\n')).rows[0]?.workload?.confidence).toBe('low');
  });
});

describe('node names cut out of static pod names', () => {
  const m = explain(['NAMESPACE     NAME                                          READY   STATUS    RESTARTS   AGE', 'kube-system   pod/etcd-.us-east-2.compute.internal          1/1     Running   0          14m', 'kube-system   pod/etcd-.us-east-2.compute.internal          1/1     Running   0          13m', 'kube-system   pod/etcd-ip-.us-east-2.compute.internal       1/1     Running   0          17m'].join('\n'));
  test('a name no object can have (a dash against a dot) is hidden: each line is a pod of its own', () => {
    expect(m.findings.map((f) => f.id)).not.toContain('watch-repeats');
    expect(m.problems.map((p) => p.code)).toContain('names-repeated');
  });
  test('of two node names a static pod name ends in, the one that leaves a known component', () => {
    expect(m.rows.map((r) => [r.workload?.kind, r.workload?.name, r.component])).toEqual([['StaticPod', 'etcd', 'etcd'], ['StaticPod', 'etcd', 'etcd'], ['StaticPod', 'etcd', 'etcd']]);
    expect(m.findings.map((f) => f.id)).not.toContain('etcd-even');
  });
});

describe("OpenShift 4.1-4.3's etcd-member static pods (hunt bl/06, bl/30)", () => {
  const header = 'NAMESPACE        NAME                                      READY   STATUS    RESTARTS   AGE';
  test.each([
    { name: 'FQDN nodes, no NODE column: each master is its node, not member-<master>', rows: ['openshift-etcd   etcd-member-master1.openshift4.ifaii.lo   2/2     Running   0          42m', 'openshift-etcd   etcd-member-master2.openshift4.ifaii.lo   2/2     Running   0          43m'], nodes: ['master1.openshift4.ifaii.lo', 'master2.openshift4.ifaii.lo'] },
    { name: 'a node whose name ends in a number (no StatefulSet ordinal)', rows: ['kube-system      etcd-member-adahiya-0-master-0            1/1     Running   0          8m'], nodes: ['adahiya-0-master-0'] },
  ])('$name', ({ rows, nodes }) => {
    const m = explain([header, ...rows].join('\n'));
    expect(m.rows.map((r) => [r.workload?.kind, r.workload?.name, r.component])).toEqual(rows.map(() => ['StaticPod', 'etcd-member', 'etcd']));
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual(nodes.map((n) => [n, 'control-plane']));
  });
  test('with a NODE column: the same pods, the same nodes', () => {
    const m = explain(['NAMESPACE        NAME                             READY   STATUS    RESTARTS   AGE   IP         NODE', 'openshift-etcd   etcd-member-adahiya-0-master-0   2/2     Running   0          8m    10.0.0.5   adahiya-0-master-0', 'openshift-etcd   etcd-member-adahiya-0-master-1   2/2     Running   0          8m    10.0.0.6   adahiya-0-master-1'].join('\n'));
    expect(m.rows.map((r) => [r.workload?.kind, r.workload?.name, r.component])).toEqual([['StaticPod', 'etcd-member', 'etcd'], ['StaticPod', 'etcd-member', 'etcd']]);
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['adahiya-0-master-0', 'control-plane'], ['adahiya-0-master-1', 'control-plane']]);
  });
});

describe('a later listing cut short', () => {
  test("control-plane static pods missing from it were not deleted (their mirrors come straight back): the node stays", () => {
    const m = explain(['$ kubectl get pod -A', 'NAMESPACE     NAME                         READY   STATUS    RESTARTS   AGE', 'kube-system   etcd-k8s-master              1/1     Running   0          5d', 'kube-system   kube-apiserver-k8s-master    1/1     Running   0          5d', 'kube-system   coredns-66bff467f8-x7k2p     1/1     Running   0          5d', 'kube-system   web-66bff467f8-4j4lj         1/1     Running   0          5d', '$ kubectl get pod -A -o wide', 'NAMESPACE     NAME                         READY   STATUS    RESTARTS   AGE   IP           NODE        NOMINATED NODE   READINESS GATES', 'kube-system   coredns-66bff467f8-x7k2p     1/1     Running   0          5d    10.244.1.2   k8s-node1   <none>           <none>'].join('\n'));
    // Nor is web-... gone: the static pods missing say kube-system was cut from that listing (hunt ct/13).
    expect(m.findings.find((f) => f.id === 'rows-gone')).toBeUndefined();
    expect(m.nodes.map((n) => [n.name, n.role])).toContainEqual(['k8s-master', 'control-plane']);
  });
});

describe('old generators and OpenShift builds', () => {
  const owners = (m: ReturnType<typeof explain>) => m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}`);
  test("a suffix of letters with vowels (before Kubernetes 1.5) takes its sibling's owner", () => {
    expect(owners(explain(['NAME                  READY   STATUS    RESTARTS   AGE', 'elasticsearch-attiy   1/1     Running   0          5d', 'elasticsearch-lkl4i   1/1     Running   0          5d'].join('\n')))).toEqual(['DaemonSet/elasticsearch', 'DaemonSet/elasticsearch']);
    expect(owners(explain(['NAME                  READY   STATUS    RESTARTS   AGE', 'elasticsearch-attiy   1/1     Running   0          5d'].join('\n')))).toEqual(['Pod/elasticsearch-attiy']);
  });
  // The generator before Kubernetes 1.8 drew from [a-z0-9]: letters alone or digits alone with 0, 1 or 3 (hunt cu/15, cu/16).
  test.each([
    { name: 'five digits with a leading 0 beside a sibling', rows: ['weave-net-08546   1/2     CrashLoopBackOff   14         20h', 'weave-net-dzzj5   1/2     CrashLoopBackOff   12         20h'], owners: ['DaemonSet/weave-net', 'DaemonSet/weave-net'] },
    { name: 'five digits past 10,000 beside a sibling, no StatefulSet ordinal', rows: ['weave-net-38546   1/2     CrashLoopBackOff   14         20h', 'weave-net-dzzj5   1/2     CrashLoopBackOff   12         20h'], owners: ['DaemonSet/weave-net', 'DaemonSet/weave-net'] },
    { name: 'letters alone under a known DaemonSet beside a decimal hash', rows: ['calico-etcd-iemkd           1/1     Running   0          57m', 'kube-dns-2247936740-xiee1   3/3     Running   0          57m'], owners: ['DaemonSet/calico-etcd', 'Deployment/kube-dns'] },
    { name: 'digits alone under a known DaemonSet beside a decimal hash', rows: ['weave-net-08546             1/2     CrashLoopBackOff   14         20h', 'kube-dns-2425271678-qhv8v   3/3     Running   0          20h'], owners: ['DaemonSet/weave-net', 'Deployment/kube-dns'] },
    { name: 'letters alone under a known DaemonSet, nothing of that time: a name', rows: ['calico-etcd-iemkd           1/1     Running   0          57m', 'coredns-66bff467f8-4j4lj    1/1     Running   0          57m'], owners: ['Pod/calico-etcd-iemkd', 'Deployment/coredns'] },
    { name: 'five digits alone, no sibling: a number', rows: ['ds-sample-08546   1/1     Running   0          20h'], owners: ['Pod/ds-sample-08546'] },
  ])('$name', ({ rows, owners: want }) => {
    expect(owners(explain(['NAME   READY   STATUS    RESTARTS   AGE', ...rows].join('\n')))).toEqual(want);
  });
  test("an S2I build pod (<name>-<n>-build) is its Build's, and says its DeploymentConfig: the revisions' pods are its", () => {
    expect(owners(explain(['NAME           READY   STATUS      RESTARTS   AGE', 'pret-1-build   0/1     Completed   0          1h', 'pret-2-ie41n   1/1     Running     0          5m', 'pret-2-j6gxm   1/1     Running     0          5m'].join('\n')))).toEqual(['Build/pret-1', 'DeploymentConfig/pret', 'DeploymentConfig/pret']);
  });
  test.each([
    { name: 'under oc: sure', paste: '$ oc get pods\nNAME                READY   STATUS   RESTARTS   AGE\nnodejs-ex-1-build   0/1     Error    0          3m', confidence: 'high' },
    { name: 'without a sign of OpenShift: the shape alone', paste: 'NAME                READY   STATUS   RESTARTS   AGE\nnodejs-ex-1-build   0/1     Error    0          3m', confidence: 'medium' },
    { name: "beside its revision's pods, their suffixes masked (hunt dc/19)", paste: 'NAME                                    READY   STATUS      RESTARTS   AGE\nnodejs-ex-1-build                       0/1     Completed   0          64m\nnodejs-ex-1-xxxxx                       2/2     Running     0          62m\nnodejs-ex-1-deploy                      0/1     Completed   0          62m', confidence: 'medium' },
  ])("an S2I build pod's Build: $name (hunt dc/19)", ({ paste, confidence }) => {
    const r = explain(paste).rows[0];
    expect([r?.workload?.kind, r?.workload?.name, r?.workload?.confidence]).toEqual(['Build', 'nodejs-ex-1', confidence]);
  });
});

describe('a pod its node refused, replaced on another node (hunt cv/05)', () => {
  const header = 'NAMESPACE   NAME                                READY     STATUS              RESTARTS   AGE       IP             NODE';
  const owners = (m: ReturnType<typeof explain>) => m.rows.map((r) => `${r.workload?.kind}/${r.workload?.confidence}`);
  test.each([
    { name: 'MatchNodeSelector on node1, a younger Running pod on node2: a ReplicaSet replaced it', rows: ['network     nwrfpod1544149758-pod-0-1-nh7p4     1/1       Running             0          1m        172.20.2.131   node2', 'network     nwrfpod1544149758-pod-0-1-xx4g7     0/1       MatchNodeSelector   0          6m        <none>         node1'], owners: ['ReplicaSet/low', 'ReplicaSet/low'], replaced: true },
    { name: 'the Running pod older than the refused one: pods on two nodes, a DaemonSet guess', rows: ['network     nwrfpod1544149758-pod-0-1-nh7p4     1/1       Running             0          9m        172.20.2.131   node2', 'network     nwrfpod1544149758-pod-0-1-xx4g7     0/1       MatchNodeSelector   0          6m        <none>         node1'], owners: ['DaemonSet/medium', 'DaemonSet/medium'], replaced: false },
    { name: 'a younger pod on the refused node itself: a DaemonSet making its pod again there', rows: ['network     agent-nh7p4                         1/1       Running             0          1m        172.20.2.131   node2', 'network     agent-qz2w8                         1/1       Running             0          1m        172.20.1.131   node1', 'network     agent-xx4g7                         0/1       MatchNodeSelector   0          6m        <none>         node1'], owners: ['DaemonSet/medium', 'DaemonSet/medium', 'DaemonSet/medium'], replaced: false },
  ])('$name', ({ rows, owners: want, replaced }) => {
    const m = explain([header, ...rows].join('\n'));
    expect(owners(m)).toEqual(want);
    expect(m.findings.some((f) => f.id === 'attempts-replaced')).toBe(replaced);
  });
});

describe("watch's title glued to the header", () => {
  test('the header after the date is the table\'s: its rows are not headerless', () => {
    const m = explain(['Every 2.0s: kubectl get pods -n kube-system                     Wed Mar 29 21:13:57 2017NAME                      READY     STATUS    RESTARTS   AGE', 'etcd-sd-85956             1/1       Running   0          2m'].join('\n'));
    expect(m.rows.map((r) => [r.namespace, r.name, r.status])).toEqual([['kube-system', 'etcd-sd-85956', 'Running']]);
    expect(m.problems.map((p) => p.code)).not.toContain('headerless-row');
  });
});

describe('headers as people write them', () => {
  test.each([
    {
      name: 'a title-case Markdown header (Pod Name)',
      lines: ['| Namespace   | Pod Name                 | Ready | Status  | Restarts      | Age   |', '|-------------|--------------------------|-------|---------|---------------|-------|', '| kube-system | weave-net-rdng6          | 2/2   | Running | 1 (73s ago)   | 111s  |'],
      row: ['kube-system', 'weave-net-rdng6', 'Running', 1, null, 'DaemonSet/weave-net'],
    },
    {
      name: 'a Portuguese header (NOME, IDADE, NÓ)',
      lines: ['| NAMESPACE   | NOME                     | READY | STATUS  | RESTARTS      | IDADE | IP           | NÓ                                |', '| ----------- | ------------------------ | ----- | ------- | ------------- | ----- | ------------ | --------------------------------- |', '| kube-system | ama-logs-cx5s7           | 3/3   | Running | 1 (17m ago)   | 26m   | 10.244.0.138 | aks-nodepool1-90986754-vmss000000 |'],
      row: ['kube-system', 'ama-logs-cx5s7', 'Running', 1, 'aks-nodepool1-90986754-vmss000000', 'DaemonSet/ama-logs'],
    },
    {
      name: "an OpenShift docs header with a callout, on a diff's lines",
      lines: ['+----', '+NAME                           READY   STATUS    RESTARTS   AGE # <1>', '+logging-loki-index-gateway-1   0/1     Pending   0          17m', '+----'],
      row: [null, 'logging-loki-index-gateway-1', 'Pending', 0, null, 'StatefulSet/logging-loki-index-gateway'],
    },
  ])('$name: the rows are the header\'s', ({ lines, row }) => {
    const m = explain(lines.join('\n'));
    expect(m.rows.map((r) => [r.namespace, r.name, r.status, r.restarts?.count, r.node, `${r.workload?.kind}/${r.workload?.name}`])).toEqual([row]);
    expect(m.rows[0]?.readBy).toBe('offsets');
    expect(m.lines.filter((l) => l.kind === 'header').length).toBe(1);
    expect(m.problems).toEqual([]);
  });
});

describe("kubectl top's table", () => {
  test("kubectl top's header glued to its command: another resource's table, its rows neither noise nor problems", () => {
    const m = explain(['$ kubectl top pods --sort-by=cpu --all-namespaces                                                                       NAMESPACE     NAME                                                          CPU(cores)   MEMORY(bytes)', 'kube-system   fluentd-gcp-v3.1.1-nkf2m                                      9m           142Mi', 'kube-system   kube-dns-5dbbd9cc58-dnl84                                     3m           29Mi'].join('\n'));
    expect(m.commands.map((c) => c.command)).toEqual(['kubectl top pods --sort-by=cpu --all-namespaces']);
    expect(m.otherTables).toEqual([{ line: 1, kind: 'podmetrics', rows: 2 }]);
    expect(m.lines.map((l) => l.kind)).toEqual(['header', 'other-table', 'other-table']);
    expect(m.rows).toEqual([]);
    expect(m.problems).toEqual([]);
  });
});

describe('kubectl finding nothing', () => {
  test('for get nodes it says so of nodes, not of pods in a namespace; its namespace still names the context', () => {
    const m = explain(['$ kubectl get nodes', 'No resources found', '$ kubectl get deploy', 'No resources found in shop namespace.', '$ kubectl get pods', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d'].join('\n'));
    expect(m.messages.map((x) => x.id)).toEqual(['no-resources-other', 'no-resources-other']);
    expect(m.rows[0]?.namespace).toBe('shop');
    expect(explain('$ kubectl get pods\nNo resources found in shop namespace.').messages.map((x) => x.id)).toEqual(['no-resources']);
  });
  const H = 'NAME    READY   STATUS    RESTARTS   AGE';
  test.each([
    { name: 'then the certificate error: the list failed (cookeem/kubeadm-ha#44, hunt z/24)', text: '[root@k8s-master01 ~]# kubectl get po\nNo resources found.\nUnable to connect to the server: x509: certificate has expired or is not yet valid', ids: ['no-resources-failed', 'certificate-expired'] },
    { name: 'then a timeout: the list failed', text: '$ kubectl get pods\nNo resources found.\nUnable to connect to the server: dial tcp 10.0.0.1:6443: i/o timeout', ids: ['no-resources-failed', 'unable-to-connect'] },
    { name: 'then a refused connection: the list failed', text: '$ kubectl get pods\nNo resources found.\nThe connection to the server localhost:8080 was refused - did you specify the right host or port?', ids: ['no-resources-failed', 'connection-refused'] },
    { name: 'of get nodes, then a timeout: the list failed', text: '$ kubectl get nodes\nNo resources found.\nUnable to connect to the server: net/http: TLS handshake timeout', ids: ['no-resources-failed', 'unable-to-connect'] },
    { name: 'then an answer of the server (NotFound): the server was reached, the namespace may be wrong', text: '$ kubectl get pods\nNo resources found.\nError from server (NotFound): namespaces "shop" not found', ids: ['no-resources', 'server-error'] },
    { name: 'an error further down, after another command: an empty list of its own', text: '$ kubectl get pods\nNo resources found in default namespace.\n$ kubectl get nodes\nUnable to connect to the server: dial tcp 10.0.0.1:6443: i/o timeout', ids: ['no-resources', 'unable-to-connect'] },
  ])('"No resources found" $name', ({ text, ids }) => {
    const m = explain(text);
    expect(m.messages.map((x) => x.id)).toEqual(ids);
    expect(m.lines.filter((l) => l.kind === 'message').map((l) => l.messageId)).toEqual(ids);
  });
  test('a failed list empties no earlier listing: its pods are not gone', () => {
    const m = explain(['$ kubectl get pods', H, 'web-0   1/1     Running   0          5d', '$ kubectl get pods', 'No resources found.', 'Unable to connect to the server: x509: certificate has expired or is not yet valid'].join('\n'));
    expect(m.findings.map((f) => f.id)).not.toContain('rows-gone');
    expect(explain(['$ kubectl get pods', H, 'web-0   1/1     Running   0          5d', '$ kubectl get pods', 'No resources found.'].join('\n')).findings.map((f) => f.id)).toContain('rows-gone');
  });
});

describe("kubectl logs of a container that has not started, and a container's program for another CPU", () => {
  test.each([
    { name: 'ContainerCreating (hunt cw/03)', text: '$ kubectl logs -n kubesphere-system ks-installer-7d9fb945c7-5nfsq\nError from server (BadRequest): container "installer" in pod "ks-installer-7d9fb945c7-5nfsq" is waiting to start: ContainerCreating', message: { line: 2, id: 'container-waiting', vars: { container: 'installer', pod: 'ks-installer-7d9fb945c7-5nfsq', reason: 'ContainerCreating' } } },
    { name: 'RBAC refusing a namespace: who, what, where (hunt cz/23)', text: '$ kubectl get pods\nError from server (Forbidden): pods is forbidden: User "takashi" cannot list resource "pods" in API group "" in the namespace "takashi"', message: { line: 2, id: 'forbidden', vars: { user: 'takashi', verb: 'list', resource: 'pods', namespace: 'takashi' } } },
    { name: 'PodInitializing (hunt cu/02)', text: '# kubectl logs -f kube-flannel-ds-42k6p -c install-cni -n kube-flannel\nError from server (BadRequest): container "install-cni" in pod "kube-flannel-ds-42k6p" is waiting to start: PodInitializing', message: { line: 2, id: 'container-waiting', vars: { container: 'install-cni', pod: 'kube-flannel-ds-42k6p', reason: 'PodInitializing' } } },
    { name: "the init container's log: exec format error (hunt cu/02)", text: '# kubectl logs kube-flannel-ds-42k6p -c install-cni-plugin -n kube-flannel\nexec /bin/cp: exec format error', message: { line: 2, id: 'exec-format-error' } },
  ])('$name', ({ text, message }) => {
    expect(explain(text).messages).toEqual([message]);
  });
});

describe('discovery failing on an aggregated API', () => {
  const H = 'NAME    READY   STATUS    RESTARTS   AGE';
  test.each([
    { name: "kubescape's storage API (hunt x/16)", line: "E1217 14:00:13.997846  413148 memcache.go:287] couldn't get resource list for spdx.softwarecomposition.kubescape.io/v1beta1: the server is currently unable to handle the request", id: 'apiservice-unavailable', group: 'spdx.softwarecomposition.kubescape.io/v1beta1' },
    { name: 'metrics-server not serving yet (GKE Autopilot, hunt x/17)', line: "E0411 12:36:32.181316   19120 memcache.go:287] couldn't get resource list for metrics.k8s.io/v1beta1: the server is currently unable to handle the request", id: 'metrics-api-unavailable', group: 'metrics.k8s.io/v1beta1' },
    { name: "kubectl's own error naming the API", line: 'error: unable to retrieve the complete list of server APIs: metrics.k8s.io/v1beta1: the server is currently unable to handle the request', id: 'metrics-api-unavailable', group: 'metrics.k8s.io/v1beta1' },
  ])('$name: named, and the table below still read', ({ line, id, group }) => {
    const m = explain(['$ kubectl get pod -n kubescape', line, line, H, 'web-0   1/1     Running   0          5d'].join('\n'));
    expect(m.messages).toEqual([{ line: 2, id, vars: { group } }, { line: 3, id, vars: { group } }]);
    expect(m.rows.map((r) => [r.name, r.namespace])).toEqual([['web-0', 'kubescape']]);
  });
  test('between a header and its rows, the table goes on (as any klog line)', () => {
    const line = "E0411 12:36:32.181316   19120 memcache.go:287] couldn't get resource list for metrics.k8s.io/v1beta1: the server is currently unable to handle the request";
    const m = explain(['$ kubectl get pods', H, 'web-0   1/1     Running   0          5d', line, 'web-1   1/1     Running   0          5d'].join('\n'));
    expect(m.rows.map((r) => [r.name, r.readBy])).toEqual([['web-0', 'offsets'], ['web-1', 'offsets']]);
    expect(m.podTables.map((t) => t.rows)).toEqual([2]);
    expect(m.problems).toEqual([]);
  });
});

describe('names that start like a control-plane static pod', () => {
  const owners = (m: ReturnType<typeof explain>) => m.rows.map((r) => [r.name, r.workload?.kind]);
  test("OpenShift's operators and a CronJob's pods are their own workloads, not static pods on invented nodes", () => {
    const m = explain(['NAMESPACE                           NAME                                       READY   STATUS    RESTARTS   AGE', 'openshift-etcd-operator             etcd-operator-5c6d58b8d-rgb58              1/1     Running   1          53m', 'openshift-kube-apiserver-operator   kube-apiserver-operator-6f45d85d4b-8dc9f   1/1     Running   1          53m', 'kube-system                         etcd-backup-27890340-2xv9k                 0/1     Completed 0          3h'].join('\n'));
    expect(owners(m)).toEqual([['etcd-operator-5c6d58b8d-rgb58', 'Deployment'], ['kube-apiserver-operator-6f45d85d4b-8dc9f', 'Deployment'], ['etcd-backup-27890340-2xv9k', 'CronJob']]);
    expect(m.nodes).toEqual([]);
  });
  test("the etcd-operator chart's backup and restore operators, their names cut at 63 characters, are Deployments' on no invented node (hunt cg/02)", () => {
    const m = explain(['NAME                                                              READY     STATUS    RESTARTS   AGE', 'etcd-operator-etcd-operator-etcd-backup-operator-7978f8bc44cbvl   1/1       Running   0          30m', 'etcd-operator-etcd-operator-etcd-restore-operator-6d7875994wqt7   1/1       Running   0          30m'].join('\n'));
    expect(owners(m)).toEqual([['etcd-operator-etcd-operator-etcd-backup-operator-7978f8bc44cbvl', 'Deployment'], ['etcd-operator-etcd-operator-etcd-restore-operator-6d7875994wqt7', 'Deployment']]);
    // Not etcd's (app-etcd, as the static-pod reading had it): the knowledge base's etcd-operator, by the names' endings.
    expect(m.rows.map((r) => r.component)).toEqual(['etcd-operator', 'etcd-operator']);
    expect(m.nodes).toEqual([]);
  });
  test("a self-hosted control plane's kube-apiserver-5h22s pods are a DaemonSet's; a node's five letters shared by two of its static pods stay a node", () => {
    const hosted = explain(['NAMESPACE     NAME                   READY   STATUS    RESTARTS   AGE', 'kube-system   kube-apiserver-5h22s   1/1     Running   0          32m', 'kube-system   kube-apiserver-hp9pl   1/1     Running   0          32m'].join('\n'));
    expect(owners(hosted)).toEqual([['kube-apiserver-5h22s', 'DaemonSet'], ['kube-apiserver-hp9pl', 'DaemonSet']]);
    expect(hosted.nodes).toEqual([]);
    const single = explain(['NAMESPACE     NAME                   READY   STATUS    RESTARTS   AGE', 'kube-system   etcd-k8scp             1/1     Running   0          32m', 'kube-system   kube-apiserver-k8scp   1/1     Running   0          32m'].join('\n'));
    expect(owners(single)).toEqual([['etcd-k8scp', 'StaticPod'], ['kube-apiserver-k8scp', 'StaticPod']]);
    expect(single.nodes.map((x) => [x.name, x.role])).toEqual([['k8scp', 'control-plane']]);
  });
  test("etcd-druid's etcd-main-0 and etcd-events-0 in a Gardener shoot's namespace are StatefulSets' pods on no invented node (hunt aa/14)", () => {
    const m = explain(['NAMESPACE             NAME                                          READY   STATUS    RESTARTS   AGE', 'kube-system           etcd-gardener-local-control-plane             1/1     Running   0          148m', 'shoot--local--local   etcd-events-0                                 2/2     Running   0          136m', 'shoot--local--local   etcd-main-0                                   2/2     Running   0          136m'].join('\n'));
    expect(m.rows.map((r) => [r.name, r.workload?.kind, r.workload?.name, r.component])).toEqual([['etcd-gardener-local-control-plane', 'StaticPod', 'etcd', 'etcd'], ['etcd-events-0', 'StatefulSet', 'etcd-events', 'gardener-etcd'], ['etcd-main-0', 'StatefulSet', 'etcd-main', 'gardener-etcd']]);
    expect(m.nodes.map((x) => x.name)).toEqual(['gardener-local-control-plane']);
  });
});

describe('a project told by its generic names together', () => {
  const table = (names: string[]) => ['NAME                                  READY   STATUS    RESTARTS   AGE', ...names.map((x) => `${x}-768b889f6d-drvw6   1/1     Running   0          5d`)].join('\n');
  test("three of Flux's controllers without a namespace are Flux's", () => {
    expect(explain(table(['source-controller', 'kustomize-controller', 'helm-controller'])).rows.map((r) => r.component)).toEqual(['flux', 'flux', 'flux']);
  });
  test('one generic name alone says nothing', () => {
    expect(explain(table(['source-controller'])).rows.map((r) => r.component)).toEqual([null]);
  });
  test('in another namespace, named, they stay unknown', () => {
    const m = explain(['NAMESPACE   NAME                                         READY   STATUS    RESTARTS   AGE', ...['source-controller', 'kustomize-controller', 'helm-controller'].map((x) => `apps        ${x}-768b889f6d-drvw6   1/1     Running   0          5d`)].join('\n'));
    expect(m.rows.map((r) => r.component)).toEqual([null, null, null]);
  });
  test("Jenkins X's Prow parts without a namespace are Jenkins X's (jenkins-x/jx#7086)", () => {
    expect(explain(table(['crier', 'deck', 'hook', 'horologium'])).rows.map((r) => r.component)).toEqual(['jenkins-x-prow', 'jenkins-x-prow', 'jenkins-x-prow', 'jenkins-x-prow']);
  });
  test('one Prow name alone says nothing', () => {
    expect(explain(table(['deck'])).rows.map((r) => r.component)).toEqual([null]);
  });
  const placed = (pods: string[]) => explain(['NAME                                  READY   STATUS    RESTARTS   AGE', ...pods.map((x) => `${x.padEnd(38)}1/1     Running   0          2d`)].join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.confidence}/${r.component}`);
  test.each([
    { name: "Fission's logger DaemonSet beside three of Fission's generic names counts as in fission (dx/14)", pods: ['buildermgr-86858f4f6c-2c66n', 'executor-97c7fc96d-24b6w', 'kubewatcher-5896f96f59-6fmpp', 'logger-k5lg9'], expected: ['Deployment/high/fission', 'Deployment/high/fission', 'Deployment/high/fission', 'DaemonSet/high/fission-logger'] },
    { name: "OpenWhisk's chart without a namespace: its providers place it in openwhisk, where install-packages is a Job, not a -xxxxx DaemonSet (dx/16)", pods: ['owdev-alarmprovider-7978d47549-pdnfj', 'owdev-couchdb-68c79bd5bc-l2rw4', 'owdev-install-packages-slkfl', 'owdev-invoker-dd9cs'], expected: ['Deployment/high/openwhisk-provider', 'Deployment/high/openwhisk', 'Job/high/openwhisk-setup', 'DaemonSet/high/openwhisk-invoker'] },
    { name: 'a logger beside one Fission name stays a guess', pods: ['executor-97c7fc96d-24b6w', 'logger-k5lg9'], expected: ['Deployment/high/null', 'DaemonSet/low/null'] },
  ])('the namespace their names place them in takes the project\'s other parts: $name', ({ pods, expected }) => {
    expect(placed(pods)).toEqual(expected);
  });
  const catalogs = (names: string[]) => explain(['NAME                        READY   STATUS             RESTARTS        AGE', ...names.map((x) => `${x.padEnd(28)}0/1     CrashLoopBackOff   6 (2m51s ago)   23d`)].join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}/${r.component}`);
  test.each([
    { name: "OpenShift Local's four catalogs from `oc get pods` in openshift-marketplace: each its CatalogSource's pod (hunt cm/10)", pods: ['certified-operators-tvk2q', 'community-operators-z9bzg', 'redhat-marketplace-zf49d', 'redhat-operators-9jb87'], expected: ['CatalogSource/certified-operators/medium/operator-catalog', 'CatalogSource/community-operators/medium/operator-catalog', 'CatalogSource/redhat-marketplace/medium/operator-catalog', 'CatalogSource/redhat-operators/medium/operator-catalog'] },
    { name: 'one catalog name alone, no namespace: no home for it, the shape\'s guess stays', pods: ['redhat-operators-9jb87'], expected: ['DaemonSet/redhat-operators/low/undefined'] },
  ])('owners read again where the names place them: $name', ({ pods, expected }) => {
    expect(catalogs(pods).map((x) => x.replace('/null', '/undefined'))).toEqual(expected);
  });
});

describe('a family of parts seen together (JupyterHub, Juju, linkerd-viz, Knative Serving, the Logging operator, llm-d, HyperShift)', () => {
  /** Rows `[namespace, pod]`, '' for a listing with no NAMESPACE column. */
  const listing = (rows: [string, string][]) => {
    const named = rows.some(([ns]) => ns !== '');
    const head = `${named ? 'NAMESPACE'.padEnd(26) : ''}${'NAME'.padEnd(50)}READY   STATUS    RESTARTS   AGE`;
    return explain([head, ...rows.map(([ns, pod]) => `${named ? ns.padEnd(26) : ''}${pod.padEnd(50)}1/1     Running   0          6m`)].join('\n'));
  };
  test.each([
    { name: "JupyterHub's hub beside its proxy, in a namespace of the user's (hunt s/27)", rows: [['naep', 'hub-7c45d9cff-lsxng'], ['naep', 'proxy-646c7c7847-v9h4w']], expected: ['jupyterhub', 'jupyterhub-proxy'] },
    { name: "the 2016 chart's hub-deployment and proxy-deployment (hunt s/26)", rows: [['rylo', 'hub-deployment-1831792587-p0loh'], ['rylo', 'proxy-deployment-2763355452-4nc0z']], expected: ['jupyterhub', 'jupyterhub-proxy'] },
    { name: 'a hub alone says nothing (hunt s/28)', rows: [['bioos', 'hub-5f57d5bd65-wlw6r'], ['bioos', 'mysql-0']], expected: [null, null] },
    { name: 'a hub and a proxy in two namespaces say nothing', rows: [['a', 'hub-7c45d9cff-lsxng'], ['b', 'proxy-646c7c7847-v9h4w']], expected: [null, null] },
    { name: "a user's server pod joins the hub and proxy beside it", rows: [['lab', 'hub-7c45d9cff-lsxng'], ['lab', 'jupyter-alice'], ['lab', 'proxy-646c7c7847-v9h4w']], expected: ['jupyterhub', 'jupyterhub-singleuser', 'jupyterhub-proxy'] },
    { name: 'two jupyter-* pods alone make no JupyterHub', rows: [['lab', 'jupyter-alice'], ['lab', 'jupyter-bob']], expected: [null, null] },
    { name: "Kubeflow 0.4's hub StatefulSet and a user's server", rows: [['kubeflow', 'jupyter-0'], ['kubeflow', 'jupyter-admin']], expected: ['kubeflow-jupyterhub', 'jupyterhub-singleuser'] },
    { name: "a Deployment named jupyter-* beside the hub is no user's server (Charmed Kubeflow's jupyter-controller)", rows: [['kubeflow', 'jupyter-0'], ['kubeflow', 'jupyter-controller-7bccb55f46-sjl97'], ['kubeflow', 'jupyter-admin']], expected: ['kubeflow-jupyterhub', null, 'jupyterhub-singleuser'] },
    { name: "Juju's controller beside its modeloperator (hunt s/15)", rows: [['controller-uk8s', 'controller-0'], ['controller-uk8s', 'modeloperator-78df768c64-nhcnf']], expected: ['juju-controller', 'juju-modeloperator'] },
    { name: 'a controller StatefulSet alone stays unknown', rows: [['controller-uk8s', 'controller-0']], expected: [null] },
    { name: "linkerd-viz's parts without a namespace, grafana and prometheus included (hunt s/13)", rows: [['', 'grafana-59b7b797d6-2l7x7'], ['', 'metrics-api-6c88c44cf9-kcls9'], ['', 'prometheus-58d599f4cd-wjgsd'], ['', 'tap-554cdfcf5c-zvzlx'], ['', 'tap-injector-67f677c549-mc4wb'], ['', 'web-75d9b8f9cd-xtxhr']], expected: ['linkerd-viz-grafana', 'linkerd-viz-metrics-api', 'linkerd-viz-prometheus', 'linkerd-viz-tap', 'linkerd-viz-tap-injector', 'linkerd-viz-web'] },
    { name: "a monitoring namespace's grafana and prometheus beside a web stay theirs", rows: [['monitoring', 'grafana-59b7b797d6-2l7x7'], ['monitoring', 'prometheus-58d599f4cd-wjgsd'], ['monitoring', 'web-75d9b8f9cd-xtxhr']], expected: ['grafana', 'prometheus-plain', null] },
    { name: 'two linkerd-viz names are not enough', rows: [['', 'tap-554cdfcf5c-zvzlx'], ['', 'web-75d9b8f9cd-xtxhr']], expected: [null, null] },
    { name: "a Logging resource's parts beside the operator (hunt q/02)", rows: [['logging', 'default-logging-simple-fluentbit-7nrrp'], ['logging', 'default-logging-simple-fluentd-0'], ['logging', 'logging-operator-c458df54c-zrcmw']], expected: ['logging-operator-fluentbit', 'logging-operator-fluentd', 'logging-operator'] },
    { name: "a fluentd chart's release in logging, no operator beside it, stays unknown", rows: [['logging', 'elk-fluentd-0'], ['logging', 'elk-fluentbit-x7k2p']], expected: [null, null] },
    { name: "MinIO operator's console beside the operator, in a namespace of the user's (hunt w/35)", rows: [['dl-dlm-minio-operator', 'console-5d7db994f4-j7spl'], ['dl-dlm-minio-operator', 'minio-operator-54c5895d56-chwlv']], expected: ['minio-operator-console', 'minio-operator'] },
    { name: "MinIO operator's console in its own namespace", rows: [['minio-operator', 'console-5d7db994f4-j7spl']], expected: ['minio-operator-console'] },
    { name: 'a console alone elsewhere stays unknown', rows: [['shop', 'console-5d7db994f4-j7spl'], ['shop', 'web-5d7db994f4-abcde']], expected: [null, null] },
    { name: 'a console and the MinIO operator in two namespaces say nothing of it', rows: [['shop', 'console-5d7db994f4-j7spl'], ['minio-operator', 'minio-operator-54c5895d56-chwlv']], expected: [null, 'minio-operator'] },
    { name: "an endpoint picker beside llm-d's ModelService, in a namespace of the user's", rows: [['inference', 'llm-d-modelservice-5c78c766fc-24vph'], ['inference', 'qwen-epp-6f5556dddd-mpcs9']], expected: ['llm-d-modelservice', 'inference-endpoint-picker'] },
    { name: 'an -epp Deployment alone elsewhere stays unknown', rows: [['inference', 'qwen-epp-6f5556dddd-mpcs9']], expected: [null] },
    { name: "llm-d 0.2's guide: the endpoint picker beside the modelservice chart's decode and prefill servers, no namespace (hunt dg/12)", rows: [['', 'gaie-pd-epp-69888bdd8d-6pnbk'], ['', 'ms-pd-llm-d-modelservice-decode-65f7f65cf6-2fh62'], ['', 'ms-pd-llm-d-modelservice-prefill-549598dd6c-6f757']], expected: ['inference-endpoint-picker', 'llm-d-model-server', 'llm-d-model-server'] },
    { name: "llm-d 0.2's guide with kgateway: the llm-d-infra chart's gateway beside the model servers", rows: [['llm-d-pd', 'infra-pd-inference-gateway-776797b79f-6clvr'], ['llm-d-pd', 'ms-pd-llm-d-modelservice-decode-65f7f65cf6-2fh62']], expected: ['llm-d-infra-gateway', 'llm-d-model-server'] },
    { name: "with Istio, its Gateway's proxy stays Istio's, as Istio names it", rows: [['llm-d-pd', 'infra-pd-inference-gateway-istio-776797b79f-6clvr'], ['llm-d-pd', 'ms-pd-llm-d-modelservice-decode-65f7f65cf6-2fh62']], expected: ['istio-gateway-api', 'llm-d-model-server'] },
    { name: 'the llm-d-infra release under its own name, no namespace (hunt dg/12)', rows: [['', 'llm-d-infra-inference-gateway-947558945-8zfwq'], ['', 'ms-sim-llm-d-modelservice-decode-674774f45d-hhlxl']], expected: ['llm-d-infra-gateway', 'llm-d-model-server'] },
    { name: 'an -inference-gateway alone elsewhere stays unknown', rows: [['shop', 'shop-inference-gateway-776797b79f-6clvr']], expected: [null] },
    { name: "llm-d's decode servers alone, in a namespace of the user's", rows: [['llm-d-pd', 'ms-pd-llm-d-modelservice-decode-65f7f65cf6-2fh62']], expected: ['llm-d-model-server'] },
    { name: "a hosted control plane's parts in its namespace (hunt aa/12: HyperShift)", rows: [['hypershift-clusters-acm-1', 'cluster-api-78f5b54ffd-k6p44'], ['hypershift-clusters-acm-1', 'control-plane-operator-7fdd56d95-k4xf6'], ['hypershift-clusters-acm-1', 'ignition-server-5c9c4d6f89-nhghm'], ['hypershift-clusters-acm-1', 'ingress-operator-78db47bb5c-hxp4v'], ['hypershift-clusters-acm-1', 'konnectivity-server-7c6d684f98-c82vf'], ['hypershift-clusters-acm-1', 'kube-apiserver-5646dc7b7d-2vzk2']], expected: ['hypershift-cluster-api', 'hypershift-control-plane-operator', 'hypershift-ignition-server', 'hypershift-cluster-operators', 'konnectivity-server', 'kube-apiserver'] },
    { name: "a hosted control plane's parts without a namespace (hunt aa/13: oc -n clusters-$CLUSTER_NAME)", rows: [['', 'capi-provider-c45497547-wqs9f'], ['', 'cluster-api-bdf46484-f2nks'], ['', 'csi-snapshot-controller-58f5bb94bb-5hxbn'], ['', 'dns-operator-84fc6c9fbb-hzg67'], ['', 'ignition-server-proxy-7647d8f777-xccsj']], expected: ['hypershift-cluster-api', 'hypershift-cluster-api', 'hypershift-cluster-operators', 'hypershift-cluster-operators', 'hypershift-ignition-server'] },
    { name: 'two HyperShift names are not enough', rows: [['tools', 'cluster-api-78f5b54ffd-k6p44'], ['tools', 'dns-operator-84fc6c9fbb-hzg67']], expected: [null, null] },
    { name: "Knative Serving's core without a namespace (hunt cs/12: the knative-serving listing of OpenShift's docs)", rows: [['', 'activator-5c596cf8d6-5l86c'], ['', 'autoscaler-5854f586f6-gj597'], ['', 'autoscaler-hpa-78665569b8-qmlmn'], ['', 'controller-7fd5655f49-9gxz5'], ['', 'webhook-5c7d878c7c-n267j']], expected: ['knative-activator', 'knative-autoscaler', 'knative-autoscaler-hpa', 'knative-serving-controller', 'knative-serving-webhook'] },
    { name: 'a controller and a webhook alone are anyone\'s, not Knative Serving\'s', rows: [['', 'controller-7fd5655f49-9gxz5'], ['', 'webhook-5c7d878c7c-n267j']], expected: [null, null] },
    { name: "Gloo Edge's parts without a namespace, its certgen hook Job included (fc/02)", rows: [['', 'discovery-565d45db6b-bb27j'], ['', 'gateway-certgen-dxbqx'], ['', 'gateway-proxy-6cdb5748bf-hjbds'], ['', 'gloo-78f4c9fb9f-wjg72']], expected: ['gloo-edge', 'gloo-edge-job', 'gloo-edge', 'gloo-edge'] },
    { name: 'a gateway and a discovery alone are anyone\'s, not Gloo Edge\'s', rows: [['', 'discovery-565d45db6b-bb27j'], ['', 'gateway-7bc858f4dc-v6zh9']], expected: [null, null] },
  ] as { name: string; rows: [string, string][]; expected: (string | null)[] }[])('$name', ({ rows, expected }) => {
    expect(listing(rows).rows.map((r) => r.component)).toEqual(expected);
  });
  test("a family's hook Job its name's shape only guessed is the Job's for sure (fc/02: Gloo Edge's gateway-certgen)", () => {
    const m = listing([['', 'discovery-565d45db6b-bb27j'], ['', 'gateway-certgen-dxbqx'], ['', 'gloo-78f4c9fb9f-wjg72']]);
    expect(m.rows[1]?.workload).toMatchObject({ kind: 'Job', name: 'gateway-certgen', confidence: 'high' });
  });
  test("a standalone cluster's storage operator namespace keeps its own reading beside HyperShift's names", () => {
    const m = explain([
      'NAMESPACE                            NAME                                               READY   STATUS    RESTARTS   AGE',
      'openshift-cluster-storage-operator   cluster-storage-operator-7c787bc7d4-rkb4z          1/1     Running   0          4m',
      'openshift-cluster-storage-operator   csi-snapshot-controller-58f5bb94bb-5hxbn           1/1     Running   0          4m',
      'openshift-cluster-storage-operator   csi-snapshot-controller-operator-d7c9c6f78-6hzss   1/1     Running   0          4m',
      'openshift-cluster-storage-operator   csi-snapshot-webhook-548b85c5d-rrrqd               1/1     Running   0          4m',
    ].join('\n'));
    // csi-snapshot-controller is the external-snapshotter's controller under OpenShift's name (hunt bh/14), not a hosted control plane's part.
    expect(m.rows.map((r) => r.component)).toEqual(['openshift-cluster-operator', 'snapshot-controller', 'openshift-cluster-operator', null]);
  });
});

describe("Gardener's shoot control plane on its seed (hunt aa/14)", () => {
  const listing = (rows: [string, string, string][]) =>
    explain(['NAMESPACE             NAME                                          READY   STATUS    RESTARTS   AGE    IP          NODE', ...rows.map(([ns, pod, ip]) => `${ns.padEnd(22)}${pod.padEnd(46)}2/2     Running   0          136m   ${ip.padEnd(12)}seed-w1`)].join('\n'));
  test("etcd-druid's etcd-main and etcd-events are StatefulSets of the shoot's namespace, not static pods", () => {
    const m = listing([['shoot--local--local', 'etcd-events-0', '10.1.0.5'], ['shoot--local--local', 'etcd-main-0', '10.1.0.6'], ['garden', 'etcd-druid-65d56db866-bstcm', '10.1.0.7']]);
    expect(m.rows.map((r) => [r.component, r.workload?.kind, r.workload?.name, r.workload?.confidence])).toEqual([
      ['gardener-etcd', 'StatefulSet', 'etcd-events', 'high'],
      ['gardener-etcd', 'StatefulSet', 'etcd-main', 'high'],
      ['etcd-druid', 'Deployment', 'etcd-druid', 'high'],
    ]);
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['seed-w1', 'unknown']]);
  });
  test('an etcd-main outside a shoot namespace is no Gardener etcd', () => {
    expect(listing([['default', 'etcd-main-0', '10.1.0.6']]).rows[0]?.component).not.toBe('gardener-etcd');
  });
  test.each([
    { name: 'the shoot namespace', ns: 'shoot--dev--web', expected: ['gardener-event-logger', 'gardener-vali'] },
    { name: "a namespace of the user's", ns: 'logs', expected: [null, null] },
  ])("event-logger and vali in $name", ({ ns, expected }) => {
    expect(listing([[ns, 'event-logger-777b7b7c7c-77h9n', '10.1.0.8'], [ns, 'vali-0', '10.1.0.9']]).rows.map((r) => r.component)).toEqual(expected);
  });
});

describe('node-level agents added to the knowledge base', () => {
  test("Rook's FlexVolume agent is on the host network: its IPs are its nodes' (rook/rook#3157)", () => {
    const m = explain([
      'NAME                                  READY   STATUS    RESTARTS   AGE   IP               NODE',
      'rook-ceph-agent-j6s9c                 1/1     Running   0          2h    192.168.11.102   t102',
      'rook-ceph-agent-jkrvb                 1/1     Running   0          2h    192.168.11.101   t101',
      'rook-ceph-operator-5c75765cdc-mk7l5   1/1     Running   0          2h    10.244.1.14      t102',
    ].join('\n'));
    expect(m.rows.map((r) => [r.component, r.network])).toEqual([['rook-ceph-agent', 'host'], ['rook-ceph-agent', 'host'], ['rook-ceph-operator', 'pod']]);
    expect(m.nodes.map((n) => [n.name, n.address])).toEqual([['t101', '192.168.11.101'], ['t102', '192.168.11.102']]);
    expect(m.cluster.podNetworks).toEqual(['10.244.0.0/16']);
  });
  test.each([
    { name: "TKE's GlobalRouter agents name the CNI (hunt u/11)", pods: ['tke-bridge-agent-gmw7v', 'tke-cni-agent-dspl2', 'tke-monitor-agent-w75lq'], components: ['tke-bridge-agent', 'tke-cni-agent', 'tke-monitor-agent'], cni: 'tke-global-router' },
    { name: "Alibaba ACK's Terway, terway-eniip (hunt cp/30)", pods: ['terway-eniip-7d56l', 'terway-eniip-s7m2t'], components: ['terway', 'terway'], cni: 'terway' },
    { name: "GKE's netd alone: its own ptp plugin (hunt cp/17)", pods: ['netd-gft7j', 'netd-nd5pr'], components: ['netd', 'netd'], cni: 'gke-ptp' },
    { name: 'GKE Dataplane V2: netd writes the config of anetd, which names the CNI', pods: ['anetd-9bq4m', 'netd-gft7j'], components: ['anetd', 'netd'], cni: 'gke-dataplane-v2' },
    { name: 'GKE with Calico network policy: netd writes Calico\'s config, Calico names the CNI', pods: ['calico-node-9bq4m', 'netd-gft7j', 'netd-nd5pr'], components: ['calico-node', 'netd', 'netd'], cni: 'calico' },
    { name: 'Romana on kubeadm 1.6 (hunt r/14)', pods: ['romana-agent-ggjwj', 'romana-services-1301461361-l7ck0'], components: ['romana-agent', 'romana-services'], cni: 'romana' },
    { name: 'Contiv on kubeadm 1.10 (hunt r/25)', pods: ['contiv-etcd-gx886', 'contiv-netmaster-xb5mr', 'contiv-netplugin-4qc5v'], components: ['contiv-netmaster', 'contiv-netmaster', 'contiv-netplugin'], cni: 'contiv' },
  ])('$name', ({ pods, components, cni }) => {
    const m = explain(['NAMESPACE     NAME                               READY   STATUS    RESTARTS   AGE', ...pods.map((x) => `kube-system   ${x.padEnd(35)}1/1     Running   0          27m`)].join('\n'));
    expect(m.rows.map((r) => r.component)).toEqual(components);
    expect(m.cluster.cni).toBe(cni);
  });
  test("Talos's coredns-local beside CoreDNS leaves CoreDNS the cluster's DNS", () => {
    const m = explain([
      'NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE',
      'kube-system   coredns-5665966b56-7zz8m   1/1     Running   0          3m13s',
      'kube-system   coredns-local-7pls2        1/1     Running   0          2m36s',
    ].join('\n'));
    expect(m.rows.map((r) => r.component)).toEqual(['coredns', 'coredns-local']);
    expect(m.cluster.dns).toBe('coredns');
  });
});

describe("a doc's placeholders in a node table", () => {
  test('a node named <cluster>-control-01 with age XXm is read: its NotReady counts', () => {
    const m = explain(['$ kubectl get nodes', 'NAME                      STATUS     ROLES           AGE   VERSION', '<cluster>-control-01      NotReady   control-plane   XXm   v1.32.x'].join('\n'));
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['<cluster>-control-01', 'control-plane']]);
    expect(m.findings.map((f) => f.id)).toContain('node-not-ready');
  });
});

describe("nushell's box table", () => {
  test('its index column (# over 0, 1, 2) is no NAMESPACE: the rows read under their header', () => {
    const m = explain([
      '❯ kubectl get pods | from ssv',
      '╭───┬──────────────────────────────────┬───────┬─────────┬─────────────┬─────╮',
      '│ # │               NAME               │ READY │ STATUS  │  RESTARTS   │ AGE │',
      '├───┼──────────────────────────────────┼───────┼─────────┼─────────────┼─────┤',
      '│ 0 │ posit-workbench-5cdbff8d54-xlz9b │ 2/2   │ Running │ 0           │ 18h │',
      '│ 1 │ posit-workbench-postgresql-0     │ 1/1   │ Running │ 1 (72d ago) │ 72d │',
      '╰───┴──────────────────────────────────┴───────┴─────────┴─────────────┴─────╯',
    ].join('\n'));
    expect(m.rows.map((r) => [r.namespace, r.name, r.restarts?.count])).toEqual([[null, 'posit-workbench-5cdbff8d54-xlz9b', 0], [null, 'posit-workbench-postgresql-0', 1]]);
    expect(m.problems.map((p) => p.code)).not.toContain('header-without-rows');
    // Its header's words are centred in their cells; aligned to the cells' starts they are the rows' offsets.
    expect(m.problems.map((p) => p.code)).toEqual([]);
  });
});

describe('node names a doc masked in static pod names', () => {
  const m = explain(['$ kubectl get nodes', 'NAME                       STATUS   ROLES           AGE   VERSION', 'talos-k8s-controlplane-1   Ready    control-plane   2m    v1.32.0', '', '$ kubectl get pods --all-namespaces', 'NAMESPACE     NAME                              READY   STATUS    RESTARTS   AGE', 'kube-system   coredns-XXXXX                     1/1     Running   0          2m', 'kube-system   kube-apiserver-XXXXX              1/1     Running   0          2m', 'kube-system   kube-proxy-XXXXX                  1/1     Running   0          2m'].join('\n'));
  test('kube-apiserver-XXXXX names no node XXXXX', () => {
    expect(m.nodes.map((n) => n.name)).toEqual(['talos-k8s-controlplane-1']);
  });
  test('so coredns-XXXXX is no static pod on it: its Deployment, hash left out; kube-proxy-XXXXX its DaemonSet', () => {
    expect(m.rows.map((r) => [r.name, r.workload?.kind, r.workload?.confidence])).toEqual([['coredns-XXXXX', 'Deployment', 'low'], ['kube-apiserver-XXXXX', 'StaticPod', 'medium'], ['kube-proxy-XXXXX', 'DaemonSet', 'high']]);
  });
});

describe('deletions a paste shows', () => {
  test("a watched pod Terminating, then Completed: the deletion finishing (newer kubectl), not a Deployment's pod that stopped", () => {
    const m = explain(['$ kubectl get pods -w', 'NAME                    READY   STATUS        RESTARTS   AGE', 'vote-644d47956b-m49cr   1/1     Running       0          4m', 'vote-644d47956b-m49cr   1/1     Terminating   0          4m', 'vote-644d47956b-m49cr   0/1     Completed     0          4m', 'vote-644d47956b-x7k2p   1/1     Running       0          2s'].join('\n'));
    expect(m.findings.map((f) => [f.id, f.rows])).toContainEqual(['watch-deleted', [5]]);
    expect(m.findings.map((f) => f.id)).not.toContain('pods-in-status');
  });
  test.each([
    { name: "Completed, then Terminating: a finished Job's pod deleted with its Job, not one stopping (eo/21)", last: 'Completed', deleted: true },
    { name: 'Error, then Terminating: ended too, nothing left to stop', last: 'Error', deleted: true },
    { name: 'Running, then Terminating: still stopping, as before', last: 'Running', deleted: false },
  ])('a watched Job pod printed Terminating last: $name', ({ last, deleted }) => {
    const m = explain(['$ kubectl get pods -n system-upgrade -w', 'NAME                                                              READY   STATUS      RESTARTS   AGE', 'apply-k3s-agent-on-n2-with-e50d232791db24fa7ce5039d6f9cf6-2zb2j   1/1     Running     0          110s', `apply-k3s-agent-on-n2-with-e50d232791db24fa7ce5039d6f9cf6-2zb2j   0/1     ${last.padEnd(11)} 0          2m19s`, 'apply-k3s-agent-on-n2-with-e50d232791db24fa7ce5039d6f9cf6-2zb2j   0/1     Terminating 0          17m'].join('\n'));
    expect(m.findings.some((f) => f.id === 'watch-deleted' && f.rows.includes(5))).toBe(deleted);
  });
  test('Completed without Terminating before it stays a finding', () => {
    const m = explain(['$ kubectl get pods -w', 'NAME                    READY   STATUS      RESTARTS   AGE', 'vote-644d47956b-m49cr   1/1     Running     0          4m', 'vote-644d47956b-m49cr   0/1     Completed   0          4m'].join('\n'));
    expect(m.findings.map((f) => f.id)).not.toContain('watch-deleted');
  });
  const nodes = (n1: string) => ['NAME   STATUS     ROLES    AGE   VERSION', `n1     ${n1}   <none>   9d    v1.31.0`, 'n2     Ready      <none>   9d    v1.31.0'];
  const pods = ['$ kubectl get pods -o wide', 'NAME                    READY   STATUS    RESTARTS   AGE   IP          NODE', 'web-7d4b9c8f6d-x2k9p    1/1     Running   0          38h   10.42.2.3   n1'];
  test('a node deleted after a table showed it NotReady: no longer reported down, its pods still stale', () => {
    const m = explain([...nodes('NotReady'), '$ kubectl delete node n1', ...pods].join('\n'));
    expect(m.findings.map((f) => f.id)).not.toContain('node-not-ready');
    expect(m.findings.map((f) => [f.id, f.rows])).toContainEqual(['stale-on-down-node', [7]]);
  });
  test('a node table printed after the deletion counts', () => {
    const m = explain(['$ kubectl delete node n1', ...nodes('NotReady')].join('\n'));
    expect(m.findings.map((f) => f.id)).toContain('node-not-ready');
  });
});

describe('pods an operator creates itself', () => {
  const table = (names: string[]) => ['NAME                                          READY   STATUS    RESTARTS   AGE', ...names.map((n) => `${n.padEnd(46)}1/1     Running   0          5m`)].join('\n');
  test('KubeRay: the head names the RayCluster, its workers follow', () => {
    const m = explain(table(['raycluster-kuberay-head-4qhml', 'raycluster-kuberay-workergroup-worker-vj5kg', 'demo-rayjob-mm7f9-head-7zzgz', 'demo-rayjob-mm7f9-small-group-worker-llslc']));
    expect(m.rows.map((r) => r.workload)).toEqual([
      { kind: 'RayCluster', name: 'raycluster-kuberay', confidence: 'high' }, { kind: 'RayCluster', name: 'raycluster-kuberay', confidence: 'high' },
      { kind: 'RayCluster', name: 'demo-rayjob-mm7f9', confidence: 'high' }, { kind: 'RayCluster', name: 'demo-rayjob-mm7f9', confidence: 'high' },
    ]);
  });
  test('KubeRay before 1.0: <cluster>-worker-<group>-<5> is a worker of the cluster', () => {
    const m = explain(table(['kuberay-head-2dg8d', 'kuberay-worker-smallgroup-76ss2']));
    expect(m.rows.map((r) => r.workload)).toEqual([{ kind: 'RayCluster', name: 'kuberay', confidence: 'high' }, { kind: 'RayCluster', name: 'kuberay', confidence: 'high' }]);
  });
  test('a head pod without "ray" in its name, alone, says nothing', () => {
    const m = explain(table(['spark-head-4qhml', 'spark-pool-6f9c8d7b5-vj5kg']));
    expect(m.rows.map((r) => r.workload?.kind)).not.toContain('RayCluster');
  });
  const rayJob = ['NAME             JOB STATUS   DEPLOYMENT STATUS   RAY CLUSTER NAME       START TIME             END TIME   AGE', 'job-43n6os1dxr                Initializing        job-43n6os1dxr-2tzsh   2025-11-17T13:53:34Z              10s', ''];
  test.each([
    { name: "a RayJob's cluster, named in its `get rayjob` row (s/24)", lines: rayJob, pods: ['job-43n6os1dxr-2tzsh-head-nbhr9', 'job-43n6os1dxr-2tzsh-worker-worker-w5qqz'], cluster: 'job-43n6os1dxr-2tzsh' },
    { name: 'the head alone, named in a `get raycluster` row', lines: ['$ kubectl get raycluster', 'NAME         DESIRED WORKERS   AVAILABLE WORKERS   STATUS   AGE', 'etl-x7k2p    1                 0                   ready    3m', ''], pods: ['etl-x7k2p-head-nbhr9'], cluster: 'etl-x7k2p' },
    { name: 'a worker beside the head where the paste speaks of KubeRay', lines: ['KubeRay operator v1.1.0'], pods: ['etl-head-nbhr9', 'etl-cpu-group-worker-w5qqz'], cluster: 'etl' },
    { name: 'a head whose cluster the paste never names by itself stays a guess', lines: ['RayJob stuck in Initializing'], pods: ['etl-head-nbhr9'], cluster: null },
    { name: 'a head and a worker, no word of Ray: the pair is KubeRay\'s naming alone (y/29)', lines: ['head and workers'], pods: ['etl-head-nbhr9', 'etl-cpu-group-worker-w5qqz'], cluster: 'etl' },
    { name: 'a head and a worker of KubeRay before 1.0, no word of Ray', lines: [], pods: ['test-cluster-0-worker-worker-ddfbz', 'test-cluster-0-head-vst5j'], cluster: 'test-cluster-0' },
  ])('KubeRay, a cluster without "ray" in its name: $name', ({ lines, pods, cluster }) => {
    const m = explain([...lines, table(pods)].join('\n'));
    expect(m.rows.map((r) => (r.workload?.kind === 'RayCluster' ? r.workload.name : null))).toEqual(pods.map(() => cluster));
  });
  test.each([
    { name: 'no word of Ray: the pair is a likely RayCluster, not a sure one', lines: [], confidence: 'medium' },
    { name: 'KubeRay named: sure', lines: ['KubeRay operator v1.1.0'], confidence: 'high' },
  ])('KubeRay, a head and its worker: $name', ({ lines, confidence }) => {
    const m = explain([...lines, table(['etl-head-nbhr9', 'etl-cpu-group-worker-w5qqz'])].join('\n'));
    expect(m.rows.map((r) => r.workload?.confidence)).toEqual([confidence, confidence]);
  });
  test.each([
    { name: 'KubeRay named, a Ray cluster (production-stack#653)', lines: ['$ kubectl get pods -n ray'], pods: ['kuberay-operator-65b9c57dff-hd2ff', 'llama-raycluster-head'], owner: { kind: 'RayCluster', name: 'llama-raycluster', confidence: 'high' } },
    { name: "a name cut to 50 characters: the RayCluster's may run on", lines: ['$ kubectl get pods -n ray'], pods: ['kuberay-operator-65b9c57dff-hd2ff', 'vllm-meta-llama-3-1-70b-instruct-awq-int4-rayclust-head'], owner: { kind: 'RayCluster', name: 'vllm-meta-llama-3-1-70b-instruct-awq-int4-rayclust', confidence: 'medium' } },
    { name: 'its worker beside it, no word of Ray', lines: [], pods: ['etl-head', 'etl-cpu-group-worker-w5qqz'], owner: { kind: 'RayCluster', name: 'etl', confidence: 'high' } },
    { name: 'a bare pod of anyone, "ray" in its name but no KubeRay', lines: [], pods: ['xray-head'], owner: { kind: 'Pod', name: 'xray-head', confidence: 'low' } },
    { name: 'KubeRay named, a name with no "ray" in it', lines: ['KubeRay operator v1.1.0'], pods: ['spark-head'], owner: { kind: 'Pod', name: 'spark-head', confidence: 'low' } },
  ])('KubeRay, a head under its deterministic name `<cluster>-head`: $name', ({ lines, pods, owner }) => {
    const wide = ['NAME'.padEnd(60) + 'READY   STATUS    RESTARTS   AGE', ...pods.map((n) => `${n.padEnd(60)}1/1     Running   0          5m`)];
    const m = explain([...lines, ...wide].join('\n'));
    expect(m.rows.find((r) => r.name.endsWith('-head'))?.workload).toEqual(owner);
  });
  test.each([
    { name: "beside the RayJob's cluster <rayjob>-<5> (KubeRay 1.2 on, its quickstart, ed/04)", pods: ['rayjob-sample-qnftt-head-7zzgz', 'rayjob-sample-n2vj5'], owner: 'Job/rayjob-sample/high', text: 'owner.ray-submitter' },
    { name: 'beside <rayjob>-raycluster-<5> (KubeRay before 1.2)', pods: ['rayjob-sample-raycluster-qnftt-head-7zzgz', 'rayjob-sample-n2vj5'], owner: 'Job/rayjob-sample/high', text: 'owner.ray-submitter' },
    { name: "another RayJob's cluster says nothing of it", pods: ['other-job-qnftt-head-7zzgz', 'rayjob-sample-n2vj5'], owner: 'DaemonSet/rayjob-sample/low', text: 'owner.DaemonSet' },
  ])("KubeRay, a RayJob's submitter pod <rayjob>-<5>: $name", ({ pods, owner, text }) => {
    const m = explain(table(pods));
    const r = m.rows[1];
    expect([`${r?.workload?.kind}/${r?.workload?.name}/${r?.workload?.confidence}`, r?.explanations.find((e) => e.startsWith('owner.'))]).toEqual([owner, text]);
  });
  test.each([
    { name: "a worker that is a Deployment's pod (a hash before its suffix)", pods: ['etl-head-nbhr9', 'etl-worker-7f9d8b6c5-w5qqz'] },
    { name: "another cluster's worker", pods: ['etl-head-nbhr9', 'other-cpu-group-worker-w5qqz'] },
    { name: 'a worker named by hand, no generated suffix', pods: ['etl-head-nbhr9', 'etl-cpu-group-worker'] },
  ])('KubeRay, no word of Ray and no pair: $name', ({ pods }) => {
    const m = explain(table(pods));
    expect(m.rows.map((r) => r.workload?.kind)).not.toContain('RayCluster');
  });
  test("Strimzi: the entity operator names the Kafka cluster, its numbered pods a StrimziPodSet's", () => {
    const m = explain(table(['my-kafka-entity-operator-686c48986c-pqcrq', 'my-kafka-broker-0', 'my-kafka-controller-3', 'other-db-0']));
    expect(m.rows.map((r) => [r.workload?.kind, r.workload?.name])).toEqual([['Deployment', 'my-kafka-entity-operator'], ['StrimziPodSet', 'my-kafka-broker'], ['StrimziPodSet', 'my-kafka-controller'], ['StatefulSet', 'other-db']]);
  });
  test("Strimzi, no version said: no describe strimzipodset, which fails on a cluster of the StatefulSet era (hunt ci/12)", () => {
    const m = explain(['$ kubectl get pods -n kafka', 'NAME                                          READY   STATUS    RESTARTS   AGE', 'my-cluster-entity-operator-868866f44b-b87q2   3/3       Running   0          5m', 'my-cluster-kafka-0                            1/1       Running   0          5m'].join('\n'));
    expect(m.rows[1]?.next.map((c) => c.command).join(' ; ')).not.toContain('strimzipodset');
  });
  test('without the entity operator a numbered kafka pod stays a StatefulSet guess', () => {
    expect(explain(table(['my-kafka-kafka-0'])).rows[0]?.workload?.kind).toBe('StatefulSet');
  });
  // Strimzi's release notes: StrimziPodSets the default from 0.30, the only way from 0.35; KafkaConnectS2I gone in 0.25; TLS
  // sidecars gone from ZooKeeper's pods in 0.18 and Kafka's in 0.20.
  const strimzi = (said: string[], pods: [string, string][]) => explain([...said, '', 'NAME                                          READY   STATUS    RESTARTS   AGE', ...pods.map(([n, ready]) => `${n.padEnd(46)}${ready}     Running   0          5m`)].join('\n'));
  const withOperator = (ready: string): [string, string][] => [['my-cluster-entity-operator-868866f44b-b87q2', '3/3'], ['my-cluster-kafka-0', ready], ['my-cluster-zookeeper-0', ready]];
  const alone: [string, string][] = [['s4-cluster-kafka-0', '0/1'], ['s4-cluster-zookeeper-0', '1/1']];
  const helmChart: [string, string][] = [['my-release-kafka-0', '1/1'], ['my-release-zookeeper-0', '1/1']];
  test.each([
    { name: 'a 0.27 manifest (c/14): StatefulSets, its entity operator notwithstanding', said: ['**.yml used:** strimzi-cluster-operator-0.27.0.yaml'], pods: withOperator('1/1'), kind: 'StatefulSet' },
    { name: "0.29's operator image: StatefulSets were still the default", said: ['    image: quay.io/strimzi/operator:0.29.0'], pods: withOperator('1/1'), kind: 'StatefulSet' },
    { name: 'KafkaConnectS2I in use (gone in 0.25): StatefulSets', said: ['oc get kafkaconnects2i'], pods: withOperator('1/1'), kind: 'StatefulSet' },
    { name: "two containers in each Kafka and ZooKeeper pod, no mesh: the TLS sidecars' era", said: [], pods: withOperator('2/2'), kind: 'StatefulSet' },
    { name: 'two containers where the paste names Istio: its sidecar, the default guess stays', said: ['istio-injection=enabled on the kafka namespace'], pods: withOperator('2/2'), kind: 'StrimziPodSet', confidence: 'low' },
    { name: 'no version said: the default guess stays, a guess (hunt ci/12, ci/16: 0.25 and AMQ Streams 1.6 ran StatefulSets)', said: ['strimzi.io/cluster=my-cluster'], pods: withOperator('1/1'), kind: 'StrimziPodSet', confidence: 'low' },
    { name: 'an upgrade from one era to the other: the default guess stays, a guess', said: ['Upgrading Strimzi from 0.27.0 to 0.39.0'], pods: withOperator('1/1'), kind: 'StrimziPodSet', confidence: 'low' },
    { name: 'a `get all` that lists no StatefulSet of theirs (hunt ci/17): StrimziPodSets', said: ['$ kubectl get all -n kafka'], pods: withOperator('1/1'), kind: 'StrimziPodSet' },
    { name: 'Strimzi 0.39 in prose (c/15), no entity operator shown: StrimziPodSets', said: ['The issue started after upgrading to Strimzi Kafka version 0.39.'], pods: alone, kind: 'StrimziPodSet' },
    { name: "0.30's operator image, no entity operator shown: StrimziPodSets", said: ['quay.io/strimzi/operator:0.30.0'], pods: alone, kind: 'StrimziPodSet' },
    { name: 'Strimzi 1.0, no entity operator shown: StrimziPodSets', said: ['helm upgrade strimzi strimzi/strimzi-kafka-operator --version 1.0.0'], pods: alone, kind: 'StrimziPodSet' },
    { name: 'StrimziPodSets listed, no entity operator shown: theirs', said: ['$ kubectl get strimzipodsets -n kafka'], pods: alone, kind: 'StrimziPodSet' },
    { name: 'an address after the word is no version', said: ['strimzi broker at 1.2.3.4'], pods: alone, kind: 'StatefulSet' },
    { name: 'Kafka and ZooKeeper with no word of Strimzi (a Helm chart): StatefulSets', said: ['helm install my-release oci://registry-1.docker.io/bitnamicharts/kafka --version 0.39.0'], pods: helmChart, kind: 'StatefulSet' },
  ] as { name: string; said: string[]; pods: [string, string][]; kind: string; confidence?: string }[])('Strimzi: $name', ({ said, pods, kind, confidence }) => {
    const rows = strimzi(said, pods).rows.filter((r) => r.name.endsWith('-0'));
    expect(rows.map((r) => [r.name, r.workload?.kind, r.workload?.confidence])).toEqual(rows.map((r) => [r.name, kind, confidence ?? 'medium']));
    expect(rows).toHaveLength(2);
  });

  // The Prometheus Operator's StatefulSets are prometheus-<Prometheus> and alertmanager-<Alertmanager>, named after the resources.
  test.each([
    { name: 'a Prometheus named after the app, beside the operator (q/10)', pods: ['alertmanager-cockroachdb-0', 'prometheus-cockroachdb-0', 'prometheus-operator-79d565f6c6-5vvgv'], expected: [['alertmanager-cockroachdb-0', 'alertmanager', 'high'], ['prometheus-cockroachdb-0', 'prometheus', 'high']] },
    { name: "k8ssandra's Prometheus beside kube-prometheus-stack's operator (d/36)", pods: ['k8ssandra-tools-kube-prome-operator-6d556b76f8-5h54b', 'prometheus-k8ssandra-cluster-a-prometheus-k8ssandra-0'], expected: [['prometheus-k8ssandra-cluster-a-prometheus-k8ssandra-0', 'prometheus', 'high']] },
    { name: "a sharded Prometheus's second shard", pods: ['prometheus-operator-79d565f6c6-5vvgv', 'prometheus-main-shard-1-0'], expected: [['prometheus-main-shard-1-0', 'prometheus', 'high']] },
    { name: 'without the operator a prometheus-<name> set is nothing known', pods: ['prometheus-cockroachdb-0'], expected: [['prometheus-cockroachdb-0', null, 'medium']] },
  ])('Prometheus Operator: $name', ({ pods, expected }) => {
    const width = Math.max(...pods.map((n) => n.length)) + 3;
    const m = explain([`${'NAME'.padEnd(width)}READY   STATUS    RESTARTS   AGE`, ...pods.map((n) => `${n.padEnd(width)}1/1     Running   0          5m`)].join('\n'));
    const rows = m.rows.filter((r) => r.workload?.kind === 'StatefulSet');
    expect(rows.map((r) => [r.name, r.component, r.workload?.confidence])).toEqual(expected);
  });

  // Crunchy PGO v5 names a PostgresCluster's instance sets as its users do: only its repo host names the cluster.
  test.each([
    { name: "an instance set named by its user, beside the cluster's repo host (eh/12)", pods: ['zitadel-pgha1-4npq-0', 'zitadel-pgha1-xl2b-0', 'zitadel-repo-host-0'], expected: [['zitadel-pgha1-4npq-0', 'pgo-instance', 'high'], ['zitadel-pgha1-xl2b-0', 'pgo-instance', 'high'], ['zitadel-repo-host-0', 'pgo-repo-host', 'high']] },
    { name: 'a set name with a dash', pods: ['hippo-pg-ha-2j4l-0', 'hippo-repo-host-0'], expected: [['hippo-pg-ha-2j4l-0', 'pgo-instance', 'high'], ['hippo-repo-host-0', 'pgo-repo-host', 'high']] },
    { name: "another cluster's repo host says nothing of this set", pods: ['zitadel-pgha1-4npq-0', 'hippo-repo-host-0'], expected: [['zitadel-pgha1-4npq-0', null, 'medium'], ['hippo-repo-host-0', 'pgo-repo-host', 'high']] },
    { name: "the cluster's PgBouncer beside its repo host (eh/13)", pods: ['cluster1-pgbouncer-f4dcfffc8-lrs2d', 'cluster1-repo-host-0'], expected: [['cluster1-pgbouncer-f4dcfffc8-lrs2d', 'pgo-pgbouncer', 'high'], ['cluster1-repo-host-0', 'pgo-repo-host', 'high']] },
    { name: "a chart's PgBouncer with no repo host is nothing known", pods: ['airflow2-pgbouncer-f4dcfffc8-lrs2d', 'cluster1-repo-host-0'], expected: [['airflow2-pgbouncer-f4dcfffc8-lrs2d', null, 'high'], ['cluster1-repo-host-0', 'pgo-repo-host', 'high']] },
    { name: "PGO v4: primary, replica and PgBouncer beside the cluster's backrest-shared-repo (ez/05)", pods: ['hippo-backrest-shared-repo-796bbdbbbf-gc2wh', 'hippo-c6464b945-pbzsb', 'hippo-opfg-566d84b8c9-x695k', 'hippo-pgbouncer-599f4fc788-j8rpf'], expected: [['hippo-backrest-shared-repo-796bbdbbbf-gc2wh', 'pgo-v4-backrest-repo', 'high'], ['hippo-c6464b945-pbzsb', 'pgo-v4-instance', 'high'], ['hippo-opfg-566d84b8c9-x695k', 'pgo-v4-instance', 'high'], ['hippo-pgbouncer-599f4fc788-j8rpf', 'pgo-pgbouncer', 'high']] },
    { name: "PGO v4: another cluster's repository says nothing of these Deployments", pods: ['hippo-backrest-shared-repo-796bbdbbbf-gc2wh', 'web-c6464b945-pbzsb', 'web-abcd-566d84b8c9-x695k', 'hippo2-pgbouncer-599f4fc788-j8rpf'], expected: [['hippo-backrest-shared-repo-796bbdbbbf-gc2wh', 'pgo-v4-backrest-repo', 'high'], ['web-c6464b945-pbzsb', null, 'high'], ['web-abcd-566d84b8c9-x695k', null, 'high'], ['hippo2-pgbouncer-599f4fc788-j8rpf', null, 'high']] },
    { name: 'PGO v4: five letters after the cluster are no replica', pods: ['hippo-backrest-shared-repo-796bbdbbbf-gc2wh', 'hippo-opfgx-566d84b8c9-x695k'], expected: [['hippo-backrest-shared-repo-796bbdbbbf-gc2wh', 'pgo-v4-backrest-repo', 'high'], ['hippo-opfgx-566d84b8c9-x695k', null, 'high']] },
    { name: 'no random tail of the generator (a vowel): no PGO set', pods: ['zitadel-redis-main-0', 'zitadel-repo-host-0'], expected: [['zitadel-redis-main-0', null, 'medium'], ['zitadel-repo-host-0', 'pgo-repo-host', 'high']] },
  ])('Crunchy PGO: $name', ({ pods, expected }) => {
    const width = Math.max(...pods.map((n) => n.length)) + 3;
    const m = explain([`${'NAME'.padEnd(width)}READY   STATUS    RESTARTS   AGE`, ...pods.map((n) => `${n.padEnd(width)}1/1     Running   0          5m`)].join('\n'));
    expect(m.rows.map((r) => [r.name, r.component, r.workload?.confidence])).toEqual(expected);
  });

  // Percona XtraDB Cluster's proxies end as anyone's HAProxy: its -pxc set or its operator says whose they are.
  test.each([
    { name: 'HAProxy beside the operator, no pxc pod yet (eh/03)', pods: ['cluster1-haproxy-0', 'percona-xtradb-cluster-operator-7d6b49c48c-n9cpr'], expected: ['pxc-proxy', 'database-operator'] },
    { name: "ProxySQL beside its cluster's pxc set", pods: ['cluster1-proxysql-0', 'cluster1-pxc-0'], expected: ['pxc-proxy', 'percona-xtradb-cluster'] },
    { name: "another cluster's pxc set says nothing of this HAProxy", pods: ['web-haproxy-0', 'cluster1-pxc-0'], expected: [null, 'percona-xtradb-cluster'] },
    { name: 'an HAProxy alone is nothing known', pods: ['cluster1-haproxy-0'], expected: [null] },
  ])('Percona XtraDB Cluster: $name', ({ pods, expected }) => {
    const width = Math.max(...pods.map((n) => n.length)) + 3;
    const m = explain([`${'NAME'.padEnd(width)}READY   STATUS    RESTARTS   AGE`, ...pods.map((n) => `${n.padEnd(width)}1/1     Running   0          5m`)].join('\n'));
    expect(m.rows.map((r) => r.component)).toEqual(expected);
  });

  // A MongoDBCommunity's StatefulSet bears the resource's name: the operator beside it and mongod's agent in each pod say whose.
  test.each([
    { name: 'members and the arbiter beside the operator (eh/06)', pods: [['mongodb-0', '1/2'], ['mongodb-arb-0', '1/2'], ['mongodb-kubernetes-operator-788bfd6f5b-swwcr', '1/1']], expected: ['mongodb-community', 'mongodb-community', 'database-operator'] },
    { name: 'a one-container StatefulSet beside it is not a member', pods: [['redis-0', '1/1'], ['mongodb-kubernetes-operator-788bfd6f5b-swwcr', '1/1']], expected: [null, 'database-operator'] },
    { name: 'without the operator a set of two containers is nothing known', pods: [['mongodb-0', '2/2']], expected: [null] },
  ])('MongoDB Community: $name', ({ pods, expected }) => {
    const width = Math.max(...pods.map(([n]) => (n as string).length)) + 3;
    const m = explain([`${'NAME'.padEnd(width)}READY   STATUS    RESTARTS   AGE`, ...pods.map(([n, ready]) => `${(n as string).padEnd(width)}${(ready as string).padEnd(8)}Running   0          5m`)].join('\n'));
    expect(m.rows.map((r) => r.component)).toEqual(expected);
  });

  const owners = (m: ReturnType<typeof explain>) => m.rows.map((r) => [r.name, r.workload?.kind, r.workload?.name, r.workload?.confidence]);
  test('CloudNativePG: a join pod names the Cluster; its instances and jobs are sure, another set without an -0 likely one', () => {
    const m = explain(table(['ogenki-1', 'ogenki-2-join-xxrwx', 'other-1', 'other-2', 'redis-0', 'redis-1']));
    expect(owners(m)).toEqual([
      ['ogenki-1', 'Cluster', 'ogenki', 'high'], ['ogenki-2-join-xxrwx', 'Job', 'ogenki-2-join', 'high'],
      ['other-1', 'Cluster', 'other', 'medium'], ['other-2', 'Cluster', 'other', 'medium'],
      ['redis-0', 'StatefulSet', 'redis', 'medium'], ['redis-1', 'StatefulSet', 'redis', 'medium'],
    ]);
  });
  test('CloudNativePG: a job pod alone is its Job, a likely one', () => {
    expect(owners(explain(table(['pg-cluster-1-initdb-mvd5n'])))).toEqual([['pg-cluster-1-initdb-mvd5n', 'Job', 'pg-cluster-1-initdb', 'medium']]);
  });
  test('CloudNativePG: the operator alone makes -1.. sets likely Clusters, not sets with an -0', () => {
    const m = explain(table(['cnpg-controller-manager-6787dfd466-ljj54', 'pg-1', 'pg-2', 'web-0', 'web-1']));
    expect(owners(m).slice(1)).toEqual([['pg-1', 'Cluster', 'pg', 'medium'], ['pg-2', 'Cluster', 'pg', 'medium'], ['web-0', 'StatefulSet', 'web', 'medium'], ['web-1', 'StatefulSet', 'web', 'medium']]);
    expect(m.rows[0]?.component).toBe('cnpg-controller-manager');
  });
  test('CloudNativePG: an instance that ended in Error beside its running ones is one of them, not a bare pod (eb/04)', () => {
    const m = explain(['NAME                              READY   STATUS      RESTARTS   AGE', 'cloudnative-pg-74c458f8cf-zdb2k   1/1     Running     0          7m46s', 'postgres-1                        0/1     Error       0          10h', 'postgres-2                        1/1     Running     0          13h', 'postgres-3                        1/1     Running     0          14h'].join('\n'));
    expect(owners(m).slice(1)).toEqual([['postgres-1', 'Cluster', 'postgres', 'medium'], ['postgres-2', 'Cluster', 'postgres', 'medium'], ['postgres-3', 'Cluster', 'postgres', 'medium']]);
    expect(m.rows[1]?.component).toBe('cnpg-instance');
  });
  test('CloudNativePG: a numbered pod in Error with no instance of its name beside stays a bare pod', () => {
    const m = explain(['NAME                              READY   STATUS      RESTARTS   AGE', 'cloudnative-pg-74c458f8cf-zdb2k   1/1     Running     0          7m46s', 'backup-1                          0/1     Error       0          10h', 'postgres-2                        1/1     Running     0          13h'].join('\n'));
    expect(owners(m)[1]?.[1]).toBe('Pod');
  });
  test('CloudNativePG: -L cnpg.io/instanceRole prints each instance\'s role', () => {
    const m = explain(['NAME           READY   STATUS    RESTARTS   AGE   INSTANCEROLE', 'pg-cluster-1   1/1     Running   0          57s   replica', 'pg-cluster-2   1/1     Running   0          2m    primary', 'psql-client    1/1     Running   0          83s'].join('\n'));
    expect(owners(m)).toEqual([['pg-cluster-1', 'Cluster', 'pg-cluster', 'high'], ['pg-cluster-2', 'Cluster', 'pg-cluster', 'high'], ['psql-client', 'Pod', 'psql-client', 'low']]);
  });
  test.each([
    { name: "CloudNativePG's old role label: instances numbered from 1 are its Cluster's (eh/16)", lines: ['NAME                READY   STATUS    RESTARTS   AGE     ROLE', 'cluster-example-1   1/1     Running   0          153m    primary', 'cluster-example-2   1/1     Running   0          153m    replica'], expected: [['cluster-example-1', 'Cluster', 'cluster-example', 'medium'], ['cluster-example-2', 'Cluster', 'cluster-example', 'medium']] },
    { name: 'primary on a set with an -0 (KubeBlocks) stays a StatefulSet', lines: ['NAME             READY   STATUS    RESTARTS   AGE   ROLE', 'mycluster-pg-0   1/1     Running   0          5m    primary', 'mycluster-pg-1   1/1     Running   0          5m    secondary'], expected: [['mycluster-pg-0', 'StatefulSet', 'mycluster-pg', 'medium'], ['mycluster-pg-1', 'StatefulSet', 'mycluster-pg', 'medium']] },
    { name: "PGO's role label says master: no CloudNativePG", lines: ['NAME         READY   STATUS    RESTARTS   AGE   ROLE', 'hippo-ha-1   1/1     Running   0          5m    master', 'hippo-ha-2   1/1     Running   0          5m    replica'], expected: [['hippo-ha-1', 'StatefulSet', 'hippo-ha', 'medium'], ['hippo-ha-2', 'StatefulSet', 'hippo-ha', 'medium']] },
  ])('CloudNativePG: -L role, $name', ({ lines, expected }) => {
    expect(owners(explain(lines.join('\n')))).toEqual(expected);
  });
  test('CloudNativePG: --show-labels names the cluster of each instance', () => {
    const m = explain(['NAME   READY   STATUS    RESTARTS   AGE   LABELS', 'pg-2   1/1     Running   0          5m    cnpg.io/cluster=pg,cnpg.io/instanceName=pg-2,role=primary', 'db-0   1/1     Running   0          5m    app=db'].join('\n'));
    expect(owners(m)).toEqual([['pg-2', 'Cluster', 'pg', 'high'], ['db-0', 'StatefulSet', 'db', 'medium']]);
  });
  test('CloudNativePG: its Helm chart names the operator after the release', () => {
    const m = explain(['$ kubectl get po -A', 'NAMESPACE     NAME                    READY   STATUS    RESTARTS   AGE', 'cnpg-system   cnpg-74488f5849-8lhjr   1/1     Running   0          6h', 'demo          ogenki-1                1/1     Running   0          3m'].join('\n'));
    expect(m.rows[0]?.component).toBe('cnpg-controller-manager');
    expect(m.rows[1]?.workload).toEqual({ kind: 'Cluster', name: 'ogenki', confidence: 'medium' });
  });
  test("an operator-made pod's next commands end with its owner's resource, where the namespace is known", () => {
    const withNs = explain(['$ kubectl get po -n demo', 'NAME                  READY   STATUS    RESTARTS   AGE', 'ogenki-1              1/1     Running   0          3m', 'ogenki-2-join-xxrwx   0/1     Pending   0          82s'].join('\n'));
    expect(withNs.rows[0]?.next.at(-1)).toEqual({ command: 'kubectl -n demo describe clusters.postgresql.cnpg.io ogenki', why: 'why.describe-owner' });
    // The join pod's owner is a Job: nothing an operator's resource adds.
    expect(withNs.rows[1]?.next.map((c) => c.why)).not.toContain('why.describe-owner');
    const noNs = explain(table(['ogenki-1', 'ogenki-2-join-xxrwx']));
    expect(noNs.rows[0]?.workload?.kind).toBe('Cluster');
    expect(noNs.rows[0]?.next.map((c) => c.why)).not.toContain('why.describe-owner');
  });
  test.each([
    { name: "a `get cluster` table with CloudNativePG's columns names the Cluster (hunt ci/24)", before: ['NAME              AGE    INSTANCES   READY   STATUS                                       PRIMARY', 'sidm-db-cluster   181d   2           1       Waiting for the instances to become active   sidm-db-cluster-2', ''], expected: 'Cluster/sidm-db-cluster/high' },
    { name: 'another kind\'s cluster table (no INSTANCES, no PRIMARY) says nothing', before: ['NAME              AGE    READY   STATUS', 'sidm-db-cluster   181d   1       Ready', ''], expected: 'StatefulSet/sidm-db-cluster/medium' },
  ])('CloudNativePG: $name', ({ before, expected }) => {
    const m = explain([...before, 'NAME                 READY   STATUS             RESTARTS       AGE', 'sidm-db-cluster-2    1/1     Running            0              173d', 'sidm-db-cluster-3    0/1     CrashLoopBackOff   17 (45s ago)   63m'].join('\n'));
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`)).toEqual([expected, expected]);
  });
  test('without any sign of CloudNativePG a -1.. set stays a StatefulSet guess', () => {
    expect(owners(explain(table(['pg-1', 'pg-2'])))).toEqual([['pg-1', 'StatefulSet', 'pg', 'medium'], ['pg-2', 'StatefulSet', 'pg', 'medium']]);
  });
  test('Tekton: with its controller, -pod and (before 0.21) -pod-<5> pods are TaskRuns\' (sure with a generated part)', () => {
    const m = explain(table(['tekton-pipelines-controller-5c4f7d9d8b-8tq2x', 'build-run-8xk2p-fetch-source-pod', 'hello-task-run-pod-7xwmw', 'nginx-pod']));
    expect(owners(m).slice(1)).toEqual([
      ['build-run-8xk2p-fetch-source-pod', 'TaskRun', 'build-run-8xk2p-fetch-source', 'high'], ['hello-task-run-pod-7xwmw', 'TaskRun', 'hello-task-run', 'high'], ['nginx-pod', 'TaskRun', 'nginx', 'medium'],
    ]);
    expect(m.rows[0]?.component).toBe('tekton-pipelines');
  });
  test('Tekton: a command listing TaskRuns is enough; without either, -pod is a bare pod', () => {
    const rows = ['NAME                                   READY   STATUS      RESTARTS   AGE', 'pod/custom-env-kngkd-pod               0/1     Completed   0          23s'];
    expect(owners(explain(['+ kubectl get pods,taskruns,pipelineruns', ...rows].join('\n')))).toEqual([['custom-env-kngkd-pod', 'TaskRun', 'custom-env-kngkd', 'high']]);
    expect(owners(explain(rows.join('\n')))).toEqual([['custom-env-kngkd-pod', 'Pod', 'custom-env-kngkd-pod', 'low']]);
  });
  test("Tekton: two TaskRuns' pods of one PipelineRun say Tekton even without its controller; one alone does not", () => {
    const pods = ['tekton-deploy-zzvxv-clone-pod', 'tekton-deploy-zzvxv-lint-pod'];
    expect(owners(explain(table(pods)))).toEqual([['tekton-deploy-zzvxv-clone-pod', 'TaskRun', 'tekton-deploy-zzvxv-clone', 'high'], ['tekton-deploy-zzvxv-lint-pod', 'TaskRun', 'tekton-deploy-zzvxv-lint', 'high']]);
    expect(owners(explain(table(pods.slice(0, 1))))[0]?.[1]).toBe('Pod');
  });
  test.each([
    { name: "a PipelineRun named with an 8-hex id, its TaskRuns' pods (kagenti's docs, hunt cq/22)", pods: ['research-agent-183740ed-build-and-push-pod', 'research-agent-183740ed-check-subfolder-pod', 'research-agent-183740ed-git-clone-pod'], kind: 'TaskRun' },
    { name: 'hand-made pods ending in -pod, no id in their names', pods: ['nginx-pod', 'busybox-pod'], kind: 'Pod' },
    { name: "Tekton's first releases, -pod-<6 hex> (Jenkins X serverless, dt/10)", pods: ['node-master-3-bjpmg-pod-cf423b', 'rust-master-1-c7kkd-pod-ef705a'], kind: 'TaskRun' },
    { name: '... one alone is no sign', pods: ['node-master-3-bjpmg-pod-cf423b'], kind: 'Pod' },
  ])('Tekton without its controller: $name', ({ pods, kind }) => {
    expect(owners(explain(table(pods))).map((o) => o[1])).toEqual(pods.map(() => kind));
  });
  test.each([
    { name: "beside the Compliance Operator's pod, its scans' <scan>-<node>-pod are no TaskRuns' (hunt ch/24)", lines: ['compliance-operator-84d85bc88f-hldpt'], kind: 'Pod' },
    { name: 'where the paste lists its ComplianceScans (hunt ch/24)', before: ['# oc get compliancescans', 'NAME                   PHASE       RESULT', 'ocp4-cis-node-master   RUNNING     NOT-AVAILABLE', ''], lines: [], kind: 'Pod' },
    { name: 'with no word of it, the two still say Tekton', lines: [], kind: 'TaskRun' },
  ])('Tekton or not: $name', ({ before, lines, kind }) => {
    const pods = [...lines, 'ocp4-cis-node-master-aro-cluster-zzzmc-k2ssj-master-0-pod', 'ocp4-cis-node-master-aro-cluster-zzzmc-k2ssj-master-1-pod'];
    const m = explain([...(before ?? []), 'NAME                                                        READY   STATUS     RESTARTS   AGE', ...pods.map((n) => `${n.padEnd(60)}1/2     NotReady   0          110s`)].join('\n'));
    expect(owners(m).filter((o) => (o[0] as string).endsWith('-pod')).map((o) => o[1])).toEqual([kind, kind]);
  });
  test.each([
    { name: "the run's name says task run, no other sign of Tekton (Tekton's docs, hunt cf/19)", lines: ['echo-hello-world-task-run-pod-wr68k'], owner: ['echo-hello-world-task-run-pod-wr68k', 'TaskRun', 'echo-hello-world-task-run', 'medium'] },
    { name: 'the paste created a TaskRun of another name (hunt cf/17)', lines: ['$ kubectl apply -f run.yaml', 'taskrun.tekton.dev/greet created'], pod: 'greet-pod-mjnmv', owner: ['greet-pod-mjnmv', 'TaskRun', 'greet', 'medium'] },
    { name: 'no word of Tekton and no task run in the name: a Job guess still', lines: [], pod: 'greet-pod-mjnmv', owner: ['greet-pod-mjnmv', 'DaemonSet', 'greet-pod', 'low'] },
  ])("Tekton before 0.21 without its controller: `<taskrun>-pod-<5>` where $name", ({ lines, pod, owner }) => {
    const m = explain([...lines, table([pod ?? (owner[0] as string)])].join('\n'));
    expect(owners(m)).toEqual([owner]);
  });
  test('Argo Workflows: with its controller, steps and a one-step workflow are the Workflow\'s', () => {
    const m = explain(['NAME                                   READY   STATUS      RESTARTS   AGE', 'workflow-controller-7f9d8b6c5-m2n8p    1/1     Running     0          2d',
      'hello-world-7xk2p                      0/2     Completed   0          3m', 'steps-4bvl9-hello-1469234567           0/2     Completed   0          2m', 'nightly-etl-1469234567                 2/2     Running     0          2m'].join('\n'));
    expect(owners(m).slice(1)).toEqual([
      ['hello-world-7xk2p', 'Workflow', 'hello-world-7xk2p', 'medium'], ['steps-4bvl9-hello-1469234567', 'Workflow', 'steps-4bvl9', 'high'], ['nightly-etl-1469234567', 'Workflow', 'nightly-etl', 'medium'],
    ]);
    expect(m.rows[0]?.component).toBe('argo-workflow-controller');
  });
  test.each([
    { name: "OpenShift AI's pipeline server's own controller, ds-pipeline-workflow-controller-<dspa> (ed/17)", controller: 'ds-pipeline-workflow-controller-dspa-5799548b68-z2lcl', confidence: 'high' },
    { name: 'no controller in the paste', controller: 'web-7d4b9c8f6d-x2k9p', confidence: 'medium' },
  ])('Argo Workflows: a KFP run\'s steps beside $name', ({ controller, confidence }) => {
    const m = explain(['NAME                                                                READY   STATUS      RESTARTS   AGE', `${controller.padEnd(68)}1/1     Running     0          34m`, 'fetch-and-store-pipeline-w7gxh-system-container-impl-1487941461     0/2     Completed   0          30m'].join('\n'));
    expect(owners(m)[1]).toEqual(['fetch-and-store-pipeline-w7gxh-system-container-impl-1487941461', 'Workflow', 'fetch-and-store-pipeline-w7gxh', confidence]);
  });
  test('Argo Workflows: without the controller, numeric-id pods with a wait container still read as steps; a lone Job-shaped pod does not', () => {
    const steps = ['NAME                                READY   STATUS      RESTARTS   AGE', 'keystone-install-1608858220         0/2     Completed   0          4m', 'keystone-install-2012559777         0/1     Completed   0          4m'];
    expect(owners(explain(steps.join('\n')))).toEqual([['keystone-install-1608858220', 'Workflow', 'keystone-install', 'medium'], ['keystone-install-2012559777', 'Workflow', 'keystone-install', 'medium']]);
    expect(owners(explain(['NAME                READY   STATUS      RESTARTS   AGE', 'hello-world-klhjq   0/2     Completed   0          97s'].join('\n')))).toEqual([['hello-world-klhjq', 'Job', 'hello-world', 'medium']]);
    expect(owners(explain(['NAME                 READY   STATUS      RESTARTS   AGE', 'backup-1608858220    0/1     Completed   0          4m'].join('\n')))).toEqual([['backup-1608858220', 'Pod', 'backup-1608858220', 'low']]);
  });
  test("Argo Workflows: a Job-shaped pod with a wait container in Argo's own namespace is a one-step workflow's", () => {
    expect(owners(explain(['NAMESPACE   NAME                READY   STATUS      RESTARTS   AGE', 'argo        hello-world-5h2xp   0/2     Completed   0          97s'].join('\n')))).toEqual([['hello-world-5h2xp', 'Workflow', 'hello-world-5h2xp', 'medium']]);
    expect(owners(explain(['NAMESPACE   NAME                READY   STATUS      RESTARTS   AGE', 'batch       hello-world-5h2xp   0/2     Completed   0          97s'].join('\n')))).toEqual([['hello-world-5h2xp', 'Job', 'hello-world', 'medium']]);
  });
  test('Argo Workflows: a workflow `get workflow` listed (NAME STATUS AGE) owns its steps for sure', () => {
    const m = explain(['$ kubectl get workflow -n games', 'NAME                  STATUS      AGE', 'workflow-demo-cb56r   Running     8s', '', '$ kubectl get po -n games | grep workflow', 'workflow-demo-cb56r-1053258062   0/1     Completed   0          40s', 'workflow-demo-cb56r-2754258264   0/2     Completed   0          10s'].join('\n'));
    expect(m.otherTables.map((t) => t.kind)).toEqual(['workflow']);
    expect(owners(m).map((o) => o.slice(1))).toEqual([['Workflow', 'workflow-demo-cb56r', 'high'], ['Workflow', 'workflow-demo-cb56r', 'high']]);
  });
  const texts = (m: ReturnType<typeof explain>) => m.rows.map((r) => r.explanations.filter((e) => e.startsWith('owner.')));
  test('Spark, spark-submit in cluster mode: executors are their driver pod\'s, the driver a bare pod', () => {
    const m = explain(table(['spark-pi-9c7ec571d23c8a26-driver', 'spark-pi-9c7ec571d23c8a26-exec-1', 'spark-pi-9c7ec571d23c8a26-exec-2']));
    expect(owners(m)).toEqual([
      ['spark-pi-9c7ec571d23c8a26-driver', 'Pod', 'spark-pi-9c7ec571d23c8a26-driver', 'high'],
      ['spark-pi-9c7ec571d23c8a26-exec-1', 'Pod', 'spark-pi-9c7ec571d23c8a26-driver', 'high'], ['spark-pi-9c7ec571d23c8a26-exec-2', 'Pod', 'spark-pi-9c7ec571d23c8a26-driver', 'high'],
    ]);
    expect(texts(m)).toEqual([['owner.Pod'], ['owner.spark-executor'], ['owner.spark-executor']]);
  });
  test.each([
    { name: 'a KubernetesExecutor worker pod, done (dm/22)', pod: 'examplebashoperatorrunme1.c835e740dd864daaa7cf0f2830230ab2', status: 'Completed', text: 'owner.airflow-pod' },
    { name: 'a KubernetesExecutor worker pod crash-looping (dm/23)', pod: 'examplebashoperatorrunme0.01bc9ca3487a479eb467272cadd01006', status: 'CrashLoopBackOff', text: 'owner.airflow-pod' },
    { name: 'a Nextflow task pod nf-<task hash> (eu/01)', pod: 'nf-02ceb430c817f64db5e1dbe930a9e80e', status: 'Error', text: 'owner.nextflow-task' },
    { name: 'nf- and fewer hex digits is no Nextflow task', pod: 'nf-02ceb430c817f64d', status: 'Error', text: 'owner.Pod' },
    { name: 'a dotted name with a short tail is no Airflow pod', pod: 'web.v2-7d9c8b7f5-x2k9p', status: 'Running', text: 'owner.Deployment' },
  ])('Airflow 2.0-2.2 and Nextflow: $name', ({ pod, status, text }) => {
    const m = explain(`NAME   READY   STATUS   RESTARTS   AGE\n${pod}   0/1   ${status}   4   3m`);
    expect(texts(m)).toEqual([[text]]);
  });
  test.each([
    { name: 'Spark 2.3 (a 32-digit uuid)', exec: 'etl-90db77034d7c3cae9fb1b60b2110aa3b-exec-3' },
    { name: 'Spark 2.x (a 13-digit launch time)', exec: 'stream2raw-py-1598515989094-exec-1' },
    { name: 'client mode, no driver pod', exec: 'spark-pi-fd411271d24c46f2-exec-2' },
  ])("Spark: an executor of $name is spark-submit's even without its driver", ({ exec }) => {
    const m = explain(table([exec]));
    expect(owners(m)).toEqual([[exec, 'Pod', exec, 'medium']]);
    expect(texts(m)).toEqual([['owner.spark-executor']]);
  });
  test("Spark operator: a driver is its SparkApplication's (sure where the paste names it); the only driver owns executors of another prefix", () => {
    const m = explain(['$ kubectl apply -f pagerank.yml', 'sparkapplication.sparkoperator.k8s.io/pyspark-pagerank created', '$ kubectl get pods -n spark-job', 'NAME                                     READY   STATUS    RESTARTS   AGE',
      'pyspark-pagerank-driver                  1/1     Running   0          2m', 'pythonpagerank-febf12789f23d742-exec-1   1/1     Running   0          11s'].join('\n'));
    expect(owners(m)).toEqual([['pyspark-pagerank-driver', 'SparkApplication', 'pyspark-pagerank', 'high'], ['pythonpagerank-febf12789f23d742-exec-1', 'Pod', 'pyspark-pagerank-driver', 'medium']]);
    expect(m.rows[0]?.next.at(-1)).toEqual({ command: 'kubectl -n spark-job describe sparkapplication pyspark-pagerank', why: 'why.describe-owner' });
    expect(texts(m)).toEqual([['owner.SparkApplication'], ['owner.spark-executor']]);
    const selected = explain(['$ kubectl get pod -l sparkoperator.k8s.io/app-name=spark-pi', 'NAME                               READY   STATUS    RESTARTS   AGE', 'spark-pi-driver                    1/1     Running   0          49s'].join('\n'));
    expect(owners(selected)).toEqual([['spark-pi-driver', 'SparkApplication', 'spark-pi', 'high']]);
    const operatorPod = explain(table(['spark-operator-controller-6d9c8b7f5-x2k9p', 'spark-pi-driver']));
    expect(owners(operatorPod)[1]).toEqual(['spark-pi-driver', 'SparkApplication', 'spark-pi', 'medium']);
  });
  test.each([
    { name: "in the operator's namespace, beside KUDO's spark-instance (hunt an/21): its SparkApplication's", ns: 'spark-operator', owner: ['spark-pi-driver', 'SparkApplication', 'spark-pi', 'medium'] },
    { name: 'in another namespace, no operator shown: a pod of its own still', ns: 'default', owner: ['spark-pi-driver', 'Pod', 'spark-pi-driver', 'low'] },
  ])('Spark: a driver named as the operator names it $name', ({ ns, owner }) => {
    const m = explain([`$ kubectl get pods -n ${ns}`, table(['spark-instance-5c8b54d7fd-gq4xh', 'spark-pi-driver'])].join('\n'));
    expect(owners(m)[1]).toEqual(owner);
  });
  test('Spark: a driver named on purpose (EMR on EKS, a launcher) with no operator shown stays its own pod, a likely one', () => {
    const m = explain(table(['spark-000000032psj6spu6q7-driver', 'pythonpi-4b35838b3c9a1810-exec-1']));
    expect(owners(m)).toEqual([['spark-000000032psj6spu6q7-driver', 'Pod', 'spark-000000032psj6spu6q7-driver', 'medium'], ['pythonpi-4b35838b3c9a1810-exec-1', 'Pod', 'spark-000000032psj6spu6q7-driver', 'medium']]);
  });
  test.each([
    { name: 'numbered from 1 with no -exec-0, beside the one driver of their namespace: its (data-on-eks, hunt cf/09)', execs: ['bench-exec-ebs-exec-1', 'bench-exec-ebs-exec-10', 'bench-exec-ebs-exec-9'], owner: ['Pod', 'tpcds-bench-driver', 'medium'], driver: ['tpcds-bench-driver', 'Pod', 'tpcds-bench-driver', 'medium'] },
    { name: 'with an -exec-0: a StatefulSet, whatever driver is beside', execs: ['bench-exec-0', 'bench-exec-1', 'bench-exec-2'], owner: ['StatefulSet', 'bench-exec', 'medium'], driver: ['tpcds-bench-driver', 'Pod', 'tpcds-bench-driver', 'low'] },
  ])('Spark executors of no spark-submit id and no operator, $name', ({ execs, owner, driver }) => {
    const m = explain(table(['tpcds-bench-driver', ...execs]));
    expect(owners(m)[0]).toEqual(driver);
    expect(owners(m).slice(1).map((o) => o.slice(1))).toEqual(execs.map(() => owner));
  });
  test('no sign of Spark: -exec-<n> stays a StatefulSet guess and a -driver pod a bare one', () => {
    expect(owners(explain(table(['web-exec-1', 'csi-driver'])))).toEqual([['web-exec-1', 'StatefulSet', 'web-exec', 'low'], ['csi-driver', 'Pod', 'csi-driver', 'low']]);
    expect(owners(explain(table(['web-exec-0', 'web-exec-1'])))).toEqual([['web-exec-0', 'StatefulSet', 'web-exec', 'medium'], ['web-exec-1', 'StatefulSet', 'web-exec', 'medium']]);
  });
  test("Flink: TaskManagers are the JobManager Deployment's (sure with its pod in the paste)", () => {
    const m = explain(table(['wordcount-cluster-85d5b8c4f9-6x2lp', 'wordcount-cluster-taskmanager-1-1', 'other-taskmanager-2-3']));
    expect(owners(m)).toEqual([
      ['wordcount-cluster-85d5b8c4f9-6x2lp', 'Deployment', 'wordcount-cluster', 'high'], ['wordcount-cluster-taskmanager-1-1', 'Deployment', 'wordcount-cluster', 'high'], ['other-taskmanager-2-3', 'Deployment', 'other', 'medium'],
    ]);
    expect(texts(m)).toEqual([['owner.Deployment'], ['owner.flink-taskmanager'], ['owner.flink-taskmanager']]);
  });
  test.each([
    { name: 'the operator, master and worker: a PyTorchJob', lines: [], pods: ['training-operator-d8799bf5c-kg4jw', 'mnist-master-0', 'mnist-worker-0'], kind: 'PyTorchJob', job: 'mnist', confidence: 'medium' },
    { name: 'the operator, chief, ps and workers: a TFJob', lines: [], pods: ['training-operator-d8799bf5c-kg4jw', 'dist-chief-0', 'dist-ps-0', 'dist-worker-1'], kind: 'TFJob', job: 'dist', confidence: 'medium' },
    { name: 'the job created above', lines: ['pytorchjob.kubeflow.org/pytorch-simple created'], pods: ['pytorch-simple-master-0', 'pytorch-simple-worker-0'], kind: 'PyTorchJob', job: 'pytorch-simple', confidence: 'high' },
    { name: 'a command listing TFJobs, workers alone', lines: ['$ kubectl get tfjobs,pods'], pods: ['mnist-worker-0', 'mnist-worker-1'], kind: 'TFJob', job: 'mnist', confidence: 'medium' },
    { name: "pods a job's label selected", lines: ['$ kubectl get pods -l training.kubeflow.org/job-name=pytorch-simple -n kubeflow'], pods: ['pytorch-simple-master-0', 'pytorch-simple-worker-0'], kind: 'PyTorchJob', job: 'pytorch-simple', confidence: 'high' },
  ])("Kubeflow's training operator: $name", ({ lines, pods, kind, job, confidence }) => {
    const m = explain([...lines, table(pods)].join('\n'));
    const replicas = m.rows.filter((r) => !r.name.startsWith('training-operator'));
    expect(replicas.map((r) => [r.workload?.kind, r.workload?.name, r.workload?.confidence])).toEqual(replicas.map(() => [kind, job, confidence]));
  });
  /** Rows `name ready status restarts age`, printed in kubectl's columns. */
  const statusTable = (rows: string[]) => [
    `${'NAME'.padEnd(36)}READY   STATUS             RESTARTS   AGE`,
    ...rows.map((row) => {
      const [name, ready, status, restarts, age] = row.split(/ +/) as [string, string, string, string, string];
      return `${name.padEnd(36)}${ready.padEnd(8)}${status.padEnd(19)}${restarts.padEnd(11)}${age}`;
    }),
  ].join('\n');
  test('the operator in the paste: a replica that completed (read alone as a bare pod) is the job\'s too', () => {
    const m = explain(statusTable(['training-operator-d8799bf5c-kg4jw   1/1   Running     0   1d', 'mnist-master-0                0/1     Completed          0          5m', 'mnist-worker-0                1/1     Running            0          5m']));
    expect(owners(m).slice(1)).toEqual([['mnist-master-0', 'PyTorchJob', 'mnist', 'medium'], ['mnist-worker-0', 'PyTorchJob', 'mnist', 'medium']]);
  });
  test.each([
    { name: 'Katib trials: workers waiting in Init beside their master, the word pytorch (y/02)', lines: ['Trying a pytorch example from Katib'], rows: ['ex-82cjcqdz-master-0          0/2     CrashLoopBackOff   8          2m', 'ex-82cjcqdz-worker-0          0/1     Init:1/2           0          2m', 'ex-82cjcqdz-worker-1          0/1     Init:1/2           0          2m'], owner: ['PyTorchJob', 'ex-82cjcqdz', 'medium'] },
    { name: 'a master and a worker, the paste names PyTorchJobs', lines: ['my PyTorchJob hangs'], rows: ['mnist-master-0                1/1     Running            0          5m', 'mnist-worker-0                1/1     Running            0          5m'], owner: ['PyTorchJob', 'mnist', 'medium'] },
    { name: 'a chief, a ps and a worker, the paste names TFJobs', lines: ['kubectl apply -f tfjob.yaml'], rows: ['dist-chief-0                  1/1     Running            0          5m', 'dist-ps-0                     1/1     Running            0          5m', 'dist-worker-0                 1/1     Running            0          5m'], owner: ['TFJob', 'dist', 'medium'] },
    { name: 'no word, but two workers both in Init beside their master: no OrderedReady StatefulSet starts worker-1 so', lines: [], rows: ['ex-master-0                   0/1     Running            0          2m', 'ex-worker-0                   0/1     Init:0/1           0          2m', 'ex-worker-1                   0/1     Init:0/1           0          2m'], owner: ['PyTorchJob', 'ex', 'medium'] },
    { name: 'a StatefulSet pair (Spark standalone) with no word: its own StatefulSets', lines: [], rows: ['spark-master-0                1/1     Running            0          5m', 'spark-worker-0                1/1     Running            0          5m'], owner: null },
    { name: 'no word, one worker in Init: a StatefulSet pod may wait in its init container', lines: [], rows: ['db-master-0                   1/1     Running            0          5m', 'db-worker-0                   0/1     Init:0/1           0          5m'], owner: null },
    { name: 'no word, only some workers in Init', lines: [], rows: ['db-master-0                   1/1     Running            0          5m', 'db-worker-0                   1/1     Running            0          5m', 'db-worker-1                   0/1     Init:0/1           0          1m'], owner: null },
    { name: 'no word, but two workers Pending at once beside a running ps (a TFJob waiting for GPUs, ed/08)', lines: [], rows: ['tf-ps-0                       1/1     Running            0          6m', 'tf-worker-0                   1/1     Running            0          6m', 'tf-worker-1                   0/1     Pending            0          6m', 'tf-worker-2                   0/1     Pending            0          6m'], owner: ['TFJob', 'tf', 'medium'] },
    { name: 'no word, one worker Pending: a StatefulSet makes its pods one at a time so', lines: [], rows: ['tf-ps-0                       1/1     Running            0          6m', 'tf-worker-0                   1/1     Running            0          6m', 'tf-worker-1                   0/1     Pending            0          6m'], owner: null },
    { name: "no word, a watch of a StatefulSet's scale-up: one worker Pending after another, not at once (cj/26)", lines: [], rows: ['spark-master-0                1/1     Running            0          5m', 'spark-worker-0                1/1     Running            0          5m', 'spark-worker-1                0/1     Pending            0          0s', 'spark-worker-1                1/1     Running            0          9s', 'spark-worker-2                0/1     Pending            0          0s'], owner: null },
    { name: 'the word, but workers alone: nothing pairs them', lines: ['a pytorch job'], rows: ['mnist-worker-0                1/1     Running            0          5m', 'mnist-worker-1                1/1     Running            0          5m'], owner: null },
    { name: "the word, but a master and another job's workers", lines: ['a pytorch job'], rows: ['redis-master-0                1/1     Running            0          5m', 'celery-worker-0               1/1     Running            0          5m'], owner: null },
  ])('training replicas with no operator or command in the paste: $name', ({ lines, rows, owner }) => {
    const m = explain([...lines, statusTable(rows)].join('\n'));
    expect(m.rows.map((r) => (owner === null ? r.workload?.kind : [r.workload?.kind, r.workload?.name, r.workload?.confidence]))).toEqual(rows.map(() => owner ?? 'StatefulSet'));
  });
  test.each([
    { name: 'the MPIJob listed by name (y/27): sure', lines: ['# kubectl get mpijob,pod', 'NAME                           AGE', 'mpijob.kubeflow.org/bench-1   12s', ''], pods: ['pod/bench-1-launcher-k9r6m', 'pod/bench-1-worker-0'], launcher: ['Job', 'bench-1-launcher', 'high'] },
    { name: 'its workers beside it (y/03, v1alpha1)', lines: [], pods: ['mpi-test-launcher-lv2fx', 'mpi-test-worker-0', 'mpi-test-worker-1'], launcher: ['Job', 'mpi-test-launcher', 'medium'] },
    { name: 'the MPI operator in the paste, the workers gone (cleanPodPolicy)', lines: [], pods: ['mpi-operator-6d7c9f8b5-x2k9p', 'pi-launcher-lv2fx'], launcher: ['Job', 'pi-launcher', 'medium'] },
    { name: 'alone: a guess by its shape', lines: [], pods: ['pi-launcher-lv2fx'], launcher: ['DaemonSet', 'pi-launcher', 'low'] },
    { name: "beside another job's workers", lines: [], pods: ['pi-launcher-lv2fx', 'other-worker-0'], launcher: ['DaemonSet', 'pi-launcher', 'low'] },
  ])("the MPI operator's launcher pod: $name", ({ lines, pods, launcher }) => {
    const m = explain([...lines, table(pods)].join('\n'));
    const row = m.rows.find((r) => r.name.includes('-launcher-'));
    expect([row?.workload?.kind, row?.workload?.name, row?.workload?.confidence]).toEqual(launcher);
    expect(row?.explanations.includes('owner.mpi-launcher')).toBe(launcher[0] === 'Job');
  });
  test.each([
    { name: "mpi-operator v1's bare launcher beside its workers (hunt ap/09)", pods: ['tensorflow-mnist-elastic-launcher', 'tensorflow-mnist-elastic-worker-0', 'tensorflow-mnist-elastic-worker-1'], owners: ['MPIJob/tensorflow-mnist-elastic/medium', 'MPIJob/tensorflow-mnist-elastic/medium', 'MPIJob/tensorflow-mnist-elastic/medium'] },
    { name: "the MPIJob listed by name: sure", lines: ['# kubectl get mpijob,pod', 'NAME                      AGE', 'mpijob.kubeflow.org/pi   12s', ''], pods: ['pi-launcher', 'pi-worker-0'], owners: ['MPIJob/pi/high', 'MPIJob/pi/high'] },
    { name: 'a bare launcher beside another job\'s workers says nothing', pods: ['pi-launcher', 'other-worker-0'], owners: ['Pod/pi-launcher/low', 'StatefulSet/other-worker/medium'] },
    { name: 'a bare launcher alone stays a pod of its own', pods: ['pi-launcher'], owners: ['Pod/pi-launcher/low'] },
  ])("an MPIJob's bare launcher pod and its workers: $name", ({ lines, pods, owners: expected }) => {
    const m = explain([...(lines ?? []), table(pods)].join('\n'));
    expect(owners(m).map(([, kind, name, confidence]) => `${kind}/${name}/${confidence}`)).toEqual(expected);
  });
  test.each([
    { name: "beside its launcher Job's pod (v2beta1's bare pods, eu/06; v1alpha1's StatefulSet, ed/03): the MPIJob's", pods: ['mpi-test-launcher-lv2fx', 'mpi-test-worker-0'], worker: { kind: 'MPIJob', name: 'mpi-test', confidence: 'medium' } },
    { name: 'the MPIJob listed by name: sure', lines: ['# kubectl get mpijob,pod', 'NAME                           AGE', 'mpijob.kubeflow.org/bench-1   12s', ''], pods: ['pod/bench-1-launcher-k9r6m', 'pod/bench-1-worker-0'], worker: { kind: 'MPIJob', name: 'bench-1', confidence: 'high' } },
    { name: "beside another job's launcher: its own reading", pods: ['pi-launcher-lv2fx', 'pi-worker-0', 'other-worker-0'], worker: { kind: 'StatefulSet', name: 'other-worker', confidence: 'medium' }, at: 2 },
  ])("the MPI operator's workers: $name", ({ lines, pods, worker, at }) => {
    const m = explain([...(lines ?? []), table(pods)].join('\n'));
    expect(m.rows[at ?? 1]?.workload).toEqual(worker);
  });
  test.each([
    { name: 'its controller in the paste', pods: ['actions-runner-controller-f45fb48bc-tdznt', 'runner-demo-oke-x8hvx-4nttd', 'runner-demo-oke-x8hvx-fjxsz'] },
    { name: 'controller-manager in actions-runner-system', ns: 'actions-runner-system', pods: ['controller-manager-5f468ff884-hl6pp', 'cicd-ghe-runner-24p55-dnzj2'] },
  ])("the legacy actions-runner-controller's Runners, each named as its pod: $name", ({ pods, ns }) => {
    const m = explain(`${ns === undefined ? '' : `$ kubectl get pods -n ${ns}\n`}${table(pods)}`);
    expect(owners(m).slice(1)).toEqual(pods.slice(1).map((p) => [p, 'Runner', p, 'high']));
  });
  test.each([
    { name: 'in a namespace named for its runners, no controller shown (hunt cr/23)', lines: ['$ kubectl get pod -n actions-runner'], ns: 'actions-runner', expected: 'Runner/github-actions-runner-ph5xr-2sp9k/medium' },
    { name: 'its RunnerDeployments listed', lines: ['$ kubectl get rdeploy,pods'], ns: null, expected: 'Runner/github-actions-runner-ph5xr-2sp9k/high' },
    { name: 'its API group listed', lines: ['$ kubectl get runnerreplicasets.actions.summerwind.dev,pods'], ns: null, expected: 'Runner/github-actions-runner-ph5xr-2sp9k/high' },
    { name: 'another namespace, its RunnerDeployment named for runners', lines: ['$ kubectl get pod -n ci'], ns: 'ci', expected: 'Runner/github-actions-runner-ph5xr-2sp9k/medium' },
    { name: 'a runner word inside a word of the name (ex/01)', lines: ['% kubectl get pods -n gha'], ns: 'gha', pod: 'sre-group-runnerdeploy-2mnds-2sdpf', expected: 'Runner/sre-group-runnerdeploy-2mnds-2sdpf/medium' },
    { name: 'another namespace, no sign of the controller nor of runners: a Job guess', lines: ['$ kubectl get pod -n ci'], ns: 'ci', pod: 'build-agents-ph5xr-2sp9k', expected: 'Job/build-agents-ph5xr/low' },
    { name: '`runners` alone may be GitLab\'s: a Job guess', lines: ['$ kubectl get runners,pods'], ns: null, pod: 'build-agents-ph5xr-2sp9k', expected: 'Job/build-agents-ph5xr/low' },
  ])("the legacy actions-runner-controller's Runners without its controller in the paste: $name", ({ lines, ns, pod, expected }) => {
    const m = explain([...lines, table([pod ?? 'github-actions-runner-ph5xr-2sp9k'])].join('\n'));
    expect(m.rows[0]?.namespace ?? null).toBe(ns);
    const w = m.rows[0]?.workload;
    expect(`${w?.kind}/${w?.name}/${w?.confidence}`).toBe(expected);
  });
  const daskId = 'd70bd2018a0747288d9fe03b476c0469';
  test.each([
    { name: 'the scheduler and its workers (s/39)', pods: [`dask-scheduler-${daskId}`, `dask-worker-${daskId}-bbb6s`, `dask-worker-${daskId}-mwq7h`], expected: [['DaskCluster', daskId, 'high'], ['DaskCluster', daskId, 'high'], ['DaskCluster', daskId, 'high']] },
    { name: "a worker beside the gateway's own pods", pods: ['controller-dask-gateway-5f468ff884-hl6pp', `dask-worker-${daskId}-bbb6s`], expected: [['Deployment', 'controller-dask-gateway', 'high'], ['DaskCluster', daskId, 'high']] },
    { name: 'a worker alone', pods: [`dask-worker-${daskId}-bbb6s`], expected: [['DaskCluster', daskId, 'medium']] },
    { name: 'a worker of another cluster than the scheduler shown', pods: [`dask-scheduler-${daskId}`, `dask-worker-${'0'.repeat(32)}-bbb6s`], expected: [['DaskCluster', daskId, 'medium'], ['DaskCluster', '0'.repeat(32), 'medium']] },
    { name: 'no 32-digit id: not dask-gateway\'s names', pods: ['dask-scheduler-7f9d8b6c5-m2n8p', 'dask-worker-x7k2p'], expected: [['Deployment', 'dask-scheduler', 'high'], ['DaemonSet', 'dask-worker', 'low']] },
  ])("dask-gateway's DaskCluster: $name", ({ pods, expected }) => {
    const m = explain(['NAME'.padEnd(56) + 'READY   STATUS    RESTARTS   AGE', ...pods.map((n) => `${n.padEnd(56)}1/1     Running   0          5m`)].join('\n'));
    expect(m.rows.map((r) => [r.workload?.kind, r.workload?.name, r.workload?.confidence])).toEqual(expected);
    const dask = m.rows.find((r) => r.workload?.kind === 'DaskCluster');
    if (dask !== undefined) expect(dask.explanations).toContain('owner.DaskCluster');
  });
  test.each([
    { name: "members beside Vitess's tablets (hunt w/18)", pods: ['example-etcd-faf13de3-1', 'example-etcd-faf13de3-2', 'example-vttablet-zone1-2469782763-bfadd780'], expected: [['EtcdLockserver', 'example-etcd-faf13de3', 'medium'], ['EtcdLockserver', 'example-etcd-faf13de3', 'medium'], ['Pod', 'example-vttablet-zone1-2469782763-bfadd780', 'high']] },
    { name: 'members beside vtctld', pods: ['example-etcd-faf13de3-1', 'example-zone1-vtctld-1d4dcad0-5fb6fbd66-fmqv2'], expected: [['EtcdLockserver', 'example-etcd-faf13de3', 'medium'], ['Deployment', 'example-zone1-vtctld-1d4dcad0', 'high']] },
    { name: 'the same names with no Vitess pod: a StatefulSet guess', pods: ['example-etcd-faf13de3-1', 'example-etcd-faf13de3-2'], expected: [['StatefulSet', 'example-etcd-faf13de3', 'medium'], ['StatefulSet', 'example-etcd-faf13de3', 'medium']] },
    { name: 'an etcd without the 8-hex id beside tablets stays a StatefulSet', pods: ['example-etcd-1', 'example-vttablet-zone1-2469782763-bfadd780'], expected: [['StatefulSet', 'example-etcd', 'low'], ['Pod', 'example-vttablet-zone1-2469782763-bfadd780', 'high']] },
  ])("the vitess-operator's EtcdLockserver: $name", ({ pods, expected }) => {
    const m = explain(['NAME'.padEnd(56) + 'READY   STATUS    RESTARTS   AGE', ...pods.map((n) => `${n.padEnd(56)}1/1     Running   0          5m`)].join('\n'));
    expect(m.rows.map((r) => [r.workload?.kind, r.workload?.name, r.workload?.confidence])).toEqual(expected);
    const member = m.rows.find((r) => r.workload?.kind === 'EtcdLockserver');
    if (member !== undefined) expect(member.explanations).toContain('owner.EtcdLockserver');
  });
  test.each([
    { name: "Argo 2.x's argo-ui (s/38)", ui: 'argo-ui-755fcfc656-s2rgl' },
    { name: "argo-server (Argo 2.5 on)", ui: 'argo-server-7f9d8b6c5-m2n8p' },
    { name: "the Helm chart's <release>-argo-workflows-server", ui: 'wf-argo-workflows-server-7f9d8b6c5-m2n8p' },
  ])("Argo Workflows: its UI shows it as its controller does: $name", ({ ui }) => {
    const m = explain(['NAMESPACE   NAME                                          READY   STATUS      RESTARTS   AGE', `kubeflow    ${ui.padEnd(46)}1/1     Running     0          2d`, 'kubeflow    kubeflow-r-train-srxtq-1399384440              0/1     Completed   0          2d'].join('\n'));
    expect(owners(m)[1]).toEqual(['kubeflow-r-train-srxtq-1399384440', 'Workflow', 'kubeflow-r-train-srxtq', 'high']);
  });
  test('Argo Workflows: a UI of another name (cargo-ui) says nothing', () => {
    const m = explain(table(['cargo-ui-755fcfc656-s2rgl', 'kubeflow-r-train-srxtq-1399384440']));
    expect(owners(m)[1]?.[1]).toBe('Pod');
  });
  /** A listing with a namespace column, after `before` (commands, tables): rows [namespace, pod] or [namespace, pod, status]. */
  const listing = (rows: string[][], before = '') => {
    const nsWidth = Math.max(...rows.map(([ns]) => (ns as string).length)) + 3;
    const width = Math.max(...rows.map(([, p]) => (p as string).length)) + 3;
    const ready = (st: string | undefined) => (st === 'Completed' || st === 'Error' ? '0/1' : '1/1');
    return explain(`${before}${[`${'NAMESPACE'.padEnd(nsWidth)}${'NAME'.padEnd(width)}READY   STATUS      RESTARTS   AGE`, ...rows.map(([ns, p, st]) => `${(ns as string).padEnd(nsWidth)}${(p as string).padEnd(width)}${ready(st)}     ${(st ?? 'Running').padEnd(12)}0          3d`)].join('\n')}`);
  };
  const iks = (rows: [string, string][]) => listing(rows);
  test.each([
    { name: "IKS's addon-catalog-source beside OLM's catalog operator (u/17)", rows: [['ibm-system', 'addon-catalog-source-txwl7'], ['ibm-system', 'catalog-operator-67646bfcdb-6jpt8']] as [string, string][], expected: ['CatalogSource', 'addon-catalog-source', 'medium'] },
    { name: 'beside olm-operator alone', rows: [['ibm-system', 'addon-catalog-source-txwl7'], ['ibm-system', 'olm-operator-787498c9b7-nxnn2']] as [string, string][], expected: ['CatalogSource', 'addon-catalog-source', 'medium'] },
    { name: 'a catalog pod without the catalog operator stays a DaemonSet guess', rows: [['ibm-system', 'addon-catalog-source-txwl7']] as [string, string][], expected: ['DaemonSet', 'addon-catalog-source', 'low'] },
    { name: "the catalog operator in another namespace says nothing of this one's", rows: [['apps', 'addon-catalog-source-txwl7'], ['ibm-system', 'catalog-operator-67646bfcdb-6jpt8']] as [string, string][], expected: ['DaemonSet', 'addon-catalog-source', 'low'] },
    { name: 'a pod without "catalog" in its name stays a DaemonSet guess', rows: [['ibm-system', 'ibm-agent-txwl7'], ['ibm-system', 'catalog-operator-67646bfcdb-6jpt8']] as [string, string][], expected: ['DaemonSet', 'ibm-agent', 'low'] },
    { name: "a catalog the knowledge base knows beside OLM's operators (hunt ae/25)", rows: [['olm', 'operatorhubio-catalog-7g9db'], ['olm', 'catalog-operator-6587ff6f69-6p988']] as [string, string][], expected: ['CatalogSource', 'operatorhubio-catalog', 'high'] },
    { name: 'the same alone: its name and namespace say it, less surely', rows: [['olm', 'operatorhubio-catalog-7g9db']] as [string, string][], expected: ['CatalogSource', 'operatorhubio-catalog', 'medium'] },
    { name: "OpenShift's catalogs beside the marketplace operator", rows: [['openshift-marketplace', 'redhat-operators-7g9db'], ['openshift-marketplace', 'marketplace-operator-6d4f9c8b7-x2k9p']] as [string, string][], expected: ['CatalogSource', 'redhat-operators', 'high'] },
    { name: "OpenShift's catalogs with OLM in its own namespace", rows: [['openshift-marketplace', 'certified-operators-x2k9p'], ['openshift-operator-lifecycle-manager', 'packageserver-7974b69c9c-nn22k']] as [string, string][], expected: ['CatalogSource', 'certified-operators', 'high'] },
    { name: 'a catalog name outside its namespaces stays a DaemonSet guess beside OLM', rows: [['apps', 'redhat-operators-7g9db'], ['olm', 'catalog-operator-6587ff6f69-6p988']] as [string, string][], expected: ['DaemonSet', 'redhat-operators', 'low'] },
    { name: "a catalog's index named as such in its installer's namespace, OLM in its own (hunt bf/12)", rows: [['px-operator', 'pixie-operator-index-8zzkr'], ['olm', 'catalog-operator-8dc86744b-4vjzv']] as [string, string][], expected: ['CatalogSource', 'pixie-operator-index', 'medium'] },
    { name: 'an -index pod without OLM in the paste stays a DaemonSet guess', rows: [['px-operator', 'pixie-operator-index-8zzkr']] as [string, string][], expected: ['DaemonSet', 'pixie-operator-index', 'low'] },
  ])("OLM's CatalogSource registry pods: $name", ({ rows, expected }) => {
    const m = iks(rows);
    expect(owners(m)[0]?.slice(1)).toEqual(expected);
    if (expected[0] === 'CatalogSource') expect(m.rows[0]?.explanations).toContain('owner.CatalogSource');
  });
  test.each([
    { name: 'a CatalogSource `get catsrc` lists', before: '$ kubectl get catsrc -n operators\nNAME         DISPLAY      TYPE   PUBLISHER   AGE\nmy-catalog   My Catalog   grpc   me          3d\n', expected: ['CatalogSource', 'my-catalog', 'high'] },
    { name: 'one `describe catalogsource` names', before: '$ kubectl -n operators describe catalogsource my-catalog\n', expected: ['CatalogSource', 'my-catalog', 'high'] },
    { name: 'another CatalogSource listed says nothing of this one', before: '$ kubectl get catalogsources -n operators\nNAME           DISPLAY      TYPE   PUBLISHER   AGE\nother-source   My Catalog   grpc   me          3d\n', expected: ['DaemonSet', 'my-catalog', 'low'] },
  ])('CatalogSources the paste lists own their pods: $name', ({ before, expected }) => {
    const m = listing([['operators', 'my-catalog-x7k2p']], before);
    expect(owners(m)[0]?.slice(1)).toEqual(expected);
    if (expected[0] === 'CatalogSource') expect(m.rows[0]?.next.map((c) => c.command)).toContain('kubectl -n operators describe catalogsources.operators.coreos.com my-catalog');
  });
  const clone = '$ kubectl get clone guestbook-clone -n apps\nNAME              DESIRED   UPDATED   UPDATED_READY   READY   TOTAL   AGE\nguestbook-clone   22        7         7               22      22      52m\n';
  test.each([
    { name: 'the CloneSet `get clone` lists (hunt ap/12)', before: clone, pod: 'guestbook-clone-4b8mj', expected: ['CloneSet', 'guestbook-clone', 'high'] },
    { name: "named by kubectl-kruise's `cloneset/<name>`, no kubectl command line (hunt ap/01)", before: 'kubectl-kruise rollout status cloneset/guestbook-clone\n', pod: 'guestbook-clone-4b8mj', expected: ['CloneSet', 'guestbook-clone', 'high'] },
    { name: 'by its full resource name', before: '$ kubectl -n apps describe clonesets.apps.kruise.io guestbook-clone\n', pod: 'guestbook-clone-4b8mj', expected: ['CloneSet', 'guestbook-clone', 'high'] },
    { name: 'another CloneSet listed says nothing of this one', before: clone, pod: 'other-clone-4b8mj', expected: ['DaemonSet', 'other-clone', 'low'] },
    { name: "another group's `clone` owns no pods", before: '$ kubectl get clones.example.io guestbook-clone -n apps\n', pod: 'guestbook-clone-4b8mj', expected: ['DaemonSet', 'guestbook-clone', 'low'] },
  ])("OpenKruise's CloneSets the paste names own their pods: $name", ({ before, pod, expected }) => {
    const m = listing([['apps', pod]], before);
    expect([m.rows[0]?.workload?.kind, m.rows[0]?.workload?.name, m.rows[0]?.workload?.confidence]).toEqual(expected);
    if (expected[0] === 'CloneSet') {
      expect(m.rows[0]?.explanations).toContain('owner.CloneSet');
      expect(m.rows[0]?.next.map((c) => c.command)).toContain('kubectl -n apps describe clonesets.apps.kruise.io guestbook-clone');
    }
  });
  const ro = '$ kubectl get rollout -n shop\nNAME   DESIRED   CURRENT   UP-TO-DATE   AVAILABLE   AGE\nweb    2         4         2            4           9d\n';
  test.each([
    { name: 'the Rollout `get rollout` lists: its ReplicaSets\' pods read as a Deployment\'s (dy/17)', before: ro, pod: 'web-6c7865774c-h8mkl', expected: ['Rollout', 'web', 'high'] },
    { name: 'named by its short name and full resource', before: '$ kubectl -n shop describe rollouts.argoproj.io web\n', pod: 'web-6c7865774c-h8mkl', expected: ['Rollout', 'web', 'high'] },
    { name: 'another Rollout listed says nothing of this Deployment', before: ro, pod: 'api-6c7865774c-h8mkl', expected: ['Deployment', 'api', 'high'] },
    { name: "another group's `rollout` owns no pods", before: '$ kubectl get rollouts.example.io web -n shop\n', pod: 'web-6c7865774c-h8mkl', expected: ['Deployment', 'web', 'high'] },
  ])("Argo Rollouts' Rollouts the paste names own their pods: $name", ({ before, pod, expected }) => {
    const m = listing([['shop', pod]], before);
    expect([m.rows[0]?.workload?.kind, m.rows[0]?.workload?.name, m.rows[0]?.workload?.confidence]).toEqual(expected);
    if (expected[0] === 'Rollout') {
      expect(m.rows[0]?.explanations).toContain('owner.Rollout');
      expect(m.rows[0]?.next.map((c) => c.command)).toContain('kubectl -n shop describe rollouts.argoproj.io web');
    }
  });
  const fleet = (command: string) => `$ kubectl get ${command}\nNAME                 SCHEDULING   DESIRED   CURRENT   ALLOCATED   READY   AGE\nsimple-game-server   Packed       2         2         0           2       4m9s\n`;
  const gs = '$ kubectl get gs -n games\nNAME                      STATE   ADDRESS         PORT   NODE     AGE\nsimple-udp3-5ng8z-4nztc   Ready   35.247.88.114   7026   node-1   1h\n';
  const gss = '$ kubectl get gss -n games\nNAME                       SCHEDULING   DESIRED   CURRENT   ALLOCATED   READY   AGE\nsimple-game-server-jccjv   Packed       2         2         0           2       4m9s\n';
  test.each([
    { name: 'the Fleet `get fleet` lists: <fleet>-<5>-<5> is a GameServer\'s', before: fleet('fleet -n games'), pod: 'simple-game-server-jccjv-2gw8z', expected: ['GameServer', 'simple-game-server-jccjv-2gw8z', 'high'] },
    { name: "a Fleet's columns under a mistyped command (hunt dd/27: get fleee)", before: fleet('fleee -n games'), pod: 'simple-game-server-jccjv-2gw8z', expected: ['GameServer', 'simple-game-server-jccjv-2gw8z', 'high'] },
    { name: 'the GameServerSet `get gss` lists', before: gss, pod: 'simple-game-server-jccjv-2gw8z', expected: ['GameServer', 'simple-game-server-jccjv-2gw8z', 'high'] },
    { name: 'another Fleet listed says nothing of this pod', before: fleet('fleet -n games'), pod: 'other-server-jccjv-2gw8z', expected: ['Job', 'other-server-jccjv', 'low'] },
    { name: "a Fleet's own name and one suffix: no GameServer's shape", before: fleet('fleet -n games'), pod: 'simple-game-server-2gw8z', expected: ['DaemonSet', 'simple-game-server', 'low'] },
    { name: 'before Agones 1.0 the pod was <gameserver>-<5>: one part more under the Fleet (ev/05)', before: fleet('fleet -n games'), pod: 'simple-game-server-jccjv-2gw8z-wqbgl', expected: ['GameServer', 'simple-game-server-jccjv-2gw8z', 'high'] },
    { name: 'and one part more under the GameServerSet', before: gss, pod: 'simple-game-server-jccjv-2gw8z-wqbgl', expected: ['GameServer', 'simple-game-server-jccjv-2gw8z', 'high'] },
    { name: 'the GameServer `get gs` lists, its pod of the old name (ev/04)', before: gs, pod: 'simple-udp3-5ng8z-4nztc-shkkj', expected: ['GameServer', 'simple-udp3-5ng8z-4nztc', 'high'] },
    { name: 'the GameServer `get gs` lists, its pod of its own name', before: gs, pod: 'simple-udp3-5ng8z-4nztc', expected: ['GameServer', 'simple-udp3-5ng8z-4nztc', 'high'] },
    { name: "a GameServer listed tells its GameServerSet: a sibling's pod of the old name (ev/04)", before: gs, pod: 'simple-udp3-5ng8z-xvw87-shkkj', expected: ['GameServer', 'simple-udp3-5ng8z-xvw87', 'high'] },
    { name: "and a sibling's pod of its own name", before: gs, pod: 'simple-udp3-5ng8z-xvw87', expected: ['GameServer', 'simple-udp3-5ng8z-xvw87', 'high'] },
    { name: 'a GameServer of another set says nothing of this pod', before: gs, pod: 'simple-udp32-8mps7-bx8rr-5mwtd', expected: ['Job', 'simple-udp32-8mps7-bx8rr', 'low'] },
  ])("Agones' Fleets, GameServerSets and GameServers the paste lists: their pods are GameServers': $name", ({ before, pod, expected }) => {
    const m = listing([['games', pod]], before);
    expect([m.rows[0]?.workload?.kind, m.rows[0]?.workload?.name, m.rows[0]?.workload?.confidence]).toEqual(expected);
    if (expected[0] === 'GameServer') {
      expect(m.rows[0]?.explanations).toContain('owner.GameServer');
      expect(m.rows[0]?.next.map((c) => c.command)).toContain(`kubectl -n games describe gameservers.agones.dev ${expected[1]}`);
    }
  });
  const stc = '$ kubectl get stc -n portworx\nNAME        CLUSTER UUID                           STATUS    VERSION   AGE\nmycluster   1ae4e432-ffeb-4ed7-bfb2-17057f49a0f2   Running   3.2.2.2   48m\n';
  const pxUuid = 'px-cluster-1ae4e432-ffeb-4ed7-bfb2-17057f49a0f2';
  test.each([
    { name: 'the StorageCluster `get stc` lists (hunt af/14)', before: stc, pod: 'mycluster-28wkp', expected: ['StorageCluster', 'mycluster', 'high'] },
    { name: 'listed across namespaces, by its full resource name', before: '$ kubectl get storageclusters.core.libopenstorage.org -A\nNAMESPACE   NAME        CLUSTER UUID   STATUS    VERSION   AGE\nportworx    mycluster   1ae4e432       Running   3.2.2.2   48m\n', pod: 'mycluster-28wkp', expected: ['StorageCluster', 'mycluster', 'high'] },
    { name: 'named by `describe stc`', before: '$ kubectl -n portworx describe stc mycluster\n', pod: 'mycluster-28wkp', expected: ['StorageCluster', 'mycluster', 'high'] },
    { name: 'a StorageCluster named portworx: not the DaemonSet the knowledge base knows by that name', before: stc.replace('mycluster ', 'portworx  '), pod: 'portworx-28wkp', expected: ['StorageCluster', 'portworx', 'high'] },
    { name: 'another StorageCluster listed says nothing of this name', before: stc, pod: 'othercluster-28wkp', expected: ['DaemonSet', 'othercluster', 'low'] },
    { name: "OpenShift Data Foundation's StorageCluster owns no pods", before: '$ oc get storageclusters.ocs.openshift.io -n portworx\nNAME        AGE   PHASE   CREATED AT             VERSION\nmycluster   48m   Ready   2025-04-18T10:00:00Z   4.14\n', pod: 'mycluster-28wkp', expected: ['DaemonSet', 'mycluster', 'low'] },
    { name: "the spec generator's px-cluster-<uuid> beside the Portworx Operator", before: '', pod: `${pxUuid}-28wkp`, operator: true, expected: ['StorageCluster', pxUuid, 'medium'] },
    { name: 'another name beside the operator stays a DaemonSet guess', before: '', pod: 'mycluster-28wkp', operator: true, expected: ['DaemonSet', 'mycluster', 'low'] },
    { name: 'px-cluster-<uuid> with no operator stays a DaemonSet guess', before: '', pod: `${pxUuid}-28wkp`, expected: ['DaemonSet', pxUuid, 'low'] },
  ])("Portworx's StorageCluster: $name", ({ before, pod, operator, expected }) => {
    const m = listing([['portworx', pod], ...(operator === true ? [['portworx', 'portworx-operator-7f9d8b6c5-m2n8p']] : [])], before);
    expect(owners(m)[0]?.slice(1)).toEqual(expected);
    if (expected[0] === 'StorageCluster') {
      expect(m.rows[0]?.explanations).toContain('owner.StorageCluster');
      expect(m.rows[0]?.next.map((c) => c.command)).toContain(`kubectl -n portworx describe storageclusters.core.libopenstorage.org ${expected[1]}`);
    }
  });
  test('a StorageCluster named portworx keeps the knowledge base\'s component', () => {
    expect(listing([['portworx', 'portworx-28wkp']], stc.replace('mycluster ', 'portworx  ')).rows[0]?.component).toBe('portworx');
  });
  test.each([
    { name: "members beside etcd-operator, Completed (hunt af/11)", rows: [['default', 'etcd-cluster-9wsmhlqzgp', 'Completed'], ['default', 'etcd-operator-69b559656f-6hjq8']], expected: ['EtcdCluster', 'etcd-cluster', 'high'] },
    { name: "Cilium's cilium-etcd beside cilium-etcd-operator (hunt e/10)", rows: [['kube-system', 'cilium-etcd-cmncsqs2st'], ['kube-system', 'cilium-etcd-operator-844954cb4b-q5592']], expected: ['EtcdCluster', 'cilium-etcd', 'high'] },
    { name: "the stable/etcd-operator chart's <release>-etcd-operator-etcd-operator", rows: [['kv', 'etcd-cluster-9wsmhlqzgp'], ['kv', 'rel-etcd-operator-etcd-operator-69b559656f-6hjq8']], expected: ['EtcdCluster', 'etcd-cluster', 'high'] },
    { name: "a cluster's name without etcd in it: less sure", rows: [['default', 'kvstore-9wsmhlqzgp'], ['default', 'etcd-operator-69b559656f-6hjq8']], expected: ['EtcdCluster', 'kvstore', 'medium'] },
    { name: "microk8s's Mayastor add-on: etcd-operator-mayastor (hunt bh/21)", rows: [['mayastor', 'etcd-4f8hh964ck'], ['mayastor', 'etcd-operator-mayastor-6b97bdb8dc-76qd6']], expected: ['EtcdCluster', 'etcd', 'high'] },
    { name: 'the operator in another namespace says nothing of these', rows: [['default', 'etcd-cluster-9wsmhlqzgp'], ['etcd', 'etcd-operator-69b559656f-6hjq8']], expected: ['Pod', 'etcd-cluster-9wsmhlqzgp', 'low'] },
    { name: 'no operator: a bare pod guess (hunt af/09)', rows: [['mayastor', 'etcd-fbwmh625km']], expected: ['Pod', 'etcd-fbwmh625km', 'low'] },
    { name: "the older operator's counter, Tectonic's self-hosted kube-etcd-0000 (hunt cc/09)", rows: [['kube-system', 'kube-etcd-0000'], ['kube-system', 'etcd-operator-580334893-nw1m7']], expected: ['EtcdCluster', 'kube-etcd', 'high'] },
    { name: 'a counter without the operator: a bare pod guess', rows: [['kube-system', 'kube-etcd-0000']], expected: ['Pod', 'kube-etcd-0000', 'low'] },
    { name: "OpenShift's etcd-operator says nothing of the control plane's static etcd", rows: [['openshift-etcd', 'etcd-master-0'], ['openshift-etcd-operator', 'etcd-operator-5c6d58b8d-rgb58']], expected: ['StaticPod', 'etcd', 'high'] },
    { name: 'ten characters with a vowel are no member (a static pod; medium: outside kube-system no control-plane etcd vouches for it)', rows: [['default', 'etcd-kubemaster'], ['default', 'etcd-operator-69b559656f-6hjq8']], expected: ['StaticPod', 'etcd', 'medium'] },
  ])("etcd-operator's EtcdCluster: $name", ({ rows, expected }) => {
    const m = listing(rows);
    expect(owners(m)[0]?.slice(1)).toEqual(expected);
    if (expected[0] === 'EtcdCluster') {
      expect(m.rows[0]?.explanations).toContain('owner.EtcdCluster');
      expect(m.rows[0]?.next.map((c) => c.command)).toContain(`kubectl -n ${rows[0]?.[0]} describe etcdclusters.etcd.database.coreos.com ${expected[1]}`);
    }
  });
  test.each([
    { name: 'OOMKilled nodes beside the operator (hunt co/26)', rows: [['elastic-system', 'es-cluster-es-25g5k25k7w', 'OOMKilled'], ['elastic-system', 'elastic-operator-0']], expected: ['Elasticsearch', 'es-cluster', 'medium'] },
    { name: "ECK 0.8's sample beside its Kibana (hunt co/07)", rows: [['default', 'elasticsearch-sample-es-9xzzhmgd4h'], ['default', 'kibana-sample-kb-5468b8685d-c7mdp']], expected: ['Elasticsearch', 'elasticsearch-sample', 'medium'] },
    { name: "ECK 1.0's StatefulSet pod stays the StatefulSet's", rows: [['default', 'quickstart-es-default-0']], expected: ['StatefulSet', 'quickstart-es-default', 'high'] },
  ])("ECK before 1.0, an Elasticsearch's own pods: $name", ({ rows, expected }) => {
    const m = listing(rows);
    expect(owners(m)[0]?.slice(1)).toEqual(expected);
    expect(m.rows[0]?.component).toBe('eck-elasticsearch');
    if (expected[0] === 'Elasticsearch') {
      expect(m.rows[0]?.explanations).toContain('owner.Elasticsearch');
      expect(m.rows[0]?.next.map((c) => c.command)).toContain(`kubectl -n ${rows[0]?.[0]} describe elasticsearches.elasticsearch.k8s.elastic.co ${expected[1]}`);
    }
  });
  test.each([
    { name: 'an EtcdCluster `get etcdclusters` lists (a NAME AGE table)', before: '$ kubectl get etcdclusters\nNAME      AGE\nexample   23h\n', expected: ['EtcdCluster', 'example', 'high'] },
    { name: 'another EtcdCluster listed says nothing', before: '$ kubectl get etcdclusters\nNAME      AGE\nother     23h\n', expected: ['Pod', 'example-9wsmhlqzgp', 'low'] },
    { name: "the etcd-io operator's EtcdCluster (operator.etcd.io) runs a StatefulSet", before: '$ kubectl get etcdclusters.operator.etcd.io\nNAME      AGE\nexample   23h\n', expected: ['Pod', 'example-9wsmhlqzgp', 'low'] },
  ])('EtcdClusters the paste lists own their members: $name', ({ before, expected }) => {
    expect(owners(listing([['default', 'example-9wsmhlqzgp']], before))[0]?.slice(1)).toEqual(expected);
  });
  const SERVERS = ['nats-cluster-1-1', 'nats-cluster-1-2', 'nats-cluster-1-3'];
  const STREAMING = ['nats-streaming-1-1', 'nats-streaming-1-2'];
  test.each([
    { name: "nats-operator's servers, numbered from 1 (hunt ar/28)", rows: [...SERVERS.map((p) => ['nats', p]), ['nats', 'nats-operator-5b47bc4f8-77glm']], expected: ['NatsCluster', 'nats-cluster-1', 'high'] },
    { name: "nats-streaming-operator's servers, the one that bootstrapped Completed", rows: [['nats', 'example-stan-1', 'Completed'], ['nats', 'example-stan-2'], ['nats', 'nats-streaming-operator-59647b496-v4vv5']], expected: ['NatsStreamingCluster', 'example-stan', 'high'] },
    { name: 'both operators: a streaming cluster by its last word (hunt ar/28)', rows: [...STREAMING.map((p) => ['nats', p]), ['nats', 'nats-operator-5b47bc4f8-77glm'], ['nats', 'nats-streaming-operator-59647b496-v4vv5']], expected: ['NatsStreamingCluster', 'nats-streaming-1', 'high'] },
    { name: "both operators: any other name is a NATS cluster's, less surely (hunt ar/29)", rows: [['nats', 'wistful-sponge-nast-streaming-nast-1'], ['nats', 'wistful-sponge-nast-streaming-nast-2'], ['nats', 'nats-operator-5b9df7cbb7-vmxt7'], ['nats', 'nats-streaming-operator-66479b8d84-qwb2s']], expected: ['NatsCluster', 'wistful-sponge-nast-streaming-nast', 'medium'] },
    { name: "a family with a -0 beside the operator is a StatefulSet's (NATS's own Helm chart)", rows: [['nats', 'nats-0'], ['nats', 'nats-1'], ['nats', 'nats-operator-5b47bc4f8-77glm']], expected: ['StatefulSet', 'nats', 'medium'] },
    { name: 'the operator in another namespace says nothing of these', rows: [...SERVERS.map((p) => ['default', p]), ['nats-io', 'nats-operator-5b47bc4f8-77glm']], expected: ['StatefulSet', 'nats-cluster-1', 'medium'] },
    { name: 'no operator: the StatefulSet guess stays', rows: SERVERS.map((p) => ['nats', p]), expected: ['StatefulSet', 'nats-cluster-1', 'medium'] },
  ])("the NATS operators' clusters: $name", ({ rows, expected }) => {
    const m = listing(rows);
    expect(owners(m)[0]?.slice(1)).toEqual(expected);
    if (expected[0] !== 'StatefulSet') {
      expect(m.rows[0]?.explanations).toContain(`owner.${expected[0]}`);
      expect(m.rows[0]?.next.some((c) => c.command.startsWith(`kubectl -n nats describe nats`) && c.command.endsWith(` ${expected[1]}`))).toBe(true);
    }
  });
  test("a NATS Streaming server Completed has stopped, and the operator makes no new one: a warning (hunt ar/29)", () => {
    const r = listing([['nats', 'stan-1', 'Completed'], ['nats', 'stan-2'], ['nats', 'nats-streaming-operator-66479b8d84-qwb2s']]).rows[0];
    expect(r?.workload).toEqual({ kind: 'NatsStreamingCluster', name: 'stan', confidence: 'high' });
    expect(r?.severity).toBe('warning');
    expect(r?.explanations).toContain('explain.completed-long-running');
  });
  test('a Completed member of an EtcdCluster has stopped: a warning, though nothing restarts it', () => {
    const r = listing([['default', 'etcd-cluster-9wsmhlqzgp', 'Completed'], ['default', 'etcd-operator-69b559656f-6hjq8']]).rows[0];
    expect(r?.severity).toBe('warning');
    expect(r?.explanations).toContain('explain.completed-long-running');
    expect(r?.component).toBeNull();
  });
  test('an Error member stays Failed: the kubelet does not restart it (restartPolicy Never)', () => {
    expect(listing([['default', 'etcd-cluster-9wsmhlqzgp', 'Error'], ['default', 'etcd-operator-69b559656f-6hjq8']]).rows[0]?.phase).toBe('Failed');
  });
  test.each([
    { name: "a catalog the knowledge base knows, operatorhubio-catalog-<5> (hunt ae/25)", rows: [['olm', 'operatorhubio-catalog-7g9db'], ['olm', 'catalog-operator-6587ff6f69-6p988']] as [string, string][], component: 'operator-catalog' },
    { name: "OpenShift's redhat-operators-<5>", rows: [['openshift-marketplace', 'redhat-operators-7g9db']] as [string, string][], component: 'operator-catalog' },
    { name: "cert-manager's ACME solver pod, cm-acme-http-solver-<5>", rows: [['default', 'cm-acme-http-solver-x7k2p']] as [string, string][], component: 'cert-manager-acme-solver' },
    { name: 'a catalog name outside its namespaces gets none', rows: [['apps', 'redhat-operators-7g9db']] as [string, string][], component: null },
  ])("bare pods a program names with a generateName keep their component: $name", ({ rows, component }) => {
    const m = explain(['NAMESPACE               NAME                                READY   STATUS    RESTARTS   AGE', ...rows.map(([ns, p]) => `${ns.padEnd(24)}${p.padEnd(36)}1/1     Running   0          3d`)].join('\n'));
    expect(m.rows[0]?.component).toBe(component);
  });
  test.each([
    { name: "a log naming the Job (as yurtctl's servant job, hunt ae/30; a name the knowledge base does not list)", text: 'E0508 util.go:316] fail to run convert job(edge-convert-openyurt01): wait for job to be complete timeout', expected: ['Job', 'edge-convert-openyurt01', 'high'] },
    { name: 'kubectl naming it job/<name>', text: '$ kubectl logs job/edge-convert-openyurt01', expected: ['Job', 'edge-convert-openyurt01', 'high'] },
    { name: 'job.batch/<name> at a sentence\'s end', text: 'I deleted job.batch/edge-convert-openyurt01.', expected: ['Job', 'edge-convert-openyurt01', 'high'] },
    { name: "a URL's path is no Job", text: 'https://ci.example.com/job/edge-convert-openyurt01/2528/console', expected: ['DaemonSet', 'edge-convert-openyurt01', 'low'] },
    { name: 'a CronJob of that name is no Job', text: 'kubectl get cronjob/edge-convert-openyurt01', expected: ['DaemonSet', 'edge-convert-openyurt01', 'low'] },
    { name: 'a Job of another name says nothing', text: 'fail to run convert job(edge-convert-openyurt02)', expected: ['DaemonSet', 'edge-convert-openyurt01', 'low'] },
  ])('a Job the text names owns its pods: $name', ({ text, expected }) => {
    const m = explain([text, 'NAMESPACE     NAME                                       READY   STATUS             RESTARTS   AGE', 'kube-system   edge-convert-openyurt01-5gx5c   0/1     CrashLoopBackOff   5          5m18s'].join('\n'));
    expect(owners(m)[0]?.slice(1)).toEqual(expected);
  });
  test("pods named after a generated name, without a runner controller: one Job each, a guess (KEDA's ScaledJob)", () => {
    const m = explain(table(['redis-scaledjob-5dctr-d67cz', 'redis-scaledjob-6q9sw-7xxrh']));
    expect(owners(m)).toEqual([['redis-scaledjob-5dctr-d67cz', 'Job', 'redis-scaledjob-5dctr', 'low'], ['redis-scaledjob-6q9sw-7xxrh', 'Job', 'redis-scaledjob-6q9sw', 'low']]);
  });
  test('the training operator alone does not make a lone -master-0 or a master and its replicas a job', () => {
    const m = explain(table(['training-operator-d8799bf5c-kg4jw', 'redis-master-0', 'redis-replicas-0']));
    expect(owners(m).slice(1)).toEqual([['redis-master-0', 'StatefulSet', 'redis-master', 'medium'], ['redis-replicas-0', 'StatefulSet', 'redis-replicas', 'medium']]);
  });
});

describe('pod names an editor capitalised', () => {
  test('read with a small first letter, with one problem at the first', () => {
    const names = ['Cilium-node-init-7xk2p', 'Cilium-operator-6d9c8b7f5d-x2k9p', 'coredns-66bff467f8-4j4lj'];
    const m = explain(['NAMESPACE     NAME                               READY   STATUS    RESTARTS   AGE', ...names.map((x) => `kube-system   ${x.padEnd(35)}1/1     Running   0          144m`)].join('\n'));
    expect(m.rows.map((r) => [r.name, r.component, r.workload?.kind])).toEqual([['cilium-node-init-7xk2p', 'cilium-node-init', 'DaemonSet'], ['cilium-operator-6d9c8b7f5d-x2k9p', 'cilium-operator', 'Deployment'], ['coredns-66bff467f8-4j4lj', 'coredns', 'Deployment']]);
    expect(m.problems.map((p) => [p.line, p.code])).toEqual([[2, 'name-capitalised']]);
    expect(m.rows[0]?.next[0]?.command).toBe('kubectl -n kube-system logs cilium-node-init-7xk2p');
  });
  test('a name with capitals inside is left as pasted (not an editor\'s first letter)', () => {
    const m = explain('NAME            READY   STATUS    RESTARTS   AGE\nMyApp-7xk2p     1/1     Running   0          5m');
    expect(m.rows[0]?.name).toBe('MyApp-7xk2p');
    expect(m.problems.map((p) => p.code)).not.toContain('name-capitalised');
  });
});

describe('a project installed outside its own namespace', () => {
  const table = (rows: [string, string][]) => ['NAMESPACE   NAME                               READY   STATUS    RESTARTS   AGE', ...rows.map(([ns, p]) => `${ns.padEnd(12)}${p.padEnd(35)}1/1     Running   0          5d`)].join('\n');
  test.each([
    { name: "Longhorn in storage: its manager shows it, so its generic CSI sidecars are Longhorn's there", rows: [['storage', 'longhorn-manager-x7k2p'], ['storage', 'csi-attacher-75588bff58-5sbpj']] as [string, string][], components: ['longhorn-manager', 'longhorn-csi-attacher'] },
    { name: 'the same sidecar beside no Longhorn pod stays unknown', rows: [['storage', 'csi-attacher-75588bff58-5sbpj']] as [string, string][], components: [null] },
  ])('$name', ({ rows, components }) => {
    expect(explain(table(rows)).rows.map((r) => r.component)).toEqual(components);
  });
});

describe("an Indexed Job's pods", () => {
  test.each([
    { name: 'several completion indexes: one Job', pods: ['container-pull-228-55rrv', 'container-pull-23-9z5s8', 'container-pull-229-28npk'], owner: ['Job', 'container-pull', 'medium'] },
    { name: 'a lone <x>-<n>-<5> keeps its guess', pods: ['worker-2-x7k2p'], owner: ['DaemonSet', 'worker-2', 'low'] },
  ])('$name', ({ pods, owner }) => {
    const m = explain(['NAME                       READY   STATUS    RESTARTS   AGE', ...pods.map((p) => `${p.padEnd(27)}1/1     Running   0          5m`)].join('\n'));
    expect(m.rows.map((r) => [r.workload?.kind, r.workload?.name, r.workload?.confidence])).toEqual(pods.map(() => owner));
  });
  test.each([
    { name: "Velero's maintenance Jobs named by the millisecond: one Job each, which the knowledge base knows (hunt aq/18)", pods: ['repo-maintain-job-1719764780486-j7xcd', 'repo-maintain-job-1719764793543-jkhhg'], owners: ['Job/repo-maintain-job-1719764780486/high', 'Job/repo-maintain-job-1719764793543/high'] },
    { name: 'numbers with a leading zero are no completion indexes', pods: ['batch-007-j7xcd', 'batch-008-jkhhg'], owners: ['Job/batch-007/medium', 'Job/batch-008/medium'] },
    { name: 'small indexes that ended: one Indexed Job', pods: ['batch-7-j7xcd', 'batch-8-jkhhg'], owners: ['Job/batch/medium', 'Job/batch/medium'] },
  ])('numbers that are no completion index: $name', ({ pods, owners }) => {
    const m = explain(['NAME                                    READY   STATUS      RESTARTS   AGE', ...pods.map((p) => `${p.padEnd(40)}0/1     Completed   0          50m`)].join('\n'));
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`)).toEqual(owners);
  });
  test.each([
    { name: "beside the older generator's suffixes (before 1.5, years before Indexed Jobs): one ReplicationController per member (ds/01)", pods: ['zookeeper-1-s68t0', 'zookeeper-2-ygxqu', 'zookeeper-3-i7yj8'], owners: ['ReplicationController/zookeeper-1/low', 'ReplicationController/zookeeper-2/low', 'ReplicationController/zookeeper-3/low'] },
    { name: "beside decimal pod-template hashes (before 1.8): the same", pods: ['kafka-1-x7k2p', 'kafka-2-q9zt5', 'web-3869474375-oj1i0'], owners: ['ReplicationController/kafka-1/low', 'ReplicationController/kafka-2/low', 'Deployment/web/medium'] },
    { name: "suffixes of today's generator: still one Indexed Job", pods: ['zookeeper-1-x7k2p', 'zookeeper-2-q9zt5'], owners: ['Job/zookeeper/medium', 'Job/zookeeper/medium'] },
  ])('members numbered in an older paste: $name', ({ pods, owners }) => {
    const m = explain(['NAME                          READY     STATUS        RESTARTS   AGE', ...pods.map((p) => `${p.padEnd(30)}1/1       Running       0          22h`)].join('\n'));
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`)).toEqual(owners);
  });
});

describe("a JobSet's pods", () => {
  const owners = (lines: string[]) => explain(lines.join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`);
  const header = 'NAME                               READY   STATUS    RESTARTS   AGE';
  const row = (p: string) => `${p.padEnd(35)}1/1     Running   0          5m`;
  test.each([
    { name: "an oc prompt's DeploymentConfig guess gives way beside an index 0 (hunt ai/14)", lines: ['$ oc get pods -n demo', header, ...['pytorch-workers-0-0-2lzwt', 'pytorch-workers-0-1-g2lrv', 'pytorch-workers-0-2-dpljq'].map(row)], owners: ['Job/pytorch-workers-0/medium', 'Job/pytorch-workers-0/medium', 'Job/pytorch-workers-0/medium'] },
    { name: 'revisions 1 and 2 under an oc prompt stay a DeploymentConfig guess', lines: ['$ oc get pods -n demo', header, ...['frontend-1-x7k2p', 'frontend-2-q9zt5'].map(row)], owners: ['DeploymentConfig/frontend/medium', 'DeploymentConfig/frontend/medium'] },
    { name: "a leader beside its JobSet's workers is its own Job's (hunt ai/13)", lines: [header, ...['network-jobset-leader-0-0-5xnzz', 'network-jobset-workers-0-0-78k9j', 'network-jobset-workers-0-1-rmw42'].map(row)], owners: ['Job/network-jobset-leader-0/medium', 'Job/network-jobset-workers-0/medium', 'Job/network-jobset-workers-0/medium'] },
    { name: 'a lone leader keeps its guess', lines: [header, row('network-jobset-leader-0-0-5xnzz')], owners: ['DaemonSet/network-jobset-leader-0-0/low'] },
    { name: "a lone index 0 of another JobSet's prefix keeps its guess", lines: [header, ...['other-set-leader-0-0-5xnzz', 'network-jobset-workers-0-0-78k9j', 'network-jobset-workers-0-1-rmw42'].map(row)], owners: ['DaemonSet/other-set-leader-0-0/low', 'Job/network-jobset-workers-0/medium', 'Job/network-jobset-workers-0/medium'] },
  ])('$name', ({ lines, owners: expected }) => {
    expect(owners(lines)).toEqual(expected);
  });
});

describe("a Job's attempts whose init container failed", () => {
  const header = 'NAME                           READY   STATUS       RESTARTS   AGE';
  test.each([
    { name: 'failed attempts and the next one are one Job (hunt ai/28)', rows: ['onap-sdc-cs-cxftq              0/2     Init:Error   0          74m', 'onap-sdc-cs-jq2c8              0/2     Init:Error   0          30m', 'onap-sdc-cs-4dfg8              1/2     Init:2/3     0          9m'], owners: ['Job/onap-sdc-cs/medium', 'Job/onap-sdc-cs/medium', 'Job/onap-sdc-cs/medium'] },
    { name: 'in its first minute the kubelet may run it again: no sign', rows: ['onap-sdc-cs-cxftq              0/2     Init:Error   0          20s'], owners: ['DaemonSet/onap-sdc-cs/low'] },
    { name: 'run again already: no sign either', rows: ['onap-sdc-cs-cxftq              0/2     Init:Error   3          74m'], owners: ['DaemonSet/onap-sdc-cs/low'] },
  ])('$name', ({ rows, owners }) => {
    expect(explain([header, ...rows].join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`)).toEqual(owners);
  });
});

describe('a word and a number at the end of a name', () => {
  const header = 'NAME                          READY   STATUS    RESTARTS   AGE';
  const row = (p: string) => `${p.padEnd(30)}1/1     Running   0          3m`;
  test.each([
    { name: 'beside generated suffixes of today: a name given by hand', pods: ['redis-test2', 'web-x7k2p'], owners: ['Pod/redis-test2/low', 'DaemonSet/web/low'] },
    { name: "beside the older generator's suffixes (vowels, 0, 1, 3): one of them too (hunt d/14)", pods: ['deis-etcd-1-eg332', 'deis-minio-yni6i'], owners: ['DaemonSet/deis-etcd-1/low', 'DaemonSet/deis-minio/low'] },
  ])('$name', ({ pods, owners }) => {
    expect(explain([header, ...pods.map(row)].join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`)).toEqual(owners);
  });
});

describe('pod names whose end the paste cut with "..."', () => {
  const m = explain(['NAMESPACE     NAME                                          READY   STATUS    RESTARTS   AGE', 'flux-system   source-controller-...                         1/1     Running   0          5d', 'monitoring    kube-prometheus-stack-grafana-7865f4fc6d-...  3/3     Running   0          5d', 'apps          my-thing-...                                  1/1     Running   0          5d'].join('\n'));
  test.each([
    { name: 'a Deployment the knowledge base knows by the part kept (hunt aj/15)', row: 0, owner: 'Deployment/source-controller/low', next: ['kubectl -n flux-system get pods | grep source-controller', 'kubectl -n flux-system describe deployment source-controller'] },
    { name: 'a pod-template hash kept: its Deployment', row: 1, owner: 'Deployment/kube-prometheus-stack-grafana/low', next: ['kubectl -n monitoring get pods | grep kube-prometheus-stack-grafana-7865f4fc6d', 'kubectl -n monitoring describe deployment kube-prometheus-stack-grafana'] },
    { name: 'an unknown name cut after a dash hid a generated tail: a Deployment, a guess (hunt az/19)', row: 2, owner: 'Deployment/my-thing/low', next: ['kubectl -n apps get pods | grep my-thing', 'kubectl -n apps describe deployment my-thing'] },
  ])('$name', ({ row, owner, next }) => {
    const r = m.rows[row];
    expect(`${r?.workload?.kind}/${r?.workload?.name}/${r?.workload?.confidence}`).toBe(owner);
    expect(r?.next.map((c) => c.command)).toEqual(next);
  });
  test("the known one's component is read", () => expect(m.rows[0]?.component).toBe('flux'));
  const header = `${'NAMESPACE'.padEnd(16)}${'NAME'.padEnd(42)}READY   STATUS    RESTARTS   AGE`;
  test.each([
    { name: "a pod vCluster synced: its virtual pod's owner and component (hunt ay/26)", ns: 'vcluster-demo', pod: 'coredns-...-x-kube-system-x-demo', owner: 'Deployment/coredns/low', component: 'coredns' },
    { name: 'a StatefulSet the knowledge base knows by the part kept (hunt aj/15)', ns: 'monitoring', pod: 'alertmanager-kube-prometheus-stack-...', owner: 'StatefulSet/alertmanager-kube-prometheus-stack/low', component: 'alertmanager' },
    { name: "a range written out: its first name's owner, no range in the name (hunt g/14)", ns: 'db', pod: 'databox-0 \u2026 databox-4', owner: 'StatefulSet/databox/low', component: null },
    { name: 'cut inside the name (ClickHouse, hunt am/23): the owner keeps the cut', ns: 'ch', pod: 'chi-coroot-...-0-0-0', owner: 'StatefulSet/chi-coroot-...-0-0/low', component: 'altinity-clickhouse' },
    { name: "cut inside a pod-template hash (Rook's csi-rbdplugin-provisioner-6b..., hunt ck/26): the Deployment before it", ns: 'rook-ceph', pod: 'csi-rbdplugin-provisioner-6b...', owner: 'Deployment/csi-rbdplugin-provisioner/low', component: 'ceph-csi-provisioner' },
    { name: 'cut inside a word (a vowel no generator writes): nothing before it is read as an owner', ns: 'apps', pod: 'my-app-fronte...', owner: 'Pod/my-app-fronte.../low', component: null },
  ])('$name', ({ ns, pod, owner, component }) => {
    const r = explain(`${header}\n${ns.padEnd(16)}${pod.padEnd(42)}1/1     Running   0          5d`).rows[0];
    expect(`${r?.workload?.kind}/${r?.workload?.name}/${r?.workload?.confidence}`).toBe(owner);
    expect(r?.component ?? null).toBe(component);
  });
  test('rows shortened one after another: one problem covers them all (hunt ck/26)', () => {
    const m = explain([header, ...['csi-rbdplugin-provisioner-6b...', 'csi-cephfsplugin-provisioner-86...'].map((pod) => `${'rook-ceph'.padEnd(16)}${pod.padEnd(42)}6/6     Running   0          20s`)].join('\n'));
    expect(m.problems.filter((p) => p.code === 'name-shortened').map((p) => [p.line, p.through])).toEqual([[2, 3]]);
  });
  test('a control-plane pod cut after its component names no node "..." for the rest', () => {
    const m = explain([header, ...[['kube-system', 'kube-apiserver-...'], ['apps', 'my-app-...']].map(([ns, pod]) => `${(ns as string).padEnd(16)}${(pod as string).padEnd(42)}1/1     Running   0          5d`)].join('\n'));
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`)).toEqual(['StaticPod/kube-apiserver/low', 'Deployment/my-app/low']);
  });
});

describe("a pod named after a ReplicaSet's pod: a copy of it", () => {
  // Admiralty (hunt ay/29): the proxy pod on a virtual node, its delegate `<proxy>-<5>` on the member cluster's node.
  const m = explain(['NAME                           READY   STATUS    RESTARTS   AGE    IP             NODE', 'nginx-7bb89ffbfb-55px2         1/1     Running   0          101s   10.233.64.91   admiralty-c1', 'nginx-7bb89ffbfb-55px2-dglzq   1/1     Running   0          88s    10.233.64.91   mouse-1', 'redis-scaledjob-5dctr-d67cz    1/1     Running   0          88s    10.233.64.92   mouse-1'].join('\n'));
  test.each([
    { name: 'the proxy pod is its Deployment\'s', row: 0, owner: 'Deployment/nginx/high', text: 'owner.Deployment' },
    { name: 'its copy is a pod no name tells the owner of, and says what it is', row: 1, owner: 'Pod/nginx-7bb89ffbfb-55px2-dglzq/low', text: 'owner.pod-copy' },
    { name: "a Job named by generateName (KEDA's ScaledJob) stays a Job's", row: 2, owner: 'Job/redis-scaledjob-5dctr/low', text: 'owner.Job' },
  ])('$name', ({ row, owner, text }) => {
    const r = m.rows[row];
    expect(`${r?.workload?.kind}/${r?.workload?.name}/${r?.workload?.confidence}`).toBe(owner);
    expect(r?.explanations).toContain(text);
  });
});

describe("a pod named after a pod listed beside it: a copy of it (dh/15)", () => {
  // Admiralty's quick start: the proxy pod test-flxlv in the source cluster, its delegate test-flxlv-7zqsj in the target.
  const rows = (pods: string[]) => explain(['NAME   READY   STATUS    RESTARTS   AGE', ...pods].join('\n')).rows;
  test.each([
    { name: 'the completed delegate is a copy, no Job test-flxlv', pods: ['test-flxlv   0/1   Pending   0   2m52s', 'test-flxlv-7zqsj   0/1   Completed   0   2m54s'], row: 1, owner: 'Pod/test-flxlv-7zqsj/low', text: 'owner.pod-copy' },
    { name: 'without its source pod listed it stays a Job\'s', pods: ['test-flxlv-7zqsj   0/1   Completed   0   2m54s'], row: 0, owner: 'Job/test-flxlv/medium', text: 'owner.Job' },
  ])('$name', ({ pods, row, owner, text }) => {
    const r = rows(pods)[row];
    expect(`${r?.workload?.kind}/${r?.workload?.name}/${r?.workload?.confidence}`).toBe(owner);
    expect(r?.explanations).toContain(text);
  });
});

describe("a KubeBlocks Cluster's component pods", () => {
  const pods = ['$ kubectl get pods -n demo', 'NAME             READY   STATUS    RESTARTS   AGE', 'estest-data-0    1/2     Running   0          14m', 'other-db-0       1/1     Running   0          14m'];
  const owners = (lines: string[]) => explain(lines.join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`);
  test.each([
    { name: 'KubeBlocks 0.9 stated, the Cluster created with kbcli: an InstanceSet (hunt an/12)', lines: ['KubeBlocks: 0.9.0-beta.0', '$ kbcli cluster create estest --cluster-definition elasticsearch', ...pods], owners: ['InstanceSet/estest-data/high', 'StatefulSet/other-db/medium'] },
    { name: "KubeBlocks 1.0's `create <engine> <name>`", lines: ['KubeBlocks: 1.0.0', '$ kbcli cluster create elasticsearch estest', ...pods], owners: ['InstanceSet/estest-data/high', 'StatefulSet/other-db/medium'] },
    { name: "kbcli's own `Cluster <name> created`", lines: ['KubeBlocks: 0.9.2', 'Cluster estest created', ...pods], owners: ['InstanceSet/estest-data/high', 'StatefulSet/other-db/medium'] },
    { name: 'KubeBlocks 0.8 made StatefulSets', lines: ['KubeBlocks: 0.8.2', '$ kbcli cluster create estest --cluster-definition elasticsearch', ...pods], owners: ['StatefulSet/estest-data/medium', 'StatefulSet/other-db/medium'] },
    { name: 'no version stated (hunt an/04): the StatefulSet reading stays', lines: ['a KubeBlocks cluster', '$ kbcli cluster create estest', ...pods], owners: ['StatefulSet/estest-data/medium', 'StatefulSet/other-db/medium'] },
  ])('$name', ({ lines, owners: expected }) => {
    const m = explain(lines.join('\n'));
    expect(owners(lines)).toEqual(expected);
    if (expected[0]?.startsWith('InstanceSet')) {
      expect(m.rows[0]?.explanations).toContain('owner.InstanceSet');
      expect(m.rows[0]?.next.map((c) => c.command)).toContain('kubectl -n demo describe instancesets.workloads.kubeblocks.io estest-data');
    }
  });
});

describe("a Volcano Job's pods", () => {
  const pods = ['NAME                 READY   STATUS    RESTARTS   AGE', 'job-sample-nginx-0   0/1     Pending   0          6m'];
  const owner = (lines: string[]) => { const w = explain(lines.join('\n')).rows[0]?.workload; return `${w?.kind}/${w?.name}/${w?.confidence}`; };
  test.each([
    { name: 'the vcjob a command names owns <vcjob>-<task>-<index> (hunt ai/26)', lines: ['$ kubectl get pods', ...pods, '$ kubectl describe vcjob job-sample'], owner: 'VolcanoJob/job-sample/high' },
    { name: 'named by its full resource name', lines: ['$ kubectl get pods', ...pods, '$ kubectl get jobs.batch.volcano.sh job-sample'], owner: 'VolcanoJob/job-sample/high' },
    { name: "a task's name with a dash", lines: ['$ kubectl get pods', 'NAME                  READY   STATUS    RESTARTS   AGE', 'job-sample-my-ps-0    0/1     Pending   0          6m', '$ kubectl describe vcjob job-sample'], owner: 'VolcanoJob/job-sample/high' },
    { name: 'a batch/v1 Job of that name is no Volcano Job', lines: ['$ kubectl get pods', ...pods, '$ kubectl describe job job-sample'], owner: 'StatefulSet/job-sample-nginx/medium' },
    { name: 'no vcjob named: a StatefulSet guess still', lines: ['$ kubectl get pods', ...pods], owner: 'StatefulSet/job-sample-nginx/medium' },
    { name: "the vcjob `kubectl apply` printed as created (hunt bg/12)", lines: ['$ kubectl apply -f job.yaml', 'job.batch.volcano.sh/job-sample created', '$ kubectl get pods', ...pods], owner: 'VolcanoJob/job-sample/high' },
    { name: 'a batch/v1 Job printed as created is no Volcano Job', lines: ['$ kubectl apply -f job.yaml', 'job.batch/job-sample created', '$ kubectl get pods', ...pods], owner: 'StatefulSet/job-sample-nginx/medium' },
  ])('$name', ({ lines, owner: expected }) => {
    expect(owner(lines)).toBe(expected);
  });
  const mpi = (names: [string, string][]) => explain(names.map(([p, st]) => `${p.padEnd(28)}${st === 'Completed' ? '0/1' : '1/1'}     ${st.padEnd(13)}0          34s`).join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`);
  test.each([
    { name: "Volcano's MPI example's master and workers, no vcjob named (hunt bg/13)", pods: [['lm-mpi-job-mpimaster-0', 'Completed'], ['lm-mpi-job-mpiworker-0', 'Terminating'], ['lm-mpi-job-mpiworker-1', 'Terminating']] as [string, string][], owners: ['VolcanoJob/lm-mpi-job/medium', 'VolcanoJob/lm-mpi-job/medium', 'VolcanoJob/lm-mpi-job/medium'] },
    { name: 'workers alone: a StatefulSet guess still', pods: [['lm-mpi-job-mpiworker-0', 'Running'], ['lm-mpi-job-mpiworker-1', 'Running']] as [string, string][], owners: ['StatefulSet/lm-mpi-job-mpiworker/medium', 'StatefulSet/lm-mpi-job-mpiworker/medium'] },
    { name: "another job's master says nothing of these workers", pods: [['other-mpimaster-0', 'Running'], ['lm-mpi-job-mpiworker-0', 'Running']] as [string, string][], owners: ['StatefulSet/other-mpimaster/medium', 'StatefulSet/lm-mpi-job-mpiworker/medium'] },
  ])('MPI tasks: $name', ({ pods: names, owners: expected }) => {
    expect(mpi(names)).toEqual(expected);
  });
  test('its next commands describe the vcjob by its full resource name', () => {
    const m = explain(['$ kubectl get pods -n default', ...pods, '$ kubectl describe vcjob job-sample -n default'].join('\n'));
    expect(m.rows[0]?.next.map((c) => c.command)).toContain('kubectl -n default describe jobs.batch.volcano.sh job-sample');
  });
});

describe("a JobSet's pods (ed/06)", () => {
  const pods = ['NAME                               READY   STATUS    RESTARTS   AGE', 'network-jobset-leader-0-0-5xnzz    1/1     Running   0          17m', 'network-jobset-workers-0-0-78k9j   1/1     Running   0          17m', 'network-jobset-workers-0-1-rmw42   1/1     Running   0          17m'];
  const owners = (lines: string[]) => explain(lines.join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`);
  test.each([
    { name: 'the JobSet `kubectl apply` printed as created owns <jobset>-<replicatedJob>-<n>-<n>-<5>', lines: ['$ kubectl apply -f jobset-network.yaml', 'jobset.jobset.x-k8s.io/network-jobset created', '$ kubectl get pods', ...pods], owner: 'JobSet/network-jobset/high' },
    { name: 'a selector naming it (jaxjob in its docs)', lines: ['$ kubectl get pods -l jobset.sigs.k8s.io/jobset-name=network-jobset', ...pods], owner: 'JobSet/network-jobset/high' },
    { name: 'a command naming it', lines: ['$ kubectl get pods', ...pods, '$ kubectl describe jobset network-jobset'], owner: 'JobSet/network-jobset/high' },
    { name: 'another JobSet named says nothing of these', lines: ['$ kubectl describe jobset other', '$ kubectl get pods', ...pods], owner: 'Job/network-jobset-leader-0/medium' },
    { name: 'no JobSet named: the Indexed Job still', lines: ['$ kubectl get pods', ...pods], owner: 'Job/network-jobset-leader-0/medium' },
  ])('$name', ({ lines, owner }) => {
    expect(owners(lines)[0]).toBe(owner);
  });
  test('its next commands describe the JobSet by its full resource name', () => {
    const m = explain(['$ kubectl get pods -n ml', ...pods, '$ kubectl -n ml describe jobset network-jobset'].join('\n'));
    expect(m.rows[0]?.explanations).toContain('owner.JobSet');
    expect(m.rows[0]?.next.map((c) => c.command)).toContain('kubectl -n ml describe jobsets.jobset.x-k8s.io network-jobset');
  });
});

describe("a LeaderWorkerSet's groups (ed/09, ed/10)", () => {
  const owners = (names: string[], before: string[] = []) => explain([...before, '$ kubectl get pods', 'NAME       READY   STATUS    RESTARTS   AGE', ...names.map((p) => `${p.padEnd(11)}1/1     Running   0          2s`)].join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`);
  test.each([
    { name: 'a leader and its workers, named after the leader pod', pods: ['vllm-0', 'vllm-0-1', 'vllm-0-2'], expected: ['LeaderWorkerSet/vllm/medium', 'LeaderWorkerSet/vllm/medium', 'LeaderWorkerSet/vllm/medium'] },
    { name: "two groups: the other group's leader and workers too", pods: ['vllm-0', 'vllm-0-1', 'vllm-1', 'vllm-1-1'], expected: ['LeaderWorkerSet/vllm/medium', 'LeaderWorkerSet/vllm/medium', 'LeaderWorkerSet/vllm/medium', 'LeaderWorkerSet/vllm/medium'] },
    { name: 'sure where the paste names LeaderWorkerSets', pods: ['vllm-0', 'vllm-0-1'], before: ['leaderworkerset.leaderworkerset.x-k8s.io/vllm created'], expected: ['LeaderWorkerSet/vllm/high', 'LeaderWorkerSet/vllm/high'] },
    { name: 'workers without their leader in the paste: StatefulSet guesses still', pods: ['vllm-0-1', 'vllm-0-2'], expected: ['StatefulSet/vllm-0/low', 'StatefulSet/vllm-0/low'] },
    { name: 'two StatefulSets, neither named after a pod of the other', pods: ['web-0', 'web-1', 'db-0'], expected: ['StatefulSet/web/medium', 'StatefulSet/web/medium', 'StatefulSet/db/medium'] },
    { name: 'a StatefulSet named after a pod of another, with its own pod 0: no LeaderWorkerSet numbers a worker 0', pods: ['web-0', 'web-0-0', 'web-0-1'], expected: ['StatefulSet/web/medium', 'StatefulSet/web-0/medium', 'StatefulSet/web-0/medium'] },
  ])('$name', ({ pods, before, expected }) => {
    expect(owners(pods, before)).toEqual(expected);
  });
  test('its next commands describe the LeaderWorkerSet', () => {
    const m = explain(['$ kubectl get pods -n ai', 'NAME       READY   STATUS    RESTARTS   AGE', 'vllm-0     0/1     Running   0          50s', 'vllm-0-1   1/1     Running   0          50s'].join('\n'));
    expect(m.rows[1]?.explanations).toContain('owner.LeaderWorkerSet');
    expect(m.rows[0]?.next.map((c) => c.command)).toContain('kubectl -n ai describe leaderworkerset vllm');
  });
});

describe("Slinky's NodeSets (hunt bg/02)", () => {
  const table = (names: string[]) => explain(['$ kubectl -n slurm get pods', 'NAME                            READY   STATUS    RESTARTS   AGE', ...names.map((p) => `${p.padEnd(32)}1/1     Running   0          8s`)].join('\n'));
  const owners = (names: string[]) => table(names).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`);
  test.each([
    { name: 'numbered slurmd pods beside the Slurm controller', pods: ['slurm-compute-esc8000a-0', 'slurm-controller-0'], owner: 'NodeSet/slurm-compute-esc8000a/medium' },
    { name: "the first release's slurmd pods, named as a DaemonSet's", pods: ['slurm-compute-debug-7xmzv', 'slurm-controller-0'], owner: 'NodeSet/slurm-compute-debug/medium' },
    { name: 'no Slurm controller in the paste: a StatefulSet guess still', pods: ['slurm-compute-esc8000a-0'], owner: 'StatefulSet/slurm-compute-esc8000a/medium' },
    { name: 'a -compute- name without Slurm in it is no NodeSet', pods: ['app-compute-a-0', 'app-controller-0'], owner: 'StatefulSet/app-compute-a/medium' },
    { name: "v1's -worker- names beside the Slurm controller (eg/11)", pods: ['slurm-worker-slinky-0', 'slurm-controller-0'], owner: 'NodeSet/slurm-worker-slinky/medium' },
    { name: 'a -worker- name without Slurm in it is no NodeSet', pods: ['app-worker-a-0', 'app-controller-0'], owner: 'StatefulSet/app-worker-a/medium' },
  ])('$name', ({ pods, owner }) => {
    expect(owners(pods)[0]).toBe(owner);
  });
  test('its next commands describe the NodeSet by its full resource name', () => {
    const m = table(['slurm-compute-esc8000a-0', 'slurm-controller-0']);
    expect(m.rows[0]?.explanations).toContain('owner.NodeSet');
    expect(m.rows[0]?.next.map((c) => c.command)).toContain('kubectl -n slurm describe nodesets.slinky.slurm.net slurm-compute-esc8000a');
  });
});

describe('static pods whose names name their nodes', () => {
  const rows = (names: string[]) => ['NAME                                              READY   STATUS    RESTARTS   AGE', ...names.map((p) => `${p.padEnd(50)}1/1     Running   0          2d`)].join('\n');
  test("kops's etcd-manager pods name their control-plane node, not manager-main-<node> (hunt bf/04, bf/11)", () => {
    const m = explain(rows(['etcd-manager-events-i-0ad86f23f13499914', 'etcd-manager-main-i-0ad86f23f13499914', 'kube-apiserver-i-0ad86f23f13499914']));
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}`)).toEqual(['StaticPod/etcd-manager-events', 'StaticPod/etcd-manager-main', 'StaticPod/kube-apiserver']);
    expect(m.nodes.map((n) => n.name)).toEqual(['i-0ad86f23f13499914']);
  });
  test("kube-proxy on kops's workers named by instance id lists those nodes (hunt bf/05)", () => {
    const m = explain(rows(['kube-apiserver-i-0ad86f23f13499914', 'kube-proxy-i-01cadf0d8d3c7a565', 'kube-proxy-i-0ad86f23f13499914']));
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.component}`)).toEqual(['StaticPod/kube-apiserver/kube-apiserver', 'StaticPod/kube-proxy/kube-proxy', 'StaticPod/kube-proxy/kube-proxy']);
    expect(m.nodes.map((n) => [n.name, n.role]).sort()).toEqual([['i-01cadf0d8d3c7a565', 'worker'], ['i-0ad86f23f13499914', 'control-plane']]);
  });
  test("kube-up's fluentd-elasticsearch pods list their nodes (hunt bi/18)", () => {
    const m = explain(`NAMESPACE     ${rows(['fluentd-elasticsearch-e2e-test-abshah-minion-3nb5', 'fluentd-elasticsearch-e2e-test-abshah-minion-3ttl']).split('\n').map((l, i) => (i === 0 ? l : `kube-system   ${l}`)).join('\n')}`);
    expect(m.nodes.map((n) => n.name)).toEqual(['e2e-test-abshah-minion-3nb5', 'e2e-test-abshah-minion-3ttl']);
  });
});

describe('CloudNativePG instances a service selector names', () => {
  const pods = ['NAME                      READY   STATUS    RESTARTS   AGE', 'pod/pg-simple-cluster-1   1/1     Running   0          8m', 'pod/pg-simple-cluster-2   1/1     Running   0          8m', 'pod/pg-simple-cluster-4   1/1     Running   0          9m'];
  const services = ['', 'NAME                          TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)    AGE    SELECTOR', 'service/pg-simple-cluster-rw  ClusterIP   10.96.156.86   <none>        5432/TCP   122m   cnpg.io/cluster=pg-simple-cluster,role=primary'];
  test.each([
    { name: "its services' selector: the Cluster's, sure (hunt aj/24)", lines: ['$ kubectl get all -o wide', ...pods, ...services], owner: 'Cluster/pg-simple-cluster/high' },
    { name: 'no selector: a set without an -0 in a whole listing is a weak StatefulSet guess', lines: ['$ kubectl get pods', ...pods], owner: 'StatefulSet/pg-simple-cluster/low' },
    { name: "another cluster's selector says CloudNativePG runs: a set without an -0 is likely a Cluster, not surely", lines: ['$ kubectl get all -o wide', ...pods, ...services.map((l) => l.replace('cluster=pg-simple-cluster', 'cluster=other'))], owner: 'Cluster/pg-simple-cluster/medium' },
  ])('$name', ({ lines, owner }) => {
    expect(explain(lines.join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`)).toEqual([owner, owner, owner]);
  });
});

describe('a listing of every namespace, then one of a single namespace', () => {
  const all = ['$ kubectl get pods -A', 'NAMESPACE   NAME                        READY   STATUS    RESTARTS   AGE', 'broker      apiserver-7df5d95cfb-9pzlz  0/1     Unknown   0          5d', 'broker      apiserver-7df5d95cfb-knzdc  1/1     Running   0          5d', 'shop        web-0                       0/1     Unknown   0          5d'];
  const one = ['$ kubectl get pods -n broker', 'NAME                        READY   STATUS    RESTARTS   AGE', 'apiserver-7df5d95cfb-knzdc  1/1     Running   0          5d'];
  test('a pod of that namespace the later listing no longer shows is gone; pods of other namespaces are not', () => {
    const m = explain([...all, ...one].join('\n'));
    expect(m.findings.find((f) => f.id === 'rows-gone')?.rows).toEqual([3]);
    expect(m.findings.find((f) => f.id === 'pods-in-status')?.rows).toEqual([5]);
  });
  test('pods a later listing of every namespace prints again count there, not as gone', () => {
    const m = explain([...all, ...one, ...all.map((l) => l.replace('0/1     Unknown', '1/1     Running'))].join('\n'));
    expect(m.findings.find((f) => f.id === 'rows-gone')).toBeUndefined();
  });
});

describe('two listings of other clusters or contexts', () => {
  const listing = (cmd: string, pods: string[]) => [cmd, 'NAME                            READY   STATUS    RESTARTS   AGE', ...pods.map((p) => `${p.padEnd(32)}1/1     Running   0          5m`)];
  test.each([
    { name: 'a cheat sheet: kube-system, then an app namespace (no pod, no owner in common)', first: ['aws-node-x4d2w', 'coredns-5c5677bc78-dxprx', 'kube-proxy-4m7kf'], second: ['report-28374560-k2kdn'], gone: [] },
    { name: 'a Deployment replaced in one namespace (new names, the same owner)', first: ['nginxsvc-5647fc5c85-5ht5g', 'nginxsvc-5647fc5c85-f2nr4'], second: ['nginxsvc-68f865964f-jwgk5', 'nginxsvc-68f865964f-kb9kc'], gone: [3, 4] },
    { name: 'one pod deleted, the others still there', first: ['web-0', 'web-1'], second: ['web-0'], gone: [4] },
    { name: "a CI log's two clusters (kind, then minikube), told apart by their control planes' static pods", first: ['etcd-kind-control-plane', 'coredns-7db6d8ff4d-8xk2p'], second: ['etcd-minikube', 'coredns-7db6d8ff4d-q2m5n'], gone: [] },
    { name: 'kubectl config use-context between them', between: '$ kubectl config use-context kubernetes-admin@kubernetes', first: ['coredns-5986966c54-75dxb', 'hostpath-7c8bdf94b8-xqqx2'], second: ['coredns-55cb58b774-4hk6h'], gone: [] },
    { name: 'another --context', second_cmd: '$ kubectl --context prod get pods', first: ['coredns-5986966c54-75dxb', 'hostpath-7c8bdf94b8-xqqx2'], second: ['coredns-55cb58b774-4hk6h'], gone: [] },
    { name: 'the same --context', first_cmd: '$ kubectl get pods --context=prod', second_cmd: '$ kubectl --context prod get pods', first: ['coredns-5986966c54-75dxb', 'hostpath-7c8bdf94b8-xqqx2'], second: ['coredns-55cb58b774-4hk6h'], gone: [3, 4] },
    { name: 'helm uninstall between two of the same listing: its release is gone (y/01)', first_cmd: '$ k get po -n kueue', second_cmd: '$ k get po -n kueue', between: '$ helm uninstall -n kueue something', first: ['old-kueue-595cf866fb-gr7pj'], second: ['kueue-864ddb8d8b-22ssk'], gone: [3] },
    { name: 'kubectl delete between them', first_cmd: '$ kubectl get pods -n a', second_cmd: '$ kubectl get pods -n a', between: '$ kubectl delete -f app.yaml', first: ['report-28374560-k2kdn'], second: ['aws-node-x4d2w'], gone: [3] },
    { name: 'a change between listings of different commands says nothing of them', first_cmd: '$ kubectl get pods', second_cmd: '$ kubectl get pods -o wide', between: '$ helm install x ./chart', first: ['aws-node-x4d2w'], second: ['report-28374560-k2kdn'], gone: [] },
    { name: 'a helm command that changes nothing (helm list)', first_cmd: '$ k get po -n kueue', second_cmd: '$ k get po -n kueue', between: '$ helm list -n kueue', first: ['old-kueue-595cf866fb-gr7pj'], second: ['kueue-864ddb8d8b-22ssk'], gone: [] },
    { name: 'export KUBECONFIG between them (hunt aa/03)', between: '$ export KUBECONFIG=~/.kube/staging', first: ['coredns-5986966c54-75dxb', 'hostpath-7c8bdf94b8-xqqx2'], second: ['coredns-55cb58b774-4hk6h'], gone: [] },
    { name: "PowerShell's $env:KUBECONFIG between them", between: 'PS C:\\> $env:KUBECONFIG = "C:\\kube\\prod"', first: ['coredns-5986966c54-75dxb', 'hostpath-7c8bdf94b8-xqqx2'], second: ['coredns-55cb58b774-4hk6h'], gone: [] },
    { name: 'kubectx between them', between: '$ kubectx prod', first: ['coredns-5986966c54-75dxb', 'hostpath-7c8bdf94b8-xqqx2'], second: ['coredns-55cb58b774-4hk6h'], gone: [] },
    { name: 'KUBECONFIG set for the first command alone (hunt aa/03)', first_cmd: '% KUBECONFIG=capc-cluster.kubeconfig kubectl get pods', first: ['coredns-5986966c54-75dxb', 'hostpath-7c8bdf94b8-xqqx2'], second: ['coredns-55cb58b774-4hk6h'], gone: [] },
    { name: 'another --kubeconfig', second_cmd: '$ kubectl --kubeconfig ~/.kube/prod get pods', first: ['coredns-5986966c54-75dxb', 'hostpath-7c8bdf94b8-xqqx2'], second: ['coredns-55cb58b774-4hk6h'], gone: [] },
    { name: 'KUBECONFIG set for each command, the same file', first_cmd: '$ KUBECONFIG=a.yaml kubectl get pods', second_cmd: '$ KUBECONFIG=a.yaml kubectl get pods', first: ['coredns-5986966c54-75dxb', 'hostpath-7c8bdf94b8-xqqx2'], second: ['coredns-55cb58b774-4hk6h'], gone: [3, 4] },
    { name: 'kubectx alone lists contexts, switching none', between: '$ kubectx', first: ['coredns-5986966c54-75dxb', 'hostpath-7c8bdf94b8-xqqx2'], second: ['coredns-55cb58b774-4hk6h'], gone: [3, 4] },
    { name: "another host's prompt, no pod in common: another cluster (hunt ay/29)", first_cmd: 'root@cilium-1:~/test# kubectl get pods', second_cmd: 'root@mouse-1:~# kubectl get pods', first: ['nginx-7bb89ffbfb-bs45b-l468n', 'nginx-7bb89ffbfb-h6btc-4587q'], second: ['nginx-7bb89ffbfb-bs45b'], gone: [] },
    { name: "another host's prompt, a pod in common: one cluster, a pod gone", first_cmd: '[root@master ~]# kubectl get pods', second_cmd: '[root@node1 ~]# kubectl get pods', first: ['web-0', 'web-1'], second: ['web-0'], gone: [4] },
    { name: 'the same host, another directory: one cluster, the Deployment replaced', first_cmd: 'ubuntu@m1:~$ kubectl get pods', second_cmd: 'ubuntu@m1:/tmp$ kubectl get pods', first: ['nginxsvc-5647fc5c85-5ht5g', 'nginxsvc-5647fc5c85-f2nr4'], second: ['nginxsvc-68f865964f-jwgk5'], gone: [3, 4] },
    { name: 'the same -l selector run twice: its earlier pods gone (hunt bo/09)', first_cmd: '$ kubectl get pods -l run=my-nginx -o wide', second_cmd: '$ kubectl get pods -l run=my-nginx -o wide', first: ['my-nginx-3800858182-jr4a2', 'my-nginx-3800858182-kna2y'], second: ['my-nginx-3800858182-e9ihh', 'my-nginx-3800858182-j4rm4'], gone: [3, 4] },
    { name: 'the same grep of a name run twice: its earlier pod gone', first_cmd: '$ kubectl get pods -n a | grep web', second_cmd: '$ kubectl get pods -n a | grep web', first: ['web-0', 'web-1'], second: ['web-0'], gone: [4] },
    { name: 'two different selectors: neither covers the other', first_cmd: '$ kubectl get pods -l app=web', second_cmd: '$ kubectl get pods -l app=api', first: ['web-0', 'web-1'], second: ['web-0'], gone: [] },
    { name: 'the same grep of a state: a pod that changed state just leaves it', first_cmd: '$ kubectl get pods | grep -v Running', second_cmd: '$ kubectl get pods | grep -v Running', first: ['web-0', 'web-1'], second: ['web-0'], gone: [] },
    { name: 'the same filter piped to head: cut by position', first_cmd: '$ kubectl get pods -l app=web | head -3', second_cmd: '$ kubectl get pods -l app=web | head -3', first: ['web-0', 'web-1'], second: ['web-0'], gone: [] },
    { name: 'the paste ends inside the later listing\'s next row: that pod and those after it are cut, not gone (fg/02)', first: ['api-0', 'telepresence-1531420994-432918', 'web-0'], second: ['api-0'], after: 'telepresence-153142', gone: [] },
    { name: 'a pod before where it was cut is still gone (the cut start read as a row of a name alone)', first: ['api-0', 'cache-0', 'web-0'], second: ['api-0'], after: 'db-1', gone: [4] },
    { name: 'a sentence after it is no cut row', first: ['api-0', 'web-0'], second: ['api-0'], after: 'web-0 was deleted.', gone: [4] },
    { name: 'a name with more lines after it is no cut row', first: ['api-0', 'web-0'], second: ['api-0'], after: 'web\n$ kubectl get svc', gone: [4] },
  ])('$name', ({ first, second, gone, between, first_cmd, second_cmd, after }) => {
    const m = explain([...listing(first_cmd ?? '$ kubectl get pods', first), ...(between === undefined ? [] : [between]), ...listing(second_cmd ?? '$ kubectl get pods', second), ...(after === undefined ? [] : [after])].join('\n'));
    expect(m.findings.find((f) => f.id === 'rows-gone')?.rows ?? []).toEqual(gone);
  });
  test.each([
    { name: 'two clusters, their CNIs told (hunt aa/03)', first_cmd: '% KUBECONFIG=capc.kubeconfig kubectl get pods -n kube-system', first: ['cilium-jxw68', 'coredns-74ff55c5b-n6zp7'], second: ['kindnet-7p2dq', 'coredns-558bd4d5db-22zql'], finding: ['clusters-several-cni', { cnis: 'cilium (1), kindnet (5)' }, [1, 5]] },
    { name: 'two clusters, one CNI shown', between: '$ export KUBECONFIG=~/.kube/b', first: ['web-5986966c54-75dxb'], second: ['kindnet-7p2dq'], finding: ['clusters-several', {}, [1, 5]] },
    { name: 'the same cluster reached by another kubeconfig lists the same pods: one cluster', first_cmd: '$ sudo KUBECONFIG=/etc/rancher/k3s/k3s.yaml kubectl get pods', first: ['web-0', 'web-1'], second: ['web-0'], finding: null },
    { name: 'no switch: one cluster', first: ['cilium-jxw68'], second: ['kindnet-7p2dq'], finding: null },
    { name: "another host's prompt, no pod in common (hunt ay/29)", first_cmd: 'root@cilium-1:~/test# kubectl get pods', second_cmd: 'root@mouse-1:~# kubectl get pods', first: ['nginx-7bb89ffbfb-bs45b-l468n'], second: ['nginx-7bb89ffbfb-bs45b'], finding: ['clusters-several', {}, [1, 4]] },
    { name: "another host's prompt, a pod in common: one cluster", first_cmd: '[root@master ~]# kubectl get pods', second_cmd: '[root@node1 ~]# kubectl get pods', first: ['web-0', 'web-1'], second: ['web-0'], finding: null },
  ])('listings of several clusters are said: $name', ({ first, second, between, first_cmd, second_cmd, finding }) => {
    const m = explain([...listing(first_cmd ?? '$ kubectl get pods', first), ...(between === undefined ? [] : [between]), ...listing(second_cmd ?? '$ kubectl get pods', second)].join('\n'));
    const f = m.findings.find((x) => x.id.startsWith('clusters-several'));
    expect(f === undefined ? null : [f.id, f.vars, f.rows]).toEqual(finding);
  });
});

describe('several clusters cited where each one\'s listings begin (hunt bm/02, bm/11)', () => {
  const one = (cmd: string, name: string) => [cmd, 'NAME    READY   STATUS    RESTARTS   AGE', `${name}   1/1     Running   0          5d`];
  test.each([
    { name: 'three listings of one context, then another: the first of them cited, not the last', cmds: ['$ kubectl get pods --context="${C1}" -n a', '$ kubectl get pods --context="${C1}" -n b', '$ kubectl get pods --context="${C1}" -n c', '$ kubectl get pods --context="${C2}" -n a'], rows: [1, 13] },
    { name: 'each command quoted as inline code before it runs (K-PaaS guide): the first cluster cited at its first listing', cmds: ['-n vault --context=${C1}', '-n harbor --context=${C1}', '-n mariadb --context=${C2}'].flatMap((a) => [`>\`$ kubectl get pods ${a}\``, '```bash', `$ kubectl get pods ${a}`]), rows: [3, 15] },
  ])('$name', ({ cmds, rows }) => {
    const names = ['web-0', 'api-0', 'db-0', 'cache-0'];
    let k = 0;
    const text = cmds.flatMap((c) => (c.startsWith('$') ? [...one(c, names[k++] as string), '```'] : [c])).join('\n');
    const f = explain(text).findings.find((x) => x.id === 'clusters-several');
    expect(f?.rows).toEqual(rows);
  });
});

describe('a row cut off inside its NODE cell', () => {
  const H = 'NAME                     READY   STATUS    RESTARTS   AGE   IP           NODE                NOMINATED NODE   READINESS GATES';
  test.each([
    { name: 'the start of one node\'s name is that node', last: 'cilium-2x4k8              1/1     Running   0          5d    10.0.0.7     ip-1', node: 'ip-192-168-30-73' },
    { name: 'a whole name no other begins stays', last: 'cilium-2x4k8              1/1     Running   0          5d    10.0.0.7     w2', node: 'w2' },
  ])('$name', ({ last, node }) => {
    const m = explain([H, 'cilium-q8f2x              1/1     Running   0          5d    10.0.0.5     ip-192-168-30-73    <none>           <none>', last].join('\n'));
    expect(m.rows[1]?.node).toBe(node);
    expect(m.findings.map((f) => f.id)).not.toContain('nodes-same-address');
  });
});

describe('NODE cells hidden before pasting', () => {
  test.each([
    { name: 'MASQUED: no node, one problem', node: 'MASQUED', nodes: [], problems: [[2, 'node-hidden']] },
    { name: 'REDACTED_NODE: the same', node: 'REDACTED_NODE', nodes: [], problems: [[2, 'node-hidden']] },
    { name: 'a real node name: kept', node: 'w1-k8s', nodes: ['w1-k8s'], problems: [] },
  ])('$name', ({ node, nodes, problems }) => {
    const rows = ['longhorn-manager-bxn55', 'longhorn-manager-fbc7r'].map((p, i) => `${p}   1/1     Running   0          20d   ${`172.24.3.${i + 2}`.padEnd(15)}${node.padEnd(15)}<none>           <none>`);
    const m = explain(['NAME                     READY   STATUS    RESTARTS   AGE   IP             NODE           NOMINATED NODE   READINESS GATES', ...rows].join('\n'));
    expect(m.rows.map((r) => r.node)).toEqual(rows.map(() => nodes[0] ?? null));
    expect(m.nodes.map((n) => n.name)).toEqual(nodes);
    expect(m.problems.map((p) => [p.line, p.code])).toEqual(problems);
  });
});

describe("OpenShift's DeploymentConfigs named by oc commands", () => {
  test.each([
    { name: 'a deployer pod deleted', cmd: '$ oc delete pod docker-registry-1-deploy', pod: 'docker-registry-1-gp1qt', owner: { kind: 'DeploymentConfig', name: 'docker-registry', confidence: 'high' } },
    { name: "a revision's ReplicationController scaled", cmd: '$ oc scale rc router-1 --replicas=1', pod: 'router-1-4dfym', owner: { kind: 'DeploymentConfig', name: 'router', confidence: 'high' } },
    { name: 'kubectl names none: only the oc listing makes one likely', cmd: '$ kubectl scale rc router-1 --replicas=1', pod: 'router-1-4dfym', owner: { kind: 'DeploymentConfig', name: 'router', confidence: 'medium' } },
  ])('$name', ({ cmd, pod, owner }) => {
    const m = explain([cmd, '$ oc get pods', 'NAME                      READY     STATUS    RESTARTS   AGE', `${pod.padEnd(26)}1/1       Running   0          5m`].join('\n'));
    expect(m.rows[0]?.workload).toEqual(owner);
  });
});

describe('one guess per owner', () => {
  const table = (rows: string[]) => ['NAME                 READY   STATUS                   RESTARTS   AGE', ...rows].join('\n');
  test.each([
    { name: 'a pod that ended without restarting makes its sibling a Job\'s too', rows: ['cert-init-szk-dgzfv  0/1     ContainerStatusUnknown   1          23h', 'cert-init-szk-stz6m  0/1     Completed                0          23h'], kind: 'Job', confidence: 'medium' },
    { name: "a Job's retry beside its failed attempt", rows: ['job-demo-wbtg5       0/1     Error                    0          44m', 'job-demo-rc9rt       1/1     Running                  0          76s'], kind: 'Job', confidence: 'medium' },
    { name: 'pods that restart and run: a DaemonSet, still a guess', rows: ['nginx-ingress-b9wdk  0/1     Running                  2          92s', 'nginx-ingress-njdhg  0/1     Error                    4          92s'], kind: 'DaemonSet', confidence: 'low' },
  ])('$name', ({ rows, kind, confidence }) => {
    const m = explain(table(rows));
    expect(m.rows.map((r) => [r.workload?.kind, r.workload?.confidence])).toEqual(rows.map(() => [kind, confidence]));
  });
  test('owners in different namespaces are guessed apart', () => {
    const m = explain(['NAMESPACE   NAME                 READY   STATUS      RESTARTS   AGE', 'a           log-agent-szk-stz6m  0/1     Completed   0          23h', 'b           log-agent-szk-dgzfv  1/1     Running     0          23h'].join('\n'));
    expect(m.rows.map((r) => r.workload?.kind)).toEqual(['Job', 'DaemonSet']);
  });
});

describe("one Job's pods (-l job-name=...)", () => {
  test('the Job the selector names owns the pods, surely', () => {
    const m = explain('$ kubectl get pods -l job-name=pi\nNAME       READY   STATUS      RESTARTS   AGE\npi-x7k2p   0/1     Completed   0          2m');
    expect(m.rows[0]?.workload).toEqual({ kind: 'Job', name: 'pi', confidence: 'high' });
  });
  test('a name that reads as a DaemonSet\'s is the Job\'s', () => {
    const m = explain('$ kubectl get pods -l job-name=node-agent\nNAME               READY   STATUS    RESTARTS   AGE\nnode-agent-x7k2p   1/1     Running   0          2m');
    expect(m.rows[0]?.workload).toEqual({ kind: 'Job', name: 'node-agent', confidence: 'high' });
  });
  test("an Indexed Job's pods (<job>-<index>-<5 chars>) under the Job listed above them", () => {
    const m = explain(['$ kubectl get jobs,pods', 'NAME                              STATUS    COMPLETIONS   DURATION   AGE', 'job.batch/demo-jobset-workers-0   Running   0/1           2s         2s', 'NAME                            READY   STATUS              RESTARTS   AGE', 'demo-jobset-workers-0-0-p44m7   0/1     ContainerCreating   0          2s'].join('\n'));
    expect(m.rows[0]?.workload).toEqual({ kind: 'Job', name: 'demo-jobset-workers-0', confidence: 'high' });
  });
  test('an index without that Job listed stays part of the name', () => {
    const m = explain(['NAME                            READY   STATUS              RESTARTS   AGE', 'demo-jobset-workers-0-0-p44m7   0/1     ContainerCreating   0          2s'].join('\n'));
    expect(m.rows[0]?.workload?.name).toBe('demo-jobset-workers-0-0');
  });
  test('without the selector the same row is a guess', () => {
    const m = explain('$ kubectl get pods\nNAME       READY   STATUS      RESTARTS   AGE\npi-x7k2p   0/1     Completed   0          2m');
    expect(m.rows[0]?.workload?.confidence).not.toBe('high');
  });
});

describe("one node's pods (--field-selector spec.nodeName=...)", () => {
  test('the rows are on that node, counted there, though no NODE column shows it', () => {
    const m = explain('$ kubectl get pods -A --field-selector spec.nodeName=10.200.220.157\nNAMESPACE     NAME               READY   STATUS    RESTARTS   AGE\nkube-system   kube-proxy-x7k2p   1/1     Running   0          9d\nshop          web-0              1/1     Running   0          9d');
    expect(m.rows.map((r) => r.node)).toEqual(['10.200.220.157', '10.200.220.157']);
    expect(m.nodes.map((n) => [n.name, n.pods, n.podsKnown, n.address])).toEqual([['10.200.220.157', 2, true, '10.200.220.157']]);
  });
});

describe("helm's release output", () => {
  test("NAMESPACE: gives the release's pods their namespace; its old Deployment table names their owner", () => {
    const m = explain(['$ helm status oketest', 'LAST DEPLOYED: Tue Aug  7 12:13:50 2018', 'NAMESPACE: oketest', 'STATUS: DEPLOYED', '', 'RESOURCES:', '==> v1beta2/Deployment', 'NAME    DESIRED  CURRENT  UP-TO-DATE  AVAILABLE  AGE', 'admin   1        1        1           1          11m', '', '==> v1/Pod(related)', 'NAME                    READY  STATUS   RESTARTS  AGE', 'admin-5c8f9d7b6d-2xq8z  1/1    Running  0         11m'].join('\n'));
    expect(m.otherTables.map((t) => t.kind)).toEqual(['deployment']);
    expect(m.rows.map((r) => [r.namespace, r.workload])).toEqual([['oketest', { kind: 'Deployment', name: 'admin', confidence: 'high' }]]);
    expect(m.findings.map((f) => f.id)).not.toContain('namespace-unknown');
  });
  test("each `==> v1/Kind` line names the table under it: a Role's NAME AGE is no watch of pods, an old StatefulSet's DESIRED CURRENT no ReplicaSet", () => {
    const m = explain(['NAMESPACE: core', '', 'RESOURCES:', '==> v1/Pod(related)', 'NAME                 READY  STATUS    RESTARTS  AGE', 'keycloak-keycloak-0  0/1    Init:0/1  0         2s', '', '==> v1beta1/Role', 'NAME               AGE', 'keycloak-keycloak  2s', '', '==> v1beta1/StatefulSet', 'NAME               DESIRED  CURRENT  AGE', 'keycloak-keycloak  1        1        2s', '', '==> v1beta1/RoleBinding', 'NAME               AGE', 'keycloak-keycloak  2s'].join('\n'));
    expect(m.rows.map((r) => [r.name, r.workload])).toEqual([['keycloak-keycloak-0', { kind: 'StatefulSet', name: 'keycloak-keycloak', confidence: 'high' }]]);
    expect(m.otherTables.map((t) => t.kind)).toEqual(['role', 'statefulset', 'rolebinding']);
    expect(m.findings.map((f) => f.id)).not.toContain('rows-repeated');
  });
  test('a NAMESPACE: line that names no namespace is prose', () => {
    expect(explain('NAMESPACE: Not set yet\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d').rows[0]?.namespace).toBeNull();
  });
});

describe('a CI log with a timestamp on every line', () => {
  test("GitHub Actions' raw log: the command echoed by set -x, the table under it", () => {
    const t = '2024-03-05T10:21:33.5234567Z';
    const m = explain([`${t} + kubectl get pods -A`, `${t} NAMESPACE     NAME                       READY   STATUS             RESTARTS      AGE`, `${t} kube-system   coredns-5d78c9869d-6cfbg   1/1     Running            0             3m`, `${t} myapp         web-7d4b9c8f6d-x2x9p       0/1     CrashLoopBackOff   4 (30s ago)   3m`].join('\n'));
    expect(m.rows.map((r) => [r.namespace, r.name, r.status, r.readBy])).toEqual([['kube-system', 'coredns-5d78c9869d-6cfbg', 'Running', 'offsets'], ['myapp', 'web-7d4b9c8f6d-x2x9p', 'CrashLoopBackOff', 'offsets']]);
    expect(m.problems).toEqual([]);
  });
});

describe('--output-watch-events', () => {
  const m = explain(['% kubectl get pods --output-watch-events --watch', 'EVENT      NAME               READY   STATUS      RESTARTS   AGE', 'ADDED      job-short-0-75crs  0/1     Pending     0          0s', 'MODIFIED   job-short-0-75crs  0/1     Running     0          3s', 'MODIFIED   job-short-0-75crs  0/1     Completed   0          22s', 'ADDED      web-7d4b9c8f6d-x2  1/1     Running     0          5d', 'DELETED    web-7d4b9c8f6d-x2  1/1     Terminating 0          5d'].join('\n'));
  test('the EVENT column leads a pod table; the flag takes no value, so --watch after it counts', () => {
    expect(m.rows.map((r) => [r.extra['EVENT'], r.status])).toEqual([['ADDED', 'Pending'], ['MODIFIED', 'Running'], ['MODIFIED', 'Completed'], ['ADDED', 'Running'], ['DELETED', 'Terminating']]);
    expect(m.commands[0]?.watch).toBe(true);
  });
  test('a pod the watch printed as DELETED no longer counts, and says why', () => {
    expect(m.findings.map((f) => [f.id, f.rows])).toContainEqual(['watch-deleted', [7]]);
    expect(m.findings.map((f) => f.id)).not.toContain('rows-gone');
  });
  test('so does a watched pod whose last line a later listing shows was deleted', () => {
    const m = explain(['$ kubectl get pods -w', 'NAME                   READY   STATUS      RESTARTS   AGE', 'pg-1-initdb-dfw95      0/1     Running     0          40s', 'pg-1-initdb-dfw95      0/1     Completed   0          90s', '^C', '$ kubectl get pods', 'NAME     READY   STATUS    RESTARTS   AGE', 'pg-1     1/1     Running   0          2m'].join('\n'));
    expect(m.rows.slice(0, 2).map((r) => r.workload?.kind)).toEqual(['Job', 'Job']);
  });
  test('every line of a watched pod has the owner its last line shows', () => {
    expect(m.rows.slice(0, 3).map((r) => r.workload)).toEqual(Array(3).fill({ kind: 'Job', name: 'job-short-0', confidence: 'medium' }));
  });
});

describe('k9s screens', () => {
  const screen = (title: string, header: string, rows: string[]) => {
    const width = Math.max(header.length, ...rows.map((r) => r.length)) + 2;
    const box = (l: string) => `│ ${l.padEnd(width)} │`;
    return [`┌${'─'.repeat(10)} ${title} ${'─'.repeat(10)}┐`, box(header), ...rows.map(box), `└${'─'.repeat(width + 2)}┘`].join('\n');
  };
  test("a one-namespace view: the title gives the rows' namespace; IP and NODE are no edited paste", () => {
    const m = explain(screen('Pods(shop)[2]', 'NAME↑                     PF READY STATUS             RESTARTS IP          NODE     AGE', [
      'cart-7d4b9c8f6d-x2x9p     ●  1/1   Running                   0 10.244.1.7  worker-1 5d',
      'cart-7d4b9c8f6d-q8r2m     ●  0/1   CrashLoopBackOff         41 10.244.2.9  worker-2 5d',
    ]));
    expect(m.rows.map((r) => [r.namespace, r.name, r.status, r.restarts?.count, r.node, r.readBy, r.workload?.kind])).toEqual([
      ['shop', 'cart-7d4b9c8f6d-x2x9p', 'Running', 0, 'worker-1', 'offsets', 'Deployment'],
      ['shop', 'cart-7d4b9c8f6d-q8r2m', 'CrashLoopBackOff', 41, 'worker-2', 'offsets', 'Deployment'],
    ]);
    expect(m.rows[1]?.next.map((n) => n.command)).toContain('kubectl -n shop logs cart-7d4b9c8f6d-q8r2m --previous');
    expect(m.findings.map((f) => f.id)).not.toContain('command-not-wide');
    expect(m.problems).toEqual([]);
  });
  test("a pod's containers view is not a pod table", () => {
    const m = explain(screen('Containers(argocd/argocd-repo-server-5457fff8c9-knr2s)[2]', 'NAME↑                 PF  IMAGE     READY  STATE       INIT     RESTARTS AGE', [
      'argocd-repo-server    ●   alpine    true   Running     false           0 4d23h',
      'copyutil              ●   alpine    true   Completed   true            0 4d23h',
    ]));
    expect(hasPodTable(m)).toBe(false);
    expect(m.rows).toEqual([]);
  });
});

describe('explain never throws and reports problems', () => {
  const cases = [
    { name: 'empty', input: '', code: 'empty-input' },
    { name: 'only spaces', input: '    \n   \n', code: 'empty-input' },
    { name: 'binary', input: '\u0000\u0001\u0002\u0003PK\u0003\u0004'.repeat(200), code: 'binary-input' },
    { name: 'size cap', input: 'x'.repeat(20_000_001), code: 'input-too-large' },
    { name: 'one 1 MB line', input: 'a'.repeat(1_000_000), code: 'line-too-long' },
    { name: 'hostile line under a header is prose', input: 'NAME    READY   STATUS    RESTARTS   AGE\n<script>x</script> 1/1 "]; click 0 0 0', code: 'header-without-rows' },
    { name: 'a table-shaped line that is no pod row', input: 'NAME    READY   STATUS    RESTARTS   AGE\nweb-0 1/1 2/2 3/3 4/4 5/5', code: 'unrecognised-line' },
  ];
  test.each(cases)('$name', ({ input, code }) => {
    const t0 = Date.now();
    const m = explain(input);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(m.problems.map((p) => p.code)).toContain(code);
    expect(hasPodTable(m)).toBe(input.startsWith('NAME'));
  });
  test('a 10 MB paste of rows is read', () => {
    const row = 'kube-system   calico-node-6r9bf   1/1     Running   1          22h   192.168.1.103   w3-k8s   <none>           <none>\n';
    const text = `NAMESPACE     NAME                READY   STATUS    RESTARTS   AGE   IP              NODE     NOMINATED NODE   READINESS GATES\n${row.repeat(Math.floor(10_000_000 / row.length))}`;
    const m = explain(text);
    expect(m.rows.length).toBe(Math.floor(10_000_000 / row.length));
    expect(m.problems).toEqual([]);
  }, 60_000);
  test('250k pods that restarted together make one finding (a spread of their rows overflowed the stack)', () => {
    const n = 250_000;
    const rows = Array.from({ length: n }, (_, i) => `web-${i} 1/1 Running 2 (5m ago) 5d3h`);
    const m = explain(`NAME READY STATUS RESTARTS AGE\n${rows.join('\n')}\n`);
    expect(m.rows.length).toBe(n);
    const together = m.findings.find((f) => f.id === 'restarts-together');
    expect(together?.vars).toEqual({ count: n, ago: '5m' });
    expect(together?.rows.length).toBe(n);
  }, 60_000);
  test('NULs inside a table are dropped', () => {
    const m = explain('NAME    READY   STATUS    RESTARTS   AGE\nweb-0\u0000   1/1     Running   0          5d\n');
    expect(m.rows[0]?.name).toBe('web-0');
  });
});

describe('toPodRow', () => {
  test('-n fills the namespace of rows without the column; -A does not', () => {
    const r = readTables(['$ kubectl get pods -n shop', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d']);
    expect(toPodRow(r.rows[0]!).namespace).toBe('shop');
  });
  test('extra -L columns pass through', () => {
    const r = readTables(['NAME    READY   STATUS    RESTARTS   AGE   APP', 'web-0   1/1     Running   0          5d    shop']);
    expect(toPodRow(r.rows[0]!).extra).toEqual({ APP: 'shop' });
  });
});

describe('an OpenShift 4 control-plane node', () => {
  const columns = ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'];
  const row = (ns: string, name: string, ready: string, status: string, ip: string): string[] => [ns, name, ready, status, '0', '12d', ip, 'crc-master-0', '<none>', '<none>'];
  const text = `$ oc get pods -A -o wide\n${printTable(columns, [
    row('openshift-kube-apiserver', 'installer-11-crc-master-0', '0/1', 'Completed', '10.217.0.45'),
    row('openshift-kube-apiserver', 'kube-apiserver-crc-master-0', '5/5', 'Running', '192.168.126.11'),
    row('openshift-kube-apiserver', 'revision-pruner-11-crc-master-0', '0/1', 'Completed', '10.217.0.46'),
    row('openshift-kube-controller-manager', 'kube-controller-manager-crc-master-0', '4/4', 'Running', '192.168.126.11'),
    row('openshift-kube-scheduler', 'openshift-kube-scheduler-crc-master-0', '3/3', 'Running', '192.168.126.11'),
    row('openshift-sdn', 'sdn-k4l75', '2/2', 'Running', '192.168.126.11'),
  ])}\n`;
  const m = explain(text);
  const by = (name: string) => m.rows.find((r) => r.name === name);
  test('its scheduler static pod counts: no control-plane component reported missing', () => {
    expect(by('openshift-kube-scheduler-crc-master-0')?.component).toBe('kube-scheduler');
    expect(by('openshift-kube-scheduler-crc-master-0')?.workload).toEqual({ kind: 'StaticPod', name: 'openshift-kube-scheduler', confidence: 'high' });
    expect(m.nodes.find((n) => n.name === 'crc-master-0')?.role).toBe('control-plane');
    expect(m.findings.map((f) => f.id)).not.toContain('control-plane-incomplete');
  });
  test('the operator\'s installer and pruner are bare pods on the pod network', () => {
    for (const name of ['installer-11-crc-master-0', 'revision-pruner-11-crc-master-0']) {
      expect(by(name)?.workload).toEqual({ kind: 'Pod', name, confidence: 'high' });
      expect(by(name)?.network).toBe('pod');
    }
    expect(by('installer-11-crc-master-0')?.component).toBe('openshift-installer');
    expect(by('kube-apiserver-crc-master-0')?.workload).toEqual({ kind: 'StaticPod', name: 'kube-apiserver', confidence: 'high' });
    expect(by('kube-controller-manager-crc-master-0')?.workload).toEqual({ kind: 'StaticPod', name: 'kube-controller-manager', confidence: 'high' });
  });
  test('OpenShift SDN is the CNI', () => {
    expect(by('sdn-k4l75')).toMatchObject({ component: 'openshift-sdn', workload: { kind: 'DaemonSet', name: 'sdn', confidence: 'high' }, network: 'host' });
    expect(m.cluster.cni).toBe('openshift-sdn');
  });
});

describe("kube-up's per-node static pods on GCE", () => {
  test.each([
    { name: 'pasted without a namespace, fluentd-elasticsearch on kubernetes-minion-1rtv (da/05)', paste: ['NAME                                           READY     REASON    RESTARTS   AGE', 'fluentd-elasticsearch-kubernetes-minion-1rtv   1/1       Running   0          11m', 'fluentd-elasticsearch-kubernetes-minion-6bob   1/1       Running   0          10m'], owner: 'StaticPod/fluentd-elasticsearch', nodes: ['kubernetes-minion-1rtv', 'kubernetes-minion-6bob'] },
    { name: "a node's four digits are no ordinal (da/23)", paste: ['NAMESPACE     NAME                                           READY     STATUS    RESTARTS   AGE', 'kube-system   fluentd-elasticsearch-kubernetes-minion-6896   1/1       Running   0          2h', 'kube-system   fluentd-elasticsearch-kubernetes-minion-5oq0   1/1       Running   0          2h'], owner: 'StaticPod/fluentd-elasticsearch', nodes: ['kubernetes-minion-5oq0', 'kubernetes-minion-6896'] },
    { name: "the nodes kube-proxy's static pods name carry the others (da/24)", paste: ['NAMESPACE     NAME                                                 READY     STATUS    RESTARTS   AGE', 'kube-system   fluentd-cloud-logging-kubernetes-minion-group-3s5i   1/1       Running   0          4m', 'kube-system   kube-proxy-kubernetes-minion-group-3s5i              1/1       Running   0          4m'], owner: 'StaticPod/fluentd-cloud-logging', nodes: ['kubernetes-minion-group-3s5i'] },
  ])('$name', ({ paste, owner, nodes }) => {
    const m = explain(paste.join('\n'));
    expect(`${m.rows[0]?.workload?.kind}/${m.rows[0]?.workload?.name}`).toBe(owner);
    expect(m.nodes.map((n) => n.name).sort()).toEqual(nodes);
  });
  test('kube-proxy on a node another static pod names stays sure', () => {
    const m = explain('NAMESPACE     NAME                         READY     STATUS    RESTARTS   AGE\nkube-system   kube-apiserver-172.16.1.19   1/1       Running   0          2d\nkube-system   kube-proxy-172.16.1.19       1/1       Running   0          2d');
    expect(m.rows[1]?.workload).toEqual({ kind: 'StaticPod', name: 'kube-proxy', confidence: 'high' });
  });
});

describe('a control-plane pod whose name ends in a node the others share', () => {
  const header = 'NAMESPACE     NAME                                       READY     STATUS    RESTARTS   AGE';
  test.each([
    { name: "kube-up's etcd-empty-dir-cleanup on kubernetes-master makes no node of its own (da/24)", rows: ['kube-system   etcd-empty-dir-cleanup-kubernetes-master   1/1       Running   0          4m', 'kube-system   kube-apiserver-kubernetes-master           1/1       Running   2          5m', 'kube-system   kube-scheduler-kubernetes-master           1/1       Running   0          4m'], owner: 'StaticPod/etcd-empty-dir-cleanup', nodes: ['kubernetes-master'] },
    { name: 'nodes master and k8s-master that two pods each name stay two', rows: ['kube-system   kube-apiserver-k8s-master                  1/1       Running   0          4m', 'kube-system   kube-scheduler-k8s-master                  1/1       Running   0          4m', 'kube-system   kube-apiserver-master                      1/1       Running   0          4m', 'kube-system   kube-scheduler-master                      1/1       Running   0          4m'], owner: 'StaticPod/kube-apiserver', nodes: ['k8s-master', 'master'] },
  ])('$name', ({ rows, owner, nodes }) => {
    const m = explain([header, ...rows].join('\n'));
    expect(`${m.rows[0]?.workload?.kind}/${m.rows[0]?.workload?.name}`).toBe(owner);
    expect(m.nodes.map((n) => n.name).sort()).toEqual(nodes);
  });
});

describe('a self-hosted control plane of before 1.8 (bootkube)', () => {
  const header = 'NAMESPACE     NAME                                       READY     STATUS    RESTARTS   AGE';
  test.each([
    { name: 'a decimal-hash Deployment of the controller manager makes no node', rows: ['kube-system   kube-controller-manager-439902065-h5ngz    1/1       Running   0          10m', 'kube-system   kube-controller-manager-439902065-mrsx4    1/1       Running   1          10m'], owner: 'Deployment/kube-controller-manager', nodes: [] },
    { name: "beside decimal hashes, the apiserver DaemonSet's suffix with a 3 makes no node", rows: ['kube-system   kube-apiserver-3s476                       1/1       Running   2          10m', 'kube-system   kube-dns-2431531914-zp3d0                  3/3       Running   0          10m'], owner: 'DaemonSet/kube-apiserver', nodes: [] },
    { name: 'without decimal hashes, such a suffix is still a node', rows: ['kube-system   kube-apiserver-3s476                       1/1       Running   2          10m'], owner: 'StaticPod/kube-apiserver', nodes: ['3s476'] },
    { name: 'beside suffixes with vowels (before 1.5), the apiserver DaemonSet\'s z6f9e makes no node (da/03)', rows: ['kube-system   kube-apiserver-z6f9e                       1/1       Running   0          3m', 'kube-system   kube-dns-v11-1943182923-7embo              4/4       Running   0          3m', 'kube-system   kube-proxy-ed6af                           1/1       Running   0          3m'], owner: 'DaemonSet/kube-apiserver', nodes: [] },
    { name: 'nor the controller manager\'s slia7, a word and a digit (da/03)', rows: ['kube-system   kube-controller-manager-slia7              1/1       Running   0          3m', 'kube-system   kube-proxy-ed6af                           1/1       Running   0          3m'], owner: 'DaemonSet/kube-controller-manager', nodes: [] },
    { name: 'beside suffixes with vowels, a node1 two control-plane pods share is still a node', rows: ['kube-system   kube-apiserver-node1                       1/1       Running   0          3m', 'kube-system   kube-scheduler-node1                       1/1       Running   0          3m', 'kube-system   kube-proxy-ed6af                           1/1       Running   0          3m'], owner: 'StaticPod/kube-apiserver', nodes: ['node1'] },
    { name: 'control-plane pods that share the suffix name a node', rows: ['kube-system   etcd-k8s01                                 1/1       Running   0          10m', 'kube-system   kube-apiserver-k8s01                       1/1       Running   0          10m', 'kube-system   kube-dns-2431531914-zp3d0                  3/3       Running   0          10m'], owner: 'StaticPod/etcd', nodes: ['k8s01'] },
  ])('$name', ({ rows, owner, nodes }) => {
    const m = explain([header, ...rows].join('\n'));
    expect(`${m.rows[0]?.workload?.kind}/${m.rows[0]?.workload?.name}`).toBe(owner);
    expect(m.nodes.map((n) => n.name)).toEqual(nodes);
  });
});

describe("Velero's data mover pods beside its node agent", () => {
  const agent = 'velero   node-agent-75ffx   1/1   Running   0   3m35s';
  test.each([
    { name: 'a DataUpload\'s pod that cannot pull its image (fd/03)', rows: [agent, 'velero   dm-02-kpzp6   0/1   ImagePullBackOff   0   2m33s'], owner: 'Pod/dm-02-kpzp6', component: 'velero-data-mover' },
    { name: 'one just created, Pending, in OADP\'s namespace', rows: ['openshift-adp   node-agent-bb57f   1/1   Running   0   4m', 'openshift-adp   test-02-s5pz4   0/1   Pending   0   0s'], owner: 'Pod/test-02-s5pz4', component: 'velero-data-mover' },
    { name: 'without the node agent listed: no data mover read', rows: ['velero   dm-02-kpzp6   0/1   ImagePullBackOff   0   2m33s'], owner: 'DaemonSet/dm-02', component: null },
    { name: 'a Completed one is some Job\'s (the MinIO example\'s setup)', rows: [agent, 'velero   minio-setup-7kq2p   0/1   Completed   0   5m'], owner: 'Job/minio-setup', component: null },
    { name: 'elsewhere, a node-agent beside it says nothing of Velero', rows: ['default   node-agent-75ffx   1/1   Running   0   3m', 'default   dm-02-kpzp6   0/1   Pending   0   2m'], owner: 'DaemonSet/dm-02', component: null },
  ])('$name', ({ rows, owner, component }) => {
    const r = explain(['NAMESPACE   NAME   READY   STATUS    RESTARTS   AGE', ...rows].join('\n')).rows.at(-1);
    expect(`${r?.workload?.kind}/${r?.workload?.name}`).toBe(owner);
    expect(r?.component ?? null).toBe(component);
  });
});

describe('a CronJob stamp in seconds, or a decimal hash', () => {
  test.each([
    { name: 'ten digits past mid-2025 are a hash', rows: ['tectonic-console-2055137340-5wsbk   1/1   Running   0   1d'], owner: 'Deployment/tectonic-console' },
    { name: 'ten digits of 2019 on a whole minute are a CronJob second', rows: ['hello-1576676700-x7k2p   0/1   Completed   0   1d'], owner: 'CronJob/hello' },
    { name: 'beside decimal hashes, ten digits on a whole minute are one more hash', rows: ['web-1062112118-06t7s   1/1   Running   0   1d', 'hello-1576676700-x7k2p   1/1   Running   0   1d'], owner: 'Deployment/hello' },
    { name: 'beside decimal hashes, a pod of ten digits on a whole minute that Completed is still its CronJob\'s', rows: ['web-1062112118-06t7s   1/1   Running   0   1d', 'hello-1576676700-x7k2p   0/1   Completed   0   1d'], owner: 'CronJob/hello' },
    { name: 'a Helm hook Job named by the second (am/13), Completed: a Job', rows: ['nai-clickhouse-schema-job-1780198147-q9drf   0/1   Completed   0   6m'], owner: 'Job/nai-clickhouse-schema-job-1780198147' },
    { name: 'that hook Job makes no decimal-hash paste: the CronJob beside it stays one (am/13)', rows: ['nai-api-77bcff5b4f-hdnp6   1/1   Running   2 (1m ago)   6m', 'nai-clickhouse-schema-job-1780198147-q9drf   0/1   Completed   0   6m', 'nai-pulse-job-29671205-4t2kp   0/1   Completed   0   7m'], owner: 'CronJob/nai-pulse-job' },
    { name: 'nor does it while running: the CronJob beside it stays one', rows: ['nai-clickhouse-schema-job-1780198147-q9drf   1/1   Running   0   6m', 'nai-pulse-job-29671205-4t2kp   0/1   Completed   0   7m'], owner: 'CronJob/nai-pulse-job' },
    { name: 'a CronJob of old controllers beside a Completed pod of a non-stamp digit run (am/13)', rows: ['report-1780198147-q9drf   0/1   Completed   0   6m', 'cost-analyzer-checks-1571781600-6mhwh   0/1   Completed   0   7m'], owner: 'CronJob/cost-analyzer-checks' },
    { name: 'ten digits of a moment behind the older generator\'s suffix still mark a decimal-hash paste', rows: ['kube-discovery-1769846148-1zxv9   1/1   Running   0   1d', 'hello-1576676700-x7k2p   1/1   Running   0   1d'], owner: 'Deployment/hello' },
    { name: 'a decimal hash whose pod Completed with no restart: a Job', rows: ['nginxv3-2622272071-l07wt   0/1   Completed   0   1d'], owner: 'Job/nginxv3-2622272071' },
    { name: 'a safe-encoded hash of digits only, Completed (a graceful node shutdown): still a Deployment', rows: ['coredns-6975654877-42vh9   0/1   Completed   0   1d'], owner: 'Deployment/coredns' },
    { name: 'a decimal hash that Completed after restarts: still a Deployment', rows: ['nginxv3-2622272071-l07wt   0/1   Completed   3   1d'], owner: 'Deployment/nginxv3' },
    { name: 'moments in seconds minutes apart on two rows: Jobs named by them, even stuck in init (fd/06)', rows: ['etcd-backup-5g7zrr4vsn-1530976182-lxd4x   0/1   Init:CrashLoopBackOff   530   1d', 'etcd-backup-2dp5fj857p-1530976324-krxf4   0/1   Init:CrashLoopBackOff   530   1d'], owner: 'Job/etcd-backup-2dp5fj857p-1530976324' },
    { name: 'one such number alone, running: still a decimal hash\'s Deployment', rows: ['etcd-backup-2dp5fj857p-1530976324-krxf4   0/1   Init:CrashLoopBackOff   530   1d'], owner: 'Deployment/etcd-backup-2dp5fj857p' },
    { name: 'the same number on two pods is one ReplicaSet\'s hash, no run', rows: ['web-1530976324-krxf4   1/1   Running   0   1d', 'web-1530976324-lxd4x   1/1   Running   0   1d'], owner: 'Deployment/web' },
    { name: 'two numbers years apart are two hashes, no runs', rows: ['api-1530976324-krxf4   1/1   Running   0   1d', 'web-1769846148-lxd4x   1/1   Running   0   1d'], owner: 'Deployment/web' },
  ])('$name', ({ rows, owner }) => {
    const r = explain(['NAME   READY   STATUS    RESTARTS   AGE', ...rows].join('\n')).rows.at(-1);
    expect(`${r?.workload?.kind}/${r?.workload?.name}`).toBe(owner);
  });
});

describe('an Error with a container still ready', () => {
  test.each([
    { name: 'in its first seconds: no sign of a Job, and the pod still runs', row: 'netmaster-g6k5n   2/3   Error   0   5s', owner: 'DaemonSet', confidence: 'low', phase: 'Running' },
    { name: 'for minutes without a restart: a Job with a sidecar', row: 'report-g6k5n   1/2   Error   0   12m', owner: 'Job', confidence: 'medium', phase: 'Running' },
    { name: 'no container ready: an end, a Job', row: 'backup-x7k2p   0/1   Error   0   5s', owner: 'Job', confidence: 'medium', phase: 'Failed' },
  ])('$name', ({ row, owner, confidence, phase }) => {
    const r = explain(`NAME   READY   STATUS   RESTARTS   AGE\n${row}`).rows[0];
    expect([r?.workload?.kind, r?.workload?.confidence, r?.phase]).toEqual([owner, confidence, phase]);
  });
});

describe('ReplicationControllers the paste names', () => {
  test.each([
    { name: "describe's Controlled By", describe: ['Name:           kubernetes-dashboard-tsvx8', 'Controlled By:  ReplicationController/kubernetes-dashboard'], owner: { kind: 'ReplicationController', name: 'kubernetes-dashboard', confidence: 'high' } },
    { name: "describe's Controllers (kubectl before 1.7)", describe: ['Name:           kubernetes-dashboard-tsvx8', 'Controllers:\tReplicationController/kubernetes-dashboard'], owner: { kind: 'ReplicationController', name: 'kubernetes-dashboard', confidence: 'high' } },
    { name: "Kubernetes 1.0's Replication Controllers (d/16)", describe: ['Name:           kubernetes-dashboard-tsvx8', 'Replication Controllers:        kubernetes-dashboard (2/2 replicas created)'], owner: { kind: 'ReplicationController', name: 'kubernetes-dashboard', confidence: 'high' } },
    { name: "another pod's RC named: the guess stays", describe: ['Name:           heapster-x7k2p', 'Controlled By:  ReplicationController/heapster'], owner: { kind: 'DaemonSet', name: 'kubernetes-dashboard', confidence: 'low' } },
    { name: 'an RC named with no describe block: its pods are its', describe: ['Controlled By:  ReplicationController/kubernetes-dashboard'], owner: { kind: 'ReplicationController', name: 'kubernetes-dashboard', confidence: 'high' } },
    { name: 'nothing named: the guess stays', describe: ['Name:           kubernetes-dashboard-tsvx8'], owner: { kind: 'DaemonSet', name: 'kubernetes-dashboard', confidence: 'low' } },
  ])('$name', ({ describe: lines, owner }) => {
    const m = explain(['NAME                         READY   STATUS             RESTARTS   AGE', 'kubernetes-dashboard-tsvx8   0/1     CrashLoopBackOff   12         1d', '> kubectl describe pod kubernetes-dashboard-tsvx8 -n kube-system', ...lines].join('\n'));
    expect(m.rows[0]?.workload).toEqual(owner);
  });
});

describe("ReplicaSets and ReplicationControllers the paste's commands name (hunt by/13, by/21)", () => {
  const table = ['$ kubectl get pods', 'NAME                  READY   STATUS    RESTARTS   AGE', 'tmp-webserver-2f78c   1/1     Running   0          46m'];
  test.each([
    { name: '`kubectl scale rc <name>`', cmds: ['$ kubectl scale rc tmp-webserver --replicas=3'], owner: 'ReplicationController/tmp-webserver/high' },
    { name: '`kubectl expose rc/<name>`', cmds: ['$ kubectl expose rc/tmp-webserver --type=LoadBalancer --name=tmp-webserver-http'], owner: 'ReplicationController/tmp-webserver/high' },
    { name: '`kubectl describe rs <name>`', cmds: ['$ kubectl describe rs tmp-webserver'], owner: 'ReplicaSet/tmp-webserver/high' },
    { name: '`kubectl delete replicasets.apps <name>`', cmds: ['$ kubectl delete replicasets.apps tmp-webserver'], owner: 'ReplicaSet/tmp-webserver/high' },
    { name: '`kubectl label rs <name> <label>`: the label is no name', cmds: ['$ kubectl label rs tmp-webserver tier=web'], owner: 'ReplicaSet/tmp-webserver/high' },
    { name: '`kubectl run <name> --generator=run/v1` (kubectl before 1.18) made a ReplicationController', cmds: ['$ kubectl run tmp-webserver --image=nginx --port=8088 --generator=run/v1'], owner: 'ReplicationController/tmp-webserver/high' },
    { name: '`--generator=run-pod/v1` made a pod of that name, none of these', cmds: ['$ kubectl run tmp-webserver --image=nginx --generator=run-pod/v1'], owner: 'DaemonSet/tmp-webserver/low' },
    { name: '`kubectl get rs` names none: the guess stays', cmds: ['$ kubectl get rs'], owner: 'DaemonSet/tmp-webserver/low' },
    { name: 'another name: the guess stays', cmds: ['$ kubectl scale rc web --replicas=3'], owner: 'DaemonSet/tmp-webserver/low' },
    { name: '`kubectl create -f <name>-rc.yml`: the ReplicationController that file makes (Selenium\'s README, hunt cf/13)', cmds: ['$ kubectl create -f selenium/tmp-webserver-rc.yml'], owner: 'ReplicationController/tmp-webserver/medium' },
    { name: '`kubectl apply --filename=<name>-rc.json`', cmds: ['$ kubectl apply --filename=tmp-webserver-rc.json'], owner: 'ReplicationController/tmp-webserver/medium' },
    { name: 'a file says a ReplicationController, a later command names a ReplicaSet: the command\'s word wins', cmds: ['$ kubectl create -f tmp-webserver-rc.yml', '$ kubectl describe rs tmp-webserver'], owner: 'ReplicaSet/tmp-webserver/high' },
    { name: 'a file and a command both say it: sure', cmds: ['$ kubectl create -f tmp-webserver-rc.yml', '$ kubectl scale rc tmp-webserver --replicas=2'], owner: 'ReplicationController/tmp-webserver/high' },
    { name: 'a file not named -rc: the guess stays', cmds: ['$ kubectl create -f tmp-webserver-rs.yml'], owner: 'DaemonSet/tmp-webserver/low' },
    { name: 'another -rc file: the guess stays', cmds: ['$ kubectl create -f web-rc.yml'], owner: 'DaemonSet/tmp-webserver/low' },
    { name: '`kubectl delete -f <name>-rc.yml` makes none', cmds: ['$ kubectl delete -f tmp-webserver-rc.yml'], owner: 'DaemonSet/tmp-webserver/low' },
    { name: '`kubectl rolling-update <rc> -f <file>` (kubectl before 1.18) names the ReplicationController it replaces', cmds: ['$ kubectl rolling-update tmp-webserver -f tmp-webserver-v2.yaml'], owner: 'ReplicationController/tmp-webserver/high' },
    { name: '`kubectl rolling-update <old> <new> --image=<image>`: the new one too', cmds: ['$ kubectl rolling-update web tmp-webserver --image=nginx:1.9'], owner: 'ReplicationController/tmp-webserver/high' },
    { name: "rolling-update's progress line, its command not in the paste (dy/04)", cmds: ['Scaling up tmp-webserver from 0 to 3, scaling down tmp-webserver-rollout from 3 to 0 (keep 3 pods available, don\'t exceed 4 pods)'], owner: 'ReplicationController/tmp-webserver/high' },
    { name: 'a progress line naming others: the guess stays', cmds: ['Scaling up api from 0 to 3, scaling down api-rollout from 3 to 0 (keep 3 pods available, don\'t exceed 4 pods)'], owner: 'DaemonSet/tmp-webserver/low' },
  ])('$name', ({ cmds, owner }) => {
    const w = explain([...cmds, ...table].join('\n')).rows[0]?.workload;
    expect(`${w?.kind}/${w?.name}/${w?.confidence}`).toBe(owner);
  });

  test.each([
    { name: 'a Deployment its rollout commands name, its pods shortened by hand to <deployment>-<n> (dy/14)', cmds: ['$ kubectl rollout undo deployment/my-deployment'], owner: 'Deployment/my-deployment/low' },
    { name: 'by `deploy <name>`', cmds: ['$ kubectl scale deploy my-deployment --replicas=2'], owner: 'Deployment/my-deployment/low' },
    { name: 'another Deployment named: the StatefulSet guess stays (low: no -0 in a whole listing, dz/10)', cmds: ['$ kubectl rollout status deployment/web'], owner: 'StatefulSet/my-deployment/low' },
  ])('$name', ({ cmds, owner }) => {
    const m = explain([...cmds, '$ kubectl get po', 'NAME              READY   STATUS    RESTARTS   AGE', 'my-deployment-2   0/1     Pending   0          49s', 'my-deployment-1   1/1     Running   0          20h'].join('\n'));
    const w = m.rows[1]?.workload;
    expect(`${w?.kind}/${w?.name}/${w?.confidence}`).toBe(owner);
  });

  test('a pod, a Deployment and a ReplicaSet all named kuard (KUAR notes): each pod its own', () => {
    const m = explain(['> kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:1', 'deployment "kuard" created', '> kubectl delete deployments/kuard', '> kubectl apply -f 5-1-kuard-pod.yaml', 'pod "kuard" created', '> kubectl get pods', 'NAME      READY     STATUS    RESTARTS   AGE', 'kuard     1/1       Running   0          6s', '> kubectl get pods', 'NAME          READY     STATUS    RESTARTS   AGE', 'kuard-2n65h   1/1       Running   0          7s', '> kubectl describe rs kuard', 'Name:         kuard'].join('\n'));
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`)).toEqual(['Pod/kuard/high', 'ReplicaSet/kuard/high']);
  });
});

describe('a pod deleted by name and back under it: a static pod\'s mirror (hunt bv/14)', () => {
  const listing = (age: string) => ['[joe@my-master ~] $ kubectl get pods', 'NAME                       READY     STATUS    RESTARTS   AGE', `static-web-my-node1        1/1       Running   0          ${age}`];
  const owners = (lines: string[]) => explain(lines.join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`);
  test.each([
    { name: "the docs' static-web-my-node1, younger after the delete: static-web, its node named like the prompt's host", lines: [...listing('2m'), '[joe@my-master ~] $ kubectl delete pod static-web-my-node1', 'pods/static-web-my-node1', ...listing('12s')], owners: ['StaticPod/static-web/low', 'StaticPod/static-web/low'] },
    { name: 'deleted as pod/<name>, not listed before', lines: ['[joe@my-master ~] $ kubectl delete pod/static-web-my-node1', ...listing('12s')], owners: ['StaticPod/static-web/low'] },
    { name: 'the host is the node itself', lines: ['[joe@my-node1 ~] $ kubectl delete pod static-web-my-node1', ...listing('12s').map((l) => l.replace('my-master', 'my-node1'))], owners: ['StaticPod/static-web/low'] },
    { name: 'no older after the delete: the delete did not take, the guess stays', lines: [...listing('2m'), '[joe@my-master ~] $ kubectl delete pod static-web-my-node1', ...listing('3m')], owners: ['Pod/static-web-my-node1/low', 'Pod/static-web-my-node1/low'] },
    { name: 'made again by a command between: the guess stays', lines: [...listing('2m'), '[joe@my-master ~] $ kubectl delete pod static-web-my-node1', '[joe@my-master ~] $ kubectl apply -f static-web.yaml', ...listing('12s')], owners: ['Pod/static-web-my-node1/low', 'Pod/static-web-my-node1/low'] },
    { name: "no host to split the name by (KodeKloud's static-greenbox-node01, hunt di/04): a static pod's still, named in full", lines: [...listing('2m').map((l) => l.replace('[joe@my-master ~] ', '')), '$ kubectl delete pod static-web-my-node1', ...listing('12s').map((l) => l.replace('[joe@my-master ~] ', ''))], owners: ['StaticPod/static-web-my-node1/low', 'StaticPod/static-web-my-node1/low'] },
    { name: 'listed only before the delete: the guess stays', lines: [...listing('2m'), '[joe@my-master ~] $ kubectl delete pod static-web-my-node1'], owners: ['Pod/static-web-my-node1/low'] },
  ])('$name', ({ lines, owners: expected }) => {
    expect(owners(lines)).toEqual(expected);
  });
});

describe("generateName in the paste's own `kind: Pod` manifest (kueue#9482)", () => {
  const table = ['$ kubectl get pods -n kueue-test', 'NAME                READY   STATUS            RESTARTS   AGE', 'kueue-sleep-qw5hb   0/1     SchedulingGated   0          9s'];
  test.each([
    { name: 'a manifest that makes pods by generateName: a bare pod', manifest: ['apiVersion: v1', 'kind: Pod', 'metadata:', '  generateName: kueue-sleep-', '  namespace: kueue-test'], owner: 'Pod/kueue-sleep-qw5hb/high' },
    { name: 'quoted, in a List', manifest: ['items:', '- apiVersion: v1', '  kind: "Pod"', '  metadata:', '    generateName: "kueue-sleep-"'], owner: 'Pod/kueue-sleep-qw5hb/high' },
    { name: "a pod's -o yaml with its owner reference: the owner's, not a bare pod", manifest: ['apiVersion: v1', 'kind: Pod', 'metadata:', '  generateName: kueue-sleep-', '  ownerReferences:', '  - apiVersion: batch/v1', '    kind: Job', '    name: kueue-sleep'], owner: 'Job/kueue-sleep/low' },
    { name: "a Job's pod template: the guess stays", manifest: ['apiVersion: batch/v1', 'kind: Job', 'metadata:', '  generateName: kueue-sleep-', 'spec:', '  template:', '    metadata:', '      generateName: kueue-sleep-'], owner: 'Job/kueue-sleep/low' },
    { name: 'a pod manifest of another prefix: the guess stays', manifest: ['kind: Pod', 'metadata:', '  generateName: kueue-'], owner: 'Job/kueue-sleep/low' },
    { name: 'a later object of another kind does not undo the pod', manifest: ['kind: Pod', 'metadata:', '  generateName: kueue-sleep-', '---', 'kind: LocalQueue', 'metadata:', '  name: user-queue'], owner: 'Pod/kueue-sleep-qw5hb/high' },
  ])('$name', ({ manifest, owner }) => {
    const w = explain([...manifest, '', ...table].join('\n')).rows[0]?.workload;
    expect(`${w?.kind}/${w?.name}/${w?.confidence}`).toBe(owner);
  });
});

describe("`kubectl describe pod` beside the listing: its pod's namespace, node and owner", () => {
  const table = ['NAME                                  READY   STATUS     RESTARTS   AGE', 'hello-world-xr5lw                     1/2     NotReady   0          13m', 'web-7d4b9c8f6d-x7k2p                  1/1     Running    0          9d', 'web-7d4b9c8f6d-q9zt5                  1/1     Running    0          9d'];
  const head = (name: string, ...rest: string[]) => [`Name:         ${name}`, 'Namespace:    argo', 'Priority:     0', 'Node:         11.0.2.157/11.0.2.157', 'Start Time:   Sat, 03 Jul 2021 09:14:09 +0800', 'Labels:       workflows.argoproj.io/completed=false', '              workflows.argoproj.io/workflow=hello-world-xr5lw', 'Status:       Running', 'IP:           10.244.1.207', 'IPs:', '  IP:           10.244.1.207', ...rest];
  const owners = (m: ReturnType<typeof explain>) => m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`);
  test.each([
    { name: "an Argo one-step workflow's pod (ab/22): the Workflow, the node, the namespace for the listing", lines: [...table, '$ kubectl -n argo describe pod hello-world-xr5lw', ...head('hello-world-xr5lw', 'Controlled By:  Workflow/hello-world-xr5lw', 'Containers:', '  wait:')], owners: ['Workflow/hello-world-xr5lw/high', 'Deployment/web/high', 'Deployment/web/high'], ns: ['argo', 'argo', 'argo'], nodes: ['11.0.2.157', null, null] },
    { name: "a ReplicaSet's pod: its Deployment, sure for its siblings too", lines: [...table, ...head('web-7d4b9c8f6d-x7k2p', 'Controlled By:  ReplicaSet/web-7d4b9c8f6d')], owners: ['DaemonSet/hello-world/low', 'Deployment/web/high', 'Deployment/web/high'], ns: ['argo', 'argo', 'argo'], nodes: [null, '11.0.2.157', null] },
    { name: 'a paste cut before Controlled By (ab/27): namespace and node only', lines: [...table, ...head('hello-world-xr5lw')], owners: ['DaemonSet/hello-world/low', 'Deployment/web/high', 'Deployment/web/high'], ns: ['argo', 'argo', 'argo'], nodes: ['11.0.2.157', null, null] },
    { name: 'a describe quoted with > reads the same', lines: [...table, ...head('hello-world-xr5lw', 'Controlled By:  Workflow/hello-world-xr5lw').map((l) => `> ${l}`)], owners: ['Workflow/hello-world-xr5lw/high', 'Deployment/web/high', 'Deployment/web/high'], ns: ['argo', 'argo', 'argo'], nodes: ['11.0.2.157', null, null] },
    { name: 'a Pending pod (Node: <none>) is placed on no node', lines: [...table, 'Name:         hello-world-xr5lw', 'Namespace:    argo', 'Node:         <none>', 'Controlled By:  Workflow/hello-world-xr5lw'], owners: ['Workflow/hello-world-xr5lw/high', 'Deployment/web/high', 'Deployment/web/high'], ns: ['argo', 'argo', 'argo'], nodes: [null, null, null] },
    { name: "the listing's own -n elsewhere: the describe is of another namespace's pod", lines: ['$ kubectl get pods -n shop', ...table, ...head('hello-world-xr5lw', 'Controlled By:  Workflow/hello-world-xr5lw')], owners: ['DaemonSet/hello-world/low', 'Deployment/web/high', 'Deployment/web/high'], ns: ['shop', 'shop', 'shop'], nodes: [null, null, null] },
    { name: "a Deployment's describe is no pod's (no Node, no pod's owner)", lines: [...table, 'Name:                   hello-world-xr5lw', 'Namespace:              argo', 'CreationTimestamp:      Sat, 03 Jul 2021 09:14:09 +0800', 'Selector:               app=hello'], owners: ['DaemonSet/hello-world/low', 'Deployment/web/high', 'Deployment/web/high'], ns: [null, null, null], nodes: [null, null, null] },
    { name: "a ReplicaSet's describe names a Deployment, no pod's owner", lines: [...table, 'Name:           hello-world-xr5lw', 'Namespace:      argo', 'Selector:       app=hello', 'Controlled By:  Deployment/hello'], owners: ['DaemonSet/hello-world/low', 'Deployment/web/high', 'Deployment/web/high'], ns: [null, null, null], nodes: [null, null, null] },
    { name: 'two describes of one name that disagree: neither', lines: [...table, ...head('hello-world-xr5lw', 'Controlled By:  Workflow/hello-world-xr5lw'), '', ...head('hello-world-xr5lw', 'Controlled By:  Job/hello-world').map((l) => l.replace('argo', 'ci'))], owners: ['DaemonSet/hello-world/low', 'Deployment/web/high', 'Deployment/web/high'], ns: [null, null, null], nodes: [null, null, null] },
    { name: "a key line of another shape ends the block: a later Controlled By is no pod's", lines: [...table, 'Name:         hello-world-xr5lw', '$ kubectl describe rs web-7d4b9c8f6d', 'Controlled By:  Workflow/hello-world-xr5lw'], owners: ['DaemonSet/hello-world/low', 'Deployment/web/high', 'Deployment/web/high'], ns: [null, null, null], nodes: [null, null, null] },
  ])('$name', ({ lines, owners: expected, ns, nodes }) => {
    const m = explain(lines.join('\n'));
    expect([owners(m), m.rows.map((r) => r.namespace), m.rows.map((r) => r.node)]).toEqual([expected, ns, nodes]);
  });
  test.each([
    { name: "describe's Node: w1/10.0.0.5 gives node w1 its address", describes: [['web-7d4b9c8f6d-x7k2p', 'w1/10.0.0.5']], addresses: [['w1', '10.0.0.5']] },
    { name: 'two pods on two nodes: each its own', describes: [['web-7d4b9c8f6d-x7k2p', 'w1/10.0.0.5'], ['web-7d4b9c8f6d-q9zt5', 'w2/10.0.0.6']], addresses: [['w1', '10.0.0.5'], ['w2', '10.0.0.6']] },
    { name: 'a node given two addresses by two describes: neither', describes: [['web-7d4b9c8f6d-x7k2p', 'w1/10.0.0.5'], ['web-7d4b9c8f6d-q9zt5', 'w1/10.0.0.9']], addresses: [['w1', null]] },
    { name: 'a mirror pod\'s node without an address (node1/): none', describes: [['web-7d4b9c8f6d-x7k2p', 'w1/']], addresses: [['w1', null]] },
  ])('$name', ({ describes, addresses }) => {
    const blocks = describes.flatMap(([pod, node]) => ['', `Name:         ${pod}`, 'Namespace:    shop', `Node:         ${node}`, `Controlled By:  ReplicaSet/web-7d4b9c8f6d`]);
    const m = explain([...table, ...blocks].join('\n'));
    expect(m.nodes.map((n) => [n.name, n.address])).toEqual(addresses);
  });
  test('a row printed outside the listing (no header of its own) gets its own pod\'s namespace, and is that pod again (q/22)', () => {
    const m = explain(['% oc get pods', 'NAME                       READY   STATUS             RESTARTS   AGE', 'web-7d4b9c8f6d-x7k2p       1/2     CrashLoopBackOff   10         31m', '', '% oc get pod', 'oc describ poNAME                   READY   STATUS             RESTARTS   AGE', 'web-7d4b9c8f6d-x7k2p       1/2     CrashLoopBackOff   10         35m', '% oc describe po web-7d4b9c8f6d-x7k2p', ...head('web-7d4b9c8f6d-x7k2p').map((l) => l.replace('argo', 'shop'))].join('\n'));
    expect(m.rows.map((r) => r.namespace)).toEqual(['shop', 'shop']);
    expect(m.findings.find((f) => f.id === 'pods-in-status')?.vars.count).toBe(1);
  });
  test.each([
    { name: 'one block of headerless rows, one of them described (ao/15): the block is in its namespace', lines: ['linkerd-destination-9f9678b9d-9w9mk   2/4   CrashLoopBackOff   18 (90s ago)   22m', 'linkerd-identity-777788bcf7-ml2d6   2/2   Running   0   80m', 'linkerd-proxy-injector-7749f5d7f8-pb4sp   2/2   Running   0   22m', '', ...head('linkerd-destination-9f9678b9d-9w9mk').map((l) => l.replace('argo', 'linkerd'))], ns: ['linkerd', 'linkerd', 'linkerd'] },
    { name: 'two blocks, a blank line between: only the described one', lines: ['web-7d4b9c8f6d-x7k2p   1/1   Running   0   9d', 'web-7d4b9c8f6d-q9zt5   1/1   Running   0   9d', '', 'db-0   1/1   Running   0   9d', '', ...head('web-7d4b9c8f6d-x7k2p')], ns: ['argo', 'argo', null] },
    { name: 'a block whose pods are named in two namespaces: each its own, the others none', lines: ['web-7d4b9c8f6d-x7k2p   1/1   Running   0   9d', 'db-0   1/1   Running   0   9d', 'cache-0   1/1   Running   0   9d', '', ...head('web-7d4b9c8f6d-x7k2p'), '', ...head('db-0').map((l) => l.replace('argo', 'data'))], ns: ['argo', 'data', null] },
  ])('headerless rows on lines one after another share the namespace a pod of theirs is named in: $name', ({ lines, ns }) => {
    const m = explain(lines.join('\n'));
    expect(m.rows.map((r) => r.namespace)).toEqual(ns);
  });
  test('headerless rows above any command are the same pods a later `get -n` prints again: counted once, in its namespace (hunt ak/03, au/20)', () => {
    const m = explain(['db-postgresql-0   0/2   ContainerCreating   0   5s', 'db-postgresql-1   2/2   Running   0   40s', '# kubectl get pods -n tush1', '', 'db-postgresql-0   0/2   ContainerCreating   0   8s', 'db-postgresql-1   2/2   Running   0   43s'].join('\n'));
    expect(m.rows.map((r) => r.namespace)).toEqual(['tush1', 'tush1', 'tush1', 'tush1']);
    expect(m.findings.find((f) => f.id === 'pods-in-status')?.rows).toEqual([5]);
  });
});

describe('describedPods', () => {
  test.each([
    { name: 'kubectl 1.5 with tabs, not yet placed (d/17)', text: 'Name:\t\tnginx-3137573019-g1rt2\nNamespace:\tdefault\nNode:\t\t/\nLabels:\t\tpod-template-hash=3137573019\n\t\trun=nginx\nStatus:\t\tPending\nIP:\t\t\nControllers:\tReplicaSet/nginx-3137573019\nContainers:', pod: 'nginx-3137573019-g1rt2', expected: { namespace: 'default', node: null, address: null, unplaced: true, ownerKind: 'ReplicaSet', ownerName: 'nginx-3137573019', uncontrolled: false } },
    { name: "a static pod's mirror, its node without an address (v/06)", text: 'Name:               kube-scheduler-node1\r\nNamespace:          kube-system\r\nNode:               node1/\r\nControlled By:      Node/node1\r\n', pod: 'kube-scheduler-node1', expected: { namespace: 'kube-system', node: 'node1', address: null, unplaced: false, ownerKind: 'Node', ownerName: 'node1', uncontrolled: false } },
    { name: "older kubectl's Controllers: <none> is a bare pod", text: 'Name:\t\tdebug\nNamespace:\tdefault\nNode:\t\tw1/10.0.0.5\nControllers:\t<none>', pod: 'debug', expected: { namespace: 'default', node: 'w1', address: '10.0.0.5', unplaced: false, ownerKind: 'Pod', ownerName: null, uncontrolled: false } },
    { name: "what follows Containers: is the containers' (a Controlled By there is no pod's)", text: 'Name:  web-0\nNode:  w1/10.0.0.5\nContainers:\nControlled By:  StatefulSet/web', pod: 'web-0', expected: { namespace: null, node: 'w1', address: '10.0.0.5', unplaced: false, ownerKind: null, ownerName: null, uncontrolled: false } },
    { name: 'not yet placed, today\'s kubectl (au/25)', text: 'Name:             e2e-pool-zvr6r-s8glx\nNamespace:        default\nPriority:         0\nNode:             <none>\nLabels:           <none>\nStatus:           Pending\nContainers:', pod: 'e2e-pool-zvr6r-s8glx', expected: { namespace: 'default', node: null, address: null, unplaced: true, ownerKind: null, ownerName: null, uncontrolled: true } },
    { name: "a node's describe is no pod's", text: 'Name:               w1\nRoles:              control-plane\nLabels:             kubernetes.io/os=linux', pod: 'w1', expected: undefined },
    { name: 'a head of 1.11 on that reaches Containers: with no Controlled By: no controller (au/25)', text: 'Name:             node-exec-s8glx\nNamespace:        default\nPriority:         0\nNode:             <none>\nLabels:           <none>\nContainers:\n  node-exec:', pod: 'node-exec-s8glx', expected: { namespace: 'default', node: null, address: null, unplaced: true, ownerKind: null, ownerName: null, uncontrolled: true } },
    { name: 'the same head cut before Containers: says nothing of its owner', text: 'Name:             node-exec-s8glx\nNamespace:        default\nPriority:         0\nNode:             <none>\nLabels:           <none>', pod: 'node-exec-s8glx', expected: { namespace: 'default', node: null, address: null, unplaced: true, ownerKind: null, ownerName: null, uncontrolled: false } },
    { name: 'a head with no Priority: (before 1.11) says nothing of its owner', text: 'Name:   node-exec-s8glx\nNamespace:  default\nNode:  w1/10.0.0.5\nContainers:', pod: 'node-exec-s8glx', expected: { namespace: 'default', node: 'w1', address: '10.0.0.5', unplaced: false, ownerKind: null, ownerName: null, uncontrolled: false } },
    { name: "a book's describe trimmed to its top, no Node: line, then Containers: (hunt cb/17)", text: 'Name: hello-pod\nNamespace: default\nLabels: version=v1\n        zone=prod\nStatus: Running\nIP: 10.1.0.103\nContainers:\n  hello-ctr:', pod: 'hello-pod', expected: { namespace: 'default', node: null, address: null, unplaced: false, ownerKind: null, ownerName: null, uncontrolled: false, ip: '10.1.0.103' } },
    { name: "a Deployment's describe, its Containers: under Pod Template, is no pod's", text: 'Name:                   web\nNamespace:              default\nSelector:               app=web\nPod Template:\n  Labels:  app=web\n  Containers:\n   web:', pod: 'web', expected: undefined },
    { name: "an OpenShift 3 describe's deploymentconfig label, on a continued Labels line (ej/08)", text: 'Name:\t\t\tmyservice-1-sbb7b\nNamespace:\t\tmyproject\nNode:\t\t\t192.168.65.2/192.168.65.2\nLabels:\t\t\tdeployment=myservice-1\n\t\t\tdeploymentconfig=myservice\n\t\t\trun=myservice\nStatus:\t\t\tRunning\nControllers:\t\tReplicationController/myservice-1\nContainers:', pod: 'myservice-1-sbb7b', expected: { namespace: 'myproject', node: '192.168.65.2', address: '192.168.65.2', unplaced: false, ownerKind: 'ReplicationController', ownerName: 'myservice-1', uncontrolled: false, deploymentConfig: 'myservice' } },
    { name: "the DeploymentConfig's annotation as kubectl 1.7 on prints it", text: 'Name:         web-3-x7k2p\nNamespace:    shop\nPriority:     0\nNode:         w1/10.0.0.5\nLabels:       deployment=web-3\nAnnotations:  openshift.io/deployment-config.latest-version: 3\n              openshift.io/deployment-config.name: web\nStatus:       Running\nControlled By:  ReplicationController/web-3\nContainers:', pod: 'web-3-x7k2p', expected: { namespace: 'shop', node: 'w1', address: '10.0.0.5', unplaced: false, ownerKind: 'ReplicationController', ownerName: 'web-3', uncontrolled: false, deploymentConfig: 'web' } },
    { name: "a Service's describe (IP:, no Containers:) is no pod's", text: 'Name:              web\nNamespace:         default\nType:              ClusterIP\nIP:                10.96.0.10', pod: 'web', expected: undefined },
  ])('$name', ({ text, pod, expected }) => {
    expect(describedPods(text)?.get(pod)).toEqual(expected);
  });
  const described = (pod: string, node: string) => explain(['$ kubectl get pods -n kube-system', 'NAME' + ' '.repeat(pod.length - 1) + 'READY   STATUS    RESTARTS   AGE', `${pod}   0/1     Pending   0          3m`, `$ kubectl describe pod ${pod} -n kube-system`, `Name:             ${pod}`, 'Namespace:        kube-system', 'Priority:         0', `Node:             ${node}`, 'Labels:           <none>', 'Containers:', '  main:'].join('\n')).rows[0]?.workload;
  test.each([
    { name: "its own describe shows no controller: a bare pod, whatever its name reads as (hunt au/25)", pod: 'e2e-cluster-4k6gyrjm-control-plane-pool-zvr6r-s8glx', node: '<none>', owner: 'Pod/e2e-cluster-4k6gyrjm-control-plane-pool-zvr6r-s8glx/high' },
    { name: "a static pod's mirror before 1.21 named no owner: still a static pod", pod: 'kube-apiserver-master1', node: 'master1/10.0.0.5', owner: 'StaticPod/kube-apiserver/high' },
  ])('$name', ({ pod, node, owner }) => {
    const w = described(pod, node);
    expect(`${w?.kind}/${w?.name}/${w?.confidence}`).toBe(owner);
  });
});

describe('an API error naming a pod "in namespace": the namespace of a row listed without one', () => {
  const ns = (error: string) => explain(['# oc get pods', 'NAME                     READY     STATUS             RESTARTS   AGE', 'logging-kibana-1-rsjx9   1/2       CrashLoopBackOff   15         3d', '# oc logs logging-kibana-1-rsjx9 kibana', error].join('\n')).rows[0]?.namespace ?? null;
  test.each([
    { name: "OpenShift 3.1's oc logs refusal (ej/13)", error: 'Error from server: Internal error occurred: Pod "logging-kibana-1-rsjx9" in namespace "logging" : pod is not in \'Running\', \'Succeeded\' or \'Failed\' state - State: "Pending"', expected: 'logging' },
    { name: 'another pod named: nothing said of this row', error: 'Error from server: Internal error occurred: Pod "logging-es-1-abcde" in namespace "logging" : pod is not in \'Running\' state', expected: null },
    { name: 'an error without a namespace: nothing read', error: 'Error from server (BadRequest): container "kibana" in pod "logging-kibana-1-rsjx9" is waiting to start: ContainerCreating', expected: null },
  ])('$name', ({ error, expected }) => {
    expect(ns(error)).toBe(expected);
  });
});

describe("Kubernetes 1.0/1.1's describe (`Replication Controllers:`) dates the paste: no DaemonSets yet", () => {
  const owners = (rcLine: string) => explain(['$ kubectl get po', 'NAME                  READY     STATUS             RESTARTS   AGE', 'elasticsearch-attiy   0/1       CrashLoopBackOff   25         1h', 'frontend-81lqv        1/1       Running            0          1h', '$ kubectl describe po elasticsearch-attiy', 'Name:                           elasticsearch-attiy', 'Namespace:                      default', 'Node:                           node-wke5/10.210.0.1', 'Status:                         Running', rcLine, 'Containers:'].join('\n')).rows.map((r) => `${r.workload?.kind}/${r.workload?.name}`);
  test.each([
    { name: "a sibling read as a DaemonSet's is a ReplicationController's (ej/01)", rcLine: 'Replication Controllers:        elasticsearch (2/2 replicas created)', expected: ['ReplicationController/elasticsearch', 'ReplicationController/frontend'] },
    { name: "1.2's `Controllers:` says no such thing: the guess stands", rcLine: 'Controllers:                    ReplicationController/elasticsearch', expected: ['ReplicationController/elasticsearch', 'DaemonSet/frontend'] },
  ])('$name', ({ rcLine, expected }) => {
    expect(owners(rcLine)).toEqual(expected);
  });
});

describe("a describe's IP: for a pod listed without -o wide", () => {
  const listed = (ip: string, node = 'w1/10.0.0.5', listedNs = 'shop') => explain(['$ kubectl get pods -n ' + listedNs, 'NAME          READY   STATUS    RESTARTS   AGE', 'web-0         1/1     Running   0          3m', '$ kubectl describe pod web-0 -n shop', 'Name:         web-0', 'Namespace:    shop', 'Priority:     0', `Node:         ${node}`, 'Status:       Running', `IP:           ${ip}`, 'Controlled By:  StatefulSet/web', 'Containers:', '  web:'].join('\n')).rows[0];
  test.each([
    { name: 'an address of its own: the pod network (ej/01)', ip: '10.244.1.5', node: 'w1/10.0.0.5', ns: 'shop', expected: '10.244.1.5 pod' },
    { name: "its node's address: the host network", ip: '10.0.0.5', node: 'w1/10.0.0.5', ns: 'shop', expected: '10.0.0.5 host' },
    { name: 'no address yet (`IP:` empty): nothing read', ip: '', node: 'w1/10.0.0.5', ns: 'shop', expected: 'null unknown' },
    { name: "another namespace's pod of that name: not this row's", ip: '10.244.1.5', node: 'w1/10.0.0.5', ns: 'other', expected: 'null unknown' },
  ])('$name', ({ ip, node, ns, expected }) => {
    const r = listed(ip, node, ns);
    expect(`${r?.ip} ${r?.network}`).toBe(expected);
  });
});

describe("the Jenkins Kubernetes plugin's agent pods", () => {
  const owners = (m: ReturnType<typeof explain>) => m.rows.map((r) => `${r.workload?.kind}/${r.workload?.confidence}/${r.component}`);
  const agents = (ns: string) => [`yeti-feature-2fjenkins-fix-jw-13-sxjx4-ss21k-0nm21   2/3     Terminating   0          9s`, `yeti-feature-2fjenkins-fix-jw-13-sxjx4-ss21k-drpcw   2/3     Terminating   0          19s`].map((r) => (ns === '' ? r : `${ns}   ${r}`));
  const header = (ns: boolean) => `${ns ? 'NAMESPACE   ' : ''}NAME                                                 READY   STATUS        RESTARTS   AGE`;
  test.each([
    { name: 'in the jenkins namespace beside the controller (ab/07): bare pods, sure', lines: ['$ kubectl get pods -n jenkins', header(false), 'h1-jenkins-67c7dbb658-zw8b6                          2/2     Running       0          34h', ...agents('')], owners: ['Deployment/high/jenkins', 'Pod/high/jenkins-agent', 'Pod/high/jenkins-agent'] },
    { name: 'in a jenkins namespace, no controller shown: likely', lines: ['$ kubectl get pods -n jenkins', header(false), ...agents('')], owners: ['Pod/medium/jenkins-agent', 'Pod/medium/jenkins-agent'] },
    { name: 'the controller shown, the agents in another namespace: likely', lines: [header(true), 'ci   jenkins-0   1/1   Running   0   3d', ...agents('builds')], owners: ['StatefulSet/high/jenkins', 'Pod/medium/jenkins-agent', 'Pod/medium/jenkins-agent'] },
    { name: 'nothing says Jenkins: the guess stays', lines: ['$ kubectl get pods -n ci', header(false), ...agents('')], owners: ['DaemonSet/low/null', 'DaemonSet/low/null'] },
    { name: 'jnlp in the name (ab/08): bare pods, sure, wherever they run', lines: ['jekins-jnlp-slave-wmbjs    0/4     Terminating   0          0s    <none>        <none>             <none>           <none>', 'jekins-jnlp-slave-tzklf    0/4     Pending       0          0s    <none>        <none>             <none>           <none>'], owners: ['Pod/high/jenkins-agent', 'Pod/high/jenkins-agent'] },
    { name: "the jenkinsci chart's default agent template beside its controller (hunt aq/16): a bare pod, sure", lines: [header(true), 'jenkins   default-9kqz4   0/1   Error     0   3d', 'jenkins   jenkins-0       2/2   Running   0   3d'], owners: ['Pod/high/jenkins-agent', 'StatefulSet/high/jenkins'] },
    { name: "a default-<5> with nothing of Jenkins in the paste keeps its guess", lines: [header(true), 'ci   default-9kqz4   0/1   Error     0   3d', 'ci   builder-0       2/2   Running   0   3d'], owners: ['Job/medium/null', 'StatefulSet/medium/null'] },
    { name: "in a jenkins namespace, a suffix the name generator writes and one word before it: maybe a DaemonSet's", lines: ['$ kubectl get pods -n jenkins', header(false), 'log-shipper-x7k2p   1/1   Running   0   3d', 'log-shipper-q9zt5   1/1   Running   0   3d'], owners: ['DaemonSet/low/null', 'DaemonSet/low/null'] },
  ])('$name', ({ lines, owners: expected }) => {
    expect(owners(explain(lines.join('\n')))).toEqual(expected);
  });
});

describe('kube-proxy static pods name their nodes', () => {
  test.each([
    { name: 'kube-up minions on GCE', pods: ['kube-proxy-kubernetes-minion-group-012f', 'kube-proxy-kubernetes-minion-group-699m'], nodes: ['kubernetes-minion-group-012f', 'kubernetes-minion-group-699m'] },
    { name: 'FQDN nodes', pods: ['kube-proxy-node1.example.com'], nodes: ['node1.example.com'] },
    { name: "a DaemonSet's pods name none", pods: ['kube-proxy-2h9pk', 'kube-proxy-l4bhq'], nodes: [] },
  ])('$name', ({ pods, nodes }) => {
    const m = explain(['NAMESPACE     NAME   READY   STATUS    RESTARTS   AGE', ...pods.map((p) => `kube-system   ${p}   1/1   Running   0   50m`)].join('\n'));
    expect(m.rows.every((r) => r.component === 'kube-proxy')).toBe(true);
    expect(m.nodes.map((n) => n.name)).toEqual(nodes);
  });
});

describe('pods vCluster synced, and its control plane', () => {
  const rowsOf = (ns: string, pods: string[]) => ['NAMESPACE   NAME   READY   STATUS    RESTARTS   AGE', ...pods.map((p) => `${ns}   ${p}   1/1   Running   0   1h`)].join('\n');
  test.each([
    { name: "a synced CoreDNS is the virtual cluster's DNS", ns: 'vc1', pods: ['coredns-cb89b564-fj6nx-x-kube-system-x-vcluster-1', 'vcluster-1-0'], owners: ['Deployment/coredns/high', 'StatefulSet/vcluster-1/medium'], comps: ['coredns', 'vcluster'], dns: 'coredns' },
    { name: "a synced app's pod: its Deployment's, no component", ns: 'do', pods: ['nginx-7848d4b86f-dbstq-x-default-x-test-vlcuster', 'test-vlcuster-0'], owners: ['Deployment/nginx/high', 'StatefulSet/test-vlcuster/medium'], comps: [null, 'vcluster'], dns: null },
    { name: "the CLI's namespace vcluster-<name> says it without synced pods", ns: 'vcluster-csh-vcluster-01', pods: ['csh-vcluster-01-api-7bf54d8477-jzx2c', 'csh-vcluster-01-etcd-0'], owners: ['Deployment/csh-vcluster-01-api/high', 'StatefulSet/csh-vcluster-01-etcd/medium'], comps: ['vcluster', 'vcluster'], dns: null },
    { name: 'a StatefulSet beside no synced pod is no vCluster', ns: 'vc1', pods: ['vcluster-1-0'], owners: ['StatefulSet/vcluster-1/medium'], comps: [null], dns: null },
    { name: "a Deployment's pod whose own name holds -x- twice is no synced pod", ns: 'shop', pods: ['pay-x-eu-x-api-7d4b9c7f6d-x7k2p'], owners: ['Deployment/pay-x-eu-x-api/high'], comps: [null], dns: null },
    { name: 'a name vCluster cut after its first -x- is still a synced pod: its Deployment (a KServe predictor) read before it', ns: 'vcluster-ml', pods: ['arch-test-predictor-84767dffdc-bgcmh-x-applications--c77b6caaae'], owners: ['Deployment/arch-test-predictor/high'], comps: ['kserve-raw-predictor'], dns: null },
    { name: 'a name vCluster cut after the namespace: its CoreDNS', ns: 'tenants', pods: ['coredns-df8c87f55-2p7mp-x-kube-system-x-vcluster-ten-53c2db8380'], owners: ['Deployment/coredns/high'], comps: ['coredns'], dns: 'coredns' },
  ])('$name', ({ ns, pods, owners, comps, dns }) => {
    const m = explain(rowsOf(ns, pods));
    expect(m.rows.map((r) => `${r.workload?.kind}/${r.workload?.name}/${r.workload?.confidence}`)).toEqual(owners);
    expect(m.rows.map((r) => r.component)).toEqual(comps);
    expect(m.cluster.dns).toBe(dns);
  });
  test.each([
    { name: 'a synced pod says its owner is the virtual cluster\'s (dh/04)', pod: 'coredns-cb89b564-fj6nx-x-kube-system-x-vcluster-1', synced: true },
    { name: 'one vCluster cut says so too', pod: 'payments-reconciliation-worker-eu1-7d4f8b9c5-bcdfg-x-c77b6caaae', synced: true },
    { name: 'the vCluster\'s own StatefulSet pod is no synced pod', pod: 'vcluster-1-0', synced: false },
  ])('$name', ({ pod, synced }) => {
    const r = explain(rowsOf('vc1', [pod])).rows[0];
    expect(r?.explanations.includes('explain.vcluster-synced')).toBe(synced);
  });
});

describe('a generic name matches its component only where the pod can be made so', () => {
  const comp = (ns: string, name: string) => explain(`NAMESPACE     NAME   READY   STATUS    RESTARTS   AGE   IP   NODE\n${ns}   ${name}   1/1   Running   0   5d   10.0.0.1   m1`).rows[0]?.component ?? null;
  test.each([
    { name: "kubeadm's HA haproxy static pod on a node", ns: 'kube-system', pod: 'haproxy-m1', component: 'haproxy' },
    { name: "a Deployment's haproxy (early KubeVirt, hunt ad/07): not the static pod", ns: 'kube-system', pod: 'haproxy-58bc6b6d6b-hlq5q', component: null },
    { name: 'a pod named router alone (hunt ae/21): no DeploymentConfig made it', ns: 'default', pod: 'router', component: null },
  ])('$name', ({ ns, pod, component }) => {
    expect(comp(ns, pod)).toBe(component);
  });
});

describe("components an operator's owner or a sibling part names", () => {
  // Argo's step pods show its wait container beside the main one.
  const pods = (rows: string[]) => ['NAME                                                               READY   STATUS      RESTARTS   AGE', ...rows.map((n) => `${n.padEnd(67)}${n.includes('-system-') || n.includes('-hello-') ? '0/2' : '1/1'}     Running     0          5m`)].join('\n');
  test.each([
    { name: "a Strimzi KRaft node pool's pod: a broker of the cluster (hunt ci/14)", rows: ['my-cluster-dual-role-0', 'my-cluster-entity-operator-7858b84c5-cbbsq'], pod: 'my-cluster-dual-role-0', component: 'kafka' },
    { name: "a Strimzi Kafka Connect's StrimziPodSet is no broker", rows: ['my-cluster-connect-0', 'my-cluster-entity-operator-7858b84c5-cbbsq'], pod: 'my-cluster-connect-0', component: null },
    { name: "a CloudNativePG Cluster's instance (hunt ci/19)", rows: ['cluster-example-1', 'cluster-example-1-initdb-zf52h', 'cluster-example-2'], pod: 'cluster-example-2', component: 'cnpg-instance' },
    { name: "a CloudNativePG join Job (hunt ci/19)", rows: ['cluster-example-1', 'cluster-example-2', 'cluster-example-2-join-pq8c2'], pod: 'cluster-example-2-join-pq8c2', component: 'cnpg-job' },
    { name: "a CloudNativePG initdb Job with no instance yet (hunt ci/18)", rows: ['cluster-example-1-initdb-r75j2'], pod: 'cluster-example-1-initdb-r75j2', component: 'cnpg-job' },
    { name: "a Portworx StorageCluster's pod beside its operator (hunt ck/21)", rows: ['portworx-operator-7468f47477-t5s6h', 'px-cluster-c007e7c4-9347-464d-95bf-4cbaebe3ff42-849df'], pod: 'px-cluster-c007e7c4-9347-464d-95bf-4cbaebe3ff42-849df', component: 'portworx' },
    { name: "a KFP v2 run's driver step (hunt cj/22)", rows: ['fetch-and-store-pipeline-pf6nr-system-dag-driver-3719582226'], pod: 'fetch-and-store-pipeline-pf6nr-system-dag-driver-3719582226', component: 'kfp-driver' },
    { name: "a KFP v2 run's user step (hunt cj/22)", rows: ['fetch-and-store-pipeline-pf6nr-system-container-impl-2125359307'], pod: 'fetch-and-store-pipeline-pf6nr-system-container-impl-2125359307', component: 'kfp-executor' },
    { name: "another Argo step is no KFP's", rows: ['steps-4bvl9-hello-1469234567'], pod: 'steps-4bvl9-hello-1469234567', component: null },
    { name: "a TidbCluster's discovery beside its PD (hunt ci/01)", rows: ['basic-discovery-5b45b66bf8-p7rhq', 'basic-pd-0'], pod: 'basic-discovery-5b45b66bf8-p7rhq', component: 'tidb-discovery' },
    { name: "a TidbMonitor beside its cluster's PD (hunt ci/01)", rows: ['basic-pd-0', 'basic-monitor-0'], pod: 'basic-monitor-0', component: 'tidb-monitor' },
    { name: "the old tidb-cluster chart's monitor configurator Job beside its PD (ez/03)", rows: ['demo-pd-0', 'demo-monitor-configurator-v697r'], pod: 'demo-monitor-configurator-v697r', component: 'tidb-monitor-configurator' },
    { name: "another cluster's -discovery beside a PD is none", rows: ['other-discovery-5b45b66bf8-p7rhq', 'basic-pd-0'], pod: 'other-discovery-5b45b66bf8-p7rhq', component: null },
    { name: "a -discovery with no PD beside is none", rows: ['basic-discovery-5b45b66bf8-p7rhq'], pod: 'basic-discovery-5b45b66bf8-p7rhq', component: null },
    { name: "a Vitess replica tablet beside its shard's rdonly one (hunt ci/05)", rows: ['zone1-commerce-0-rdonly-0', 'zone1-commerce-0-replica-0'], pod: 'zone1-commerce-0-replica-0', component: 'vitess-vttablet' },
    { name: "a Katib suggestion beside its experiment's PyTorchJob trials (hunt cj/07)", rows: ['pytorchjob-example-82cjcqdz-master-0', 'pytorchjob-example-82cjcqdz-worker-0', 'pytorchjob-example-random-754f4df755-k8sv4'], pod: 'pytorchjob-example-random-754f4df755-k8sv4', component: 'katib-suggestion' },
    { name: "an algorithm's name ending a Deployment with no trials beside is none", rows: ['quotes-random-754f4df755-k8sv4'], pod: 'quotes-random-754f4df755-k8sv4', component: null },
    { name: "another experiment's trials say nothing of a -random Deployment", rows: ['pytorchjob-example-82cjcqdz-master-0', 'pytorchjob-example-82cjcqdz-worker-0', 'quotes-random-754f4df755-k8sv4'], pod: 'quotes-random-754f4df755-k8sv4', component: null },
    { name: "another shard's -replica beside an rdonly tablet is none", rows: ['zone1-commerce-0-rdonly-0', 'pg-replica-0'], pod: 'pg-replica-0', component: null },
  ])('$name', ({ rows, pod, component }) => {
    expect(explain(pods(rows)).rows.find((r) => r.name === pod)?.component ?? null).toBe(component);
  });
});

describe("a listing's label selector names its pods' component", () => {
  const listing = (command: string) => [command, 'NAME                     READY   STATUS    RESTARTS   AGE', 'acid-minimal-cluster-0   1/1     Running   0          115s', 'acid-minimal-cluster-1   1/1     Running   0          106s'].join('\n');
  test.each([
    { name: "Zalando's Spilo pods by the operator's own label (ez/15)", command: 'kubectl get pods -l application=spilo -L spilo-role', component: 'spilo' },
    { name: 'the long flag, its value after =', command: 'kubectl get pods --selector=application=spilo', component: 'spilo' },
    { name: 'a quoted selector of two terms, one of them ==', command: 'kubectl get pods -l "application==spilo,cluster-name=acid-minimal-cluster"', component: 'spilo' },
    { name: 'a != term selects pods without the label', command: 'kubectl get pods -l application!=spilo', component: null },
    { name: "another app's label says nothing", command: 'kubectl get pods -l app=web', component: null },
    { name: 'no selector: the name alone says nothing', command: 'kubectl get pods', component: null },
  ])('$name', ({ command, component }) => {
    expect(explain(listing(command)).rows.map((r) => r.component)).toEqual([component, component]);
  });
});

describe('a sibling that is a Job names its pod\'s owner', () => {
  const pods = (rows: string[]) => ['NAME                              READY   STATUS      RESTARTS   AGE', ...rows.map((n) => `${n.padEnd(34)}1/1     Running     0          5m`)].join('\n');
  test.each([
    { name: 'the monitor configurator beside its PD: a Job, not a guessed DaemonSet (ez/03)', rows: ['demo-pd-0', 'demo-monitor-configurator-v697r'], pod: 'demo-monitor-configurator-v697r', owner: ['Job', 'demo-monitor-configurator', 'high'] },
    { name: "a Completed one's Job made sure too (ez/13)", rows: ['demo-pd-0', 'demo-monitor-configurator-stvw6'], pod: 'demo-monitor-configurator-stvw6', owner: ['Job', 'demo-monitor-configurator', 'high'] },
    { name: 'without the PD the guess stays', rows: ['demo-monitor-configurator-v697r'], pod: 'demo-monitor-configurator-v697r', owner: ['DaemonSet', 'demo-monitor-configurator', 'low'] },
  ])('$name', ({ rows, pod, owner }) => {
    const w = explain(pods(rows)).rows.find((r) => r.name === pod)?.workload;
    expect([w?.kind, w?.name, w?.confidence]).toEqual(owner);
  });
});

describe("a RabbitmqCluster's -server StatefulSet, where the paste shows that cluster", () => {
  const pod = ['NAME                       READY   STATUS    RESTARTS   AGE', 'pod/hello-world-server-0   1/1     Running   0          2m', ''];
  const services = (nodes: string, ports: string) => ['NAME                        TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)              AGE', 'service/hello-world         ClusterIP   10.75.242.149   <none>        5672/TCP,15672/TCP   2m', `service/${nodes.padEnd(19)} ClusterIP   None            <none>        ${ports.padEnd(20)} 2m`, ''];
  const cluster = ['NAME                                       ALLREPLICASREADY   RECONCILESUCCESS   AGE', 'rabbitmqcluster.rabbitmq.com/hello-world   False              Unknown            74s', ''];
  test.each([
    { name: 'its headless -nodes Service on Erlang\'s ports in a get all (hunt ci/21)', lines: [...pod, ...services('hello-world-nodes', '4369/TCP,25672/TCP')], component: 'rabbitmq-cluster' },
    { name: 'the RabbitmqCluster listed in a get all (hunt ci/23)', lines: [...pod, ...cluster], component: 'rabbitmq-cluster' },
    { name: 'a get rmq table of its printer columns', lines: ['$ kubectl get rmq', 'NAME          ALLREPLICASREADY   RECONCILESUCCESS   AGE', 'hello-world   True               True               5m', '$ kubectl get pods', 'NAME                   READY   STATUS    RESTARTS   AGE', 'hello-world-server-0   1/1     Running   0          5m'], component: 'rabbitmq-cluster' },
    { name: 'a -server StatefulSet alone is anyone\'s', lines: pod, component: null },
    { name: 'a -nodes Service on other ports says nothing', lines: [...pod, ...services('hello-world-nodes', '80/TCP,443/TCP')], component: null },
    { name: "another cluster's -nodes Service says nothing of this one", lines: [...pod, ...services('other-nodes', '4369/TCP,25672/TCP')], component: null },
  ])('$name', ({ lines, component }) => {
    expect(explain(lines.join('\n')).rows.find((r) => r.name === 'hello-world-server-0')?.component ?? null).toBe(component);
  });
});

describe('a name in three namespaces beside a row without one', () => {
  // Found by mutating hunt ch/07 (pod0 in gpu-test1..5): the third namespace read the "several namespaces" mark as a row.
  test('reads without throwing and keeps each namespace', () => {
    const paste = [
      'NAMESPACE   NAME   READY   STATUS    RESTARTS   AGE',
      'gpu-test1   pod0   0/1     Pending   0          2s',
      'gpu-test2   pod0   0/2     Pending   0          2s',
      'gpu-test3   pod0   0/1     Pending   0          2s',
      '',
      'NAME   READY   STATUS    RESTARTS   AGE',
      'pod0   0/1     Pending   0          5s',
    ].join('\n');
    const m = explain(paste);
    expect(m.rows.map((r) => r.namespace)).toEqual(['gpu-test1', 'gpu-test2', 'gpu-test3', null]);
  });
});

describe('a lone <base>-<n> pod listed twice is still one pod', () => {
  const get = (name: string) => `$ kubectl get pod ${name} --namespace=mem-example\nNAME            READY     STATUS      RESTARTS   AGE`;
  test.each([
    // hunt cz/24: the docs' memory-demo-2, got twice; a StatefulSet starts at 0, so one pod -2 is a weak guess.
    { name: 'the same name twice: low', paste: [get('memory-demo-2'), 'memory-demo-2   0/1       OOMKilled   1          37s', get('memory-demo-2'), 'memory-demo-2   1/1       Running     2          40s'], confidence: 'low' },
    { name: 'two names: medium', paste: ['NAME     READY   STATUS    RESTARTS   AGE', 'web-1    1/1     Running   0          5m', 'web-2    1/1     Running   0          5m'], confidence: 'medium' },
  ])('$name', ({ paste, confidence }) => {
    const m = explain(paste.join('\n'));
    expect(m.rows.map((r) => [r.workload?.kind, r.workload?.confidence])).toEqual(m.rows.map(() => ['StatefulSet', confidence]));
  });
});

describe("a Tekton TaskRun's pod where the paste shows Tekton only by its namespace or tkn (hunt dc/12)", () => {
  const H = 'NAME                         READY   STATUS     RESTARTS   AGE';
  const row = 'build-docker-image-run-pod   2/4     NotReady   0          2m47s';
  test.each([
    { name: 'a namespace named for Tekton', paste: ['$ kubectl -n tekton-demo get pods -w', H, row], kind: 'TaskRun' },
    { name: "tkn's command typed before", paste: ['$ tkn taskrun logs build-docker-image-run', '$ kubectl get pods', H, row], kind: 'TaskRun' },
    { name: 'neither: a hand-made pod named -pod', paste: ['$ kubectl -n demo get pods', H, row], kind: 'Pod' },
    { name: 'tkn as a word in prose is no command', paste: ['we use the tkn cli', '$ kubectl -n demo get pods', H, row], kind: 'Pod' },
  ])('$name', ({ paste, kind }) => {
    expect(explain(paste.join('\n')).rows[0]?.workload?.kind).toBe(kind);
  });
});

describe("EMR on EKS's job-runner pod beside its run's driver (hunt dc/13)", () => {
  const H = 'NAME                               READY   STATUS     RESTARTS   AGE';
  test.each([
    { name: 'the driver named after the run: the runner is its Job', rows: ['000000032u7ddboo153-p52fj          3/3     Running    0          53s', 'spark-000000032u7ddboo153-driver   1/2     Running    0          40s'], owner: 'Job/000000032u7ddboo153/medium' },
    { name: 'no such driver: a DaemonSet guess still', rows: ['000000032u7ddboo153-p52fj          3/3     Running    0          53s', 'spark-pi-driver                    1/2     Running    0          40s'], owner: 'DaemonSet/000000032u7ddboo153/low' },
  ])('$name', ({ rows, owner }) => {
    const w = explain(['$ kubectl get pod -n emrcontainers', H, ...rows].join('\n')).rows[0]?.workload;
    expect(`${w?.kind}/${w?.name}/${w?.confidence}`).toBe(owner);
  });
});
