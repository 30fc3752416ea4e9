/**
 * The register every element reads: the snapshot bundled into the script, or a published register
 * fetched from a `src` URL, validated and sanitised (register-validate.ts), deeply frozen, and shared.
 *
 * One request per absolute URL, whatever the number of elements naming it: every caller gets the same
 * `LoadedRegister` (and so the same `Register` object, which search indexes can key a WeakMap on), as long
 * as the URL is among the KEPT_REGISTERS most recently used (memory stays bounded). A load never fails: a
 * network error, a time-out, a non-2xx answer, malformed JSON or a document that fails as a whole, or
 * leaves no helpline or no entry to show, gives the bundled snapshot with `status: 'fallback'` and one
 * console warning. Entries and helplines that fail are skipped one by one, and
 * told in one console line per register (how many, and the first).
 *
 * The request carries no cookies, no referrer and nothing a person typed. A large register is validated in
 * short slices that give the main thread back (slices.ts), so a click on the quick exit never waits for it.
 */
import bundledJson from '../../register/register.json';
import type { Register } from './register-types.js';
import { mergeRegisters, withVocabularies, type LocalRegister } from './register-merge.js';
import { deepFreeze, validateRegister, validationSteps, type RegisterProblem } from './register-validate.js';
import { runInSlices, yieldToMain } from './slices.js';

export type { RegisterProblem } from './register-validate.js';
export { validateRegister } from './register-validate.js';

/** Where an element's register stands: loading a `src`, ready, or showing the bundled copy instead. */
export type RegisterStatus = 'loading' | LoadedRegister['status'];

/** Why a `src` register was not used: the request failed, took too long, was not 2xx, not JSON, or not a valid register. */
export type FallbackReason = 'network' | 'timeout' | 'http' | 'json' | 'invalid';

export interface LoadedRegister {
  /** Validated and sanitised: only valid entries and helplines remain. Frozen. */
  register: Register;
  status: 'ready' | 'fallback';
  /** Set when `status` is 'fallback'. */
  reason?: FallbackReason;
  /** The entries and helplines skipped (and helpline channels dropped), one per item. */
  problems: RegisterProblem[];
  /** The URL asked for, if any (absolute); for several registers, their URLs separated by a space. */
  src?: string;
  /** The local registers (every URL of `src` after the first) that could not be used, and were left out. */
  skipped?: string[];
}

