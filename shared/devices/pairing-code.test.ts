import { describe, expect, it } from 'vitest';
import { pairingCodeFromRandom } from './pairing-code';

describe('pairing code', () => {
  it('is six digits, zero-padded', () => {
    expect(pairingCodeFromRandom(new Uint8Array([0, 0, 0, 7]))).toBe('000007');
    expect(pairingCodeFromRandom(new Uint8Array([0, 0x0f, 0x42, 0x3f]))).toBe('999999');
    expect(pairingCodeFromRandom(new Uint8Array([0, 0x0f, 0x42, 0x40]))).toBe('000000');
  });

  it('asks for new bytes at the top of the range, where codes would not be equally likely', () => {
    expect(pairingCodeFromRandom(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).toBeNull();
  });
});
