/**
 * The register studio as built (dist/studio.html, `npm run build`): open files, see the problems in the
 * keeper's language, edit, add and remove, preview, see the changes, save and re-open. Downloads are taken
 * from the page's `studio-save` event instead of saved to disk.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame } from '../helpers/frames.js';
import { shadowText } from '../helpers/shadow.js';
import publishedJson from '../../register/register.json';
import localJson from '../../register/examples/local.json';

type StudioWindow = Window & typeof globalThis;
let win: StudioWindow;
let doc: Document;
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => doc.querySelector<T>(selector)!;
const text = (selector: string) => ($(selector).textContent ?? '').replace(/\s+/g, ' ').trim();

/** Puts `file` in the studio's file input, as a keeper choosing it would. */
async function open(file: File): Promise<void> {
  const transfer = new win.DataTransfer();
  transfer.items.add(new win.File([await file.arrayBuffer()], file.name, { type: file.type }));
  const input = $<HTMLInputElement>('#file');
  input.files = transfer.files;
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
  await waitUntil(() => text('#status').includes(file.name), `${file.name} not opened: ${text('#status')}`);
}

function set(selector: string, value: string): void {
  const input = $<HTMLInputElement | HTMLSelectElement>(selector);
  input.value = value;
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
}

/** Clicks `selector` and resolves with the file the page offers for download. */
function saved(selector: string): Promise<{ name: string; blob: Blob }> {
  return new Promise((resolve) => {
    doc.addEventListener(
      'studio-save',
      (event) => {
        event.preventDefault();
        resolve((event as CustomEvent<{ name: string; blob: Blob }>).detail);
      },
      { once: true },
    );
    $(selector).click();
  });
}

// Imported, not fetched: the test server serves a .json another test imported as a module, so a fetch of the
// same URL can get JavaScript back.
const published = async () => structuredClone(publishedJson);

