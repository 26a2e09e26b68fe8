/** The CLI as a real process: exit codes, JSON keys, messages in the chosen language. */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { jsonChunks } from './main.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (args: string[], input?: string) => spawnSync(process.execPath, ['src/cli/main.ts', ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000, maxBuffer: 256 << 20 });

describe('large outputs', () => {
  test.each([
    { name: 'an object with arrays, nesting and empties', value: { columns: ['NAME', 'READY'], rows: [{ a: 1, b: { c: [1, 2] }, d: null }, { a: 2, b: {}, d: [] }], nodes: [], cluster: { cni: null, podNetworks: ['10.0.0.0/16'] } } },
    { name: 'an empty object', value: {} },
  ])('the JSON written in pieces is JSON.stringify\'s text: $name', ({ value }) => {
    let out = '';
    jsonChunks(value, (s) => {
      out += s;
    });
    expect(out).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
  test('150k rows print as a table without overflowing the stack', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `web-${i}   1/1     Running   0          5d`).join('\n');
    const r = run(['--lang', 'en'], `NAME    READY   STATUS    RESTARTS   AGE\n${rows}\n`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('## Findings');
  }, 120_000);
});

describe('npm run explain', () => {
  test('--json on the seed prints the model and exits 0', () => {
    const r = run(['--json', 'content/samples/seed-lab.txt']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['columns', 'rows', 'nodes', 'findings', 'problems', 'cluster']));
    expect(j.rows).toHaveLength(15);
    expect(j.nodes.find((n: { name: string }) => n.name === 'm-k8s').role).toBe('control-plane');
  }, 60_000);
  test('the table view, in English, from standard input', () => {
    const r = run(['--lang', 'en'], 'NAME    READY   STATUS             RESTARTS   AGE\nweb-0   0/1     CrashLoopBackOff   5          5d\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✖ error');
    expect(r.stdout).toContain('## Findings');
  }, 60_000);
  test.each([
    { name: 'kubectl message', input: 'No resources found in default namespace.\n', lang: 'en', says: 'no-resources' },
    { name: 'another resource table', input: 'NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nkubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   5d\n', lang: 'en', says: 'service' },
    { name: 'prose, in Korean by default', input: '안녕하세요\n', lang: undefined, says: '파드 표를 찾지 못했습니다' },
    { name: 'an API that does not answer, named in the text', input: "E0411 12:36:32.181316   19120 memcache.go:287] couldn't get resource list for spdx.softwarecomposition.kubescape.io/v1beta1: the server is currently unable to handle the request\n", lang: 'en', says: 'kubectl could not read the API spdx.softwarecomposition.kubescape.io/v1beta1:' },
    { name: 'a command and -o name lines of deployments', input: '$ kubectl get deploy -o name\ndeployment.apps/web\n', lang: 'en', says: 'a command (kubectl get deploy -o name); lines naming other resources' },
    { name: 'pod rows whose column order only a header tells (z/28; no name generated, so either could be the pod\'s)', input: 'web-app   openshift-storage   Evicted   oct-03-03-compute   Pod The node had condition: [DiskPressure].\nrook-ceph-tools   openshift-storage   Evicted   oct-03-03-compute   The node was low on resource: ephemeral-storage.\n', lang: 'en', says: 'lines 1-2: Look like pod rows' },
    { name: 'a row kubectl never printed, its STATUS translated (de/26), said with its line', input: 'k get po web -o wide\n\nweb   1/1     正在运行   0          26 秒   10.42.2.213   k3d-agent-1   <none>           <none>\n', lang: 'en', says: 'line 3: A pod row with its STATUS in another language' },
    { name: 'twelve such rows: ten said with their lines, the rest counted', input: Array.from({ length: 12 }, () => 'web   1/1     正在运行   0          26 秒   10.42.2.213   k3d-agent-1   <none>           <none>\n---\n').join(''), lang: 'en', says: 'line 19: A pod row with its STATUS in another language' },
    { name: 'twelve such rows, in Korean: the two past the tenth counted', input: Array.from({ length: 12 }, () => 'web   1/1     正在运行   0          26 秒   10.42.2.213   k3d-agent-1   <none>           <none>\n---\n').join(''), lang: 'ko', says: '문제 2개 더 (--json에 모두 나옵니다)' },
  ])('no pod table exits 2 and says what it saw: $name', ({ input, lang, says }) => {
    const r = run(lang === undefined ? [] : ['--lang', lang], input);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(says);
  }, 60_000);
  test.each([
    { name: 'unknown option', args: ['--nope'] },
    { name: 'bad language', args: ['--lang', 'fr'] },
    { name: 'bad time', args: ['--now', 'yesterday'] },
    { name: 'missing file', args: ['does-not-exist.txt'] },
  ])('bad usage exits 1: $name', ({ args }) => {
    expect(run(args, '').status).toBe(1);
  }, 60_000);
});
