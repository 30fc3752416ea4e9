/**
 * npm run analyze: custom-elements.json from src/, in Lit mode.
 *
 * The analyzer lists modules in the order its file search returns them, which can change from one run to the
 * next (it did after heavy disk activity, e.g. right after `npm run bench`), and the manifest test compares the
 * committed file byte for byte. So the modules are sorted by path: the same source gives the same manifest.
 */
export default {
  globs: ['src/**/*.ts'],
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
