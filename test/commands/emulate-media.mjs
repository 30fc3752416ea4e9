/**
 * Server side of test/commands/media.ts: `emulateMedia()` as in @web/test-runner-commands, extended for
 * Chromium (a command of its own: the runner puts its stock commands before configured plugins): it also emulates `forcedColors`
 * (which the stock command passes to Playwright only), and each call changes only the features it names,
 * so `emulateMedia({ forcedColors: 'active' })` does not undo an earlier `colorScheme`. Firefox (driven over
 * WebDriver BiDi) cannot emulate media features: the command throws there, and tests skip with a reason.
 */
const FEATURES = {
  colorScheme: 'prefers-color-scheme',
  reducedMotion: 'prefers-reduced-motion',
  forcedColors: 'forced-colors',
};

export function emulateMediaPlusPlugin() {
  /** session id → feature name → value */
  const state = new Map();
  /** session id → DevTools session */
  const sessions = new Map();
  return {
    name: 'ogv-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ogv-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.getPage(session.id).createCDPSession) {
        throw new Error('media emulation needs CDP (Chromium); this browser cannot emulate media features');
      }
      const page = session.browser.getPage(session.id);
      const current = state.get(session.id) ?? new Map();
      state.set(session.id, current);
      for (const [key, name] of Object.entries(FEATURES)) {
        if (payload?.[key] != null) current.set(name, payload[key] === 'none' || payload[key] === 'no-preference' ? '' : payload[key]);
      }
      if (payload?.media) current.set('media', payload.media === 'screen' ? '' : payload.media);
      // Straight to the DevTools protocol: puppeteer's emulateMediaFeatures() refuses forced-colors.
      let client = sessions.get(session.id);
      try {
        client ??= await page.createCDPSession();
      } catch (error) {
        throw new Error(`media emulation needs CDP (Chromium); this browser cannot emulate media features: ${error}`);
      }
      sessions.set(session.id, client);
      const { media = '', ...features } = Object.fromEntries(current);
      await client.send('Emulation.setEmulatedMedia', {
        media,
        features: Object.entries(features).map(([name, value]) => ({ name, value })),
      });
      return true;
    },
  };
}
