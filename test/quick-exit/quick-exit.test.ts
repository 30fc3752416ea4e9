/**
 * <ogv-quick-exit> in the browser: what a person sees and hears, the shortcut paths, what leaves the page.
 * Navigation is stubbed on the prototype (a safety net: the test page must never leave); real navigation,
 * Referer and history are in navigation.test.ts.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMedia, emulateOrSkip } from '../commands/media.js';
import { declareScheme } from '../helpers/scheme.js';
import '../../src/quick-exit/index.js';
import { DEFAULT_QUICK_EXIT_HREF, OgvQuickExit, type QuickExitDetail } from '../../src/quick-exit/quick-exit.js';

interface Navigation {
  element: OgvQuickExit;
  url: string;
  /** The page as it was at the moment of navigating. */
  state: { overlayOpen: boolean; modal: boolean; title: string; alert: string; noReferrer: boolean; events: number };
}

const navigations: Navigation[] = [];
const events: CustomEvent<QuickExitDetail>[] = [];
const onEvent = (e: Event) => events.push(e as CustomEvent<QuickExitDetail>);
const isFirefox = navigator.userAgent.includes('Firefox');

const dialogOf = (el: OgvQuickExit) => el.shadowRoot!.querySelector('dialog')!;
const alertOf = (el: OgvQuickExit) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
const statusOf = (el: OgvQuickExit) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
const buttonOf = (el: OgvQuickExit) => el.shadowRoot!.querySelector('button')!;
const nameOf = (el: OgvQuickExit) => buttonOf(el).textContent!.replace(/\s+/g, ' ').trim();
const visibleLabelOf = (el: OgvQuickExit) => {
  const label = buttonOf(el).querySelector('.label')!.cloneNode(true) as HTMLElement;
  label.querySelector('.visually-hidden')?.remove();
  return label.textContent!.replace(/\s+/g, ' ').trim();
};

// Safety net and observation point: no instance in this file ever navigates the test page.
const proto = OgvQuickExit.prototype as unknown as { navigate(url: string): void };
proto.navigate = function (this: OgvQuickExit, url: string) {
  const dialog = dialogOf(this);
  navigations.push({
    element: this,
    url,
    state: {
      overlayOpen: dialog.open,
      modal: dialog.matches(':modal'),
      title: document.title,
      alert: alertOf(this).textContent ?? '',
      noReferrer: !!document.head.querySelector('meta[name="referrer"][content="no-referrer"]'),
      events: events.length,
    },
  });
};

/** What the back/forward cache does when the page comes back. */
const comeBack = () => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));

const shift = async (times = 1, key = 'Shift') => {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
};

const TITLE = 'Quick exit tests';

beforeEach(() => {
  navigations.length = 0;
  events.length = 0;
  document.title = TITLE;
  document.addEventListener('ogv-quick-exit', onEvent);
  // Blur what a test focused, never <body>: in Firefox that takes focus from the window, and keyboard tests
  // in later files of the run then receive no keys.
  const focused = document.activeElement as HTMLElement | null;
  if (focused && focused !== document.body) focused.blur();
});

afterEach(async () => {
  document.removeEventListener('ogv-quick-exit', onEvent);
  comeBack(); // resets the page-wide "leaving" flag, overlay and counters
  document.title = TITLE;
  await setViewport({ width: 800, height: 600 });
});

