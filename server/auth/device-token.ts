import { createHash } from 'node:crypto';

/** Pairing codes and device tokens are stored as SHA-256, like session tokens. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
