/**
 * Cell values of a pod table: what each column's text looks like and what it means.
 *
 * Shared by server, browser and CLI: no DOM, no Node API. Hand-written scanners, no regex, because these run
 * once per cell on pastes of 100k rows and must stay linear on hostile input.
 */
import type { Ready, Restarts } from './model.ts';
import { isAgeText } from './age.ts';

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isDigits(s: string, from = 0, to = s.length): boolean {
  if (to <= from || to - from > 9) return false;
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/**
 * READY as printed: "n/m".
 *
 * @example
 * parseReady('1/2') // { ready: 1, total: 2 }
 */
export function parseReady(text: string): Ready | null {
  const slash = text.indexOf('/');
  if (slash <= 0 || !isDigits(text, 0, slash) || !isDigits(text, slash + 1)) return null;
  return { ready: Number(text.slice(0, slash)), total: Number(text.slice(slash + 1)) };
}

/**
 * RESTARTS as printed: "3" or "3 (5m ago)" (kubectl >= 1.22 adds the time since the last restart).
 *
 * @example
 * parseRestarts('6 (3m3s ago)') // { count: 6, lastAgo: '3m3s' }
 */
export function parseRestarts(text: string): Restarts | null {
  const t = text.trim();
  const space = t.indexOf(' ');
  if (space < 0) return isDigits(t) ? { count: Number(t), lastAgo: null } : null;
  if (!isDigits(t, 0, space)) return null;
  // Collapsed or widened spacing inside the cell is tolerated: "6  (3m3s  ago)".
  let rest = t.slice(space + 1).trim();
  if (!rest.startsWith('(') || !rest.endsWith('ago)')) return null;
  rest = rest.slice(1, -4).trim();
  if (!isAgeText(rest)) return null;
  return { count: Number(t.slice(0, space)), lastAgo: rest };
}

/** True when {@link parseReady} would read the text, without building the result. */
export function isReadyText(text: string): boolean {
  const slash = text.indexOf('/');
  return slash > 0 && isDigits(text, 0, slash) && isDigits(text, slash + 1);
}

/**
 * Answers per cell text, shared and frozen: a paste repeats a handful of READY and RESTARTS values on
 * thousands of rows, so rows share one plain object per value (it survives structured clone as data).
 * Bounded, so hostile input cannot grow them: past the bound each call builds its own answer.
 */
const CACHE_LIMIT = 8192;
const READY_CACHE = new Map<string, Ready | null>();
const RESTARTS_CACHE = new Map<string, Restarts | null>();

/** `parse(text)`, frozen and remembered in `cache` while it has room. */
function shared<T extends object>(cache: Map<string, T | null>, text: string, parse: (text: string) => T | null): T | null {
  let r = cache.get(text);
  if (r !== undefined) return r;
  r = parse(text);
  if (r !== null) Object.freeze(r);
  if (cache.size < CACHE_LIMIT) cache.set(text, r);
  return r;
}

/** {@link parseReady}, with the answer shared between rows (frozen). */
export function readyOf(text: string): Ready | null {
  return shared(READY_CACHE, text, parseReady);
}

const ZERO_RESTARTS: Restarts = Object.freeze({ count: 0, lastAgo: null });

/** {@link parseRestarts}, with the answer shared between rows (frozen). */
export function restartsOf(text: string): Restarts | null {
  return text === '0' ? ZERO_RESTARTS : shared(RESTARTS_CACHE, text, parseRestarts);
}

/** `<none>` and the empty cell mean "not set". */
export function noneToNull(text: string): string | null {
  return text === '' || text === '<none>' ? null : text;
}

/**
 * An IPv4 or IPv6 address as kubectl prints a pod IP.
 *
 * @example
 * isIp('172.16.171.70') // true
 */
export function isIp(text: string): boolean {
  return isIpv4(text) || isIpv6(text);
}

export function isIpv4(text: string): boolean {
  return ipv4Number(text) >= 0;
}

/**
 * Whether an IPv4 address whose first two octets are `a` and `b` is in a private range (10/8, 172.16/12, 192.168/16)
 * or the carrier-grade NAT range (100.64/10) some clusters take pod and Service addresses from.
 *
 * @example
 * isPrivateIpv4(172, 20) // true
 */
export function isPrivateIpv4(a: number, b: number): boolean {
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

/**
 * A dotted IPv4 address as the number it stands for (0 to 2^32 - 1), or -1 when the text is not one: so addresses can
 * be compared as ranges without a second parse.
 *
 * @example
 * ipv4Number('10.244.1.7') // 183763207
 */
export function ipv4Number(text: string): number {
  if (text.length < 7 || text.length > 15) return -1;
  let octets = 0;
  let digits = 0;
  let value = 0;
  let total = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || value > 255) return -1;
      octets++;
      total = total * 256 + value;
      digits = 0;
      value = 0;
    } else if (isDigit(c)) {
      digits++;
      value = value * 10 + (c - 48);
      if (digits > 3) return -1;
    } else return -1;
  }
  return octets === 4 ? total : -1;
}

