/**
 * Ten everyday queries, as people actually type them (four languages, some misspelt, some without accents),
 * with the resources of the register a social worker would expect to see for each. Written by reading the
 * register entries (register/register.json), not by running the search. The search must find one of its
 * expected resources in the top five and all of them in the top ten; the benchmark reuses them to compare
 * engines. The wider relevance benchmark is bench/relevance/.
 */
import type { Locale } from '../../src/core/register-types.js';

export interface EverydayQuery {
  /** What is typed, exactly. */
  query: string;
  /** The language of the query. */
  language: Locale;
  /** Who types it and why. */
  who: string;
  /** Register entry ids that must all appear in the top five. */
  expected: string[];
}

export const EVERYDAY_QUERIES: readonly EverydayQuery[] = [
  {
    query: 'wraakprono',
    language: 'nl',
    who: 'A young woman whose photos were shared; "wraakporno" with two letters swapped.',
    expected: ['igvm-wraakporno-youtoo', 'punt-wraakporno-zoektermen', 'igvm-handleiding-revenge-porn'],
  },
  {
    query: 'harcelement en ligne',
    language: 'fr',
    who: 'A mother on a phone keyboard, no accents.',
    expected: ['diouf-harcelement-sexiste-en-ligne', 'sofelia-guide-pratique-harcelement-sexiste-en-ligne'],
  },
  {
    query: 'Cybermobbing Schule',
    language: 'de',
    who: 'A teacher in Eupen; the register has these resources in French only, found through the topic words.',
    expected: [
      'openado-harcelement-milieu-scolaire',
      'child-focus-de-mots-a-mots',
      'sofelia-harcelement-sexiste-virtuel-dossier-pedagogique',
    ],
  },
  {
    query: 'webcam blackmail',
    language: 'en',
    who: 'A teenage boy being blackmailed after a video call.',
    expected: ['child-focus-sextorsion'],
  },
  {
    query: 'sexting op school',
    language: 'nl',
    who: 'A secondary-school counsellor preparing a lesson.',
    expected: [
      'child-focus-sexting-at-school',
      'punt-sexting',
      'sensoa-hoe-lesgeven-over-sexting',
      'sensoa-sexting-en-beleid',
    ],
  },
  {
    query: 'cyberharcelment',
    language: 'fr',
    who: 'A pupil, one letter missing and no accent.',
    expected: ['collard-cyberharcelement-harcelement-2-0', 'nadja-cyberharcelement-ressources'],
  },
  {
    query: 'Racheporno Hilfe',
    language: 'de',
    who: 'A victim looking for help to get images taken down.',
    expected: ['igvm-handleiding-revenge-porn', 'stopncii', 'punt-wraakporno-zoektermen'],
  },
  {
    query: 'mon ex a publié mes photos intimes',
    language: 'fr',
    who: 'A victim typing a whole sentence.',
    expected: ['stopncii', 'igvm-handleiding-revenge-porn', 'bendib-revenge-porn'],
  },
  {
    query: 'mijn kind wordt benaderd door een groomer',
    language: 'nl',
    who: 'A worried father typing a whole sentence.',
    expected: ['child-focus-ok-groomer'],
  },
  {
    query: 'cyber bulying at school',
    language: 'en',
    who: 'An English-speaking teacher in Brussels, "bullying" misspelt.',
    expected: ['openado-harcelement-milieu-scolaire', 'child-focus-de-mots-a-mots'],
  },
];
