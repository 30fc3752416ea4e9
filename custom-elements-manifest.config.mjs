/**
 * npm run analyze: custom-elements.json from src/, in Lit mode, describing the files the package ships.
 *
 * The analyzer lists modules in the order its file search returns them, which can change from one run to the
 * next (it did after heavy disk activity, e.g. right after `npm run bench`), and which class a mixin's members
 * are said to be inherited from depends on that order. The manifest test compares the committed file byte for
 * byte, so the files are given one by one in path order, and the modules are sorted by path on the way out.
 *
 * Module paths then name shipped files: an element's entry module becomes its bundle (`dist/<bundle>.js`, the
 * file that defines the element), every other module its type declarations (`dist/types/src/….d.ts`), and so
 * do the `module` fields of references. The `package` block says which package and version this describes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { BUNDLES } from './src/elements.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every source file, listed one by one in path order: the analyzer reads them in the order it is given. */
const sources = readdirSync('src', { recursive: true })
  .map((file) => `src/${file.replaceAll('\\', '/')}`)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.styles.ts') && !file.startsWith('src/generated/'))
  .sort();

const BUNDLE_OF_ENTRY = new Map(BUNDLES.map(({ bundle, entry }) => [entry, `dist/${bundle}.js`]));

/** The shipped file for source module `path` (src/….ts). */
export function shippedPath(path) {
  return BUNDLE_OF_ENTRY.get(path) ?? `dist/types/${path.replace(/\.ts$/, '.d.ts')}`;
}

/**
 * The source file a reference names: the analyzer leaves some as written in the import (`./localized.js`,
 * `/src/core/localized.js`, `src/x/index.js`), relative to module `from`.
 */
function sourceOf(reference, from) {
  let path = reference.startsWith('.') ? posix.join(posix.dirname(from), reference) : reference.replace(/^\//, '');
  if (path.endsWith('.js') && existsSync(path.replace(/\.js$/, '.ts'))) path = path.replace(/\.js$/, '.ts');
  return path;
}

/** Rewrites every `module` field that names a source file, anywhere in `node` of module `from`. */
function rewriteReferences(node, from) {
  if (Array.isArray(node)) node.forEach((item) => rewriteReferences(item, from));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'module' || typeof value !== 'string' || node.package) rewriteReferences(value, from);
      else if (/^(\.{1,2}\/|\/?src\/)/.test(value)) node[key] = shippedPath(sourceOf(value, from));
    }
  }
}

export default {
  globs: sources,
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'ogv-shipped-modules',
      packageLinkPhase({ customElementsManifest }) {
        const manifest = customElementsManifest;
        manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const module of manifest.modules) {
          rewriteReferences(module, module.path);
          module.path = shippedPath(module.path);
        }
        // Key order: schemaVersion, package, readme, modules.
        const { schemaVersion, readme, modules } = manifest;
        for (const key of Object.keys(manifest)) delete manifest[key];
        Object.assign(manifest, { schemaVersion, package: { name: pkg.name, version: pkg.version }, readme, modules });
      },
    },
  ],
};
