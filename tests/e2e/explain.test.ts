/**
 * The explainer (content/docs/explain.mdx + src/islands/Explainer.tsx) and the build-time PodsTable, in a
 * real Chromium against the built site: the seed's paste in both languages, share links, hostile input,
 * keyboard-only use, axe in both themes, Mermaid loaded only on demand, a 360 px phone, a paste with no pod
 * table, and 100,000 rows (time to first table printed, not asserted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { builtPages, DIST, launch, mermaidRuntimeChunks, settle, siteUrl, visit, type Theme } from '../support/site.ts';
import { explainText } from '../../src/i18n/index.ts';

const sample = (name: string) => readFileSync(join('content/samples', `${name}.txt`), 'utf8');
interface PodFacts {
  namespace?: string;
  component?: string;
  owner?: string;
  node?: string;
  network?: string;
}
const seedText = sample('seed-lab');
const seedFacts = JSON.parse(readFileSync('content/samples/seed-lab.json', 'utf8')) as { expect: { rows: number; pods: Record<string, PodFacts> } };
const SEED_PODS = seedText
  .split('\n')
  .filter((l) => l.startsWith('kube-system'))
  .map((l) => l.split(/\s+/)[1] as string);

const mermaidChunks = mermaidRuntimeChunks();
const mermaidRequests = (requested: string[]) => requested.filter((url) => mermaidChunks.some((chunk) => url.endsWith(chunk)));

const PAGES = { ko: 'explain/', en: 'en/explain/' } as const;
const ROWS = '.explainer__table tbody tr.explainer__row';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the explainer island has hydrated (Astro removes `ssr` from <astro-island> then). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForSelector('astro-island:not([ssr]) .explainer', { timeout: 15_000 });
}

async function paste(page: Page, text: string, rows = 1): Promise<void> {
  await hydrated(page);
  await page.locator('#explain-input').fill(text);
  await page.waitForFunction((n) => document.querySelectorAll('.explainer__table tbody tr.explainer__row').length >= n, rows, { timeout: 30_000 });
}

async function tableText(page: Page): Promise<string[]> {
  return page.locator(ROWS).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

/** Presses Tab until the focused element matches `selector` (at most `max` presses). */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the seed paste', () => {
  test.each([{ lang: 'ko' as const }, { lang: 'en' as const }])('$lang: rows, components, owners and node roles on screen', async ({ lang }) => {
    const v = await visit(browser, PAGES[lang]);
    await settle(v.page);
    expect(v.foreignRequests).toEqual([]);
    await paste(v.page, seedText, 15);
    const rows = await tableText(v.page);
    expect(rows).toHaveLength(seedFacts.expect.rows);
    for (const name of SEED_PODS) {
      const facts = seedFacts.expect.pods[name];
      const row = v.page.locator(ROWS).filter({ has: v.page.locator('th', { hasText: new RegExp(`^${name}$`) }) });
      expect(await row.count(), name).toBe(1);
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('kube-system');
      if (facts?.component) expect(text).toContain(facts.component);
      if (facts?.owner) expect(text).toContain(facts.owner);
      if (facts?.node) expect(text).toContain(facts.node);
    }
    // Every static pod is a control-plane component, with its owner and its node's role.
    const cp = explainText(lang, 'role.control-plane');
    const worker = explainText(lang, 'role.worker');
    for (const [name, component] of [['etcd-m-k8s', 'etcd'], ['kube-apiserver-m-k8s', 'kube-apiserver'], ['kube-scheduler-m-k8s', 'kube-scheduler']]) {
      const text = await v.page.locator(ROWS).filter({ hasText: name as string }).innerText();
      expect(text).toContain(component as string);
      expect(text).toContain('StaticPod');
      expect(text).toContain(`(${cp})`);
    }
    expect(await v.page.locator(ROWS).filter({ hasText: 'calico-node-6r9bf' }).innerText()).toContain(`(${worker})`);
    expect(await v.page.locator(ROWS).filter({ hasText: 'coredns-66bff467f8-4j4lj' }).innerText()).toContain('Deployment coredns');
    // The summary names the nodes and their roles.
    const summary = await v.page.locator('.explainer__summary').innerText();
    for (const node of ['m-k8s', 'w1-k8s', 'w2-k8s', 'w3-k8s']) expect(summary).toContain(node);
    expect(summary).toContain(cp);
    expect(summary).toContain('calico');
    expect(summary).toContain('coredns');
    // Severity as a symbol and a word, in the page's language.
    expect(rows[0]).toContain(`✔ ${explainText(lang, 'severity.ok')}`);
    // A row opens its explanation: role, status, commands with the real name, links.
    const toggle = v.page.locator('#row-9 .explainer__toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const details = await v.page.locator('#details-9').innerText();
    expect(details).toContain(explainText(lang, 'component.coredns.role'));
    expect(details).toContain('kubectl -n kube-system logs coredns-66bff467f8-4j4lj');
    expect(await v.page.locator('#details-9 a[href*="components/coredns/"]').getAttribute('href')).toBe(`/kube-anatomy/${lang === 'en' ? 'en/' : ''}components/coredns/`);
    expect(v.consoleErrors).toEqual([]);
    expect(v.foreignRequests).toEqual([]);
    await v.page.context().close();
  });
});

