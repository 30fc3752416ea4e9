/**
 * The elements of ogv-widgets, once: the build (vite.config.ts, scripts/build.mjs), the bench, the demo's
 * configurator and the tests read this list. A plain ES module (typed by elements.d.mts), so that Node
 * scripts, TypeScript and the demo page served as is can all import it. Nothing in the bundles imports it.
 *
 * In the order src/index.ts imports them (a test checks it), which is their order in dist/ogv-widgets.js.
 */

/** @type {import('./elements.d.mts').ElementInfo[]} */
export const ELEMENTS = [
  { tag: 'ogv-resource-finder', bundle: 'resource-finder', entry: 'src/resource-finder/index.ts', label: 'Resource finder' },
  { tag: 'ogv-helpline-banner', bundle: 'helpline-banner', entry: 'src/helpline-banner/index.ts', label: 'Helpline banner' },
  { tag: 'ogv-quick-exit', bundle: 'quick-exit', entry: 'src/quick-exit/index.ts', label: 'Quick exit' },
  { tag: 'ogv-report-path', bundle: 'report-path', entry: 'src/report-path/index.ts', label: 'Report path' },
];

/** The one-tag bundle: every element in one file (src/index.ts imports each element's entry). */
export const MAIN_BUNDLE = { bundle: 'ogv-widgets', entry: 'src/index.ts' };

/** Every library build: the one-tag bundle, then one per element. */
export const BUNDLES = [MAIN_BUNDLE, ...ELEMENTS.map(({ bundle, entry }) => ({ bundle, entry }))];

/** The tag names, in the order above. */
export const TAGS = ELEMENTS.map((element) => element.tag);
