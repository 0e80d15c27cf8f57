import { hashPin } from '../../server/auth/pin-hash';

const hashes = new Map<string, string>();

/**
 * The hub's own scrypt hash of a PIN, worked out once per PIN in this process. Every test starts
 * a hub that seeds the same demo staff, and scrypt is slow by design (about 0.15 s a PIN): it was
 * three quarters of a test hub's start. Sign-in still checks each PIN against a real scrypt hash.
 */
export function hashPinOnce(pin: string): string {
  let hash = hashes.get(pin);
  if (hash === undefined) {
    hash = hashPin(pin);
    hashes.set(pin, hash);
  }
  return hash;
}