describe('share links', () => {
  test('a share link opened in a fresh page restores the same table', async () => {
    const v = await visit(browser, 'en/explain/');
    await paste(v.page, seedText, 15);
    await v.page.waitForFunction(() => location.hash.startsWith('#paste='));
    const url = v.page.url();
    const before = await tableText(v.page);
    const fresh = await visit(browser, `en/explain/${url.slice(url.indexOf('#'))}`);
    await fresh.page.waitForFunction(() => document.querySelectorAll('.explainer__table tbody tr.explainer__row').length === 15);
    expect(await tableText(fresh.page)).toEqual(before);
    expect(await fresh.page.locator('#explain-input').inputValue()).toBe(seedText);
    expect(fresh.foreignRequests).toEqual([]);
    await v.page.context().close();
    await fresh.page.context().close();
  });

  test('the redact switch masks IPs, tokens and name suffixes in the link', async () => {
    const v = await visit(browser, 'explain/');
    await paste(v.page, seedText, 15);
    await v.page.waitForFunction(() => location.hash.startsWith('#paste='));
    const plain = await v.page.evaluate(() => location.hash);
    await v.page.getByRole('switch').check();
    await v.page.waitForFunction((before) => location.hash.startsWith('#paste=') && location.hash !== before, plain);
    const url = v.page.url();
    const fresh = await visit(browser, `explain/${url.slice(url.indexOf('#'))}`);
    await fresh.page.waitForFunction(() => document.querySelectorAll('.explainer__table tbody tr.explainer__row').length === 15);
    const restored = await fresh.page.locator('#explain-input').inputValue();
    expect(restored).not.toContain('172.16.171.69');
    expect(restored).not.toContain('4j4lj');
    expect(restored.length).toBe(seedText.length);
    await v.page.context().close();
    await fresh.page.context().close();
  });
});

