/**
 * Real navigation, inside an iframe so the test page survives: the partner page leaves with
 * location.replace() (history.length unchanged, Back does not bring it back) and the destination,
 * served by test/server/quick-exit.middleware.mjs, receives no Referer. Plus the no-JavaScript fallback.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame, nextLoad } from '../helpers/frames.js';
import { isDisplayed } from '../helpers/shadow.js';
import { nextTask } from '../helpers/wait.js';

interface Recorded {
  visits: number;
  referers: (string | null)[];
}

let frame: HTMLIFrameElement | undefined;

const token = () => `${navigator.userAgent.includes('Firefox') ? 'ff' : 'cr'}-${Math.random().toString(36).slice(2)}`;

async function recorded(t: string): Promise<Recorded> {
  const response = await fetch(`/__test/quick-exit/recorded?token=${t}`);
  return response.json();
}

/** Runs `go` and resolves when the frame has loaded the page it leads to. */
async function load(target: HTMLIFrameElement, go: () => void): Promise<void> {
  const loaded = nextLoad(target);
  go();
  await loaded;
}

/** An iframe whose history starts at a plain page, then goes (a new entry) to `path`. */
async function openFrame(path: string, t: string): Promise<HTMLIFrameElement> {
  const f = (frame = await loadFrame(`/__test/quick-exit/start?token=${t}`, { width: 800, height: 600 }));
  // Once the load event's task is over, a navigation adds a history entry (during it, it would replace).
  await nextTask();
  await load(f, () => {
    f.contentWindow!.location.href = `${path}?token=${t}`;
  });
  return f;
}

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

describe('<ogv-quick-exit> leaving for real (in an iframe)', () => {
  it('replaces the page: history.length unchanged, no Referer, and Back does not return to it', async () => {
    const t = token();
    const f = await openFrame('/test/quick-exit/frame-page.html', t);
    const win = f.contentWindow!;
    await waitUntil(() => win.customElements.get('ogv-quick-exit'), 'element not defined in the frame', {
      timeout: 10000,
    });
    const el = win.document.querySelector('ogv-quick-exit')!;
    await waitUntil(() => el.shadowRoot?.querySelector('button'), 'button not rendered');
    const lengthBefore = win.history.length;
    const pageUrl = win.location.href;

    await load(f, () => el.shadowRoot!.querySelector('button')!.click());

    const after = f.contentWindow!;
    expect(after.location.pathname).to.equal('/__test/quick-exit/destination');
    expect(after.history.length).to.equal(lengthBefore);
    expect(after.document.referrer).to.equal('');
    const seen = await recorded(t);
    expect(seen.visits).to.equal(1);
    expect(seen.referers).to.deep.equal([null]);

    await load(f, () => after.history.back());
    const back = f.contentWindow!;
    expect(back.location.href).to.not.equal(pageUrl);
    expect(back.location.pathname).to.equal('/__test/quick-exit/start');
  });

  it('control: a plain location.replace() from the same page does send a Referer (the check can fail)', async () => {
    const t = token();
    const f = await openFrame('/test/quick-exit/frame-page.html', t);
    const win = f.contentWindow!;
    // Run the replace in the frame's own realm, as the element does (the caller's document sets the referrer).
    await load(f, () => {
      const script = win.document.createElement('script');
      script.textContent = `location.replace('/__test/quick-exit/destination?token=${t}')`;
      win.document.body.append(script);
    });
    const seen = await recorded(t);
    expect(seen.visits).to.equal(1);
    expect(seen.referers[0]).to.be.a('string').and.include('/test/quick-exit/frame-page.html');
  });

  it('without JavaScript, the link inside the element is visible and leaves the page', async () => {
    const t = token();
    const f = await openFrame('/test/quick-exit/no-js-page.html', t);
    const win = f.contentWindow!;
    expect(win.customElements.get('ogv-quick-exit')).to.equal(undefined);
    const link = win.document.querySelector<HTMLAnchorElement>('#fallback')!;
    expect(isDisplayed(link)).to.equal(true);
    expect(link.textContent).to.equal('Leave this site');
    link.href = `/__test/quick-exit/destination?token=${t}`;
    await load(f, () => link.click());
    expect(f.contentWindow!.location.pathname).to.equal('/__test/quick-exit/destination');
    expect((await recorded(t)).visits).to.equal(1);
  });
});
