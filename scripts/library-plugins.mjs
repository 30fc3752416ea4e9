/**
 * The Vite plugins of every library build (scripts/build.mjs, and the bench's variants of the bundle):
 * the entry's own translations only, shrunk source text and the packed-down register snapshot. See each
 * module for what it does.
 */
import { localeSubsetPlugin } from './locale-subset.mjs';
import { registerSnapshotPlugin } from './register-snapshot.mjs';
import { shrinkSourcesPlugin } from './shrink-sources.mjs';

/** The plugins for a library build of `entry` (a source file path). Order matters: see each plugin. */
export function libraryPlugins(entry) {
  return [localeSubsetPlugin(entry), shrinkSourcesPlugin(), registerSnapshotPlugin()];
}
