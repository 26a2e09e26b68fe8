/**
 * Every sample in content/samples/ (a real paste + the facts it should yield) checked against the core.
 * Samples are bundled by Vite's import.meta.glob, so no Node API is needed here either.
 */
import { describe, expect, test } from 'vitest';
import { explain, hasPodTable, type Model, type PodRow } from './index.ts';

const texts = import.meta.glob<string>('../../content/samples/*.txt', { query: '?raw', import: 'default', eager: true });
const facts = import.meta.glob<Sample>('../../content/samples/*.json', { import: 'default', eager: true });

interface PodFacts {
  namespace?: string | null;
  status?: string | null;
  severity?: string;
  component?: string | null;
  owner?: string;
  /** The owner's name, where the kind alone says little (a Spark executor's driver pod). */
  ownerName?: string;
  node?: string | null;
  network?: string;
  ready?: string;
  restarts?: number;
  ageSeconds?: number | null;
  readBy?: string;
}

interface Sample {
  title: { ko: string; en: string };
  source: string;
  now?: string;
  expect: {
    rows?: number;
    columns?: string[];
    pods?: Record<string, PodFacts>;
    nodes?: Record<string, string>;
    findings?: string[];
    problems?: string[];
    messages?: string[];
    noPodTable?: boolean;
    otherTables?: number;
    cni?: string | null;
    dns?: string | null;
    podNetworks?: string[];
  };
}

const cases = Object.entries(texts).map(([path, text]) => {
  const name = path.replace(/^.*\//, '').replace(/\.txt$/, '');
  return { name, text, sample: facts[path.replace(/\.txt$/, '.json')] };
});

/** The last row printed for a pod (a watch prints it again on each change). */
function podByName(model: Model, name: string): PodRow | undefined {
  let found: PodRow | undefined;
  for (const r of model.rows) if (r.name === name) found = r;
  return found;
}

function podFacts(r: PodRow): PodFacts {
  return {
    namespace: r.namespace, status: r.status, severity: r.severity, component: r.component, owner: r.workload?.kind ?? 'Pod', ownerName: r.workload?.name ?? r.name, node: r.node,
    network: r.network, ready: r.ready === null ? '' : `${r.ready.ready}/${r.ready.total}`, restarts: r.restarts?.count ?? -1,
    ageSeconds: r.ageSeconds, readBy: r.readBy,
  };
}

test('there are samples', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('$name', ({ name, text, sample }) => {
  test('has expected facts', () => {
    expect(sample, `${name}.json missing`).toBeDefined();
  });
  if (sample === undefined) return;
  const e = sample.expect;
  const model = explain(text, sample.now === undefined ? {} : { now: Date.parse(sample.now) });

  test('accounts for every line', () => {
    const n = text === '' ? 0 : text.split(/\r\n|\n|\r/).length - (/(\r\n|\n|\r)$/.test(text) ? 1 : 0);
    expect(model.lines.length).toBe(n);
  });
  if (e.rows !== undefined) test('rows', () => expect(model.rows.length).toBe(e.rows));
  if (e.columns !== undefined) test('columns', () => expect(model.columns).toEqual(e.columns));
  if (e.noPodTable !== undefined) test('pod table', () => expect(hasPodTable(model)).toBe(!e.noPodTable));
  if (e.otherTables !== undefined) test('other tables', () => expect(model.otherTables.length).toBe(e.otherTables));
  if (e.cni !== undefined) test('cni', () => expect(model.cluster.cni).toBe(e.cni));
  if (e.dns !== undefined) test('dns', () => expect(model.cluster.dns).toBe(e.dns));
  if (e.podNetworks !== undefined) test('pod networks', () => expect(model.cluster.podNetworks).toEqual(e.podNetworks));
  if (e.nodes !== undefined) {
    test('nodes', () => {
      const roles = Object.fromEntries(model.nodes.map((n) => [n.name, n.role]));
      for (const [node, role] of Object.entries(e.nodes ?? {})) expect(roles[node], node).toBe(role);
    });
  }
  if (e.findings !== undefined) test('findings', () => expect(model.findings.map((f) => f.id)).toEqual(e.findings?.length === 0 ? [] : expect.arrayContaining(e.findings ?? [])));
  // An empty list means none at all (arrayContaining([]) would accept anything).
  if (e.problems !== undefined) test('problems', () => expect(model.problems.map((p) => p.code)).toEqual(e.problems?.length === 0 ? [] : expect.arrayContaining(e.problems ?? [])));
  if (e.messages !== undefined) test('messages', () => expect(model.messages.map((m) => m.id)).toEqual(expect.arrayContaining(e.messages ?? [])));
  for (const [pod, want] of Object.entries(e.pods ?? {})) {
    test(`pod ${pod}`, () => {
      const r = podByName(model, pod);
      expect(r, `no row named ${pod}`).toBeDefined();
      if (r === undefined) return;
      const got = podFacts(r);
      const picked = Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof PodFacts]]));
      expect(picked).toEqual(want);
    });
  }
});
