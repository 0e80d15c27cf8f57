/** The parts of Electron's `before-input-event` input that decide a shortcut. */
export type KeyInput = {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
};

const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);

/**
 * Keys that would let a visitor leave, reload or inspect the kiosk: reload (F5, Ctrl+R), close
 * (Ctrl+W, Alt+F4), developer tools (F12, Ctrl+Shift+I/J/C), full-screen toggle (F11), zoom
 * (Ctrl +/−/0), print dialog and address-bar style shortcuts. What Electron cannot see, such as
 * Alt+Tab or Ctrl+Alt+Del, needs the operating system's kiosk policy (see README).
 */
export function isBlockedKioskKey(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const command = input.control || input.meta;
  if (['F5', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh'].includes(key)) return true;
  if (input.alt && (key === 'F4' || key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home'))
    return true;
  if (command && input.shift && ['i', 'j', 'c'].includes(key)) return true;
  if (command && ['r', 'w', 'q', 'n', 't', 'p', 'o', 's', 'l', 'u'].includes(key)) return true;
  if (command && ZOOM_KEYS.has(key)) return true;
  return false;
}

/** Staff shortcuts, seen in every window: unlock the kiosk, and open setup (both ask the manager PIN). */
export type StaffGesture = 'unlock' | 'setup';

/** Ctrl+Shift+U unlocks the kiosk; Ctrl+Shift+S opens setup. Neither is on a visitor's keypad. */
export function staffGesture(input: KeyInput): StaffGesture | null {
  if (input.type !== 'keyDown' || !input.control || !input.shift || input.alt || input.meta) return null;
  const key = input.key.toLowerCase();
  if (key === 'u') return 'unlock';
  if (key === 's') return 'setup';
  return null;
}
