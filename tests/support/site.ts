/**
 * What the e2e tests need to know about the built site and how to drive a page in it.
 * Node-side helpers shared by tests/e2e/*.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/build/find-chromium.ts';

export const DIST = 'dist';

/** Every built page as a path under the base, e.g. `en/architecture/` ('' for the home page). */
export function builtPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) {
        if (entry === '_astro' || entry === 'pagefind') continue;
        walk(full);
      } else if (entry === 'index.html') {
        out.push(relative(dir, d).split(sep).join('/').replace(/^(.+)$/, '$1/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

export function siteUrl(path: string): string {
  return `${inject('origin')}${inject('base')}${path}`;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS, headless: true });
}

export type Theme = 'light' | 'dark';

export interface Visit {
  page: Page;
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  requested: string[];
}

/**
 * Opens `path` with Starlight's theme preset (it reads localStorage `starlight-theme` before paint),
 * recording console errors, failed requests and any request to another origin.
 */
export async function visit(browser: Browser, path: string, theme: Theme = 'dark', viewport = { width: 1280, height: 900 }): Promise<Visit> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await context.newPage();
  const origin = inject('origin');
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const foreignRequests: string[] = [];
  const requested: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => {
    requested.push(r.url());
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreignRequests.push(r.url());
  });
  page.on('requestfailed', (r) => failedRequests.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.url()} (${r.status()})`);
  });
  const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
  if (!response) throw new Error(`No response for ${path}`);
  return { page, consoleErrors, failedRequests, foreignRequests, requested };
}

/** Hangul syllables and jamo: the marker of Korean text. */
export const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/**
 * Waits until the page's own scripts have finished what they do after load: Expressive Code makes
 * scrollable code blocks focusable regions in an idle callback, src/site/scroll-regions.ts names them and
 * makes wide tables focusable; axe must see the page as a reader would.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => pre.scrollWidth <= pre.clientWidth || (pre.getAttribute('tabindex') === '0' && pre.hasAttribute('aria-label')),
    ) &&
    [...document.querySelectorAll('.sl-markdown-content table')].every(
      (t) => t.scrollWidth <= t.clientWidth + 1 || getComputedStyle(t).overflowX === 'visible' || t.hasAttribute('tabindex'),
    ),
  );
}

/** Files of the Mermaid runtime in the build (bundled for the lazy fallback and the explainer's map). */
export function mermaidRuntimeChunks(dir = DIST): string[] {
  return readdirSync(join(dir, '_astro')).filter(
    (f) => f.endsWith('.js') && /flowchart-v2|sequenceDiagram/.test(readFileSync(join(dir, '_astro', f), 'utf8')),
  );
}
