/**
 * console.warn captured for the tests of one file: the lines the widgets warn, as text, cleared before each
 * test. The array is the same object throughout, so a test reads it directly.
 */
export function captureWarnings(): string[] {
  const warnings: string[] = [];
  let originalWarn: typeof console.warn;
  beforeEach(() => {
    warnings.length = 0;
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
  });
  afterEach(() => {
    console.warn = originalWarn;
  });
  return warnings;
}
