/**
 * Masks a paste for share links: IP addresses and the random parts of pod names are replaced by stand-ins of
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
 * Masks IPs and pod-name random suffixes, keeping lengths.
 *
 * @example
 * redact('coredns-66bff467f8-4j4lj   172.16.171.69') // 'coredns-bbbbbbbbbb-bbbbb   100.10.100.10' (same lengths)
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
  while (i < n) {
    const c = text.charCodeAt(i);
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
    out += maskWord(text.slice(i, j), maskIp, maskSuffix);
    i = j;
  }
  return out;
}

function maskWord(word: string, maskIp: (s: string) => string, maskSuffix: (s: string) => string): string {
  if (isIpv4(word)) return maskIp(word);
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
