/**
 * Which of some strings a text holds, found in one native scan.
 *
 * Why: explain() gates each rare reading (a vCluster's names, a Job named in prose, a CloneSet a plugin names, a
 * `--context` to carry) on a search of the whole paste, so a plain paste skips it. Twenty `indexOf` calls cost about
 * 90 ms on a 100k-row paste (16 MB) on the project's 2-core machine; one regular expression of them all about 20 ms.
 * Each string found leaves the expression, so a paste repeating one (prose full of `..`) is still scanned once, with at
 * most one rebuild per string.
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */

/** Expressions by the strings still sought: pastes find the same few, so the same few subsets recur. */
const COMPILED = new Map<string, RegExp>();
const COMPILED_LIMIT = 256;

function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function expressionFor(needles: readonly string[]): RegExp {
  const key = needles.join('\u0000');
  let re = COMPILED.get(key);
  if (re === undefined) {
    re = new RegExp(needles.map(escaped).join('|'), 'g');
    if (COMPILED.size < COMPILED_LIMIT) COMPILED.set(key, re);
  }
  return re;
}

/**
 * The `needles` that occur in `text` (each as `text.indexOf(needle) >= 0` would say).
 *
 * @example
 * stringsIn('kubectl --context prod get pods', ['--context', 'kubens']) // Set { '--context' }
 */
export function stringsIn(text: string, needles: readonly string[]): Set<string> {
  const found = new Set<string>();
  let left = needles.filter((n, i) => n.length > 0 && needles.indexOf(n) === i);
  let from = 0;
  while (left.length > 0) {
    const re = expressionFor(left);
    re.lastIndex = from;
    const m = re.exec(text);
    if (m === null) break;
    const hit = m[0];
    found.add(hit);
    // Again from the same place: another needle may start there too (the expression chose the first that matched),
    // and none of those left starts earlier, or this scan would have met it first.
    from = m.index;
    left = left.filter((n) => n !== hit);
  }
  return found;
}
