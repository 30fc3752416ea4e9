/**
 * Guarantee: the widgets leave no trace. On a partner page under the strict CSP, a person searches, filters,
 * clicks every control that is not a link, ticks off steps of the report path and closes and opens their details,
 * then leaves with the quick exit. Afterwards: no cookie, empty
 * localStorage and sessionStorage, no IndexedDB database, the URL and history unchanged until the exit; no
 * request to any host but the page's own, and what was typed appears in no request, event or console line.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closePages, finderSearchBox, finderSettled, openPage, quickExitButton, useEverything, type OpenedPage } from '../helpers/partner.js';
import { updated, waitRendered } from '../helpers/wait.js';

const QUERY = 'sextorsion';

async function databases(win: Window): Promise<string[] | 'unsupported'> {
  const idb = win.indexedDB as IDBFactory & { databases?: () => Promise<{ name?: string }[]> };
  if (!idb || typeof idb.databases !== 'function') return 'unsupported';
  return (await idb.databases()).map((db) => db.name ?? '');
}

function storageState(page: OpenedPage) {
  return {
    cookie: page.doc.cookie,
    localStorage: page.win.localStorage.length,
    sessionStorage: page.win.sessionStorage.length,
  };
}

describe('partner kit: leaves no trace', function () {
  this.timeout(30000);
  afterEach(closePages);

  it('stores nothing, keeps the URL, and sends nothing anywhere while a person searches, filters, clicks and ticks off steps', async () => {
    const page = await openPage('widgets.html', { query: 'csp=strict&lang=fr' });
    await waitRendered(page.doc);
    const before = { url: page.win.location.href, history: page.win.history.length };
    expect(storageState(page), 'state before').to.deep.equal({ cookie: '', localStorage: 0, sessionStorage: 0 });

    const box = finderSearchBox(page.doc);
    expect(box, 'the finder has a search box').not.to.equal(undefined);
    box!.focus();
    await sendKeys({ type: QUERY });
    await finderSettled(page); // past the typing pause: the count is announced and the event fired
    const used = await useEverything(page);
    expect(used, 'controls used').to.be.greaterThan(0);
    // The report path shows three steps ticked off (a check mark instead of the number). Its details were closed
    // and opened again; the first one is closed once more, so the page does not end as it began.
    const path = page.doc.querySelector('ogv-report-path')!.shadowRoot!;
    const marks = Array.from(path.querySelectorAll('[part~="number"]'), (n) => n.textContent!.trim());
    expect(marks.filter((m) => m === '✓').length, `report path steps ticked off: ${marks.join(' ')}`).to.equal(3);
    path.querySelector<HTMLElement>('summary')!.click();
    await updated(path.host);
    const details = Array.from(path.querySelectorAll('details'));
    expect(details.length, 'report path details').to.be.greaterThan(1);
    expect(details.map((d) => d.open), 'report path details open').to.deep.equal(details.map((_, i) => i > 0));
    box!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => box!.value === '', 'Escape did not clear the search');
    await finderSettled(page);

    expect(storageState(page), 'state after').to.deep.equal({ cookie: '', localStorage: 0, sessionStorage: 0 });
    const dbs = await databases(page.win);
    if (dbs !== 'unsupported') expect(dbs, 'IndexedDB databases').to.deep.equal([]);
    expect(page.win.location.href, 'URL').to.equal(before.url);
    expect(page.win.history.length, 'history').to.equal(before.history);

    const record = page.win.__partner;
    const origin = page.win.location.origin;
    expect(record.resources.filter((url) => !url.startsWith(origin + '/')), 'requests to other hosts').to.deep.equal([]);
    expect(record.violations, 'CSP violations').to.deep.equal([]);
    const log = await page.log();
    const paths = log.requests.map((r) => new URL(r.url, origin).pathname.replace(`/__test/partner/${page.token}/`, ''));
    expect(paths.filter((p) => !['widgets.html', 'page.js', 'plain.css', 'dist/ogv-widgets.js'].includes(p)), 'unexpected requests').to.deep.equal([]);
    const everything = JSON.stringify([log.requests, record.resources, record.events, record.console, record.warnings, record.errors]);
    expect(everything.toLowerCase(), 'the query left the widget').not.to.include(QUERY);
    expect(record.errors).to.deep.equal([]);
  });

  it('the quick exit replaces the page, sends no Referer, and leaves storage empty', async () => {
    const page = await openPage('widgets.html', { query: 'csp=strict' });
    await waitRendered(page.doc);
    const exit = page.doc.querySelector('ogv-quick-exit')!;
    const destination = `${page.win.location.origin}/__test/partner/${page.token}/exit.html`;
    exit.setAttribute('href', destination);
    await updated(exit);
    const history = page.win.history.length;
    const left = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
    quickExitButton(page.doc)!.click();
    await left;
    const win = page.frame.contentWindow!;
    expect(win.location.href).to.equal(destination);
    expect(win.history.length, 'no history entry added').to.equal(history);
    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
    const log = await page.log();
    const arrival = log.requests.find((r) => r.url.includes('exit.html'));
    expect(arrival, 'destination reached').not.to.equal(undefined);
    expect(arrival!.referer, 'Referer sent to the destination').to.equal('');
    await waitUntil(() => win.document.title === 'Weather');
  });
});
