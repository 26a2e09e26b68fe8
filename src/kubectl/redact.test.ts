import { describe, expect, test } from 'vitest';
import { redact } from './redact.ts';
import { explain } from './explain.ts';
import seed from '../../content/samples/seed-lab.txt?raw';
import type { PodRow } from './model.ts';

const samples = import.meta.glob<string>('../../content/samples/*.txt', { query: '?raw', import: 'default', eager: true });

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
  test.each([
    // Counting up gave bbbbb, which the owner stage reads as a typed mask (hunt y/23's nfd-master-bj47q: a DaemonSet, then a Deployment).
    { name: 'a lone suffix', input: 'nfd-master-bj47q   1/1   Running   0   29h' },
    // A hash of digits and hex letters (Trivy's Job names) keeps that shape, which tells it from a pod-template hash.
    { name: 'a hex hash', input: 'pod/scan-vulnerabilityreport-5957c56f9d-xwwmg   0/1   Completed   0   13m' },
    { name: 'a hash of many digits', input: 'pod/vault-agent-injector-5f6698466d-xjfmm   1/1   Running   0   14h' },
  ])('a stand-in reads as a generated part, in the original\'s shape: $name', ({ input }) => {
    const out = redact(input);
    expect(out).not.toBe(input);
    const shape = (s: string): string => s.replace(/[2-9]/g, '9').replace(/[b-d]|f/g, 'h').replace(/[g-z]/g, 'z');
    expect(shape(out)).toBe(shape(input));
    for (const part of out.split(/\s+/)[0]?.split('-').slice(-2) ?? []) expect(/^(.)\1+$/.test(part), part).toBe(false);
  });
  test.each([
    { name: "an EKS node's name (ip-10-0-1-5)", input: 'web-0   1/1   Running   0   5m   10.0.1.5   ip-10-0-1-5.ec2.internal', ip: '10.0.1.5', inName: 'ip-10-0-1-5.', sep: '-' },
    { name: "a GPU node named by its address (sample pytorchjob-hostnetwork-gpu-node)", input: 'm-0   1/1   Running   0   5m   10.252.192.48   gpu-10-252-192-48', ip: '10.252.192.48', inName: 'gpu-10-252-192-48', sep: '-' },
    { name: "OKE's proxymux-client-<node address> (hunt u/07)", input: 'proxymux-client-10.0.10.2   1/1   Running   0   58m   10.0.10.2', ip: '10.0.10.2', inName: 'client-10.0.10.2', sep: '.' },
  ])('an address inside a name is masked as the address is: $name', ({ input, ip, inName, sep }) => {
    const out = redact(input);
    expect(out).not.toContain(inName);
    const masked = out.split(/\s+/).find((w) => /^\d+\.\d+\.\d+\.\d+$/.test(w)) ?? '';
    expect(masked).not.toBe(ip);
    expect(out).toContain(masked.replaceAll('.', sep));
    expect(out.length).toBe(input.length);
  });
  test.each([
    { name: 'a run of five numbers', input: 'job-1-2-3-4-5' },
    { name: 'a date', input: 'backup-2024-01-15-1200' },
  ])('numbers in a name that are no address stay: $name', ({ input }) => expect(redact(input)).toBe(input));
  test.each([
    { name: "flannel's pod network", ip: '10.244.3.17', kept: '10.244.' },
    { name: "Docker's bridge", ip: '172.17.0.2', kept: '172.17.' },
    { name: 'a home network', ip: '192.168.1.103', kept: '192.168.' },
  ])('a private address keeps its range, the rest masked: $name', ({ ip, kept }) => {
    const out = redact(`web-0   ${ip}`);
    expect(out).not.toContain(ip);
    expect(out).toContain(`web-0   ${kept}`);
  });
  test.each([
    { name: "a public IPv6 pod or node address (ea/03, AWS's 2600:1f1c::/32)", input: 'calico-node-8wvss   1/1   Running   0   7m4s   2600:1f1c:ab4:ee48:11b7:c125:811f:ee30   ip-192-168-10-62', secret: '1f1c:ab4:ee48' },
    { name: 'a compressed one (ea/13)', input: 'aws-load-balancer-controller-68d794d7b8-l5rfl   1/1   Running   0   53m   2406:da1e:312:c503:3b1c::2   node', secret: 'da1e:312:c503' },
    { name: 'one in brackets in a URL', input: 'dial tcp [2600:1f1c:6d5:aa02:8:3:0:1]:443: i/o timeout', secret: '1f1c:6d5:aa02' },
    { name: "one after a key's colon (custom columns of .status.podIPs, ea/17)", input: 'web   [map[ip:10.244.1.3] map[ip:2600:1f1c:ab4:ee48::3]]   <none>', secret: '1f1c:ab4:ee48' },
  ])('masks IPv6: $name', ({ input, secret }) => {
    const masked = redact(input);
    expect(masked).not.toContain(secret);
    expect(masked.length).toBe(input.length);
  });
  test.each([
    { name: 'a unique-local range keeps its first group (kind\'s fd00:10:244::)', input: 'client   1/1   Running   0   23s   fd00:10:244::6321   kind-control-plane', kept: '   fd00:' },
    { name: 'the documentation prefix stays', input: 'web   1/1   Running   0   1m   2001:db8:3111:80::1   node', kept: '   2001:db8:' },
  ])('an IPv6 address keeps its range, the rest masked: $name', ({ input, kept }) => {
    const out = redact(input);
    expect(out).toContain(kept);
    expect(out).not.toBe(input);
  });
  test.each([
    { name: 'a clock', input: 'I0425 16:58:26.718262       1 trace.go:205]' },
    { name: 'a MAC address', input: 'link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00' },
    { name: 'the loopback address', input: 'inet6 ::1/128 scope host' },
  ])('keeps what is no IPv6 address to hide: $name', ({ input }) => expect(redact(input)).toBe(input));
  test('IPv6 addresses that share a prefix keep sharing it, the same address the same stand-in (host-network pods)', () => {
    const out = redact('2600:1f1c:ab4:ee48::30 2600:1f1c:ab4:ee48::30 2600:1f1c:ab4:ee49::7').split(' ');
    expect(out[0]).toBe(out[1]);
    expect(out[2]?.split(':').slice(0, 3)).toEqual(out[0]?.split(':').slice(0, 3));
    expect(out[2]).not.toBe(out[0]);
  });
  test('a public address is masked whole', () => {
    expect(redact('node   52.14.201.7')).not.toMatch(/52\.|\.14\.|\.201\./);
  });
  test('ten one-digit octets under one prefix keep ten stand-ins', () => {
    const ips = Array.from({ length: 10 }, (_, i) => `10.1.1.${i}`);
    expect(new Set(redact(ips.join(' ')).split(' ')).size).toBe(10);
  });
  test('a part the paste masked already stays as it is (xxxxx)', () => {
    expect(redact('jobset-controller-manager-xxxxx   1/1   Running   3m')).toBe('jobset-controller-manager-xxxxx   1/1   Running   3m');
  });
  test("an owner's name gets its pods' hash's stand-in (get all's replicaset.apps/, job.batch/)", () => {
    const out = redact('pod/coredns-66bff467f8-4j4lj   1/1   Running\nreplicaset.apps/coredns-66bff467f8   2   2   2');
    expect(out).not.toContain('66bff467f8');
    const hash = /coredns-(\w+)-/.exec(out)?.[1];
    expect(out).toContain(`replicaset.apps/coredns-${hash}`);
  });
  test.each(Object.entries(samples).map(([path, text]) => ({ name: path.replace(/^.*\//, ''), text })))('every sample reads the same rows once masked: $name', ({ text }) => {
    const row = (r: PodRow): string => `${r.line} ${r.workload?.kind} ${r.component} ${r.severity} ${r.network} ${r.readBy}`;
    expect(explain(redact(text)).rows.map(row)).toEqual(explain(text).rows.map(row));
  });
  test('the same value masks the same way', () => {
    expect(redact('10.1.2.3 10.1.2.3 10.1.2.4')).toMatch(/^(\S+) \1 (?!\1)\S+$/);
  });
});
