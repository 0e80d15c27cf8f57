import { describe, expect, it } from 'vitest';
import type { Device, DeviceList, Pairing } from '../../shared/contract/devices';
import type { HubEvent } from '../../shared/contract/events';
import { applyDeviceEvent, livePairings, sortDevices } from './device-list';

const pairing: Pairing = {
  id: 3,
  role: 'kiosk',
  name: '1층 로비 키오스크',
  createdAt: 1_000,
  expiresAt: 601_000,
};
const device: Device = { id: 7, role: 'kiosk', name: '1층 로비 키오스크', pairedAt: 5_000, revokedAt: null };
const at = ['192.168.0.10'];
const list = (devices: Device[], pairings: Pairing[]): DeviceList => ({
  devices,
  pairings,
  hubAddresses: at,
});
const empty = list([], []);

function event(body: Record<string, unknown>): HubEvent {
  return { seq: 10, at: 5_000, ...body } as unknown as HubEvent;
}

describe('applyDeviceEvent', () => {
  it('adds a started pairing once, however often the stream replays it', () => {
    const once = applyDeviceEvent(empty, event({ type: 'pairingStarted', pairing }));
    expect(applyDeviceEvent(once, event({ type: 'pairingStarted', pairing }))).toEqual(list([], [pairing]));
  });

  it('turns the used pairing into a device, keeping where the hub is reached', () => {
    const open = list([], [pairing]);
    expect(applyDeviceEvent(open, event({ type: 'devicePaired', device, pairingId: 3 }))).toEqual(
      list([device], []),
    );
  });

  it('marks a revoked device in place', () => {
    const revoked = { ...device, revokedAt: 9_000 };
    const after = applyDeviceEvent(list([device], []), event({ type: 'deviceRevoked', device: revoked }));
    expect(after.devices).toEqual([revoked]);
  });

  it('drops every open code when the hub withdraws them', () => {
    const after = applyDeviceEvent(
      list([device], [pairing]),
      event({ type: 'pairingsWithdrawn', count: 1, reason: 'tooManyWrongCodes' }),
    );
    expect(after).toEqual(list([device], []));
  });

  it('leaves the list alone for other events', () => {
    const before = list([device], [pairing]);
    expect(applyDeviceEvent(before, event({ type: 'officeHoursSet' }))).toBe(before);
  });
});

describe('livePairings', () => {
  it('keeps only codes that have not expired at the hub’s time', () => {
    expect(livePairings([pairing], 600_999)).toEqual([pairing]);
    expect(livePairings([pairing], 601_000)).toEqual([]);
  });
});

describe('sortDevices', () => {
  it('lists active devices first, newest first within each group', () => {
    const older = { ...device, id: 1, pairedAt: 1_000 };
    const newer = { ...device, id: 2, pairedAt: 2_000 };
    const revoked = { ...device, id: 3, pairedAt: 3_000, revokedAt: 4_000 };
    expect(sortDevices([revoked, older, newer]).map((d) => d.id)).toEqual([2, 1, 3]);
  });
});
