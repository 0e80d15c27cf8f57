import { create } from 'zustand';
import type { Device, DeviceList, DeviceRole, Pairing } from '../../shared/contract/devices';
import type { HubEvent } from '../../shared/contract/events';
import { errorCodeOf, read, sendCommand, type ApiErrorCode } from '../api/http-client';
import { applyDeviceEvent, withDevice, withPairing } from './device-list';

/** The code this manager just asked for, and what became of it. */
export type IssuedCode = {
  pairing: Pairing;
  code: string;
  /** The device that used the code, once the hub says so. */
  paired: Device | null;
  /** The hub withdrew every open code after too many wrong guesses. */
  withdrawn: boolean;
};

type DevicesStore = {
  list: DeviceList | null;
  loadError: ApiErrorCode | null;
  issued: IssuedCode | null;
  starting: boolean;
  startError: ApiErrorCode | null;
  revokingId: number | null;
  revokeError: ApiErrorCode | null;
  load: () => Promise<void>;
  start: (role: DeviceRole, name: string) => Promise<void>;
  revoke: (deviceId: number) => Promise<boolean>;
  /** Puts the shown code away: the manager is done with it. */
  dismiss: () => void;
  onEvent: (event: HubEvent) => void;
};

/** The manager's paired PCs and open codes, kept live from the event stream. */
export const useDevicesStore = create<DevicesStore>()((set, get) => ({
  list: null,
  loadError: null,
  issued: null,
  starting: false,
  startError: null,
  revokingId: null,
  revokeError: null,
  async load() {
    set({ loadError: null });
    try {
      set({ list: await read('devices') });
    } catch (error) {
      set({ loadError: errorCodeOf(error) });
    }
  },
  async start(role, name) {
    if (get().starting) return;
    set({ starting: true, startError: null });
    try {
      const { pairing, code } = await sendCommand('startPairing', { role, name });
      const { list } = get();
      set({
        issued: { pairing, code, paired: null, withdrawn: false },
        starting: false,
        list: list && withPairing(list, pairing),
      });
    } catch (error) {
      set({ startError: errorCodeOf(error), starting: false });
    }
  },
  async revoke(deviceId) {
    set({ revokingId: deviceId, revokeError: null });
    try {
      const { device } = await sendCommand('revokeDevice', { deviceId });
      const { list } = get();
      set({ revokingId: null, list: list && withDevice(list, device) });
      return true;
    } catch (error) {
      set({ revokingId: null, revokeError: errorCodeOf(error) });
      return false;
    }
  },
  dismiss() {
    set({ issued: null });
  },
  onEvent(event) {
    const { list, issued } = get();
    if (list !== null) set({ list: applyDeviceEvent(list, event) });
    if (issued === null || issued.paired !== null) return;
    if (event.type === 'devicePaired' && event.pairingId === issued.pairing.id) {
      set({ issued: { ...issued, paired: event.device } });
    } else if (event.type === 'pairingsWithdrawn') {
      set({ issued: { ...issued, withdrawn: true } });
    }
  },
}));
