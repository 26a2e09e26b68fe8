#!/usr/bin/env node
/**
 * `npm test`: every test, in the order a failure is cheapest to read.
 *   1. unit tests (Vitest project `unit`)
 *   2. type check (astro check: .astro, .ts, .tsx)
 *   3. production build under a sub-path base, as GitHub Pages serves it
 *   4. browser tests in a real Chromium against that build (Vitest project `e2e`)
 * Ends with one plain line "N passed, N failed" summing the Vitest runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  SITE_URL: process.env.SITE_URL || 'https://example.github.io',
  BASE_PATH: process.env.BASE_PATH || '/kube-anatomy',
};
const reports = mkdtempSync(join(tmpdir(), 'kube-anatomy-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedStep = '';

function run(name, command, args) {
  if (failedStep) return;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(`◀ ${name}: ${result.status === 0 ? 'ok' : `failed (${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) failedStep = name;
}

function vitest(project) {
  const out = join(reports, `${project}.json`);
  run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    // No report: the run failed before writing one; failedStep already says so.
  }
}

vitest('unit');
run('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'error']);
run('build', 'npx', ['astro', 'build']);
vitest('e2e');

if (failedStep) console.log(`\nFailed at: ${failedStep}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedStep ? 1 : 0);
