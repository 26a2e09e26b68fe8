/** <Term>: a glossary link whose short definition shows on hover and keyboard focus, and hides on Escape. */
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

describe('Term tooltips', () => {
  test.each([
    { name: 'Korean', path: 'lifecycle/pod-creation/', prefix: '' },
    { name: 'English', path: 'en/lifecycle/pod-creation/', prefix: 'en/' },
  ])('$name: keyboard focus shows the definition, Escape hides it, the link reaches the glossary', async ({ path, prefix }) => {
    const { page } = await visit(browser, path, 'light');
    const link = page.locator('.sl-markdown-content .term-link').first();
    const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.isVisible()).toBe(false);
    // Reach it with Tab, as a keyboard user would.
    await page.locator('body').focus();
    for (let i = 0; i < 200 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await tip.isVisible()).toBe(true);
    expect((await tip.textContent())?.trim().length).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith(`${inject('base')}${prefix}glossary/#`)).toBe(true);
    await page.context().close();
  });
});