/**
 * RFC 4291 text form: up to eight groups of 1-4 hex digits, one `::` at most, an IPv4 tail allowed. Strict
 * enough that a clock (`11:21:41.741` in a log line) is not an address.
 */
function isIpv6(text: string): boolean {
  if (text.length < 2 || text.length > 45 || text.indexOf(':') < 0) return false;
  const parts = text.split(':');
  let groups = 0;
  let empties = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    if (p === '') {
      // "::" makes one empty part inside, or two at either end ("::1", "fe80::").
      if (!((i === 0 || i === parts.length - 1) ? parts[i === 0 ? 1 : i - 1] === '' : true)) return false;
      empties++;
      continue;
    }
    if (i === parts.length - 1 && p.indexOf('.') >= 0) {
      if (!isIpv4(p)) return false;
      groups += 2;
      continue;
    }
    if (p.length > 4) return false;
    for (let k = 0; k < p.length; k++) {
      const c = p.charCodeAt(k);
      if (!(isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
    }
    groups++;
  }
  if (empties === 0) return groups === 8;
  // One "::" only: two empty parts when it sits at an end, three for "::" alone.
  const compressed = text.indexOf('::');
  if (compressed < 0 || text.indexOf('::', compressed + 1) >= 0) return false;
  return groups < 8;
}

/** IP cell: an address or `<none>` (pending pods). */
export function isIpCell(text: string): boolean {
  return text === '<none>' || isIp(text);
}

/**
 * An address hidden before pasting: `x.x.x.x`, `10.x.x.x`, `*.*.*.*`, `<redacted>`, `2600:<IPv6>`. It still fills the IP
 * column (the row reads), but says nothing about the network.
 *
 * @example
 * isIpPlaceholder('10.x.x.x') // true
 */
export function isIpPlaceholder(text: string): boolean {
  const n = text.length;
  if (n < 3 || n > 64) return false;
  // Digits and dots only (an address as printed, what nearly every IP cell holds): no placeholder, said without the
  // searches below.
  let plain = true;
  for (let i = 0; i < n && plain; i++) {
    const c = text.charCodeAt(i);
    plain = c === 46 || (c >= 48 && c <= 57);
  }
  if (plain) return false;
  const lt = text.indexOf('<');
  if (lt >= 0) return isAnglePlaceholder(text, lt) || isWordsPlaceholder(text);
  const c0 = text.charCodeAt(0);
  if (c0 === 123 || c0 === 91 || c0 === 36) return isBracketPlaceholder(text);
  if (c0 === 40) return isParenPlaceholder(text);
  if (text.indexOf(':') >= 0) return isRedactedIpv6(text);
  let xs = 0;
  let dots = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 120 || c === 88 || c === 42) xs++;
    else if (c === 46) dots++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (!isDigit(c)) return false;
  }
  if (dots === 0) return (xs === n && n >= 3) || HIDDEN_WORDS.has(text);
  if (dots !== 3) return false;
  if (letters === 0) return xs > 0;
  // `yy.yy.yy.yy`, `aa.bb.cc.dd`: every number a run of one letter (a second node's address masked apart from the
  // first's `xx.xx.xx.xx`); no host name is four such labels.
  if (isLetterRunQuad(text)) return true;
  // `10.XX.YY.ab3`: letters standing for numbers, where the first number is kept (so no host name reads as one).
  const dot = text.indexOf('.');
  if (dot < 1 || dot > 3 || !isDigits(text, 0, dot)) return false;
  for (let from = dot + 1; from <= n; ) {
    let to = text.indexOf('.', from);
    if (to < 0) to = n;
    if (to - from < 1 || to - from > 4) return false;
    from = to + 1;
  }
  return true;
}

/** Four dot-separated runs of 1-3 of one letter each (`yy.yy.yy.yy`, `a.b.c.d`); the text holds 3 dots, letters and digits. */
function isLetterRunQuad(text: string): boolean {
  let run = 0;
  let first = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46;
    if (c === 46) {
      if (run === 0) return false;
      run = 0;
    } else if (isDigit(c) || run === 3 || (run > 0 && c !== first)) {
      return false;
    } else {
      if (run === 0) first = c;
      run++;
    }
  }
  return true;
}

