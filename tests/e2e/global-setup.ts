/**
 * Serves the built site (dist/) under its base path with `astro preview` and tells the tests where,
 * and which Chromium to drive. scripts/test.mjs builds with BASE_PATH=/kube-anatomy before this runs.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview } from 'astro';
import { findChromium, NO_CHROMIUM_HELP } from '../../src/build/find-chromium.ts';
import { freePort } from '../support/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    base: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No dist/: run `npm test` (it builds first) or `npm run build`.');
  const browser = await findChromium();
  if (!browser.found) throw new Error(`${NO_CHROMIUM_HELP}\nTried: ${browser.tried.join(', ')}`);
  const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');
  const port = await freePort();
  const server = await preview({ root: '.', logLevel: 'error', server: { host: '127.0.0.1', port } });
  const origin = `http://127.0.0.1:${port}`;
  project.provide('origin', origin);
  project.provide('base', base);
  project.provide('chromiumPath', browser.path);
  return async () => {
    await server.stop();
  };
}

