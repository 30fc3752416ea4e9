/**
 * Time to first results: bench/first-results.html preloads the bundle, then times from just before
 * `import('/dist/ogv-widgets.js')` to the first result in the finder's shadow DOM, with the embedded
 * register and with `src` on loopback.
 */
import { median, ms, p95, ratio, round } from '../lib/stats.mjs';
import { QUICK, row, section } from '../lib/report.mjs';

/** What "the finder's result list is rendered" means in its shadow DOM. */
const RESULT_SELECTOR = '[part~="result"], [part~="results"] li, ol li, ul li';

export async function measureFirstResults(browser, origin) {
  section('Time to first results (script evaluation start → first result in the finder’s shadow DOM)');
  const runs = QUICK ? 3 : 15;
  const out = {};
  for (const [label, src] of [
    ['embedded register', ''],
    ['src on loopback', '/register/register.json'],
  ]) {
    const fromScript = [];
    const fromNavigation = [];
    let failure;
    for (let r = 0; r < runs; r++) {
      const page = await browser.newPage();
      try {
        const query = new URLSearchParams({ selector: RESULT_SELECTOR, ...(src ? { src } : {}) });
        await page.goto(`${origin}/bench/first-results.html?${query}`, { waitUntil: 'load' });
        const t = await page.evaluate(() => window.__ttfr);
        fromScript.push(t.found - t.t0);
        fromNavigation.push(t.sinceNavigation);
      } catch (error) {
        failure = error.message;
      } finally {
        await page.close();
      }
    }
    if (!fromScript.length) {
      row(label, `n/a (${failure})`);
      continue;
    }
    out[label] = {
      runs: fromScript.length,
      medianFromScript: round(median(fromScript)),
      p95FromScript: round(p95(fromScript)),
      medianFromNavigation: round(median(fromNavigation)),
      p95FromNavigation: round(p95(fromNavigation)),
    };
    row(
      label,
      `${ms(median(fromScript), 1)} median, ${ms(p95(fromScript), 1)} p95`,
      `${fromScript.length} page loads; from navigation start ${ms(median(fromNavigation), 1)} median` +
        (label === 'embedded register' ? `; budget 100 ms (judged on p95): ${p95(fromScript) <= 100 ? 'met' : 'NOT met'}` : ''),
    );
  }
  if (out['embedded register'] && out['src on loopback']) {
    row('src / embedded', ratio(out['src on loopback'].medianFromScript, out['embedded register'].medianFromScript), 'medians, same run');
  }
  return out;
}
