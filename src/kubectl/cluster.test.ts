import { describe, expect, test } from 'vitest';
import { explain } from './explain.ts';
import { addressEndingName, addressInName, inferCluster, roleByName } from './cluster.ts';
import { printTable } from './test-helpers.ts';

const WIDE = ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'];
const paste = (rows: string[][], command = '$ kubectl get pods -A -o wide') => `${command}\n${printTable(WIDE, rows)}\n`;
const row = (ns: string, name: string, ready: string, status: string, restarts: string, ip: string, node: string): string[] => [ns, name, ready, status, restarts, '5d', ip, node, '<none>', '<none>'];

const lab = [
  row('kube-system', 'etcd-cp', '1/1', 'Running', '0', '10.0.0.1', 'cp'),
  row('kube-system', 'kube-apiserver-cp', '1/1', 'Running', '0', '10.0.0.1', 'cp'),
  row('kube-system', 'kube-proxy-abcde', '1/1', 'Running', '0', '10.0.0.2', 'w1'),
  row('kube-system', 'coredns-66bff467f8-4j4lj', '0/1', 'CrashLoopBackOff', '40 (2m ago)', '172.16.1.5', 'w1'),
  row('default', 'web-66bff467f8-xxxxx', '0/1', 'Pending', '0', '<none>', '<none>'),
  row('default', 'api-66bff467f8-bbbbb', '1/2', 'Running', '0', '172.16.2.9', 'w1'),
];

describe('roleByName', () => {
  test.each([
    { name: 'minikube', role: 'control-plane' },
    { name: 'minikube-m02', role: 'worker' },
    { name: 'docker-desktop', role: 'control-plane' },
    { name: 'docker-for-desktop', role: 'control-plane' },
    { name: 'lima-rancher-desktop', role: 'control-plane' },
    { name: 'k3d-dev-server-0', role: 'control-plane' },
    { name: 'k3d-dev-agent-1', role: 'worker' },
    { name: 'aks-nodepool1-67476830-vmss000009', role: 'worker' },
    { name: 'aks-agentpool-66686873-1', role: 'worker' },
    { name: 'akswin19000005', role: 'worker' },
    { name: 'aksnpwin000000', role: 'worker' },
    { name: 'akswin00000a', role: 'worker' },
    { name: 'aksworker01', role: null },
    { name: 'aks-build-host', role: null },
    { name: 'gke-wonq-cluster-default-pool-3f1d9c2e-mk2x', role: 'worker' },
    { name: 'ip-10-0-1-20.ec2.internal', role: null },
    { name: 'm-k8s', role: null },
    { name: 'minikube-worker', role: 'worker' },
    { name: 'kind-control-plane', role: 'control-plane' },
    { name: 'kind-control-plane2', role: 'control-plane' },
    { name: 'kind-worker2', role: 'worker' },
    { name: 'azure-cni-v1-3096-control-plane-tgmkb', role: 'control-plane' },
    { name: 'zhechengli-0530-2-md-0-bvfc4', role: 'worker' },
    { name: 'capi-quickstart-md-0-7c9b8bfc4c-x2vqk', role: 'worker' },
    { name: 'prod-md-db', role: null },
    { name: 'control-plane', role: null },
    { name: 'workers', role: null },
    { name: 'lke109600-163534-646b6c274e5a', role: 'worker' },
    { name: 'lke194968-280433-369bf4810000', role: 'worker' },
    { name: 'lke-node-1', role: null },
    { name: 'nks-pool-1119-w-gzg', role: 'worker' },
    { name: 'nks-pool-1865-w2zy', role: 'worker' },
    { name: 'nks-pool-admin', role: null },
  ])('$name: $role', ({ name, role }) => {
    expect(roleByName(name)).toBe(role);
  });
  test('a role the paste shows wins over the name', () => {
    const m = explain('NAME           STATUS   ROLES    AGE   VERSION\nminikube-m02   Ready    <none>   5d    v1.30.0\nminikube       Ready    <none>   5d    v1.30.0');
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['minikube', 'worker'], ['minikube-m02', 'worker']]);
  });
});

describe('KubeEdge edge nodes', () => {
  const nodes = (role: string, version: string) => `NAME    STATUS   ROLES                  AGE   VERSION\nnano1   Ready    control-plane,master   84m   v1.23.16\nagx2    Ready    ${role}             73m   ${version}`;
  test.each([
    { name: 'ROLES edge and a KubeEdge VERSION: an edge node', roles: 'agent,edge', version: 'v1.23.15-kubeedge-v1.13.0', role: 'edge' },
    { name: 'a KubeEdge VERSION without the edge role: a worker', roles: 'agent     ', version: 'v1.23.15-kubeedge-v1.13.0', role: 'worker' },
    { name: 'a role named edge on a kubelet: a worker', roles: 'edge      ', version: 'v1.23.16', role: 'worker' },
  ])('$name', ({ roles, version, role }) => {
    const m = explain(nodes(roles, version));
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['nano1', 'control-plane'], ['agx2', role]]);
  });
});

describe("nodes of managed services, their control plane out of sight", () => {
  const listing = (rows: string[]) => ['$ kubectl get pods -n kube-system', 'NAME                                   READY   STATUS    RESTARTS   AGE', ...rows.map((r) => `${r.padEnd(39)}1/1     Running   0          5d`)].join('\n');
  const wide = (rows: [string, string][]) => ['$ kubectl get pods -n kube-system -o wide', 'NAME                          READY   STATUS    RESTARTS   AGE   IP           NODE', ...rows.map(([p, nd]) => `${p.padEnd(30)}1/1     Running   0          5d    10.0.0.9     ${nd}`)].join('\n');
  test.each([
    { name: "DOKS: do-node-agent on the node (u/01)", text: wide([['do-node-agent-7xk2p', 'pool-upodo837l-kroe3'], ['cilium-4x9kq', 'pool-upodo837l-kroe3']]), nodes: [['pool-upodo837l-kroe3', 'worker']] },
    { name: 'DOKS: its agent beside a control plane the paste shows says nothing of that plane', text: wide([['do-node-agent-7xk2p', 'n1'], ['kube-apiserver-cp', 'cp']]), nodes: [['cp', 'control-plane'], ['n1', 'worker']] },
    { name: 'no managed agent: the role stays unknown', text: wide([['cilium-4x9kq', 'pool-upodo837l-kroe3']]), nodes: [['pool-upodo837l-kroe3', 'unknown']] },
    { name: "IKS: the master proxy's static pods name the workers by address (u/17)", text: listing(['ibm-master-proxy-static-10.126.98.82', 'ibm-master-proxy-static-10.126.98.83', 'calico-node-5b547']), nodes: [['10.126.98.82', 'worker'], ['10.126.98.83', 'worker']] },
    { name: "OKE before 1.14: proxymux-client static pods on address-named nodes (u/04)", text: listing(['proxymux-client-10.0.10.2', 'proxymux-client-10.0.11.2', 'kube-proxy-h7cn8']), nodes: [['10.0.10.2', 'worker'], ['10.0.11.2', 'worker']] },
    { name: 'a static pod on an address-named node of a cluster not known as managed (c/22): the node, its role unknown', text: listing(['k8s-master-127.0.0.1', 'k8s-proxy-127.0.0.1']), nodes: [['127.0.0.1', 'unknown']] },
    { name: 'no address at the end: no node', text: listing(['proxymux-client-10.0.10', 'web-1.2.3.4.5']), nodes: [] },
  ])('$name', ({ text, nodes }) => {
    expect(explain(text).nodes.map((n) => [n.name, n.role])).toEqual(nodes);
  });
});

describe('inferCluster (through explain)', () => {
  const m = explain(paste(lab));
  test('roles: control plane where control-plane static pods run, workers otherwise', () => {
    expect(m.nodes.map((n) => [n.name, n.role, n.address])).toEqual([['cp', 'control-plane', '10.0.0.1'], ['w1', 'worker', '10.0.0.2']]);
  });
  test('networks', () => {
    expect(m.cluster.podNetworks).toEqual(['172.16.0.0/16']);
    expect(m.cluster.nodeNetworks).toEqual(['10.0.0.0/24']);
    expect(m.rows.map((r) => r.network)).toEqual(['host', 'host', 'host', 'pod', 'unknown', 'pod']);
  });
  const findings = [
    // Line 1 is the command, line 2 the header: rows start at line 3.
    { name: 'DNS not ready', id: 'dns-not-ready', severity: 'error', lines: [6] },
    { name: 'crash loop grouped by status', id: 'pods-in-status', severity: 'error', lines: [6] },
    { name: 'pending without a node', id: 'pending-no-node', severity: 'warning', lines: [7] },
    { name: 'running but not ready', id: 'running-not-ready', severity: 'warning', lines: [8] },
    { name: 'control plane missing components', id: 'control-plane-incomplete', severity: 'warning', lines: [3, 4] },
  ];
  test.each(findings)('finding: $name', ({ id, severity, lines }) => {
    const f = m.findings.find((x) => x.id === id);
    expect(f).toBeDefined();
    expect(f?.severity).toBe(severity);
    expect(f?.rows).toEqual(lines);
  });
  test('a pod in CrashLoopBackOff is reported by its status, not again by its restarts', () => {
    expect(m.findings.filter((f) => f.id.startsWith('restarts-'))).toEqual([]);
  });
  test.each([
    { name: 'five in CrashLoopBackOff: their status only', status: 'CrashLoopBackOff', ready: '0/1', ids: ['pods-in-status'] },
    { name: 'five in Init:CrashLoopBackOff: the same', status: 'Init:CrashLoopBackOff', ready: '0/1', ids: ['pods-in-status'] },
    { name: 'five Running after restarts: a finding each', status: 'Running', ready: '1/1', ids: ['restarts-recent', 'restarts-recent', 'restarts-recent', 'restarts-recent', 'restarts-recent'] },
    { name: 'five stuck in Init:2/4 after restarts: an init container loops, said per pod', status: 'Init:2/4', ready: '0/1', ids: ['pods-in-status', 'restarts-recent-init', 'restarts-recent-init', 'restarts-recent-init', 'restarts-recent-init', 'restarts-recent-init'] },
  ])('restarting pods: $name', ({ status, ready, ids }) => {
    const rows = [1, 2, 3, 4, 5].map((i) => row('shop', `api-${i}`, ready, status, `${i * 7} (${i}m${i * 3}s ago)`, `10.1.0.${i + 2}`, 'n1'));
    const got = explain(paste(rows)).findings.map((f) => f.id).filter((id) => id.startsWith('restarts-') || id === 'pods-in-status');
    expect(got.sort()).toEqual(ids);
  });
  test.each([
    { name: 'the new ReplicaSet crash-loops while the old one runs: stuck', pods: [['64949669b-n5vxf', 'Running', '1/1', '2d20h'], ['64949669b-th9ww', 'Running', '1/1', '2d20h'], ['84f9544554-wn45x', 'CrashLoopBackOff', '0/1', '19m']], want: { new: '84f9544554', old: '64949669b', status: 'CrashLoopBackOff', count: 1 }, rows: [5] },
    { name: 'two new pods cannot pull their image: stuck', pods: [['7c9d8b6f5d-x2k9p', 'Running', '1/1', '9d'], ['5f6b7c8d9f-aaaaa', 'ImagePullBackOff', '0/1', '7m'], ['5f6b7c8d9f-bbbbb', 'ErrImagePull', '0/1', '7m']], want: { new: '5f6b7c8d9f', old: '7c9d8b6f5d', status: 'ImagePullBackOff', count: 2 }, rows: [4, 5] },
    { name: 'the new pods are still being created: a rollout under way', pods: [['7c9d8b6f5d-x2k9p', 'Running', '1/1', '9d'], ['5f6b7c8d9f-aaaaa', 'ContainerCreating', '0/1', '10s'], ['5f6b7c8d9f-bbbbb', 'CrashLoopBackOff', '0/1', '3m']], want: null, rows: [] },
    { name: 'old and new both run: half way through', pods: [['7c9d8b6f5d-x2k9p', 'Running', '1/1', '9d'], ['5f6b7c8d9f-aaaaa', 'Running', '1/1', '2m'], ['5f6b7c8d9f-bbbbb', 'CrashLoopBackOff', '0/1', '2m']], want: null, rows: [] },
    { name: 'the old pods fail too: broken, not stuck', pods: [['75d945565b-8t9rs', 'CrashLoopBackOff', '0/1', '42h'], ['854d6466b7-cdsqf', 'CrashLoopBackOff', '0/1', '56m']], want: null, rows: [] },
  ])('a rollout: $name', ({ pods, want, rows }) => {
    const m = explain(['$ kubectl get pods -n mimir', 'NAME                                 READY   STATUS             RESTARTS   AGE', ...pods.map(([p, st, ready, age]) => `${`mimir-distributor-${p}`.padEnd(37)}${(ready as string).padEnd(8)}${(st as string).padEnd(19)}3          ${age}`)].join('\n'));
    const f = m.findings.find((x) => x.id === 'rollout-stuck');
    expect(f === undefined ? null : f.vars).toEqual(want === null ? null : { deployment: 'mimir-distributor', ns: '-n mimir ', ...want });
    expect(f?.rows ?? []).toEqual(rows);
    if (f !== undefined) expect(f.severity).toBe('warning');
  });
  test("pods in the nodes' own subnet (Azure CNI): a node with no host-network pod keeps no address, rather than some pod's", () => {
    const m = explain(paste([
      row('kube-system', 'kube-proxy-rkvr2', '1/1', 'Running', '0', '10.224.0.4', 'aks-nodepool1-vmss000008'),
      row('kube-system', 'coredns-59b6bf8b4f-lmfbq', '1/1', 'Running', '0', '10.224.0.14', 'aks-nodepool1-vmss000008'),
      row('default', 'sample-ml-workload-6896d6fb6b-7sslp', '1/1', 'Running', '0', '10.224.0.63', 'akswin19000005'),
      row('default', 'web-7d4b9c8f6d-x2k9p', '1/1', 'Running', '0', '10.224.0.62', 'akswin19000005'),
    ]));
    // The Windows node's name says worker (AKS), so it sorts before the other, whose made-up name says nothing.
    expect(m.nodes.map((n) => [n.name, n.address])).toEqual([['akswin19000005', null], ['aks-nodepool1-vmss000008', '10.224.0.4']]);
    expect(m.rows.map((r) => r.network)).toEqual(['host', 'pod', 'pod', 'pod']);
  });
  test.each([
    { name: 'one of two ready: names still resolve, a warning', second: ['1/1', 'Running'], id: 'dns-partly-ready', severity: 'warning' },
    { name: 'none ready: an error', second: ['0/1', 'Pending'], id: 'dns-not-ready', severity: 'error' },
  ])('CoreDNS, one pod crash-looping: $name', ({ second, id, severity }) => {
    const m = explain(paste([row('kube-system', 'coredns-66bff467f8-4j4lj', '0/1', 'CrashLoopBackOff', '40 (2m ago)', '172.16.1.5', 'w1'), row('kube-system', 'coredns-66bff467f8-x2k9p', second[0] as string, second[1] as string, '0', '172.16.1.6', 'w1')]));
    const f = m.findings.find((x) => x.id.startsWith('dns-'));
    expect([f?.id, f?.severity, f?.vars]).toEqual([id, severity, { count: id === 'dns-partly-ready' ? 1 : 2, total: 2 }]);
  });
  test.each([
    { name: 'all in Init or Terminating: none ready, a warning', a: ['0/1', 'Init:0/1'], b: ['0/1', 'Terminating'], id: 'dns-none-ready' },
    { name: 'one Running ready beside one starting: names resolve, nothing said', a: ['0/1', 'Init:0/1'], b: ['1/1', 'Running'], id: undefined },
    { name: 'both 0/1 Running, 40 s old: probes yet to pass as a cluster boots, nothing said', a: ['0/1', 'Running'], b: ['0/1', 'Running'], id: undefined },
  ])('CoreDNS replaced all at once: $name', ({ a, b, id }) => {
    // 40 s old, as a rollout that just replaced them: starting, not stuck.
    const young = (r: string[]): string[] => r.map((c, i) => (i === 5 ? '40s' : c));
    const m = explain(paste([young(row('kube-system', 'coredns-8555bc696-gtt5b', a[0] as string, a[1] as string, '0', '172.16.1.5', 'w1')), young(row('kube-system', 'coredns-8555bc696-jrc62', b[0] as string, b[1] as string, '0', '172.16.1.6', 'w1')), row('kube-system', 'kube-flannel-ds-x2k9p', '1/1', 'Running', '0', '192.168.1.10', 'w1')]));
    const f = m.findings.find((x) => x.id.startsWith('dns-'));
    expect(f?.id).toBe(id);
    if (f !== undefined) expect([f.severity, f.vars, f.rows]).toEqual(['warning', { count: 2 }, [m.rows[0]?.line, m.rows[1]?.line]]);
  });
  test('a node whose host-network pods show two addresses: both its own, no pod network over the nodes', () => {
    const m = explain(paste([
      row('kube-flannel', 'kube-flannel-ds-9f7zf', '0/1', 'CrashLoopBackOff', '5', '192.168.93.129', 'node'),
      row('kube-system', 'coredns-66bff467f8-4j4lj', '1/1', 'Running', '0', '10.244.0.6', 'node'),
      row('kube-system', 'etcd-node', '1/1', 'Running', '0', '192.168.1.10', 'node'),
      row('kube-system', 'kube-apiserver-node', '1/1', 'Running', '0', '192.168.1.10', 'node'),
      row('kube-system', 'kube-proxy-x2k9p', '1/1', 'Running', '0', '192.168.1.10', 'node'),
    ]));
    expect(m.rows.map((r) => r.network)).toEqual(['host', 'pod', 'host', 'host', 'host']);
    expect(m.nodes.map((n) => [n.name, n.address])).toEqual([['node', '192.168.1.10']]);
    expect(m.cluster.podNetworks).toEqual(['10.244.0.0/16']);
    expect(m.findings.some((f) => f.id === 'pod-network-overlaps-nodes')).toBe(false);
  });
  test.each([
    { name: 'kube-vip as a static pod (the control plane\'s VIP): control plane', pod: 'kube-vip-k8s01', role: 'control-plane' },
    { name: 'kube-vip as a DaemonSet (Services\' VIPs): no sign', pod: 'kube-vip-ds-x2k9p', role: 'unknown' },
  ])('kube-vip: $name', ({ pod, role }) => {
    const m = explain(paste([row('kube-system', pod, '1/1', 'Running', '0', '192.168.0.41', 'k8s01')]));
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['k8s01', role]]);
  });
  test.each([
    { name: 'kubeadm', pods: ['etcd-m1', 'kube-apiserver-m1', 'kube-scheduler-m1'] },
    { name: "OpenShift 3.11's master static pods", pods: ['master-api-m1', 'master-controllers-m1', 'master-etcd-m1'] },
  ])('control-plane static pods without a NODE column name their node, a control-plane one: $name', ({ pods }) => {
    const m = explain(`NAMESPACE     NAME                    READY   STATUS    RESTARTS   AGE\n${pods.map((p) => `kube-system   ${p.padEnd(22)}  1/1     Running   0          1h`).join('\n')}`);
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['m1', 'control-plane']]);
  });
  test.each([
    { name: "a Job's failed attempts handed one address on: pod network", status: 'StartError', net: 'pod' },
    { name: 'running pods sharing an address: the node', status: 'Running', net: 'host' },
  ])('pods sharing an IP on a node: $name', ({ status, net }) => {
    const m = explain(paste(['x8fmt', 'z6kdp', 'z6pj4'].map((s) => row('default', `nginx-job-${s}`, '0/1', status, '0', '10.44.0.1', 'worker1'))));
    expect(m.rows.map((r) => r.network)).toEqual([net, net, net]);
  });
  test.each([
    { name: 'Running pods aged <invalid> (kubernetes#70473, eb/02): the clock, a note, not a warning', rows: ['coredns-77c989547b-944tv   1/1   Running   0   <invalid>'], severity: 'ok' },
  ])('an <invalid> AGE: $name', ({ rows, severity }) => {
    const m = explain(`NAME   READY   STATUS   RESTARTS   AGE\n${rows.join('\n')}\n`);
    expect(m.findings.find((f) => f.id === 'age-invalid')?.severity).toBe(severity);
  });
  test('an <invalid> AGE on a line a later one of the same pod replaces still says the clock is off', () => {
    const m = explain('$ kubectl get pods -w\nNAME    READY   STATUS              RESTARTS   AGE\nweb-0   0/1     ContainerCreating   0          <invalid>\nweb-0   1/1     Running             0          2s');
    expect(m.findings.find((f) => f.id === 'age-invalid')?.rows).toEqual([3]);
  });
  test.each([
    { name: 'two members in one listing: an even count, a finding', tables: [['etcd-cp1', 'etcd-cp2']], finding: true },
    { name: 'one member in each of two listings (two clusters in a CI log): none', tables: [['etcd-kind-control-plane'], ['etcd-minikube']], finding: false },
  ])('etcd members: $name', ({ tables, finding }) => {
    const text = tables.map((pods) => paste(pods.map((p, i) => row('kube-system', p, '1/1', 'Running', '0', `10.0.0.${i + 2}`, p.slice(5))))).join('');
    expect(explain(text).findings.some((f) => f.id === 'etcd-even')).toBe(finding);
  });
  test.each([
    { name: 'ordinal 1 Pending beside a ready 0: the next waits on it (dz/02)', pods: [['mongo-0', '2/2', 'Running'], ['mongo-1', '0/2', 'Pending']], sts: [], expected: ['statefulset-next-waits mongo-1 mongo-2'] },
    { name: 'ordinal 1 crash-looping: the same (dz/13)', pods: [['cassandra-0', '1/1', 'Running'], ['cassandra-1', '0/1', 'CrashLoopBackOff']], sts: [], expected: ['statefulset-next-waits cassandra-1 cassandra-2'] },
    { name: 'a lone -0 not ready: most often a StatefulSet of one, none', pods: [['mysql-0', '0/1', 'Pending']], sts: [], expected: [] },
    { name: '1 made long after 0 (19m beside 2d20h): scaled, or a rollout of two, which replaces 1 first; none (fb/01)', pods: [['mimir-alertmanager-0', '1/1', 'Running', '2d20h'], ['mimir-alertmanager-1', '0/1', 'CrashLoopBackOff', '19m']], sts: [], expected: [] },
    { name: '1 made long after 0 beside a get sts row that wants 3: said', pods: [['zk-0', '1/1', 'Running', '3d'], ['zk-1', '0/1', 'Pending', '2s']], sts: ['NAME   READY   AGE', 'zk     1/3     3d'], expected: ['statefulset-next-waits-wanted zk-1 zk-2 3'] },
    { name: '1 made minutes after 0, in one install: said', pods: [['zk-0', '1/1', 'Running', '25m'], ['zk-1', '0/1', 'Pending', '23m']], sts: [], expected: ['statefulset-next-waits zk-1 zk-2'] },
    { name: 'a lone -0 beside a get sts row that wants 3 (old kubectl): said with the count (dz/01)', pods: [['zk-0', '0/1', 'Pending']], sts: ['NAME   DESIRED   CURRENT   AGE', 'zk     3         1         25m'], expected: ['statefulset-next-waits-wanted zk-0 zk-1 3'] },
    { name: 'a get sts row that wants 3 (READY 1/3)', pods: [['zk-0', '0/1', 'Pending']], sts: ['NAME   READY   AGE', 'zk     0/3     25m'], expected: ['statefulset-next-waits-wanted zk-0 zk-1 3'] },
    { name: 'a get sts row that wants what is shown: nothing waits', pods: [['zk-0', '1/1', 'Running'], ['zk-1', '0/1', 'Pending']], sts: ['NAME   READY   AGE', 'zk     1/2     25m'], expected: [] },
    { name: 'a lower one not ready too: Parallel, or broken since; none (dz/08)', pods: [['consul-server-0', '0/1', 'Running'], ['consul-server-1', '0/1', 'Pending']], sts: [], expected: [] },
    { name: 'ordinal 2 not ready, no get sts row: most often the whole set of three, none (cj/23)', pods: [['redis-0', '1/1', 'Running'], ['redis-1', '1/1', 'Running'], ['redis-2', '0/1', 'CrashLoopBackOff']], sts: [], expected: [] },
    { name: 'the last one ready: none', pods: [['web-0', '1/1', 'Running'], ['web-1', '1/1', 'Running']], sts: [], expected: [] },
    { name: 'no -0 shown (a filter): none', pods: [['web-1', '1/1', 'Running'], ['web-2', '0/1', 'Pending']], sts: [], expected: [] },
    { name: 'the last one going away: none', pods: [['web-0', '1/1', 'Running'], ['web-1', '0/1', 'Terminating']], sts: [], expected: [] },
    { name: 'three sets waiting: one finding each', pods: ['a', 'b', 'c'].flatMap((s) => [[`${s}-0`, '1/1', 'Running'], [`${s}-1`, '0/1', 'Pending']]), sts: [], expected: ['statefulset-next-waits a-1 a-2', 'statefulset-next-waits b-1 b-2', 'statefulset-next-waits c-1 c-2'] },
    { name: 'four sets waiting: one finding for them all (a 100k-row listing drew 130), naming the first (no next)', pods: ['a', 'b', 'c', 'd'].flatMap((s) => [[`${s}-0`, '1/1', 'Running'], [`${s}-1`, '0/1', 'Pending']]), sts: [], expected: ['statefulset-next-waits-several a-1 '] },
  ])('a StatefulSet started in order: $name', ({ pods, sts, expected }) => {
    const text = ['$ kubectl get pods', 'NAME   READY   STATUS   RESTARTS   AGE', ...pods.map(([n, r, st, age]) => `${n}   ${r}   ${st}   0   ${age ?? '30m'}`), ...(sts.length > 0 ? ['$ kubectl get sts', ...sts] : [])].join('\n');
    expect(explain(text).findings.filter((f) => f.id.startsWith('statefulset-next-waits')).map((f) => [f.id, f.vars['pod'], f.vars['next'], ...(f.vars['wants'] === undefined ? [] : [f.vars['wants']])].join(' '))).toEqual(expected);
  });
  test('findings are ranked worst first', () => {
    const order = ['error', 'warning', 'unknown', 'progress', 'ok'];
    const ranks = m.findings.map((f) => order.indexOf(f.severity));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });
  test('six restarting pods become one finding, five stay one each', () => {
    const pods = (n: number) => explain(paste(Array.from({ length: n }, (_, i) => row('shop', `api-${i}`, '1/1', 'Running', `${i + 12}`, `10.1.0.${i + 2}`, 'n1')))).findings.filter((f) => f.id.startsWith('restarts-')).map((f) => f.id);
    expect(pods(6)).toEqual(['restarts-many-pods']);
    expect(pods(5)).toEqual(['restarts-many', 'restarts-many', 'restarts-many', 'restarts-many', 'restarts-many']);
  });
  test('more than ten restarting pods become one finding naming the busiest', () => {
    const rows = Array.from({ length: 12 }, (_, i) => row('shop', `api-${i}`, '1/1', 'Running', `${i + 1} (${i + 2}m ago)`, `10.1.0.${i + 2}`, 'n1'));
    const many = explain(paste(rows));
    const restarts = many.findings.filter((f) => f.id.startsWith('restarts-'));
    expect(restarts.map((f) => f.id)).toEqual(['restarts-recent-pods']);
    expect(restarts[0]?.rows).toHaveLength(12);
    expect(restarts[0]?.vars).toEqual({ count: 12, name: 'api-11', max: 12 });
  });
  test.each([
    { name: 'loops that stopped (ten or more restarts, quiet for 38m of 60m, ready): a warning', last: '12 (38m ago)', severity: 'warning' },
    { name: 'one still looping among them: an error', last: '12 (2m ago)', severity: 'error' },
  ])('more than ten restarting pods, the busiest settled or not: $name', ({ last, severity }) => {
    const rows = Array.from({ length: 12 }, (_, i) => row('shop', `api-${i}`, '1/1', 'Running', i === 11 ? last : `${i + 1} (${16 + 2 * i}m ago)`, `10.1.0.${i + 2}`, 'n1').map((c) => (c === '5d' ? '60m' : c)));
    const restarts = explain(paste(rows)).findings.filter((f) => f.id.startsWith('restarts-'));
    expect(restarts.map((f) => [f.id, f.severity])).toEqual([['restarts-recent-pods', severity]]);
  });
  test('pods that restarted the same while ago make one finding: the node restarted', () => {
    const rows = ['a', 'b', 'c'].map((x, i) => row('kube-system', `${x}-0`, '1/1', 'Running', `${i + 1} (10m ago)`, `10.1.0.${i + 2}`, 'n1'));
    const other = row('shop', 'api-0', '1/1', 'Running', '3 (2m ago)', '10.1.0.9', 'n1');
    const m8 = explain(paste([...rows, other]));
    const restarts = m8.findings.filter((f) => f.id.startsWith('restarts-'));
    expect(restarts.map((f) => [f.id, f.vars])).toEqual([['restarts-together', { count: 3, ago: '10m' }], ['restarts-recent', { name: 'api-0', count: 3, ago: '2m' }]]);
    const m9 = explain(paste([...rows.slice(0, 2), other]));
    expect(m9.findings.filter((f) => f.id.startsWith('restarts-')).map((f) => f.id)).toEqual(['restarts-recent', 'restarts-recent', 'restarts-recent']);
  });
  test.each([
    { name: 'Completed: retried, then succeeded', status: 'Completed', ready: '0/1', findings: [] },
    { name: 'Error: a finding', status: 'Error', ready: '0/1', findings: ['restarts-young'] },
  ])('restarts of a young pod that ended: $name', ({ status, ready, findings }) => {
    const m = explain(`NAME                                   READY   STATUS   RESTARTS   AGE\ningress-nginx-admission-patch-x7k2p   ${ready}     ${status}   3          40s`);
    expect(m.findings.filter((f) => f.id.startsWith('restarts-')).map((f) => f.id)).toEqual(findings);
  });
  test.each([
    { name: 'a second apart (kubectl rounds each row)', agos: ['8m14s', '8m14s', '8m14s', '8m13s'], together: 4, ago: '8m14s' },
    { name: 'two hours back (a laptop that slept)', agos: ['120m', '120m', '120m'], together: 3, ago: '120m' },
    { name: 'minutes apart are separate restarts', agos: ['8m14s', '20m', '45m'], together: 0, ago: null },
  ])('pods restarted at one moment are one finding: $name', ({ agos, together, ago }) => {
    const m = explain(paste(agos.map((a, i) => row('default', `web-${i}`, '1/1', 'Running', `21 (${a} ago)`, `10.0.0.${i + 2}`, 'n1'))));
    const f = m.findings.find((x) => x.id === 'restarts-together');
    expect(f === undefined ? [0, null] : [f.rows.length, f.vars['ago']]).toEqual([together, ago]);
  });
  test.each([
    { name: 'one pod back two minutes after the others, with their count (hunt ai/02)', agos: ['42m', '42m', '42m', '40m'], counts: ['11', '11', '11', '11'], together: 4 },
    { name: 'the API server seconds after etcd (hunt ai/27)', agos: ['2m53s', '2m53s', '2m53s', '2m48s', '2m43s'], counts: ['4', '5', '4', '4', '4'], together: 5 },
    { name: 'close by, but another count: its own history', agos: ['42m', '42m', '42m', '40m'], counts: ['11', '11', '11', '7'], together: 3 },
    { name: 'the same count, but far from the moment', agos: ['42m', '42m', '42m', '30m'], counts: ['11', '11', '11', '11'], together: 3 },
    { name: 'two groups minutes apart stay two (nodes rebooted one after the other)', agos: ['42m', '42m', '42m', '40m', '40m', '40m'], counts: ['11', '11', '11', '11', '11', '11'], together: 3 },
  ])('a pod that came back a little after its group joins it: $name', ({ agos, counts, together }) => {
    const m = explain(paste(agos.map((a, i) => row('default', `web-${i}`, '1/1', 'Running', `${counts[i]} (${a} ago)`, `10.0.0.${i + 2}`, 'n1'))));
    const groups = m.findings.filter((x) => x.id === 'restarts-together');
    expect(groups[0]?.rows.length ?? 0).toBe(together);
    expect(groups.reduce((n, f) => n + f.rows.length, 0) + m.findings.filter((f) => f.id.startsWith('restarts-recent')).length).toBe(agos.length);
  });
  test.each([
    {
      name: 'microk8s stopped and started: like counts per container across owners (hunt ak/15)',
      rows: ['reg   registry-7cf58dcdcc-hps4t   1/1   Running   4   170m', 'kube-system   coredns-588fd544bf-649gb   1/1   Running   5   170m', 'kube-system   heapster-v1.5.2-58fdbb6f4d-qvdpv   4/4   Running   20   170m', 'kube-system   dashboard-metrics-scraper-db65b9c6f-7f7bt   1/1   Running   6   170m', 'metallb-system   speaker-4926w   1/1   Running   6   170m', 'metallb-system   speaker-r9zsl   1/1   Running   0   157m'],
      ids: ['restarts-together-age'], range: '4-6', members: 5,
    },
    {
      name: 'most pods created then did not restart: start-up churn, each its own',
      rows: ['kf   cache-deployer-79fdf9c5c9-bjnbg   1/1   Running   6   170m', 'kf   metadata-grpc-6b5685488-kwvv7   1/1   Running   6   170m', 'kf   ml-pipeline-8c4b99589-85jw6   1/1   Running   6   170m', 'kf   minio-5b65df66c9-k5gzg   1/1   Running   0   170m', 'kf   mysql-f7b9b7dd4-xfnw4   1/1   Running   0   170m', 'kf   ui-5bd8d6dc84-j7wqr   1/1   Running   0   170m', 'kf   viewer-68fb5f4d58-mbcbg   1/1   Running   0   170m'],
      ids: ['restarts-young', 'restarts-young', 'restarts-young'], range: null, members: 0,
    },
    {
      name: 'replicas of one Deployment crash alike: no node or VM blamed, one finding for the owner (hunt bz/15)',
      rows: ['shop   api-6b5685488-aaaaa   1/1   Running   6   170m', 'shop   api-6b5685488-bbbbb   1/1   Running   6   170m', 'shop   api-6b5685488-ccccc   1/1   Running   6   170m'],
      ids: ['restarts-young-owner'], range: null, members: 0,
    },
    {
      name: 'counts far apart: each pod its own',
      rows: ['a   one-6b5685488-aaaaa   1/1   Running   6   170m', 'b   two-6b5685488-bbbbb   1/1   Running   30   170m', 'c   three-6b5685488-ccccc   1/1   Running   90   170m'],
      ids: ['restarts-young', 'restarts-young', 'restarts-young'], range: null, members: 0,
    },
  ])('restarts without "(ago)" of pods created together: $name', ({ rows, ids, range, members }) => {
    const m = explain(`$ kubectl get pods -A\nNAMESPACE   NAME   READY   STATUS   RESTARTS   AGE\n${rows.join('\n')}\n`);
    const found = m.findings.filter((f) => f.id.startsWith('restarts-'));
    expect(found.map((f) => f.id)).toEqual(ids);
    const g = found.find((f) => f.id === 'restarts-together-age');
    expect([g?.vars['range'] ?? null, g?.rows.length ?? 0]).toEqual([range, members]);
  });
  test('restarts at a pace without "(ago)", summarised: not said to be in the last hour (hunt aj/16)', () => {
    const rows = Array.from({ length: 6 }, (_, i) => `shop   app${i}-6b5685488-x7k2p   1/1   Running   ${i + 3}   ${60 + i * 7}m`);
    const m = explain(`$ kubectl get pods -A\nNAMESPACE   NAME   READY   STATUS   RESTARTS   AGE\n${rows.join('\n')}\n`);
    expect(m.findings.filter((f) => f.id.startsWith('restarts-')).map((f) => [f.id, f.rows.length])).toEqual([['restarts-young-pods', 6]]);
  });
  test.each([
    { name: 'thousands over 95 days, the last 3d20h ago: a crash loop that stopped, a note (hunt bo/02)', restarts: '6945 (3d20h ago)', age: '95d', rows: [3] },
    { name: '55 in 2 days, the last 27h ago: the same (hunt bo/03)', restarts: '55 (27h ago)', age: '2d', rows: [3] },
    { name: '12 over 103 days, the last 11d ago: reboots, nothing said', restarts: '12 (11d ago)', age: '103d', rows: [] },
    { name: '55 in 2 days, the last 2h ago: still restarting, a warning instead', restarts: '55 (2h ago)', age: '2d', rows: [] },
  ])('restarts quiet for a day: $name', ({ restarts, age, rows }) => {
    const r = row('kube-system', 'cilium-x7t4x', '1/1', 'Running', restarts, '10.0.0.5', 'n1').map((c, i) => (i === 5 ? age : c));
    const m = explain(paste([r]));
    expect(m.findings.find((f) => f.id === 'restarts-quiet')?.rows ?? []).toEqual(rows);
    if (rows.length > 0) expect(m.findings.find((f) => f.id === 'restarts-quiet')?.severity).toBe('ok');
  });
  test('nodes rebooted one at a time: one finding per moment, quiet pods of that moment counted too', () => {
    // n1 rebooted 6h29m ago, n2 5h37m ago: each node's pods share their moment; only kube-proxy restarted many times.
    const n1 = ['calico-node-sk8m4', 'coredns-0', 'kube-proxy-4x2fd'].map((p, i) => row('kube-system', p, '1/1', 'Running', `${i === 2 ? 14 : 2} (6h29m ago)`, `10.1.0.${i + 2}`, 'n1'));
    const n2 = ['calico-node-9zq7w', 'speaker-bpjv6', 'kube-proxy-vjr75'].map((p, i) => row('kube-system', p, '1/1', 'Running', `${i === 2 ? 12 : 3} (5h37m ago)`, `10.1.1.${i + 2}`, 'n2'));
    const m = explain(paste([...n1, ...n2]));
    const together = m.findings.filter((f) => f.id === 'restarts-together');
    // The biggest moment first; of equal ones, the latest.
    expect(together.map((f) => f.vars)).toEqual([{ count: 3, ago: '5h37m' }, { count: 3, ago: '6h29m' }]);
    expect(m.findings.map((f) => f.id)).not.toContain('restarts-many');
  });
  test("restarts at the same while ago in two tables are no one moment: each table counts from when it was printed", () => {
    const first = ['calico-node-sk8m4', 'coredns-0'].map((p, i) => row('kube-system', p, '1/1', 'Running', `12 (4m5s ago)`, `10.1.0.${i + 2}`, 'n1'));
    const second = ['cilium-9zq7w', 'coredns-1'].map((p, i) => row('kube-system', p, '1/1', 'Running', `12 (4m5s ago)`, `10.2.0.${i + 2}`, 'cp'));
    const m = explain(`${paste(first)}${paste(second)}`);
    expect(m.findings.filter((f) => f.id.startsWith('restarts-together'))).toEqual([]);
    const one = explain(paste([...first, ...second]));
    expect(one.findings.find((f) => f.id.startsWith('restarts-together'))?.rows.length).toBe(4);
  });
  test.each([
    { name: 'on two nodes (hunt ck/21): not one node\'s reboot', nodes: ['ip-10-0-0-217.ec2.internal', 'ip-10-0-1-41.ec2.internal', 'ip-10-0-0-217.ec2.internal', 'ip-10-0-1-41.ec2.internal'], id: 'restarts-together-nodes' },
    { name: 'on one node: the node or its VM, most often', nodes: ['ip-10-0-0-217.ec2.internal', 'ip-10-0-0-217.ec2.internal', 'ip-10-0-0-217.ec2.internal', 'ip-10-0-0-217.ec2.internal'], id: 'restarts-together' },
  ])('pods restarted at one moment, $name', ({ nodes, id }) => {
    const pods = [['portworx-api-kql78', '2/2', '6 (121m ago)'], ['portworx-api-zj2bk', '2/2', '6 (122m ago)'], ['px-csi-ext-7bdbbd4479-jx97t', '4/4', '18 (121m ago)'], ['px-csi-ext-7bdbbd4479-pg62k', '4/4', '18 (122m ago)']];
    const m = explain(paste(pods.map(([name, ready, restarts], k) => row('portworx', name as string, ready as string, 'Running', restarts as string, `10.0.0.${k + 2}`, nodes[k] as string))));
    expect(m.findings.filter((f) => f.id.startsWith('restarts-together')).map((f) => [f.id, f.rows.length])).toEqual([[id, 4]]);
  });
  test.each([
    { name: 'the controller managers 5m18s ago, the scheduler 5m22s ago: one restart (hunt cy/14)', agos: ['5m18s', '5m18s', '5m22s'], together: 3 },
    { name: 'within five seconds: one restart', agos: ['45s', '47s', '50s'], together: 3 },
    { name: 'a minute apart: not one restart', agos: ['4m18s', '5m18s', '6m18s'], together: 0 },
  ])('restarts seconds apart are one moment: $name', ({ agos, together }) => {
    const names = ['cloud-controller-manager-rke2-master-01', 'kube-controller-manager-rke2-master-01', 'kube-scheduler-rke2-master-01'];
    const m = explain(paste(names.map((n, i) => row('kube-system', n, '1/1', 'Running', `9 (${agos[i]} ago)`, '10.0.0.1', 'rke2-master-01'))));
    expect(m.findings.find((f) => f.id === 'restarts-together')?.rows.length ?? 0).toBe(together);
  });
  test.each([
    { name: 'the API server twenty beside ones: its own history, an error of its own (df/14)', apiserver: '20 (20m ago)', together: 4, own: [['restarts-recent', 'error']] },
    { name: 'the API server five beside ones: within the group\'s reach, one moment', apiserver: '5 (20m ago)', together: 5, own: [] },
    { name: 'two pods of two containers at twenty (ten each) beside ones: per container, still the group\'s', apiserver: '1 (20m ago)', together: 5, own: [], two: true },
  ])('a pod restarted with the others but many times more: $name', ({ apiserver, together, own, two }) => {
    const m = explain(paste([
      row('default', 'dnsutils', '1/1', 'Running', '1 (20m ago)', '10.244.1.3', 'k-w-001'),
      row('kube-system', 'coredns-78fcd69978-6pz2g', two === true ? '2/2' : '1/1', 'Running', two === true ? '20 (20m ago)' : '1 (20m ago)', '10.244.0.5', 'k-m-001'),
      row('kube-system', 'kube-apiserver-k-m-001', '1/1', 'Running', apiserver, '10.7.50.11', 'k-m-001'),
      row('kube-system', 'kube-flannel-ds-6d8gk', '1/1', 'Running', '1 (20m ago)', '10.7.60.12', 'k-w-002'),
      row('kube-system', 'kube-flannel-ds-mnttw', '1/1', 'Running', '1 (20m ago)', '10.7.60.11', 'k-w-001'),
    ]));
    expect(m.findings.find((f) => f.id.startsWith('restarts-together'))?.rows.length).toBe(together);
    expect(m.findings.filter((f) => f.vars.name === 'kube-apiserver-k-m-001').map((f) => [f.id, f.severity])).toEqual(own);
  });
  test('namespaces listed one after another are one moment: their restarts group together', () => {
    const a = [row('argo-events', 'eventbus-default-stan-0', '2/2', 'Running', '12 (5h23m ago)', '10.1.0.2', 'n1'), row('argo-events', 'eventbus-default-stan-1', '2/2', 'Running', '12 (5h23m ago)', '10.1.0.3', 'n1')];
    const b = [row('argocd', 'argocd-repo-server-7c5d8f6b9-x7k2p', '1/1', 'Running', '12 (5h23m ago)', '10.1.0.4', 'n1')];
    const m = explain(`${paste(a, '$ kubectl get pods -n argo-events -o wide')}${paste(b, '$ kubectl get pods -n argocd -o wide')}`);
    expect(m.findings.find((f) => f.id === 'restarts-together')?.rows.length).toBe(3);
  });
  test.each([
    {
      name: 'one DaemonSet\'s pods crash-looping on one back-off: no node restarted them (hunt ap/03)',
      rows: ['24fgt', '7t5q6', 'fbt8m', 'fc8xr'].map((x, i) => row('kruise-system', `kruise-daemon-${x}`, '0/1', 'CrashLoopBackOff', `4 (${15 + (i % 2)}s ago)`, `10.1.0.${i + 2}`, `n${i}`)),
      together: 0,
    },
    {
      name: 'crashing in Error between back-offs: the same',
      rows: ['a', 'b', 'c'].map((x, i) => row('shop', `api-${x}`, '0/1', 'Error', '4 (15s ago)', `10.1.0.${i + 2}`, 'n1')),
      together: 0,
    },
    {
      name: 'Running pods of a moment still group, the crash-looping one beside them left to its status',
      rows: [...['a', 'b', 'c'].map((x, i) => row('kube-system', `${x}-0`, '1/1', 'Running', `${i + 2} (10m ago)`, `10.1.0.${i + 2}`, 'n1')), row('shop', 'api-0', '0/1', 'CrashLoopBackOff', '9 (10m ago)', '10.1.0.9', 'n1')],
      together: 3,
    },
  ])('pods in a failing status make no restarts-together: $name', ({ rows, together }) => {
    const m = explain(paste(rows));
    expect(m.findings.find((f) => f.id === 'restarts-together')?.rows.length ?? 0).toBe(together);
  });
  test('pods that restarted together, none of them a concern, make no finding', () => {
    const quiet = ['a', 'b', 'c'].map((x, i) => row('kube-system', `${x}-0`, '1/1', 'Running', `1 (6h ago)`, `10.1.0.${i + 2}`, 'n1'));
    expect(explain(paste(quiet)).findings.filter((f) => f.id.startsWith('restarts-'))).toEqual([]);
  });
  test('a restart in the first two minutes of a pod is start-up, not a finding', () => {
    const m10 = explain(paste([row('kube-system', 'cilium-8xtwz', '1/1', 'Running', '1 (5m36s ago)', '10.0.0.2', 'n1')]).replace('5d  ', '6m7s'));
    expect(m10.rows[0]?.ageSeconds).toBe(367);
    expect(m10.findings.filter((f) => f.id.startsWith('restarts-'))).toEqual([]);
  });
  test.each([
    { name: 'its CNI pod still starting: waiting for it', cni: 'Init:0/3', id: 'node-waiting-cni', severity: 'progress' },
    { name: 'its CNI pod running: not Ready for another reason', cni: 'Running', id: 'node-not-ready', severity: 'error' },
  ])('a node NotReady for 10 minutes, $name', ({ cni, id, severity }) => {
    const m = explain(`NAME   STATUS     ROLES           AGE   VERSION\ncp1    NotReady   control-plane   10m   v1.31.0\n\nNAMESPACE     NAME                READY   STATUS     RESTARTS   AGE   IP              NODE\nkube-system   calico-node-7xk2p   ${cni === 'Running' ? '1/1' : '0/1'}     ${cni.padEnd(11)}0          38s   192.168.1.10    cp1`);
    const f = m.findings.find((x) => x.id.startsWith('node-'));
    expect([f?.id, f?.severity]).toEqual([id, severity]);
  });
  test.each([
    { name: 'CNI agents still starting: DNS waits for them (progress)', cni: ['0/2', 'ContainerCreating'], id: 'dns-waiting-cni', severity: 'progress' },
    { name: 'CNI agents running: DNS not ready is an error', cni: ['2/2', 'Running'], id: 'dns-not-ready', severity: 'error' },
  ])('CoreDNS Pending for 10 minutes: $name', ({ cni, id, severity }) => {
    const aged = (r: string[], age: string) => r.map((c, k) => (k === 5 ? age : c));
    const m = explain(paste([aged(row('kube-system', 'calico-node-x2k9p', cni[0] as string, cni[1] as string, '0', '10.0.0.1', 'cp'), '4m'), aged(row('kube-system', 'coredns-66bff467f8-4j4lj', '0/1', 'Pending', '0', '<none>', '<none>'), '10m')]));
    const f = m.findings.find((x) => x.id.startsWith('dns-'));
    expect([f?.id, f?.severity]).toEqual([id, severity]);
  });
  test.each([
    { name: 'the only CNI pod crash-looping: CoreDNS and the controller wait on it (kind, microk8s)', cni: [['kindnet-fnmdn', '0/1', 'CrashLoopBackOff', '6']], ids: ['pods-waiting-failing-cni'], rows: [2, 3, 4] },
    { name: 'another CNI pod running: the network works somewhere, they are only starting', cni: [['kindnet-fnmdn', '0/1', 'CrashLoopBackOff', '6'], ['kindnet-x7k2p', '1/1', 'Running', '0']], ids: ['pods-in-status', 'pods-in-status'], rows: [4, 2, 3] },
    { name: 'the CNI pod running: nothing blamed on it', cni: [['kindnet-fnmdn', '1/1', 'Running', '0']], ids: ['pods-in-status', 'pods-in-status'], rows: [4, 2, 3] },
  ])('CoreDNS Pending and a controller ContainerCreating: $name', ({ cni, ids, rows }) => {
    const lines = [
      'NAMESPACE     NAME                                      READY   STATUS              RESTARTS   AGE',
      'kube-system   coredns-5c98db65d4-5xscs                  0/1     Pending             0          6m22s',
      'kube-system   coredns-5c98db65d4-gqzfm                  0/1     Pending             0          6m22s',
      'kube-system   calico-kube-controllers-847c8c99d-q4jmt   0/1     ContainerCreating   0          5m42s',
      ...cni.map(([n, r, st, c]) => `kube-system   ${(n as string).padEnd(42)}${(r as string).padEnd(8)}${(st as string).padEnd(20)}${(c as string).padEnd(11)}6m21s`),
    ];
    const m = explain(lines.join('\n'));
    const found = m.findings.filter((f) => f.id === 'pods-waiting-failing-cni' || (f.id === 'pods-in-status' && f.severity === 'progress'));
    expect(found.map((f) => f.id)).toEqual(ids);
    expect(found.flatMap((f) => f.rows)).toEqual(rows);
    if (ids[0] === 'pods-waiting-failing-cni') expect([found[0]?.severity, found[0]?.vars.pod]).toEqual(['warning', 'kindnet-fnmdn']);
  });
  test.each([
    { name: 'Calico and flannel (a student kubeadm install): two add-ons', pods: ['calico-node-7xk2p', 'kube-flannel-ds-amd64-9bq4m'], cnis: 'calico, flannel' },
    { name: 'kindnet and Calico on kind (default CNI not disabled): two add-ons', pods: ['calico-node-7xk2p', 'kindnet-fnmdn'], cnis: 'calico, kindnet' },
    { name: 'Canal (Calico and flannel in one pod): one add-on', pods: ['canal-7xk2p'], cnis: undefined },
    { name: 'Calico for policy beside aws-node (EKS): a set-up, not a clash', pods: ['aws-node-7xk2p', 'calico-node-9bq4m'], cnis: undefined },
    { name: 'Cilium chained on aws-node: a set-up, not a clash', pods: ['aws-node-7xk2p', 'cilium-9bq4m'], cnis: undefined },
    { name: 'Cilium chained on flannel: a set-up, not a clash', pods: ['cilium-9bq4m', 'kube-flannel-ds-7xk2p'], cnis: undefined },
    { name: 'Multus with Calico: a meta-plugin, not a clash', pods: ['calico-node-9bq4m', 'kube-multus-ds-7xk2p'], cnis: undefined },
    { name: 'kube-router with Calico (kube-router as firewall or proxy): not a clash', pods: ['calico-node-9bq4m', 'kube-router-7xk2p'], cnis: undefined },
    { name: "Calico for policy on GKE beside netd, which writes Calico's config: not a clash", pods: ['calico-node-9bq4m', 'netd-gft7j'], cnis: undefined },
    { name: 'GKE Dataplane V2: anetd beside netd, not a clash', pods: ['anetd-9bq4m', 'netd-gft7j'], cnis: undefined },
  ])('CNI agents of two add-ons in one listing: $name', ({ pods, cnis }) => {
    const m = explain(paste(pods.map((p, k) => row('kube-system', p, '1/1', 'Running', '0', `10.0.0.${k + 1}`, `n${k + 1}`))));
    const f = m.findings.find((x) => x.id === 'cni-several');
    expect([f?.vars.cnis, f?.severity]).toEqual(cnis === undefined ? [undefined, undefined] : [cnis, 'warning']);
  });
  test('CNI agents of two add-ons in two tables apart: may be two clusters, not said', () => {
    const m = explain(paste([row('kube-system', 'calico-node-7xk2p', '1/1', 'Running', '0', '10.0.0.1', 'n1')]) + '\n' + paste([row('kube-system', 'kube-flannel-ds-9bq4m', '1/1', 'Running', '0', '10.0.1.1', 'm1')]));
    expect(m.findings.map((f) => f.id)).not.toContain('cni-several');
  });
  test('a CNI pod crash-looping in a listing piped through grep: the healthy agents may be left out, nothing blamed on it', () => {
    const m = explain(['$ kubectl get pods -A | grep -v Running',
      'kube-system   coredns-5c98db65d4-5xscs                    0/1     Pending            0          6m22s',
      'kube-system   kindnet-fnmdn                               0/1     CrashLoopBackOff   6          6m21s'].join('\n'));
    expect(m.findings.map((f) => f.id)).not.toContain('pods-waiting-failing-cni');
  });
  test('pods Pending for an hour while every CNI agent is stuck in Init: all said to wait on it, none left as stuck Pending (microk8s, hunt v/13)', () => {
    const m = explain(['NAMESPACE     NAME                                        READY   STATUS     RESTARTS   AGE',
      'kube-system   calico-node-5ts8c                           0/1     Init:0/3   0          54m',
      'kube-system   calico-kube-controllers-847c8c99d-wn9w4     0/1     Pending    0          72m',
      'kube-system   metrics-server-7b7db5984b-4mn48             0/1     Pending    0          7m31s'].join('\n'));
    const f = m.findings.filter((x) => x.id === 'pods-waiting-failing-cni' || (x.id === 'pods-in-status' && x.vars.status === 'Pending'));
    expect(f.map((x) => [x.id, x.severity, x.rows])).toEqual([['pods-waiting-failing-cni', 'warning', [3, 4]]]);
  });
  test.each([
    { name: '5 restarts each within hours: the kubelet or the runtime keeps restarting them, one warning', counts: ['5', '5', '5'], ages: ['3h35m', '3h35m', '139m'], ids: ['static-restarts-looping'], severities: ['warning', 'warning', 'warning'] },
    { name: '12 restarts each over 10 days: the node restarted now and then, said once', counts: ['12', '12', '12'], ages: ['10d', '10d', '10d'], ids: ['static-restarts-together'], severities: ['ok', 'ok', 'ok'] },
    { name: 'one static pod alone restarting: its own finding, its row as severe', counts: ['0', '0', '5'], ages: ['3h35m', '3h35m', '139m'], ids: ['restarts-young'], severities: ['ok', 'ok', 'error'] },
    { name: 'one static pod fewer times than the other two (hunt bz/07): one loop, no error for the one that restarted least', counts: ['9', '9', '6'], ages: ['12m', '12m', '12m'], ids: ['static-restarts-looping-others'], severities: ['warning', 'warning', 'warning'] },
    { name: 'one static pod under half as often: its own finding', counts: ['9', '9', '4'], ages: ['12m', '12m', '12m'], ids: ['static-restarts-looping', 'restarts-young'], severities: ['warning', 'warning', 'warning'] },
  ])('static pods of one node with no "(ago)": $name', ({ counts, ages, ids, severities }) => {
    const pods = ['etcd-k8s-master', 'kube-apiserver-k8s-master', 'kube-controller-manager-k8s-master'];
    const dns = row('kube-system', 'coredns-757f4547d9-xvzgx', '1/1', 'Running', '0', '10.244.1.50', 'k8s-node-01');
    const m = explain(paste([...pods.map((p, k) => row('kube-system', p, '1/1', 'Running', counts[k] as string, '172.18.3.9', 'k8s-master').map((c, i) => (i === 5 ? (ages[k] as string) : c))), dns]));
    expect(m.findings.filter((f) => f.id.includes('restart')).map((f) => f.id)).toEqual(ids);
    expect(m.rows.map((r) => r.severity)).toEqual([...severities, 'ok']);
  });
  test.each([
    { name: 'the API server restarted 2 times within 53m: lost leader election, a warning (kubespray, hunt br/07)', counts: ['2', '11', '11'], ages: ['53m', '53m', '53m'], id: 'static-restarts-leader-election', severity: 'warning' },
    { name: 'the API server restarted 0 times over 10 days: lost leader election now and then, a note', counts: ['0', '12', '12'], ages: ['10d', '10d', '10d'], id: 'static-restarts-leader-election', severity: 'ok' },
    { name: 'the API server restarted as often: the kubelet or the runtime, every static pod alike', counts: ['11', '11', '11'], ages: ['53m', '53m', '53m'], id: 'static-restarts-looping', severity: 'warning' },
    { name: 'the API server restarted more than half as often: not told apart, the kubelet or the runtime, one finding with it (hunt bz/07)', counts: ['6', '11', '11'], ages: ['53m', '53m', '53m'], id: 'static-restarts-looping-others', severity: 'warning' },
  ])('kube-controller-manager and kube-scheduler restarted together beside the API server: $name', ({ counts, ages, id, severity }) => {
    const pods = ['kube-apiserver-server1', 'kube-controller-manager-server1', 'kube-scheduler-server1'];
    const m = explain(['NAMESPACE     NAME                              READY   STATUS    RESTARTS   AGE',
      ...pods.map((p, k) => `kube-system   ${p.padEnd(34)}1/1     Running   ${(counts[k] as string).padEnd(11)}${ages[k] as string}`)].join('\n'));
    const f = m.findings.filter((x) => x.id.startsWith('static-'));
    expect(f.map((x) => [x.id, x.severity, x.rows])).toEqual([[id, severity, id === 'static-restarts-leader-election' ? [3, 4] : [2, 3, 4]]]);
    if (id === 'static-restarts-looping-others') expect(f[0]?.vars).toMatchObject({ count: 11, pods: 2, others: 1, counts: '6' });
    if (id === 'static-restarts-leader-election') expect(f[0]?.vars).toMatchObject({ node: 'server1', apiserver: Number(counts[0]), pod: 'kube-controller-manager-server1', namespace: 'kube-system' });
  });
  test.each([
    { name: 'etcd among them: not the two leader-elected components alone', pods: ['etcd-server1', 'kube-controller-manager-server1', 'kube-scheduler-server1', 'kube-apiserver-server1'], counts: ['11', '11', '11', '0'] },
    { name: 'no API server on that node in the paste: nothing to compare', pods: ['kube-controller-manager-server1', 'kube-scheduler-server1', 'kube-apiserver-server2'], counts: ['11', '11', '0'] },
  ])('static pods restarted together, not lost leader election: $name', ({ pods, counts }) => {
    const m = explain(['NAMESPACE     NAME                              READY   STATUS    RESTARTS   AGE',
      ...pods.map((p, k) => `kube-system   ${p.padEnd(34)}1/1     Running   ${(counts[k] as string).padEnd(11)}53m`)].join('\n'));
    expect(m.findings.map((x) => x.id)).toContain('static-restarts-looping');
    expect(m.findings.map((x) => x.id)).not.toContain('static-restarts-leader-election');
  });
  test.each([
    { name: 'another row of the table shows "(ago)": theirs are old, an ok note (Docker Desktop)', other: '2 (8m10s ago)', ids: ['static-restarts-old'], severity: 'ok' },
    { name: 'no row shows "(ago)": the kubectl may predate it, still a loop', other: '2', ids: ['static-restarts-looping'], severity: 'warning' },
  ])('static pods restarted 19 times each within 34m: $name', ({ other, ids, severity }) => {
    const statics = ['etcd-docker-desktop', 'kube-apiserver-docker-desktop', 'kube-scheduler-docker-desktop'].map((p) => `kube-system   ${p.padEnd(31)}1/1     Running   19              34m`);
    const m = explain(['NAMESPACE     NAME                             READY   STATUS    RESTARTS        AGE', ...statics, `kube-system   vpnkit-controller                1/1     Running   ${other.padEnd(16)}33m`].join('\n'));
    expect(m.findings.filter((f) => f.id.startsWith('static-')).map((f) => f.id)).toEqual(ids);
    expect(m.rows[0]?.severity).toEqual(severity);
  });
  test.each([
    { name: 'the paste names that node alone: CoreDNS joins the node\'s restarts (hunt am/08)', dns: ['12', '5d16h'], extra: [], ids: ['node-restarts-together'], rows: [2, 3, 4, 5], severities: ['ok', 'ok', 'ok', 'ok'] },
    { name: 'CoreDNS with another count: its own warning beside the static pods\' note', dns: ['20', '5d16h'], extra: [], ids: ['restarts-many-owner', 'static-restarts-together'], rows: [4, 5], severities: ['warning', 'warning', 'ok', 'ok'] },
    { name: 'CoreDNS younger than the static pods: the same count is no shared history', dns: ['12', '3d'], extra: [], ids: ['restarts-many-owner', 'static-restarts-together'], rows: [4, 5], severities: ['warning', 'warning', 'ok', 'ok'] },
    { name: 'another node in the paste: CoreDNS with no NODE may run there', dns: ['12', '5d16h'], extra: ['kube-system   etcd-master2                       1/1     Running   0          5d16h'], ids: ['restarts-many-owner', 'static-restarts-together'], rows: [4, 5], severities: ['warning', 'warning', 'ok', 'ok'] },
  ])('static pods restarted 12 times each, CoreDNS beside them with no NODE column: $name', ({ dns, extra, ids, rows, severities }) => {
    const m = explain(['NAMESPACE     NAME                               READY   STATUS    RESTARTS   AGE',
      ...['coredns-7ff77c879f-nfg4z', 'coredns-7ff77c879f-vsks7'].map((p) => `kube-system   ${p.padEnd(35)}1/1     Running   ${(dns[0] as string).padEnd(11)}${dns[1] as string}`),
      'kube-system   etcd-master                        1/1     Running   12         5d16h',
      'kube-system   kube-apiserver-master              1/1     Running   12         5d16h', ...extra,
      'logging       elastic-operator-0                 1/1     Running   4          3d3h'].join('\n'));
    const f = m.findings.filter((x) => x.id.includes('restart'));
    expect(f.map((x) => x.id)).toEqual(ids);
    expect(f.find((x) => x.id.endsWith('-restarts-together'))?.rows).toEqual(rows);
    expect(m.rows.slice(0, 4).map((r) => r.severity)).toEqual(severities);
  });
  test('nodes NotReady and a CNI pod starting with no NODE column: one finding for all, naming no pod as any node\'s', () => {
    const m = explain(`NAME   STATUS     ROLES    AGE   VERSION\nn1     NotReady   <none>   10m   v1.31.0\nn2     NotReady   <none>   10m   v1.31.0\n\nNAMESPACE     NAME                    READY   STATUS              RESTARTS   AGE\nkube-system   kube-flannel-ds-j2859   0/1     ContainerCreating   0          38s`);
    const f = m.findings.filter((x) => x.id.includes('waiting-cni') || x.id === 'node-not-ready');
    expect(f.map((x) => [x.id, x.vars.nodes, x.rows])).toEqual([['nodes-waiting-cni', 'n1, n2', [2, 3, 6]]]);
  });
  test.each([
    { name: 'three (the most the back-off lets fit): start-up', restarts: '3 (22m ago)', age: '22m', expected: [] },
    { name: 'four, the last under ten minutes ago: a loop that may go on', restarts: '4 (3m20s ago)', age: '5m', expected: ['restarts-recent'] },
    { name: 'four, up ten minutes and more since: the back-off reset, start-up (hunt de/21)', restarts: '4 (16m ago)', age: '16m', expected: [] },
    { name: 'one, two whole minutes after creation as kubectl rounds them: start-up (hunt aj/13)', restarts: '1 (25m ago)', age: '27m', expected: [] },
    { name: 'one, three whole minutes after creation: past start-up', restarts: '1 (24m ago)', age: '27m', expected: ['restarts-recent'] },
    { name: 'two, 158 s after creation with seconds shown: past start-up', restarts: '2 (9m22s ago)', age: '12m', expected: ['restarts-recent'] },
    { name: 'four, all before the pod existed: a static pod restarting during bootstrap (hunt aj/20)', restarts: '4 (4m5s ago)', age: '2m23s', expected: [] },
    { name: 'twelve, all before the pod existed: none since it was registered', restarts: '12 (4m5s ago)', age: '2m23s', expected: [] },
  ])('restarts in the first two minutes, all: $name', ({ restarts, age, expected }) => {
    const m = explain(`NAME     READY   STATUS    RESTARTS      AGE\nloki-0   1/1     Running   ${restarts.padEnd(14)}${age}`);
    expect(m.findings.filter((f) => f.id.startsWith('restarts-')).map((f) => f.id)).toEqual(expected);
  });
  const refused = (statuses: string[], names = ['4fhwq', 'bx2kz', 'c7m9p', 'd8n4r']) => `NAMESPACE   NAME                  READY   STATUS    RESTARTS   AGE\n${statuses.map((st, i) => `default     web-9c9bc6fff-${names[i]}   0/1     ${st.padEnd(18)}0          ${i + 1}m`).join('\n')}`;
  test.each([
    { name: 'three pods of one Deployment refused SysctlForbidden (er/07): the owner keeps making them', text: refused(['SysctlForbidden', 'SysctlForbidden', 'SysctlForbidden']), found: ['admission-refused-again'] },
    { name: 'OutOfcpu and OutOfmemory mixed, one owner: refusals all the same', text: refused(['OutOfcpu', 'OutOfmemory', 'OutOfcpu']), found: ['admission-refused-again'] },
    { name: 'two refused: told by their status', text: refused(['OutOfcpu', 'OutOfcpu']), found: ['pods-in-status'] },
    { name: 'three evicted: stopped after they ran, not refused (evictions have findings of their own)', text: refused(['Evicted', 'Evicted', 'Evicted']), found: [] },
  ])('pods refused at admission: $name', ({ text, found }) => {
    expect(explain(text).findings.filter((f) => f.id === 'admission-refused-again' || (f.id === 'pods-in-status' && f.vars.status !== 'Evicted')).map((f) => f.id)).toEqual(found);
  });
  test.each([
    { name: "a CronJob's run of two containers, one not ready (es/13): a sidecar's doing", pod: 'backup-28345670-x7k2p', ready: '1/2', found: ['running-not-ready-job'] },
    { name: "a runner scale set's runner pod of two, one not ready: its runner ended beside dind", pod: 'ci-b2c4d-runner-x7k2p', ready: '1/2', found: ['running-not-ready-runner'] },
    { name: "a Deployment's pod of two containers, one not ready: its probe, no Service traffic", pod: 'web-6b8f7c9d4-x7k2p', ready: '1/2', found: ['running-not-ready'] },
    { name: "a CronJob's run of one container not ready: its own probe", pod: 'backup-28345670-x7k2p', ready: '0/1', found: ['running-not-ready'] },
  ])('Running not ready: $name', ({ pod, ready, found }) => {
    const m = explain(`NAME                    READY   STATUS    RESTARTS   AGE\n${pod.padEnd(24)}${ready.padEnd(8)}Running   0          10m`);
    expect(m.findings.filter((f) => f.id.startsWith('running-not-ready')).map((f) => f.id)).toEqual(found);
  });
  test.each([
    { name: 'ten in the first 24 minutes, quiet 22 since (ek/07): the loop stopped', ready: '1/1', restarts: '10 (22m ago)', age: '46m', expected: [['restarts-settled', 'warning']] },
    { name: 'twenty-two in 11 minutes, quiet 19 since (df/14): the loop stopped', ready: '1/1', restarts: '22 (19m ago)', age: '30m', expected: [['restarts-settled', 'warning']] },
    { name: 'ten in four hours, the last 22 minutes ago: a slow loop keeps its pace', ready: '1/1', restarts: '10 (22m ago)', age: '4h10m', expected: [['restarts-recent', 'error']] },
    { name: 'ten, the last 12 minutes ago: within three back-off caps, may go on', ready: '1/1', restarts: '10 (12m ago)', age: '30m', expected: [['restarts-recent', 'error']] },
    { name: 'ten, quiet 22 minutes but not ready: may be between two crashes', ready: '0/1', restarts: '10 (22m ago)', age: '46m', expected: [['restarts-recent', 'error'], ['running-not-ready', 'warning']] },
    { name: 'four, quiet 22 minutes: too few to be an error, a warning as before', ready: '1/1', restarts: '4 (22m ago)', age: '46m', expected: [['restarts-recent', 'warning']] },
  ])('many restarts that stopped: $name', ({ ready, restarts, age, expected }) => {
    const m = explain(`NAME     READY   STATUS    RESTARTS      AGE\nloki-0   ${ready}     Running   ${restarts.padEnd(14)}${age}`);
    expect(m.findings.filter((f) => f.id.startsWith('restarts-') || f.id === 'running-not-ready').map((f) => [f.id, f.severity])).toEqual(expected);
  });
  test.each([
    { name: 'one container: the pod restarted', ready: '1/1', restarts: '10', id: 'restarts-young', containers: undefined },
    { name: 'two containers: their restarts added up (k3s svclb)', ready: '2/2', restarts: '10', id: 'restarts-young-containers', containers: 2 },
    { name: 'two containers, the last restart shown', ready: '2/2', restarts: '10 (3m ago)', id: 'restarts-recent-containers', containers: 2 },
    { name: 'two containers, a single restart: one container\'s, nothing to add up', ready: '2/2', restarts: '1 (3m ago)', id: 'restarts-recent', containers: undefined },
    { name: 'PodInitializing: the init containers are done, RESTARTS is the app containers\'', ready: '0/2', restarts: '10 (3m ago)', id: 'restarts-recent-containers', containers: 2, status: 'PodInitializing' },
    { name: 'Init:Error: its init containers\' restarts alone, none of the two app containers has started (hunt ao/20)', ready: '0/2', restarts: '545', id: 'restarts-many-init', containers: undefined, status: 'Init:Error', age: '2d' },
    { name: 'Init:2/4 while the third init container runs: theirs too', ready: '0/1', restarts: '41 (104s ago)', id: 'restarts-recent-init', containers: undefined, status: 'Init:2/4' },
    { name: 'Init:Error without "(ago)" in its first hour', ready: '0/2', restarts: '6', id: 'restarts-young-init', containers: undefined, status: 'Init:Error', age: '40m' },
  ])('RESTARTS of a multi-container pod is its containers\' sum: $name', ({ ready, restarts, id, containers, status, age }) => {
    const m = explain(`NAME                  READY   STATUS            RESTARTS       AGE\nsvclb-traefik-wrrkh   ${ready}     ${(status ?? 'Running').padEnd(18)}${restarts.padEnd(15)}${age ?? '100m'}`);
    const f = m.findings.find((x) => x.id.startsWith('restarts-'));
    expect([f?.id, f?.vars.containers]).toEqual([id, containers]);
  });
  test.each([
    { name: 'one restart of a one-container pod: a fact, not yet a pattern', ready: '1/1', restarts: '1 (44m ago)', severity: 'ok', row: 'ok' },
    { name: 'two of a 2/2 pod, restarted by one event with its neighbour (hunt an/24): may be one a container', ready: '2/2', restarts: '2 (44m ago)', severity: 'ok', row: 'ok' },
    { name: 'five of a 5/5 CSI controller: each sidecar once while the driver came up', ready: '5/5', restarts: '5 (17m ago)', severity: 'ok', row: 'ok' },
    { name: 'three of a 2/2 pod: one of them restarted again', ready: '2/2', restarts: '3 (44m ago)', severity: 'warning', row: 'warning' },
    { name: 'two of a 1/1 pod: repeated', ready: '1/1', restarts: '2 (44m ago)', severity: 'warning', row: 'warning' },
  ])('recent restarts count against the containers: $name', ({ ready, restarts, severity, row: rowSeverity }) => {
    const m = explain(`NAME                                        READY   STATUS    RESTARTS      AGE\nflink-kubernetes-operator-79d98b567-6n82v   ${ready}     Running   ${restarts.padEnd(14)}25h`);
    expect([m.findings.find((f) => f.id.startsWith('restarts-recent'))?.severity, m.rows[0]?.severity]).toEqual([severity, rowSeverity]);
  });
  test.each([
    { name: "the docs' dnsutils, 29 restarts at 29h, the last 41m ago: its hourly sleep (hunt cy/02)", pod: 'dnsutils', status: 'Running', restarts: '29 (41m ago)', age: '29h', hourly: true, row: 'ok' },
    { name: 'dnsutils at 3 restarts in 3h12m, the last 10m ago: the hour kept', pod: 'dnsutils', status: 'Running', restarts: '3 (10m ago)', age: '3h12m', hourly: true, row: 'ok' },
    { name: 'dnsutils restarting every few minutes is a crash loop, not the hour', pod: 'dnsutils', status: 'Running', restarts: '29 (2m ago)', age: '3h12m', hourly: false, row: 'error' },
    { name: 'dnsutils in CrashLoopBackOff keeps its error', pod: 'dnsutils', status: 'CrashLoopBackOff', restarts: '29 (41m ago)', age: '29h', hourly: false, row: 'error' },
    { name: 'dnsutils quiet for two hours has stopped keeping the hour', pod: 'dnsutils', status: 'Running', restarts: '27 (2h ago)', age: '29h', hourly: false, row: 'warning' },
    { name: 'a pod unknown to the knowledge base on the same hourly rhythm may crash each hour', pod: 'api-0', status: 'Running', restarts: '29 (41m ago)', age: '29h', hourly: false, row: 'error' },
  ])('restarts on the hour of a known sleeper: $name', ({ pod, status, restarts, age, hourly, row }) => {
    const m = explain(`NAMESPACE   NAME   READY   STATUS   RESTARTS   AGE\ndefault   ${pod}   1/1   ${status}   ${restarts}   ${age}`);
    const f = m.findings.find((x) => x.id === 'restarts-hourly-sleep');
    expect([f?.severity, m.rows[0]?.severity]).toEqual([hourly ? 'ok' : undefined, row]);
  });
  test.each([
    { name: "the docs' dnsutils at 120 in 6d23h, no \"(ago)\": no more than one an hour, its sleep (df/10)", restarts: '120', age: '6d23h', id: 'restarts-hourly-sleep-total', row: 'ok' },
    { name: 'dnsutils at 29 in 29h', restarts: '29', age: '29h', id: 'restarts-hourly-sleep-total', row: 'ok' },
    { name: 'dnsutils at 300 in 29h: more than the hours, a crash loop', restarts: '300', age: '29h', id: 'restarts-many', row: 'error' },
    { name: 'dnsutils at 20 in 6d23h: fewer than one every two hours, not the sleep\'s pace', restarts: '20', age: '6d23h', id: 'restarts-many', row: 'warning' },
  ])('restarts of a known hourly sleeper without "(ago)": $name', ({ restarts, age, id, row }) => {
    const m = explain(`NAME       READY   STATUS    RESTARTS   AGE\ndnsutils   1/1     Running   ${restarts.padEnd(11)}${age}`);
    expect([m.findings.find((x) => x.id.startsWith('restarts-'))?.id, m.rows[0]?.severity]).toEqual([id, row]);
  });
  test.each([
    { name: '12 restarts in 103 days are reboots, not a finding', restarts: '12', age: '103d', expected: [] },
    { name: '12 restarts in 3 days are', restarts: '12', age: '3d', expected: ['restarts-many-containers'] },
    { name: '36822 restarts in 122 days (one every five minutes) are a crash loop caught Running', restarts: '36822', age: '122d', expected: ['restarts-many-containers'], severity: 'error' },
    { name: '149 restarts in 15 days, the last 11 days ago: quiet since, history', restarts: '149 (11d ago)', age: '15d', expected: [] },
    { name: '149 restarts in 15 days, the last 5 hours ago: still going', restarts: '149 (5h ago)', age: '15d', expected: ['restarts-many-containers'] },
    { name: '14 restarts in 129m, none for the last 112m: packed into its start, no loop now (hunt ck/21)', restarts: '14 (112m ago)', age: '129m', expected: ['restarts-many-containers'], severity: 'warning' },
    { name: '14 restarts in 129m, no "(ago)" to say when: young, a loop at that pace', restarts: '14', age: '129m', expected: ['restarts-young-containers'], severity: 'error' },
  ])('many restarts count against the age: $name', ({ restarts, age, expected, severity }) => {
    const m14 = explain(`NAME                  READY   STATUS    RESTARTS   AGE\nalertmanager-main-0   6/6     Running   ${restarts}         ${age}`);
    const found = m14.findings.filter((f) => f.id.startsWith('restarts-'));
    expect(found.map((f) => f.id)).toEqual(expected);
    if (found[0] !== undefined) expect(found[0].severity).toBe(severity ?? 'warning');
  });
  test('a stuck Pending pod is one finding, not two', () => {
    const m15 = explain('NAME                            READY   STATUS    RESTARTS   AGE\ninventory-api-5d6e7f8a9-q4r7p   0/1     Pending   0          47m');
    expect(m15.findings.filter((f) => f.id !== 'namespace-unknown').map((f) => [f.id, f.severity, f.vars.status])).toEqual([['pods-in-status', 'warning', 'Pending']]);
    const m16 = explain(paste([row('default', 'web-0', '0/1', 'Pending', '0', '<none>', '<none>')]));
    expect(m16.findings.filter((f) => f.id !== 'command-not-wide').map((f) => f.id)).toEqual(['pending-no-node']);
  });
  test.each([
    { name: 'one unplaced, one placed (KubeEdge: Pending 30m on its edge node, hunt cm/06)', rows: [['<none>', '<none>'], ['<none>', 'edge-node']], expected: [['pending-no-node', [1]], ['pending-on-node', [2]]] },
    { name: 'both unplaced', rows: [['<none>', '<none>'], ['<none>', '<none>']], expected: [['pending-no-node', [1, 2]]] },
    { name: 'both placed, long ago: the nodes are told', rows: [['<none>', 'edge-node'], ['<none>', 'w1']], expected: [['pending-on-node', [1, 2]]] },
    { name: 'placed seconds ago: still starting, progress', rows: [['<none>', 'edge-node']], age: '5s', expected: [['pods-in-status', [1]]] },
    { name: 'unplaced 8 s ago: still being scheduled, progress (hunt cv/10)', rows: [['<none>', '<none>']], age: '8s', expected: [['pods-in-status', [1]]], severities: ['progress'] },
    { name: 'unplaced and placed, seconds old: one Pending group', rows: [['<none>', '<none>'], ['<none>', 'edge-node']], age: '8s', expected: [['pods-in-status', [1, 2]]], severities: ['progress'] },
    { name: 'unplaced a minute ago: the scheduler had its tries', rows: [['<none>', '<none>']], age: '60s', expected: [['pending-no-node', [1]]], severities: ['warning'] },
  ])('Pending pods with and without a node are told apart: $name', ({ rows, age, expected, severities }) => {
    const m = explain(paste(rows.map(([ip, node], k) => { const r = row('default', `web-${k}`, '0/1', 'Pending', '0', ip as string, node as string); r[5] = age ?? '30m'; return r; })));
    const lines = m.rows.map((r) => r.line);
    const found = m.findings.filter((f) => f.id === 'pending-no-node' || f.id === 'pending-on-node' || f.id === 'pods-in-status');
    expect(found.map((f) => [f.id, f.rows.map((l) => lines.indexOf(l) + 1)])).toEqual(expected);
    if (severities !== undefined) expect(found.map((f) => f.severity)).toEqual(severities);
  });
  const nodesTable = (nodes: string[][]) => `$ kubectl get nodes\n${printTable(['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'], nodes)}\n`;
  const controllers = 'kube-system   calico-kube-controllers-6766647d54-gvsn6    0/1     Pending   0          37s';
  test.each([
    { name: 'both at one moment, the API server not (eg/04): a lease lost', cm: '3 (7m35s ago)', sched: '3 (7m35s ago)', api: '2', expected: ['static-restarts-leader-election-moment'] },
    { name: "kubectl's rounding a second apart: one moment", cm: '1 (8m13s ago)', sched: '1 (8m14s ago)', api: '0', expected: ['static-restarts-leader-election-moment'] },
    { name: 'the API server restarted then too: the node or kubelet, not a lease', cm: '3 (7m35s ago)', sched: '3 (7m35s ago)', api: '3 (7m35s ago)', expected: [] },
    { name: 'at different moments: each its own', cm: '3 (7m35s ago)', sched: '3 (2h ago)', api: '2', expected: [] },
  ])('kube-controller-manager and kube-scheduler restarted together: $name', ({ cm, sched, api, expected }) => {
    const m = explain([
      'NAMESPACE     NAME                                        READY   STATUS    RESTARTS        AGE',
      `kube-system   kube-apiserver-kube-master-node1            1/1     Running   ${api.padEnd(15)} 19h`,
      `kube-system   kube-controller-manager-kube-master-node1   1/1     Running   ${cm.padEnd(15)} 19h`,
      `kube-system   kube-scheduler-kube-master-node1            1/1     Running   ${sched.padEnd(15)} 19h`,
    ].join('\n'));
    expect(m.findings.filter((f) => f.id === 'static-restarts-leader-election-moment').map((f) => f.id)).toEqual(expected);
    if (expected.length > 0) expect(m.findings.filter((f) => f.id === 'restarts-recent')).toEqual([]);
  });
  test.each([
    { name: 'the only node a kubeadm control plane, Ready (eg/03): the taint holds the pod', nodes: [['kube-master-node1', 'Ready', 'control-plane', '53m', 'v1.24.3']], pod: controllers, expected: ['pending-control-plane-only'] },
    { name: 'three control planes and no worker: the same', nodes: [['cp1', 'Ready', 'control-plane', '5d', 'v1.29.1'], ['cp2', 'Ready', 'control-plane', '5d', 'v1.29.1'], ['cp3', 'Ready', 'control-plane,master', '5d', 'v1.29.1']], pod: controllers, expected: ['pending-control-plane-only'] },
    { name: 'a worker beside it: the pod has somewhere to go', nodes: [['cp1', 'Ready', 'control-plane', '5d', 'v1.29.1'], ['w1', 'Ready', '<none>', '5d', 'v1.29.1']], pod: controllers, expected: [] },
    { name: 'the control plane NotReady: that is the node finding', nodes: [['cp1', 'NotReady', 'control-plane', '5d', 'v1.29.1']], pod: controllers, expected: [] },
    { name: "k3s's server runs workloads: no taint to blame", nodes: [['server', 'Ready', 'control-plane,master', '5d', 'v1.29.1+k3s1']], pod: controllers, expected: [] },
    { name: "minikube's node neither", nodes: [['minikube', 'Ready', 'control-plane', '5d', 'v1.29.1']], pod: controllers, expected: [] },
    { name: 'CoreDNS tolerates the taint: something else holds it', nodes: [['cp1', 'Ready', 'control-plane', '5d', 'v1.29.1']], pod: 'kube-system   coredns-6d4b75cb6d-bn4wg   0/1   Pending   0   4m', expected: [] },
  ])('Pending pods where every node is a control plane: $name', ({ nodes, pod, expected }) => {
    const m = explain(`${nodesTable(nodes)}$ kubectl get pods -A\nNAMESPACE     NAME                                        READY   STATUS    RESTARTS   AGE\n${pod}\n`);
    expect(m.findings.filter((f) => f.id === 'pending-control-plane-only').map((f) => f.id)).toEqual(expected);
  });
  test.each([
    { name: 'the scheduler crash-looping, a Deployment pod Pending (hunt di/01): it waits on the scheduler', scheduler: ['0/1', 'CrashLoopBackOff', '2 (19s ago)', '44s'], pending: 'app-5646649cc9-cvmnm', ids: ['pending-scheduler-down'] },
    { name: 'the scheduler starting again: not down', scheduler: ['0/1', 'Running', '0', '10s'], pending: 'app-5646649cc9-cvmnm', ids: [] },
    { name: 'the scheduler running: Pending is for another reason', scheduler: ['1/1', 'Running', '0', '9m'], pending: 'app-5646649cc9-cvmnm', ids: [] },
    { name: "a static pod's mirror Pending needs no scheduler", scheduler: ['0/1', 'CrashLoopBackOff', '2 (19s ago)', '44s'], pending: 'static-web-controlplane', ids: [] },
  ])('Pending pods while kube-scheduler fails: $name', ({ scheduler, pending, ids }) => {
    const m = explain(`NAMESPACE     NAME                          READY   STATUS    RESTARTS   AGE\ndefault   ${pending}   0/1   Pending   0   43s\nkube-system   kube-apiserver-controlplane   1/1   Running   0   9m\nkube-system   kube-scheduler-controlplane   ${scheduler.join('   ')}\n`);
    const f = m.findings.filter((x) => x.id === 'pending-scheduler-down');
    expect(f.map((x) => x.id)).toEqual(ids);
    if (ids.length > 0) expect([f[0]?.severity, f[0]?.vars.name, f[0]?.rows]).toEqual(['error', 'kube-scheduler-controlplane', [2, 4]]);
    // Its row says what the finding says: held, not on its way (and not in a Pending group too).
    expect([m.rows[0]?.severity, m.rows[0]?.explanations.includes('explain.pending-no-scheduler')]).toEqual(ids.length > 0 ? ['warning', true] : ['progress', false]);
    if (ids.length > 0) expect(m.findings.filter((x) => (x.id === 'pods-in-status' && x.vars.status === 'Pending') || x.id === 'pending-no-node')).toEqual([]);
  });
  test.each([
    { name: 'two ReplicaSets, all ready, the newer 30m old: unfinished, newest first', ages: ['2d', '2d', '30m'], ready: '1/1', command: 'kubectl get pods -n shop', id: 'rollout-generations-ready', sets: 'web-6d588fb886, web-6c7865774c', age: '30m' },
    { name: 'the newer only 5m old: a rollout under way', ages: ['2d', '2d', '5m'], ready: '1/1', command: 'kubectl get pods -n shop', id: null },
    { name: 'a pod not ready: not all ready (another finding, or a rollout in progress)', ages: ['2d', '2d', '30m'], ready: '0/1', command: 'kubectl get pods -n shop', id: null },
    { name: 'a watch: AGE is not how long the pods were ready (ch/05)', ages: ['2d', '2d', '30m'], ready: '1/1', command: 'kubectl get pods -n shop -w', id: null },
    { name: 'an Argo Rollout with three ReplicaSets (dy/17): a warning', ages: ['21h', '6h12m', '3h22m'], ready: '2/2', command: 'kubectl get pods -n shop', rollout: true, id: 'rollout-generations-ready-argo', sets: 'web-6d588fb886, web-8547b7bb9c, web-6c7865774c', age: '3h22m' },
  ])('pods of several ReplicaSets all ready side by side: $name', ({ ages, ready, command, rollout, id, sets, age }) => {
    const hashes = rollout === true ? ['6c7865774c', '8547b7bb9c', '6d588fb886'] : ['6c7865774c', '6c7865774c', '6d588fb886'];
    const pods = hashes.map((h, k) => `web-${h}-${['h8mkl', 'wbl78', 'mpjtw'][k]}   ${k === 2 ? ready : ready.replace(/^0/, ready.slice(-1))}   Running   0   ${ages[k]}`);
    const before = rollout === true ? ['$ kubectl get rollout -n shop', 'NAME   DESIRED   CURRENT   UP-TO-DATE   AVAILABLE', 'web    2         3         1            3'] : [];
    const m = explain([...before, `$ ${command}`, 'NAME                       READY   STATUS    RESTARTS   AGE', ...pods].join('\n'));
    const f = m.findings.find((x) => x.id.startsWith('rollout-generations-ready'));
    expect(f === undefined ? null : [f.id, f.severity, f.vars.sets, f.vars.age, f.vars.ns, f.rows.length]).toEqual(id === null ? null : [id, id.endsWith('argo') ? 'warning' : 'progress', sets, age, '-n shop ', 3]);
  });
  test('pods of two ReplicaSets in two snapshots are a rollout between them, not side by side', () => {
    const m = explain(['$ kubectl get pods', 'NAME                        READY   STATUS    RESTARTS   AGE', 'web-6c7865774c-h8mkl   1/1   Running   0   2d', '$ kubectl get pods', 'NAME                        READY   STATUS    RESTARTS   AGE', 'web-6d588fb886-mpjtw   1/1   Running   0   30m'].join('\n'));
    expect(m.findings.map((f) => f.id)).not.toContain('rollout-generations-ready');
  });
  test('pods of two ReplicaSets, one under a header and one pasted bare below prose, are two listings (fe/03)', () => {
    const m = explain(['In the docs it says `kubectl get pods -n shop` will result in', '', 'NAME                        READY   STATUS    RESTARTS   AGE', 'web-6c7865774c-h8mkl   1/1   Running   0   29m', '', 'I get...', '```', 'web-6d588fb886-mpjtw   1/1   Running   0   2d', '```'].join('\n'));
    expect(m.findings.map((f) => f.id)).not.toContain('rollout-generations-ready');
  });
  test.each([
    { name: 'both workers NotReady, two pods Pending with no node (hunt dw/11): one finding for nodes and pods', nodes: ['NotReady', 'NotReady'], command: 'kubectl get nodes', id: 'pending-no-ready-node', rows: [2, 3, 6, 7], held: true },
    { name: 'one of two Ready: the Pending pods wait for something else', nodes: ['NotReady', 'Ready'], command: 'kubectl get nodes', id: null, rows: [], held: false },
    { name: 'NotReady,SchedulingDisabled counts as not Ready', nodes: ['NotReady,SchedulingDisabled', 'Unknown'], command: 'kubectl get nodes', id: 'pending-no-ready-node', rows: [2, 3, 6, 7], held: true },
    { name: 'a get nodes naming one node: others may be Ready, unshown', nodes: ['NotReady', 'NotReady'], command: 'kubectl get nodes k8s-worker-1 k8s-worker-2', id: null, rows: [], held: false },
    { name: 'an alias kubectl does not spell out: the table is taken as whole (hunt cy/28, `kno`)', nodes: ['NotReady', 'NotReady'], command: 'kno', id: 'pending-no-ready-node', rows: [2, 3, 6, 7], held: true },
  ])('Pending pods and no Ready node: $name', ({ nodes, command, id, rows, held }) => {
    const m = explain([`$ ${command}`, 'NAME           STATUS     ROLES     AGE       VERSION', ...nodes.map((s, k) => `k8s-worker-${k + 1}   ${s}   <none>    4h        v1.9.0`), '$ kubectl get pods -n kube-system', 'NAME                                    READY     STATUS    RESTARTS   AGE', 'kube-dns-6c857864fb-4znn2               0/3       Pending   0          4h', 'kubernetes-dashboard-5bd6f767c7-p562x   0/1       Pending   0          5m'].join('\n'));
    const f = m.findings.find((x) => x.id === 'pending-no-ready-node');
    expect([f?.id ?? null, f?.rows.map((l) => l - 1) ?? []]).toEqual([id, rows]);
    // Told once: no per-node finding, no Pending group beside it.
    if (id !== null) expect(m.findings.filter((x) => x.id === 'node-not-ready' || x.id === 'pending-no-node' || (x.id === 'pods-in-status' && x.vars.status === 'Pending'))).toEqual([]);
    // The five-minute-old pod is held, not on its way (the four-hour-old one is already told as stuck).
    expect(m.rows.map((r) => [r.severity, r.explanations.includes('explain.pending-no-ready-node')])).toEqual(held ? [['warning', false], ['warning', true]] : [['warning', false], ['progress', false]]);
  });
  test.each([
    { name: 'a whole -A listing, the prompt after it: no kube-scheduler, and a pod Pending (hunt di/10)', after: 'controlplane ~ ➜  ', pending: true, ids: ['control-plane-incomplete-scheduler'] },
    { name: 'no pod Pending: only the missing pod is told', after: 'controlplane ~ ➜  ', pending: false, ids: ['control-plane-incomplete'] },
    { name: 'no prompt after it: the paste may be cut where kube-scheduler would stand, nothing is told', after: '', pending: true, ids: [] },
  ])('the control plane without a scheduler: $name', ({ after, pending, ids }) => {
    const rows = ['kube-system   etcd-controlplane   1/1   Running   0   15m', 'kube-system   kube-apiserver-controlplane   1/1   Running   0   15m', 'kube-system   kube-controller-manager-controlplane   1/1   Running   0   15m', 'kube-system   kube-proxy-kx6fm   1/1   Running   0   15m'];
    const text = ['controlplane ~ ➜  kubectl get pods -A', 'NAMESPACE     NAME   READY   STATUS    RESTARTS   AGE', ...(pending ? ['default   nginx   0/1   Pending   0   5s'] : []), ...rows, '', after].join('\n');
    const m = explain(text);
    expect(m.findings.map((f) => f.id).filter((id) => id.startsWith('control-plane'))).toEqual(ids);
    // The Pending pod is told by the scheduler's finding alone, and its row is held (hunt di/10).
    const told = ids.includes('control-plane-incomplete-scheduler');
    if (pending) expect([m.findings.some((f) => f.id === 'pods-in-status'), m.rows[0]?.severity]).toEqual(told ? [false, 'warning'] : [true, 'progress']);
  });
  test('a pod Pending on its node is told where to look: the node (hunt cm/06)', () => {
    const m = explain(paste([row('default', 'nginx-deployment-666b5b4d8f-56x7p', '0/1', 'Pending', '0', '<none>', 'edge-node')]));
    expect(m.findings.find((f) => f.id === 'pending-on-node')?.vars).toEqual({ count: 1, nodes: 'edge-node', node: 'edge-node' });
    expect(m.rows[0]?.next.map((c) => c.command)).toContain('kubectl describe node edge-node');
  });
  test.each([
    { name: 'bound to its node 5m33s and still Pending: that node has not taken it up (ef/06)', age: '5m33s', found: true },
    { name: 'bound, 4 minutes old: AGE counts from creation, the binding may be recent', age: '4m', found: false },
    { name: 'bound for hours', age: '3h', found: true },
  ])('a pod Pending on a node sooner than one Pending unplaced: $name', ({ age, found }) => {
    const cells = row('default', 'static-web', '0/1', 'Pending', '0', '<none>', 'work-e');
    cells[5] = age;
    const m = explain(paste([cells]));
    expect([m.findings.some((f) => f.id === 'pending-on-node'), m.rows[0]?.severity]).toEqual([found, found ? 'warning' : 'progress']);
  });
  test.each([
    { name: "its describe says Node: <none> (au/25)", node: '<none>', status: 'Pending', expected: [['pending-no-node', 'warning']] },
    { name: "kubectl 1.5's describe says Node: / (d/17)", node: '/', status: 'Pending', expected: [['pending-no-node', 'warning']] },
    { name: 'its describe names a node: placed, not started', node: 'w1/10.0.0.5', status: 'Pending', expected: [['pods-in-status', 'progress']] },
    { name: 'described before it was placed, listed Running since', node: '<none>', status: 'Running', expected: [] },
  ])('a pod listed without a NODE column, placed or not by its describe: $name', ({ node, status, expected }) => {
    const m = explain(['$ kubectl get pods', 'NAME                   READY   STATUS    RESTARTS   AGE', `e2e-pool-zvr6r-s8glx   0/1     ${status}   0          3m47s`, '', '$ kubectl describe pod e2e-pool-zvr6r-s8glx', 'Name:             e2e-pool-zvr6r-s8glx', 'Namespace:        default', 'Priority:         0', `Node:             ${node}`, 'Status:           Pending', 'Containers:'].join('\n'));
    expect(m.findings.filter((f) => f.id === 'pending-no-node' || f.id === 'pods-in-status').map((f) => [f.id, f.severity])).toEqual(expected);
  });
  test.each([
    { name: 'two replicas of one ReplicaSet at one AGE, one described unplaced: both unplaced (hunt cu/01)', second: 'coredns-74ff55c5b-qsssw   0/1     Pending   0          21m', expected: [['pending-no-node', 2]] },
    { name: 'the sibling younger: maybe placed since, told apart', second: 'coredns-74ff55c5b-qsssw   0/1     Pending   0          3m', expected: [['pending-no-node', 1], ['pods-in-status', 1]] },
    { name: 'another ReplicaSet at that AGE: told apart', second: 'coredns-5d78c9869d-qsssw   0/1     Pending   0          21m', expected: [['pending-no-node', 1], ['pods-in-status', 1]] },
  ])('a Pending pod beside a described unplaced sibling: $name', ({ second, expected }) => {
    const m = explain(['$ kubectl get pods -n kube-system', 'NAME                      READY   STATUS    RESTARTS   AGE', 'coredns-74ff55c5b-58m75   0/1     Pending   0          21m', second, '$ kubectl describe -n kube-system pod coredns-74ff55c5b-58m75', 'Name:                 coredns-74ff55c5b-58m75', 'Namespace:            kube-system', 'Node:                 <none>', 'Status:               Pending', 'Containers:'].join('\n'));
    expect(m.findings.filter((f) => f.id === 'pending-no-node' || f.id === 'pods-in-status').map((f) => [f.id, f.vars['count']])).toEqual(expected);
  });
  test('pods in Terminating are a finding', () => {
    const m17 = explain('NAME    READY   STATUS        RESTARTS   AGE\nweb-0   0/1     Terminating   0          5d\nweb-1   0/1     Terminating   0          5d');
    expect(m17.findings.filter((f) => f.id !== 'namespace-unknown').map((f) => [f.id, f.vars])).toEqual([['pods-in-status', { status: 'Terminating', count: 2 }]]);
  });
  test.each([
    { name: 'a gate not passed after the start-up grace: a finding', gates: '0/1', age: '4m51s', finding: true },
    { name: 'a gate not passed in the first two minutes: starting', gates: '0/1', age: '30s', finding: false },
    { name: 'all gates passed', gates: '1/1', age: '4m51s', finding: false },
  ])('readiness gates: $name', ({ gates, age, finding }) => {
    const m = explain(`NAME    READY   STATUS    RESTARTS   AGE   IP         NODE   NOMINATED NODE   READINESS GATES\nweb-0   1/1     Running   0          ${age}   10.0.0.5   n1     <none>           ${gates}`);
    const f = m.findings.find((x) => x.id === 'readiness-gates-pending');
    expect(f === undefined ? null : [f.severity, f.rows]).toEqual(finding ? ['warning', [2]] : null);
  });
  test.each([
    { name: 'NotReady: its Running pods show a stale state (StatefulSet ones: nothing replaces them)', node: 'NotReady', ids: ['node-not-ready', 'stale-on-down-node-ordinal'], rows: [2, 3] },
    { name: 'Unknown (the kubelet stopped posting): the same', node: 'Unknown', ids: ['node-not-ready', 'stale-on-down-node-ordinal'], rows: [2, 3] },
    { name: 'Ready: nothing', node: 'Ready', ids: [], rows: [] },
  ])('pods on a node that is $name', ({ node, ids, rows }) => {
    const m = explain(`NAME    READY   STATUS    RESTARTS   AGE   IP         NODE\nweb-0   1/1     Running   0          3d    10.0.0.5   n1\nweb-1   0/1     Pending   0          3d    10.0.0.6   n1\nweb-2   1/1     Running   0          3d    10.0.1.5   n2\n\nNAME   STATUS   ROLES    AGE   VERSION\nn1     ${node}   <none>   9d    v1.30.0\nn2     Ready    <none>   9d    v1.30.0`);
    expect(m.findings.map((f) => f.id).filter((id) => id !== 'namespace-unknown' && id !== 'command-not-wide' && id !== 'pods-in-status' && id !== 'pending-no-node' && id !== 'pending-on-node')).toEqual(ids);
    expect(m.findings.find((f) => f.id.startsWith('stale-on-down-node'))?.rows ?? []).toEqual(rows);
  });
  test.each([
    { name: "a StatefulSet's pod (hunt cl/13): stays until the node is back or deleted", pod: 'mysql-0', id: 'stale-on-down-node-ordinal' },
    { name: "a Deployment's pod: evicted, its ReplicaSet starts another", pod: 'mysql-7d4b9c8f6d-x2k9p', id: 'stale-on-down-node' },
  ])('a pod Unknown on a NotReady node: $name', ({ pod, id }) => {
    const m = explain(`# kubectl get no\nNAME     STATUS      ROLES    AGE   VERSION\nm-k8s    Ready       master   8d    v1.18.4\nw1-k8s   NotReady    <none>   8d    v1.18.4\n\n# kubectl get po -o wide\nNAME      READY   STATUS    RESTARTS   AGE   IP               NODE     NOMINATED NODE   READINESS GATES\n${pod}   1/1     Unknown   5          10m   172.16.103.135   w1-k8s   <none>           <none>`);
    expect(m.findings.filter((f) => f.id.startsWith('stale-on-down-node')).map((f) => [f.id, f.rows])).toEqual([[id, [8]]]);
  });
  test.each([
    { name: 'Running: the last state its node sent, maybe over since', status: 'Running', ready: '2/2', rows: [[8]] },
    { name: 'Completed before the node went down (en/07: an Argo step): final, nothing stale', status: 'Completed', ready: '0/2', rows: [] },
    { name: 'Error: as final', status: 'Error', ready: '0/2', rows: [] },
  ])('a Workflow step pod on a NotReady node, $name', ({ status, ready, rows }) => {
    const m = explain(`# kubectl get no\nNAME     STATUS      ROLES    AGE   VERSION\nm-k8s    Ready       master   8d    v1.18.4\nw1-k8s   NotReady    <none>   8d    v1.18.4\n\n# kubectl get po -o wide\nNAME                           READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES\ntext-analysisvkqtx-917588994   ${ready}     ${status}   0          69s   10.42.0.55   w1-k8s   <none>           <none>`);
    expect(m.findings.filter((f) => f.id === 'stale-on-down-node').map((f) => f.rows)).toEqual(rows);
  });
  test.each([
    { name: 'the one node NotReady, pods Running without a NODE column (hunt cv/09)', nodes: 'kube-worker-1   NotReady   <none>    2d        v1.11.0', command: '# kubectl get nodes', expected: [[3, 4]] },
    { name: 'the one node Ready: nothing stale', nodes: 'kube-worker-1   Ready      <none>    2d        v1.11.0', command: '# kubectl get nodes', expected: [] },
    { name: 'one node NotReady beside another: which one holds them is not shown', nodes: 'kube-worker-1   NotReady   <none>    2d        v1.11.0\nkube-worker-2   Ready      <none>    2d        v1.11.0', command: '# kubectl get nodes', expected: [] },
    { name: 'one node named in the command: others may exist', nodes: 'kube-worker-1   NotReady   <none>    2d        v1.11.0', command: '# kubectl get node kube-worker-1', expected: [] },
    { name: 'a nodes table with no command: maybe cut', nodes: 'kube-worker-1   NotReady   <none>    2d        v1.11.0', command: '', expected: [] },
  ])('Running pods with no NODE cell beside a whole nodes listing: $name', ({ nodes, command, expected }) => {
    const m = explain(['# kubectl get pods', 'NAME                            READY     STATUS    RESTARTS   AGE', 'webapper-856ff74c66-59b2t   1/1       Running   0          9h', 'webapper-856ff74c66-qhlmb   1/1       Running   0          9h', 'webapper-856ff74c66-x7k2p   0/1       Pending   0          9h', '', command, 'NAME            STATUS     ROLES     AGE       VERSION', nodes].join('\n'));
    expect(m.findings.filter((f) => f.id === 'stale-on-down-node').map((f) => f.rows)).toEqual(expected);
  });
  test("RKE2's cloud controller manager static pod marks a control-plane node", () => {
    const m = explain('NAMESPACE     NAME                                         READY   STATUS    RESTARTS   AGE   IP            NODE\nkube-system   cloud-controller-manager-ip-172-31-14-236    1/1     Running   0          9d    172.31.14.236 ip-172-31-14-236\nkube-system   etcd-ip-172-31-13-201                        1/1     Running   0          9d    172.31.13.201 ip-172-31-13-201\ndefault       web-7d4b9c8f6d-x2k9p                         1/1     Running   0          9d    10.42.2.5     ip-172-31-1-9');
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['ip-172-31-13-201', 'control-plane'], ['ip-172-31-14-236', 'control-plane'], ['ip-172-31-1-9', 'worker']]);
  });
  test('a node with the etcd role alone is in the control plane, not a worker', () => {
    const m = explain('NAME             STATUS   ROLES                  AGE   VERSION\nip-10-0-1-158    Ready    etcd                   9d    v1.28.9+rke2r1\nip-10-0-1-20     Ready    control-plane,master   9d    v1.28.9+rke2r1\nip-10-0-1-77     Ready    <none>                 9d    v1.28.9+rke2r1');
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['ip-10-0-1-158', 'control-plane'], ['ip-10-0-1-20', 'control-plane'], ['ip-10-0-1-77', 'worker']]);
  });
  test("a static pod's and a DaemonSet's rows on a NotReady node are no stale-state finding (they stay; a new kubeadm node without a CNI still reports)", () => {
    const m = explain(['NAME      STATUS     ROLES           AGE    VERSION', 'k8s-ctr   NotReady   control-plane   9m     v1.33.2', '', 'NAMESPACE     NAME                              READY   STATUS    RESTARTS   AGE   IP              NODE', 'kube-system   etcd-k8s-ctr                      1/1     Running   0          9m    192.168.10.100  k8s-ctr', 'kube-system   kube-proxy-x7k2p                  1/1     Running   0          8m    192.168.10.100  k8s-ctr', 'default       web-7d4b9c8f6d-x2k9p              1/1     Running   0          5m    10.244.0.5      k8s-ctr'].join('\n'));
    expect(m.findings.find((f) => f.id === 'stale-on-down-node')?.rows).toEqual([7]);
  });
  test.each([
    { name: 'NotReady at 31s: joining, in progress', table: true, status: 'NotReady', age: '31s', id: 'node-joining', severity: 'progress' },
    { name: 'NotReady at 4m59s: still joining', table: true, status: 'NotReady', age: '4m59s', id: 'node-joining', severity: 'progress' },
    { name: 'NotReady at 5m, its CNI pod starting: waiting for it', table: true, status: 'NotReady', age: '5m', id: 'node-waiting-cni', severity: 'progress' },
    { name: 'Unknown at 31s (it stopped reporting): not Ready', table: true, status: 'Unknown', age: '31s', id: 'node-not-ready', severity: 'error' },
    { name: 'NotReady,SchedulingDisabled at 31s (cordoned): not Ready', table: true, status: 'NotReady,SchedulingDisabled', age: '31s', id: 'node-not-ready', severity: 'error' },
    { name: 'NotReady at 31s, headerless (| grep): joining', table: false, status: 'NotReady', age: '31s', id: 'node-joining', severity: 'progress' },
  ])('a node $name', ({ table, status, age, id, severity }) => {
    const nodes = `${table ? 'NAME     STATUS     ROLES           AGE   VERSION\n' : ''}w1-k8s   ${status}   <none>   ${age}   v1.30.2`;
    const m = explain(`${nodes}\n\nNAMESPACE     NAME                READY   STATUS     RESTARTS   AGE   IP              NODE\nkube-system   calico-node-7xk2p   0/1     Init:0/3   0          29s   192.168.1.101   w1-k8s\ndefault       web-0               1/1     Running    0          20s   10.244.1.5      w1-k8s`);
    const f = m.findings.find((x) => x.id === 'node-joining' || x.id === 'node-not-ready' || x.id === 'node-waiting-cni');
    expect([f?.id, f?.severity, f?.vars.node]).toEqual([id, severity, 'w1-k8s']);
    // A joining node's pods are as new as the node: no stale state to report.
    expect(m.findings.some((x) => x.id.startsWith('stale-on-down-node'))).toBe(id === 'node-not-ready');
  });
  test.each([
    { name: 'on a node that is not Ready: stuck, a warning of its own', node: 'NotReady', ids: ['node-not-ready', 'terminating-node-down'], severity: 'warning' },
    { name: 'on a Ready node: being deleted', node: 'Ready', ids: ['pods-in-status'], severity: 'progress' },
  ])('Terminating $name', ({ node, ids, severity }) => {
    const m = explain(`NAME    READY   STATUS        RESTARTS   AGE   IP         NODE\nweb-0   1/1     Terminating   0          3d    10.0.0.5   n1\n\nNAME   STATUS   ROLES    AGE   VERSION\nn1     ${node}   <none>   9d    v1.30.0`);
    expect(m.findings.map((f) => f.id).filter((id) => id !== 'namespace-unknown' && id !== 'command-not-wide')).toEqual(ids);
    expect(m.rows[0]?.severity).toBe(severity);
  });
  test("a DaemonSet's pod with its node's address runs on the host network: its siblings give their nodes' addresses", () => {
    const m = explain(paste([
      row('kube-system', 'cloud-controller-manager-5757c65db4-5dmpt', '1/1', 'Running', '0', '10.0.0.4', 'cp-tgmkb'),
      row('kube-system', 'azure-cni-ndg5n', '1/1', 'Running', '0', '10.0.0.4', 'cp-tgmkb'),
      row('kube-system', 'azure-cni-qbnwt', '1/1', 'Running', '0', '10.1.0.4', 'md-0-4rq66'),
      row('default', 'web-7bd46c4b67-xjwll', '1/1', 'Running', '0', '10.1.0.30', 'md-0-4rq66'),
    ]));
    expect(m.nodes.find((x) => x.name === 'md-0-4rq66')?.address).toBe('10.1.0.4');
    expect(m.rows.map((r) => r.network)).toEqual(['host', 'host', 'host', 'pod']);
  });
  test('a node whose pods a later listing shows deleted is still a node of the cluster, with no pods', () => {
    const m = explain('$ kubectl get pods -o wide\nNAME                    READY   STATUS    RESTARTS   AGE   IP           NODE\nweb-7bd46c4b67-xjwll    1/1     Running   0          5m    10.0.2.5     w2-k8s\n$ kubectl get pods -o wide\nNo resources found in default namespace.');
    expect(m.findings.map((f) => f.id)).toContain('rows-gone');
    expect(m.nodes.map((n) => [n.name, n.pods])).toEqual([['w2-k8s', 0]]);
  });
  test("a node only a per-node static pod names (Kubespray's nginx-proxy-<worker>) is a node of the cluster", () => {
    const m = explain('NAMESPACE     NAME                        READY   STATUS    RESTARTS   AGE\nkube-system   kube-apiserver-node1        1/1     Running   0          11d\nkube-system   nginx-proxy-node2           1/1     Running   0          11d');
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['node1', 'control-plane'], ['node2', 'worker']]);
  });
  test.each([
    { name: 'its replacement 16h old: stuck that long', replacement: '16h', ids: ['terminating-stuck'], age: '16h' },
    { name: 'its replacement 2m old: still being deleted', replacement: '2m', ids: ['pods-in-status'], age: undefined },
    { name: 'no newer pod of its ReplicaSet (a scale-down)', replacement: '18h', ids: ['pods-in-status'], age: undefined },
  ])("a Deployment's pod Terminating, $name", ({ replacement, ids, age }) => {
    const m = explain(`NAME                    READY   STATUS        RESTARTS   AGE\napp-393156728-l0l0f     1/1     Terminating   0          18h\napp-393156728-nl1pr     1/1     Running       0          ${replacement}`);
    const found = m.findings.filter((f) => f.id !== 'namespace-unknown');
    expect(found.map((f) => f.id)).toEqual(ids);
    expect(found[0]?.vars['age']).toBe(age);
    expect(found[0]?.rows).toEqual([2]);
  });
  test.each([
    { name: 'a node NotReady in the nodes table, no NODE column: that node named (eo/14)', node: 'k8s-2   NotReady   <none>   3d21h   v1.24.3', id: 'terminating-stuck-node-down', nodes: 'k8s-2' },
    { name: 'every node Ready: the plain finding', node: 'k8s-2   Ready      <none>   3d21h   v1.24.3', id: 'terminating-stuck', nodes: undefined },
  ])("a Deployment's pod Terminating for days beside a nodes table: $name", ({ node, id, nodes }) => {
    const m = explain(`$ kubectl get nodes\nNAME    STATUS     ROLES    AGE     VERSION\nk8s-0   Ready      <none>   3d21h   v1.24.3\n${node}\n$ kubectl get pods\nNAME                    READY   STATUS        RESTARTS   AGE\napp-393156728-l0l0f     1/1     Terminating   0          3d21h\napp-393156728-nl1pr     1/1     Running       0          2d`);
    const f = m.findings.find((x) => x.id.startsWith('terminating-stuck'));
    expect([f?.id, f?.vars['nodes']]).toEqual([id, nodes]);
  });
  test.each([
    { name: 'its sibling as old as it was first printed: a rollout scaling its ReplicaSet down (hunt ch/05)', first: '88m', id: 'pods-in-status' },
    { name: 'its sibling younger than it was first printed: a replacement, stuck', first: '2h', id: 'terminating-stuck' },
  ])('a watch printing a pod Running, then Terminating a minute older: $name', ({ first, id }) => {
    const m = explain(`kubectl get pods -n apps -w\nNAME                         READY   STATUS           RESTARTS      AGE\nwordpress-56bf4b697d-87tvx   2/2     Running          1 (64m ago)   88m\nwordpress-56bf4b697d-8k8jc   2/2     Running          1 (60m ago)   ${first}\nwordpress-56bf4b697d-8k8jc   2/2     Terminating      1 (61m ago)   89m`);
    expect(m.findings.find((f) => f.rows.includes(5))?.id).toBe(id);
  });
  test.each([
    { name: "a DeploymentConfig's pod beside its 20m-old replacement (hunt cf/06)", old: 'pod/jenkins-1-hxng2', young: 'pod/jenkins-1-vsc6j', replacement: '20m', kind: 'DeploymentConfig', id: 'terminating-stuck', severity: 'warning' },
    { name: "a Deployment's pod beside its 20m-old replacement", old: 'web-7d4b9c8f6d-hxng2', young: 'web-7d4b9c8f6d-vsc6j', replacement: '20m', kind: 'Deployment', id: 'terminating-stuck', severity: 'warning' },
    { name: "a DeploymentConfig's pod beside a 2m-old replacement: still being deleted", old: 'pod/jenkins-1-hxng2', young: 'pod/jenkins-1-vsc6j', replacement: '2m', kind: 'DeploymentConfig', id: 'pods-in-status', severity: 'progress' },
    { name: "a DeploymentConfig's pod beside the next version's: another controller", old: 'pod/jenkins-1-hxng2', young: 'pod/jenkins-2-vsc6j', replacement: '20m', kind: 'DeploymentConfig', id: 'pods-in-status', severity: 'progress' },
  ])('a pod Terminating for days: $name', ({ old, young, replacement, kind, id, severity }) => {
    const m = explain(`oc get all\nNAME                  READY     STATUS        RESTARTS   AGE\n${old}   0/1       Terminating   1          3d\n${young}   1/1       Running       0          ${replacement}`);
    expect(m.rows[0]?.workload?.kind).toBe(kind);
    expect(m.findings.find((f) => f.rows.includes(3))?.id).toBe(id);
    expect(m.rows[0]?.severity).toBe(severity);
    expect(m.rows[0]?.explanations.includes('explain.terminating-stuck')).toBe(severity === 'warning');
  });
  test.each([
    { name: 'ROLES control (course notes, demo terminals; hunt cd/18)', roles: 'control', role: 'control-plane' },
    { name: 'ROLES control-plane', roles: 'control-plane', role: 'control-plane' },
    { name: 'ROLES controller is no control plane label', roles: 'controller', role: 'worker' },
  ])('a node table role: $name', ({ roles, role }) => {
    const m = explain(`NAME     STATUS   ROLES    AGE   VERSION\nnode-1   Ready    ${roles}  45d   v1.29.0\nnode-2   Ready    worker   45d   v1.29.0\n`);
    expect(m.nodes.map((n) => [n.name, n.role])).toContainEqual(['node-1', role]);
  });
  test.each([
    { name: 'only add-ons guessed as DaemonSets, all Pending (Charmed Kubernetes before a worker joined, hunt cd/23): a node is missing', extra: row('default', 'default-http-backend-mkdj7', '0/1', 'Pending', '0', '<none>', '<none>'), id: 'nodes-missing' },
    { name: "a known DaemonSet's pod Pending: made for a node, so the CNI is missing", extra: row('kube-system', 'csi-oci-node-mkdj7', '0/1', 'Pending', '0', '<none>', '<none>'), id: 'cni-missing' },
    { name: 'kube-proxy Pending too: it tolerates every taint, so no node starts pods at all (OKE Virtual Nodes, ek/08)', extra: row('kube-system', 'kube-proxy-mkdj7', '0/1', 'Pending', '0', '<none>', '<none>'), id: 'proxies-pending-dns-waiting' },
    { name: 'kube-proxy Running: a node runs pods, its network add-on is missing', extra: row('kube-system', 'kube-proxy-mkdj7', '1/1', 'Running', '0', '10.0.0.5', 'node-1'), id: 'cni-missing' },
    { name: 'a pod guessed a DaemonSet\'s, Running: a node runs it', extra: row('default', 'default-http-backend-mkdj7', '1/1', 'Running', '0', '<none>', '<none>'), id: 'cni-missing' },
  ])('DNS waiting: $name', ({ extra, id }) => {
    const rows = [row('kube-system', 'kube-dns-7b479ccbc6-qtxwm', '0/3', 'Pending', '0', '<none>', '<none>'), extra];
    const ids = explain(paste(rows)).findings.map((f) => f.id);
    expect(ids).toContain(id);
    expect(ids).not.toContain(id === 'cni-missing' ? 'nodes-missing' : 'cni-missing');
    if (id !== 'proxies-pending-dns-waiting') expect(ids).not.toContain('proxies-pending-dns-waiting');
  });
  test.each([
    { name: 'the watch saw it restart and it is not ready again (hunt cg/18)', before: '1/1     Running     0             4m54s', severity: 'warning' },
    { name: 'the watch saw it restart and it came back ready', before: '1/1     Running     0             4m54s', now: '1/1', severity: 'ok' },
  ])('one restart: $name', ({ before, now, severity }) => {
    const m = explain(`$ kubectl get pods -w\nNAME                  READY   STATUS    RESTARTS     AGE\nbookmarks-prod-db-3   ${before}\nbookmarks-prod-db-3   ${now ?? '0/1'}     Running     1 (4s ago)    6m10s`);
    const f = m.findings.find((x) => x.id === 'restarts-recent');
    expect(f?.severity).toBe(severity);
    expect(m.findings.map((x) => x.id)).not.toContain('running-not-ready');
  });
  test.each([
    { name: "a static pod's 23 beside seven at 21, on one node (hunt cg/12): 2 of its own", count: '23 (22m ago)', node: 'n1', id: 'restarts-beyond-together', severity: 'warning', own: 2 },
    { name: 'one restart of its own', count: '22 (22m ago)', node: 'n1', id: 'restarts-beyond-together', severity: 'ok', own: 1 },
    { name: 'many of its own', count: '44 (22m ago)', node: 'n1', id: 'restarts-beyond-together', severity: 'error', own: 23 },
    { name: 'on another node: its own count', count: '23 (22m ago)', node: 'n2', id: 'restarts-recent', severity: 'error', own: undefined },
  ])('restarts beyond the node\'s: $name', ({ count, node, id, severity, own }) => {
    const rows = ['etcd-n1', 'kube-apiserver-n1', 'coredns-7c65d6cfc9-ds6wb'].map((x, i) => row('kube-system', x, '1/1', 'Running', '21 (120m ago)', `10.1.0.${i + 2}`, 'n1'));
    const m = explain(paste([...rows, row('kube-system', 'kube-scheduler-n1', '1/1', 'Running', count, '10.1.0.9', node)]));
    const f = m.findings.find((x) => x.rows.includes(6) && x.id.startsWith('restarts-'));
    expect([f?.id, f?.severity, f?.vars['own']]).toEqual([id, severity, own]);
    expect(m.rows[3]?.severity).toBe(severity);
  });
  test.each([
    { name: 'younger pods on the one node restarted as often as their time allows (hunt cg/10)', node: 'docker-desktop', since: 3 },
    { name: 'the same on a cluster of two nodes: their own', node: 'other', since: 0 },
  ])('restarted alike, by AGE: $name', ({ node, since }) => {
    const old = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((x) => `kube-system   ${x}-docker-desktop   1/1     Running   14         15d`);
    const text = `$ kubectl get pods -A\nNAMESPACE     NAME                        READY   STATUS    RESTARTS   AGE\n${old.join('\n')}\nkube-system   kube-proxy-z76qc   1/1     Running   14         15d\nkube-system   vpnkit-controller   1/1     Running   15         15d\nkube-system   coredns-f9fd979d6-6jlqh   1/1     Running   11         11d\nkube-system   coredns-f9fd979d6-dk2v5   1/1     Running   11         11d\ndefault   redis-6468bf6c84-85slz   2/2     Running   24         14d\n${node === 'other' ? 'default   web-0   1/1   Running   0   14d   10.1.0.2   other\n' : ''}`;
    const m = explain(text);
    const f = m.findings.find((x) => x.id.startsWith('restarts-together-age'));
    expect(f?.id).toBe(since > 0 ? 'restarts-together-age-since' : 'restarts-together-age');
    expect(f?.vars['since']).toBe(since > 0 ? since : undefined);
    expect(m.findings.some((x) => x.id === 'restarts-many-owner')).toBe(since === 0);
  });
  test.each([
    { name: "two kindnet and two kube-proxy pods beside one node's static pods (hunt cg/15)", extra: ['kindnet-dvzhc', 'kindnet-jvtwx', 'kube-proxy-fqbsw', 'kube-proxy-wxgb9'], count: 2, name2: 'kube-proxy' },
    { name: 'one of each: the node named', extra: ['kindnet-dvzhc', 'kube-proxy-fqbsw'], count: 0, name2: null },
    { name: 'cilium and cilium-envoy on two nodes: two pods each, not four', extra: ['cilium-7bx9k', 'cilium-envoy-x2k9p', 'cilium-9qncw', 'cilium-envoy-q2hnt'], count: 2, name2: 'cilium' },
    { name: 'two Linux kube-proxy pods and a kube-proxy-windows one are on three nodes (hunt ct/01)', extra: ['kube-proxy-42qwd', 'kube-proxy-7nf29', 'kube-proxy-windows-rrbl8'], count: 3, name2: 'kube-proxy' },
    { name: 'one of each: a Linux node beside the named one and a Windows node (hunt ct/15)', extra: ['kube-proxy-pft8w', 'kube-proxy-windows-ssm4f'], count: 2, name2: 'kube-proxy' },
  ])('DaemonSet pods imply unnamed nodes: $name', ({ extra, count, name2 }) => {
    const statics = ['etcd', 'kube-apiserver'].map((x) => `${x}-desktop-control-plane            1/1     Running   0          3d19h`);
    const text = `$ kubectl get pods -n kube-system\nNAME                                   READY   STATUS    RESTARTS   AGE\n${statics.join('\n')}\n${extra.map((x) => `${x}   1/1     Running   0          3d19h`).join('\n')}\n`;
    const m = explain(text);
    const f = m.findings.find((x) => x.id === 'nodes-unnamed');
    expect(f === undefined ? [0, null] : [f.vars['count'], f.vars['name']]).toEqual([count, name2]);
    expect(m.nodes.map((n) => n.name)).toEqual(['desktop-control-plane']);
  });
  test.each([
    { name: 'nodes tables with no node in common (Docker Desktop, then a k3s install; hunt cg/14)', second: 'tcnct-166', id: 'clusters-several', gone: false },
    { name: 'the same node in both: one cluster, its pods deleted in between', second: 'docker-desktop', id: 'rows-gone', gone: true },
  ])('two listings: $name', ({ second, id, gone }) => {
    const text = `kubectl get nodes\nNAME             STATUS   ROLES           AGE   VERSION\ndocker-desktop   Ready    control-plane   5m    v1.25.2\n\nkubectl get pods -A\nNAMESPACE     NAME                        READY   STATUS    RESTARTS   AGE\nkube-system   coredns-78fcd69978-2xk9p    1/1     Running   0          5m\nkube-system   etcd-docker-desktop         1/1     Running   0          5m\n\nkubectl get nodes\nNAME        STATUS   ROLES                  AGE     VERSION\n${second}   Ready    control-plane,master   7m28s   v1.21.7+k3s1\n\nkubectl get pods -A\nNAMESPACE     NAME                        READY   STATUS    RESTARTS   AGE\nkube-system   coredns-7448499f4d-j7mwx    1/1     Running   0          8m\n`;
    const ids = explain(text).findings.map((f) => f.id);
    expect(ids).toContain(id);
    expect(ids.includes('rows-gone')).toBe(gone);
  });
  test.each([
    { name: 'a claim Pending with no StorageClass holds its StatefulSet pod', claim: 'data-web-0   Pending                                                     23s', id: 'claims-pending-no-class', pod: 'warning' },
    { name: 'a claim Pending with a StorageClass', claim: 'data-web-0   Pending                                      standard       23s', id: 'claims-pending', pod: 'warning' },
    { name: 'a bound claim: the pod is only being scheduled', claim: 'data-web-0   Bound     pvc-1    1Gi        RWO            standard       23s', id: null, pod: 'progress' },
  ])('$name', ({ claim, id, pod }) => {
    const m = explain(`$ kubectl get pods\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   0/1     Pending   0          2m\n\n$ kubectl get pvc\nNAME         STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   AGE\n${claim}`);
    expect(m.findings.find((f) => f.id.startsWith('claims-'))?.id ?? null).toBe(id);
    expect(m.rows[0]?.severity).toBe(pod);
    expect(m.rows[0]?.explanations.includes('explain.claim-pending')).toBe(id !== null);
    // The claim's events say why it is not bound: its describe comes first (dv/13).
    expect(m.rows[0]?.next[0]?.command ?? null).toBe(id === null ? 'kubectl describe pod web-0' : 'kubectl describe pvc data-web-0');
  });
  test.each([
    { name: "a StatefulSet's pod Pending on no node, no claims shown: its claims next (dz/07)", row: 'web-0   0/1     Pending   0          4m', expected: true },
    { name: 'Pending a few seconds: the scheduler is still at it', row: 'web-0   0/1     Pending   0          5s', expected: false },
    { name: "a Deployment's pod Pending: no claims of its own to look for", row: 'web-7d9cf4d7b8-x2x9k   0/1     Pending   0          4m', expected: false },
    { name: 'ContainerCreating: placed, its volume mounting', row: 'web-0   0/1     ContainerCreating   0          4m', expected: false },
    { name: 'its FailedScheduling event names claims: still (dz/09)', row: 'web-0   0/1     Pending   0          4m', event: 'pod has unbound immediate PersistentVolumeClaims', expected: true },
    { name: 'its FailedScheduling event names another reason: that one holds it', row: 'web-0   0/1     Pending   0          4m', event: '0/3 nodes are available: 3 Insufficient cpu.', expected: false },
  ])('$name', ({ row, event, expected }) => {
    const events = event === undefined ? '' : `\n$ kubectl describe pod web-0 -n db\nEvents:\n  Type     Reason            Age                From               Message\n  ----     ------            ----               ----               -------\n  Warning  FailedScheduling  47s (x21 over 4m)  default-scheduler  ${event}`;
    const m = explain(`$ kubectl get pods -n db\nNAME    READY   STATUS    RESTARTS   AGE\n${row}${events}`);
    expect(m.rows[0]?.next.some((c) => c.command === 'kubectl -n db get pvc')).toBe(expected);
  });
  test.each([
    { name: 'an EC2 private DNS name', node: 'ip-192-168-2-198.ap-northeast-2.compute.internal', address: '192.168.2.198' },
    { name: 'an EC2 short name', node: 'ip-10-3-18-70', address: '10.3.18.70' },
    { name: 'not an address', node: 'ip-10-3-18-700', address: null },
    { name: 'another name', node: 'worker-1', address: null },
    { name: 'a node named by its address (OKE)', node: '10.200.220.157', address: '10.200.220.157' },
    { name: 'an EKS Fargate node', node: 'fargate-ip-10-163-76-142.eu-west-1.compute.internal', address: '10.163.76.142' },
  ])('a node address from the name: $name', ({ node, address }) => expect(addressInName(node)).toBe(address));
  test.each([
    { name: 'an IPv4 stand-in: the name still gives it', ip: 'x.x.x.x', address: '192.168.25.76' },
    { name: 'an IPv6 prefix kept (ea/10): reached over IPv6, not the IPv4 the name spells', ip: '2600:<IPv6>', address: null },
    { name: 'words naming IPv6 (ea/05)', ip: '<server 2 ipv6>', address: null },
  ])('a host-network pod whose address was hidden on an EC2-named node: $name', ({ ip, address }) => {
    const m = explain(`NAMESPACE     NAME                         READY   STATUS    RESTARTS   AGE   IP                NODE\nkube-system   etcd-ip-192-168-25-76        1/1     Running   0          22m   ${ip.padEnd(17)} ip-192-168-25-76`);
    expect(m.nodes.map((n) => n.address)).toEqual([address]);
  });
  test.each([
    { name: 'an address of the other family than every other pod\'s: its node\'s (cv/05)', ip: '9999::106', network: 'host' },
    { name: 'an address of the pods\' own family: maybe an operator\'s pod on the pod network', ip: '172.20.1.9', network: 'pod' },
  ])('a static pod the knowledge base does not know, named only by its node: $name', ({ ip, network }) => {
    const m = explain(`NAMESPACE   NAME                                READY     STATUS    RESTARTS   AGE       IP             NODE\ndefault     iag-node1                           1/1       Running   0          104d      ${ip.padEnd(14)} node1\nnetwork     nwrfpod1544149758-pod-0-1-nh7p4     1/1       Running   0          1m        172.20.2.131   node2\nnwtest      nwtestpod1544148681-pod-0-1-h84p5   1/1       Running   0          24m       172.20.2.130   node2`);
    expect(m.rows[0]?.network).toBe(network);
  });
  test('custom columns of a dual-stack pod\'s .status.podIPs give it its first address (ea/17)', () => {
    const m = explain('$ kubectl get pods -o=custom-columns=Name:.metadata.name,IPs:.status.podIPs,LABELS:.metadata.labels\nName           IPs                                             LABELS\nno-labels      [map[ip:10.244.1.3] map[ip:fd00:10:244:2::3]]   <none>\nwith-labels1   [map[ip:10.244.2.3] map[ip:fd00:10:244:3::3]]   map[app:example]');
    expect(m.rows.map((r) => [r.name, r.ip, r.network])).toEqual([['no-labels', '10.244.1.3', 'pod'], ['with-labels1', '10.244.2.3', 'pod']]);
  });
  test('a pod whose IP is the address its EC2 node name spells is on the host network', () => {
    const m = explain('NAME                     READY   STATUS    RESTARTS   AGE   IP              NODE\nethtool-exporter-b62vt   1/1     Running   0          5d    192.168.2.198   ip-192-168-2-198.ap-northeast-2.compute.internal\nweb-7d4b9c7f6d-x7k2p     1/1     Running   0          5d    192.168.2.77    ip-192-168-2-198.ap-northeast-2.compute.internal');
    expect(m.rows.map((r) => r.network)).toEqual(['host', 'pod']);
  });
  test.each([
    { name: 'a GPU node', node: 'gpu-10-252-192-48', address: '10.252.192.48' },
    { name: 'a worker', node: 'node-192-168-1-10', address: '192.168.1.10' },
    { name: 'a longer prefix', node: 'k8s-worker-10-0-0-5', address: '10.0.0.5' },
    { name: 'with a domain', node: 'k8s-worker-10-0-0-5.lab.example.com', address: '10.0.0.5' },
    { name: 'the dashed address alone', node: '10-0-0-5', address: '10.0.0.5' },
    { name: 'leading zeros', node: 'node-010-000-000-005', address: '10.0.0.5' },
    { name: 'four small numbers: spelled, for the pods to confirm', node: 'worker-1-2-3-4', address: '1.2.3.4' },
    { name: 'five numbers: the last four', node: 'node-1-2-3-4-5', address: '2.3.4.5' },
    { name: 'an EC2 name', node: 'ip-10-3-18-70', address: '10.3.18.70' },
    { name: 'an octet over 255', node: 'node-10-0-0-256', address: null },
    { name: 'four digits', node: 'node-1234-2-3-4', address: null },
    { name: 'three numbers', node: 'pool-2023-01-01', address: null },
    { name: 'no dash before the first', node: 'gpu10-252-192-48', address: null },
    { name: 'numbers in a later label', node: 'gpu.10-252-192-48', address: null },
    { name: 'a dotted address', node: '10.0.0.5', address: null },
    { name: 'no number', node: 'worker-1', address: null },
    { name: 'empty', node: '', address: null },
  ])('an address a node name ends in: $name', ({ node, address }) => expect(addressEndingName(node)).toBe(address));
  test.each([
    { name: 'the PyTorchJob master on host network (y/24)', rows: [row('default', 'mnist-ddp-master-0', '1/1', 'Running', '0', '10.252.192.48', 'gpu-10-252-192-48')], networks: ['host'], addresses: ['10.252.192.48'], podNets: [], nodeNets: ['10.252.192.0/24'] },
    { name: 'one pod on the host, one on the pod network', rows: [row('default', 'trainer-master-0', '1/1', 'Running', '0', '192.168.1.10', 'node-192-168-1-10'), row('default', 'web-7d4b9c7f6d-x7k2p', '1/1', 'Running', '0', '10.244.1.5', 'node-192-168-1-10')], networks: ['host', 'pod'], addresses: ['192.168.1.10'], podNets: ['10.244.0.0/16'], nodeNets: ['192.168.1.0/24'] },
    { name: 'a name with a domain', rows: [row('default', 'trainer-master-0', '1/1', 'Running', '0', '10.0.0.5', 'k8s-worker-10-0-0-5.lab.example.com')], networks: ['host'], addresses: ['10.0.0.5'], podNets: [], nodeNets: ['10.0.0.0/24'] },
    { name: 'no pod shows the address: worker-1-2-3-4 is not 1.2.3.4', rows: [row('default', 'web-7d4b9c7f6d-x7k2p', '1/1', 'Running', '0', '10.244.1.5', 'worker-1-2-3-4'), row('default', 'web-7d4b9c7f6d-b8m4q', '1/1', 'Running', '0', '10.244.1.6', 'worker-1-2-3-4')], networks: ['pod', 'pod'], addresses: [null], podNets: ['10.244.0.0/16'], nodeNets: [] },
    { name: 'a name spelling an address in the pod network, no pod at it: no node network there', rows: [row('kube-system', 'kube-proxy-abcde', '1/1', 'Running', '0', '192.168.1.20', 'cp'), row('default', 'web-7d4b9c7f6d-x7k2p', '1/1', 'Running', '0', '10.244.1.5', 'pool-10-244-1-1')], networks: ['host', 'pod'], addresses: ['192.168.1.20', null], podNets: ['10.244.0.0/16'], nodeNets: ['192.168.1.0/24'] },
    { name: "the node's address known from kube-proxy: the name's is a second one", rows: [row('kube-system', 'kube-proxy-abcde', '1/1', 'Running', '0', '192.168.5.5', 'gpu-10-252-192-48'), row('default', 'trainer-master-0', '1/1', 'Running', '0', '10.252.192.48', 'gpu-10-252-192-48'), row('default', 'web-7d4b9c7f6d-x7k2p', '1/1', 'Running', '0', '10.244.1.5', 'gpu-10-252-192-48')], networks: ['host', 'host', 'pod'], addresses: ['192.168.5.5'], podNets: ['10.244.0.0/16'], nodeNets: ['10.252.192.0/24', '192.168.5.0/24'] },
  ])('a node name ending in an address a pod shows: $name', ({ rows, networks, addresses, podNets, nodeNets }) => {
    const m = explain(paste(rows));
    expect(m.rows.map((r) => r.network)).toEqual(networks);
    expect(m.nodes.map((n) => n.address)).toEqual(addresses);
    expect([...m.cluster.podNetworks]).toEqual(podNets);
    expect([...m.cluster.nodeNetworks]).toEqual(nodeNets);
  });
  test.each([
    { name: 'a CSI node plugin on Docker\'s 172.18 (hunt de/14): the kind nodes\' addresses', rows: [row('kube-system', 'dd-csi-node-server-d5lpl', '0/2', 'Init:2/5', '0', '172.18.0.7', 'kind-worker'), row('kube-system', 'dd-csi-node-server-r7wvd', '0/2', 'Init:2/5', '0', '172.18.0.3', 'kind-worker2')], networks: ['host', 'host'], addresses: ['172.18.0.7', '172.18.0.3'], podNets: [], nodeNets: ['172.18.0.0/24'] },
    { name: "kind's pod range beside it: that one the pod's", rows: [row('kube-system', 'dd-csi-node-server-d5lpl', '0/2', 'Init:2/5', '0', '172.18.0.7', 'kind-worker'), row('default', 'web-7d4b9c7f6d-x7k2p', '1/1', 'Running', '0', '10.244.1.5', 'kind-worker')], networks: ['host', 'pod'], addresses: ['172.18.0.7'], podNets: ['10.244.0.0/16'], nodeNets: ['172.18.0.0/24'] },
    { name: 'two 172.x addresses on one kind node: a pod range set there, neither the node\'s', rows: [row('default', 'web-7d4b9c7f6d-x7k2p', '1/1', 'Running', '0', '172.20.1.5', 'kind-worker'), row('default', 'web-7d4b9c7f6d-b8m4q', '1/1', 'Running', '0', '172.20.1.6', 'kind-worker')], networks: ['pod', 'pod'], addresses: [null], podNets: ['172.20.0.0/16'], nodeNets: [] },
    { name: 'not kind\'s default name: no telling', rows: [row('default', 'web-7d4b9c7f6d-x7k2p', '1/1', 'Running', '0', '172.18.0.7', 'dev-worker')], networks: ['pod'], addresses: [null], podNets: ['172.18.0.0/16'], nodeNets: [] },
  ])('a kind node\'s address, from Docker\'s pools: $name', ({ rows, networks, addresses, podNets, nodeNets }) => {
    const m = explain(paste(rows));
    expect(m.rows.map((r) => r.network)).toEqual(networks);
    expect(m.nodes.map((n) => n.address)).toEqual(addresses);
    expect([...m.cluster.podNetworks]).toEqual(podNets);
    expect([...m.cluster.nodeNetworks]).toEqual(nodeNets);
  });
  test.each([
    { name: 'ServiceLB pods: k3s, whose flannel runs in its own process', text: 'NAMESPACE     NAME                           READY   STATUS    RESTARTS   AGE\nkube-system   svclb-traefik-8cc7d9fb-9g5c7   2/2     Running   0          5d\nkube-system   coredns-66bff467f8-4j4lj       1/1     Running   0          5d', cni: 'flannel' },
    { name: 'the k3s kubectl launcher', text: '$ sudo k3s kubectl get pods -A\nNAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE\nkube-system   coredns-66bff467f8-4j4lj   1/1     Running   0          5d', cni: 'flannel' },
    { name: 'no sign of k3s and no CNI pod: none named', text: 'NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE\nkube-system   coredns-66bff467f8-4j4lj   1/1     Running   0          5d', cni: null },
    { name: 'Spiderpool beside Calico: Calico stays the CNI', text: 'NAMESPACE     NAME                                     READY   STATUS      RESTARTS   AGE\nkube-system   calico-node-6r9bf                        1/1     Running     0          5d\nkube-system   spiderpool-agent-7hhkz                   1/1     Running     0          13m\nkube-system   spiderpool-controller-76798dbb68-xnktr   1/1     Running     0          13m\nkube-system   spiderpool-init                          0/1     Completed   0          13m', cni: 'calico' },
    { name: 'Spiderpool alone names no CNI', text: 'NAMESPACE     NAME                                     READY   STATUS      RESTARTS   AGE\nkube-system   spiderpool-agent-7hhkz                   1/1     Running     0          13m\nkube-system   spiderpool-controller-76798dbb68-xnktr   1/1     Running     0          13m\nkube-system   spiderpool-multus-7vkm2                  1/1     Running     0          13m', cni: null },
    { name: "Calico's configure-calico Job alone names no CNI", text: 'NAMESPACE     NAME                     READY   STATUS      RESTARTS   AGE\nkube-system   configure-calico-r6lnw   0/1     Completed   0          3m', cni: null },
    { name: 'Canal with its calico-kube-controllers, one each (a single node, ah/26): canal', text: 'NAMESPACE     NAME                                       READY   STATUS    RESTARTS   AGE\nkube-system   calico-kube-controllers-8654f74bf8-nk4s4   1/1     Running   0          5d\nkube-system   canal-jpm7l                                2/2     Running   0          5d', cni: 'canal' },
    { name: 'Canal on two nodes with its calico-kube-controllers: canal', text: 'NAMESPACE     NAME                                       READY   STATUS    RESTARTS   AGE\nkube-system   calico-kube-controllers-8654f74bf8-nk4s4   1/1     Running   0          5d\nkube-system   canal-jpm7l                                2/2     Running   0          5d\nkube-system   canal-x7k2p                                2/2     Running   0          5d', cni: 'canal' },
    { name: 'calico-node pods beside a canal pod (a migration): each counted as it is, Calico ahead', text: 'NAMESPACE     NAME                                       READY   STATUS    RESTARTS   AGE\nkube-system   calico-kube-controllers-8654f74bf8-nk4s4   1/1     Running   0          5d\nkube-system   calico-node-6r9bf                          1/1     Running   0          5d\nkube-system   calico-node-b7v4q                          1/1     Running   0          5d\nkube-system   canal-jpm7l                                2/2     Running   0          5d', cni: 'calico' },
    { name: 'calico-kube-controllers alone: Calico', text: 'NAMESPACE     NAME                                       READY   STATUS    RESTARTS   AGE\nkube-system   calico-kube-controllers-8654f74bf8-nk4s4   1/1     Running   0          5d', cni: 'calico' },
  ])('CNI: $name', ({ text, cni }) => {
    expect(explain(text).cluster.cni).toBe(cni);
  });
  test('a cordoned node is a finding', () => {
    const m = explain('NAME     STATUS                     ROLES    AGE   VERSION\nk8s-w2   Ready,SchedulingDisabled   <none>   9d    v1.30.0');
    expect(m.findings.map((f) => [f.id, f.vars])).toEqual([['node-cordoned', { node: 'k8s-w2' }]]);
  });
  test('without a NODE column a node\'s pod count is unknown, but its static pods still count there', () => {
    const m = explain('$ kubectl get pods -n kube-system\nNAME                   READY   STATUS    RESTARTS   AGE\netcd-m-k8s             1/1     Running   0          5d\nkube-apiserver-m-k8s   1/1     Running   0          5d\ncoredns-66bff467f8-x   1/1     Running   0          5d\n\n$ kubectl get nodes\nNAME     STATUS   ROLES           AGE   VERSION\nm-k8s    Ready    control-plane   5d    v1.30.0\nw1-k8s   Ready    <none>          5d    v1.30.0');
    expect(m.nodes.map((n) => [n.name, n.pods, n.podsKnown, n.components])).toEqual([['m-k8s', 2, false, ['etcd', 'kube-apiserver']], ['w1-k8s', 0, false, []]]);
  });
  test('control-plane static pods name their nodes where no NODE column does (Talos, three control planes)', () => {
    const m = explain(['$ kubectl get pods -A', 'NAMESPACE     NAME                                    READY   STATUS    RESTARTS   AGE', ...['01', '02', '03'].flatMap((n) => [`kube-system   kube-apiserver-talos-demo-${n}            1/1     Running   0          64s`, `kube-system   kube-scheduler-talos-demo-${n}            1/1     Running   0          64s`]), 'kube-system   kube-proxy-bzknr                        1/1     Running   0          2m'].join('\n'));
    expect(m.nodes.map((n) => [n.name, n.role, n.podsKnown])).toEqual([['talos-demo-01', 'control-plane', false], ['talos-demo-02', 'control-plane', false], ['talos-demo-03', 'control-plane', false]]);
  });
  test("GKE's kube-proxy runs as a static pod per node: kube-proxy-<node>", () => {
    const m = explain('$ kubectl get pods -n kube-system\nNAME                                                   READY   STATUS    RESTARTS   AGE\nkube-proxy-gke-shop-default-pool-9e534095-svb8         1/1     Running   0          12d\nkube-proxy-gke-shop-default-pool-9e534095-x2kq         1/1     Running   0          12d');
    expect(m.rows.map((r) => [r.component, r.workload?.kind, r.workload?.confidence])).toEqual([['kube-proxy', 'StaticPod', 'high'], ['kube-proxy', 'StaticPod', 'high']]);
    expect(m.nodes.map((n) => n.name)).toEqual(['gke-shop-default-pool-9e534095-svb8', 'gke-shop-default-pool-9e534095-x2kq']);
  });
  test('a pod of an unknown family named like a node makes no node', () => {
    expect(explain('NAME              READY   STATUS    RESTARTS   AGE\nbackup-agent-m1   1/1     Running   0          5d').nodes).toEqual([]);
  });
  test.each([
    { name: "Weave's default 10.32.0.0/12 seen as three /16s", cni: 'weave-net-x7k2p', ips: ['10.32.0.5', '10.36.0.2', '10.40.0.7'], nets: ['10.32.0.0/12'] },
    { name: "OVN-Kubernetes' default 10.128.0.0/14", cni: 'ovnkube-node-x7k2p', ips: ['10.128.0.5', '10.129.2.2', '10.131.0.7'], nets: ['10.128.0.0/14'] },
    { name: "Weave's one /16 (one node's slice, hunt bv/25): its /12 still", cni: 'weave-net-x7k2p', ips: ['10.46.0.1'], nets: ['10.32.0.0/12'] },
    { name: 'a /16 outside the default range keeps them apart', cni: 'weave-net-x7k2p', ips: ['10.32.0.5', '10.36.0.2', '10.244.0.7'], nets: ['10.244.0.0/16', '10.32.0.0/16', '10.36.0.0/16'] },
    { name: 'another CNI: /16s as seen', cni: 'calico-node-x7k2p', ips: ['10.32.0.5', '10.36.0.2'], nets: ['10.32.0.0/16', '10.36.0.0/16'] },
    { name: "Kubespray's default 10.233.64.0/18", cni: 'calico-node-x7k2p', ips: ['10.233.64.5', '10.233.90.2', '10.233.127.7'], nets: ['10.233.64.0/18'] },
    { name: 'a 10.233 pod outside Kubespray\'s /18 keeps the /16', cni: 'calico-node-x7k2p', ips: ['10.233.64.5', '10.233.1.2'], nets: ['10.233.0.0/16'] },
    { name: 'IPv6 pods of two nodes: the /56 they share (k3s)', cni: 'calico-node-x7k2p', ips: ['2001:cafe:42::9', '2001:cafe:42:1::4', '2001:cafe:42:1::3'], nets: ['2001:cafe:42::/56'] },
    { name: "IPv6 pods of one node: that node's /64", cni: 'calico-node-x7k2p', ips: ['2022:aced:7:8:613b:ed0d:3125:1ac4', '2022:aced:7:8:613b:ed0d:3125:1ac9'], nets: ['2022:aced:7:8::/64'] },
    { name: 'IPv6 pods in unrelated ranges stay apart', cni: 'calico-node-x7k2p', ips: ['fd00:10:244::5', 'fd00:10:244:1::5', '2001:db8::7'], nets: ['fd00:10:244::/56', '2001:db8::/64'] },
    { name: 'dual-stack: IPv4 and IPv6 side by side', cni: 'calico-node-x7k2p', ips: ['10.244.0.5', 'fd00:10:244::5'], nets: ['10.244.0.0/16', 'fd00:10:244::/64'] },
  ])('pod networks: $name', ({ cni, ips, nets }) => {
    const m = explain(paste([row('kube-system', cni, '1/1', 'Running', '0', '192.168.0.10', 'n1'), ...ips.map((ip, i) => row('default', `web-${i}`, '1/1', 'Running', '0', ip, 'n1'))]));
    expect([...m.cluster.podNetworks].sort()).toEqual([...nets].sort());
  });
  test.each([
    { name: 'oc lists the pods: OpenShift\'s default 10.128.0.0/14', command: '# oc get pods -n gpu-operator-resources', nets: ['10.128.0.0/14'] },
    { name: 'kubectl, no CNI pod: the /16s as seen', command: '$ kubectl get pods -n gpu-operator-resources', nets: ['10.129.0.0/16', '10.130.0.0/16'] },
  ])('pod networks with no CNI pod in the paste: $name', ({ command, nets }) => {
    const m = explain(paste([row('gpu-operator-resources', 'nvidia-driver-daemonset-x7k2p', '1/1', 'Running', '0', '10.130.0.5', 'compute1'), row('gpu-operator-resources', 'nvidia-dcgm-exporter-b4k9z', '1/1', 'Running', '0', '10.129.2.7', 'compute4')], command));
    expect([...m.cluster.podNetworks].sort()).toEqual(nets);
  });
  test.each([
    { name: "each node's pods at the bottom of a slice of Weave's /12 (hunt cs/26): that /12", ips: [['10.32.0.9', 'ubuntu'], ['10.36.0.3', 'kminion']], nets: ['10.32.0.0/12'] },
    { name: "three of Weave's slices", ips: [['10.32.0.9', 'n1'], ['10.40.0.3', 'n2'], ['10.36.0.4', 'n3']], nets: ['10.32.0.0/12'] },
    { name: 'one /16 inside that range stays the /16 (k3s, RKE)', ips: [['10.42.0.9', 'n1'], ['10.42.1.3', 'n2']], nets: ['10.42.0.0/16'] },
    { name: 'per-node /24s climbing through two /16s: the /16s as seen', ips: [['10.32.200.9', 'n1'], ['10.33.4.3', 'n2']], nets: ['10.32.0.0/16', '10.33.0.0/16'] },
    { name: 'a /16 outside the range: the /16s as seen', ips: [['10.32.0.9', 'n1'], ['10.244.0.3', 'n2']], nets: ['10.244.0.0/16', '10.32.0.0/16'] },
  ])('pod networks with no CNI pod in the paste: $name', ({ ips, nets }) => {
    const m = explain(paste(ips.map(([ip, node], i) => row('default', `web-${i}`, '1/1', 'Running', '0', ip as string, node as string)), '$ kubectl get pods -o wide'));
    expect([...m.cluster.podNetworks].sort()).toEqual([...nets].sort());
  });
  test('a node with an IPv6 address: its /64 is a node network', () => {
    const m = explain(paste([row('kube-system', 'calico-node-x7k2p', '1/1', 'Running', '0', '2600:1f1c:ab4:ee48:11b7:c125:811f:ee30', 'n1'), row('default', 'web-0', '1/1', 'Running', '0', 'fd00:10:244::5', 'n1')]));
    expect(m.cluster.nodeNetworks).toEqual(['2600:1f1c:ab4:ee48::/64']);
    expect(m.nodes.map((n) => n.address)).toEqual(['2600:1f1c:ab4:ee48:11b7:c125:811f:ee30']);
  });
  test('evictions piling up on one node are a finding about that node', () => {
    const m19 = explain(paste([1, 2, 3].map((i) => row('default', `web-${i}`, '0/1', 'Evicted', '0', '<none>', 'k8s1'))));
    expect(m19.findings.find((f) => f.id === 'evictions-on-node')?.vars).toEqual({ node: 'k8s1', count: 3 });
  });
  test.each([
    { name: 'ContainerCreating for 8 minutes: still starting, said as progress', status: 'ContainerCreating', age: '8m', finding: ['pods-in-status', 'progress'] },
    { name: 'Init:0/2 for 3 minutes', status: 'Init:0/2', age: '3m', finding: ['pods-in-status', 'progress'] },
    { name: 'ContainerCreating for an hour: stuck, a warning', status: 'ContainerCreating', age: '60m', finding: ['pods-in-status', 'warning'] },
  ])('pods still starting are said: $name', ({ status, age, finding }) => {
    const m = explain(['$ kubectl get pods -n kube-system', 'NAME                       READY   STATUS    RESTARTS   AGE', `coredns-66bff467f8-4j4lj   0/1     ${status}   0          ${age}`].join('\n'));
    const f = m.findings.find((x) => x.id === 'pods-in-status');
    expect([f?.id, f?.severity, f?.vars.status]).toEqual([...finding, status]);
  });
  test.each([
    { name: 'kube-system shown on both sides of where CoreDNS would stand: none installed', names: ['calico-node-x2k9p', 'etcd-cp', 'kube-apiserver-cp', 'kube-proxy-b7v4q', 'kube-scheduler-cp'], missing: true },
    { name: 'a listing cut before kube-proxy says nothing of DNS', names: ['calico-node-x2k9p', 'calico-node-b7v4q', 'calico-node-q9z8m', 'calico-kube-controllers-99c9b6f64-5cvw6', 'canal-95h6s'], missing: false },
    { name: 'CoreDNS there: nothing missing', names: ['calico-node-x2k9p', 'coredns-66bff467f8-4j4lj', 'etcd-cp', 'kube-apiserver-cp', 'kube-proxy-b7v4q'], missing: false },
    { name: "RKE2 cut after kube-scheduler: its rke2-coredns-rke2-coredns-* would stand below (dl/07)", names: ['cloud-controller-manager-cp', 'etcd-cp', 'helm-install-rke2-coredns-wwjp5', 'kube-apiserver-cp', 'kube-proxy-cp', 'kube-scheduler-cp'], missing: false },
    { name: 'RKE2 shown past where its CoreDNS would stand: none there', names: ['etcd-cp', 'helm-install-rke2-coredns-wwjp5', 'kube-apiserver-cp', 'rke2-canal-k22c9', 'rke2-metrics-server-5bf59cdccb-xk2lp'], missing: true },
  ])('a listing of every namespace without a cluster DNS pod: $name', ({ names, missing }) => {
    const m = explain(paste(names.map((n, k) => row('kube-system', n, '1/1', 'Running', '0', n.startsWith('coredns') ? '10.244.0.2' : '10.0.0.1', k % 2 === 0 ? 'cp' : 'w1'))));
    expect(m.findings.some((f) => f.id === 'dns-missing')).toBe(missing);
  });
  test.each([
    { name: 'CRI-O bridge addresses beside Calico: off the pod network', ips: ['10.85.0.5', '10.85.0.6'], id: true },
    { name: 'Calico addresses: nothing to say', ips: ['192.168.238.130', '192.168.238.131'], id: false },
  ])('pods on the runtime bridge although a CNI runs: $name', ({ ips, id }) => {
    const m = explain(paste([
      row('kube-system', 'calico-node-rk5sc', '1/1', 'Running', '0', '10.0.0.2', 'master'),
      row('kube-system', 'coredns-76f75df574-79c8l', '1/1', 'Running', '0', ips[0] as string, 'master'),
      row('kube-system', 'coredns-76f75df574-wttnp', '1/1', 'Running', '0', ips[1] as string, 'master'),
    ]));
    expect(m.findings.some((f) => f.id === 'runtime-bridge-beside-cni')).toBe(id);
  });
  test('evicted pods a field selector left alone (status.phase!=Running): one eviction finding, not also an error group', () => {
    const m = explain(['$ kubectl get po --field-selector status.phase!=Running', 'NAME                     READY   STATUS    RESTARTS   AGE', ...['55d76dc598-sr78x', '57f6fcc898-df82r', '6489584498-t5fzf'].map((s) => `admin-${s}   0/2     Evicted   0          22d`)].join('\n'));
    expect(m.findings.filter((f) => f.id !== 'namespace-context').map((f) => [f.id, f.severity, f.rows])).toEqual([['evictions', 'warning', [3, 4, 5]]]);
  });
  test.each([
    { name: 'three on one node, two elsewhere: the rest said with the total (hunt bi/23)', nodes: ['n1', 'n1', 'n2', 'n1', 'n3'], ids: [['evicted-elsewhere', { count: 2, total: 5 }, [5, 7]], ['evictions-on-node', { node: 'n1', count: 3 }, [3, 4, 6]]] },
    { name: 'all on one node: no rest', nodes: ['n1', 'n1', 'n1'], ids: [['evictions-on-node', { node: 'n1', count: 3 }, [3, 4, 5]]] },
    { name: 'too few on any node: the status group alone', nodes: ['n1', 'n2', 'n1'], ids: [['pods-in-status', { status: 'Evicted', count: 3 }, [3, 4, 5]]] },
    { name: 'three of seven on one node, the rest on two others: spread, the status group alone (hunt cv/25)', nodes: ['chick18', 'chick14', 'chick14', 'chick15', 'chick14', 'chick18', 'chick15'], ids: [['pods-in-status', { status: 'Evicted', count: 7 }, [3, 4, 5, 6, 7, 8, 9]]] },
    { name: 'three of six on one node: half is its pile-up', nodes: ['n1', 'n2', 'n1', 'n3', 'n1', 'n2'], ids: [['evicted-elsewhere', { count: 3, total: 6 }, [4, 6, 8]], ['evictions-on-node', { node: 'n1', count: 3 }, [3, 5, 7]]] },
  ])('evicted pods: $name', ({ nodes, ids }) => {
    const m = explain(paste(nodes.map((nd, i) => row('default', `web-7dcd5cb48b-${['x7k2p', 'q2wzt', 'r8vwn', 'b4zkt', 'g6tdm', 'k5rjw', 'm9ptz'][i]}`, '0/1', 'Evicted', '0', '<none>', nd))));
    expect(m.findings.map((f) => [f.id, f.vars, f.rows]).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))).toEqual(ids);
  });
  test.each([
    { name: 'the rest beside a pile-up: no worse than the pile-up (hunt cv/25)', nodes: ['n1', 'n1', 'n2', 'n1', 'n3'], severities: [['evictions-on-node', 'warning'], ['evicted-elsewhere', 'warning']] },
    { name: 'spread over nodes: one severity for all', nodes: ['n1', 'n1', 'n1', 'n2', 'n2', 'n3', 'n3'], severities: [['pods-in-status', 'error']] },
  ])('evicted pods are told at one severity: $name', ({ nodes, severities }) => {
    const m = explain(paste(nodes.map((nd, i) => row('default', `web-7dcd5cb48b-${['x7k2p', 'q2wzt', 'r8vwn', 'b4zkt', 'g6tdm', 'k5rjw', 'm9ptz'][i]}`, '0/1', 'Evicted', '0', '<none>', nd))));
    expect(m.findings.map((f) => [f.id, f.severity]).sort((a, b) => (String(a[0]) > String(b[0]) ? -1 : 1))).toEqual(severities);
  });
  test('evictions with no NODE column are still a finding: describe the pod, -o wide shows the node', () => {
    const m = explain(['$ kubectl get pods', 'NAME                       READY   STATUS    RESTARTS   AGE', ...['2ksgw', '5xk2p', '9tz7w'].map((s) => `jupyter-7dcd5cb48b-${s}   0/1     Evicted   0          3m`)].join('\n'));
    expect(m.findings.find((f) => f.id === 'evictions')?.vars).toEqual({ count: 3, name: 'jupyter-7dcd5cb48b-2ksgw' });
    expect(m.findings.map((f) => f.id)).not.toContain('evictions-on-node');
  });
  test.each([
    { name: 'names the paste shortened (hunt cv/17): no command with `...` in it', pods: ['jupyter-...-488', 'jupyter-...-348', 'jupyter-...-334'], id: 'evictions-unnamed', vars: { count: 3 } },
    { name: 'a shortened name first, a whole one after: the whole one', pods: ['jupyter-...-488', 'jupyter-alice-348', 'jupyter-...-334'], id: 'evictions', vars: { count: 3, name: 'jupyter-alice-348' } },
  ])('evictions with no NODE column: $name', ({ pods, id, vars }) => {
    const m = explain(['NAME              READY     STATUS    RESTARTS   AGE', ...pods.map((p) => `${p.padEnd(18)}0/1       Evicted   0          20h`)].join('\n'));
    expect(m.findings.filter((f) => f.id.startsWith('evictions')).map((f) => [f.id, f.vars])).toEqual([[id, vars]]);
  });
  test('rows whose command named the namespace with a variable say so, not that no -n was given', () => {
    const table = 'NAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d';
    expect(explain(`$ kubectl get pods -n $NS\n${table}`).findings.map((f) => f.id)).toContain('namespace-placeholder');
    expect(explain(`$ kubectl get pods\n${table}`).findings.map((f) => f.id)).toContain('namespace-context');
  });
  test.each([
    { name: "a watch title cut in the namespace (ee/05): named, but only its start shown", command: 'Every 1.0s: kubectl get pods --namespace electricilies-… kevostro-arch: 03:13:04 PM', id: 'namespace-cut', start: 'electricilies-' },
    { name: 'the same with -n=', command: 'Every 2.0s: kubectl get pods -n=team-a…    host: 12:00:00', id: 'namespace-cut', start: 'team-a' },
    { name: 'no namespace given: the context', command: 'Every 2.0s: kubectl get pods    host: 12:00:00', id: 'namespace-context', start: undefined },
  ])('a namespace the paste shows cut: $name', ({ command, id, start }) => {
    const m = explain(`${command}\n\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d`);
    const f = m.findings.find((x) => x.id.startsWith('namespace-'));
    expect([f?.id, f?.vars.start]).toEqual([id, start]);
  });
  test.each([
    { name: 'oc -n before get, no prompt (HyperShift, hunt aa/13)', command: 'oc -n clusters-$CLUSTER_NAME get pods', namespace: 'clusters-$CLUSTER_NAME' },
    { name: 'after a prompt, -n after get pods', command: '$ kubectl get pods -n clusters-$CLUSTER_NAME', namespace: 'clusters-$CLUSTER_NAME' },
    { name: '--namespace= with braces', command: '$ kubectl get pods --namespace=team-${TEAM}', namespace: 'team-${TEAM}' },
    { name: "a doc's placeholder after a prefix", command: '$ kubectl get pods -n tenant-<name>', namespace: 'tenant-<name>' },
  ])('a namespace typed in part with a variable names it as typed, not "no -n": $name', ({ command, namespace }) => {
    const table = 'NAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d';
    const m = explain(`${command}\n${table}`);
    expect(m.findings.filter((f) => f.id.startsWith('namespace-')).map((f) => [f.id, f.vars])).toEqual([['namespace-variable', { count: 1, namespace }]]);
    expect(m.rows[0]?.namespace).toBeNull();
  });
  test.each([
    { name: 'the NAMESPACE column cut off', paste: '$ kubectl get pods -A\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d' },
    { name: 'the NAMESPACE column printed blank (sbctl)', paste: '$ kubectl get pods -A\nNAMESPACE   NAME    READY   STATUS    RESTARTS   AGE\n            web-0   1/1     Running   0          5d' },
  ])('rows of a get -A without their namespace: unknown, not the context\'s: $name', ({ paste }) => {
    const m = explain(paste);
    expect(m.rows.map((r) => [r.name, r.namespace])).toEqual([['web-0', null]]);
    expect(m.findings.map((f) => f.id)).toEqual(['namespace-lost']);
  });
  test.each([
    { name: 'no command pasted: paste it, or use -A', paste: 'NAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d', id: 'namespace-unknown', vars: { count: 1 } },
    { name: 'the command pasted without -n: the context\'s namespace (hunt df/10)', paste: '$ kubectl get pods\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d', id: 'namespace-context', vars: { count: 1 } },
    { name: 'grep\'s rows under a pasted command: no table of its own, so the command is not read as theirs', paste: '$ kubectl get pods | grep web\nweb-0   1/1     Running   0          5d', id: 'namespace-unknown', vars: { count: 1 } },
    { name: 'a -n on another command: the finding does not say there is none', paste: '$ kubectl get deploy -n shop\n$ kubectl get pods\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d', id: 'namespace-context-named', vars: { count: 1, line: 1 } },
    { name: 'another listing with -n, these rows without', paste: '$ kubectl get pods -n shop\nNAME    READY   STATUS    RESTARTS   AGE\napi-0   1/1     Running   0          5d\n$ kubectl get pods\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d', id: 'namespace-context-named', vars: { count: 1, line: 1 } },
    { name: 'a -n elsewhere, these rows with no command: paste it', paste: 'NAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d\n$ kubectl get deploy -n shop', id: 'namespace-unknown-named', vars: { count: 1, line: 3 } },
    { name: "helm's --namespace above rows with no command (dp/06): a namespace the paste names", paste: "`helm install --version '2.5.8' --namespace pihole --values values.yaml pihole mojo2600/pihole`\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d", id: 'namespace-unknown-named', vars: { count: 1, line: 1 } },
    { name: "helm's -n after a prompt, the same", paste: '$ helm upgrade --install web ./chart -n shop\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d', id: 'namespace-unknown-named', vars: { count: 1, line: 1 } },
    { name: 'helm without a namespace: none named', paste: '$ helm install web ./chart\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d', id: 'namespace-unknown', vars: { count: 1 } },
    { name: 'system pods under a command without -n: the context\'s namespace is likely kube-system', paste: '$ kubectl get pods\nNAME                       READY   STATUS    RESTARTS   AGE\ncoredns-5d78c9869d-2xkqf   1/1     Running   0          5d\netcd-m1                    1/1     Running   0          5d\nkube-proxy-x7k2p           1/1     Running   0          5d', id: 'namespace-context-system', vars: { count: 3 } },
    { name: 'system pods with no command: a -n kube-system left out, most likely', paste: 'NAME                       READY   STATUS    RESTARTS   AGE\ncoredns-5d78c9869d-2xkqf   1/1     Running   0          5d\netcd-m1                    1/1     Running   0          5d\nkube-proxy-x7k2p           1/1     Running   0          5d', id: 'namespace-unknown-system', vars: { count: 3 } },
  ])('rows without a namespace: $name', ({ paste, id, vars }) => {
    const found = explain(paste).findings.filter((f) => f.id.startsWith('namespace-'));
    expect(found.map((f) => [f.id, f.vars])).toEqual([[id, vars]]);
  });
  test.each([
    { name: 'the plain listing\'s other pod is in the namespace its repeated pods show (hunt ca/13)', second: ['gitea-0', 'nginx-7f459c6889-8slv2', 'everything-allowed-exec-pod'], namespaces: ['default', 'default', 'default'], unknown: [] as number[] },
    { name: 'repeated pods of two namespaces: the listing says none, the new pod stays unknown', second: ['gitea-0', 'coredns-854c77959c-g255m', 'everything-allowed-exec-pod'], namespaces: ['default', 'kube-system', null], unknown: [10] },
    { name: 'no pod repeated: nothing to go by', second: ['web-0', 'everything-allowed-exec-pod'], namespaces: [null, null], unknown: [8, 9] },
  ])('a plain get pods after a -A one: $name', ({ second, namespaces, unknown }) => {
    const m = explain(['$ kubectl get pods -A', 'NAMESPACE     NAME                         READY   STATUS    RESTARTS   AGE',
      'kube-system   coredns-854c77959c-g255m     1/1     Running   0          5d', 'default       gitea-0                      1/1     Running   0          5d', 'default       nginx-7f459c6889-8slv2       1/1     Running   0          5d',
      '$ kubectl get pods', 'NAME                          READY   STATUS    RESTARTS   AGE', ...second.map((p) => `${p.padEnd(30)}1/1     Running   0          5d`)].join('\n'));
    expect(m.rows.slice(3).map((r) => r.namespace)).toEqual(namespaces);
    expect(m.findings.filter((f) => f.id.startsWith('namespace-')).flatMap((f) => f.rows)).toEqual(unknown);
  });
  test.each([
    { name: 'five DaemonSet pods at one count in their first hours: one error for the owner (hunt bz/15)', rows: ['cattle-node-agent-756kh', 'cattle-node-agent-q9p8p', 'cattle-node-agent-r257d', 'cattle-node-agent-vfkkn', 'cattle-node-agent-whnzf'].map((p) => `cattle-system   ${p}   1/1   Running   154   22h`), found: [['restarts-young-owner', 'error', [3, 4, 5, 6, 7], { kind: 'DaemonSet', owner: 'cattle-node-agent', pods: 5, count: 154, age: '22h' }]], severities: ['error', 'error', 'error', 'error', 'error'] },
    { name: 'two replicas with one count and one last restart: one warning', rows: ['shop   api-6b5685488-aaaaa   1/1   Running   3 (5m ago)   2d', 'shop   api-6b5685488-bbbbb   1/1   Running   3 (5m ago)   2d'], found: [['restarts-recent-owner', 'warning', [3, 4], { kind: 'Deployment', owner: 'api', pods: 2, count: 3, ago: '5m' }]], severities: ['warning', 'warning'] },
    { name: 'replicas with different counts: each its own', rows: ['shop   api-6b5685488-aaaaa   1/1   Running   3 (5m ago)   2d', 'shop   api-6b5685488-bbbbb   1/1   Running   4 (5m ago)   2d'], found: [['restarts-recent', 'warning', [3], { name: 'api-6b5685488-aaaaa', count: 3, ago: '5m' }], ['restarts-recent', 'warning', [4], { name: 'api-6b5685488-bbbbb', count: 4, ago: '5m' }]], severities: ['warning', 'warning'] },
    { name: 'bare pods with one count: no owner to share, each its own', rows: ['shop   client   1/1   Running   3 (5m ago)   2d', 'shop   server   1/1   Running   3 (5m ago)   2d'], found: [['restarts-recent', 'warning', [3], { name: 'client', count: 3, ago: '5m' }], ['restarts-recent', 'warning', [4], { name: 'server', count: 3, ago: '5m' }]], severities: ['warning', 'warning'] },
    { name: 'six restarted, five of them alike: two findings, not a summary', rows: [...['a1b2c', 'd3e4f', 'g5h6j', 'k7m8n', 'p9q2r'].map((x) => `shop   api-6b5685488-${x}   1/1   Running   6   170m`), 'shop   db-0   1/1   Running   2 (20m ago)   2d'], found: [['restarts-young-owner', 'error', [3, 4, 5, 6, 7], { kind: 'Deployment', owner: 'api', pods: 5, count: 6, age: '170m' }], ['restarts-recent', 'warning', [8], { name: 'db-0', count: 2, ago: '20m' }]], severities: ['error', 'error', 'error', 'error', 'error', 'warning'] },
  ])('pods of one owner restarted alike: $name', ({ rows, found, severities }) => {
    const m = explain(`$ kubectl get pods -A\nNAMESPACE   NAME   READY   STATUS   RESTARTS   AGE\n${rows.join('\n')}\n`);
    expect(m.findings.filter((f) => f.id.startsWith('restarts-')).map((f) => [f.id, f.severity, f.rows, f.vars])).toEqual(found);
    expect(m.rows.map((r) => r.severity)).toEqual(severities);
  });
  test('a -A table and a plain one: each row its own finding', () => {
    const m = explain('$ kubectl get pods -A\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d\n$ kubectl get pods\nNAME    READY   STATUS    RESTARTS   AGE\napi-0   1/1     Running   0          5d');
    expect(m.findings.map((f) => [f.id, f.rows])).toEqual([['namespace-lost', [3]], ['namespace-context', [6]]]);
  });
  test('not ready right after a restart the watch showed is no failing readiness probe', () => {
    const watch = (last: string) => explain(['$ kubectl get pod goldpinger-hvww9 -w', 'NAME               READY   STATUS             RESTARTS   AGE', 'goldpinger-hvww9   0/1     CrashLoopBackOff   6          7m', `goldpinger-hvww9   0/1     Running            ${last}          7m45s`].join('\n'));
    expect(watch('7').findings.map((f) => f.id)).not.toContain('running-not-ready');
    expect(watch('6').findings.map((f) => f.id)).toContain('running-not-ready');
  });
  test('a node watched with -w: its last line is its state', () => {
    const m20 = explain('$ kubectl get nodes -w\nNAME   STATUS     ROLES    AGE   VERSION\nn1     NotReady   <none>   5d    v1.30.0\nn1     Ready      <none>   5d    v1.30.0');
    expect(m20.findings.map((f) => f.id)).not.toContain('node-not-ready');
  });
  test('a node down is reported before what its pods show, with them (hunt cv/22)', () => {
    const m18 = explain('NAME        STATUS     ROLES    AGE   VERSION\nk8s-node2   NotReady   <none>   5d    v1.30.0\n\nNAMESPACE     NAME                    READY   STATUS     RESTARTS   AGE   IP          NODE\nkube-system   kube-flannel-ds-h9dcc   1/1     NodeLost   0          5d    10.0.0.3    k8s-node2');
    expect(m18.findings.filter((f) => f.id !== 'namespace-unknown').map((f) => f.id)).toEqual(['node-not-ready-lost']);
  });
  test('a Pending pod with a NOMINATED NODE has a place coming', () => {
    const nominated = row('default', 'web-0', '0/1', 'Pending', '0', '<none>', '<none>');
    nominated[8] = 'w1';
    const m11 = explain(paste([nominated]));
    expect(m11.findings.map((f) => f.id)).not.toContain('pending-no-node');
  });
  test('a pod named after its node that is no static pod (an operator\'s installer) does not vote for the node address', () => {
    const m12 = explain(paste([
      row('openshift-etcd', 'installer-4-master1', '0/1', 'Completed', '0', '10.128.0.48', 'master1'),
      row('openshift-etcd', 'etcd-master1', '4/4', 'Running', '0', '10.101.101.49', 'master1'),
    ]));
    expect(m12.nodes[0]?.address).toBe('10.101.101.49');
    expect(m12.rows.map((r) => r.network)).toEqual(['pod', 'host']);
  });
  test.each([
    { name: "kube-up's fluentd-elasticsearch static pods on the pod network, EC2 node names (r/11)", nodes: ['ip-172-20-0-214.eu-central-1.compute.internal', 'ip-172-20-0-215.eu-central-1.compute.internal'], addresses: ['172.20.0.214', '172.20.0.215'], nodeNetworks: ['172.20.0.0/24'] },
    { name: 'the same on nodes whose names spell no address', nodes: ['n1', 'n2'], addresses: [null, null], nodeNetworks: [] },
  ])('a static pod the knowledge base says uses the pod network casts no vote for its node\'s address: $name', ({ nodes, addresses, nodeNetworks }) => {
    const m = explain(paste([
      row('kube-system', 'elasticsearch-logging-v1-3xu4d', '1/1', 'Running', '9', '10.244.0.20', nodes[0] as string),
      row('kube-system', `fluentd-elasticsearch-${nodes[0]}`, '1/1', 'Running', '3', '10.244.0.21', nodes[0] as string),
      row('kube-system', `fluentd-elasticsearch-${nodes[1]}`, '1/1', 'Running', '0', '10.244.1.2', nodes[1] as string),
    ]));
    expect(m.rows.map((r) => [r.component, r.workload?.kind, r.network])).toEqual([['elasticsearch-logging', 'ReplicationController', 'pod'], ['fluentd-elasticsearch', 'StaticPod', 'pod'], ['fluentd-elasticsearch', 'StaticPod', 'pod']]);
    expect(m.nodes.map((n) => n.address)).toEqual(addresses);
    expect(m.cluster.nodeNetworks).toEqual(nodeNetworks);
  });
  test.each([
    { name: "Fission 0.x's etcd Deployment on a worker's pod network (ar/09)", pod: ['fission', 'etcd-73675509-wplds'], ip: '172.17.0.6', kind: 'Deployment', role: 'unknown', address: null },
    { name: "an app chart's etcd StatefulSet (ba/17)", pod: ['apisix', 'etcd-0'], ip: '10.1.2.135', kind: 'StatefulSet', role: 'unknown', address: null },
    { name: "a hosted control plane's kube-apiserver Deployment", pod: ['clusters-dev', 'kube-apiserver-5646dc7b7d-2vzk2'], ip: '10.132.0.14', kind: 'Deployment', role: 'unknown', address: null },
    { name: "kubeadm's etcd static pod still makes its node a control plane at its address", pod: ['kube-system', 'etcd-vm-4'], ip: '10.0.0.4', kind: 'StaticPod', role: 'control-plane', address: '10.0.0.4' },
    { name: "a self-hosted kube-apiserver DaemonSet on the host network still does", pod: ['kube-system', 'kube-apiserver-qp96m'], ip: '10.0.0.4', kind: 'DaemonSet', role: 'control-plane', address: '10.0.0.4' },
  ])("a controller's copy of a control-plane static pod says nothing of its node: $name", ({ pod, ip, kind, role, address }) => {
    const m = explain(paste([
      row(pod[0] as string, pod[1] as string, '1/1', 'Running', '0', ip, 'vm-4'),
      row('default', 'web-66bff467f8-4j4lj', '1/1', 'Running', '0', ip.replace(/\d+$/, '77'), 'vm-4'),
    ]));
    expect(m.rows[0]?.workload?.kind).toBe(kind);
    expect(m.nodes.map((n) => [n.name, n.role, n.address])).toEqual([['vm-4', role, address]]);
    expect(m.rows[0]?.network).toBe(address === null ? 'pod' : 'host');
  });
  describe('a static pod the knowledge base does not know votes only where nothing contradicts it', () => {
    // Rows as explain reads them, then taken for a static pod of no known component (as a pod named <x>-<node> can be).
    const unknownStatic = (rows: string[][], unknown: number[]) => {
      const m = explain(paste(rows));
      for (const i of unknown) {
        const r = m.rows[i] as (typeof m.rows)[number];
        r.component = null;
        r.workload = { kind: 'StaticPod', name: 'log-shipper', confidence: 'high' };
      }
      return inferCluster({ rows: m.rows, superseded: new Set(), nodeRows: [], tableCommands: [], tableWide: [true], tableLines: [1], withNodeColumn: new Uint8Array(m.rows.length).fill(1) });
    };
    test.each([
      { name: 'alone on its node: its address is the node\'s', rows: [row('kube-system', 'log-shipper-cp1', '1/1', 'Running', '0', '10.0.0.5', 'cp1')], address: '10.0.0.5' },
      { name: 'the same address as the node\'s kube-proxy', rows: [row('kube-system', 'log-shipper-cp1', '1/1', 'Running', '0', '10.0.0.5', 'cp1'), row('kube-system', 'kube-proxy-x7k2p', '1/1', 'Running', '0', '10.0.0.5', 'cp1')], address: '10.0.0.5' },
      { name: 'another address than the node\'s kube-proxy shows: the pod network\'s', rows: [row('kube-system', 'log-shipper-cp1', '1/1', 'Running', '0', '10.244.0.7', 'cp1'), row('kube-system', 'kube-proxy-x7k2p', '1/1', 'Running', '0', '10.0.0.5', 'cp1')], address: '10.0.0.5' },
      { name: 'another address than the EC2 node name spells', rows: [row('kube-system', 'log-shipper-ip-172-20-0-214.ec2.internal', '1/1', 'Running', '0', '10.244.0.7', 'ip-172-20-0-214.ec2.internal')], address: '172.20.0.214' },
    ])('$name', ({ rows, address }) => {
      const result = unknownStatic(rows, [0]);
      expect(result.nodes.map((n) => n.address)).toEqual([address]);
      expect([...result.nodeAddresses]).toEqual([address]);
    });
  });
  test('CoreDNS waiting and no CNI pod in a paste of all namespaces: the network add-on is missing', () => {
    const rows = [row('kube-system', 'coredns-5dd5756b68-2zrhr', '0/1', 'Pending', '0', '<none>', '<none>'), row('kube-system', 'etcd-cp', '1/1', 'Running', '0', '10.0.0.1', 'cp'), row('kube-system', 'kube-proxy-x7k2p', '1/1', 'Running', '0', '10.0.0.1', 'cp')];
    expect(explain(paste(rows)).findings.map((f) => f.id)).toContain('cni-missing');
    expect(explain(paste([...rows, row('kube-system', 'calico-node-6r9bf', '0/1', 'Init:0/3', '0', '10.0.0.1', 'cp')])).findings.map((f) => f.id)).not.toContain('cni-missing');
  });
  describe("CoreDNS waiting, no CNI pod, the add-on's DaemonSet listed: installed, its pods to check (hunt bb/02)", () => {
    const rows = [row('kube-system', 'coredns-5dd5756b68-2zrhr', '0/1', 'Pending', '0', '<none>', '<none>'), row('kube-system', 'etcd-cp', '1/1', 'Running', '0', '10.0.0.1', 'cp'), row('kube-system', 'kube-proxy-x7k2p', '1/1', 'Running', '0', '10.0.0.1', 'cp')];
    const ds = '$ kubectl get ds -A\nNAMESPACE     NAME           DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE\nkube-system   kube-ovn-cni   3         3         0       3            0           kubernetes.io/os=linux   7m31s\nkube-system   kube-proxy     3         3         3       3            3           kubernetes.io/os=linux   21m\n\n';
    test.each([
      { name: 'a get ds table', before: ds, cni: 'kube-ovn', id: 'cni-pods-unlisted' },
      { name: "kubectl apply's created line", before: '$ kubectl apply -f calico.yaml\ndaemonset.apps/calico-node created\n', cni: 'calico', id: 'cni-pods-unlisted' },
      { name: 'only kube-proxy listed: none installed', before: ds.replace(/kube-system   kube-ovn-cni.*\n/, ''), cni: null, id: 'cni-missing' },
    ])('$name', ({ before, cni, id }) => {
      const m = explain(before + paste(rows));
      expect(m.cluster.cni).toBe(cni);
      expect(m.findings.map((f) => f.id)).toContain(id);
      expect(m.findings.map((f) => f.id)).not.toContain(id === 'cni-missing' ? 'cni-pods-unlisted' : 'cni-missing');
    });
  });
  test('DNS waiting with nothing on any node (a managed cluster with no nodes): a node is missing, not a CNI', () => {
    const rows = [row('kube-system', 'coredns-5dd5756b68-2zrhr', '0/1', 'Pending', '0', '<none>', '<none>'), row('kube-system', 'coredns-5dd5756b68-7k2xq', '0/1', 'Pending', '0', '<none>', '<none>'), row('default', 'web-66bff467f8-4j4lj', '0/1', 'Pending', '0', '<none>', '<none>')];
    const ids = explain(paste(rows)).findings.map((f) => f.id);
    expect(ids).toContain('nodes-missing');
    expect(ids).not.toContain('cni-missing');
  });
  test("Calico's operator alone in a paste of every namespace: Calico was never installed (no Installation), not 'CNI: calico'", () => {
    const rows = [row('kube-system', 'coredns-5dd5756b68-2zrhr', '0/1', 'Pending', '0', '<none>', '<none>'), row('tigera-operator', 'tigera-operator-5fb55776df-5xkzq', '1/1', 'Running', '0', '10.0.0.1', 'cp')];
    const m = explain(paste(rows));
    expect(m.cluster.cni).toBeNull();
    expect(m.findings.map((f) => [f.id, f.rows])).toContainEqual(['cni-operator-only', [3, 4]]);
    expect(m.findings.map((f) => f.id)).not.toContain('cni-missing');
    const installed = explain(paste([...rows, row('calico-system', 'calico-node-6r9bf', '1/1', 'Running', '0', '10.0.0.1', 'cp')]));
    expect(installed.cluster.cni).toBe('calico');
    expect(installed.findings.map((f) => f.id)).not.toContain('cni-operator-only');
    // One namespace's listing says nothing of the others: the operator there still says Calico.
    expect(explain(paste([rows[1] as string[]], '$ kubectl get pods -n tigera-operator -o wide')).cluster.cni).toBe('calico');
  });
  test.each([
    { name: 'typha and kube-controllers, no calico-node (hunt cu/14)', command: '$ kubectl get pods -o wide -n calico-system', cut: false, expected: [[3, 4, 5]] },
    { name: 'every namespace, no calico-node anywhere', command: '$ kubectl get pods -o wide -A', cut: false, expected: [[3, 4, 5]] },
    { name: 'calico-node in kube-system beside them: a migration under way', command: '$ kubectl get pods -o wide -A', cut: false, node: 'kube-system calico-node-x7k2p 1/1 Running 0 7d4h 10.216.0.38 h3953 <none> <none>', expected: [] },
    { name: "cut short before calico-node's place: it may follow", command: '$ kubectl get pods -o wide -n calico-system', cut: true, expected: [] },
    { name: 'a filtered listing', command: '$ kubectl get pods -o wide -n calico-system -l k8s-app!=calico-node', cut: false, expected: [] },
  ])('calico-system listed without calico-node: $name', ({ command, cut, node, expected }) => {
    const all = command.endsWith(' -A');
    const rows = ['calico-kube-controllers-557cd74586-nnrm2 1/1 Running 0 7d4h 172.31.0.53 s851 <none> <none>', 'calico-typha-7648f46566-r27jh 1/1 Running 0 7d4h 10.216.0.38 h3953 <none> <none>', 'calico-typha-7648f46566-w6trf 1/1 Running 0 7d4h 10.216.0.47 h3972 <none> <none>'].map((r) => (all ? `calico-system ${r}` : r));
    const header = `${all ? 'NAMESPACE NAME' : 'NAME'} READY STATUS RESTARTS AGE IP NODE NOMINATED NODE READINESS GATES`;
    const m = explain([command, header, ...(cut ? rows.slice(0, 1) : rows), ...(node === undefined ? [] : [node])].join('\n'));
    expect(m.findings.filter((f) => f.id === 'calico-node-missing').map((f) => f.rows)).toEqual(expected);
  });
  test.each([
    { name: "kube-controllers and other add-ons Pending, no calico-node at all (dw/13: kubeasz's manifest install)", names: ['calico-kube-controllers-5c6b98d9df-bj7l9', 'heapster-7b76dbf757-q2szk', 'kube-dns-5496dcff79-9bvbr'], found: [[3]] },
    { name: 'calico-node there: nothing missing', names: ['calico-kube-controllers-5c6b98d9df-bj7l9', 'calico-node-x7k2p', 'kube-dns-5496dcff79-9bvbr'], found: [] },
    { name: "cut short before calico-node's place: it may follow", names: ['calico-kube-controllers-5c6b98d9df-bj7l9'], found: [] },
    { name: 'Canal beside them: its own DaemonSet runs the agent', names: ['calico-kube-controllers-5c6b98d9df-bj7l9', 'canal-95h6s', 'kube-dns-5496dcff79-9bvbr'], found: [] },
  ])('kube-system listed with calico-kube-controllers but no calico-node: $name', ({ names, found }) => {
    const m = explain(`$ kubectl get pod --all-namespaces\n${printTable(['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], names.map((n) => ['kube-system', n, '0/1', 'Pending', '0', '11m']))}\n`);
    expect(m.findings.filter((f) => f.id === 'calico-node-missing-kube-system').map((f) => f.rows)).toEqual(found);
  });
  test.each([
    { name: 'Running, IP and NODE <none>, from karmada-apiserver (hunt cw/11)', header: 'NAMESPACE   NAME     READY   STATUS      RESTARTS   AGE   IP       NODE     NOMINATED NODE   READINESS GATES', row: 'default     cvd22    1/1     Running     0          17m   <none>   <none>   <none>           <none>', expected: [[3]], logs: false },
    { name: 'Completed with NODE <none>: it ran too', header: 'NAMESPACE   NAME     READY   STATUS      RESTARTS   AGE   IP       NODE     NOMINATED NODE   READINESS GATES', row: 'default     cvd      0/1     Completed   0          17h   <none>   <none>   <none>           <none>', expected: [[3]], logs: false },
    { name: 'Pending with NODE <none>: not placed yet, nothing odd', header: 'NAMESPACE   NAME     READY   STATUS      RESTARTS   AGE   IP       NODE     NOMINATED NODE   READINESS GATES', row: 'default     cvd22    0/1     Pending     0          17m   <none>   <none>   <none>           <none>', expected: [], logs: false },
    { name: 'Running on a node', header: 'NAMESPACE   NAME     READY   STATUS      RESTARTS   AGE   IP          NODE     NOMINATED NODE   READINESS GATES', row: 'default     cvd22    1/1     Running     0          17m   10.1.0.12   w1       <none>           <none>', expected: [], logs: true },
    { name: 'Running without a NODE column: its node not shown', header: 'NAMESPACE   NAME     READY   STATUS      RESTARTS   AGE', row: 'default     cvd22    1/1     Running     0          17m', expected: [], logs: true },
    { name: 'Running, the row cut off before its NODE cell (dt/07): its node not shown', header: 'NAMESPACE   NAME     READY   STATUS      RESTARTS   AGE   IP          NODE     NOMINATED NODE   READINESS GATES', row: 'default     cvd22    1/1     Running     0          17m   10.1.0.12', expected: [], logs: true },
  ])('a pod that ran with no node: $name', ({ header, row, expected, logs }) => {
    const m = explain(['# kubectl --kubeconfig /etc/karmada/karmada-apiserver.config get pods -A -o wide', header, row].join('\n'));
    expect(m.findings.filter((f) => f.id === 'pods-ran-no-node').map((f) => f.rows)).toEqual(expected);
    expect(m.rows[0]?.next.some((c) => c.command.includes(' logs '))).toBe(logs);
  });
  test('a k3s node (its VERSION says +k3s) runs flannel in its own process: no CNI pod is missing', () => {
    const rows = [row('kube-system', 'coredns-d798c9dd-cmxnw', '0/1', 'Pending', '0', '<none>', '<none>'), row('kube-system', 'local-path-provisioner-58fb86bdfd-bq4nv', '0/1', 'Pending', '0', '<none>', '<none>')];
    const nodes = '$ kubectl get nodes\nNAME    STATUS   ROLES    AGE   VERSION\np5520   Ready    master   29h   v1.17.0+k3s.1\n';
    const m = explain(nodes + paste(rows));
    expect(m.cluster.cni).toBe('flannel');
    expect(m.findings.map((f) => f.id)).not.toContain('cni-missing');
    expect(explain(nodes.replace('+k3s.1', '') + paste(rows)).findings.map((f) => f.id)).toContain('cni-missing');
  });
  test('MicroK8s sets no role labels: its nodes\' ROLES <none> makes none a worker', () => {
    const nodes = 'NAME           STATUS   ROLES    AGE     VERSION\n192.168.1.32   Ready    <none>   39h     v1.16.2\nmaster         Ready    <none>   2d14h   v1.16.2\n';
    // Only its name says the one named master runs the control plane (as the first MicroK8s node does).
    expect(explain(`$ microk8s.kubectl get no\n${nodes}`).nodes.map((n) => [n.name, n.role])).toEqual([['master', 'control-plane'], ['192.168.1.32', 'unknown']]);
    expect(explain(`$ kubectl get no\n${nodes}`).nodes.map((n) => n.role)).toEqual(['worker', 'worker']);
  });
  test.each([
    { name: "k3s's server named master, no control-plane pod to show (hunt ab/24)", nodes: ['master', 'slave1'], roles: [['master', 'control-plane'], ['slave1', 'unknown']] },
    { name: 'masters numbered in an FQDN', nodes: ['master01.example.com', 'worker01.example.com'], roles: [['master01.example.com', 'control-plane'], ['worker01.example.com', 'worker']] },
    { name: 'a name that only contains the word is no master', nodes: ['webmaster', 'mastery-1'], roles: [['mastery-1', 'unknown'], ['webmaster', 'unknown']] },
    { name: "a lab's kubemaster01 and k8smaster", nodes: ['kubemaster01', 'k8smaster'], roles: [['k8smaster', 'control-plane'], ['kubemaster01', 'control-plane']] },
  ])('with no control plane in the paste, a node named as a master is its control plane: $name', ({ nodes, roles }) => {
    const rows = nodes.map((nd, i) => row('default', `web-66bff467f8-${['x7k2p', 'q2wzt'][i]}`, '1/1', 'Running', '0', `10.42.${i}.5`, nd));
    expect(explain(paste(rows)).nodes.map((n) => [n.name, n.role])).toEqual(roles);
  });
  test.each([
    { name: 'workers numbered in an FQDN (hunt bd/20)', nodes: ['worker-1.k8s.freedom.org', 'worker-2.k8s.freedom.org'], roles: [['worker-1.k8s.freedom.org', 'worker'], ['worker-2.k8s.freedom.org', 'worker']] },
    { name: "k3s's servers and agents named for their role (hunt bd/18)", nodes: ['k3s-agent-1', 'k3s-server-1'], roles: [['k3s-server-1', 'control-plane'], ['k3s-agent-1', 'worker']] },
    { name: "a k3s single node named a server", nodes: ['k3s-jp-home-server'], roles: [['k3s-jp-home-server', 'control-plane']] },
    { name: 'a server not named for k3s says nothing', nodes: ['server-1', 'ubuntu-server'], roles: [['server-1', 'unknown'], ['ubuntu-server', 'unknown']] },
    { name: 'a name that only contains the word is no worker', nodes: ['coworker', 'workers', 'agentx-1'], roles: [['agentx-1', 'unknown'], ['coworker', 'unknown'], ['workers', 'unknown']] },
    { name: "kube-up's <cluster>-minion-<4>, a worker's pre-1.0 name (hunt bi/21)", nodes: ['e2e-test-mml-minion-siao', 'kubernetes-minion-1'], roles: [['e2e-test-mml-minion-siao', 'worker'], ['kubernetes-minion-1', 'worker']] },
    { name: "a lab's kubeworker01, k8sworker2 (hunt bh/31)", nodes: ['kubeworker01', 'k8sworker2'], roles: [['k8sworker2', 'worker'], ['kubeworker01', 'worker']] },
    { name: "kOps's default instance group, nodes-<zone>-<id> (hunt bh/17)", nodes: ['nodes-fsn1-361c1a49dec42261', 'nodes-us-central1-a-9xk2'], roles: [['nodes-fsn1-361c1a49dec42261', 'worker'], ['nodes-us-central1-a-9xk2', 'worker']] },
    { name: 'nodes alone or later in a name is no instance group', nodes: ['nodes', 'edge-nodes-1'], roles: [['edge-nodes-1', 'unknown'], ['nodes', 'unknown']] },
  ])('with no role in the paste, a node named as a worker or a k3s agent is a worker: $name', ({ nodes, roles }) => {
    const rows = nodes.map((nd, i) => row('default', `web-66bff467f8-${['x7k2p', 'q2wzt', 'r8vwn'][i]}`, '1/1', 'Running', '0', `10.42.${i}.5`, nd));
    expect(explain(paste(rows)).nodes.map((n) => [n.name, n.role])).toEqual(roles);
  });
  test('a pod of the control plane on a node named worker still makes it the control plane', () => {
    const m = explain(paste([row('kube-system', 'kube-apiserver-worker-1', '1/1', 'Running', '0', '10.0.0.1', 'worker-1'), row('default', 'web-0', '1/1', 'Running', '0', '10.42.0.5', 'worker-2')]));
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['worker-1', 'control-plane'], ['worker-2', 'worker']]);
  });
  test("k3s's bundled Traefik install Job says k3s too: flannel, no CNI missing", () => {
    const rows = [row('kube-system', 'coredns-d798c9dd-cmxnw', '0/1', 'ContainerCreating', '0', '<none>', 'lima-x'), row('kube-system', 'helm-install-traefik-gnf67', '0/1', 'ContainerCreating', '0', '<none>', 'lima-x')];
    const m = explain(paste(rows));
    expect(m.cluster.cni).toBe('flannel');
    expect(m.findings.map((f) => f.id)).not.toContain('cni-missing');
  });
  test.each([
    { name: "Rancher's system-upgrade-controller and no CNI pod: k3s (hetzner-k3s, ac/11)", pod: ['system-upgrade', 'system-upgrade-controller-677965cc4d-cdrvp'], cni: 'flannel' },
    { name: 'a k3s upgrade Job pod says it too', pod: ['system-upgrade', 'apply-k3s-server-plan-on-node1-with-dd89bc30f01-smcrf'], cni: 'flannel' },
    { name: 'another add-on says nothing of k3s', pod: ['kube-system', 'hcloud-cloud-controller-manager-9546b6cc6-8wgrs'], cni: null },
  ])('$name', ({ pod, cni }) => {
    const rows = [row('kube-system', 'coredns-7448499f4d-5zwgx', '0/1', 'Pending', '0', '<none>', '<none>'), row(pod[0] as string, pod[1] as string, '0/1', 'Pending', '0', '<none>', '<none>')];
    const m = explain(paste(rows));
    expect(m.cluster.cni).toBe(cni);
    if (cni !== null) expect(m.findings.map((f) => f.id)).not.toContain('cni-missing');
  });
  test.each([
    { name: 'a node version +rke2r1: RKE2 runs its CNI as pods, so none shown is no k3s flannel (hunt bq/18)', version: 'v1.20.9+rke2r1', cni: null },
    { name: 'a node version +k3s1: k3s, flannel', version: 'v1.20.9+k3s1', cni: 'flannel' },
  ])("system-upgrade-controller beside `get nodes`, $name", ({ version, cni }) => {
    const text = `$ kubectl get pods -n system-upgrade\nNAME                                         READY   STATUS    RESTARTS   AGE\nsystem-upgrade-controller-7d8f9c6b5d-2xk9p   1/1     Running   0          3d\n$ kubectl get nodes\nNAME    STATUS   ROLES                       AGE   VERSION\nnode1   Ready    control-plane,etcd,master   90d   ${version}\n`;
    expect(explain(text).cluster.cni).toBe(cni);
  });
  test.each([
    { name: 'a static pod and a DaemonSet pod on one node (hunt bq/03)', rows: [row('kube-system', 'kube-proxy-master', '1/1', 'Running', '0', '10.17.3.1', 'master'), row('kube-system', 'kube-proxy-p2vrt', '1/1', 'Running', '0', '10.17.3.1', 'master')], id: 'kube-proxy-twice', vars: { count: 1, nodes: 'master' } },
    { name: 'each node its own kind: a migration done node by node, nothing said', rows: [row('kube-system', 'kube-proxy-master', '1/1', 'Running', '0', '10.17.3.1', 'master'), row('kube-system', 'kube-proxy-p2vrt', '1/1', 'Running', '0', '10.17.3.2', 'w1')], id: undefined, vars: undefined },
    { name: 'the DaemonSet pod Terminating: the old one going, nothing said', rows: [row('kube-system', 'kube-proxy-master', '1/1', 'Running', '0', '10.17.3.1', 'master'), row('kube-system', 'kube-proxy-p2vrt', '1/1', 'Terminating', '0', '10.17.3.1', 'master')], id: undefined, vars: undefined },
  ])('kube-proxy twice: $name', ({ rows, id, vars }) => {
    const f = explain(paste(rows)).findings.find((x) => x.id.startsWith('kube-proxy-twice'));
    expect([f?.id, f?.vars]).toEqual([id, vars]);
  });
  test('kube-proxy as static pods and as DaemonSet pods with no NODE column: the two kinds said side by side (hunt bq/02)', () => {
    const text = ['$ kubectl get pods -n kube-system | grep kube-proxy', 'kube-proxy-8gmm8                       1/1     Running   1          3d19h', 'kube-proxy-b4gkq                       1/1     Running   1          3d19h', 'kube-proxy-ip-10-0-3-44                1/1     Running   1          3d19h', 'kube-apiserver-ip-10-0-3-44            1/1     Running   1          3d19h'].join('\n');
    const m = explain(text);
    expect(m.rows.map((r) => r.workload?.kind)).toEqual(['DaemonSet', 'DaemonSet', 'StaticPod', 'StaticPod']);
    const f = m.findings.find((x) => x.id.startsWith('kube-proxy-twice'));
    expect([f?.id, f?.vars, f?.rows]).toEqual(['kube-proxy-twice-kinds', { static: 1, daemonset: 2 }, [2, 3, 4]]);
  });
  test('MicroK8s before 1.19 ran flannel as a snap service: no advice to install a CNI', () => {
    const rows = [row('kube-system', 'kube-dns-6ccd496668-79d6g', '0/3', 'Pending', '0', '<none>', '<none>'), row('kube-system', 'heapster-v1.5.2-577898ddbf-n4hvq', '0/4', 'Pending', '0', '<none>', '<none>')];
    const ids = explain(paste(rows, '$ sudo microk8s.kubectl get pods --all-namespaces -o wide')).findings.map((f) => f.id);
    expect(ids).toContain('dns-not-ready');
    expect(ids).not.toContain('cni-missing');
  });
  test("an overlay CNI's pod pool over the nodes' own network is a warning (Calico's default on a 192.168 LAN)", () => {
    const lan = [row('kube-system', 'calico-node-6r9bf', '1/1', 'Running', '0', '192.168.50.10', 'cp'), row('kube-system', 'calico-node-7k2xq', '1/1', 'Running', '0', '192.168.50.11', 'w1'), row('kube-system', 'coredns-5dd5756b68-2zrhr', '1/1', 'Running', '0', '192.168.235.205', 'w1')];
    const f = explain(paste(lan)).findings.find((x) => x.id === 'pod-network-overlaps-nodes');
    expect(f?.vars).toEqual({ pods: '192.168.0.0/16', nodes: '192.168.50.0/24' });
    expect(f?.rows).toEqual([5]);
    const apart = lan.map((r) => (r[1]?.startsWith('coredns') ? row('kube-system', 'coredns-5dd5756b68-2zrhr', '1/1', 'Running', '0', '10.244.1.5', 'w1') : r));
    expect(explain(paste(apart)).findings.map((x) => x.id)).not.toContain('pod-network-overlaps-nodes');
    // The AWS VPC CNI gives pods addresses of the nodes' own subnets on purpose.
    const vpc = [row('kube-system', 'aws-node-6r9bf', '1/1', 'Running', '0', '192.168.50.10', 'cp'), row('kube-system', 'aws-node-7k2xq', '1/1', 'Running', '0', '192.168.50.11', 'w1'), row('kube-system', 'coredns-5dd5756b68-2zrhr', '1/1', 'Running', '0', '192.168.50.77', 'w1')];
    expect(explain(paste(vpc)).findings.map((x) => x.id)).not.toContain('pod-network-overlaps-nodes');
  });
  describe.each([
    { name: 'Cilium on EKS nodes (ENI mode: pods take VPC addresses)', cp: 'ip-10-245-131-236.ap-southeast-1.compute.internal', w: 'ip-10-245-147-178.ap-southeast-1.compute.internal', warned: false },
    { name: 'Cilium on us-east-1 EC2 names', cp: 'ip-10-245-131-236.ec2.internal', w: 'ip-10-245-147-178.ec2.internal', warned: false },
    { name: 'Cilium on AKS workers (Azure IPAM)', cp: 'aks-nodepool1-12345678-vmss000000', w: 'aks-nodepool1-12345678-vmss000001', warned: false },
    { name: 'Cilium on own machines: its pool over the LAN is trouble', cp: 'cp', w: 'w1', warned: true },
    { name: 'Cilium on a bare ip-a-b-c-d name (no cloud domain)', cp: 'ip-10-245-131-236', w: 'ip-10-245-147-178', warned: true },
  ])('$name', ({ cp, w, warned }) => {
    test(warned ? 'warns that the pod network covers the nodes' : 'no overlap warning', () => {
      const rows = [row('kube-system', 'cilium-6r9bf', '1/1', 'Running', '0', '10.245.131.236', cp), row('kube-system', 'cilium-7k2xq', '1/1', 'Running', '0', '10.245.147.178', w), row('default', 'web-5dd5756b68-2zrhr', '1/1', 'Running', '0', '10.245.148.220', w)];
      expect(explain(paste(rows)).findings.map((x) => x.id).includes('pod-network-overlaps-nodes')).toBe(warned);
    });
  });
  test('pods Terminating in a namespace being deleted hold its deletion', () => {
    const ns = '# kubectl get ns\nNAME              STATUS        AGE\ndefault           Active        28m\nlonghorn-system   Terminating   26m\n';
    const pods = '# kubectl get pods -n longhorn-system\nNAME                                                READY   STATUS        RESTARTS   AGE\ninstance-manager-580a03a9f49ab50e2bb345653bfff98c   1/1     Terminating   0          18m\n';
    const f = explain(ns + pods).findings.find((x) => x.id === 'namespace-deletion-waits');
    expect([f?.vars, f?.rows]).toEqual([{ namespace: 'longhorn-system', count: 1 }, [4, 7]]);
    expect(explain(ns.replace('Terminating', 'Active     ') + pods).findings.map((x) => x.id)).not.toContain('namespace-deletion-waits');
  });
  test('nodes sharing an address outside VirtualBox NAT get no NAT explanation', () => {
    const m = explain(paste(['ip-22-33-22-96', 'ip-22-33-33-96'].map((nd) => row('kube-system', `kube-proxy-${nd}`, '1/1', 'Running', '0', '22.33.33.96', nd))));
    expect(m.findings.map((x) => x.id)).toContain('nodes-same-address-other');
    expect(m.findings.map((x) => x.id)).not.toContain('nodes-same-address');
  });
  test('nodes that report the same address (VirtualBox NAT) are a warning', () => {
    const m13 = explain(paste(['m', 'w1', 'w2'].map((nd) => row('kube-system', `kube-proxy-${nd}x7k2`, '1/1', 'Running', '0', '10.0.2.15', nd))));
    const f = m13.findings.find((x) => x.id === 'nodes-same-address');
    expect(f?.vars).toEqual({ address: '10.0.2.15', nodes: 'm, w1, w2' });
    expect(f?.rows).toEqual([3, 4, 5]);
  });
  test('beside a control plane the paste shows, a node named master is one too, others workers', () => {
    const m = explain(paste([row('kube-system', 'etcd-master1', '1/1', 'Running', '0', '10.0.0.1', 'master1'), row('kube-system', 'calico-node-6r9bf', '1/1', 'Running', '0', '10.0.0.2', 'k8s-master2'), row('kube-system', 'calico-node-7k2xq', '1/1', 'Running', '0', '10.0.0.3', 'node1')]));
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['k8s-master2', 'control-plane'], ['master1', 'control-plane'], ['node1', 'worker']]);
  });
  test('no control-plane evidence leaves roles unknown', () => {
    const m2 = explain(paste([row('default', 'web-0', '1/1', 'Running', '0', '10.1.0.5', 'n1')]));
    expect(m2.nodes[0]?.role).toBe('unknown');
  });
  test('a node table gives roles directly', () => {
    const m3 = explain('NAME   STATUS     ROLES           AGE   VERSION\nn1     Ready      control-plane   5d    v1.30.0\nn2     NotReady   <none>          5d    v1.30.0\n');
    expect(m3.nodes.map((n) => [n.name, n.role])).toEqual([['n1', 'control-plane'], ['n2', 'worker']]);
    expect(m3.findings.map((f) => f.id)).toContain('node-not-ready');
  });
  test("RKE1's controlplane role is the control plane", () => {
    const m = explain('NAME    STATUS   ROLES               AGE     VERSION\nrkem1   Ready    controlplane,etcd   3d20h   v1.19.4\nrkew1   Ready    worker              3d20h   v1.19.4');
    expect(m.nodes.map((n) => [n.name, n.role])).toEqual([['rkem1', 'control-plane'], ['rkew1', 'worker']]);
  });
  test.each([
    { name: "kubectl 1.7's master, unschedulable by design", status: 'Ready,SchedulingDisabled,master', cordoned: false },
    { name: 'a node cordoned for maintenance', status: 'Ready,SchedulingDisabled', cordoned: true },
  ])('cordoned or not: $name', ({ status, cordoned }) => {
    const m = explain(`NAME              STATUS   AGE   VERSION\ntest-master-113   ${status}   5d    v1.7.3`);
    expect(m.findings.some((f) => f.id === 'node-cordoned')).toBe(cordoned);
  });
  test('ROLES <none> is a worker even where no node has a role (a managed control plane is no node)', () => {
    const m = explain('NAME                                STATUS   ROLES    AGE   VERSION\naks-nodepool1-12345678-vmss000000   Ready    <none>   9d    v1.29.4\naks-nodepool1-12345678-vmss000001   Ready    <none>   9d    v1.29.4');
    expect(m.nodes.map((n) => n.role)).toEqual(['worker', 'worker']);
  });
  test('kubectl 1.6-1.7 printed no ROLES: its nodes stay unknown', () => {
    expect(explain('NAME      STATUS   AGE   VERSION\nnode-1    Ready    5d    v1.7.3').nodes.map((n) => n.role)).toEqual(['unknown']);
  });
  test('pods sharing an IP on one node are on the host network', () => {
    const m4 = explain(paste([row('a', 'x-0', '1/1', 'Running', '0', '192.168.0.9', 'n1'), row('b', 'y-0', '1/1', 'Running', '0', '192.168.0.9', 'n1'), row('b', 'z-0', '1/1', 'Running', '0', '10.1.0.9', 'n1')]));
    expect(m4.rows.map((r) => r.network)).toEqual(['host', 'host', 'pod']);
  });
  test.each([
    { name: 'pods of several workloads, all running: probably a reboot', pods: ['web-0', 'db-0', 'cache-0'], status: 'Running', ready: '1/1', count: '1', reboot: true },
    { name: 'one workload\'s pods alike say nothing of the nodes', pods: ['p-0', 'p-1', 'p-2'], status: 'Running', ready: '1/1', count: '1', reboot: false },
    { name: 'crash-looping pods reach one count by the back-off, not a reboot', pods: ['web-0', 'db-0', 'cache-0'], status: 'CrashLoopBackOff', ready: '0/1', count: '27', reboot: false },
    { name: "bare pods of one maker named alike (Drone's build pods, hunt cq/09): its steps' restarts, not a reboot", pods: ['drone-12ny47i784r9wmssru66', 'drone-cn0falbrifj4kanetbk1', 'drone-hlj1pvowss6eyfd1ha5t'], status: 'Terminating', ready: '4/7', count: '2', reboot: false },
    { name: 'bare pods named apart, all running: still probably a reboot', pods: ['nginx', 'busybox', 'redis'], status: 'Running', ready: '1/1', count: '1', reboot: true },
  ])('every pod restarted the same number of times: $name', ({ pods, status, ready, count, reboot }) => {
    const m5 = explain(paste(pods.map((p, i) => row('a', p, ready, status, count, `10.1.0.${i + 1}`, 'n1'))));
    expect(m5.findings.map((f) => f.id).includes('all-restarted')).toBe(reboot);
  });
  test.each([
    { name: 'restarts in a young pod without "(x ago)" are recent', count: '7', age: '8m', id: 'restarts-young', severity: 'error' },
    { name: 'three restarts in a young pod: a warning', count: '3', age: '30m', id: 'restarts-young', severity: 'warning' },
    { name: 'two restarts may be start-up', count: '2', age: '8m', id: null, severity: null },
    { name: 'an old pod without "(x ago)": the last restart could be long ago', count: '7', age: '5d', id: null, severity: null },
    { name: 'a restart every quarter hour over a pod\'s first day without "(x ago)": still going', count: '6', age: '90m', id: 'restarts-young', severity: 'error' },
    { name: 'three restarts over most of a day: no pattern', count: '3', age: '20h', id: null, severity: null },
  ])('$name', ({ count, age, id, severity }) => {
    const m = explain(`NAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   ${count}          ${age}`);
    const f = m.findings.find((x) => x.id.startsWith('restarts-'));
    expect(f === undefined ? [null, null] : [f.id, f.severity]).toEqual([id, severity]);
  });
  test.each([
    { name: 'the controller manager crash-looping alone (hunt di/03): what stops is named', bad: ['kube-controller-manager-cp1'], ok: [] as string[], id: 'control-plane-down-controller-manager' },
    { name: 'the scheduler failing alone', bad: ['kube-scheduler-cp1'], ok: [], id: 'control-plane-down-scheduler' },
    { name: 'etcd failing alone', bad: ['etcd-cp1'], ok: [], id: 'control-plane-down-etcd' },
    { name: 'the API server failing alone', bad: ['kube-apiserver-cp1'], ok: [], id: 'control-plane-down-apiserver' },
    { name: 'two components failing: the general finding', bad: ['kube-controller-manager-cp1', 'kube-scheduler-cp1'], ok: [], id: 'control-plane-not-ready' },
    { name: 'one of three controller managers failing, two healthy (HA): nothing stops, the general finding', bad: ['kube-controller-manager-cp1'], ok: ['kube-controller-manager-cp2', 'kube-controller-manager-cp3'], id: 'control-plane-not-ready' },
    { name: 'both controller managers of two failing: it is down', bad: ['kube-controller-manager-cp1', 'kube-controller-manager-cp2'], ok: [], id: 'control-plane-down-controller-manager' },
  ])('a control-plane component failing: $name', ({ bad, ok, id }) => {
    const rows = [...bad.map((p) => `kube-system   ${p}   0/1   CrashLoopBackOff   4 (59s ago)   2m28s`), ...ok.map((p) => `kube-system   ${p}   1/1   Running   0   22m`)];
    const m = explain(`NAMESPACE     NAME   READY   STATUS    RESTARTS   AGE\n${rows.join('\n')}\n`);
    const f = m.findings.filter((x) => x.id === 'control-plane-not-ready' || x.id.startsWith('control-plane-down-'));
    expect(f.map((x) => [x.id, x.severity, x.vars.count, x.rows])).toEqual([[id, 'error', bad.length, bad.map((_, k) => k + 2)]]);
  });
  test('a row cut off before its STATUS is not an unhealthy control plane', () => {
    const cut = explain('NAMESPACE     NAME                 READY   STATUS    RESTARTS   AGE\nkube-system   kube-apiserver-cp    1/1     Running   0          5d\nkube-system   etcd-cp');
    expect(cut.rows.map((r) => r.status)).toEqual(['Running', null]);
    expect(cut.findings.filter((f) => f.id === 'control-plane-not-ready' || f.id.startsWith('control-plane-down-'))).toEqual([]);
  });
  test.each([
    { name: 'a paste cut after kube-controller-manager says nothing of kube-scheduler', tail: [], missing: null },
    { name: 'a paste that goes on past where kube-scheduler-cp would stand', tail: [row('kube-system', 'metrics-server-66bff467f8-4j4lj', '1/1', 'Running', '0', '10.244.0.9', 'w1')], missing: 'kube-scheduler' },
  ])('a missing control-plane pod, by kubectl\'s sort order: $name', ({ tail, missing }) => {
    const cp = ['etcd', 'kube-apiserver', 'kube-controller-manager'].map((c) => row('kube-system', `${c}-cp`, '1/1', 'Running', '0', '10.0.0.1', 'cp'));
    const f = explain(paste([...cp, ...tail])).findings.find((x) => x.id === 'control-plane-incomplete');
    expect(f?.vars.missing ?? null).toBe(missing);
  });
  test('a fragment that starts after where kube-apiserver-<node> would stand says nothing of it', () => {
    const cp = ['kube-controller-manager', 'kube-scheduler'].map((c) => row('kube-system', `${c}-cp`, '1/1', 'Running', '0', '10.0.0.1', 'cp'));
    expect(explain(paste(cp)).findings.map((x) => x.id)).not.toContain('control-plane-incomplete');
    const whole = [row('kube-system', 'coredns-66bff467f8-4j4lj', '1/1', 'Running', '0', '10.244.0.9', 'cp'), ...cp];
    expect(explain(paste(whole)).findings.find((x) => x.id === 'control-plane-incomplete')?.vars.missing).toBe('kube-apiserver');
  });
  test.each([
    { name: 'on a control plane minutes old: its mirror pod not registered yet (hunt aj/01)', age: '48s', nodes: ['cp'], id: 'control-plane-apiserver-unlisted', severity: 'ok' },
    { name: 'on a control plane days old: something removed it', age: '5d', nodes: ['cp'], id: 'control-plane-incomplete', severity: 'warning' },
    { name: 'with another control plane that may have answered', age: '48s', nodes: ['cp', 'cp2'], id: 'control-plane-incomplete', severity: 'warning' },
  ])('no kube-apiserver row while the API answered: $name', ({ age, nodes, id, severity }) => {
    const cp = nodes.flatMap((n) => [row('kube-system', `coredns-66bff467f8-4j4l${n.length}`, '1/1', 'Running', '0', '10.244.0.9', n), ...['kube-controller-manager', 'kube-scheduler'].map((c) => row('kube-system', `${c}-${n}`, '1/1', 'Running', '0', '10.0.0.1', n).map((x) => (x === '5d' ? age : x)))]);
    const f = explain(paste(cp)).findings.filter((x) => x.id.startsWith('control-plane-'));
    expect(f.map((x) => [x.id, x.severity])).toContainEqual([id, severity]);
  });
  test('etcd missing from a control-plane node is not a finding (it may run outside the cluster)', () => {
    const ext = explain(paste(['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((c) => row('kube-system', `${c}-cp`, '1/1', 'Running', '0', '10.0.0.1', 'cp'))));
    expect(ext.nodes[0]?.role).toBe('control-plane');
    expect(ext.findings.map((f) => f.id)).not.toContain('control-plane-incomplete');
  });
  test.each([
    { name: "beside control planes running etcd and an API server each: stacked etcd, this one's is missing (dl/02)", others: ['etcd', 'kube-apiserver'], missing: 'etcd' },
    { name: 'beside control planes with no etcd pod either: etcd may be external', others: ['kube-apiserver'], missing: null },
    { name: "beside a node showing only etcd (a hand-edited host name, cl/15): no stacked member to compare", others: ['etcd'], missing: null },
  ])('etcd missing from one control plane: $name', ({ others, missing }) => {
    const rows = [...['cp1', 'cp3'].flatMap((n) => others.map((c) => row('kube-system', `${c}-${n}`, '1/1', 'Running', '0', '10.0.0.1', n))), ...['kube-apiserver', 'kube-controller-manager'].map((c) => row('kube-system', `${c}-cp2`, '1/1', 'Running', '0', '10.0.0.2', 'cp2'))];
    rows.sort((a, b) => (a[1] as string).localeCompare(b[1] as string));
    const f = explain(paste([...rows, row('kube-system', 'kube-proxy-x7k2p', '1/1', 'Running', '0', '10.0.0.2', 'cp2')])).findings.find((x) => x.id === 'control-plane-incomplete' && x.vars.node === 'cp2');
    expect(f?.vars.missing ?? null).toBe(missing);
  });
  test('an unhealthy CNI without a NODE column says so without an empty node list', () => {
    const cni = explain('NAME                READY   STATUS             RESTARTS   AGE\ncalico-node-6r9bf   0/1     CrashLoopBackOff   7          5d');
    expect(cni.findings.map((f) => [f.id, f.vars])).toContainEqual(['cni-not-ready-nodes-unknown', { count: 1 }]);
  });
  test.each([
    { name: 'the node agent (calico-node)', pod: 'calico-node-6r9bf', expected: true },
    { name: 'the agent of canal', pod: 'canal-6r9bf', expected: true },
    { name: 'Hubble UI', pod: 'hubble-ui-66bff467f8-x7k2p', expected: false },
    { name: 'calico-kube-controllers', pod: 'calico-kube-controllers-66bff467f8-x7k2p', expected: false },
  ])('CNI not ready only for the node agents: $name', ({ pod, expected }) => {
    const m7 = explain(`NAME   READY   STATUS   RESTARTS   AGE\n${pod}   0/1   CrashLoopBackOff   7   5d`);
    expect(m7.findings.some((f) => f.id.startsWith('cni-not-ready'))).toBe(expected);
  });
  test.each([
    { name: 'under kubectl -w: watch repeats', command: '$ kubectl get pods -w', id: 'watch-repeats' },
    { name: 'no command shown, a header each: separate listings (hunt x/03)', command: '', id: 'rows-repeated' },
    { name: 'two commands without -w: rows printed again', command: '$ kubectl get pods', id: 'rows-repeated' },
  ])('a pod printed twice, $name', ({ command, id }) => {
    const table = 'NAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          5d';
    const twice = explain(`${command}\n${table}\n${command}\n${table}`);
    expect(twice.findings.filter((f) => f.id === 'watch-repeats' || f.id === 'rows-repeated').map((f) => f.id)).toEqual([id]);
  });
  test.each([
    { name: 'one header, the pod again below it: a watch\'s stream', text: 'NAME    READY   STATUS    RESTARTS   AGE\nweb-0   0/1     Pending   0          1s\nweb-0   1/1     Running   0          5s', id: 'watch-repeats' },
    { name: 'a header each, from prose steps between (three snapshots, hunt x/03)', text: 'NAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          1s\nweb-1   1/1     Running   0          1s\n\n2. Delete one\n\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          24s', id: 'rows-repeated' },
    { name: 'headerless rows, the pods again below prose: two snapshots (ag/02)', text: 'kube-system   web-6454746896-vb867   0/1   CrashLoopBackOff   6 (3m35s ago)   9m20s\nkube-system   web-9c869b56b-wh4q8    1/1   Running            0               17d\n\nafter a while it replaces another pod with a crashing one:\n\nkube-system   web-6454746896-kg75x   0/1   CrashLoopBackOff   4 (25s ago)     2m2s\nkube-system   web-6454746896-vb867   0/1   CrashLoopBackOff   10 (2m2s ago)   28m\nkube-system   web-9c869b56b-wh4q8    1/1   Running            0               17d', id: 'rows-repeated' },
    { name: 'headerless rows, the pod again right below: a watch\'s stream', text: 'kube-system   web-6454746896-vb867   0/1   ContainerCreating   0   1s\nkube-system   web-6454746896-vb867   1/1   Running             0   9s', id: 'watch-repeats' },
    { name: 'headerless rows, blank lines only between: a watch\'s stream', text: 'kube-system   web-6454746896-vb867   0/1   ContainerCreating   0   1s\n\nkube-system   web-6454746896-vb867   1/1   Running             0   9s', id: 'watch-repeats' },
    { name: 'one pod again across prose, another right below: a watch still', text: 'kube-system   web-9c869b56b-wh4q8    1/1   Running             0   1s\nthen:\nkube-system   web-6454746896-vb867   0/1   ContainerCreating   0   1s\nkube-system   web-6454746896-vb867   1/1   Running             0   9s\nkube-system   web-9c869b56b-wh4q8    0/1   Error               1   30s', id: 'watch-repeats' },
    { name: 'two headers, the pod again under the second one\'s own header: still a watch there', text: 'NAME    READY   STATUS    RESTARTS   AGE\napi-0   1/1     Running   0          1d\n\nNAME    READY   STATUS    RESTARTS   AGE\nweb-0   0/1     Pending   0          1s\nweb-0   1/1     Running   0          5s', id: 'watch-repeats' },
  ])('no command shown: $name', ({ text, id }) => {
    expect(explain(text).findings.filter((f) => f.id === 'watch-repeats' || f.id === 'rows-repeated').map((f) => f.id)).toEqual([id]);
  });
  const listing = (cmd: string, names: string[]) => [cmd, 'NAME    READY   STATUS    RESTARTS   AGE', ...names.map((n) => `${n}   1/1     Running   0          5d`)].join('\n');
  test.each([
    { name: 'a later listing without the pod', text: `${listing('$ kubectl get pods', ['web-0', 'web-1'])}\n$ kubectl delete pod web-1\n${listing('$ kubectl get pods', ['web-0'])}`, gone: [4] },
    { name: 'a later "No resources found" for the namespace', text: `${listing('$ kubectl get pods -n dev', ['web-0'])}\n$ kubectl get pods -n dev\nNo resources found in dev namespace.`, gone: [3] },
    { name: 'a later listing of all namespaces', text: `${listing('$ kubectl get pods -n dev', ['web-0', 'web-1'])}\n$ kubectl get pods -A\nNAMESPACE   NAME    READY   STATUS    RESTARTS   AGE\ndev         web-0   1/1     Running   0          5d\nshop        api-0   1/1     Running   0          5d`, gone: [4] },
    { name: 'a later listing filtered by a selector says nothing', text: `${listing('$ kubectl get pods', ['web-0', 'web-1'])}\n${listing('$ kubectl get pods -l app=web', ['web-0'])}`, gone: [] },
    { name: 'a pod of the default namespace found again under -A', text: `${listing('$ kubectl get pods', ['web-0'])}\n$ kubectl get pods -A\nNAMESPACE   NAME    READY   STATUS    RESTARTS   AGE\ndefault     web-0   1/1     Running   0          5d`, gone: [] },
    { name: "a later listing with lines left out (':' as Japanese notes mark them) says nothing", text: `${listing('$ kubectl get pods', ['web-0', 'web-1'])}\n$ kubectl get pods\nNAME    READY   STATUS    RESTARTS   AGE\n:\nweb-0   1/1     Running   0          5d\n:`, gone: [] },
    { name: 'a later listing with "..." after its rows says nothing', text: `${listing('$ kubectl get pods', ['web-0', 'web-1'])}\n${listing('$ kubectl get pods', ['web-0'])}\n...`, gone: [] },
    { name: 'an ellipsis elsewhere leaves the later listing whole', text: `...\n${listing('$ kubectl get pods', ['web-0', 'web-1'])}\n${listing('$ kubectl get pods', ['web-0'])}`, gone: [5] },
    { name: 'a later custom-columns listing without STATUS still shows the pods', text: `${listing('$ kubectl get pods', ['web-0', 'web-1'])}\n$ kubectl get pods -o custom-columns=name:metadata.name,node:spec.nodeName\nname    node\nweb-0   n1\nweb-1   n1`, gone: [] },
    { name: 'another namespace says nothing', text: `${listing('$ kubectl get pods -n a', ['web-0'])}\n${listing('$ kubectl get pods -n b', ['api-0'])}`, gone: [] },
    { name: "a later listing of a virtual cluster (vcluster connect ... -- kubectl, t/14) says nothing of the host's", text: `${listing('$ kubectl get -n vc1 pod', ['coredns-cb89b564-fj6nx-x-kube-system-x-vcluster-1', 'vcluster-1-0'])}\n$ vcluster connect vcluster-1 --namespace vc1 -- kubectl get pod -A\nNAMESPACE     NAME                     READY   STATUS    RESTARTS   AGE\nkube-system   coredns-cb89b564-fj6nx   1/1     Running   0          3h50m`, gone: [] },
    { name: 'a later listing through another -- launcher is the same cluster', text: `${listing('$ kubectl get pods', ['web-0', 'web-1'])}\n${listing('$ aws-vault exec prod -- kubectl get pods', ['web-0'])}`, gone: [4] },
    { name: 'a masked name missing later is no pod known gone (hunt am/26)', text: `${listing('$ kubectl get pods', ['web-0', 'web-**********-*****'])}\n${listing('$ kubectl get pods', ['web-0'])}`, gone: [] },
    { name: 'a masked name beside a real one gone: only the real one (hunt am/26)', text: `${listing('$ kubectl get pods', ['web-1', 'web-**********-*****', 'web-0'])}\n${listing('$ kubectl get pods', ['web-0'])}`, gone: [3] },
    { name: 'a later -A listing cut before kube-system: its static pods missing, its other pods too say nothing (hunt ct/13)', text: ['$ kubectl get pod -A', 'NAMESPACE     NAME                        READY   STATUS    RESTARTS   AGE', 'eda           nginx-75c6f6f5b8-bwzgm      1/1     Running   0          98s', 'kube-system   coredns-74ff55c5b-wf484     1/1     Running   0          20m', 'kube-system   etcd-minikube               1/1     Running   0          20m', 'kube-system   kube-proxy-skl6r            1/1     Running   0          20m', '$ kubectl -n eda rollout restart deployment nginx', '$ kubectl get pod -A', 'NAMESPACE     NAME                        READY   STATUS    RESTARTS   AGE', 'eda           nginx-5ddfbfccb8-76qz8      1/1     Running   0          84s'].join('\n'), gone: [3] },
    { name: "a later listing cut before kube-system's static pod shows the owner's new ReplicaSet: the old pod replaced", text: ['$ kubectl get pod -A', 'NAMESPACE     NAME                        READY   STATUS    RESTARTS   AGE', 'kube-system   coredns-78fcd69978-2xk9p    1/1     Running   0          5m', 'kube-system   etcd-docker-desktop         1/1     Running   0          5m', '$ kubectl get pod -A', 'NAMESPACE     NAME                        READY   STATUS    RESTARTS   AGE', 'kube-system   coredns-7448499f4d-j7mwx    1/1     Running   0          8m'].join('\n'), gone: [3] },
    { name: 'a later listing that keeps the static pod: the others it leaves out are gone', text: ['$ kubectl get pod -n kube-system', 'NAME                        READY   STATUS    RESTARTS   AGE', 'coredns-74ff55c5b-wf484     1/1     Running   0          20m', 'etcd-minikube               1/1     Running   0          20m', '$ kubectl get pod -n kube-system', 'NAME                        READY   STATUS    RESTARTS   AGE', 'etcd-minikube               1/1     Running   0          21m'].join('\n'), gone: [3] },
  ])('pods deleted between two listings: $name', ({ text, gone }) => {
    const m = explain(text);
    expect(m.findings.find((f) => f.id === 'rows-gone')?.rows ?? []).toEqual(gone);
  });
  test.each([
    { name: "a Job's pod missing later is told apart: its Job most likely ended (em/09)", text: `${listing('$ kubectl get pods', ['web-0', 'keystone-db-sync-2bxtp'])}\n${listing('$ kubectl get pods', ['web-0'])}`, gone: [], jobs: [4] },
    { name: 'a StatefulSet pod missing later stays gone', text: `${listing('$ kubectl get pods', ['web-0', 'web-1'])}\n${listing('$ kubectl get pods', ['web-0'])}`, gone: [4], jobs: [] },
    { name: 'a Job pod missing after a kubectl delete: the delete says why, plainly gone', text: `${listing('$ kubectl get pods', ['web-0', 'keystone-db-sync-2bxtp'])}\n$ kubectl delete job keystone-db-sync\n${listing('$ kubectl get pods', ['web-0'])}`, gone: [4], jobs: [] },
  ])('Job pods missing from a later listing: $name', ({ text, gone, jobs }) => {
    const m = explain(text);
    expect(m.findings.find((f) => f.id === 'rows-gone')?.rows ?? []).toEqual(gone);
    expect(m.findings.find((f) => f.id === 'rows-gone-jobs')?.rows ?? []).toEqual(jobs);
  });
  test.each([
    { name: 'kubectl mistyped and glued to get (t/11)', command: '[vagrant@fedora ~]$ kubectget po -o widepo -n openshift-service-ca    service-ca-7bffb6f6bf-hxhrk', ns: 'openshift-service-ca' },
    { name: 'get pods typed without kubectl above the header (t/24)', command: 'get pods -o wide -n openshift-service-ca\n', ns: 'openshift-service-ca' },
  ])("a command line the paste garbled still gives the rows its -n, and -o wide's columns are no edit: $name", ({ command, ns }) => {
    const m = explain([command, 'NAME                          READY   STATUS    RESTARTS   AGE   IP          NODE     NOMINATED NODE   READINESS GATES', 'service-ca-7bffb6f6bf-hxhrk   1/1     Running   0          18s   10.42.0.3   fedora   <none>           <none>'].join('\n'));
    expect(m.rows.map((r) => [r.namespace, r.component])).toEqual([[ns, 'service-ca']]);
    expect(m.findings.map((f) => f.id)).not.toContain('namespace-unknown');
    expect(m.findings.map((f) => f.id)).not.toContain('command-not-wide');
  });
  test('a pod printed again without -o wide keeps its pod network', () => {
    const m = explain(['$ kubectl get pods -o wide', 'NAME                    READY   STATUS    RESTARTS   AGE   IP           NODE', 'web-7d4b9c8f6d-x2k9p    1/1     Running   0          3h    10.42.0.7    n1', '$ kubectl get pods', 'NAME                    READY   STATUS    RESTARTS   AGE', 'web-7d4b9c8f6d-x2k9p    1/1     Running   0          3h'].join('\n'));
    expect(m.cluster.podNetworks).toEqual(['10.42.0.0/16']);
  });
  test("a host-network pod printed again without -o wide keeps giving its node's address", () => {
    const m = explain(['$ kubectl get pods -n kube-system -o wide', 'NAME                READY   STATUS    RESTARTS   AGE   IP               NODE', 'calico-node-kwvrq   1/1     Running   0          3h    192.168.11.103   k8s-node-103', '$ kubectl get pods -n kube-system', 'NAME                READY   STATUS    RESTARTS   AGE', 'calico-node-kwvrq   1/1     Running   0          3h'].join('\n'));
    expect(m.rows.map((r) => r.network)).toEqual(['host', 'unknown']);
    expect(m.nodes.map((n) => [n.name, n.address])).toEqual([['k8s-node-103', '192.168.11.103']]);
  });
  test('a deleted pod no longer counts on its node or in findings', () => {
    const m = explain(`${listing('$ kubectl get pods', ['web-0', 'bad-0'])}\n$ kubectl delete pod bad-0\n${listing('$ kubectl get pods', ['web-0'])}`.replace('bad-0   1/1     Running', 'bad-0   0/1     Error  '));
    expect(m.findings.map((f) => f.id)).not.toContain('pods-in-status');
  });
  test('a watch line with NAME and AGE only does not hide the last STATUS seen', () => {
    const w = explain('$ kubectl get pods -w\nNAME     READY   STATUS              RESTARTS   AGE\nhitter   0/1     ContainerCreating   0          2s\nNAME     AGE\nhitter   6s');
    const live = w.rows.filter((r) => !w.findings.find((f) => f.id === 'watch-repeats')?.rows.includes(r.line));
    expect(live.map((r) => r.status)).toEqual(['ContainerCreating']);
  });
  test('the command lacks -o wide yet the output is wide', () => {
    const m6 = explain(paste(lab, '$ kubectl get pods --all-namespaces'));
    expect(m6.findings.map((f) => f.id)).toContain('command-not-wide');
  });
});

describe('a lost node, told once (node-lost)', () => {
  const NARROW = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  const narrow = (rows: string[][]) => `${printTable(NARROW, rows)}\n`;
  // kubernetes#73875: node1 stopped; no NODE column, its static pods name it.
  const lostCp = narrow([
    ['calico-node-759c8', '1/1', 'Running', '0', '69m'],
    ['calico-node-gmkv8', '1/1', 'NodeLost', '0', '69m'],
    ['coredns-788d98cc7b-679z6', '1/1', 'Running', '0', '8m32s'],
    ['coredns-788d98cc7b-lmngh', '1/1', 'Unknown', '0', '68m'],
    ['kube-apiserver-node1', '1/1', 'Unknown', '0', '71m'],
    ['kube-apiserver-node2', '1/1', 'Running', '0', '71m'],
    ['kube-controller-manager-node1', '1/1', 'Unknown', '0', '71m'],
    ['kube-controller-manager-node2', '1/1', 'Running', '1', '71m'],
  ]);
  test.each([
    { name: 'a control-plane node named by its Unknown static pods: one finding first, its lost pods placed nowhere with it', text: lostCp, id: 'node-lost-control-plane', nodes: 'node1', rows: [3, 5, 6, 8], shown: 2 },
    {
      name: 'every pod -o wide shows on a node NodeLost or Unknown: that node', nodes: 'voyager3', id: 'node-lost', shown: 3, rows: [3, 4, 5],
      text: paste([row('ceph', 'ceph-mgr-55f68d44b8-hncrq', '1/1', 'Unknown', '6', '10.0.0.3', 'voyager3'), row('ceph', 'ceph-mon-6bbs6', '1/1', 'NodeLost', '8', '10.0.0.3', 'voyager3'), row('ceph', 'ceph-osd-0', '1/1', 'NodeLost', '2', '10.0.0.3', 'voyager3'), row('ceph', 'ceph-osd-1', '1/1', 'Running', '2', '10.0.0.4', 'voyager4')]),
    },
    {
      name: 'two nodes: one finding naming both', nodes: 'a, b', id: 'nodes-lost', shown: 2, rows: [3, 4],
      text: paste([row('ceph', 'ceph-mon-aaaaa', '1/1', 'Unknown', '0', '10.0.0.3', 'a'), row('ceph', 'ceph-mon-bbbbb', '1/1', 'Unknown', '0', '10.0.0.4', 'b'), row('ceph', 'ceph-mon-ccccc', '1/1', 'Running', '0', '10.0.0.5', 'c')]),
    },
  ])('$name', ({ text, id, nodes, rows, shown }) => {
    const m = explain(text);
    const first = m.findings[0];
    expect(first).toMatchObject({ id, severity: 'error', vars: { nodes, shown, count: rows.length } });
    expect(first?.rows).toEqual(rows);
    // What the node explains is not said again: no status counts, control-plane or CNI findings over the same rows.
    for (const f of m.findings.slice(1)) {
      expect(['pods-in-status', 'control-plane-not-ready', 'control-plane-down-etcd', 'control-plane-down-apiserver', 'control-plane-down-controller-manager', 'control-plane-down-scheduler', 'cni-not-ready', 'cni-not-ready-nodes-unknown']).not.toContain(f.id);
    }
  });

  test.each([
    {
      name: 'an Unknown pod beside Running ones on its node: that node reports, the pod is its own story',
      text: paste([row('default', 'busybox', '0/1', 'Unknown', '0', '<none>', 'k3os-server'), row('kube-system', 'metrics-server-7566d596c8-stx49', '1/1', 'Running', '0', '10.42.0.9', 'k3os-server')]),
      status: 'Unknown',
    },
    {
      name: 'an Unknown pod on no node the paste shows: counted by its status',
      text: narrow([['web-7d4b9c8f6d-x2k9p', '0/1', 'Unknown', '0', '5d'], ['api-7d4b9c8f6d-abcde', '1/1', 'Running', '0', '5d']]),
      status: 'Unknown',
    },
  ])('$name', ({ text, status }) => {
    const m = explain(text);
    expect(m.findings.map((f) => f.id)).not.toContain('node-lost');
    expect(m.findings.find((f) => f.id === 'pods-in-status' && f.vars.status === status)).toBeDefined();
  });

  const nodesTable = (status: string) => `NAME        STATUS     ROLES    AGE   VERSION\nk8s-node1   Ready      <none>   2h    v1.10.0\nk8s-node2   ${status}   <none>   2h    v1.10.0\n\n`;
  test.each([
    { name: 'its flannel pod NodeLost on a node the table shows NotReady: one finding, not also CNI and status (hunt cv/22)', status: 'NotReady', pods: [row('kube-system', 'kube-flannel-ds-f4vpb', '1/1', 'Running', '0', '192.168.1.17', 'k8s-node1'), row('kube-system', 'kube-flannel-ds-h9dcc', '1/1', 'NodeLost', '0', '192.168.1.14', 'k8s-node2')], ids: [['node-not-ready-lost', { node: 'k8s-node2', status: 'NotReady', count: 1 }, [3, 8]]] },
    { name: 'an Unknown pod on a node the table shows NotReady, a Running one there too: that row is as stale', status: 'NotReady', pods: [row('default', 'web-7d4b9c8f6d-x2k9p', '1/1', 'Unknown', '0', '10.244.1.5', 'k8s-node2'), row('default', 'api-7d4b9c8f6d-abcde', '1/1', 'Running', '0', '10.244.1.6', 'k8s-node2')], ids: [['node-not-ready-lost', { node: 'k8s-node2', status: 'NotReady', count: 1 }, [3, 7]], ['stale-on-down-node', { count: 2 }, [7, 8]]] },
    { name: 'an Unknown pod on a node the table shows Ready: the pod is its own story', status: 'Ready   ', pods: [row('default', 'web-0', '1/1', 'Unknown', '0', '10.244.1.5', 'k8s-node2')], ids: [['pods-in-status', { status: 'Unknown', count: 1 }, [7]]] },
  ])('a node a get nodes table shows: $name', ({ status, pods, ids }) => {
    const m = explain(`${nodesTable(status)}${paste(pods)}`);
    expect(m.findings.filter((f) => f.id !== 'namespace-unknown').map((f) => [f.id, f.vars, f.rows])).toEqual(ids);
  });

  test("a lost pod of another node stays counted by its status beside the node's finding", () => {
    const m = explain(paste([row('a', 'web-0', '1/1', 'Unknown', '0', '10.0.0.3', 'gone'), row('a', 'web-1', '1/1', 'Unknown', '0', '10.0.0.4', 'busy'), row('a', 'web-2', '1/1', 'Running', '0', '10.0.0.5', 'busy')]));
    expect(m.findings[0]).toMatchObject({ id: 'node-lost', vars: { nodes: 'gone' }, rows: [3] });
    expect(m.findings.find((f) => f.id === 'pods-in-status')).toMatchObject({ vars: { status: 'Unknown', count: 1 }, rows: [4] });
  });
});

describe('rows without a namespace, every one a kube-system pod (namespace-unknown-system)', () => {
  const NARROW = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  const ids = (names: string[]) => explain(`${printTable(NARROW, names.map((n) => [n, '1/1', 'Running', '0', '5d']))}\n`).findings.map((f) => f.id).filter((id) => id.startsWith('namespace-'));
  test.each([
    { name: 'the control plane and its DNS: kube-system, most likely', names: ['coredns-66f779496c-8ddns', 'etcd-davinci-mini', 'kube-proxy-g7l22'], id: 'namespace-unknown-system' },
    { name: 'CoreDNS alone: the same', names: ['coredns-7bb49dc74c-78x62', 'coredns-7bb49dc74c-zpkx4'], id: 'namespace-unknown-system' },
    { name: 'calico-node alone may be calico-system: the context, unknown', names: ['calico-node-759c8', 'calico-node-7xqs5'], id: 'namespace-unknown' },
    { name: 'an application pod among them: the context, unknown', names: ['coredns-66f779496c-8ddns', 'web-7d4b9c8f6d-x2k9p'], id: 'namespace-unknown' },
    { name: "Istio's control plane, several parts: istio-system, most likely (hunt ba/16)", names: ['istiod-79c677c5c4-wzzb7', 'istio-egressgateway-5bb84b6b48-f5qgz', 'istio-galley-65ffbfdd9b-dzf89'], id: 'namespace-unknown-home' },
    { name: "Longhorn's parts: longhorn-system", names: ['longhorn-manager-7xk2p', 'longhorn-driver-deployer-6db8f4b7c6-9xq2m'], id: 'namespace-unknown-home' },
    { name: "one part alone (a RabbitmqCluster's servers, in the user's namespace): the context, unknown", names: ['production-rabbitmqcluster-server-0', 'production-rabbitmqcluster-server-1'], id: 'namespace-unknown' },
    { name: 'a namespace a chart is merely often given (harbor): the context, unknown', names: ['harbor-core-7d9b8c6f5d-2xk8p', 'harbor-portal-5c6b7d8f9-k2j4h'], id: 'namespace-unknown' },
    { name: "cert-manager alone (hunt bx/14): its usual namespace, not \"often default\"", names: ['cert-manager-79d879cf69-5tkqq'], id: 'namespace-unknown-usual' },
    { name: "Linkerd's viz extension, read as such: linkerd-viz, which its install makes (hunt cn/20)", names: ['metrics-api-6c88c44cf9-kcls9', 'tap-554cdfcf5c-zvzlx', 'tap-injector-67f677c549-mc4wb', 'web-75d9b8f9cd-xtxhr'], id: 'namespace-unknown-usual' },
    { name: 'an application pod of no known add-on: the context, unknown', names: ['web-7d4b9c8f6d-x2k9p'], id: 'namespace-unknown' },
    { name: "Tekton's controller, webhook and dashboard (hunt cq/08): tekton-pipelines, which its release makes", names: ['tekton-dashboard-5995985f86-mwgrp', 'tekton-pipelines-controller-5dc67b5bf5-bk54x', 'tekton-pipelines-webhook-6cd9bff9f6-kcbhp'], id: 'namespace-unknown-usual' },
    { name: "Flux's controllers (hunt cq/10): flux-system, which flux install makes", names: ['helm-controller-9b59fdc77-dqhkk', 'kustomize-controller-577b4ddbdd-pjm82', 'source-controller-768b889f6d-drvw6'], id: 'namespace-unknown-usual' },
    { name: "Gatekeeper's audit and controller manager (hunt cs/20): gatekeeper-system, though Rancher's runs them in cattle-gatekeeper-system", names: ['gatekeeper-audit-fbcf9b969-srlbt', 'gatekeeper-controller-manager-5c648899c4-5x6xd'], id: 'namespace-unknown-usual' },
    { name: "a CSI driver known only by the <driver>-csi-node family: its installer's namespace, unknown (hunt bh/16)", names: ['piraeus-csi-controller-8c69d6c74-x29wj', 'piraeus-csi-node-9vtpz', 'piraeus-csi-node-fsphb'], id: 'namespace-unknown' },
    { name: 'the same family beside kube-proxy: no longer every one a kube-system pod (hunt bh/04)', names: ['kube-proxy-g7l22', 'piraeus-csi-node-7xk2p'], id: 'namespace-unknown' },
    { name: "vSphere's node plugin (vmware-system-csi, kube-system before v2.3) beside kube-proxy: one listing, so kube-system", names: ['kube-proxy-g7l22', 'vsphere-csi-node-7xk2p'], id: 'namespace-unknown-system' },
    { name: "vSphere's node plugin alone: vmware-system-csi or kube-system, unknown (hunt bh/04)", names: ['vsphere-csi-controller-5f9f7c8fff-x2k9p', 'vsphere-csi-node-7xk2p'], id: 'namespace-unknown' },
    { name: "kubeadm's control plane beside flannel's old kube-system DaemonSet: rows of one listing share kube-system (hunt br/22)", names: ['coredns-5c98db65d4-qx4mq', 'etcd-localhost.localdomain', 'kube-apiserver-localhost.localdomain', 'kube-controller-manager-localhost.localdomain', 'kube-flannel-ds-amd64-gltqj', 'kube-proxy-x2crp', 'kube-scheduler-localhost.localdomain'], id: 'namespace-unknown-system' },
    { name: 'flannel first, kube-proxy after: the same', names: ['kube-flannel-ds-amd64-gltqj', 'kube-proxy-x2crp'], id: 'namespace-unknown-system' },
    { name: 'flannel alone (kube-flannel today, kube-system before): the context, unknown', names: ['kube-flannel-ds-gltqj', 'kube-flannel-ds-x2crp'], id: 'namespace-unknown' },
    { name: "kubeadm's API server, controller manager and scheduler alone: kube-system", names: ['kube-apiserver-cp1', 'kube-controller-manager-cp1', 'kube-scheduler-cp1'], id: 'namespace-unknown-system' },
    { name: 'etcd beside calico-node, each in kube-system or its own: kube-system the one both list', names: ['etcd-cp1', 'calico-node-759c8'], id: 'namespace-unknown-system' },
    { name: "k3s ServiceLB pods with the Service's uid in their name (dp/12): kube-system, where ServiceLB runs them now", names: ['svclb-traefik-1628ae6b-vc7j8', 'svclb-traefik-1628ae6b-x2k9p'], id: 'namespace-unknown-system' },
    { name: "older k3s ServiceLB pods, no uid (dp/06: svclb-pihole-web-*): their Service's namespace, unknown", names: ['svclb-pihole-web-9nsfv', 'svclb-pihole-dhcp-v8gkd'], id: 'namespace-unknown' },
    { name: "an older ServiceLB pod beside CoreDNS: one listing, CoreDNS's kube-system (a Service of kube-system's)", names: ['coredns-7448499f4d-f7kjn', 'svclb-traefik-wrrkh'], id: 'namespace-unknown-system' },
  ])('$name', ({ names, id }) => {
    expect(ids(names)).toEqual([id]);
  });
  test('the namespace is said', () => {
    const m = explain(`${printTable(NARROW, ['istiod-79c677c5c4-wzzb7', 'istio-egressgateway-5bb84b6b48-f5qgz'].map((n) => [n, '1/1', 'Running', '0', '5d']))}\n`);
    expect(m.findings.find((f) => f.id === 'namespace-unknown-home')?.vars).toEqual({ count: 2, namespace: 'istio-system' });
  });
  test('the usual namespace is said', () => {
    const m = explain(`${printTable(NARROW, [['cert-manager-79d879cf69-5tkqq', '0/2', 'Evicted', '0', '8h']])}\n`);
    expect(m.findings.find((f) => f.id === 'namespace-unknown-usual')?.vars).toEqual({ count: 1, namespace: 'cert-manager' });
  });
  // Hunt cl/01-03: copied as printed, `kubectl describe pod coredns-...` runs in default and answers NotFound.
  test.each([
    { name: 'kube-system pods (hunt cl/02): -n kube-system, marked inferred', rows: [['coredns-5c98db65d4-qx4mq', '0/1', 'CrashLoopBackOff', '3', '81s'], ['etcd-localhost.localdomain', '1/1', 'Running', '0', '33s']], next: ['kubectl -n kube-system logs coredns-5c98db65d4-qx4mq --previous', 'kubectl -n kube-system describe pod coredns-5c98db65d4-qx4mq'], why: 'why.logs-previous:ns-inferred', explanation: 'explain.namespace-inferred-system' },
    { name: 'Istio parts (istio-system, most likely): left as the context, no -n', rows: [['istiod-79c677c5c4-wzzb7', '0/1', 'CrashLoopBackOff', '3', '81s'], ['istio-egressgateway-5bb84b6b48-f5qgz', '1/1', 'Running', '0', '5d']], next: ['kubectl logs istiod-79c677c5c4-wzzb7 --previous', 'kubectl describe pod istiod-79c677c5c4-wzzb7'], why: 'why.logs-previous:no-ns', explanation: 'explain.namespace-unknown' },
    { name: 'an application pod among them: no -n', rows: [['coredns-5c98db65d4-qx4mq', '0/1', 'CrashLoopBackOff', '3', '81s'], ['web-7d4b9c8f6d-x2k9p', '1/1', 'Running', '0', '5d']], next: ['kubectl logs coredns-5c98db65d4-qx4mq --previous', 'kubectl describe pod coredns-5c98db65d4-qx4mq'], why: 'why.logs-previous:no-ns', explanation: 'explain.namespace-unknown' },
    { name: 'a kube-system pod printed again below: its first line too (hunt cy/27)', rows: [['kube-proxy-hostname-dev01', '1/1', 'Running', '0', '40m'], ['kube-proxy-hostname-dev01', '1/1', 'Running', '0', '35m'], ['etcd-hostname-dev01', '1/1', 'Running', '0', '40m']], next: ['kubectl -n kube-system logs kube-proxy-hostname-dev01', 'kubectl -n kube-system describe pod kube-proxy-hostname-dev01'], why: 'why.logs:ns-inferred', explanation: 'explain.namespace-inferred-system' },
  ])('next commands: $name', ({ rows, next, why, explanation }) => {
    const r = explain(`${printTable(NARROW, rows)}\n`).rows[0];
    expect(r?.next.slice(0, 2).map((c) => c.command)).toEqual(next);
    expect(r?.next[0]?.why).toBe(why);
    expect(r?.explanations).toContain(explanation);
    expect(r?.namespace).toBeNull();
  });
});

describe('Pending pods of a host-network DaemonSet: the host-port clash named as a condition (hunt co/14, co/17, co/19)', () => {
  const NARROW = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  const lines = (pods: string[][]) => explain(`# kubectl get -n monitoring pods\n${printTable(NARROW, pods)}\n`).findings.find((f) => f.id === 'pending-host-network')?.rows ?? [];
  test.each([
    { name: "node-exporter's pods Pending beside others running (co/14)", pods: [['prometheus-k8s-0', '2/2', 'Running', '0', '174m'], ['node-exporter-bsk5d', '0/2', 'Pending', '0', '75m'], ['node-exporter-vxtm7', '0/2', 'Pending', '0', '75m']], rows: [4, 5] },
    { name: "a release-prefixed node-exporter Pending (co/19)", pods: [['ff-prometheus-server-94ffbdb5c-jxszt', '2/2', 'Running', '0', '9m51s'], ['ff-prometheus-node-exporter-zsbvr', '0/1', 'Pending', '0', '9m51s']], rows: [4] },
    { name: "a Deployment's pod Pending too (CoreDNS beside efs-csi-node on EKS): what holds them all is likelier, not said", pods: [['coredns-59dfd6b59f-4kvm6', '0/1', 'Pending', '0', '10m'], ['node-exporter-bsk5d', '0/2', 'Pending', '0', '75m']], rows: [] },
    { name: 'a DaemonSet off the host network Pending: no host ports, not said', pods: [['fluent-bit-x2k9p', '0/1', 'Pending', '0', '75m']], rows: [] },
  ])('$name', ({ pods, rows }) => {
    expect(lines(pods)).toEqual(rows);
  });
});

describe("Pending pods of k3s's ServiceLB: its Service's ports taken on the node (hunt dg/16)", () => {
  const NARROW = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  const lines = (pods: string[][]) => explain(`$ kubectl get pods -n kube-system\n${printTable(NARROW, pods)}\n`).findings.find((f) => f.id === 'pending-service-lb')?.rows ?? [];
  test.each([
    { name: "a second Istio gateway's svclb Pending beside the first's running (LeapfrogAI on k3d)", pods: [['coredns-6799fbcd5-f592c', '1/1', 'Running', '0', '71m'], ['svclb-tenant-ingressgateway-33765d1d-cmgsm', '0/3', 'Pending', '0', '34m'], ['svclb-admin-ingressgateway-bdbf7330-xwwcx', '3/3', 'Running', '0', '34m']], rows: [4] },
    { name: "ingress-nginx's svclb beside Traefik's", pods: [['svclb-traefik-6a2b4d1e-7xk2p', '2/2', 'Running', '0', '9m'], ['svclb-ingress-nginx-controller-8c1f2a3b-z9q4w', '0/2', 'Pending', '0', '9m']], rows: [4] },
    { name: 'another pod Pending too: what holds them all is likelier, not said', pods: [['coredns-6799fbcd5-f592c', '0/1', 'Pending', '0', '71m'], ['svclb-traefik-6a2b4d1e-7xk2p', '0/2', 'Pending', '0', '71m']], rows: [] },
  ])('$name', ({ pods, rows }) => {
    expect(lines(pods)).toEqual(rows);
  });
});

describe('a host-network Deployment with more pods than the one node the paste shows (hunt cm/18)', () => {
  const NARROW = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  const ALL = ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  const NODES = '$ kubectl get nodes\nNAME   STATUS   ROLES                  AGE   VERSION\n';
  const operator = [['cilium-operator-c8cfd6fcf-ggx42', '0/1', 'Pending', '0', '3m19s'], ['cilium-operator-c8cfd6fcf-cnbz8', '1/1', 'Running', '0', '3m19s']];
  const found = (text: string) => explain(text).findings.filter((f) => f.id.startsWith('host-network-one-node') || f.id === 'pending-siblings-running' || (f.id === 'pods-in-status' && f.vars.status === 'Pending')).map((f) => ({ id: f.id, rows: f.rows }));
  test.each([
    { name: 'k3s with Cilium: one cilium agent, the second operator Pending (cm/18)', text: `$ kubectl get pods -n kube-system\n${printTable(NARROW, [['coredns-6799fbcd5-flmvq', '1/1', 'Running', '0', '29m'], ...operator, ['cilium-xxg2j', '1/1', 'Running', '0', '3m19s']])}\n`, want: [{ id: 'host-network-one-node', rows: [4, 6] }] },
    { name: 'cilium and cilium-envoy one pod each in get pods -A (cilium/cilium#40435)', text: `$ kubectl get pods -A\n${printTable(ALL, [['kube-system', 'cilium-drxxx', '1/1', 'Running', '1', '8m11s'], ['kube-system', 'cilium-envoy-z7cvw', '1/1', 'Running', '1', '8m11s'], ['kube-system', 'cilium-operator-747db756b8-hltgn', '0/1', 'Pending', '0', '8m11s'], ['kube-system', 'cilium-operator-747db756b8-mpsbm', '1/1', 'Running', '1', '8m11s']])}\n`, want: [{ id: 'host-network-one-node', rows: [3, 5] }] },
    { name: 'a nodes table of one node (minikube)', text: `${NODES}minikube   Ready    control-plane,master   11m   v1.19.4\n\n$ kubectl get pods -n kube-system\n${printTable(NARROW, operator)}\n`, want: [{ id: 'host-network-one-node-listed', rows: [7] }] },
    { name: 'two cilium agents: two nodes, the cause is elsewhere: no room for the copy beside the running one (ec/01)', text: `$ kubectl get pods -n kube-system\n${printTable(NARROW, [...operator, ['cilium-xxg2j', '1/1', 'Running', '0', '3m19s'], ['cilium-7nkkq', '1/1', 'Running', '0', '3m19s']])}\n`, want: [{ id: 'pending-siblings-running', rows: [3] }] },
    { name: 'a nodes table of two nodes', text: `${NODES}n1   Ready    control-plane   11m   v1.30.0\nn2   Ready    <none>          11m   v1.30.0\n\n$ kubectl get pods -n kube-system\n${printTable(NARROW, [...operator, ['cilium-xxg2j', '1/1', 'Running', '0', '3m19s']])}\n`, want: [{ id: 'pending-siblings-running', rows: [8] }] },
    { name: 'a listing piped to grep may have left agents out (gardener-extension-networking-cilium#165)', text: `$ kubectl -n kube-system get pods | grep cilium\n${printTable(NARROW, [['cilium-7nkkq', '1/1', 'Running', '0', '6m35s'], ['cilium-operator-7b59db7895-cwbqz', '1/1', 'Running', '0', '7m53s'], ['cilium-operator-7b59db7895-t45s7', '0/1', 'Pending', '0', '7m53s']])}\n`, want: [{ id: 'pods-in-status', rows: [5] }] },
    { name: 'no pod of it running: not a second copy crowded out', text: `$ kubectl get pods -n kube-system\n${printTable(NARROW, [['cilium-operator-c8cfd6fcf-ggx42', '0/1', 'Pending', '0', '3m19s'], ['cilium-operator-c8cfd6fcf-cnbz8', '0/1', 'Pending', '0', '3m19s'], ['cilium-xxg2j', '1/1', 'Running', '0', '3m19s']])}\n`, want: [{ id: 'pods-in-status', rows: [3, 4] }] },
  ])('$name', ({ text, want }) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a static pod named after a control-plane component and more is not the control plane (HyperShift's kube-apiserver-proxy, hunt br/05)", () => {
  // The owner stage reads kube-apiserver-proxy-<node> as StaticPod/kube-apiserver-proxy, an haproxy on each worker of a
  // hosted cluster; the component match may still say kube-apiserver (its prefix). Neither makes that node a control plane.
  const hosted = (owner: string | null, status = 'Running') => {
    const m = explain(['NAMESPACE     NAME                               READY   STATUS    RESTARTS   AGE   IP            NODE',
      `kube-system   konnectivity-agent-26htj           1/1     Running   0          21h   10.131.0.9    kv-00-5rtt6`,
      `kube-system   kube-apiserver-proxy-kv-00-5rtt6   ${status === 'Running' ? '1/1' : '0/1'}     ${status.padEnd(10)}0          21h   10.131.0.9    kv-00-5rtt6`,
      `kube-system   kube-apiserver-proxy-kv-00-6zmjj   1/1     Running   0          21h   10.131.0.10   kv-00-6zmjj`].join('\n'));
    for (const r of m.rows) {
      if (!r.name.startsWith('kube-apiserver-proxy-')) continue;
      r.component = 'kube-apiserver';
      if (owner !== null) r.workload = { kind: 'StaticPod', name: owner, confidence: 'high' } as NonNullable<typeof r.workload>;
    }
    return inferCluster({ rows: m.rows, superseded: new Set(), nodeRows: [], tableCommands: [null], tableWide: [false], tableLines: [1], withNodeColumn: new Uint8Array(m.rows.length).fill(1) });
  };
  test.each([
    { name: 'owner StaticPod/kube-apiserver-proxy: workers, or at least no control plane', owner: 'kube-apiserver-proxy', cp: false },
    { name: 'owner StaticPod/kube-apiserver (the component\'s own name): a control-plane node, as before', owner: 'kube-apiserver', cp: true },
  ])('$name', ({ owner, cp }) => {
    const r = hosted(owner);
    expect(r.nodes.map((n) => n.name).sort()).toEqual(['kv-00-5rtt6', 'kv-00-6zmjj']);
    expect(r.nodes.some((n) => n.role === 'control-plane')).toBe(cp);
  });
  test('an haproxy not ready is no control plane not ready', () => {
    const r = hosted('kube-apiserver-proxy', 'Error');
    expect(r.findings.filter((f) => f.id === 'control-plane-not-ready' || f.id.startsWith('control-plane-down-'))).toEqual([]);
    expect(r.findings.map((f) => f.id)).not.toContain('control-plane-incomplete');
  });
});

describe('Windows nodes are workers (hunt aw/09, aw/13)', () => {
  test.each([
    { name: "Azure's cloud-node-manager-windows", pod: 'cloud-node-manager-windows-6bhfx', role: 'worker' },
    { name: 'calico-node-windows', pod: 'calico-node-windows-x7k2p', role: 'worker' },
    { name: "Flannel's Windows DaemonSet", pod: 'kube-flannel-ds-windows-amd64-q2m5n', role: 'worker' },
    { name: 'an AKS Windows CSI node plugin (-win)', pod: 'csi-azuredisk-node-win-8xk2p', role: 'worker' },
    { name: 'a Linux DaemonSet says nothing', pod: 'calico-node-x7k2p', role: 'unknown' },
  ])('$name', ({ pod, role }) => {
    const m = explain(paste([row('kube-system', pod, '1/1', 'Running', '0', '10.240.0.4', '3967k8s011')]));
    expect(m.nodes.find((n) => n.name === '3967k8s011')?.role).toBe(role);
  });
});

describe('pods on EKS Fargate are on the pod network (hunt az/15)', () => {
  test.each([
    { name: 'a Fargate node named after the pod: its own micro-VM, no hostNetwork', node: 'fargate-ip-192-168-12-52.ap-northeast-2.compute.internal', network: 'pod' },
    { name: 'an EC2 node named by that address: the host network', node: 'ip-192-168-12-52.ap-northeast-2.compute.internal', network: 'host' },
  ])('$name', ({ node, network }) => {
    const m = explain(paste([row('kube-system', 'coredns-fd69467b9-4nk6x', '1/1', 'Running', '0', '192.168.12.52', node)]));
    expect(m.rows[0]?.network).toBe(network);
    expect(m.nodes[0]?.address).toBe('192.168.12.52');
  });
});

describe('a node a pod printed again has left stays listed (hunt az/23)', () => {
  test.each([
    { name: 'moved from the masters to an infra node: both nodes, the masters with no pod', later: 'c416-infra-1', nodes: [['c416-master-0', 0], ['c416-master-1', 0], ['c416-infra-1', 2]] },
    { name: 'printed again on the same node: one node', later: 'c416-master-0', nodes: [['c416-master-0', 2]] },
  ])('$name', ({ later, nodes }) => {
    const first = [row('vpa', 'vpa-recommender-default-66846bd94c-dsmpp', '1/1', 'Running', '0', '10.129.2.20', 'c416-master-0'), row('vpa', 'vpa-updater-default-db8b58df-2nkvf', '1/1', 'Running', '0', '10.129.2.21', later === 'c416-master-0' ? 'c416-master-0' : 'c416-master-1')];
    const second = first.map((r) => [...r.slice(0, 7), later, ...r.slice(8)]);
    const m = explain(`${paste(first)}\n${paste(second)}`);
    expect(m.nodes.map((n) => [n.name, n.pods])).toEqual(nodes);
  });
});

describe('new pods placed on a node shutting down (node-shutting-down-placed)', () => {
  const at = (name: string, status: string, age: string, node: string): string[] => ['shop', name, status === 'Running' ? '1/1' : '0/1', status, '0', age, '<none>', node, '<none>', '<none>'];
  const ids = (rows: string[][]) => explain(paste(rows)).findings.map((f) => [f.id, f.vars['status'] ?? f.vars['node'] ?? null, f.rows]);
  test.each([
    {
      name: 'kubernetes#100184: two Shutdown, two newer ContainerCreating on that node: one warning, their ContainerCreating folded in',
      rows: [at('web-69cff7d9b7-6glvw', 'Running', '8s', 'w2'), at('web-69cff7d9b7-blspc', 'ContainerCreating', '8s', 'w1'), at('web-69cff7d9b7-bvzj9', 'Shutdown', '107s', 'w1'), at('web-69cff7d9b7-gncbf', 'Shutdown', '107s', 'w1'), at('web-69cff7d9b7-mv7bd', 'ContainerCreating', '8s', 'w1')],
      expected: ['node-shutting-down-placed', 'w1', [4, 5, 6, 7]],
      absent: ['ContainerCreating'],
    },
    {
      name: 'the starting pods on another node: only their status',
      rows: [at('web-69cff7d9b7-blspc', 'ContainerCreating', '8s', 'w2'), at('web-69cff7d9b7-bvzj9', 'Shutdown', '107s', 'w1')],
      expected: null,
      absent: [],
    },
    {
      name: 'a starting pod older than the Shutdown ones was placed before: not this',
      rows: [at('web-69cff7d9b7-blspc', 'ContainerCreating', '5m', 'w1'), at('web-69cff7d9b7-bvzj9', 'Shutdown', '107s', 'w1')],
      expected: null,
      absent: [],
    },
  ])('$name', ({ rows, expected, absent }) => {
    const got = ids(rows);
    const shut = got.find((f) => f[0] === 'node-shutting-down-placed') ?? null;
    expect(shut).toEqual(expected);
    for (const status of absent) expect(got.find((f) => f[0] === 'pods-in-status' && f[1] === status)).toBeUndefined();
    if (expected === null) expect(got.find((f) => f[0] === 'pods-in-status' && f[1] === 'ContainerCreating')).toBeDefined();
  });
});

describe("a DaemonSet's pod alone in its /16 beside a node's pod slice is on the host network (hunt ae/10)", () => {
  const agent = (ip: string) => row('kubeedge', 'edgemes-0j9ys4-agent-2llfc', '1/1', 'Running', '0', ip, 'dell');
  const pods = [row('default', 'alpine-test', '1/1', 'Running', '0', '10.244.0.56', 'dell'), row('default', 'nfs-7d88656b74-4grfs', '1/1', 'Running', '0', '10.244.0.37', 'dell')];
  test.each([
    { name: 'an agent on 192.168 beside two 10.244.0.x pods: the node address', rows: [agent('192.168.60.245'), ...pods], address: '192.168.60.245', network: 'host', podNetworks: ['10.244.0.0/16'] },
    { name: 'beside one pod only: too little to tell', rows: [agent('192.168.60.245'), pods[0] as string[]], address: null, network: 'pod', podNetworks: ['10.244.0.0/16', '192.168.0.0/16'] },
    { name: 'in the same /16 as the others: a pod address', rows: [agent('10.244.1.9'), ...pods], address: null, network: 'pod', podNetworks: ['10.244.0.0/16'] },
    { name: "docker0's 172.17 (no CNI on the node): a pod address", rows: [agent('172.17.0.2'), ...pods], address: null, network: 'pod', podNetworks: ['10.244.0.0/16', '172.17.0.0/16'] },
    { name: 'the other pods in two /24s: no one slice to stand out from', rows: [agent('192.168.60.245'), ...pods, row('default', 'web-0', '1/1', 'Running', '0', '10.244.3.4', 'dell')], address: null, network: 'pod', podNetworks: ['10.244.0.0/16', '192.168.0.0/16'] },
    { name: "another DaemonSet's pod in the node's slice beside it (hunt db/22)", rows: [agent('192.168.60.245'), ...pods, row('pks-system', 'fluent-bit-nxz94', '3/3', 'Running', '0', '10.244.0.10', 'dell')], address: '192.168.60.245', network: 'host', podNetworks: ['10.244.0.0/16'] },
    { name: "another DaemonSet's pod apart too: neither stands alone", rows: [agent('192.168.60.245'), ...pods, row('pks-system', 'fluent-bit-nxz94', '3/3', 'Running', '0', '172.20.5.10', 'dell')], address: null, network: 'pod', podNetworks: ['10.244.0.0/16', '172.20.0.0/16', '192.168.0.0/16'] },
  ])('$name', ({ rows, address, network, podNetworks }) => {
    const m = explain(paste(rows));
    expect(m.nodes.find((n) => n.name === 'dell')?.address).toBe(address);
    expect(m.rows.find((r) => r.name === 'edgemes-0j9ys4-agent-2llfc')?.network).toBe(network);
    expect([...m.cluster.podNetworks].sort()).toEqual(podNetworks);
  });
});

describe('pods the paste deletes by name after listing them (pods-deleted-later)', () => {
  const table = ['$ kubectl get pods', 'NAME                        READY   STATUS    RESTARTS   AGE', 'foobar-2-89d4d78b6-4tt5h    1/1     Running   0          27s', 'foobar-3-8b74c8cb9-w77c9    1/1     Running   0          22s', ''];
  test.each([
    { name: "an alias's delete, kubectl's `pod \"x\" deleted` (hunt db/01)", after: ['$ kube delete po foobar-3-8b74c8cb9-w77c9', 'pod "foobar-3-8b74c8cb9-w77c9" deleted'], rows: [4] },
    { name: 'a kubectl delete pod of two, nothing printed', after: ['$ kubectl delete pod foobar-2-89d4d78b6-4tt5h foobar-3-8b74c8cb9-w77c9'], rows: [3, 4] },
    { name: 'newer kubectl names the namespace', after: ['pod "foobar-2-89d4d78b6-4tt5h" deleted from default namespace'], rows: [3] },
    { name: 'listed again after the delete: made again under its name, no note', after: ['$ kubectl delete pod foobar-3-8b74c8cb9-w77c9', '$ kubectl get pods', 'NAME                        READY   STATUS    RESTARTS   AGE', 'foobar-3-8b74c8cb9-w77c9    1/1     Running   0          2s'], rows: null },
    { name: 'another pod deleted: no note', after: ['pod "web-0" deleted'], rows: null },
    { name: 'deleted before it was listed: no note', before: ['$ kubectl delete pod foobar-3-8b74c8cb9-w77c9'], after: [], rows: null },
  ])('$name', ({ before, after, rows }) => {
    const m = explain([...(before ?? []), ...table, ...after].join('\n'));
    const f = m.findings.find((x) => x.id === 'pods-deleted-later');
    expect(f === undefined ? null : f.rows.map((l) => l - (before?.length ?? 0))).toEqual(rows);
    if (f !== undefined) expect(f.severity).toBe('ok');
  });
});

describe("etcd clusters are counted each on its own: kOps's main and events (hunt bf/04, bf/05, bf/11)", () => {
  // kOps's etcd-manager static pods, as the knowledge base (component etcd) and the owner stage (StaticPod etcd-manager-main
  // or etcd-manager-events on the node its name ends in) read them; kOps's kube-proxy-<node> static pods on every node.
  const kops = (masters: string[], workers: string[], ips: Record<string, string>) => {
    const names = [...masters.flatMap((n) => [`etcd-manager-events-${n}`, `etcd-manager-main-${n}`, `kube-apiserver-${n}`]), ...[...masters, ...workers].map((n) => `kube-proxy-${n}`), ...[...masters, ...workers].map((_, i) => `aws-node-${['b2xrp', 'h5ltq', 'rpvlm', 'x7k2p', 'q2wzt'][i]}`)];
    const node = (name: string) => [...masters, ...workers].find((n) => name.endsWith(n)) ?? null;
    const awsNode = (name: string) => [...masters, ...workers][['b2xrp', 'h5ltq', 'rpvlm', 'x7k2p', 'q2wzt'].indexOf(name.slice(-5))] as string;
    const m = explain(`$ kubectl get pod -n kube-system -o=custom-columns=NAME:.metadata.name,IP:.status.podIP,STATUS:.status.phase\n${printTable(['NAME', 'IP', 'STATUS'], names.map((n) => [n, ips[node(n) ?? awsNode(n)] as string, 'Running']))}\n`);
    for (const r of m.rows) {
      const cluster = /^etcd-manager-(main|events)-/.exec(r.name);
      if (cluster !== null) {
        r.component = 'etcd';
        r.workload = { kind: 'StaticPod', name: `etcd-manager-${cluster[1]}`, confidence: 'high' };
      } else if (r.name.startsWith('kube-proxy-')) {
        r.component = 'kube-proxy';
        r.workload = { kind: 'StaticPod', name: 'kube-proxy', confidence: 'high' };
      }
    }
    return { ...inferCluster({ rows: m.rows, superseded: new Set(), nodeRows: [], tableCommands: [null], tableWide: [false], tableLines: [2], withNodeColumn: new Uint8Array(m.rows.length) }), rows: m.rows };
  };
  const etcd = (r: ReturnType<typeof kops>) => r.findings.filter((f) => f.id.startsWith('etcd-')).map((f) => [f.id, f.vars]);
  test('one master: a one-member main etcd and a one-member events etcd, no even count; the nodes the names end in', () => {
    const r = kops(['i-0ad86f23f13499914'], ['i-01cadf0d8d3c7a565', 'i-0f395f78142396d9d'], { 'i-0ad86f23f13499914': '172.30.47.189', 'i-01cadf0d8d3c7a565': '172.30.77.200', 'i-0f395f78142396d9d': '172.30.62.109' });
    expect(etcd(r)).toEqual([]);
    expect(r.nodes.map((n) => [n.name, n.role, n.address])).toEqual([['i-0ad86f23f13499914', 'control-plane', '172.30.47.189'], ['i-01cadf0d8d3c7a565', 'worker', '172.30.77.200'], ['i-0f395f78142396d9d', 'worker', '172.30.62.109']]);
    // With no NODE column, the static pods still tell each node's address: aws-node beside them is on the host network.
    expect(r.nodes[0]?.components).toEqual(['etcd', 'kube-apiserver', 'kube-proxy']);
  });
  test('three masters: two clusters of three, no even count', () => {
    const masters = ['i-0b568d75ecb3153d0', 'i-0e63a4a348096dcf5', 'i-0ed7cb8a38a7b4d35'];
    const r = kops(masters, [], Object.fromEntries(masters.map((n, i) => [n, `172.20.${i}.10`])));
    expect(etcd(r)).toEqual([]);
    expect(r.nodes.map((n) => n.name)).toEqual(masters);
  });
  test('two masters: each cluster has two members, each said by its name', () => {
    const masters = ['i-0b568d75ecb3153d0', 'i-0e63a4a348096dcf5'];
    const r = kops(masters, [], Object.fromEntries(masters.map((n, i) => [n, `172.20.${i}.10`])));
    expect(etcd(r)).toEqual([['etcd-even-cluster', { count: 2, quorum: 2, tolerate: 0, name: 'etcd-manager-events' }], ['etcd-even-cluster', { count: 2, quorum: 2, tolerate: 0, name: 'etcd-manager-main' }]]);
  });
  test("kube-up's etcd-server and etcd-server-events on two masters: each its own cluster", () => {
    const nodes = ['ip-10-0-1-23.ec2.internal', 'ip-10-0-2-41.ec2.internal'];
    const m = explain(['NAMESPACE     NAME                                          READY   STATUS    RESTARTS   AGE', ...nodes.flatMap((n) => [`kube-system   etcd-server-events-${n}   1/1     Running   0          5d`, `kube-system   etcd-server-${n}          1/1     Running   0          5d`])].join('\n'));
    expect(m.findings.filter((f) => f.id.startsWith('etcd-')).map((f) => [f.id, f.vars['name'], f.rows])).toEqual([['etcd-even-cluster', 'etcd-server-events', [2, 4]], ['etcd-even-cluster', 'etcd-server', [3, 5]]]);
  });
  test('the host-network pods without a NODE column: the address the static pods show is the node\'s', () => {
    const r = kops(['i-0ad86f23f13499914'], ['i-01cadf0d8d3c7a565'], { 'i-0ad86f23f13499914': '172.30.47.189', 'i-01cadf0d8d3c7a565': '172.30.77.200' });
    expect([...r.nodeAddresses].sort()).toEqual(['172.30.47.189', '172.30.77.200']);
    expect(r.rows.filter((x) => x.name.startsWith('aws-node-')).map((x) => x.network)).toEqual(['host', 'host']);
  });
  test("a static pod's name read with part of its own on (etcd's manager-main-<node>): no second node at that address", () => {
    const m = explain(`${printTable(['NAME', 'IP', 'STATUS'], [['etcd-manager-main-i-0ad86f23f13499914', '172.30.47.189', 'Running'], ['kube-apiserver-i-0ad86f23f13499914', '172.30.47.189', 'Running']])}\n`);
    const etcdRow = m.rows[0] as (typeof m.rows)[number];
    etcdRow.component = 'etcd';
    etcdRow.workload = { kind: 'StaticPod', name: 'etcd', confidence: 'high' };
    const r = inferCluster({ rows: m.rows, superseded: new Set(), nodeRows: [], tableCommands: [null], tableWide: [false], tableLines: [1], withNodeColumn: new Uint8Array(m.rows.length) });
    expect(r.nodes.map((n) => [n.name, n.address])).toEqual([['i-0ad86f23f13499914', '172.30.47.189'], ['manager-main-i-0ad86f23f13499914', '172.30.47.189']]);
    expect(r.findings.map((f) => f.id)).not.toContain('nodes-same-address-other');
  });
});

describe("a DaemonSet rule 5 finds on the host network is on it on every node (hunt bh/09)", () => {
  test("OpenEBS's cStor CSI node plugin: one node's pod stands out of its pod slice, the others' nodes have too few pods to tell", () => {
    const m = explain(paste([
      row('openebs', 'cstor-disk-pool-6c2d-95ccfd584-gjztb', '3/3', 'Running', '0', '10.244.122.112', 'k8s-node4'),
      row('openebs', 'cstor-disk-pool-cns5-674cb686c5-sf849', '3/3', 'Running', '0', '10.244.195.250', 'k8s-node5'),
      row('openebs', 'cstor-disk-pool-g86q-76bc7ccb4f-sns7k', '3/3', 'Running', '0', '10.244.186.95', 'k8s-node6'),
      row('openebs', 'openebs-cstor-admission-server-7cd4dbb679-8bj96', '1/1', 'Running', '0', '10.244.186.86', 'k8s-node6'),
      row('openebs', 'openebs-cstor-csi-controller-0', '6/6', 'Running', '0', '10.244.186.83', 'k8s-node6'),
      row('openebs', 'openebs-cstor-csi-node-5b674', '2/2', 'Running', '0', '10.3.3.62', 'k8s-node4'),
      row('openebs', 'openebs-cstor-csi-node-x4hv2', '2/2', 'Running', '0', '10.3.3.40', 'k8s-node6'),
      row('openebs', 'openebs-cstor-csi-node-zpxlr', '2/2', 'Running', '0', '10.3.3.63', 'k8s-node5'),
    ], '$ kubectl get po -n openebs -o wide'));
    expect(m.rows.slice(5).map((r) => r.network)).toEqual(['host', 'host', 'host']);
    expect(m.nodes.map((n) => [n.name, n.address])).toEqual([['k8s-node4', '10.3.3.62'], ['k8s-node5', '10.3.3.63'], ['k8s-node6', '10.3.3.40']]);
    expect(m.cluster.podNetworks).toEqual(['10.244.0.0/16']);
  });
});

describe("a static pod the knowledge base knows names its node where no NODE column does (hunt bi/18)", () => {
  test("kube-up's fluentd-elasticsearch-<node> on its minions", () => {
    const m = explain(['NAMESPACE     NAME                                                READY     STATUS    RESTARTS   AGE', 'kube-system   fluentd-elasticsearch-e2e-test-abshah-minion-3nb5   1/1       Running   0          3h', 'kube-system   fluentd-elasticsearch-e2e-test-abshah-minion-3ttl   1/1       Running   0          3h'].join('\n'));
    expect(m.nodes.map((n) => [n.name, n.role, n.components])).toEqual([['e2e-test-abshah-minion-3nb5', 'worker', ['fluentd-elasticsearch']], ['e2e-test-abshah-minion-3ttl', 'worker', ['fluentd-elasticsearch']]]);
  });
});

describe('pods held by scheduling gates, told as such (hunt ch/02, ch/21)', () => {
  const NARROW = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  const listing = (pods: string[][]) => explain(`$ kubectl get pods -n kueue-test\n${printTable(NARROW, pods)}\n`);
  test.each([
    { name: 'one gated 9m20s (Kueue plain pod): waiting on whatever set the gate', pods: [['kueue-sleep-ltm8v', '0/1', 'SchedulingGated', '0', '9m20s']], found: ['progress:pods-gated:1'] },
    { name: "three gated beside running pods: one finding for the three", pods: [['best-effort-tenant-a-1-695bd7b4c-8kz2q', '1/1', 'Running', '0', '43s'], ['best-effort-tenant-a-2-695bd7b4c-b5n4l', '0/1', 'SchedulingGated', '0', '43s'], ['best-effort-tenant-b-2-69dc4f5797-l4vq6', '0/1', 'SchedulingGated', '0', '2s'], ['guaranteed-2-79f59d8b74-7ft4b', '0/1', 'SchedulingGated', '0', '39s']], found: ['progress:pods-gated:3'] },
    { name: 'one gated 40m: held, a warning its status group tells', pods: [['kueue-sleep-ltm8v', '0/1', 'SchedulingGated', '0', '40m']], found: ['warning:pods-in-status:1'] },
  ])('$name', ({ pods, found }) => {
    const m = listing(pods);
    expect(m.findings.filter((f) => f.rows.some((l) => m.rows.some((r) => r.line === l && r.status === 'SchedulingGated'))).map((f) => `${f.severity}:${f.id}:${f.vars['count']}`)).toEqual(found);
  });
});

describe('a stuck rollout worded by what its new pods do (hunt bj/09, bj/26, bk/03)', () => {
  const NARROW = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  const rollout = (pods: string[][]) => explain(`$ kubectl get pods -n shop\n${printTable(NARROW, pods)}\n`);
  test.each([
    { name: 'the new pod held by a scheduling gate: held, not failing', pods: [['web-5484969b58-sqx4v', '2/2', 'Running', '0', '12d'], ['web-54f6985b77-r4ncv', '0/2', 'SchedulingGated', '0', '40m']], id: 'rollout-stuck-gated', rows: [4] },
    { name: 'the new pod Pending with no node: not scheduled, not failing', pods: [['web-849545576b-bh6pn', '1/1', 'Running', '11', '313d'], ['web-685d6d555d-vxn5x', '0/1', 'Pending', '0', '20h']], id: 'rollout-stuck-pending', rows: [4] },
    { name: 'the new pod crash-looping: failing, the wording with logs and undo', pods: [['web-849545576b-bh6pn', '1/1', 'Running', '0', '3d'], ['web-685d6d555d-vxn5x', '0/1', 'CrashLoopBackOff', '5', '20m']], id: 'rollout-stuck', rows: [4] },
    { name: "both ReplicaSets' pods crash-looping: the rollout cannot finish, undo is no remedy", pods: [['web-6966956cf-bk8fq', '0/1', 'CrashLoopBackOff', '32', '141m'], ['web-6d7c7447f7-9dcfq', '0/1', 'CrashLoopBackOff', '32', '140m'], ['web-6d7c7447f7-xkz4j', '0/1', 'CrashLoopBackOff', '32', '140m']], id: 'rollout-failing-both', rows: [4, 5] },
    { name: "two ReplicaSets' pods crash-looping at one AGE: which is new unknown, the rollout still cannot finish (hunt cn/02)", pods: [['linkerd-destination-7565d9f4ff-rz6xj', '0/4', 'CrashLoopBackOff', '18 (3m3s ago)', '17m'], ['linkerd-destination-59f67cb879-xhdnn', '0/4', 'CrashLoopBackOff', '22 (102s ago)', '17m']], id: 'rollout-failing-both-unordered', rows: [3, 4] },
    { name: 'the same, one of the second ReplicaSet running fine at that AGE: the order unknown, no finding', pods: [['web-6966956cf-bk8fq', '0/1', 'CrashLoopBackOff', '9', '17m'], ['web-6d7c7447f7-9dcfq', '0/1', 'CrashLoopBackOff', '9', '17m'], ['web-6d7c7447f7-xkz4j', '1/1', 'Running', '0', '17m']], id: null, rows: [] },
    { name: 'the new pod held in Init beside the old one running, both at one AGE: the one running fine is the older (hunt cs/09)', pods: [['app-66bf7f86-zvjs4', '0/2', 'Init:0/1', '0', '30h'], ['app-7b65579654-fg2mt', '1/1', 'Running', '0', '30h']], id: 'rollout-stuck', rows: [3] },
    { name: 'the same, two other ReplicaSets running fine at that AGE: the order unknown, no finding', pods: [['app-66bf7f86-zvjs4', '0/2', 'Init:0/1', '0', '30h'], ['app-7b65579654-fg2mt', '1/1', 'Running', '0', '30h'], ['app-5d9c7f6b8d-fg2mt', '1/1', 'Running', '0', '30h']], id: null, rows: [] },
    { name: 'the same, failing otherwise (ImagePullBackOff beside CrashLoopBackOff): no finding', pods: [['web-6966956cf-bk8fq', '0/1', 'CrashLoopBackOff', '9', '17m'], ['web-6d7c7447f7-9dcfq', '0/1', 'ImagePullBackOff', '0', '17m']], id: null, rows: [] },
    { name: "the old pod Running, not ready, between restarts, the new one crash-looping: no version serves (hunt cx/17)", pods: [['harbor-core-c4497774b-797hn', '0/1', 'CrashLoopBackOff', '5', '10m'], ['harbor-core-ddd9f555d-kr95x', '0/1', 'Running', '448', '34h']], id: 'rollout-failing-both', rows: [3] },
    { name: 'the new pod Running, not ready, between restarts, the old one crash-looping: no version serves (ff/14)', pods: [['kuboard-v3-664cc56698-vbq99', '0/1', 'Running', '6 (18s ago)', '9m59s'], ['kuboard-v3-76996c957f-dftkc', '0/1', 'CrashLoopBackOff', '3311 (2m9s ago)', '9d']], id: 'rollout-failing-both', rows: [3] },
    { name: 'the new pod Running, not ready, never restarted, the old one crash-looping: still starting, no finding', pods: [['web-6966956cf-bk8fq', '0/1', 'Running', '0', '40s'], ['web-6d7c7447f7-9dcfq', '0/1', 'CrashLoopBackOff', '30', '2h']], id: null, rows: [] },
    { name: 'the old pod Running, not ready, still starting: no finding of both failing', pods: [['web-6966956cf-bk8fq', '0/1', 'Running', '0', '40s'], ['web-6d7c7447f7-9dcfq', '0/1', 'CrashLoopBackOff', '1', '30s']], id: null, rows: [] },
    { name: 'the old pods Evicted, the new one Pending: ended attempts, no finding of both failing', pods: [['web-6966956cf-bk8fq', '0/1', 'Evicted', '0', '141m'], ['web-6d7c7447f7-9dcfq', '0/1', 'Pending', '0', '140m']], id: null, rows: [] },
  ])('$name', ({ pods, id, rows }) => {
    const f = rollout(pods).findings.find((x) => x.id.startsWith('rollout-'));
    expect(f?.id ?? null).toBe(id);
    expect(f?.rows ?? []).toEqual(rows);
  });
  const KS = [['ks-apiserver-554ddbd489-sqmrc', '0/1', 'CrashLoopBackOff', '1', '7s'], ['ks-apiserver-5bb74bf9cb-p2rkj', '0/1', 'CrashLoopBackOff', '1', '16s'], ['ks-apiserver-7655878474-9ndgh', '0/1', 'CrashLoopBackOff', '2', '23s']];
  test.each([
    { name: 'three ReplicaSets crash-looping: both older ones named (hunt cw/08)', command: '$ kubectl get po -n kubesphere-system', pods: KS, found: ['rollout-failing-several', '5bb74bf9cb, 7655878474'] },
    { name: "the same under '| grep -v Running': whether a version serves is not shown (hunt cw/08)", command: '$ kubectl get po -o wide -n kubesphere-system | grep -v Running', pods: KS, found: ['rollout-failing-filtered', '554ddbd489, 5bb74bf9cb, 7655878474'] },
    { name: 'two ReplicaSets, a selector: the same', command: '$ kubectl get po -l app=web', pods: KS.slice(0, 2), found: ['rollout-failing-filtered', '554ddbd489, 5bb74bf9cb'] },
  ])('every ReplicaSet failing: $name', ({ command, pods, found }) => {
    const f = explain(`${command}\n${printTable(NARROW, pods)}\n`).findings.find((x) => x.id.startsWith('rollout-'));
    expect([f?.id, f?.vars['old'] ?? f?.vars['sets']]).toEqual(found);
  });
  test.each([
    { name: 'in the namespace the get names: its commands name it too (dy/11)', command: '$ kubectl get pods -n kube-system', ns: '-n kube-system ' },
    { name: 'no namespace in sight: the commands name none', command: '$ kubectl get pods', ns: '' },
  ])('the commands a stuck rollout names run in its namespace: $name', ({ command, ns }) => {
    const f = explain(`${command}\n${printTable(NARROW, [['web-849545576b-bh6pn', '1/1', 'Running', '0', '3d'], ['web-685d6d555d-vxn5x', '0/1', 'CrashLoopBackOff', '5', '20m']])}\n`).findings.find((x) => x.id === 'rollout-stuck');
    expect(f?.vars['ns']).toBe(ns);
  });
  test.each([
    { name: 'a helm upgrade typed above: go back with helm rollback (dy/09)', before: ['$ helm upgrade workshop ~/environment/eksdemo'], id: 'rollout-stuck-helm', release: 'workshop' },
    { name: 'its flags and their values before the release (dy/11)', before: ['$ helm upgrade -n kube-system --reuse-values aws-load-balancer-controller eks/aws-load-balancer-controller'], id: 'rollout-stuck-helm', release: 'aws-load-balancer-controller' },
    { name: '--install and a --set before the release', before: ['$ helm upgrade --install --set image.tag=2 web ./chart'], id: 'rollout-stuck-helm', release: 'web' },
    { name: 'backticked in prose (dy/12)', before: ['2. Try any upgrade: ```helm upgrade --install kubernetes-secret-generator mittwald/kubernetes-secret-generator --set secretLength=50```'], id: 'rollout-stuck-helm', release: 'kubernetes-secret-generator' },
    { name: 'prose that only speaks of upgrading with helm: no release, kubectl rollout undo', before: ['after a helm upgrade the new pod crashes'], id: 'rollout-stuck', release: undefined },
    { name: 'helm install, not upgrade: nothing to roll back in Helm, kubectl rollout undo', before: ['$ helm install web ./chart'], id: 'rollout-stuck', release: undefined },
  ])('a stuck rollout a helm upgrade made: $name', ({ before, id, release }) => {
    const f = explain(`${before.join('\n')}\n$ kubectl get pods -n shop\n${printTable(NARROW, [['web-849545576b-bh6pn', '1/1', 'Running', '0', '3d'], ['web-685d6d555d-vxn5x', '0/1', 'CrashLoopBackOff', '5', '20m']])}\n`).findings.find((x) => x.id.startsWith('rollout-'));
    expect([f?.id, f?.vars['release']]).toEqual([id, release]);
  });
  const HOST_PODS = [['sidero-controller-manager-5d6754fcfb-rrzlr', '4/4', 'Running', '9 (34h ago)', '34h'], ['sidero-controller-manager-cf7bb88db-ksmwb', '0/4', 'Pending', '0', '2m48s']];
  const describeNew = (message: string) => `$ kubectl describe pod sidero-controller-manager-cf7bb88db-ksmwb -n sidero-system\nEvents:\n  Type     Reason            Age   From               Message\n  ----     ------            ----  ----               -------\n  Warning  FailedScheduling  3m3s  default-scheduler  ${message}\n`;
  test.each([
    { name: "no free ports beside the old pod: the old pod holds the host ports (eo/06)", after: describeNew("0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."), id: 'rollout-stuck-host-ports' },
    { name: 'another reason (Insufficient cpu): not scheduled, as before', after: describeNew('0/1 nodes are available: 1 Insufficient cpu.'), id: 'rollout-stuck-pending' },
  ])('a surge pod Pending beside the old one: $name', ({ after, id }) => {
    const f = explain(`$ kubectl get pods -n sidero-system\n${printTable(NARROW, HOST_PODS)}\n${after}`).findings.find((x) => x.id.startsWith('rollout-'));
    expect(f?.id).toBe(id);
  });
  test('a Pending new pod a NODE cell places is not called unscheduled', () => {
    const m = explain(paste([row('shop', 'web-849545576b-bh6pn', '1/1', 'Running', '0', '10.1.0.2', 'n1'), row('shop', 'web-685d6d555d-vxn5x', '0/1', 'Pending', '0', '<none>', 'n2')]));
    expect(m.findings.some((f) => f.id === 'rollout-stuck-pending')).toBe(false);
  });
});

describe('a pod a watch saw fail and come back (hunt cs/18)', () => {
  const H = 'NAME                              READY   STATUS    RESTARTS     AGE';
  const watch = (lines: string[]) => explain(['$ kubectl get pods -n gatekeeper-system -w', H, ...lines].join('\n'));
  test.each([
    { name: 'Error at 6s, restarted, ready at 11s: one failure at start-up', lines: ['gatekeeper-audit-67f5c4d9-tzqvt   0/1     Running   0            5s', 'gatekeeper-audit-67f5c4d9-tzqvt   0/1     Error     0            6s', 'gatekeeper-audit-67f5c4d9-tzqvt   1/1     Running   1 (5s ago)   11s'], rows: [4, 5] },
    { name: 'Error and still not ready: no recovery to tell', lines: ['gatekeeper-audit-67f5c4d9-tzqvt   0/1     Error     0            6s', 'gatekeeper-audit-67f5c4d9-tzqvt   0/1     Running   1 (1s ago)   7s'], rows: [] },
    { name: 'Error in a pod days old: no start-up failure', lines: ['gatekeeper-audit-67f5c4d9-tzqvt   0/1     Error     4            5d', 'gatekeeper-audit-67f5c4d9-tzqvt   1/1     Running   5 (2s ago)   5d'], rows: [] },
  ])('$name', ({ lines, rows }) => {
    expect(watch(lines).findings.find((f) => f.id === 'watch-failed-recovered')?.rows ?? []).toEqual(rows);
  });
  test.each([
    // hunt cz/24: the docs' memory-demo-2, killed, restarted, killed again.
    { name: 'OOMKilled, restarted, ready: only restarted, a warning', lines: ['memory-demo-2   0/1     OOMKilled   1            37s', 'memory-demo-2   1/1     Running     2            40s'], found: [['restarts-oom-recovered', 'warning', [3, 4]]] },
    { name: 'OOMKilled minutes after start (a leak, fa/12), restarted, ready: only restarted, a warning', lines: ['order-5648f5bd68-kt47b   0/1     OOMKilled   1            5m39s', 'order-5648f5bd68-kt47b   1/1     Running     2            9m26s'], found: [['restarts-oom-recovered', 'warning', [3, 4]]] },
    { name: 'OOMKilled beside an Error at start-up: each told as what it is', lines: ['memory-demo-2   0/1     OOMKilled   1            37s', 'gatekeeper-audit-67f5c4d9-tzqvt   0/1     Error     0            6s', 'memory-demo-2   1/1     Running     2            40s', 'gatekeeper-audit-67f5c4d9-tzqvt   1/1     Running   1 (5s ago)   11s'], found: [['restarts-oom-recovered', 'warning', [3, 5]], ['watch-failed-recovered', 'ok', [4, 6]]] },
  ])('$name', ({ lines, found }) => {
    const fs = watch(lines).findings.filter((f) => f.id === 'watch-failed-recovered' || f.id === 'restarts-oom-recovered');
    expect(fs.map((f) => [f.id, f.severity, f.rows])).toEqual(found);
  });
});

describe("an image pull failing where the same ReplicaSet's other pods run: the node's, not the image's (hunt cr/26)", () => {
  const ip = (i: number) => `10.1.0.${i + 2}`;
  test.each([
    { name: 'one of three replicas in ImagePullBackOff, two running: the pod\'s node', pods: [['nginx-577b4d88b5-2wlnj', '1/1', 'Running', 'n1'], ['nginx-577b4d88b5-jhtp4', '0/1', 'ImagePullBackOff', 'n2'], ['nginx-577b4d88b5-pnqql', '1/1', 'Running', 'n3']], id: 'image-pull-siblings-running', rows: [4] },
    { name: 'every replica failing to pull: the image itself may be wrong', pods: [['nginx-577b4d88b5-2wlnj', '0/1', 'ImagePullBackOff', 'n1'], ['nginx-577b4d88b5-jhtp4', '0/1', 'ErrImagePull', 'n2']], id: null, rows: [] },
    { name: 'a replica running on the failing pod\'s own node: that node has the image, no finding', pods: [['nginx-577b4d88b5-2wlnj', '1/1', 'Running', 'n2'], ['nginx-577b4d88b5-jhtp4', '0/1', 'ImagePullBackOff', 'n2']], id: null, rows: [] },
    { name: "only another ReplicaSet's pods running: another template, maybe another image", pods: [['nginx-6d4cf56db6-2wlnj', '1/1', 'Running', 'n1'], ['nginx-577b4d88b5-jhtp4', '0/1', 'ImagePullBackOff', 'n2']], id: null, rows: [] },
  ])('$name', ({ pods, id, rows }) => {
    const m = explain(paste(pods.map(([name, ready, status, node], i) => row('shop', name as string, ready as string, status as string, '0', status === 'Running' ? ip(i) : '<none>', node as string))));
    const f = m.findings.find((x) => x.id === 'image-pull-siblings-running');
    expect(f?.id ?? null).toBe(id);
    expect(f?.rows ?? []).toEqual(rows);
  });
});

describe("a DaemonSet's pods failing to pull where others of it run, one made after a failing one: the nodes' (ff/02)", () => {
  const pod = (name: string, ready: string, status: string, age: string): string => `kube-system   ${name}   ${ready}   ${status}   0   ${age}`;
  test.each([
    { name: 'kube-proxy failing on the nodes added later, pods of 15m and 20m running (ff/02)', pods: [pod('kube-proxy-8sd57', '0/1', 'ImagePullBackOff', '58m'), pod('kube-proxy-gzsnf', '1/1', 'Running', '88m'), pod('kube-proxy-n6zl7', '1/1', 'Running', '20m'), pod('kube-proxy-zmfp4', '0/1', 'ImagePullBackOff', '142m')], want: { status: 'ImagePullBackOff', count: 2, name: 'kube-proxy-8sd57', running: 2 }, rows: [2, 5] },
    { name: 'every running pod older than every failing one: maybe an update to an image no node can pull, no finding', pods: [pod('kube-proxy-8sd57', '0/1', 'ImagePullBackOff', '5m'), pod('kube-proxy-gzsnf', '1/1', 'Running', '88m'), pod('kube-proxy-zmfp4', '0/1', 'ErrImagePull', '3m')], want: null, rows: [] },
    { name: 'none running: the image itself may be wrong', pods: [pod('kube-proxy-8sd57', '0/1', 'ImagePullBackOff', '58m'), pod('kube-proxy-zmfp4', '0/1', 'ImagePullBackOff', '142m')], want: null, rows: [] },
  ])('$name', ({ pods, want, rows }) => {
    const m = explain(['NAMESPACE     NAME   READY   STATUS   RESTARTS   AGE', ...pods].join('\n'));
    const f = m.findings.find((x) => x.id === 'image-pull-siblings-running-daemonset');
    expect(f === undefined ? null : f.vars).toEqual(want);
    expect(f?.rows ?? []).toEqual(rows);
  });
});

describe("pods held Pending while the same ReplicaSet's other pods run ready: room, not the pods (ec/01)", () => {
  const head = 'NAME                          READY   STATUS    RESTARTS   AGE';
  test.each([
    { name: 'an HPA scale-up: 4 of 6 php-apache pods Pending for a day, 2 running (ec/01)', pods: ['php-apache-74856f9778-6nmj2   0/1   Pending   0   24h', 'php-apache-74856f9778-fx6mg   1/1   Running   0   24h', 'php-apache-74856f9778-rqztt   0/1   Pending   0   24h', 'php-apache-74856f9778-zjg6x   1/1   Running   0   24h'], rows: [2, 4], running: 2 },
    { name: 'Pending 5m50s beside two peers of its age running: held, one running copy is enough', pods: ['web-6589588994-ljxjk   0/1   Pending   0   5m50s', 'web-6589588994-q2w4e   1/1   Running   0   5m50s', 'redis-0   1/1   Running   0   5m50s'], rows: [2], running: 1 },
    { name: 'Pending 30 seconds beside a running copy: still being placed', pods: ['web-6589588994-ljxjk   0/1   Pending   0   30s', 'web-6589588994-q2w4e   1/1   Running   0   2d'], rows: null, running: 0 },
    { name: 'every copy Pending: nothing shows the template runs anywhere', pods: ['web-6589588994-ljxjk   0/1   Pending   0   3h', 'web-6589588994-q2w4e   0/1   Pending   0   3h'], rows: null, running: 0 },
    { name: "another ReplicaSet's pods running: a rollout, told as one", pods: ['web-6589588994-ljxjk   0/1   Pending   0   3h', 'web-7d4b9c8f6d-q2w4e   1/1   Running   0   2d'], rows: null, running: 0 },
    { name: 'the running copy not ready: it does not show the template works', pods: ['web-6589588994-ljxjk   0/1   Pending   0   3h', 'web-6589588994-q2w4e   0/1   Running   0   3h'], rows: null, running: 0 },
    { name: 'listed out of name order (--sort-by): the running copy found away from the held one', pods: ['web-6589588994-ljxjk   0/1   Pending   0   3h', 'api-7d4b9c8f6d-x2k9p   1/1   Running   0   3h', 'web-6589588994-q2w4e   1/1   Running   0   3h'], rows: [2], running: 1 },
    { name: 'held pods between running ones of their ReplicaSet: each running one counted once', pods: ['web-6589588994-a2w4e   1/1   Running   0   3h', 'web-6589588994-ljxjk   0/1   Pending   0   3h', 'web-6589588994-m2w4e   0/1   Pending   0   3h', 'web-6589588994-q2w4e   1/1   Running   0   3h', 'web-6589588994-x2w4e   1/1   Running   0   3h'], rows: [3, 4], running: 3 },
  ])('$name', ({ pods, rows, running }) => {
    const m = explain([head, ...pods].join('\n'));
    const f = m.findings.find((x) => x.id === 'pending-siblings-running');
    expect(f?.rows ?? null).toEqual(rows);
    expect(f?.vars['running'] ?? 0).toBe(running);
    if (f !== undefined) expect(m.findings.some((x) => x.id === 'pods-in-status' && x.vars['status'] === 'Pending' && x.rows.some((l) => (f.rows as number[]).includes(l)))).toBe(false);
  });
});

describe('pods held beside running siblings in many ReplicaSets: one finding for them all', () => {
  const head = 'NAME                          READY   STATUS    RESTARTS   AGE';
  const sets = (n: number) => Array.from({ length: n }, (_, i) => [`app${i}-74856f9778-6nmj2   0/1   Pending   0   24h`, `app${i}-74856f9778-fx6mg   1/1   Running   0   24h`]).flat();
  test.each([
    { name: 'three ReplicaSets: one finding each', n: 3, each: 3, several: null },
    { name: 'four ReplicaSets: one finding for the four', n: 4, each: 0, several: { count: 4, sets: 4, rows: [2, 4, 6, 8] } },
    { name: 'forty ReplicaSets: still one', n: 40, each: 0, several: { count: 40, sets: 40, rows: Array.from({ length: 40 }, (_, i) => 2 + 2 * i) } },
  ])('$name', ({ n, each, several }) => {
    const m = explain([head, ...sets(n)].join('\n'));
    expect(m.findings.filter((f) => f.id === 'pending-siblings-running')).toHaveLength(each);
    const f = m.findings.find((x) => x.id === 'pending-siblings-running-several');
    expect(f === undefined ? null : { count: f.vars['count'], sets: f.vars['sets'], rows: f.rows }).toEqual(several);
    if (f !== undefined) expect([f.vars['name'], f.vars['deployment']]).toEqual(['app0-74856f9778-6nmj2', 'app0']);
    expect(m.findings.some((x) => x.id === 'pods-in-status' && x.vars['status'] === 'Pending')).toBe(false);
  });
});

describe('a metrics API with no server ready: what breaks with it, kubectl top and the HPAs (ec/02, ec/05, ec/13)', () => {
  const head = 'NAMESPACE     NAME                                  READY   STATUS             RESTARTS   AGE';
  test.each([
    { name: 'metrics-server in CrashLoopBackOff (ec/02)', pods: ['kube-system   metrics-server-6fbfb84cdd-tprkc   0/1   CrashLoopBackOff   6   1h'], found: [['metrics-server-down', [2], 'CrashLoopBackOff']] },
    { name: 'metrics-server up but never ready, its readiness probe failing (ec/13)', pods: ['kube-system   metrics-server-99c6c96cf-8jdpm   0/1   Running   0   5m10s'], found: [['metrics-server-down', [2], '0/1 Running']] },
    { name: 'one copy failing, another ready: the API is served', pods: ['kube-system   metrics-server-99c6c96cf-8jdpm   0/1   CrashLoopBackOff   6   1h', 'kube-system   metrics-server-99c6c96cf-q2w4e   1/1   Running   0   1h'], found: [] },
    { name: 'metrics-server starting seconds ago: not down yet', pods: ['kube-system   metrics-server-99c6c96cf-8jdpm   0/1   Running   0   20s'], found: [] },
    { name: "kube-prometheus's prometheus-adapter crash-looping (ec/03)", pods: ['monitoring    prometheus-adapter-74f896d4b9-xkfkg   0/1   CrashLoopBackOff   7   15m'], found: [['metrics-adapter-down', [2], 'CrashLoopBackOff']] },
    { name: 'metrics-server Pending with the rest of the cluster: the wait is the story, not its API (de/01)', pods: ['kube-system   metrics-server-6d684c7b5-fxm5x   0/1   Pending   0   29h'], found: [] },
    { name: 'metrics-server Unknown after its node rebooted: the node is the story (dl/13)', pods: ['kube-system   metrics-server-5f8f64cb86-n4gb7   0/1   Unknown   0   5d'], found: [] },
    { name: 'metrics-server failing to pull its image: its own failure', pods: ['kube-system   metrics-server-5f8f64cb86-n4gb7   0/1   ImagePullBackOff   0   12m'], found: [['metrics-server-down', [2], 'ImagePullBackOff']] },
    { name: 'a failing pod of no metrics API says nothing of one', pods: ['default       web-6589588994-ljxjk   0/1   CrashLoopBackOff   7   15m'], found: [] },
  ])('$name', ({ pods, found }) => {
    const m = explain([head, ...pods].join('\n'));
    const fs = m.findings.filter((f) => f.id === 'metrics-server-down' || f.id === 'metrics-adapter-down');
    expect(fs.map((f) => [f.id, f.rows, f.vars['status']])).toEqual(found);
  });
});

describe('image pulls failing in several workloads at once: a cause they share, the registry or one image (hunt dj/07)', () => {
  test.each([
    { name: 'three Deployments on three nodes, each pulling in vain', pods: [['backend-7d4b9c8f6d-x7k2p', 'ImagePullBackOff', 'n1'], ['frontend-5c9d8f7b6d-q2w4e', 'ErrImagePull', 'n2'], ['worker-6f8b7c9d5d-z8x7c', 'ImagePullBackOff', 'n3']], rows: [3, 4, 5] },
    { name: 'an unreachable registry counts as a failed pull', pods: [['backend-7d4b9c8f6d-x7k2p', 'RegistryUnavailable', 'n1'], ['frontend-5c9d8f7b6d-q2w4e', 'ErrImagePull', 'n1'], ['worker-6f8b7c9d5d-z8x7c', 'ImagePullBackOff', 'n2']], rows: [3, 4, 5] },
    { name: 'two workloads: each may have its own wrong image, no finding', pods: [['backend-7d4b9c8f6d-x7k2p', 'ImagePullBackOff', 'n1'], ['frontend-5c9d8f7b6d-q2w4e', 'ErrImagePull', 'n2']], rows: null },
    { name: "three pods of one Deployment: one template's image, no finding", pods: [['backend-7d4b9c8f6d-x7k2p', 'ImagePullBackOff', 'n1'], ['backend-7d4b9c8f6d-q2w4e', 'ErrImagePull', 'n2'], ['backend-7d4b9c8f6d-z8x7c', 'ImagePullBackOff', 'n3']], rows: null },
    { name: 'an invalid image name is the template\'s own, not the registry\'s: two pulls left, no finding', pods: [['backend-7d4b9c8f6d-x7k2p', 'InvalidImageName', 'n1'], ['frontend-5c9d8f7b6d-q2w4e', 'ErrImagePull', 'n2'], ['worker-6f8b7c9d5d-z8x7c', 'ImagePullBackOff', 'n3']], rows: null },
  ])('$name', ({ pods, rows }) => {
    const m = explain(paste(pods.map(([name, status, node]) => row('shop', name as string, '0/1', status as string, '0', '<none>', node as string))));
    const f = m.findings.find((x) => x.id === 'image-pull-shared');
    expect(f?.rows ?? null).toEqual(rows);
  });
});

describe('CreateContainerConfigError in several workloads, all on one node: that node\'s kubelet (ef/05)', () => {
  test.each([
    { name: 'three Deployments on one node after its kubelet was upgraded', pods: [['backend-7d4b9c8f6d-x7k2p', 'n1'], ['frontend-5c9d8f7b6d-q2w4e', 'n1'], ['worker-6f8b7c9d5d-z8x7c', 'n1']], rows: [3, 4, 5] },
    { name: 'the same three on two nodes: each template may miss its own ConfigMap, no finding', pods: [['backend-7d4b9c8f6d-x7k2p', 'n1'], ['frontend-5c9d8f7b6d-q2w4e', 'n1'], ['worker-6f8b7c9d5d-z8x7c', 'n2']], rows: null },
    { name: 'two workloads on one node: each may have its own mistake, no finding', pods: [['backend-7d4b9c8f6d-x7k2p', 'n1'], ['frontend-5c9d8f7b6d-q2w4e', 'n1']], rows: null },
    { name: "three pods of one Deployment on one node: one template's mistake, no finding", pods: [['backend-7d4b9c8f6d-x7k2p', 'n1'], ['backend-7d4b9c8f6d-q2w4e', 'n1'], ['backend-7d4b9c8f6d-z8x7c', 'n1']], rows: null },
    { name: 'a NODE cell missing: the node is not known to be one, no finding', pods: [['backend-7d4b9c8f6d-x7k2p', 'n1'], ['frontend-5c9d8f7b6d-q2w4e', 'n1'], ['worker-6f8b7c9d5d-z8x7c', '<none>']], rows: null },
  ])('$name', ({ pods, rows }) => {
    const m = explain(paste(pods.map(([name, node]) => row('shop', name as string, '0/1', 'CreateContainerConfigError', '0', '<none>', node as string))));
    const f = m.findings.find((x) => x.id === 'config-error-one-node');
    expect(f?.rows ?? null).toEqual(rows);
  });
});

describe('static pods whose restart counts carry no "(ago)" where the API server prints it (hunt bk/16, bk/19)', () => {
  const NODES = 'NAME             STATUS   ROLES           AGE    VERSION\ndocker-desktop   Ready    control-plane   5m3s   {v}';
  const statics = (version: string) => [
    '$ kubectl get nodes', NODES.replace('{v}', version), '$ kubectl get pods -A',
    printTable(['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], [
      ['kube-system', 'coredns-565d847f94-7zj8w', '1/1', 'Running', '0', '3m28s'],
      ['kube-system', 'etcd-docker-desktop', '1/1', 'Running', '5', '3m28s'],
      ['kube-system', 'kube-apiserver-docker-desktop', '1/1', 'Running', '5', '3m28s'],
      ['kube-system', 'kube-controller-manager-docker-desktop', '1/1', 'Running', '5', '3m28s'],
      ['kube-system', 'kube-scheduler-docker-desktop', '1/1', 'Running', '5', '3m28s'],
    ]),
  ].join('\n');
  test.each([
    { name: 'a node at 1.25: its API server prints "(ago)", so the bare counts are old', version: 'v1.25.9', id: 'static-restarts-old-version', severity: 'ok' },
    { name: 'a node at 1.21: "(ago)" not printed yet, the counts may be a live loop', version: 'v1.21.5', id: 'static-restarts-looping', severity: 'warning' },
  ])('$name', ({ version, id, severity }) => {
    const f = explain(statics(version)).findings.find((x) => x.id.startsWith('static-restarts'));
    expect([f?.id, f?.severity]).toEqual([id, severity]);
  });
  test('one static pod with a bare 12 where other rows of its table show "(ago)": old history, an ok note, not an error', () => {
    const m = explain(paste([
      row('kube-system', 'etcd-k8s-master01', '1/1', 'Running', '12', '10.0.0.1', 'k8s-master01'),
      row('kube-system', 'kube-apiserver-k8s-master01', '1/1', 'Running', '0', '10.0.0.1', 'k8s-master01'),
      row('kube-system', 'kube-controller-manager-k8s-master01', '1/1', 'Running', '1 (13m ago)', '10.0.0.1', 'k8s-master01'),
      row('kube-system', 'kube-scheduler-k8s-master01', '1/1', 'Running', '4 (13m ago)', '10.0.0.1', 'k8s-master01'),
    ].map((r) => { r[5] = '17m'; return r; })));
    const f = m.findings.find((x) => x.rows.includes(3) && (x.id.startsWith('restarts-') || x.id.startsWith('static-')));
    expect([f?.id, f?.severity, f?.vars]).toEqual(['static-restart-old', 'ok', { name: 'etcd-k8s-master01', count: 12 }]);
  });
});

describe('DNS beside a failing or not yet deployed network (hunt bk/02, bk/07)', () => {
  test('CoreDNS Pending while the only CNI agent crash-loops: a consequence, a warning, not an error of its own', () => {
    const m = explain(paste([
      row('kube-system', 'coredns-5d5b5b96f9-xnxkf', '0/1', 'Pending', '0', '<none>', '<none>'),
      row('kube-system', 'kube-proxy-8bsq7', '1/1', 'Running', '0', '172.17.0.4', 'k0s'),
      row('kube-system', 'kube-router-dls5n', '0/1', 'CrashLoopBackOff', '6 (46s ago)', '172.17.0.4', 'k0s'),
    ]));
    const f = m.findings.find((x) => x.id.startsWith('dns-'));
    expect([f?.id, f?.severity, f?.rows]).toEqual(['dns-waiting-failing-cni', 'warning', [3]]);
  });
  // Hunt cl/27: flannel crash-looping on all three nodes, one CoreDNS Running, the other ContainerCreating.
  const flannel = (name: string, node: string) => row('kube-system', name, '0/1', 'CrashLoopBackOff', '53', '<none>', node);
  const dns = [row('kube-system', 'coredns-576cbf47c7-gqzq7', '0/1', 'ContainerCreating', '0', '<none>', '<none>'), row('kube-system', 'coredns-576cbf47c7-z7pc6', '1/1', 'Running', '0', '10.244.0.2', '<none>')];
  test.each([
    { name: 'one DNS pod ready, every CNI agent failing: no "names resolve" (hunt cl/27)', rows: [...dns, flannel('kube-flannel-ds-amd64-c8w9v', '<none>'), flannel('kube-flannel-ds-amd64-drxcj', '<none>')], dnsId: 'dns-partly-waiting-failing-cni', waitId: 'pods-waiting-failing-cnis' },
    { name: 'one of two agents still running: DNS partly ready as before', rows: [...dns, flannel('kube-flannel-ds-amd64-c8w9v', '<none>'), row('kube-system', 'kube-flannel-ds-amd64-drxcj', '1/1', 'Running', '0', '10.0.0.2', '<none>')], dnsId: 'dns-partly-ready', waitId: undefined },
    { name: 'one failing agent: named alone, as before', rows: [...dns, flannel('kube-flannel-ds-amd64-c8w9v', '<none>')], dnsId: 'dns-partly-waiting-failing-cni', waitId: 'pods-waiting-failing-cni' },
    { name: 'failing agents whose nodes are shown: the one named, as before', rows: [...dns, flannel('kube-flannel-ds-amd64-c8w9v', 'n1'), flannel('kube-flannel-ds-amd64-drxcj', 'n2')], dnsId: 'dns-partly-waiting-failing-cni', waitId: 'pods-waiting-failing-cni' },
  ])('$name', ({ rows, dnsId, waitId }) => {
    const ids = explain(paste(rows)).findings.map((f) => f.id);
    expect(ids.find((x) => x.startsWith('dns-'))).toBe(dnsId);
    expect(ids.find((x) => x.startsWith('pods-waiting-failing'))).toBe(waitId);
  });
  // Hunt cu/23: Kube-OVN's CNI daemons wait for kube-ovn-controller's rollout before they start serving.
  const ovnCni = (name: string) => row('kube-system', name, '0/1', 'Running', '3', '<none>', '<none>');
  const ovnDns = [row('kube-system', 'coredns-7f89b7bc75-gxbr7', '0/1', 'Pending', '0', '<none>', '<none>'), row('kube-system', 'coredns-7f89b7bc75-pk298', '0/1', 'Pending', '0', '<none>', '<none>')];
  test.each([
    { name: "Kube-OVN's agents not ready while its controller crash-loops: the controller is named (hunt cu/23)", controller: row('kube-system', 'kube-ovn-controller-795959bc8d-gcnnh', '0/1', 'CrashLoopBackOff', '5', '<none>', '<none>'), id: 'pods-waiting-cni-controller', pod: 'kube-ovn-controller-795959bc8d-gcnnh' },
    { name: "Kube-OVN's controller running: one of the agents is named, as before", controller: row('kube-system', 'kube-ovn-controller-795959bc8d-gcnnh', '1/1', 'Running', '0', '<none>', '<none>'), id: 'pods-waiting-failing-cnis', pod: 'kube-ovn-cni-9sjw4' },
    { name: "Kube-OVN's monitor failing is no controller the agents wait for", controller: row('kube-system', 'kube-ovn-monitor-595f859fd8-v7pql', '0/1', 'CrashLoopBackOff', '5', '<none>', '<none>'), id: 'pods-waiting-failing-cnis', pod: 'kube-ovn-cni-9sjw4' },
  ])('$name', ({ controller, id, pod }) => {
    const f = explain(paste([...ovnDns, ovnCni('kube-ovn-cni-9sjw4'), ovnCni('kube-ovn-cni-rmc4v'), controller])).findings.find((x) => x.id.startsWith('pods-waiting-'));
    expect([f?.id, f?.vars['pod']]).toEqual([id, pod]);
  });
  // Hunt cl/17 (weave-net Running 6m, coredns ContainerCreating 6m; a missing loopback binary) and cl/19.
  const at = (r: string[], age: string) => { r[5] = age; return r; };
  const sandbox = (dnsAge: string, cniAge: string, cniStatus = 'Running', cniReady = '2/2') => [
    at(row('kube-system', 'coredns-78fcdf6894-fv74n', '0/1', 'ContainerCreating', '0', '<none>', '<none>'), dnsAge),
    at(row('kube-system', 'coredns-78fcdf6894-pnq22', '0/1', 'ContainerCreating', '0', '<none>', '<none>'), dnsAge),
    at(row('kube-system', 'kube-proxy-785pk', '1/1', 'Running', '0', '10.0.0.1', '<none>'), dnsAge),
    at(row('kube-system', 'weave-net-8tqdh', cniReady, cniStatus, '0', '10.0.0.1', '<none>'), cniAge),
  ];
  test.each([
    { name: 'DNS creating 6m beside a CNI agent ready as long (hunt cl/17): the node\'s CNI set-up, a warning', rows: sandbox('6m', '6m'), creating: 'warning', row: 'warning' },
    { name: 'the CNI applied 21s ago: still coming up, progress', rows: sandbox('6m', '21s'), creating: 'progress', row: 'progress' },
    { name: 'DNS creating 3m: not yet long', rows: sandbox('3m', '6m'), creating: 'progress', row: 'progress' },
    { name: 'the CNI agent itself failing: pods-waiting-failing-cni tells it, and the row says warning as it does (dp/13)', rows: sandbox('6m', '6m', 'CrashLoopBackOff', '1/2'), creating: null, row: 'warning' },
    { name: 'the CNI agent failing, DNS creating only 1m: held all the same, not on its way (dl/03)', rows: sandbox('1m', '6m', 'CrashLoopBackOff', '1/2'), creating: null, row: 'warning' },
    { name: 'DNS creating for hours beside a running CNI: the same, said once', rows: sandbox('6h47m', '6h47m'), creating: 'warning', row: 'warning' },
  ])('$name', ({ rows, creating, row: rowSeverity }) => {
    const m = explain(paste(rows));
    const line = m.rows[0]?.line as number;
    // The sandbox finding where it applies, else pods in ContainerCreating as progress; never both.
    const told = m.findings.filter((x) => x.rows.includes(line) && (x.id === 'dns-creating-cni-running' || (x.id === 'pods-in-status' && x.vars.status === 'ContainerCreating')));
    expect(told.map((x) => [x.id, x.severity])).toEqual(creating === null ? [] : [[creating === 'warning' ? 'dns-creating-cni-running' : 'pods-in-status', creating]]);
    expect(m.rows[0]?.severity).toBe(rowSeverity);
  });
  test.each([
    { name: 'beside the VPC CNI: an address it could not assign, its IAM policy or the subnet (ea/14)', agent: 'aws-node-r7txk', id: 'dns-creating-vpc-cni' },
    { name: 'beside another CNI: the node\'s CNI set-up', agent: 'kube-flannel-ds-r7txk', id: 'dns-creating-cni-running' },
  ])('DNS creating beside a CNI agent ready as long, $name', ({ agent, id }) => {
    const m = explain(`NAMESPACE     NAME                       READY   STATUS              RESTARTS   AGE\nkube-system   ${agent.padEnd(24)}   1/1     Running             0          161m\nkube-system   coredns-7c7bdc65d6-qkr9b   0/1     ContainerCreating   0          162m`);
    expect(m.findings.filter((f) => f.id.startsWith('dns-creating')).map((f) => f.id)).toEqual([id]);
  });
  test('a pod held by the failing CNI says why, beside the finding (dp/04, dp/13)', () => {
    expect(explain(paste(sandbox('1m', '6m', 'CrashLoopBackOff', '1/2'))).rows[0]?.explanations).toContain('explain.waiting-failing-cni');
  });
  test.each([
    { name: 'one stuck ContainerCreating, one starting, two Terminating (hunt cl/16): none of the 4 ready', other: ['0/1', 'Terminating'], count: 4, rows: [3, 4, 5, 6] },
    { name: 'the others Running and ready: one of them failing', other: ['1/1', 'Running'], count: 1, rows: [5] },
  ])('DNS pods beside a crash-looping calico-node: $name', ({ other, count, rows }) => {
    const aged = (r: string[], age: string): string[] => r.map((cell, k) => (k === 5 ? age : cell));
    const m = explain(paste([
      aged(row('kube-system', 'coredns-565d847f94-4jjqh', other[0] as string, other[1] as string, '0', '10.244.0.2', 'xx14'), '19m'),
      aged(row('kube-system', 'coredns-565d847f94-b5svz', '0/1', 'ContainerCreating', '0', '<none>', 'xx14'), '8m47s'),
      aged(row('kube-system', 'coredns-565d847f94-pd527', '0/1', 'ContainerCreating', '0', '<none>', 'xx14'), '19m'),
      aged(row('kube-system', 'coredns-565d847f94-s6zgr', other[0] as string, other[1] as string, '0', '10.244.0.3', 'xx14'), '8m51s'),
      aged(row('calico-system', 'calico-node-9fdzf', '0/1', 'CrashLoopBackOff', '5 (25s ago)', '10.0.0.14', 'xx14'), '3m50s'),
    ]));
    const f = m.findings.find((x) => x.id.startsWith('dns-'));
    expect([f?.vars['count'], f?.vars['total'], f?.rows]).toEqual([count, 4, rows]);
  });
  test.each([
    { name: "RKE's network job alone: rke up stopped before DNS, progress", job: 'rke-network-plugin-deploy-job-9hkpl', id: 'dns-not-yet-rke' },
    { name: "RKE's DNS job there too: DNS is missing indeed", job: 'rke-coredns-addon-deploy-job-4x2kq', id: 'dns-missing' },
  ])('no DNS pod in a whole listing: $name', ({ job, id }) => {
    const rows = [
      row('kube-system', 'calico-kube-controllers-85d56898c-57qp2', '0/1', 'ContainerCreating', '0', '<none>', 'w1'),
      row('kube-system', 'canal-59dx7', '0/2', 'Init:1/2', '0', '10.0.0.2', 'w1'),
      row('kube-system', 'canal-ndv2r', '0/2', 'Init:1/2', '0', '10.0.0.3', 'w2'),
      row('kube-system', 'canal-qmlww', '0/2', 'Init:1/2', '0', '10.0.0.4', 'w3'),
      row('kube-system', 'rke-network-plugin-deploy-job-9hkpl', '0/1', 'Completed', '0', '10.42.0.2', 'w1'),
    ];
    if (job !== 'rke-network-plugin-deploy-job-9hkpl') rows.push(row('kube-system', job, '0/1', 'Completed', '0', '10.42.0.3', 'w1'));
    const ids = explain(paste(rows)).findings.map((f) => f.id);
    expect(ids.filter((x) => x === 'dns-missing' || x === 'dns-not-yet-rke')).toEqual([id]);
  });
});

describe('a node whose every own pod is Terminating, with no nodes table (node-silent, hunt bj/06)', () => {
  const worker2 = [
    row('rook-ceph', 'rook-ceph-agent-5nz5d', '1/1', 'Running', '0', '192.168.10.95', 'worker2'),
    row('rook-ceph', 'rook-ceph-mgr-a-7f65b8f79f-kqzvw', '1/1', 'Terminating', '2', '10.42.2.122', 'worker2'),
    row('default', 'wordpress-6c7c6fcccf-8hsvc', '1/1', 'Terminating', '0', '10.42.2.134', 'worker2'),
    row('rook-ceph', 'rook-ceph-osd-0-6786789854-6qzd5', '1/1', 'Terminating', '0', '10.42.2.125', 'worker2'),
  ];
  const worker1 = [row('kubernetes-dashboard', 'kubernetes-dashboard-544f4d6b8c-4bmbm', '1/1', 'Running', '1', '10.42.1.127', 'worker1')];
  test.each([
    { name: 'its DaemonSet pod still Running, other nodes fine: the node is down, the DaemonSet row stale', rows: [...worker1, ...worker2], id: 'node-silent-stale', lines: [4, 5, 6, 7] },
    { name: 'without the DaemonSet pod: the node down all the same', rows: [...worker1, ...worker2.slice(1)], id: 'node-silent', lines: [4, 5, 6] },
    { name: 'a Deployment pod of that node still Running: not the whole node, no finding', rows: [...worker1, ...worker2, row('default', 'web-7d4b9c8f6d-x2k9p', '1/1', 'Running', '0', '10.42.2.140', 'worker2')], id: null, lines: [] },
    { name: 'one namespace alone Terminating (an app being deleted): no finding', rows: [...worker1, ...worker2.map((r) => ['rook-ceph', ...r.slice(1)])], id: null, lines: [] },
    { name: 'no other node running: no finding', rows: worker2, id: null, lines: [] },
  ])('$name', ({ rows, id, lines }) => {
    const f = explain(paste(rows)).findings.find((x) => x.id.startsWith('node-silent'));
    expect(f?.id ?? null).toBe(id);
    expect(f?.rows ?? []).toEqual(lines);
  });
});

describe('a node-pressure taint or condition in the paste (hunt bj/23, bj/25; fa/01)', () => {
  const pending = printTable(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], [['web-7d4b9c8f6d-x2k9p', '0/1', 'Pending', '0', '37m']]);
  test.each([
    { name: "describe node's Taints line beside a Pending pod: a warning citing both", text: `$ kubectl get pods\n${pending}\n$ kubectl describe node n1\nTaints:             node.kubernetes.io/disk-pressure:NoSchedule\n`, want: ['node-pressure-taint', 'warning', [3, 5]] },
    { name: "the scheduler's event naming it, nothing Pending: an ok note", text: '0/1 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/memory-pressure: }.\n', want: ['node-pressure-taint-seen', 'ok', [1]] },
    { name: 'another node.kubernetes.io taint: nothing', text: `$ kubectl get pods\n${pending}\nTaints: node.kubernetes.io/unschedulable:NoSchedule\n`, want: null },
    { name: "describe node's Conditions row MemoryPressure True beside a Pending pod: a warning citing both (fa/01)", text: `$ kubectl get pods\n${pending}\nConditions:\n  Type             Status  Reason\n  MemoryPressure   True    KubeletHasInsufficientMemory\n  DiskPressure     False   KubeletHasNoDiskPressure\n`, want: ['node-pressure-condition', 'warning', [3, 6]] },
    { name: 'a pressure condition True with nothing Pending or Evicted: an ok note', text: '  DiskPressure     True    Wed, 13 Jul 2022 22:57:08 +0900   KubeletHasDiskPressure\n', want: ['node-pressure-condition-seen', 'ok', [1]] },
    { name: 'every pressure condition False: nothing', text: `$ kubectl get pods\n${pending}\n  MemoryPressure   False   KubeletHasSufficientMemory\n  PIDPressure      False   KubeletHasSufficientPID\n`, want: null },
    { name: 'the taint and its condition both shown: the taint said once', text: `$ kubectl get pods\n${pending}\nTaints: node.kubernetes.io/memory-pressure:NoSchedule\n  MemoryPressure   True    KubeletHasInsufficientMemory\n`, want: ['node-pressure-taint', 'warning', [3, 4]] },
  ])('$name', ({ text, want }) => {
    const f = explain(text).findings.find((x) => x.id.startsWith('node-pressure'));
    expect(f === undefined ? null : [f.id, f.severity, f.rows]).toEqual(want);
  });
});

describe('a same-named pod on another node or address is recreated, not printed again (hunt bm/10)', () => {
  const NARROW_WIDE = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'];
  test.each([
    { name: 'another node and address: recreated', second: ['8m30s', '10.244.2.14', 'node2'], ids: ['pods-recreated'] },
    { name: 'the same node and address, older: the same pod printed again', second: ['55m', '10.244.2.22', 'node02'], ids: ['rows-repeated'] },
    { name: "a ReplicaSet's pod name on another node: its new pod would have a name of its own, so printed again (edited)", pod: 'web-7894b67f-grc9j', second: ['8m30s', '10.244.2.14', 'node2'], ids: ['rows-repeated'] },
    { name: 'the same node, a new address, one more restart and older: its sandbox renewed by a reboot (et/12)', second: ['46m', '10.244.2.23', 'node02', '1 (44s ago)'], ids: ['rows-repeated'] },
    { name: 'the same node, a new address, restarted but younger: made anew', second: ['5m', '10.244.2.23', 'node02', '1 (44s ago)'], ids: ['pods-recreated'] },
  ])('$name', ({ pod, second, ids }) => {
    const listing = (age: string, ip: string, node: string, restarts = '0') => `$ kubectl get pods -o wide\n${printTable(NARROW_WIDE, [[pod ?? 'myapp-pod', '1/1', 'Running', restarts, age, ip, node, '<none>', '<none>']])}`;
    const m = explain(`${listing('38m', '10.244.2.22', 'node02')}\n${listing(...(second as [string, string, string, string?]))}\n`);
    expect(m.findings.map((f) => f.id).filter((id) => id === 'pods-recreated' || id === 'rows-repeated')).toEqual(ids);
  });
});

describe('control-plane pods in namespaces of their own (OpenShift 4, hunt bl/27)', () => {
  test("a slice of openshift-kube-controller-manager and openshift-kube-scheduler rows says nothing of openshift-kube-apiserver's", () => {
    const rows = ['master01', 'master02'].flatMap((n, i) => [
      row('openshift-kube-controller-manager', `installer-5-${n}`, '0/1', 'Completed', '0', `10.0.0.${i + 1}`, n),
      row('openshift-kube-controller-manager', `kube-controller-manager-${n}`, '4/4', 'Running', '0', `10.0.0.${i + 1}`, n),
      row('openshift-kube-controller-manager', `revision-pruner-5-${n}`, '0/1', 'Completed', '0', `10.0.0.${i + 1}`, n),
      row('openshift-kube-scheduler', `openshift-kube-scheduler-${n}`, '3/3', 'Running', '0', `10.0.0.${i + 1}`, n),
    ]);
    expect(explain(paste(rows)).findings.filter((f) => f.id === 'control-plane-incomplete')).toEqual([]);
  });
});

describe('a Virtual Kubelet node in a nodes table (hunt bj/24)', () => {
  test("AKS's ACI virtual node is named as virtual", () => {
    const m = explain('$ kubectl get nodes\nNAME                                STATUS   ROLES   AGE   VERSION\naks-nodepool1-27331410-vmss000000   Ready    agent   41m   v1.19.11\nvirtual-node-aci-linux              Ready    agent   36m   v1.19.10-vk-azure-aci-1.4.8\n');
    expect(m.findings.filter((f) => f.id === 'node-virtual-kubelet').map((f) => [f.vars.node, f.rows])).toEqual([['virtual-node-aci-linux', [4]]]);
  });
  test.each([
    { name: "the 2018 AKS connector chart's node, its VERSION without -vk- (ew/01)", node: 'virtual-kubelet-virtual-kubelet-linux-westeurope', version: 'v1.11.2', expected: true },
    { name: "Virtual Kubelet's default node name", node: 'virtual-kubelet', version: 'v1.13.1', expected: true },
    { name: 'a VM node whose name merely holds the words is not', node: 'aks-virtualkubelet-12345678-0', version: 'v1.11.3', expected: false },
  ])('$name', ({ node, version, expected }) => {
    const m = explain(`$ kubectl get nodes\nNAME   STATUS   ROLES   AGE   VERSION\n${node}   Ready   agent   58m   ${version}\n`);
    expect(m.findings.some((f) => f.id === 'node-virtual-kubelet')).toBe(expected);
  });
  test.each([
    { name: "pods on AKS's virtual-node-aci-linux with no nodes table, one listed twice counted once (ew/13, ew/14)", node: 'virtual-node-aci-linux', count: 2 },
    { name: "pods on the old connector's virtual-kubelet-... node (ew/01)", node: 'virtual-kubelet-virtual-kubelet-linux-westeurope', count: 2 },
    { name: 'pods on a machine are not', node: 'aks-agentpool-19611256-vmss000002', count: 0 },
  ])('$name', ({ node, count }) => {
    const rows = ['web-7d55d7679b-ftb5n', 'web-7d55d7679b-kpwq4', 'web-7d55d7679b-ftb5n'].map((n, i) => `${n}   1/1   Running   0   31s   10.239.0.${i + 4}   ${node}   <none>   <none>`);
    const m = explain(['NAME   READY   STATUS   RESTARTS   AGE   IP   NODE   NOMINATED NODE   READINESS GATES', ...rows].join('\n'));
    expect(m.findings.filter((f) => f.id === 'pods-on-virtual-node').map((f) => f.vars.count)).toEqual(count === 0 ? [] : [count]);
  });
});

describe('findings from the fourth audit round (hunts bv, bw, bx, by)', () => {
  const ids = (text: string) => explain(text).findings.map((f) => f.id);
  const aged = (r: string[], age: string): string[] => { const o = [...r]; o[5] = age; return o; };
  test.each([
    { name: "a renamed node's stale etcd mirror pod (Unknown) beside the live one: one member (hunt bv/24)", statuses: ['Unknown', 'Running'], finding: false },
    { name: 'two live members: an even count', statuses: ['Running', 'Running'], finding: true },
    { name: 'four members, one on a lost node: three still make the quorum, so four are counted', statuses: ['Unknown', 'Running', 'Running', 'Running'], finding: true },
  ])('etcd members on lost nodes: $name', ({ statuses, finding }) => {
    const m = explain(paste(statuses.map((s, i) => row('kube-system', `etcd-cp${i}`, '1/1', s, '0', `10.0.0.${i + 2}`, `cp${i}`))));
    expect(m.findings.some((f) => f.id === 'etcd-even')).toBe(finding);
  });
  test.each([
    { name: "the same counts on the old name's rows: carried over, not restarts in 17m (hunt bv/24)", old: ['17', '19', '21'], carried: true },
    { name: 'other counts on the old rows: restarts of their own', old: ['3', '4', '5'], carried: false },
  ])('a re-registered mirror pod: $name', ({ old, carried }) => {
    const comps = ['etcd', 'kube-apiserver', 'kube-controller-manager'];
    const rows = comps.flatMap((c, i) => [aged(row('kube-system', `${c}-oldname`, '1/1', 'Unknown', old[i] as string, '10.0.0.1', 'oldname'), '130d'), aged(row('kube-system', `${c}-newname`, '1/1', 'Running', ['17', '19', '21'][i] as string, '10.0.0.1', 'newname'), '17m')]);
    const found = ids(paste(rows));
    expect(found.includes('static-restarts-carried')).toBe(carried);
    expect(found.some((id) => id.startsWith('restarts-young') || id === 'restarts-together-age')).toBe(!carried);
  });
  test.each([
    { name: 'etcd at 1759 after 83s, its data moved aside: counted before its mirror pod (dl/19)', ready: '1/1', count: '1759', age: '83s', before: true },
    { name: 'three in 83s: a loop of its own', ready: '1/1', count: '3', age: '83s', before: false },
    { name: 'forty in 83s: a sandbox re-created again and again can do that', ready: '1/1', count: '40', age: '83s', before: false },
    { name: "twenty-two in 30m (df/14): a cgroup driver's sandbox loop at init, not counts from before", ready: '1/1', count: '22', age: '30m', before: false },
    { name: 'a hundred and fifty in 83s over four containers: each restarts on its own, so a loop still', ready: '0/4', count: '150', age: '83s', before: false },
  ])('a static pod with more restarts than its AGE allows: $name', ({ ready, count, age, before }) => {
    const found = ids(paste([aged(row('kube-system', 'etcd-kube11', ready, 'Running', count, '10.0.0.1', 'kube11'), age), aged(row('kube-system', 'kube-scheduler-kube11', '1/1', 'Running', '0', '10.0.0.1', 'kube11'), age)]));
    expect(found.includes('static-restarts-before-mirror')).toBe(before);
    expect(found.some((id) => id.startsWith('restarts-'))).toBe(!before);
  });
  const kubeSystem = (dnsStatus: string, names: string[]) => paste([
    ...names.map((n) => row('kube-system', n, '1/1', 'Running', '0', '10.0.2.15', 'k8s1')),
    row('kube-system', 'kube-dns-2247936740-26md1', '0/3', dnsStatus, '0', '<none>', 'k8s1'),
  ].sort((a, b) => (a[1] as string).localeCompare(b[1] as string)), '$ kubectl -n kube-system get po -o wide');
  test.each([
    { name: 'DNS in ContainerCreating, no CNI pod, the listing whole (hunt bv/26)', text: kubeSystem('ContainerCreating', ['etcd-k8s1', 'kube-apiserver-k8s1', 'kube-proxy-466ta', 'kube-scheduler-k8s1']), id: 'cni-missing-kube-system' },
    { name: 'the listing cut before kube-proxy: a kube-flannel-ds pod may stand there', text: kubeSystem('ContainerCreating', ['etcd-k8s1', 'kube-apiserver-k8s1', 'kube-controller-manager-k8s1']), id: null },
    { name: 'a CNI pod in the listing', text: kubeSystem('ContainerCreating', ['etcd-k8s1', 'kube-proxy-466ta', 'weave-net-x7k2p']), id: null },
    { name: "a '...' in quoted code above the listing leaves it whole (dm/23)", text: `....\n    task = BashOperator(\n...\n${kubeSystem('ContainerCreating', ['etcd-k8s1', 'kube-apiserver-k8s1', 'kube-proxy-466ta', 'kube-scheduler-k8s1'])}`, id: 'cni-missing-kube-system' },
    { name: "a '...' among the rows: the CNI pod may be what it left out", text: kubeSystem('ContainerCreating', ['etcd-k8s1', 'kube-apiserver-k8s1', 'kube-proxy-466ta', 'kube-scheduler-k8s1']).replace(/(kube-proxy-466ta[^\n]*\n)/, '$1...\n'), id: null },
  ])('a kube-system listing with DNS waiting: $name', ({ text, id }) => {
    const found = ids(text).filter((f) => f.startsWith('cni-missing'));
    expect(found).toEqual(id === null ? [] : [id]);
  });
  // Hunt cl/01: the same listing without its command line and without a NAMESPACE column.
  const narrow = (names: string[], command = '') => `${command}${printTable(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], names.map((n) => [n, n.startsWith('coredns') ? '0/1' : '1/1', n.startsWith('coredns') ? 'Pending' : 'Running', '0', '4m19s']))}\n`;
  const davinci = ['coredns-66f779496c-8ddns', 'coredns-66f779496c-b54jf', 'etcd-davinci-mini', 'kube-apiserver-davinci-mini', 'kube-proxy-g7l22', 'kube-scheduler-davinci-mini'];
  test.each([
    { name: 'no namespace shown, every pod kube-system\'s own (hunt cl/01): most likely kube-system', text: narrow(davinci), id: 'cni-missing-kube-system-likely' },
    { name: 'an application pod among them: nothing says which namespace', text: narrow([...davinci, 'web-7d4b9c8f6d-x2k9p']), id: null },
    { name: 'the listing cut before kube-proxy: a kube-flannel-ds pod may stand there', text: narrow(davinci.slice(0, 4)), id: null },
    { name: 'a CNI pod in the listing', text: narrow([...davinci, 'weave-net-x7k2p']), id: null },
    { name: 'a grep on the listing: the CNI pods may be filtered out', text: narrow(davinci, '$ kubectl get pods | grep -v flannel\n'), id: null },
  ])('a listing without namespaces with DNS waiting: $name', ({ text, id }) => {
    const found = ids(text).filter((f) => f.startsWith('cni-missing'));
    expect(found).toEqual(id === null ? [] : [id]);
  });
  const restored = (extra: string[][]) => `cluster1-controlplane ~ ➜  k get po -A\n${printTable(['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], [
    ...extra,
    ['kube-system', 'etcd-cluster1-controlplane', '1/1', 'Running', '0', '17s'],
    ['kube-system', 'kube-apiserver-cluster1-controlplane', '0/1', 'Running', '0', '17s'],
    ['kube-system', 'kube-controller-manager-cluster1-controlplane', '1/1', 'Running', '2 (19s ago)', '17s'],
    ['kube-system', 'kube-scheduler-cluster1-controlplane', '1/1', 'Running', '2 (19s ago)', '17s'],
  ])}\n`;
  test.each([
    { name: 'only the static pods, right under the header: the add-ons gone (hunt bw/29)', text: restored([]), found: ['addons-missing'] },
    { name: 'a pod of another namespace above them: the same', text: restored([['default', 'web-0', '1/1', 'Running', '0', '5d']]), found: ['dns-missing'] },
  ])('a whole listing of every namespace without DNS: $name', ({ text, found }) => {
    expect(ids(text).filter((f) => f === 'addons-missing' || f === 'dns-missing')).toEqual(found);
  });
  const handBuilt = (names: string[], command = '$ kubectl get pods -A -o wide', node = 'worker-1') => paste(names.map((n, k) => row('kube-system', n, '1/1', 'Running', '0', `10.200.${k}.2`, node)), command);
  test.each([
    { name: 'Weave and CoreDNS alone in a whole kube-system, no kube-proxy (dw/02, dw/03): the control plane runs outside pods', text: handBuilt(['coredns-69cbb76ff8-94x59', 'weave-net-p54jv']), found: true },
    { name: 'the same under -n kube-system (dw/11)', text: handBuilt(['kube-dns-6c857864fb-4znn2', 'kubernetes-dashboard-5bd6f767c7-p562x'], '$ kubectl get pods --namespace=kube-system -o wide'), found: true },
    { name: 'kube-proxy among them: a kubeadm-style or managed layout, nothing said', text: handBuilt(['coredns-69cbb76ff8-94x59', 'kube-proxy-b7v4q', 'weave-net-p54jv']), found: false },
    { name: 'a control-plane static pod among them: nothing said', text: handBuilt(['coredns-69cbb76ff8-94x59', 'kube-apiserver-cp', 'weave-net-p54jv']), found: false },
    { name: 'a label selector: the other pods are filtered out (dw/01)', text: handBuilt(['coredns-595db6f9cb-6qb66', 'coredns-595db6f9cb-drfqh'], '$ kubectl get pods -l k8s-app=kube-dns -n kube-system -o wide'), found: false },
    { name: 'cut before kube-scheduler would stand: says nothing of it', text: handBuilt(['calico-node-x2k9p', 'coredns-69cbb76ff8-94x59']), found: false },
    { name: 'on minikube, a control-plane node whose static pods the paste left out (de/21)', text: handBuilt(['registry-cnlbc', 'registry-proxy-4mzjg'], '$ kubectl get pods -A -o wide', 'minikube'), found: false },
    { name: 'one kube-system row: an excerpt, not the namespace (dl/16)', text: handBuilt(['nvidia-device-plugin-daemonset-rlkv6']), found: false },
  ])('no control-plane pod and no kube-proxy in a whole kube-system: $name', ({ text, found }) => {
    expect(ids(text).includes('control-plane-outside')).toBe(found);
  });
  test.each([
    { name: 'one pod address on three workers (dw/05: every Hard Way worker given 10.200.0.0/24)', rows: [row('default', 'app1', '1/1', 'Running', '0', '10.200.0.2', 'worker-1'), row('kube-system', 'coredns-5677dc4cdb-2xjhx', '1/1', 'Running', '0', '10.200.0.2', 'worker-0'), row('kube-system', 'coredns-5677dc4cdb-qmqzs', '1/1', 'Running', '0', '10.200.0.2', 'worker-2')], ips: '10.200.0.2: worker-1, worker-0, worker-2' },
    { name: 'each worker its own /24: nothing to say (dw/09)', rows: [row('default', 'busybox-bd8fb7cbd-5pkch', '1/1', 'Running', '0', '10.200.0.2', 'worker-0'), row('default', 'nginx-dbddb74b8-x6tkp', '1/1', 'Running', '0', '10.200.1.2', 'worker-1')], ips: null },
    { name: 'host-network pods on the node addresses: theirs to share with nothing', rows: [row('kube-system', 'weave-net-rbmbd', '2/2', 'Running', '0', '192.168.5.22', 'worker-2'), row('kube-system', 'weave-net-v5dbb', '2/2', 'Running', '0', '192.168.5.21', 'worker-1')], ips: null },
    { name: "the runtime's bridge on two nodes: runtime-bridge-network tells it", rows: [row('default', 'web-1', '1/1', 'Running', '0', '10.88.0.2', 'n1'), row('default', 'web-2', '1/1', 'Running', '0', '10.88.0.2', 'n2')], ips: null },
  ])('one pod address on several nodes: $name', ({ rows, ips }) => {
    const f = explain(paste(rows)).findings.find((x) => x.id === 'pod-ip-shared-nodes');
    expect(f?.vars.ips ?? null).toBe(ips);
  });
  test('rows out of kubectl\'s order: where DNS would stand is not shown', () => {
    const text = paste([row('kube-system', 'svclb-traefik-tpmzq', '1/1', 'Running', '0', '10.42.0.2', 'n1'), row('cattle-fleet-system', 'gitjob-85b85d5df8-566fx', '1/1', 'Running', '0', '10.42.0.3', 'n1'), row('kube-system', 'traefik-57c84cf78d-5p4c7', '1/1', 'Running', '0', '10.42.0.4', 'n1'), row('kube-system', 'svclb-traefik-2knml', '1/1', 'Running', '0', '10.42.1.2', 'n2'), row('kube-system', 'svclb-traefik-sgs9t', '1/1', 'Running', '0', '10.42.2.2', 'n3')]);
    expect(ids(text)).not.toContain('dns-missing');
  });
  test.each([
    { name: "the API server's static pod: its own health, no Services (hunt bw/23)", pod: 'kube-apiserver-controlplane', id: 'running-not-ready-static', note: 'explain.ready-partial-static' },
    { name: "an application's pod: Services send it no traffic", pod: 'web-7d4b9c8f6d-x2k9p', id: 'running-not-ready', note: 'explain.ready-partial' },
    { name: "calico-node on its host network: no Service's, its node's network, cni-not-ready tells it (hunt cu/12)", pod: 'calico-node-5f9g2', id: null, note: 'explain.ready-partial-cni-agent' },
    { name: "kube-ovn-cni the same (hunt cu/10)", pod: 'kube-ovn-cni-n6wtb', id: null, note: 'explain.ready-partial-cni-agent' },
  ])('running but not ready: $name', ({ pod, id, note }) => {
    const m = explain(paste([row('kube-system', pod, '0/1', 'Running', '0', '10.0.0.1', 'controlplane')]));
    expect(m.findings.map((f) => f.id).filter((f) => f.startsWith('running-not-ready'))).toEqual(id === null ? [] : [id]);
    expect(m.rows[0]?.explanations).toContain(note);
  });
  const jobPods = (statuses: [string, string][]) => `# kubectl get pods\n${printTable(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], statuses.map(([s, age], i) => [`job2--1-${['fr6n7', 'gdgwq', 'lmrhb', 'mfg85', 'n4smm'][i]}`, '0/1', s, '0', age]))}\n`;
  test.each([
    { name: 'every attempt failed, a new one starting: a failing Job (hunt by/02)', text: jobPods([['ContainerCreating', '4s'], ['Error', '74s'], ['Error', '64s'], ['Error', '77s'], ['Error', '44s']]), found: ['job-attempts-failing'] },
    { name: 'one attempt failed before the next: a retry, history', text: jobPods([['Running', '4s'], ['Error', '74s']]), found: ['attempts-replaced'] },
    { name: 'failed attempts before one that completed: history', text: jobPods([['Completed', '4s'], ['Error', '74s'], ['Error', '64s']]), found: ['attempts-replaced'] },
    { name: 'failed attempts as old as the one that completed (AGE rounds, hunt dc/05): history', text: jobPods([['Init:Error', '4h3m'], ['Completed', '4h3m'], ['Init:Error', '4h3m']]), found: ['attempts-replaced'] },
    { name: 'Error attempts as old as the one that completed: history', text: jobPods([['Error', '5m'], ['Completed', '5m']]), found: ['attempts-replaced'] },
    { name: 'an init container failed in the attempt before a running one: history', text: jobPods([['Running', '4s'], ['Init:ExitCode:1', '74s']]), found: ['attempts-replaced'] },
    { name: 'init containers failed in every attempt, one running: a failing Job, as for Error', text: jobPods([['Running', '4s'], ['Init:ExitCode:1', '74s'], ['Init:Signal:9', '64s']]), found: ['job-attempts-failing'] },
    { name: 'an init container failing and restarted (OnFailure): a live pod, not an attempt', text: `# kubectl get pods\n${printTable(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], [['job2--1-fr6n7', '0/1', 'Running', '0', '4s'], ['job2--1-gdgwq', '0/1', 'Init:Error', '3', '74s']])}\n`, found: [] },
    { name: 'every attempt Init:Error, never restarted (en/01): each failed (restartPolicy Never), a failing Job', text: jobPods([['Init:Error', '10m'], ['Init:Error', '14m'], ['Init:Error', '15m']]), found: ['job-attempts-failing'] },
    { name: 'one attempt failed, its retry Pending for minutes (hunt de/11): not taken over, no history', text: jobPods([['Pending', '7m47s'], ['Error', '10m']]), found: [] },
    { name: 'one attempt failed, its retry Pending seconds old: on its way, history', text: jobPods([['Pending', '5s'], ['Error', '74s']]), found: ['attempts-replaced'] },
    { name: 'two attempts failed, the retry Pending for minutes: a failing Job, the newest failure counted', text: jobPods([['Pending', '5m'], ['Error', '10m'], ['Error', '12m']]), found: ['job-attempts-failing'] },
    { name: 'every attempt ContainerCannotRun (hunt cl/11): never started, no logs to read', text: jobPods([['ContainerCannotRun', '32s'], ['ContainerCannotRun', '52s'], ['ContainerCannotRun', '62s'], ['ContainerCannotRun', '67s']]), found: ['job-attempts-unstarted'] },
    { name: 'failed attempts ContainerCannotRun, the newest starting: never started', text: jobPods([['ContainerCreating', '4s'], ['ContainerCannotRun', '52s'], ['ContainerCannotRun', '62s']]), found: ['job-attempts-unstarted'] },
    { name: 'one attempt ContainerCannotRun, one Error: some ran, their logs say why', text: jobPods([['ContainerCreating', '4s'], ['ContainerCannotRun', '52s'], ['Error', '62s']]), found: ['job-attempts-failing'] },
    { name: 'every attempt failed at one AGE, none newer (hunt cz/11, BackoffLimitExceeded): the Job failed', text: '# kubectl describe job job2\n' + jobPods([['Error', '22m'], ['Error', '22m'], ['Error', '22m']]), found: ['job-failed-all'] },
    { name: 'failed at one AGE, a pod still running: no finding of a failed Job', text: '# kubectl describe job job2\n' + jobPods([['Error', '22m'], ['Error', '22m'], ['Running', '22m']]), found: [] },
    { name: 'one failed pod alone: no finding of its own', text: '# kubectl describe job job2\n' + jobPods([['Error', '22m']]), found: [] },
  ])('a Job\'s failed attempts: $name', ({ text, found }) => {
    expect(ids(text).filter((f) => f.startsWith('job-attempts-') || f === 'attempts-replaced' || f === 'job-failed-all')).toEqual(found);
  });
  const setPods = (members: [string, string, string][]) => `# kubectl get pods -n kafka\n${printTable(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], [...members.map(([name, s, ready]) => [name, ready, s, '1', '21s']), ['pzoo-0', '1/1', 'Running', '0', '11m']])}\n`;
  test.each([
    { name: 'three brokers failing in their init container (eh/18): the set is down', text: setPods([['kafka-0', 'Init:Error', '0/1'], ['kafka-1', 'Init:CrashLoopBackOff', '0/1'], ['kafka-2', 'Init:CrashLoopBackOff', '0/1']]), found: ['set-members-all-failing'] },
    { name: 'two members crash-looping (eh/08): the set is down', text: setPods([['redis-0', 'CrashLoopBackOff', '2/3'], ['redis-1', 'CrashLoopBackOff', '2/3']]), found: ['set-members-all-failing'] },
    { name: 'one member running among the failing: degraded, told by status', text: setPods([['kafka-0', 'CrashLoopBackOff', '0/1'], ['kafka-1', 'Running', '1/1'], ['kafka-2', 'CrashLoopBackOff', '0/1']]), found: ['pods-in-status'] },
    { name: 'one member alone failing: no set to speak of', text: setPods([['kafka-0', 'CrashLoopBackOff', '0/1']]), found: ['pods-in-status'] },
    { name: 'members 1 and 2 without 0 (part of a set shown): told by status', text: setPods([['kafka-1', 'CrashLoopBackOff', '0/1'], ['kafka-2', 'CrashLoopBackOff', '0/1']]), found: ['pods-in-status'] },
    { name: 'members 0 and 2 without 1: told by status', text: setPods([['kafka-0', 'CrashLoopBackOff', '0/1'], ['kafka-2', 'CrashLoopBackOff', '0/1']]), found: ['pods-in-status'] },
    { name: 'members stuck at Init:0/1, a warning not a failure (eb/14): told by status', text: setPods([['redis-0', 'Init:0/1', '0/1'], ['redis-1', 'Init:0/1', '0/1']]).replaceAll('21s', '52d'), found: ['pods-in-status'] },
    { name: 'four sets down at once: one finding for them all', text: setPods(['a', 'b', 'c', 'd'].flatMap((x) => [[`${x}-0`, 'CrashLoopBackOff', '0/1'], [`${x}-1`, 'Error', '0/1']] as [string, string, string][])), found: ['set-members-all-failing-several'] },
    { name: 'three sets down: one finding each', text: setPods(['a', 'b', 'c'].flatMap((x) => [[`${x}-0`, 'CrashLoopBackOff', '0/1'], [`${x}-1`, 'Error', '0/1']] as [string, string, string][])), found: ['set-members-all-failing', 'set-members-all-failing', 'set-members-all-failing'] },
  ])('every member of a set failing: $name', ({ text, found }) => {
    expect(ids(text).filter((f) => f.startsWith('set-members-all-failing') || f === 'pods-in-status')).toEqual(found);
  });
  test("a DaemonSet's old pod stopped, its successor running on the node: deleted, not Terminating (hunt by/20)", () => {
    const W = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE'];
    const text = `$ kubectl get pod -o wide --watch\n${printTable(W, [
      ['ds-rollingupdate-t9pls', '1/1', 'Running', '0', '74s', '172.16.87.232', 'worker-node01'],
      ['ds-rollingupdate-t9pls', '1/1', 'Terminating', '0', '2m9s', '172.16.87.232', 'worker-node01'],
      ['ds-rollingupdate-t9pls', '0/1', 'Terminating', '0', '3m', '<none>', 'worker-node01'],
      ['ds-rollingupdate-gklb7', '0/1', 'Pending', '0', '0s', '<none>', 'worker-node01'],
      ['ds-rollingupdate-gklb7', '1/1', 'Running', '0', '2s', '172.16.87.233', 'worker-node01'],
    ])}\n`;
    const m = explain(text);
    expect(m.findings.find((f) => f.id === 'watch-deleted')?.rows).toEqual([5]);
    expect(m.findings.some((f) => f.id === 'pods-in-status' && f.vars['status'] === 'Terminating')).toBe(false);
    expect(m.nodes.map((n) => [n.name, n.pods])).toEqual([['worker-node01', 1]]);
  });
  test.each([
    { name: 'MicroK8s named in the prose: its lone node has no role labels to read (hunt by/14)', prose: 'microk8s.status says it is running.', role: 'unknown' },
    { name: 'nothing named: ROLES <none> is a worker', prose: 'It is running.', role: 'worker' },
  ])('a node table with ROLES <none>: $name', ({ prose, role }) => {
    const m = explain(`${prose}\n$ kubectl get nodes\nNAME        STATUS   ROLES    AGE   VERSION\nmydnsname   Ready    <none>   22h   v1.15.11\n`);
    expect(m.nodes.map((n) => n.role)).toEqual([role]);
  });
});

describe('a restart the paste\'s events give to an in-place resize (restarts-resize, hunt ch/09)', () => {
  const listing = (restarts: string) => `NAME          READY   STATUS    RESTARTS     AGE\nresize-demo   1/1     Running   ${restarts}   16s\n\n`;
  const killing = '... Normal   Killing           pod/resize-demo   Container app resize requires restart';
  const started = '... Normal   ResizeStarted     pod/resize-demo   Pod resize started: {"containers":[{"name":"app"}]}';
  test.each([
    { name: 'one restart, its resize event (hunt ch/09): said', text: `${listing('1 (0s ago)')}${started}\n${killing}\n`, found: [['restarts-resize', [2, 5]]] },
    { name: 'no restart: nothing to explain', text: `${listing('0')}${started}\n${killing}\n`, found: [] },
    { name: 'three restarts, one resize event: not all of them its', text: `${listing('3 (0s ago)')}${killing}\n`, found: [] },
    { name: 'the event of another pod', text: `${listing('1 (0s ago)')}${killing.replace('pod/resize-demo', 'pod/other-pod')}\n`, found: [] },
    { name: 'a resize started, no restart required: nothing', text: `${listing('1 (0s ago)')}${started}\n`, found: [] },
  ])('$name', ({ text, found }) => {
    expect(explain(text).findings.filter((f) => f.id === 'restarts-resize').map((f) => [f.id, f.rows])).toEqual(found);
  });
});

describe('copies of one pod template on the host network of one node, one failing (host-network-same-node, hunt ck/03)', () => {
  const nfs = (name: string, ready: string, status: string, restarts: string, ip: string, node: string) => row('kube-system', name, ready, status, restarts, ip, node);
  const nodes = '\n\nNAME      STATUS   ROLES    AGE   VERSION   INTERNAL-IP\nworker1   Ready    <none>   9d    v1.20.4   10.250.10.248\nworker2   Ready    <none>   9d    v1.20.4   10.250.10.249\n';
  test.each([
    { name: 'both on worker1, one crash-looping (hunt ck/03): said', rows: [nfs('csi-nfs-controller-84f58c6dcb-n6r6w', '2/3', 'CrashLoopBackOff', '201', '10.250.10.248', 'worker1'), nfs('csi-nfs-controller-84f58c6dcb-szzsw', '3/3', 'Running', '19', '10.250.10.248', 'worker1')], found: [[3, 4]] },
    { name: 'on two nodes: no clash', rows: [nfs('csi-nfs-controller-84f58c6dcb-n6r6w', '2/3', 'CrashLoopBackOff', '201', '10.250.10.248', 'worker1'), nfs('csi-nfs-controller-84f58c6dcb-szzsw', '3/3', 'Running', '19', '10.250.10.249', 'worker2')], found: [] },
    { name: 'both on worker1 and running fine: nothing to explain', rows: [nfs('csi-nfs-controller-84f58c6dcb-n6r6w', '3/3', 'Running', '0', '10.250.10.248', 'worker1'), nfs('csi-nfs-controller-84f58c6dcb-szzsw', '3/3', 'Running', '0', '10.250.10.248', 'worker1')], found: [] },
    { name: 'on the pod network: no shared ports', rows: [nfs('csi-nfs-controller-84f58c6dcb-n6r6w', '2/3', 'CrashLoopBackOff', '201', '10.244.1.5', 'worker1'), nfs('csi-nfs-controller-84f58c6dcb-szzsw', '3/3', 'Running', '19', '10.244.1.6', 'worker1')], found: [] },
    { name: 'two ReplicaSets of it (a rollout): not one template', rows: [nfs('csi-nfs-controller-84f58c6dcb-n6r6w', '2/3', 'CrashLoopBackOff', '201', '10.250.10.248', 'worker1'), nfs('csi-nfs-controller-5b7f9c8d4f-szzsw', '3/3', 'Running', '19', '10.250.10.248', 'worker1')], found: [] },
  ])('$name', ({ rows, found }) => {
    const m = explain(`${paste(rows)}${nodes}`);
    expect(m.findings.filter((f) => f.id === 'host-network-same-node').map((f) => f.rows)).toEqual(found);
  });
});

describe('clusters of old installers read by what they ran (hunt da)', () => {
  const kubeSystem = (rows: string[]) => ['NAME                                                   READY     STATUS              RESTARTS   AGE', ...rows].join('\n');
  test.each([
    { name: "minikube's kube-addon-manager beside ROLES <none> (hunt da/11): the control plane", text: 'NAME       STATUS    ROLES     AGE       VERSION\nminikube   Ready     <none>    56m       v1.8.0\n\nNAMESPACE     NAME                          READY     STATUS    RESTARTS   AGE\nkube-system   kube-addon-manager-minikube   1/1       Running   0          56m', node: 'minikube', role: 'control-plane' },
    { name: "kube-up's kube-addon-manager on its master, ROLES <none>", text: 'NAME                STATUS                     ROLES    AGE   VERSION\nkubernetes-master   Ready,SchedulingDisabled   <none>   9d    v1.8.0\n\nNAMESPACE     NAME                                   READY     STATUS    RESTARTS   AGE\nkube-system   kube-addon-manager-kubernetes-master   1/1       Running   0          9d', node: 'kubernetes-master', role: 'control-plane' },
    { name: "bootkube's kube-api-checkpoint names its master (hunt da/02)", text: '    kube-system   kube-api-checkpoint-172.15.0.21            1/1       Running   0          2m\n    kube-system   kube-apiserver-wq4mh                       2/2       Running   0          2m', node: '172.15.0.21', role: 'control-plane' },
    { name: 'a node with ROLES <none> and no master static pod stays a worker', text: 'NAME   STATUS   ROLES    AGE   VERSION\nn1     Ready    <none>   9d    v1.8.0\n\nNAMESPACE     NAME               READY     STATUS    RESTARTS   AGE\nkube-system   kube-proxy-x7k2p   1/1       Running   0          9d', node: 'n1', role: 'worker' },
  ])('$name', ({ text, node, role }) => {
    expect(explain(text).nodes.find((n) => n.name === node)?.role).toBe(role);
  });
  const kops = (extra: string[]) => `kubectl get nodes\n\nNAME                            STATUS     ROLES     AGE       VERSION\nip-172-20-37-99.ec2.internal    NotReady   node      18s       v1.7.6\nip-172-20-38-32.ec2.internal    Ready      master    2m        v1.7.6\n\nkubectl get pods --namespace=kube-system\n\n${kubeSystem([
    ...extra,
    'kube-apiserver-ip-172-20-38-32.ec2.internal            1/1       Running             0          1m',
    'kube-dns-1311260920-9rx48                              0/3       ContainerCreating   0          2s',
    'kube-dns-1311260920-bd652                              0/3       ContainerCreating   0          2m',
    'kube-proxy-ip-172-20-38-32.ec2.internal                1/1       Running             0          1m',
    'kube-scheduler-ip-172-20-38-32.ec2.internal            1/1       Running             0          1m'])}`;
  test.each([
    { name: "kops's dns-controller (hunt da/15): kubenet, no add-on to install", extra: ['dns-controller-1829267247-kcmzn                        1/1       Running             0          2m'], missing: false },
    { name: "kops's or kube-up's events etcd: kubenet, no add-on to install", extra: ['etcd-server-events-ip-172-20-38-32.ec2.internal        1/1       Running             0          1m'], missing: false },
    { name: 'neither: the add-on may be missing, said as before', extra: ['etcd-ip-172-20-38-32.ec2.internal                     1/1       Running             0          1m'], missing: true },
  ])('DNS waiting, no CNI pod in kube-system: $name', ({ extra, missing }) => {
    expect(explain(kops(extra)).findings.map((f) => f.id).includes('cni-missing-kube-system')).toBe(missing);
  });
  test.each([
    { name: "a kops master's etcd pair (hunt da/26): kops's boot, not kubeadm's cgroup driver", pods: ['etcd-server-events-ip-172-20-36-161.ec2.internal', 'etcd-server-ip-172-20-36-161.ec2.internal'], id: 'static-restarts-looping-kops' },
    { name: "the events etcd on another node says nothing of this one's", pods: ['etcd-server-events-ip-172-20-1-1.ec2.internal', 'kube-apiserver-ip-172-20-36-161.ec2.internal', 'kube-scheduler-ip-172-20-36-161.ec2.internal'], id: 'static-restarts-looping' },
    { name: "kubeadm's static pods: the cgroup driver, as before", pods: ['etcd-master1', 'kube-apiserver-master1'], id: 'static-restarts-looping' },
  ])('static pods restarted 4 times each within 2h: $name', ({ pods, id }) => {
    const m = explain(['$ kubectl --namespace=kube-system get pods', 'NAME                                                READY     STATUS    RESTARTS   AGE',
      ...pods.map((p) => `${p.padEnd(52)}1/1       Running   ${p.includes('ip-172-20-1-1') ? '0' : '4'}          2h`)].join('\n'));
    expect(m.findings.filter((f) => f.id.startsWith('static-')).map((f) => f.id)).toEqual([id]);
  });
});

describe('a Pending pod whose FailedScheduling event the paste shows (hunt de/04, cj/09)', () => {
  const listed = '$ kubectl get pod -A | grep ingress-nginx\ningress-nginx        ingress-nginx-controller-7b5f744744-vh92s    0/1     Pending     0          5m53s\n';
  const selector = "Warning  FailedScheduling  54s   default-scheduler  0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector.";
  const gpu = '  Warning  FailedScheduling  2s (x57 over 15m)  default-scheduler  0/6 nodes are available: 6 Insufficient nvidia.com/gpu.';
  test.each([
    { name: 'under its describe command: the node selector finding', text: `${listed}\n$ kubectl describe pod ingress-nginx-controller-7b5f744744-vh92s -n ingress-nginx\n${selector}\n`, id: 'pending-unschedulable-selector', reason: "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector." },
    { name: "in its describe block's Events, below its Name:", text: `${listed}\nName:         ingress-nginx-controller-7b5f744744-vh92s\nNamespace:    ingress-nginx\nEvents:\n${gpu}\n`, id: 'pending-unschedulable', reason: '0/6 nodes are available: 6 Insufficient nvidia.com/gpu.' },
    { name: "a get events line naming pod/<name>", text: `${listed}\n$ kubectl get events -n ingress-nginx\n54s   Warning   FailedScheduling   pod/ingress-nginx-controller-7b5f744744-vh92s   0/3 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }.\n`, id: 'pending-unschedulable', reason: '0/3 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }.' },
    { name: 'an Events block with no head beside the one Pending pod listed (cj/09)', text: `${listed}\nEvents:\n${gpu}\n`, id: 'pending-unschedulable', reason: '0/6 nodes are available: 6 Insufficient nvidia.com/gpu.' },
    { name: 'prose quoting `FailedScheduling` below the event: the event still speaks (do/05)', text: `${listed}\n$ kubectl describe pod ingress-nginx-controller-7b5f744744-vh92s -n ingress-nginx\n${gpu}\n\nDi sini kamu dapat melihat peristiwa yang mengatakan bahwa Pod gagal dijadwalkan karena alasan \`FailedScheduling\` (dan mungkin karena sebab yang lainnya).\n`, id: 'pending-unschedulable', reason: '0/6 nodes are available: 6 Insufficient nvidia.com/gpu.' },
    { name: 'an old describe event, pod (name) after the reason: the message whole (do/05)', text: `${listed}\n$ kubectl describe pod ingress-nginx-controller-7b5f744744-vh92s -n ingress-nginx\n    1m\t\t    48s\t\t    7\t    {default-scheduler }\t\t\t        Warning\t\tFailedScheduling\tpod (ingress-nginx-controller-7b5f744744-vh92s) failed to fit in any node\n`, id: 'pending-unschedulable', reason: 'pod (ingress-nginx-controller-7b5f744744-vh92s) failed to fit in any node' },
    { name: 'columns elided with ..., no age before the message: its first word kept (do/13)', text: `${listed}\n$ kubectl describe pod ingress-nginx-controller-7b5f744744-vh92s -n ingress-nginx\nEvents:\n  ...  Reason            Message\n       ------            -------\n  ...  FailedScheduling  No nodes are available that match all of the following predicates:: Insufficient memory (3).\n`, id: 'pending-unschedulable', reason: 'No nodes are available that match all of the following predicates:: Insufficient memory (3).' },
    { name: 'nodes at their pod limit (fa/05, an EKS t2.micro): the pod-cap finding', text: `${listed}\n$ kubectl describe pod ingress-nginx-controller-7b5f744744-vh92s -n ingress-nginx\n  Warning  FailedScheduling  5m11s  default-scheduler  0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.\n`, id: 'pending-unschedulable-pod-cap', reason: '0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.' },
    { name: 'prose alone quoting the reason: no event, no finding', text: `${listed}\n$ kubectl describe pod ingress-nginx-controller-7b5f744744-vh92s -n ingress-nginx\nThe scheduler said \`FailedScheduling\` here.\n`, id: null, reason: null },
    { name: "under another pod's describe: not this pod's", text: `${listed}\n$ kubectl describe pod web-0\n${selector}\n`, id: null, reason: null },
    { name: 'an Events block with no head beside two Pending pods: no telling whose', text: `${listed}ingress-nginx        ingress-nginx-admission-create-x7k2p         0/1     Pending     0          5m53s\nEvents:\n${gpu}\n`, id: null, reason: null },
    { name: 'an Events block with no head beside Pending pods of one StatefulSet (eh/04): one of theirs, their template shared', text: `$ kubectl get pods -n rabbit\nNAME       READY   STATUS    RESTARTS   AGE\nrabbit-0   0/1     Pending   0          116s\nrabbit-1   0/1     Pending   0          116s\n\n${gpu}\n`, id: 'pending-unschedulable', reason: '0/6 nodes are available: 6 Insufficient nvidia.com/gpu.', count: 2 },
    { name: 'an Events block with no head beside a StatefulSet pod and a bare pod: no telling whose', text: `$ kubectl get pods -n rabbit\nNAME       READY   STATUS    RESTARTS   AGE\nrabbit-0   0/1     Pending   0          116s\ntest       0/1     Pending   0          116s\n\n${gpu}\n`, id: null, reason: null },
    { name: 'the pod listed on a node since: placed after all', text: `NAMESPACE       NAME                                        READY   STATUS    RESTARTS   AGE     IP       NODE\ningress-nginx   ingress-nginx-controller-7b5f744744-vh92s   0/1     Pending   0          5m53s   <none>   kind-control-plane\n\n$ kubectl describe pod ingress-nginx-controller-7b5f744744-vh92s -n ingress-nginx\n${selector}\n`, id: null, reason: null },
  ])('$name', ({ text, id, reason, count }) => {
    const m = explain(text);
    const f = m.findings.find((x) => x.id.startsWith('pending-unschedulable'));
    expect([f?.id ?? null, f?.vars.reason ?? null]).toEqual([id, reason]);
    if (f !== undefined) expect(f.rows.length).toBe(count ?? 1);
    expect(m.rows[0]?.explanations.includes('explain.unschedulable')).toBe(id !== null);
    if (id !== null) expect([m.rows[0]?.severity, m.findings.some((x) => x.id === 'pending-no-node' || (x.id === 'pods-in-status' && x.vars.status === 'Pending'))]).toEqual(['warning', false]);
  });
});

describe("a bare pod named in a describe pvc's Used By (Mounted By before 1.19) of a claim not bound (dv/15)", () => {
  const listed = '$ kubectl get pod\nNAME   READY   STATUS    RESTARTS   AGE\ntest   0/1     Pending   0          109s\n\n';
  const head = (status: string): string => `$ kubectl describe pvc test-claim\nName:          test-claim\nNamespace:     default\nStorageClass:  nfs-dynamic-class-01\nStatus:        ${status}\nVolume:        \n`;
  test.each([
    { name: 'Mounted By, Pending: the pod waits on that claim', text: `${listed}${head('Pending')}Mounted By:    test\n`, claim: 'test-claim' },
    { name: 'Used By, Pending', text: `${listed}${head('Pending')}Used By:       test\n`, claim: 'test-claim' },
    { name: 'one of several pods below the field', text: `${listed}${head('Pending')}Used By:       other\n               test\n`, claim: 'test-claim' },
    { name: 'a Bound claim: not what holds it', text: `${listed}${head('Bound')}Used By:       test\n`, claim: null },
    { name: 'another pod named: not this one', text: `${listed}${head('Pending')}Used By:       web-0\n`, claim: null },
    { name: '<none>: no pod', text: `${listed}${head('Pending')}Used By:       <none>\n`, claim: null },
  ])('$name', ({ text, claim }) => {
    const r = explain(text).rows[0];
    expect(r?.explanations.includes('explain.claim-pending')).toBe(claim !== null);
    expect(r?.next[0]?.command).toBe(claim === null ? 'kubectl describe pod test' : `kubectl describe pvc ${claim}`);
  });
});

describe("a bare Pod's manifest pasted beside a get pvc row: its claimName links it to the claim (dv/03)", () => {
  const pvc = (status: string): string => `$ kubectl get pvc\nNAME               STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS     AGE\nlocal-device-pvc   ${status.padEnd(10)}                                     openebs-device   39s\n\n`;
  const manifest = (kind: string): string => `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: hello-local-device-pod\nspec:\n  volumes:\n  - name: local-storage\n    persistentVolumeClaim:\n      claimName: local-device-pvc\n  containers:\n  - name: hello-container\n    image: busybox\n\n`;
  const listed = '$ kubectl get pod hello-local-device-pod\nNAME                     READY   STATUS    RESTARTS   AGE\nhello-local-device-pod   0/1     Pending   0          90s\n';
  test.each([
    { name: 'a Pod mounting the Pending claim: held by it', text: `${pvc('Pending')}${manifest('Pod')}${listed}`, held: true },
    { name: 'the claim Bound: not what holds it', text: `${pvc('Bound')}${manifest('Pod')}${listed}`, held: false },
    { name: "a Deployment's manifest: its name is no pod's", text: `${pvc('Pending')}${manifest('Deployment')}${listed}`, held: false },
    { name: 'no get pvc in the paste: nothing says the claim is unbound', text: `${manifest('Pod')}${listed}`, held: false },
  ])('$name', ({ text, held }) => {
    const r = explain(text).rows[0];
    expect(r?.name).toBe('hello-local-device-pod');
    expect(r?.explanations.includes('explain.claim-pending')).toBe(held);
    expect(r?.next[0]?.command).toBe(held ? 'kubectl describe pvc local-device-pvc' : 'kubectl describe pod hello-local-device-pod');
  });
});

describe('a pod waiting to start whose FailedMount or FailedAttachVolume event the paste shows (dv/05)', () => {
  const listed = '$ kubectl get po\nNAME                                      READY   STATUS              RESTARTS   AGE\nnfs-client-provisioner-5946f5db98-ll84n   0/1     ContainerCreating   0          5s\n';
  const mount = '  Warning  FailedMount  39s (x9 over 2m47s)  kubelet            MountVolume.SetUp failed for volume "nfs-client-root" : mount failed: exit status 32';
  const attach = '  Warning  FailedAttachVolume  6m12s  attachdetach-controller  Multi-Attach error for volume "pvc-1" Volume is already exclusively attached to one node and can\'t be attached to another';
  test.each([
    { name: 'under its describe command: the mount error quoted', text: `${listed}\n$ kubectl describe po nfs-client-provisioner-5946f5db98-ll84n\nEvents:\n${mount}\n`, reason: 'MountVolume.SetUp failed for volume "nfs-client-root" : mount failed: exit status 32' },
    { name: 'a Multi-Attach error from the attach/detach controller, no describe head, the one pod waiting', text: `${listed}\nEvents:\n${attach}\n`, reason: 'Multi-Attach error for volume "pvc-1" Volume is already exclusively attached to one node and can\'t be attached to another' },
    { name: 'an old event source (kubelet, <node>) dropped from the message', text: `${listed}\n$ kubectl describe po nfs-client-provisioner-5946f5db98-ll84n\n  Warning  FailedMount  13s (x6 over 30s)  kubelet, worker-1  MountVolume.SetUp failed for volume "pvc-7d" : mount failed: exit status 32\n`, reason: 'MountVolume.SetUp failed for volume "pvc-7d" : mount failed: exit status 32' },
    { name: "under another pod's describe: not this pod's", text: `${listed}\n$ kubectl describe pod web-0\n${mount}\n`, reason: null },
    { name: 'prose naming the reason: no event', text: `${listed}\nI see \`FailedMount\` in the events.\n`, reason: null },
    { name: 'the pod Running since: nothing holds it', text: `$ kubectl get po\nNAME                                      READY   STATUS    RESTARTS   AGE\nnfs-client-provisioner-5946f5db98-ll84n   1/1     Running   0          5m\nEvents:\n${mount}\n`, reason: null },
  ])('$name', ({ text, reason }) => {
    const m = explain(text);
    const f = m.findings.find((x) => x.id === 'volume-failing');
    expect(f?.vars.reason ?? null).toBe(reason);
    if (reason !== null) expect(m.rows[0]?.severity).toBe('warning');
    // Told with its cause, the pod is not counted again among the pods ContainerCreating; without one, it is.
    expect(m.findings.some((x) => x.id === 'pods-in-status' && x.vars.status === 'ContainerCreating')).toBe(reason === null && m.rows[0]?.status === 'ContainerCreating');
  });
});

describe('a restarted pod whose failing liveness or startup probe the paste shows (et/17)', () => {
  const listed = '$ kubectl get pod liveness-exec\nNAME            READY     STATUS    RESTARTS   AGE\nliveness-exec   1/1       Running   1          1m\n';
  const unhealthy = (probe: string) => `Warning  Unhealthy  10s (x3 over 20s)  kubelet, node01    ${probe} probe failed: cat: can't open '/tmp/healthy': No such file or directory`;
  test.each([
    { name: 'a liveness failure under its describe command: the kill told with the message', text: `$ kubectl describe pod liveness-exec\n${unhealthy('Liveness')}\n\n${listed}`, reason: "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory" },
    { name: 'a startup probe kills as well', text: `$ kubectl describe pod liveness-exec\n${unhealthy('Startup')}\n\n${listed}`, reason: "Startup probe failed: cat: can't open '/tmp/healthy': No such file or directory" },
    { name: 'a readiness failure restarts nothing', text: `$ kubectl describe pod liveness-exec\n${unhealthy('Readiness')}\n\n${listed}`, reason: null },
    { name: 'the pod not restarted: nothing to pin on the probe yet', text: `$ kubectl describe pod liveness-exec\n${unhealthy('Liveness')}\n\n${listed.replace('Running   1', 'Running   0')}`, reason: null },
    { name: "under another pod's describe: not this pod's", text: `$ kubectl describe pod web-0\n${unhealthy('Liveness')}\n\n${listed}`, reason: null },
  ])('$name', ({ text, reason }) => {
    const f = explain(text).findings.find((x) => x.id === 'restarts-probe-killed');
    expect(f?.vars.reason ?? null).toBe(reason);
  });
});

describe('pods held in init beside a database of their namespace that is not ready (init-waits-database)', () => {
  const pod = (ns: string, name: string, ready: string, status: string, restarts: string, age: string): string[] => [ns, name, ready, status, restarts, age, '10.1.0.9', 'n1', '<none>', '<none>'];
  test.each([
    { name: "litmus-helm's servers waiting for their MongoDB, Running but not ready for 28m (el/04)", rows: [pod('litmus', 'chaos-litmus-server-864f74c779-2wljc', '0/1', 'Init:0/1', '0', '28m'), pod('litmus', 'chaos-mongodb-0', '0/1', 'Running', '1 (13m ago)', '28m')], want: { count: 1, database: 'chaos-mongodb-0', status: '0/1 Running' }, lines: [4, 3] },
    { name: 'a database that cannot pull its image tells at once, in an install\'s first minute (dd/09)', rows: [pod('free5gc', 'free5gc-v1-free5gc-amf-amf-64fb7b849f-f9mdx', '0/1', 'Init:0/1', '0', '35s'), pod('free5gc', 'mongodb-0', '0/1', 'ImagePullBackOff', '0', '35s')], want: { count: 1, database: 'mongodb-0', status: 'ImagePullBackOff' }, lines: [4, 3] },
    { name: 'a crash-looping PostgreSQL under its app (cx/10)', rows: [pod('auth', 'keycloak-0', '0/1', 'Init:0/1', '0', '25m'), pod('auth', 'keycloak-postgresql-0', '0/1', 'CrashLoopBackOff', '9 (4m7s ago)', '25m')], want: { count: 1, database: 'keycloak-postgresql-0', status: 'CrashLoopBackOff' }, lines: [4, 3] },
    { name: 'a database only starting, its app with it: nothing yet', rows: [pod('shop', 'api-7d4b9c8f6d-x2k9p', '0/1', 'Init:0/1', '0', '1m'), pod('shop', 'shop-mongodb-0', '0/1', 'Running', '0', '1m')], want: null, lines: [] },
    { name: 'a young member of a database beside pods waiting for an hour: nothing (dd/25)', rows: [pod('onap', 'onap-aaf-cm-7d4b9c8f6d-x2k9p', '0/2', 'Init:0/1', '0', '66m'), pod('onap', 'onap-authentication-redis-server-1', '0/4', 'Pending', '0', '2m34s')], want: null, lines: [] },
    { name: 'a database held in its own init containers waits beside them, a cause they share (cn/04)', rows: [pod('app', 'pankaj-keycloak-0', '0/2', 'Init:0/2', '0', '30m'), pod('app', 'pankaj-postgresql-0', '0/2', 'Init:CrashLoopBackOff', '7', '30m')], want: null, lines: [] },
    { name: "a Job named for a database is none (superset's init-db, cx/13)", rows: [pod('superset', 'superset-7d4b9c8f6d-x2k9p', '0/1', 'Init:0/1', '0', '30m'), pod('superset', 'superset-init-db-hnl28', '0/1', 'Init:0/1', '0', '30m')], want: null, lines: [] },
    { name: 'a database ready: nothing', rows: [pod('shop', 'api-7d4b9c8f6d-x2k9p', '0/1', 'Init:0/1', '0', '30m'), pod('shop', 'shop-mongodb-0', '1/1', 'Running', '0', '30m')], want: null, lines: [] },
    { name: "another namespace's database: nothing", rows: [pod('shop', 'api-7d4b9c8f6d-x2k9p', '0/1', 'Init:0/1', '0', '30m'), pod('data', 'mongodb-0', '0/1', 'CrashLoopBackOff', '9', '30m')], want: null, lines: [] },
    { name: "the database's own next member waiting: nothing", rows: [pod('data', 'mongodb-1', '0/1', 'Init:0/1', '0', '30m'), pod('data', 'mongodb-0', '0/1', 'CrashLoopBackOff', '9', '30m')], want: null, lines: [] },
  ])('$name', ({ rows, want, lines }) => {
    const f = explain(paste(rows)).findings.find((x) => x.id === 'init-waits-database');
    expect(f === undefined ? null : f.vars).toEqual(want);
    expect(f?.rows ?? []).toEqual(lines);
  });
});

describe('pods crashing beside a database of their release that fails (crash-beside-database)', () => {
  const pod = (ns: string, name: string, ready: string, status: string, restarts: string, age: string): string[] => [ns, name, ready, status, restarts, age, '10.1.0.9', 'n1', '<none>', '<none>'];
  const nats = pod('chat', 'rocketchat-nats-0', '3/3', 'Running', '0', '20m');
  const mongo = pod('chat', 'rocketchat-mongodb-0', '1/2', 'CrashLoopBackOff', '6 (4m7s ago)', '10m');
  test.each([
    { name: "Rocket.Chat's services restarting and crashing around its MongoDB (eq/02)", rows: [pod('chat', 'rocketchat-account-6585499d68-w92tq', '1/1', 'Running', '8 (5m34s ago)', '20m'), pod('chat', 'rocketchat-authorization-7df567f7fd-bsnrn', '0/1', 'CrashLoopBackOff', '8 (22s ago)', '20m'), mongo, nats], want: { count: 2, database: 'rocketchat-mongodb-0', status: 'CrashLoopBackOff' }, lines: [5, 3, 4] },
    { name: 'old kubectl, no "(ago)": a crash status, or restarts in a pod younger than the hour (cx/15)', rows: [pod('h', 'my-release-harbor-core-c4ff75577-2d2mb', '0/1', 'CrashLoopBackOff', '9', '17m'), pod('h', 'my-release-harbor-jobservice-5ff867d665-ps5kw', '0/1', 'Running', '9', '17m'), pod('h', 'my-release-harbor-database-0', '0/1', 'CrashLoopBackOff', '8', '17m'), pod('h', 'my-release-harbor-nginx-7685677fb6-24cwf', '1/1', 'Running', '0', '17m')], want: { count: 2, database: 'my-release-harbor-database-0', status: 'CrashLoopBackOff' }, lines: [5, 3, 4] },
    { name: "MinIO, an object store its apps need at start as much: Thanos's compactor and store gateway (fb/16)", rows: [pod('t', 'thanos-compactor-6c5499cb64-kqc9s', '0/1', 'CrashLoopBackOff', '7', '16m'), pod('t', 'thanos-minio-5cfd46d5c4-9qlp5', '0/1', 'CrashLoopBackOff', '7', '16m'), pod('t', 'thanos-storegateway-0', '0/1', 'CrashLoopBackOff', '7', '16m'), pod('t', 'thanos-query-7c6468ccf4-77pwb', '1/1', 'Running', '0', '16m')], want: { count: 2, database: 'thanos-minio-5cfd46d5c4-9qlp5', status: 'CrashLoopBackOff' }, lines: [4, 3, 5] },
    { name: 'a database that cannot pull its image, its app crash-looping (ee/03)', rows: [pod('s', 'auth-service-fdd9999d9-nr6m4', '0/1', 'CrashLoopBackOff', '15 (3m49s ago)', '4d'), pod('s', 'auth-mysql-9ff487dcb-7czw9', '0/1', 'ImagePullBackOff', '0', '4d'), pod('s', 'ui-5695bb4b78-8nkbf', '1/1', 'Running', '0', '5d')], want: { count: 1, database: 'auth-mysql-9ff487dcb-7czw9', status: 'ImagePullBackOff' }, lines: [4, 3] },
    { name: "the release's own name is of it (the gitea StatefulSet beside gitea-postgresql)", rows: [pod('g', 'gitea-0', '0/1', 'CrashLoopBackOff', '4', '3m'), pod('g', 'gitea-postgresql-0', '0/1', 'CrashLoopBackOff', '4', '3m'), pod('g', 'nginx-5695bb4b78-8nkbf', '1/1', 'Running', '0', '5d')], want: { count: 1, database: 'gitea-postgresql-0', status: 'CrashLoopBackOff' }, lines: [4, 3] },
    { name: "another release's pods restarting in the namespace: not its", rows: [pod('s', 'user-service-745c9b8cb6-qdsmn', '1/1', 'Running', '10 (35m ago)', '4d'), pod('s', 'auth-mysql-9ff487dcb-7czw9', '0/1', 'ImagePullBackOff', '0', '4d'), pod('s', 'ui-5695bb4b78-8nkbf', '1/1', 'Running', '0', '5d')], want: null, lines: [] },
    { name: 'nothing in the namespace runs ready: it fails as a whole, no pod stands out (cx/23)', rows: [pod('g', 'gitea-memcached-54b5f9d7c7-8jx48', '0/1', 'CrashLoopBackOff', '4', '3m'), pod('g', 'gitea-postgresql-0', '0/1', 'CrashLoopBackOff', '4', '3m')], want: null, lines: [] },
    { name: "one restart within the hour is as likely the node's reboot", rows: [pod('chat', 'rocketchat-account-6585499d68-w92tq', '1/1', 'Running', '1 (57m ago)', '5d'), mongo, nats], want: null, lines: [] },
    { name: 'restarts long ago: not following the database', rows: [pod('chat', 'rocketchat-account-6585499d68-w92tq', '1/1', 'Running', '8 (3h ago)', '5d'), mongo, nats], want: null, lines: [] },
    { name: 'a database only starting: nothing', rows: [pod('chat', 'rocketchat-authorization-7df567f7fd-bsnrn', '0/1', 'CrashLoopBackOff', '8 (22s ago)', '20m'), pod('chat', 'rocketchat-mongodb-0', '0/2', 'ContainerCreating', '0', '10s'), nats], want: null, lines: [] },
    { name: 'another database of the release failing has its own story: not a dependent', rows: [pod('chat', 'rocketchat-redis-master-0', '0/1', 'CrashLoopBackOff', '5 (1m ago)', '20m'), mongo, nats], want: null, lines: [] },
    { name: "another namespace's database: nothing", rows: [pod('web', 'rocketchat-authorization-7df567f7fd-bsnrn', '0/1', 'CrashLoopBackOff', '8 (22s ago)', '20m'), mongo, nats, pod('web', 'x-5695bb4b78-8nkbf', '1/1', 'Running', '0', '5d')], want: null, lines: [] },
  ])('$name', ({ rows, want, lines }) => {
    const f = explain(paste(rows)).findings.find((x) => x.id === 'crash-beside-database');
    expect(f === undefined ? null : f.vars).toEqual(want);
    expect(f?.rows ?? []).toEqual(lines);
  });
  test.each([
    { name: 'three namespaces: one finding each', spaces: 3, ids: ['crash-beside-database', 'crash-beside-database', 'crash-beside-database'] },
    { name: 'four: one finding for them all, naming the first three databases (the 100k bench paste drew eight)', spaces: 4, ids: ['crash-beside-database-several'] },
  ])('crashes beside failing databases in several namespaces: $name', ({ spaces, ids }) => {
    const rows = Array.from({ length: spaces }, (_, k) => [pod(`ns${k}`, `app${k}-api-7df567f7fd-bsnrn`, '0/1', 'CrashLoopBackOff', '8 (22s ago)', '20m'), pod(`ns${k}`, `app${k}-mongodb-0`, '0/1', 'CrashLoopBackOff', '6 (4m7s ago)', '20m'), pod(`ns${k}`, `app${k}-web-7df567f7fd-x2k9p`, '1/1', 'Running', '0', '20m')]).flat();
    const found = explain(paste(rows)).findings.filter((x) => x.id.startsWith('crash-beside-database'));
    expect(found.map((f) => f.id)).toEqual(ids);
    if (spaces === 4) expect(found[0]?.vars).toEqual({ namespaces: 4, count: 4, databases: 'app0-mongodb-0, app1-mongodb-0, app2-mongodb-0, ...' });
  });
});
