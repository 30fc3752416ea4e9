/**
 * The editor and JSX data in dist/ (run after `npm run build`, which writes them from custom-elements.json with
 * scripts/editor-data.mjs) describe every element, attribute, value, event, CSS part and custom property the
 * manifest has: an attribute added to an element and missing from any of them fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = readJson('package.json');
const manifest = readJson('custom-elements.json');
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName?.startsWith('ogv-')));
const names = (list) => (list ?? []).map((item) => item.name).sort();

test('the manifest has the four elements the data is checked against', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['ogv-helpline-banner', 'ogv-quick-exit', 'ogv-report-path', 'ogv-resource-finder']);
});

test('VS Code HTML data: every element, attribute, and the values of attributes typed by string literals', () => {
  const data = readJson('dist/vscode.html-custom-data.json');
  assert.deepEqual(data.tags.map((t) => t.name).sort(), elements.map((e) => e.tagName).sort());
  for (const element of elements) {
    const tag = data.tags.find((t) => t.name === element.tagName);
    assert.ok(tag.description, `${element.tagName}: no description`);
    assert.deepEqual(names(tag.attributes), names(element.attributes), `${element.tagName}: attributes differ`);
  }
  const variant = data.tags.find((t) => t.name === 'ogv-helpline-banner').attributes.find((a) => a.name === 'variant');
  assert.deepEqual(names(variant.values), ['compact', 'full', 'inline'], 'the banner variant values (HelplineVariant)');
  const helplines = data.tags.find((t) => t.name === 'ogv-helpline-banner').attributes.find((a) => a.name === 'helplines');
  assert.deepEqual(helplines.values ?? [], [], 'a string[] attribute offers no values');
});

test('VS Code CSS data: every --ogv-* custom property and every ::part()', () => {
  const data = readJson('dist/vscode.css-custom-data.json');
  const properties = new Set(elements.flatMap((e) => names(e.cssProperties)));
  const parts = new Set(elements.flatMap((e) => names(e.cssParts).map((p) => `::part(${p})`)));
  assert.deepEqual(new Set(data.properties.map((p) => p.name)), properties);
  assert.deepEqual(new Set(data.pseudoElements.map((p) => p.name)), parts);
});

test('JetBrains web-types: declared in package.json, this package and version, every attribute and event', () => {
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.ok(existsSync(pkg['web-types']));
  const data = readJson('dist/web-types.json');
  assert.equal(data.name, pkg.name);
  assert.equal(data.version, pkg.version);
  const html = data.contributions.html.elements;
  assert.deepEqual(html.map((e) => e.name).sort(), elements.map((e) => e.tagName).sort());
  for (const element of elements) {
    const entry = html.find((e) => e.name === element.tagName);
    assert.deepEqual(names(entry.attributes), names(element.attributes), `${element.tagName}: attributes differ`);
    assert.deepEqual(names(entry.js?.events), names(element.events), `${element.tagName}: events differ`);
  }
  const css = data.contributions.css;
  assert.deepEqual(new Set(css.properties.map((p) => p.name)), new Set(elements.flatMap((e) => names(e.cssProperties))));
});

test('JSX types: every element, attribute (as written in HTML) and event (as React 19 and Preact listen)', () => {
  const jsx = readFileSync('dist/jsx/custom-elements.d.ts', 'utf8');
  for (const element of elements) {
    const props = jsx.slice(jsx.indexOf(`export type ${element.name}Props = {`), jsx.indexOf(`export type ${element.name}SolidJsProps`));
    assert.ok(props.length > 30, `${element.name}Props missing`);
    assert.ok(jsx.includes(`"${element.tagName}": Partial<`), `${element.tagName} missing from CustomElements`);
    for (const attribute of element.attributes ?? []) {
      assert.match(props, new RegExp(`\\n  "?${attribute.name}"?\\?:`), `${element.tagName}: attribute ${attribute.name}`);
    }
    for (const event of element.events ?? []) {
      assert.match(props, new RegExp(`\\n  "on${event.name}"\\?:`), `${element.tagName}: event ${event.name}`);
    }
  }
  for (const framework of ['react', 'preact']) {
    const types = pkg.exports[`./jsx/${framework}`]?.types;
    assert.match(readFileSync(types, 'utf8'), new RegExp(`declare module '${framework}' \\{\\n  namespace JSX \\{\\n    interface IntrinsicElements extends CustomElements`));
  }
});
