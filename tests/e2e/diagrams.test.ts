/**
 * Build-time Mermaid: every diagram is an <svg> in both themes, switches with Starlight's theme
 * toggle, is named for screen readers, reads without JavaScript, and no Mermaid runtime is loaded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, DIST, launch, siteUrl, visit } from '../support/site.ts';

const diagramPages = builtPages().filter((p) => readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('mermaid-figure'));

/** Files of the Mermaid runtime in the build (bundled for the lazy fallback and the explainer's map). */
const mermaidChunks = readdirSync(join(DIST, '_astro')).filter(
  (f) => f.endsWith('.js') && /flowchart-v2|sequenceDiagram/.test(readFileSync(join(DIST, '_astro', f), 'utf8')),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('diagrams', () => {
  test('the architecture page has a diagram in both languages', () => {
    expect(diagramPages).toContain('architecture/');
    expect(diagramPages).toContain('en/architecture/');
  });

  test.each(diagramPages.map((path) => ({ path })))('$path: themed svg, toggles, named, no runtime', async ({ path }) => {
    const v = await visit(browser, path, 'dark');
    const { page } = v;
    const figures = page.locator('figure.mermaid-figure');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const fig = figures.nth(i);
      await expect.poll(() => fig.locator('.mermaid-dark svg').isVisible()).toBe(true);
      expect(await fig.locator('.mermaid-light svg').isVisible()).toBe(false);
      // Named: Mermaid's accTitle/accDescr become <title>/<desc> referenced by aria attributes.
      const named = await fig.locator('.mermaid-dark svg').evaluate((svg) => {
        const title = svg.getAttribute('aria-labelledby');
        const desc = svg.getAttribute('aria-describedby');
        return Boolean(title && svg.querySelector(`[id="${title}"]`)?.textContent && desc && svg.querySelector(`[id="${desc}"]`)?.textContent);
      });
      expect(named).toBe(true);
    }
    const darkHtml = await figures.first().locator('.mermaid-theme:visible').innerHTML();
    await page.locator('starlight-theme-select select').first().selectOption('light');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    for (let i = 0; i < count; i++) {
      expect(await figures.nth(i).locator('.mermaid-light svg').isVisible()).toBe(true);
      expect(await figures.nth(i).locator('.mermaid-dark svg').isVisible()).toBe(false);
    }
    expect(await figures.first().locator('.mermaid-theme:visible').innerHTML()).not.toBe(darkHtml);
    const loadedMermaid = v.requested.filter((url) => mermaidChunks.some((chunk) => url.endsWith(chunk)));
    expect(loadedMermaid).toEqual([]);
    await page.context().close();
  });

  test('diagrams are readable without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('architecture/'));
    expect(await page.locator('figure.mermaid-figure svg:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('figure.mermaid-figure svg:visible text, figure.mermaid-figure svg:visible foreignObject').count()).toBeGreaterThan(0);
    await context.close();
  });
});
