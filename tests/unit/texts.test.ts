/**
 * What a reader is told about the real pastes, in both languages: every finding, message, explanation and problem
 * the corpus and the samples produce has its text, and every `{placeholder}` in it is filled by the vars the core
 * gave. src/i18n/index.test.ts checks that each id has a text; only real pastes show that a finding's vars match
 * the placeholders its text names (a text that says `{job}` where the core sets `name` would print `{job}`).
 */
import { describe, expect, test } from 'vitest';
import { explain } from '../../src/kubectl/index.ts';
import { explainText, hasText, problemText } from '../../src/i18n/index.ts';

const corpus = import.meta.glob<string>('../corpus/*/*.txt', { query: '?raw', import: 'default', eager: true });
const samples = import.meta.glob<string>('../../content/samples/*.txt', { query: '?raw', import: 'default', eager: true });
const pastes = Object.entries({ ...corpus, ...samples }).map(([path, text]) => ({ name: path.replace(/^(\.\.\/)+/, ''), text }));

/** A placeholder left unfilled: `{name}` or `{s:count}`. Not jsonpath's `{.metadata.name}` nor `{{ }}`. */
const PLACEHOLDER = /\{(?:s:)?[a-z][a-zA-Z]*\}/;

describe('texts the real pastes produce', () => {
  test('cover the pastes', () => {
    expect(pastes.length).toBeGreaterThan(500);
  });

  test.each(['ko', 'en'] as const)('%s: every text exists and fills its placeholders', (lang) => {
    const wrong: string[] = [];
    for (const { name, text } of pastes) {
      const m = explain(text);
      for (const f of m.findings) {
        const id = `finding.${f.id}`;
        const t = explainText(lang, id, f.vars);
        if (!hasText(lang, id) || PLACEHOLDER.test(t)) wrong.push(`${name}: ${id} ${t.match(PLACEHOLDER)?.[0] ?? 'missing'}`);
      }
      for (const msg of m.messages) {
        const id = `message.${msg.id}`;
        const t = explainText(lang, id, msg.vars);
        if (!hasText(lang, id) || PLACEHOLDER.test(t)) wrong.push(`${name}: ${id} ${t.match(PLACEHOLDER)?.[0] ?? 'missing'}`);
      }
      for (const r of m.rows) for (const e of r.explanations) if (!hasText(lang, e)) wrong.push(`${name}: ${e} missing`);
      for (const p of m.problems) {
        const t = problemText(lang, p);
        if (t.startsWith('problem.') || PLACEHOLDER.test(t)) wrong.push(`${name}: problem ${p.code} ${t}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});
