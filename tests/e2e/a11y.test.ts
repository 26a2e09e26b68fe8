/** axe-core on every page in both themes: no serious or critical violation, no rule excluded. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, launch, settle, visit, type Theme } from '../support/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const cases = builtPages().flatMap((path) =>
  (['light', 'dark'] as Theme[]).map((theme) => ({ name: `${path || '(home)'} ${theme}`, path, theme })),
);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe finds no serious or critical violation', () => {
  test.each(cases)('$name', async ({ path, theme }) => {
    const v = await visit(browser, path, theme);
    expect(await v.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
    await settle(v.page);
    expect(await seriousViolations(v.page)).toEqual([]);
    await v.page.context().close();
  });
});
