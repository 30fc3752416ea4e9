// One contract: the JSON Schema (published for others) and the widgets' validator (src/core/register-validate.ts,
// run through scripts/register-runtime.mjs) agree, and the snapshot bundled into the scripts is what that
// validator keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSchema } from '../../scripts/register-read.mjs';
import { runtimeProblems, schemaProblems } from '../../scripts/register-rules.mjs';
import { runtime } from '../../scripts/register-runtime.mjs';
import { registerSnapshotPlugin } from '../../scripts/register-snapshot.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const REGISTER = join(ROOT, 'register', 'register.json');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'registers');
const load = (path) => JSON.parse(readFileSync(path, 'utf8'));

// Where the two may differ, by design (see the header of register-validate.ts): the widgets drop unknown
// properties and repeated list values instead of refusing them, and check what JSON Schema cannot express
// (ids unique across items, references to the register's own vocabularies) and the consequence of dropping
// every channel of a helpline.
const SCHEMA_ONLY = [/^unknown property \(not allowed\)$/, /^repeats a value/];
const WIDGETS_ONLY = [/^duplicate (entry|helpline) id /, / is not defined in /, /^no channel that can be offered as a link$/];

const documents = [
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json') && name !== 'malformed.json')
    .map((name) => [`test/fixtures/registers/${name}`, join(FIXTURES, name)]),
  ['register/register.json', REGISTER],
];

for (const [label, path] of documents) {
  test(`the schema and the widgets' validator find the same faults in ${label}`, () => {
    const register = load(path);
    const where = ({ name, field }) => `${name} ${field}`;
    const schema = schemaProblems(register);
    const widgets = runtimeProblems(register);
    const schemaPlaces = new Set(schema.map(where));
    const widgetPlaces = new Set(widgets.map(where));
    const unexplained = [
      ...schema
        .filter((p) => !widgetPlaces.has(where(p)) && !SCHEMA_ONLY.some((re) => re.test(p.message)))
        .map((p) => `schema only: ${where(p)}: ${p.message}`),
      ...widgets
        .filter((p) => !schemaPlaces.has(where(p)) && !WIDGETS_ONLY.some((re) => re.test(p.message)))
        .map((p) => `widgets only: ${where(p)}: ${p.message}`),
    ];
    assert.deepEqual(unexplained, []);
  });
}

test('the closed lists and lengths of the validator are those of the schema', () => {
  const defs = loadSchema().$defs;
  assert.deepEqual([...runtime.LOCALES], defs.locale.enum);
  assert.deepEqual([...runtime.SECTIONS], defs.sectionId.enum);
  assert.deepEqual([...runtime.CHANNEL_TYPES], defs.channel.properties.type.enum);
  assert.equal(runtime.SUMMARY_MAX_LENGTH, defs.summaryText.maxLength);
  assert.equal(runtime.KEYWORD_MAX_LENGTH, defs.keyword.maxLength);
});

test('the size limits of the validator are those of the schema', () => {
  const schema = loadSchema();
  const { $defs: defs, properties } = schema;
  const { LIMITS } = runtime;
  assert.equal(defs.text.maxLength, LIMITS.text);
  assert.equal(defs.slug.maxLength, LIMITS.id);
  for (const url of [defs.httpUrl, defs.httpsUrl, defs.channel.properties.value]) assert.equal(url.maxLength, LIMITS.url);
  assert.equal(properties.entries.maxItems, LIMITS.entries);
  assert.equal(properties.helplines.maxItems, LIMITS.helplines);
  for (const name of ['sections', 'groups', 'types', 'audiences', 'regions', 'topics']) {
    assert.equal(properties[name].maxItems, LIMITS.vocabulary, name);
  }
  assert.equal(defs.synonymList.maxItems, LIMITS.synonyms);
  assert.equal(defs.entry.properties.authors.maxItems, LIMITS.authors);
  assert.equal(defs.helpline.properties.channels.maxItems, LIMITS.channels);
  assert.equal(defs.channel.properties.hours.maxItems, LIMITS.hours);
});

test('the bundled snapshot is what the widgets keep of register.json, and they keep all of it', async () => {
  const full = load(REGISTER);
  const bundled = JSON.parse(await registerSnapshotPlugin().load(REGISTER));
  const kept = runtime.validateRegister(full);
  assert.equal(kept.ok, true);
  assert.deepEqual(kept.problems, []);
  assert.deepEqual(bundled, JSON.parse(JSON.stringify(kept.register)));
  // The page validates the snapshot again when it loads: nothing may be lost then either.
  const reloaded = runtime.validateRegister(bundled);
  assert.deepEqual(reloaded.problems, []);
  assert.deepEqual(JSON.parse(JSON.stringify(reloaded.register)), bundled);
  // Fields the widgets never read are not bundled.
  assert.ok(!('license' in bundled) && !('place' in bundled.entries[0]) && !('source' in bundled.helplines[0]));
});
