/**
 * RegisterController: gives an element the register its `src` names (or the bundled one), and
 * re-renders the element when a load finishes. Elements read `status` and `loaded` in `render()` and
 * show `registerNotice(controller)` (register-notice.ts) so a fallback is announced.
 *
 * `src` may name several registers, separated by spaces: the first, and local ones merged after it (register.ts).
 *
 * With no `src` the bundled register is there on the first update: no request, no loading state.
 * A `src` whose load has already finished on this page (another element named it) is also there at once.
 *
 * An element that needs more than the register before it can show it (the finder: its search index) passes
 * `prepare`: a `src` register is then handed over only once that work is done too, all at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Register } from './register-types.js';
import { loadRegister, registerKey, settledRegister, type LoadOptions, type LoadedRegister, type RegisterStatus } from './register.js';

export interface RegisterControllerOptions extends LoadOptions {
  /**
   * Work to finish before a `src` register is shown (it should give the main thread back as it goes);
   * undefined when there is nothing left to do. Not used for the bundled register, which is there at once.
   */
  prepare?: (register: Register) => Promise<void> | undefined;
}

export type RegisterHost = ReactiveControllerHost & HTMLElement & { src?: string | null };

interface Deferred {
  promise: Promise<LoadedRegister>;
  resolve: (loaded: LoadedRegister) => void;
}

function deferred(): Deferred {
  let resolve!: (loaded: LoadedRegister) => void;
  const promise = new Promise<LoadedRegister>((r) => (resolve = r));
  return { promise, resolve };
}

export class RegisterController implements ReactiveController {
  /** The element this controller serves. */
  readonly host: RegisterHost;
  #options: RegisterControllerOptions;
  #status: RegisterStatus = 'loading';
  #loaded: LoadedRegister | undefined;
  /** The src now being loaded or shown, normalised; `undefined` until the first update. */
  #key: string | undefined;
  #started = false;
  #generation = 0;
  #pending: Deferred | undefined = deferred();
  #ready: Promise<LoadedRegister> = this.#pending!.promise;

  constructor(host: RegisterHost, options: RegisterControllerOptions = {}) {
    this.host = host;
    this.#options = options;
    host.addController(this);
  }

  /** 'loading' while a `src` is being fetched; 'ready' or 'fallback' after. */
  get status(): RegisterStatus {
    return this.#status;
  }

  /** The register to show; undefined only while loading. */
  get loaded(): LoadedRegister | undefined {
    return this.#loaded;
  }

  /** Resolves when the current `src` has loaded. */
  get ready(): Promise<LoadedRegister> {
    return this.#ready;
  }

  /**
   * On connection, a register that needs no request (no `src`, or one this page already loaded) is
   * taken at once, so that even the host's first `willUpdate()` (which runs before `hostUpdate()`) has it.
   */
  hostConnected(): void {
    if (!this.#started && settledRegister(this.#src())) this.#check();
  }

  hostUpdate(): void {
    this.#check();
  }

  #src(): string {
    return this.host.src?.trim() || '';
  }

  /** Starts a load if `src` names another register than the one shown or loading. */
  #check(): void {
    const src = this.#src();
    // Relative URLs are keyed by what they resolve to, so `register.json` and `./register.json` agree.
    const key = registerKey(src);
    if (this.#started && key === this.#key) return;
    this.#started = true;
    this.#key = key;
    this.#load(src);
  }

  #load(src: string): void {
    const generation = ++this.#generation;
    const done = settledRegister(src);
    const preparing = done && src ? this.#options.prepare?.(done.register) : undefined;
    if (done && !preparing) {
      this.#finish(done);
      return;
    }
    this.#status = 'loading';
    this.#loaded = undefined;
    if (!this.#pending) {
      this.#pending = deferred();
      this.#ready = this.#pending.promise;
    }
    void loadRegister(src, this.#options).then(async (loaded) => {
      await this.#options.prepare?.(loaded.register);
      if (generation !== this.#generation) return; // src changed meanwhile: that load answers instead
      this.#finish(loaded);
      this.host.requestUpdate();
    });
  }

  #finish(loaded: LoadedRegister): void {
    this.#loaded = loaded;
    this.#status = loaded.status;
    if (this.#pending) {
      this.#pending.resolve(loaded);
      this.#pending = undefined;
    } else {
      this.#ready = Promise.resolve(loaded);
    }
  }
}
