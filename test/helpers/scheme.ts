/**
 * The test page declares a colour scheme on its root, as a partner's page would with `color-scheme` in its CSS.
 * The elements follow the scheme their page declares (src/core/tokens.ts), so a dark-scheme test first has its page
 * opt in with `declareScheme('light dark')`; `declareScheme('')` declares none again (the default: light only).
 */
export function declareScheme(scheme: string): void {
  document.documentElement.style.colorScheme = scheme;
}
