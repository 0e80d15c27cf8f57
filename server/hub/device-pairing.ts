import {
  closeOpenPairings,
  closePairing,
  findDeviceByToken,
  findOpenPairing,
  insertDevice,
  listOpenPairings,
} from '../../db/devices';
import type { Db } from '../../db/open-database';
import { pairDeviceInput, type Device, type PairedDevice } from '../../shared/contract/devices';
import { HubError } from '../../shared/contract/errors';
import { hashSecret } from '../auth/device-token';
import { lockoutError } from '../auth/lockout-error';
import { createPinGuard } from '../auth/pin-guard';
import { newSessionToken } from '../auth/session-token';
import type { Clock } from './clock';
import type { Commit } from './commit';
import { describeIssues } from './describe-issues';

/**
 * Wrong codes from all of the LAN together, after which every open code is withdrawn: with a
 * million codes, 20 guesses give an attacker a 1 in 50,000 chance per code a manager hands out.
 */
export const MAX_WRONG_CODES = 20;

export type DevicePairing = {
  /** Trades a code from the manager's screen for a device token; `from` is the caller's address. */
  pair: (input: unknown, from: string) => PairedDevice;
  deviceFor: (token: string) => Device | null;
};

export function createDevicePairing(db: Db, clock: Clock, commit: Commit): DevicePairing {
  const perAddress = createPinGuard(() => clock.now());
  let wrongCodes = 0;

  function refuseWrongCode(from: string): never {
    perAddress.recordWrong(from);
    const now = clock.now();
    // Only guesses at a live code count; a typo on a quiet day must not withdraw next month's code.
    if (listOpenPairings(db, now).length > 0 && ++wrongCodes >= MAX_WRONG_CODES) {
      wrongCodes = 0;
      commit(now, () => ({
        result: null,
        event: { type: 'pairingsWithdrawn', count: closeOpenPairings(db, now), reason: 'tooManyWrongCodes' },
      }));
    }
    throw new HubError('pairing_code_wrong', 'This pairing code is wrong, used or expired.');
  }

  return {
    pair(input, from) {
      const lockedMs = perAddress.lockedFor(from);
      if (lockedMs > 0) throw lockoutError('pairing_locked', 'codes', lockedMs);
      const parsed = pairDeviceInput.safeParse(input);
      if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
      const now = clock.now();
      const pairing = findOpenPairing(db, hashSecret(parsed.data.code), now);
      if (!pairing) refuseWrongCode(from);
      perAddress.recordRight(from);
      wrongCodes = 0;
      const token = newSessionToken();
      const device = commit(now, () => {
        const paired = insertDevice(db, {
          role: pairing.role,
          name: pairing.name,
          tokenHash: hashSecret(token),
          pairedAt: now,
        });
        closePairing(db, pairing.id, now, paired.id);
        return { result: paired, event: { type: 'devicePaired', device: paired, pairingId: pairing.id } };
      });
      return { device: { id: device.id, role: device.role, name: device.name }, token };
    },
    deviceFor: (token) => findDeviceByToken(db, hashSecret(token)),
  };
}
