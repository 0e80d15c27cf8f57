import { contextBridge, ipcRenderer } from 'electron';
import { PRINT_TICKET_CHANNEL, type DesktopBridge, type PrintTicketResult } from './desktop-channels';

const bridge = {
  shell: 'electron',
  version: process.versions.electron,
  printTicket: () => ipcRenderer.invoke(PRINT_TICKET_CHANNEL) as Promise<PrintTicketResult>,
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('minwonDesktop', bridge);
