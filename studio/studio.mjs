// The register studio: one page (dist/studio.html, built by scripts/studio-build.mjs) that opens, checks,
// edits, previews and saves the register in the browser, with no server and no request. The register is
// held as the workbook's sheets of text (scripts/register-sheets.mjs): a form edits one row, and every
// change is checked by the scripts' own rules, which run the widgets' validator (register-rules.mjs).
// Data is text, never HTML: every value goes into the page through textContent or a form field's value.

import '../src/index.ts';
import published from '../register/register.json';
import { csvToRows } from '../scripts/register-csv.mjs';
import { formatRegister } from '../scripts/register-format.mjs';
import { parseRegisterText } from '../scripts/register-json.mjs';
import { HINTS } from '../scripts/register-rules.mjs';
import { cellToText, registerToSheets, sheetLayout, sheetProblemLine } from '../scripts/register-sheets.mjs';
import { workbookProblems } from '../scripts/register-workbook.mjs';
import { sheetsToXlsx, xlsxToSheets } from '../scripts/register-xlsx.mjs';
import { LANGUAGES, problemText, t } from './i18n.mjs';
import { diffRegisters } from './diff.mjs';

const $ = (selector) => document.querySelector(selector);
const el = (tag, props = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const state = {
  lang: ['nl', 'fr', 'de', 'en'].find((l) => navigator.language?.startsWith(l)) ?? 'nl',
  baseline: { register: published, name: 'register.json' },
  sheets: registerToSheets(published),
  selected: { sheet: 'entries', row: 1 },
  previewLang: 'nl',
  width: 'phone',
  serial: 0,
  result: undefined,
  /** The register opened is a local one (register/README.md): it has no vocabularies of its own. */
  local: false,
};

const VOCABULARIES = ['sections', 'groups', 'types', 'audiences', 'regions', 'topics'];
/** A local register leaves out every vocabulary: it is checked and previewed with the published register's. */
const isLocal = (register) =>
  register !== null && typeof register === 'object' && VOCABULARIES.every((name) => register[name] === undefined);
const withPublishedVocabularies = (register) => ({
  ...register,
  ...Object.fromEntries(VOCABULARIES.map((name) => [name, published[name]])),
});

const sheet = (name) => state.sheets.find((s) => s.name === name).rows;
const column = (name, col) => sheet(name)[0].indexOf(col);

// The preview's register: the elements fetch it from an address that exists only in this page.
const PREVIEW_ORIGIN = 'https://studio.invalid/';
const pageFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input.url;
  if (url.startsWith(PREVIEW_ORIGIN)) {
    return Promise.resolve(new Response(JSON.stringify(state.result.register), { headers: { 'content-type': 'application/json' } }));
  }
  return pageFetch(input, init);
};

function recompute() {
  const result = workbookProblems(state.sheets);
  // A local register uses a few of the published topics; that the others go unused is no fault of it.
  const problems = state.local ? result.problems.filter((problem) => problem.code !== 'unusedTopic') : result.problems;
  state.result = { ...result, problems };
  renderProblems();
  renderChanges();
  renderPreview();
  $('#save-json').setAttribute('aria-disabled', String(state.result.problems.length > 0));
}

function renderTexts() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(state.lang, node.dataset.t);
}

function renderProblems() {
  const { problems } = state.result;
  const list = $('#problem-list');
  $('#problem-count').textContent = problems.length ? t(state.lang, 'problemCount', { n: problems.length }) : t(state.lang, 'noProblems');
  const groups = new Map();
  for (const problem of problems) {
    const where = [problem.sheet, problem.row ? t(state.lang, 'row', { row: problem.row }) : '', problem.id ? `(${problem.id})` : ''].filter(Boolean).join(', ');
    if (!groups.has(where)) groups.set(where, { problem, items: [] });
    const hintKey = Object.keys(HINTS).find((key) => HINTS[key] === problem.hint);
    groups.get(where).items.push(el('li', { textContent: `${problem.column || '—'}: ${problemText(state.lang, problem, hintKey)}` }));
  }
  list.replaceChildren(
    ...[...groups].map(([where, { problem, items }]) => {
      const heading = el('h3', {}, [where]);
      if (problem.row && (problem.sheet === 'entries' || problem.sheet === 'helplines' || problem.sheet === 'channels')) {
        const go = el('button', { type: 'button', textContent: where, className: 'link' });
        go.addEventListener('click', () => select(problem.sheet === 'channels' ? helplineRowOf(problem.id) : problem));
        heading.replaceChildren(go);
      }
      return el('li', { className: 'group' }, [heading, el('ul', {}, items)]);
    }),
  );
}

