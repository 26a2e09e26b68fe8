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
  test.each([
    { name: "a ServiceAccount token after --token= (hunt ca/25)", input: './kubectl get pods --token=eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJkZXYifQ.c2lnbmF0dXJlLXBhcnQ', secret: 'eyJhbGciOiJSUzI1NiIs' },
    { name: "a quoted token after --token (hunt ca/22)", input: "kubectl --token='eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJrdWJlcm5ldGVzIn0.c2ln' get pods", secret: 'eyJhbGciOiJSUzI1NiJ9' },
    { name: 'a token after --token and a space', input: 'kubectl --token abcdef.0123456789abcdef get pods', secret: '0123456789abcdef' },
    { name: "an Authorization header's bearer token", input: 'curl -H "Authorization: Bearer s3cr3t+t0ken/value==" https://example.test', secret: 's3cr3t+t0ken' },
    { name: "an Authorization header's basic credentials", input: 'Authorization: Basic dXNlcjpwYXNzd29yZA==', secret: 'dXNlcjpwYXNzd29yZA' },
    { name: 'a bare JWT in a kubeconfig', input: '    token: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl', secret: 'eyJhbGciOiJSUzI1NiJ9' },
    { name: "an API server's IP in a URL (hunt ca/12)", input: 'kubectl --server=https://10.10.210.227:6443 get pods', secret: '10.10.210.227' },
    { name: 'an IP after -s and a scheme (hunt ca/22)', input: 'kubectl -s https://10.10.11.133:8443 get pods', secret: '10.10.11.133' },
    { name: "describe's node/IP (hunt ca/04)", input: 'Node:         unobtainium/10.10.10.235', secret: '10.10.10.235' },
    { name: 'an IP with a prefix length', input: 'inet 10.1.30.129/32 brd 10.1.30.255', secret: '10.1.30.129' },
    { name: "a pod's suffixes after pod/", input: 'pod/coredns-66bff467f8-4j4lj   1/1     Running', secret: '4j4lj' },
  ])('masks $name', ({ input, secret }) => {
    const masked = redact(input);
    expect(masked).not.toContain(secret);
    expect(masked.length).toBe(input.length);
  });
  test.each([
    { name: 'a short word after --token is a command, not a credential', input: 'kubectl --token=`cat token` get pods' },
    { name: 'a shell variable names the token without giving it', input: 'kubectl --token=$TOKEN_OF_THE_DEVELOPER get pods' },
    { name: '"basic" and "bearer" in prose are words', input: 'a basic deployment with bearer authentication' },
    { name: 'READY counts and a CIDR-like ratio stay', input: 'web-0   1/1     Running   0          5m' },
    { name: 'a token after the end of its line is not masked', input: 'kubectl --token\nsomething-long-enough' },
  ])('keeps $name', ({ input }) => expect(redact(input)).toBe(input));
  test('a write-up with a token and URLs explains the same way once masked (hunts ca/12, ca/22)', () => {
    const paste = [
      '$ kubectl -s https://10.10.11.133:8443 --token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJl get pods -o wide',
      'NAME                                READY   STATUS    RESTARTS   AGE   IP           NODE',
      'nginx                               1/1     Running   0          12m   172.17.0.3   steamcloud',
      'gitea-0                             1/1     Running   0          30m   172.17.0.4   steamcloud',
      'nginx-7f459c6889-8slv2              1/1     Running   0          30m   172.17.0.5   steamcloud',
      'Node:         steamcloud/10.10.11.133',
    ].join('\n');
    const out = redact(paste);
    expect(out).not.toContain('10.10.11.133');
    expect(out).not.toContain('eyJhbGciOiJSUzI1NiJ9');
    const a = explain(paste);
    const b = explain(out);
    expect(b.rows.length).toBe(a.rows.length);
    expect(b.rows.map((r) => [r.workload?.kind, r.workload?.name, r.node, r.namespace])).toEqual(a.rows.map((r) => [r.workload?.kind, r.workload?.name, r.node, r.namespace]));
  });
  test('the same value masks the same way', () => {
    expect(redact('10.1.2.3 10.1.2.3 10.1.2.4')).toMatch(/^(\S+) \1 (?!\1)\S+$/);
  });
});
