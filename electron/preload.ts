import { contextBridge, ipcRenderer } from 'electron';
import {
  PRINT_TICKET_CHANNEL,
  type DesktopBridge,
  type PrintTicketRequest,
  type PrintTicketResult,
} from './desktop-channels';

const bridge = {
  shell: 'electron',
  version: process.versions.electron,
  printTicket: (request?: PrintTicketRequest) =>
    ipcRenderer.invoke(PRINT_TICKET_CHANNEL, request) as Promise<PrintTicketResult>,
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('minwonDesktop', bridge);