function helplineRowOf(id) {
  const row = sheet('helplines').findIndex((r, i) => i > 0 && r[0] === id);
  return { sheet: 'helplines', row: row < 0 ? 1 : row + 1 };
}

/** Selects a sheet row (1-based, as in the problems list) for the form. */
function select({ sheet: name, row }) {
  state.selected = { sheet: name, row: row - 1 };
  renderEditor();
  $('#item').focus();
}

function renderItemList() {
  const options = (name) =>
    sheet(name)
      .map((row, i) => [row, i])
      .filter(([row, i]) => i > 0 && row.some((c) => c !== ''))
      .map(([row, i]) => el('option', { value: `${name}:${i}`, textContent: `${row[0] || '(—)'}${row[4] && name === 'entries' ? ` · ${row[4].slice(0, 60)}` : ''}` }));
  $('#item').replaceChildren(
    el('optgroup', { label: t(state.lang, 'entries') }, options('entries')),
    el('optgroup', { label: t(state.lang, 'helplines') }, options('helplines')),
  );
  $('#item').value = `${state.selected.sheet}:${state.selected.row}`;
}

/** A labelled input for one cell; a change writes the cell and checks the register again. */
function field(name, columnInfo, row, prefix) {
  const id = `${prefix}-${columnInfo.name.replace(/\W/g, '-')}`;
  const cells = sheet(name)[row];
  const index = column(name, columnInfo.name);
  const input = el('input', { id, name: columnInfo.name, value: cells[index] ?? '' });
  if (columnInfo.kind === 'list') input.setAttribute('aria-describedby', 'list-hint');
  input.addEventListener('change', () => {
    cells[index] = input.value.trim();
    if (name === 'helplines' && columnInfo.name === 'id') {
      for (const channel of sheet('channels').slice(1)) if (channel[0] === input.defaultValue) channel[0] = cells[index];
      input.defaultValue = cells[index];
    }
    renderItemList();
    recompute();
  });
  return el('div', { className: 'field' }, [el('label', { htmlFor: id, textContent: columnInfo.name }), input]);
}

function renderEditor() {
  renderItemList();
  const { sheet: name, row } = state.selected;
  const form = $('#form');
  if (!sheet(name)[row]) return form.replaceChildren();
  const fields = sheetLayout()[name].columns.map((c) => field(name, c, row, 'f'));
  if (name === 'helplines') {
    const id = sheet('helplines')[row][0];
    const channelRows = sheet('channels').map((r, i) => [r, i]).filter(([r, i]) => i > 0 && r[0] === id);
    channelRows.forEach(([, i], n) => {
      const remove = el('button', { type: 'button', textContent: t(state.lang, 'removeChannel', { n: n + 1 }) });
      remove.addEventListener('click', () => {
        sheet('channels').splice(i, 1);
        renderEditor();
        recompute();
      });
      const columns = sheetLayout().channels.columns.filter((c) => c.name !== 'helpline');
      fields.push(el('fieldset', {}, [el('legend', { textContent: t(state.lang, 'channel', { n: n + 1 }) }), ...columns.map((c) => field('channels', c, i, `c${n}`)), remove]));
    });
    const add = el('button', { type: 'button', textContent: t(state.lang, 'addChannel') });
    add.addEventListener('click', () => {
      const rows = sheet('channels');
      const last = channelRows.length ? channelRows.at(-1)[1] + 1 : rows.length;
      rows.splice(last, 0, rows[0].map((c) => (c === 'helpline' ? id : '')));
      renderEditor();
      recompute();
    });
    fields.push(add);
  }
  form.replaceChildren(...fields);
}