describe('<ogv-quick-exit> button', () => {
  const LANGS = {
    en: ['Emergency: Leave this page', 'Leave this page'],
    nl: ['Noodgeval: Verlaat deze pagina', 'Verlaat deze pagina'],
    fr: ['Urgence : Quitter cette page', 'Quitter cette page'],
    de: ['Notfall: Diese Seite verlassen', 'Diese Seite verlassen'],
  } as const;

  const HINTS = {
    en: 'Shortcut: press Shift 3 times',
    nl: 'Sneltoets: druk 3 keer op Shift',
    fr: 'Raccourci : appuyez 3 fois sur Maj (Shift)',
    de: 'Tastenkürzel: 3-mal die Umschalttaste drücken',
  };

  for (const [lang, [name, visible]] of Object.entries(LANGS)) {
    it(`is labelled in ${lang}, with a visually hidden "emergency" prefix`, async () => {
      const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit lang=${lang}></ogv-quick-exit>`);
      expect(nameOf(el)).to.equal(name);
      expect(visibleLabelOf(el)).to.equal(visible);
      const prefix = buttonOf(el).querySelector('.visually-hidden')!;
      expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
      const hint = el.shadowRoot!.getElementById(buttonOf(el).getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.equal(HINTS[lang as keyof typeof HINTS]);
      await expect(el).to.be.accessible();
    });
  }

  it('follows a change of lang', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit lang="nl"></ogv-quick-exit>`);
    el.setAttribute('lang', 'fr');
    await waitUntil(() => visibleLabelOf(el) === 'Quitter cette page', 'not in French after the lang change');
    expect(visibleLabelOf(el)).to.equal('Quitter cette page');
  });

  it('is axe clean with a safety link, in every position, and while leaving', async () => {
    for (const position of ['sticky-top', 'fixed-bottom-end', 'inline']) {
      const el = await fixture<OgvQuickExit>(
        html`<ogv-quick-exit position=${position} safety-href="https://example.org/safe"></ogv-quick-exit>`,
      );
      await expect(el).to.be.accessible();
    }
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    buttonOf(el).click();
    await expect(el).to.be.accessible();
    // Close the modal cover before the fixture is removed: removing an open modal <dialog> leaves headless
    // Firefox's window without focus, and keyboard tests in later files then receive no key presses.
    comeBack();
  });
});

describe('<ogv-quick-exit> leaving on click', () => {
  it('covers the page, blanks the title, announces, fires the event and navigates, all in the same task', async () => {
    const wrapper = await fixture(html`<div>
      <button id="outside">Partner button</button>
      <ogv-quick-exit href="https://example.org/weather"></ogv-quick-exit>
    </div>`);
    const el = wrapper.querySelector<OgvQuickExit>('ogv-quick-exit')!;
    buttonOf(el).click();
    // No await before these: everything happened synchronously inside the click.
    expect(navigations.length).to.equal(1);
    const [nav] = navigations;
    expect(nav.url).to.equal('https://example.org/weather');
    expect(nav.state).to.deep.equal({
      overlayOpen: true,
      modal: true,
      title: '',
      alert: 'Loading…',
      noReferrer: true,
      events: 1,
    });
    expect(events[0].detail).to.deep.equal({ trigger: 'click' });
    expect(Object.keys(events[0].detail)).to.deep.equal(['trigger']);
    expect(events[0].bubbles).to.equal(true);
    expect(events[0].composed).to.equal(true);
    expect(events[0].cancelable).to.equal(false);

    // The cover hides and blocks everything else.
    await nextFrame();
    const outside = wrapper.querySelector<HTMLButtonElement>('#outside')!;
    outside.focus();
    expect(document.activeElement).to.not.equal(outside);
    const r = outside.getBoundingClientRect();
    expect(document.elementFromPoint(r.left + 2, r.top + 2)).to.equal(el);
    const overlay = dialogOf(el).getBoundingClientRect();
    expect(overlay.width).to.equal(window.innerWidth);
    expect(overlay.height).to.equal(window.innerHeight);
    // Escape does not uncover the page while it is leaving.
    await sendKeys({ press: 'Escape' });
    expect(dialogOf(el).open).to.equal(true);
  });

  // Someone looking over the shoulder reads the cover: it says nothing about leaving, in any language.
  for (const [lang, word] of [
    ['en', 'Loading…'],
    ['nl', 'Laden…'],
    ['fr', 'Chargement…'],
    ['de', 'Wird geladen…'],
  ] as const) {
    it(`shows and announces a neutral word while leaving, never "leaving" (${lang})`, async () => {
      const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit lang=${lang}></ogv-quick-exit>`);
      buttonOf(el).click();
      const shown = dialogOf(el).textContent!.trim();
      expect(shown).to.equal(word);
      expect(alertOf(el).textContent).to.equal(word);
      expect(shown).to.not.match(/leav|exit|verla|quitt|ferm|sorti|verlass|schlie/i);
      comeBack();
    });
  }

  it('navigates once, however many clicks and shortcuts arrive', async () => {
    const wrapper = await fixture(html`<div><ogv-quick-exit></ogv-quick-exit><ogv-quick-exit></ogv-quick-exit></div>`);
    const [a, b] = wrapper.querySelectorAll<OgvQuickExit>('ogv-quick-exit');
    for (let i = 0; i < 5; i++) {
      buttonOf(a).click();
      buttonOf(b).click();
      a.leave('shortcut');
    }
    await shift(3);
    expect(navigations.length).to.equal(1);
    expect(events.length).to.equal(1);
  });

  it('writes nothing to cookies or storage and clears none of the partner’s', async () => {
    sessionStorage.setItem('partner-session', 'kept');
    localStorage.setItem('partner-local', 'kept');
    const before = [document.cookie, sessionStorage.length, localStorage.length];
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    await shift(1);
    buttonOf(el).click();
    comeBack();
    expect([document.cookie, sessionStorage.length, localStorage.length]).to.deep.equal(before);
    expect(sessionStorage.getItem('partner-session')).to.equal('kept');
    expect(localStorage.getItem('partner-local')).to.equal('kept');
    sessionStorage.removeItem('partner-session');
    localStorage.removeItem('partner-local');
  });
});

describe('<ogv-quick-exit> href', () => {
  let warnings: unknown[][];
  let warn: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('defaults to a neutral site: the Belgian weather service', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    expect(DEFAULT_QUICK_EXIT_HREF).to.equal('https://www.meteo.be/');
    buttonOf(el).click();
    expect(navigations[0].url).to.equal('https://www.meteo.be/');
    expect(warnings).to.deep.equal([]);
  });

  it('accepts http and https', async () => {
    for (const href of ['https://example.org/a?b=c', 'http://example.org/']) {
      const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit href=${href}></ogv-quick-exit>`);
      expect(el.destination).to.equal(href);
    }
    expect(warnings).to.deep.equal([]);
  });

  it('refuses anything else with a console warning, and uses the default', async () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'ftp://example.org/', '']) {
      warnings.length = 0;
      const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit href=${href}></ogv-quick-exit>`);
      expect(el.destination, href).to.equal(DEFAULT_QUICK_EXIT_HREF);
      expect(warnings.length, href).to.equal(1);
      expect(String(warnings[0][0])).to.include('href');
    }
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit href="javascript:alert(1)"></ogv-quick-exit>`);
    buttonOf(el).click();
    expect(navigations[0].url).to.equal(DEFAULT_QUICK_EXIT_HREF);
  });

  it('without href, uses the fallback link’s http(s) href', async () => {
    const el = await fixture<OgvQuickExit>(
      html`<ogv-quick-exit><a href="https://example.org/fallback">Leave this site</a></ogv-quick-exit>`,
    );
    expect(el.destination).to.equal('https://example.org/fallback');
  });
});

