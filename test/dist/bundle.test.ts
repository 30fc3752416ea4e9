/**
 * The BUILT bundle (dist/ogv-widgets.js, made by `npm run build`) on a plain page with one script tag,
 * plus a second tag that loads a second copy of the module: every element renders, nothing throws.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS } from '../../src/elements.mjs';
import { bundledRegister } from '../../src/core/register.js';
import { loadFrame } from '../helpers/frames.js';
import { shadowText } from '../helpers/shadow.js';

async function loadPlainPage(): Promise<Window & { __errors: string[] }> {
  const frame = await loadFrame('/test/dist/plain-page.html');
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
    await waitUntil(() => shadowText(banner).includes('Hulplijnen'), 'banner not in Dutch');
    const count = `${bundledRegister().register.entries.length} ressources`;
    await waitUntil(() => shadowText(finder).includes(count), 'finder not in French');
    expect(shadowText(finder)).to.include('Rechercher des outils et publications');
  });
});
