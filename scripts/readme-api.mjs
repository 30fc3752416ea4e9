#!/usr/bin/env node
/**
 * Writes the per-element API reference (attributes, properties, events, CSS parts, CSS custom properties)
 * from custom-elements.json into README.md, between the markers <!-- api:start --> and <!-- api:end -->.
 * Run by `npm run analyze`; `--check` exits 1 when README.md is not current.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName?.startsWith('ogv-')))
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

let out = '';
for (const el of elements) {
  out += `### \`<${el.tagName}>\`\n\n${cell(el.summary ?? el.description)}\n\n`;
  const attributes = el.attributes ?? [];
  out += table(
    ['Attribute', 'Property', 'Type', 'Default', 'Description'],
    attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
  );
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  const properties = (el.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.privacy && !m.inheritedFrom && !attributeFields.has(m.name) && !m.name.startsWith('_'),
  );
  if (properties.length) out += '\n' + table(['Property', 'Type', 'Description'], properties.map((p) => [code(p.name), code(p.type?.text), `${p.readonly ? '(read-only) ' : ''}${cell(p.description)}`]));
  if (el.events?.length) out += '\n' + table(['Event', 'Detail', 'Description'], el.events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]));
  if (el.cssParts?.length) out += '\n' + table(['CSS part', 'Description'], el.cssParts.map((p) => [code(p.name), cell(p.description)]));
  if (el.cssProperties?.length)
    out += '\n' + table(['CSS custom property', 'Default', 'Description'], el.cssProperties.map((p) => [code(p.name), code(p.default), cell(p.description)]));
  out += '\n';
}

const readme = readFileSync('README.md', 'utf8');
const start = '<!-- api:start -->';
const end = '<!-- api:end -->';
const i = readme.indexOf(start);
const j = readme.indexOf(end);
if (i < 0 || j < 0) throw new Error('README.md lacks the api markers');
const next = `${readme.slice(0, i + start.length)}\n<!-- Generated from custom-elements.json by npm run analyze; do not edit by hand. -->\n\n${out.trim()}\n\n${readme.slice(j)}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md API reference is stale: run npm run analyze');
    process.exit(1);
  }
} else writeFileSync('README.md', next);
