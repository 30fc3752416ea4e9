/**
 * The demo pages (demo/*.html) open without a console error and with no axe violation, and the
 * configurator builds a working snippet (its SRI hash is accepted by the browser, a wrong one is not).
 * Pages are served by test/server/partner.middleware.mjs at /__test/partner/demo/<page> with an error
 * recorder injected first; they load /src/index.ts as under `npm start`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, describeViolations, openUrl, runAxe, TAGS, type OpenedPage } from '../helpers/partner.js';
import { shadowText } from '../helpers/shadow.js';
import { painted, updated } from '../helpers/wait.js';

/** What test/partner/pages/page.js records with ?movement. */
interface Movement {
  max: number;
  element: string;
  /** "x,y" in the page. */
  from: string;
  to: string;
  frames: number;
  elements: number;
}

const PAGES = ['index.html', 'ngo.html', 'school.html', 'municipality.html', 'configurator.html'];

async function openDemo(page: string, query = '', width = 1280): Promise<OpenedPage> {
  const opened = await openUrl(`/__test/partner/demo/${page}${query}`, { width, height: 900 });
  const doc = opened.doc;
  if (page === 'configurator.html') {
    await waitUntil(() => doc.documentElement.dataset.ready === 'true', 'configurator not ready', { timeout: 15000 });
  }
  const elements = Array.from(doc.querySelectorAll(TAGS.join(', ')));
  for (const el of elements) {
    await waitUntil(() => shadowText(el).length > 0, `${el.localName} rendered nothing on ${page}`, { timeout: 15000 });
  }
  await updated(...elements);
  return opened;
}

