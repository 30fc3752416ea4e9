/**
 * Guarantee: the widgets live with the host page. On a page with a hostile stylesheet (a reset,
 * `* { box-sizing: content-box !important }`, `!important` colours, `html { font-size: 62.5% }`, `all: unset`
 * on controls), they still render with ≥ 44 px targets and readable text; none of their CSS reaches the
 * host's elements; their text is in the host's font; and loading (with a report path and a finder whose register
 * arrives 800 ms late) shifts the layout by no more than 0.02 (cumulative layout shift).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, describeViolations, openPage, quickExitButton, reportPathTargets, runAxe, TAGS, type OpenedPage } from '../helpers/partner.js';
import { deepQueryAll } from '../helpers/shadow.js';
import { painted, updated, waitRendered } from '../helpers/wait.js';

const CONTROLS = 'button, select, textarea, input:not([type="checkbox"]):not([type="radio"])';

/** Elements inside the widgets' shadow roots that carry visible text of their own, or are controls. */
function textBearers(page: OpenedPage): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const tag of TAGS) {
    for (const el of deepQueryAll<HTMLElement>(page.doc.querySelector(tag)!.shadowRoot!, '*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 2 || rect.height <= 2) continue; // visually hidden or not shown
      const style = page.win.getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (ownText || el.matches(CONTROLS)) out.push(el);
    }
  }
  return out;
}

