/**
 * Observing the register requests the test server receives (test/server/register.middleware.mjs), one URL
 * at a time.
 */

let unique = 0;

/** `path` with a query that no other test uses, so the per-URL cache and the request count start afresh. */
export const fresh = (path: string): string => `${path}${path.includes('?') ? '&' : '?'}test=${Date.now()}-${++unique}`;

/** One request as the test server saw it: the Referer it carried, and whether it carried a cookie. */
export interface SeenRequest {
  referer: string | null;
  cookie: boolean;
}

/** What the test server saw for `url` (path and query): one item per request. */
export async function requestsFor(url: string): Promise<SeenRequest[]> {
  const { pathname, search } = new URL(url, document.baseURI);
  const response = await fetch(`/__test/register-requests?url=${encodeURIComponent(pathname + search)}`);
  return response.json();
}

/**
 * Records the requests code on this page starts, at the moment it starts them (fetch, XMLHttpRequest,
 * sendBeacon), until `stop()`: a test that asserts "no request" needs no wait for one to show up.
 */
export function watchRequests(): { urls: string[]; stop(): void } {
  const urls: string[] = [];
  const { fetch } = window;
  const { open } = XMLHttpRequest.prototype;
  const { sendBeacon } = navigator;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return fetch.call(window, input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    urls.push(String(url));
    return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof open;
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    urls.push(String(url));
    return sendBeacon.call(navigator, url, data);
  };
  return {
    urls,
    stop() {
      window.fetch = fetch;
      XMLHttpRequest.prototype.open = open;
      navigator.sendBeacon = sendBeacon;
    },
  };
}
