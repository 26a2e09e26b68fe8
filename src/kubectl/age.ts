/**
 * AGE and "(5m ago)" parsing: the inverse of kubectl's `HumanDuration`.
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 *
 * kubectl prints ages with `duration.HumanDuration` (k8s.io/apimachinery/pkg/util/duration/duration.go,
 * read at commit 008b3652959ca58af8be3fb5b6ecfe9ae7638282), which truncates:
 *   s < 120          -> "Ns"            exact to the second
 *   minutes < 10     -> "Xm" / "XmYs"   exact to the second
 *   minutes < 180    -> "Xm"            to the minute
 *   hours < 8        -> "Xh" / "XhYm"   to the minute
 *   hours < 48       -> "Xh"            to the hour
 *   hours < 192      -> "Xd" / "XdYh"   to the hour
 *   hours < 730 days -> "Xd"            to the day
 *   years < 8        -> "Xy" / "XyYd"   to the day (365-day years)
 *   otherwise        -> "Xy"            to the year
 * Older kubectl used `ShortHumanDuration` ("1h", "3d", "200d"); forms HumanDuration cannot print are read
 * with the precision of their smallest unit, so both generations parse.
 */

/** An age as an interval of seconds: `min <= age < max`. */
export interface AgeInterval {
  min: number;
  max: number;
}

const SECOND = 1;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;
const YEAR = 365 * DAY;

const UNIT_SECONDS: Record<string, number> = { s: SECOND, m: MINUTE, h: HOUR, d: DAY, y: YEAR };

interface Part {
  value: number;
  unit: string;
}

/** Splits "5d3h" into parts (with {@link scanAge}); null when not a duration. */
function parts(text: string): Part[] | null {
  const out: Part[] = [];
  return scanAge(text, out) < 0 ? null : out;
}

/** Granularity (in seconds) of a printed form, by HumanDuration's rules when it could have printed it. */
function granularity(p: Part[]): number {
  const first = p[0] as Part;
  const second = p[1];
  if (second !== undefined) {
    // Two-part forms are HumanDuration's detailed ones: exact to their smaller unit.
    return UNIT_SECONDS[second.unit] ?? SECOND;
  }
  const v = first.value;
  switch (first.unit) {
    case 's':
      return SECOND;
    case 'm':
      // "5m" under ten minutes is HumanDuration's "5m0s" with the zero seconds dropped.
      return v >= 2 && v < 10 ? SECOND : MINUTE;
    case 'h':
      return v >= 3 && v < 8 ? MINUTE : HOUR;
    case 'd':
      return v >= 2 && v < 8 ? HOUR : DAY;
    case 'y':
      return v >= 2 && v < 8 ? DAY : YEAR;
    default:
      return SECOND;
  }
}

/**
 * Reads a kubectl age into the interval of real ages that print that way; null when it is not an age
 * (`<invalid>`, the creation time is in the future: clock skew between machines).
 *
 * @example
 * parseAge('22h')   // { min: 79200, max: 82800 }
 * parseAge('5m10s') // { min: 310, max: 311 }
 * parseAge('2y247d')// { min: 84412800, max: 84499200 }
 */
export function parseAge(text: string): AgeInterval | null {
  const p = parts(text);
  if (p === null) return null;
  let min = 0;
  for (const part of p) min += part.value * (UNIT_SECONDS[part.unit] ?? 0);
  return { min, max: min + granularity(p) };
}

/**
 * Lower bound in seconds of a printed age, or null.
 *
 * @example
 * ageSeconds('22h') // 79200
 */
export function ageSeconds(text: string): number | null {
  const min = scanAge(text);
  return min < 0 ? null : min;
}

/** Unit of a character code, as its rank (y 5 .. s 1), 0 when not a unit. */
function unitRank(c: number): number {
  return c === 121 ? 5 : c === 100 ? 4 : c === 104 ? 3 : c === 109 ? 2 : c === 115 ? 1 : 0;
}

const RANK_SECONDS = [0, SECOND, MINUTE, HOUR, DAY, YEAR];

const RANK_UNIT = ['', 's', 'm', 'h', 'd', 'y'];

/**
 * The one scanner of HumanDuration's forms: one or two `<number><unit>` parts, larger unit first.
 * Returns the lower bound in seconds, -1 when not a duration; with `out`, also the parts. Without `out`
 * it allocates nothing (it runs on every AGE cell of a paste).
 */
function scanAge(text: string, out?: Part[]): number {
  const n = text.length;
  if (n === 0 || n > 24) return -1;
  let i = 0;
  let count = 0;
  let prevRank = 6;
  let min = 0;
  while (i < n) {
    let value = 0;
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
      i++;
    }
    if (i === start || i >= n) return -1;
    const rank = unitRank(text.charCodeAt(i));
    if (rank === 0 || rank >= prevRank) return -1;
    prevRank = rank;
    if (++count > 2) return -1;
    min += value * (RANK_SECONDS[rank] as number);
    out?.push({ value, unit: RANK_UNIT[rank] as string });
    i++;
  }
  return min;
}

/**
 * An age with its last unit letter typed twice (`18mm`, `5dd`, `2d3hh`): a docs page's typo, no age kubectl prints.
 * The row it ends is whole, its age unknown.
 *
 * @example
 * isAgeTypo('18mm') // true
 */
export function isAgeTypo(text: string): boolean {
  const n = text.length;
  return n >= 3 && n <= 25 && text.charCodeAt(n - 1) === text.charCodeAt(n - 2) && unitRank(text.charCodeAt(n - 1)) > 0 && scanAge(text.slice(0, -1)) >= 0;
}

/**
 * An age typed without its unit (`35` beside rows of `35m`): a number of one to five digits, no age kubectl prints.
 * The row it ends is whole, its age unknown (which unit was meant, the number cannot say).
 *
 * @example
 * isAgeWithoutUnit('35') // true
 */
export function isAgeWithoutUnit(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 5 || (n > 1 && text.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True for anything kubectl prints in an AGE cell: durations, `<invalid>`, `<unknown>`. */
export function isAgeText(text: string): boolean {
  return scanAge(text) >= 0 || text === '<invalid>' || text === '<unknown>';
}

/**
 * kubectl's HumanDuration, for tests and the bench (printing realistic ages).
 *
 * @example
 * humanDuration(310) // '5m10s'
 */
export function humanDuration(seconds: number): string {
  const s = Math.trunc(seconds);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 120) return `${s}s`;
  const minutes = Math.trunc(s / 60);
  if (minutes < 10) {
    const r = s % 60;
    return r === 0 ? `${minutes}m` : `${minutes}m${r}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.trunc(s / 3600);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    const y = Math.trunc(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}
