import { describe, expect, test } from 'vitest';
import { firstPodIp, ipv4Number, isPrivateIpv4, isIp, isHiddenIpv6, isIpCell, isIpPlaceholder, ipValue, isNameLike, isNamespaceName, isNodeCell, isStatusLike, noneToNull, parseLabels, parseReady, parseRestarts } from './values.ts';

describe('parseReady', () => {
  test.each([
    { name: 'all ready', input: '1/1', expected: { ready: 1, total: 1 } },
    { name: 'some ready', input: '2/3', expected: { ready: 2, total: 3 } },
    { name: 'none ready', input: '0/1', expected: { ready: 0, total: 1 } },
    { name: 'not a fraction', input: 'Running', expected: null },
    { name: 'half a fraction', input: '1/', expected: null },
  ])('$name', ({ input, expected }) => expect(parseReady(input)).toEqual(expected));
});

describe('parseRestarts', () => {
  test.each([
    { name: 'count only', input: '3', expected: { count: 3, lastAgo: null } },
    { name: 'count with last restart', input: '6 (3m3s ago)', expected: { count: 6, lastAgo: '3m3s' } },
    { name: 'widened spacing', input: '6  (3m3s  ago)', expected: { count: 6, lastAgo: '3m3s' } },
    { name: 'not a count', input: 'x', expected: null },
    { name: 'missing ago', input: '6 (3m)', expected: null },
  ])('$name', ({ input, expected }) => expect(parseRestarts(input)).toEqual(expected));
});

