import { describe, expect, it } from 'vitest';
import { openToken, sealToken, tokenStorage, type TokenCipher } from './device-token';

/** A stand-in for safeStorage with a key of its own: reversible, and visibly not the plain text. */
const keychain = (available: boolean, key = 0x5a, backend?: string): TokenCipher => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) =>
    Buffer.concat([Buffer.from([key]), Buffer.from(plain, 'utf8').map((byte) => byte ^ key)]),
  decryptString: (sealed) => {
    // Like Chromium's OSCrypt, a wrong key is noticed rather than answered with garbage.
    if (sealed[0] !== key)
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(sealed.subarray(1).map((byte) => byte ^ key)).toString('utf8');
  },
  ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
});

describe('the stored device token', () => {
  it('is sealed by the OS keychain where there is one, and opens again', () => {
    const sealed = sealToken('dev_abc123', keychain(true));
    expect(sealed.encoding).toBe('safeStorage');
    expect(sealed.value).not.toContain('abc123');
    expect(openToken(sealed, keychain(true))).toEqual({ ok: true, token: 'dev_abc123' });
  });

  it('is kept as is where the OS has no keychain, and the setup page can say so', () => {
    expect(tokenStorage(keychain(false))).toBe('plain');
    const sealed = sealToken('dev_abc123', keychain(false));
    expect(sealed).toEqual({ encoding: 'plain', value: 'dev_abc123' });
    expect(openToken(sealed, keychain(false))).toEqual({ ok: true, token: 'dev_abc123' });
  });

  it('is kept as is on a Linux session whose only "keychain" is Chromium’s built-in key', () => {
    expect(tokenStorage(keychain(true, 0x5a, 'basic_text'))).toBe('plain');
    expect(sealToken('dev_abc123', keychain(true, 0x5a, 'basic_text')).encoding).toBe('plain');
    expect(tokenStorage(keychain(true, 0x5a, 'gnome_libsecret'))).toBe('safeStorage');
  });

  it('cannot be opened on another PC or account, and says so instead of failing', () => {
    const sealed = sealToken('dev_abc123', keychain(true, 0x5a));
    expect(openToken(sealed, keychain(true, 0x33))).toEqual({
      ok: false,
      reason: 'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
    });
  });

  it('cannot be opened in a session without the keyring that sealed it', () => {
    const sealed = sealToken('dev_abc123', keychain(true));
    expect(openToken(sealed, keychain(false))).toEqual({
      ok: false,
      reason: 'this session has no OS keychain to open it',
    });
  });
});
