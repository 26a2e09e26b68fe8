import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CellCache } from './intern.ts';

/** Looks `text.slice(start, end)` up, adding it on a miss as the tables stage does; returns what a row would get. */
function intern(cache: CellCache, text: string, start: number, end: number, verdict = true): { value: string; hit: boolean; fits: boolean } {
  const held = cache.find(text, start, end);
  if (held !== undefined) return { value: held, hit: true, fits: cache.fits };
  const value = text.slice(start, end);
  cache.add(value, verdict);
  return { value, hit: false, fits: verdict };
}

describe('CellCache', () => {
  test('a miss, then the same text elsewhere in another line is a hit with the same string', () => {
    const cache = new CellCache();
    const first = intern(cache, 'web-0   Running   5d', 8, 15);
    const second = intern(cache, 'api-1      Running', 11, 18);
    expect(first).toEqual({ value: 'Running', hit: false, fits: true });
    expect(second.hit).toBe(true);
    expect(second.value).toBe(first.value);
  });

  test('the verdict of whoever added the text comes back with it', () => {
    const cache = new CellCache();
    intern(cache, 'Runn', 0, 4, false);
    expect(intern(cache, 'x Runn', 2, 6)).toEqual({ value: 'Runn', hit: true, fits: false });
  });

  test('a prefix or an extension of a held text is not a hit', () => {
    const cache = new CellCache();
    intern(cache, 'Running', 0, 7);
    expect(cache.find('Runnin', 0, 6)).toBeUndefined();
    expect(cache.find('Running2', 0, 8)).toBeUndefined();
  });

  test('bounded: past its entries it stops keeping texts and still answers correctly', () => {
    const cache = new CellCache();
    for (let i = 0; i < 5000; i++) intern(cache, `v${i}`, 0, `v${i}`.length);
    let held = 0;
    for (let i = 0; i < 5000; i++) if (cache.find(`v${i}`, 0, `v${i}`.length) !== undefined) held++;
    expect(held).toBeGreaterThan(500);
    expect(held).toBeLessThanOrEqual(1024);
  });

  test('property: a hit is always exactly the text asked for', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', '/'), maxLength: 6 }), { maxLength: 300 }), (cells) => {
        const cache = new CellCache();
        for (const c of cells) {
          const line = `  ${c}  `;
          const got = intern(cache, line, 2, 2 + c.length);
          if (got.value !== c) return false;
        }
        return true;
      }),
    );
  });
});
