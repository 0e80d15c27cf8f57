import { create } from 'zustand';

export type KioskModes = { highContrast: boolean; largeText: boolean; lowScreen: boolean; speech: boolean };
export type KioskMode = keyof KioskModes;

type KioskSettingsStore = KioskModes & {
  /** What the screen last said, or would have said, for the replay key. */
  lastSpeech: string;
  toggle: (mode: KioskMode) => void;
  remember: (text: string) => void;
  reset: () => void;
};

const defaults: KioskModes = { highContrast: false, largeText: false, lowScreen: false, speech: false };

/** The visitor's accessibility choices; every one returns to its default for the next visitor. */
export const useKioskSettings = create<KioskSettingsStore>()((set, get) => ({
  ...defaults,
  lastSpeech: '',
  toggle(mode) {
    set({ [mode]: !get()[mode] });
  },
  remember(lastSpeech) {
    set({ lastSpeech });
  },
  reset() {
    set(defaults);
  },
}));
