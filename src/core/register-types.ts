/**
 * The shape of a published register (register/register.json), as the widgets read it.
 * register/register.schema.json is the contract of the published document, in JSON Schema; keep them in
 * step. Fields the widgets never show or search (the document's `publisher` and `license`, an entry's
 * `place`, `languagesInferred`, `summarySource` and `urlsSource`, a helpline's `source`) are checked by `npm run register:check` when the
 * register is published, and are left out here, by the loader and by the snapshot bundled into the script.
 */

/** The four languages the widgets speak and the register labels. */
export const LOCALES = ['en', 'nl', 'fr', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in each of the four languages. */
export type Localized = Record<Locale, string>;

export const SECTIONS = ['inform', 'raise-awareness', 'act'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** The most characters of an entry's summary, in each language. */
export const SUMMARY_MAX_LENGTH = 160;
/** The most characters of one search keyword. */
export const KEYWORD_MAX_LENGTH = 40;

/**
 * Values in some of the four languages (a language version of a URL, a name): the register's plain field
 * (`url`, `name`, a channel's `value`) is the default, used where the reader's language has none (the order
 * is in register-language.ts).
 */
export type PerLocale = Partial<Record<Locale, string>>;

/** Search keywords of an entry, per language; a language may have none. */
export type Keywords = Partial<Record<Locale, string[]>>;

/** A closed vocabulary entry: an id with its labels. */
export interface Term {
  id: string;
  labels: Localized;
}

export interface Section extends Term {
  id: SectionId;
}

/** A sub-heading of the seed register, inside one section. */
export interface Group extends Term {
  section: SectionId;
}

/** A topic, with the words people use for it in each language (what makes search cross languages). */
export interface Topic extends Term {
  synonyms: Record<Locale, string[]>;
}

/** One tool or publication of the register. */
export interface Entry {
  id: string;
  section: SectionId;
  group: string;
  type: string;
  /** In the resource's original language. */
  title: string;
  authors?: string[];
  publisher?: string;
  /** ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY). */
  published?: string;
  /** Languages of the resource itself. */
  languages: Locale[];
  topics: string[];
  audiences?: string[];
  /** The URL the source gives: the default, for a reader whose language has no URL in `urls`. */
  url: string;
  /** The resource's language versions, where its provider publishes them: an http(s) URL per language. */
  urls?: PerLocale;
  /** One plain sentence per language (at most SUMMARY_MAX_LENGTH characters): what it is and who it is for. */
  summary?: Localized;
  /** Words people search for it with, where a source supports them. */
  keywords?: Keywords;
}

export const CHANNEL_TYPES = ['phone', 'sms', 'chat', 'email', 'web'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export interface Channel {
  type: ChannelType;
  /** Phone: the number as dialled (`1712`, `+3280012800`); email: the address; chat/web: an https URL. */
  value: string;
  /** Chat/web: the same service's page in other languages, where the provider publishes them (https URLs). */
  values?: PerLocale;
  /** Chat/web: what the page is, per language, where a helpline has several ("Information and complaints"). */
  labels?: PerLocale;
  /** Phone/sms: the number as people write it (`0800 12 800`), shown instead of `value`; it is never dialled. */
  display?: string;
  /** Present only when a source says whether the channel is free of charge. */
  free?: boolean;
  /** Opening hours, only where a source gives them. Times are Europe/Brussels local time. */
  hours?: OpeningHours[];
}

export interface OpeningHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** "HH:MM", 24-hour clock. */
  opens: string;
  /** "HH:MM"; earlier than `opens` means the period runs past midnight. */
  closes: string;
}

export interface Helpline {
  id: string;
  /** The organisation's name as the source gives it: the default, where `names` has none for the reader. */
  name: string;
  /** The organisation's own name in other languages, where it has one. */
  names?: PerLocale;
  description: Localized;
  channels: Channel[];
  audiences: string[];
  regions: string[];
  topics: string[];
  emergency: boolean;
}

export interface Register {
  version: string;
  updated: string;
  sections: Section[];
  groups: Group[];
  types: Term[];
  audiences: Term[];
  regions: Term[];
  topics: Topic[];
  entries: Entry[];
  helplines: Helpline[];
}
