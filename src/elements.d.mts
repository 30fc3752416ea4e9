/** Types of elements.mjs, the list of our elements (the data lives there). */

export interface ElementInfo {
  /** The custom element's tag name. */
  tag: string;
  /** Its own bundle: dist/<bundle>.js. */
  bundle: string;
  /** The source module that defines it (also the entry of its bundle). */
  entry: string;
  /** Its name for people (the demo's configurator). */
  label: string;
}

export interface BundleInfo {
  /** The file in dist/ is <bundle>.js. */
  bundle: string;
  /** The source entry of the library build. */
  entry: string;
}

export declare const ELEMENTS: readonly ElementInfo[];
export declare const MAIN_BUNDLE: BundleInfo;
export declare const BUNDLES: readonly BundleInfo[];
export declare const TAGS: readonly string[];