/** Words a paste put where an address stood. */
const HIDDEN_WORDS = new Set(['REDACTED', 'redacted', 'MASKED', 'masked', 'HIDDEN', 'hidden']);

/** `<server 2 ipv6>`: a placeholder of a few words in angle brackets, where a doc's author left out each address. */
function isWordsPlaceholder(text: string): boolean {
  const n = text.length;
  if (n > 40 || text === '<none>' || text.charCodeAt(0) !== 60 || text.charCodeAt(n - 1) !== 62) return false;
  for (let i = 1; i < n - 1; i++) if (text.charCodeAt(i) === 60 || text.charCodeAt(i) === 62) return false;
  return true;
}

/**
 * `{2번 노드 IP}`, `[master ip]`, `${NODE_IP}`, `{{ node_ip }}`: a template's or a tutorial's stand-in for an address, in
 * braces or brackets (with a shell's or a template engine's marks), a few words long.
 */
function isBracketPlaceholder(text: string): boolean {
  const n = text.length;
  if (n > 40) return false;
  const from = text.charCodeAt(0) === 36 ? 1 : 0;
  const open = text.charCodeAt(from);
  const close = open === 123 ? 125 : open === 91 ? 93 : -1;
  if (close < 0 || text.charCodeAt(n - 1) !== close || n - from < 3) return false;
  let inner = 0;
  for (let i = from + 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === open || c === close) continue;
    if (c === 60 || c === 62 || c === 91 || c === 93 || c === 123 || c === 125) return false;
    inner++;
  }
  return inner > 0;
}

/**
 * `(Node Name)`, `(노드 이름)`: a README's stand-in of words in parentheses, the author's way of marking every value left out
 * (`(Bucket Name)`, `(Address of Load Balancer)` around it). Words only: kubectl prints parentheses in no address or
 * node cell, and a RESTARTS `(40s ago)` or an event's `(x2 over 3m)` holds digits, so neither reads as one.
 */
function isParenPlaceholder(text: string): boolean {
  const n = text.length;
  if (n < 3 || n > 40 || text.charCodeAt(n - 1) !== 41) return false;
  let letters = 0;
  let spaces = 0;
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) spaces++;
    else if (c === 45 || c === 95) continue;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) letters++;
    else return false;
  }
  // Several words: one word in parentheses is as likely a note (`(ok)`) as a stand-in, and only a row cut at its
  // header's offsets holds a cell with a space, so a note after a headerless row stays a note.
  return spaces > 0 && letters >= 4 && text.charCodeAt(1) !== 32 && text.charCodeAt(n - 2) !== 32;
}

/** An IPv6 address with its groups replaced by words (`2600:iced:ab4:iced:coffee:baby:609e:97e`): hidden, not an address. */
function isRedactedIpv6(text: string): boolean {
  const groups = text.split(':');
  if (groups.length < 3 || groups.length > 8) return false;
  let words = 0;
  for (const g of groups) {
    if (g.length > 8) return false;
    for (let i = 0; i < g.length; i++) {
      const c = g.charCodeAt(i);
      if (isDigit(c) || (c >= 97 && c <= 102)) continue;
      if (c >= 103 && c <= 122) words++;
      else return false;
    }
  }
  return words > 0;
}

/**
 * A hidden address that still says it was an IPv6 one: `2600:<IPv6>`, `<server 2 ipv6>`, `2600:iced:ab4:...`. Why it
 * matters: a host-network pod shows its node's address, so such a cell says the node is reached over IPv6, whatever
 * IPv4 address the node's name spells.
 *
 * @example
 * isHiddenIpv6('2600:<IPv6>') // true
 */
export function isHiddenIpv6(text: string): boolean {
  if (!isIpPlaceholder(text)) return false;
  return text.indexOf(':') >= 0 || IPV6_WORD.test(text);
}

const IPV6_WORD = /ipv6/i;

/**
 * A dual-stack pod's addresses as `-o custom-columns=...:.status.podIPs` prints them (a Go map each,
 * `[map[ip:10.244.1.3] map[ip:fd00:10:244:2::3]]`) or `.status.podIPs[*].ip` does (`10.244.1.3,fd00:10:244:2::3`): the
 * first, which is the pod's IP (status.podIP is always podIPs' first); null for any other text.
 *
 * @example
 * firstPodIp('[map[ip:10.244.1.3] map[ip:fd00:10:244:2::3]]') // '10.244.1.3'
 */