describe('addresses and names', () => {
  test.each([
    { name: 'IPv4', input: '172.16.171.70', expected: true },
    { name: 'IPv6', input: 'fd00:10:244::5', expected: true },
    { name: 'octet over 255', input: '10.0.0.256', expected: false },
    { name: 'three octets', input: '10.0.0', expected: false },
    { name: 'a word', input: 'm-k8s', expected: false },
    { name: 'IPv6 loopback', input: '::1', expected: true },
    { name: 'IPv6 in full', input: '2001:0db8:0000:0000:0000:ff00:0042:8329', expected: true },
    { name: 'IPv6 with an IPv4 tail', input: '::ffff:192.0.2.1', expected: true },
    { name: 'a clock is not IPv6', input: '11:21:41.741', expected: false },
    { name: 'a time of day is not IPv6', input: '14:33:24', expected: false },
    { name: 'two "::" are not IPv6', input: '1::2::3', expected: false },
    { name: 'nine groups are not IPv6', input: '1:2:3:4:5:6:7:8:9', expected: false },
    { name: 'a group of five digits is not IPv6', input: '12345::1', expected: false },
  ])('isIp: $name', ({ input, expected }) => expect(isIp(input)).toBe(expected));

  test.each([
    { name: 'a pod address', input: '10.244.1.7', expected: 10 * 2 ** 24 + 244 * 2 ** 16 + 1 * 256 + 7 },
    { name: 'the lowest', input: '0.0.0.0', expected: 0 },
    { name: 'the highest', input: '255.255.255.255', expected: 2 ** 32 - 1 },
    { name: 'octet over 255', input: '10.0.0.256', expected: -1 },
    { name: 'three octets', input: '10.0.0', expected: -1 },
    { name: 'five octets', input: '10.0.0.1.2', expected: -1 },
    { name: 'an empty octet', input: '10..0.1', expected: -1 },
    { name: 'four digits in an octet', input: '10.0.0001.1', expected: -1 },
    { name: 'IPv6', input: 'fd00:10:244::5', expected: -1 },
    { name: 'a hidden address', input: 'x.x.x.x', expected: -1 },
  ])('ipv4Number: $name', ({ input, expected }) => expect(ipv4Number(input)).toBe(expected));
  test.each([
    { name: '10/8', a: 10, b: 96, expected: true },
    { name: '172.16/12, its first', a: 172, b: 16, expected: true },
    { name: '172.16/12, its last', a: 172, b: 31, expected: true },
    { name: 'past 172.16/12', a: 172, b: 32, expected: false },
    { name: '192.168/16', a: 192, b: 168, expected: true },
    { name: '100.64/10 (carrier-grade NAT)', a: 100, b: 64, expected: true },
    { name: 'past 100.64/10', a: 100, b: 128, expected: false },
    { name: 'a public address', a: 52, b: 10, expected: false },
  ])('isPrivateIpv4: $name', ({ a, b, expected }) => expect(isPrivateIpv4(a, b)).toBe(expected));

  test.each([
    { name: 'x.x.x.x', input: 'x.x.x.x', expected: true },
    { name: 'partly hidden', input: '10.x.x.x', expected: true },
    { name: 'angle brackets', input: '<redacted>', expected: true },
    { name: 'IPv6 prefix kept', input: '2600:<IPv6>', expected: true },
    { name: '<none> is absent, not hidden', input: '<none>', expected: false },
    { name: 'a real address', input: '10.1.2.3', expected: false },
    { name: 'a word with x', input: 'xen', expected: false },
    { name: 'words in angle brackets (a doc left each address out)', input: '<server 2 ipv6>', expected: true },
    { name: 'an IPv6 address with its groups made words', input: '2600:iced:ab4:iced:coffee:baby:609e:97e', expected: true },
    { name: 'a real IPv6 address is no placeholder', input: '2600:1f18:ab4:9c00:e3f5:8d2a:609e:97e', expected: false },
    { name: 'a time of day is no address', input: '12:30:45', expected: false },
    { name: 'letters standing for numbers after the first (10.XX.YY.ab3)', input: '10.XX.YY.ab3', expected: true },
    { name: 'every number a run of one letter (yy.yy.yy.yy)', input: 'yy.yy.yy.yy', expected: true },
    { name: 'runs of different letters (aa.bb.cc.dd)', input: 'aa.bb.cc.dd', expected: true },
    { name: 'a run of four letters is a word, no masked number', input: 'yyyy.yy.yy.yy', expected: false },
    { name: 'a label of mixed letters is a host name', input: 'db.yy.yy.yy', expected: false },
    { name: 'an empty label is no address', input: 'yy..yy.yy', expected: false },
    { name: 'stars alone', input: '***', expected: true },
    { name: 'REDACTED', input: 'REDACTED', expected: true },
    { name: 'a host name with four labels is no address', input: 'k8s.node1.example.com', expected: false },
    { name: 'a version with letters is no address', input: 'v1.2.3.4', expected: false },
    { name: 'a word is no stand-in', input: 'Running', expected: false },
    { name: 'words in braces (a Korean tutorial)', input: '{2번 노드 IP}', expected: true },
    { name: 'a template variable', input: '{{node_ip}}', expected: true },
    { name: 'a shell variable', input: '${NODE_IP}', expected: true },
    { name: 'words in square brackets', input: '[master ip]', expected: true },
    { name: 'empty braces hold no stand-in', input: '{{}}', expected: false },
    { name: 'a shell variable without braces is a word', input: '$NODE_IP', expected: false },
    { name: 'an unclosed brace is no stand-in', input: '{node_ip', expected: false },
    { name: "words in parentheses (a README's `(Node Name)`, fa/11)", input: '(Node Name)', expected: true },
    { name: 'Korean words in parentheses', input: '(노드 이름)', expected: true },
    { name: "a RESTARTS' last-restart note is no stand-in", input: '(40s ago)', expected: false },
    { name: "an event's count is no stand-in", input: '(x2 over 3m)', expected: false },
    { name: 'empty parentheses hold no stand-in', input: '()', expected: false },
    { name: 'one word in parentheses is a note, no stand-in', input: '(ok)', expected: false },
  ])('isIpPlaceholder: $name', ({ input, expected }) => expect(isIpPlaceholder(input)).toBe(expected));

  test.each([
    { name: 'an IPv6 prefix kept (rke2#4776)', input: '2600:<IPv6>', expected: true },
    { name: 'words naming IPv6 (rke2#3067)', input: '<server 2 ipv6>', expected: true },
    { name: 'groups made words', input: '2600:iced:ab4:iced:coffee:baby:609e:97e', expected: true },
    { name: 'an IPv4 stand-in', input: 'x.x.x.x', expected: false },
    { name: 'words naming no family', input: '<node ip>', expected: false },
    { name: 'a real IPv6 address is not hidden', input: 'fd00:10:244::5', expected: false },
    { name: '<none> is absent, not hidden', input: '<none>', expected: false },
  ])('isHiddenIpv6: $name', ({ input, expected }) => expect(isHiddenIpv6(input)).toBe(expected));

  test.each([
    { name: 'custom-columns .status.podIPs, Go maps (ea/17)', input: '[map[ip:10.244.1.3] map[ip:fd00:10:244:2::3]]', expected: '10.244.1.3' },
    { name: 'an IPv6-first pod', input: '[map[ip:fd00:10:244:2::3] map[ip:10.244.1.3]]', expected: 'fd00:10:244:2::3' },
    { name: 'one address', input: '[map[ip:10.244.3.4]]', expected: '10.244.3.4' },
    { name: '.status.podIPs[*].ip, comma-joined', input: '10.244.1.5,fd00:10:244:1::5', expected: '10.244.1.5' },
    { name: 'a plain address is no list', input: '10.244.1.5', expected: null },
    { name: 'a map of something else', input: '[map[app:example]]', expected: null },
    { name: 'words with commas', input: 'a,b', expected: null },
  ])('firstPodIp: $name', ({ input, expected }) => expect(firstPodIp(input)).toBe(expected));

  test.each([
    { name: 'address', input: '10.1.2.3', expected: '10.1.2.3' },
    { name: '<none>', input: '<none>', expected: null },
    { name: 'hidden', input: 'x.x.x.x', expected: null },
  ])('ipValue: $name', ({ input, expected }) => expect(ipValue(input)).toBe(expected));

  test.each([
    { name: '<none> is an IP cell', input: '<none>', expected: true },
    { name: 'a node name is not', input: 'w1-k8s', expected: false },
  ])('isIpCell: $name', ({ input, expected }) => expect(isIpCell(input)).toBe(expected));

  test.each([
    { name: 'pod name', input: 'coredns-66bff467f8-4j4lj', expected: true },
    { name: 'kind prefix', input: 'pod/web-0', expected: true },
    { name: 'FQDN node', input: 'kube02.example.com', expected: true },
    { name: 'HTML', input: '<img', expected: false },
    { name: 'leading dash', input: '-x', expected: false },
  ])('isNameLike: $name', ({ input, expected }) => expect(isNameLike(input)).toBe(expected));

  test.each([
    { name: 'a name', input: 'w1-k8s', expected: true },
    { name: '<none>', input: '<none>', expected: true },
    { name: 'an address starred out', input: '139.**.**.**', expected: true },
    { name: 'a name starred out', input: 'ip-10-0-**-**', expected: true },
    { name: 'a placeholder', input: '<node-name>', expected: true },
    { name: "a README's words in parentheses (fa/11)", input: '(Node Name)', expected: true },
    { name: 'a sentence', input: 'see below', expected: false },
    { name: 'emphasis around a word is not a mask', input: '*Running*', expected: false },
  ])('isNodeCell: $name', ({ input, expected }) => expect(isNodeCell(input)).toBe(expected));

  test.each([
    { name: 'word', input: 'Running', expected: true },
    { name: 'init fraction', input: 'Init:0/2', expected: true },
    { name: 'exit code', input: 'ExitCode:137', expected: true },
    { name: 'starts with digit', input: '1/1', expected: false },
    { name: 'has a space', input: 'Crash Loop', expected: false },
  ])('isStatusLike: $name', ({ input, expected }) => expect(isStatusLike(input)).toBe(expected));
});

