import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { stringsIn } from './marks.ts';

const NEEDLES = ['kubens', 'set-context', 'job(', 'job/', 'jobs/', 'job.batch/', '..', '\u2026', '-x-', '--context', '--kubeconfig', 'cnpg.io/cluster='];

describe('stringsIn', () => {
  test.each([
    { name: 'none of them', text: 'web-0   1/1   Running   0   5d', found: [] },
    { name: 'one flag on a command line', text: '$ kubectl --context prod get pods', found: ['--context'] },
    { name: 'regex characters taken literally (a dot is no wildcard)', text: 'jobXbatch/ and job_', found: [] },
    { name: 'two needles starting at the same place: job/ inside jobs/ is not there, jobs/ is', text: 'kubectl logs jobs/pi', found: ['jobs/'] },
    { name: 'a needle inside another match (-x- overlapping -x-)', text: 'a-x-x-b', found: ['-x-'] },
    { name: 'a repeated needle does not hide one after it', text: `${'..'.repeat(1000)} kubens team`, found: ['..', 'kubens'] },
    { name: 'a needle starting inside an earlier found one', text: 'job.batch/', found: ['job.batch/'] },
    { name: 'unicode ellipsis', text: 'coredns-\u2026', found: ['\u2026'] },
    { name: 'the empty text', text: '', found: [] },
  ])('$name', ({ text, found }) => {
    expect([...stringsIn(text, NEEDLES)].sort()).toEqual([...found].sort());
  });

  test('duplicate and empty needles are ignored', () => {
    expect([...stringsIn('a..b', ['..', '..', ''])]).toEqual(['..']);
  });

  test('says what indexOf says, for any text and needles', () => {
    const alphabet = fc.constantFrom('a', 'b', '-', 'x', '.', '/', '(', 'j', 'o', '\u2026', ' ');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 60 }), fc.array(word, { maxLength: 8 }), (text, needles) => {
        const got = stringsIn(text, needles);
        for (const n of needles) expect(got.has(n)).toBe(text.indexOf(n) >= 0);
        expect(got.size).toBe(new Set(needles.filter((n) => text.indexOf(n) >= 0)).size);
      }),
      { numRuns: 2000 },
    );
  });

  test('a long run of one needle is scanned once, not once per occurrence', () => {
    const text = '.'.repeat(2_000_000) + ' kubens';
    const found = stringsIn(text, NEEDLES);
    expect(found.has('..')).toBe(true);
    expect(found.has('kubens')).toBe(true);
  });
});
