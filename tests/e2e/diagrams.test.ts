/**
 * Build-time Mermaid: every diagram is an <svg> in both themes, switches with Starlight's theme
 * toggle, is named for screen readers, reads without JavaScript, and no Mermaid runtime is loaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, DIST, launch, mermaidRuntimeChunks, siteUrl, visit } from '../support/site.ts';

const diagramPages = builtPages().filter((p) => readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('mermaid-figure'));

const mermaidChunks = mermaidRuntimeChunks();

/**
 * The labels of the diagrams under `root` (a selector) whose contrast is below WCAG AA's 4.5:1 against what is
 * painted under them: the topmost filled shape or box under the label's centre (half-transparent fills laid over
 * the page's own colour), else the page. Run in the page.
 */
function lowContrastLabels(root: string): string[] {
  const parse = (c: string): [number, number, number, number] | null => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
  };
  const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => (top[i] as number) * (top[3] as number) + (under[i] as number) * (1 - (top[3] as number)));
  const lum = (c: number[]) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
  };
  let pageBg: number[] = [255, 255, 255, 1];
  for (let e: Element | null = document.querySelector(root); e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0) {
      pageBg = c;
      break;
    }
  }
  const found: string[] = [];
  const labels = document.querySelectorAll(['text', 'foreignObject span', 'foreignObject p'].map((l) => `${root} svg ${l}`).join(', '));
  for (const label of labels) {
    const text = (label.textContent ?? '').trim();
    if (text === '' || (label.tagName !== 'text' && label.querySelector('span, p'))) continue;
    const box = label.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    label.scrollIntoView({ block: 'center', inline: 'center' });
    const b = label.getBoundingClientRect();
    // Mermaid colours an actor's name on its tspan (`text.actor > tspan`), not on the text.
    const inked = label.tagName === 'text' ? (label.querySelector('tspan') ?? label) : label;
    const style = getComputedStyle(inked);
    const ink = parse(label.tagName === 'text' ? style.fill : style.color);
    if (!ink) continue;
    let bg = pageBg.slice(0, 3);
    const layers: number[][] = [];
    for (const e of document.elementsFromPoint(b.left + b.width / 2, b.top + b.height / 2)) {
      // The label itself and the groups holding it paint nothing under it; an HTML box holding it (a label's background) does.
      if (e === label || label.contains(e) || (e.contains(label) && !(e instanceof HTMLElement))) {
        if (e.tagName === 'svg') break;
        continue;
      }
      const es = getComputedStyle(e);
      const isShape = ['rect', 'path', 'polygon', 'circle', 'ellipse'].includes(e.tagName);
      const fill = parse(isShape ? es.fill : es.backgroundColor);
      if (fill && fill[3] > 0 && Number(isShape ? es.fillOpacity : '1') > 0) {
        fill[3] *= Number(isShape ? es.fillOpacity : '1') * Number(es.opacity);
        layers.push(fill);
        if (fill[3] >= 1) break;
      }
      if (e.tagName === 'svg') break;
    }
    for (const layer of layers.reverse()) bg = over(layer, bg);
    const [l1, l2] = [lum(over(ink, bg)), lum(bg)];
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    if (ratio < 4.5) found.push(`"${text.slice(0, 40)}" ${ratio.toFixed(2)}:1 (${ink.join(',')} on ${bg.map(Math.round).join(',')})`);
  }
  return found;
}

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

  // Legible: a diagram fits the desktop column at 0.6 of its natural size or more, with nothing to scroll (the
  // architecture overview scrolled 47-74 px at 1280 until its widest ranks were wrapped), and on a phone it is
  // never drawn below the floor (site.css, 0.7): the figure scrolls sideways and is reachable by keyboard.
  test.each(
    diagramPages.flatMap((path) => [
      { path, width: 1280, min: 0.6 },
      { path, width: 390, min: 0.65 },
    ]),
  )('$path at $width px: every diagram drawn at $min of its size or more', async ({ path, width, min }) => {
    const { page } = await visit(browser, path, 'light', { width, height: 900 });
    const figures = page.locator('figure.mermaid-figure');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const m = await figures.nth(i).evaluate((fig) => {
        const svg = fig.querySelector<SVGSVGElement>('.mermaid-light svg');
        const viewBox = svg?.viewBox.baseVal.width ?? 0;
        return {
          title: fig.querySelector('figcaption')?.textContent ?? '',
          scale: svg && viewBox > 0 ? svg.getBoundingClientRect().width / viewBox : 0,
          overflows: fig.scrollWidth > fig.clientWidth + 1,
          scrolls: getComputedStyle(fig).overflowX === 'auto' || getComputedStyle(fig).overflowX === 'scroll',
          tabIndex: fig.tabIndex,
          labelledBy: fig.getAttribute('aria-labelledby'),
          captionId: fig.querySelector('figcaption')?.id ?? null,
        };
      });
      expect(m.scale, `${m.title}: scale ${m.scale.toFixed(2)}`).toBeGreaterThanOrEqual(min);
      if (width >= 1280) expect(m.overflows, `${m.title} scrolls sideways on the desktop`).toBe(false);
      if (m.overflows) expect(m.scrolls, `${m.title} overflows but does not scroll`).toBe(true);
      expect(m.tabIndex).toBe(0);
      expect(m.labelledBy).toBeTruthy();
      expect(m.labelledBy).toBe(m.captionId);
    }
    await page.context().close();
  });

  // Every label of every diagram meets WCAG AA's 4.5:1 against what is painted under it, in both themes. axe's
  // color-contrast rule does not read SVG text, so Mermaid's dark theme drew near-black note text on dark grey
  // (about 2:1) with every a11y test green.
  test.each(diagramPages.flatMap((path) => (['light', 'dark'] as const).map((theme) => ({ path, theme }))))(
    '$path ($theme): every diagram label has 4.5:1 contrast',
    async ({ path, theme }) => {
      const { page } = await visit(browser, path, theme);
      const low = await page.evaluate(lowContrastLabels, `figure.mermaid-figure .mermaid-${theme}`);
      expect(low).toEqual([]);
      await page.context().close();
    },
  );

  test('without a build-time browser, diagrams are drawn lazily in the page and follow the theme', async () => {
    // The page as a build without Chromium emits it: the figure holds the source in pre.mermaid-pending.
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.route(siteUrl('architecture/'), async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<figure class="mermaid-figure mermaid-static"[^>]*>[\s\S]*?<\/figure>/,
        '<figure class="mermaid-figure mermaid-lazy"><pre class="mermaid-pending">flowchart LR\n  accTitle: Lazy\n  accDescr: Drawn in the page\n  a["m-k8s"] -->|joins| b["w1-k8s"]</pre></figure>',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(siteUrl('architecture/'));
    const drawn = page.locator('figure.mermaid-lazy .mermaid-client svg');
    await drawn.waitFor({ timeout: 20_000 });
    expect(await page.locator('figure.mermaid-lazy pre.mermaid-pending').isHidden()).toBe(true);
    expect(requested.some((url) => mermaidChunks.some((chunk) => url.endsWith(chunk)))).toBe(true);
    const dark = await drawn.innerHTML();
    // The same colours as the build's: Mermaid's own dark theme puts edge labels at about 3:1.
    expect(await page.evaluate(lowContrastLabels, 'figure.mermaid-lazy .mermaid-client')).toEqual([]);
    await page.locator('starlight-theme-select select').first().selectOption('light');
    await expect.poll(async () => (await page.locator('figure.mermaid-lazy .mermaid-client svg').innerHTML()) !== dark, { timeout: 20_000 }).toBe(true);
    await context.close();
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
