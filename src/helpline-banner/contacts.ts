/**
 * A helpline's channels made ready to render: for each, the link (only if its URL is allowed, safe-url.ts)
 * and what the link does, in words, in the language being rendered. The address and the name are the
 * register's for that language (register-language.ts). Called while the banner renders, when `msg()`
 * answers in the banner's language.
 */
import { msg, str } from '@lit/localize';
import { channelLabel, channelValue, emailLabel, helplineName, pageLinkLabel } from '../core/register-language.js';
import type { Channel, Helpline, Locale } from '../core/register-types.js';
import { mailtoUrl, safeWebUrl, shortUrl, telUrl } from '../core/safe-url.js';

/** A channel made ready to render: its link (if the URL is allowed) and what the link does, in words. */
export interface Contact {
  channel: Channel;
  /** The channel's address in the reader's language (`channel.value` where the register has no other). */
  value: string;
  href: string | undefined;
  /** "Call 1712", "Chat: Child Focus"…: the link's accessible name, and its text unless `text` is set. */
  label: string;
  /** Shorter visible text, contained in `label` (so the spoken name still matches what is seen). */
  text?: string;
}

/** Every channel of `helpline`, in the register's order, for a reader of `locale`. */
export function contactsOf(helpline: Helpline, locale: Locale): Contact[] {
  return helpline.channels.map((channel) => {
    const value = channelValue(channel, locale);
    return { channel, value, ...link(helpline, channel, value, helplineName(helpline, locale), locale) };
  });
}

/** The first channel that can be a link (the register lists the main one first). */
export function primaryContact(helpline: Helpline, locale: Locale): Contact | undefined {
  return contactsOf(helpline, locale).find((contact) => contact.href);
}

function link(helpline: Helpline, channel: Channel, value: string, name: string, locale: Locale): Omit<Contact, 'channel' | 'value'> {
  // The number as people write it ("0800 12 800"); the link dials `value`.
  const number = channel.display ?? value;
  switch (channel.type) {
    case 'phone':
      return { href: telUrl(value), label: msg(str`Call ${number}`) };
    case 'sms':
      // sms: is not among the allowed link schemes: the number is shown as text.
      return { href: undefined, label: msg(str`Text message: ${number}`) };
    case 'chat':
      return { href: safeWebUrl(value), label: pageLinkLabel(channel, name, locale) };
    case 'email':
      return { href: mailtoUrl(value), label: emailLabel(name) };
    case 'web':
    default: {
      const href = safeWebUrl(value);
      // "Website: Child Focus", or what the page is where the register says ("Information and complaints: …").
      const label = pageLinkLabel(channel, name, locale);
      // Two websites of one helpline must not share a name: where the register does not say what they are,
      // each says where it goes.
      const several = helpline.channels.filter((c) => c.type === 'web' && !channelLabel(c, locale)).length > 1;
      if (!several || !href || channelLabel(channel, locale)) return { href, label };
      // The name starts with what is seen (WCAG 2.5.3, label in name), then says whose website it is.
      return { href, label: `${shortUrl(href)}, ${label}`, text: shortUrl(href) };
    }
  }
}
