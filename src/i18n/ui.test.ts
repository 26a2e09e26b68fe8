import { describe, expect, test } from 'vitest';
import { UI, uiText } from './ui.ts';

describe('UI strings', () => {
  test('Korean and English hold the same keys', () => {
    expect(Object.keys(UI.en).sort()).toEqual(Object.keys(UI.ko).sort());
  });

  test.each(Object.keys(UI.ko).map((key) => ({ key })))('$key is non-empty in both languages', ({ key }) => {
    expect(UI.ko[key as keyof typeof UI.ko].trim()).not.toBe('');
    expect(UI.en[key as keyof typeof UI.en].trim()).not.toBe('');
  });

  test('English strings are not left in Korean', () => {
    const hangul = /[\uac00-\ud7a3]/;
    expect(Object.entries(UI.en).filter(([, v]) => hangul.test(v))).toEqual([]);
  });

  test.each([
    { name: 'fills a placeholder', key: 'ssh.nodeN' as const, vars: { n: 3 }, lang: 'en' as const, expected: /3/ },
    { name: 'leaves an unknown placeholder visible', key: 'ssh.nodeN' as const, vars: {}, lang: 'ko' as const, expected: /\{n\}/ },
    { name: 'one node, no plural ending', key: 'explain.summary.nodes' as const, vars: { count: 1 }, lang: 'en' as const, expected: /^1 node$/ },
    { name: 'two nodes, plural ending', key: 'explain.summary.nodes' as const, vars: { count: 2 }, lang: 'en' as const, expected: /^2 nodes$/ },
    { name: 'the plural follows its own number', key: 'explain.filter.count' as const, vars: { shown: 2, total: 1 }, lang: 'en' as const, expected: /^Showing 2 of 1 pod$/ },
    { name: 'Korean has no plural ending', key: 'explain.summary.nodes' as const, vars: { count: 2 }, lang: 'ko' as const, expected: /^노드 2개$/ },
  ])('uiText $name', ({ key, vars, lang, expected }) => {
    expect(uiText(lang, key, vars)).toMatch(expected);
  });
});
