#!/usr/bin/env node
/**
 * npm run build: one self-contained ES module per entry (dist/ogv-widgets.js and one per element),
 * their source maps, the .d.ts types (dist/types/), the published register (dist/register.json), the editor
 * and JSX data generated from custom-elements.json (scripts/editor-data.mjs) and the register studio
 * (dist/studio.html, scripts/studio-build.mjs).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { libraryPlugins } from './library-plugins.mjs';
import { BUNDLES } from '../src/elements.mjs';
import { buildStudio } from './studio-build.mjs';

rmSync('dist', { recursive: true, force: true });
for (const { bundle, entry } of BUNDLES) {
  process.env.OGV_ENTRY = bundle;
  await build({ configFile: 'vite.config.ts', mode: 'production', plugins: libraryPlugins(entry) });
}
mkdirSync('dist', { recursive: true });
if (existsSync('register/register.json')) copyFileSync('register/register.json', 'dist/register.json');
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/editor-data.mjs'], { stdio: 'inherit' });
// The register studio: a page for the keepers, not part of any bundle.
await buildStudio();
console.log(`built dist/: ${BUNDLES.map((b) => `${b.bundle}.js`).join(', ')}, register.json, types/, studio.html`);
