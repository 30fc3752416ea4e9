/**
 * Layout shift while the widgets load: bench/partner.html, a partner page with every element (from
 * dist/ogv-widgets.js), CLS 1.5 s after load on a phone and a desktop viewport; with the two remedies of the
 * README (`blocking="render"`, the `:not(:defined)` rules) and each element alone; and the demo pages, served
 * with the built bundle (bench/lib/server.mjs). Every shift counts, also those Chromium marks as after recent
 * input: under phone emulation it marks the load's own shift so, which made a phone CLS of 0 an artefact.
 */
import { median, p95, round } from '../lib/stats.mjs';
import { QUICK, row, section } from '../lib/report.mjs';
import { ELEMENTS } from '../../src/elements.mjs';

const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const DESKTOP = { width: 1280, height: 800, deviceScaleFactor: 1 };
const DEMO_PAGES = ['index', 'ngo', 'municipality', 'school'];

/** Installed before a demo page's own scripts: every layout shift, as bench/partner.html records them. */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__shifts.push({ value: e.value, startTime: e.startTime, sources: (e.sources || []).map((s) => s.node?.nodeName ?? '?') });
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The page a variant loads. */
function variantUrl(origin, only) {
  if (only.startsWith('demo:')) return `${origin}/demo/${only.slice(5)}.html`;
  const query = !only ? '' : only.startsWith('ogv-') ? `?only=${only}` : `?${only}`;
  return `${origin}/bench/partner.html${query}`;
}

/** [label, viewport, variant of the page (see bench/lib/server.mjs) or one tag to keep, page loads]. */
export function layoutShiftVariants() {
  return [
    ['all elements, phone 390×844', PHONE, '', QUICK ? 2 : 5],
    ['all elements, desktop 1280×800', DESKTOP, '', QUICK ? 2 : 5],
    ['all elements, desktop, script blocking="render"', DESKTOP, 'blocking', QUICK ? 2 : 5],
    ['all elements, desktop, README :not(:defined) CSS', DESKTOP, 'reserve', QUICK ? 2 : 5],
    ['all elements, phone, README :not(:defined) CSS', PHONE, 'reserve', QUICK ? 2 : 5],
    ...ELEMENTS.map(({ tag, label }) => [`${label.toLowerCase()} alone, desktop`, DESKTOP, tag, QUICK ? 1 : 3]),
    ...DEMO_PAGES.flatMap((name) => [
      [`demo ${name}, phone`, PHONE, `demo:${name}`, QUICK ? 1 : 3],
      [`demo ${name}, desktop`, DESKTOP, `demo:${name}`, QUICK ? 1 : 3],
    ]),
  ];
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

export async function measureLayoutShift(browser, origin) {
  section('Layout shift while the widgets load (every shift; partner page and demo pages, dist/ogv-widgets.js, 1.5 s after load)');
  const out = {};
  for (const [label, viewport, only, runs] of layoutShiftVariants()) {
    const cls = [];
    const sources = new Set();
    for (let r = 0; r < runs; r++) {
      const page = await browser.newPage();
      try {
        await page.setViewport(viewport);
        if (only.startsWith('demo:')) await page.evaluateOnNewDocument(recordShifts);
        await page.goto(variantUrl(origin, only), { waitUntil: 'load' });
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const shifts = await page.evaluate(() => window.__shifts);
        cls.push(sessionCls(shifts));
        for (const s of shifts) for (const n of s.sources) sources.add(n);
      } finally {
        await page.close();
      }
    }
    out[label] = { runs, medianCls: round(median(cls), 4), p95Cls: round(p95(cls), 4), shiftedNodes: [...sources] };
    row(`CLS, ${label}`, `${median(cls).toFixed(3)} median, ${p95(cls).toFixed(3)} p95`, `${runs} loads; good ≤ 0.1${sources.size ? `; shift sources: ${[...sources].join(', ')}` : ''}`);
  }
  return out;
}
