import { hash, randomBytes } from 'node:crypto';

/** 256 random bits, sent to the client once; the hub keeps only its hash. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return hash('sha256', token, 'base64url');
}
