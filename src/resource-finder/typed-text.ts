/**
 * What a person types into the finder, searched once the keystroke has been painted: the character shows in the
 * box in the very next frame, and the results follow in the frame after it. On a slow phone the search and the
 * new results would otherwise hold that frame. Keystrokes that come before then are searched together, as the
 * latest text (none is lost: the box holds every character).
 */

/** Runs `run` once the next frame has been painted, or after 100 ms where no frame comes (a hidden page). */
export function afterNextPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

export class TypedText {
  readonly #apply: (value: string) => void;
  /** The latest text typed and not yet searched. */
  #value: string | undefined;
  #settled: Promise<void> | undefined;
  #resolve: (() => void) | undefined;

  /** `apply` searches a text (the element's own setter). */
  constructor(apply: (value: string) => void) {
    this.#apply = apply;
  }

  /** Resolves once no typed text is waiting; undefined when none is. */
  get settled(): Promise<void> | undefined {
    return this.#settled;
  }

  /** A keystroke: `value` is what the box holds now. */
  type(value: string): void {
    const waiting = this.#value !== undefined;
    this.#value = value;
    if (waiting) return;
    this.#settled = new Promise((resolve) => (this.#resolve = resolve));
    afterNextPaint(() => this.#flush());
  }

  /** Drops what is waiting (the text was cleared or set by the page). */
  cancel(): void {
    this.#value = undefined;
    this.#done();
  }

  #flush(): void {
    const value = this.#value;
    this.#value = undefined;
    if (value !== undefined) this.#apply(value);
    this.#done();
  }

  #done(): void {
    this.#resolve?.();
    this.#resolve = undefined;
    this.#settled = undefined;
  }
}
