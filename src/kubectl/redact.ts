/**
 * Masks a paste for share links: IP addresses (also inside names), credentials (bearer tokens, JWTs) and the random parts
 * of pod names are replaced by stand-ins of the same length (columns stay aligned), consistently (the same IP or suffix
 * always gets the same mask, so the explainer still sees which pods share an address or a ReplicaSet), in the same
 * alphabet and shape (digits for digits, hex letters for hex letters), keeping a private range's first two octets. The
 * masked paste reads as the paste did: a test explains every sample both ways and compares their rows.
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */
import { isIp, isIpv4, isPrivateIpv4 } from './values.ts';
import { allInAlphabet } from './alphabet.ts';
import { isMaskedWord } from './owner.ts';


function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/** Octet stand-ins of a given digit count: 1 -> 0..9, 2 -> 10..99, 3 -> 100..255 (as many as there are originals). */
function octet(n: number, len: number): string {
  if (len === 1) return String(n % 10);
  if (len === 2) return String(10 + (n % 90));
  return String(100 + (n % 156));
}

/**
 * How many leading octets of an address stay as they are: the first two of a private or special range (10/8, 172.16/12,
 * 192.168/16, 100.64/10, 127/8, 169.254/16). They say which default the cluster kept (10.244/16 flannel's, 10.42/16 k3s's,
 * 172.17/16 Docker's bridge, 10.96/12 Services'), which the explainer reads, and they name no one's network; the rest
 * of the address, and every octet of a public one, is masked.
 */
function keptOctets(parts: readonly string[]): number {
  const a = Number(parts[0]);
  const b = Number(parts[1]);
  return isPrivateIpv4(a, b) || a === 127 || (a === 169 && b === 254) ? 2 : 0;
}

/**
 * Words whose next value is a credential: kubectl's --token and --password. CTF and pentest write-ups paste stolen tokens this way
 * (hunt ca/22, ca/25).
 */
const SECRET_BEFORE: ReadonlySet<string> = new Set(['--token', '--password']);
/** An Authorization header's schemes (`Authorization: Bearer ...`, `Basic dXNlcjpwYXNz`): only after that word, as prose says "basic" too. */
const AUTH_SCHEMES: ReadonlySet<string> = new Set(['bearer', 'basic']);
/** Shorter values after those words are words of a command (`--token=\`cat token\``), not a credential. */
const MIN_SECRET = 8;

/** A JSON Web Token (a ServiceAccount's token): base64url `{"` (eyJ) and two dots, wherever it stands (`token: eyJ...`). */
function isJwt(word: string): boolean {
  if (!word.startsWith('eyJ')) return false;
  const dot = word.indexOf('.');
  return dot > 3 && word.indexOf('.', dot + 2) > dot + 1;
}

/** A credential's stand-in: as long as it (the paste's lines keep their lengths), and nothing of it kept. */
function maskSecret(s: string): string {
  return 'x'.repeat(s.length);
}

/**
 * Masks IPs, credentials and pod-name random suffixes, keeping lengths.
 *
 * @example
 * redact('coredns-66bff467f8-4j4lj   172.16.171.69') // 'coredns-bbbbbbbbbb-bbbbb   100.10.100.10' (same lengths)
 * redact('kubectl --token=eyJhbGci.eyJzdWIi.c2ln get pods') // 'kubectl --token=xxxxxxxxxxxxxxxxxxxxxxxx get pods'
 */
