/**
 * scripts/shrink-sources.mjs on small modules: css`…` minified for the browsers we support, html`…`
 * indentation collapsed to one space, msg() templates and everything outside templates left as written,
 * and translators' `desc` notes dropped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseTemplateWhitespace, minifyCss, shrinkSource } from '../../scripts/shrink-sources.mjs';

test('minifyCss minifies, and keeps max-width media queries that Safari before 16.4 reads', () => {
  const css = ':host {\n  color: #ff0000;\n  margin: 0px;\n}\n@media (max-width: 30rem) {\n  :host { display: none; }\n}\n';
  assert.equal(minifyCss(css), ':host{color:red;margin:0}@media (max-width:30rem){:host{display:none}}');
});

test('minifyCss fails, naming the file, on a stylesheet it cannot parse', () => {
  assert.throws(() => minifyCss(':host { color: red; }}', 'src/x/x.styles.ts'), /^Error: src\/x\/x\.styles\.ts: .*line 1/);
});

test('collapseTemplateWhitespace turns a run of whitespace with a line break into one space, and only that', () => {
  assert.equal(collapseTemplateWhitespace('<p>\n    <b>a</b>\n  </p>'), '<p> <b>a</b> </p>');
  assert.equal(collapseTemplateWhitespace('a  b\tc'), 'a  b\tc');
});

test('shrinkSource collapses html`…` indentation, also around ${} and in nested templates', () => {
  const source = [
    'const t = html`<ul>',
    '  ${items.map((i) => html`<li>',
    '    ${i}',
    '  </li>`)}',
    '</ul>`;',
  ].join('\n');
  assert.equal(shrinkSource(source), 'const t = html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`;');
});

test('shrinkSource minifies css`…` without substitutions', () => {
  assert.equal(shrinkSource('const s = css`:host {\n  color: #ff0000;\n}`;'), 'const s = css`:host{color:red}`;');
});

test('shrinkSource leaves msg(html`…`) as written: its translation is found by a hash of that text', () => {
  const source = 'const m = msg(html`Call\n  <b>${n}</b>`);';
  assert.equal(shrinkSource(source), source);
});

test('shrinkSource drops the desc of msg() options, and the options when nothing else is left', () => {
  assert.equal(shrinkSource("msg('Topic', { desc: 'Filter: what it is about.' });"), "msg('Topic');");
  assert.equal(shrinkSource("msg('Topic', { id: 'topic', desc: 'A note.' });"), "msg('Topic', { id: 'topic' });");
});

test('shrinkSource leaves strings and comments that look like templates alone', () => {
  const source = "const s = 'html`<p>\\n  x</p>`';\n// css`:host {\n//   color: red;\n// }`\n";
  assert.equal(shrinkSource(source), source);
});
