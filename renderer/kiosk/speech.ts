import type { UiLanguage } from '../i18n';

const voices: Record<UiLanguage, string> = { ko: 'ko-KR', en: 'en-US', zh: 'zh-CN', vi: 'vi-VN' };

/** Speaks `text` in the screen's language, cutting off whatever was being said. */
export function speak(text: string, language: UiLanguage): void {
  if (!('speechSynthesis' in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voices[language];
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if ('speechSynthesis' in window) window.speechSynthesis.cancel();
}
