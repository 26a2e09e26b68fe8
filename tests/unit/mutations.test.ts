/**
 * The real pastes, damaged further: a property test that cuts, swaps, retabs, collapses and splices the corpus'
 * and the samples' pastes (and pieces of one into another) and checks that the explainer still never throws and
 * accounts for every line. Random strings (src/kubectl/properties.test.ts) rarely reach the deep rules a real paste
 * does; this found a throw in one (a name in three namespaces beside a row without one, hunt ch/07 mutated).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { explain } from '../../src/kubectl/index.ts';
import { splitLines } from '../../src/kubectl/lines.ts';

const corpus = import.meta.glob<string>('../corpus/*/*.txt', { query: '?raw', import: 'default', eager: true });
const samples = import.meta.glob<string>('../../content/samples/*.txt', { query: '?raw', import: 'default', eager: true });
const pastes = [...Object.values(corpus), ...Object.values(samples)];

/** One damage, its place and size as fractions so a shrink moves it toward the paste's start. */
type Mutation = { op: number; at: number; size: number; other: number };

const INSERTS = ['\u00a0', '\u3000', '│', '<none>', '(', ')', '|', '`', '**', '\r', '$ ', '# ', '0/1', 'Init:0/1', '\t', '\n', '...'];

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const at = Math.floor(m.at * text.length);
  const line = Math.floor(m.at * lines.length);
  const other = pastes[m.other % pastes.length] as string;
  switch (m.op) {
    case 0: // a piece cut out
      return text.slice(0, at) + text.slice(at + m.size);
    case 1: // cut off
      return text.slice(0, at);
    case 2: { // two lines swapped
      const j = (line + m.size) % lines.length;
      [lines[line], lines[j]] = [lines[j] as string, lines[line] as string];
      return lines.join('\n');
    }
    case 3: // some padding turned to tabs
      return text.replace(/ {2,}/g, (s, off: number) => ((off + m.size) % 3 === 0 ? '\t' : s));
    case 4: // spacing collapsed
      return text.replace(/ {2,}/g, ' ');
    case 5: // a line repeated elsewhere
      lines.splice(line, 0, lines[(line + m.size) % lines.length] as string);
      return lines.join('\n');
    case 6: // a character a paste gains
      return text.slice(0, at) + (INSERTS[m.size % INSERTS.length] as string) + text.slice(at);
    case 7: // lines indented
      return lines.map((l, i) => ((i + m.size) % 4 === 0 ? `  ${l}` : l)).join('\n');
    case 8: // another paste after it
      return `${text}\n${other}`;
    default: { // a few lines of another paste inside it
      const o = other.split('\n');
      const from = m.size % o.length;
      lines.splice(line, 0, ...o.slice(from, from + 3));
      return lines.join('\n');
    }
  }
}

const mutation = fc.record({ op: fc.nat({ max: 9 }), at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), size: fc.nat({ max: 60 }), other: fc.nat() });

describe('real pastes, damaged', () => {
  test('holds the pastes', () => {
    expect(pastes.length).toBeGreaterThan(500);
  });

  test('never throws, and accounts for every line', () => {
    fc.assert(
      fc.property(fc.nat({ max: pastes.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (index, mutations) => {
        const text = mutations.reduce(mutate, pastes[index] as string);
        const m = explain(text);
        const count = splitLines(text).length;
        expect(m.lines.length).toBe(count);
        m.lines.forEach((l, i) => expect(l.line).toBe(i + 1));
        for (const l of m.lines) if (l.kind === 'message') expect(l.messageId).toBeTruthy();
        // A row's line is a row, or the prompt a flattened paste put its whole table after (hunt cp/01).
        for (const r of m.rows) expect(['row', 'prompt']).toContain(m.lines[r.line - 1]?.kind);
        for (const p of m.problems) if (p.code !== 'empty-input') expect(p.line).toBeLessThanOrEqual(Math.max(count, 1));
        JSON.stringify(m);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
