import { findOpenPairing, getDevice, insertPairing, revokeDeviceRow } from '../../db/devices';
import { PAIRING_MINUTES } from '../../shared/contract/devices';
import { HubError } from '../../shared/contract/errors';
import { pairingCodeFromRandom } from '../../shared/devices/pairing-code';
import { hashSecret } from '../auth/device-token';
import type { Handler, HandlerContext } from './handler';

/** A code no open pairing uses, so the one a device types names exactly one pairing. */
function freshPairingCode(ctx: HandlerContext): string {
  for (;;) {
    const code = pairingCodeFromRandom(ctx.randomBytes(4));
    if (code !== null && !findOpenPairing(ctx.db, hashSecret(code), ctx.now)) return code;
  }
}

export const startPairing: Handler<'startPairing'> = (ctx, input) => {
  const code = freshPairingCode(ctx);
  const pairing = insertPairing(ctx.db, {
    role: input.role,
    name: input.name,
    codeHash: hashSecret(code),
    createdAt: ctx.now,
    expiresAt: ctx.now + PAIRING_MINUTES * 60_000,
  });
  return { result: { pairing, code }, event: { type: 'pairingStarted', pairing } };
};

export const revokeDevice: Handler<'revokeDevice'> = (ctx, input) => {
  if (!getDevice(ctx.db, input.deviceId)) {
    throw new HubError('device_not_found', `There is no paired device ${input.deviceId}.`);
  }
  revokeDeviceRow(ctx.db, input.deviceId, ctx.now);
  const device = getDevice(ctx.db, input.deviceId)!;
  return { result: { device }, event: { type: 'deviceRevoked', device } };
};
