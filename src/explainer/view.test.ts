import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { explain } from '../kubectl/index.ts';
import {
  COLUMN_KEYS, copyMarkdown, decodeShareFragment, encodeShareFragment, explainerHref, filterRows, guideHref, isTextFile, legendEntries, lineOf, NO_NODE, nodeRoles,
  onlyRows, rolesLine, rowCells, sortRows, summary, tableColumns, type RowFilter, type SortDir, type SortKey,
} from './view.ts';

const sample = (name: string) => readFileSync(new URL(`../../content/samples/${name}.txt`, import.meta.url), 'utf8');
const seed = explain(sample('seed-lab'));
const trouble = explain(sample('eks-cluster-in-trouble'));

describe('tableColumns', () => {
  test.each([
    { name: 'Korean', lang: 'ko' as const },
    { name: 'English', lang: 'en' as const },
  ])('$name: every column has a label and a description', ({ lang }) => {
    const cols = tableColumns(lang);
    expect(cols.map((c) => c.key)).toEqual([...COLUMN_KEYS]);
    for (const c of cols) {
      expect(c.label.trim()).not.toBe('');
      expect(c.description.length).toBeGreaterThan(10);
    }
  });

  test('the legend also explains NOMINATED NODE and READINESS GATES', () => {
    const labels = legendEntries('en').map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['NOMINATED NODE', 'READINESS GATES', 'READY', 'RESTARTS', 'AGE']));
  });
});

describe('rowCells', () => {
  const roles = nodeRoles(seed);
  const byName = (name: string) => seed.rows.find((r) => r.name === name)!;
  test.each([
    { name: 'a Deployment pod on the control plane', pod: 'coredns-66bff467f8-4j4lj', lang: 'en' as const, expected: { owner: 'Deployment coredns', component: 'coredns', node: 'm-k8s', nodeRole: 'control plane', network: 'pod', ready: '1/1', restarts: '1', severityLabel: '✔ ok' } },
    { name: 'a DaemonSet pod on a worker, host network', pod: 'calico-node-6r9bf', lang: 'en' as const, expected: { owner: 'DaemonSet calico-node', node: 'w3-k8s', nodeRole: 'worker', network: 'host' } },
    { name: 'a static pod, in Korean', pod: 'etcd-m-k8s', lang: 'ko' as const, expected: { owner: 'StaticPod etcd', component: 'etcd', nodeRole: '컨트롤 플레인', severityWord: '정상' } },
  ])('$name', ({ pod, lang, expected }) => {
    expect(rowCells(byName(pod), lang, roles)).toMatchObject(expected);
  });

  test('a node\'s pod count without a NODE column is not known, not 0', () => {
    const m = explain('NAME         READY   STATUS    RESTARTS   AGE\netcd-m-k8s   1/1     Running   0          5d\n\nNAME    STATUS   ROLES           AGE   VERSION\nm-k8s   Ready    control-plane   5d    v1.30.0');
    expect(summary(m, 'en').nodes.map((n) => n.pods)).toEqual([null]);
    expect(summary(seed, 'en').nodes.every((n) => typeof n.pods === 'number')).toBe(true);
  });

  test('an owner guessed from the name alone is marked with a question mark', () => {
    const r = explain('NAME   READY   STATUS    RESTARTS   AGE\nlog-shipper-x7k2p   1/1   Running   0   5d').rows[0]!;
    expect(rowCells(r, 'en').owner).toBe('DaemonSet? log-shipper');
  });

  test('restarts with a last-restart time keep it', () => {
    const r = trouble.rows.find((x) => x.restarts?.lastAgo)!;
    expect(rowCells(r, 'en').restarts).toBe(`${r.restarts!.count} (${r.restarts!.lastAgo} ago)`);
  });
});

describe('filterRows', () => {
  const cases: { name: string; filter: RowFilter; count: number }[] = [
    { name: 'no filter keeps every row', filter: {}, count: 15 },
    { name: 'by node', filter: { node: 'm-k8s' }, count: 9 },
    { name: 'by namespace', filter: { namespace: 'kube-system' }, count: 15 },
    { name: 'by a namespace not present', filter: { namespace: 'default' }, count: 0 },
    { name: 'by severity', filter: { severity: 'ok' }, count: 15 },
    { name: 'by severity not present', filter: { severity: 'error' }, count: 0 },
    { name: 'by text, case-insensitive', filter: { text: 'CALICO' }, count: 5 },
    { name: 'by text matching an IP', filter: { text: '192.168.1.103' }, count: 2 },
    { name: 'by lines', filter: { lines: new Set([4, 5]) }, count: 2 },
    { name: 'rows without a node', filter: { node: NO_NODE }, count: 0 },
    { name: 'filters combine', filter: { node: 'm-k8s', text: 'kube-proxy' }, count: 1 },
  ];
  test.each(cases)('$name', ({ filter, count }) => {
    expect(filterRows(seed.rows, filter)).toHaveLength(count);
  });
});

