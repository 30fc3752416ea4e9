#!/usr/bin/env node
/**
 * Writes docs/reference.md, the element reference (attributes, properties, events, CSS parts, CSS custom
 * properties of each element), from custom-elements.json, which `cem analyze` generates from the classes'
 * JSDoc. The whole file is generated: edit the JSDoc in src/, then run `npm run analyze`.
 * `--check` exits 1 when docs/reference.md is not current (test/node/manifest.node.test.mjs runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const OUT = 'docs/reference.md';

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

let out = `# Element reference

<!-- Generated from custom-elements.json by \`npm run analyze\` (scripts/reference-doc.mjs); do not edit by hand. -->

Every public attribute, property, event, CSS part and CSS custom property of the four elements, from the JSDoc
of their classes in \`src/\`. How to add the elements to a page, theme them and host them: the [README](../README.md).

${elements.map((el) => `- [\`<${el.tagName}>\`](#${el.tagName})`).join('\n')}

`;
for (const el of elements) {
  out += `## \`<${el.tagName}>\`\n\n${cell(el.summary ?? el.description)}\n\n`;
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
const next = `${out.trim()}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // A missing file is as stale as an old one.
  }
  if (next !== current) {
    console.error(`${OUT} is stale: run npm run analyze`);
    process.exit(1);
  }
} else writeFileSync(OUT, next);
