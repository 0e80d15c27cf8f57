import type { Page } from '@playwright/test';

export type Spoken = { text: string; lang: string };

/** Replaces the browser's speech with a recorder, so tests read what the kiosk said and in which language. */
export async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    Object.assign(window, { spoken });
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push({ text: utterance.text, lang: utterance.lang });
    };
    window.speechSynthesis.cancel = () => undefined;
  });
}

export function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken);
}

/** Every control the visitor can touch on the kiosk now. */
export const CONTROLS = 'button:visible, input:visible, a:visible, select:visible';

/** Presses Tab until the focused control's accessible text matches, as a keypad user would. */
export async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const active = document.activeElement;
      return active ? `${active.getAttribute('aria-label') ?? ''} ${active.textContent}` : '';
    });
    if (name.test(label)) return;
  }
  throw new Error(`no control matching ${String(name)} within ${String(limit)} tabs`);
}
