/**
 * The documents a package ships beside its code: the licence text, the changelog and the versioning policy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ELEMENTS } from '../../src/elements.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * SHA-256 of the official EUPL-1.2 text as published in the SPDX License List (licenseText of
 * licenses/EUPL-1.2.json in the npm package spdx-license-list 6.12.0, source
 * https://joinup.ec.europa.eu/page/eupl-text-11-12), plus a final newline.
 */
const EUPL_1_2_SHA256 = '57fb42fbcd0b037ce528ed8f72f1ec095d67bc6825ecf1448ff39be1fe68a4b4';

test('LICENSE is the official EUPL-1.2 text, verbatim, and package.json names it', () => {
  const text = readFileSync('LICENSE', 'utf8');
  assert.equal(pkg.license, 'EUPL-1.2');
  assert.ok(text.startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2\n'), 'not the EUPL-1.2');
  assert.equal(createHash('sha256').update(text).digest('hex'), EUPL_1_2_SHA256, 'LICENSE differs from the official text');
});

function changelogSections() {
  return [...readFileSync('CHANGELOG.md', 'utf8').matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)].map(
    ([, version, date]) => ({ version, date }),
  );
}

test('CHANGELOG.md has Unreleased first, then dated versions, newest first, down to package.json version', () => {
  const sections = changelogSections();
  assert.equal(sections[0]?.version, 'Unreleased', 'the first section must be [Unreleased]');
  const released = sections.slice(1);
  assert.ok(released.length > 0, 'no released version');
  for (const { version, date } of released) {
    assert.match(version, /^\d+\.\d+\.\d+(-[\w.]+)?$/, `${version} is not a semantic version`);
    assert.ok(date, `[${version}] has no date`);
  }
  const dates = released.map((s) => s.date);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'versions are not newest first');
  assert.ok(
    released.some((s) => s.version === pkg.version),
    `package.json says ${pkg.version}, but CHANGELOG.md has no [${pkg.version}] section`,
  );
});

test('CHANGELOG.md uses only the Keep a Changelog kinds of change', () => {
  const kinds = [...readFileSync('CHANGELOG.md', 'utf8').matchAll(/^### (.+)$/gm)].map((m) => m[1]);
  const allowed = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];
  assert.deepEqual(kinds.filter((k) => !allowed.includes(k)), []);
});

test('CHANGELOG.md names every element and every event', () => {
  const text = readFileSync('CHANGELOG.md', 'utf8');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const events = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.name)));
  for (const name of [...ELEMENTS.map((e) => `<${e.tag}>`), ...new Set(events)]) {
    assert.ok(text.includes(name), `${name} is not in CHANGELOG.md`);
  }
});

test('CONTRIBUTING.md has the versioning policy', () => {
  const text = readFileSync('CONTRIBUTING.md', 'utf8');
  const section = text.slice(text.indexOf('\n## Versioning\n'));
  assert.ok(section.length > 20, 'no "## Versioning" section');
  for (const words of ['Semantic Versioning', 'attribute', 'event', 'part', 'custom property', 'register field', 'Deprecat', 'managing change']) {
    assert.ok(section.includes(words), `the versioning policy does not mention ${words}`);
  }
});
