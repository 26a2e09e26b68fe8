/**
 * Bilingual chrome: the language picker reaches the same page in the other language, and English
 * pages carry no Korean interface text (Starlight's and Expressive Code's labels included).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, HANGUL, launch, siteUrl, visit } from '../support/site.ts';

const english = builtPages().filter((p) => p.startsWith('en/'));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('language picker', () => {
  test.each([
    { name: 'Korean architecture to English', from: 'architecture/', pick: 'en', to: 'en/architecture/' },
    { name: 'English architecture to Korean', from: 'en/architecture/', pick: 'ko', to: 'architecture/' },
    { name: 'Korean home to English', from: '', pick: 'en', to: 'en/' },
  ])('$name', async ({ from, pick, to }) => {
    const { page } = await visit(browser, from);
    const select = page.locator('starlight-lang-select select').first();
    const value = await select.evaluate(
      (el, lang) => [...(el as HTMLSelectElement).options].find((o) => o.lang === lang || o.value.includes(`/${lang}/`) || (lang === 'ko' && !o.value.includes('/en/')))?.value ?? '',
      pick,
    );
    await Promise.all([page.waitForURL(siteUrl(to)), select.selectOption(value)]);
    expect(page.url()).toBe(siteUrl(to));
    await page.context().close();
  });
});

describe('English pages carry no Korean interface text', () => {
  test.each(english.map((path) => ({ path })))('$path', async ({ path }) => {
    const { page } = await visit(browser, path);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const korean = await page.evaluate((pattern) => {
      const hangul = new RegExp(pattern);
      const found: string[] = [];
      // The language picker names Korean in Korean ("한국어"), as language pickers should.
      const skip = (el: Element) => el.closest('starlight-lang-select option, [lang="ko"]');
      for (const el of document.querySelectorAll('body *')) {
        if (skip(el)) continue;
        for (const attr of ['aria-label', 'title', 'alt', 'placeholder', 'data-copied', 'data-code-label']) {
          const value = el.getAttribute(attr);
          if (value && hangul.test(value)) found.push(`${el.tagName.toLowerCase()}[${attr}="${value}"]`);
        }
        for (const node of el.childNodes) {
          if (node.nodeType === Node.TEXT_NODE && hangul.test(node.textContent ?? '')) found.push(`${el.tagName.toLowerCase()}: ${node.textContent?.trim().slice(0, 60)}`);
        }
      }
      // Labels drawn by CSS (Expressive Code's terminal frame title, copy feedback).
      for (const el of document.querySelectorAll('.expressive-code *')) {
        const content = getComputedStyle(el, '::before').content + getComputedStyle(el, '::after').content;
        if (hangul.test(content)) found.push(`css content: ${content}`);
      }
      return found;
    }, HANGUL.source);
    expect(korean).toEqual([]);
    await page.context().close();
  });
});
