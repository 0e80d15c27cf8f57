import { useEffect } from 'react';
import { gentleChime, playChime } from '../audio/chime';
import { useGuideStore } from '../stores/guide-store';

/**
 * A soft chime when a request comes in. Browsers allow sound only once someone has used the page
 * (signing in does); before that the highlight on the card has to do.
 */
export function useArrivalChime(): void {
  useEffect(() => {
    let context: AudioContext | null = null;
    const unsubscribe = useGuideStore.subscribe((state, previous) => {
      const arrived = state.data?.arrivedLive ?? [];
      const newest = arrived.at(-1);
      if (newest === undefined || previous.data?.arrivedLive.includes(newest)) return;
      if (!navigator.userActivation.hasBeenActive) return;
      context ??= new AudioContext();
      const ready = context;
      void ready.resume().then(() => {
        if (ready.state === 'running') playChime(ready, gentleChime, 0.15);
      });
    });
    return () => {
      unsubscribe();
      void context?.close();
    };
  }, []);
}