describe('<ogv-quick-exit> fallback link once upgraded', () => {
  it('is not rendered: the button is the one control', async () => {
    const wrapper = await fixture(html`<div>
      <button id="before">Before</button>
      <ogv-quick-exit><a href="https://example.org/">Leave this site</a></ogv-quick-exit>
      <button id="after">After</button>
    </div>`);
    const el = wrapper.querySelector<OgvQuickExit>('ogv-quick-exit')!;
    const link = el.querySelector('a')!;
    expect(link.getClientRects().length).to.equal(0);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttonOf(el));
    // The next Tab skips the partner's link. (A focusable element after it keeps focus in the page: tabbing
    // out of the document would take focus from headless Firefox's window for the rest of the run.)
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.not.equal(link);
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
  });
});

describe('<ogv-quick-exit> safety-href', () => {
  it('renders a small http(s) link next to the button', async () => {
    const el = await fixture<OgvQuickExit>(
      html`<ogv-quick-exit lang="nl" safety-href="https://example.org/veilig"></ogv-quick-exit>`,
    );
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="safety-link"]')!;
    expect(link.href).to.equal('https://example.org/veilig');
    expect(link.textContent).to.equal('Veilig surfen');
    expect(link.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('renders nothing for another scheme', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit safety-href="javascript:alert(1)"></ogv-quick-exit>`);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('resolves a relative address against the page, as partners write it', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit safety-href="/browse-safely"></ogv-quick-exit>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="safety-link"]')!;
    expect(link.getAttribute('href')).to.equal(new URL('/browse-safely', document.baseURI).href);
  });
});

describe('<ogv-quick-exit> Shift three times', () => {
  it('leaves after three presses, announcing progress politely', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    await shift();
    expect(statusOf(el).textContent).to.equal('Press Shift 2 more times to leave this page');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.indicator .on').length).to.equal(1);
    await shift();
    expect(statusOf(el).textContent).to.equal('Press Shift 1 more time to leave this page');
    expect(navigations.length).to.equal(0);
    await shift();
    expect(navigations.length).to.equal(1);
    expect(events[0].detail).to.deep.equal({ trigger: 'shortcut' });
    expect(navigations[0].state.overlayOpen).to.equal(true);
    expect(statusOf(el).textContent).to.equal('');
  });

  it('keeps its count to itself: no progress property or attribute', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    await shift();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.indicator .on').length).to.equal(1);
    expect('progress' in el).to.equal(false);
    expect(el.hasAttribute('progress')).to.equal(false);
    expect(OgvQuickExit.observedAttributes).to.deep.equal(['href', 'shortcut', 'position', 'safety-href']);
    await sendKeys({ press: 'a' });
  });

  it('announces progress in the element language (plural forms)', async () => {
    const expected = {
      nl: ['Druk nog 2 keer op Shift om deze pagina te verlaten', 'Druk nog 1 keer op Shift om deze pagina te verlaten'],
      fr: [
        'Appuyez encore 2 fois sur Maj (Shift) pour quitter cette page',
        'Appuyez encore 1 fois sur Maj (Shift) pour quitter cette page',
      ],
      de: [
        'Drücken Sie noch 2-mal die Umschalttaste, um diese Seite zu verlassen',
        'Drücken Sie noch 1-mal die Umschalttaste, um diese Seite zu verlassen',
      ],
    };
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    for (const [lang, [two, one]] of Object.entries(expected)) {
      el.setAttribute('lang', lang);
      await waitUntil(() => el.locale === lang, `not in ${lang} after the lang change`);
      await el.updateComplete;
      await shift();
      expect(statusOf(el).textContent).to.equal(two);
      await shift();
      expect(statusOf(el).textContent).to.equal(one);
      await sendKeys({ press: 'a' }); // reset before the next language
    }
    expect(navigations.length).to.equal(0);
  });

  it('counts both Shift keys', async () => {
    await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    await shift(1, 'ShiftRight');
    await shift(1, 'ShiftLeft');
    expect(navigations.length).to.equal(0);
    await shift(1, 'ShiftRight');
    expect(navigations.length).to.equal(1);
  });

  it('counts both Shift keys held together as one press', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    await sendKeys({ down: 'ShiftLeft' });
    await sendKeys({ down: 'ShiftRight' });
    await sendKeys({ up: 'ShiftRight' });
    await sendKeys({ up: 'ShiftLeft' }); // Firefox drops this keyup; the next press still counts
    expect(statusOf(el).textContent).to.equal('Press Shift 2 more times to leave this page');
    await shift(1, 'ShiftLeft');
    expect(navigations.length).to.equal(0);
    await shift(1, 'ShiftLeft');
    expect(navigations.length).to.equal(1);
  });

  it('does not count Shift used with another key (typing capitals, Shift+Tab)', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    for (const key of ['KeyA', 'KeyB', 'Tab']) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: key });
      await sendKeys({ up: 'Shift' });
    }
    expect(statusOf(el).textContent).to.equal('');
    await shift(2);
    expect(navigations.length).to.equal(0);
    expect(statusOf(el).textContent).to.equal('Press Shift 1 more time to leave this page');
  });

  it('does not count Shift with Ctrl or Alt held', async () => {
    await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    for (const modifier of ['Control', 'Alt']) {
      await sendKeys({ down: modifier });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ up: modifier });
    }
    await shift(2);
    expect(navigations.length).to.equal(0);
  });

  it('resets on any other key, and says so', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit lang="nl"></ogv-quick-exit>`);
    await shift(2);
    await sendKeys({ press: 'ArrowDown' });
    expect(statusOf(el).textContent).to.equal('Sneltoets geannuleerd');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLElement>('.indicator')!.hidden).to.equal(true);
    await shift(2);
    expect(navigations.length).to.equal(0);
    await shift();
    expect(navigations.length).to.equal(1);
  });

  it('does not count presses during IME composition', async () => {
    await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    const press = (isComposing: boolean) => {
      for (const type of ['keydown', 'keyup']) {
        document.body.dispatchEvent(
          new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft', isComposing, bubbles: true, composed: true }),
        );
      }
    };
    press(true);
    press(true);
    press(true);
    expect(navigations.length).to.equal(0);
    // Control: the same synthetic presses outside composition do leave.
    press(false);
    press(false);
    press(false);
    expect(navigations.length).to.equal(1);
  });

  it('expires 5 s after the last press, and announces it', async function (this: Mocha.Context) {
    this.timeout(20000);
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    await shift();
    // About time itself: the second press comes late in the 5 s window, which the element must still count.
    await new Promise((r) => setTimeout(r, 4000));
    await shift(); // within 5 s of the previous: counts
    expect(statusOf(el).textContent).to.equal('Press Shift 1 more time to leave this page');
    await waitUntil(() => statusOf(el).textContent === 'Shortcut cancelled', 'no expiry announcement', {
      timeout: 6000,
      interval: 100,
    });
    await shift(2);
    expect(navigations.length).to.equal(0);
  });

  it('is off with shortcut="none" (the button still works)', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit shortcut="none"></ogv-quick-exit>`);
    await shift(3);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(statusOf(el).textContent).to.equal('');
    expect(navigations.length).to.equal(0);
    expect(buttonOf(el).hasAttribute('aria-describedby')).to.equal(false);
    buttonOf(el).click();
    expect(navigations.length).to.equal(1);
  });
});

describe('<ogv-quick-exit shortcut="escape-twice">', () => {
  it('leaves on Escape twice within 1 s, and not on Shift', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit shortcut="escape-twice"></ogv-quick-exit>`);
    const hint = el.shadowRoot!.getElementById(buttonOf(el).getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal('Shortcut: press Escape twice');
    await shift(3);
    expect(navigations.length).to.equal(0);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(navigations.length).to.equal(1);
    expect(events[0].detail.trigger).to.equal('shortcut');
  });

  it('does not leave when the presses are more than 1 s apart or another key comes between', async () => {
    await fixture<OgvQuickExit>(html`<ogv-quick-exit shortcut="escape-twice"></ogv-quick-exit>`);
    await sendKeys({ press: 'Escape' });
    // About time itself: the next press comes after the 1 s window has closed.
    await new Promise((r) => setTimeout(r, 1200));
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'KeyX' });
    await sendKeys({ press: 'Escape' });
    expect(navigations.length).to.equal(0);
  });
});

