#!/usr/bin/env node
/**
 * npm run build: one self-contained ES module per entry (dist/ogv-widgets.js and one per element),
 * their source maps, the .d.ts types (dist/types/) and the published register (dist/register.json).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'vite';

const ENTRIES = ['ogv-widgets', 'resource-finder', 'helpline-banner', 'quick-exit'];

rmSync('dist', { recursive: true, force: true });
for (const name of ENTRIES) {
  process.env.OGV_ENTRY = name;
  await build({ configFile: 'vite.config.ts', mode: 'production' });
}
mkdirSync('dist', { recursive: true });
if (existsSync('register/register.json')) copyFileSync('register/register.json', 'dist/register.json');
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
console.log(`built dist/: ${ENTRIES.map((n) => `${n}.js`).join(', ')}, register.json, types/`);