export interface LoadOptions {
  /** Time limit for the request and its body, in milliseconds (default 8000). The first load of a URL sets it. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 8000;

const PREFIX = '[ogv-widgets]';

let bundled: LoadedRegister | undefined;

/** A register with nothing in it, should the bundled snapshot itself ever be broken (a build error). */
function emptyRegister(): Register {
  return {
    version: '0.0.0',
    updated: '1970-01-01',
    sections: [],
    groups: [],
    types: [],
    audiences: [],
    regions: [],
    topics: [],
    entries: [],
    helplines: [],
  };
}

/** `text` cut to `max` characters, so that a huge value is never echoed whole. */
export function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** One console line for all the problems of a register: how many of each kind, and the first one. */
function warnProblems(problems: readonly RegisterProblem[], where: string): void {
  if (!problems.length) return;
  const counts = new Map<string, number>();
  for (const { kind = 'item' } of problems) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const what = { entry: 'entries skipped', helpline: 'helplines skipped', channel: 'channels dropped' } as Record<string, string>;
  const summary = [...counts].map(([kind, n]) => `${n} ${what[kind] ?? kind}`).join(', ');
  const [first] = problems;
  console.warn(
    `${PREFIX} ${clip(where, 200)}: ${summary}; the first: ${first.kind ?? 'item'} "${clip(first.id)}", ` +
      `field "${clip(first.field)}": ${clip(first.message, 200)}`,
  );
}

/**
 * The snapshot the build validated (scripts/register-snapshot.mjs marks it `$validated`), without the mark;
 * undefined for an unmarked register.json (the tests and the dev server import it raw).
 */
function validatedSnapshot(json: unknown): Register | undefined {
  if (typeof json !== 'object' || json === null || (json as { $validated?: unknown }).$validated !== true) return undefined;
  const { $validated: _, ...register } = json as Register & { $validated: true };
  return register;
}

/** The snapshot bundled into the script: frozen, and validated unless the build already did (synchronous, no request). */
export function bundledRegister(): LoadedRegister {
  const snapshot = bundled ? undefined : validatedSnapshot(bundledJson);
  if (snapshot) bundled = deepFreeze({ register: snapshot, status: 'ready', problems: [] });
  if (!bundled) {
    const result = validateRegister(bundledJson);
    if (result.ok) {
      warnProblems(result.problems, 'bundled register');
      bundled = deepFreeze({ register: result.register, status: 'ready', problems: result.problems });
    } else {
      console.warn(`${PREFIX} the bundled register is not valid (${result.problem.field}: ${result.problem.message})`);
      bundled = deepFreeze({ register: deepFreeze(emptyRegister()), status: 'ready', problems: [result.problem] });
    }
  }
  return bundled;
}

/**
 * How many `src` registers are kept for elements added later. An element keeps the register it shows for
 * as long as it lives; beyond that, only the most recently used URLs are kept, so that a page that names
 * ever new URLs does not grow without end.
 */
export const KEPT_REGISTERS = 4;

/** Loads in progress or done, by absolute URL, the most recently used last. */
const loads = new Map<string, Promise<LoadedRegister>>();
/** Loads done, by absolute URL, so a later element can render at once. */
const settled = new Map<string, LoadedRegister>();

/** Marks `key` as just used; forgets the least recently used loads beyond KEPT_REGISTERS. */
function touch(key: string): void {
  const load = loads.get(key);
  if (load) {
    loads.delete(key);
    loads.set(key, load);
  }
  for (const old of loads.keys()) {
    if (loads.size <= KEPT_REGISTERS) break;
    loads.delete(old);
    settled.delete(old);
  }
}

/** The absolute http(s) URL `src` names, resolved against the document, or undefined. */
export function registerUrl(src: string | null | undefined): string | undefined {
  const trimmed = src?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, globalThis.document?.baseURI ?? globalThis.location?.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The finished load of `src`, if there is one: the bundled register for no `src`. Synchronous. */
export function settledRegister(src?: string | null): LoadedRegister | undefined {
  const key = registerKey(src);
  if (!key) return bundledRegister();
  const done = settled.get(key);
  if (done) touch(key);
  return done;
}

/** One register `src` names: its absolute URL, or `invalid:` and the text when it is not an http(s) URL. */
const partKey = (part: string): string => registerUrl(part) ?? `invalid:${part}`;

/**
 * What a load of `src` is known by: '' for no `src`; the absolute URL of one register; the keys of several
 * registers (space-separated in `src`) separated by a space, each named once.
 */
export function registerKey(src: string | null | undefined): string {
  const parts = src?.trim().split(/\s+/).filter(Boolean) ?? [];
  return [...new Set(parts.map(partKey))].join(' ');
}

function fallback(src: string, reason: FallbackReason, detail: string): LoadedRegister {
  const { register } = bundledRegister();
  console.warn(
    `${PREFIX} could not use the register at ${clip(src, 200)} (${reason}: ${clip(detail, 200)}); ` +
      `showing the bundled copy of ${register.updated}`,
  );
  return deepFreeze({ register, status: 'fallback', reason, problems: [], src });
}

/**
 * The body as text, decoded chunk by chunk as it arrives: `response.text()` decodes a large body in one long
 * task at the end, which would hold a click on the quick exit.
 */
async function readText(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** A parsed document, or why there is none. */
type Fetched = { ok: true; document: unknown } | { ok: false; reason: FallbackReason; detail: string };

/** The JSON document at `url`, fetched without cookies or referrer within `timeoutMs`, and parsed. */
async function fetchDocument(url: string, timeoutMs: number): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  // What a failure means at the current step: it changes as the load goes on.
  let reason: FallbackReason = 'network';
  try {
    // GET, with the browser's cache and redirects, as fetch does by default.
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    if (!response.ok) {
      reason = 'http';
      throw new Error(`HTTP ${response.status}`);
    }
    const body = await readText(response);
    reason = 'json';
    // Parsing is one task the page cannot cut; what comes before and after it runs in slices.
    await yieldToMain();
    const document: unknown = JSON.parse(body);
    await yieldToMain();
    return { ok: true, document };
  } catch (error) {
    // Only the time limit aborts the request (or the reading of its body).
    if (reason === 'network' && controller.signal.aborted) {
      return { ok: false, reason: 'timeout', detail: `no answer within ${timeoutMs} ms` };
    }
    return { ok: false, reason, detail: error instanceof Error ? error.message || error.name : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

async function fetchRegister(url: string, timeoutMs: number): Promise<LoadedRegister> {
  return registerFrom(url, await fetchDocument(url, timeoutMs));
}

/** The register in a fetched document, validated in slices; the bundled copy when it cannot be used. */
async function registerFrom(url: string, fetched: Fetched): Promise<LoadedRegister> {
  if (!fetched.ok) return fallback(url, fetched.reason, fetched.detail);
  const result = await runInSlices(validationSteps(fetched.document));
  if (!result.ok) return fallback(url, 'invalid', `${result.problem.field}: ${result.problem.message}`);
  warnProblems(result.problems, `register ${url}`);
  // A banner over no helpline, or a finder with nothing to find, would look like help that is not there.
  if (!result.register.helplines.length) return fallback(url, 'invalid', 'no helpline that can be shown');
  if (!result.register.entries.length) return fallback(url, 'invalid', 'no entry that can be shown');
  return deepFreeze({ register: result.register, status: 'ready', problems: result.problems, src: url });
}

/** What could not be used of a local register, or undefined when it can be merged. */
function localFailure(fetched: Fetched, result?: ReturnType<typeof validateRegister>): string | undefined {
  if (!fetched.ok) return `${fetched.reason}: ${fetched.detail}`;
  if (!result?.ok) return `invalid: ${result ? `${result.problem.field}: ${result.problem.message}` : 'not read'}`;
  if (!result.register.entries.length && !result.register.helplines.length) {
    return 'invalid: no entry or helpline that can be shown';
  }
  return undefined;
}

/** Whether a document carries vocabularies of its own: a complete register, not a local one. */
function isComplete(fetched: Fetched): boolean {
  if (!fetched.ok || typeof fetched.document !== 'object' || fetched.document === null) return false;
  const document = fetched.document as Record<string, unknown>;
  return Array.isArray(document.sections) && Array.isArray(document.topics);
}

/**
 * The registers of `keys` merged (register-merge.ts): every one is requested at once; the first complete
 * register among them (one with vocabularies of its own, usually the Institute's) is the base, whatever its
 * place in `src`, and the bundled copy when it fails; every other one is a local register, validated against
 * the base's vocabularies and merged after it in the order of `src`. A local register that fails is left out.
 */
async function loadMerged(keys: readonly string[], options: LoadOptions): Promise<LoadedRegister> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetched = await Promise.all(
    keys.map((key) =>
      key.startsWith('invalid:')
        ? Promise.resolve<Fetched>({ ok: false, reason: 'network', detail: 'not an http(s) URL' })
        : fetchDocument(key, timeoutMs),
    ),
  );
  // No complete register at all: the one that failed to load was it (the bundled copy stands in for it), or,
  // when every one loaded, there is none, and the bundled copy is the base.
  const complete = fetched.findIndex(isComplete);
  const baseIndex = complete >= 0 ? complete : fetched.findIndex((f) => !f.ok);
  const where = (key: string) => key.replace(/^invalid:/, '');
  const base =
    baseIndex >= 0
      ? await registerFrom(where(keys[baseIndex]!), fetched[baseIndex]!)
      : fallback(keys.map(where).join(' '), 'invalid', 'no register with vocabularies of its own');
  const locals: LocalRegister[] = [];
  const problems = [...base.problems];
  const skipped: string[] = [];
  for (const [i, key] of keys.entries()) {
    if (i === baseIndex) continue;
    const local = fetched[i]!;
    const result = local.ok ? await runInSlices(validationSteps(withVocabularies(local.document, base.register))) : undefined;
    const failure = localFailure(local, result);
    if (failure || !result?.ok) {
      console.warn(`${PREFIX} could not use the local register at ${clip(where(key), 200)} (${clip(failure ?? '', 200)}); showing the others`);
      skipped.push(where(key));
      continue;
    }
    warnProblems(result.problems, `local register ${where(key)}`);
    problems.push(...result.problems);
    locals.push({ register: result.register, origin: where(key) });
  }
  const merged = mergeRegisters(base.register, locals);
  warnProblems(merged.problems, `registers ${keys.join(' ')}`);
  problems.push(...merged.problems);
  const { status, reason } = base;
  return deepFreeze({ register: merged.register, status, reason, problems, src: keys.join(' '), skipped });
}

/** The load remembered for `key`, or `start()`'s, remembered (and kept once done) while it is the one for `key`. */
function remember(key: string, start: () => Promise<LoadedRegister>): Promise<LoadedRegister> {
  let load = loads.get(key);
  if (!load) {
    const started: Promise<LoadedRegister> = start().then((loaded) => {
      // Kept only while this load is still the one remembered for the key.
      if (loads.get(key) === started) settled.set(key, loaded);
      return loaded;
    });
    loads.set(key, (load = started));
  }
  touch(key);
  return load;
}

/**
 * The register at `src` (resolved against the document), or the bundled one when there is no `src`.
 * Never rejects. Every call for the same absolute URL shares one request and gets the same object.
 * A `src` that is not an http(s) URL is not requested: it gives the bundled register as a fallback.
 *
 * A `src` naming several registers, separated by spaces, gives the first complete one with the local registers
 * merged in (`loadMerged`), in either order; every call for the same list shares one load and gets the same
 * object.
 */
export function loadRegister(src?: string | null, options: LoadOptions = {}): Promise<LoadedRegister> {
  const key = registerKey(src);
  if (!key) return Promise.resolve(bundledRegister());
  const keys = key.split(' ');
  if (keys.length > 1) return remember(key, () => loadMerged(keys, options));
  if (key.startsWith('invalid:')) {
    const text = key.slice('invalid:'.length);
    return remember(key, () => Promise.resolve(fallback(text, 'network', 'not an http(s) URL')));
  }
  return remember(key, () => fetchRegister(key, options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
}