function label(el: Element): string {
  return `<${el.localName}${el.className ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
}

async function openHost(): Promise<OpenedPage> {
  const page = await openPage('host.html', { width: 1024, height: 900 });
  await waitRendered(page.doc);
  const finder = page.doc.querySelector('ogv-resource-finder') as HTMLElement & { status?: string };
  await waitUntil(() => finder.status === 'ready' || finder.status === 'fallback', 'finder register not loaded', {
    timeout: 8000,
  });
  await updated(finder);
  return page;
}

describe('partner kit: lives with the host page', function () {
  this.timeout(30000);
  afterEach(closePages);

  it('renders all four under a hostile stylesheet, quick exit ≥ 44 px, controls ≥ 44 px, text ≥ 12 px', async () => {
    const page = await openHost();
    const exit = quickExitButton(page.doc)!;
    const rect = exit.getBoundingClientRect();
    expect(rect.height, 'quick-exit height').to.be.at.least(44);
    expect(rect.width, 'quick-exit width').to.be.at.least(44);

    const small: string[] = [];
    const tiny: string[] = [];
    for (const el of textBearers(page)) {
      const size = parseFloat(page.win.getComputedStyle(el).fontSize);
      if (size < 12) tiny.push(`${label(el)} ${size}px`);
      if (el.matches('button, select, input:not([type="checkbox"]):not([type="radio"])')) {
        const r = el.getBoundingClientRect();
        if (r.height < 44 || r.width < 44) small.push(`${label(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    // The report path's own targets: its action links, the labels of its tick boxes, the summaries of its steps.
    const targets = reportPathTargets(page.doc);
    expect(targets.links.length, 'report path links').to.be.greaterThan(0);
    expect(targets.ticks.length, 'report path tick boxes').to.be.greaterThan(0);
    expect(targets.summaries.length, 'report path summaries').to.equal(targets.ticks.length);
    for (const el of [...targets.links, ...targets.ticks, ...targets.summaries]) {
      const r = el.getBoundingClientRect();
      if (r.height < 44 || r.width < 44) small.push(`${label(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    expect(tiny, 'text under 12 px').to.deep.equal([]);
    expect(small, 'targets under 44 px').to.deep.equal([]);
    expect(page.win.__partner.errors).to.deep.equal([]);
  });

  it('stays readable under !important host colours (axe colour contrast inside the widgets)', async () => {
    const page = await openHost();
    const results = await runAxe(
      page,
      { include: TAGS.map((tag) => [tag]) },
    );
    const contrast = { violations: results.violations.filter((v) => v.id === 'color-contrast') };
    expect(describeViolations(contrast as never)).to.deep.equal([]);
  });

  it('does not change a single computed style of the host page, nor add a stylesheet to it', async () => {
    const page = await openHost();
    const before = page.win.__partner.hostStylesBefore!;
    expect(Object.keys(before).length).to.be.greaterThan(10);
    expect(page.win.__hostStyles!()).to.deep.equal(before);
  });

  it("inherits the host's font family in every text and control", async () => {
    const page = await openHost();
    const hostFont = page.win.getComputedStyle(page.doc.body).fontFamily;
    expect(hostFont).to.match(/Georgia/);
    const other = textBearers(page)
      .filter((el) => page.win.getComputedStyle(el).fontFamily !== hostFont)
      .map((el) => `${label(el)}: ${page.win.getComputedStyle(el).fontFamily}`);
    expect(other, `elements not in ${hostFont}`).to.deep.equal([]);
  });

  for (const [page, width] of [
    ['host.html', 1024],
    ['cls.html', 1024],
    ['cls.html', 360],
  ] as const) {
    it(`${page} at ${width} px: layout shift after the widgets first render ≤ 0.02, register arriving 800 ms late`, async () => {
      const opened = await openPage(page, { width, height: 800 });
      const { win, doc } = opened;
      await waitRendered(doc);
      const finder = doc.querySelector('ogv-resource-finder') as HTMLElement & { status?: string };
      await waitUntil(() => finder.status === 'ready' || finder.status === 'fallback', 'register not loaded', { timeout: 8000 });
      // The finder's render with the register, painted: its shifts are observed and the text below it sampled.
      await updated(finder);
      await painted(win);
      const record = win.__partner as typeof win.__partner & { renderedAt?: number; paints?: string[]; paintCount(): number };
      record.paintCount = () => record.paints?.length ?? 0;
      await waitUntil(() => record.renderedAt !== undefined, 'first render not recorded');
      const from = record.renderedAt!;
      const viewport = { width: win.innerWidth, height: win.innerHeight };
      // Host text right below the finder: its moves after the first render, scored like a layout shift
      // (impact fraction × distance fraction), which Firefox can measure too.
      const height = doc.getElementById('after')!.getBoundingClientRect().height;
      const moves = record.sentinel.filter((s) => s.time >= from);
      let sentinelScore = 0;
      for (let i = 1; i < moves.length; i++) {
        const [a, b] = [moves[i - 1].top, moves[i].top];
        const visible = (top: number) => Math.max(0, Math.min(viewport.height, top + height) - Math.max(0, top));
        const impact = (Math.max(visible(a), 0) + Math.max(visible(b), 0)) / viewport.height;
        sentinelScore += Math.min(1, impact) * (Math.min(Math.abs(b - a), viewport.height) / Math.max(viewport.width, viewport.height));
      }
      const after = record.shifts.filter((s) => !s.hadRecentInput && s.time >= from);
      const cls = after.reduce((sum, s) => sum + s.value, 0);
      const total = record.shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
      console.log(
        `[partner] ${page} ${width}px: CLS after first render ${record.layoutShiftSupported ? cls.toFixed(4) : 'n/a'}, ` +
          `whole load ${record.layoutShiftSupported ? total.toFixed(4) : 'n/a'}; first render at ${from} ms; ` +
          `text below the finder at ${JSON.stringify(record.sentinel.map((s) => `${s.top}px@${s.time}ms`))}, score ${sentinelScore.toFixed(4)}; ` +
          `shifts ${JSON.stringify(record.shifts)}; runner tab ${document.visibilityState}, paints ${JSON.stringify(record.paints)}`,
      );
      // Layout shifts are only computed for a page that renders: WTR may run this file in a background tab.
      const rendering = document.visibilityState === 'visible' && record.shifts.length + record.paintCount() > 0;
      if (record.layoutShiftSupported && rendering) {
        expect(cls, 'cumulative layout shift after the first render').to.be.at.most(0.02);
      }
      expect(sentinelScore, 'layout shift of the host text below the finder').to.be.at.most(0.02);
    });
  }
});