describe('labels and <none>', () => {
  test.each([
    { name: 'pairs', input: 'app=web,tier=front', expected: { app: 'web', tier: 'front' } },
    { name: 'domain keys', input: 'app.kubernetes.io/name=x', expected: { 'app.kubernetes.io/name': 'x' } },
    { name: 'none', input: '<none>', expected: null },
    { name: 'empty value', input: 'a=', expected: { a: '' } },
  ])('parseLabels: $name', ({ input, expected }) => expect(parseLabels(input)).toEqual(expected));

  test.each([
    { name: '<none>', input: '<none>', expected: null },
    { name: 'empty', input: '', expected: null },
    { name: 'value', input: 'w1-k8s', expected: 'w1-k8s' },
  ])('noneToNull: $name', ({ input, expected }) => expect(noneToNull(input)).toBe(expected));

  test.each([
    { name: 'kube-system', input: 'kube-system', expected: true },
    { name: 'digits inside', input: 'shoot--local--local', expected: true },
    { name: 'a capital', input: 'Default', expected: false },
    { name: 'a dot (a subdomain, no label)', input: 'a.b', expected: false },
    { name: 'a dash at the end', input: 'team-', expected: false },
    { name: '64 characters', input: 'a'.repeat(64), expected: false },
    { name: 'empty', input: '', expected: false },
  ])('isNamespaceName: $name', ({ input, expected }) => expect(isNamespaceName(input)).toBe(expected));
});