export function redact(text: string): string {
  const ipMap = new Map<string, string>();
  const prefixCount = new Map<string, number>();
  const maskIp = (ip: string): string => {
    const parts = ip.split('.');
    const kept = keptOctets(parts);
    let orig = '';
    let masked = '';
    for (let i = 0; i < 4; i++) {
      const p = parts[i] as string;
      const key = `${orig}|${p}`;
      let m = i < kept ? p : ipMap.get(key);
      if (m === undefined) {
        const counterKey = `${orig}#${p.length}`;
        const n = prefixCount.get(counterKey) ?? 0;
        prefixCount.set(counterKey, n + 1);
        m = octet(n, p.length);
        ipMap.set(key, m);
      }
      orig = `${orig}.${p}`;
      masked = i === 0 ? m : `${masked}.${m}`;
    }
    return masked;
  };
  // IPv6 group by group, as IPv4 octet by octet: each group's stand-in keyed by the groups before it, so addresses that
  // share a prefix still share one (the explainer's networks), and the same address always gets the same stand-in (its
  // host-network pods). Zero groups and `::` stay (they say nothing of whose network it is); so does a unique-local or
  // link-local first group (fd00:10:244::, kind's default), as a private IPv4 range's first octets do. An IPv4 tail
  // (64:ff9b::10.0.0.1) is masked as any IPv4 address is.
  const maskIpv6 = (ip: string): string => {
    if (ip === '::1' || ip === '::') return ip;
    const groups = ip.split(':');
    // The documentation prefix (2001:db8::/32) is no one's network: kept, as examples write it.
    const keep = /^2001$/.test(groups[0] as string) && /^0*db8$/i.test(groups[1] ?? '') ? 2 : 0;
    let orig = '';
    for (let g = 0; g < groups.length; g++) {
      const p = groups[g] as string;
      const key = `${orig}|${p}`;
      orig = `${orig}:${p}`;
      if (g < keep || p === '' || /^0+$/.test(p) || (g === 0 && PRIVATE_V6_FIRST.test(p))) continue;
      if (p.indexOf('.') >= 0) {
        groups[g] = maskIp(p);
        continue;
      }
      let m = ipMap.get(key);
      if (m === undefined) {
        const counterKey = `${orig.slice(0, orig.length - p.length - 1)}#${p.length}`;
        const k = prefixCount.get(counterKey) ?? 0;
        prefixCount.set(counterKey, k + 1);
        m = hexGroup(k, p.length);
        ipMap.set(key, m);
      }
      groups[g] = m;
    }
    return groups.join(':');
  };
  const suffixMap = new Map<string, string>();
  /** Per shape (each character's class), how many stand-ins it has given. */
  const drawn = new Map<string, number>();
  const maskSuffix = (s: string): string => {
    let m = suffixMap.get(s);
    if (m === undefined) {
      let shape = '';
      for (let i = 0; i < s.length; i++) shape += String(classOf(s.charCodeAt(i)));
      let n = drawn.get(shape) ?? 0;
      // A stand-in that reads as a typed mask (`bbbbb`, as `xxxxx`) is skipped: the owner stage reads those as a mask.
      // Only a paste holding nearly every string of one shape runs out of them; a typed mask is all that is left then.
      for (;;) {
        const next = standIn(n++, shape);
        if (next === null || !isMaskedWord(next)) {
          m = next ?? 'x'.repeat(s.length);
          break;
        }
      }
      drawn.set(shape, n);
      suffixMap.set(s, m);
    }
    return m;
  };
  // Pod-template hashes (and Jobs' hashes) the pods' names show: where the paste names their owner alone
  // (`replicaset.apps/coredns-66bff467f8` in `get all`, `job.batch/node-collector-8c4cd6d69`), the same stand-in.
  const hashes = new Set<string>();
  for (const m of text.matchAll(HASHED_NAME)) if (!isDigits(m[1] as string) && !isMaskedWord(m[2] as string)) hashes.add(m[1] as string);
  const maskLast = (s: string): string | null => (hashes.has(s) ? maskSuffix(s) : null);
  let out = '';
  let i = 0;
  const n = text.length;
  // After --token or Bearer: the next value is a credential, however it is spelled (base64's + and = included).
  let secretNext = false;
  let afterAuthorization = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (secretNext && c !== 32 && c !== 9 && c !== 61 && c !== 58 && c !== 34 && c !== 39 && c !== 96) {
      secretNext = false;
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 32 || d === 9 || d === 10 || d === 13 || d === 34 || d === 39 || d === 96) break;
        j++;
      }
      // A shell variable ($TOKEN) names the token without giving it.
      if (c !== 36 && j - i >= MIN_SECRET) {
        out += maskSecret(text.slice(i, j));
        i = j;
        continue;
      }
    }
    if (c === 10) secretNext = false;
    // An IPv6 address: its colons split it into words below, none of which reads as an address.
    if ((c === 58 || isHexDigit(c)) && (i === 0 || !isAddressChar(text.charCodeAt(i - 1)) || afterKey(text, i))) {
      const end = ipv6End(text, i);
      if (end > 0) {
        out += maskIpv6(text.slice(i, end));
        i = end;
        continue;
      }
    }
    const wordChar = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 46 || c === 47 || c === 95;
    if (!wordChar) {
      out += text[i];
      i++;
      continue;
    }
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (!((d >= 48 && d <= 57) || (d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 45 || d === 46 || d === 47 || d === 95)) break;
      j++;
    }
    const word = text.slice(i, j);
    out += word.indexOf('/') >= 0 ? maskPath(word, maskIp, maskSuffix, maskLast) : maskWord(word, maskIp, maskSuffix, maskLast);
    // Cheap gate: the words that announce a credential start with -, a/A or b/B.
    const w0 = word.charCodeAt(0);
    const lower = w0 === 45 || w0 === 97 || w0 === 65 || w0 === 98 || w0 === 66 ? word.toLowerCase() : '';
    if (SECRET_BEFORE.has(lower) || (afterAuthorization && AUTH_SCHEMES.has(lower))) secretNext = true;
    afterAuthorization = lower === 'authorization';
    i = j;
  }
  return out;
}