function addItem(name) {
  const rows = sheet(name);
  rows.push(rows[0].map((c) => (c === 'id' ? `new-${name === 'entries' ? 'entry' : 'helpline'}-${rows.length}` : '')));
  state.selected = { sheet: name, row: rows.length - 1 };
  renderEditor();
  recompute();
  $('#f-id').focus();
}

function removeItem() {
  const { sheet: name, row } = state.selected;
  const rows = sheet(name);
  if (!rows[row]) return;
  const [removed] = rows.splice(row, 1);
  if (name === 'helplines') {
    const channels = sheet('channels');
    for (let i = channels.length - 1; i > 0; i--) if (channels[i][0] === removed[0]) channels.splice(i, 1);
  }
  state.selected = { sheet: name, row: Math.max(1, Math.min(row, rows.length - 1)) };
  renderEditor();
  recompute();
  $('#item').focus();
}

function renderPreview() {
  state.serial++;
  const src = `${PREVIEW_ORIGIN}register-${state.serial}.json`;
  const frame = $('#preview-frame');
  frame.className = `frame ${state.width}`;
  frame.lang = state.previewLang;
  for (const element of frame.querySelectorAll('[src]')) element.setAttribute('src', src);
}

function renderChanges() {
  const list = $('#change-list');
  $('#changes-against').textContent = t(state.lang, 'changesAgainst', { name: state.baseline.name, version: state.baseline.register.version ?? '?' });
  const changes = diffRegisters(state.baseline.register, state.result.register);
  if (!changes.length) return list.replaceChildren(el('li', { textContent: t(state.lang, 'noChanges') }));
  const show = (value) =>
    value === undefined ? t(state.lang, 'empty') : typeof value === 'string' ? value : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join('; ') : JSON.stringify(value);
  list.replaceChildren(
    ...changes.map((change) => {
      if (change.kind === 'part') return el('li', { textContent: t(state.lang, 'otherPart', { part: change.part }) });
      const label = `${t(state.lang, change.kind)}: ${change.part} ${change.id}`;
      const fields = (change.fields ?? []).map((f) => el('li', { textContent: `${f.field}: ${show(f.before)} → ${show(f.after)}` }));
      return el('li', { className: change.kind }, [label, ...(fields.length ? [el('ul', {}, fields)] : [])]);
    }),
  );
}

function status(text) {
  $('#status').textContent = text;
}

async function open(file) {
  try {
    const name = file.name;
    if (/\.xlsx$/i.test(name)) {
      const sheets = await xlsxToSheets(await file.arrayBuffer());
      state.sheets = sheets.map(({ name: n, rows }) => ({ name: n, rows }));
      const { register } = workbookProblems(state.sheets);
      // Keep the cells as text from here on: the sheets as read may hold numbers and dates.
      state.sheets = normalized(state.sheets);
      state.baseline = { register, name };
      state.local = false;
    } else if (/\.csv$/i.test(name)) {
      // The CSV is the entries sheet: its cells replace that sheet's, and their problems are named by row.
      const { rows, problems, cellProblems } = csvToRows(await file.text(), name);
      const header = problems.length ? [] : workbookProblems([{ name: 'entries', rows }], { only: ['entries'] }).problems.filter((p) => p.code === 'missingColumns' || p.code === 'unknownColumns');
      const refused = [...problems, ...[...header, ...cellProblems].map((problem) => sheetProblemLine(name, problem))];
      if (refused.length) throw new Error(refused.join('\n'));
      // The columns in the workbook's order (a CSV may have them in any order); empty lines kept, so that the
      // rows are numbered as in the file.
      const names = rows.find((row) => row.some((c) => c !== ''));
      const order = sheetLayout().entries.columns.map((c) => names.indexOf(c.name));
      const entries = rows.slice(rows.indexOf(names)).map((row) => (row === names ? sheetLayout().entries.columns.map((c) => c.name) : order.map((i) => row[i] ?? '')));
      state.sheets = state.sheets.map((s) => (s.name === 'entries' ? { name: 'entries', rows: entries } : s));
    } else {
      const parsed = parseRegisterText(await file.text(), name);
      if (parsed.problems.length) throw new Error(parsed.problems.join('\n'));
      const local = isLocal(parsed.register);
      const register = local ? withPublishedVocabularies(parsed.register) : parsed.register;
      state.sheets = registerToSheets(register);
      state.baseline = { register, name };
      state.local = local;
    }
    state.selected = { sheet: 'entries', row: 1 };
    status(t(state.lang, state.local ? 'openedLocal' : 'opened', { name }));
    renderEditor();
    recompute();
  } catch (error) {
    status(t(state.lang, 'cannotOpen', { name: file.name, error: error.message }));
  }
}

