/** axe-core on every page in both themes and on a phone-sized screen: no violation of any impact, no rule excluded. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { builtPages, launch, settle, visit, type Theme } from '../support/site.ts';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 800 };
const cases = builtPages().flatMap((path) => [
  ...(['light', 'dark'] as Theme[]).map((theme) => ({ name: `${path || '(home)'} ${theme}`, path, theme, viewport: DESKTOP })),
  { name: `${path || '(home)'} light, 375 px`, path, theme: 'light' as Theme, viewport: PHONE },
]);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe finds no violation of any impact', () => {
  test.each(cases)('$name', async ({ path, theme, viewport }) => {
    const v = await visit(browser, path, theme, viewport);
    expect(await v.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
    await settle(v.page);
    expect(await axeViolations(v.page)).toEqual([]);
    // What scrolls does so inside its own box: the page itself never scrolls sideways.
    expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await v.page.context().close();
  });
});

// On a phone most code blocks scroll sideways: each becomes a focusable region, and each must be named apart.
// `tables`: the page has a table too wide for a phone (so the check below can fail).
const narrow = [
  { path: 'lab/vm-access/', tables: true },
  { path: 'en/lab/vm-access/', tables: true },
  { path: 'components/etcd/', tables: false },
  { path: 'en/lifecycle/termination/', tables: true },
  { path: 'lifecycle/pod-status/', tables: true },
  { path: 'architecture/', tables: false },
  { path: 'en/components/cni/', tables: false },
];
describe('at 375 px wide, code blocks that scroll are distinctly named regions and wide tables take focus', () => {
  test.each(narrow)('$path', async ({ path, tables: wide }) => {
    const v = await visit(browser, path, 'light', PHONE);
    await settle(v.page);
    const names = await v.page.$$eval('.expressive-code pre[role="region"]', (pres) => pres.map((p) => p.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((n) => n !== '')).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    const tables = await v.page.$$eval('.sl-markdown-content table', (ts) => ts.map((t) => ({ scrolls: t.scrollWidth > t.clientWidth + 1, focusable: t.getAttribute('tabindex') === '0' })));
    if (wide) expect(tables.filter((t) => t.scrolls).length).toBeGreaterThan(0);
    expect(tables.filter((t) => t.scrolls !== t.focusable)).toEqual([]);
    expect(await axeViolations(v.page)).toEqual([]);
    // What scrolls does so inside its own box: the page itself never scrolls sideways.
    expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await v.page.context().close();
  });
});