describe('sortRows', () => {
  const cases: { name: string; key: SortKey; dir: SortDir; first: string }[] = [
    { name: 'by name ascending', key: 'name', dir: 'asc', first: 'calico-kube-controllers-99c9b6f64-5cvw6' },
    { name: 'by name descending', key: 'name', dir: 'desc', first: 'kube-scheduler-m-k8s' },
    { name: 'by node descending, ties in paste order', key: 'node', dir: 'desc', first: 'calico-node-6r9bf' },
    { name: 'by line keeps the paste order', key: 'line', dir: 'asc', first: 'calico-kube-controllers-99c9b6f64-5cvw6' },
  ];
  test.each(cases)('$name', ({ key, dir, first }) => {
    expect(sortRows(seed.rows, key, dir)[0]?.name).toBe(first);
  });

  test('severity ascending puts the worst first', () => {
    const sorted = sortRows(trouble.rows, 'severity', 'asc');
    expect(sorted[0]?.severity).toBe('error');
    expect(sorted.at(-1)?.severity).toBe('ok');
  });

  test('empty values go last in both directions', () => {
    for (const dir of ['asc', 'desc'] as const) {
      const sorted = sortRows(trouble.rows, 'node', dir);
      expect(sorted.at(-1)?.node).toBeNull();
    }
  });

  test('does not change its input', () => {
    const before = seed.rows.map((r) => r.line);
    sortRows(seed.rows, 'name', 'desc');
    expect(seed.rows.map((r) => r.line)).toEqual(before);
  });
});

