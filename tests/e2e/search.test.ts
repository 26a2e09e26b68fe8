/** Pagefind search works under the base path and opens from the keyboard. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, visit } from '../support/site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('search', () => {
  test.each([
    { name: 'Korean', path: '', query: 'etcd' },
    { name: 'English', path: 'en/', query: 'etcd' },
  ])('$name search finds pages under the base', async ({ path, query }) => {
    const { page } = await visit(browser, path);
    // From the keyboard: focus the (enabled) search button and press Enter.
    const open = page.locator('button[data-open-modal]:not([disabled])').first();
    await open.waitFor();
    await open.focus();
    await page.keyboard.press('Enter');
    const input = page.locator('dialog[open] input[type="search"], dialog[open] .pagefind-ui__search-input').first();
    await input.waitFor();
    await input.fill(query);
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 15_000 });
    const href = await first.getAttribute('href');
    expect(href?.startsWith(inject('base'))).toBe(true);
    await page.context().close();
  });
});
