/**
 * npm run analyze: custom-elements.json from src/, in Lit mode.
 *
 * The analyzer lists modules in the order its file search returns them, which can change from one run to the
 * next (it did after heavy disk activity, e.g. right after `npm run bench`), and which class a mixin's members
 * are said to be inherited from depends on that order. The manifest test compares the committed file byte for
 * byte, so the files are given one by one in path order, and the modules are sorted by path on the way out.
 */
import { readdirSync } from 'node:fs';

/** Every source file, listed one by one in path order: the analyzer reads them in the order it is given. */
const sources = readdirSync('src', { recursive: true })
  .map((file) => `src/${file.replaceAll('\\', '/')}`)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.styles.ts') && !file.startsWith('src/generated/'))
  .sort();

export default {
  globs: sources,
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'ogv-modules-by-path',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
