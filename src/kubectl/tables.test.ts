import { describe, expect, test } from 'vitest';
import { assignTokens, readFlattened, cellFits, cutAtOffsets, looksTabular, parseHeader, prefixLength, readHeaderless, readTables, spelledPodHeader } from './tables.ts';
import { pasteMarkup, prefixedRunAt, tokens } from './lines.ts';

const WIDE = 'NAMESPACE     NAME                                      READY   STATUS    RESTARTS   AGE   IP              NODE     NOMINATED NODE   READINESS GATES';
const ROW = 'kube-system   calico-kube-controllers-99c9b6f64-5cvw6   1/1     Running   1          22h   172.16.171.70   m-k8s    <none>           <none>';

/** A header and a row under it, for the cases of a header pasted again. */
const H2 = 'NAME    READY   STATUS    RESTARTS   AGE';
const ROW2 = 'web-0   1/1     Running   0          5d';

describe('parseHeader', () => {
  test('names and offsets of the seed header, two-word names kept whole', () => {
    const h = parseHeader(WIDE);
    expect(h.columns.map((c) => c.name)).toEqual(['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES']);
    expect(h.columns.map((c) => c.start)).toEqual([0, 14, 56, 64, 74, 85, 91, 107, 116, 133]);
    expect(h.table).toBe('pod');
  });
  test.each([
    { name: 'pods', input: 'NAME READY STATUS RESTARTS AGE', expected: 'pod' },
    { name: 'pods cut after STATUS', input: 'NAMESPACE NAME READY STATUS', expected: 'pod' },
    { name: 'watch NAME AGE block', input: 'NAME AGE', expected: 'name-age' },
    { name: 'services', input: 'NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE', expected: 'service' },
    { name: 'deployments', input: 'NAME READY UP-TO-DATE AVAILABLE AGE', expected: 'deployment' },
    { name: 'replicasets', input: 'NAME DESIRED CURRENT READY AGE', expected: 'replicaset' },
    { name: 'daemonsets', input: 'NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE', expected: 'daemonset' },
    { name: "kubectl 1.5's daemonsets, NODE-SELECTOR one word (hunt bv/01)", input: 'NAME        DESIRED   CURRENT   READY     NODE-SELECTOR   AGE', expected: 'daemonset' },
    { name: "crictl ps -a's containers (hunt bw/08)", input: 'CONTAINER   IMAGE   CREATED   STATE   NAME   ATTEMPT   POD ID   POD   NAMESPACE', expected: 'crictl-container' },
    { name: "kubectl tree (hunt bz/03)", input: 'NAMESPACE NAME READY REASON AGE', expected: 'kubectl-tree' },
    { name: "kubectl tree --containers (hunt bz/04)", input: 'NAMESPACE NAME READY RUNNING REASON AGE', expected: 'kubectl-tree' },
    { name: 'kubectl before 1.0 printed REASON with RESTARTS: pods', input: 'NAME READY REASON RESTARTS AGE', expected: 'pod' },
    { name: "kubectl-ice status --tree (hunt bz/26)", input: 'NAMESPACE NAME READY STARTED RESTARTS STATE REASON EXIT-CODE SIGNAL AGE', expected: 'kubectl-ice' },
    { name: "kubeletctl pods (hunt ca/22)", input: 'POD NAMESPACE CONTAINERS', expected: 'kubeletctl-pod' },
    { name: "minikube service list's table (hunt bv/20)", input: 'NAMESPACE     NAME         TARGET PORT    URL', expected: 'service' },
    { name: 'statefulsets', input: 'NAME READY AGE', expected: 'statefulset' },
    { name: 'jobs', input: 'NAME COMPLETIONS DURATION AGE', expected: 'job' },
    { name: 'cronjobs', input: 'NAME SCHEDULE SUSPEND ACTIVE LAST SCHEDULE AGE', expected: 'cronjob' },
    { name: 'nodes', input: 'NAME STATUS ROLES AGE VERSION', expected: 'node' },
    { name: 'namespaces', input: 'NAME STATUS AGE', expected: 'namespace' },
    { name: 'kubectl top pods', input: 'NAMESPACE NAME CPU(cores) MEMORY(bytes)', expected: 'podmetrics' },
    { name: 'kubectl top pods --containers', input: 'POD NAME CPU(cores) MEMORY(bytes)', expected: 'podmetrics' },
    { name: 'kubectl top nodes', input: 'NAME CPU(cores) CPU% MEMORY(bytes) MEMORY%', expected: 'nodemetrics' },
    { name: "helm list's releases (y/17, t/15)", input: 'NAME NAMESPACE REVISION UPDATED STATUS CHART APP VERSION', expected: 'helm-release' },
    { name: "helm 2's list, NAMESPACE last", input: 'NAME REVISION UPDATED STATUS CHART APP VERSION NAMESPACE', expected: 'helm-release' },
  ])('table kind: $name', ({ input, expected }) => expect(parseHeader(input).table).toBe(expected));

  test('-L columns are extras, even a second NAME', () => {
    const kinds = parseHeader('NAME READY STATUS RESTARTS AGE APP NAME').columns.map((c) => c.kind);
    expect(kinds).toEqual(['name', 'ready', 'status', 'restarts', 'age', 'extra', 'extra']);
  });
});

describe('cutAtOffsets', () => {
  const cols = parseHeader(WIDE).columns;
  test('the seed row cuts into its cells', () => {
    expect(cutAtOffsets(ROW, cols)).toEqual({
      cells: ['kube-system', 'calico-kube-controllers-99c9b6f64-5cvw6', '1/1', 'Running', '1', '22h', '172.16.171.70', 'm-k8s', '<none>', '<none>'],
      missing: 0,
    });
  });
  test.each([
    { name: 'shifted one right', row: ` ${ROW}` },
    { name: 'collapsed spacing', row: ROW.replace(/ +/g, ' ') },
    { name: 'prose', row: 'This is after a clean install of ubuntu 20.04 on a raspberry pi and I am not sure' },
  ])('refuses when alignment does not hold: $name', ({ row }) => expect(cutAtOffsets(row, cols)).toBeNull());
  test('a row cut after a column reports the missing ones', () => {
    expect(cutAtOffsets(ROW.slice(0, 72), cols)).toEqual({ cells: ['kube-system', 'calico-kube-controllers-99c9b6f64-5cvw6', '1/1', 'Running'], missing: 6 });
  });
  describe('k9s prints RESTARTS flush right under its name', () => {
    const k9s = parseHeader('NAME                      PF READY STATUS   RESTARTS IP          NODE').columns;
    test('its number is read at the offsets', () => {
      expect(cutAtOffsets('coredns-5d78c9869d-6cfbg  ●  1/1   Running        12 10.244.0.4  kind-control-plane', k9s)?.cells).toEqual(['coredns-5d78c9869d-6cfbg', '●', '1/1', 'Running', '12', '10.244.0.4', 'kind-control-plane']);
    });
    test.each([
      { name: 'a number that stops short of the name\'s end', row: 'coredns-5d78c9869d-6cfbg  ●  1/1   Running       12  10.244.0.4  kind-control-plane' },
      { name: 'a word flush right', row: 'coredns-5d78c9869d-6cfbg  ●  1/1   Running        ab 10.244.0.4  kind-control-plane' },
    ])('anything else starting with spaces is not aligned: $name', ({ row }) => expect(cutAtOffsets(row, k9s)).toBeNull());
  });
  describe('a RESTARTS cell left blank by a hand-made table', () => {
    const plain = parseHeader('NAME      READY     STATUS               RESTARTS   AGE').columns;
    test('between two values: blank, the row whole', () => {
      expect(cutAtOffsets('iscsipd   2/2       Running                         2m', plain)).toEqual({ cells: ['iscsipd', '2/2', 'Running', '', '2m'], missing: 0 });
    });
    test.each([
      { name: 'blank at the row\'s end is a row cut off', row: 'iscsipd   2/2       Running', missing: 2 },
    ])('$name', ({ row, missing }) => expect(cutAtOffsets(row, plain)?.missing).toBe(missing));
    test('the next value out of line is not aligned', () => {
      expect(cutAtOffsets('iscsipd   2/2       Running                          2m', plain)).toBeNull();
    });
  });
  test('a row cut mid-value drops the broken cell', () => {
    // "2" of "22h": not an age, so AGE and everything after it count as missing.
    expect(cutAtOffsets(ROW.slice(0, 86), cols)?.missing).toBe(5);
  });
});

describe('assignTokens', () => {
  const def = parseHeader('NAME READY STATUS RESTARTS AGE').columns;
  test.each([
    { name: 'plain', input: 'web-0 1/1 Running 0 5d', expected: ['web-0', '1/1', 'Running', '0', '5d'], missing: 0 },
    { name: 'restarts with ago', input: 'web-0 0/1 CrashLoopBackOff 6 (3m3s ago) 5d', expected: ['web-0', '0/1', 'CrashLoopBackOff', '6 (3m3s ago)', '5d'], missing: 0 },
    { name: 'cut after status', input: 'web-0 0/1 Running', expected: ['web-0', '0/1', 'Running'], missing: 2 },
  ])('$name', ({ input, expected, missing }) => expect(assignTokens(tokens(input), def)).toEqual({ cells: expected, missing }));

  test('an empty -L cell is allowed', () => {
    const cols = parseHeader('NAME READY STATUS RESTARTS AGE APP').columns;
    expect(assignTokens(tokens('web-0 1/1 Running 0 5d'), cols)?.cells).toEqual(['web-0', '1/1', 'Running', '0', '5d', '']);
  });
  test('values that fit no column are refused', () => {
    expect(assignTokens(tokens('hello there my friend how are you'), def)).toBeNull();
  });
});

