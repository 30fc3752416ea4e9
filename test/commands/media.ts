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
