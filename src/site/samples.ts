/**
 * The samples in content/samples/, bundled at build time (Vite's import.meta.glob), so pages and the
 * explainer show exactly the pastes the tests check.
 */
const texts = import.meta.glob<string>('../../content/samples/*.txt', { query: '?raw', import: 'default', eager: true });

const byName = new Map(
  Object.entries(texts).map(([path, text]) => [path.replace(/^.*\//, '').replace(/\.txt$/, ''), text]),
);

/** @throws when a page names a sample that does not exist: a build error, not a reader's problem. */
export function sampleText(name: string): string {
  const text = byName.get(name);
  if (text === undefined) throw new Error(`No sample "${name}" in content/samples/ (have: ${[...byName.keys()].join(', ')})`);
  return text;
}

export function sampleNames(): string[] {
  return [...byName.keys()].sort();
}
