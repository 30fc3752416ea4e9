/**
 * A Vite plugin for the library build: the register snapshot bundled into the scripts is
 * register/register.json without the fields the widgets never show or search (the same fields the loader
 * leaves out: see src/core/register-types.ts). The published dist/register.json keeps every field.
 */
import { readFileSync } from 'node:fs';

/** The fields left out of the bundled snapshot, per level of the document. */
export const SNAPSHOT_OMITS = {
  document: ['$schema', 'publisher', 'license'],
  entry: ['place', 'languagesInferred'],
  helpline: ['source'],
};

const without = (object, keys) => Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

/** The snapshot of a parsed register document. */
export function registerSnapshot(register) {
  return {
    ...without(register, SNAPSHOT_OMITS.document),
    entries: register.entries.map((entry) => without(entry, SNAPSHOT_OMITS.entry)),
    helplines: register.helplines.map((helpline) => without(helpline, SNAPSHOT_OMITS.helpline)),
  };
}

export function registerSnapshotPlugin() {
  return {
    name: 'ogv-register-snapshot',
    enforce: 'pre',
    load(id) {
      if (!/\/register\/register\.json$/.test(id.split('?')[0])) return null;
      return JSON.stringify(registerSnapshot(JSON.parse(readFileSync(id.split('?')[0], 'utf8'))));
    },
  };
}
