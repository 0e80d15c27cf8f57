import { describe, expect, it } from 'vitest';
import { openToken, sealToken, type TokenCipher } from './device-token';

/** A stand-in for safeStorage: reversible, and visibly not the plain text. */
const keychain = (available: boolean): TokenCipher => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((byte) => byte ^ 0x5a)),
  decryptString: (sealed) => Buffer.from(sealed.map((byte) => byte ^ 0x5a)).toString('utf8'),
});

describe('the stored device token', () => {
  it('is sealed by the OS keychain where there is one, and opens again', () => {
    const sealed = sealToken('dev_abc123', keychain(true));
    expect(sealed.encoding).toBe('safeStorage');
    expect(sealed.value).not.toContain('abc123');
    expect(openToken(sealed, keychain(true))).toBe('dev_abc123');
  });

  it('is kept as is where the OS has no keychain', () => {
    const sealed = sealToken('dev_abc123', keychain(false));
    expect(sealed).toEqual({ encoding: 'plain', value: 'dev_abc123' });
    expect(openToken(sealed, keychain(false))).toBe('dev_abc123');
  });
});