describe('summary and copying', () => {
  test('a finding links to its row: the row opens, shows and takes focus', async () => {
    const v = await visit(browser, 'en/explain/');
    await paste(v.page, sample('eks-cluster-in-trouble'), 10);
    const link = v.page.locator('.explainer__findings a[href^="#row-"]').first();
    const line = (await link.getAttribute('href'))!.slice('#row-'.length);
    await link.focus();
    await v.page.keyboard.press('Enter');
    await expect.poll(() => v.page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe(`row-${line}`);
    expect(await v.page.locator(`#row-${line} .explainer__toggle`).getAttribute('aria-expanded')).toBe('true');
    expect(await v.page.locator(`#details-${line}`).isVisible()).toBe(true);
    // The share fragment is kept: the link did not replace it.
    await v.page.waitForFunction(() => location.hash.startsWith('#paste='));
    // "Show these rows" filters the table to a finding's rows.
    const show = v.page.locator('.explainer__findings button').first();
    const count = Number((await show.innerText()).match(/\d+/)?.[0]);
    await show.click();
    expect(await v.page.locator(ROWS).count()).toBe(count);
    await v.page.context().close();
  });

  test("findings come before the nodes; a lab's nodes are a table, a big cluster's are folded behind a count per role", async () => {
    const v = await visit(browser, 'en/explain/');
    await paste(v.page, seedText, 15);
    const headings = await v.page.locator('.explainer__summary h3').allInnerTexts();
    expect(headings.findIndex((h) => h.startsWith('Findings'))).toBeLessThan(headings.findIndex((h) => /^\d+ nodes$/.test(h)));
    const lab = v.page.locator('.explainer__summary .explainer__nodetable');
    expect(await lab.isVisible()).toBe(true);
    expect(await v.page.locator('.explainer__summary .explainer__nodescroll').getAttribute('tabindex')).toBe('0');
    expect(await lab.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.split('\t').map((c) => c.trim()).join('|')))).toEqual([
      'm-k8s|control plane|9|6|192.168.1.10',
      'w1-k8s|worker|2|2|192.168.1.101',
      'w2-k8s|worker|2|2|192.168.1.102',
      'w3-k8s|worker|2|2|192.168.1.103',
    ]);
    await v.page.locator('#explain-input').fill(sample('big-cluster-200'));
    await v.page.waitForFunction(() => document.querySelector('.explainer__summary details.explainer__nodelist') !== null, null, { timeout: 30_000 });
    const folded = v.page.locator('.explainer__summary details.explainer__nodelist');
    expect(await folded.locator('table').isVisible()).toBe(false);
    expect(await v.page.locator('.explainer__summary p', { hasText: /^control plane 3, worker 30$/ }).count()).toBe(1);
    await folded.locator('summary').focus();
    await v.page.keyboard.press('Enter');
    expect(await folded.locator('tbody tr').count()).toBe(33);
    expect(await folded.locator('table').isVisible()).toBe(true);
    await v.page.context().close();
  });

  test('copy a command and the Markdown table, and hear "Copied"', async () => {
    const v = await visit(browser, 'en/explain/');
    await v.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await paste(v.page, seedText, 15);
    await v.page.locator('#row-9 .explainer__toggle').click();
    await v.page.locator('#details-9 .explainer__commands button').first().click();
    await expect.poll(() => v.page.locator('.explainer [aria-live="polite"].sr-only').innerText()).toBe('Copied.');
    expect(await v.page.evaluate(() => navigator.clipboard.readText())).toBe('kubectl -n kube-system logs coredns-66bff467f8-4j4lj');
    await v.page.getByRole('button', { name: 'Copy as Markdown table' }).click();
    await expect.poll(() => v.page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\| NAMESPACE \| NAME \|/);
    expect((await v.page.evaluate(() => navigator.clipboard.readText())).split('\n')).toHaveLength(17);
    await v.page.context().close();
  });
});

describe('dropping a file', () => {
  test('a .txt file dropped on the textarea is read as text', async () => {
    const v = await visit(browser, 'en/explain/');
    await hydrated(v.page);
    await v.page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'pods.txt', { type: 'text/plain' }));
      document.querySelector('#explain-input')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, seedText);
    await v.page.waitForFunction(() => document.querySelectorAll('.explainer__table tbody tr.explainer__row').length === 15);
    expect(await v.page.locator('#explain-input').inputValue()).toBe(seedText);
    await v.page.context().close();
  });
});