describe('<ogv-quick-exit> two instances', () => {
  it('share one key listener; the first one speaks and leaves', async () => {
    const added: string[] = [];
    const original = document.addEventListener;
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      if (type === 'keydown' || type === 'keyup') added.push(type);
      return (original as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.addEventListener;
    let wrapper: Element;
    try {
      wrapper = await fixture(html`<div>
        <ogv-quick-exit id="a" href="https://example.org/a"></ogv-quick-exit>
        <ogv-quick-exit id="b" href="https://example.org/b" position="fixed-bottom-end"></ogv-quick-exit>
      </div>`);
    } finally {
      document.addEventListener = original;
    }
    expect(added).to.deep.equal(['keydown', 'keyup']);
    const [a, b] = wrapper.querySelectorAll<OgvQuickExit>('ogv-quick-exit');
    await shift(2);
    expect(statusOf(a).textContent).to.equal('Press Shift 1 more time to leave this page');
    expect(statusOf(b).textContent).to.equal('');
    await shift();
    expect(navigations.map((n) => [n.element.id, n.url])).to.deep.equal([['a', 'https://example.org/a']]);
    expect(events.length).to.equal(1);
  });
});

describe('<ogv-quick-exit> back from the back/forward cache', () => {
  it('restores a clean page: no overlay, the title back, no stale count or announcement', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    await shift(1);
    buttonOf(el).click();
    await shift(1); // while leaving: ignored, but the count must not survive
    expect(document.title).to.equal('');
    expect(dialogOf(el).open).to.equal(true);

    comeBack();
    expect(dialogOf(el).open).to.equal(false);
    expect(document.title).to.equal(TITLE);
    expect(alertOf(el).textContent).to.equal('');
    expect(statusOf(el).textContent).to.equal('');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLElement>('.indicator')!.hidden).to.equal(true);
    const r = buttonOf(el).getBoundingClientRect();
    expect(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)).to.equal(el);

    await shift(2);
    expect(navigations.length).to.equal(1); // the click only
    expect(statusOf(el).textContent).to.equal('Press Shift 1 more time to leave this page');
    buttonOf(el).click();
    expect(navigations.length).to.equal(2);
  });

  it('ignores a pageshow that is not from the cache', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    buttonOf(el).click();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    expect(dialogOf(el).open).to.equal(true);
  });
});

