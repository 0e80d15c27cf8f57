import { endSession, findActiveSession, insertSession } from '../../db/sessions';
import type { Db } from '../../db/open-database';
import { getStaff, getStaffByLogin } from '../../db/staff';
import { HubError } from '../../shared/contract/errors';
import { SESSION_HOURS, signInInput } from '../../shared/contract/session';
import type { SignedIn } from '../../shared/contract/views';
import { requireDesk } from '../handlers/rules';
import type { Clock } from '../hub/clock';
import type { Commit } from '../hub/commit';
import { describeIssues } from '../hub/describe-issues';
import { lockoutError } from './lockout-error';
import { createPinGuard, MAX_WRONG_PINS_PER_ADDRESS } from './pin-guard';
import { verifyPin } from './pin-hash';
import { hashSessionToken, newSessionToken } from './session-token';

export type StaffSessions = {
  /** `from`: the caller's address, which is locked out for a while when it sprays wrong PINs. */
  signIn: (input: unknown, from: string) => SignedIn & { token: string };
  signOut: (token: string) => void;
  /** The live session of `token`; null when it never was, has ended or has expired. */
  session: (token: string) => SignedIn | null;
};

/** Staff sign-in with staff id and PIN, the sessions it opens, and the lock-outs that guard it. */
export function createStaffSessions(db: Db, clock: Clock, commit: Commit): StaffSessions {
  const pinGuard = createPinGuard(() => clock.now());
  // One PC trying PINs across many staff ids gets locked for longer each time; the per-id lock
  // alone would let it try five PINs on every id every five minutes.
  const signInAddresses = createPinGuard(() => clock.now(), {
    maxWrong: MAX_WRONG_PINS_PER_ADDRESS,
    escalate: true,
  });

  function session(token: string): SignedIn | null {
    const found = findActiveSession(db, hashSessionToken(token), clock.now());
    const staff = found ? getStaff(db, found.staffId) : null;
    return found && staff ? { staff, deskId: found.deskId, expiresAt: found.expiresAt } : null;
  }

  return {
    session,
    signIn(input, from) {
      const parsed = signInInput.safeParse(input);
      if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
      const { login, pin, deskId } = parsed.data;
      const lockedMs = Math.max(signInAddresses.lockedFor(from), pinGuard.lockedFor(login));
      if (lockedMs > 0) throw lockoutError('pin_locked', 'PINs', lockedMs);
      const staff = getStaffByLogin(db, login);
      // The same answer for an unknown id and a wrong PIN, so ids cannot be probed.
      if (!staff || !verifyPin(pin, staff.pinHash)) {
        pinGuard.recordWrong(login);
        signInAddresses.recordWrong(from);
        throw new HubError('wrong_pin', 'The staff id or PIN is wrong.');
      }
      if (staff.role === 'desk' && deskId === undefined) {
        throw new HubError('invalid_input', 'deskId: desk staff sign in at a desk.');
      }
      if (deskId !== undefined) requireDesk(db, deskId);
      pinGuard.recordRight(login);
      signInAddresses.recordRight(from);
      const token = newSessionToken();
      const now = clock.now();
      const signedIn = {
        staff: { id: staff.id, login: staff.login, name: staff.name, role: staff.role },
        deskId: deskId ?? null,
        expiresAt: now + SESSION_HOURS * 60 * 60 * 1000,
      };
      commit(now, () => {
        insertSession(db, hashSessionToken(token), {
          staffId: staff.id,
          deskId: signedIn.deskId,
          startedAt: now,
          expiresAt: signedIn.expiresAt,
        });
        return {
          result: null,
          event: { type: 'staffSignedIn', staffId: staff.id, deskId: signedIn.deskId },
        };
      });
      return { ...signedIn, token };
    },
    signOut(token) {
      const current = session(token);
      if (!current) throw new HubError('sign_in_required', 'This session has already ended.');
      const now = clock.now();
      commit(now, () => {
        endSession(db, hashSessionToken(token), now);
        return {
          result: null,
          event: { type: 'staffSignedOut', staffId: current.staff.id, deskId: current.deskId },
        };
      });
    },
  };
}
