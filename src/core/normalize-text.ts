/**
 * Text as search compares it: accent and case folding (`Cyberharcèlement` and `cyberharcelement` fold to the
 * same text), and folded text split into words.
 *
 * The fold keeps the length of the string (one UTF-16 unit in, one out), so a range found in the folded
 * text is the same range in the original: that is what lets the finder highlight the matched parts of a
 * title without re-searching it. Characters whose fold would change the length (ß → ss, œ → oe) are only
 * lower-cased; lone combining marks stay where they are.
 */

const cache = new Map<string, string>();

/** Letters that carry their accent in the letter itself, so NFD cannot strip it. */
const SOLID: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ħ: 'h', ı: 'i' };

function foldUnit(unit: string): string {
  const cached = cache.get(unit);
  if (cached !== undefined) return cached;
  let folded = SOLID[unit] ?? unit.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded.length !== 1) {
    const lower = unit.toLowerCase();
    folded = lower.length === 1 ? lower : unit;
  }
  // Typographic apostrophes and dashes fold to their plain forms ("l’extimité" = "l'extimite").
  if (folded === '\u2019' || folded === '\u2018' || folded === '\u02bc') folded = "'";
  else if (folded === '\u2010' || folded === '\u2011' || folded === '\u2013' || folded === '\u2014') folded = '-';
  cache.set(unit, folded);
  return folded;
}

/** Lower-cases `text` and strips its accents, keeping its length (see the module comment). */
export function foldText(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f || (code >= 0x41 && code <= 0x5a)) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text[i]);
  return out;
}

/** A word: a run of letters and digits (an apostrophe or hyphen splits words). */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a folded text. */
export function words(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** A word of a folded text and the position of its first unit (the same position in the original text). */
export interface WordAt {
  text: string;
  start: number;
}

/** The words of a folded text with where each starts, for ranges that highlight the original. */
export function wordsAt(folded: string): WordAt[] {
  const found: WordAt[] = [];
  for (const match of folded.matchAll(WORD)) found.push({ text: match[0], start: match.index ?? 0 });
  return found;
}
