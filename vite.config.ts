/**
 * Vite serves the demo (`npm start`) and builds the library (`npm run build` → scripts/build.mjs, which
 * runs one library build per entry, so that every file in dist/ is self-contained and loads no other file).
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/** The bundles partners can load: file name in dist/ → source entry. */
export const ENTRIES: Record<string, string> = {
  'ogv-widgets': 'src/index.ts',
  'resource-finder': 'src/resource-finder/index.ts',
  'helpline-banner': 'src/helpline-banner/index.ts',
  'quick-exit': 'src/quick-exit/index.ts',
};

/** The library build of one entry: a single minified ES module with its source map. */
function libraryConfig(name: string): UserConfig {
  const entry = ENTRIES[name];
  if (!entry) throw new Error(`Unknown entry ${name}; expected one of ${Object.keys(ENTRIES).join(', ')}`);
  return {
    publicDir: false,
    logLevel: 'warn',
    json: { stringify: true },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      sourcemap: true,
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  };
}

/** `npm start` opens at the demo: `/` redirects to `/demo/`. */
function demoHome(): Plugin {
  return {
    name: 'ogv-demo-home',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
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
    plugins: [demoHome()],
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1', port: 4173 },
    build: { outDir: 'dist' },
  };
});
