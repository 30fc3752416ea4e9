/**
 * The quick exit answers while a large `src` register loads: validating and indexing run in slices, so real
 * key presses are handled in the middle of them. Order only, no time: a press must be seen while the
 * validation has read some of the entries but not all.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/quick-exit/index.js';
import '../../src/resource-finder/index.js';
import { OgvQuickExit } from '../../src/quick-exit/quick-exit.js';
import { root } from '../helpers/shadow.js';

describe('a large src register', () => {
  const proto = OgvQuickExit.prototype as unknown as { navigate(url: string): void };
  const navigate = proto.navigate;
  const parse = JSON.parse;
  const scheduler = (window as { scheduler?: object }).scheduler;
  afterEach(() => {
    proto.navigate = navigate;
    JSON.parse = parse;
    if (scheduler) delete (scheduler as { yield?: unknown }).yield;
  });

  it('never holds the quick exit: its Shift presses are handled while the register is validated and indexed', async function () {
    this.timeout(90000);
    // Each press here waits for the test runner's answer, a message task of the page, and scheduler.yield()
    // puts the work ahead of such tasks (not of input): the macrotask path (Firefox's) lets them interleave.
    if (scheduler) Object.defineProperty(scheduler, 'yield', { value: undefined, configurable: true });
    // How far the validation has read the register's entries: a press seen midway was handled during it.
    let read = 0;
    let total = 0;
    JSON.parse = (text: string, reviver?: Parameters<typeof parse>[1]) => {
      const value = parse(text, reviver);
      if (text.length < 1_000_000) return value;
      total = value.entries.length;
      value.entries = new Proxy(value.entries, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^[0-9]+$/.test(key)) read = Math.max(read, Number(key) + 1);
          return Reflect.get(target, key, receiver);
        },
      });
      return value;
    };
    const left: boolean[] = [];
    proto.navigate = () => void left.push(true);

    // The test server makes the register once per size: made now, its making does not hold the key presses.
    await (await fetch('/__test/large-register.json?entries=20000')).text();
    const src = `/__test/large-register.json?entries=20000&test=${Date.now()}`;
    const el = await fixture(html`<div>
      <ogv-quick-exit href="https://example.org/"></ogv-quick-exit>
      <ogv-resource-finder src=${src}></ogv-resource-finder>
    </div>`);
    const finder = el.querySelector('ogv-resource-finder')!;
    const shown = () => Boolean(root(finder).querySelector('[part~="result"], ul li'));
    const presses: { read: number; shown: boolean }[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Shift') presses.push({ read, shown: shown() });
    };
    window.addEventListener('keydown', onKey, true);
    try {
      // Real key presses, one after the other, until the register is shown.
      while (!shown() && presses.length < 60) await sendKeys({ press: 'Shift' });
    } finally {
      window.removeEventListener('keydown', onKey, true);
    }
    expect(presses.some((p) => p.read > 0 && p.read < total), `a press midway: ${JSON.stringify(presses)}`).to.equal(true);
    expect(left, 'three Shift presses left the page').to.have.length(1);
    await waitUntil(shown, 'the register is shown in the end', { timeout: 60000 });
  });
});
