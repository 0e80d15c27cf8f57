import type { DesktopBridge } from '../shared/contract/desktop-bridge';

declare global {
  // Only an interface merges into the DOM's Window, so the style rule does not apply here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Present only in the desktop app's windows (electron/preload.ts); absent in a browser. */
    readonly minwonDesktop?: DesktopBridge;
  }
}
