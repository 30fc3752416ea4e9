/**
 * The words of a search: how a query and the register's texts are cut into words, which words carry no
 * meaning (articles, pronouns, question words: "wat moet ik doen", "que faire", "was tun"), whether a query
 * speaks in the first person, and light stems so that word forms meet ("chanteert", "chanter", "chantage";
 * "gedeeld", "delen"; "Erpressung", "erpresst").
 *
 * Pure and DOM-free. Texts arrive folded (normalize-text.ts: lower case, no accents).
 */
import { foldText, words } from './normalize-text.js';

/** Only the start of a very long text is read. */
const MAX_TEXT = 256;
/** Words after this many are ignored. */
const MAX_WORDS = 10;
/** Fuse's bitap matcher handles patterns up to 32 characters. */
const MAX_WORD = 32;

/**
 * Words that carry no meaning on their own, in en, nl, fr and de: articles, pronouns, auxiliaries,
 * prepositions and the words of a question. Dropped unless a query holds nothing else.
 */
const STOPWORDS = new Set(
  [
    // English
    'a an and are as at be been by can could do does did for from get got has have how i if in into is it its me',
    'my of on or so someone somebody should that the their them there they this to was what when where who why',
    'will with would you your because im ive need want',
    // Dutch
    'aan al als ben bij dan dat de die dit doe doen door een en er geen had heb hebben heeft het hij hoe hun ik',
    'iemand in is je jij jou jouw kan kun kunnen m maar me met mij mijn moet moeten na naar niet nog of om ook op',
    'over staan staat stond te tegen tot u uit uw van voor waar wanneer wat welke wie word wordt worden ze zich zij zijn zo',
    'iets omdat steeds wil',
    // French
    'à au aux avec ce ces cet cette comment d dans de des du elle est et être faire fait il ils j je l la le les',
    'lui m ma me mes moi mon n ne nous on ont ou où par pas pour pourquoi qu quand que quel quelle quelqu qui quoi',
    's sa se ses son sont suis sur t ta te tes toi ton tu un une vous y',
    'ai c cest dois ete faut koi parce peux si veux',
    // German
    'am an auf aus bei bin das dem den der des dich die dir du ein eine einem einen einer er es etwas für hat',
    'habe haben ich ihr im in ist jemand kann man mein meine meinem meinen meiner mich mir mit muss nicht oder',
    'sie sind soll steht tun über um und von was welche wenn wer wie wir wird wo zu',
    'auch dass es sich weil',
  ]
    .join(' ')
    .split(' ')
    .map(foldText),
);

/**
 * Where something happened rather than what: the platforms, apps and social networks people name ("gepest op
 * snapchat", "harcelé sur les réseaux"). They count, but less than the words that say what happened
 * (search-rank.ts).
 */
export const PLACES = new Set(
  'facebook insta instagram netzwerke reseaux roblox snap snapchat tiktok whatsapp'.split(' '),
);

/** Words that make a query speak in the first person ("mijn foto", "je suis harcelée", "meine Bilder"). */
const FIRST_PERSON = new Set(
  'i im ive me my mine ik mij me mijn je j moi mon ma mes ich mich mir mein meine meinem meinen meiner'.split(' '),
);

export interface QueryWords {
  /** Every word, folded, in order (for phrase matches). */
  all: string[];
  /** The words that carry meaning, each once; all words if the query is only stop words. */
  content: string[];
  /** Whether the query speaks in the first person. */
  firstPerson: boolean;
}

/** The words of a query as search uses them: folded, clamped, stop words dropped unless that leaves nothing. */
export function queryWords(text: string): QueryWords {
  const all = words(foldText(String(text ?? '').slice(0, MAX_TEXT)))
    .slice(0, MAX_WORDS)
    .map((w) => w.slice(0, MAX_WORD));
  const content = [...new Set(all.filter((w) => !STOPWORDS.has(w)))];
  return {
    all,
    content: content.length ? content : [...new Set(all)],
    firstPerson: all.some((w) => FIRST_PERSON.has(w)),
  };
}

