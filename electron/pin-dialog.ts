import { join } from 'node:path';
import { BrowserWindow, ipcMain } from 'electron';
import { HubCallError, verifyManagerPin, type HubConnection } from './hub-client';
import { isLocalPageSender } from './ipc-guard';
import { PIN_CANCEL_CHANNEL, PIN_SUBMIT_CHANNEL, type PinResult } from './local-page-channels';
import { managerPin, setupErrorCode } from './local-page-contract';
import { localPageUrl } from './local-scheme';
import { localPageOptions } from './window-options';

/**
 * The manager PIN dialog, a local page over the window that asked for it. `onAccepted` runs once
 * the hub has signed a manager in with it; `onClosed` runs however the dialog ends.
 */
export function openPinDialog(options: {
  parent: BrowserWindow | null;
  hub: HubConnection;
  onAccepted: () => void;
  onClosed: () => void;
  devTools: boolean;
}): BrowserWindow {
  const dialog = new BrowserWindow({
    ...localPageOptions(
      '관리자 확인',
      join(__dirname, 'pin-preload.cjs'),
      { width: 520, height: 440 },
      options.devTools,
    ),
    ...(options.parent ? { parent: options.parent, modal: true } : {}),
    alwaysOnTop: true,
  });
  const contents = dialog.webContents;
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  ipcMain.removeHandler(PIN_SUBMIT_CHANNEL);
  ipcMain.handle(PIN_SUBMIT_CHANNEL, async (event, payload: unknown): Promise<PinResult> => {
    const credentials = managerPin.safeParse(payload);
    if (event.sender !== contents || !isLocalPageSender(event.senderFrame, 'pin')) {
      return { ok: false, error: 'failed' };
    }
    if (!credentials.success) return { ok: false, error: 'wrong_pin' };
    try {
      await verifyManagerPin(options.hub, credentials.data);
    } catch (error) {
      if (error instanceof HubCallError) return { ok: false, error: setupErrorCode(error.code) };
      throw error;
    }
    options.onAccepted();
    dialog.close();
    return { ok: true };
  });
  const cancel = (event: Electron.IpcMainEvent): void => {
    if (event.sender === contents && isLocalPageSender(event.senderFrame, 'pin')) dialog.close();
  };
  ipcMain.on(PIN_CANCEL_CHANNEL, cancel);
  dialog.on('closed', () => {
    ipcMain.removeHandler(PIN_SUBMIT_CHANNEL);
    ipcMain.off(PIN_CANCEL_CHANNEL, cancel);
    options.onClosed();
  });
  dialog.once('ready-to-show', () => {
    dialog.show();
  });
  // A failed load shows as a blank dialog the manager closes; nothing else waits on it.
  dialog.loadURL(localPageUrl('pin')).catch(() => undefined);
  return dialog;
}
