/**
 * Vite serves the demo (`npm start`) and builds the library (`npm run build` → scripts/build.mjs, which
 * runs one library build per entry, so that every file in dist/ is self-contained and loads no other file).
 */
import { defineConfig, type UserConfig } from 'vite';

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

export default defineConfig(({ command }) => {
  const entry = process.env.OGV_ENTRY;
  if (command === 'build' && entry) return libraryConfig(entry);
  // `npm start`: the demo pages with the source modules served live; `npm run preview`: dist/ and the demo.
  return {
    root: command === 'serve' ? 'demo' : '.',
    publicDir: false,
    server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: ['..'] } },
    preview: { host: '127.0.0.1', port: 4173 },
    build: { outDir: 'dist' },
  };
});
