import { describe, expect, test } from 'vitest';
import { redact } from './redact.ts';
import { explain } from './explain.ts';
import seed from '../../content/samples/seed-lab.txt?raw';

describe('redact', () => {
  const out = redact(seed);
  test('same length on every line (columns stay aligned)', () => {
    const a = seed.split('\n');
    const b = out.split('\n');
    expect(b.length).toBe(a.length);
    a.forEach((line, i) => expect(b[i]?.length).toBe(line.length));
  });
  test.each([
    { name: 'pod IP', secret: '172.16.171.70' },
    { name: 'node IP', secret: '192.168.1.103' },
    { name: 'ReplicaSet hash', secret: '66bff467f8' },
    { name: 'random suffix', secret: '4j4lj' },
  ])('masks the $name', ({ secret }) => expect(out).not.toContain(secret));
  test('keeps names, statuses and node names', () => {
    expect(out).toContain('coredns-');
    expect(out).toContain('Running');
    expect(out).toContain('etcd-m-k8s');
  });
  test('the redacted paste explains the same way', () => {
    const a = explain(seed);
    const b = explain(out);
    expect(b.rows.map((r) => [r.component, r.workload?.kind, r.network])).toEqual(a.rows.map((r) => [r.component, r.workload?.kind, r.network]));
    expect(b.nodes.map((n) => n.role)).toEqual(a.nodes.map((n) => n.role));
  });
  test('the same value masks the same way', () => {
    expect(redact('10.1.2.3 10.1.2.3 10.1.2.4')).toMatch(/^(\S+) \1 (?!\1)\S+$/);
  });
});
