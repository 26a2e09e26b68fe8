// The core (and the texts it shares with the site and the CLI) runs at build time, in the browser and in the
// terminal: it may import only itself and pure libraries, and touch no browser or Node global.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const DIRS = ['../kubectl/', '../i18n/'];
const sources = DIRS.flatMap((d) => readdirSync(new URL(d, import.meta.url)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'test-helpers.ts').map((f) => `${d}${f}`));
/** Packages with no DOM, Node or framework API of their own. */
const PURE_PACKAGES = new Set(['ipaddr.js']);

function allowed(from: string, specifier: string): boolean {
  if (PURE_PACKAGES.has(specifier)) return true;
  if (!specifier.startsWith('.')) return false;
  const target = new URL(specifier, new URL(from, import.meta.url)).href;
  return DIRS.some((d) => target.startsWith(new URL(d, import.meta.url).href));
}

describe('the core is pure', () => {
  test('it has sources to check', () => expect(sources.length).toBeGreaterThan(10));
  test.each(sources)('%s imports only the core, its texts and pure packages', (file) => {
    const text = readFileSync(new URL(file, import.meta.url), 'utf8');
    const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'";]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
    expect(specifiers.filter((s) => !allowed(file, s))).toEqual([]);
  });
  test.each(sources)('%s touches no browser or Node global', (file) => {
    const code = readFileSync(new URL(file, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(?:document|window|navigator|localStorage|process|Buffer|require)\s*[.(\[]/);
  });
  test('the check sees a Node import', () => expect(allowed('../kubectl/x.ts', 'node:fs')).toBe(false));
  test('the check sees an import from the site', () => expect(allowed('../kubectl/x.ts', '../islands/explainer/Problems.tsx')).toBe(false));
});
