import { contextBridge, ipcRenderer } from 'electron';
import {
  SETUP_FINISH_CHANNEL,
  SETUP_INFO_CHANNEL,
  type SetupBridge,
  type SetupInfo,
  type SetupResult,
} from './local-page-channels';

const bridge = {
  info: () => ipcRenderer.invoke(SETUP_INFO_CHANNEL) as Promise<SetupInfo>,
  finish: (form) => ipcRenderer.invoke(SETUP_FINISH_CHANNEL, form) as Promise<SetupResult>,
} satisfies SetupBridge;

contextBridge.exposeInMainWorld('minwonSetup', bridge);
