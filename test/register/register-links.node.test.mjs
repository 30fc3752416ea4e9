// register:links against a server on loopback: 200, 301, 404, 500, HEAD refused, a hang, a refused port,
// a connection reset once. No request leaves the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, registerLinks } from '../../scripts/register-links.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let server;
let base;
let refused;
const seen = { flaky: 0, perHost: 0, maxPerHost: 0, methods: [] };

before(async () => {
  server = createServer((req, res) => {
    seen.methods.push(`${req.method} ${req.url}`);
    const send = (status, headers = {}) => {
      res.writeHead(status, headers);
      res.end();
    };
    switch (req.url) {
      case '/ok':
        return send(200);
      case '/moved':
        return send(301, { location: '/ok' });
      case '/missing':
        return send(404);
      case '/error':
        return send(500);
      case '/no-head':
        return send(req.method === 'HEAD' ? 405 : 200);
      case '/hang':
        return undefined;
      case '/flaky':
        if (seen.flaky++ === 0) return req.socket.destroy();
        return send(200);
      default:
        if (req.url.startsWith('/slow')) {
          seen.perHost++;
          seen.maxPerHost = Math.max(seen.maxPerHost, seen.perHost);
          return setTimeout(() => {
            seen.perHost--;
            send(200);
          }, 50);
        }
        return send(404);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  // A port nothing listens on: open a server, note its port, close it.
  const closed = createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  refused = `http://127.0.0.1:${closed.address().port}/`;
  await new Promise((resolve) => closed.close(resolve));
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const register = () => ({
  entries: ['ok', 'moved', 'missing', 'error', 'no-head', 'hang', 'flaky'].map((name) => ({ id: name, url: `${base}/${name}` })),
  helplines: [{ id: 'line', channels: [{ type: 'phone', value: '+3280012800' }, { type: 'chat', value: refused }] }],
});

test('each kind of link is reported as it is', async () => {
  const results = await checkLinks(registerLinks(register()), { timeout: 400 });
  const byId = Object.fromEntries(results.map((r) => [r.id, r]));
  assert.deepEqual(Object.keys(byId), ['ok', 'moved', 'missing', 'error', 'no-head', 'hang', 'flaky', 'line (chat)']);
  assert.deepEqual(byId.ok, { id: 'ok', url: `${base}/ok`, state: 'ok', status: 200 });
  assert.deepEqual(byId.moved, { id: 'moved', url: `${base}/moved`, state: 'moved', status: 200, final: `${base}/ok` });
  assert.equal(byId.missing.state, 'broken');
  assert.equal(byId.missing.status, 404);
  assert.equal(byId.error.status, 500);
  assert.deepEqual([byId['no-head'].state, byId['no-head'].status], ['ok', 200]);
  assert.ok(seen.methods.includes('HEAD /no-head') && seen.methods.includes('GET /no-head'), 'GET after a refused HEAD');
  assert.deepEqual([byId.hang.state, byId.hang.status], ['broken', 'timeout']);
  assert.deepEqual([byId.flaky.state, byId.flaky.status], ['ok', 200], 'tried once more after a network error');
  assert.equal(byId['line (chat)'].state, 'broken');
  assert.match(byId['line (chat)'].status, /^network error \(ECONNREFUSED\)$/);
});

test('at most `perHost` requests go to one host at a time', async () => {
  const links = Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, url: `${base}/slow${i}` }));
  seen.maxPerHost = 0;
  const results = await checkLinks(links, { perHost: 2, timeout: 2000 });
  assert.ok(results.every((r) => r.state === 'ok'));
  assert.equal(seen.maxPerHost, 2);
});

test('the command prints a line per broken or moved link and a summary, writes the report, exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ogv-links-'));
  try {
    seen.flaky = 0;
    writeFileSync(join(dir, 'register.json'), JSON.stringify(register()));
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'register-links.mjs'), '--register', 'register.json', '--json', 'report.json', '--timeout', '400'], {
      cwd: dir,
      env: { ...process.env, INIT_CWD: dir },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const status = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(status, 1, out);
    const lines = out.trim().split('\n');
    assert.deepEqual(lines.slice(0, 5), [
      `moved  200 moved  ${base}/moved  → ${base}/ok`,
      `missing  404  ${base}/missing`,
      `error  500  ${base}/error`,
      `hang  timeout  ${base}/hang`,
      `line (chat)  network error (ECONNREFUSED)  ${refused}`,
    ]);
    assert.equal(lines.at(-1), '8 links: 3 ok, 1 moved, 4 broken');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    assert.deepEqual(report.summary, { ok: 3, moved: 1, broken: 4 });
    assert.equal(report.links.length, 8);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('language versions are checked too, each other address once', () => {
  const links = registerLinks({
    entries: [{ id: 'e', url: 'https://x.example/nl', urls: { nl: 'https://x.example/nl', fr: 'https://x.example/fr' } }],
    helplines: [{ id: 'h', channels: [{ type: 'web', value: 'https://y.example/nl', values: { nl: 'https://y.example/nl', en: 'https://y.example/en' } }] }],
  });
  assert.deepEqual(links, [
    { id: 'e', url: 'https://x.example/nl' },
    { id: 'e (fr)', url: 'https://x.example/fr' },
    { id: 'h (web)', url: 'https://y.example/nl' },
    { id: 'h (web) (en)', url: 'https://y.example/en' },
  ]);
});
