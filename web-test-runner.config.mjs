/**
 * Browser tests: every test/**\/*.test.ts in Debian's Chromium and Firefox ESR (no downloaded browsers).
 * OGV_BROWSERS=chromium (or firefox) runs one of them; a file list on the command line narrows the files.
 */
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin, sendKeysPlugin, setViewportPlugin, emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import { middleware } from './test/server/index.mjs';
import { emulateMediaPlusPlugin } from './test/commands/emulate-media.mjs';

const chromiumFlags = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Tests run two pages at once: keep the one in the background rendering and firing timers at full rate.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const all = {
  chromium: () =>
    chromeLauncher({ launchOptions: { executablePath: '/usr/bin/chromium', headless: true, args: chromiumFlags } }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: { 'network.dns.disableIPv6': true },
      },
      concurrency: 1,
    }),
};

const wanted = (process.env.OGV_BROWSERS ?? 'chromium,firefox').split(',').filter((b) => b in all);

/** Writes pass/fail totals to .wtr-results.json for scripts/test.mjs. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
      writeFileSync(process.env.OGV_WTR_RESULTS ?? '.wtr-results.json', JSON.stringify({ passed, failed, skipped }));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  rootDir: '.',
  // One test page at a time per browser: a page in the background gets no animation frames and no focus.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000, ...(process.env.OGV_GREP ? { grep: process.env.OGV_GREP } : {}) } },
  middleware,
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    a11ySnapshotPlugin(),
    sendKeysPlugin(),
    setViewportPlugin(),
    emulateMediaPlusPlugin(), // before the stock one: adds forced-colors in Chromium
    emulateMediaPlugin(),
  ],
  browsers: wanted.map((name) => all[name]()),
  reporters: [defaultReporter(), countingReporter()],
};
