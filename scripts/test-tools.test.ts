import { describe, expect, it } from 'vitest';
import { installHint, missingTools } from './test-tools';

const probe = (missing: string[]) => ({
  browser: () => !missing.includes('browser'),
  koreanFont: () => !missing.includes('koreanFont'),
  pdftotext: () => !missing.includes('pdftotext'),
});

describe('the test tools check', () => {
  it('passes a machine that has them all', () => {
    expect(missingTools(probe([]))).toEqual([]);
    expect(installHint([])).toBeNull();
  });

  it('names every missing tool in one line with the command that installs them', () => {
    const missing = missingTools(probe(['koreanFont', 'pdftotext']));
    expect(missing).toEqual(['koreanFont', 'pdftotext']);
    expect(installHint(missing)).toBe(
      'npm test needs fonts-noto-cjk, poppler-utils: on Debian or Ubuntu run ' +
        '"sudo apt-get install -y fonts-noto-cjk poppler-utils fontconfig"; elsewhere install ' +
        "a Noto Sans CJK font, poppler's pdftotext.",
    );
    expect(installHint(['browser'])).toContain('npx playwright install chromium');
  });
});
