/**
 * The audit corpus (tests/corpus/<round>/NN.txt): real pastes helpers found and read against their threads, each
 * with its source (NN.src) and its reading when audited (NN.reading). A change detector, not a claim that every
 * reading is right: what an audit found wrong is fixed or listed in the issue note. A change that alters a
 * reading fails here; check the diff, then update with `npx vitest run --project unit -u tests/unit/corpus.test.ts`.
 * Why here and not only in content/samples: the samples carry hand-written facts and appear in the pages; the
 * corpus is every audited paste, too many to write facts for, and was lost once when it lived outside the repo.
 */
import { describe, expect, test } from 'vitest';
import { explain } from '../../src/kubectl/index.ts';
import { readingOf } from './reading.ts';

const texts = import.meta.glob<string>('../corpus/*/*.txt', { query: '?raw', import: 'default', eager: true });
const sources = import.meta.glob<string>('../corpus/*/*.src', { query: '?raw', import: 'default', eager: true });

const cases = Object.entries(texts).map(([path, text]) => ({ name: path.replace('../corpus/', '').replace(/\.txt$/, ''), path, text }));

describe('audit corpus', () => {
  test('holds pastes, each with its source', () => {
    expect(cases.length).toBeGreaterThan(100);
    const missing = cases.filter((c) => (sources[c.path.replace(/\.txt$/, '.src')] ?? '').trim() === '').map((c) => c.name);
    expect(missing).toEqual([]);
  });

  test.each(cases)('$name reads as when audited', async ({ path, text }) => {
    await expect(readingOf(explain(text))).toMatchFileSnapshot(path.replace(/\.txt$/, '.reading'));
  });
});
