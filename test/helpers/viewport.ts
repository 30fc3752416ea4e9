/**
 * The viewport every browser test starts from, restored after a test that changed it.
 */
import { setViewport } from '@web/test-runner-commands';

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/** Restores the default viewport (use as `afterEach(resetViewport)` in a file that calls setViewport). */
export function resetViewport(): Promise<void> {
  return setViewport(DEFAULT_VIEWPORT);
}