describe('readHeaderless', () => {
  test.each([
    { name: 'default columns', input: 'web-0 1/1 Running 0 5d', columns: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'] },
    { name: 'with namespace', input: 'kube-system web-0 1/1 Running 0 5d', columns: ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'] },
    { name: 'old wide (IP, NODE)', input: 'web-0 1/1 Running 0 5d 10.0.0.1 w1', columns: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE'] },
    { name: 'wide', input: 'web-0 1/1 Running 0 5d 10.0.0.1 w1 <none> <none>', columns: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'] },
    { name: 'RESTARTS left out, an age last (hunt ai/17)', input: 'kueue-system    kueue-controller-manager-59c65899dd-jdr2v       1/1  Running  2m', columns: ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'AGE'] },
    { name: 'RESTARTS left out, no namespace', input: 'web-0   1/1   Running   5d', columns: ['NAME', 'READY', 'STATUS', 'AGE'] },
    { name: 'cut off after RESTARTS: a count last is no age', input: 'web-0   1/1   Running   3', columns: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'] },
    { name: 'RESTARTS, AGE and IP trimmed from a -o wide row, its node kept (ef/15)', input: 'dra-example-driver-kubeletplugin-dfqb4   1/1   Running   aks-drasim-30601265-vmss000000', columns: ['NAME', 'READY', 'STATUS', 'NODE'] },
    { name: 'the same with a namespace, an EC2 node name', input: 'kube-system   aws-node-x7k2p   2/2   Running   ip-10-0-1-5.ec2.internal', columns: ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'NODE'] },
    { name: 'a plain word last is no node: a cut-off row as before', input: 'web-0   1/1   Running   minikube', columns: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'] },
    { name: 'an address last is no node: a cut-off row as before', input: 'web-0   1/1   Running   10.0.0.5', columns: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'] },
    { name: "killer.sh's middle columns elided, the node last (hunt bw/26)", input: 'coredns-5644d7b6d9-c4f68                            1/1     Running            ...   cluster1-controlplane1', columns: ['NAME', 'READY', 'STATUS', '...', 'NODE'] },
    { name: 'middle columns elided, the IP and node last', input: 'web-0   1/1   Running   0   ...   10.0.0.5   w1', columns: ['NAME', 'READY', 'STATUS', 'RESTARTS', '...', 'IP', 'NODE'] },
    { name: 'middle columns elided with an ellipsis character, with a namespace', input: 'kube-system   web-0   1/1   Running   …   5d', columns: ['NAMESPACE', 'NAME', 'READY', 'STATUS', '...', 'AGE'] },
    { name: "a k9s row, its metrics, IP, NODE and AGE (ep/19: box sides already spaces)", input: '  redis-node-0    ●   2/3     1 Running    5   34    2    0    8    8 10.128.1.7   aks-primary-xxxx-vmss00002i   2m48s    ', columns: ['NAME', 'PF', 'READY', 'RESTARTS', 'STATUS', 'CPU', 'MEM', '%CPU/R', '%CPU/L', '%MEM/R', '%MEM/L', 'IP', 'NODE', 'AGE'] },
    { name: 'a k9s row of the all-namespaces view, no metrics', input: 'argocd   argocd-server-6b5b54d544-4h8mh   ●   1/1   4 Running   10.42.1.51   k3d-dev-agent-0   37h', columns: ['NAMESPACE', 'NAME', 'PF', 'READY', 'RESTARTS', 'STATUS', 'IP', 'NODE', 'AGE'] },
    { name: "a k9s row of solo's screen, IP only (ee/02's columns)", input: 'fullstack-setup     console-557956d575-fqctd     ●  1/1     0 Running  10.244.0.4', columns: ['NAMESPACE', 'NAME', 'PF', 'READY', 'RESTARTS', 'STATUS', 'IP'] },
    { name: "a newer k9s's row, STATUS before RESTARTS, its metrics last on a narrow screen (ey/10)", input: 'authentik          authentik-server-5c94f48c8b-slrmr                           ●  0/1    Running            36    71      14       7    91       8   ', columns: ['NAMESPACE', 'NAME', 'PF', 'READY', 'STATUS', 'RESTARTS', 'CPU', 'MEM', '%CPU/R', '%CPU/L', '%MEM/R'] },
    { name: "a newer k9s's row with IP, NODE and AGE", input: 'default   web-7d4b9c8f6d-x2x9p   ●   1/1   Running   0   10.42.1.6   k3d-dev-agent-1   4m5s', columns: ['NAMESPACE', 'NAME', 'PF', 'READY', 'STATUS', 'RESTARTS', 'IP', 'NODE', 'AGE'] },
  ])('$name', ({ input, columns }) => expect(readHeaderless(input)?.columns.map((c) => c.name)).toEqual(columns));
  test('RESTARTS left out: the age is read, nothing is missing', () => {
    expect(readHeaderless('kueue-system  kueue-controller-manager-59c65899dd-jdr2v  1/1  Running  2m')?.cut).toEqual({ cells: ['kueue-system', 'kueue-controller-manager-59c65899dd-jdr2v', '1/1', 'Running', '2m'], missing: 0 });
  });

  test.each([
    { name: 'prose', input: 'the pod is not ready yet' },
    { name: 'a daemonset row', input: 'daemonset.apps/x 1 1 0 1 0 <none> 33m' },
    { name: 'two elisions say nothing of where the values stood', input: 'web-0   1/1   Running   ...   w1   ...   w2' },
    { name: 'a value after the elision that fits no later column', input: 'web-0   1/1   Running   ...   (ok)' },
    { name: 'a mark then words: no k9s row', input: 'web-0 ● is the one to watch' },
    { name: 'a k9s mark, READY and STATUS, then words: no metrics', input: 'web-0   ●   1/1   Running   0   is fine' },
  ])('not a pod row: $name', ({ input }) => expect(readHeaderless(input)).toBeNull());
});

describe('cellFits and looksTabular', () => {
  test.each([
    { name: 'READY', kind: 'ready' as const, text: '1/2', expected: true },
    { name: 'READY word', kind: 'ready' as const, text: 'Running', expected: false },
    { name: 'IP <none>', kind: 'ip' as const, text: '<none>', expected: true },
    { name: 'GATES fraction', kind: 'gates' as const, text: '1/1', expected: true },
    { name: 'AGE', kind: 'age' as const, text: '2y247d', expected: true },
    { name: 'NAME with spaces (hostile)', kind: 'name' as const, text: '<img src=x>', expected: true },
    { name: 'IP hidden before pasting', kind: 'ip' as const, text: '2600:<IPv6>', expected: true },
  ])('cellFits $name', ({ kind, text, expected }) => expect(cellFits(kind, text)).toBe(expected));

  test.each([
    { name: 'row', input: 'web-0 1/1 Running 0 5d', expected: true },
    { name: 'sentence', input: 'I am assuming that is problematic???', expected: false },
    { name: 'a fraction in prose', input: 'which is annoying as step 5/6 tells us to :', expected: false },
    { name: 'a duration in prose', input: 'it ran for 5m and then stopped', expected: false },
    { name: 'a describe key before a duration', input: 'Termination Grace Period:          30s', expected: false },
    { name: 'a clock in kubectl describe', input: 'Start Time:   Thu, 12 May 2022 14:33:24 +0800', expected: false },
    { name: 'a log line', input: '2022-12-25 11:21:41.741 [INFO][1] main.go 98: Loaded configuration', expected: false },
    { name: 'cut-off row ending at AGE', input: 'web-0 0/1 Pending 0 5d', expected: true },
    { name: 'a name with a docs page\'s stand-in', input: '<release-name>-mimir-ruler-745fff6c6d-8swsv   1/1   Running   0   148m', expected: true },
    { name: 'a tag, not a stand-in', input: '<img src=x> 1/1 Running 0 5d', expected: false },
    { name: 'a command whose flag comes before an address (talosctl, hunt aa/09)', input: 'talosctl apply-config --nodes 10.63.33.141 -e 10.63.33.141 --talosconfig configs/talosconfig', expected: false },
    { name: 'a short flag before an address', input: 'ssh-keyscan -t 10.0.0.5 rsa', expected: false },
    { name: 'a wide row with an address stays a row', input: 'web-0 1/1 Running 0 5d 10.244.1.5 node-1', expected: true },
    { name: "a prompt's mark before a command with an address (hunt bw/13)", input: 'controlplane $ ssh 172.17.0.23', expected: false },
    { name: 'prose with an address in parentheses (hunt bw/17)', input: 'reboot to node service   ( node = 10.6.0.188 )', expected: false },
    { name: "KodeKloud's arrow prompt before a command with an address", input: 'controlplane ~ \u279c  ping 10.0.0.5', expected: false },
  ])('looksTabular $name', ({ input, expected }) => expect(looksTabular(input)).toBe(expected));
});

describe('readTables', () => {
  test('kubectl get all: pod rows read, other tables set aside', () => {
    const r = readTables([
      '$ kubectl get all -n kube-system',
      'NAME                          READY   STATUS    RESTARTS   AGE',
      'pod/coredns-66bff467f8-4j4lj   1/1     Running   0          5d',
      '',
      'NAME               TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)         AGE',
      'service/kube-dns   ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP   5d',
      '',
      'NAME                      READY   UP-TO-DATE   AVAILABLE   AGE',
      'deployment.apps/coredns   1/1     1            1           5d',
    ]);
    expect(r.rows.map((x) => x.cells[0])).toEqual(['pod/coredns-66bff467f8-4j4lj']);
    expect(r.otherTables.map((t) => [t.kind, t.rows])).toEqual([['service', 1], ['deployment.apps', 1]]);
    expect(r.workloads).toEqual([{ kind: 'Deployment', name: 'coredns' }]);
    expect(r.kinds).toEqual(['prompt', 'header', 'row', 'blank', 'header', 'other-table', 'blank', 'header', 'other-table']);
  });
  test('a header with no rows is a problem at the header line', () => {
    expect(readTables(['NAME   READY   STATUS   RESTARTS   AGE']).problems.map((p) => [p.line, p.code])).toEqual([[1, 'header-without-rows']]);
  });
  test('a shifted row falls back to tokens and says so', () => {
    const r = readTables(['NAME    READY   STATUS    RESTARTS   AGE', '  web-0   1/1     Running   0          5d']);
    expect(r.rows[0]?.readBy).toBe('tokens');
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([[2, 'row-fallback']]);
  });
  test('rows without a header are read by shape', () => {
    const r = readTables(['web-0   1/1   Running   0   5d']);
    expect(r.rows[0]?.readBy).toBe('headerless');
    expect(r.problems.map((p) => p.code)).toEqual(['headerless-row']);
  });
  test.each([
    { name: 'kubectl before 1.0 printed REASON', lines: ['NAME    READY   REASON    RESTARTS   AGE', 'web-0   1/1     Running   0          5d'], rows: 1, codes: [] },
    { name: 'a header wrapped by the terminal', lines: ['NAME    READY   STATUS    RESTAR', 'web-0   1/1     Running   0'], rows: 1, codes: ['header-wrapped'] },
    { name: 'a note typed after the row', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          22s   <-- this one keeps restarting'], rows: 1, codes: ['trailing-text'] },
    { name: 'editor line numbers', lines: [' 1  NAME    READY   STATUS    RESTARTS   AGE', ' 2  web-0   1/1     Running   0          5d', ' 3  web-1   1/1     Running   0          5d'], rows: 2, codes: [] },
    { name: 'output commented out with "# "', lines: ['$ kubectl get pods', '# NAME    READY   STATUS    RESTARTS   AGE', '# web-0   1/1     Running   0          5d'], rows: 1, codes: [] },
    { name: 'emphasis typed around a name', lines: ['NAME    READY   STATUS    RESTARTS   AGE', '*web-0*   1/1     Running   0          5d'], rows: 1, codes: [] },
    { name: "tabs in the indent go to the terminal's tab stop (a test log's ` \\t ` before its header and `\\t ` before its rows)", lines: [' \t NAMESPACE     NAME      READY   STATUS    RESTARTS   AGE', '\t kube-system   web-0     1/1     Running   0          5d'], rows: 1, codes: [] },
    { name: 'a header after the code fence that opens its block: rows under it align with its text, not with the fence', lines: ['```  NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d'], rows: 1, codes: [] },
    { name: "a doc's stand-in for an age (XXm) is a whole row", lines: ['NAME                       READY   STATUS    RESTARTS   AGE', 'coredns-xxxxxxxxxx-xxxxx   0/1     Pending   0          XXm'], rows: 1, codes: [] },
    { name: 'a node name masked with a run of stars keeps them and its alignment', lines: ['NAME      READY   STATUS    RESTARTS   AGE   IP             NODE                                NOMINATED NODE   READINESS GATES', 'vault-0   1/1     Running   0          14h   10.***.*.***   aks-***************-*-vmss*******   <none>           <none>'], rows: 1, codes: [] },
    { name: 'ANSI colours', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-0   \u001b[32m1/1\u001b[0m     Running   0          5d'], rows: 1, codes: [] },
    { name: 'a hidden IP in a shifted row', lines: ['NAME    READY   STATUS    RESTARTS   AGE   IP            NODE', ' web-0  1/1  Running  0  5d  x.x.x.x  n1'], rows: 1, codes: ['row-fallback'] },
    { name: 'an -L column empty for a pod without the label', lines: ['NAME    READY   STATUS    RESTARTS   AGE   POD-STATE', 'web-0   1/1     Running   0          5d', 'web-1   1/1     Running   0          5d    ready'], rows: 2, codes: [] },
    { name: 'an arrow glued to the last value, the row cut off after it (dt/07)', lines: ['NAME    READY   STATUS    RESTARTS   AGE   IP           NODE', 'web-0   1/1     Running   0          31s   10.0.1.127<----Change this IP'], rows: 1, codes: ['row-fallback', 'truncated-row', 'trailing-text'] },
    { name: 'a note one space after the age', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   4          5m13s <-- interesting'], rows: 1, codes: ['trailing-text'] },
    { name: 'an IP masked with stars', lines: ['NAME    READY   STATUS    RESTARTS   AGE   IP                NODE', 'web-0   1/1     Running   0          5d    ***.***.***.***   n1'], rows: 1, codes: [] },
    { name: 'a headerless row ending at the IP', lines: ['web-0   0/1   Completed   0   20d   100.96.113.92'], rows: 1, codes: ['headerless-row'] },
    { name: "READY with a space before its slash (a docs page's `2 /2`)", lines: ['NAME READY STATUS RESTARTS AGE', 'pathways-head-0-0-n848j 2 /2 Running 0 49s'], rows: 1, codes: ['row-fallback'] },
  ])('reads $name', ({ lines, rows, codes }) => {
    const r = readTables(lines);
    expect(r.rows.length).toBe(rows);
    expect(r.problems.map((p) => p.code)).toEqual(codes);
  });
  // An ansible-lint message printed on every line of the task's output, header included (al/12).
  test.each([
    { name: 'the same message glued to the header and every row', lines: ['NAME    READY   STATUS    RESTARTS   AGE   IP         NODE   NOMINATED NODE   READINESS GATESCommands should not change things if nothing needs doing.ansible-lintno-changed-when', 'web-0   1/1     Running   0          5d    10.1.0.5   n1     <none>           <none>Commands should not change things if nothing needs doing.ansible-lintno-changed-when', 'web-1   1/1     Running   0          5d    10.1.0.6   n1     <none>           <none>Commands should not change things if nothing needs doing.ansible-lintno-changed-when'], kinds: ['header', 'row', 'row'], last: ['<none>', '<none>'], problems: [[1, 'glued-text']] },
    { name: 'glued to the header and to AGE, the last column', lines: ['NAME    READY   STATUS    RESTARTS   AGEsee below', 'web-0   1/1     Running   0          5dsee below'], kinds: ['header', 'row'], last: ['5d'], problems: [[1, 'glued-text']] },
    { name: 'glued to the header only: not told from rows a page glued to it, left alone', lines: ['NAME    READY   STATUS    RESTARTS   AGEsee below', 'web-0   1/1     Running   0          5d'], kinds: ['noise', 'row'], last: ['5d'], problems: [[2, 'headerless-row']] },
    { name: 'a sentence starting with NAME is no header', lines: ['NAME STATUS AGEs ago were different'], kinds: ['noise'], last: [], problems: [] },
  ])('text glued to a header\'s end: $name', ({ lines, kinds, last, problems }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.rows.map((x) => x.cells[x.cells.length - 1])).toEqual(last);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual(problems);
  });
  // Keys typed while `oc get pod` still printed, echoed before its header (co/23).
  test.each([
    { name: 'a command typed ahead, the row under the header read from NAME', lines: ['oc describ poNAME                                                         READY   STATUS             RESTARTS   AGE', 'opentelemetry-operator-controller-manager-7686c8f98d-kk549   1/2     CrashLoopBackOff   10         35m'], kinds: ['header', 'row'], readBy: ['offsets'], problems: [[1, 'text-before-header']] },
    { name: 'a namespaced header the same', lines: ['exitNAMESPACE     NAME    READY   STATUS    RESTARTS   AGE', 'kube-system   web-0   1/1     Running   0          5d'], kinds: ['header', 'row'], readBy: ['offsets'], problems: [[1, 'text-before-header']] },
    { name: 'a row glued before the header (padded text) is left alone', lines: ['web-0   1/1     Running   0          5dNAME    READY   STATUS    RESTARTS   AGE', 'web-1   1/1     Running   0          5d'], kinds: ['problem', 'row'], readBy: ['headerless'], problems: [[1, 'unrecognised-line'], [2, 'headerless-row']] },
    { name: 'a word ending in NAME is no header glued on', lines: ['HOSTNAME   READY   STATUS    RESTARTS   AGE', 'web-0      1/1     Running   0          5d'], kinds: ['noise', 'row'], readBy: ['headerless'], problems: [[2, 'headerless-row']] },
    { name: 'no row aligned under it: left alone', lines: ['oc describ poNAME    READY   STATUS    RESTARTS   AGE', 'and then it printed nothing'], kinds: ['noise', 'noise'], readBy: [], problems: [] },
  ])('text glued before a header: $name', ({ lines, kinds, readBy, problems }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.rows.map((x) => x.readBy)).toEqual(readBy);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual(problems);
  });
  test.each([
    { name: '-o name: each pod/ line is a row, the listing one problem', lines: ['$ kubectl get pods -o name', 'pod/web-7d4b9c7f6d-abcde', 'pod/db-0'], kinds: ['prompt', 'row', 'row'], problems: [[2, 'names-only']] },
    { name: 'get all -o name: other kinds set aside', lines: ['pod/coredns-66bff467f8-4j4lj', 'service/kube-dns', 'deployment.apps/coredns', 'replicaset.apps/coredns-66bff467f8'], kinds: ['row', 'other-table', 'other-table', 'other-table'], problems: [[1, 'names-only']] },
    { name: 'two -o name listings: one problem each', lines: ['pod/web-0', '$ kubectl get pods -o name -n shop', 'pod/web-1'], kinds: ['row', 'prompt', 'row'], problems: [[1, 'names-only'], [3, 'names-only']] },
    { name: 'get po,svc | grep: the Service row is set aside', lines: ['pod/myweb1-7d4b9c7f6d-x7k2p   1/1   Running   0   5d', 'service/myweb1-svc   ClusterIP   10.96.12.7   <none>   80/TCP   5d'], kinds: ['row', 'other-table'], problems: [[1, 'headerless-row']] },
    { name: 'apply\'s "pod/web created" is a message, not a name listing', lines: ['pod/web created'], kinds: ['message'], problems: [] },
    { name: 'a path or "and/or" in prose is not a kind', lines: ['src/main', 'and/or'], kinds: ['noise', 'noise'], problems: [] },
    { name: 'upper case is no pod name', lines: ['pod/Web-0'], kinds: ['noise'], problems: [] },
  ])('$name', ({ lines, kinds, problems }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual(problems);
    expect(r.rows.map((x) => x.readBy)).toEqual(kinds.filter((k) => k === 'row').map(() => 'headerless'));
  });
  test.each([
    { name: 'a header wrapped at 80 columns, trailing spaces kept', lines: ['NAMESPACE     NAME          READY   STATUS    RESTARTS   AGE   IP             NODE     ', 'NOMINATED NODE   READINESS GATES', 'kube-system   etcd-m-k8s    1/1     Running   0          5d    10.0.2.15      m-k8s    ', '<none>           <none>'], kinds: ['header', 'header', 'row', 'row'], cells: [['kube-system', 'etcd-m-k8s', '1/1', 'Running', '0', '5d', '10.0.2.15', 'm-k8s', '<none>', '<none>']], problems: ['lines-unwrapped'] },
    { name: 'a long prompt line before the wrapped header', lines: ['[root@m-k8s ~]# kubectl get pods -A -o wide', 'NAMESPACE     NAME          READY   STATUS    RESTARTS   AGE   IP             NODE     ', 'NOMINATED NODE   READINESS GATES', 'kube-system   etcd-m-k8s    1/1     Running   0          5d    10.0.2.15      m-k8s    ', '<none>           <none>'], kinds: ['prompt', 'header', 'header', 'row', 'row'], cells: [['kube-system', 'etcd-m-k8s', '1/1', 'Running', '0', '5d', '10.0.2.15', 'm-k8s', '<none>', '<none>']], problems: ['lines-unwrapped'] },
    { name: 'a header cut inside a column name (RESTAR|TS)', lines: ['NAME    READY   STATUS    RESTAR', 'TS   AGE', 'web-0   1/1     Running   0     ', '     5d'], kinds: ['header', 'header', 'row', 'row'], cells: [['web-0', '1/1', 'Running', '0', '5d']], problems: ['lines-unwrapped'] },
    // zarf pads every line to the terminal's width: only the header was cut, each padded row is whole (al/03).
    { name: 'every line padded to the width, indented, only the header wrapped', lines: ['   NAMESPACE   NAME                       READY   STATUS    RESTARTS                            ', '   AGE                                                                                          ', '   kube-system svclb-ingress-2b74b-v7d8k  0/3     Pending   0          2d15h                    ', '   zarf        agent-hook-5bd5d68f84-h7pxs 1/1    Running   2 (38h ago) 4d16h                   '], kinds: ['header', 'header', 'row', 'row'], cells: [['kube-system', 'svclb-ingress-2b74b-v7d8k', '0/3', 'Pending', '0', '2d15h'], ['zarf', 'agent-hook-5bd5d68f84-h7pxs', '1/1', 'Running', '2 (38h ago)', '4d16h']], problems: ['lines-unwrapped', 'row-fallback'] },
    { name: 'a header wrapped where a column starts', lines: ['NAME    READY   STATUS    RESTARTS   AGE   ', 'IP         NODE', 'web-0   1/1     Running   0          5d    ', '10.1.0.5   n1'], kinds: ['header', 'header', 'row', 'row'], cells: [['web-0', '1/1', 'Running', '0', '5d', '10.1.0.5', 'n1']], problems: ['lines-unwrapped'] },
    // Without the width only the words say where a line was cut: column names under a header join it, values a row cut short.
    { name: 'trailing spaces stripped: the header joined by its names, the row by its values', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'IP         NODE', 'web-0   1/1     Running   0          5d', '10.1.0.5   n1'], kinds: ['header', 'header', 'row', 'row'], cells: [['web-0', '1/1', 'Running', '0', '5d', '10.1.0.5', 'n1']], problems: ['header-unwrapped', 'row-continued'] },
    // A row wider than the header's first piece: the terminal did not wrap at that width (its trailing spaces were trimmed).
    { name: 'a header piece that ends at NODE, a wider row under it: joined by names, the row\'s rest by values', lines: ['NAME                READY   STATUS      RESTARTS      AGE   IP           NODE', ' NOMINATED NODE   READINESS GATES', 'custom-metrics-57578858d8-ktjsl   0/1     OOMKilled   1 (25s ago)   41s   10.65.0.10   gke-pool-676a41e4-dglv', ' <none>           <none>'], kinds: ['header', 'header', 'row', 'row'], cells: [['custom-metrics-57578858d8-ktjsl', '0/1', 'OOMKilled', '1 (25s ago)', '41s', '10.65.0.10', 'gke-pool-676a41e4-dglv', '<none>', '<none>']], problems: ['header-unwrapped', 'row-fallback', 'row-continued'] },
    { name: 'a header followed by a line of capitals that does not join into a header is left alone', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'WARNING OUTPUT MAY BE STALE', 'web-0   1/1     Running   0          5d'], kinds: ['header', 'noise', 'row'], cells: [['web-0', '1/1', 'Running', '0', '5d']], problems: [] },
  ])('$name', ({ lines, kinds, cells, problems }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.rows.map((x) => x.cells)).toEqual(cells);
    expect(r.problems.map((p) => p.code)).toEqual(problems);
  });
  test.each([
    { name: 'one row', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-0 1/1 Running 0 5d'], problems: [[2, 'row-fallback', undefined]] },
    { name: 'three rows one after another', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-0 1/1 Running 0 5d', 'web-1 1/1 Running 0 5d', 'web-2 1/1 Running 0 5d'], problems: [[2, 'row-fallback', 4]] },
    { name: 'an aligned row between two runs', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-0 1/1 Running 0 5d', 'web-1 1/1 Running 0 5d', 'web-2   1/1     Running   0          5d', 'web-3 1/1 Running 0 5d'], problems: [[2, 'row-fallback', 3], [5, 'row-fallback', undefined]] },
    { name: 'a new table starts a new run', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-0 1/1 Running 0 5d', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-1 1/1 Running 0 5d'], problems: [[2, 'row-fallback', undefined], [4, 'row-fallback', undefined]] },
    { name: 'a row broken over two lines stays in the run', lines: ['NAME    READY   STATUS    RESTARTS   AGE   IP', 'web-0 1/1 Running 0 5d', '10.1.0.5', 'web-1 1/1 Running 0 5d 10.1.0.6'], problems: [[2, 'row-fallback', 4], [3, 'row-continued', undefined]] },
  ])('rows read by their values, one problem per run: $name', ({ lines, problems }) => {
    const r = readTables(lines);
    expect(r.problems.map((p) => [p.line, p.code, p.through])).toEqual(problems);
    for (const p of r.problems) if (p.through !== undefined) expect(p.message).toBe(`Rows on lines ${p.line}-${p.through} not aligned with their header: read by the shapes of their values.`);
  });
  test.each([
    { name: 'three rows of | grep', lines: ['web-0   1/1   Running   0   5d', 'web-1   1/1   Running   0   5d', 'web-2   1/1   Running   0   5d'], problems: [[1, 'headerless-row', 3]] },
    { name: 'one row', lines: ['web-0   1/1   Running   0   5d'], problems: [[1, 'headerless-row', undefined]] },
    { name: 'two greps apart', lines: ['$ kubectl get pods | grep web', 'web-0   1/1   Running   0   5d', 'web-1   1/1   Running   0   5d', '$ kubectl get pods | grep api', 'api-0   1/1   Running   0   5d'], problems: [[2, 'headerless-row', 3], [5, 'headerless-row', undefined]] },
    { name: 'a script\'s line between polls (dt/01) stays in the run', lines: ['web-0   0/1   Pending   0   14m', 'Waiting for pod running', 'web-0   0/1   Pending   0   15m', 'Waiting for pod running', 'web-0   0/1   Pending   0   15m'], problems: [[1, 'headerless-row', 5]] },
    { name: 'two lines of prose between rows end the run', lines: ['web-0   0/1   Pending   0   14m', 'Waiting for pod running', 'still waiting', 'web-0   0/1   Pending   0   15m'], problems: [[1, 'headerless-row', undefined], [4, 'headerless-row', undefined]] },
    { name: 'a blank line between rows ends the run', lines: ['web-0   0/1   Pending   0   14m', '', 'web-0   0/1   Pending   0   15m'], problems: [[1, 'headerless-row', undefined], [3, 'headerless-row', undefined]] },
  ])('rows without a header, one problem per run: $name', ({ lines, problems }) => {
    const r = readTables(lines);
    expect(r.problems.map((p) => [p.line, p.code, p.through])).toEqual(problems);
    for (const p of r.problems) if (p.through !== undefined) expect(p.message).toBe(`Rows on lines ${p.line}-${p.through} without a header: columns assigned by the shapes of their values.`);
  });
  describe('pod rows without a header in an order no headerless layout reads (z/28): read when their names tell, else said, not taken for prose', () => {
    const evicted = [
      'csi-rbdplugin-provisioner-6f4cc98cdf-v6p99   openshift-storage   Evicted   oct-03-03-compute   The node was low on resource: ephemeral-storage. Container csi-snapshotter was using 26820Ki, which exceeds its request of 0.',
      'csi-rbdplugin-qtr59                          openshift-storage   Evicted   oct-03-03-compute   Pod The node had condition: [DiskPressure].',
      'rook-ceph-tools-5d85d6fc7-xwsv5              openshift-storage   Evicted   oct-03-03-compute   The node was low on resource: ephemeral-storage.',
    ];
    test.each([
      { name: 'neither name generated: which is the pod\'s only the header tells', lines: ['web-app   shop   Running   node-1'], kinds: ['problem'], problems: [[1, 'headerless-unread', undefined]] },
      { name: 'both names generated (a test suite\'s namespace)', lines: ['web-7d4b9c8f6d-x2k9p   e2e-tests-x7k2p   Running   node-1'], kinds: ['problem'], problems: [[1, 'headerless-unread', undefined]] },
      { name: 'one word after the NODE: a column of a kind unknown', lines: ['csi-rbdplugin-qtr59   openshift-storage   Evicted   oct-03-03-compute   manual'], kinds: ['problem'], problems: [[1, 'headerless-unread', undefined]] },
      { name: 'lower-case words after the NODE: columns of kinds unknown', lines: ['csi-rbdplugin-qtr59   openshift-storage   Evicted   oct-03-03-compute   manual   spot'], kinds: ['problem'], problems: [[1, 'headerless-unread', undefined]] },
      { name: 'a sentence of the same words, not spaced as columns', lines: ['kube-proxy keeps Running and restarting'], kinds: ['noise'], problems: [] },
      { name: 'a STATUS no pod has (a claim Bound)', lines: ['data-web-0   shop   Bound   pvc-1a2b'], kinds: ['noise'], problems: [] },
      { name: 'capitals where the node goes', lines: ['web-0   shop   Running   About an hour'], kinds: ['noise'], problems: [] },
      { name: 'a path where the namespace goes', lines: ['iscsipd-rw     kubernetes/pause     Running   about-an-hour'], kinds: ['noise'], problems: [] },
      { name: "another program's output (helm ls) is not pods", lines: ['$ helm ls', 'web-app-1   shop   Running   n1'], kinds: ['prompt', 'noise'], problems: [] },
    ])('$name', ({ lines, kinds, problems }) => {
      const r = readTables(lines);
      expect(r.kinds).toEqual(kinds);
      expect(r.rows).toEqual([]);
      expect(r.problems.map((p) => [p.line, p.code, p.through])).toEqual(problems);
    });
    test.each([
      { name: 'custom-columns NAME NAMESPACE STATUS NODE MESSAGE (hunt cv/27): the generated name is the pod\'s, the message kept', lines: ['```', ...evicted, '```'], cells: [['csi-rbdplugin-provisioner-6f4cc98cdf-v6p99', 'openshift-storage', 'Evicted', 'oct-03-03-compute', 'The node was low on resource: ephemeral-storage. Container csi-snapshotter was using 26820Ki, which exceeds its request of 0.'], ['csi-rbdplugin-qtr59', 'openshift-storage', 'Evicted', 'oct-03-03-compute', 'Pod The node had condition: [DiskPressure].'], ['rook-ceph-tools-5d85d6fc7-xwsv5', 'openshift-storage', 'Evicted', 'oct-03-03-compute', 'The node was low on resource: ephemeral-storage.']], kinds: ['name', 'namespace', 'status', 'node', 'extra'], problems: [[2, 'headerless-row', 4]] },
      { name: 'NAMESPACE first, no message', lines: ['openshift-storage   csi-rbdplugin-qtr59   Running   oct-03-03-compute'], cells: [['openshift-storage', 'csi-rbdplugin-qtr59', 'Running', 'oct-03-03-compute']], kinds: ['namespace', 'name', 'status', 'node'], problems: [[1, 'headerless-row', undefined]] },
    ])('read when one name is generated and the other not: $name', ({ lines, cells, kinds, problems }) => {
      const r = readTables(lines);
      expect(r.rows.map((x) => x.cells)).toEqual(cells);
      expect(r.rows.map((x) => x.columns.map((c) => c.kind))).toEqual(cells.map(() => kinds));
      expect(r.problems.map((p) => [p.line, p.code, p.through])).toEqual(problems);
    });
  });
  test.each([
    { name: 'left out in the rows only', lines: ['$ k -n project-tiger get pod -l id=ds-important -o wide', 'NAME                      READY   STATUS          NODE', 'ds-important-6pvgm        1/1     Running   ...   cluster1-worker1'], cells: [['ds-important-6pvgm', '1/1', 'Running', 'cluster1-worker1']] },
    { name: 'NAME READY ... NODE under get pod', lines: ['$ k -n project-tiger get pod -o wide', 'NAME                                   READY   ...   NODE', 'tigers-reunite                         1/1     ...   cka-lab-worker'], cells: [['tigers-reunite', '1/1', '...', 'cka-lab-worker']] },
    { name: 'NAME ... NODE under get pod -o wide, every column but the node left out (hunt di/15)', lines: ['➜ root@cka8448:~# k -n kube-system get pod -o wide', 'NAME                              ...   NODE      ', 'etcd-cka8448                      ...   cka8448   '], cells: [['etcd-cka8448', '...', 'cka8448']] },
    { name: 'NAME ... NODE under another kind\'s get: not a pod table', lines: ['$ k get ds -o wide', 'NAME         ...   NODE      ', 'kube-proxy   ...   cka8448   '], cells: [] },
    { name: "a bare prompt under an -A table is no row (killercoda's)", lines: ['controlplane $ k get po -A', 'NAMESPACE     NAME                 READY   STATUS    RESTARTS   AGE', 'kube-system   kube-proxy-x7k2p     1/1     Running   0          5d', 'controlplane $'], cells: [['kube-system', 'kube-proxy-x7k2p', '1/1', 'Running', '0', '5d']] },
    { name: 'a quoted custom-columns spec names the header', lines: ['controlplane $ k get po -o custom-columns="name:metadata.name,node:spec.nodeName"', 'name            node', 'newpods-99chb   node01'], cells: [['newpods-99chb', 'node01']] },
  ])("killer.sh's and killercoda's pastes: $name", ({ lines, cells }) => {
    expect(readTables(lines).rows.map((r) => r.cells)).toEqual(cells);
  });
  test.each([
    { name: 'a macOS-style `host dir$` prompt alone after its logs -f printed nothing (hunt db/08)', lines: ['zagreb rlftw$ kubectl get pod rlftw170330-205352m0', 'NAME                   READY     STATUS    RESTARTS   AGE', 'rlftw170330-205352m0   0/1       Pending   0          55s', 'zagreb rlftw$ kubectl logs -f rlftw170330-205352m0', 'zagreb rlftw$'], kinds: ['prompt', 'header', 'row', 'prompt', 'prompt'] },
    { name: 'a kube-ps1 prompt alone after the rows (samples/kube-ps1-conda-prompt)', lines: ['(base) (⎈|kubernetes-admin@kubernetes:default)➜  ~ kubectl get po -n metallb', 'NAME                    READY   STATUS    RESTARTS   AGE', 'metallb-speaker-7xx4p   4/4     Running   0          116m', '(base) (⎈|kubernetes-admin@kubernetes:default)➜  ~'], kinds: ['prompt', 'header', 'row', 'prompt'] },
    { name: 'a prompt unlike the one the command was typed at stays prose', lines: ['zagreb rlftw$ kubectl get pod web-0', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d', 'zagreb other$'], kinds: ['prompt', 'header', 'row', 'noise'] },
    { name: 'the words before a command in a sentence are no prompt', lines: ['When I run kubectl get pods I get:', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d', 'When I run'], kinds: ['prompt', 'header', 'row', 'noise'] },
  ])('a prompt a command was typed at, alone on a later line: $name', ({ lines, kinds }) => {
    expect(readTables(lines).kinds).toEqual(kinds);
  });
  test.each([
    { name: "set -x's trace of a builtin after the rows ends the table", lines: ['+ kubectl get pods -A', 'NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE', 'kube-system   coredns-5d78c9869d-6cfbg   1/1     Running   0          3m', '+ set +x'], kinds: ['prompt', 'header', 'row', 'prompt'] },
    { name: "Jenkins' Timestamper before every line", lines: ['10:40:41  + kubectl get pods -n stage', '10:40:41  NAME                                    READY   STATUS    RESTARTS   AGE', '10:40:41  app-web-app-web-repo-849c6ccbc6-fjj47   1/1     Running   0          5m49s'], kinds: ['prompt', 'header', 'row'] },
    { name: "a page's [none] for <none>", lines: ['NAME       READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES', 'backend    1/1     Running   0          2m    10.1.0.5     controlplane   [none]           [none]'], kinds: ['header', 'row'] },
    { name: 'a Markdown list item of a pod row stays a row', lines: ['NAME    READY   STATUS    RESTARTS   AGE', '+ web-0   1/1     Running   0          5d'], kinds: ['header', 'row'] },
    { name: "a container's sh -x trace in the logs kubectl printed is its log (hunt bi/13)", lines: ['$ k3s kubectl -n kube-system logs svclb-traefik-xghpq lb-port-80', '+ trap exit TERM INT', "/usr/bin/entry: line 6: can't create /proc/sys/net/ipv4/ip_forward: Read-only file system", '+ echo 1', '+ true'], kinds: ['prompt', 'noise', 'noise', 'noise', 'noise'] },
    { name: "a script's trace of kubectl after a logs output is its next command", lines: ['+ kubectl logs web-0', 'started', '+ kubectl get pods', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d'], kinds: ['prompt', 'noise', 'prompt', 'header', 'row'] },
  ])('CI output: $name', ({ lines, kinds }) => {
    expect(readTables(lines).kinds).toEqual(kinds);
  });
  test("another kind's READY and AGE under a command that lists pods too is no empty pod table (KEDA's ScaledObject)", () => {
    const r = readTables(['$ k get ScaledObject,hpa,pod', 'NAME                              SCALETARGETKIND      SCALETARGETNAME   MIN   MAX   READY   ACTIVE    AGE', 'scaledobject.keda.sh/php-apache   apps/v1.Deployment   php-apache        0     2     True    False     2m', '', 'NAME                             READY   STATUS    RESTARTS   AGE', 'pod/php-apache-d87b7ff46-bh4p9   1/1     Running   0          3m']);
    expect(r.podTables.map((t) => t.line)).toEqual([5]);
    expect(r.otherTables.map((t) => [t.line, t.rows])).toEqual([[2, 1]]);
    expect(r.problems).toEqual([]);
  });
  test.each([
    { name: 'a full stop after AGE', lines: ['NAME           READY   STATUS    RESTARTS   AGE', 'vault-helm-0   0/1     Running   0          162m.'], cells: ['vault-helm-0', '0/1', 'Running', '0', '162m'] },
    { name: "a docs page's placeholder AGE", lines: ['NAME       READY   STATUS    RESTARTS   AGE', 'dnsutils   1/1     Running   0          <some-time>'], cells: ['dnsutils', '1/1', 'Running', '0', '<some-time>'] },
  ])('a row as a page wrote it: $name', ({ lines, cells }) => {
    const r = readTables(lines);
    expect(r.rows[0]?.cells).toEqual(cells);
    expect(r.problems).toEqual([]);
  });
  test.each([
    { name: "a pod row ends another kind's table", lines: ['NAME                                      AGE     PHASE     IP            NODENAME        READY', 'virtualmachineinstance.kubevirt.io/rhel   14m     Running   10.131.0.36   ocp1-worker-0   True', 'virt-launcher-rhel-hc2ds   1/1     Running   0          9m46s   10.131.0.36   ocp1-worker-0   <none>           1/1'], kinds: ['header', 'other-table', 'row'] },
    { name: "another kind's row stays its table's", lines: ['NAME                             READY   AGE', 'statefulset.apps/prometheus-k8s  2/2     33m', 'statefulset.apps/alertmanager    1/1     33m'], kinds: ['header', 'other-table', 'other-table'] },
  ])('$name', ({ lines, kinds }) => expect(readTables(lines).kinds).toEqual(kinds));
  test('a nodes table trimmed to NAME STATUS ROLES EXTERNAL-IP is still nodes', () => {
    const r = readTables(['NAME     STATUS   ROLES    EXTERNAL-IP', 'host-1   Ready    master   203.0.113.1']);
    expect(r.otherTables.map((t) => t.kind)).toEqual(['node']);
  });
  test.each([
    { name: 'aligned', lines: ['NAME                         READY   STATUS    …   AGE     IP              NODE   …', 'dpy-nginx-7cd4d79cc9-td8nk   1/1     Running   …   39s     172.16.132.3    w3-k8s …'], cells: ['dpy-nginx-7cd4d79cc9-td8nk', '1/1', 'Running', '…', '39s', '172.16.132.3', 'w3-k8s', '…'], problems: [] },
    { name: 'the last … a space to the left', lines: ['NAME        READY   STATUS    RESTARTS   AGE      IP               NODE      …', 'nginx-pod   1/1     Running   0          94s      172.16.103.129   w2-k8s   …'], cells: ['nginx-pod', '1/1', 'Running', '0', '94s', '172.16.103.129', 'w2-k8s', '…'], problems: ['row-fallback'] },
  ])('columns a book left out as …: $name', ({ lines, cells, problems }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(['header', 'row']);
    expect(r.rows[0]?.cells).toEqual(cells);
    expect(r.problems.map((p) => p.code)).toEqual(problems);
  });
  test.each([
    { name: 'a wide row broken before its IP', lines: ['NAME    READY   STATUS    RESTARTS   AGE   IP           NODE', 'web-1   1/1     Running   0          5d', '   10.244.2.5   w2-k8s'], kinds: ['header', 'row', 'row'], cells: [['web-1', '1/1', 'Running', '0', '5d', '10.244.2.5', 'w2-k8s']], problems: [[3, 'row-continued']] },
    { name: 'AGE broken inside its value (4|1m is 41m)', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-1   3/3     Running   19         4', '1m'], kinds: ['header', 'row', 'row'], cells: [['web-1', '3/3', 'Running', '19', '41m']], problems: [[3, 'row-continued']] },
    { name: 'STATUS broken inside its value', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-1   1/1     Runn', 'ing   0   5d'], kinds: ['header', 'row', 'row'], cells: [['web-1', '1/1', 'Running', '0', '5d']], problems: [[3, 'row-continued']] },
    { name: 'a node name broken in two, then its last columns', lines: ['NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES', 'web-1   1/1     Running   0          5d    10.244.2.5   w2-', 'k8s   <none>           <none>'], kinds: ['header', 'row', 'row'], cells: [['web-1', '1/1', 'Running', '0', '5d', '10.244.2.5', 'w2-k8s', '<none>', '<none>']], problems: [[3, 'row-continued']] },
    { name: 'a row and its rest after a blank line (an issue editor\'s gap)', lines: ['NAMESPACE   NAME                                          READY   STATUS             RESTARTS   AGE', 'default     pod/nginx-ingress-microk8s-controller-km4vc   0/1     CrashLoopBackOff', '', '   17         65m'], kinds: ['header', 'row', 'blank', 'row'], cells: [['default', 'pod/nginx-ingress-microk8s-controller-km4vc', '0/1', 'CrashLoopBackOff', '17', '65m']], problems: [[4, 'row-continued']] },
    { name: 'a cut-off row, two blank lines, then values: not joined across two', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-1   1/1     Running', '', '', '   0   5d'], kinds: ['header', 'row', 'blank', 'blank', 'noise'], cells: [['web-1', '1/1', 'Running']], problems: [[2, 'truncated-row']] },
    { name: 'a header wrapped with its trailing spaces gone, and rows wrapped too', lines: ['NAMESPACE            NAME', '                       READY   STATUS      RESTARTS        AGE     IP           NODE', ' NOMINATED NODE   READINESS GATES', 'default              pod/demo-75695c9bb5-jmtc7                              1/1     Running     0', '      3m30s   10.244.0.8   workspaces-control-plane   <none>           <none>'], kinds: ['header', 'header', 'header', 'row', 'row'], cells: [['default', 'pod/demo-75695c9bb5-jmtc7', '1/1', 'Running', '0', '3m30s', '10.244.0.8', 'workspaces-control-plane', '<none>', '<none>']], problems: [[1, 'header-unwrapped'], [4, 'row-fallback'], [5, 'row-continued']] },
    { name: 'a headerless row broken right after its READY, the rest on the next line', lines: ['hcloud-cloud-controller-manager-859dd76bdb-zbt6l        0/1', 'CrashLoopBackOff   16 (102s ago)    67m'], kinds: ['row', 'row'], cells: [['hcloud-cloud-controller-manager-859dd76bdb-zbt6l', '0/1', 'CrashLoopBackOff', '16 (102s ago)', '67m']], problems: [[1, 'headerless-row'], [2, 'row-continued']] },
    { name: 'headerless wide rows wrapped inside the node\'s name, the rest and NOMINATED NODE, READINESS GATES on the next line', lines: ['kube-system   azure-cns-tfs6f    1/1   Running   0   6d1h   10.241.163.134   aks-nodepool1-31400841-vm', 'ss000002   <none>           <none>', 'kube-system   kube-proxy-88w86   1/1   Running   0   6d1h   10.241.163.134   aks-nodepool1-31400841-vm', 'ss000002   <none>           <none>'], kinds: ['row', 'row', 'row', 'row'], cells: [['kube-system', 'azure-cns-tfs6f', '1/1', 'Running', '0', '6d1h', '10.241.163.134', 'aks-nodepool1-31400841-vmss000002', '<none>', '<none>'], ['kube-system', 'kube-proxy-88w86', '1/1', 'Running', '0', '6d1h', '10.241.163.134', 'aks-nodepool1-31400841-vmss000002', '<none>', '<none>']], problems: [[1, 'headerless-row'], [2, 'row-continued'], [4, 'row-continued']] },
    { name: 'a headerless row wrapped inside the node\'s name, the rest alone: joined where get nodes lists that node', lines: ['NAME                                STATUS   ROLES    AGE    VERSION', 'aks-nodepool1-31400841-vmss000002   Ready    <none>   6d1h   v1.29.4', '', 'kube-system   azure-cns-tfs6f   1/1   Running   0   6d1h   10.241.163.134   aks-nodepool1-31400841-vm', 'ss000002'], kinds: ['header', 'other-table', 'blank', 'row', 'row'], cells: [['kube-system', 'azure-cns-tfs6f', '1/1', 'Running', '0', '6d1h', '10.241.163.134', 'aks-nodepool1-31400841-vmss000002']], problems: [[4, 'headerless-row'], [5, 'row-continued']] },
    { name: 'a word alone after a headerless row ending at NODE that makes no node listed is not joined', lines: ['kube-system   azure-cns-tfs6f   1/1   Running   0   6d1h   10.241.163.134   aks-nodepool1-31400841-vm', 'ss000003'], kinds: ['row', 'noise'], cells: [['kube-system', 'azure-cns-tfs6f', '1/1', 'Running', '0', '6d1h', '10.241.163.134', 'aks-nodepool1-31400841-vm']], problems: [[1, 'headerless-row']] },
    { name: 'an indented line after a headerless row ending at NODE is no rest of its name', lines: ['kube-system   azure-cns-tfs6f   1/1   Running   0   6d1h   10.241.163.134   aks-nodepool1-31400841-vm', '  ss000002   <none>   <none>'], kinds: ['row', 'noise'], cells: [['kube-system', 'azure-cns-tfs6f', '1/1', 'Running', '0', '6d1h', '10.241.163.134', 'aks-nodepool1-31400841-vm']], problems: [[1, 'headerless-row']] },
    { name: 'a name and READY alone with nothing to join is no row', lines: ['web-0-x7k2p   1/1'], kinds: ['problem'], cells: [], problems: [[1, 'unrecognised-line']] },
    { name: 'a headerless row and its rest', lines: ['pod/efs-csi-node-dgqnp   3/3   Running   19   4', '1m'], kinds: ['row', 'row'], cells: [['pod/efs-csi-node-dgqnp', '3/3', 'Running', '19', '41m']], problems: [[1, 'headerless-row'], [2, 'row-continued']] },
    { name: 'prose after a cut-off row is not its rest', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-1   1/1     Running   0', 'thanks'], kinds: ['header', 'row', 'noise'], cells: [['web-1', '1/1', 'Running', '0']], problems: [[2, 'truncated-row']] },
    { name: 'the next row is not the rest of a cut-off one', lines: ['NAME    READY   STATUS    RESTARTS   AGE   IP           NODE', 'web-1   1/1     Running   0          5d', 'web-2   1/1     Running   0          5d    10.244.2.6   w2-k8s'], kinds: ['header', 'row', 'row'], cells: [['web-1', '1/1', 'Running', '0', '5d'], ['web-2', '1/1', 'Running', '0', '5d', '10.244.2.6', 'w2-k8s']], problems: [[2, 'truncated-row']] },
    { name: 'more values than the missing columns hold are not its rest', lines: ['NAME    READY   STATUS    RESTARTS   AGE   IP', 'web-1   1/1     Running   0          5d', '10.0.0.1 10.0.0.2 10.0.0.3 10.0.0.4'], kinds: ['header', 'row', 'problem'], cells: [['web-1', '1/1', 'Running', '0', '5d']], problems: [[2, 'truncated-row'], [3, 'unrecognised-line']] },
    { name: 'a generated name alone: the row cut after it', lines: ['NAME                          READY   STATUS    RESTARTS   AGE', 'prometheus-67cdb66cbb-9w2hm   1/1     Running   0          5d', 'prometheus-67cdb66cbb-9w2hp'], kinds: ['header', 'row', 'row'], cells: [['prometheus-67cdb66cbb-9w2hm', '1/1', 'Running', '0', '5d'], ['prometheus-67cdb66cbb-9w2hp']], problems: [[3, 'truncated-row']] },
    { name: 'a StatefulSet pod\'s name alone as the table\'s last line, a fence after it: the row cut after it (am/05)', lines: ['NAME                     READY   STATUS    RESTARTS   AGE', 'signoze-query-service-0  1/1     Running   0          3h4m', 'signoze-zookeeper-0', '```'], kinds: ['header', 'row', 'row', 'noise'], cells: [['signoze-query-service-0', '1/1', 'Running', '0', '3h4m'], ['signoze-zookeeper-0']], problems: [[3, 'truncated-row']] },
    { name: 'a StatefulSet pod\'s name alone as the input\'s last line: the row cut after it', lines: ['NAME                     READY   STATUS    RESTARTS   AGE', 'signoze-query-service-0  1/1     Running   0          3h4m', 'signoze-zookeeper-0'], kinds: ['header', 'row', 'row'], cells: [['signoze-query-service-0', '1/1', 'Running', '0', '3h4m'], ['signoze-zookeeper-0']], problems: [[3, 'truncated-row']] },
    { name: 'a name with an ordinal alone, more text after it: no row', lines: ['NAME                     READY   STATUS    RESTARTS   AGE', 'signoze-query-service-0  1/1     Running   0          3h4m', 'step-1', 'then restart it'], kinds: ['header', 'row', 'noise', 'noise'], cells: [['signoze-query-service-0', '1/1', 'Running', '0', '3h4m']], problems: [] },
    { name: 'a word alone is no row', lines: ['NAME                          READY   STATUS    RESTARTS   AGE', 'prometheus-67cdb66cbb-9w2hm   1/1     Running   0          5d', 'kube-system'], kinds: ['header', 'row', 'noise'], cells: [['prometheus-67cdb66cbb-9w2hm', '1/1', 'Running', '0', '5d']], problems: [] },
    { name: 'a name alone where NAMESPACE comes first is no row', lines: ['NAMESPACE   NAME                          READY   STATUS    RESTARTS   AGE', 'monitoring  prometheus-67cdb66cbb-9w2hm   1/1     Running   0          5d', 'prometheus-67cdb66cbb-9w2hp'], kinds: ['header', 'row', 'noise'], cells: [['monitoring', 'prometheus-67cdb66cbb-9w2hm', '1/1', 'Running', '0', '5d']], problems: [] },
    { name: 'a word at a cut-off row\'s end that fits no column is said, not dropped in silence', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'backend-66dc85d977-k8gpf    0/1     ErrImageNeverPull   0   gp18'], kinds: ['header', 'row'], cells: [['backend-66dc85d977-k8gpf', '0/1', 'ErrImageNeverPull', '0']], problems: [[2, 'row-fallback'], [2, 'truncated-row'], [2, 'value-left-out']] },
    { name: 'a sentence ending in a colon after the table is no row cut off', lines: ['NAMESPACE       NAME                          READY   STATUS    RESTARTS   AGE', 'cilium-test-2   lrp-backend-6d6784c5f-qqz4w   0/1     Pending   0          5m47s', '', 'pod status:'], kinds: ['header', 'row', 'blank', 'noise'], cells: [['cilium-test-2', 'lrp-backend-6d6784c5f-qqz4w', '0/1', 'Pending', '0', '5m47s']], problems: [] },
    { name: 'prose of three words under a NAMESPACE-first table is no row', lines: ['NAMESPACE     NAME               READY   STATUS    RESTARTS   AGE', 'kube-system   kube-proxy-bwrl5   1/1     Running   0          29m', '', 'Some prose here.', 'the pod works'], kinds: ['header', 'row', 'blank', 'noise', 'noise'], cells: [['kube-system', 'kube-proxy-bwrl5', '1/1', 'Running', '0', '29m']], problems: [] },
    { name: 'a NAMESPACE-first row cut in its READY is a row', lines: ['NAMESPACE     NAME               READY   STATUS    RESTARTS   AGE', 'kube-system   kube-proxy-bwrl5   1/1     Running   0          29m', 'kube-system   kube-proxy-x5qj8   1/'], kinds: ['header', 'row', 'row'], cells: [['kube-system', 'kube-proxy-bwrl5', '1/1', 'Running', '0', '29m'], ['kube-system', 'kube-proxy-x5qj8']], problems: [[3, 'row-fallback'], [3, 'truncated-row'], [3, 'value-left-out']] },
    { name: 'a prompt after a cut-off row is a prompt', lines: ['NAME    READY   STATUS    RESTARTS   AGE', 'web-1   1/1     Running   0', '$ kubectl get nodes'], kinds: ['header', 'row', 'prompt'], cells: [['web-1', '1/1', 'Running', '0']], problems: [[2, 'truncated-row']] },
    { name: 'one word too many in RESTARTS is a damaged cell, not a cut-off row: AGE reads (hunt av/21)', lines: ['NAME                    READY   STATUS    RESTARTS      AGE', 'keycloak-0              1/1     Running   1 0   36m', 'keycloak-postgresql-0   1/1     Running   0             36m'], kinds: ['header', 'row', 'row'], cells: [['keycloak-0', '1/1', 'Running', '', '36m'], ['keycloak-postgresql-0', '1/1', 'Running', '0', '36m']], problems: [[2, 'cell-unread'], [2, 'row-fallback']] },
    { name: "the last column's <none> short of its '>' (hunt db/20): the row whole", lines: ['NAME       READY   STATUS    RESTARTS   AGE     IP           NODE           NOMINATED NODE   READINESS GATES', 'alpine01   1/1     Running   1          14m     10.42.1.90   raspiworker1   <none>           <none'], kinds: ['header', 'row'], cells: [['alpine01', '1/1', 'Running', '1', '14m', '10.42.1.90', 'raspiworker1', '<none>', '<none>']], problems: [] },
    { name: 'NOMINATED NODE\'s <none> cut: READINESS GATES lost too, still cut off', lines: ['NAME       READY   STATUS    RESTARTS   AGE     IP           NODE           NOMINATED NODE   READINESS GATES', 'alpine01   1/1     Running   1          14m     10.42.1.90   raspiworker1   <none'], kinds: ['header', 'row'], cells: [['alpine01', '1/1', 'Running', '1', '14m', '10.42.1.90', 'raspiworker1']], problems: [[2, 'truncated-row']] },
    { name: 'the last <none> down to <no: too little left to tell', lines: ['NAME       READY   STATUS    RESTARTS   AGE     IP           NODE           NOMINATED NODE   READINESS GATES', 'alpine01   1/1     Running   1          14m     10.42.1.90   raspiworker1   <none>           <no'], kinds: ['header', 'row'], cells: [['alpine01', '1/1', 'Running', '1', '14m', '10.42.1.90', 'raspiworker1', '<none>']], problems: [[2, 'truncated-row']] },
    { name: 'a row cut inside RESTARTS, its last word no AGE, stays cut off', lines: ['NAME         READY   STATUS    RESTARTS      AGE', 'keycloak-0   1/1     Running   1 (3m'], kinds: ['header', 'row'], cells: [['keycloak-0', '1/1', 'Running']], problems: [[2, 'truncated-row']] },
  ])('a row the paste broke over two lines: $name', ({ lines, kinds, cells, problems }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.rows.map((x) => x.cells)).toEqual(cells);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual(problems);
  });
  describe("an IP cell holding the row's own node name (an author who put node names for addresses, hunt cu/29)", () => {
    const header = 'NAME                                       READY   STATUS    RESTARTS   AGE   IP              NODE';
    test.each([
      { name: 'two rows: read, their IP hidden, one problem for the run', lines: [header, 'calico-kube-controllers-758d8d4948-9nrz4   1/1     Running   0          33m   172.16.26.2     node-1', 'calico-node-59vg6                          1/1     Running   0          77m   node-3          node-3', 'calico-node-nd6jm                          1/1     Running   0          28m   node-2          node-2'], ips: ['172.16.26.2', '<node-3>', '<node-2>'], problems: [[3, 4, 'ip-named']] },
      { name: 'out of line with the header, read by its values', lines: [header, 'calico-node-59vg6   1/1   Running   0   77m   node-3   node-3'], ips: ['<node-3>'], problems: [[2, undefined, 'ip-named'], [2, undefined, 'row-fallback']] },
      { name: 'a name in IP unlike the NODE is no address known: not read', lines: [header, 'calico-node-59vg6                          1/1     Running   0          77m   node-4          node-3'], ips: [], problems: [[2, undefined, 'unrecognised-line'], [1, undefined, 'header-without-rows']] },
    ])('$name', ({ lines, ips, problems }) => {
      const r = readTables(lines);
      expect(r.rows.map((x) => x.cells[5])).toEqual(ips);
      expect(r.problems.map((p) => [p.line, p.through, p.code])).toEqual(problems);
    });
  });
  describe('every <none> dropped by a page that read it as an HTML tag', () => {
    const header = 'NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES';
    const row = (n: number) => `web-${n}   1/1     Running   0          5d    10.244.2.${n}   w2-k8s`;
    test('rows that all end before NOMINATED NODE: one problem for the run, the rows whole', () => {
      const r = readTables([header, row(1), row(2), row(3)]);
      expect(r.kinds).toEqual(['header', 'row', 'row', 'row']);
      expect(r.problems.map((p) => [p.line, p.through, p.code])).toEqual([[2, 4, 'none-lost']]);
      expect(r.rows.map((x) => x.cells[6])).toEqual(['w2-k8s', 'w2-k8s', 'w2-k8s']);
    });
    test('one row so cut is a cut row', () => {
      const r = readTables([header, `${row(1)}   <none>           <none>`, row(2)]);
      expect(r.problems.map((p) => [p.line, p.code])).toEqual([[3, 'truncated-row']]);
    });
    test.each([
      { name: "one row whose spaces run on under NOMINATED NODE: its cells' text dropped, not cut (hunt cw/04)", lines: [header, `${row(1)}            `], problems: [[2, 'none-lost']] },
      { name: 'one row ending where its text does is cut off', lines: [header, row(1)], problems: [[2, 'truncated-row']] },
      { name: 'one row whose spaces stop short of NOMINATED NODE is cut off', lines: [header, `${row(1)}  `], problems: [[2, 'truncated-row']] },
      { name: 'a header padded as well (a console padding every line) says nothing', lines: [`${header}     `, `${row(1)}            `], problems: [[2, 'truncated-row']] },
    ])('$name', ({ lines, problems }) => {
      const r = readTables(lines);
      expect(r.problems.map((p) => [p.line, p.code])).toEqual(problems);
      expect(r.rows.map((x) => x.cells[6])).toEqual(['w2-k8s']);
    });
    test('a row cut before its NODE is no dropped <none>', () => {
      const r = readTables([header, row(1), row(2), 'web-3   1/1     Running   0          5d']);
      expect(r.problems.map((p) => [p.line, p.code])).toEqual([[2, 'none-lost'], [4, 'truncated-row']]);
    });
    test('its problem stays in line order with the others', () => {
      const r = readTables([header, row(1), row(2), '$ kubectl get nodes', 'NAME    READY   STATUS    RESTARTS   AGE', 'x']);
      expect(r.problems.map((p) => [p.line, p.code])).toEqual([[2, 'none-lost'], [5, 'header-without-rows']]);
    });
  });
  test.each([
    { name: 'get pods -o custom-columns: its header is a pod table', lines: ['$ kubectl get pods -A -o custom-columns=NAME:.metadata.name,STATUS:.status.phase,NODE:.spec.nodeName', 'NAME                STATUS    NODE', 'calico-node-tfk2s   Running   r86s'], kinds: ['prompt', 'header', 'row'], pod: true },
    { name: 'custom columns the command names (POD:metadata.name)', lines: ['$ kubectl get po -o custom-columns=POD:metadata.name,NODE:spec.nodeName', 'POD                          NODE', 'kube-scheduler-nasa-master   nasa-master'], kinds: ['prompt', 'header', 'row'], pod: true },
    { name: "another resource's custom columns named the same way are not pods", lines: ['$ kubectl get svc -o custom-columns=SVC:metadata.name,IP:spec.clusterIP', 'SVC   IP', 'web   10.96.0.10'], kinds: ['prompt', 'noise', 'noise'], pod: false },
    { name: 'custom columns without a command: NAME and two pod columns', lines: ['NAMESPACE     NAME                IP              NODE', 'kube-system   calico-node-2pm4f   192.168.1.103   w3-k8s'], kinds: ['header', 'row'], pod: true },
    { name: 'custom columns that start with NODE', lines: ['NODE                 NAMESPACE     NAME            STATUS', 'abcd-control-plane   kube-system   kindnet-9vnvc   Running'], kinds: ['header', 'row'], pod: true },
    { name: 'another resource\'s custom columns are not pods', lines: ['$ kubectl get nodes -o custom-columns=NAME:.metadata.name,STATUS:.status.phase,IP:.status.addresses[0].address', 'NAME     STATUS    IP', 'node-1   Ready     10.0.0.1'], kinds: ['prompt', 'header', 'other-table'], pod: false },
    { name: "KubeVirt's VMs (STATUS before READY) are not pods", lines: ['NAME                              AGE   STATUS    READY', 'virtualmachine.kubevirt.io/rhel   14m   Running   True'], kinds: ['header', 'other-table'], pod: false },
    { name: "Flux's Kustomizations (AGE before READY) are not pods", lines: ['NAMESPACE     NAME                AGE     READY   STATUS', 'flux-system   apps                3d21h   True    Applied revision: main/c45837b5720973a2d24ed12b62db144ab448f498'], kinds: ['header', 'other-table'], pod: false },
    { name: 'kubectl top pods is not a pod table', lines: ['NAME                CPU(cores)   MEMORY(bytes)', 'calico-node-2pm4f   25m          80Mi'], kinds: ['header', 'other-table'], pod: false },
    { name: "kubectl tree's ownership tree is another table (hunt bz/27)", lines: ['NAMESPACE    NAME                              READY  REASON  AGE', 'kube-system  Deployment/coredns                -              44m'], kinds: ['header', 'other-table'], pod: false },
    { name: "kubectl-ice's tree is another table (hunt bz/26)", lines: ['NAMESPACE  NAME                                 READY  STARTED  RESTARTS  STATE    REASON  EXIT-CODE  SIGNAL  AGE', 'ice           └─Container/nginx                 true   true     0         Running  -       -          -       45h'], kinds: ['header', 'other-table'], pod: false },
    { name: "kubectl-ice's containers are another table, a crash loop among them listed (hunt bz/26)", lines: ['T  PODNAME  CONTAINER    READY  STARTED  RESTARTS  STATE       REASON            EXIT-CODE  SIGNAL  TIMESTAMP            MESSAGE', 'C  web-pod  app-broken   false  false    191       Waiting     CrashLoopBackOff  -          -       -                    back-off 5m0s restarting failed'], kinds: ['header', 'other-table'], pod: false },
    { name: 'crictl ps is another table, not a pod table (hunt bw/08)', lines: ['CONTAINER       IMAGE           CREATED         STATE     NAME          ATTEMPT   POD ID', '1e2f3a4b5c6d7   a1b2c3d4e5f6a   2 hours ago     Running   kube-proxy    0         9f8e7d6c5b4a3'], kinds: ['header', 'other-table'], pod: false },
  ])('$name', ({ lines, kinds, pod }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.podTables.length > 0).toBe(pod);
    expect(r.rows.length).toBe(pod ? 1 : 0);
  });
  test.each([
    { name: 'its -n on the next line', lines: ['$ kubectl get po -o wide --sort-by spec.nodeName', '-n kube-system', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d'], kinds: ['prompt', 'prompt', 'header', 'row'], ns: 'kube-system' },
    { name: 'a diff line is no flag', lines: ['$ kubectl get pods', '--- a/x', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d'], kinds: ['prompt', 'noise', 'header', 'row'], ns: null },
    { name: 'prose after a dash is no flag', lines: ['$ kubectl get pods', '-n is missing here', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d'], kinds: ['prompt', 'noise', 'header', 'row'], ns: null },
    { name: "after a pipe a flag-like line is the last program's output (hunt bv/12)", lines: ['$ kubectl cluster-info dump | grep -- --cluster-cidr', '                            "--cluster-cidr=10.244.0.0/16",'], kinds: ['prompt', 'noise'], ns: null },
  ])('a command a page wrapped without a backslash: $name', ({ lines, kinds, ns }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.commands[0]?.command.namespace ?? null).toBe(ns);
  });
  test.each([
    { name: 'continued with backslashes', lines: ['$ kubectl get pods -n a; \\', 'kubectl get pods -n b; \\', 'kubectl get pods -n c', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d', 'No resources found in b namespace.', 'NAME    READY   STATUS    RESTARTS   AGE', 'api-0   1/1     Running   0          5d'], tables: ['a', 'c'], message: 'b' },
    { name: 'on one line, the first not a get', lines: ['$ kubectl apply -f web.yaml && kubectl get pods -n shop', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d'], tables: ['shop'], message: null },
    { name: 'one command: a watch prints its header again', lines: ['$ kubectl get pods -n a -w', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d'], tables: ['a', 'a'], message: null },
  ])('commands chained on one line each print in turn: $name', ({ lines, tables, message }) => {
    const r = readTables(lines);
    expect(r.podTables.map((t) => t.command?.namespace)).toEqual(tables);
    expect(r.messages.find((m) => m.id === 'no-resources')?.command?.namespace ?? null).toBe(message);
  });
  test('a command continued with backslashes is one command, its lines prompts', () => {
    const r = readTables(['kubectl get pods -A -o=custom-columns=\\', 'NAMESPACE:.metadata.namespace,\\', 'NAME:.metadata.name,\\', 'NODE:.spec.nodeName', 'NAMESPACE     NAME                NODE', 'kube-system   calico-node-2pm4f   w3-k8s']);
    expect(r.kinds).toEqual(['prompt', 'prompt', 'prompt', 'prompt', 'header', 'row']);
    expect(r.commands[0]?.command.output).toBe('custom-columns=NAMESPACE:.metadata.namespace,NAME:.metadata.name,NODE:.spec.nodeName');
  });
  test.each([
    { name: 'default columns', text: 'NAME READY STATUS RESTARTS AGE nfs-server-rxvf7 1/1 Running 0 77m wordpress-859f989bbb-8r5zh 1/1 Running 0 47s', names: ['nfs-server-rxvf7', 'wordpress-859f989bbb-8r5zh'] },
    { name: 'restarts with their time, wide columns', text: 'NAME READY STATUS RESTARTS AGE IP NODE NOMINATED NODE READINESS GATES web-0 1/1 Running 2 (5m ago) 5d 10.0.0.5 n1 <none> <none> web-1 0/1 Pending 0 5d <none> <none> <none> <none>', names: ['web-0', 'web-1'] },
    { name: 'a gate of n/m is not a row start', text: 'NAME READY STATUS RESTARTS AGE IP NODE NOMINATED NODE READINESS GATES web-0 1/1 Running 0 5d 10.0.0.5 n1 <none> 0/1 web-1 1/1 Running 0 5d 10.0.0.6 n1 <none> 1/1', names: ['web-0', 'web-1'] },
    { name: 'a header alone', text: 'NAME READY STATUS RESTARTS AGE', names: null },
    { name: 'the next prompt glued after the last row', text: 'NAME READY STATUS RESTARTS AGE web-0 1/1 Running 0 115s web-1 1/1 Running 0 115s (user@eks:default) [root@bastion EKS]# k get node', names: ['web-0', 'web-1'] },
  ])('a table flattened onto one line: $name', ({ text, names }) => {
    const flat = readFlattened(text);
    expect(flat === null ? null : flat.cuts.map((c) => c.cells[0])).toEqual(names);
  });
  test.each([
    { name: "a label before it, the page's \"example output:\" (ee/11)", line: 'exemplo de saida: NAME READY STATUS RESTARTS AGE coredns-66bff467f8-pfm2c 1/1 Running 0 8d etcd-docker-01 1/1 Running 0 8d', rows: ['coredns-66bff467f8-pfm2c', 'etcd-docker-01'], kinds: ['row'] },
    { name: 'a label with a full-width colon', line: '输出结果： NAME READY STATUS RESTARTS AGE coredns-66bff467f8-pfm2c 1/1 Running 0 8d', rows: ['coredns-66bff467f8-pfm2c'], kinds: ['row'] },
    { name: 'a sentence naming the columns is no table', line: 'The columns are: NAME READY STATUS RESTARTS AGE, in that order.', rows: [], kinds: ['noise'] },
    { name: 'a long sentence before the header is no label', line: 'After a while, when everything has settled and the operator has started: NAME READY STATUS RESTARTS AGE web-0 1/1 Running 0 5d', rows: [], kinds: ['noise'] },
  ])('a table flattened onto the line after a label: $name', ({ line, rows, kinds }) => {
    const r = readTables([line]);
    expect(r.rows.map((x) => x.cells[0])).toEqual(rows);
    expect(r.kinds).toEqual(kinds);
  });
  test('an old nodes table (NAME STATUS AGE, the role in STATUS) is nodes, not namespaces', () => {
    const r = readTables(['NAME      STATUS         AGE', 'master1   Ready,master   3m', 'node1     Ready          1m']);
    expect(r.otherTables.map((t) => t.kind)).toEqual(['node']);
    expect(r.nodeRows.map((n) => [n.name, n.status, n.roles])).toEqual([['master1', 'Ready,master', ['master']], ['node1', 'Ready', []]]);
  });
  test.each([
    { name: 'a blog\'s single-spaced table (hunt au/18)', lines: ['NAME READY STATUS RESTARTS AGE', 'worker-5f7d8c9b6d-h4kpz 0/1 OOMKilled 3 (30s ago) 6m18s', 'web-0 1/1 Running 0 7m'], problems: [[2, 'table-unpadded', 3]] },
    { name: 'one row', lines: ['NAME READY STATUS RESTARTS AGE', 'log-shipper-6c8f9-2pq4r 0/1 Evicted 0 7m'], problems: [[2, 'table-unpadded', undefined]] },
    { name: 'single-spaced rows under a padded header are out of line', lines: ['NAME      READY   STATUS    RESTARTS   AGE', 'web-0 1/1 Running 0 7m'], problems: [[2, 'row-fallback', undefined]] },
    { name: 'an -L column, a value in every row (hunt bi/09)', lines: ['NAME READY STATUS RESTARTS AGE RUN', 'ghost-3378155678-eq5i6 1/1 Running 0 10m ghost', 'nginx-3771699605-4v27e 1/1 Running 1 1h nginx'], problems: [[2, 'table-unpadded', 3]] },
    { name: 'LABELS last, a value in it', lines: ['NAME READY STATUS RESTARTS AGE LABELS', 'web-0 1/1 Running 0 7m app=web,pod-template-hash=5d8f9'], problems: [[2, 'table-unpadded', undefined]] },
    { name: 'an -L column left empty: a value may have slid, read by shapes', lines: ['NAME READY STATUS RESTARTS AGE RUN', 'web-0 1/1 Running 0 7m'], problems: [[2, 'row-fallback', undefined]] },
    { name: 'a Markdown table, cells between pipes (ee/25)', lines: ['|NAME|READY|STATUS|RESTARTS|AGE|', '|webapp|1/2|ErrImagePull|0|12s|', '|web-0|1/1|Running|0|7m|'], problems: [[2, 'table-piped', 3]] },
    { name: 'a Markdown table quoted, its header behind the mark (ee/23)', lines: ['>|NAME|READY|STATUS|RESTARTS|AGE|', '|nginx-1847574710-9lhwp|0/1|ContainerCreating|0|3h|'], problems: [[2, 'table-piped', undefined]] },
    { name: 'a Markdown table whose cells keep uneven padding is a Markdown table, not rows out of line (ee/16)', lines: ['| NAME |    READY |  STATUS  |  RESTARTS |  AGE|', '|svclb-traefik-kjbbr     |                 2/2   |  Running   |         6    |      4d23h|'], problems: [[2, 'table-piped', undefined]] },
  ])('a table without column padding is said as that, not as rows out of line: $name', ({ lines, problems }) => {
    const r = readTables(lines);
    expect(r.rows).toHaveLength(lines.length - 1);
    expect(r.problems.map((p) => [p.line, p.code, p.through])).toEqual(problems);
  });
  test.each([
    { name: "cert-manager's ClusterIssuers under -o wide (hunt as/29)", lines: ['[root@master68 cm-vault]# kubectl get clusterissuers -o wide', 'NAME           READY   STATUS           AGE', 'vault-issuer   True    Vault verified   2m57s'], kind: 'clusterissuers' },
    { name: 'a custom kind without -o', lines: ['$ kubectl get certificates', 'NAME   READY   STATUS   AGE', 'web    True    Issued   5m'], kind: 'certificates' },
  ])('a pod-like header without RESTARTS under another kind\'s get is that kind\'s: $name', ({ lines, kind }) => {
    const r = readTables(lines);
    expect([r.podTables.length, r.otherTables.map((t) => [t.kind, t.rows]), r.problems]).toEqual([0, [[kind, 1]], []]);
  });
  test.each([
    { name: "a pod header after a get nodes' table ended (hunt by/07)", lines: ['kubectl get nodes', 'NAME   STATUS   ROLES           AGE    VERSION', 'note   Ready    control-plane   3d2h   v1.35.5+k3s1', '```', '', '```', 'NAMESPACE      NAME                            READY   STATUS', 'cert-manager   cert-manager-68756bcf6f-f4flp   1/1     Running'], pods: [1], other: [['node', 1]] },
    { name: "the same kind's header again under its get stays that kind's", lines: ['$ kubectl get certificates', 'NAME   READY   STATUS   AGE', 'web    True    Issued   5m', '', 'NAME   READY   STATUS   AGE', 'api    True    Issued   6m'], pods: [], other: [['certificates', 1], ['certificates', 1]] },
    { name: "a get of several kinds prints several headers, each that command's", lines: ['$ kubectl get svc,certificates', 'NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE', 'web    ClusterIP   10.0.0.1     <none>        80/TCP    5m', '', 'NAME   READY   STATUS   AGE', 'web    True    Issued   5m'], pods: [], other: [['service', 1], ['unknown', 1]] },
    { name: "describe's indented events under an ingress table are no rows of it (hunt ch/16)", lines: ['NAME           CLASS    HOSTS          ADDRESS   PORTS     AGE', 'itop-ingress   <none>   itsm.ka0s.io             80, 443   5h32m', 'Events:', '  Type     Reason     Age                   From               Message', '  ----     ------     ----                  ----               -------', '  Normal   Scheduled  12m                   default-scheduler  Successfully assigned itop/itop-55f7b4bcb5-5t82x to k8-node-20', '  Warning  BackOff    2m14s (x47 over 12m)  kubelet            Back-off restarting failed container init-itop-files in pod itop-55f7b4bcb5-5t82x_itop(96028a29)'], pods: [], other: [['ingress', 1]] },
  ])('a command prints one header per kind it lists: $name', ({ lines, pods, other }) => {
    const r = readTables(lines);
    expect([r.podTables.map((t) => t.rows), r.otherTables.map((t) => [t.kind, t.rows])]).toEqual([pods, other]);
  });
  test('a pod table with RESTARTS left out under get pods stays a pod table', () => {
    const r = readTables(['$ kubectl get pods -o wide', 'NAME    READY   STATUS    AGE   NODE', 'web-0   1/1     Running   5d    n1']);
    expect(r.podTables.map((t) => t.rows)).toEqual([1]);
  });
  test.each([
    { name: 'Secrets without their header (hunt as/03)', lines: ['all-icr-io                 kubernetes.io/dockerconfigjson        1      4m18s', 'sysdig-agent               Opaque                                1      4m20s'] },
    { name: 'with a namespace first (-A)', lines: ['default   helm-release-x   helm.sh/release.v1   1   2d'] },
    { name: 'events with LAST SEEN elided (hunt ch/09)', lines: ['... Normal   Killing           pod/resize-demo   Container app resize requires restart', '... Normal   ResizeCompleted   pod/resize-demo   Pod resize completed: ...'] },
    { name: 'events with an age and a namespace (get events -A)', lines: ['kube-system   5m   Warning   BackOff   pod/web-0   Back-off restarting failed container web'] },
    { name: 'kubectl events: a count after LAST SEEN, the object by its Kind (eq/01)', lines: ['15s (x5 over 105s)     Warning   Unhealthy                Pod/rocketchat-rocketchat-79988457b5-p4qph           Readiness probe failed: connection refused', '0s (x4 over 54s)       Warning   BackOff                  Pod/rocketchat-rocketchat-79988457b5-p4qph           Back-off restarting failed container rocketchat'] },
  ])('headerless Secret rows are another kind\'s, no problem: $name', ({ lines }) => {
    const r = readTables(lines);
    expect([r.rows.length, r.problems, r.kinds.every((k) => k === 'other-table')]).toEqual([0, [], true]);
  });
  test("events under a pod table are another kind's rows, not prose (hunt ch/09)", () => {
    const r = readTables(['NAME          READY   STATUS    RESTARTS     AGE', 'resize-demo   1/1     Running   1 (0s ago)   16s', '', '... Normal   Killing           pod/resize-demo   Container app resize requires restart']);
    expect([r.rows.length, r.kinds]).toEqual([1, ['header', 'row', 'blank', 'other-table']]);
  });
  test('a sentence naming Normal stays prose', () => {
    expect(readTables(['It looks Normal now, see pod/web-0 for details']).kinds).toEqual(['noise']);
  });
  test('a namespaces table stays one', () => {
    const r = readTables(['NAME          STATUS   AGE', 'default       Active   3d', 'kube-system   Active   3d']);
    expect(r.otherTables.map((t) => t.kind)).toEqual(['namespace']);
    expect(r.nodeRows).toEqual([]);
  });
  test('kubectl 1.6-1.7 printed nodes without ROLES', () => {
    const r = readTables(['NAME      STATUS     AGE   VERSION', 'node-1    NotReady   5d    v1.7.3']);
    expect(r.nodeRows.map((n) => [n.name, n.status])).toEqual([['node-1', 'NotReady']]);
  });
  test.each([
    { name: 'after | grep', line: 'worker-2   NotReady   <none>   12d   v1.28.2', want: ['worker-2', 'NotReady', [], null] },
    { name: 'several roles', line: 'cp-1   Ready   control-plane,master   30d   v1.20.4', want: ['cp-1', 'Ready', ['control-plane', 'master'], null] },
    { name: '-o wide', line: 'myk8s-worker   Ready   <none>   3m10s   v1.32.2   172.19.0.2   <none>   Debian GNU/Linux 12 (bookworm)   6.10.14-linuxkit   containerd://2.0.3', want: ['myk8s-worker', 'Ready', [], '172.19.0.2'] },
    { name: 'kubectl 1.6-1.7, the role in STATUS', line: 'master1   Ready,SchedulingDisabled,master   5d   v1.7.3', want: ['master1', 'Ready,SchedulingDisabled,master', ['master'], null] },
    { name: 'a vendor version', line: '10.0.240.5   NotReady   <none>   434d   v1.18.4-tke.14', want: ['10.0.240.5', 'NotReady', [], null] },
  ])('a nodes row without its header is a node: $name', ({ line, want }) => {
    const r = readTables([line]);
    expect(r.nodeRows.map((n) => [n.name, n.status, n.roles, n.internalIp])).toEqual([want]);
    expect(r.kinds).toEqual(['other-table']);
  });
  test.each([
    { name: 'a pod row', line: 'kube-system   coredns-5d78c9869d-6cfbg   1/1   Running   0   5d' },
    { name: 'no version', line: 'worker-2   NotReady   <none>   12d' },
    { name: 'prose', line: 'node1 Ready to go v1.2.3 soon' },
    { name: 'a version where the age goes', line: 'worker-2   Ready   <none>   v1.28.2   12d' },
  ])('not a node row: $name', ({ line }) => expect(readTables([line]).nodeRows).toEqual([]));
  test.each([
    { name: "an agent's JSON result", line: '{"tool": "kubectl_get", "data": "NAMESPACE     NAME      READY   STATUS    RESTARTS   AGE\\naiops   web-0   1/1   Running   0   5h"}' },
    { name: "Ansible's stdout", line: 'changed: [localhost] => {"stdout": "NAME      READY   STATUS    RESTARTS   AGE\\njenkins-7bd46c4b67-xjwll   1/1   Running   0   2m"}' },
  ])('a pod table inside a JSON string is said, not lost in silence: $name', ({ line }) => {
    const r = readTables([line]);
    expect(r.kinds).toEqual(['problem']);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([[1, 'escaped-table']]);
  });
  test.each([
    { name: 'behind Ginkgo\'s INFO: (dt/03)', lines: ['INFO: POD                                NODE                            PHASE    CONDITIONS', 'INFO: kibana-logging-v1-uxb35            e2e-test-maxforbes-minion-xevg  Pending  []', 'INFO: POD                                NODE                            PHASE    CONDITIONS'], kinds: ['problem', 'noise', 'noise'] },
    { name: 'with GRACE, behind a dated INFO: (dt/04)', lines: ['Jan 27 14:19:27.072: INFO: POD                          NODE                           PHASE    GRACE  CONDITIONS'], kinds: ['problem'] },
    { name: 'a sentence that says phase', lines: ['The POD NODE PHASE CONDITIONS columns are explained below'], kinds: ['noise'] },
  ])("the e2e framework's pod dump is said once, not lost in silence: $name", ({ lines, kinds }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.problems.map((p) => p.code)).toEqual(kinds.includes('problem') ? ['e2e-pod-table'] : []);
  });
  test("a script's line under a nodes table is no node (Current Ready nodes = 2 of 2)", () => {
    const r = readTables(['NAME                                       STATUS   ROLES    AGE     VERSION', 'ip-10-0-1-228.eu-west-1.compute.internal   Ready    <none>   39s     v1.17.12', 'Current Ready nodes = 2 of 2']);
    expect(r.nodeRows.map((n) => n.name)).toEqual(['ip-10-0-1-228.eu-west-1.compute.internal']);
  });
  test.each([
    { name: "Vagrant's machine name", prefix: '    node1: ', every: true },
    { name: "Terraform's local-exec", prefix: 'null_resource.deploy_oke_nginx (local-exec): ', every: true },
    { name: "sudo's password prompt before the header only", prefix: '[sudo] password for fpapale: ', every: false },
    { name: "a script's short sentence before the header only", prefix: 'Pod is ready: ', every: false },
    { name: "odo's [oc] tag before every line (hunt bl/31)", prefix: '[oc] ', every: true },
    { name: 'a [stdout] tag before every line', prefix: '[stdout] ', every: true },
  ])('a tool\'s prefix before the header is cut where it repeats: $name', ({ prefix, every }) => {
    const table = ['NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE', 'kube-system   coredns-5d78c9869d-6cfbg   1/1     Running   0          3m', 'kube-system   etcd-node1                 1/1     Running   0          3m'];
    const r = readTables(table.map((l, i) => (every || i === 0 ? prefix + l : l)));
    expect(r.kinds).toEqual(['header', 'row', 'row']);
    expect(r.rows.map((x) => [x.cells[1], x.readBy])).toEqual([['coredns-5d78c9869d-6cfbg', 'offsets'], ['etcd-node1', 'offsets']]);
  });
  test.each([
    { name: "date's output and ' : ', a second apart (fb/04)", stamps: ['Mon Oct 11 04:20:21 UTC 2021 : ', 'Mon Oct 11 04:20:24 UTC 2021 : ', 'Mon Oct 11 04:21:12 UTC 2021 : '], rows: 2 },
    { name: 'a day under 10 padded with a space', stamps: ['Tue Feb  1 09:00:01 CET 2022 : ', 'Tue Feb  1 09:00:02 CET 2022 : ', 'Tue Feb  1 09:00:03 CET 2022 : '], rows: 2 },
    { name: 'a 12-hour clock with no zone', stamps: ['Wed Mar 15 10:02:03 PM 2023 : ', 'Wed Mar 15 10:02:04 PM 2023 : ', 'Wed Mar 15 10:02:05 PM 2023 : '], rows: 2 },
  ])('a time stamp before every line, each its own, is cut by its shape: $name', ({ stamps, rows }) => {
    const table = ['NAME                 READY   STATUS    RESTARTS   AGE', 'vmstorage-vm-0       1/1     Running   0          39m', 'vmstorage-vm-1       0/1     Pending   0          1s'];
    const lines = table.map((l, i) => `${stamps[i]}${l}`);
    const r = readTables(lines, undefined, pasteMarkup(lines.join('\n')));
    expect([r.kinds, r.rows.map((x) => [x.cells[0], x.readBy]), r.problems.map((p) => p.code)]).toEqual([['header', 'row', 'row'], [['vmstorage-vm-0', 'offsets'], ['vmstorage-vm-1', 'offsets']].slice(0, rows), []]);
  });
  test.each([
    { name: "Vagrant's machine name before a wait loop's rows", prefix: '    hashiqube0: ', rows: 3 },
    { name: "Terraform's local-exec before rows piped through grep", prefix: 'null_resource.x (local-exec): ', rows: 3 },
  ])('a tool\'s prefix before headerless rows is cut when a run of lines carries it: $name', ({ prefix, rows }) => {
    const lines = ['gitlab-gitaly-0                               0/1     PodInitializing   0              6m1s', 'gitlab-kas-5b56ddf464-qnqp7                   1/1     Running           3 (3m7s ago)   6m1s', 'gitlab-toolbox-557cf9866-cd5fb                1/1     Running           0              6m1s'].map((l) => prefix + l);
    const r = readTables(lines, undefined, pasteMarkup(lines.join('\n')));
    expect(r.rows.map((x) => x.cells[0])).toEqual(['gitlab-gitaly-0', 'gitlab-kas-5b56ddf464-qnqp7', 'gitlab-toolbox-557cf9866-cd5fb'].slice(0, rows));
  });
  test.each([
    { name: 'a prompt in brackets is no tag', lines: ['[root@m1 ~] NAME   READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d'] },
    { name: 'a tag with a space in it is no tool\'s', lines: ['[my tool] NAME   READY   STATUS    RESTARTS   AGE', '[my tool] web-0   1/1     Running   0          5d'] },
  ])('no tag prefix: $name', ({ lines }) => {
    expect(readTables(lines, undefined, pasteMarkup(lines.join('\n'))).kinds[0]).not.toBe('header');
  });
  test("odo's log: the command in brackets, then the [oc]-tagged table it printed (hunt bl/31)", () => {
    const lines = ['Running oc with args [oc get pods -n cmd-service-test218byx]', '[oc] NAME                                     READY   STATUS     RESTARTS   AGE', '[oc] example-jgg6bc6ppk                       0/1     Init:0/1   0          57s'];
    const r = readTables(lines, undefined, pasteMarkup(lines.join('\n')));
    expect(r.kinds).toEqual(['prompt', 'header', 'row']);
    expect(r.rows.map((x) => [x.cells[0], x.command?.namespace])).toEqual([['example-jgg6bc6ppk', 'cmd-service-test218byx']]);
  });
  test.each([
    { name: 'a repeated warning at the margin', lines: ['Warning: web-0   1/1   Running   0   5m', 'Warning: web-1   1/1   Running   0   5m', 'Warning: web-2   1/1   Running   0   5m'] },
    { name: 'only two lines behind the prefix', lines: ['    node1: web-0   1/1   Running   0   5m', '    node1: web-1   1/1   Running   0   5m', 'web-2   1/1   Running   0   5m'] },
  ])('no run prefix: $name', ({ lines }) => {
    expect(prefixedRunAt(lines.join('\n'))).toBe(-1);
  });
  test.each([
    { name: 'the same prefix', raw: 'null_resource.x[0] (local-exec): NAME', length: 33 },
    { name: 'another copy of a counted resource', raw: 'null_resource.x[1] (local-exec): NAME', length: 33 },
    { name: 'a copy numbered past 9', raw: 'null_resource.x[12] (local-exec): NAME', length: 34 },
    { name: 'another resource', raw: 'null_resource.y[1] (local-exec): NAME', length: 0 },
    { name: 'no index', raw: 'null_resource.x (local-exec): NAME', length: 0 },
    { name: 'a word for an index', raw: 'null_resource.x[a] (local-exec): NAME', length: 0 },
  ])('prefixLength of a counted resource\'s prefix: $name', ({ raw, length }) => {
    expect(prefixLength(raw, 'null_resource.x[0] (local-exec): ')).toBe(length);
  });
  test("a word in brackets is no index: sudo's prompt matches only itself", () => {
    expect(prefixLength('[sudx] password for a: NAME', '[sudo] password for a: ')).toBe(0);
  });
  test("Terraform's copies of one resource interleave their tables: both are read", () => {
    const p = (i: number): string => `null_resource.deploy_oke_nginx[${i}] (local-exec): `;
    const r = readTables([`${p(1)}NAME          READY   STATUS    RESTARTS   AGE`, `${p(1)}oke-fsspod2   1/1     Running   0          2m1s`, `${p(0)}NAME          READY   STATUS    RESTARTS   AGE`, `${p(0)}oke-fsspod1   1/1     Running   0          2m1s`]);
    expect(r.kinds).toEqual(['header', 'row', 'header', 'row']);
    expect(r.rows.map((x) => x.cells[0])).toEqual(['oke-fsspod2', 'oke-fsspod1']);
  });
  test('prose before a colon and a header is no prefix', () => {
    const r = readTables(['The output was as follows, with many words before it: NAME   READY   STATUS', 'web-0   1/1   Running']);
    expect(r.kinds[0]).not.toBe('header');
  });
  test('READY with a space before its slash reads as one value', () => {
    const r = readTables(['NAME READY STATUS RESTARTS AGE', 'pathways-head-0-0-n848j 2 /2 Running 0 49s']);
    expect(r.rows.map((x) => x.cells)).toEqual([['pathways-head-0-0-n848j', '2/2', 'Running', '0', '49s']]);
  });
  test('trailing spaces trimmed: a second piece wider than the first is no wrap', () => {
    const r = readTables(['NAMESPACE     NAME          READY   STATUS    RESTARTS', 'AGE   IP             NODE              NOMINATED NODE   READINESS GATES   EXTRA', 'kube-system   etcd-m-k8s    1/1     Running   0']);
    expect(r.problems.map((p) => p.code)).not.toContain('lines-unwrapped');
  });
  test.each([' # 新: 起動完了', '   <-- this one', ' ← here', ' <<< this runner pod'])('a note after a row out of line with its header is left out too:%s', (note) => {
    const r = readTables(['NAME                  READY   STATUS    RESTARTS   AGE', `app-799cf86db-j2zdf   1/1     Running           0               13s${note}`]);
    expect(r.rows[0]?.cells).toEqual(['app-799cf86db-j2zdf', '1/1', 'Running', '0', '13s']);
    expect(r.problems.map((p) => p.code)).toEqual(['row-fallback', 'trailing-text']);
  });
  test.each([
    { name: 'collapsed to single spaces (hunt bi/09)', lines: ['NAME READY STATUS RESTARTS AGE LABELS', 'ghost-3378155678-eq5i6 1/1 Running 0 11m foo=bar, pod-template-hash=3378155678,run=ghost'], labels: 'foo=bar, pod-template-hash=3378155678,run=ghost', problems: ['table-unpadded'] },
    { name: 'a padded table, the row out of line', lines: ['NAME                     READY   STATUS    RESTARTS   AGE   LABELS', 'ghost-3378155678-eq5i6 1/1 Running 0 11m foo=bar, run=ghost'], labels: 'foo=bar, run=ghost', problems: ['row-fallback'] },
  ])("a space a page put after a comma of --show-labels' LABELS: the words are that last column's: $name", ({ lines, labels, problems }) => {
    const r = readTables(lines);
    expect([r.kinds, r.rows[0]?.cells.at(-1), r.problems.map((p) => p.code)]).toEqual([['header', 'row'], labels, problems]);
  });
  test.each([
    { name: 'a word with no label after the comma', line: 'web-0 1/1 Running 0 7m app=web, see' },
    { name: 'a label after no comma', line: 'web-0 1/1 Running 0 7m app=web run=x' },
  ])('words after LABELS that are no comma-led labels are no part of it: $name', ({ line }) => {
    const r = readTables(['NAME READY STATUS RESTARTS AGE LABELS', line]);
    expect(r.rows[0]?.cells.at(-1)).not.toBe(line.slice(line.indexOf('app=')));
  });
  test.each([
    { name: "a check mark padded to a plugin's column (hunt bf/21)", row: 'aws-node-6wpkg   2/2     Running   i-065f30faa9db7f949   ✓      c', cells: ['aws-node-6wpkg', '2/2', 'Running', 'i-065f30faa9db7f949', '✓', 'c'] },
    { name: 'a cross in the same column', row: 'aws-node-4fzrk   2/2     Running   i-0ed734f56ed35c352   ✗      b', cells: ['aws-node-4fzrk', '2/2', 'Running', 'i-0ed734f56ed35c352', '✗', 'b'] },
    { name: 'a mark one space before the name still comes off', row: '❌ web-0         0/1     Error     i-065f30faa9db7f949   x      c', cells: ['web-0', '0/1', 'Error', 'i-065f30faa9db7f949', 'x', 'c'] },
  ])('a mark that stands as a column\'s value is kept: $name', ({ row, cells }) => {
    const r = readTables(['NAME             READY   STATUS    NODE                  SPOT   AZ', row]);
    expect(r.rows[0]?.cells).toEqual(cells);
  });
  test('a mark typed after each row (✅) is a note, and the rows are the table\'s', () => {
    const r = readTables(['NAMESPACE         NAME                                  READY   STATUS', 'datastorage-e2e   postgresql-54cb46d876-rqm49          1/1     Running  ✅']);
    expect(r.kinds).toEqual(['header', 'row']);
    expect(r.rows[0]?.cells).toEqual(['datastorage-e2e', 'postgresql-54cb46d876-rqm49', '1/1', 'Running']);
    expect(r.problems.map((p) => p.code)).toEqual(['row-fallback', 'trailing-text']);
  });
  test.each(['84s//啟動成功', '84s  //started'])('a // note after the AGE, glued or not, is left out of it: %s', (end) => {
    const r = readTables(['NAMESPACE   NAME                        READY   STATUS    RESTARTS   AGE', `eda         nginx179-5ddfbfccb8-76qz8   1/1     Running   0          ${end}`]);
    expect(r.rows[0]?.cells.at(-1)).toBe('84s');
    expect(r.problems.map((p) => p.code)).toContain('trailing-text');
  });
  test('the note after a row is left out of the AGE cell', () => {
    const r = readTables(['NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          22s   <-- this one']);
    expect(r.rows[0]?.cells).toEqual(['web-0', '1/1', 'Running', '0', '22s']);
  });
  test.each([
    { name: "a shell comment (hunt az/28)", line: 'k8s-springboot-series-cld6n   1/1     Running   0           15s # Pod mới tạo thêm, image tag là `v2`.', cells: ['k8s-springboot-series-cld6n', '1/1', 'Running', '0', '15s'] },
    { name: 'an arrow', line: 'kube-system   coredns-5d78c9869d-abcde   0/1   CrashLoopBackOff   7   12m   <-- this one', cells: ['kube-system', 'coredns-5d78c9869d-abcde', '0/1', 'CrashLoopBackOff', '7', '12m'] },
    { name: "after -o wide's NODE", line: 'web-0   1/1   Running   0   5d   10.244.1.7   node-1   # the new one', cells: ['web-0', '1/1', 'Running', '0', '5d', '10.244.1.7', 'node-1'] },
    { name: 'an arrow pointing right (ed/04)', line: 'rayjob-sample-n2vj5                            0/1     Completed   0          7m18s => Pod created by a Kubernetes Job', cells: ['rayjob-sample-n2vj5', '0/1', 'Completed', '0', '7m18s'] },
    { name: 'a thin arrow pointing right', line: 'web-0   1/1   Running   0   5d -> the new one', cells: ['web-0', '1/1', 'Running', '0', '5d'] },
    { name: 'a right arrow sign', line: 'web-0   1/1   Running   0   5d \u2192 the new one', cells: ['web-0', '1/1', 'Running', '0', '5d'] },
    { name: 'chevrons pointing back at the row (ex/04)', line: 'ro-runner-52zmh-wxt6k   1/2     Running   0          124m <<< this runner pod', cells: ['ro-runner-52zmh-wxt6k', '1/2', 'Running', '0', '124m'] },
  ])('a note after a whole headerless row is left out, as under a header: $name', ({ line, cells }) => {
    const r = readTables([line]);
    expect([r.kinds, r.rows[0]?.cells, r.problems.map((p) => p.code)]).toEqual([['row'], cells, ['headerless-row', 'trailing-text']]);
  });
  test.each([
    { name: 'after "like below .." (hunt dd/23)', line: 'like below .. ueransim-1638300057-0                         1/2     CrashLoopBackOff   250        20h', cells: ['ueransim-1638300057-0', '1/2', 'CrashLoopBackOff', '250', '20h'] },
    { name: 'its spacing collapsed (hunt dd/24)', line: 'like below .. ueransim-1638300057-0 1/2 CrashLoopBackOff 250 20h', cells: ['ueransim-1638300057-0', '1/2', 'CrashLoopBackOff', '250', '20h'] },
    { name: 'after a capital and a colon', line: 'Output: kube-system   coredns-5d78c9869d-abcde   0/1   CrashLoopBackOff   7   12m', cells: ['kube-system', 'coredns-5d78c9869d-abcde', '0/1', 'CrashLoopBackOff', '7', '12m'] },
    { name: 'after a word ending in a colon', line: 'the pod shows: web-0   1/1   Running   0   5d', cells: ['web-0', '1/1', 'Running', '0', '5d'] },
  ])('a whole headerless row after words leading into it is read, the words said: $name', ({ line, cells }) => {
    const r = readTables([line]);
    expect([r.kinds, r.rows[0]?.cells, r.problems.map((p) => p.code)]).toEqual([['row'], cells, ['headerless-row', 'text-before-row']]);
  });
  test.each([
    { name: 'a sentence naming a pod and its state', line: 'the pod is: web-0 1/1 Running since yesterday' },
    { name: 'a row cut short after the lead-in', line: 'like below .. web-0   1/1' },
    { name: 'no mark ending the lead-in', line: 'like below web-0   1/1   Running   0   5d' },
  ])('words before a pod that is no whole row are not taken for one: $name', ({ line }) => {
    expect(readTables([line]).rows).toEqual([]);
  });
  test.each([
    { name: 'a Portuguese reply restating a row read above (hunt dd/10)', lines: ['NAME        READY   STATUS    RESTARTS   AGE', 'mongodb-0   1/1     Running   0          62s', '', 'Excelente — o fix do MongoDB funcionou. Repara na evolução:', '', 'mongodb-0 está 1/1 Running ✅ (era o bloqueador)'], kinds: ['header', 'row', 'blank', 'noise', 'blank', 'noise'], problems: [] },
    { name: 'the same with no table above', lines: ['mongodb-0 está 1/1 Running (era o bloqueador)'], kinds: ['noise'], problems: [] },
    { name: 'a Chinese sentence naming a pod before its READY stays prose', lines: ['my-pod 现在 1/2 就绪'], kinds: ['noise'], problems: [] },
    { name: 'a word outside ASCII after READY is no sentence: a row that does not read, said', lines: ['some-pod-manual-scheduling   1/1     正在运行   0          26 秒   10.42.2.213   k3d-k3s-default-agent-1   <none>           <none>'], kinds: ['problem'], problems: ['translated-row'] },
  ])('a line with a word no NAMESPACE or NAME holds before its READY is a sentence, not a broken row: $name', ({ lines, kinds, problems }) => {
    const r = readTables(lines);
    expect([r.kinds, r.problems.map((p) => p.code)]).toEqual([kinds, problems]);
  });
  test.each([
    { name: "a translated book's row under its translated header (hunt de/26)", lines: ['$ k get po some-pod-manual-scheduling -o wide', '', '名称                         准备就绪   状态    重启次数   存活时长   IP 地址         节点                      提名节点   就绪门控', '', 'some-pod-manual-scheduling   1/1     正在运行   0          26 秒   10.42.2.213   k3d-k3s-default-agent-1   <none>           <none>'], problems: [[5, 'translated-row', '正在运行']] },
    { name: 'NAMESPACE first, a Spanish STATUS', lines: ['default   web-0   1/1   Ejecutándose   0   5d'], problems: [[1, 'translated-row', 'Ejecutándose']] },
    { name: 'an English row that does not read stays unrecognised', lines: ['web-0   1/1   Running   0   5d   extra   words   here   more   stuff   x'], problems: [[1, 'unrecognised-line', undefined]] },
    { name: "Milvus's Chinese docs, no IP after the row and 秒 apart from its age (ep/33): one row, said", lines: ['my-release-etcd-0                     0/1     运行中             0          16 秒'], problems: [[1, 'translated-row', '运行中']] },
    { name: 'its rows one after another: one problem for the run', lines: ['名称                                  准备就绪   状态              重启次数   年龄', 'my-release-etcd-0                     0/1     运行中             0          16 秒', 'my-release-etcd-1                     0/1     正在创建容器       0          16 秒', 'my-release-pulsar-bookie-init-h6tfz   0/1     初始状态: 0/1        0          15 秒'], problems: [[2, 'translated-row', undefined]] },
  ])('a pod row whose STATUS a translation rewrote is said as translated, not read: $name', ({ lines, problems }) => {
    const r = readTables(lines);
    expect(r.rows).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.code, p.code === 'translated-row' ? /"([^"]+)"/.exec(p.message)?.[1] : undefined])).toEqual(problems);
  });
  test('a row cut short before a comment is not taken for a whole row', () => {
    const r = readTables(['web-0   1/1   # was Running']);
    expect(r.rows.map((x) => x.cells)).not.toContainEqual(['web-0', '1/1']);
  });
  test.each(['coredns-…            0/1  ContainerCreating', 'order-service-...-kb57n   0/1  Running   0'])('a headerless row whose name the paste shortened is a row: %s', (line) => {
    const r = readTables([line]);
    expect(r.kinds).toEqual(['row']);
    expect(r.rows[0]?.cells[0]).toBe(line.split(' ')[0]);
  });
  test.each(['…   0/1   Running', '...more text 1/1 Running'])('dots alone are no name: %s', (line) => {
    expect(readTables([line]).kinds).not.toEqual(['row']);
  });
  test.each([
    { name: '# before each line', mark: '# ' },
    { name: '#> before each line', mark: '#> ' },
    { name: '##### => before each line', mark: '##### => ' },
    { name: '## before each line, a header first (a demo script, hunt ch/14)', mark: '## ' },
    { name: '# glued to each line, no space after it (reading notes, hunt de/25)', mark: '#' },
  ])('output a script commented out, $name, is read', ({ mark }) => {
    const r = readTables(['$ kubectl get pods -A', `${mark}NAMESPACE     NAME                      READY   STATUS    RESTARTS   AGE`, `${mark}kube-system   coredns-ccb96694c-8dxxh   1/1     Running   0          17m`]);
    expect(r.kinds).toEqual(['prompt', 'header', 'row']);
    expect(r.rows[0]?.cells.slice(0, 2)).toEqual(['kube-system', 'coredns-ccb96694c-8dxxh']);
  });
  test("a diff that adds a doc's commented output (+# NAME ..., y/29) is read", () => {
    const r = readTables(['+kubectl get pods', '+', '+# NAME                                 READY   STATUS    RESTARTS   AGE', '+# test-cluster-0-head-vst5j            1/1     Running   0          7m', '+# test-cluster-1-worker-worker-6tzf7   0/1     Pending   0          2m12s']);
    expect(r.kinds).toEqual(['prompt', 'noise', 'header', 'row', 'row']);
    expect(r.rows.map((x) => [x.cells[0], x.readBy])).toEqual([['test-cluster-0-head-vst5j', 'offsets'], ['test-cluster-1-worker-worker-6tzf7', 'offsets']]);
  });
  test.each([
    { name: 'a glued comment with no table open stays text', lines: ['#kubia-manual   1/1     Running   0          11m'], kinds: ['noise'] },
    { name: "curl's answer commented after the table stays text (hunt de/25)", lines: ['k get pods --namespace custom-namespace -o wide', '#NAME           READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES', '#kubia-manual   1/1     Running   0          11m   10.244.1.4   minikube-m02   <none>           <none>', '', "# You've hit kubia-manual"], kinds: ['prompt', 'header', 'row', 'blank', 'noise'] },
  ])('a hash glued to a line marks output only under a header marked so: $name', ({ lines, kinds }) => {
    expect(readTables(lines).kinds).toEqual(kinds);
  });
  test('a root prompt with kubectl stays a prompt, not output commented out', () => {
    const r = readTables(['# kubectl get pods -n web', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d']);
    expect(r.kinds).toEqual(['prompt', 'header', 'row']);
    expect(r.podTables[0]?.command?.namespace).toBe('web');
  });
  test('a Markdown heading under a table of its own marks is no row', () => {
    const r = readTables(['## NAME    READY   STATUS    RESTARTS   AGE', '## web-0   1/1     Running   0          5d', '### Next steps']);
    expect(r.kinds).toEqual(['header', 'row', 'noise']);
  });
  test('a Markdown heading after a table is no commented row', () => {
    const r = readTables(['NAMESPACE     NAME                      READY   STATUS    RESTARTS   AGE', 'kube-system   coredns-ccb96694c-8dxxh   1/1     Running   0          17m', '', '## Kubernetes Software Versions']);
    expect(r.kinds).toEqual(['header', 'row', 'blank', 'noise']);
  });
  test("a headerless row's last word that fits no column is said (a row whose middle columns were cut out)", () => {
    const r = readTables(['dra-example-driver-kubeletplugin-dfqb4   1/1   Running   minikube']);
    expect(r.rows[0]?.cells).toEqual(['dra-example-driver-kubeletplugin-dfqb4', '1/1', 'Running']);
    expect(r.problems.map((p) => p.code)).toEqual(['headerless-row', 'truncated-row', 'value-left-out']);
    expect(r.problems[2]?.message).toContain('"minikube"');
  });
  test("a headerless row's last word shaped as a node's name is its NODE, the columns between cut out by hand (ef/15)", () => {
    const r = readTables(['dra-example-driver-kubeletplugin-dfqb4   1/1   Running   aks-drasim-30601265-vmss000000']);
    expect([r.rows[0]?.cells, r.rows[0]?.columns.map((c) => c.name), r.problems.map((p) => p.code)]).toEqual([['dra-example-driver-kubeletplugin-dfqb4', '1/1', 'Running', 'aks-drasim-30601265-vmss000000'], ['NAME', 'READY', 'STATUS', 'NODE'], ['headerless-row']]);
  });
  test("kubectl 1.0's rc table lists its controllers, not the rows of their other containers (da/05)", () => {
    const r = readTables(['CONTROLLER                 CONTAINER(S)            IMAGE(S)                                         SELECTOR                                   REPLICAS', 'kube-dns-v3                etcd                    gcr.io/google_containers/etcd:2.0.9              k8s-app=kube-dns,version=v3                1', '                           kube2sky                gcr.io/google_containers/kube2sky:1.9                                                       ', 'monitoring-heapster-v1     heapster                gcr.io/google_containers/heapster:v0.13.0        k8s-app=heapster,version=v1                1']);
    expect([r.kinds, r.otherTables.map((t) => [t.kind, t.rows]), r.workloads]).toEqual([['header', 'other-table', 'noise', 'other-table'], [['replicationcontroller', 2]], [{ kind: 'ReplicationController', name: 'kube-dns-v3' }, { kind: 'ReplicationController', name: 'monitoring-heapster-v1' }]]);
  });
  test.each([
    { name: 'old kubectl\'s StatefulSets (DESIRED CURRENT) under get statefulset web', cmd: '$ kubectl get statefulset web', kind: 'statefulset' },
    { name: 'the same columns under get rs', cmd: '$ kubectl get rs', kind: 'rs' },
    { name: 'the same columns with no command', cmd: '', kind: 'replicaset' },
    { name: 'under a get of several kinds that names rc alone (da/04)', cmd: ' kubectl get deployments,svc,rc,pods --all-namespaces', kind: 'replicationcontroller' },
    { name: 'under a get of several kinds that names rs alone', cmd: '$ kubectl get deploy,rs,pods', kind: 'replicaset' },
    { name: 'under a get that names both, still unsure', cmd: '$ kubectl get rc,rs', kind: 'replicaset' },
  ])('columns several kinds printed take the kind the get named: $name', ({ cmd, kind }) => {
    const r = readTables([...(cmd === '' ? [] : [cmd]), 'NAME      DESIRED   CURRENT   AGE', 'web       2         1         19s']);
    expect(r.otherTables.map((t) => [t.kind, t.rows])).toEqual([[kind, 1]]);
  });
  test.each([
    { name: 'kubectl events --for pod/x (1.26+)', cmd: '$ kubectl events --for pod/web-6965c788cf-8vqjh', header: 'LAST SEEN   TYPE     REASON      OBJECT                        MESSAGE', row: '4m46s       Normal   Scheduled   Pod/web-6965c788cf-8vqjh      Successfully assigned default/web-6965c788cf-8vqjh to w1' },
    { name: 'get events, no command', cmd: '', header: 'LAST SEEN   TYPE      REASON    OBJECT              MESSAGE', row: '12s         Warning   BackOff   pod/web-0           Back-off restarting failed container' },
    { name: 'get events -A', cmd: '$ kubectl get events -A', header: 'NAMESPACE   LAST SEEN   TYPE      REASON    OBJECT      MESSAGE', row: 'default     12s         Warning   BackOff   pod/web-0   Back-off restarting failed container' },
  ])('an events table is a table of another kind, its rows its own: $name', ({ cmd, header, row }) => {
    const r = readTables([...(cmd === '' ? [] : [cmd]), header, row]);
    expect([r.otherTables.map((t) => [t.kind, t.rows]), r.rows.length, r.kinds.slice(-2)]).toEqual([[['event', 1]], 0, ['header', 'other-table']]);
  });
  test('a double-spaced nodes table (a blank line after the header) keeps its rows', () => {
    const r = readTables(['NAME       STATUS   ROLES           AGE   VERSION', '', 'minikube   Ready    control-plane   34h   v1.31.0', '']);
    expect([r.otherTables.map((t) => [t.kind, t.rows]), r.nodeRows.map((n) => [n.name, n.status])]).toEqual([[['node', 1]], [['minikube', 'Ready']]]);
  });
  test('the same header pasted twice in a row is one table, not an empty one before it', () => {
    const h = 'NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE';
    const r = readTables([h, h, 'kube-system   coredns-5d78c9869d-ntllx   1/1     Running   0          37s']);
    expect([r.podTables.map((t) => [t.line, t.rows]), r.problems]).toEqual([[[2, 1]], []]);
  });
  test.each([
    { name: 'three times, indented differently', lines: [H2, `  ${H2}`, H2, ROW2], tables: [[3, 1]], kinds: ['header', 'header', 'header', 'row'] },
    { name: 'twice, a prompt between', lines: [H2, '$ kubectl get pods', H2, ROW2], tables: [[1, 0], [3, 1]], kinds: ['header', 'prompt', 'header', 'row'] },
    { name: 'twice, a blank line between', lines: [H2, '', H2, ROW2], tables: [[1, 0], [3, 1]], kinds: ['header', 'blank', 'header', 'row'] },
    { name: 'after a row, as a watch prints it', lines: [H2, ROW2, H2, ROW2], tables: [[1, 1], [3, 1]], kinds: ['header', 'row', 'header', 'row'] },
  ])('a header pasted again ($name) opens the table where a new parse would', ({ lines, tables, kinds }) => {
    const r = readTables(lines);
    expect([r.podTables.map((t) => [t.line, t.rows]), r.kinds, r.rows.map((row) => row.line)]).toEqual([tables, kinds, kinds.flatMap((k, i) => (k === 'row' ? [i + 1] : []))]);
  });
  describe('a table flattened onto its command line, its later rows on lines of their own (l/14, a GKE tutorial)', () => {
    const cells = (ns: string, name: string, age: string): string => `${ns.padEnd(14)}${name.padEnd(8)}${'1/1'.padEnd(8)}${'Running'.padEnd(10)}${'0'.padEnd(11)}${age}`;
    const header = `${'NAMESPACE'.padEnd(14)}${'NAME'.padEnd(8)}${'READY'.padEnd(8)}${'STATUS'.padEnd(10)}${'RESTARTS'.padEnd(11)}AGE`;
    const flat = `$ kubectl get pods -A${header}${cells('kube-system', 'web-0', '5d')}${cells('kube-system', 'web-1', '5d')}`;
    test.each([
      { name: 'rows below, aligned with the header as printed', next: [cells('shop', 'web-2', '4d'), cells('shop', 'web-3', '3d')], readBy: ['tokens', 'tokens', 'offsets', 'offsets'], tables: [[1, 4]], codes: ['flattened-rows'] },
      { name: 'prose below: no table opened', next: ['That is all of them.'], readBy: ['tokens', 'tokens'], tables: [], codes: ['flattened-rows'] },
      { name: 'nothing below', next: [], readBy: ['tokens', 'tokens'], tables: [], codes: ['flattened-rows'] },
    ])('$name', ({ next, readBy, tables, codes }) => {
      const r = readTables([flat, ...next]);
      expect([r.rows.map((row) => row.readBy), r.podTables.map((t) => [t.line, t.rows]), r.problems.map((p) => p.code)]).toEqual([readBy, tables, codes]);
    });
  });
  test('a header with no rows, then another table: still said', () => {
    const r = readTables(['NAME    READY   STATUS    RESTARTS   AGE', '$ kubectl get pods -A', 'NAMESPACE   NAME    READY   STATUS    RESTARTS   AGE', 'shop        web-0   1/1     Running   0          5d']);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([[1, 'header-without-rows']]);
  });
  test.each([
    { name: 'under no command (hunt az/08)', lines: ['NAME         REFERENCE               TARGETS   MINPODS   MAXPODS   REPLICAS   AGE', 'php-apache   Deployment/php-apache   2%/50%    1         10        6          16h'] },
    { name: 'under get horizontalpodautoscalers', lines: ['$ kubectl get horizontalpodautoscalers -A', 'NAMESPACE   NAME         REFERENCE               TARGETS   MINPODS   MAXPODS   REPLICAS   AGE', 'shop        php-apache   Deployment/php-apache   2%/50%    1         10        6          16h'] },
  ])("get hpa's columns are an HPA table: $name", ({ lines }) => {
    const r = readTables(lines);
    expect([r.otherTables.map((t) => [t.kind, t.rows]), r.rows.length]).toEqual([[['hpa', 1]], 0]);
  });
  test.each([
    { name: "under helm 2's ==> v1/ClusterRole (hunt ay/18)", lines: ['==> v1/ClusterRole', 'NAME                                AGE', 'kubefed-role                        1s', 'system:kubefed:admission-requester  1s'], kind: 'clusterrole' },
    { name: 'under get clusterrolebindings', lines: ['$ kubectl get clusterrolebindings', 'NAME                                  ROLE                                              AGE', 'cluster-admin                         ClusterRole/cluster-admin                         30d', 'system:controller:job-controller      ClusterRole/system:controller:job-controller      30d'], kind: 'clusterrolebindings' },
  ])('an RBAC name with colons is a row of its table: $name', ({ lines, kind }) => {
    const r = readTables(lines);
    expect([r.otherTables.map((t) => [t.kind, t.rows]), r.kinds.at(-1)]).toEqual([[[kind, 2]], 'other-table']);
  });
  test('a word with colons under another kind\'s table is no row of it', () => {
    const r = readTables(['$ kubectl get deploy', 'NAME   READY   UP-TO-DATE   AVAILABLE   AGE', 'web    1/1     1            1           5d', 'system:web   1/1   1   1   5d']);
    expect(r.otherTables.map((t) => [t.kind, t.rows])).toEqual([['deployment', 1]]);
  });
  test("a table of a kind this reader does not list takes the kind the get named (get hpa's REFERENCE TARGETS MINPODS)", () => {
    const r = readTables(['$ kubectl get hpa hpa-web-v2', 'NAME         REFERENCE                  TARGETS        MINPODS   MAXPODS   REPLICAS   AGE', 'hpa-web-v2   Deployment/deploy-web-v2   cpu: 49%/50%   1         10        9          10m']);
    expect(r.otherTables.map((t) => [t.kind, t.rows])).toEqual([['hpa', 1]]);
  });
  test.each([
    { name: "get psmdb's NAME REPLSETS READY STATUS AGE (an/31)", lines: ['kubectl get psmdb -n mongodb', '# NAME      REPLSETS   READY   STATUS   AGE', '# mongodb   1           3       ready   5m'], other: [['psmdb', 1]], pods: [], problems: [] },
    { name: 'the same header under no command: a pod table with a column -L added', lines: ['NAME      REPLSETS   READY   STATUS   AGE', 'web-0     rs0        1/1     Running  5m'], other: [], pods: [[1, 1]], problems: [] },
    { name: 'a -L column under get deploy still a pod table', lines: ['$ kubectl get deploy -L tier', 'NAME      READY   STATUS    RESTARTS   AGE   TIER', 'web-0     1/1     Running   0          5m    front'], other: [], pods: [[2, 1]], problems: [] },
    { name: "a pod table's own columns under get deploy", lines: ['$ kubectl get deploy', 'NAME      READY   STATUS    RESTARTS   AGE', 'web-0     1/1     Running   0          5m'], other: [], pods: [[2, 1]], problems: [] },
  ])("a custom resource's table with READY before STATUS, under the get of its kind, is that kind's: $name", ({ lines, other, pods, problems }) => {
    const r = readTables(lines);
    expect([r.otherTables.map((t) => [t.kind, t.rows]), r.podTables.map((t) => [t.line, t.rows]), r.problems.map((p) => p.code)]).toEqual([other, pods, problems]);
  });
  test('a headerless row with a placeholder of words for its IP (<server 2 ipv6>) is read, the placeholder one cell', () => {
    const r = readTables(['kube-system   pod/cilium-zffdk   1/1   Running   0   22m   <server 2 ipv6>  ip-192-168-25-76    <none>           <none>']);
    expect(r.kinds).toEqual(['row']);
    expect(r.rows[0]?.cells.slice(-4)).toEqual(['<server 2 ipv6>', 'ip-192-168-25-76', '<none>', '<none>']);
  });
  test.each([
    { name: 'a tutorial\'s words in braces', ip: '{2번 노드 IP}' },
    { name: 'a template\'s variable with spaces', ip: '{{ node_ip }}' },
    { name: 'a shell variable', ip: '${NODE_IP}' },
    { name: 'words in square brackets', ip: '[master ip]' },
  ])('a row under its header with a stand-in for its IP ($name) is read, the stand-in one cell', ({ ip }) => {
    const r = readTables([
      'NAMESPACE     NAME               READY   STATUS    RESTARTS   AGE   IP             NODE    NOMINATED NODE   READINESS GATES',
      `kube-system   kube-proxy-bx2kq   1/1     Running   0          5m    ${ip}   node1   <none>   <none>`,
    ]);
    expect(r.kinds).toEqual(['header', 'row']);
    expect(r.rows[0]?.cells.slice(-4)).toEqual([ip, 'node1', '<none>', '<none>']);
  });
  test("a row with a README's stand-in of two words for its NODE (`(Node Name)`, fa/11) is read at its offsets, the stand-in one cell", () => {
    const r = readTables([
      'NAME                             READY   STATUS    RESTARTS   AGE     IP             NODE          NOMINATED NODE   READINESS GATES',
      'locust-master-67f6dc68bb-mmkw2   1/1     Running   0          16m     198.18.0.40    (Node Name)   <none>           <none>',
    ]);
    expect([r.kinds, r.problems.map((p) => p.code)]).toEqual([['header', 'row'], []]);
    expect(r.rows[0]?.cells.slice(-4)).toEqual(['198.18.0.40', '(Node Name)', '<none>', '<none>']);
  });
  test('a headerless row ending at a node name reads it as the NODE', () => {
    const r = readTables(['cray-console-node-0   3/3   Terminating   0   16h    ncn-w001']).rows[0];
    expect(r?.columns.map((c) => c.name).at(-1)).toBe('NODE');
    expect(r?.cells.at(-1)).toBe('ncn-w001');
  });
  test('a headerless row ending at an IP reads it as the IP, not a label', () => {
    expect(readTables(['web-0   0/1   Completed   0   20d   100.96.113.92']).rows[0]?.columns.map((c) => c.name).at(-1)).toBe('IP');
  });
  test('a code fence ends a table; a blank line ends another resource\'s table', () => {
    const fenced = readTables(['NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d', '```', 'web-1   1/1     Running   0          5d']);
    expect(fenced.rows.map((x) => x.readBy)).toEqual(['offsets', 'headerless']);
    const svc = readTables(['NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE', 'kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   5d', '', 'deployments are printed twice.']);
    expect(svc.kinds).toEqual(['header', 'other-table', 'blank', 'noise']);
    expect(svc.otherTables[0]?.rows).toBe(1);
  });
  test('prose after a node table makes no nodes', () => {
    const r = readTables(['NAME                 STATUS   ROLES           AGE   VERSION', 'kind-control-plane   Ready    control-plane   5m    v1.30.0', 'Three nodes. The ROLES column shows which one runs the control plane.']);
    expect(r.nodeRows.map((n) => n.name)).toEqual(['kind-control-plane']);
    expect(r.kinds.at(-1)).toBe('noise');
  });
  test('after a command that lists no pods, a line that reads as no pod row is its output', () => {
    const r = readTables(['$ kubectl get deploy', 'test-deploy   1/1     1            1           49s']);
    expect(r.kinds).toEqual(['prompt', 'noise']);
    expect(r.problems).toEqual([]);
  });
  test('a page that lost its line breaks glued each row\'s AGE to the next name: split back', () => {
    const r = readTables(['NAME                       READY   STATUS    RESTARTS   AGEcache-deployer-deployment-79fdf9c5c9-bjnbg   2/2     Running   1          5m3scache-server-5bdf4f4457-48gbp   2/2     Running   0          5m2s']);
    expect(r.rows.map((x) => [x.cells[0], x.cells[4]])).toEqual([['cache-deployer-deployment-79fdf9c5c9-bjnbg', '5m3s'], ['cache-server-5bdf4f4457-48gbp', '5m2s']]);
    expect(r.problems.map((p) => p.code)).toEqual(['flattened-rows']);
  });
  test('the header glued to the command\'s -A, each row\'s last <none> to the next namespace: split back', () => {
    const r = readTables(['$ kubectl get pods -o wide -ANAMESPACE     NAME                                  READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATESkube-system   event-exporter-gke-5479fd58c8-87c5p   2/2     Running   0          13d   10.80.0.3    node-1   <none>           <none>kube-system   fluentbit-gke-64fld   2/2     Running   0          13d   10.128.0.5   node-1   <none>           <none>']);
    expect(r.rows.map((x) => [x.cells[0], x.cells[1], x.cells[7]])).toEqual([['kube-system', 'event-exporter-gke-5479fd58c8-87c5p', 'node-1'], ['kube-system', 'fluentbit-gke-64fld', 'node-1']]);
    expect(r.commands[0]?.command.allNamespaces).toBe(true);
  });
  test('a table flattened onto the command line is a problem, and the command ends at its header', () => {
    const r = readTables(['$ kubectl get pod --all-namespaces NAMESPACE NAME READY STATUS RESTARTS AGE default nginx-dd9796d66-5chbr 1/1 Running 0 3d1h']);
    expect(r.problems.map((p) => p.code)).toEqual(['flattened-rows']);
    expect(r.commands[0]?.command.text).toBe('kubectl get pod --all-namespaces');
    expect(r.commands[0]?.command.allNamespaces).toBe(true);
  });
  test.each([
    { name: 'a bold command glued to its header, columns far apart', line: '**$ kubectl get po -A** NAMESPACE     NAME                        READY   STATUS    RESTARTS   AGE', problems: [] },
    { name: 'columns close together', line: '$ kubectl get po -A NAMESPACE NAME READY STATUS RESTARTS AGE', problems: ['row-fallback'] },
    { name: 'NAMESPACE glued to the last flag, the line break lost (df/12)', line: '$ kubectl get po --all-namespacesNAMESPACE NAME READY STATUS RESTARTS AGE', problems: ['row-fallback'] },
  ])('a header alone after the command heads the rows below it: $name', ({ line, problems }) => {
    const r = readTables([line, 'kube-system   coredns-5c98d7d4d8-5pxs8    1/1     Running   0          2m', 'kube-system   kube-proxy-557gw            1/1     Running   0          2m']);
    expect(r.kinds).toEqual(['header', 'row', 'row']);
    expect(r.rows.map((x) => [x.cells[0], x.cells[1], x.cells[3]])).toEqual([['kube-system', 'coredns-5c98d7d4d8-5pxs8', 'Running'], ['kube-system', 'kube-proxy-557gw', 'Running']]);
    expect(r.commands.map((c) => [c.line, c.command.allNamespaces])).toEqual([[1, true]]);
    expect(r.problems.map((p) => p.code)).toEqual(problems);
  });
  test('commands typed one after another, then their output: the pod table is the one listing pods\' (not the last command\'s)', () => {
    const r = readTables(['kubectl get deploy,pod -n starfleet', 'kubectl get deploy -n istio-system', '', 'NAME                                      READY   UP-TO-DATE   AVAILABLE   AGE', 'deployment.apps/starfleet-gateway-istio   1/1     1            1           2s', '', 'NAME                                          READY   STATUS    RESTARTS   AGE', 'pod/starfleet-gateway-istio-cc6f7bf56-4jm7d   1/1     Running   0          2s', 'NAME     READY   UP-TO-DATE   AVAILABLE   AGE', 'istiod   1/1     1            1           14m']);
    expect(r.podTables.map((t) => t.command?.namespace)).toEqual(['starfleet']);
    expect(r.rows.map((x) => x.command?.namespace)).toEqual(['starfleet']);
  });
  test.each([
    { name: 'a NAME AGE table after the pods is the next command\'s kind', second: 'kubectl get clustertrainingruntimes', pods: 1, other: ['name-age'] },
    { name: 'a NAME AGE table after the pods under two pod listings stays pods', second: 'kubectl get pods -n b', pods: 2, other: [] },
  ])('commands in one block, their outputs in another: $name', ({ second, pods, other }) => {
    const r = readTables(['```', 'kubectl get pods -n kubeflow-system', second, '```', '```', 'NAME                                   READY   STATUS    RESTARTS   AGE', 'jobset-controller-manager-58555b47c7-ltrck   1/1     Running   0          2m55s', '', 'NAME                     AGE', 'deepspeed-distributed    114s', 'mlx-distributed          114s', '```']);
    expect(r.podTables.length).toBe(pods);
    expect(r.otherTables.map((t) => t.kind)).toEqual(other);
  });
  test('a command after output starts afresh: its pod table is its own', () => {
    const r = readTables(['kubectl get pods -n a', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d', 'kubectl get deploy -n b', 'NAME                                          READY   STATUS    RESTARTS   AGE', 'web-1   1/1     Running   0          5d']);
    expect(r.podTables.map((t) => t.command?.namespace)).toEqual(['a', 'b']);
  });
  test.each([
    { name: "a program's Error: line in the logs kubectl printed is its output", lines: ['$ kubectl -n kube-system logs metrics-server-6d684c7b5-gk8p9', 'Error: Get https://10.43.0.1:443/api: dial tcp 10.43.0.1:443: connect: connection refused'], kinds: ['prompt', 'noise'] },
    { name: "kubectl's own error after logs is a message", lines: ['$ kubectl logs web-0', 'error: a container name must be specified for pod web-0'], kinds: ['prompt', 'message'] },
    { name: 'Error: after a get is kubectl\'s', lines: ['$ kubectl get pods --bogus', 'Error: unknown flag: --bogus'], kinds: ['prompt', 'message'] },
  ])('$name', ({ lines, kinds }) => {
    expect(readTables(lines).kinds).toEqual(kinds);
  });
  test("a table cut to NAME READY under get sts,po whose row names a StatefulSet is that StatefulSet's, not a pod's", () => {
    const r = readTables(['kubectl get sts,po -n kafka', 'NAME                                READY', 'statefulset.apps/kafka-controller   3/3', '', 'NAME                     READY   STATUS', 'pod/kafka-controller-0   1/1     Running']);
    expect(r.kinds).toEqual(['prompt', 'header', 'other-table', 'blank', 'header', 'row']);
    expect(r.rows.map((x) => x.cells[0])).toEqual(['pod/kafka-controller-0']);
    expect(r.podTables.map((t) => t.line)).toEqual([5]);
  });
  test.each([
    { name: "kubeapps up's NAMESPACE NAME STATUS of pod/ names is the pods' table (vmware-tanzu/kubeapps#113)", lines: ['NAMESPACE\tNAME                                     \tSTATUS ', 'kubeapps \tpod/mongodb-f55447769-m6tsn              \tPending', 'kubeapps \tpod/kubeless-ui-587f9b9cfd-cwfz8         \tPending'], kinds: ['header', 'row', 'row'], pods: [1], other: [] },
    { name: 'NAME STATUS over pod/ names, without a namespace', lines: ['NAME                       STATUS', 'pod/web-7d4b9c6f5d-x2k9p   Running'], kinds: ['header', 'row'], pods: [1], other: [] },
    { name: "NAME STATUS over another kind's names stays that kind's", lines: ['NAME                 STATUS', 'deployment.apps/web   Running'], kinds: ['header', 'other-table'], pods: [], other: [1] },
    { name: "old kubectl's StatefulSets under DESIRED CURRENT are StatefulSets by their names (dq/05)", lines: ['NAMESPACE\tNAME              \tDESIRED\tCURRENT', 'kubeless \tstatefulsets/kafka\t1      \t1      '], kinds: ['header', 'other-table'], pods: [], other: [1], otherKinds: ['statefulset'] },
    { name: 'ReplicaSets under DESIRED CURRENT stay ReplicaSets', lines: ['NAMESPACE   NAME                        DESIRED   CURRENT   READY   AGE', 'default     replicaset.apps/web-7d4b9c   1         1         1       5d'], kinds: ['header', 'other-table'], pods: [], other: [1], otherKinds: ['replicaset'] },
    { name: 'NAME STATUS AGE over pod/ names is left as it was read', lines: ['NAME                       STATUS    AGE', 'namespace/web              Active    5d'], kinds: ['header', 'other-table'], pods: [], other: [1] },
  ])('$name', ({ lines, kinds, pods, other, otherKinds }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.podTables.map((t) => t.line)).toEqual(pods);
    expect(r.otherTables.map((t) => t.line)).toEqual(other);
    if (otherKinds !== undefined) expect(r.otherTables.map((t) => t.kind)).toEqual(otherKinds);
  });
  test('only a get tells how the table below reads', () => {
    const r = readTables(['$ kubectl create deploy test --image httpd -n web', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d']);
    expect(r.podTables[0]?.command).toBeNull();
  });
  test('prose around a table is noise, not a problem', () => {
    const r = readTables(['컴포넌트 리스트', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d', 'That is all.']);
    expect(r.kinds).toEqual(['noise', 'header', 'row', 'noise']);
    expect(r.problems).toEqual([]);
  });
});

describe('Markdown tables without outer pipes (a spreadsheet pasted into GitHub)', () => {
  const WIDE_BARE = [
    'NAME | READY | STATUS | RESTARTS | AGE | IP | NODE | NOMINATED   NODE | READINESS   GATES',
    '-- | -- | -- | -- | -- | -- | -- | -- | --',
    'tidb-scheduler-74b466874d-vdlfv | 2/2 | Running | 0 | 77m | 10.1.11.170 | node14.n.local | &lt;none&gt; | &lt;none&gt;',
    'tidb-cl-p75hgq-pd-2 | 1/1 | Running | 2 | 4m24s | 10.1.11.172 | node14.n.local | &lt;none&gt; | &lt;none&gt;',
  ];
  test.each([
    { name: 'the minimal table', lines: ['NAME | READY | STATUS | RESTARTS | AGE', '-- | -- | -- | -- | --', 'web-0 | 1/1 | Running | 0 | 5m'], names: ['web-0'], last: '5m' },
    { name: '-o wide with escaped <none>', lines: WIDE_BARE, names: ['tidb-scheduler-74b466874d-vdlfv', 'tidb-cl-p75hgq-pd-2'], last: '<none>' },
  ])('read as a pod table: $name', ({ lines, names, last }) => {
    const r = readTables(lines, undefined, pasteMarkup(lines.join('\n')));
    expect(r.kinds).toEqual(['header', 'noise', ...names.map(() => 'row')]);
    expect(r.rows.map((x) => x.cells[0])).toEqual(names);
    expect(r.rows.map((x) => x.cells[x.cells.length - 1])).toEqual(names.map(() => last));
    expect(r.problems.filter((p) => p.code === 'unrecognised-line')).toEqual([]);
  });
  test('without a separator line, bare pipes are not read as a table', () => {
    const lines = ['NAME | READY | STATUS | RESTARTS | AGE', 'web-0 | 1/1 | Running | 0 | 5m'];
    expect(readTables(lines, undefined, pasteMarkup(lines.join('\n'))).rows).toEqual([]);
  });
});

describe('rows in a GitHub task list', () => {
  test.each([
    { name: 'open checkboxes', lines: ['- [ ] web-6ffc96ffbc-p2jgk   0/1   Unknown   5   26m', '- [ ] init-jr2dm   0/2   Completed   0   26m'] },
    { name: 'ticked checkboxes', lines: ['- [x] web-6ffc96ffbc-p2jgk   0/1   Unknown   5   26m', '- [X] init-jr2dm   0/2   Completed   0   26m'] },
  ])('read as headerless rows: $name', ({ lines }) => {
    const r = readTables(lines);
    expect(r.rows.map((x) => [x.cells[0], x.cells[2]])).toEqual([['web-6ffc96ffbc-p2jgk', 'Unknown'], ['init-jr2dm', 'Completed']]);
  });
});

describe('headers as people write them', () => {
  const ROWS = ['| kube-system | coredns-55cb58b774-4zmfn | 1/1   | Running | 0        | 2m29s |', '| kube-system | etcd-k8s-master-node     | 1/1   | Running | 0        | 2m45s |'];
  test.each([
    { name: 'title case, Pod Name (a Markdown report)', header: '| Namespace   | Pod Name                 | Ready | Status  | Restarts | Age   |' },
    { name: 'lower case, pod', header: '| namespace   | pod                      | READY | STATUS  | RESTARTS | AGE   |' },
    { name: 'Portuguese NOME and IDADE', header: '| NAMESPACE   | NOME                     | READY | STATUS  | RESTARTS | IDADE |' },
    { name: 'Spanish NOMBRE and EDAD', header: '| NAMESPACE   | NOMBRE                   | READY | STATUS  | RESTARTS | EDAD  |' },
    { name: 'capitals with POD for NAME', header: '| NAMESPACE   | POD                      | READY | STATUS  | RESTARTS | AGE   |' },
  ])('a pod header, read as kubectl prints it: $name', ({ header }) => {
    const r = readTables([header, '|-------------|--------------------------|-------|---------|----------|-------|', ...ROWS]);
    expect(r.kinds).toEqual(['header', 'noise', 'row', 'row']);
    expect(r.podTables.map((t) => t.columns)).toEqual([['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']]);
    expect(r.rows.map((x) => [x.cells[1], x.cells[5], x.readBy])).toEqual([['coredns-55cb58b774-4zmfn', '2m29s', 'offsets'], ['etcd-k8s-master-node', '2m45s', 'offsets']]);
    expect(r.problems).toEqual([]);
  });
  test('NÓ (Portuguese) is NODE, and a line with it is a header though it is no line of ASCII capitals', () => {
    const r = readTables(['| NAMESPACE   | NOME             | READY | STATUS  | RESTARTS | IDADE | IP         | NÓ     |', '| default     | java-api-5j62l   | 1/1   | Running | 0        | 22m   | 10.244.0.1 | node-0 |']);
    expect(r.podTables.map((t) => t.columns)).toEqual([['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE']]);
    expect(r.rows[0]?.cells).toEqual(['default', 'java-api-5j62l', '1/1', 'Running', '0', '22m', '10.244.0.1', 'node-0']);
  });
  test.each([
    { name: 'kubectl\'s names where the others were, a shorter one padded', input: 'Namespace   Pod Name   Ready   Status', expected: 'NAMESPACE   NAME       READY   STATUS' },
    { name: 'a longer one where there is room', input: 'pod   Ready   Status   Nó', expected: 'NAME  READY   STATUS   NODE' },
    { name: 'two-word names in lower case', input: 'name   ready   status   nominated node   readiness gates', expected: 'NAME   READY   STATUS   NOMINATED NODE   READINESS GATES' },
    { name: 'one word that is no column name', input: 'Name   Ready   Status   Owner', expected: null },
  ])('spelledPodHeader: $name', ({ input, expected }) => expect(spelledPodHeader(input)).toBe(expected));
  test('NÓ written with a combining accent (as a Mac may paste it) is NODE too', () => {
    const r = readTables(['NAMESPACE   NOME     READY   STATUS    NO\u0301', 'default     web-0    1/1     Running   node-0']);
    expect(r.podTables.map((t) => t.columns)).toEqual([['NAMESPACE', 'NAME', 'READY', 'STATUS', 'NODE']]);
  });
  test("the same names in another resource's header of capitals are kubectl's too (a Deployments table)", () => {
    const r = readTables(['| NAMESPACE   | NOME          | READY | UP-TO-DATE | AVAILABLE | IDADE |', '| default     | java-api      | 2/2   | 2          | 2         | 22m   |']);
    expect(r.otherTables.map((t) => [t.kind, t.columns])).toEqual([['deployment', ['NAMESPACE', 'NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']]]);
    expect(r.workloads).toEqual([{ kind: 'Deployment', name: 'java-api' }]);
  });
  test.each([
    { name: 'a sentence naming the columns', line: 'Name, Ready and Status of the pods are below' },
    { name: 'column names with a word that is none', line: 'Name   Ready   Status   Notes' },
    { name: 'no READY: another kind may print NAME STATUS AGE', line: 'Name   Status   Age' },
    { name: 'a name twice', line: 'Pod   Name   Ready   Status' },
    { name: 'NAME longer than pod with one space before Ready: offsets cannot hold', line: 'pod Ready Status Restarts Age' },
    { name: "kubectl top's POD stays top's", line: 'POD   NAME   CPU(cores)   MEMORY(bytes)' },
  ])('not a pod header: $name', ({ line }) => {
    const r = readTables([line, 'web-0   1/1   Running   0   5d']);
    expect(r.podTables).toEqual([]);
  });
  test.each([
    { name: 'on a header', lines: ['+NAME                           READY   STATUS    RESTARTS   AGE # <1>', '+logging-loki-ruler-1           0/1     Pending   0          16m'] },
    { name: 'on a header and a row', lines: ['NAME                           READY   STATUS    RESTARTS   AGE  <1>', 'logging-loki-ruler-1           0/1     Pending   0          16m  # <2>'] },
  ])('an AsciiDoc callout is markup, not a column: $name', ({ lines }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(['header', 'row']);
    expect(r.rows.map((x) => [x.cells, x.readBy])).toEqual([[['logging-loki-ruler-1', '0/1', 'Pending', '0', '16m'], 'offsets']]);
    expect(r.problems).toEqual([]);
  });
});

describe('a STATUS of several words (an old kubelet put a container\'s runtime error there whole, r/03)', () => {
  const RPC = 'rpc error: code = 2 desc = failed to start container "2bb82c74": Error response from daemon: {"message":"invalid header field value"}';
  test.each([
    { name: 'headerless, under a get of one namespace', lines: ['$ kubectl get pods -n kube-system', `heapster-v1.2.0-559699904-ksjfs   1/2       ${RPC}   3          32s`], cells: ['heapster-v1.2.0-559699904-ksjfs', '1/2', RPC, '3', '32s'], readBy: 'headerless', codes: ['headerless-row'] },
    { name: 'headerless, NAMESPACE first', lines: [`kube-system   heapster-v1.2.0-559699904-ksjfs   1/2   ${RPC}   3   32s`], cells: ['kube-system', 'heapster-v1.2.0-559699904-ksjfs', '1/2', RPC, '3', '32s'], readBy: 'headerless', codes: ['headerless-row'] },
    { name: 'headerless, with -o wide\'s IP and NODE after the AGE', lines: [`web-7d4b9c7f6d-abcde   0/1   ${RPC}   5   2m   10.244.1.7   node-1`], cells: ['web-7d4b9c7f6d-abcde', '0/1', RPC, '5', '2m', '10.244.1.7', 'node-1'], readBy: 'headerless', codes: ['headerless-row'] },
    { name: 'under its header, which the message overflows', lines: ['NAME                              READY     STATUS    RESTARTS   AGE', `heapster-v1.2.0-559699904-ksjfs   1/2       ${RPC}   3          32s`], cells: ['heapster-v1.2.0-559699904-ksjfs', '1/2', RPC, '3', '32s'], readBy: 'tokens', codes: ['row-fallback'] },
    { name: "aligned under its header, the message's column padded to it (kubectl before 1.0, hunt db/10)", lines: ['NAME            READY     REASON                                         RESTARTS   AGE', 'example-pao7a   0/1       Image: nginx is ready, container is creating   0          1h'], cells: ['example-pao7a', '0/1', 'Image: nginx is ready, container is creating', '0', '1h'], readBy: 'offsets', codes: [] },
    { name: 'a message with two spaces in it: not where the header says, read by its tokens', lines: ['NAME            READY     REASON                                          RESTARTS   AGE', 'example-pao7a   0/1       Image: nginx is ready,  container is creating   0          1h'], cells: ['example-pao7a', '0/1', 'Image: nginx is ready, container is creating', '0', '1h'], readBy: 'tokens', codes: ['row-fallback'] },
    { name: 'a message holding numbers: RESTARTS and AGE are the last pair', lines: ['web-0   0/1   rpc error: code = 4 desc = context deadline exceeded after 30 5s   7   3m'], cells: ['web-0', '0/1', 'rpc error: code = 4 desc = context deadline exceeded after 30 5s', '7', '3m'], readBy: 'headerless', codes: ['headerless-row'] },
    { name: "a missing Secret's NotFound, under a header whose names were shortened by hand (dy/14)", lines: ['NAME                       READY     STATUS                                    RESTARTS   AGE', 'my-deployment-2   0/1       secrets "my-secret" not found   0          49s'], cells: ['my-deployment-2', '0/1', 'secrets "my-secret" not found', '0', '49s'], readBy: 'tokens', codes: ['row-fallback'] },
    { name: "a missing ConfigMap's NotFound, headerless", lines: ['web-7d4b9c7f6d-abcde   0/1   configmaps "app-config" not found   0   2m'], cells: ['web-7d4b9c7f6d-abcde', '0/1', 'configmaps "app-config" not found', '0', '2m'], readBy: 'headerless', codes: ['headerless-row'] },
  ])('read as a row, the message its STATUS: $name', ({ lines, cells, readBy, codes }) => {
    const r = readTables(lines);
    expect(r.rows.map((x) => [x.cells, x.readBy])).toEqual([[cells, readBy]]);
    expect(r.kinds[r.kinds.length - 1]).toBe('row');
    expect(r.problems.map((p) => p.code)).toEqual(codes);
  });
  test.each([
    { name: 'prose with a fraction and a count, no colon', line: 'web-0 1/2 was fine until it restarted 3 5m ago' },
    { name: 'prose saying something was not found, unquoted', line: 'web-0 1/2 the secret was not found 3 5m' },
    { name: 'a sentence whose first word is capitalised', line: 'Step 1/2 failed: see the log, retried 3 5m' },
    { name: 'words after the AGE that fit no column', line: 'web-0 1/2 failed: no 3 5m and then some more words' },
    { name: 'under a get that lists no pods', line: 'web-0   1/2   rpc error: code = 2 desc = x   3   5m', before: '$ kubectl get deploy -n x' },
  ])('not a row: $name', ({ line, before }) => {
    const r = readTables(before === undefined ? [line] : [before, line]);
    expect(r.rows).toEqual([]);
  });
});

describe('a shell line after a table of every namespace is no row (r/16)', () => {
  const table = ['kc get pods --all-namespaces=true -o wide', 'NAMESPACE     NAME                                     READY     STATUS             RESTARTS   AGE       NODE', 'kube-system   heapster-v1.1.0.beta1-3608176707-edbv4   0/4       CrashLoopBackOff   132        2h        test.kube-cluster.host1'];
  test.each([
    { name: 'cat of a file, after prose', after: ['', 'the yaml:', 'cat heapster-controller.yaml'] },
    { name: 'vi of a file, after a blank line', after: ['', 'vi deploy.yaml'] },
    { name: 'a shell command word and a path, right under the rows', after: ['less /var/log/syslog'] },
    { name: 'a file name alone with a namespace-like word', after: ['mynotes values-prod.yml'] },
    { name: 'two names after prose', after: ['', 'and then this one:', 'kube-system   heapster-v1.1.0.beta1-3608176707-zzzzz'] },
  ])('$name', ({ after }) => {
    const r = readTables([...table, ...after]);
    expect(r.rows.map((x) => x.line)).toEqual([3]);
    expect(r.kinds[r.kinds.length - 1]).toBe('noise');
    expect(r.problems).toEqual([]);
  });
  test('a row cut off at its NAME right under the rows is still one', () => {
    const r = readTables([...table, 'kube-system   heapster-v1.1.0.beta1-3608176707-zzzzz']);
    expect(r.rows.map((x) => [x.line, x.cells])).toEqual([[3, table[2]?.split(/ +/)], [4, ['kube-system', 'heapster-v1.1.0.beta1-3608176707-zzzzz']]]);
    expect(r.problems.map((p) => p.code)).toContain('truncated-row');
  });
});

describe('`get pods` typed without kubectl, right above a pod header (t/24)', () => {
  const header = 'NAME                         READY   STATUS             RESTARTS      AGE';
  const row = 'cloudcore-587c8f99b5-5fk4f   0/1     CrashLoopBackOff   2 (15s ago)   59s';
  test.each([
    { name: 'a blank line between', lines: ['get pods -n kubeedge', '', header, row], at: 1, ns: 'kubeedge' },
    { name: 'right above', lines: ['get po -n kubeedge -o wide', header, row], at: 1, ns: 'kubeedge' },
    { name: 'with -A', lines: ['some prose', 'get pods -A', 'NAMESPACE   NAME    READY   STATUS    RESTARTS   AGE', 'shop        web-0   1/1     Running   0          5d'], at: 2, ns: null },
  ])('read as the command that printed it: $name', ({ lines, at, ns }) => {
    const r = readTables(lines);
    expect(r.commands.map((c) => [c.line, c.command.text, c.command.namespace])).toEqual([[at, lines[at - 1], ns]]);
    expect(r.kinds[at - 1]).toBe('prompt');
    expect(r.rows.map((x) => x.command?.namespace ?? null)).toEqual([ns]);
  });
  test.each([
    { name: 'not above a header', lines: ['get pods -n kubeedge', 'it shows nothing'] },
    { name: 'prose between', lines: ['get pods -n kubeedge', 'shows:', header, row] },
    { name: 'a get of another kind', lines: ['get deploy -n kubeedge', header, row] },
    { name: 'a get of pods above a deployments header', lines: ['get pods -n kubeedge', 'NAME        READY   UP-TO-DATE   AVAILABLE   AGE', 'cloudcore   0/1     1            0           59s'] },
    { name: 'three blank lines between', lines: ['get pods -n kubeedge', '', '', '', header, row] },
  ])('prose otherwise: $name', ({ lines }) => {
    const r = readTables(lines);
    expect(r.commands).toEqual([]);
    expect(r.kinds[0]).toBe('noise');
  });
});

describe("kubectl top's tables", () => {
  test.each([
    { name: 'under its own line', lines: ['$ kubectl top pods --sort-by=cpu --all-namespaces', 'NAMESPACE     NAME                       CPU(cores)   MEMORY(bytes)', 'kube-system   fluentd-gcp-v3.1.1-nkf2m   9m           142Mi'], kinds: ['prompt', 'header', 'other-table'], kind: 'podmetrics', rows: 1 },
    { name: "glued to the command's line", lines: ['$ kubectl top pods --sort-by=cpu --all-namespaces                NAMESPACE     NAME                       CPU(cores)   MEMORY(bytes)', 'kube-system   fluentd-gcp-v3.1.1-nkf2m   9m           142Mi', 'kube-system   kube-dns-5dbbd9cc58-dnl84  3m           29Mi'], kinds: ['header', 'other-table', 'other-table'], kind: 'podmetrics', rows: 2 },
    { name: 'nodes', lines: ['$ kubectl top nodes', 'NAME     CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%', 'node-1   250m         12%    1800Mi          47%'], kinds: ['prompt', 'header', 'other-table'], kind: 'nodemetrics', rows: 1 },
  ])("kubectl top's table is another resource's, its rows set aside: $name", ({ lines, kinds, kind, rows }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.otherTables.map((t) => [t.kind, t.rows])).toEqual([[kind, rows]]);
    // The header glued to the command's line is no argument of it.
    expect(r.commands.map((c) => c.command.text)).not.toContainEqual(expect.stringContaining('CPU'));
    expect(r.rows).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});

describe('the next prompt glued to the last row of a table (a page that lost the line break)', () => {
  const nodes = ['$ kubectl get no', 'NAME                         STATUS   ROLES    AGE     VERSION', 'k3s-webhooks-d0b7-rwon6      Ready    <none>   4m12s   v1.22.11+k3s1'];
  const pods = ['$ kubectl get pods', 'NAME    READY   STATUS    RESTARTS   AGE', 'web-0   1/1     Running   0          5d'];
  const web0 = ['web-0', '1/1', 'Running', '0', '5d'];
  const web1 = ['web-1', '1/1', 'Running', '0', '5d'];
  test.each([
    { name: 'a node row, the prompt glued to its VERSION (u/21)', lines: [...nodes, 'k3s-webhooks-d0b7-4pz4a      Ready    <none>   3m56s   v1.22.11+k3s1$ kubectl get po -A'], kind: 'prompt', command: 'kubectl get po -A', nodes: ['k3s-webhooks-d0b7-rwon6', 'k3s-webhooks-d0b7-4pz4a'], rows: [], problems: [[4, 'prompt-glued']] },
    { name: 'a pod row, the prompt glued to its AGE', lines: [...pods, 'web-1   1/1     Running   0          5d$ kubectl get nodes'], kind: 'prompt', command: 'kubectl get nodes', nodes: [], rows: [web0, web1], problems: [[4, 'prompt-glued']] },
    { name: 'a pod row, a space before the prompt mark', lines: [...pods, 'web-1   1/1     Running   0          5d   $ kubectl get nodes'], kind: 'prompt', command: 'kubectl get nodes', nodes: [], rows: [web0, web1], problems: [[4, 'prompt-glued']] },
    { name: 'a root prompt glued to a collapsed row', lines: [...pods, 'web-1 1/1 Running 0 5d# kubectl get nodes'], kind: 'prompt', command: 'kubectl get nodes', nodes: [], rows: [web0, web1], problems: [[4, 'row-fallback'], [4, 'prompt-glued']] },
    { name: 'a wide pod row ending in <none>', lines: ['$ kubectl get pods -o wide', 'NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE', 'web-1   1/1     Running   0          5d    10.244.2.5   w2-k8s   <none>$ kubectl get nodes'], kind: 'prompt', command: 'kubectl get nodes', nodes: [], rows: [[...web1, '10.244.2.5', 'w2-k8s', '<none>']], problems: [[3, 'prompt-glued']] },
    { name: "a prompt's own parts are no row", lines: [...pods, 'user@host:~/k8s $ kubectl get nodes'], kind: 'prompt', command: 'kubectl get nodes', nodes: [], rows: [web0], problems: [] },
    { name: 'kube-ps1 and a host before the prompt are no row', lines: [...pods, '(⎈|kind:default) user@host ~ $ kubectl get nodes'], kind: 'prompt', command: 'kubectl get nodes', nodes: [], rows: [web0], problems: [] },
    { name: 'prose before the prompt is no row', lines: [...pods, 'and then this$ kubectl get nodes'], kind: 'prompt', command: 'kubectl get nodes', nodes: [], rows: [web0], problems: [] },
    { name: 'a note naming a command after a row is no prompt', lines: [...pods, 'web-1   1/1     Running   0          5d   # from kubectl get pods'], kind: 'row', command: 'kubectl get pods', nodes: [], rows: [web0, web1], problems: [[4, 'trailing-text']] },
    { name: 'no table open: said, not dropped', lines: ['web-1   1/1     Running   0          5d$ kubectl get nodes'], kind: 'problem', command: undefined, nodes: [], rows: [], problems: [[1, 'unrecognised-line']] },
  ])('$name', ({ lines, kind, command, nodes: names, rows, problems }) => {
    const r = readTables(lines);
    expect(r.kinds).toHaveLength(lines.length);
    expect(r.kinds[lines.length - 1]).toBe(kind);
    expect(r.commands[r.commands.length - 1]?.command.text).toBe(command);
    expect(r.nodeRows.map((n) => n.name)).toEqual(names);
    expect(r.rows.map((x) => x.cells)).toEqual(rows);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual(problems);
  });
});

describe('an AGE typed with its unit twice (`18mm`) is no column missing', () => {
  const H = 'NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE';
  test.each([
    { name: 'the last column (MetalK8s docs)', lines: [H, 'kube-system   etcd-bootstrap.novalocal   1/1     Running   1          18mm'], cells: ['kube-system', 'etcd-bootstrap.novalocal', '1/1', 'Running', '1', '18mm'], problems: [[2, 'age-typo']] },
    { name: 'days', lines: [H, 'kube-system   etcd-bootstrap.novalocal   1/1     Running   1          5dd'], cells: ['kube-system', 'etcd-bootstrap.novalocal', '1/1', 'Running', '1', '5dd'], problems: [[2, 'age-typo']] },
    { name: 'out of line, read by its values', lines: [H, 'kube-system etcd-bootstrap.novalocal 1/1 Running 1 18mm'], cells: ['kube-system', 'etcd-bootstrap.novalocal', '1/1', 'Running', '1', '18mm'], problems: [[2, 'row-fallback'], [2, 'age-typo']] },
    { name: 'before the IP of a wide row', lines: ['NAME    READY   STATUS    RESTARTS   AGE    IP           NODE', 'web-1   1/1     Running   0          18mm   10.244.2.5   w2-k8s'], cells: ['web-1', '1/1', 'Running', '0', '18mm', '10.244.2.5', 'w2-k8s'], problems: [[2, 'age-typo']] },
    { name: 'an age as kubectl prints it says nothing', lines: [H, 'kube-system   etcd-bootstrap.novalocal   1/1     Running   1          18m'], cells: ['kube-system', 'etcd-bootstrap.novalocal', '1/1', 'Running', '1', '18m'], problems: [] },
    { name: 'a word that is no age is still no age', lines: [H, 'kube-system   etcd-bootstrap.novalocal   1/1     Running   1          18mx'], cells: ['kube-system', 'etcd-bootstrap.novalocal', '1/1', 'Running', '1'], problems: [[2, 'truncated-row']] },
    { name: 'two ages run together (hunt ai/04)', lines: ['NAME                                    READY   STATUS    RESTARTS      AGE', 'llama-qwen-predictor-57685c8575-h5bbx   1/1     Running   9 (14m ago)   30m27m'], cells: ['llama-qwen-predictor-57685c8575-h5bbx', '1/1', 'Running', '9 (14m ago)', '30m27m'], problems: [[2, 'ages-run-together']] },
    { name: 'hours then minutes is one age, as kubectl prints it', lines: [H, 'kube-system   etcd-bootstrap.novalocal   1/1     Running   1          3h5m'], cells: ['kube-system', 'etcd-bootstrap.novalocal', '1/1', 'Running', '1', '3h5m'], problems: [] },
  ])('$name', ({ lines, cells, problems }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(['header', 'row']);
    expect(r.rows[0]?.cells).toEqual(cells);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual(problems);
  });
});

describe('an AGE typed without its unit (`35`) is no column missing, unless the next line completes it', () => {
  const H = 'NAMESPACE     NAME                           READY   STATUS    RESTARTS      AGE';
  test.each([
    { name: 'the last column, after a restart (Talos, hunt aa/09)', lines: [H, 'kube-system   kube-scheduler-talos-m27-blz   1/1     Running   2 (37m ago)   35'], cells: ['kube-system', 'kube-scheduler-talos-m27-blz', '1/1', 'Running', '2 (37m ago)', '35'], problems: [[2, 'age-without-unit']] },
    { name: 'out of line, read by its values', lines: [H, 'kube-system kube-scheduler-talos-m27-blz 1/1 Running 0 35'], cells: ['kube-system', 'kube-scheduler-talos-m27-blz', '1/1', 'Running', '0', '35'], problems: [[2, 'row-fallback'], [2, 'age-without-unit']] },
    { name: 'before the IP of a wide row', lines: ['NAME    READY   STATUS    RESTARTS   AGE    IP           NODE', 'web-1   1/1     Running   0          35     10.244.2.5   w2-k8s'], cells: ['web-1', '1/1', 'Running', '0', '35', '10.244.2.5', 'w2-k8s'], problems: [[2, 'age-without-unit']] },
    { name: 'a row that ends at RESTARTS is still cut off', lines: [H, 'kube-system   kube-scheduler-talos-m27-blz   1/1     Running   2'], cells: ['kube-system', 'kube-scheduler-talos-m27-blz', '1/1', 'Running', '2'], problems: [[2, 'truncated-row']] },
    { name: 'a number of six digits is no age', lines: [H, 'kube-system   kube-scheduler-talos-m27-blz   1/1     Running   0             123456'], cells: ['kube-system', 'kube-scheduler-talos-m27-blz', '1/1', 'Running', '0'], problems: [[2, 'truncated-row']] },
  ])('$name', ({ lines, cells, problems }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(['header', 'row']);
    expect(r.rows[0]?.cells).toEqual(cells);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual(problems);
  });
  test('a number the next line completes is a wrapped age (`4`, then `1m`): joined, no age-without-unit', () => {
    const r = readTables([H, 'kube-system   kube-scheduler-talos-m27-blz   1/1     Running   0             4', '1m']);
    expect(r.rows[0]?.cells).toEqual(['kube-system', 'kube-scheduler-talos-m27-blz', '1/1', 'Running', '0', '41m']);
    expect(r.problems.map((p) => p.code)).not.toContain('age-without-unit');
  });
});

describe("a watch's rows, each printed as wide as its own values", () => {
  const H = 'NAME          READY   STATUS     RESTARTS   AGE';
  const rows = ['falco-s6wg8   0/2     Init:1/2   0          32s', 'falco-s6wg8   0/2     PodInitializing   0          33s', 'falco-s6wg8   1/2     Error             1 (1s ago)   41s'];
  test.each([
    { name: 'under get -w: read by their values, no problem (s/05)', lines: ['$ kubectl get pods -w', H, ...rows], problems: [] },
    { name: 'under --watch', lines: ['$ kubectl get pods --watch', H, ...rows], problems: [] },
    { name: 'under a get without -w: out of line', lines: ['$ kubectl get pods', H, ...rows], problems: [[4, 'row-fallback']] },
    { name: 'a row of a watch indented unlike its header: out of line', lines: ['$ kubectl get pods -w', H, rows[0] as string, `  ${rows[1] as string}`], problems: [[4, 'row-fallback']] },
    { name: 'a row of a watch cut off is still said', lines: ['$ kubectl get pods -w', H, rows[0] as string, 'falco-s6wg8   1/2     CrashLoopBackOff   1'], problems: [[4, 'row-fallback'], [4, 'truncated-row']] },
  ])('$name', ({ lines, problems }) => {
    const r = readTables(lines);
    expect(r.rows.every((x) => x.cells[2] !== undefined && x.cells[2] !== '')).toBe(true);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual(problems);
  });
});

describe("oc project: the context's namespace for a later get without -n", () => {
  const table = ['NAME                                         READY     STATUS    RESTARTS   AGE', 'cluster-monitoring-operator-9477c48c-cl4rn   1/1       Running   0          10m'];
  test.each([
    { name: 'oc project alone, then the project it says it uses (hunt bl/16)', lines: ['$ oc project', 'Using project "openshift-monitoring" on server "https://api.x:6443".', '', '$ oc get pod', ...table], ns: 'openshift-monitoring' },
    { name: 'oc project <name>', lines: ['$ oc project openshift-monitoring', 'Now using project "openshift-monitoring" on server "https://api.x:6443".', '$ oc get pods', ...table], ns: 'openshift-monitoring' },
    { name: 'oc new-project <name>', lines: ['$ oc new-project shop', '$ oc get pods', ...table], ns: 'shop' },
    { name: "oc login's Using project after the projects it lists", lines: ['$ oc login -u dev https://api.x:6443', 'Login successful.', '', 'You have access to the following projects:', '    * shop', '    web', '', 'Using project "shop".', '$ oc get pods', ...table], ns: 'shop' },
    { name: 'oc login saying no project', lines: ['$ oc login -u dev https://api.x:6443', 'Login successful.', '$ oc get pods', ...table], ns: null },
    { name: '-n on the get wins', lines: ['$ oc project shop', '$ oc get pods -n web', ...table], ns: 'web' },
    { name: '-A lists every namespace', lines: ['$ oc project shop', '$ oc get pods -A', ...table], ns: null },
    { name: 'another context after it', lines: ['$ oc project shop', '$ kubectl config use-context prod', '$ oc get pods', ...table], ns: null },
    { name: 'kubectx after it', lines: ['$ oc project shop', '$ kubectx prod', '$ oc get pods', ...table], ns: null },
    { name: 'a get before it says nothing of it', lines: ['$ oc get pods', ...table, '$ oc project shop'], ns: null },
  ])('$name', ({ lines, ns }) => {
    const r = readTables(lines);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.command?.namespace ?? null).toBe(ns);
  });
});

describe('get all | grep: rows of other kinds without their header', () => {
  test.each([
    { name: 'a StatefulSet with its group (hunt bm/13)', line: 'statefulset.apps/elasticsearch-master   2/3     11m', workload: 'StatefulSet' },
    { name: "old kubectl's deploy/", line: 'deploy/web   1         1         1            1           5d', workload: 'Deployment' },
    { name: "old kubectl's plural jobs/", line: 'jobs/pi   1         0            4m', workload: 'Job' },
    { name: 'a replicaset', line: 'replicaset.apps/web-5d8f9c   2         2         1       5d', workload: 'ReplicaSet' },
    { name: 'a kind that owns no pods', line: 'hpa/web   Deployment/web   10%/80%   1   3   1   5d', workload: null },
  ])('$name', ({ line, workload }) => {
    const r = readTables(['$ kubectl get all | grep x', 'pod/web-0   1/1     Running   0          11m', line]);
    expect(r.kinds).toEqual(['prompt', 'row', 'other-table']);
    expect(r.rows).toHaveLength(1);
    expect(r.workloads.map((w) => w.kind)).toEqual(workload === null ? [] : [workload]);
  });
  test.each([
    { name: 'a namespace and a pod, as some tools print them', line: 'default/web-0   1/1     Running   0          11m' },
    { name: 'pod/ is a pod', line: 'pod/web-1   1/1     Running   0          11m' },
  ])('still a pod row: $name', ({ line }) => {
    expect(readTables(['$ kubectl get all | grep x', line]).kinds).toEqual(['prompt', 'row']);
  });
});

describe("old kubectl's get all -A: a table of generic columns named by its rows' kind/ prefix", () => {
  test.each([
    { name: 'Jobs (NAME DESIRED SUCCESSFUL AGE), jobs/ in the plural (hunt bk/08)', lines: ['NAMESPACE     NAME                                 DESIRED   SUCCESSFUL   AGE', 'kube-system   jobs/rke-kubedns-addon-deploy-job    1         0            4m'], kind: 'job' },
    { name: 'columns that name the kind keep it', lines: ['NAMESPACE     NAME          TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE', 'default       svc/kubernetes   ClusterIP   10.233.0.1   <none>        443/TCP   12m'], kind: 'service' },
  ])('$name', ({ lines, kind }) => {
    expect(readTables(['$ kubectl get all --all-namespaces', ...lines]).otherTables.map((t) => t.kind)).toEqual([kind]);
  });
});

describe('headerless rows glued after a piped command on its line', () => {
  const cmd = "kubectl get endpoints |grep my-service1 |awk '{print $2}' |grep -f - <(kubectl get po -o wide)";
  test.each([
    { name: 'three wide rows (hunt bm/04)', line: `${cmd} my-nginx1-67f499d79c-g7vr7   1/1     Running    0          26h   198.18.0.74    nks-pool-1119-w-gzg   <none>           <none> my-nginx1-67f499d79c-j4f9k   1/1     Running    0          26h   198.18.2.250   nks-pool-1119-w-gzh   <none>           <none>\\n`, rows: ['my-nginx1-67f499d79c-g7vr7', 'my-nginx1-67f499d79c-j4f9k'], problems: ['flattened-rows'] },
    { name: 'a command alone reads no row', line: `${cmd} -n shop`, rows: [], problems: [] },
    { name: 'words after a row that read as none: nothing read', line: `${cmd} web-0   1/1   Running   0   5d and then it stopped`, rows: [], problems: [] },
  ])('$name', ({ line, rows, problems }) => {
    const r = readTables([line]);
    expect(r.kinds).toEqual(['prompt']);
    expect(r.rows.map((x) => x.cells[0])).toEqual(rows);
    expect(r.problems.map((p) => p.code)).toEqual(problems);
  });
});

describe("kube-ps1 on a two-line prompt's first line", () => {
  const table = ['NAME               READY   STATUS    RESTARTS   AGE', 'cilium-45b68       1/1     Running   0          44d'];
  test.each([
    { name: 'the namespace on the line above the command (u/32)', lines: ['╭─macno@jalapeno ~  (⎈ |ak-test:kube-system)', '╰─➤  kubectl get pods', ...table], ns: 'kube-system' },
    { name: '-n on the command wins', lines: ['╭─macno@jalapeno ~  (⎈ |ak-test:kube-system)', '╰─➤  kubectl get pods -n web', ...table], ns: 'web' },
    { name: '-A lists every namespace', lines: ['╭─macno@jalapeno ~  (⎈ |ak-test:kube-system)', '╰─➤  kubectl get pods -A', ...table], ns: null },
    { name: 'the line above ran a command of its own', lines: ['(⎈ |ak-test:default) $ kubectl config set-context --current --namespace=web', '$ kubectl get pods', ...table], ns: null },
    { name: 'a command with no prompt before it', lines: ['(⎈ |ak-test:kube-system)', 'kubectl get pods', ...table], ns: null },
  ])('$name', ({ lines, ns }) => {
    const r = readTables(lines);
    expect(r.commands[r.commands.length - 1]?.command.namespace).toBe(ns);
    expect(r.rows).toHaveLength(1);
  });
});

describe('a command of another program without a prompt, an address after its flags', () => {
  test('is no unreadable row (talosctl apply-config, hunt aa/09)', () => {
    const r = readTables(['talosctl apply-config --nodes 10.63.33.141 -e 10.63.33.141 --talosconfig configs/talosconfig --file configs/controlplane.yaml', '$ kubectl get pods -A', 'NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE', 'kube-system   coredns-78d87fb69b-m2mf6   1/1     Running   0          36m']);
    expect(r.kinds).toEqual(['noise', 'prompt', 'header', 'row']);
    expect(r.problems).toEqual([]);
  });
});

describe('a sentence quoting a get, the sentence going on around it', () => {
  const H = 'NAME                    READY   STATUS    RESTARTS   AGE';
  const R = 'demo-5c5559755c-vg9xx   1/1     Running   0          2m45s';
  const SENTENCE = 'Kurulumun ardından `kubectl get pods -n demo` ile podların durumunu görebiliriz.';
  test.each([
    { name: 'a prompt after it before the table ran the command: the sentence is prose (hunt ac/14)', lines: [SENTENCE, '', '```bash', '$ kubectl get pods', '', H, R], commands: [[4, null]], first: 'noise' },
    { name: 'prose between the sentence and the prompt', lines: [SENTENCE, 'Çıktı:', '$ kubectl get pods', H, R], commands: [[3, null]], first: 'noise' },
    { name: 'no prompt before the table: the sentence names what printed it', lines: [SENTENCE, '```', H, R], commands: [[1, 'demo']], first: 'prompt' },
    { name: 'a row with no header first: the sentence names what printed it', lines: [SENTENCE, R, '$ kubectl get pods'], commands: [[1, 'demo'], [3, null]], first: 'prompt' },
    { name: 'a sentence ending with the command, a prompt after it: the prompt ran it (hunt bt/01)', lines: ['The pod keeps failing after verifying it with `kubectl get pods -n demo`', '', '```', 'me@host ~> kubectl get pods', H, R], commands: [[4, null]], first: 'noise' },
    { name: 'a sentence ending with the command, no prompt: it names what printed the rows', lines: ['The pod keeps failing after verifying it with `kubectl get pods -n demo`.', '```', H, R], commands: [[1, 'demo']], first: 'prompt' },
    { name: 'a sentence naming the command unquoted, its prompt after it: the prompt ran it (hunt cw/07)', lines: ['After ks-install,everything seems well,but when i  exec kubectl get po -n kubesphere-system it shows:', '(base) [root@master manifests]# kubectl  get po -n kubesphere-system', H, R], commands: [[2, 'kubesphere-system']], first: 'noise' },
    { name: '... no prompt after it: the sentence names what printed the rows (hunt cs/01)', lines: ['I noticed that kyverno is not running, I ran kubectl get pods --all-namespaces.', 'kyverno   kyverno-84d959479f-wx9fn   0/1   CrashLoopBackOff   7 (2m ago)   15m'], commands: [[1, null]], first: 'prompt' },
    { name: "a shell comment's sentence ending in a quoted command, a prompt after it (hunt ck/10)", lines: ['# Even with this error message, the mount works.  No error messages for each node : "kubectl logs csi-smb-node-xxx -n kube-system"', '', '\t\tkubectl get pods -n demo', R], commands: [[3, 'demo']], first: 'noise' },
  ])('$name', ({ lines, commands, first }) => {
    const r = readTables(lines);
    expect(r.commands.map((c) => [c.line, c.command.namespace])).toEqual(commands);
    expect(r.kinds[0]).toBe(first);
  });
});

describe('hunts ad, ae, af: tables and command lines read whole', () => {
  test.each([
    {
      name: "a StatefulSet table's later rows stay its rows, not pods cut short (af/10)",
      lines: ['$ kubectl get sts -n x', 'NAME READY AGE', 'web 2/3 62d', 'db 0/1 62d'],
      kinds: ['prompt', 'header', 'other-table', 'other-table'], rows: [] as string[], problems: [] as string[],
    },
    {
      name: 'an aligned StatefulSet table of three rows (af/10)',
      lines: ['% kg sts -n openebs', 'NAME           READY   AGE', 'openebs-etcd   0/3     62d', 'openebs-loki   1/1     62d', 'openebs-nats   3/3     62d'],
      kinds: ['prompt', 'header', 'other-table', 'other-table', 'other-table'], rows: [], problems: [],
    },
    {
      name: "a whole pod row still ends another kind's table",
      lines: ['$ kubectl get sts -n x', 'NAME READY AGE', 'web 2/3 62d', 'web-0   1/1   Running   0   5d'],
      kinds: ['prompt', 'header', 'other-table', 'row'], rows: ['web-0'], problems: ['headerless-row'],
    },
    {
      name: 'custom-columns with --no-headers: the spec names the columns (ae/18)',
      lines: ['[root@openness ~]# kubectl get pods -n kube-system -o custom-columns=NAME:.metadata.name,STATUS:.status.phase --no-headers', 'kube-ovn-cni-6z9bb      Pending', 'kube-proxy-nncv9        Running'],
      kinds: ['prompt', 'row', 'row'], rows: ['kube-ovn-cni-6z9bb', 'kube-proxy-nncv9'], problems: [],
    },
    {
      name: 'custom-columns with --no-headers whose next line is no row: nothing opened',
      lines: ['$ kubectl get pods -o custom-columns=NAME:.metadata.name,STATUS:.status.phase --no-headers', '"delta": "0:00:00.19",'],
      kinds: ['prompt', 'noise'], rows: [], problems: [],
    },
    {
      name: 'custom-columns without the pod name: nothing opened',
      lines: ['$ kubectl get pods -o custom-columns=NODE:.spec.nodeName,STATUS:.status.phase --no-headers', 'node2      Pending'],
      kinds: ['prompt', 'noise'], rows: [], problems: [],
    },
  ])('$name', ({ lines, kinds, rows, problems }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.rows.map((x) => x.cells[0])).toEqual(rows);
    expect(r.problems.map((p) => p.code)).toEqual(problems);
  });
  test("a page's tab between READY and STATUS: the row aligns with its header (ad/24)", () => {
    const r = readTables(['NAMESPACE     NAME                                    READY     STATUS    RESTARTS   AGE', 'kube-system   etcd-minikube                           1/1\tRunning   0          16m']);
    expect(r.rows.map((x) => [x.readBy, x.cells[3]])).toEqual([['offsets', 'Running']]);
    expect(r.problems).toEqual([]);
  });
  test('custom-columns with --no-headers: STATUS read as the status column', () => {
    const r = readTables(['$ kubectl get pods -o custom-columns=NAME:.metadata.name,STATUS:.status.phase --no-headers', 'web-0      Pending']);
    expect(r.podTables.map((t) => t.columns)).toEqual([['NAME', 'STATUS']]);
    expect(r.rows[0]?.cells).toEqual(['web-0', 'Pending']);
  });
  test.each([
    { name: "a container's error: lines after kubectl logs are its log (ad/25)", lines: ['$ kubectl logs -n kubevirt virt-handler-jr9nv -c virt-launcher', 'error: failed to get emulator capabilities', 'error: internal error: unknown feature amd-sev-es', '$ kubectl get pods'], messages: [] as string[] },
    { name: 'an error: line after other log lines', lines: ['$ kubectl logs web-0', 'starting', 'error: config not found'], messages: [] },
    { name: "kubectl's own error: the only line after kubectl logs", lines: ['$ kubectl logs web-0 -c nope', 'error: container nope is not valid for pod web-0', '$ kubectl get pods'], messages: ['kubectl-error'] },
    { name: "kubectl's own error and its usage hint", lines: ['$ kubectl logs', "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.", "See 'kubectl logs -h' for help and examples"], messages: ['kubectl-error'] },
    { name: 'an error: after a get stays kubectl\'s', lines: ['$ kubectl get pods', 'error: the server doesn\'t have a resource type "pods"', 'more text'], messages: ['kubectl-error'] },
  ])('$name', ({ lines, messages }) => {
    expect(readTables(lines).messages.map((m) => m.id)).toEqual(messages);
  });
  test.each([
    { name: 'a get inside a for loop after an apply (ad/02)', line: 'kubectl apply -f lucy-vm.yaml; for i in {1..5}; do kubectl get pods -n kubevirt; done', commands: ['kubectl apply -f lucy-vm.yaml', 'kubectl get pods -n kubevirt'] },
    { name: 'two gets on one line', line: '$ kubectl get pods -n kube-system -o wide; kubectl get nodes', commands: ['kubectl get pods -n kube-system -o wide', 'kubectl get nodes'] },
    { name: 'one get: listed once', line: '$ kubectl get pods -n x', commands: ['kubectl get pods -n x'] },
  ])('every command of a line is listed: $name', ({ line, commands }) => {
    expect(readTables([line]).commands.map((c) => c.command.text)).toEqual(commands);
  });
});

describe('hunts bb, bc, bd: stacked commands, damaged headers, elided columns', () => {
  const gpu = 'gpu-operator-666bbffcd-drrwk   1/1     Running   0          96m';
  const prom = 'prometheus-grafana-67dc5c9fc9-5jzhh   3/3     Running   0          98m';
  const keda = 'keda-operator-6465596cb9-4j54h   1/1     Running   0          98m';
  test.each([
    {
      name: 'three get pods -n X, then one block each, cut apart by comments: each block is its command\'s (bc/04)',
      lines: ['kubectl get pods -n gpu-operator', 'kubectl get pods -n monitoring', 'kubectl get pods -n keda', '```', '# GPU Operator', gpu, gpu.replace('drrwk', 'x2x2x'), '# Monitoring', prom, '', '# Keda', keda],
      namespaces: ['gpu-operator', 'gpu-operator', 'monitoring', 'keda'],
    },
    {
      name: 'two get pods -n X, then one block: whose it is is unknown, so no namespace (not the last command\'s)',
      lines: ['kubectl get pods -n gpu-operator', 'kubectl get pods -n monitoring', gpu, prom],
      namespaces: [null, null],
    },
    {
      name: 'two get pods -n X, then three blocks: which block is whose is unknown',
      lines: ['kubectl get pods -n gpu-operator', 'kubectl get pods -n monitoring', gpu, '', prom, '', keda],
      namespaces: [null, null, null],
    },
    {
      name: 'two commands of one namespace, then two blocks: that namespace',
      lines: ['kubectl get pods -n nim', 'kubectl get pods -n nim -o wide', gpu, '', prom],
      namespaces: ['nim', 'nim'],
    },
    {
      name: 'get nodes, then get pods -n X, then the pod block: the one pods command\'s',
      lines: ['kubectl get nodes', 'kubectl get pods -n keda', keda],
      namespaces: ['keda'],
    },
    {
      name: 'two get pods -n X, then a table each (en/12): each table is its command\'s, in order',
      lines: ['kubectl get pods -n ethereum', 'kubectl get pods -n monitoring', '', 'NAME     READY   STATUS    RESTARTS   AGE', 'geth-0   1/1     Running   0          5m', '', 'NAME        READY   STATUS    RESTARTS   AGE', 'grafana-0   1/1     Running   0          5m'],
      namespaces: ['ethereum', 'monitoring'],
    },
    {
      name: 'two get pods -n X, then one table, commented out (en/12): whose it is is unknown, not the last command\'s',
      lines: ['kubectl get pods -n ethereum', 'kubectl get pods -n monitoring', '', '# NAME     READY   STATUS    RESTARTS   AGE', '# geth-0   1/1     Running   0          5m'],
      namespaces: [null],
    },
    {
      name: 'a bare get all, then get all -n X and its table (dl/21): the prompt\'s namespace',
      lines: ['1.  kubectl get all', '$ kubectl get all -n kube-system', 'NAME                    READY   STATUS    RESTARTS   AGE', 'pod/coredns-dff8fc7d-4665f   1/1     Running   1          77m'],
      namespaces: ['kube-system'],
    },
    {
      name: 'two get pods of one namespace, then one table: that namespace',
      lines: ['kubectl get pods -n nim', 'kubectl get pods -n nim -o wide', '', 'NAME     READY   STATUS    RESTARTS   AGE', 'geth-0   1/1     Running   0          5m'],
      namespaces: ['nim'],
    },
    {
      name: 'each grep under its own prompt: each prompt\'s namespace, not a stack',
      lines: ['$ kubectl get pods -n gpu-operator | grep gpu', gpu, '$ kubectl get pods -n monitoring | grep graf', prom],
      namespaces: ['gpu-operator', 'monitoring'],
    },
    {
      name: 'a get pods -o yaml searched with grep, then get pods -n X and its row: -o yaml printed no rows (hunt bw/25)',
      lines: ['k -n saturn get pod -o yaml | grep my-happy-shop -A10', 'We see the webserver we are looking for', '', 'k -n neptune create -f web.yaml', '➜ k -n neptune get pod | grep webserver', 'webserver-sat-003               1/1     Running            0          22s', 'It seems the server is running in Namespace neptune'],
      namespaces: ['neptune'],
    },
  ])('$name', ({ lines, namespaces }) => {
    const r = readTables(lines);
    expect(r.rows.map((x) => x.command?.namespace ?? null)).toEqual(namespaces);
  });

  test.each([
    {
      name: 'NAME lost its N, the columns one place left of the rows (bd/11)',
      lines: ['AME                                 READY   STATUS    RESTARTS   AGE', 'pod/argocd-application-controller-0  1/1     Running   0          14m'],
      kinds: ['header', 'row'], cells: [['pod/argocd-application-controller-0', '1/1', 'Running', '0', '14m']], problems: [] as string[],
    },
    {
      name: 'NAMESPACE lost its N',
      lines: ['AMESPACE     NAME      READY   STATUS    RESTARTS   AGE', 'kube-system   web-0     1/1     Running   0          5d'],
      kinds: ['header', 'row'], cells: [['kube-system', 'web-0', '1/1', 'Running', '0', '5d']], problems: [],
    },
    {
      name: 'a sentence starting AME and capitals only is no header unless it reads as one',
      lines: ['AME TO', 'web-0   1/1   Running   0   5d'],
      kinds: ['noise', 'row'], cells: [['web-0', '1/1', 'Running', '0', '5d']], problems: ['headerless-row'],
    },
    {
      name: 'rows ending in (...) where RESTARTS and AGE were: one problem for the run, not two a row (bd/14)',
      lines: ['$ kubectl get pod --all-namespaces', 'chaos-testing   chaos-daemon-9ffzd   1/1     Running   (...)', 'istio-system    grafana-78588947bf-nng9r   1/1     Running   (...)'],
      kinds: ['prompt', 'row', 'row'], cells: [['chaos-testing', 'chaos-daemon-9ffzd', '1/1', 'Running'], ['istio-system', 'grafana-78588947bf-nng9r', '1/1', 'Running']], problems: ['headerless-row', 'columns-elided'],
    },
    {
      name: 'a row under a header ending in ... where AGE was',
      lines: ['NAME      READY   STATUS    RESTARTS   AGE', 'web-0     1/1     Running   0          ...'],
      kinds: ['header', 'row'], cells: [['web-0', '1/1', 'Running', '0']], problems: ['columns-elided'],
    },
    {
      name: 'prose glued after the last row of a table without padding: in the table, its text left out (bb/08)',
      lines: ['NAME READY STATUS RESTARTS AGE', 'icagent-hjz4h 1/1 Running 0 12m', 'icagent-m4bbl 1/1 Running 0 12m 可以看到kube-system有很多Pod,其中coredns是用于做服务发现。'],
      kinds: ['header', 'row', 'row'], cells: [['icagent-hjz4h', '1/1', 'Running', '0', '12m'], ['icagent-m4bbl', '1/1', 'Running', '0', '12m']], problems: ['table-unpadded', 'trailing-text'],
    },
    {
      name: 'an English note glued after a row of a table without padding',
      lines: ['NAME READY STATUS RESTARTS AGE', 'web-0 1/1 Running 0 12m', 'web-1 0/1 Pending 0 12m this one never starts'],
      kinds: ['header', 'row', 'row'], cells: [['web-0', '1/1', 'Running', '0', '12m'], ['web-1', '0/1', 'Pending', '0', '12m']], problems: ['table-unpadded', 'trailing-text'],
    },
    {
      name: 'get ns | grep: namespace rows without their header are a namespace table\'s (bd/17)',
      lines: ['kubectl get ns | grep fleet', '', 'cattle-fleet-system                      Active   7m33s', 'fleet-default                            Terminating   13m'],
      kinds: ['prompt', 'blank', 'other-table', 'other-table'], cells: [], problems: [],
    },
  ])('$name', ({ lines, kinds, cells, problems }) => {
    const r = readTables(lines);
    expect(r.kinds).toEqual(kinds);
    expect(r.rows.map((x) => x.cells)).toEqual(cells);
    expect(r.problems.map((p) => p.code)).toEqual(problems);
  });

  test('the (...) run and the unpadded run cover every row they stand for', () => {
    const elided = readTables(['a-1   1/1   Running   (...)', 'a-2   1/1   Running   (...)', 'a-3   1/1   Running   (...)']);
    expect(elided.problems.filter((p) => p.code === 'columns-elided').map((p) => [p.line, p.through])).toEqual([[1, 3]]);
    const glued = readTables(['NAME READY STATUS RESTARTS AGE', 'a-1 1/1 Running 0 12m', 'a-2 1/1 Running 0 12m 看到']);
    expect(glued.problems.filter((p) => p.code === 'table-unpadded').map((p) => [p.line, p.through])).toEqual([[2, 3]]);
  });

  test('a Terminating namespace under get ns | grep is counted as one', () => {
    const r = readTables(['$ kubectl get ns | grep fleet', 'fleet-default   Terminating   13m']);
    expect(r.terminatingNamespaces).toEqual([{ line: 2, name: 'fleet-default' }]);
  });
});

describe('hunts bn, bo, bp: AI agents\' transcripts, k9s, analyzers, Markdown italics, chained commands', () => {
  const read = (lines: string[]) => readTables(lines, undefined, pasteMarkup(lines.join('\n')));
  const row = (r: ReturnType<typeof readTables>) => r.rows.map((x) => [x.line, x.cells[0], x.cells[1], x.command?.namespace ?? null]);
  test.each([
    {
      name: "Claude Code: the call's -n, and the header behind `⎿` (bn/01)",
      lines: ['● Bash(kubectl get pods -n espocrm)', '  ⎿  NAME                        READY   STATUS    RESTARTS   AGE', '     espocrm-mysql-0             1/1     Running   0          5m'],
      kinds: ['prompt', 'header', 'row'], rows: [[3, 'espocrm-mysql-0', '1/1', 'espocrm']], problems: [],
    },
    {
      name: 'Claude Code: the first headerless row sits on the `⎿` line and is read (bn/03)',
      lines: ['⏺ Bash(kubectl get pods -A | grep -E "(supervisor|plugin)" | head -20)', '  ⎿  cloudforet-plugin   supervisor-scheduler-6bdb96c89c-ncjpd     2/2     Running     0          7h44m', '     cloudforet          plugin-7f59c8c46f-tqxwv                   1/1     Running     0          7h45m'],
      kinds: ['prompt', 'row', 'row'], rows: [[2, 'cloudforet-plugin', 'supervisor-scheduler-6bdb96c89c-ncjpd', null], [3, 'cloudforet', 'plugin-7f59c8c46f-tqxwv', null]], problems: ['headerless-row'],
    },
    {
      name: 'Claude Code copied flush left, the fence glued to the call (bn/06)',
      lines: ['```⏺ Bash(kubectl get pods -n cert-manager)', '⎿  NAME                            READY   STATUS    RESTARTS   AGE', 'cert-manager-5b8679b77d-5qgqq   1/1     Running   0          118m'],
      kinds: ['prompt', 'header', 'row'], rows: [[3, 'cert-manager-5b8679b77d-5qgqq', '1/1', 'cert-manager']], problems: [],
    },
    {
      name: 'Codex CLI: `└ ` before the header (bn/14)',
      lines: ['• Ran kubectl get pods -n cloudforet-plugin', '  └ NAME                                    READY   STATUS              RESTARTS   AGE', '    supervisor-scheduler-7dc465c7df-8w4hk   0/2     ContainerCreating   0          3h55m'],
      kinds: ['prompt', 'header', 'row'], rows: [[3, 'supervisor-scheduler-7dc465c7df-8w4hk', '0/2', 'cloudforet-plugin']], problems: [],
    },
    {
      name: 'a custom-columns call continued and cut short by Claude Code (bn/07)',
      lines: ['⏺ Bash(kubectl get pods -n kube-system \\', "        -o custom-columns='NAME:.metadata.name,STATUS:.status.phase,NODE:.spec.nodeName' \\…)", '  ⎿  NAME                                            STATUS    NODE', '     aws-load-balancer-controller-5c6b54879d-lptx5   Running   ip-10-222-11-42.ap-northeast-2.compute.internal'],
      kinds: ['prompt', 'prompt', 'header', 'row'], rows: [[4, 'aws-load-balancer-controller-5c6b54879d-lptx5', 'Running', 'kube-system']], problems: [],
    },
    {
      name: 'k9s: an unscheduled pod\'s `n/a` IP and NODE are read as <none> (bn/10)',
      lines: ['│ NAMESPACE↑   NAME             PF READY STATUS     RESTARTS CPU %CPU/R MEM IP         NODE                    AGE │', '│ default      nginx-2gb-2cpu   ●  0/1   Pending           0   0      0   0 n/a        n/a                     9s  │'],
      kinds: ['header', 'row'], rows: [[2, 'default', 'nginx-2gb-2cpu', null]], problems: [],
    },
    {
      name: 'Markdown italics around STATUS cells, bold around the rows (bp/10)',
      lines: ['$ kubectl get pods', 'NAME                                           READY   STATUS             RESTARTS   AGE', '**mangy-butterfly-redis-master-0                 0/1     _Pending_            0          9m11s', 'mangy-butterfly-redis-slave-66f687c955-p65sp   0/1     _CrashLoopBackOff_   5          9m11s**'],
      kinds: ['prompt', 'header', 'row', 'row'], rows: [[3, 'mangy-butterfly-redis-master-0', '0/1', null], [4, 'mangy-butterfly-redis-slave-66f687c955-p65sp', '0/1', null]], problems: [],
    },
  ])('$name', ({ lines, kinds, rows, problems }) => {
    const r = read(lines);
    expect(r.kinds).toEqual(kinds);
    expect(row(r)).toEqual(rows);
    expect(r.problems.map((p) => p.code)).toEqual(problems);
  });

  test("k9s's n/a cells become <none>; a status in italics is read bare", () => {
    const k9s = read(['│ NAMESPACE↑   NAME             PF READY STATUS     RESTARTS CPU %CPU/R MEM IP         NODE                    AGE │', '│ default      nginx-2gb-2cpu   ●  0/1   Pending           0   0      0   0 n/a        n/a                     9s  │']);
    const cells = k9s.rows[0]?.cells ?? [];
    const at = (name: string) => cells[k9s.rows[0]?.columns.findIndex((c) => c.name === name) ?? -1];
    expect([at('IP'), at('NODE')]).toEqual(['<none>', '<none>']);
    const md = read(['NAME    READY   STATUS       RESTARTS   AGE', 'web-0   0/1     *Pending*    0          9m']);
    expect(md.rows[0]?.cells[2]).toBe('Pending');
  });

  test("a watch screen narrower than the table wraps each row's last <none> as it wrapped the header's last names: joined, not lost to HTML (hunt bz/05)", () => {
    const r = readTables(['NAME       READY   STATUS        RESTARTS   AGE   IP           NODE           NOMINATED NODE', ' READINESS GATES', 'alpine01   1/1     Running       0          59s   10.42.1.84   raspiworker1   <none>', ' <none>', 'alpine02   0/1     Terminating   0          59s   10.42.1.85   raspiworker1   <none>', ' <none>']);
    expect([r.rows.map((row) => row.cells.at(-1)), r.kinds, r.problems.map((p) => [p.line, p.code])]).toEqual([['<none>', '<none>'], ['header', 'header', 'row', 'row', 'row', 'row'], [[1, 'lines-unwrapped'], [4, 'row-continued'], [6, 'row-continued']]]);
  });

  test("kubeletctl's box table is one table of 2 pods, its spacer lines inside it (hunt ca/22)", () => {
    const r = readTables(['┌───┬──────────────────┬─────────────┬────────────┐', '│   │ POD              │ NAMESPACE   │ CONTAINERS │', '├───┼──────────────────┼─────────────┼────────────┤', '│ 1 │ kube-proxy-drb42 │ kube-system │ kube-proxy │', '│   │                  │             │            │', '├───┼──────────────────┼─────────────┼────────────┤', '│ 2 │ nginx            │ default     │ nginx      │', '│   │                  │             │            │', '└───┴──────────────────┴─────────────┴────────────┘']);
    expect([r.otherTables.map((t) => [t.kind, t.rows]), r.rows.length, r.problems]).toEqual([[['kubeletctl-pod', 2]], 0, []]);
  });

  test("k9s's AGE cut to `4m5` by a narrow window reads as an age cut at its unit, not a row cut off (bn/10)", () => {
    const r = read(['│ NAMESPACE↑   NAME                PF READY STATUS     RESTARTS IP         NODE                    AGE │', '│ default      nginx-3gb-100mcpu   ●  1/1   Running           0 10.42.1.6  k3d-mycluster-agent-1   4m5 │']);
    expect(r.rows).toHaveLength(1);
    expect(r.problems.map((p) => p.code)).toEqual(['age-cut']);
  });

  test.each([
    { name: 'a watch screen cut 3m12s (bz/08)', age: '3m12', code: 'age-cut' },
    { name: 'a day and hours cut', age: '2d3', code: 'age-cut' },
    { name: 'a number alone stays without its unit', age: '35', code: 'age-without-unit' },
  ])('an AGE that lost its unit is said as cut or as bare: $name', ({ age, code }) => {
    const r = read(['NAME                      READY   STATUS    RESTARTS   AGE', 'xos-ws-7746c588d9-srwhp   1/1     Running   0          3m12s', `xos-ws-7746c588d9-srwhq   1/1     Running   0          ${age}`]);
    expect([r.rows.length, r.problems.map((p) => [p.line, p.code])]).toEqual([2, [[3, code]]]);
  });

  test('an API error behind Codex CLI\'s `└ ` is a kubectl message (bn/16)', () => {
    const r = read(['• Ran kubectl get pods -A', '  └ Unable to connect to the server: dial tcp 127.0.0.1:6443: socket: operation not permitted']);
    expect(r.messages.map((m) => m.id)).toEqual(['unable-to-connect']);
  });

  test("both commands of a Claude Code call's `cmd1; cmd2`, without the call's `)` (bn/05)", () => {
    const r = read(['⏺ Bash(kubectl get pods -n traefik 2>&1; kubectl get svc -n traefik 2>&1)', '  ⎿  No resources found in traefik namespace.', '     No resources found in traefik namespace.']);
    expect(r.commands.map((c) => c.command.text)).toEqual(['kubectl get pods -n traefik 2>&1', 'kubectl get svc -n traefik 2>&1']);
  });

  test('commands other than get chained on one line are all listed (bo/09)', () => {
    const r = read(['kubectl scale deployment my-nginx --replicas=0; kubectl scale deployment my-nginx --replicas=2;']);
    expect(r.commands.map((c) => c.command.text)).toEqual(['kubectl scale deployment my-nginx --replicas=0', 'kubectl scale deployment my-nginx --replicas=2']);
  });

  test.each([
    { name: "k8sgpt analyze's `- Error:` lines are its report, not kubectl's (bn/17)", lines: ['root@m1:~# k8sgpt analyze --explain', '0 default/fake1(fake1)', '- Error: Back-off pulling image "fake-image:latest"', 'Error: Could not create image fake-image:latest.'], ids: [] },
    { name: 'a capital Error: after a kubectl command is still its error', lines: ['$ kubectl get pods --foo', 'Error: unknown flag: --foo'], ids: ['kubectl-error'] },
  ])('$name', ({ lines, ids }) => {
    expect(read(lines).messages.map((m) => m.id)).toEqual(ids);
  });
});

describe('quoted output, headings and other tools (hunts cd, cf, cg)', () => {
  test.each([
    { name: '# >> before each line (cd/13)', mark: '# >> ' },
    { name: '# >>> before each line (cd/13)', mark: '# >>> ' },
    { name: '#>> before each line', mark: '#>> ' },
  ])('output a note marks as output, $name, is read', ({ mark }) => {
    const r = readTables(['k get pods', `${mark}NAME                               READY   STATUS    RESTARTS   AGE`, `${mark}spark-pi-123df380753421f1-exec-1   0/1     Pending   0          3m13s`, `${mark}spark-pi-driver                    1/1     Running   0          3m25s`]);
    expect(r.kinds).toEqual(['prompt', 'header', 'row', 'row']);
    expect(r.rows.map((x) => [x.cells[0], x.readBy])).toEqual([['spark-pi-123df380753421f1-exec-1', 'offsets'], ['spark-pi-driver', 'offsets']]);
  });
  test("a row an e-mail reply quotes twice (>>) is read with the rest (cd/14)", () => {
    const r = readTables(['NAMESPACE        NAME                            READY   STATUS    RESTARTS   AGE', 'kube-system      coredns-dc4979556-8kffw         1/1     Running   0          150m', '>> kube-system      external-dns-6bb6c5fdcf-b6cwj   1/1     Running   0          49s']);
    expect(r.kinds).toEqual(['header', 'row', 'row']);
    expect(r.rows[1]?.cells.slice(0, 2)).toEqual(['kube-system', 'external-dns-6bb6c5fdcf-b6cwj']);
  });
  test("a lazy blockquote's header (>NAMESPACE, rows unquoted) is the rows' header, in line with them (cd/20)", () => {
    const r = readTables(['>NAMESPACE   NAME                                  READY STATUS  RESTARTS   AGE', 'kube-system  etcd-ubuntu-xenial                    1/1   Running 0          2m', 'kube-system  kube-dns-86f4d74b45-r7n7r             3/3   Running 0          2m']);
    expect(r.kinds).toEqual(['header', 'row', 'row']);
    expect(r.rows.map((x) => [x.cells[1], x.readBy])).toEqual([['etcd-ubuntu-xenial', 'offsets'], ['kube-dns-86f4d74b45-r7n7r', 'offsets']]);
    expect(r.problems).toEqual([]);
  });
  const AGONES = ['NAME                                 READY   STATUS             RESTARTS         AGE', 'agones-extensions-74dd86f699-nsmwg   0/1     CrashLoopBackOff   12 (2m31s ago)   38m', 'agones-ping-5f96c6cc47-7sf2f         1/1     Running            0                38m', ''];
  test.each([
    { name: 'a heading naming a pod listed above, its log under it, is no row (cf/03)', after: ['agones-extensions-74dd86f699-nsmwg', 'back-off 5m0s restarting failed container=agones-extensions pod=agones-extensions-74dd86f699-nsmwg'], rows: 2 },
    { name: 'a pod not listed above, cut after its name, is still a row', after: ['agones-controller-57cfd47-6qxw2', 'back-off 5m0s restarting failed container=agones-controller'], rows: 3 },
    { name: 'a listed pod alone at the end of the paste is a row cut short', after: ['agones-extensions-74dd86f699-nsmwg'], rows: 3 },
  ])('$name', ({ after, rows }) => {
    const r = readTables([...AGONES, ...after]);
    expect(r.rows.length).toBe(rows);
    expect(r.problems.some((p) => p.line === 5 && p.code === 'truncated-row')).toBe(rows === 3);
  });
  test.each([
    { name: 'a custom resource whose controller counts replicas (k get gss, cf/12)', cmd: '➜ k get gss', header: 'NAME        DESIRED   CURRENT   UPDATED   READY   MAINTAINING   AGE', kind: 'gss' },
    { name: "an Advanced StatefulSet by its group's name (cf/12)", cmd: '➜ k get statefulsets.apps.kruise.io', header: 'NAME        DESIRED   CURRENT   UPDATED   READY   AGE', kind: 'statefulsets.apps.kruise.io' },
    { name: 'a kind the reader lists keeps its name', cmd: '$ kubectl get rs', header: 'NAME        DESIRED   CURRENT   READY   AGE', kind: 'rs' },
    { name: "an Argo Rollout's table, a Deployment's columns: the Rollout's (dy/17)", cmd: '$ kubectl get rollout -n graphql', header: 'NAME        DESIRED   CURRENT   UP-TO-DATE   AVAILABLE', kind: 'rollout' },
    { name: "a Deployment's table under get deploy stays a Deployment's", cmd: '$ kubectl get deploy', header: 'NAME        DESIRED   CURRENT   UP-TO-DATE   AVAILABLE', kind: 'deployment' },
    { name: 'so does one under get deployments.apps (de/29)', cmd: '➜ k get deployments.apps', header: 'NAME        DESIRED   CURRENT   UP-TO-DATE   AVAILABLE', kind: 'deployment' },
  ])('DESIRED and CURRENT under a get take the kind the get named: $name', ({ cmd, header, kind }) => {
    const r = readTables([cmd, header, 'minecraft   3         3         3         3       0             5m23s']);
    expect(r.otherTables.map((t) => t.kind)).toEqual([kind]);
  });
  test("another program's table after a get of pods is not labelled pods (sparkctl list, cf/10)", () => {
    const r = readTables(['kubectl get pods', 'NAME                READY   STATUS    RESTARTS   AGE', 'pyspark-pi-driver   1/1     Running   0          24s', '', 'sparkctl list -n spark-operator', '+------------+-----------+', '|    NAME    |   STATE   | SUBMISSION AGE | TERMINATION AGE |', '+------------+-----------+', '| pyspark-pi | COMPLETED | 21h            | 21h             |']);
    expect(r.otherTables.map((t) => t.kind)).toEqual(['unknown']);
  });
  test.each([
    { name: 'the header one space in, the rows at the margin: read by offsets, no problem (cg/15)', header: ' NAME                                            READY   STATUS    RESTARTS      AGE', readBy: 'offsets', problems: [] },
    { name: "the header two spaces in, under a numbered step's command: the same (er/04)", header: '  NAME                                            READY   STATUS    RESTARTS      AGE', readBy: 'offsets', problems: [] },
    { name: 'the header three spaces in: the same', header: '   NAME                                            READY   STATUS    RESTARTS      AGE', readBy: 'offsets', problems: [] },
    { name: 'the header six spaces in (a Markdown list\'s code block, ep/31): its columns where the rows\' are, read by offsets', header: '      NAME                                            READY   STATUS    RESTARTS      AGE', readBy: 'offsets', problems: [] },
    { name: 'the header indented, its columns not over the rows: out of line', header: '  NAME                                   READY   STATUS    RESTARTS      AGE', readBy: 'tokens', problems: ['row-fallback'] },
    { name: 'the header three spaces in, its columns not where the rows\' are: out of line', header: '   NAME                                         READY   STATUS    RESTARTS      AGE', readBy: 'tokens', problems: ['row-fallback'] },
  ])('$name', ({ header, readBy, problems }) => {
    const r = readTables(['$ kubectl get pods -n kube-system', header, 'coredns-7c65d6cfc9-js5d9                        1/1     Running   0             3d19h', 'kube-controller-manager-desktop-control-plane   1/1     Running   9 (61m ago)   3d19h']);
    expect(r.rows.map((x) => [x.cells[0], x.cells[4], x.readBy])).toEqual([['coredns-7c65d6cfc9-js5d9', '3d19h', readBy], ['kube-controller-manager-desktop-control-plane', '3d19h', readBy]]);
    expect(r.problems.map((p) => p.code)).toEqual(problems);
  });
  test('a Markdown rule under a pipe table is no row the header shifts to (k/21)', () => {
    const r = readTables(['| NAMESPACE   | NAME                | READY | STATUS  | RESTARTS     | AGE   |', '|-------------|---------------------|-------|---------|--------------|-------|', '| kube-system | etcd-minikube       | 1/1   | Running | 1 (7d4h ago) | 7d4h  |'], undefined, pasteMarkup('| NAMESPACE |'));
    expect(r.rows.map((x) => x.readBy)).toEqual(['offsets']);
    expect(r.problems).toEqual([]);
  });
});