describe('summary', () => {
  test('the seed: four nodes, one control plane, roles and host-network pods', () => {
    const s = summary(seed, 'en');
    expect(s.pods).toBe(15);
    expect(s.nodes.map((n) => [n.name, n.role])).toEqual([
      ['m-k8s', 'control-plane'], ['w1-k8s', 'worker'], ['w2-k8s', 'worker'], ['w3-k8s', 'worker'],
    ]);
    expect(s.nodesLine).toContain('m-k8s (control plane)');
    expect(s.rolesLine).toBe('control plane 1, worker 3');
    expect(summary(seed, 'ko').rolesLine).toBe('컨트롤 플레인 1, 워커 3');
    expect(s.hostNetworkPods).toBe(12);
    expect(s.cni).toBe('calico');
    expect(s.dns).toBe('coredns');
  });

  test.each([
    { name: 'no nodes', roles: [], line: '' },
    { name: 'one role', roles: ['worker', 'worker'], line: 'worker 2' },
    { name: 'roles in the order they first appear', roles: ['worker', 'control plane', 'worker', 'unknown'], line: 'worker 2, control plane 1, unknown 1' },
  ])('rolesLine: $name', ({ roles, line }) => {
    expect(rolesLine(roles.map((roleLabel) => ({ roleLabel })))).toBe(line);
  });

  test('findings are ranked worst first', () => {
    const ranks = summary(trouble, 'en').findings.map((f) => ['error', 'warning', 'unknown', 'progress', 'ok'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(summary(trouble, 'ko').findings[0]?.severityLabel).toBe('✖ 오류');
  });
});

describe('share fragment', () => {
  test.each([
    { name: 'the seed', text: sample('seed-lab') },
    { name: 'Korean and emoji', text: '파드 🚀 NAME' },
    { name: 'markup', text: '<img src=x onerror=alert(1)>' },
  ])('round-trips $name', ({ text }) => {
    const frag = encodeShareFragment(text);
    expect(frag.startsWith('#paste=')).toBe(true);
    expect(decodeShareFragment(frag)).toBe(text);
    expect(decodeShareFragment(frag.slice(1))).toBe(text);
  });

  test.each([
    { name: 'empty', hash: '' },
    { name: 'just a hash', hash: '#' },
    { name: 'another fragment', hash: '#row-4' },
    { name: 'empty paste', hash: '#paste=' },
    { name: 'characters outside the alphabet', hash: '#paste=%%%<>' },
    { name: 'random letters', hash: '#paste=zzzzzzzzzzzzzzzzzzzz' },
    { name: 'truncated data', hash: encodeShareFragment(sample('seed-lab')).slice(0, 40) },
  ])('decodes $name to null or a string, never throws', ({ hash }) => {
    const out = decodeShareFragment(hash);
    expect(out === null || typeof out === 'string').toBe(true);
    if (['', '#', '#row-4', '#paste=', '#paste=%%%<>'].includes(hash)) expect(out).toBeNull();
  });
});

describe('links', () => {
  test.each([
    { name: 'Korean guide page', base: '/kube-anatomy', lang: 'ko' as const, id: 'etcd', expected: '/kube-anatomy/components/etcd/' },
    { name: 'English guide page', base: '/kube-anatomy/', lang: 'en' as const, id: 'coredns', expected: '/kube-anatomy/en/components/coredns/' },
    { name: 'root base', base: '/', lang: 'en' as const, id: 'kube-proxy', expected: '/en/components/kube-proxy/' },
    { name: 'a component without a guide page', base: '/', lang: 'en' as const, id: 'metrics-server', expected: null },
    { name: 'no component', base: '/', lang: 'en' as const, id: null, expected: null },
  ])('guideHref: $name', ({ base, lang, id, expected }) => {
    expect(guideHref(base, lang, id)).toBe(expected);
  });

  test.each([
    { name: 'Korean', lang: 'ko' as const, prefix: '/kube-anatomy/explain/#paste=' },
    { name: 'English', lang: 'en' as const, prefix: '/kube-anatomy/en/explain/#paste=' },
  ])('explainerHref: $name', ({ lang, prefix }) => {
    const href = explainerHref('/kube-anatomy', lang, 'abc');
    expect(href.startsWith(prefix)).toBe(true);
    expect(decodeShareFragment(href.slice(href.indexOf('#')))).toBe('abc');
  });
});

describe('onlyRows', () => {
  test.each([
    { name: 'no filter', only: undefined, count: 15 },
    { name: 'a component id', only: 'etcd', count: 1 },
    { name: 'several ids', only: 'calico-node, calico-kube-controllers', count: 5 },
    { name: 'a name prefix', only: 'kube-', count: 7 },
    { name: 'nothing matches', only: 'nope', count: 0 },
  ])('$name', ({ only, count }) => {
    expect(onlyRows(seed.rows, only)).toHaveLength(count);
  });
});

test('copyMarkdown gives one line per pod plus the header', () => {
  expect(copyMarkdown(seed, 'en').split('\n')).toHaveLength(17);
});

describe('lineOf', () => {
  test.each([
    { name: 'the first line', text: 'a\nb\nc', line: 1, expected: 'a' },
    { name: 'a middle line, CR dropped', text: 'a\nb\r\nc', line: 2, expected: 'b' },
    { name: 'the last line, no newline after it', text: 'a\nb\nc', line: 3, expected: 'c' },
    { name: 'past the end', text: 'a\nb', line: 5, expected: '' },
    { name: 'an empty line', text: 'a\n\nc', line: 2, expected: '' },
  ])('$name', ({ text, line, expected }) => {
    expect(lineOf(text, line)).toBe(expected);
  });

  test('a long line is cut to 240 characters and an ellipsis', () => {
    const long = 'x'.repeat(300);
    expect(lineOf(`a\n${long}`, 2)).toBe(`${'x'.repeat(240)}…`);
    expect(lineOf('y'.repeat(240), 1)).toBe('y'.repeat(240));
  });
});

describe('isTextFile', () => {
  test.each([
    { name: 'no type', type: '', file: 'pods', expected: true },
    { name: 'text/plain', type: 'text/plain', file: 'pods.bin', expected: true },
    { name: '.log by name', type: 'application/octet-stream', file: 'kubectl.LOG', expected: true },
    { name: '.out by name', type: 'application/x-foo', file: 'pods.out', expected: true },
    { name: 'an image', type: 'image/png', file: 'shot.png', expected: false },
  ])('$name', ({ type, file, expected }) => {
    expect(isTextFile(type, file)).toBe(expected);
  });
});
