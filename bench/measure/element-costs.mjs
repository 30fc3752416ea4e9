/**
 * What each element adds to dist/ogv-widgets.js: the bundle is built again without it (same config and
 * plugins as npm run build) and the gzip sizes compared. The report path embeds the helpline banner, so
 * the banner's own cost shows only with the report path left out too.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { gzipSize } from '../sizes.mjs';
import { libraryPlugins } from '../../scripts/library-plugins.mjs';
import { ROOT, TMP, row, section } from '../lib/report.mjs';
import { ELEMENTS } from '../../src/elements.mjs';

export async function measureElementCosts() {
  const main = 'dist/ogv-widgets.js';
  if (!existsSync(main)) return undefined;
  const full = gzipSize(readFileSync(main));
  const variants = [
    ...ELEMENTS.map(({ bundle }) => ({ label: `without ${bundle}`, without: [bundle] })),
    { label: 'without helpline-banner and report-path', without: ['helpline-banner', 'report-path'] },
    { label: 'no element (Lit, localize, register core)', without: ELEMENTS.map(({ bundle }) => bundle) },
  ];
  section(`What each element adds to ${main} (rebuilt without it; gzip bytes)`);
  const costs = [];
  for (const variant of variants) {
    const keep = ELEMENTS.filter(({ bundle }) => !variant.without.includes(bundle));
    const entry = join(TMP, 'variant-entry.ts');
    writeFileSync(
      entry,
      keep.length
        ? keep.map(({ entry: file }) => `export * from '../../${file.replace(/\.ts$/, '.js')}';`).join('\n') + '\n'
        : `export { bundledRegister } from '../../src/core/register.js';\nexport { OgvElement } from '../../src/core/ogv-element.js';\n`,
    );
    process.env.OGV_ENTRY = 'ogv-widgets';
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      plugins: libraryPlugins(entry),
      build: { outDir: join(TMP, 'variant'), emptyOutDir: true, sourcemap: false, lib: { entry, fileName: () => 'variant.js' } },
    });
    const gzip = gzipSize(readFileSync(join(TMP, 'variant', 'variant.js')));
    costs.push({ variant: variant.label, gzip, saves: full - gzip });
    row(variant.label, `${gzip} B`, `${full - gzip} B less than the full bundle (${full} B)`);
  }
  return costs;
}
