/**
 * The shared design tokens (src/core/tokens.ts) as the four elements render them: with no theming, each shows the
 * same accent, corner radius and font, in the light and (where the page declares one) the dark colour scheme. A default written into one
 * element's styles makes this fail, and so does a default documented (@cssprop, custom-elements.json) that is
 * not the one rendered.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateOrSkip, resetMedia } from '../commands/media.js';
import '../../src/index.js';
import manifest from '../../custom-elements.json';

interface Look {
  accent: string;
  radius: string;
  font: string;
}

/** Each element's representative part: where its accent, its corner radius and its font show. */
const PARTS: Record<string, (root: ShadowRoot) => { accent: string; radius: Element | null; font: Element | null }> = {
  'ogv-helpline-banner': (root) => {
    const contact = root.querySelector('a[part~="contact"]');
    return { accent: contact ? getComputedStyle(contact).backgroundColor : '', radius: contact, font: contact };
  },
  'ogv-report-path': (root) => {
    const link = root.querySelector('a[part~="link"]');
    return { accent: link ? getComputedStyle(link).backgroundColor : '', radius: link, font: link };
  },
  'ogv-resource-finder': (root) => {
    const link = root.querySelector('[part~="result-title"] a');
    const search = root.querySelector('[part~="search"]');
    return { accent: link ? getComputedStyle(link).color : '', radius: search, font: search };
  },
  'ogv-quick-exit': (root) => {
    const link = root.querySelector('[part~="safety-link"]');
    const button = root.querySelector('[part~="button"]');
    return { accent: link ? getComputedStyle(link).color : '', radius: button, font: button };
  },
};

/**
 * The four elements, unthemed (or with `theme` on their parent, as a partner would set it), in a page set in `font`
 * (Courier; '' leaves the test page's own: the browser's default).
 */
async function looks(theme = '', font = "'Courier New', monospace"): Promise<Record<string, Look>> {
  const page = await fixture<HTMLElement>(html`<div lang="en" style="${font ? `font-family: ${font};` : ''} ${theme}">
    <ogv-quick-exit safety-href="https://example.org/browse-safely"></ogv-quick-exit>
    <ogv-helpline-banner></ogv-helpline-banner>
    <ogv-resource-finder></ogv-resource-finder>
    <ogv-report-path></ogv-report-path>
  </div>`);
  const read = () =>
    Object.fromEntries(
      Object.entries(PARTS).map(([tag, part]) => {
        const { accent, radius, font } = part(page.querySelector(tag)!.shadowRoot!);
        const look: Look = {
          accent,
          radius: radius ? getComputedStyle(radius).borderStartStartRadius : '',
          font: font ? getComputedStyle(font).fontFamily : '',
        };
        return [tag, look];
      }),
    );
  await waitUntil(() => Object.values(read()).every((look) => look.accent && look.radius && look.font), 'a part is missing');
  return read();
}

/** Every element's look equals the first one's (the message names the one that differs). */
function expectOneLook(all: Record<string, Look>): Look {
  const [first, ...rest] = Object.entries(all);
  for (const [tag, look] of rest) expect({ [tag]: look }).to.deep.equal({ [tag]: first[1] }, `${tag} differs from ${first[0]}`);
  return first[1];
}

describe('shared tokens: the four elements look like one product', () => {
  afterEach(() => resetMedia({ colorScheme: 'no-preference' }));

  it('render the same default accent, radius and font', async () => {
    const look = expectOneLook(await looks());
    expect(look.accent).to.equal('rgb(29, 79, 145)');
    expect(look.radius).to.equal('4px');
    expect(look.font).to.match(/Courier New/);
  });

  it('render the same default accent in the dark colour scheme, where the page opts in', async function () {
    await emulateOrSkip(this, { colorScheme: 'dark' });
    // A page that declares no colour scheme is light: the elements stay light with it.
    expect(expectOneLook(await looks()).accent).to.equal('rgb(29, 79, 145)');
    const look = expectOneLook(await looks('color-scheme: light dark'));
    expect(look.accent).to.equal('rgb(156, 195, 255)');
  });

  it('render the same dark accent where the page declares color-scheme: dark (any system scheme)', async () => {
    const look = expectOneLook(await looks('color-scheme: dark'));
    expect(look.accent).to.equal('rgb(156, 195, 255)');
  });

  it("use a system sans-serif, not the browser's default serif, where the page sets no font", async () => {
    const probe = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const span = probe.appendChild(document.createElement('span'));
    span.style.fontFamily = 'initial';
    const browserDefault = getComputedStyle(span).fontFamily;
    (probe.host as HTMLElement).remove();
    expect(getComputedStyle(document.body).fontFamily, 'the test page sets no font').to.equal(browserDefault);
    const look = expectOneLook(await looks('', ''));
    expect(look.font).to.not.equal(browserDefault);
    expect(look.font).to.equal('system-ui, sans-serif');
  });

  it('keep the default serif when the partner asks for it with --ogv-font-family', async () => {
    const look = expectOneLook(await looks('--ogv-font-family: serif', ''));
    expect(look.font).to.equal('serif');
  });

  it('all take the shared tokens a partner sets on an ancestor', async () => {
    const look = expectOneLook(await looks('--ogv-color-accent: rgb(0, 90, 0); --ogv-radius: 9px; --ogv-font-family: Georgia'));
    expect(look).to.deep.equal({ accent: 'rgb(0, 90, 0)', radius: '9px', font: 'Georgia' });
  });
});

