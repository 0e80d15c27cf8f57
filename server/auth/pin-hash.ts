import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt with N=2^15 takes tens of milliseconds per try: cheap for a sign-in, expensive for
// guessing a 4–8 digit PIN from a stolen database file.
const N = 32768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

/** Hashes a new PIN. Synchronous: only a manager's command (inside its transaction) sets PINs. */
export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEMORY });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

function scryptOffThread(pin: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * A stored hash no PIN matches, with the product's parameters: checking a PIN for an unknown
 * staff id against it costs what a real check costs, so the answer's timing does not tell
 * whether the id exists. Its "hash" is random bytes, so nothing verifies against it.
 */
const NOBODY = `scrypt$${N}$${R}$${P}$${randomBytes(16).toString('base64')}$${randomBytes(KEY_LENGTH).toString('base64')}`;

/**
 * Whether `pin` matches `stored` (null: no such staff, checked against a hash nobody has).
 * The hashing runs on libuv's thread pool, so screens keep being served while it works.
 */
export async function verifyPin(pin: string, stored: string | null): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = (stored ?? NOBODY).split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptOffThread(pin, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEMORY,
  });
  return stored !== null && timingSafeEqual(actual, expected);
}
