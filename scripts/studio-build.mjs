#!/usr/bin/env node
/**
 * Builds dist/studio.html: the register studio (studio/) as one self-contained page that works from disk
 * (file://), with its script and styles inline. esbuild bundles studio/studio.mjs with the widgets' source,
 * the register scripts (register-rules, register-sheets, register-xlsx…) and register/register.json; in the
 * page, register-read.mjs and register-runtime.mjs are swapped for studio/shims/ (the schema bundled instead
 * of read from disk, the widgets' validator bundled instead of transformed at run time).
 * Usage: node scripts/studio-build.mjs [out.html]   (default: dist/studio.html)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './register-read.mjs';

const SHIMS = { './register-read.mjs': 'register-read.mjs', './register-runtime.mjs': 'register-runtime.mjs' };

const shims = {
  name: 'studio-shims',
  setup(b) {
    b.onResolve({ filter: /^\.\/register-(read|runtime)\.mjs$/ }, (args) =>
      args.importer.startsWith(join(ROOT, 'scripts')) ? { path: join(ROOT, 'studio', 'shims', SHIMS[args.path]) } : undefined,
    );
  },
};

/** The studio page's HTML, script and styles inline. */
export async function studioHtml() {
  const { outputFiles } = await build({
    entryPoints: [join(ROOT, 'studio', 'studio.mjs')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: process.env.OGV_STUDIO_DEBUG !== '1',
    legalComments: 'none',
    conditions: ['production', 'browser'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // The CSV packages' browser builds carry the Buffer they need.
    alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync', 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
    plugins: [shims],
    logLevel: 'warning',
  });
  const script = outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const style = readFileSync(join(ROOT, 'studio', 'studio.css'), 'utf8');
  return readFileSync(join(ROOT, 'studio', 'index.html'), 'utf8')
    .replace('/*STYLE*/', () => style)
    .replace('/*SCRIPT*/', () => script);
}

/** Writes the studio page to `out`. */
export async function buildStudio(out = join(ROOT, 'dist', 'studio.html')) {
  const html = await studioHtml();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  return { out, bytes: Buffer.byteLength(html) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { out, bytes } = await buildStudio(process.argv[2]);
  console.log(`built ${out.replace(`${ROOT}/`, '')} (${Math.round(bytes / 1024)} kB)`);
}