/** The shared tokens and the private property each is read into (src/core/tokens.ts). */
const PRIVATE: Record<string, string> = {
  '--ogv-color-accent': '--_accent',
  '--ogv-color-text': '--_text',
  '--ogv-color-background': '--_bg',
  '--ogv-radius': '--_radius',
  '--ogv-space': '--_space',
};

interface ManifestElement {
  tagName?: string;
  cssProperties?: { name: string; default?: string }[];
}

describe('shared tokens: the documented defaults', () => {
  it('are the ones every element renders (custom-elements.json and the README tables)', async () => {
    const modules = manifest.modules as { declarations?: ManifestElement[] }[];
    const documented = modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName?.startsWith('ogv-'))
      .flatMap((d) => (d.cssProperties ?? []).filter((p) => p.name in PRIVATE).map((p) => ({ tag: d.tagName!, ...p })));
    expect(new Set(documented.map((p) => p.tag)).size).to.equal(4);
    const page = await fixture<HTMLElement>(html`<div lang="en">
      <ogv-quick-exit></ogv-quick-exit><ogv-helpline-banner></ogv-helpline-banner><ogv-resource-finder></ogv-resource-finder><ogv-report-path></ogv-report-path>
    </div>`);
    // A colour is compared as this (light) page shows it: the rendered value picks it with light-dark().
    const asShown = (value: string) => {
      if (!/^(#|rgb|light-dark)/.test(value)) return value;
      const probe = document.body.appendChild(document.createElement('i'));
      probe.style.color = value;
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    };
    const rendered = (tag: string, name: string) =>
      asShown(getComputedStyle(page.querySelector(tag)!).getPropertyValue(PRIVATE[name]).trim());
    for (const { tag, name, default: value } of documented) {
      expect(`${tag} ${name}: ${asShown(value!)}`).to.equal(`${tag} ${name}: ${rendered(tag, name)}`);
    }
  });
});

/** The box that paints an element's background: the host, or the first element inside that paints one. */
function paintedBox(host: Element): Element {
  const boxes = [host, ...host.shadowRoot!.querySelectorAll('*')];
  return boxes.find((el) => !/rgba\(.*, 0\)$|transparent/.test(getComputedStyle(el).backgroundColor))!;
}

describe('shared tokens: one look on a coloured page', () => {
  it('the banner, the finder and the report path each sit in a padded box, their heading clear of its edges', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en" style="background: rgb(243, 232, 255); padding: 8px">
      <ogv-helpline-banner></ogv-helpline-banner>
      <ogv-resource-finder></ogv-resource-finder>
      <ogv-report-path></ogv-report-path>
    </div>`);
    const looks: Record<string, { padding: string; radius: string; background: string }> = {};
    for (const tag of ['ogv-helpline-banner', 'ogv-resource-finder', 'ogv-report-path']) {
      const host = page.querySelector(tag)!;
      await waitUntil(() => host.shadowRoot?.querySelector('h2'), `${tag} has no heading`);
      const box = paintedBox(host);
      const heading = host.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
      const edge = box.getBoundingClientRect();
      const clear = Math.min(heading.left - edge.left, heading.top - edge.top, edge.right - heading.right);
      expect(clear, `${tag}: heading to the edge of its box`).to.be.at.least(12);
      const style = getComputedStyle(box);
      looks[tag] = { padding: style.paddingTop, radius: style.borderTopLeftRadius, background: style.backgroundColor };
    }
    expectOneLookOf(looks);
    expect(looks['ogv-report-path']).to.deep.equal({ padding: '16px', radius: '4px', background: 'rgb(255, 255, 255)' });
  });

  it("the README's theming example themes all four, and draws no curved lines on the finder's results", async () => {
    const readme = await (await fetch('/README.md')).text();
    const example = /A worked example[\s\S]*?```css\n([\s\S]*?)```/.exec(readme)![1]!;
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = example;
    try {
      const look = expectOneLook(await looks());
      expect(look.accent).to.equal('rgb(91, 42, 134)');
      expect(look.radius).to.equal('12px');
      const finder = document.querySelector('ogv-resource-finder')!;
      const results = [...finder.shadowRoot!.querySelectorAll('[part~="result"]')];
      expect(results.length, 'results shown').to.be.greaterThan(0);
      for (const result of results) expect(getComputedStyle(result).borderTopLeftRadius, 'a result card').to.equal('0px');
      // A ticked step's tint comes from the accent.
      const step = document.querySelector('ogv-report-path')!.shadowRoot!.querySelector('.step')!;
      expect(getComputedStyle(step).getPropertyValue('--_done-bg')).to.include('#5b2a86');
    } finally {
      style.remove();
    }
  });
});

function expectOneLookOf<T>(all: Record<string, T>): void {
  const [first, ...rest] = Object.entries(all);
  for (const [tag, look] of rest) expect({ [tag]: look }).to.deep.equal({ [tag]: first![1] }, `${tag} differs from ${first![0]}`);
}
