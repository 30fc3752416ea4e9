/**
 * custom-elements.json describes the package as shipped (run after `npm run build`): its module paths and
 * references name files in the tarball, its `package` block is package.json's, and its events carry the same
 * `detail` types as the `HTMLElementEventMap` declarations partners' TypeScript sees.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

function packedFiles() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out)[0].files.map((f) => f.path);
}

function moduleReferences(node, found = []) {
  if (Array.isArray(node)) node.forEach((n) => moduleReferences(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'module' && typeof value === 'string' && !node.package) found.push(value);
      else moduleReferences(value, found);
    }
  }
  return found;
}

test('custom-elements.json names only files the package ships', () => {
  const files = new Set(packedFiles());
  const paths = manifest.modules.map((m) => m.path);
  const references = moduleReferences(manifest.modules);
  const missing = [...new Set([...paths, ...references])].filter((path) => !files.has(path));
  assert.deepEqual(missing, [], `not in the tarball:\n${missing.join('\n')}`);
});

test('custom-elements.json has the package block of package.json', () => {
  assert.deepEqual(manifest.package, { name: pkg.name, version: pkg.version });
});

/** `'ogv-…': CustomEvent<Detail>` entries of every `map` (HTMLElementEventMap, DocumentEventMap) in src/. */
function declaredEvents(map) {
  const events = new Map();
  for (const file of readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(`src/${file}`, 'utf8');
    for (const [, body] of text.matchAll(new RegExp(`interface ${map} \\{([^}]*)\\}`, 'g'))) {
      for (const [, name, type] of body.matchAll(/'(ogv-[\w-]+)': (CustomEvent<\w+>);/g)) events.set(name, type);
    }
  }
  return events;
}

test('every event in the manifest is in HTMLElementEventMap and DocumentEventMap with its detail type, and back', () => {
  const described = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) described.set(event.name, event.type?.text);
    }
  }
  assert.ok(described.size >= 4, 'fewer than four events described');
  for (const map of ['HTMLElementEventMap', 'DocumentEventMap']) {
    assert.deepEqual(Object.fromEntries(declaredEvents(map)), Object.fromEntries(described), map);
  }
});
