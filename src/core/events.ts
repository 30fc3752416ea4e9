/**
 * Events that leave an element: always `bubbles` and `composed`, so a partner page can listen on
 * `document`. Details never carry what a person typed.
 */

export interface EmitOptions {
  cancelable?: boolean;
}

/** Dispatches `ogv-*` event `name` from `target` with `detail`; returns false if a listener cancelled it. */
export function emit<T>(target: EventTarget, name: `ogv-${string}`, detail: T, options: EmitOptions = {}): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }),
  );
}
