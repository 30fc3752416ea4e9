/**
 * A Vite plugin for the library build: the register snapshot bundled into the scripts is what the widgets'
 * own validator (src/core/register-validate.ts) keeps of register/register.json: the fields the widgets show
 * or search, and nothing else. The validator's tables are the one place that says which fields those are.
 * The build fails if the validator would skip or drop anything. The published dist/register.json keeps
 * every field.
 *
 * The snapshot reaches the bundle as `JSON.parse` of one string literal, which V8 reads several times faster
 * than the same data written as an object literal, and it carries `$validated: true`: the build has just
 * validated it, so the page only freezes it and does not validate it again (src/core/register.ts). A raw
 * register.json (the tests, the dev server) has no such mark and is validated on the page.
 */
import { readFileSync } from 'node:fs';
import { runtime } from './register-runtime.mjs';

/** The snapshot of a parsed register document; throws if the widgets would leave anything out. */
export function registerSnapshot(register) {
  const result = runtime.validateRegister(register);
  if (!result.ok) throw new Error(`register snapshot: ${result.problem.field}: ${result.problem.message}`);
  if (result.problems.length) {
    const lines = result.problems.map((problem) => `${problem.id} ${problem.field}: ${problem.message}`);
    throw new Error(`register snapshot: the widgets would leave out:\n${lines.join('\n')}`);
  }
  return result.register;
}

const isRegister = (id) => /\/register\/register\.json$/.test(id.split('?')[0]);

export function registerSnapshotPlugin() {
  return {
    name: 'ogv-register-snapshot',
    enforce: 'pre',
    load(id) {
      if (!isRegister(id)) return null;
      return JSON.stringify(registerSnapshot(JSON.parse(readFileSync(id.split('?')[0], 'utf8'))));
    },
    transform(code, id) {
      if (!isRegister(id)) return null;
      const marked = JSON.stringify({ ...JSON.parse(code), $validated: true });
      return { code: `export default JSON.parse(${JSON.stringify(marked)});\n`, moduleType: 'js', map: null };
    },
  };
}
