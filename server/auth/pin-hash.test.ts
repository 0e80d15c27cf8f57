import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from './pin-hash';

describe('PIN hashing', () => {
  it('verifies the right PIN and refuses a wrong one', () => {
    const stored = hashPin('2580');
    expect(verifyPin('2580', stored)).toBe(true);
    expect(verifyPin('2581', stored)).toBe(false);
  });

  it('never stores the PIN itself, and salts each hash', () => {
    const a = hashPin('2580');
    const b = hashPin('2580');
    expect(a).not.toContain('2580');
    expect(a).not.toBe(b);
    expect(a.startsWith('scrypt$32768$8$1$')).toBe(true);
  });

  it('refuses a malformed stored hash instead of throwing', () => {
    expect(verifyPin('2580', 'plain')).toBe(false);
  });
});
