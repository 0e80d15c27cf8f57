import { HubError } from '../../shared/contract/errors';

/** The refusal of a locked-out key: says when to try again, in words and in seconds. */
export function lockoutError(
  code: 'pin_locked' | 'pairing_locked' | 'repeat_code_locked',
  tooMany: string,
  lockedMs: number,
): HubError {
  return new HubError(
    code,
    `Too many wrong ${tooMany}: try again in ${Math.ceil(lockedMs / 60_000)} min.`,
    Math.ceil(lockedMs / 1000),
  );
}
