#!/usr/bin/env node
/**
 * First-visit weight of pages: every response a fresh Chromium fetches for the page (HTML, CSS, JS,
 * fonts, images), each gzipped as a static host would serve it, summed. Run against a served build:
 *   npm run build && (npm run preview -- --port 4500 &) && node scripts/weight.mjs http://127.0.0.1:4500/kube-anatomy/ '' architecture/ explain/
 */
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/build/find-chromium.ts';

const [root, ...paths] = process.argv.slice(2);
const found = await findChromium();
if (!found.found) throw new Error('No Chromium');
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
for (const path of paths.length ? paths : ['']) {
  const page = await browser.newPage();
  const bodies = [];
  page.on('response', async (r) => bodies.push(r.body().then((b) => ({ url: r.url(), raw: b.length, gz: gzipSync(b).length })).catch(() => null)));
  await page.goto(root + path, { waitUntil: 'networkidle' });
  const all = (await Promise.all(bodies)).filter(Boolean);
  const sum = (f) => all.reduce((n, x) => n + x[f], 0);
  const js = all.filter((x) => x.url.endsWith('.js'));
  console.log(`${path || '(home)'}: ${all.length} requests, ${(sum('raw') / 1024).toFixed(1)} KB raw, ${(sum('gz') / 1024).toFixed(1)} KB gzip; JS ${(js.reduce((n, x) => n + x.gz, 0) / 1024).toFixed(1)} KB gzip in ${js.length} files`);
  await page.close();
}
await browser.close();
