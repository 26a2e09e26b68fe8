/** Every built page answers 200 under the base path, with no console error, failed or foreign request. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, launch, visit } from '../support/site.ts';

const pages = builtPages();
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page loads cleanly', () => {
  test('the site has pages in both languages', () => {
    expect(pages).toContain('');
    expect(pages).toContain('en/');
    expect(pages.filter((p) => p.startsWith('en/')).length).toBe(pages.filter((p) => !p.startsWith('en/')).length);
  });

  test.each(pages.map((path) => ({ path: path || '(home)', url: path })))('$path', async ({ url }) => {
    const v = await visit(browser, url);
    await v.page.waitForLoadState('networkidle');
    expect.soft(v.consoleErrors, 'console errors').toEqual([]);
    expect.soft(v.failedRequests, 'failed requests').toEqual([]);
    expect.soft(v.foreignRequests, 'requests to other origins').toEqual([]);
    await v.page.context().close();
  });
});
