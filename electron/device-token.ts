import type { SealedToken } from './app-config';

/** The part of Electron's `safeStorage` used here, so that sealing is tested without Electron. */
export type TokenCipher = {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
  /** Linux only: which keyring sealing would use ('basic_text' is a key built into Chromium). */
  getSelectedStorageBackend?(): string;
};

/**
 * Whether a token would be sealed by the OS keychain here. On Linux without a keyring (a bare
 * kiosk session) Chromium falls back to 'basic_text', a key the same on every PC: sealing with it
 * would only look safe, so the token is stored as it is and the setup page says so.
 */
export function tokenStorage(cipher: TokenCipher): SealedToken['encoding'] {
  if (!cipher.isEncryptionAvailable()) return 'plain';
  return cipher.getSelectedStorageBackend?.() === 'basic_text' ? 'plain' : 'safeStorage';
}

/**
 * The device token lets whoever holds it act as this kiosk or display on the office LAN, and it
 * sits in a config file staff may copy around. Sealed with `safeStorage` (DPAPI on Windows, the
 * keyring on Linux) a copied file is useless on another PC or account. Where the OS offers no
 * keychain it is stored as is, in a file only this user can read; the manager can revoke the
 * device from the hub either way.
 */
export function sealToken(token: string, cipher: TokenCipher): SealedToken {
  return tokenStorage(cipher) === 'safeStorage'
    ? { encoding: 'safeStorage', value: cipher.encryptString(token).toString('base64') }
    : { encoding: 'plain', value: token };
}

export type OpenedToken = { ok: true; token: string } | { ok: false; reason: string };

/**
 * The token as sent to the hub, or why it cannot be opened here: the config was copied from
 * another PC or Windows account, or the Linux keyring of this session is not the one that sealed
 * it. The app then asks to pair again instead of failing on every start.
 */
export function openToken(sealed: SealedToken, cipher: TokenCipher): OpenedToken {
  if (sealed.encoding === 'plain') return { ok: true, token: sealed.value };
  if (!cipher.isEncryptionAvailable())
    return { ok: false, reason: 'this session has no OS keychain to open it' };
  try {
    return { ok: true, token: cipher.decryptString(Buffer.from(sealed.value, 'base64')) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}
