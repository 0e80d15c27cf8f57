import type { RequestActor } from '../../shared/contract/access';
import type { CommandName } from '../../shared/contract/commands';
import { HubError } from '../../shared/contract/errors';
import { lockoutError } from '../auth/lockout-error';
import { createPinGuard } from '../auth/pin-guard';

/**
 * How often a kiosk may send each command: a burst, then a steady rate. A busy office's kiosk
 * issues a ticket every few seconds at most; a stuck key or a script issues hundreds a second.
 * These are product defaults (no charter sets them).
 */
export const COMMAND_ALLOWANCES = {
  issueTicket: { burst: 10, perMinute: 20 },
  requestEscort: { burst: 3, perMinute: 2 },
} as const satisfies Partial<Record<CommandName, { burst: number; perMinute: number }>>;

/** Wrong repeat-visit codes in a row from one kiosk that lock its repeat-visit claims. */
export const MAX_WRONG_REPEAT_CODES = 5;
const WRONG_CODE_ERRORS = new Set(['invalid_ticket_code', 'ticket_code_unknown', 'repeat_code_expired']);

type Bucket = { tokens: number; at: number };

/** The kiosk a request comes from: its device, or its address when it has none (the hub's PC). */
function senderKey(actor: RequestActor, address: string): string | null {
  if (actor.kind === 'staff') return null;
  return actor.kind === 'device' ? `device ${actor.deviceId}` : `address ${address}`;
}

/**
 * Rate limits for the commands a kiosk sends, and a lock-out on guessing repeat-visit codes,
 * kept per device (per address for a caller without one). Signed-in staff are not limited:
 * they are accountable, and a desk calls visitors as fast as it serves them. In memory, like
 * the PIN lock-outs: a refusal changes nothing in the database.
 */
export function createCommandLimits(now: () => number) {
  const buckets = new Map<string, Bucket>();
  // Not escalating: a kiosk is shared by every visitor, and 5 tries per 5 minutes already make
  // guessing one of a hundred million codes hopeless.
  const repeatCodes = createPinGuard(now, { maxWrong: MAX_WRONG_REPEAT_CODES });

  function take(name: keyof typeof COMMAND_ALLOWANCES, sender: string): void {
    const { burst, perMinute } = COMMAND_ALLOWANCES[name];
    const key = `${name} ${sender}`;
    const t = now();
    const last = buckets.get(key) ?? { tokens: burst, at: t };
    // A clock set back (a PC's time corrected) neither refills nor drains the bucket: counted
    // as time passing backwards, it would lock a kiosk out for as long as the clock went back.
    const elapsed = Math.max(0, t - last.at);
    const tokens = Math.min(burst, last.tokens + (elapsed * perMinute) / 60_000);
    if (tokens < 1) {
      buckets.set(key, { tokens, at: t });
      const waitS = Math.ceil(((1 - tokens) * 60) / perMinute);
      throw new HubError(
        'rate_limited',
        `Too many "${name}" from this kiosk: try again in ${waitS} s.`,
        waitS,
      );
    }
    buckets.set(key, { tokens: tokens - 1, at: t });
  }

  return {
    /** Runs `command` for a sender within its allowance, counting its wrong repeat-visit codes. */
    run<T>(name: CommandName, input: unknown, actor: RequestActor, address: string, command: () => T): T {
      const sender = senderKey(actor, address);
      if (sender === null) return command();
      const claimsRepeat =
        name === 'issueTicket' && typeof input === 'object' && input !== null && 'repeatOfCode' in input;
      if (claimsRepeat) {
        const lockedMs = repeatCodes.lockedFor(sender);
        if (lockedMs > 0) throw lockoutError('repeat_code_locked', 'ticket codes', lockedMs);
      }
      if (Object.hasOwn(COMMAND_ALLOWANCES, name)) take(name as keyof typeof COMMAND_ALLOWANCES, sender);
      try {
        const result = command();
        if (claimsRepeat) repeatCodes.recordRight(sender);
        return result;
      } catch (error) {
        if (claimsRepeat && error instanceof HubError && WRONG_CODE_ERRORS.has(error.code)) {
          repeatCodes.recordWrong(sender);
        }
        throw error;
      }
    },
  };
}
