import { contextBridge, ipcRenderer } from 'electron';
import {
  PIN_CANCEL_CHANNEL,
  PIN_SUBMIT_CHANNEL,
  type PinBridge,
  type PinResult,
} from './local-page-channels';

const bridge = {
  submit: (credentials) => ipcRenderer.invoke(PIN_SUBMIT_CHANNEL, credentials) as Promise<PinResult>,
  cancel: () => {
    ipcRenderer.send(PIN_CANCEL_CHANNEL);
  },
} satisfies PinBridge;

contextBridge.exposeInMainWorld('minwonPin', bridge);
