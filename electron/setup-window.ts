import { join } from 'node:path';
import { BrowserWindow, ipcMain, safeStorage, screen } from 'electron';
import { writeAppConfig, type AppConfig } from './app-config';
import { sealToken, tokenStorage, type TokenCipher } from './device-token';
import { isLocalPageSender } from './ipc-guard';
import {
  SETUP_FINISH_CHANNEL,
  SETUP_INFO_CHANNEL,
  type SetupInfo,
  type SetupResult,
} from './local-page-channels';
import { localPageUrl } from './local-scheme';
import { finishSetup } from './setup-service';
import { localPageOptions } from './window-options';

export type SetupContext = {
  configPath: string;
  /** The config in force when setup is reopened; null on a first run. */
  current: AppConfig | null;
  /** Reopened by a manager whose PIN the hub has just accepted. */
  managerVerified: boolean;
  /** Opened because this PC's pairing cannot be read here: only pairing again is offered. */
  pairingOnly: boolean;
  /** The hub this process already runs (reopened on a hub), or null. */
  runningHubUrl: string | null;
  /** Starts the hub for a hub-mode first run; rejects with a HubStartError saying why it did not. */
  startLocalHub(options: { port: number; lan: boolean }): Promise<string>;
  /** Restarts the app on the saved config (closing any hub this process runs first). */
  restart(): void;
  devTools: boolean;
};

/** `safeStorage` as device-token.ts uses it; its keyring backend exists only on Linux. */
export function systemTokenCipher(): TokenCipher {
  return {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    encryptString: (plain) => safeStorage.encryptString(plain),
    decryptString: (sealed) => safeStorage.decryptString(sealed),
    ...(process.platform === 'linux'
      ? { getSelectedStorageBackend: () => safeStorage.getSelectedStorageBackend() }
      : {}),
  };
}

function displayList(): SetupInfo['displays'] {
  const primary = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((display, index) => ({
    index,
    label: `${String(index + 1)}. ${display.label || 'Monitor'} (${String(display.size.width)}×${String(display.size.height)})${display.id === primary ? ' ★' : ''}`,
  }));
}

function currentSettings(context: SetupContext): SetupInfo['current'] {
  const config = context.current;
  return {
    mode: context.pairingOnly ? 'client' : (config?.mode ?? 'hub'),
    windows: config?.windows ?? [{ role: 'kiosk', display: 0 }],
    printer: config?.printer ?? { name: null, paperWidthMm: 80 },
    port: config?.mode === 'hub' ? config.hub.port : 4310,
    lan: config?.mode === 'hub' ? config.hub.lan : false,
    hubUrl: config?.mode === 'client' ? config.hubUrl : '',
  };
}

/**
 * The setup window: what this PC is, its monitors and its ticket printer. Saving writes the config
 * and restarts the app on it, so a running installation never half-switches.
 */
export function openSetupWindow(context: SetupContext): BrowserWindow {
  const win = new BrowserWindow(
    localPageOptions(
      '민원실 번호표 설정',
      join(__dirname, 'setup-preload.cjs'),
      { width: 820, height: 900 },
      context.devTools,
    ),
  );
  const contents = win.webContents;
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  const trusted = (event: Electron.IpcMainInvokeEvent): boolean =>
    event.sender === contents && isLocalPageSender(event.senderFrame, 'setup');
  // A pairing this PC cannot open is no pairing to keep.
  const paired =
    !context.pairingOnly && context.current?.mode === 'client' && context.current.device
      ? context.current
      : null;
  const cipher = systemTokenCipher();

  ipcMain.removeHandler(SETUP_INFO_CHANNEL);
  ipcMain.handle(SETUP_INFO_CHANNEL, async (event): Promise<SetupInfo | null> => {
    if (!trusted(event)) return null;
    // The printer list is offered to this page only: the hub's pages never learn it.
    const printers = await contents.getPrintersAsync();
    return {
      managerVerified: context.managerVerified,
      displays: displayList(),
      printers: printers.map((p) => ({ name: p.name, displayName: p.displayName || p.name })),
      current: currentSettings(context),
      pairedHubUrl: paired?.hubUrl ?? null,
      tokenStorage: tokenStorage(cipher),
      pairingOnly: context.pairingOnly,
    };
  });

  let localHub: Promise<string> | null = null;
  ipcMain.removeHandler(SETUP_FINISH_CHANNEL);
  ipcMain.handle(SETUP_FINISH_CHANNEL, async (event, payload: unknown): Promise<SetupResult> => {
    if (!trusted(event)) return { ok: false, error: 'failed', field: null };
    const result = await finishSetup(payload, {
      localHub: (options) => {
        if (context.runningHubUrl !== null) return Promise.resolve(context.runningHubUrl);
        localHub ??= context.startLocalHub(options).catch((error: unknown) => {
          localHub = null;
          throw error;
        });
        return localHub;
      },
      fetch,
      managerVerified: context.managerVerified,
      pairingOnly: context.pairingOnly,
      paired: paired?.device ? { hubUrl: paired.hubUrl, device: paired.device } : null,
      seal: (token) => sealToken(token, cipher),
      save: (config) => {
        writeAppConfig(context.configPath, config);
      },
    });
    if (result.ok) {
      setImmediate(() => {
        context.restart();
      });
    }
    return result;
  });

  win.on('closed', () => {
    ipcMain.removeHandler(SETUP_INFO_CHANNEL);
    ipcMain.removeHandler(SETUP_FINISH_CHANNEL);
  });
  win.once('ready-to-show', () => {
    win.show();
  });
  win.loadURL(localPageUrl('setup')).catch(() => undefined);
  return win;
}