describe('hostile input', () => {
  const IMG = '<img src=x onerror=window.__xss=1>';
  const SVG = '"><svg onload=window.__xss=1>';
  const hostile = sample('hostile-xss-names-labels').replaceAll('alert(1)', 'window.__xss=1').replaceAll('<img src=x onerror=window.__xss=1>', IMG);
  const wide = [
    'NAMESPACE   NAME                                   READY   STATUS             RESTARTS   AGE   LABELS',
    `default     ${IMG}     1/1     Running            0          5m    app=${SVG}`,
    `default     web-7d4b9c8f6d-2xkqp                   0/1     CrashLoopBackOff   3          5m    app=${IMG}`,
  ].join('\n');

  test.each([
    { name: 'names and labels (show-labels sample)', text: hostile },
    { name: 'names and labels (all namespaces)', text: wide },
  ])('$name: markup shows as text and never runs, in the table, the details and the map', async ({ text }) => {
    const v = await visit(browser, 'en/explain/');
    await paste(v.page, text, 1);
    const toggles = v.page.locator('.explainer__toggle');
    for (let i = 0; i < (await toggles.count()); i++) await toggles.nth(i).click();
    for (const d of await v.page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    await v.page.waitForSelector('.explainer__map-svg svg', { timeout: 30_000 });
    await v.page.waitForTimeout(300);
    const state = await v.page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      img: document.querySelectorAll('img[src="x"]').length,
      svgOnload: [...document.querySelectorAll('svg')].filter((s) => s.hasAttribute('onload')).length,
      onAttrs: [...document.querySelectorAll('.explainer *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      scripts: [...document.querySelectorAll('.explainer script')].length,
      text: document.querySelector('.explainer')?.textContent ?? '',
    }));
    expect(state.xss).toBeUndefined();
    expect(state.img).toBe(0);
    expect(state.svgOnload).toBe(0);
    expect(state.onAttrs).toBe(0);
    expect(state.scripts).toBe(0);
    // What was pasted is shown as text: nothing is silently dropped.
    expect(state.text).toContain(IMG);
    expect(v.consoleErrors).toEqual([]);
    await v.page.context().close();
  });
});

describe('privacy', () => {
  test('no request leaves the site before or after a paste, sharing and the map included', async () => {
    const v = await visit(browser, 'explain/');
    await settle(v.page);
    expect(v.foreignRequests).toEqual([]);
    await paste(v.page, sample('eks-cluster-in-trouble'), 10);
    await v.page.locator('.explainer__map summary').click();
    await v.page.waitForSelector('.explainer__map-svg svg', { timeout: 30_000 });
    await v.page.waitForFunction(() => location.hash.startsWith('#paste='));
    await v.page.waitForLoadState('networkidle');
    expect(v.foreignRequests).toEqual([]);
    await v.page.context().close();
  });
});

describe('keyboard only', () => {
  test('paste, sort, filter and open a row without a mouse', async () => {
    const v = await visit(browser, 'en/explain/');
    await settle(v.page);
    await hydrated(v.page);
    await tabTo(v.page, '#explain-input');
    await v.page.keyboard.insertText(seedText);
    await v.page.waitForFunction(() => document.querySelectorAll('.explainer__table tbody tr.explainer__row').length === 15);
    // Sort by NAME, descending on the second Enter.
    await tabTo(v.page, '.explainer__table thead th:nth-child(2) button');
    await v.page.keyboard.press('Enter');
    expect(await v.page.locator('.explainer__table thead th:nth-child(2)').getAttribute('aria-sort')).toBe('ascending');
    expect((await tableText(v.page))[0]).toContain('calico-kube-controllers');
    await v.page.keyboard.press('Enter');
    expect(await v.page.locator('.explainer__table thead th:nth-child(2)').getAttribute('aria-sort')).toBe('descending');
    expect((await tableText(v.page))[0]).toContain('kube-scheduler-m-k8s');
    // Filter by node with the keyboard: the first node after "All" is m-k8s (9 pods).
    await v.page.keyboard.down('Shift');
    await tabTo(v.page, '.explainer__filters label:nth-of-type(2) select');
    await v.page.keyboard.up('Shift');
    await v.page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await tableText(v.page)).length).toBe(9);
    // Open a row with Enter.
    await tabTo(v.page, `${ROWS} .explainer__toggle`);
    await v.page.keyboard.press('Enter');
    const expanded = v.page.locator(`${ROWS} .explainer__toggle[aria-expanded="true"]`);
    expect(await expanded.count()).toBe(1);
    const controls = await expanded.getAttribute('aria-controls');
    expect(await v.page.locator(`#${controls}`).innerText()).toContain('kubectl');
    // Tab reaches the copy buttons inside the details.
    await tabTo(v.page, `#${controls} button`, 30);
    await v.page.context().close();
  });
});

