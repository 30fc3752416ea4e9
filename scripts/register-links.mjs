#!/usr/bin/env node
// Checks every link of the register: each entry's url and each helpline's web and chat channel, with their
// language versions.
// Usage: npm run register:links [-- --register register.json] [--json report.json]
//          [--per-host 2] [--timeout 15000]
// At most `--per-host` requests go to one host at a time (8 in all); each request times out after
// `--timeout` ms; a network error (not a timeout) is tried once more. HEAD first, GET where the server
// refuses HEAD (403, 405, 501). Redirects are followed and the final URL reported.
// Prints one line per broken or moved link, `id  status  url  [→ final url]`, then a summary; exits 1 when
// any link is broken. The keepers run it before they publish; `npm test` runs it only against loopback.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_REGISTER, ROOT, parseRegisterText, readTextOrExit } from './register-read.mjs';

const USAGE = 'Usage: npm run register:links [-- --register register.json] [--json report.json] [--per-host 2] [--timeout 15000]';
const HEAD_REFUSED = new Set([403, 405, 501]);
const TOTAL_LIMIT = 8;

function parseArgs(argv) {
  const options = { register: undefined, json: undefined, perHost: 2, timeout: 15000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--register') options.register = argv[++i];
    else if (arg === '--json') options.json = argv[++i];
    else if (arg === '--per-host') options.perHost = Number(argv[++i]);
    else if (arg === '--timeout') options.timeout = Number(argv[++i]);
    else {
      console.error(`unexpected argument: ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  if (!(options.perHost >= 1) || !(options.timeout > 0)) {
    console.error(`--per-host and --timeout take a positive number\n${USAGE}`);
    process.exit(2);
  }
  return options;
}

/**
 * Every link of the register: `{ id, url }`; a helpline's channel is `helpline-id (web)`, a language version
 * `id (fr)` (each other address once: the plain one is among the versions).
 */
export function registerLinks(register) {
  const links = [];
  const add = (id, url, versions) => {
    links.push({ id, url });
    for (const [locale, other] of Object.entries(versions ?? {})) if (other !== url) links.push({ id: `${id} (${locale})`, url: other });
  };
  for (const entry of register.entries ?? []) add(entry.id, entry.url, entry.urls);
  for (const helpline of register.helplines ?? []) {
    for (const channel of helpline.channels ?? []) {
      if (channel.type === 'web' || channel.type === 'chat') add(`${helpline.id} (${channel.type})`, channel.value, channel.values);
    }
  }
  return links.filter((link) => typeof link.url === 'string');
}

/** A limit on how many tasks run at once. */
function limiter(max) {
  let active = 0;
  const waiting = [];
  return async (task) => {
    if (active >= max) await new Promise((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

async function request(url, method, timeout) {
  const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeout), headers: { 'user-agent': 'ogv-widgets register:links' } });
  await response.body?.cancel().catch(() => {});
  return response;
}

/**
 * Checks one link. Returns `{ id, url, state, status, final? }`: state `ok`, `moved` (works, at another
 * address) or `broken`; status the HTTP status, `timeout` or `network error (CODE)`.
 */
export async function checkLink({ id, url }, { timeout }) {
  let lastError;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      let response = await request(url, 'HEAD', timeout);
      if (HEAD_REFUSED.has(response.status)) response = await request(url, 'GET', timeout);
      const final = response.redirected && response.url !== url ? response.url : undefined;
      const state = !response.ok ? 'broken' : final ? 'moved' : 'ok';
      return { id, url, state, status: response.status, ...(final ? { final } : {}) };
    } catch (error) {
      if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return { id, url, state: 'broken', status: 'timeout' };
      lastError = error;
    }
  }
  const code = lastError?.cause?.code ?? lastError?.cause?.message ?? lastError?.message;
  return { id, url, state: 'broken', status: `network error (${code})` };
}

/** Checks all links, at most `perHost` at a time per host. Results in the register's order. */
export async function checkLinks(links, { perHost = 2, timeout = 15000 } = {}) {
  const total = limiter(TOTAL_LIMIT);
  const hosts = new Map();
  const hostOf = (url) => {
    try {
      return new URL(url).host;
    } catch {
      return '';
    }
  };
  return Promise.all(
    links.map((link) => {
      const host = hostOf(link.url);
      if (!hosts.has(host)) hosts.set(host, limiter(perHost));
      return hosts.get(host)(() => total(() => checkLink(link, { timeout })));
    }),
  );
}

/** The report's lines: one per broken or moved link, then the summary. */
export function reportLines(results) {
  const lines = results
    .filter((r) => r.state !== 'ok')
    .map((r) => `${r.id}  ${r.state === 'moved' ? `${r.status} moved` : r.status}  ${r.url}${r.final ? `  → ${r.final}` : ''}`);
  const count = (state) => results.filter((r) => r.state === state).length;
  lines.push(`${results.length} links: ${count('ok')} ok, ${count('moved')} moved, ${count('broken')} broken`);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = parseArgs(process.argv.slice(2));
  const base = process.env.INIT_CWD ?? process.cwd();
  const registerPath = options.register ? resolve(base, options.register) : resolve(ROOT, DEFAULT_REGISTER);
  const label = options.register ?? DEFAULT_REGISTER;
  const { register, problems } = parseRegisterText(readTextOrExit(registerPath, label), label);
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
  const results = await checkLinks(registerLinks(register), options);
  for (const line of reportLines(results)) console.log(line);
  if (options.json) {
    const summary = Object.fromEntries(['ok', 'moved', 'broken'].map((s) => [s, results.filter((r) => r.state === s).length]));
    writeFileSync(resolve(base, options.json), `${JSON.stringify({ register: label, checked: new Date().toISOString(), summary, links: results }, null, 2)}\n`);
  }
  process.exit(results.some((r) => r.state === 'broken') ? 1 : 0);
}
