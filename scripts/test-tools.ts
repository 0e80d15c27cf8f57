/**
 * What `npm test` needs from the machine beyond node_modules, checked before anything runs so a
 * fresh machine stops at once with the command that fixes it, not deep inside a suite.
 */
export type ToolProbe = {
  /** Debian's /usr/bin/chromium, which playwright.config.ts prefers, or Playwright's own Chromium. */
  browser: () => boolean;
  /** A font with Korean glyphs, or every screenshot shows boxes. */
  koreanFont: () => boolean;
  /** pdftotext (poppler) reads the exported PDF reports back. */
  pdftotext: () => boolean;
};

export type Tool = keyof ToolProbe;

const debianPackage: Record<Tool, string> = {
  browser: 'chromium',
  koreanFont: 'fonts-noto-cjk',
  pdftotext: 'poppler-utils',
};

const otherwise: Record<Tool, string> = {
  browser: 'npx playwright install chromium',
  koreanFont: 'a Noto Sans CJK font',
  pdftotext: "poppler's pdftotext",
};

export function missingTools(probe: ToolProbe): Tool[] {
  return (Object.keys(debianPackage) as Tool[]).filter((tool) => !probe[tool]());
}

/** One line naming what is missing and the command that installs it. */
export function installHint(missing: readonly Tool[]): string | null {
  if (missing.length === 0) return null;
  const packages = missing.map((tool) => debianPackage[tool]);
  return (
    `npm test needs ${packages.join(', ')}: on Debian or Ubuntu run ` +
    `"sudo apt-get install -y ${packages.join(' ')} fontconfig"` +
    `; elsewhere install ${missing.map((tool) => otherwise[tool]).join(', ')}.`
  );
}
