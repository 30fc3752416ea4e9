#!/usr/bin/env node
/**
 * Fills <target> elements in locales/{nl,fr,de}.xlf from a JSON file, so translators and developers can
 * add translations without hand-editing XML. Usage: node scripts/xlf-fill.mjs translations.json
 *
 * The JSON is an object keyed by trans-unit id OR by the exact inner XML of <source>, each value
 * { "nl": "...", "fr": "...", "de": "..." } (inner XML: copy placeholders such as
 * <x id="0" equiv-text="${count}"/> as they appear in the source). Existing targets are replaced.
 * Run `npx lit-localize extract` first so new messages exist, then `npx lit-localize build`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/xlf-fill.mjs translations.json');
  process.exit(2);
}
const translations = JSON.parse(readFileSync(file, 'utf8'));
let missing = 0;
for (const locale of ['nl', 'fr', 'de']) {
  const path = `locales/${locale}.xlf`;
  let xml = readFileSync(path, 'utf8');
  let filled = 0;
  xml = xml.replace(
    /<trans-unit id="([^"]+)">\n(\s*)<source>([\s\S]*?)<\/source>(?:\n\s*<target>[\s\S]*?<\/target>)?/g,
    (whole, id, indent, source) => {
      const entry = translations[id] ?? translations[source];
      if (!entry || typeof entry[locale] !== 'string') return whole;
      filled++;
      return `<trans-unit id="${id}">\n${indent}<source>${source}</source>\n${indent}<target>${entry[locale]}</target>`;
    },
  );
  writeFileSync(path, xml);
  const untranslated = [...xml.matchAll(/<trans-unit id="([^"]+)">\n\s*<source>([\s\S]*?)<\/source>\n(?!\s*<target>)/g)];
  missing += untranslated.length;
  console.log(`${path}: ${filled} filled, ${untranslated.length} still without a target`);
  for (const [, id, source] of untranslated) console.log(`  ${id}: ${source}`);
}
process.exitCode = missing ? 1 : 0;
