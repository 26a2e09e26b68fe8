/**
 * `npm start` runs `astro dev`: the dev server renders pages differently from the build (every element
 * carries data-astro-source-* attributes, no Pagefind), which once broke the search-button override on
 * every page. Start it, fetch pages in both languages, and stop it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../support/free-port.ts';

let server: ChildProcess | undefined;
let origin = '';


beforeAll(async () => {
  const port = await freePort();
  // Exactly what a newcomer runs; detached so the whole process group can be stopped afterwards.
  // Vitest's own variables (NODE_ENV=test, VITEST*) would put Astro's dev server in test mode.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  server = spawn('npm', ['start', '--', '--host', '127.0.0.1', '--port', String(port)], { detached: true, stdio: 'ignore', env });
  origin = `http://127.0.0.1:${port}${(process.env['BASE_PATH'] || '/').replace(/\/?$/, '/')}`;
  for (let i = 0; i < 180; i++) {
    const up = await fetch(origin).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`npm start did not serve ${origin} within 90 s`);
}, 120_000);
afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('the dev server (npm start)', () => {
  test.each([
    { name: 'Korean home', path: '', text: '쿠버네티스' },
    { name: 'English architecture', path: 'en/architecture/', text: 'Cluster architecture' },
    { name: 'Korean explainer', path: 'explain/', text: 'textarea' },
  ])('$name renders', async ({ path, text }) => {
    const r = await fetch(origin + path);
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain(text);
    expect(html).toContain('data-open-modal');
    expect(html).not.toMatch(/markup changed|AstroError|vite-error-overlay/);
  }, 120_000);
});
