/**
 * The one place that decides whether a URL may be rendered as a link.
 * Only http(s), tel and mailto are allowed; anything else (javascript:, data:, relative junk) is refused.
 */

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/** The URL, normalised, if it is an absolute http(s)/tel/mailto URL; otherwise undefined. */
export function safeUrl(value: unknown, allowed: ReadonlySet<string> = ALLOWED_PROTOCOLS): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!allowed.has(url.protocol)) return undefined;
  // `http:///path` parses with "path" as host: require the authority to be written out.
  if ((url.protocol === 'https:' || url.protocol === 'http:') && (!url.hostname || !/^https?:\/\/[^/\\\s]/i.test(trimmed))) {
    return undefined;
  }
  return url.href;
}

const WEB_PROTOCOLS = new Set(['https:', 'http:']);

/** The URL if it is an absolute http(s) URL; otherwise undefined. */
export function safeWebUrl(value: unknown): string | undefined {
  return safeUrl(value, WEB_PROTOCOLS);
}

/**
 * A `tel:` URI for a phone number as dialled: short codes stay as they are (`tel:1712`),
 * other numbers must already be in international form (`+3280012800`). Returns undefined otherwise.
 */
export function telUrl(number: string): string | undefined {
  // "+32 (0)2 …" mixes international and national forms: dialling the 0 would be wrong, so refuse it.
  if (number.includes('(0)')) return undefined;
  const compact = number.replace(/[\s./()-]/g, '');
  if (/^\+[1-9][0-9]{6,14}$/.test(compact) || /^[0-9]{3,6}$/.test(compact)) return `tel:${compact}`;
  return undefined;
}

/** A `mailto:` URI for a plain e-mail address, or undefined. */
export function mailtoUrl(address: string): string | undefined {
  const trimmed = address.trim();
  return /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/.test(trimmed) ? `mailto:${trimmed}` : undefined;
}

/** A web address as people say it: host and path, no scheme, no `www.`, no query (`igvm-iefh.belgium.be/nl`). */
export function shortUrl(href: string): string {
  const url = new URL(href);
  return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`;
}
