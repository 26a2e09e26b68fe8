#!/usr/bin/env node
/**
 * `npm start`: checks Node, installs the exact dependencies when they are missing or stale, then runs
 * the dev server (http://localhost:4321/). Nothing else to do first on a clean clone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `kube-anatomy needs Node.js >= 22.12 (24 LTS recommended); this is ${process.version}.\n` +
      'Install it with `nvm install 24` (the repo has .nvmrc), or from the npm registry: ' +
      '`npm install --prefix ~/.node24 node@24 && export PATH=~/.node24/node_modules/node/bin:$PATH`.',
  );
  process.exit(1);
}

const lock = 'package-lock.json';
const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (ci.status !== 0) process.exit(ci.status ?? 1);
}

const args = ['astro', 'dev', ...process.argv.slice(2)];
const dev = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
process.exit(dev.status ?? 0);
