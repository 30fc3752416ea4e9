/**
 * Layout shift while the widgets load, counting every shift: bench/partner.html, a partner page with every
 * element (from dist/ogv-widgets.js), on a phone and a desktop viewport; with the two remedies of the README
 * (`blocking="render"`, the `:not(:defined)` rules of demo/reserve-space.css) and each element alone; and
 * every demo page as published (blocking="render" and the reserve rules) and without blocking="render" (as a
 * browser that ignores it loads the page), served with the built bundle (bench/lib/server.mjs).
 *
 * Two measures:
 * - CLS (Chromium's layout-shift entries, the largest session window), every shift counted, also those
 *   Chromium marks as after recent input: under phone emulation it marks the load's own shift so, which made a
 *   phone CLS of 0 an artefact.
 * - Movement, in Chromium and Firefox (which has no layout-shift entries): how far, in CSS px, the host's own
 *   content moved from where it was first drawn until 1.5 s after load (test/partner/pages/page.js, `?movement`,
 *   injected before the page's scripts; it reads every host element's box in every animation frame and keeps
 *   the largest distance of one that was on screen before or after). 0 px: nothing of the host page moved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import { median, p95, round } from '../lib/stats.mjs';
import { QUICK, ROOT, log, row, section } from '../lib/report.mjs';
import { ELEMENTS } from '../../src/elements.mjs';

const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const DESKTOP = { width: 1280, height: 800, deviceScaleFactor: 1 };
const DEMO_PAGES = ['index', 'ngo', 'municipality', 'school', 'configurator'];
/** Where the widgets have settled: 1.5 s after the load event. */
const SETTLE_MS = 1500;
/** The partner pages' recorder (errors, shifts and, with ?movement, the host content's movement). */
const RECORDER = readFileSync(join(ROOT, 'test', 'partner', 'pages', 'page.js'), 'utf8');

/** Installed before a page's own scripts: every layout shift, as bench/partner.html records them. */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__shifts.push({ value: e.value, startTime: e.startTime, sources: (e.sources || []).map((s) => s.node?.nodeName ?? '?') });
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The page a variant loads, with ?movement for the recorder. */
function variantUrl(origin, variant) {
  if (variant.startsWith('demo:')) {
    const [name, query] = variant.slice(5).split('?');
    return `${origin}/demo/${name}.html?movement${query ? `&${query}` : ''}`;
  }
  const query = !variant ? '' : variant.startsWith('ogv-') ? `&only=${variant}` : `&${variant}`;
  return `${origin}/bench/partner.html?movement${query}`;
}

const runs = (full) => (QUICK ? 1 : full);

/** [label, viewport, variant of the page (see bench/lib/server.mjs) or one tag to keep, page loads]. */
export function layoutShiftVariants() {
  return [
    ['all elements, phone 390×844', PHONE, '', runs(5)],
    ['all elements, desktop 1280×800', DESKTOP, '', runs(5)],
    ['all elements, desktop, script blocking="render"', DESKTOP, 'blocking', runs(5)],
    ['all elements, desktop, README :not(:defined) CSS', DESKTOP, 'reserve', runs(5)],
    ['all elements, phone, README :not(:defined) CSS', PHONE, 'reserve', runs(5)],
    ...ELEMENTS.map(({ tag, label }) => [`${label.toLowerCase()} alone, desktop`, DESKTOP, tag, runs(3)]),
    ...ELEMENTS.map(({ tag, label }) => [`${label.toLowerCase()} alone, desktop, README CSS`, DESKTOP, `reserve&only=${tag}`, runs(3)]),
    ...demoVariants(true),
  ];
}

/** The demo pages, phone and desktop; in Chromium also without blocking="render" (the reserve rules alone). */
function demoVariants(chromium) {
  return DEMO_PAGES.flatMap((name) =>
    [
      [`demo ${name}, phone`, PHONE, `demo:${name}`, runs(3)],
      [`demo ${name}, desktop`, DESKTOP, `demo:${name}`, runs(3)],
      ...(chromium
        ? [
            [`demo ${name}, phone, without blocking="render"`, PHONE, `demo:${name}?noblocking`, runs(3)],
            [`demo ${name}, desktop, without blocking="render"`, DESKTOP, `demo:${name}?noblocking`, runs(3)],
          ]
        : []),
    ],
  );
}

