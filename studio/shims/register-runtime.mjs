// In the studio page, scripts/register-runtime.mjs is this module: the widgets' own validator, bundled
// with the page by esbuild, so the studio refuses exactly what the widgets refuse.
import * as types from '../../src/core/register-types.ts';
import * as validate from '../../src/core/register-validate.ts';

export const runtime = { ...types, ...validate };