describe('partner kit: demo pages', function () {
  this.timeout(60000);
  afterEach(closePages);

  for (const page of PAGES) {
    for (const width of [1280, 320]) {
      it(`${page} at ${width} px: renders, no console error, no axe violation`, async () => {
        const opened = await openDemo(page, '', width);
        const win = opened.win as unknown as { __partner: { errors: string[] } };
        expect(opened.doc.querySelectorAll(TAGS.join(', ')).length).to.be.greaterThan(0);
        const results = await runAxe(opened);
        expect(describeViolations(results), 'axe').to.deep.equal([]);
        expect(win.__partner.errors, 'console errors').to.deep.equal([]);
      });
    }
  }

  // The README's advice on every demo page: the script tag's blocking="render" (Chromium waits for the elements
  // before the first paint) and the reserve rules of demo/reserve-space.css (Firefox ignores blocking="render").
  // page.js (?movement) reads every host element's box in every animation frame from the first paint on.
  // The school page's compact banner is one line or two depending on the browser's text metrics at 1280 px: its
  // reserve sits between them, so the content below may move by less than that line in Firefox. The
  // configurator shows its form and preview once its script has built them (data-ready).
  const allowed: Record<string, number> = { 'school.html': 32 };
  for (const page of PAGES) {
    for (const width of [360, 1280]) {
      it(`${page} at ${width} px: the host content does not move from the first paint until the elements have settled`, async () => {
        // The configurator's ?bundle names the bundle it hashes: it loads /src/index.ts.
        const opened = await openDemo(page, page === 'configurator.html' ? '?movement' : '?bundle=dist&movement', width);
        await painted(opened.win);
        await painted(opened.win);
        const movement = (opened.win as unknown as { __partner: { movement: Movement } }).__partner.movement;
        expect(movement.frames, 'frames measured').to.be.greaterThan(1);
        expect(movement.elements, 'host elements measured').to.be.greaterThan(5);
        const moved = movement.max > (allowed[page] ?? 0) ? `${movement.element} moved ${movement.from}→${movement.to} px` : '';
        expect(moved, 'host content that moved').to.equal('');
      });
    }
  }

  it('the municipality page speaks Dutch and French side by side', async () => {
    const { doc } = await openDemo('municipality.html');
    const [nl, fr] = Array.from(doc.querySelectorAll('ogv-resource-finder'));
    expect((nl as unknown as { locale: string }).locale).to.equal('nl');
    expect((fr as unknown as { locale: string }).locale).to.equal('fr');
  });

  it('the configurator previews the chosen element and writes its snippet', async () => {
    const { doc, win } = await openDemo('configurator.html');
    const form = doc.getElementById('config') as HTMLFormElement;
    const snippet = () => doc.getElementById('snippet')!.textContent!;
    const choose = (name: string, value: string) => {
      const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
      input.click();
    };
    choose('element', 'ogv-helpline-banner');
    (form.elements.namedItem('lang') as HTMLSelectElement).value = 'fr';
    form.dispatchEvent(new win.Event('change'));
    choose('variant', 'compact');
    const noEmergency = form.querySelector<HTMLInputElement>('input[name="no-emergency"]')!;
    noEmergency.click();
    const bannerSnippet = '<ogv-helpline-banner lang="fr" variant="compact" no-emergency></ogv-helpline-banner>';
    await waitUntil(() => snippet().includes(bannerSnippet), 'snippet not written');
    expect(snippet()).to.include(bannerSnippet);
    const previewed = doc.querySelector('#preview ogv-helpline-banner')!;
    expect(previewed.getAttribute('variant')).to.equal('compact');
    await waitUntil(() => shadowText(previewed).includes('Lignes d’aide'), 'preview not in French');

    choose('element', 'all');
    form.querySelector<HTMLInputElement>('input[name="theme"]')!.click();
    await waitUntil(() => snippet().includes('--ogv-color-accent: #5b2a86;'), 'theme not in the snippet');
    expect(snippet()).to.match(/--ogv-color-accent: #5b2a86;/);
    expect(doc.querySelectorAll('#preview > *').length).to.equal(TAGS.length);
    expect(doc.querySelector<HTMLElement>('#preview ogv-quick-exit')!.getAttribute('shortcut')).to.equal('none');
    // The script tag as the README advises: render-blocking, so the elements are in place at the first paint.
    expect(snippet()).to.include('<script type="module" blocking="render" src="https://your-host.example/ogv-widgets/0.1.0/ogv-widgets.js"></script>');
    // Without a built bundle at /ogv-widgets.js there is no hash, and the page says how to get one.
    expect(snippet()).not.to.include('integrity=');
    expect(doc.getElementById('sri-status')!.textContent).to.match(/npm run build/);
  });

  it('the configurator offers every element of the list: its presets, preview and snippet', async () => {
    const { doc, win } = await openDemo('configurator.html');
    const form = doc.getElementById('config') as HTMLFormElement;
    for (const tag of TAGS) {
      const radio = form.querySelector<HTMLInputElement>(`input[name="element"][value="${tag}"]`);
      expect(radio, `no choice for <${tag}>`).not.to.equal(null);
      radio!.click();
      form.dispatchEvent(new win.Event('change'));
      expect(form.querySelector<HTMLFieldSetElement>(`fieldset[data-for="${tag}"]`)?.hidden, `presets of <${tag}>`).to.equal(false);
      expect(doc.getElementById('snippet')!.textContent).to.include(`<${tag}`);
      const previewed = doc.querySelector(`#preview > ${tag}`)!;
      await waitUntil(() => shadowText(previewed).length > 0, `<${tag}> not previewed`);
    }
    // The report path's presets: the steps it lists itself, and compact.
    for (const step of ['keep-evidence', 'ask-institute']) form.querySelector<HTMLInputElement>(`input[name="steps"][value="${step}"]`)!.click();
    form.querySelector<HTMLInputElement>('input[name="compact"]')!.click();
    form.dispatchEvent(new win.Event('change'));
    expect(doc.getElementById('snippet')!.textContent).to.include('<ogv-report-path steps="keep-evidence,ask-institute" compact></ogv-report-path>');
  });

  it('the configurator adds the SRI hash of a built bundle, and the browser accepts it', async () => {
    const { doc } = await openDemo('configurator.html', '?bundle=/dist/ogv-widgets.js');
    const integrity = doc.getElementById('sri-status')!.dataset.integrity!;
    expect(integrity).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(doc.getElementById('snippet')!.textContent).to.include(`integrity="${integrity}" crossorigin="anonymous"`);

    const load = (hash: string, copy: string) =>
      new Promise<string>((resolve) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.integrity = hash;
        script.crossOrigin = 'anonymous';
        script.addEventListener('load', () => resolve('loaded'), { once: true });
        script.addEventListener('error', () => resolve('refused'), { once: true });
        script.src = `/dist/ogv-widgets.js?sri=${copy}`;
        document.head.append(script);
      });
    expect(await load(integrity, 'right')).to.equal('loaded');
    const wrong = integrity.slice(0, 10) + (integrity[10] === 'A' ? 'B' : 'A') + integrity.slice(11);
    expect(await load(wrong, 'wrong')).to.equal('refused');
  });
});