describe('accessibility', () => {
  test.each([{ theme: 'light' as Theme }, { theme: 'dark' as Theme }])('axe: no violation with results and with the map open ($theme)', async ({ theme }) => {
    for (const path of [PAGES.ko, PAGES.en]) {
      const v = await visit(browser, path, theme);
      await settle(v.page);
      await paste(v.page, sample('eks-cluster-in-trouble'), 10);
      await v.page.locator(`${ROWS} .explainer__toggle`).first().click();
      await v.page.locator('.explainer__legend summary').first().click();
      expect(await axeViolations(v.page)).toEqual([]);
      await v.page.locator('.explainer__map summary').click();
      await v.page.waitForSelector('.explainer__map-svg svg', { timeout: 30_000 });
      expect(await axeViolations(v.page)).toEqual([]);
      await v.page.context().close();
    }
  });

  test('axe: no violation on a 375 px screen with results and the map open', async () => {
    const v = await visit(browser, PAGES.ko, 'light', { width: 375, height: 800 });
    await settle(v.page);
    await paste(v.page, sample('eks-cluster-in-trouble'), 10);
    await v.page.locator(`${ROWS} .explainer__toggle`).first().click();
    await v.page.locator('.explainer__map summary').click();
    await v.page.waitForSelector('.explainer__map-svg svg', { timeout: 30_000 });
    await settle(v.page);
    expect(await axeViolations(v.page)).toEqual([]);
    await v.page.context().close();
  });

  test('the map re-renders when the theme changes', async () => {
    const v = await visit(browser, 'en/explain/', 'dark');
    await paste(v.page, seedText, 15);
    await v.page.locator('.explainer__map summary').click();
    await v.page.waitForSelector('.explainer__map-svg svg');
    const dark = await v.page.locator('.explainer__map-svg').innerHTML();
    await v.page.locator('starlight-theme-select select').first().selectOption('light');
    await expect.poll(() => v.page.locator('.explainer__map-svg').innerHTML(), { timeout: 15_000 }).not.toBe(dark);
    await v.page.context().close();
  });
});

describe('Mermaid on demand', () => {
  test('the explainer loads no Mermaid until the map is opened; then it does', async () => {
    expect(mermaidChunks.length).toBeGreaterThan(0);
    const v = await visit(browser, 'explain/');
    await settle(v.page);
    await paste(v.page, seedText, 15);
    await v.page.waitForLoadState('networkidle');
    expect(mermaidRequests(v.requested)).toEqual([]);
    await v.page.locator('.explainer__map summary').click();
    await v.page.waitForSelector('.explainer__map-svg svg', { timeout: 30_000 });
    expect(mermaidRequests(v.requested).length).toBeGreaterThan(0);
    // Named for screen readers (accTitle/accDescr).
    expect(await v.page.locator('.explainer__map-svg svg').getAttribute('aria-labelledby')).toBeTruthy();
    await v.page.context().close();
  });

  test('a page without a diagram loads no Mermaid runtime', async () => {
    const plain = builtPages().find((p) => p !== '' && !readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('mermaid-figure') && !p.includes('explain'));
    expect(plain).toBeDefined();
    const v = await visit(browser, plain as string);
    await settle(v.page);
    expect(mermaidRequests(v.requested)).toEqual([]);
    await v.page.context().close();
  });
});

describe('phone', () => {
  test.each([{ path: PAGES.ko }, { path: PAGES.en }])('$path: no horizontal page scroll at 360 px', async ({ path }) => {
    const v = await visit(browser, path, 'dark', { width: 360, height: 740 });
    await settle(v.page);
    const width = () => v.page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(360);
    await paste(v.page, sample('eks-cluster-in-trouble'), 10);
    await v.page.locator(`${ROWS} .explainer__toggle`).nth(3).click();
    await v.page.locator('.explainer__legend summary').first().click();
    await v.page.locator('.explainer__map summary').click();
    await v.page.waitForSelector('.explainer__map-svg svg', { timeout: 30_000 });
    expect(await width()).toBeLessThanOrEqual(360);
    // The table scrolls inside its own focusable region instead.
    const region = v.page.locator('.explainer__scroll');
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await v.page.context().close();
  });
});