/** A unique-local (fc00::/7) or link-local (fe80::/10) first group: private, as 10/8 is. */
const PRIVATE_V6_FIRST = /^(f[cd][0-9a-f]{2}|fe[89ab][0-9a-f])$/i;

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** A character an address or a word around it may hold: what must not stand right before an IPv6 address's start. */
function isAddressChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 46 || c === 95 || c === 58;
}

/** After a key's colon (`ip:fd00::3` of a Go map, `podIP:2600:...`): a word of letters, not an address, before it. */
function afterKey(text: string, i: number): boolean {
  if (i < 2 || text.charCodeAt(i - 1) !== 58 || text.charCodeAt(i) === 58) return false;
  const p = text.charCodeAt(i - 2);
  return ((p >= 97 && p <= 122) || (p >= 65 && p <= 90)) && !isHexDigit(p);
}

/**
 * Where the IPv6 address starting at `from` ends (exclusive), or -1 when none starts there: the run of hex digits, colons
 * and dots, less a trailing colon or dot (`fd00::1:` ending a sentence), read only if it is one address and no word
 * goes on right after it. Two colons at least, so a clock (`11:21`) is never tried.
 */
function ipv6End(text: string, from: number): number {
  let j = from;
  let colons = 0;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d === 58) colons++;
    else if (!(isHexDigit(d) || d === 46)) break;
    j++;
  }
  if (colons < 2 || (j < text.length && isAddressChar(text.charCodeAt(j)))) return -1;
  while (j > from && (text.charCodeAt(j - 1) === 58 || text.charCodeAt(j - 1) === 46) && !isIp(text.slice(from, j))) j--;
  const ip = text.slice(from, j);
  return ip.indexOf(':') >= 0 && isIp(ip) ? j : -1;
}

/** The `n`-th stand-in for a group of `len` hex digits: as long, no leading zero (an address prints none), hex letters too. */
function hexGroup(n: number, len: number): string {
  const low = len === 1 ? 1 : 16 ** (len - 1);
  const span = 16 ** len - low;
  return ((n * 40503 + 7919) % span + low).toString(16);
}

/**
 * A word with slashes, masked part by part: an IP after a scheme (`//10.10.210.227` of `https://10.10.210.227:6443`), after a
 * node's name (describe's `Node: unobtainium/10.10.10.235`) or before a prefix length (`10.0.0.0/16`), and `pod/<name>`'s suffixes.
 */
function maskPath(word: string, maskIp: (s: string) => string, maskSuffix: (s: string) => string, maskLast: (s: string) => string | null): string {
  if (isJwt(word)) return maskSecret(word);
  const parts = word.split('/');
  for (let k = 0; k < parts.length; k++) parts[k] = maskWord(parts[k] as string, maskIp, maskSuffix, maskLast);
  return parts.join('/');
}

/**
 * The generator's characters by the shape they give a name: digits, hex letters and the other consonants. A stand-in keeps
 * each character's class, so a hash of digits and hex letters (Trivy's `5957c56f9d`, which the owner stage tells from a
 * pod-template hash) stays one.
 */
const CLASSES = ['2456789', 'bcdf', 'ghjklmnpqrstvwxz'] as const;
function classOf(c: number): 0 | 1 | 2 {
  return c >= 48 && c <= 57 ? 0 : c >= 98 && c <= 102 ? 1 : 2;
}

/**
 * The `n`-th stand-in for a part shaped as `shape` (each character's class, `0` to `2`: see {@link CLASSES}), or null past the last of that shape. n is scattered
 * over the shape's strings by an invertible affine map (its multiplier is odd and prime to 7), so stand-ins of one shape stay
 * distinct and even the first ones differ in every place, as a generator's do. Counting up instead (`bbbbb`, `cbbbb`...)
 * gave one letter typed over and over, which the owner stage takes for a mask, and names that read as siblings: the shared
 * link then read other owners than the paste. BigInt: the product passes 2^53; only share links call this, once per part.
 */
