/**
 * Opening hours in Europe/Brussels time, with a fixed clock: open/closed, periods past midnight, both
 * daylight-saving change days (30 March and 26 October 2025), and "opens at" in four languages.
 * Instants are written in UTC (Z) on purpose: Brussels is UTC+1 in winter and UTC+2 in summer.
 */
import { expect } from '@open-wc/testing';
import type { OpeningHours } from '../../src/core/register-types.js';
import {
  brusselsInstant,
  brusselsWallTime,
  formatClock,
  hoursStatus,
  isOpen,
  nextOpening,
  parseClock,
} from '../../src/helpline-banner/opening-hours.js';

const OFFICE: OpeningHours[] = [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }];
/** Friday and Saturday nights, 22:00 until 06:00 the next morning. */
const NIGHTS: OpeningHours[] = [{ days: [5, 6], opens: '22:00', closes: '06:00' }];
/** Sundays only, from midnight to 04:00 (crosses the skipped hour on 30 March 2025). */
const SUNDAY_EARLY: OpeningHours[] = [{ days: [7], opens: '00:00', closes: '04:00' }];
const SUNDAY_LATE: OpeningHours[] = [{ days: [7], opens: '09:00', closes: '12:00' }];

const at = (iso: string) => new Date(iso);

describe('opening hours (Europe/Brussels)', () => {
  it('reads Brussels wall-clock time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(brusselsWallTime(at('2025-01-15T08:30:00Z'))).to.include({ hour: 9, minute: 30, weekday: 3 });
    expect(brusselsWallTime(at('2025-07-15T08:30:00Z'))).to.include({ hour: 10, minute: 30, weekday: 2 });
    // 23:30 UTC on a Sunday is already Monday in Brussels.
    expect(brusselsWallTime(at('2025-01-12T23:30:00Z'))).to.include({ hour: 0, minute: 30, weekday: 1, day: 13 });
  });

  it('parses HH:MM and refuses anything else', () => {
    expect(parseClock('09:00')).to.equal(540);
    expect(parseClock('24:00')).to.equal(1440);
    expect(parseClock('9:00')).to.equal(undefined);
    expect(parseClock('25:00')).to.equal(undefined);
    expect(parseClock('12:60')).to.equal(undefined);
  });

  it('is open during office hours and closed outside them', () => {
    expect(isOpen(OFFICE, at('2025-01-13T08:00:00Z'))).to.equal(true); // Mon 09:00 CET
    expect(isOpen(OFFICE, at('2025-01-13T07:59:00Z'))).to.equal(false); // Mon 08:59
    expect(isOpen(OFFICE, at('2025-01-13T15:59:00Z'))).to.equal(true); // Mon 16:59
    expect(isOpen(OFFICE, at('2025-01-13T16:00:00Z'))).to.equal(false); // Mon 17:00: closed
    expect(isOpen(OFFICE, at('2025-01-18T10:00:00Z'))).to.equal(false); // Saturday
    // Summer: 07:30 UTC is 09:30 in Brussels (open), though it would be 08:30 in winter.
    expect(isOpen(OFFICE, at('2025-07-14T07:30:00Z'))).to.equal(true);
    expect(isOpen(OFFICE, at('2025-07-14T06:30:00Z'))).to.equal(false);
  });

  it('runs past midnight into the next day', () => {
    expect(isOpen(NIGHTS, at('2025-01-17T20:59:00Z'))).to.equal(false); // Fri 21:59
    expect(isOpen(NIGHTS, at('2025-01-17T21:00:00Z'))).to.equal(true); // Fri 22:00
    expect(isOpen(NIGHTS, at('2025-01-18T02:00:00Z'))).to.equal(true); // Sat 03:00 (from Friday)
    expect(isOpen(NIGHTS, at('2025-01-18T05:00:00Z'))).to.equal(false); // Sat 06:00
    expect(isOpen(NIGHTS, at('2025-01-19T02:00:00Z'))).to.equal(true); // Sun 03:00 (from Saturday)
    expect(isOpen(NIGHTS, at('2025-01-20T02:00:00Z'))).to.equal(false); // Mon 03:00: Sunday has no night
    expect(isOpen(NIGHTS, at('2025-01-16T22:00:00Z'))).to.equal(false); // Thu 23:00
  });

  it('counts the hour skipped on the March change day (30 March 2025, 02:00 → 03:00)', () => {
    expect(isOpen(SUNDAY_EARLY, at('2025-03-30T00:59:00Z'))).to.equal(true); // 01:59 CET
    expect(isOpen(SUNDAY_EARLY, at('2025-03-30T01:30:00Z'))).to.equal(true); // 03:30 CEST
    expect(isOpen(SUNDAY_EARLY, at('2025-03-30T02:00:00Z'))).to.equal(false); // 04:00 CEST (would be 03:00 CET)
    // Opens at 09:00 CEST = 07:00 UTC on that day.
    expect(nextOpening(SUNDAY_LATE, at('2025-03-30T05:00:00Z'))?.toISOString()).to.equal('2025-03-30T07:00:00.000Z');
    expect(brusselsInstant(2025, 3, 29, 9 * 60).toISOString()).to.equal('2025-03-29T08:00:00.000Z'); // still CET
  });

  it('counts the hour repeated on the October change day (26 October 2025, 03:00 → 02:00)', () => {
    // A Saturday night line: Sat 22:00 CEST until Sun 06:00 CET; the night is one hour longer.
    const saturdayNight: OpeningHours[] = [{ days: [6], opens: '22:00', closes: '06:00' }];
    expect(isOpen(saturdayNight, at('2025-10-25T20:00:00Z'))).to.equal(true); // Sat 22:00 CEST
    expect(isOpen(saturdayNight, at('2025-10-26T00:30:00Z'))).to.equal(true); // 02:30 CEST
    expect(isOpen(saturdayNight, at('2025-10-26T01:30:00Z'))).to.equal(true); // 02:30 CET (again)
    expect(isOpen(saturdayNight, at('2025-10-26T04:59:00Z'))).to.equal(true); // 05:59 CET
    expect(isOpen(saturdayNight, at('2025-10-26T05:00:00Z'))).to.equal(false); // 06:00 CET
    // Opens at 09:00 CET = 08:00 UTC after the change.
    expect(nextOpening(SUNDAY_LATE, at('2025-10-26T00:30:00Z'))?.toISOString()).to.equal('2025-10-26T08:00:00.000Z');
    expect(nextOpening(OFFICE, at('2025-10-26T12:00:00Z'))?.toISOString()).to.equal('2025-10-27T08:00:00.000Z');
  });

  it('finds the next opening today, tomorrow, or on a later weekday', () => {
    expect(nextOpening(OFFICE, at('2025-01-13T06:00:00Z'))?.toISOString()).to.equal('2025-01-13T08:00:00.000Z');
    expect(nextOpening(OFFICE, at('2025-01-13T17:00:00Z'))?.toISOString()).to.equal('2025-01-14T08:00:00.000Z');
    // Friday evening → Monday morning.
    expect(nextOpening(OFFICE, at('2025-01-17T17:00:00Z'))?.toISOString()).to.equal('2025-01-20T08:00:00.000Z');
    expect(nextOpening([], at('2025-01-17T17:00:00Z'))).to.equal(undefined);
  });

  it('says "open" or when it opens, with the time in Brussels, in four languages', () => {
    expect(hoursStatus(OFFICE, at('2025-01-13T09:00:00Z'), 'en')).to.deep.equal({ open: true });
    expect(hoursStatus(OFFICE, at('2025-01-13T06:00:00Z'), 'nl')).to.include({ open: false, when: 'today', time: '09:00' });
    expect(hoursStatus(OFFICE, at('2025-01-13T17:00:00Z'), 'fr')).to.include({ open: false, when: 'tomorrow', time: '09:00' });
    const later = { en: 'Monday', nl: 'maandag', fr: 'lundi', de: 'Montag' } as const;
    for (const [locale, day] of Object.entries(later)) {
      const status = hoursStatus(OFFICE, at('2025-01-17T17:00:00Z'), locale as keyof typeof later);
      expect(status).to.include({ open: false, when: 'later', day, time: '09:00' });
    }
    // Summer: 09:00 in Brussels is 07:00 UTC, and the label says 09:00, not 07:00 or 08:00.
    expect(formatClock(at('2025-07-14T07:00:00Z'), 'de')).to.equal('09:00');
    // Late evening in Brussels: 22:00, 24-hour in every language.
    for (const locale of ['en', 'nl', 'fr', 'de'] as const) {
      expect(formatClock(at('2025-01-17T21:00:00Z'), locale)).to.equal('22:00');
    }
  });
});