describe('bad input', () => {
  test.each([{ lang: 'ko' as const }, { lang: 'en' as const }])('$lang: a paste with no pod table says what was recognised', async ({ lang }) => {
    const v = await visit(browser, PAGES[lang]);
    await hydrated(v.page);
    await v.page.locator('#explain-input').fill(sample('svc-only-no-pod-table'));
    const box = v.page.locator('.explainer__notable');
    await box.waitFor({ timeout: 15_000 });
    const text = await box.innerText();
    expect(text).toContain(lang === 'en' ? 'No pod table' : '파드 표를 찾지 못했습니다');
    expect(text).toContain('service');
    expect(text).toContain('kubectl get pods -A -o wide');
    expect(await v.page.locator(ROWS).count()).toBe(0);
    await v.page.context().close();
  });

  test('lines the core could not place are listed with their line numbers', async () => {
    const v = await visit(browser, 'en/explain/');
    await paste(v.page, sample('cut-off-mid-row'), 1);
    const problems = v.page.locator('#explain-problems-h');
    await problems.waitFor();
    expect(await v.page.locator('.explainer__problems li').first().innerText()).toMatch(/line \d+/);
    await v.page.context().close();
  });

  test.each([
    { lang: 'en', path: 'en/explain/', where: 'lines 4-9', says: 'Rows not aligned with their header' },
    { lang: 'ko', path: 'explain/', where: '4-9번째 줄', says: '헤더와 열이 맞지 않는 행들' },
  ])('$lang: misaligned rows one after another are one problem naming their lines', async ({ path, where, says }) => {
    const v = await visit(browser, path);
    // Rows shifted off their padded header (RKE2, IPv6 addresses hidden): each out of line, one problem for the run.
    await paste(v.page, sample('rke2-hidden-ipv6-misaligned'), 6);
    await v.page.locator('#explain-problems-h').waitFor();
    const items = await v.page.locator('.explainer__problems li').allInnerTexts();
    expect(items.filter((t) => t.includes(says))).toHaveLength(1);
    expect(items.find((t) => t.includes(says))).toContain(where);
    await v.page.context().close();
  });
});

/** A `kubectl get pods -A -o wide` paste of `n` pods, with fixed-width columns as kubectl prints them. */
function bigPaste(n: number): string {
  const cols = [14, 44, 8, 18, 11, 6, 16, 11, 17, 15];
  const row = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(cols[i] as number))).join('');
  const out = ['$ kubectl get pods -A -o wide', row(['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'])];
  const letters = 'bcdfghjklmnpqrstvwxz2456789';
  const suffix = (i: number) => {
    let s = '';
    for (let k = 0; k < 5; k++) {
      s += letters[i % letters.length];
      i = Math.floor(i / letters.length);
    }
    return s;
  };
  for (let i = 0; i < n; i++) {
    const status = i % 97 === 0 ? 'CrashLoopBackOff' : i % 89 === 0 ? 'Pending' : 'Running';
    out.push(row([`team-${i % 40}`, `app-${i % 700}-7d4b9c8f6d-${suffix(i)}`, status === 'Running' ? '1/1' : '0/1', status, String(i % 7), '5d', `10.244.${(i >> 8) & 255}.${i & 255}`, `node-${i % 60}`, '<none>', '<none>']));
  }
  return out.join('\n');
}

