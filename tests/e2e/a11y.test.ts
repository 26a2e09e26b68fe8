/** axe-core on every page in both themes: no serious or critical violation, no rule excluded. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { builtPages, launch, settle, visit, type Theme } from '../support/site.ts';

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
