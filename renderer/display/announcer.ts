import { callChime, chimeLengthMs, playChime } from '../audio/chime';
import type { Utterance } from './announcement-text';

export type Announcer = {
  /** Called from a click: browsers allow sound only after a person has touched the page. */
  enable: () => void;
  announce: (utterances: Utterance[]) => void;
  dispose: () => void;
};

/** The call being announced; its timer moves on to speech, and then guards against silence. */
type Pending = { timer: ReturnType<typeof setTimeout> };

// Calls that pile up while one is spoken wait their turn; beyond this the oldest are stale.
const MAX_WAITING = 4;
// Some speech engines never report the end of an utterance; the queue must not stall on them.
const guardMs = (utterances: Utterance[]): number =>
  Math.min(30_000, 4000 + utterances.reduce((sum, u) => sum + u.text.length, 0) * 120);

function voiceFor(lang: string): SpeechSynthesisVoice | null {
  const prefix = lang.slice(0, 2);
  const voices = window.speechSynthesis.getVoices();
  return (
    voices.find((v) => v.lang.replace('_', '-') === lang) ??
    voices.find((v) => v.lang.startsWith(prefix)) ??
    null
  );
}

/**
 * Plays the chime, then speaks each call, one call at a time. Until sound is on (autoplay allowed,
 * or `enable` called from a click) calls are shown but not announced: the browser would refuse.
 */
export function createAnnouncer(onSoundChange: (soundOn: boolean) => void): Announcer {
  const context = new AudioContext();
  const speech = 'speechSynthesis' in window ? window.speechSynthesis : null;
  let enabledByClick = false;
  let disposed = false;
  let queue: Utterance[][] = [];
  let current: Pending | null = null;

  const soundOn = (): boolean => enabledByClick || context.state === 'running';
  const reportSound = (): void => {
    if (!disposed) onSoundChange(soundOn());
  };
  context.addEventListener('statechange', reportSound);
  reportSound();

  const finish = (item: Pending): void => {
    if (current !== item) return;
    clearTimeout(current.timer);
    current = null;
    playNext();
  };

  const speak = (item: Pending, utterances: Utterance[]): void => {
    if (!speech) {
      finish(item);
      return;
    }
    item.timer = setTimeout(() => {
      finish(item);
    }, guardMs(utterances));
    utterances.forEach(({ text, lang }, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      utterance.voice = voiceFor(lang);
      // A little slower than conversation: the room is large and many listeners are elderly.
      utterance.rate = 0.9;
      if (index === utterances.length - 1) {
        const done = (): void => {
          finish(item);
        };
        utterance.addEventListener('end', done);
        utterance.addEventListener('error', done);
      }
      speech.speak(utterance);
    });
  };

  const playNext = (): void => {
    const utterances = queue.shift();
    if (disposed || !utterances) return;
    playChime(context, callChime);
    const item: Pending = {
      timer: setTimeout(() => {
        speak(item, utterances);
      }, chimeLengthMs(callChime)),
    };
    current = item;
  };

  return {
    enable() {
      enabledByClick = true;
      reportSound();
      void context.resume();
    },
    announce(utterances) {
      if (disposed || !soundOn()) return;
      queue = [...queue, utterances].slice(-MAX_WAITING);
      if (current === null) playNext();
    },
    dispose() {
      disposed = true;
      queue = [];
      if (current) clearTimeout(current.timer);
      current = null;
      context.removeEventListener('statechange', reportSound);
      speech?.cancel();
      void context.close();
    },
  };
}
