/**
 * `emulateMedia` for our tests: like @web/test-runner-commands' own, plus `forcedColors` in Chromium, and each
 * call changes only the features it names. Throws in Firefox (no media emulation there: tests skip).
 * Server side: test/commands/emulate-media.mjs.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Media {
  media?: 'screen' | 'print';
  colorScheme?: 'light' | 'dark' | 'no-preference';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
}

export function emulateMedia(media: Media): Promise<void> {
  return executeServerCommand('ogv-emulate-media', media);
}

/**
 * `emulateMedia(media)`, or skips the running test where the browser cannot emulate media features (Firefox
 * here); any other error still fails the test. Call it as `await emulateOrSkip(this, …)` in a `function` test.
 */
export async function emulateOrSkip(ctx: { skip(): void }, media: Media): Promise<void> {
  try {
    await emulateMedia(media);
  } catch (error) {
    if (/CDP|cannot emulate|not supported/i.test(String(error))) ctx.skip();
    throw error;
  }
}

/** `emulateMedia(media)` where the browser can; a no-op where it cannot (for cleanup hooks). */
export async function resetMedia(media: Media): Promise<void> {
  await emulateMedia(media).catch(() => undefined);
}
