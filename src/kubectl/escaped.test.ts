import { describe, expect, test } from 'vitest';
import { ansibleCommand, expandEscapedTables } from './escaped.ts';
import { explain } from './explain.ts';

describe('expandEscapedTables', () => {
  test.each([
    {
      name: "an agent's JSON result: before the string, its lines, after it",
      lines: ['{"tool": "get", "data": "NAME    READY   STATUS\\nweb-0   1/1     Running\\n"}'],
      out: ['{"tool": "get", "data": "', 'NAME    READY   STATUS', 'web-0   1/1     Running', '', '"}'],
      origin: [1, 1, 1, 1, 1],
    },
    {
      name: "an LLM tool's answer: prose lines before the table",
      lines: ['$ gptscript pods.gpt', 'Here they are:\\n\\nNAME   READY   STATUS\\nweb-0   1/1   Running'],
      out: ['$ gptscript pods.gpt', 'Here they are:', '', 'NAME   READY   STATUS', 'web-0   1/1   Running'],
      origin: [1, 2, 2, 2, 2],
    },
    {
      name: 'escaped quotes and tabs inside',
      lines: ['"NAME   READY   STATUS\\nweb-\\"0\\"\\t1/1   Running"'],
      out: ['"', 'NAME   READY   STATUS', 'web-"0"\t1/1   Running', '"'],
      origin: [1, 1, 1, 1],
    },
  ])('$name', ({ lines, out, origin }) => {
    expect(expandEscapedTables(lines)).toEqual({ lines: out, origin });
  });
  test.each([
    { name: 'no table in the string', lines: ['{"msg": "hello\\nworld"}'] },
    { name: 'a table of plain lines', lines: ['NAME    READY   STATUS', 'web-0   1/1     Running'] },
    { name: "a notebook's list of lines, one string each (hunt ce/13): read line by line", lines: ['     "text": [', '      "NAME    READY   STATUS\\n",', '      "web-0   1/1     Running\\n"', '     ]'] },
    { name: "... written under a pty, \\r\\n (hunt ce/14)", lines: ['      "NAME    READY   STATUS\\r\\n",', '      "web-0   1/1     Running\\r\\n",'] },
  ])('nothing to open: $name', ({ lines }) => {
    expect(expandEscapedTables(lines)).toBeNull();
  });
});

describe('ansibleCommand', () => {
  test.each([
    { name: "the shell module's string", text: 'changed: [localhost] => {"attempts": 3, "cmd": "source ~/.profile; kubectl get pods -n web -l app=j", "delta": "0:00:01", "stdout": "', cmd: 'source ~/.profile; kubectl get pods -n web -l app=j' },
    { name: "the command module's list", text: 'ok: [m1] => {"changed": false, "cmd": ["kubectl", "get", "pods", "-n", "kube-system"], "stdout": "', cmd: 'kubectl get pods -n kube-system' },
    { name: 'escaped quotes inside', text: '{"cmd": "kubectl get pods -l \\"app=web\\"", "stdout": "', cmd: 'kubectl get pods -l "app=web"' },
    { name: 'oc', text: '{"cmd": "oc get pods -n openshift-dns", "stdout": "', cmd: 'oc get pods -n openshift-dns' },
    { name: 'another tool', text: '{"cmd": "helm list -A", "stdout": "', cmd: null },
    { name: 'kubectl only inside a word', text: '{"cmd": "echo mykubectl get", "stdout": "', cmd: null },
    { name: 'no cmd field', text: '{"stdout": "', cmd: null },
    { name: 'an unclosed list (no backtracking on a long one)', text: `{"cmd": [${'"kubectl", '.repeat(5000)}`, cmd: null },
  ])('$name', ({ text, cmd }) => {
    expect(ansibleCommand(text)).toBe(cmd);
  });
  test.each([
    {
      name: "a grep's one headerless row, no \\n anywhere (openebs e2e, dt/02): opened, the task's command above it",
      text: 'changed: [localhost] => {"cmd": "kubectl get pods -n kv | grep percona", "rc": 0, "stdout": "percona-579444fb7d-p52xr   1/1   Running   0   50s", "stdout_lines": ["percona-579444fb7d-p52xr   1/1   Running   0   50s"]}',
      rows: [[1, 'kv/percona-579444fb7d-p52xr']],
    },
    { name: 'an empty stdout: nothing to open', text: 'ok: [m] => {"cmd": "kubectl get pods -n kv", "rc": 0, "stdout": "", "stdout_lines": []}', rows: [] },
    { name: 'a task that ran no kubectl: left as it is', text: 'ok: [m] => {"cmd": "cat pods.txt", "rc": 0, "stdout": "web-0   1/1   Running   0   5s", "stdout_lines": ["web-0   1/1   Running   0   5s"]}', rows: [] },
  ])('Ansible one-line result: $name', ({ text, rows }) => {
    expect(explain(text).rows.map((r) => [r.line, `${r.namespace}/${r.name}`])).toEqual(rows);
  });
  test("an Ansible result's -n names its table's rows' namespace (no 'no namespace' finding)", () => {
    const m = explain('changed: [localhost] => {"cmd": "kubectl get pods -n k8s-master-failure -l app=jenkins-app", "rc": 0, "stdout": "NAME                       READY     STATUS    RESTARTS   AGE\\njenkins-7bd46c4b67-xjwll   1/1       Running   0          1m"}');
    expect([m.rows.map((r) => [r.line, r.namespace]), m.commands.map((c) => [c.line, c.command]), m.lines.map((l) => l.kind), m.findings.map((f) => f.id)]).toEqual([
      [[1, 'k8s-master-failure']],
      [[1, 'kubectl get pods -n k8s-master-failure -l app=jenkins-app']],
      ['row'],
      [],
    ]);
  });
});

