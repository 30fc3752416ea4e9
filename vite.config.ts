/**
 * Vite serves the demo (`npm start`) and builds the library (`npm run build` → scripts/build.mjs, which
 * runs one library build per entry, so that every file in dist/ is self-contained and loads no other file).
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { BUNDLES } from './src/elements.mjs';
import { studioHtml } from './scripts/studio-build.mjs';

/** The library build of one bundle (dist/<name>.js): a single minified ES module with its source map. */
function libraryConfig(name: string): UserConfig {
  const entry = BUNDLES.find((b) => b.bundle === name)?.entry;
  if (!entry) throw new Error(`Unknown entry ${name}; expected one of ${BUNDLES.map((b) => b.bundle).join(', ')}`);
  return {
    publicDir: false,
    logLevel: 'warn',
    json: { stringify: true },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        treeshake: { moduleSideEffects: litSideEffects },
        output: { codeSplitting: false, minify: true },
      },
    },
  };
}

/**
 * The `lit` entry module imports lit-html and lit-element for their side effects, and their packages do
 * not say they have none, so any import from `lit` (even `css`) would put the lit-html template engine in
 * every bundle. What they do on import (record their version, install a polyfill hook, create lit-html's
 * Trusted Types policy) only matters where they are used, so these three packages count as side-effect
 * free: a bundle that uses lit-html still gets all of it; dist/quick-exit.js, built on ReactiveElement,
 * gets none. @lit/reactive-element keeps its side effects. So does @lit/localize, except its runtime
 * (non-reentrant) mode, which we never configure: on import it only makes a settled promise for itself.
 */
const SIDE_EFFECT_FREE = /[\\/]node_modules[\\/](?:(?:lit|lit-html|lit-element)[\\/]|@lit[\\/]localize[\\/]init[\\/]runtime\.js$)/;

function litSideEffects(id: string): boolean | undefined {
  return SIDE_EFFECT_FREE.test(id) ? false : undefined; // undefined: as the package says
}

const DEMO_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
};

/** The one source file the demo needs besides the bundle: the configurator reads the element list. */
const ELEMENT_LIST = '/src/elements.mjs';

/**
 * The demo: `/` redirects to `/demo/`. Under `npm start` the pages load the source entry (/src/index.ts);
 * under `npm run preview` (dist/ at the root) they are served from demo/ with that entry swapped for the
 * built bundle, so the configurator can show the bundle's Subresource Integrity hash. The configurator's
 * element list (src/elements.mjs) is served in both.
 */
function demo(): Plugin {
  const redirect = (req: { url?: string }, res: ServerResponse): boolean => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/' && path !== '/index.html' && path !== '/demo') return false;
    res.statusCode = 302;
    res.setHeader('Location', '/demo/');
    res.end();
    return true;
  };
  return {
    name: 'ogv-demo',
    configureServer(server) {
      server.middlewares.use((req, res, next) => (redirect(req, res) ? undefined : next()));
      // The register studio at /studio/: built afresh from studio/ on each request, as dist/studio.html.
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (path !== '/studio/' && path !== '/studio') return next();
        studioHtml().then((html) => {
          res.setHeader('Content-Type', DEMO_TYPES['.html']);
          res.setHeader('Cache-Control', 'no-cache');
          res.end(html);
        }, next);
      });
    },
    configurePreviewServer(server) {
      const demoDir = resolve(server.config.root, 'demo');
      server.middlewares.use(async (req, res, next) => {
        if (redirect(req, res)) return;
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (!path.startsWith('/demo/') && path !== ELEMENT_LIST) return next();
        const file =
          path === ELEMENT_LIST
            ? resolve(server.config.root, ELEMENT_LIST.slice(1))
            : resolve(demoDir, path.slice('/demo/'.length) || 'index.html');
        const type = DEMO_TYPES[extname(file)];
        if ((path !== ELEMENT_LIST && !file.startsWith(demoDir + '/')) || !type) return next();
        let body: string;
        try {
          body = await readFile(file, 'utf8');
        } catch {
          return next();
        }
        if (type.startsWith('text/html')) body = body.replaceAll('/src/index.ts', '/ogv-widgets.js');
        res.setHeader('Content-Type', type);
        res.setHeader('Cache-Control', 'no-cache');
        res.end(body);
      });
    },
  };
}

export default defineConfig(({ command }) => {
  const entry = process.env.OGV_ENTRY;
  if (command === 'build' && entry) return libraryConfig(entry);
  // `npm start`: the demo pages with the source modules served live; `npm run preview`: dist/ and the demo.
  return {
    publicDir: false,
    plugins: [demo()],
    // Only the demo pages are app entries (test pages under test/ are not).
    optimizeDeps: { entries: ['demo/**/*.html'] },
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1', port: 4173 },
    build: { outDir: 'dist' },
  };
});
