/**
 * A Vite plugin for the library build: shorter keys in the translation tables.
 *
 * lit-localize names a message without an explicit id by a 64-bit hash of its English text
 * (`s0379fc73608ab971`), and the generated modules (src/generated/locales/*.ts) key every translation by
 * it. Random hex does not compress, and each of the three tables repeats every key. In the bundles, each
 * such key is cut to its first MESSAGE_KEY_LENGTH characters (src/core/locale.ts, whose lookup tries the
 * full id first, as in the unshortened tables the tests and `npm start` use, then the cut one). The build
 * fails unless the cut keys of ALL the project's messages stay apart, so a message that a bundle's table
 * lacks can never hit another message's translation. Explicit ids (`register-fallback-notice`) are kept.
 */
import { readFileSync } from 'node:fs';

const HASH_ID = /^[sh][0-9a-f]{16}$/;
/** The generated table every message of the project is in (the source locale has no table). */
const ALL_MESSAGES = 'src/generated/locales/nl.ts';

/** The keys of one generated table. */
export function tableKeys(code) {
  return [...code.matchAll(/^\s*'([^']+)':\s/gm)].map((m) => m[1]);
}

/** MESSAGE_KEY_LENGTH, read from the runtime that relies on it. */
export function runtimeKeyLength(source = readFileSync('src/core/locale.ts', 'utf8')) {
  const match = /const MESSAGE_KEY_LENGTH = (\d+);/.exec(source);
  if (!match) throw new Error('src/core/locale.ts: MESSAGE_KEY_LENGTH not found');
  return Number(match[1]);
}

/** Throws unless cutting every hashed id of `ids` to `length` characters keeps them apart. */
export function checkUnique(ids, length) {
  const hashed = ids.filter((id) => HASH_ID.test(id));
  const seen = new Map();
  for (const id of hashed) {
    const key = id.slice(0, length);
    if (seen.has(key)) {
      throw new Error(`message ids ${seen.get(key)} and ${id} share their first ${length} characters: raise MESSAGE_KEY_LENGTH in src/core/locale.ts`);
    }
    seen.set(key, id);
  }
}

export function shortMessageIdsPlugin() {
  const length = runtimeKeyLength();
  checkUnique(tableKeys(readFileSync(ALL_MESSAGES, 'utf8')), length);
  return {
    name: 'ogv-short-message-ids',
    // On the TypeScript source; listed after the per-bundle subset (scripts/locale-subset.mjs), which reads the full keys.
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]generated[\\/]locales[\\/][a-z]+\.ts$/.test(id)) return undefined;
      return {
        code: code.replace(/^(\s*)'([sh][0-9a-f]{16})':/gm, (_, indent, key) => `${indent}'${key.slice(0, length)}':`),
        map: null,
      };
    },
  };
}
