import { contextBridge } from 'electron';

/** The whole of what a page learns from Electron: that it runs in the desktop app. */
export type DesktopBridge = { readonly shell: 'electron'; readonly version: string };

const bridge = { shell: 'electron', version: process.versions.electron } satisfies DesktopBridge;

contextBridge.exposeInMainWorld('minwonDesktop', bridge);
