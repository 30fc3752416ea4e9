/**
 * The banner's "open now" refresh: a timer per minute while a shown channel has opening hours, stopped when the
 * element leaves the page and started again (with "open now" judged at once) when it comes back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/helpline-banner/index.js';
import { OgvHelplineBanner } from '../../src/helpline-banner/helpline-banner.js';
import { defineOnce } from '../../src/core/ogv-element.js';
import type { Helpline } from '../../src/core/register-types.js';
import { root, text } from '../helpers/shadow.js';

const OFFICE: Helpline = {
  id: 'office-line',
  name: 'Office line',
  description: { en: 'Office hours.', nl: 'Kantooruren.', fr: 'Heures de bureau.', de: 'Bürozeiten.' },
  channels: [{ type: 'phone', value: '+3225550000', hours: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }] }],
  audiences: ['victims'],
  regions: ['belgium'],
  topics: [],
  emergency: false,
};

let clock = new Date('2025-01-13T06:00:00Z'); // Monday 07:00 in Brussels
class OgvHelplineRefreshProbe extends OgvHelplineBanner {
  protected override now(): Date {
    return clock;
  }
  protected override registerHelplines(): readonly Helpline[] {
    return [OFFICE];
  }
}
defineOnce('ogv-helpline-refresh-probe', OgvHelplineRefreshProbe);

/** The minute timers the banner starts (a delay of about a minute), while `run` runs. */
async function minuteTimers(run: () => Promise<void>): Promise<number> {
  const original = window.setTimeout;
  let started = 0;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    if (typeof delay === 'number' && delay > 1000 && delay <= 60050) started++;
    return original(handler, delay, ...rest);
  }) as typeof window.setTimeout;
  try {
    await run();
  } finally {
    window.setTimeout = original;
  }
  return started;
}

describe('<ogv-helpline-banner>: the "open now" refresh', () => {
  const hours = (el: Element) => text(root(el).querySelector('[data-id="office-line"] [part~="hours"]'));

  it('restarts when the element is removed and added back, and judges "open now" again at once', async () => {
    clock = new Date('2025-01-13T06:00:00Z');
    let el!: OgvHelplineRefreshProbe;
    const first = await minuteTimers(async () => {
      el = await fixture<OgvHelplineRefreshProbe>(html`<ogv-helpline-refresh-probe lang="en"></ogv-helpline-refresh-probe>`);
    });
    expect(first, 'a timer while shown').to.equal(1);
    expect(hours(el)).to.equal('Closed, opens at 09:00');

    const parent = el.parentElement!;
    el.remove();
    clock = new Date('2025-01-13T08:30:00Z'); // 09:30: it opened while the element was away
    const again = await minuteTimers(async () => {
      parent.append(el);
      await el.updateComplete;
    });
    expect(again, 'a timer again once back').to.equal(1);
    expect(hours(el)).to.equal('Open now');
  });
});
