import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from './pin-hash';

describe('PIN hashing', () => {
  it('verifies the right PIN and refuses a wrong one', async () => {
    const stored = hashPin('2580');
    expect(await verifyPin('2580', stored)).toBe(true);
    expect(await verifyPin('2581', stored)).toBe(false);
  });

  it('never stores the PIN itself, and salts each hash', () => {
    const a = hashPin('2580');
    const b = hashPin('2580');
    expect(a).not.toContain('2580');
    expect(a).not.toBe(b);
    expect(a.startsWith('scrypt$32768$8$1$')).toBe(true);
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPin('2580', 'plain')).toBe(false);
  });

  it('refuses every PIN for nobody', async () => {
    expect(await verifyPin('', null)).toBe(false);
    expect(await verifyPin('2580', null)).toBe(false);
  });

  it('leaves the event loop free while it hashes', async () => {
    const stored = hashPin('2580');
    let ticks = 0;
    const ticking = setInterval(() => (ticks += 1), 0);
    await Promise.all(Array.from({ length: 4 }, () => verifyPin('1111', stored)));
    clearInterval(ticking);
    expect(ticks).toBeGreaterThan(0);
  });
});
