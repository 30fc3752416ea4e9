// Reading for the register scripts: where the files are, command-line arguments, file text, register JSON
// and the JSON Schema (register/register.schema.json, the published contract).

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export { parseRegisterText } from './register-json.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_REGISTER = 'register/register.json';
export const DEFAULT_CSV = 'register/register.csv';
export const SCHEMA_PATH = join(ROOT, 'register', 'register.schema.json');

/**
 * Command-line arguments of the import and export scripts: one optional file (`file`) and `--register PATH`.
 * Prints `usage` and exits 0 on --help, exits 2 on a bad argument or when `requireFile` and no file is given.
 * Paths are resolved against the folder npm was run from (INIT_CWD), defaults against the package root.
 */
export function parseFileArgs(argv, usage, { requireFile = false } = {}) {
  const options = { file: undefined, register: undefined, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--register') options.register = argv[++i];
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (!options.file) options.file = arg;
    else {
      console.error(`unexpected argument: ${arg}\n${usage}`);
      process.exit(2);
    }
  }
  if (options.help || (requireFile && !options.file)) {
    (options.help ? console.log : console.error)(usage);
    process.exit(options.help ? 0 : 2);
  }
  const base = process.env.INIT_CWD ?? process.cwd();
  return {
    file: options.file,
    filePath: options.file ? resolve(base, options.file) : undefined,
    registerPath: options.register ? resolve(base, options.register) : resolve(ROOT, DEFAULT_REGISTER),
    registerLabel: options.register ?? DEFAULT_REGISTER,
  };
}

/** The text of the file at `path`; when it cannot be read, prints why (as `label`) and exits 1. */
export function readTextOrExit(path, label) {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`${label}: (file) read: cannot read the file: ${error.message}`);
    process.exit(1);
  }
}

let cachedSchema;
/** register/register.schema.json, parsed. */
export function loadSchema() {
  cachedSchema ??= JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  return cachedSchema;
}

/** The schema node `node` stands for: the definition it refers to (`$ref: #/$defs/x`), or itself. */
export function resolveSchema(node) {
  const ref = node?.$ref;
  return ref ? resolveSchema(loadSchema().$defs[ref.replace('#/$defs/', '')]) : node;
}