function standIn(n: number, shape: string): string | null {
  let space = 1n;
  for (let i = 0; i < shape.length; i++) space *= BigInt(CLASSES[shape.charCodeAt(i) - 48]?.length ?? 1);
  if (BigInt(n) >= space) return null;
  let k = (BigInt(n) * SCATTER + SHIFT) % space;
  let m = '';
  for (let i = 0; i < shape.length; i++) {
    const chars = CLASSES[shape.charCodeAt(i) - 48] as string;
    const size = BigInt(chars.length);
    m += chars[Number(k % size)];
    k /= size;
  }
  return m;
}
const SCATTER = 6_364_136_223_846_793_005n;
const SHIFT = 7_046_029_254_386_353_131n;

/** A name's hash and random suffix (`-66bff467f8-4j4lj`): group 1 the hash, group 2 the suffix. */
const HASHED_NAME = /-([bcdfghj-np-tv-z2456789]{6,10})-([bcdfghj-np-tv-z2456789]{5})(?![-\w.])/g;

/** `maskLast`: a hash of the paste's pod names where a word ends in it alone (its ReplicaSet's or Job's name), masked; else null. */
function maskWord(word: string, maskIp: (s: string) => string, maskSuffix: (s: string) => string, maskLast: (s: string) => string | null): string {
  if (isIpv4(word)) return maskIp(word);
  if (isJwt(word)) return maskSecret(word);
  const segs = word.split('-');
  if (segs.length < 2) return word;
  let dashedIp = maskDashedIp(segs, maskIp);
  // An address as a part of a name (OKE's `proxymux-client-10.0.10.2`, one per node): masked as the node's name is.
  for (let k = 1; k < segs.length; k++) {
    if (!isIpv4(segs[k] as string)) continue;
    segs[k] = maskIp(segs[k] as string);
    dashedIp = true;
  }
  const last = segs[segs.length - 1] as string;
  // A part the paste masked already (`xxxxx`) stays: the owner stage reads it as such.
  if (last.length === 5 && allInAlphabet(last) && !isMaskedWord(last)) {
    segs[segs.length - 1] = maskSuffix(last);
    const mid = segs[segs.length - 2];
    if (segs.length >= 3 && mid !== undefined && mid.length >= 6 && mid.length <= 10 && (allInAlphabet(mid) || isDigits(mid))) segs[segs.length - 2] = isDigits(mid) ? mid : maskSuffix(mid);
    return segs.join('-');
  }
  const hash = last.length >= 6 && last.length <= 10 ? maskLast(last) : null;
  if (hash !== null) {
    segs[segs.length - 1] = hash;
    return segs.join('-');
  }
  return dashedIp ? segs.join('-') : word;
}

/**
 * An address written into a name with dashes (EKS's `ip-10-0-1-5.ec2.internal`, `gpu-10-252-192-48`), masked in place as
 * the same address elsewhere is (`segs` changed): a host-network pod's IP matches its node's name in the masked paste too,
 * and the name no longer gives the address away. Whether any was found.
 */
function maskDashedIp(segs: string[], maskIp: (s: string) => string): boolean {
  let found = false;
  for (let i = 0; i + 3 < segs.length; i++) {
    const fourth = segs[i + 3] as string;
    const dot = fourth.indexOf('.');
    const tail = dot < 0 ? '' : fourth.slice(dot);
    const octets = [segs[i] as string, segs[i + 1] as string, segs[i + 2] as string, dot < 0 ? fourth : fourth.slice(0, dot)];
    const ip = octets.join('.');
    // A run of more numbers than four (`a-1-2-3-4-5`) is no address.
    if (!isIpv4(ip) || (i > 0 && isOctet(segs[i - 1] as string)) || (dot < 0 && i + 4 < segs.length && isOctet(segs[i + 4] as string))) continue;
    const masked = maskIp(ip).split('.');
    for (let k = 0; k < 4; k++) segs[i + k] = masked[k] as string;
    segs[i + 3] += tail;
    found = true;
    i += 3;
  }
  return found;
}

function isOctet(s: string): boolean {
  return s.length >= 1 && s.length <= 3 && isDigits(s) && Number(s) <= 255;
}
