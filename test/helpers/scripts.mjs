/**
 * For the Node tests of the register scripts: the repository root, and a script of scripts/ run as a keeper
 * would run it through npm from `cwd` (npm passes the original directory as INIT_CWD).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs `scripts/<script>` with `args` from `cwd`; its exit status and everything it printed. */
export function runScript(script, args, cwd) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}
