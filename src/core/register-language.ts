/**
 * The register's words and addresses in the reader's language: which URL of an entry, which address of a
 * chat or web channel and which name of a helpline an element shows, and the words that name a link.
 *
 * The register gives one plain value as its source has it (`url`, a channel's `value`, `name`) and, where the
 * provider publishes language versions, one per language (`urls`, `values`, `names`; register-types.ts),
 * the plain value among them under its own language (the validator sees to it). The order, the same
 * everywhere: the reader's language, then English (the widgets' own fallback language), then the plain
 * value. So a French reader gets the French page where there is one and the page the source names
 * otherwise; a German reader, with no German version, the English one where there is one.
 */
import { msg, str } from '@lit/localize';
import type { Channel, Entry, Helpline, Locale, PerLocale } from './register-types.js';

/** `values` in the first language of: `locale`, English; else `fallback`. */
export function inLanguage(values: PerLocale | undefined, fallback: string, locale: Locale): string {
  return values?.[locale] ?? values?.en ?? fallback;
}

/** The URL of `entry` for a reader of `locale` (not yet checked: pass it to safeWebUrl). */
export function entryUrl(entry: Entry, locale: Locale): string {
  return inLanguage(entry.urls, entry.url, locale);
}

/** The address of `channel` (a number, an e-mail address or a URL) for a reader of `locale`. */
export function channelValue(channel: Channel, locale: Locale): string {
  return inLanguage(channel.values, channel.value, locale);
}

/** The name of `helpline` for a reader of `locale`. */
export function helplineName(helpline: Helpline, locale: Locale): string {
  return inLanguage(helpline.names, helpline.name, locale);
}

/*
 * The words of a link that names an organisation. A name is put after a colon rather than inside a
 * sentence, so that no language needs an article or a case for it ("Site web : Institut pour l’égalité des
 * femmes et des hommes", not "Site web de Institut…"). Call them while the element renders (msg()).
 */

/** "Website: Child Focus": a link to an organisation's or a resource's website. */
export const websiteLabel = (name: string): string => msg(str`Website: ${name}`);

/** "Chat: Child Focus": a link to an organisation's chat. */
export const chatLabel = (name: string): string => msg(str`Chat: ${name}`);

/** "E-mail: Child Focus": a link that writes to an organisation. */
export const emailLabel = (name: string): string => msg(str`E-mail: ${name}`);

/** What a chat or web channel's page is, in the reader's language (then English), where the register says. */
export function channelLabel(channel: Channel, locale: Locale): string | undefined {
  return channel.labels?.[locale] ?? channel.labels?.en;
}

/**
 * The name of a link to a chat or web channel of the organisation `name`: what the page is where the register
 * says ("Information and complaints: …"), else "Chat: …" or "Website: …".
 */
export function pageLinkLabel(channel: Channel, name: string, locale: Locale): string {
  const what = channelLabel(channel, locale);
  if (what) return msg(str`${what}: ${name}`);
  return channel.type === 'chat' ? chatLabel(name) : websiteLabel(name);
}
