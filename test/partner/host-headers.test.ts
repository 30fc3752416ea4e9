/**
 * Guarantee: on host pages made from real third-party CSS and JavaScript (Bootstrap 5's fixed-navbar example,
 * GOV.UK Frontend's page template with its service navigation), with the README's snippet and no other
 * configuration, the quick exit never paints over a host control and never hides a focused element, at
 * 320 (400 % zoom of 1280), 360 and 1280 px, at the top or scrolled, with the host's phone menu open or not;
 * and it stays on the first screen and visible while scrolling.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { closePages, openPage, quickExitButton, type OpenedPage } from '../helpers/partner.js';
import { painted } from '../helpers/wait.js';
import { resetViewport } from '../helpers/viewport.js';

const HOST_CONTROLS = 'a[href], button, input, select, textarea, summary';
const WIDGETS = 'ogv-quick-exit, ogv-helpline-banner, ogv-resource-finder, ogv-report-path';

interface Host {
  page: string;
  /** The control that opens the phone menu, and whether the menu is open. */
  toggle: string;
  menuOpen: (doc: Document) => boolean;
}

const HOSTS: Host[] = [
  {
    page: 'bootstrap.html',
    toggle: '.navbar-toggler',
    menuOpen: (doc) => !!doc.querySelector('#navbarCollapse.show:not(.collapsing)'),
  },
  {
    page: 'govuk.html',
    toggle: '.govuk-service-navigation__toggle',
    menuOpen: (doc) => !doc.querySelector<HTMLElement>('#navigation')!.hidden,
  },
];

const exitOf = (page: OpenedPage) => page.doc.querySelector<HTMLElement>('ogv-quick-exit')!;

/** The host's own visible controls (not the widgets'). */
function hostControls(page: OpenedPage): HTMLElement[] {
  return Array.from(page.doc.querySelectorAll<HTMLElement>(HOST_CONTROLS)).filter(
    (el) => !el.closest(WIDGETS) && el.checkVisibility() && el.getClientRects().length > 0,
  );
}

function describe_(el: Element): string {
  return `<${el.localName}> "${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('placeholder') || '').trim().slice(0, 24)}"`;
}

/** Host controls in the viewport whose centre shows the quick exit instead. */
function coveredControls(page: OpenedPage): string[] {
  const exit = exitOf(page);
  const out: string[] = [];
  for (const el of hostControls(page)) {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x >= page.win.innerWidth || y >= page.win.innerHeight) continue;
    const hit = page.doc.elementFromPoint(x, y);
    if (hit === exit || exit.contains(hit)) out.push(describe_(el));
  }
  return out;
}

/** Whether the quick exit paints over part of `el` (the middle of where their boxes overlap shows it). */
function obscuredBy(exit: HTMLElement, el: Element): boolean {
  const a = exit.getBoundingClientRect();
  const b = el.getBoundingClientRect();
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  if (top >= bottom || left >= right) return false;
  return el.ownerDocument.elementFromPoint((left + right) / 2, (top + bottom) / 2) === exit;
}

/** The quick exit is inside the viewport and its button's centre shows the button. */
function exitVisible(page: OpenedPage): boolean {
  const button = quickExitButton(page.doc)!;
  const r = button.getBoundingClientRect();
  if (r.top < 0 || r.bottom > page.win.innerHeight) return false;
  return page.doc.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === exitOf(page);
}

/** Waits for the page to be painted with its scrolling over (Bootstrap scrolls smoothly). */
async function settle(page: OpenedPage): Promise<void> {
  let y = NaN;
  for (let i = 0; i < 60 && y !== page.win.scrollY; i++) {
    y = page.win.scrollY;
    await painted(page.win);
    await painted(page.win);
  }
}

async function open(host: Host, width: number): Promise<OpenedPage> {
  await setViewport({ width: Math.max(width, 800), height: 800 });
  const page = await openPage(host.page, { width, height: 800 });
  await waitUntil(() => quickExitButton(page.doc), 'the quick exit did not render', { timeout: 10000 });
  await settle(page);
  return page;
}

async function toggleMenu(page: OpenedPage, host: Host, open: boolean): Promise<void> {
  const toggle = page.doc.querySelector<HTMLElement>(host.toggle)!;
  if (host.menuOpen(page.doc) !== open) toggle.click();
  await waitUntil(() => host.menuOpen(page.doc) === open && !page.doc.querySelector('.collapsing'), 'the menu did not toggle', {
    timeout: 5000,
  });
  await settle(page);
}

describe('partner kit: the quick exit on host pages with their own headers', function () {
  this.timeout(60000);
  afterEach(async () => {
    closePages();
    await resetViewport();
  });

  for (const host of HOSTS) {
    for (const width of [320, 360, 1280]) {
      it(`${host.page} at ${width} px: covers no host control, at the top or scrolled, menu open or not`, async () => {
        const page = await open(host, width);
        const toggleShown = page.doc.querySelector<HTMLElement>(host.toggle)!.checkVisibility();
        const menuStates = toggleShown ? [false, true] : [false];
        const seen: string[] = [];
        for (const menu of menuStates) {
          for (const scroll of [0, 700]) {
            if (toggleShown) await toggleMenu(page, host, false);
            page.win.scrollTo(0, scroll);
            await settle(page);
            if (menu) await toggleMenu(page, host, true);
            const state = `menu ${menu ? 'open' : 'closed'}, scrolled ${page.win.scrollY}`;
            expect(hostControls(page).length, state).to.be.greaterThan(2);
            for (const c of coveredControls(page)) seen.push(`${state}: ${c}`);
            // Visible while scrolling (a host menu may cover it while open).
            if (!menu) expect(exitVisible(page), `quick exit visible, ${state}`).to.equal(true);
          }
        }
        expect(seen.join('; '), 'host controls under the quick exit').to.equal('');
      });

      it(`${host.page} at ${width} px: on the first screen, first of the main content in the tab order`, async () => {
        const page = await open(host, width);
        expect(exitVisible(page), 'on the first screen').to.equal(true);
        const main = page.doc.querySelector('main')!;
        const first = Array.from(main.querySelectorAll(`${HOST_CONTROLS}, ${WIDGETS}`))[0];
        expect(first).to.equal(exitOf(page));
      });

      it(`${host.page} at ${width} px: Shift+Tab never puts a focused element under it`, async () => {
        const page = await open(host, width);
        const controls = Array.from(page.doc.querySelectorAll<HTMLElement>('main a[href]')).filter((el) => !el.closest(WIDGETS));
        const last = controls[controls.length - 1]!;
        last.focus();
        await settle(page);
        const exit = exitOf(page);
        const button = quickExitButton(page.doc)!;
        const hidden: string[] = [];
        let stops = 0;
        for (; stops < 25; stops++) {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
          await settle(page);
          let focused = page.doc.activeElement;
          while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
          if (!focused || focused === button) break;
          if (obscuredBy(exit, focused)) hidden.push(`${describe_(focused)} at scroll ${page.win.scrollY} ${JSON.stringify(focused.getBoundingClientRect())} ${JSON.stringify(exit.getBoundingClientRect())}`);
        }
        expect(stops, 'focus stops walked').to.be.greaterThan(5);
        expect(hidden.join('; '), 'focused elements under the quick exit').to.equal('');
      });
    }
  }
});