describe('<ogv-quick-exit> layout', () => {
  const fitsAndIsBig = (el: OgvQuickExit, what: string) => {
    const r = buttonOf(el).getBoundingClientRect();
    expect(r.width, `${what} width`).to.be.at.least(44);
    expect(r.height, `${what} height`).to.be.at.least(44);
    expect(r.left, `${what} left`).to.be.at.least(0);
    expect(r.top, `${what} top`).to.be.at.least(0);
    expect(r.right, `${what} right`).to.be.at.most(window.innerWidth);
    expect(r.bottom, `${what} bottom`).to.be.at.most(window.innerHeight);
  };

  it('sticks below a fixed host header, under the layers the host lifts, with no configuration', async () => {
    const wrapper = await fixture(html`<div>
      <header style="position: fixed; top: 0; left: 0; right: 0; height: 60px; z-index: 10; background: #333">
        <button id="menu" style="position: absolute; right: 8px; top: 8px; height: 44px">Menu</button>
      </header>
      <div style="height: 80px"></div>
      <ogv-quick-exit></ogv-quick-exit>
      <div style="height: 3000px"></div>
    </div>`);
    const el = wrapper.querySelector<OgvQuickExit>('ogv-quick-exit')!;
    const menu = wrapper.querySelector<HTMLButtonElement>('#menu')!;
    window.scrollTo(0, 1000);
    await waitUntil(() => Math.round(el.getBoundingClientRect().top) === 60, 'not below the header', { timeout: 2000 });
    const m = menu.getBoundingClientRect();
    expect(document.elementFromPoint(m.left + m.width / 2, m.top + m.height / 2)).to.equal(menu);
    const b = buttonOf(el).getBoundingClientRect();
    expect(document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)).to.equal(el);
    // The header grows (a phone menu opens): the quick exit follows it down.
    wrapper.querySelector('header')!.style.height = '200px';
    await waitUntil(() => Math.round(el.getBoundingClientRect().top) === 200, 'did not follow the header', { timeout: 2000 });
    window.scrollTo(0, 0);
  });

  it('scrolls a focused element out from under the sticky bar', async () => {
    const wrapper = await fixture(html`<div>
      <ogv-quick-exit></ogv-quick-exit>
      <div style="height: 1000px"></div>
      <button id="before">Before</button>
      <div style="height: 200px"></div>
      <p style="text-align: end"><button id="target" style="width: 100%">Partner button</button></p>
      <div style="height: 2000px"></div>
    </div>`);
    const el = wrapper.querySelector<OgvQuickExit>('ogv-quick-exit')!;
    const target = wrapper.querySelector<HTMLButtonElement>('#target')!;
    // Put the target right under the bar, still "in view" so the browser itself does not scroll.
    window.scrollBy(0, target.getBoundingClientRect().top - 10);
    await nextFrame();
    const bar = el.getBoundingClientRect();
    expect(target.getBoundingClientRect().top).to.be.below(bar.bottom);
    // Tab to it from the previous control, as a keyboard user does.
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus({ preventScroll: true });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(target);
    if (!document.hasFocus()) {
      // Headless Firefox's window loses focus after viewport changes, and an unfocused window gets no
      // focus events: send the focusin a focused window would have had.
      target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    }
    await nextFrame();
    await nextFrame();
    expect(target.getBoundingClientRect().top).to.be.at.least(el.getBoundingClientRect().bottom);
    window.scrollTo(0, 0);
  });

  for (const [width, height, label] of [
    [320, 568, '320 px wide'],
    [256, 192, '400% zoom of 1024×768'],
  ] as const) {
    it(`stays fully visible and at least 44×44 at ${label}`, async () => {
      await setViewport({ width, height });
      for (const lang of ['en', 'nl', 'fr', 'de']) {
        for (const position of ['sticky-top', 'fixed-bottom-end', 'inline']) {
          const el = await fixture<OgvQuickExit>(
            html`<ogv-quick-exit lang=${lang} position=${position} safety-href="https://example.org/"></ogv-quick-exit>`,
          );
          fitsAndIsBig(el, `${lang} ${position}`);
          expect(document.documentElement.scrollWidth, `${lang} ${position} no sideways scroll`).to.be.at.most(width);
          const bar = el.getBoundingClientRect();
          expect(bar.height, `${lang} ${position} bar height`).to.be.at.most(height / 2);
          el.remove();
        }
      }
    });
  }

  it('sticky-top stays visible at every scroll position and covers nothing before scrolling', async () => {
    const wrapper = await fixture(html`<div>
      <ogv-quick-exit></ogv-quick-exit>
      <p id="first">First paragraph</p>
      <div style="height: 3000px"></div>
    </div>`);
    const el = wrapper.querySelector<OgvQuickExit>('ogv-quick-exit')!;
    const first = wrapper.querySelector('#first')!;
    expect(first.getBoundingClientRect().top).to.be.at.least(el.getBoundingClientRect().bottom);
    for (const y of [500, 1500, 2800]) {
      window.scrollTo(0, y);
      await nextFrame();
      fitsAndIsBig(el, `scrolled to ${y}`);
      expect(buttonOf(el).getBoundingClientRect().top).to.be.below(60);
    }
    window.scrollTo(0, 0);
  });

  it('fixed-bottom-end stays in the bottom corner while scrolling', async () => {
    const wrapper = await fixture(html`<div>
      <ogv-quick-exit position="fixed-bottom-end"></ogv-quick-exit>
      <div style="height: 3000px"></div>
    </div>`);
    const el = wrapper.querySelector<OgvQuickExit>('ogv-quick-exit')!;
    window.scrollTo(0, 1500);
    await nextFrame();
    fitsAndIsBig(el, 'fixed');
    expect(window.innerHeight - buttonOf(el).getBoundingClientRect().bottom).to.be.below(40);
    window.scrollTo(0, 0);
  });
});

