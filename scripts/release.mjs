#!/usr/bin/env node
/**
 * npm run release: release/ogv-widgets-<version>.zip for teams that host the files without npm. After the build,
 * it holds, under ogv-widgets-<version>/: dist/, register/, LICENSE, CHANGELOG.md, README.md and SHA384SUMS,
 * one line per script in dist/: its Subresource Integrity hash, ready for the `integrity` attribute, then
 * its path. SHA384SUMS is also written beside the zip. `--out DIR` writes elsewhere than release/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : 'release';
const root = `${pkg.name}-${pkg.version}`;

/** The files under `dir`, recursively, in path order. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)).replaceAll('\\', '/'))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** `sha384-…`: the Subresource Integrity hash of `bytes`. */
function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

if (!existsSync('dist/ogv-widgets.js')) throw new Error('No dist/: run `npm run build` first (npm run release does).');
const files = [...filesUnder('dist'), ...filesUnder('register'), 'LICENSE', 'CHANGELOG.md', 'README.md'];
const scripts = files.filter((path) => path.startsWith('dist/') && path.endsWith('.js'));
const sums = scripts.map((path) => `${sri(readFileSync(path))}  ${path}\n`).join('');

// A fixed date, so the same files give the same zip.
const mtime = new Date('2000-01-01T00:00:00Z');
const entries = Object.fromEntries(files.map((path) => [`${root}/${path}`, [readFileSync(path), { mtime }]]));
entries[`${root}/SHA384SUMS`] = [Buffer.from(sums), { mtime }];
mkdirSync(out, { recursive: true });
writeFileSync(join(out, `${root}.zip`), zipSync(entries, { level: 9 }));
writeFileSync(join(out, 'SHA384SUMS'), sums);
console.log(`${join(out, `${root}.zip`)}: ${files.length + 1} files; SRI hashes of ${scripts.length} scripts in SHA384SUMS`);
