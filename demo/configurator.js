/**
 * The snippet configurator: a form → a live preview (real elements, built with DOM calls, never HTML
 * strings) and a ready-to-paste snippet. When the page is served from a build (`npm run build && npm run
 * preview`), it fetches the built bundle and adds its Subresource Integrity hash (sha384) to the snippet.
 * The elements to choose from are those of src/elements.mjs; each has its presets (a fieldset with
 * data-for=<tag> in configurator.html) and its attributes below.
 */
const form = document.getElementById('config');
const preview = document.getElementById('preview');
const snippetOut = document.getElementById('snippet');
const sriStatus = document.getElementById('sri-status');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');

import { ELEMENTS, TAGS } from '/src/elements.mjs';

const LANGUAGES = [
  { id: 'nl', label: 'Nederlands' },
  { id: 'fr', label: 'Français' },
  { id: 'de', label: 'Deutsch' },
  { id: 'en', label: 'English' },
];

/** The element choice: one radio per element of the list (the first one chosen), then all of them. */
function fillElementChoice() {
  const choice = document.getElementById('element-choice');
  const radio = (value, text, checked) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'element';
    input.value = value;
    input.checked = checked;
    label.append(input, ` ${text}`);
    choice.append(label);
  };
  ELEMENTS.forEach(({ tag, label }, index) => radio(tag, label, index === 0));
  radio('all', 'All of them', false);
}

/** "All of them" in page order: the quick exit first, as it belongs at the top of a page. */
const ALL_TAGS = [...TAGS].sort((a, b) => Number(b === 'ogv-quick-exit') - Number(a === 'ogv-quick-exit'));

/** sha384 integrity of the built bundle, once found. */
let integrity = '';

// ---------------------------------------------------------------- the register's vocabularies

/** Where a register may be: the build's copy (preview serves dist/ at /), then the source (npm start). */
async function loadVocabulary() {
  for (const url of ['/register.json', '/register/register.json', '/dist/register.json']) {
    try {
      const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
      if (!response.ok) continue;
      const data = JSON.parse(await response.text());
      if (Array.isArray(data.entries) && Array.isArray(data.helplines)) return data;
    } catch {
      // not here (or not JSON): try the next place
    }
  }
  return undefined;
}

function option(select, value, text) {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = text;
  select.append(el);
}

function checkbox(container, name, value, text) {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = name;
  input.value = value;
  label.append(input, ` ${text}`);
  container.append(label);
}

/** The report path's steps, as the element itself lists them: [id, its first sentence]. */
async function reportPathSteps() {
  await customElements.whenDefined('ogv-report-path');
  return document.createElement('ogv-report-path').shownSteps.map((step) => [step.id, `${step.text()} (${step.id})`]);
}

/**
 * Fills the selects and checkbox groups from the register and the report path's steps; without the
 * register, free text fields for its ids.
 */
function fillVocabulary(register, steps) {
  const en = (term) => term.labels?.en ?? term.id;
  const lists = {
    steps,
    ...(register && {
      audiences: register.audiences.map((t) => [t.id, en(t)]),
      topics: register.topics.map((t) => [t.id, en(t)]),
      types: register.types.map((t) => [t.id, en(t)]),
      languages: LANGUAGES.map((l) => [l.id, l.label]),
      helplines: register.helplines.map((h) => [h.id, h.name]),
    }),
  };
  for (const group of form.querySelectorAll('.choices')) {
    const name = group.dataset.attribute;
    const labelId = group.querySelector('.choices-label').id;
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', labelId);
    const items = lists[group.dataset.vocabulary];
    if (items) {
      for (const [id, text] of items) checkbox(group, name, id, text);
    } else {
      const input = document.createElement('input');
      input.type = 'text';
      input.name = name;
      input.setAttribute('aria-labelledby', labelId);
      input.placeholder = 'ids, comma-separated';
      group.append(input);
    }
  }
  if (!register) return;
  for (const section of register.sections) option(form.elements.section, section.id, en(section));
  for (const audience of register.audiences) option(form.elements.audience, audience.id, en(audience));
  for (const region of register.regions) option(form.elements.region, region.id, en(region));
  for (const topic of register.topics) option(form.elements.topic, topic.id, en(topic));
}

// ---------------------------------------------------------------- reading the form

