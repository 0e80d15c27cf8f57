import type { SealedToken } from './app-config';

/** The part of Electron's `safeStorage` used here, so that sealing is tested without Electron. */
export type TokenCipher = {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
};

/**
 * The device token lets whoever holds it act as this kiosk or display on the office LAN, and it
 * sits in a config file staff may copy around. Sealed with `safeStorage` (DPAPI on Windows, the
 * keyring on Linux) a copied file is useless on another PC or account. Where the OS offers no
 * keychain (a bare Linux kiosk session) it is stored as is, in a file only this user can read;
 * the manager can revoke the device from the hub either way.
 */
export function sealToken(token: string, cipher: TokenCipher): SealedToken {
  return cipher.isEncryptionAvailable()
    ? { encoding: 'safeStorage', value: cipher.encryptString(token).toString('base64') }
    : { encoding: 'plain', value: token };
}

export function openToken(sealed: SealedToken, cipher: TokenCipher): string {
  return sealed.encoding === 'plain'
    ? sealed.value
    : cipher.decryptString(Buffer.from(sealed.value, 'base64'));
}
