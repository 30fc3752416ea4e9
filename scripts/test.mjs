#!/usr/bin/env node
/**
 * npm test: every check and test, in order, continuing past failures so the totals are complete:
 * type check, lint, register check, build, Node tests (test/**\/*.node.test.mjs), browser tests in
 * Chromium and Firefox (web-test-runner.config.mjs). Ends with one line "N passed, N failed".
 * OGV_BROWSERS=chromium (or firefox) narrows the browser run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = child.status === 0;
  console.log(`=== ${label}: ${ok ? 'ok' : `FAILED (exit ${child.status ?? child.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

/** A step that counts as one test. */
function check(label, command, args) {
  if (run(label, command, args)) results.passed++;
  else {
    results.failed++;
    failures.push(label);
  }
}

function findFiles(dir, suffix, found = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findFiles(path, suffix, found);
    else if (name.endsWith(suffix)) found.push(path);
  }
  return found.sort();
}

const node = process.execPath;
check('type check', node, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', node, ['node_modules/eslint/bin/eslint.js', '.']);
check('register check', node, ['scripts/register-check.mjs']);
check('build', node, ['scripts/build.mjs']);

// Node tests: count each test from the TAP summary.
const nodeTests = findFiles('test', '.node.test.mjs');
const tap = '.node-test.tap';
rmSync(tap, { force: true });
const nodeOk = run('node tests', node, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  ...nodeTests,
]);
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const count = (key) => Number(new RegExp(`^# ${key} (\\d+)`, 'm').exec(tapText)?.[1] ?? 0);
results.passed += count('pass');
results.failed += count('fail') + count('cancelled');
results.skipped += count('skipped') + count('todo');
if (!nodeOk && count('fail') + count('cancelled') === 0) {
  results.failed++;
  failures.push('node tests (runner failed)');
} else if (!nodeOk) failures.push('node tests');
rmSync(tap, { force: true });

// Browser tests.
const wtrResults = '.wtr-results.json';
rmSync(wtrResults, { force: true });
const wtrOk = run('browser tests', node, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  OGV_WTR_RESULTS: wtrResults,
});
if (existsSync(wtrResults)) {
  const wtr = JSON.parse(readFileSync(wtrResults, 'utf8'));
  results.passed += wtr.passed;
  results.failed += wtr.failed;
  results.skipped += wtr.skipped;
  if (!wtrOk && wtr.failed === 0) results.failed++;
  if (!wtrOk) failures.push('browser tests');
  rmSync(wtrResults, { force: true });
} else if (!wtrOk) {
  results.failed++;
  failures.push('browser tests (runner failed)');
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join(', ')}`);
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed || failures.length ? 1 : 0);