/** The style rules of `el`'s shadow root inside an @media whose condition includes `condition`. */
/** The style rules inside the `@supports` rules of `el`'s shadow root whose condition includes `condition`. */
function supportsRules(el: OgvQuickExit, condition: string): CSSStyleRule[] {
  const sheets = [...el.shadowRoot!.adoptedStyleSheets, ...el.shadowRoot!.styleSheets];
  return sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSSupportsRule => rule instanceof CSSSupportsRule && rule.conditionText.includes(condition))
    .flatMap((rule) => [...rule.cssRules])
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
}

function mediaRules(el: OgvQuickExit, condition: string): CSSStyleRule[] {
  const sheets = [...el.shadowRoot!.adoptedStyleSheets, ...el.shadowRoot!.styleSheets];
  return sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
    .flatMap((rule) => [...rule.cssRules])
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
}

describe('<ogv-quick-exit> button size', () => {
  /** The lines the visible label takes (the text of its last text node, measured with a Range). */
  const labelLines = (el: OgvQuickExit) => {
    const label = buttonOf(el).querySelector('.label')!;
    const range = document.createRange();
    range.selectNodeContents(label.lastChild!);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  };

  // A page with no font of its own (the system sans-serif), and the wide fonts of real partner pages.
  for (const font of ['', 'Arial, sans-serif', 'Georgia, serif']) {
    it(`keeps its label on one line at 360 px in every language, with a safety link or not${font ? ` (${font})` : ''}`, async () => {
      await setViewport({ width: 360, height: 800 });
      const wrapped: string[] = [];
      for (const lang of ['en', 'nl', 'fr', 'de']) {
        for (const safety of ['', 'https://example.org/']) {
          const page = await fixture<HTMLElement>(html`<div style="padding: 0 16px; ${font ? `font-family: ${font}` : ''}">
            <ogv-quick-exit lang=${lang} safety-href=${safety || nothing}></ogv-quick-exit>
          </div>`);
          const el = page.querySelector<OgvQuickExit>('ogv-quick-exit')!;
          await el.updateComplete;
          if (labelLines(el) !== 1) wrapped.push(`${lang}${safety ? ' with link' : ''}: ${labelLines(el)} lines`);
          const link = el.shadowRoot!.querySelector('a');
          if (link) {
            // One row: the link beside the button, not on a line of its own.
            expect(link.getBoundingClientRect().top, `${lang} link beside the button`).to.be.below(buttonOf(el).getBoundingClientRect().bottom);
          }
          expect(document.documentElement.scrollWidth, `${lang} no sideways scroll`).to.be.at.most(360);
        }
      }
      expect(wrapped).to.deep.equal([]);
    });
  }

  it('keeps its size when the progress dots appear (under the label, out of the flow), in every language', async () => {
    for (const lang of ['nl', 'en', 'fr', 'de']) {
      const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit lang=${lang} safety-href="https://example.org/"></ogv-quick-exit>`);
      const before = buttonOf(el).getBoundingClientRect();
      const dots = el.shadowRoot!.querySelector<HTMLElement>('.indicator')!;
      await shift(1);
      await el.updateComplete;
      expect(dots.hidden, 'the dots show').to.equal(false);
      expect(dots.checkVisibility(), 'the dots show').to.equal(true);
      // Inside the button, under the label.
      const box = dots.getBoundingClientRect();
      const label = buttonOf(el).querySelector('.label')!.getBoundingClientRect();
      expect(box.top, 'under the label').to.be.at.least(label.bottom - 1);
      expect(box.bottom, 'inside the button').to.be.at.most(before.bottom);
      const after = buttonOf(el).getBoundingClientRect();
      expect({ lang, width: after.width, height: after.height }).to.deep.equal({ lang, width: before.width, height: before.height });
      await sendKeys({ press: 'ArrowDown' }); // cancels the count
      await el.updateComplete;
      expect(dots.checkVisibility(), 'hidden again').to.equal(false);
      el.remove();
    }
  });
});

describe('<ogv-quick-exit> media', () => {
  afterEach(async () => {
    if (!isFirefox) await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('has print, dark-scheme and reduced-motion rules (both browsers)', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    const print = mediaRules(el, 'print').find((r) => r.selectorText === ':host')!;
    expect(print.style.display).to.equal('none');
    expect(print.style.getPropertyPriority('display')).to.equal('important');
    // The dark values are picked by the page's colour scheme (light-dark()), not by a media query.
    const dark = supportsRules(el, 'light-dark').find((r) => r.style.getPropertyValue('--_bg'))!;
    expect(dark.style.getPropertyValue('--_bg')).to.include('#161616');
    expect(mediaRules(el, 'prefers-color-scheme')).to.deep.equal([]);
    const still = mediaRules(el, 'prefers-reduced-motion: reduce').find((r) => r.selectorText === '.indicator span')!;
    expect(still.style.transitionDuration || still.style.transition).to.match(/^(0s|none)/);
  });

  it('is hidden in print', async function (this: Mocha.Context) {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    await emulateOrSkip(this, { media: 'print' });
    expect(getComputedStyle(el).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(el).display).to.equal('block');
  });

  it('uses system colours with a visible border in forced-colors mode', async function (this: Mocha.Context) {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    await emulateOrSkip(this, { forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]);
    try {
      if (!matchMedia('(forced-colors: active)').matches) {
        // Chromium emulates forced colours (test/commands/emulate-media.mjs); Firefox driven over WebDriver
        // BiDi cannot, and the stylesheet test below covers the rules there.
        this.skip();
      }
      const style = getComputedStyle(buttonOf(el));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(style.borderTopColor).to.not.equal(style.backgroundColor);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
    }
  });

  it('has forced-colors rules: system colours and a solid border on the button', async () => {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    const sheets = [...el.shadowRoot!.adoptedStyleSheets, ...[...el.shadowRoot!.styleSheets]];
    const rules = sheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.find(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'),
    );
    expect(forced, 'a forced-colors media rule').to.not.equal(undefined);
    const button = [...forced!.cssRules].find(
      (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === 'button',
    )!;
    expect(button.style.borderColor.toLowerCase()).to.equal('buttontext');
    expect(button.style.color.toLowerCase()).to.equal('buttontext');
    expect(getComputedStyle(buttonOf(el)).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(buttonOf(el)).borderTopWidth).to.equal('2px');
  });

  it('follows a dark colour scheme where the page opts in', async function (this: Mocha.Context) {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit safety-href="https://example.org/"></ogv-quick-exit>`);
    const bar = el.shadowRoot!.querySelector('.bar')!;
    const light = getComputedStyle(bar).backgroundColor;
    await emulateOrSkip(this, { colorScheme: 'dark' });
    expect(getComputedStyle(bar).backgroundColor, 'a page that declares no scheme stays light').to.equal(light);
    declareScheme('light dark');
    try {
      expect(getComputedStyle(bar).backgroundColor).to.not.equal(light);
      await expect(el).to.be.accessible();
    } finally {
      declareScheme('');
    }
  });

  it('has no motion with prefers-reduced-motion', async function (this: Mocha.Context) {
    const el = await fixture<OgvQuickExit>(html`<ogv-quick-exit></ogv-quick-exit>`);
    await emulateOrSkip(this, { reducedMotion: 'reduce' });
    const dot = el.shadowRoot!.querySelector('.indicator span')!;
    expect(getComputedStyle(dot).transitionDuration).to.equal('0s');
  });
});
