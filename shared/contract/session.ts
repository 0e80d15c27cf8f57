import { z } from 'zod';

/** Sign-in is not a command: it answers with a secret token and must count wrong PINs. */
export const signInInput = z.strictObject({
  login: z.string().trim().min(1).max(32),
  pin: z.string().regex(/^\d{4,8}$/, '4 to 8 digits'),
  /** The desk this sign-in serves; desk staff must name one. */
  deskId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
export type SignInInput = z.input<typeof signInInput>;

export const SESSION_HOURS = 12;