function normalized(sheets) {
  return sheets.map(({ name, rows }) => ({
    name: name.trim(),
    rows: rows.map((row) => (row ?? []).map(cellToText)),
  }));
}

const today = () => new Date().toISOString().slice(0, 10);
function bumped(version) {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(version ?? '');
  return parts ? `${parts[1]}.${parts[2]}.${Number(parts[3]) + 1}` : '1.0.0';
}

/** Offers `blob` as a download named `name`; a `studio-save` listener may take it instead (the tests). */
function download(name, blob) {
  if (!document.dispatchEvent(new CustomEvent('studio-save', { cancelable: true, detail: { name, blob } }))) return;
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function savedRegister() {
  return { ...state.result.register, version: bumped(state.baseline.register.version), updated: today() };
}

/** register.json as saved: a local register without the vocabularies it was checked with. */
function savedJson() {
  const register = savedRegister();
  if (state.local) for (const name of VOCABULARIES) delete register[name];
  return register;
}

async function save(kind) {
  if (kind === 'json') {
    if (state.result.problems.length) return status(t(state.lang, 'saveBlocked'));
    const register = savedJson();
    const name = state.local ? state.baseline.name : 'register.json';
    download(name, new Blob([formatRegister(register)], { type: 'application/json' }));
    return status(t(state.lang, 'saved', { name, version: register.version, updated: register.updated }));
  }
  const register = state.result.problems.length ? undefined : savedRegister();
  const sheets = register ? registerToSheets(register) : state.sheets;
  download('register.xlsx', await sheetsToXlsx(sheets));
  status(t(state.lang, 'saved', { name: 'register.xlsx', version: register?.version ?? '—', updated: register?.updated ?? '—' }));
}

function start() {
  const languages = Object.entries(LANGUAGES).map(([code, label]) => el('option', { value: code, textContent: label }));
  $('#lang').replaceChildren(...languages);
  $('#lang').value = state.lang;
  $('#preview-lang').replaceChildren(...languages.map((o) => o.cloneNode(true)));
  $('#preview-lang').value = state.previewLang;
  $('#lang').addEventListener('change', (e) => {
    state.lang = e.target.value;
    renderTexts();
    renderEditor();
    recompute();
  });
  $('#preview-lang').addEventListener('change', (e) => {
    state.previewLang = e.target.value;
    renderPreview();
  });
  for (const radio of document.querySelectorAll('input[name=width]')) {
    radio.addEventListener('change', () => {
      state.width = radio.value;
      renderPreview();
    });
  }
  $('#file').addEventListener('change', (e) => e.target.files[0] && open(e.target.files[0]));
  $('#item').addEventListener('change', (e) => {
    const [name, row] = e.target.value.split(':');
    state.selected = { sheet: name, row: Number(row) };
    renderEditor();
  });
  $('#add-entry').addEventListener('click', () => addItem('entries'));
  $('#add-helpline').addEventListener('click', () => addItem('helplines'));
  $('#remove').addEventListener('click', removeItem);
  $('#save-json').addEventListener('click', () => save('json'));
  $('#save-xlsx').addEventListener('click', () => save('xlsx'));
  // The quick exit would leave the studio: in the preview it does nothing.
  for (const type of ['click', 'keydown', 'keyup']) {
    $('#preview-frame').addEventListener(type, (e) => e.composedPath().some((n) => n.localName === 'ogv-quick-exit') && e.stopPropagation(), true);
  }
  renderTexts();
  renderEditor();
  recompute();
  document.body.dataset.ready = 'true';
}

start();
