/**
 * A helpline's channels made ready to render: for each, the link (only if its URL is allowed, safe-url.ts)
 * and what the link does, in words, in the language being rendered. Called while the banner renders, when
 * `msg()` answers in the banner's language.
 */
import { msg, str } from '@lit/localize';
import type { Channel, Helpline } from '../core/register-types.js';
import { mailtoUrl, safeWebUrl, shortUrl, telUrl } from '../core/safe-url.js';

/** A channel made ready to render: its link (if the URL is allowed) and what the link does, in words. */
export interface Contact {
  channel: Channel;
  href: string | undefined;
  /** "Call 1712", "Chat with Child Focus"…: the link's accessible name, and its text unless `text` is set. */
  label: string;
  /** Shorter visible text, contained in `label` (so the spoken name still matches what is seen). */
  text?: string;
}

/** Every channel of `helpline`, in the register's order. */
export function contactsOf(helpline: Helpline): Contact[] {
  return helpline.channels.map((channel) => ({ channel, ...link(helpline, channel) }));
}

/** The first channel that can be a link (the register lists the main one first). */
export function primaryContact(helpline: Helpline): Contact | undefined {
  return contactsOf(helpline).find((contact) => contact.href);
}

function link(helpline: Helpline, channel: Channel): Omit<Contact, 'channel'> {
  const { value } = channel;
  const name = helpline.name;
  // The number as people write it ("0800 12 800"); the link dials `value`.
  const number = channel.display ?? value;
  switch (channel.type) {
    case 'phone':
      return { href: telUrl(value), label: msg(str`Call ${number}`) };
    case 'sms':
      // sms: is not among the allowed link schemes: the number is shown as text.
      return { href: undefined, label: msg(str`Text message: ${number}`) };
    case 'chat':
      return { href: safeWebUrl(value), label: msg(str`Chat with ${name}`) };
    case 'email':
      return { href: mailtoUrl(value), label: msg(str`Write to ${name}`) };
    case 'web':
    default: {
      const href = safeWebUrl(value);
      const label = msg(str`Website of ${name}`);
      // Two websites of one helpline must not share a name: the second says where it goes.
      const several = helpline.channels.filter((c) => c.type === 'web').length > 1;
      // It shows just the address ("hulp.igvm.be"); its name says whose website it is.
      if (!several || !href) return { href, label };
      // The name starts with what is seen (WCAG 2.5.3, label in name), then says whose website it is.
      return { href, label: `${shortUrl(href)}, ${label}`, text: shortUrl(href) };
    }
  }
}
