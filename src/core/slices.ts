/**
 * Long work (validating and indexing a large register) written once, as a generator that yields at points
 * where it may pause, and run either at once (`runNow`: the small bundled register, `npm run register:check`)
 * or in short slices that give the main thread back between them (`runInSlices`), so that a click or a key
 * press (the quick exit) is handled within a slice, whatever the size of the work.
 *
 * Giving back uses `scheduler.yield()` where the browser has it (the work resumes ahead of other tasks, after
 * pending input), otherwise a message on a MessageChannel, a macrotask that setTimeout's clamping does not
 * delay. Neither needs anything from the page's Content Security Policy.
 */

/** Work that yields (nothing) where it may pause, and returns `T` at the end. */
export type Steps<T> = Generator<void, T, void>;

/**
 * How long a slice runs before it gives the main thread back, in milliseconds: well under a frame, so that on a
 * slow phone a slice that overruns (a step is never cut) still ends long before a click would feel held.
 */
export const SLICE_MS = 5;

/** Runs `steps` to the end, without pausing. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** A macrotask later: input and rendering that are waiting run first. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs `steps` to the end in slices of about `sliceMs`, giving the main thread back between slices. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start >= sliceMs) {
      await yieldToMain();
      start = performance.now();
    }
  }
}
