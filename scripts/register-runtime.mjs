// The register rules the widgets apply, for the Node scripts: src/core/register-validate.ts (and the
// contract's constants in register-types.ts), bundled by esbuild when a script starts. Node 20 cannot import
// TypeScript; transforming at run time, rather than generating a JS copy in the build, means register:check,
// register:import and the bundled snapshot always run the very code the browser runs, with no build first.

import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './register-read.mjs';

const { outputFiles } = await build({
  stdin: {
    contents: "export * from './register-types.ts'; export * from './register-validate.ts';",
    resolveDir: join(ROOT, 'src', 'core'),
    sourcefile: 'register-runtime.ts',
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'silent',
});

/** validateRegister, registerFaults and the contract's constants (LOCALES, SECTIONS…). */
export const runtime = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
