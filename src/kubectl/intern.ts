/**
 * One string per distinct cell text of a column, found from the line's characters without slicing first.
 *
 * Why: a 100k-row paste prints a few dozen distinct STATUS, READY, AGE, NODE or NAMESPACE values again and
 * again. Slicing each cell made ~800k short-lived strings (most of the parse's garbage), each then checked
 * against its column's shape and hashed again by every Map that keyed on it. Reusing one string per value
 * means one shape check per value and strings whose hash V8 has already cached.
 *
 * Bounded: a table of {@link SLOTS} slots, at most {@link MAX_ENTRIES} values and {@link MAX_PROBES} probes per
 * lookup, so hostile input (unique values, colliding hashes) costs a slice as before, never more.
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */

const SLOTS = 2048;
const MAX_ENTRIES = 1024;
const MAX_PROBES = 8;

export class CellCache {
  private readonly texts: (string | undefined)[] = new Array<string | undefined>(SLOTS);
  private readonly hashes = new Int32Array(SLOTS);
  /** Per slot: the value's verdict from whoever added it (1 fits its column, 0 does not). */
  private readonly verdicts = new Uint8Array(SLOTS);
  private size = 0;
  /** Slot of the last {@link find} miss that may take an entry, -1 when none may. */
  private free = -1;
  private hash = 0;
  /** Verdict of the last {@link find} hit. */
  fits = false;

  /**
   * The held string equal to `text.slice(start, end)`, or undefined (then {@link add} may keep it).
   *
   * @example
   * cache.find('web-0   Running', 8, 15) // 'Running' once added
   */
  find(text: string, start: number, end: number): string | undefined {
    let h = 0x811c9dc5 ^ (end - start);
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    h |= 0;
    this.hash = h;
    let slot = (h ^ (h >>> 11)) & (SLOTS - 1);
    const len = end - start;
    for (let p = 0; p < MAX_PROBES; p++) {
      const held = this.texts[slot];
      if (held === undefined) {
        this.free = this.size < MAX_ENTRIES ? slot : -1;
        return undefined;
      }
      if (this.hashes[slot] === h && held.length === len && text.startsWith(held, start)) {
        this.fits = this.verdicts[slot] === 1;
        return held;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    this.free = -1;
    return undefined;
  }

  /** Keeps `value` (the text the last {@link find} missed) with its verdict, when there is room. */
  add(value: string, fits: boolean): void {
    const slot = this.free;
    if (slot < 0) return;
    this.free = -1;
    this.texts[slot] = value;
    this.hashes[slot] = this.hash;
    this.verdicts[slot] = fits ? 1 : 0;
    this.size++;
  }
}