describe('register studio (dist/studio.html)', () => {
  beforeEach(async () => {
    const frame = await loadFrame('/dist/studio.html', { width: 1280, height: 900 });
    win = frame.contentWindow as StudioWindow;
    doc = frame.contentDocument!;
    await waitUntil(() => doc.body.dataset.ready === 'true', 'the studio did not start');
    set('#lang', 'nl');
  });

  it('starts with the published register: no problems, no changes, the four elements in the preview', async () => {
    expect(text('#problem-count')).to.equal('Geen problemen: de widgets aanvaarden dit register.');
    expect(text('#change-list')).to.equal('Geen wijzigingen.');
    expect(doc.documentElement.lang).to.equal('nl');
    const finder = $('ogv-resource-finder');
    expect(finder.getAttribute('src')).to.match(/^https:\/\/studio\.invalid\/register-\d+\.json$/);
    await waitUntil(() => shadowText(finder).includes('94'), 'the finder does not show the 94 entries');
    for (const tag of ['ogv-quick-exit', 'ogv-helpline-banner', 'ogv-report-path']) expect(shadowText($(tag))).not.to.equal('');
  });

  it('opens a register.json with faults: problems grouped by row, in the keeper’s language, then fixed in the form', async () => {
    const register = await published();
    register.entries[2].url = 'javascript:alert(1)';
    register.entries[2].topics = ['no-such-topic'];
    await open(new File([JSON.stringify(register)], 'register.json', { type: 'application/json' }));
    const id = register.entries[2].id;
    expect(text('#problem-count')).to.equal('2 probleem/problemen');
    const group = text('#problem-list > li');
    expect(group).to.include(`entries, rij 4, (${id})`);
    expect(group).to.include('url: "javascript:alert(1)" is hier niet toegestaan (verwacht: alleen http- en https-links');
    expect(group).to.include('topics: onbekende waarde "no-such-topic"');
    set('#lang', 'fr');
    expect(text('#problem-list > li')).to.include('url: « javascript:alert(1) » n’est pas admis ici (attendu : uniquement des liens http et https');
    set('#lang', 'nl');

    $<HTMLButtonElement>('#problem-list button').click();
    expect(doc.activeElement).to.equal($('#item'));
    expect($<HTMLInputElement>('#f-id').value).to.equal(id);
    set('#f-url', 'https://example.org/fixed');
    set('#f-topics', 'sexting; online-safety');
    expect(text('#problem-count')).to.equal('Geen problemen: de widgets aanvaarden dit register.');
    // The changes are against the file that was opened.
    expect(text('#change-list')).to.equal(`Gewijzigd: entries ${id}topics: no-such-topic → sexting; online-safetyurl: javascript:alert(1) → https://example.org/fixed`);
  });

  it('words the faults only the widgets’ own validator finds in each of the four languages, grouped by row', async () => {
    const register = await published();
    // None of these is a fault of the JSON Schema: the widgets' validator (register-validate.ts) finds them.
    register.entries[3].id = register.entries[2].id;
    register.entries[5].group = 'campaigns';
    const hasDisplay = (c: object): c is { value: string; display: string } => 'display' in c && Boolean(c.display);
    const helpline = register.helplines.find((h) => h.channels.some(hasDisplay))!;
    const channel = helpline.channels.find(hasDisplay)!;
    (channel as unknown as { display: string }).display = '0800 99 999';
    await open(new File([JSON.stringify(register)], 'register.json', { type: 'application/json' }));
    expect(text('#problem-count')).to.equal('3 probleem/problemen');
    const groups = () => [...doc.querySelectorAll('#problem-list > li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
    const duplicate = register.entries[2].id;
    const expected = {
      nl: [
        `entries, rij 5, (${duplicate})id: de id "${duplicate}" komt twee keer voor`,
        `entries, rij 7, (${register.entries[5].id})group: groep "campaigns" hoort bij sectie "raise-awareness", niet bij "${register.entries[5].section}"`,
        `channels, rij 2, (${helpline.id})display: "0800 99 999" is niet het nummer ${channel.value} (verwacht: hetzelfde nummer zoals men het schrijft, bv. 0800 12 800)`,
      ],
      fr: [
        `entries, ligne 5, (${duplicate})id: l’identifiant « ${duplicate} » est utilisé deux fois`,
        `entries, ligne 7, (${register.entries[5].id})group: le groupe « campaigns » appartient à la section « raise-awareness », pas à « ${register.entries[5].section} »`,
        `channels, ligne 2, (${helpline.id})display: « 0800 99 999 » n’est pas le numéro ${channel.value} (attendu : le même numéro tel qu’on l’écrit, p. ex. 0800 12 800)`,
      ],
      de: [
        `entries, Zeile 5, (${duplicate})id: die ID „${duplicate}“ kommt doppelt vor`,
        `entries, Zeile 7, (${register.entries[5].id})group: Gruppe „campaigns“ gehört zu Abschnitt „raise-awareness“, nicht zu „${register.entries[5].section}“`,
        `channels, Zeile 2, (${helpline.id})display: „0800 99 999“ ist nicht die Nummer ${channel.value} (erwartet: dieselbe Nummer, wie man sie schreibt, z. B. 0800 12 800)`,
      ],
      en: [
        `entries, row 5, (${duplicate})id: the id "${duplicate}" is used twice`,
        `entries, row 7, (${register.entries[5].id})group: group "campaigns" belongs to section "raise-awareness", not "${register.entries[5].section}"`,
        `channels, row 2, (${helpline.id})display: "0800 99 999" is not the number ${channel.value} (expected: the same number as people write it, e.g. 0800 12 800)`,
      ],
    };
    for (const [lang, lines] of Object.entries(expected)) {
      set('#lang', lang);
      expect(doc.documentElement.lang).to.equal(lang);
      expect(groups(), lang).to.deep.equal(lines);
    }
  });

  it('opens a CSV of entries: a bad cell is a problem named by its row; a CSV with an unknown column is refused', async () => {
    const csv = (await (await fetch('/register/register.csv')).text()).split('\n');
    const inferred = csv[0].replace(/^\uFEFF/, '').split(',').indexOf('languagesInferred');
    csv[4] = csv[4].replace(/,true,/, ',misschien,');
    expect(csv[4].split(',')[inferred]).to.equal('misschien');
    await open(new File([csv.join('\n')], 'entries.csv', { type: 'text/csv' }));
    expect(text('#problem-count')).to.equal('1 probleem/problemen');
    const id = csv[4].split(',')[0];
    expect(text('#problem-list')).to.equal(`entries, rij 5, (${id})languagesInferred: "misschien" is niet true of false (verwacht: true, false of leeg)`);
    set('#lang', 'de');
    expect(text('#problem-list')).to.equal(`entries, Zeile 5, (${id})languagesInferred: „misschien“ ist weder true noch false (erwartet: true, false oder leer)`);
    set('#lang', 'nl');

    await open(new File(['id,title,colour\nx,Y,blue\n'], 'colour.csv', { type: 'text/csv' }));
    expect(text('#status')).to.include('colour.csv kan niet geopend worden');
    expect(text('#status')).to.include('colour.csv: entries, row 1, colour: unknown column(s)');
  });

  it('adds and removes an entry and a channel; the changes are listed field by field', async () => {
    const register = await published();
    $('#add-entry').click();
    expect(text('#problem-count')).to.match(/^\d+ probleem/);
    expect(text('#problem-list')).to.include('section: ontbreekt (verplicht)');
    set('#f-id', 'new-tool');
    set('#f-section', 'act');
    set('#f-group', 'associations');
    set('#f-type', 'platform');
    set('#f-title', 'Nieuw hulpmiddel');
    set('#f-languages', 'nl');
    set('#f-topics', 'sexting');
    set('#f-url', 'https://example.org/new');
    expect(text('#problem-count')).to.equal('Geen problemen: de widgets aanvaarden dit register.');
    expect(text('#change-list')).to.include('Toegevoegd: entries new-tool');

    set('#item', 'entries:1');
    set('#f-title', 'Een andere titel');
    expect(text('#change-list')).to.include(`Gewijzigd: entries ${register.entries[0].id}title: ${register.entries[0].title} → Een andere titel`);
    set('#item', 'entries:1');
    $('#remove').click();
    expect(text('#change-list')).to.include(`Verwijderd: entries ${register.entries[0].id}`);

    set('#item', 'helplines:1');
    const channels = () => doc.querySelectorAll('#form fieldset').length;
    const before = channels();
    [...doc.querySelectorAll<HTMLButtonElement>('#form button')].at(-1)!.click();
    expect(channels()).to.equal(before + 1);
    expect(text('#problem-list')).to.include('channels, rij');
    doc.querySelectorAll<HTMLButtonElement>('#form fieldset')[before].querySelector('button')!.click();
    expect(channels()).to.equal(before);
  });

  it('previews the edited register in any language, at phone and desktop width', async () => {
    const finder = $('ogv-resource-finder');
    set('#preview-lang', 'fr');
    expect($('#preview-frame').lang).to.equal('fr');
    await waitUntil(() => shadowText(finder).includes('résultats'), 'the finder is not in French');
    set('#item', 'entries:1');
    set('#f-title', 'Titre changé pour l’aperçu');
    const search = finder.shadowRoot!.querySelector('input')!;
    search.value = 'Titre changé';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => shadowText(finder).includes('Titre changé pour l’aperçu'), 'the preview does not show the edit');
    const radio = doc.querySelector<HTMLInputElement>('input[name=width][value=desktop]')!;
    radio.click();
    expect($('ogv-resource-finder').getBoundingClientRect().width).to.equal(1024);
    doc.querySelector<HTMLInputElement>('input[name=width][value=phone]')!.click();
    expect($('ogv-resource-finder').getBoundingClientRect().width).to.equal(360);
  });

  it('saves register.json (version bumped, updated today) and the workbook, and opens them again', async () => {
    const register = await published();
    set('#item', 'entries:1');
    set('#f-title', 'Bewaard');
    const json = await saved('#save-json');
    expect(json.name).to.equal('register.json');
    const savedRegister = JSON.parse(await json.blob.text());
    const [major, minor, patch] = register.version.split('.').map(Number);
    expect(savedRegister.version).to.equal(`${major}.${minor}.${patch + 1}`);
    expect(savedRegister.updated).to.equal(new Date().toISOString().slice(0, 10));
    expect(savedRegister.entries[0].title).to.equal('Bewaard');
    expect(await json.blob.text()).to.match(/^\{\n {2}"\$schema"/);

    const workbook = await saved('#save-xlsx');
    expect(workbook.name).to.equal('register.xlsx');
    await open(new File([workbook.blob], 'register.xlsx'));
    expect(text('#problem-count')).to.equal('Geen problemen: de widgets aanvaarden dit register.');
    expect($<HTMLInputElement>('#f-title').value).to.equal('Bewaard');
    const again = JSON.parse(await (await saved('#save-json')).blob.text());
    expect(again.entries).to.deep.equal(savedRegister.entries);
    expect(again.helplines).to.deep.equal(savedRegister.helplines);

    await open(new File([json.blob], 'register.json'));
    expect(text('#changes-against')).to.include(savedRegister.version);
  });

  it('opens a workbook written by LibreOffice or by Python, and a CSV of entries', async () => {
    for (const program of ['libreoffice', 'python']) {
      const xlsx = await (await fetch(`/test/register/fixtures/valid-small.${program}.xlsx`)).blob();
      await open(new File([xlsx], `valid-small.${program}.xlsx`));
      expect(text('#problem-count'), program).to.equal('Geen problemen: de widgets aanvaarden dit register.');
      expect(doc.querySelectorAll('#item option').length, program).to.equal(3);
    }
    const csv = await (await fetch('/register/register.csv')).text();
    await open(new File([csv], 'entries.csv', { type: 'text/csv' }));
    expect(doc.querySelectorAll('#item option').length).to.equal(94 + 1);
    expect(text('#change-list')).to.include('Toegevoegd: entries');
  });

  it('opens and saves a local register: checked with the published vocabularies, saved without them', async () => {
    const local = structuredClone(localJson);
    await open(new File([JSON.stringify(local)], 'local.json', { type: 'application/json' }));
    expect(text('#status')).to.include('een lokaal register');
    expect(text('#problem-count')).to.equal('Geen problemen: de widgets aanvaarden dit register.');
    expect(doc.querySelectorAll('#item option').length).to.equal(local.entries.length + local.helplines.length);
    expect(text('#change-list')).to.equal('Geen wijzigingen.');
    set('#item', 'entries:1');
    set('#f-title', 'Example: edited');
    const json = await saved('#save-json');
    expect(json.name).to.equal('local.json');
    const savedLocal = JSON.parse(await json.blob.text());
    for (const name of ['sections', 'groups', 'types', 'audiences', 'regions', 'topics']) expect(savedLocal, name).not.to.have.property(name);
    expect(savedLocal.version).to.equal('1.0.1');
    expect(savedLocal.entries[0].title).to.equal('Example: edited');
    expect(savedLocal.entries.slice(1)).to.deep.equal(local.entries.slice(1));
    expect(savedLocal.helplines).to.deep.equal(local.helplines);

    // A local entry that names an id the published vocabularies lack is a problem, as the widgets would skip it.
    local.entries[1].topics = ['no-such-topic'];
    await open(new File([JSON.stringify(local)], 'local-2.json', { type: 'application/json' }));
    expect(text('#problem-count')).to.equal('1 probleem/problemen');
    expect(text('#problem-list')).to.include('no-such-topic');
  });

  it('opens a file that is not a register with a message and keeps what it had', async () => {
    await open(new File(['{ not json'], 'broken.json'));
    expect(text('#status')).to.include('broken.json kan niet geopend worden');
    expect(text('#problem-count')).to.equal('Geen problemen: de widgets aanvaarden dit register.');
  });
});
