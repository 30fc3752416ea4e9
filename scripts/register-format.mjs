// register.json as the scripts write it: every object's keys in the order of the JSON Schema's properties
// (register/register.schema.json), 2-space indent, trailing newline. An export followed by an import thus
// changes nothing, byte for byte.

import { loadSchema, resolveSchema } from './register-read.mjs';

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `value` with the keys of each object in the order of the schema node `node` describing it. Unknown keys
 * are kept, after the known ones, so that nothing is lost; the check refuses them.
 */
function canonical(value, node) {
  const schema = resolveSchema(node);
  if (Array.isArray(value)) return schema?.items ? value.map((item) => canonical(item, schema.items)) : value;
  if (!isObject(value) || !schema?.properties) return value;
  const known = Object.keys(schema.properties);
  return Object.fromEntries([
    ...known.filter((key) => value[key] !== undefined).map((key) => [key, canonical(value[key], schema.properties[key])]),
    ...Object.keys(value).filter((key) => !known.includes(key)).map((key) => [key, value[key]]),
  ]);
}

/** The register with every object's keys in the fixed order. */
export function canonicalRegister(register) {
  return canonical(register, loadSchema());
}

/** One entry with its keys in the fixed order. */
export function canonicalEntry(entry) {
  return canonical(entry, loadSchema().$defs.entry);
}

/** register.json text: canonical key order, 2-space indent, trailing newline. */
export function formatRegister(register) {
  return `${JSON.stringify(canonicalRegister(register), null, 2)}\n`;
}
