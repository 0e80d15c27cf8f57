import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { installHint, missingTools } from './test-tools';

const runs = (command: string, args: string[]): { ok: boolean; stdout: string } => {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { ok: result.error === undefined && result.status === 0, stdout: result.stdout };
};

const ownChromium = (): boolean => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
};

const hint = installHint(
  missingTools({
    browser: () => existsSync('/usr/bin/chromium') || ownChromium(),
    koreanFont: () => {
      // Without fc-list there is no stdout to read: fontconfig is missing, so are the fonts.
      const fonts = runs('fc-list', [':lang=ko', 'family']);
      return fonts.ok && fonts.stdout.trim() !== '';
    },
    pdftotext: () => runs('pdftotext', ['-v']).ok,
  }),
);
if (hint !== null) {
  console.error(hint);
  process.exit(1);
}
