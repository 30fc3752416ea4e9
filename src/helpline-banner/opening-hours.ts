/**
 * Opening hours of a helpline channel: "open now" and "opens at", in Europe/Brussels time.
 *
 * The register gives hours as Brussels wall-clock times ("09:00"–"17:00", ISO weekdays). Every function here
 * is pure and takes the moment to judge as a `Date`, so tests fix the clock. Wall-clock times are read with
 * `Intl.DateTimeFormat` and `timeZone: 'Europe/Brussels'`, which makes them right on both daylight-saving
 * change days; a period whose closing time is earlier than (or equal to) its opening time runs past
 * midnight into the next day.
 */
import type { Locale, OpeningHours } from '../core/register-types.js';

export const BRUSSELS = 'Europe/Brussels';

/** A moment as a clock on a wall in Brussels shows it. */
export interface WallTime {
  year: number;
  /** 1 = January … 12 = December. */
  month: number;
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
}

const wallFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: BRUSSELS,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  weekday: 'short',
});

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The Brussels wall-clock time of `date`. */
export function brusselsWallTime(date: Date): WallTime {
  const parts: Record<string, string> = {};
  for (const part of wallFormat.formatToParts(date)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 1,
    hour: Number(parts.hour) % 24, // some engines write midnight as 24
    minute: Number(parts.minute),
  };
}

/** Brussels' offset from UTC at instant `time` (ms), in ms: one hour in winter, two in summer. */
function brusselsOffset(time: number): number {
  const date = new Date(time);
  const wall = brusselsWallTime(date);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, date.getUTCSeconds());
  return asUtc - (time - date.getUTCMilliseconds());
}

/**
 * The instant at which Brussels clocks show `minutes` past midnight on the given day. A time that does not
 * exist (the hour skipped in March) moves forward by the skipped hour.
 */
export function brusselsInstant(year: number, month: number, day: number, minutes: number): Date {
  const guess = Date.UTC(year, month - 1, day, 0, minutes);
  const first = brusselsOffset(guess);
  let time = guess - first;
  const second = brusselsOffset(time);
  if (second !== first) time = guess - second;
  return new Date(time);
}

/** Minutes after midnight for "HH:MM" (24:00 allowed as the end of a day), or undefined. */
export function parseClock(value: string): number | undefined {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value.trim());
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}

/** True when `hours` say the channel is open at `now`. */
export function isOpen(hours: readonly OpeningHours[], now: Date): boolean {
  const wall = brusselsWallTime(now);
  const minute = wall.hour * 60 + wall.minute;
  const yesterday = wall.weekday === 1 ? 7 : wall.weekday - 1;
  for (const period of hours) {
    const opens = parseClock(period.opens);
    const closes = parseClock(period.closes);
    if (opens === undefined || closes === undefined) continue;
    if (closes > opens) {
      if (period.days.includes(wall.weekday) && minute >= opens && minute < closes) return true;
    } else {
      // Runs past midnight: from `opens` on one of `days` until `closes` on the next day.
      if (period.days.includes(wall.weekday) && minute >= opens) return true;
      if (period.days.includes(yesterday) && minute < closes) return true;
    }
  }
  return false;
}

/** The next instant after `now` at which a period opens, within a week; undefined if none does. */
export function nextOpening(hours: readonly OpeningHours[], now: Date): Date | undefined {
  const wall = brusselsWallTime(now);
  let best: Date | undefined;
  for (let offset = 0; offset <= 7; offset++) {
    const civil = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + offset));
    const weekday = ((civil.getUTCDay() + 6) % 7) + 1;
    for (const period of hours) {
      const opens = parseClock(period.opens);
      if (opens === undefined || parseClock(period.closes) === undefined || opens >= 24 * 60) continue;
      if (!period.days.includes(weekday)) continue;
      const at = brusselsInstant(civil.getUTCFullYear(), civil.getUTCMonth() + 1, civil.getUTCDate(), opens);
      if (at.getTime() > now.getTime() && (!best || at < best)) best = at;
    }
    if (best) break; // later days only open later
  }
  return best;
}

/** What to tell a person about a channel's hours now. */
export type HoursStatus =
  | { open: true }
  | {
      open: false;
      /** When it opens next, or undefined when no period opens within a week. */
      opensAt?: Date;
      /** Where that falls, seen from `now` in Brussels. */
      when?: 'today' | 'tomorrow' | 'later';
      /** "09:00", in the locale's 24-hour form, Brussels time. */
      time?: string;
      /** The weekday's name in the locale ("maandag"), for `later`. */
      day?: string;
    };

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = timeFormats.get(key);
  if (!format) timeFormats.set(key, (format = make()));
  return format;
}

/** "09:00": the Brussels clock time of `date`, 24-hour, in `locale`. */
export function formatClock(date: Date, locale: Locale): string {
  return cachedFormat(`time-${locale}`, () =>
    new Intl.DateTimeFormat(locale, { timeZone: BRUSSELS, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ).format(date);
}

/** The weekday of `date` in Brussels, named in `locale` ("Monday", "maandag", "lundi", "Montag"). */
export function formatWeekday(date: Date, locale: Locale): string {
  return cachedFormat(`day-${locale}`, () =>
    new Intl.DateTimeFormat(locale, { timeZone: BRUSSELS, weekday: 'long' }),
  ).format(date);
}

/** Open now, or when it opens next (today, tomorrow or a later weekday) with the time formatted for `locale`. */
export function hoursStatus(hours: readonly OpeningHours[], now: Date, locale: Locale): HoursStatus {
  if (isOpen(hours, now)) return { open: true };
  const opensAt = nextOpening(hours, now);
  if (!opensAt) return { open: false };
  const today = brusselsWallTime(now);
  const then = brusselsWallTime(opensAt);
  const days = Math.round(
    (Date.UTC(then.year, then.month - 1, then.day) - Date.UTC(today.year, today.month - 1, today.day)) / 86400000,
  );
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : 'later';
  return { open: false, opensAt, when, time: formatClock(opensAt, locale), day: formatWeekday(opensAt, locale) };
}
