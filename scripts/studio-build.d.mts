/** The register studio page's HTML (scripts/studio-build.mjs). */
export function studioHtml(): Promise<string>;
/** Writes the studio page to `out` (default dist/studio.html). */
export function buildStudio(out?: string): Promise<{ out: string; bytes: number }>;