// Light stemmers: the longest listed ending comes off when at least MIN_STEM letters stay. Inflection and
// the commonest derivations only; they are meant to make forms of one word meet, not to find roots.
const MIN_STEM = 4;
const ENDINGS: Record<'en' | 'nl' | 'fr' | 'de', string[]> = {
  en: ['ations', 'ation', 'ings', 'ing', 'ers', 'ied', 'ies', 'ed', 'er', 'es', 'ly', 's', 'e'],
  nl: ['heden', 'heid', 'ingen', 'ing', 'erden', 'erde', 'eren', 'ende', 'ers', 'ten', 'den', 'en', 'er', 'te', 'de', 'es', 'e', 't', 's'],
  fr: [
    'issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'atrices', 'atrice', 'ateurs', 'ateur', 'euses',
    'euse', 'eurs', 'eur', 'ages', 'age', 'ismes', 'isme', 'istes', 'iste', 'ables', 'able', 'ances', 'ance',
    'ences', 'ence', 'antes', 'ante', 'ants', 'ant', 'aient', 'ait', 'ais', 'ees', 'ee', 'es', 'er', 'ez', 'e',
    's', 'x',
  ],
  de: [
    'ungen', 'ung', 'heiten', 'heit', 'keiten', 'keit', 'lichen', 'liche', 'lich', 'isch', 'ern', 'est', 'em', 'en',
    'er', 'es', 'et', 'st', 'te', 'ten', 'e', 'n', 's', 't',
  ],
};
const BY_LENGTH = Object.fromEntries(
  Object.entries(ENDINGS).map(([lang, list]) => [lang, [...list].sort((a, b) => b.length - a.length)]),
) as typeof ENDINGS;

function strip(word: string, endings: readonly string[], min = MIN_STEM): string {
  for (const ending of endings) {
    if (word.length - ending.length >= min && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * Dutch and German past participles without their ge- ("gedeeld", "gepest", "gepostet"), with and without the
 * final d or t, which is an ending in some verbs and part of the stem in others.
 */
function participles(word: string): string[] {
  if (word.length < 6 || !word.startsWith('ge')) return [];
  const bare = word.slice(2);
  return /[dt]$/.test(bare) ? [bare, bare.slice(0, -1)] : [bare];
}

/** Dutch spelling doubles a vowel in an open syllable ("deel", "delen"): one vowel meets both. */
const undouble = (word: string) => word.replace(/([aeou])\1/g, '$1');

/**
 * The stems of a folded word, one per language's stemmer (deduplicated). The language of a query word is not
 * known, so every stemmer is tried; stems only ever add matches of lower weight than the word itself.
 */
export function stemsOf(word: string): string[] {
  if (word.length <= MIN_STEM) return [word];
  const out = new Set<string>([strip(word, BY_LENGTH.en), strip(word, BY_LENGTH.fr), strip(word, BY_LENGTH.de)]);
  // Dutch stems can be short ("delen", "deel", "gedeeld": del); they only ever meet an equal stem.
  for (const form of [word, ...participles(word)]) {
    out.add(undouble(strip(form, BY_LENGTH.nl, 3)));
    out.add(strip(form, BY_LENGTH.de));
  }
  return [...out];
}

/** What may stand between two stems of one word: an ending a stemmer left ("chant" · "chanter", "erpres" · "erpress"). */
const LEFTOVER = new Set(['e', 'er', 'en', 'es', 'ee', 'ie', 'i', 'n', 'r', 's', 'ss']);

/**
 * Whether two stems are forms of one word: equal, or one begins the other, is long enough to mean it and
 * leaves only an ending ("chant", "chanter"), not another word or a derivation ("intim", "intimid").
 */
export function stemsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short) && LEFTOVER.has(long.slice(short.length));
}
