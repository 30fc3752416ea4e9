/**
 * The keyboard shortcuts of <ogv-quick-exit>: ONE keydown/keyup listener on `document` (capture phase)
 * for every instance on the page, and the counting rules.
 *
 * Shift three times (`shift-three-times`): a press counts when a Shift key goes down and comes up again
 * with no other key in between, without Ctrl/Alt/Meta held and outside IME composition; either Shift key
 * counts, and both held together count as one press. Each press must come within 5 s of the previous
 * one; any other key resets the count. Counting on keyup (as GOV.UK Frontend does) means typing a capital
 * letter or Shift+Tab never counts, and never produces an announcement.
 *
 * Escape twice (`escape-twice`): two Escape keydowns within 1 s, no other key in between, no modifiers.
 *
 * The counters are pure (a clock is injected) so the timing rules can be tested without waiting.
 */

export type ShortcutMode = 'shift-three-times' | 'escape-twice' | 'none';
export const SHORTCUT_MODES: readonly ShortcutMode[] = ['shift-three-times', 'escape-twice', 'none'];

export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;
export const ESCAPE_PRESSES = 2;
export const ESCAPE_WINDOW_MS = 1000;

/** What a counter tells its listeners. */
export type ShortcutSignal =
  | { kind: 'progress'; count: number; remaining: number }
  | { kind: 'reset'; reason: 'expired' | 'other-key' }
  | { kind: 'trigger' };

/** The parts of a KeyboardEvent the counters read. */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  isComposing?: boolean;
  repeat?: boolean;
  keyCode?: number;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** IME composition: the flag, or the legacy keyCode 229 some browsers send instead. */
const composing = (e: KeyInput) => Boolean(e.isComposing) || e.keyCode === 229;
const modified = (e: KeyInput) => Boolean(e.ctrlKey || e.altKey || e.metaKey);

interface Counter {
  handle(e: KeyInput): void;
  /** Forgets everything without a signal (leaving, bfcache restore, last instance gone). */
  clear(): void;
}

/** Counts clean Shift presses, each within `windowMs` of the previous. */
export class ShiftCounter implements Counter {
  #count = 0;
  #last = 0;
  #timer: unknown;
  /** Shift keys now held (by `code`), whose keydown we saw. */
  #held = new Set<string>();
  /** False once another key, a modifier or composition touched the current Shift press. */
  #clean = false;
  /** The Shift press now held has already been counted (both Shift keys held together count once). */
  #counted = false;

  constructor(
    private readonly signal: (s: ShortcutSignal) => void,
    private readonly clock: Clock = realClock,
    private readonly windowMs = SHIFT_WINDOW_MS,
    private readonly presses = SHIFT_PRESSES,
  ) {}

  get count(): number {
    return this.#count;
  }

