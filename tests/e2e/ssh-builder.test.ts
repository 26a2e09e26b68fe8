/**
 * The lab page's live SSH config builder: prefilled with the seed's lab, regenerates as you type,
 * rows added and removed from the keyboard, the sshpass variant warns, input shows as text only,
 * and nothing leaves the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, settle, visit } from '../support/site.ts';
import { axeViolations } from '../support/axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const outputs = (page: Page) => page.locator('.ssh-output pre');

/** The island hydrates when visible (client:visible): bring it into view and wait until Preact owns it. */
async function hydrated(page: Page): Promise<void> {
  await page.locator('.ssh-builder').scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr]) .ssh-builder').waitFor();
}
const configText = async (page: Page) => (await outputs(page).nth(0).textContent()) ?? '';
const functionsText = async (page: Page) => (await outputs(page).nth(2).textContent()) ?? '';

describe('SSH config builder', () => {
  test.each([
    { name: 'Korean', path: 'lab/vm-access/', remove: '삭제' },
    { name: 'English', path: 'en/lab/vm-access/', remove: 'Remove' },
  ])('$name: prefilled with the lab, regenerates, rows from the keyboard', async ({ path, remove }) => {
    const v = await visit(browser, path, 'light');
    const { page } = v;
    await hydrated(page);
    await expect.poll(() => configText(page)).toContain('Host m-k8s');
    const config = await configText(page);
    for (const [node, port] of [['m-k8s', 60010], ['w1-k8s', 60101], ['w2-k8s', 60102], ['w3-k8s', 60103]] as const) {
      expect(config).toMatch(new RegExp(`Host ${node}\\b[\\s\\S]*?Port ${port}`));
    }
    expect(await functionsText(page)).toContain('kmaster()');

    // Typing into the first node's port changes the output, with no button.
    const port = page.locator('.ssh-row').first().locator('.ssh-field-port input');
    await port.fill('60022');
    await expect.poll(() => configText(page)).toContain('Port 60022');

    // Remove the last row by keyboard, then add one.
    const rows = page.locator('fieldset.ssh-row');
    expect(await rows.count()).toBe(4);
    const last = page.getByRole('button', { name: new RegExp(`w3-k8s.*${remove}|${remove}.*w3-k8s`) });
    await last.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => configText(page)).not.toContain('Host w3-k8s');
    await page.locator('button.ssh-add').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(4);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');

    expect(v.foreignRequests).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('the sshpass variant warns, and typed markup stays text', async () => {
    const v = await visit(browser, 'en/lab/vm-access/', 'dark');
    const { page } = v;
    await hydrated(page);
    await page.getByLabel('Password typed in by sshpass').check();
    await expect.poll(() => functionsText(page)).toContain('sshpass -e');
    // The source page's way: the password on the command line and in a dotfile. Both are warned about.
    await page.getByLabel('sshpass -p (command-line argument, as in the source page)').check();
    await page.getByLabel('Password', { exact: true }).fill('vagrant');
    const note = page.locator('.ssh-warning[role="note"]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.locator('li').count()).toBe(2);
    await expect.poll(() => functionsText(page)).toContain("sshpass -p 'vagrant'");

    const name = page.locator('.ssh-row').first().locator('.ssh-field-name input');
    await name.fill('<img src=x onerror="window.__xss=1">');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    const problemId = await name.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${problemId}"]`).textContent()).toBeTruthy();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('.ssh-builder img, .ssh-output img').count()).toBe(0);
    expect(await configText(page)).not.toContain('<img');

    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(v.foreignRequests).toEqual([]);
    await page.context().close();
  });

  test('a 360 px phone screen does not scroll sideways', async () => {
    const v = await visit(browser, 'lab/vm-access/', 'light', { width: 360, height: 800 });
    await hydrated(v.page);
    expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await v.page.context().close();
  });
});
