/**
 * Waiting for the state a test expects, never for a fixed time: elements rendered, their updates done.
 */
import { waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { TAGS } from '../../src/elements.mjs';
import { shadowText } from './shadow.js';

/** Resolves once each element has no update pending (an element that is not a Lit element is passed over). */
export async function updated(...elements: (Element | null | undefined)[]): Promise<void> {
  for (const el of elements) await (el as Partial<ReactiveElement> | null | undefined)?.updateComplete;
}

/** Waits until every element of `tags` in `doc` is defined, has rendered visible text and has no update pending. */
export async function waitRendered(doc: Document, tags: readonly string[] = TAGS, timeout = 10000): Promise<void> {
  for (const tag of tags) {
    const all = Array.from(doc.querySelectorAll(tag));
    if (!all.length) throw new Error(`no <${tag}> on the page`);
    for (const el of all) {
      await waitUntil(() => shadowText(el).length > 0, `<${tag}> rendered nothing`, { timeout });
      await updated(el);
    }
  }
}

/**
 * Resolves once `win` has produced the frame after the current one (two animation frames), so that layout
 * and what observers report of it are up to date. A page that is not painted (a runner tab in the background)
 * gets no animation frames: after `fallbackMs` a timer stands in, as in test/partner/pages/page.js.
 */
export function painted(win: Window = window, fallbackMs = 250): Promise<void> {
  return new Promise((resolve) => {
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve()));
    win.setTimeout(resolve, fallbackMs);
  });
}

/**
 * Resolves in a later task than the current one: not a wait for time, but for what the browser does when a
 * task ends (an iframe's load event is over once its task has ended, and only then is the frame
 * "completely loaded", so that a navigation adds a history entry instead of replacing the current one).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