/** CLS: the largest session window (gaps < 1 s, windows ≤ 5 s). */
function sessionCls(shifts) {
  let best = 0;
  let current = 0;
  let first = 0;
  let last = 0;
  for (const s of shifts) {
    if (current && (s.startTime - last > 1000 || s.startTime - first > 5000)) {
      current = 0;
    }
    if (!current) first = s.startTime;
    current += s.value;
    last = s.startTime;
    best = Math.max(best, current);
  }
  return best;
}

/** One load of `url`: its shifts (Chromium) and the movement of the host content. */
async function loadOnce(browser, url, viewport, firefox) {
  const page = await browser.newPage();
  try {
    // Firefox (WebDriver BiDi) sets the size only: no phone emulation there.
    await page.setViewport(firefox ? { width: viewport.width, height: viewport.height } : viewport);
    // bench/partner.html records its shifts itself; the demo pages get the same recorder.
    if (url.includes('/demo/')) await page.evaluateOnNewDocument(recordShifts);
    await page.evaluateOnNewDocument(RECORDER);
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return await page.evaluate(() => ({
      shifts: (PerformanceObserver.supportedEntryTypes || []).includes('layout-shift') ? (window.__shifts ?? []) : null,
      movement: window.__partner?.movement ?? null,
    }));
  } finally {
    await page.close();
  }
}

async function measureIn(browser, origin, variants, firefox) {
  const out = {};
  for (const [label, viewport, variant, count] of variants) {
    const cls = [];
    const moved = [];
    const sources = new Set();
    const movers = new Set();
    for (let r = 0; r < count; r++) {
      const { shifts, movement } = await loadOnce(browser, variantUrl(origin, variant), viewport, firefox);
      if (shifts) {
        cls.push(sessionCls(shifts));
        for (const s of shifts) for (const n of s.sources) sources.add(n);
      }
      if (movement) {
        moved.push(movement.max);
        if (movement.max) movers.add(`${movement.element} from ${movement.from} to ${movement.to} at ${movement.time} ms`);
      }
    }
    const result = { runs: count, medianMovementPx: round(median(moved), 1), maxMovementPx: Math.max(...moved), movedElements: [...movers] };
    if (cls.length) Object.assign(result, { medianCls: round(median(cls), 4), p95Cls: round(p95(cls), 4), shiftedNodes: [...sources] });
    out[label] = result;
    const notes = [`${count} loads`];
    if (cls.length) notes.push('good CLS ≤ 0.1, target < 0.02');
    if (sources.size) notes.push(`shift sources: ${[...sources].join(', ')}`);
    if (movers.size) notes.push(`moved most: ${[...movers][0]}`);
    const value = [
      cls.length ? `CLS ${median(cls).toFixed(3)} median, ${p95(cls).toFixed(3)} p95` : '',
      `host content moved ${Math.max(...moved)} px`,
    ]
      .filter(Boolean)
      .join('; ');
    row(`${firefox ? 'Firefox' : 'Chromium'}, ${label}`, value, notes.join('; '));
  }
  return out;
}

export async function measureLayoutShift(browser, origin) {
  section(
    'Layout shift while the widgets load (every shift; partner page and demo pages, dist/ogv-widgets.js, until 1.5 s after load; ' +
      'movement: the largest distance the host content moved from where it was first drawn)',
  );
  const out = { chromium: await measureIn(browser, origin, layoutShiftVariants(), false) };
  // Firefox ignores blocking="render": the reserve rules are all that keeps its page still.
  let firefox;
  try {
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.OGV_FIREFOX ?? '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: { 'network.dns.disableIPv6': true },
    });
  } catch (error) {
    log(`layout shift: Firefox not measured (${error.message.split('\n')[0]})`);
    row('Firefox', 'not measured', `no Firefox ESR at ${process.env.OGV_FIREFOX ?? '/usr/bin/firefox-esr'}`);
    return out;
  }
  try {
    out.firefox = await measureIn(
      firefox,
      origin,
      [
        ['all elements, phone width 390×844', PHONE, '', runs(3)],
        ['all elements, desktop 1280×800', DESKTOP, '', runs(3)],
        ['all elements, phone width, README :not(:defined) CSS', PHONE, 'reserve', runs(3)],
        ['all elements, desktop, README :not(:defined) CSS', DESKTOP, 'reserve', runs(3)],
        ...demoVariants(false).map(([label, ...rest]) => [label.replace(', phone', ', phone width'), ...rest]),
      ],
      true,
    );
  } finally {
    await firefox.close();
  }
  return out;
}
