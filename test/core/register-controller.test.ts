/**
 * RegisterController and the fallback notice, in a small element built on OgvElement as the real
 * elements are: status transitions, one request shared by elements, and the notice in four languages.
 */
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import bundledJson from '../../register/register.json';
import { OgvElement, defineOnce } from '../../src/core/ogv-element.js';
import { bundledRegister, loadRegister } from '../../src/core/register.js';
import { RegisterController } from '../../src/core/register-controller.js';
import { noticeStyles, registerNotice } from '../../src/core/register-notice.js';
import { fresh, requestsFor, watchRequests } from '../helpers/requests.js';
import { captureWarnings } from '../helpers/console.js';

class OgvRegisterProbe extends OgvElement {
  static override properties = { src: { type: String } };
  static override styles = [noticeStyles];
  /** Register URL. */
  declare src: string | null;
  readonly register = new RegisterController(this, { timeoutMs: 1500 });
  /** The status at each render, in order. */
  readonly rendered: string[] = [];
  /** The status each willUpdate() saw (it runs before the controller's hostUpdate). */
  readonly willUpdateSaw: string[] = [];

  constructor() {
    super();
    this.src = null;
  }

  override willUpdate() {
    this.willUpdateSaw.push(this.register.status);
  }

  override render() {
    this.rendered.push(this.register.status);
    const loaded = this.register.loaded;
    return litHtml`${registerNotice(this.register)}
      <p>${loaded ? `${loaded.register.entries.length} entries` : 'Loading'}</p>`;
  }
}
defineOnce('ogv-register-probe', OgvRegisterProbe);

const GOOD = '/test/fixtures/registers/valid-small.json';
const MISSING = '/test/fixtures/registers/does-not-exist.json';

async function settled(el: OgvRegisterProbe): Promise<void> {
  await el.register.ready;
  await el.updateComplete;
}

const notice = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!;
const paragraph = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent!.trim();

// Captured and not printed: fallbacks warn on purpose here; register.test.ts checks the warnings.
captureWarnings();

