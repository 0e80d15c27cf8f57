import { hash } from 'node:crypto';

/** Pairing codes and device tokens are stored as SHA-256, like session tokens. */
export function hashSecret(secret: string): string {
  return hash('sha256', secret, 'base64url');
}
