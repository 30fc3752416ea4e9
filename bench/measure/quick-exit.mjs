/**
 * Quick exit: bench/quick-exit.html with dist/quick-exit.js and a loopback destination answered after
 * 300 ms. A real mouse click (CDP input); the click event's time against the navigation request's
 * `Network.requestWillBeSent` wall time; whether the overlay is open and sized when the click task ends;
 * Event Timing for click → next paint.
 */
import { median, ms, p95, round } from '../lib/stats.mjs';
import { QUICK, row, section } from '../lib/report.mjs';

/** One click on a fresh page: { latency, overlayOpen, nextPaint } (a figure may be undefined). */
async function clickOnce(browser, origin) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    const navigation = new Promise((resolve) =>
      cdp.on('Network.requestWillBeSent', (e) => {
        if (e.request.url.endsWith('/__exit') && e.type === 'Document') resolve(e.wallTime * 1000);
      }),
    );
    // The click's own task starts the navigation, so the page reports through bindings, not later reads.
    let onClick;
    let onTiming;
    const recorded = new Promise((resolve) => (onClick = resolve));
    const eventTiming = new Promise((resolve) => (onTiming = resolve));
    await page.exposeFunction('__benchClick', (data) => onClick(data));
    await page.exposeFunction('__benchEventTiming', (data) => onTiming(data));
    await page.goto(`${origin}/bench/quick-exit.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('ogv-quick-exit')?.shadowRoot?.querySelector('button'));
    const box = await page.evaluate(() => {
      const b = document.querySelector('ogv-quick-exit').shadowRoot.querySelector('button').getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    const requestEpoch = await Promise.race([navigation, new Promise((_, no) => setTimeout(() => no(new Error('no navigation within 5 s')), 5000))]);
    const click = await recorded;
    const timing = await Promise.race([eventTiming, new Promise((resolve) => setTimeout(() => resolve([]), 1000))]);
    return {
      latency: click ? requestEpoch - click.epochOfEvent : undefined,
      overlayOpen: Boolean(click?.overlayOpen),
      nextPaint: timing?.find((e) => e.name === 'click')?.duration,
    };
  } finally {
    await page.close();
  }
}

export async function measureQuickExit(browser, origin) {
  section('Quick exit (click event → navigation request; overlay state at the end of the click task)');
  const runs = QUICK ? 3 : 15;
  const latency = [];
  const nextPaint = [];
  let overlayInTask = 0;
  let failure;
  for (let r = 0; r < runs; r++) {
    try {
      const click = await clickOnce(browser, origin);
      if (click.latency !== undefined) {
        latency.push(click.latency);
        if (click.overlayOpen) overlayInTask++;
      }
      if (click.nextPaint !== undefined) nextPaint.push(click.nextPaint);
    } catch (error) {
      failure = error.message;
    }
  }
  if (!latency.length) {
    row('click → navigation request', `n/a (${failure ?? 'no click recorded'})`);
    return { failure };
  }
  row('click → navigation request', `${ms(median(latency))} median, ${ms(p95(latency))} p95`, `${latency.length} clicks (real mouse input via CDP; request time from Network.requestWillBeSent)`);
  row('overlay open and sized when the click task ends', `${overlayInTask}/${latency.length}`, 'so it is in the very next frame painted');
  row(
    'click → next paint (Event Timing)',
    nextPaint.length ? `${ms(median(nextPaint), 0)} median` : 'n/a',
    nextPaint.length ? 'Event Timing durations are rounded to 8 ms' : 'no event-timing entry (the page navigated first)',
  );
  return {
    runs: latency.length,
    medianMs: round(median(latency)),
    p95Ms: round(p95(latency)),
    overlayOpenAtEndOfClickTask: `${overlayInTask}/${latency.length}`,
    clickToNextPaintMedianMs: nextPaint.length ? round(median(nextPaint)) : null,
  };
}