describe('RegisterController', () => {
  it('with no src, is ready on the first render with the bundled register, without a request', async () => {
    const requests = watchRequests();
    const el = await fixture<OgvRegisterProbe>(html`<ogv-register-probe></ogv-register-probe>`);
    expect(el.rendered).to.deep.equal(['ready']);
    expect(el.willUpdateSaw).to.deep.equal(['ready']);
    expect(el.register.status).to.equal('ready');
    expect(el.register.loaded).to.equal(bundledRegister());
    expect(await el.register.ready).to.equal(bundledRegister());
    expect(paragraph(el)).to.equal(`${bundledJson.entries.length} entries`);
    expect(notice(el).textContent!.trim()).to.equal('');
    requests.stop();
    expect(requests.urls).to.deep.equal([]);
  });

  it('goes from loading to ready with a good src, with the notice region there from the start', async () => {
    const src = fresh(GOOD);
    const el = await fixture<OgvRegisterProbe>(html`<ogv-register-probe src=${src}></ogv-register-probe>`);
    expect(el.rendered[0]).to.equal('loading');
    expect(el.register.loaded).to.equal(undefined);
    expect(notice(el)).not.to.equal(null);
    expect(notice(el).getAttribute('part')).to.equal('notice');
    await settled(el);
    expect(el.register.status).to.equal('ready');
    expect(el.rendered.at(-1)).to.equal('ready');
    expect(paragraph(el)).to.equal('2 entries');
    expect(notice(el).textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('goes from loading to fallback on a 404 and says so, politely', async () => {
    const el = await fixture<OgvRegisterProbe>(
      html`<ogv-register-probe lang="en" src=${fresh(MISSING)}></ogv-register-probe>`,
    );
    expect(el.register.status).to.equal('loading');
    await settled(el);
    expect(el.register.status).to.equal('fallback');
    expect(el.register.loaded!.reason).to.equal('http');
    expect(el.rendered).to.deep.equal(['loading', 'fallback']);
    expect(paragraph(el)).to.equal(`${bundledJson.entries.length} entries`);
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${bundledJson.updated}T00:00:00Z`),
    );
    expect(notice(el).textContent!.trim()).to.equal(
      `The latest list could not be loaded. Showing the copy from ${date}.`,
    );
    expect(notice(el).getAttribute('role')).to.equal('status');
    expect(getComputedStyle(notice(el)).display).not.to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('says so in Dutch, French and German too, with the date in that language', async () => {
    const src = fresh(MISSING);
    const expected = {
      nl: ['De nieuwste lijst kon niet worden geladen. Je ziet de versie van ', 'nl-BE'],
      fr: ['La liste la plus récente n’a pas pu être chargée. Voici la version du ', 'fr-BE'],
      de: ['Die neueste Liste konnte nicht geladen werden. Angezeigt wird der Stand vom ', 'de-BE'],
    };
    for (const [lang, [sentence, tag]] of Object.entries(expected)) {
      const el = await fixture<OgvRegisterProbe>(html`<ogv-register-probe lang=${lang} src=${src}></ogv-register-probe>`);
      await settled(el);
      const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${bundledJson.updated}T00:00:00Z`),
      );
      expect(notice(el).textContent!.trim(), lang).to.equal(`${sentence}${date}.`);
    }
  });

  it('follows a change of lang after the fallback', async () => {
    const el = await fixture<OgvRegisterProbe>(html`<ogv-register-probe lang="nl" src=${fresh(MISSING)}></ogv-register-probe>`);
    await settled(el);
    expect(notice(el).textContent).to.include('De nieuwste lijst');
    el.setAttribute('lang', 'fr');
    await waitUntil(() => notice(el).textContent!.includes('La liste la plus récente'), 'the notice is not in French');
    expect(notice(el).textContent).to.include('La liste la plus récente');
  });

  it('shares one request between elements naming the same src, and one register object', async () => {
    const src = fresh(GOOD);
    const wrapper = fixtureSync(html`<div>
      <ogv-register-probe src=${src}></ogv-register-probe>
      <ogv-register-probe src=${new URL(src, document.baseURI).href}></ogv-register-probe>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll<OgvRegisterProbe>('ogv-register-probe')];
    await settled(a!);
    await settled(b!);
    expect(a!.register.loaded).to.equal(b!.register.loaded);
    expect(a!.register.loaded!.register).to.equal(b!.register.loaded!.register);
    // A third element, later, renders the finished register at once: no loading flash, no request.
    const c = await fixture<OgvRegisterProbe>(html`<ogv-register-probe src=${src}></ogv-register-probe>`);
    expect(c.rendered).to.deep.equal(['ready']);
    expect(c.willUpdateSaw).to.deep.equal(['ready']);
    expect(c.register.loaded).to.equal(a!.register.loaded);
    expect(await requestsFor(src)).to.have.length(1);
  });

  it('loads again when src changes, and the last src wins over a slower earlier one', async () => {
    const slow = fresh('/__test/echo?delay=600&body=%5B%5D');
    const good = fresh(GOOD);
    const el = await fixture<OgvRegisterProbe>(html`<ogv-register-probe src=${slow}></ogv-register-probe>`);
    el.src = good;
    await settled(el);
    expect(el.register.status).to.equal('ready');
    expect(el.register.loaded!.src).to.equal(new URL(good, document.baseURI).href);
    await loadRegister(slow); // the same request, one per URL: resolves once the slow one has answered (and failed)
    await el.updateComplete;
    expect(el.register.status).to.equal('ready');
    expect(paragraph(el)).to.equal('2 entries');
  });

  it('goes back to the bundled register when src is removed', async () => {
    const el = await fixture<OgvRegisterProbe>(html`<ogv-register-probe src=${fresh(MISSING)}></ogv-register-probe>`);
    await settled(el);
    expect(el.register.status).to.equal('fallback');
    el.src = null;
    await el.updateComplete;
    expect(el.register.status).to.equal('ready');
    expect(el.register.loaded).to.equal(bundledRegister());
    expect(notice(el).textContent!.trim()).to.equal('');
  });

  it('falls back after its time limit', async () => {
    const el = await fixture<OgvRegisterProbe>(
      html`<ogv-register-probe lang="en" src=${fresh('/__test/echo?delay=5000&body=%7B%7D')}></ogv-register-probe>`,
    );
    await settled(el);
    expect(el.register.status).to.equal('fallback');
    expect(el.register.loaded!.reason).to.equal('timeout');
    expect(notice(el).textContent).to.include('The latest list could not be loaded.');
  });
});
