/**
 * Per-bundle translations. lit-localize generates one module per language with every message of the
 * project; a bundle of one element (dist/quick-exit.js) needs only the messages of the modules it contains.
 * `localeSubsetPlugin(entry)` is a Vite plugin that keeps, in src/generated/locales/*.ts, only the
 * messages msg() uses in the entry's import graph (message ids found by lit-localize's own analysis).
 * A module left with no html`…` message also loses its `import {html} from 'lit'`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';

let idsByFile;

/** Message ids per source file, from lit-localize's analysis of the TypeScript program (done once). */
function messageIdsByFile() {
  if (idsByFile) return idsByFile;
  const parsed = ts.getParsedCommandLineOfConfigFile('tsconfig.build.json', {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const { messages, errors } = extractMessagesFromProgram(program);
  if (errors.length) throw new Error(`lit-localize analysis failed: ${errors.length} errors`);
  idsByFile = new Map();
  for (const message of messages) {
    const file = resolve(message.file.fileName);
    if (!idsByFile.has(file)) idsByFile.set(file, new Set());
    idsByFile.get(file).add(message.name);
  }
  return idsByFile;
}

/** The source files an entry imports, directly or not (relative imports only: packages carry no msg()). */
export function importClosure(entry) {
  const seen = new Set();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, staticSpec, dynamicSpec] of code.matchAll(/(?:import|export)\s[^'"]*?['"](\.{1,2}\/[^'"]+)['"]|import\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const spec = staticSpec ?? dynamicSpec;
      const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      if (target.endsWith('.ts')) queue.push(target);
    }
  }
  return seen;
}

/** The ids of every message used by `entry`'s modules. */
export function messageIdsOf(entry) {
  const byFile = messageIdsByFile();
  const ids = new Set();
  for (const file of importClosure(entry)) for (const id of byFile.get(file) ?? []) ids.add(id);
  return ids;
}

/**
 * One generated locale module (src/generated/locales/<code>.ts) with only the messages whose id is in `ids`.
 * Each message is one `'id': …,` entry, whose translation may run over several lines until the next entry.
 * When no html`…` message is left, the module's `import {html} from 'lit'` goes too: it would pull lit-html
 * into a bundle that has no template (dist/quick-exit.js).
 */
export function subsetTable(code, ids) {
  let keep = true;
  const kept = code
    .split('\n')
    .filter((line) => {
      const entry = /^\s*'([^']+)':\s/.exec(line);
      if (entry) keep = ids.has(entry[1]);
      else if (/^\s*};\s*$/.test(line)) keep = true;
      return keep;
    })
    .join('\n');
  return /\bhtml`/.test(kept) ? kept : kept.replace(/^\s*import\s*\{\s*html\s*\}\s*from\s*['"]lit['"];?[ \t]*$/m, '');
}

/** Vite plugin: src/generated/locales/*.ts keep only the messages `entry` uses. */
export function localeSubsetPlugin(entry) {
  const ids = messageIdsOf(entry);
  return {
    name: 'ogv-locale-subset',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]generated[\\/]locales[\\/][a-z]+\.ts$/.test(id)) return undefined;
      return { code: subsetTable(code, ids), map: null };
    },
  };
}
