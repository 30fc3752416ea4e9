/**
 * The rules that reserve the elements' space until the script has run live in demo/reserve-space.css (the
 * bench measures them from there); the README's partner guide shows them. The two must not drift apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The file's rules: without its leading comment and surrounding blank lines. */
const rules = readFileSync('demo/reserve-space.css', 'utf8')
  .replace(/^\s*\/\*[\s\S]*?\*\/\s*/, '')
  .trim();

test('the README shows exactly the rules of demo/reserve-space.css', () => {
  const readme = readFileSync('README.md', 'utf8');
  const snippets = [...readme.matchAll(/```css\n([^`]*?)```/g)].map((m) => m[1].trim()).filter((css) => css.includes(':not(:defined)'));
  assert.equal(snippets.length, 1, 'the README should show the :not(:defined) rules in one ```css block');
  assert.equal(snippets[0], rules);
});
