import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CellCache } from './intern.ts';

/** Looks a printed cell up, adding its trimmed text on a miss as the tables stage does; returns what a row would get. */
function intern(cache: CellCache, printed: string, verdict = true): { value: string; hit: boolean; fits: boolean } {
  const held = cache.get(printed);
  if (held !== undefined) return { value: held.text, hit: true, fits: held.fits };
  const value = printed.trim();
  cache.add(printed, value, verdict);
  return { value, hit: false, fits: verdict };
}

describe('CellCache', () => {
  test('a miss, then the same printed cell cut from another line is a hit with the same string', () => {
    const cache = new CellCache();
    const first = intern(cache, 'web-0   Running   5d'.slice(8, 18));
    const second = intern(cache, 'api-1   Running   9d'.slice(8, 18));
    expect(first).toEqual({ value: 'Running', hit: false, fits: true });
    expect(second.hit).toBe(true);
    expect(second.value).toBe(first.value);
  });

  test('the verdict of whoever added the text comes back with it', () => {
    const cache = new CellCache();
    intern(cache, 'Runn', false);
    expect(intern(cache, 'Runn')).toEqual({ value: 'Runn', hit: true, fits: false });
  });

  test('a prefix, an extension or another padding of a held cell is not a hit', () => {
    const cache = new CellCache();
    intern(cache, 'Running   ');
    expect(cache.get('Runnin   ')).toBeUndefined();
    expect(cache.get('Running2  ')).toBeUndefined();
    expect(cache.get('Running ')).toBeUndefined();
  });

  test('bounded: past its entries it stops keeping texts and still answers correctly', () => {
    const cache = new CellCache();
    for (let i = 0; i < 5000; i++) intern(cache, `v${i}`);
    let held = 0;
    for (let i = 0; i < 5000; i++) {
      const got = cache.get(`v${i}`);
      if (got !== undefined) {
        held++;
        expect(got.text).toBe(`v${i}`);
      }
    }
    expect(held).toBe(1024);
  });

  test('property: a hit is always exactly the text added for that printed cell', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', '/'), maxLength: 6 }), { maxLength: 300 }), (cells) => {
        const cache = new CellCache();
        for (const c of cells) {
          const printed = `${c}  `;
          if (intern(cache, printed).value !== c.trim()) return false;
        }
        return true;
      }),
    );
  });
});
