export type Note = { hz: number; startS: number; lengthS: number };

/** The waiting-room "딩동": a falling major third, as public announcement systems use. */
export const callChime: readonly Note[] = [
  { hz: 784, startS: 0, lengthS: 0.9 },
  { hz: 622.25, startS: 0.45, lengthS: 1.1 },
];

/** A single soft tone for the guide desk: noticed, but not startling across a quiet lobby. */
export const gentleChime: readonly Note[] = [
  { hz: 880, startS: 0, lengthS: 0.5 },
  { hz: 1174.66, startS: 0.18, lengthS: 0.7 },
];

export function chimeLengthMs(notes: readonly Note[]): number {
  return Math.max(...notes.map((n) => n.startS + n.lengthS)) * 1000;
}

/**
 * Plays tones from oscillators, so the app ships no audio files. Each note fades out on its own
 * and is disconnected when it ends, so a screen that chimes all day holds no audio nodes.
 */
export function playChime(context: AudioContext, notes: readonly Note[], volume = 0.25): void {
  const begin = context.currentTime + 0.02;
  for (const note of notes) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = note.hz;
    const start = begin + note.startS;
    const end = start + note.lengthS;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(volume, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, end);
    oscillator.connect(gain).connect(context.destination);
    oscillator.addEventListener('ended', () => {
      oscillator.disconnect();
      gain.disconnect();
    });
    oscillator.start(start);
    oscillator.stop(end);
  }
}
