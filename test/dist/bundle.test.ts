/**
 * The BUILT bundle (dist/ogv-widgets.js, made by `npm run build`) on a plain page with one script tag,
 * plus a second tag that loads a second copy of the module: every element renders, nothing throws.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS } from '../../src/elements.mjs';

async function loadPlainPage(): Promise<Window & { __errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '768px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/dist/plain-page.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __errors: string[] };
  await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'elements not defined', { timeout: 10000 });
  return win;
}

describe('dist/ogv-widgets.js on a plain page', () => {
  it('defines and renders every element, loaded twice without an error', async () => {
    const win = await loadPlainPage();
    for (const tag of TAGS) {
      const el = win.document.querySelector(tag)!;
      await waitUntil(() => el.shadowRoot && el.shadowRoot.textContent!.trim().length > 0, `${tag} rendered nothing`);
    }
    // Two module URLs: the second copy evaluated too, and its guarded defines threw nothing.
    const scripts = win.performance.getEntriesByType('resource').filter((r) => r.name.includes('/dist/ogv-widgets.js'));
    expect(scripts.length).to.equal(2);
    expect(win.__errors).to.deep.equal([]);
  });

  it('renders each element in its own language', async () => {
    const win = await loadPlainPage();
    const banner = win.document.querySelector('ogv-helpline-banner')!;
    const finder = win.document.querySelector('ogv-resource-finder')!;
    await waitUntil(() => banner.shadowRoot?.textContent?.includes('Hulplijn'), 'banner not in Dutch');
    await waitUntil(() => /ressources|aide/i.test(finder.shadowRoot?.textContent ?? ''), 'finder not in French');
  });
});
