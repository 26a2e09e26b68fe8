#!/usr/bin/env node
// `npm run test:e2e`: build under the sub-path base, then only the browser tests.
import { spawnSync } from 'node:child_process';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL || 'https://example.github.io', BASE_PATH: process.env.BASE_PATH || '/kube-anatomy' };
for (const args of [['astro', 'build'], ['vitest', 'run', '--project', 'e2e']]) {
  const r = spawnSync('npx', args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
