/**
 * One string per distinct cell text of a column, with the verdict on whether it fits that column.
 *
 * Why: a 100k-row paste prints a few dozen distinct STATUS, READY, AGE, NODE or NAMESPACE values again and
 * again. Reusing one string per value means one shape check per value (not one per row), strings whose hash V8
 * has already cached for the later stages' Maps, and a model that holds a few dozen strings, not 800k.
 *
 * How: the caller slices the cell as printed, padding included, and looks that up. Within a table a value's
 * padded text is always the same, so a hit needs no trimming, and V8's native slice and string hash do the
 * rest. An earlier version hashed the characters in place (FNV in a JavaScript loop, after a loop trimming the
 * padding): on the 100k-row bench paste that cost 2x what slice-and-Map costs for the same cells.
 *
 * Bounded: at most {@link MAX_ENTRIES} keys, so hostile input (unique values) costs a slice and a miss, never a
 * growing table.
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */

const MAX_ENTRIES = 1024;

/** A cell's value (its printed text trimmed) and whether it fits the column. */
export interface Cell {
  readonly text: string;
  readonly fits: boolean;
}

export class CellCache {
  private readonly cells = new Map<string, Cell>();

  /**
   * What `key` (a cell as printed, padding included, or a token) was added with, or undefined.
   *
   * @example
   * cache.get('Running   ') // { text: 'Running', fits: true } once added
   */
  get(key: string): Cell | undefined {
    return this.cells.get(key);
  }

  /** Keeps `text` and its verdict for `key`, when there is room. */
  add(key: string, text: string, fits: boolean): void {
    if (this.cells.size < MAX_ENTRIES) this.cells.set(key, { text, fits });
  }
}
