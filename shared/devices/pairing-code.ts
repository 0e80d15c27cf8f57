import { PAIRING_CODE_DIGITS } from '../contract/devices';

const SPACE = 10 ** PAIRING_CODE_DIGITS;
/** The largest multiple of SPACE below 2^32: values from there up would favour low codes. */
const UNBIASED_LIMIT = Math.floor(2 ** 32 / SPACE) * SPACE;

/** A zero-padded code from 4 random bytes, or null when those bytes must be drawn again. */
export function pairingCodeFromRandom(bytes: Uint8Array): string | null {
  if (bytes.length !== 4) throw new Error('a pairing code needs exactly 4 random bytes');
  const value = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  if (value >= UNBIASED_LIMIT) return null;
  return String(value % SPACE).padStart(PAIRING_CODE_DIGITS, '0');
}
