/**
 * The partner-kit tests' pages: open a partner page (test/partner/pages/, served by
 * test/server/partner.middleware.mjs with the BUILT bundle from dist/) in an iframe, read the page's record
 * (page.js) and the server's request log, find the controls a person uses and use them, run axe inside the frame.
 */
import { waitUntil } from '@open-wc/testing';
import { TAGS } from '../../src/elements.mjs';
import { loadFrame } from './frames.js';
import { deepQueryAll, text } from './shadow.js';
import { updated } from './wait.js';

export { TAGS };
export type Tag = (typeof TAGS)[number];

export interface PartnerRecord {
  errors: string[];
  warnings: string[];
  violations: string[];
  shifts: { value: number; hadRecentInput: boolean; time: number }[];
  resources: string[];
  layoutShiftSupported: boolean;
  sentinel: { top: number; time: number }[];
  console: string[];
  events: string[];
  startUrl: string;
  startHistory: number;
  hostStylesBefore?: Record<string, string[]>;
}

export type PartnerWindow = Window &
  typeof globalThis & {
    __partner: PartnerRecord;
    __hostStyles?: () => Record<string, string[]>;
    axe?: { run: (context: unknown, options?: unknown) => Promise<AxeResults> };
  };

export interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
export interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: AxeNode[] }[];
}

export interface OpenedPage {
  frame: HTMLIFrameElement;
  win: PartnerWindow;
  doc: Document;
  token: string;
  /** What this page asked of the test server so far. */
  log(): Promise<{ requests: { method: string; url: string; referer: string }[]; reports: string[] }>;
}

let counter = 0;

/** A fresh token per page, so the server's log holds this page's requests only. */
export function newToken(): string {
  counter += 1;
  return `t${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 8)}`;
}

/** Opens test/partner/pages/<page> in an iframe `width` px wide; `query` e.g. `csp=strict&lang=nl`. */
export async function openPage(page: string, { width = 1024, height = 800, query = '' } = {}): Promise<OpenedPage> {
  const token = newToken();
  return openUrl(`/__test/partner/${token}/${page}${query ? `?${query}` : ''}`, { width, height, token });
}

/** Opens any URL of the test server in an iframe, in view; `token` names the server log (and the axe route). */
export async function openUrl(url: string, { width = 1024, height = 800, token = newToken() } = {}): Promise<OpenedPage> {
  const frame = await loadFrame(url, { width, height, inView: true });
  const win = frame.contentWindow as PartnerWindow;
  return {
    frame,
    win,
    doc: frame.contentDocument!,
    token,
    log: async () => (await fetch(`/__test/partner/log/${token}`)).json(),
  };
}

/** Removes every test frame (call in afterEach). */
export function closePages(): void {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}

/** The finder's search box, once the finder renders one. */
export function finderSearchBox(doc: Document): HTMLInputElement | undefined {
  const finder = doc.querySelector('ogv-resource-finder');
  if (!finder?.shadowRoot) return undefined;
  return deepQueryAll<HTMLInputElement>(finder.shadowRoot, 'input[type="search"]')[0];
}

/**
 * Waits until the finder on the page has settled: its live region announces the count it shows, which it does
 * once a person's typing or filtering has paused (and it has emitted `ogv-results-change`).
 */
export async function finderSettled(page: OpenedPage, timeout = 5000): Promise<void> {
  const shadow = page.doc.querySelector('ogv-resource-finder')!.shadowRoot!;
  const read = (selector: string) => text(shadow.querySelector(selector));
  await waitUntil(
    () => read('[role="status"][aria-live="polite"]') !== '' && read('[role="status"][aria-live="polite"]') === read('[part~="count"]'),
    'the finder did not announce its count',
    { timeout },
  );
  await updated(shadow.host);
}

/** The quick exit's button, once rendered. */
export function quickExitButton(doc: Document): HTMLElement | undefined {
  const exit = doc.querySelector('ogv-quick-exit');
  if (!exit?.shadowRoot) return undefined;
  return deepQueryAll<HTMLElement>(exit.shadowRoot, 'button, a[href]')[0];
}

/** Injects node_modules/axe-core into the frame (same-origin script, CSP-safe) and runs it on the page. */
export async function runAxe(page: OpenedPage, context: unknown = page.doc): Promise<AxeResults> {
  if (!page.win.axe) {
    const script = page.doc.createElement('script');
    const ready = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    script.src = `/__test/partner/${page.token}/axe.min.js`;
    page.doc.head.append(script);
    await ready;
  }
  return page.win.axe!.run(context, { resultTypes: ['violations'] });
}

/** axe violations as short readable lines, for assertion messages. */
export function describeViolations(results: AxeResults): string[] {
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 120)}`).join(' | ')}`,
  );
}

/** Adds a module script for `src` to the frame's document and waits for it to run. */
export async function addModuleScript(page: OpenedPage, src: string): Promise<void> {
  const script = page.doc.createElement('script');
  script.type = 'module';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} failed to load`)), { once: true });
  });
  script.src = src;
  page.doc.head.append(script);
  await loaded;
}

/** The report path's own tap targets (not those of the banner inside it): its links, tick-box labels and summaries. */
export function reportPathTargets(doc: Document): { links: HTMLElement[]; ticks: HTMLLabelElement[]; summaries: HTMLElement[] } {
  const root = doc.querySelector('ogv-report-path')?.shadowRoot;
  if (!root) return { links: [], ticks: [], summaries: [] };
  return {
    links: Array.from(root.querySelectorAll<HTMLElement>('a[href]')),
    ticks: Array.from(root.querySelectorAll<HTMLLabelElement>('label')).filter((l) => l.querySelector('input[type="checkbox"]')),
    summaries: Array.from(root.querySelectorAll<HTMLElement>('summary')),
  };
}

/**
 * Clicks the filters and every button of the finder and the banner, ticks off the report path's steps (by their
 * labels, as a person taps them) and opens and closes their details, and clicks the buttons of the banner inside
 * it (never a link: links leave the page).
 */
export async function useEverything(page: OpenedPage): Promise<number> {
  let used = 0;
  const finder = page.doc.querySelector('ogv-resource-finder')!;
  const banner = page.doc.querySelector('ogv-helpline-banner')!;
  const path = page.doc.querySelector('ogv-report-path')!;
  for (const box of deepQueryAll<HTMLInputElement>(finder.shadowRoot!, 'input[type="checkbox"], input[type="radio"]').slice(0, 4)) {
    box.click();
    used++;
    await updated(finder);
  }
  for (const select of deepQueryAll<HTMLSelectElement>(finder.shadowRoot!, 'select')) {
    if (select.options.length > 1) {
      select.selectedIndex = 1;
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      used++;
      await updated(finder);
    }
  }
  for (const host of [finder, banner, path]) {
    for (const button of deepQueryAll<HTMLElement>(host.shadowRoot!, 'button, summary')) {
      button.click();
      used++;
      await updated((button.getRootNode() as ShadowRoot).host);
    }
  }
  const { ticks, summaries } = reportPathTargets(page.doc);
  for (const tick of ticks.slice(0, 3)) {
    tick.click();
    used++;
    await updated(path);
  }
  // Each step's detail closed above; open them again.
  for (const summary of summaries) {
    summary.click();
    used++;
    await updated(path);
  }
  return used;
}