/** The attributes of each element, in the order they are written, from the form's current state. */
function readConfig() {
  const data = new FormData(form);
  const value = (name) => String(data.get(name) ?? '').trim();
  const list = (name) =>
    data
      .getAll(name)
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter(Boolean)
      .join(',');
  const chosen = value('element');
  const lang = value('lang');
  const headingLevel = value('heading-level');

  const attributes = {
    'ogv-quick-exit': [
      ['lang', lang],
      ['href', value('href')],
      ['shortcut', value('shortcut')],
      ['position', value('position')],
      ['safety-href', value('safety-href')],
    ],
    'ogv-helpline-banner': [
      ['lang', lang],
      ['variant', value('variant') === 'full' ? '' : value('variant')],
      ['helplines', list('helplines')],
      ['audience', value('audience')],
      ['region', value('region')],
      ['topic', value('topic')],
      ['no-emergency', data.has('no-emergency') ? true : ''],
      ['heading-level', headingLevel],
    ],
    'ogv-resource-finder': [
      ['lang', lang],
      ['section', value('section')],
      ['audiences', list('audiences')],
      ['topics', list('topics')],
      ['types', list('types')],
      ['languages', list('languages')],
      ['hide-filters', data.has('hide-filters') ? true : ''],
      ['link-target', data.has('link-target') ? '_blank' : ''],
      ['page-size', value('page-size')],
      ['heading-level', headingLevel],
    ],
    'ogv-report-path': [
      ['lang', lang],
      ['steps', list('steps')],
      ['compact', data.has('compact') ? true : ''],
      ['heading-level', headingLevel],
    ],
  };
  const tags = chosen === 'all' ? ALL_TAGS : [chosen];
  for (const tag of tags) if (!attributes[tag]) throw new Error(`The configurator has no attributes for <${tag}>`);
  const theme = data.has('theme')
    ? [
        ['--ogv-color-accent', value('accent')],
        ['--ogv-color-text', value('text')],
        ['--ogv-color-background', value('background')],
      ]
    : [];
  if (value('radius')) theme.push(['--ogv-radius', value('radius')]);
  return {
    elements: tags.map((tag) => ({ tag, attributes: attributes[tag].filter(([, v]) => v !== '') })),
    theme,
    scriptUrl: value('script-url') || 'ogv-widgets.js',
  };
}

// ---------------------------------------------------------------- the snippet

function escapeAttribute(text) {
  return String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function tagText({ tag, attributes }) {
  const parts = attributes.map(([name, v]) => (v === true ? name : `${name}="${escapeAttribute(v)}"`));
  return `<${tag}${parts.length ? ' ' + parts.join(' ') : ''}></${tag}>`;
}

/**
 * The text a partner pastes: the script tag (blocking="render": no jump where supported, README "Add it to your
 * page"; with SRI when known), an optional style block, the elements.
 */
export function snippetText(config, sri = integrity) {
  const lines = [];
  const src = escapeAttribute(config.scriptUrl);
  lines.push(
    sri
      ? `<script type="module" blocking="render" src="${src}"\n        integrity="${sri}" crossorigin="anonymous"></script>`
      : `<script type="module" blocking="render" src="${src}"></script>`,
  );
  if (config.theme.length) {
    const selector = config.elements.map((e) => e.tag).join(',\n');
    lines.push('');
    lines.push('<!-- Put these rules in your own stylesheet (a strict CSP refuses inline <style>). -->');
    lines.push('<style>');
    lines.push(`${selector} {`);
    for (const [name, v] of config.theme) lines.push(`  ${name}: ${v};`);
    lines.push('}');
    lines.push('</style>');
  }
  lines.push('');
  for (const element of config.elements) lines.push(tagText(element));
  return lines.join('\n');
}

// ---------------------------------------------------------------- the preview

function renderPreview(config) {
  preview.replaceChildren();
  for (const { tag, attributes } of config.elements) {
    const el = document.createElement(tag);
    for (const [name, v] of attributes) el.setAttribute(name, v === true ? '' : v);
    // The preview's quick exit has no shortcut: typing in this form must not leave the page.
    if (tag === 'ogv-quick-exit') el.setAttribute('shortcut', 'none');
    for (const [name, v] of config.theme) el.style.setProperty(name, v);
    preview.append(el);
  }
}

function update() {
  for (const set of form.querySelectorAll('fieldset[data-for]')) {
    const chosen = form.elements.element.value;
    set.hidden = chosen !== 'all' && chosen !== set.dataset.for;
  }
  const config = readConfig();
  snippetOut.textContent = snippetText(config);
  renderPreview(config);
}

// ---------------------------------------------------------------- Subresource Integrity

function base64(buffer) {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** `sha384-…` of the bytes at `url`, if that URL serves JavaScript; otherwise undefined. */
export async function integrityOf(url) {
  const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !/javascript/i.test(type)) return undefined;
  const digest = await crypto.subtle.digest('SHA-384', await response.arrayBuffer());
  return `sha384-${base64(digest)}`;
}

/**
 * `npm run preview` serves dist/ at the site root, so a build shows itself as /ogv-widgets.js. Under
 * `npm start` that file does not exist (the demo runs from source) and the snippet goes without a hash.
 * `?bundle=/path/to/ogv-widgets.js` names another built file (the tests use it).
 */
async function findIntegrity() {
  const named = new URLSearchParams(location.search).get('bundle');
  const url = new URL(named || '/ogv-widgets.js', location.href);
  if (url.origin !== location.origin) return;
  try {
    integrity = (await integrityOf(url.href)) ?? '';
  } catch {
    integrity = '';
  }
  sriStatus.textContent = integrity
    ? `Integrity hash of the built bundle this server serves (${url.pathname}), included below. ` +
      'It changes with every release: regenerate it when you update the file.'
    : 'No built bundle is served here (npm start runs from source), so the snippet has no integrity hash. ' +
      'Run "npm run build && npm run preview" to get it.';
  sriStatus.dataset.integrity = integrity;
  update();
}

// ---------------------------------------------------------------- copy

async function copySnippet() {
  const text = snippetOut.textContent;
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard permission: select the text so Ctrl+C / Cmd+C copies it.
    const range = document.createRange();
    range.selectNodeContents(snippetOut);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    copyStatus.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', copySnippet);

async function start() {
  fillElementChoice();
  fillVocabulary(await loadVocabulary(), await reportPathSteps());
  update();
  await findIntegrity();
  document.documentElement.dataset.ready = 'true';
}

start();
