/** Which helplines are chosen, and in which order, from the attributes (pure, on the bundled register). */
import { expect } from '@open-wc/testing';
import { bundledRegister } from '../../src/core/register.js';
import type { Helpline } from '../../src/core/register-types.js';
import { INSTITUTE_ID } from '../../src/core/register-ids.js';
import { selectHelplines } from '../../src/helpline-banner/select-helplines.js';

const all = bundledRegister().register.helplines;
const ids = (list: Helpline[]) => list.map((h) => h.id);

function line(id: string, extra: Partial<Helpline> = {}): Helpline {
  return {
    id,
    name: id,
    description: { en: id, nl: id, fr: id, de: id },
    channels: [],
    audiences: [],
    regions: ['belgium'],
    topics: [],
    emergency: false,
    ...extra,
  };
}

describe('selectHelplines', () => {
  it('by default: the Institute first, then lines for all of Belgium in register order, emergency last', () => {
    const chosen = selectHelplines(all);
    expect(chosen[0]!.id).to.equal(INSTITUTE_ID);
    expect(chosen.at(-1)!.emergency).to.equal(true);
    const national = all.filter((h) => h.id !== INSTITUTE_ID && h.regions.includes('belgium'));
    const expected = [
      INSTITUTE_ID,
      ...national.filter((h) => !h.emergency).map((h) => h.id),
      ...national.filter((h) => h.emergency).map((h) => h.id),
    ];
    expect(ids(chosen)).to.deep.equal(expected);
    // Regional lines are not in the default.
    for (const h of chosen) expect(h.id === INSTITUTE_ID || h.regions.includes('belgium')).to.equal(true);
  });

  it('puts the Institute first and emergency lines last even when the register lists them otherwise', () => {
    const register = [line('emergency', { emergency: true }), line('a'), line(INSTITUTE_ID), line('b')];
    expect(ids(selectHelplines(register))).to.deep.equal([INSTITUTE_ID, 'a', 'b', 'emergency']);
  });

  it('shows explicit ids in the given order and skips unknown ones', () => {
    expect(ids(selectHelplines(all, { helplines: 'emergency-112, lijn-1712, nope, child-focus' }))).to.deep.equal([
      'emergency-112',
      'lijn-1712',
      'child-focus',
    ]);
  });

  it('filters by audience, region and topic (the register fields)', () => {
    const youth = selectHelplines(all, { audience: 'youth' });
    expect(youth.length).to.be.greaterThan(0);
    for (const h of youth) expect(h.audiences.some((a) => a === 'youth' || a === 'general-public')).to.equal(true);

    const flanders = selectHelplines(all, { region: 'flanders' });
    expect(ids(flanders)).to.include('lijn-1712');
    for (const h of flanders) expect(h.regions.some((r) => r === 'flanders' || r === 'belgium')).to.equal(true);
    expect(ids(flanders)).not.to.include('cyber-help');

    const grooming = selectHelplines(all, { topic: 'grooming' });
    expect(grooming.length).to.be.greaterThan(0);
    for (const h of grooming) expect(h.topics).to.include('grooming');

    const both = selectHelplines(all, { region: 'wallonia', audience: 'youth' });
    for (const h of both) {
      expect(h.regions.some((r) => r === 'wallonia' || r === 'belgium')).to.equal(true);
      expect(h.audiences.some((a) => a === 'youth' || a === 'general-public')).to.equal(true);
    }
  });

  it('hides emergency lines with noEmergency', () => {
    expect(selectHelplines(all, { noEmergency: true }).some((h) => h.emergency)).to.equal(false);
    expect(selectHelplines(all, { helplines: 'emergency-112', noEmergency: true })).to.deep.equal([]);
  });
});

describe('the register behind the banner', () => {
  // Each helpline's `source` is required by register:check, which runs before the browser tests.
  it('gives every helpline a description in four languages and at least one channel', () => {
    expect(all.length).to.be.greaterThan(0);
    for (const h of all) {
      for (const locale of ['en', 'nl', 'fr', 'de'] as const) expect(h.description[locale].trim(), h.id).not.to.equal('');
      expect(h.channels.length, h.id).to.be.greaterThan(0);
    }
  });
});