test("a finding's line in its text is the pasted line, not the opened one (namespace-unknown-named)", () => {
  const m = explain(['TASK [pods] ***', 'ok: [m1] => {"stdout": "NAME                       READY   STATUS    RESTARTS   AGE\\njenkins-7bd46c4b67-xjwll   1/1     Running   0          2m"}', '$ kubectl get pods -n other'].join('\n'));
  const f = m.findings.find((x) => x.id === 'namespace-unknown-named' || x.id === 'namespace-unknown');
  expect([f?.id, f?.rows]).toEqual(['namespace-unknown-named', [2]]);
  expect(f?.vars.line).toBe(3);
});

describe('explain on a table inside a JSON string', () => {
  const text = ['TASK [Get pods] ***', 'ok: [localhost] => {"stdout": "NAME                       READY   STATUS             RESTARTS   AGE\\njenkins-7bd46c4b67-xjwll   1/1     Running            0          2m\\nweb-0                      0/1     CrashLoopBackOff   4          9m"}', 'PLAY RECAP ***'].join('\n');
  const m = explain(text);
  test('its rows are read, each on the line it was pasted on', () => {
    expect(m.rows.map((r) => [r.line, r.name, r.status])).toEqual([[2, 'jenkins-7bd46c4b67-xjwll', 'Running'], [2, 'web-0', 'CrashLoopBackOff']]);
  });
  test('every pasted line is accounted for once, the opened one as rows', () => {
    expect(m.lines.map((l) => [l.line, l.kind])).toEqual([[1, 'noise'], [2, 'row'], [3, 'noise']]);
  });
  test("findings point at the pasted line", () => {
    expect(m.findings.find((f) => f.id === 'pods-in-status')?.rows).toEqual([2]);
  });
});

describe("explain on a notebook's output, a JSON list of lines (hunt ce/13, ce/14)", () => {
  test.each([
    { name: 'lines ending in \\n', end: '\\n' },
    { name: 'lines ending in \\r\\n', end: '\\r\\n' },
  ])('every row reads whole, its AGE too, with no problem: $name', ({ end }) => {
    const m = explain(['   "outputs": [', '    {', '     "name": "stdout",', '     "text": [', `      "NAME                                         READY   STATUS    RESTARTS   AGE${end}",`, `      "seldon-controller-manager-6978f54b99-xvgvd   1/1     Running   0          6m57s${end}",`, `      "web-0                                        0/1     Pending   0          89s${end}"`, '     ]', '    }', '   ],', '   "source": [', '    "!kubectl get pods -n seldon-system"', '   ]'].join('\n'));
    expect(m.rows.map((r) => [r.line, r.name, r.status, r.age])).toEqual([[6, 'seldon-controller-manager-6978f54b99-xvgvd', 'Running', '6m57s'], [7, 'web-0', 'Pending', '89s']]);
    expect(m.problems).toEqual([]);
  });
});