  handle(e: KeyInput): void {
    const id = e.code || e.key;
    if (e.key === 'Shift') {
      if (e.type === 'keydown') {
        // Firefox flags the second Shift key's keydown as a repeat while the first is held: only a repeat
        // of a key we hold is one.
        if (e.repeat && this.#held.has(id)) return;
        if (this.#held.has(id)) this.#held.clear(); // we missed its keyup (Firefox can drop one): a new press
        if (this.#held.size === 0) {
          this.#clean = true;
          this.#counted = false;
        }
        if (modified(e) || composing(e)) this.#clean = false;
        this.#held.add(id);
      } else if (e.type === 'keyup') {
        if (!this.#held.delete(id)) return; // we never saw it go down: do not guess
        // Both Shift keys held together are one press, counted when the first of them comes up.
        const first = !this.#counted;
        this.#counted = true;
        if (first && this.#clean && !composing(e)) this.#press();
      }
      return;
    }
    if (e.type !== 'keydown') return;
    // Any other key: the Shift now held is a modifier, and the count starts again.
    this.#clean = false;
    if (this.#count > 0) {
      this.#stop();
      this.signal({ kind: 'reset', reason: 'other-key' });
    }
  }

  /** The window lost focus: a Shift held now will never send its keyup here. */
  releaseAll(): void {
    this.#held.clear();
    this.#clean = false;
  }

  clear(): void {
    this.#stop();
    this.releaseAll();
  }

  #stop(): void {
    this.#count = 0;
    if (this.#timer !== undefined) this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #press(): void {
    const now = this.clock.now();
    if (this.#count > 0 && now - this.#last > this.windowMs) this.#stop(); // the timer was late
    this.#count++;
    this.#last = now;
    if (this.#timer !== undefined) this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#count >= this.presses) {
      this.#stop();
      this.signal({ kind: 'trigger' });
      return;
    }
    this.#timer = this.clock.setTimeout(() => {
      this.#timer = undefined;
      if (this.#count === 0) return;
      this.#count = 0;
      this.signal({ kind: 'reset', reason: 'expired' });
    }, this.windowMs);
    this.signal({ kind: 'progress', count: this.#count, remaining: this.presses - this.#count });
  }
}

/** Counts Escape keydowns, each within `windowMs` of the previous. Silent: no progress, no reset signal. */
export class EscapeCounter implements Counter {
  #count = 0;
  #last = 0;

  constructor(
    private readonly signal: (s: ShortcutSignal) => void,
    private readonly clock: Clock = realClock,
    private readonly windowMs = ESCAPE_WINDOW_MS,
    private readonly presses = ESCAPE_PRESSES,
  ) {}

  get count(): number {
    return this.#count;
  }

  handle(e: KeyInput): void {
    if (e.type !== 'keydown') return;
    if (e.key !== 'Escape' || e.repeat || modified(e) || composing(e)) {
      // A repeat of a held Escape neither counts nor resets; anything else resets.
      if (!(e.key === 'Escape' && e.repeat)) this.#count = 0;
      return;
    }
    const now = this.clock.now();
    if (this.#count > 0 && now - this.#last > this.windowMs) this.#count = 0;
    this.#count++;
    this.#last = now;
    if (this.#count >= this.presses) {
      this.#count = 0;
      this.signal({ kind: 'trigger' });
    }
  }

  clear(): void {
    this.#count = 0;
  }
}

/** An instance listening for a shortcut. `leader` is true for the one that announces and leaves. */
export interface ShortcutSubscriber {
  readonly shortcutMode: ShortcutMode;
  onShortcut(signal: ShortcutSignal, leader: boolean): void;
}

const subscribers = new Set<ShortcutSubscriber>();
const counters = new Map<ShortcutMode, Counter>();
let listening: Document | undefined;

function counterFor(mode: ShortcutMode): Counter | undefined {
  if (mode === 'none') return undefined;
  let counter = counters.get(mode);
  if (!counter) {
    const deliver = (signal: ShortcutSignal) => {
      let leader = true;
      for (const sub of [...subscribers]) {
        if (sub.shortcutMode !== mode) continue;
        sub.onShortcut(signal, leader);
        leader = false;
      }
    };
    counter = mode === 'shift-three-times' ? new ShiftCounter(deliver) : new EscapeCounter(deliver);
    counters.set(mode, counter);
  }
  return counter;
}

function onKey(event: Event): void {
  const e = event as KeyboardEvent;
  const modes = new Set([...subscribers].map((s) => s.shortcutMode));
  for (const mode of modes) counterFor(mode)?.handle(e);
}

function onBlur(): void {
  for (const counter of counters.values()) if (counter instanceof ShiftCounter) counter.releaseAll();
}

/** Starts listening for `subscriber`'s shortcut (the shared listener is added for the first one). */
export function subscribe(subscriber: ShortcutSubscriber): void {
  subscribers.add(subscriber);
  if (!listening && typeof document !== 'undefined') {
    listening = document;
    listening.addEventListener('keydown', onKey, true);
    listening.addEventListener('keyup', onKey, true);
    globalThis.addEventListener?.('blur', onBlur);
  }
}

/** Stops listening for `subscriber`; the shared listener goes with the last one. */
export function unsubscribe(subscriber: ShortcutSubscriber): void {
  subscribers.delete(subscriber);
  const used = new Set([...subscribers].map((s) => s.shortcutMode));
  for (const [mode, counter] of counters) {
    if (!used.has(mode)) {
      counter.clear();
      counters.delete(mode);
    }
  }
  if (subscribers.size === 0 && listening) {
    listening.removeEventListener('keydown', onKey, true);
    listening.removeEventListener('keyup', onKey, true);
    globalThis.removeEventListener?.('blur', onBlur);
    listening = undefined;
  }
}

/** Forgets every count in progress, silently (leaving the page, or coming back from the bfcache). */
export function clearShortcuts(): void {
  for (const counter of counters.values()) counter.clear();
}
