// In the studio page, scripts/register-read.mjs is this module (scripts/studio-build.mjs swaps it in): the
// schema comes bundled with the page instead of from the file system; the rest is the same.
import schema from '../../register/register.schema.json';

export { parseRegisterText } from '../../scripts/register-json.mjs';

export const loadSchema = () => schema;

export function resolveSchema(node) {
  const ref = node?.$ref;
  return ref ? resolveSchema(schema.$defs[ref.replace('#/$defs/', '')]) : node;
}
