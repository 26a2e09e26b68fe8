/**
 * Masks a paste for share links: IP addresses, credentials (bearer tokens, JWTs) and the random parts of pod names are replaced by stand-ins of
 * the same length (columns stay aligned), consistently (the same IP or suffix always gets the same mask, so
 * the explainer still sees which pods share an address or a ReplicaSet), and in the same alphabet (the
 * masked names keep their shape).
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */
import { isIpv4 } from './values.ts';
import { ALPHABET, allInAlphabet } from './alphabet.ts';


function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/** Octet stand-ins of a given digit count: 1 -> 1..9, 2 -> 10..99, 3 -> 100..255. */
function octet(n: number, len: number): string {
  if (len === 1) return String(1 + (n % 9));
  if (len === 2) return String(10 + (n % 90));
  return String(100 + (n % 156));
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
    let orig = '';
    let masked = '';
    for (let i = 0; i < 4; i++) {
      const p = parts[i] as string;
      const key = `${orig}|${p}`;
      let m = ipMap.get(key);
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
  const suffixMap = new Map<string, string>();
  const maskSuffix = (s: string): string => {
    let m = suffixMap.get(s);
    if (m === undefined) {
      let n = suffixMap.size;
      m = '';
      for (let i = 0; i < s.length; i++) {
        m += ALPHABET[n % ALPHABET.length];
        n = Math.floor(n / ALPHABET.length);
      }
      suffixMap.set(s, m);
    }
    return m;
  };
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
    out += word.indexOf('/') >= 0 ? maskPath(word, maskIp, maskSuffix) : maskWord(word, maskIp, maskSuffix);
    // Cheap gate: the words that announce a credential start with -, a/A or b/B.
    const w0 = word.charCodeAt(0);
    const lower = w0 === 45 || w0 === 97 || w0 === 65 || w0 === 98 || w0 === 66 ? word.toLowerCase() : '';
    if (SECRET_BEFORE.has(lower) || (afterAuthorization && AUTH_SCHEMES.has(lower))) secretNext = true;
    afterAuthorization = lower === 'authorization';
    i = j;
  }
  return out;
}

/**
 * A word with slashes, masked part by part: an IP after a scheme (`//10.10.210.227` of `https://10.10.210.227:6443`), after a
 * node's name (describe's `Node: unobtainium/10.10.10.235`) or before a prefix length (`10.0.0.0/16`), and `pod/<name>`'s suffixes.
 */
function maskPath(word: string, maskIp: (s: string) => string, maskSuffix: (s: string) => string): string {
  if (isJwt(word)) return maskSecret(word);
  const parts = word.split('/');
  for (let k = 0; k < parts.length; k++) parts[k] = maskWord(parts[k] as string, maskIp, maskSuffix);
  return parts.join('/');
}

function maskWord(word: string, maskIp: (s: string) => string, maskSuffix: (s: string) => string): string {
  if (isIpv4(word)) return maskIp(word);
  if (isJwt(word)) return maskSecret(word);
  const segs = word.split('-');
  if (segs.length < 2) return word;
  const last = segs[segs.length - 1] as string;
  if (last.length === 5 && allInAlphabet(last)) {
    segs[segs.length - 1] = maskSuffix(last);
    const mid = segs[segs.length - 2];
    if (segs.length >= 3 && mid !== undefined && mid.length >= 6 && mid.length <= 10 && (allInAlphabet(mid) || isDigits(mid))) segs[segs.length - 2] = isDigits(mid) ? mid : maskSuffix(mid);
    return segs.join('-');
  }
  return word;
}