describe('big pastes', () => {
  test.each([{ n: 10_000 }, { n: 100_000 }])(
    '$n rows: the first table appears, the page stays responsive and only a bounded number of <tr> are in the DOM',
    async ({ n }) => {
      const v = await visit(browser, 'en/explain/');
      await settle(v.page);
      await hydrated(v.page);
      const text = bigPaste(n);
      await v.page.evaluate((t) => {
        (window as unknown as { __big: string }).__big = t;
      }, text);
      const started = await v.page.evaluate(() => {
        const ta = document.querySelector<HTMLTextAreaElement>('#explain-input')!;
        const w = window as unknown as { __big: string; __t0: number };
        w.__t0 = performance.now();
        ta.value = w.__big;
        ta.dispatchEvent(new Event('input', { bubbles: true }));
        return w.__t0;
      });
      // Time to the first table (the first lines, while the rest is read).
      const first = await v.page.waitForFunction(() => document.querySelectorAll('.explainer__table tbody tr.explainer__row').length > 0 && performance.now(), undefined, {
        timeout: 120_000,
        polling: 'raf',
      });
      const tFirst = ((await first.jsonValue()) as number) - started;
      // The page answers while the worker reads: a frame comes within a second.
      const frameGap = await v.page.evaluate(() => new Promise<number>((resolve) => {
        const t = performance.now();
        requestAnimationFrame(() => resolve(performance.now() - t));
      }));
      const total = n.toLocaleString('en-US');
      const full = await v.page.waitForFunction(
        (count) => (document.querySelector('.explainer__count')?.textContent ?? '').replace(/,/g, '').includes(`of ${count} pods`) && performance.now(),
        n,
        { timeout: 170_000, polling: 100 },
      );
      const tFull = ((await full.jsonValue()) as number) - started;
      const marks = await v.page.evaluate((t0) => {
        const at = (name: string) => Math.round((performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? NaN) - t0);
        return { posted: at('explain:posted'), partial: at('explain:partial'), model: at('explain:model') };
      }, started);
      console.log(
        `[explainer] ${total} rows (${(text.length / 1e6).toFixed(1)} MB): first table ${Math.round(tFirst)} ms, full table ${Math.round(tFull)} ms ` +
          `(sent to the worker at ${marks.posted} ms, first lines back at ${marks.partial} ms, whole model back at ${marks.model} ms)`,
      );
      expect(frameGap).toBeLessThan(1000);
      const trs = await v.page.locator('.explainer__table tr').count();
      expect(trs).toBeLessThan(80);
      expect(await v.page.locator('.explainer__table').getAttribute('aria-rowcount')).toBe(String(n + 1));
      // Scrolling far down shows rows from there, still bounded.
      await v.page.locator('.explainer__scroll').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
      await v.page.waitForTimeout(200);
      const index = Number(await v.page.locator(ROWS).first().getAttribute('aria-rowindex'));
      expect(index).toBeGreaterThan(n / 3);
      expect(await v.page.locator('.explainer__table tr').count()).toBeLessThan(80);
      await v.page.context().close();
    },
    180_000,
  );
});

describe('PodsTable (build time, zero JavaScript)', () => {
  test.each([{ path: 'architecture/', lang: 'ko' as const }, { path: 'en/architecture/', lang: 'en' as const }])(
    '$path: the seed table with its 15 pods and components, and a link that opens it in the explainer',
    async ({ path, lang }) => {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      expect(html).toContain('pods-table');
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(siteUrl(path));
      const table = page.locator('figure.pods-table table').first();
      expect(await table.locator('caption').count()).toBe(1);
      expect(await table.locator('thead th[scope="col"]').count()).toBe(11);
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(15);
      const text = await table.innerText();
      for (const name of SEED_PODS) expect(text).toContain(name);
      for (const component of ['etcd', 'kube-apiserver', 'kube-scheduler', 'kube-controller-manager', 'coredns', 'calico-node', 'kube-proxy']) expect(text).toContain(component);
      expect(text).toContain(`(${explainText(lang, 'role.control-plane')})`);
      expect(text).toContain(`✔ ${explainText(lang, 'severity.ok')}`);
      const guide = await table.locator('a', { hasText: /^etcd$/ }).getAttribute('href');
      expect(guide).toBe(`/kube-anatomy/${lang === 'en' ? 'en/' : ''}components/etcd/`);
      const region = page.locator('figure.pods-table [role="region"]').first();
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await region.getAttribute('aria-label')).toBeTruthy();
      const href = await page.locator('figure.pods-table .pods-table__open a').first().getAttribute('href');
      expect(href).toMatch(new RegExp(`^/kube-anatomy/${lang === 'en' ? 'en/' : ''}explain/#paste=`));
      const staticRows = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())));
      await context.close();
      const v = await visit(browser, (href as string).replace('/kube-anatomy/', ''));
      await v.page.waitForFunction(() => document.querySelectorAll('.explainer__table tbody tr.explainer__row').length === 15);
      expect(await v.page.locator('#explain-input').inputValue()).toBe(seedText);
      // Same cells in the same order as the static table (the island adds only its toggle column).
      const islandRows = await v.page
        .locator(ROWS)
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(1).map((c) => (c as HTMLElement).innerText.trim())));
      expect(islandRows).toEqual(staticRows);
      await v.page.context().close();
    },
  );

  test('the architecture pages ship no script for the table', () => {
    for (const path of ['architecture/', 'en/architecture/']) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      expect(html).not.toMatch(/<astro-island[^>]*PodsTable/);
    }
  });
});
