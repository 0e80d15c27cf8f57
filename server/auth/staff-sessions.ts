import { endSession, findActiveSession, insertSession } from '../../db/sessions';
import type { Db } from '../../db/open-database';
import { getDepartment } from '../../db/departments';
import { getStaff, getStaffByLogin } from '../../db/staff';
import { HubError } from '../../shared/contract/errors';
import { SESSION_HOURS, signInInput } from '../../shared/contract/session';
import type { Desk, SignedIn, Staff } from '../../shared/contract/views';
import { requireDesk } from '../handlers/rules';
import type { Clock } from '../hub/clock';
import type { Commit } from '../hub/commit';
import { describeIssues } from '../hub/describe-issues';
import { lockoutError } from './lockout-error';
import { createPinGuard, MAX_WRONG_PINS_PER_ADDRESS } from './pin-guard';
import { createHashSlots } from './hash-slots';
import { verifyPin } from './pin-hash';
import { hashSessionToken, newSessionToken } from './session-token';

/**
 * Desk staff work at their own department's desks unless a manager let them work at others'.
 * Asked only once the PIN was right, so the refusal tells a stranger nothing about anyone's desks.
 */
function requireDeskOfTheirs(db: Db, staff: Staff, desk: Desk): void {
  if (staff.role !== 'desk' || staff.otherDepartments || staff.departmentId === desk.departmentId) return;
  const own = staff.departmentId === null ? null : getDepartment(db, staff.departmentId);
  throw new HubError(
    'other_department_desk',
    `${staff.login} works at ${own ? `${own.nameEn} (${own.nameKo})` : 'no department’s'} desks; ` +
      'a manager can let them work at other departments’ desks.',
  );
}

/** Where a sign-in comes from: its address, and whether that is the hub's own PC. */
export type SignInSource = { address: string; local: boolean };

export type StaffSessions = {
  /** `from`: the caller, whose address is locked out for a while when it sprays wrong PINs. */
  signIn: (input: unknown, from: SignInSource) => Promise<SignedIn & { token: string }>;
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
  // Two cores' worth of hashing at a time; a burst beyond a few dozen is sent away.
  const withHashSlot = createHashSlots({ running: 2, waiting: 16 });

  function session(token: string): SignedIn | null {
    const found = findActiveSession(db, hashSessionToken(token), clock.now());
    const staff = found ? getStaff(db, found.staffId) : null;
    return found && staff ? { staff, deskId: found.deskId, expiresAt: found.expiresAt } : null;
  }

  return {
    session,
    async signIn(input, from) {
      const parsed = signInInput.safeParse(input);
      if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
      const { login, pin, deskId } = parsed.data;
      // A stranger on the LAN who locks an id does not lock it at the hub's own PC, where the
      // office can always sign in (docs/security.md).
      const idKey = from.local ? `${login}\u0000local` : login;
      const lockedMs = Math.max(signInAddresses.lockedFor(from.address), pinGuard.lockedFor(idKey));
      if (lockedMs > 0) throw lockoutError('pin_locked', 'PINs', lockedMs);
      // Counted as wrong before the check, so parallel tries cannot all pass the lock unseen.
      pinGuard.recordWrong(idKey);
      signInAddresses.recordWrong(from.address);
      const known = getStaffByLogin(db, login);
      // An unknown id costs the same hashing as a wrong PIN and gets the same answer.
      const right = await withHashSlot(() => verifyPin(pin, known?.pinHash ?? null));
      // Read again after the wait: a PIN reset meanwhile makes the old PIN wrong.
      const staff = right ? getStaffByLogin(db, login) : null;
      if (!staff || staff.pinHash !== known?.pinHash) {
        throw new HubError('wrong_pin', 'The staff id or PIN is wrong.');
      }
      pinGuard.recordRight(idKey);
      signInAddresses.recordRight(from.address);
      if (staff.role === 'desk' && deskId === undefined) {
        throw new HubError('invalid_input', 'deskId: desk staff sign in at a desk.');
      }
      if (deskId !== undefined) requireDeskOfTheirs(db, staff, requireDesk(db, deskId));
      const token = newSessionToken();
      const now = clock.now();
      const signedIn = {
        staff: {
          id: staff.id,
          login: staff.login,
          name: staff.name,
          role: staff.role,
          departmentId: staff.departmentId,
          otherDepartments: staff.otherDepartments,
        },
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
