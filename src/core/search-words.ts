/**
 * The words of a query as the search uses them: folded, limited in number and length, with the words that
 * carry no meaning on their own (stop words) set aside.
 *
 * This is the one place where query text becomes search words, so word forms (stemming) belong here too.
 */
import { foldText, words } from './normalize-text.js';

/** Only the start of a very long text is read. */
const MAX_TEXT = 256;
/** Words after this many are ignored. */
const MAX_WORDS = 10;
/** Fuse's bitap matcher handles patterns up to 32 characters. */
const MAX_WORD = 32;

/**
 * Words that carry no meaning on their own, in our four languages (dropped unless the query is only these).
 * One line per language, en nl fr de; a word already listed for an earlier language is not repeated.
 */
const STOPWORDS = new Set(
  (
    'a an and are at be been by for has have i in is it me my of on or the to was with what how ' +
    'de het een en van voor met op mijn ik wat hoe te bij naar als er die dat om aan wordt word door heb ben m je ze hij zij we jij mij ' +
    'la le les l un une des du d et est pour avec sur dans au aux mon ma mes j que qui se s ce ai ont sont par ne n pas tu il elle nous vous t ' +
    'der das den dem ein eine einen und ist fur mit auf im zu von mein meine meinen ich wie bei hat habe sind wurde wurden werden mich mir'
  ).split(' '),
);

export interface QueryWords {
  /** Every word, in order (for phrase matches). */
  all: string[];
  /** The words that carry meaning; all of them when the query holds only stop words. */
  content: string[];
}

/** The words of a query: folded, clamped, stop words dropped unless that leaves nothing. */
export function queryWords(text: string): QueryWords {
  const all = words(foldText(String(text ?? '').slice(0, MAX_TEXT)))
    .slice(0, MAX_WORDS)
    .map((w) => w.slice(0, MAX_WORD));
  const content = all.filter((w) => !STOPWORDS.has(w));
  return { all, content: content.length ? content : all };
}