export function firstPodIp(text: string): string | null {
  if (text.startsWith('[map[ip:')) {
    const end = text.indexOf(']', 8);
    const ip = end < 0 ? '' : text.slice(8, end);
    return isIp(ip) ? ip : null;
  }
  const comma = text.indexOf(',');
  if (comma <= 0) return null;
  const ips = text.split(',');
  return ips.every(isIp) ? (ips[0] as string) : null;
}

/** What an IP cell holds as data: null for `<none>` and for hidden addresses; a pod's first address of several. */
export function ipValue(text: string): string | null {
  return text === '<none>' || isIpPlaceholder(text) ? null : (firstPodIp(text) ?? text);
}

/**
 * A namespace name as the API allows it (a DNS-1123 label): lower-case letters, digits and inner dashes, 63 at most.
 *
 * @example
 * isNamespaceName('kube-system') // true
 */
export function isNamespaceName(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 63 || text.charCodeAt(0) === 45 || text.charCodeAt(n - 1) === 45) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

/**
 * A Kubernetes object name (DNS-1123 subdomain, leniently: upper case tolerated because pastes get
 * retyped), optionally with the `kind/` prefix `kubectl get all` prints.
 *
 * @example
 * isNameLike('pod/coredns-66bff467f8-4j4lj') // true
 */
export function isNameLike(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 320) return false;
  let slashes = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const alnum = isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (alnum) continue;
    if (c === 45 || c === 46 || c === 95) {
      if (i === 0) return false;
      continue;
    }
    if (c === 47 && i > 0 && slashes === 0) {
      slashes++;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * A docs page's or a tutorial's `<placeholder>` (`<pod-ip>`, `<some-time>`), from `from` (its `<`) on; not
 * kubectl's own `<none>`.
 */
export function isAnglePlaceholder(text: string, from = 0): boolean {
  const n = text.length;
  return n >= 3 && n <= 64 && text.charCodeAt(from) === 60 && text.charCodeAt(n - 1) === 62 && from < n - 2 && text !== '<none>' && text.indexOf(' ') < 0;
}

/** A node cell: a name or `<none>`, or a name hidden before pasting (`139.**.**.**`, `node-***`, `<node>`). */
export function isNodeCell(text: string): boolean {
  return text === '<none>' || isNameLike(text) || isIpPlaceholder(text) || isMaskedName(text);
}

/** A name with some characters starred out: `ip-10-0-**-**`, `worker-***`. */
export function isMaskedName(text: string): boolean {
  const n = text.length;
  if (n < 2 || n > 253 || text.indexOf('*') < 0) return false;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 45 || c === 46) continue;
    if (!(isDigit(c) || (c >= 97 && c <= 122))) return false;
    kept++;
  }
  return kept > 0 || n >= 3;
}

/**
 * A STATUS cell: one word such as `Running`, `Init:0/2`, `ExitCode:137`, `OutOfcpu`. Never has spaces.
 *
 * @example
 * isStatusLike('Init:CrashLoopBackOff') // true
 */
export function isStatusLike(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 80) return false;
  const first = text.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return false;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    const ok = isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 58 || c === 47 || c === 45 || c === 95 || c === 46;
    if (!ok) return false;
  }
  return true;
}

/** READINESS GATES: `<none>` or "n/m" of the gates that are true. */
export function isGatesCell(text: string): boolean {
  return text === '<none>' || isReadyText(text);
}

/**
 * `0/1` in READINESS GATES: fewer gates passed than the pod has.
 *
 * @example
 * gatesShort('0/1') // true
 */
export function gatesShort(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash <= 0) return false;
  const passed = Number(text.slice(0, slash));
  const total = Number(text.slice(slash + 1));
  return Number.isInteger(passed) && Number.isInteger(total) && passed < total;
}

/**
 * LABELS of `--show-labels`: "k=v,k2=v2" or `<none>`.
 *
 * @example
 * parseLabels('app=web,tier=front') // { app: 'web', tier: 'front' }
 */
export function parseLabels(text: string): Record<string, string> | null {
  if (text === '<none>' || text === '') return null;
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    // Retyped lists gain a space after the comma ("app=nginx, tier=web"): no key or value holds one.
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

export function isLabelsCell(text: string): boolean {
  if (text === '<none>') return true;
  if (text.length === 0 || text.indexOf(' ') >= 0) return false;
  return text.indexOf('=') > 0;
}

export { isAgeText };
