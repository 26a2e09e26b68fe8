/**
 * Finds a Chromium the build (Mermaid diagrams) and the browser tests can drive with Playwright.
 * Node-only: used by astro.config.mjs and tests/, never by the site's pages.
 *
 * Order: $CHROME_PATH, then the usual system installs (Debian's `chromium` first), then a browser
 * Playwright downloaded itself. Nothing is downloaded here: this machine's network only reaches
 * package registries, so the browser must come from the system.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
] as const;

/** Flags that keep a headless Chromium quiet on a machine whose network reaches only registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export type ChromiumLookup =
  | { found: true; path: string; source: 'CHROME_PATH' | 'system' | 'playwright' }
  | { found: false; tried: string[] };

/**
 * @example
 *   const hit = await findChromium();
 *   if (hit.found) chromium.launch({ executablePath: hit.path, args: CHROMIUM_ARGS });
 */
export async function findChromium(
  env: Record<string, string | undefined> = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
  playwrightOwn: () => string = () => chromium.executablePath(),
): Promise<ChromiumLookup> {
  const tried: string[] = [];
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return { found: true, path: fromEnv, source: 'CHROME_PATH' };
    tried.push(`${fromEnv} (CHROME_PATH)`);
  }
  for (const candidate of candidates) {
    if (existsSync(candidate)) return { found: true, path: candidate, source: 'system' };
    tried.push(candidate);
  }
  try {
    const own = playwrightOwn();
    if (own && existsSync(own)) return { found: true, path: own, source: 'playwright' };
    if (own) tried.push(`${own} (Playwright's own)`);
  } catch {
    // playwright-core absent or without a registry entry for this platform: nothing more to try.
  }
  return { found: false, tried };
}

export const NO_CHROMIUM_HELP =
  'No Chromium found. Install one (Debian/Ubuntu: `apt-get install -y chromium fonts-noto-cjk`) ' +
  'or point CHROME_PATH at a Chrome/Chromium executable.';
