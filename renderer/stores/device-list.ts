import type { Device, DeviceList, Pairing } from '../../shared/contract/devices';
import type { HubEvent } from '../../shared/contract/events';

function upsert<T extends { id: number }>(list: readonly T[], item: T): T[] {
  return list.some((existing) => existing.id === item.id)
    ? list.map((existing) => (existing.id === item.id ? item : existing))
    : [...list, item];
}

export const withPairing = (list: DeviceList, pairing: Pairing): DeviceList => ({
  ...list,
  pairings: upsert(list.pairings, pairing),
});

export const withDevice = (list: DeviceList, device: Device): DeviceList => ({
  ...list,
  devices: upsert(list.devices, device),
});

/**
 * The device list after one more event. The list may already include what an event says (the
 * stream replays from the office snapshot), so every change is idempotent.
 */
export function applyDeviceEvent(list: DeviceList, event: HubEvent): DeviceList {
  switch (event.type) {
    case 'pairingStarted':
      return withPairing(list, event.pairing);
    case 'devicePaired':
      return {
        ...list,
        devices: upsert(list.devices, event.device),
        pairings: list.pairings.filter((p) => p.id !== event.pairingId),
      };
    case 'deviceRevoked':
      return withDevice(list, event.device);
    case 'pairingsWithdrawn':
      return { ...list, pairings: [] };
    default:
      return list;
  }
}

/** Codes that still work at the hub's `now`; the hub keeps expired ones until it next lists. */
export function livePairings(pairings: readonly Pairing[], now: number): Pairing[] {
  return pairings.filter((p) => p.expiresAt > now);
}

/** Active devices first, each group newest first: the list a manager checks and revokes from. */
export function sortDevices(devices: readonly Device[]): Device[] {
  return [...devices].sort(
    (a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.pairedAt - a.pairedAt,
  );
}
