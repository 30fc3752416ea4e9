/**
 * Events that leave an element: always `bubbles` and `composed`, so a partner page can listen on
 * `document`. Details never carry what a person typed.
 *
 * Each element's entry module declares its events in `HTMLElementEventMap` (with their `detail` types), so
 * `addEventListener('ogv-…', …)` is typed for partners; `emit()` accepts only those names and details.
 */

export interface EmitOptions {
  cancelable?: boolean;
}

/** The `ogv-*` events declared in `HTMLElementEventMap`. */
export type OgvEventName = Extract<keyof HTMLElementEventMap, `ogv-${string}`>;

/** The `detail` type of event `K`. */
export type OgvEventDetail<K extends OgvEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches `ogv-*` event `name` from `target` with `detail`; returns false if a listener cancelled it. */
export function emit<K extends OgvEventName>(
  target: EventTarget,
  name: K,
  detail: OgvEventDetail<K>,
  options: EmitOptions = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }),
  );
}
