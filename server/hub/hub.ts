import { appendEvent, eventsAfter, lastSeq } from '../../db/events';
import { exportIncludesStaffNames } from '../../db/export-settings';
import type { Db } from '../../db/open-database';
import { endSession, findActiveSession, insertSession } from '../../db/sessions';
import { listDevices, listOpenPairings } from '../../db/devices';
import { getStaff, getStaffByLogin, hasManager } from '../../db/staff';
import { changesSeen, enableReadCache, settleReadCache } from '../../db/read-cache';
import { getRetention, type RetentionState } from '../../db/retention';
import {
  firstManagerInput,
  type Device,
  type DeviceRegistry,
  type PairedDevice,
} from '../../shared/contract/devices';
import { mayActForDesk, mayRun, type Actor } from '../../shared/contract/access';
import { commands, type CommandName, type CommandResult } from '../../shared/contract/commands';
import { HubError } from '../../shared/contract/errors';
import type { HubEvent, HubEventBody } from '../../shared/contract/events';
import { SESSION_HOURS, signInInput } from '../../shared/contract/session';
import type {
  DeskState,
  DisplayBoard,
  GuideBoard,
  Ledger,
  Office,
  SignedIn,
  Staff,
} from '../../shared/contract/views';
import { lockoutError } from '../auth/lockout-error';
import { createPinGuard, MAX_WRONG_PINS_PER_ADDRESS } from '../auth/pin-guard';
import { verifyPin } from '../auth/pin-hash';
import { hashSessionToken, newSessionToken } from '../auth/session-token';
import { handlers } from '../handlers/index';
import type { Handler } from '../handlers/handler';
import { requireDesk } from '../handlers/rules';
import { readDeskState } from '../queries/desk-state';
import { readDisplayBoard } from '../queries/display-board';
import { readGuideBoard } from '../queries/guide-board';
import { readLedger } from '../queries/ledger';
import { readOffice } from '../queries/office';
import { purgeEarliestExpiredDay, type PurgeResult } from '../retention/visit-purge';
import type { Clock } from './clock';
import { describeIssues } from './describe-issues';
import { createRandomPool } from './random-pool';
import { createDevicePairing } from './device-pairing';
import { defineStaff } from '../handlers/define-staff';

export type HubListener = (event: HubEvent) => void;

/** What a request carries: a session token, a device token, and whether it came from this PC. */
export type Credentials = { session: string | null; device: string | null; local: boolean };

export const SYSTEM: Actor = { kind: 'system' };

export type Hub = {
  /** Runs a command for `actor` (the hub itself when omitted: setup and tests). */
  execute<N extends CommandName>(name: N, input: unknown, actor?: Actor): CommandResult<N>;
  /** `from`: the caller's address, which is locked out for a while when it sprays wrong PINs. */
  signIn(input: unknown, from: string): SignedIn & { token: string };
  signOut(token: string): void;
  /**
   * Who a request comes from: a staff session first, then a paired device, then the hub's own
   * PC; null for a stranger on the LAN.
   */
  actorFor(credentials: Credentials): Actor | null;
  /** Trades a pairing code for a device token; `from` is the caller's address (for lock-out). */
  pairDevice(input: unknown, from: string): PairedDevice;
  deviceFor(token: string): Pick<Device, 'id' | 'role' | 'name'> | null;
  devices(): DeviceRegistry;
  /** True on a new database: the office's first manager has still to be created. */
  needsFirstManager(): boolean;
  createFirstManager(input: unknown): Staff;
  session(token: string): SignedIn | null;
  office(): Office;
  deskState(deskId: number): DeskState;
  guideBoard(): GuideBoard;
  displayBoard(): DisplayBoard;
  ledger(month: string): Ledger;
  exportSettings(): { includeStaffNames: boolean };
  retention(): RetentionState;
  /**
   * Purges the earliest day of visit details past the retention period (the last call: through
   * the period's end); null when there were none. Call again until null.
   */
  purgeVisitDetails(): PurgeResult | null;
  eventsAfter(seq: number, limit: number): HubEvent[];
  lastSeq(): number;
  subscribe(listener: HubListener): () => void;
  now(): number;
  close(): void;
};

export type HubOptions = {
  db: Db;
  clock: Clock;
  randomBytes?: (size: number) => Uint8Array;
  /** Where a listener's failure is reported; it never undoes a committed command. */
  onListenerError?: (error: unknown) => void;
};

function refuse(actor: Actor, name: string): HubError {
  const mightSignIn = actor.kind === 'anonymous' || (actor.kind === 'device' && actor.role === 'staff');
  return mightSignIn
    ? new HubError('sign_in_required', `"${name}" needs a staff sign-in.`)
    : new HubError('forbidden', `Your role may not send "${name}".`);
}

export function createHub(options: HubOptions): Hub {
  const { db, clock } = options;
  enableReadCache(db);
  const random = options.randomBytes ?? createRandomPool();
  const listeners = new Set<HubListener>();
  const pinGuard = createPinGuard(() => clock.now());
  // One PC trying PINs across many staff ids gets locked for longer each time; the per-id lock
  // alone would let it try five PINs on every id every five minutes.
  const signInAddresses = createPinGuard(() => clock.now(), {
    maxWrong: MAX_WRONG_PINS_PER_ADDRESS,
    escalate: true,
  });

  function publish(event: HubEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        options.onListenerError?.(error);
      }
    }
  }

  // IMMEDIATE takes the write lock before reading, so the rules a handler checks still hold
  // when it writes; any throw rolls back the projections and the event together. Made once:
  // building a transaction function costs as much as a statement.
  const transaction = db.transaction(
    (now: number, change: () => { result: unknown; event: HubEventBody }) => {
      const outcome = change();
      return { result: outcome.result, event: appendEvent(db, outcome.event, now) };
    },
  );

  /** One transaction: `change` applies the rules and projections, then its event is appended. */
  function commit<R>(now: number, change: () => { result: R; event: HubEventBody }): R {
    let outcome: { result: unknown; event: HubEvent };
    try {
      outcome = transaction.immediate(now, change);
    } finally {
      settleReadCache(db);
    }
    publish(outcome.event);
    return outcome.result as R;
  }

  const pairing = createDevicePairing(db, clock, commit);

  function execute<N extends CommandName>(name: N, input: unknown, actor: Actor = SYSTEM): CommandResult<N> {
    const command = commands[name];
    if (!mayRun(command.access, actor)) throw refuse(actor, name);
    const parsed = command.input.safeParse(input);
    if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
    const data = parsed.data as { deskId?: number };
    if (data.deskId !== undefined && !mayActForDesk(actor, data.deskId)) {
      throw new HubError('forbidden', `You are signed in at another desk, not desk ${data.deskId}.`);
    }
    const handler = handlers[name] as Handler<N>;
    const now = clock.now();
    return commit(now, () => handler({ db, now, randomBytes: random, actor }, parsed.data as never));
  }

  // An event stream asks at every event whether its session or device still counts: the answer
  // holds until sessions, devices or staff change (read-cache.ts counts every change to them)
  // or the session's time runs out.
  const answered = new WeakMap<Credentials, { actor: Actor; until: number; changes: number }>();

  function lookUpActor({ session: token, device: deviceToken, local }: Credentials) {
    const current = token ? session(token) : null;
    if (current) {
      const actor: Actor = {
        kind: 'staff',
        staffId: current.staff.id,
        role: current.staff.role,
        deskId: current.deskId,
      };
      return { actor, until: current.expiresAt };
    }
    const device = deviceToken ? pairing.deviceFor(deviceToken) : null;
    if (device)
      return { actor: { kind: 'device', deviceId: device.id, role: device.role } as Actor, until: Infinity };
    return local ? { actor: { kind: 'anonymous' } as Actor, until: Infinity } : null;
  }

  function session(token: string): SignedIn | null {
    const found = findActiveSession(db, hashSessionToken(token), clock.now());
    const staff = found ? getStaff(db, found.staffId) : null;
    return found && staff ? { staff, deskId: found.deskId, expiresAt: found.expiresAt } : null;
  }

  return {
    execute,
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
    actorFor(credentials) {
      const changes = changesSeen(db);
      const known = answered.get(credentials);
      if (known && known.changes === changes && clock.now() < known.until) return known.actor;
      const found = lookUpActor(credentials);
      if (found && changes !== null && !db.inTransaction) answered.set(credentials, { ...found, changes });
      return found?.actor ?? null;
    },
    pairDevice: (input, from) => pairing.pair(input, from),
    deviceFor(token) {
      const device = pairing.deviceFor(token);
      return device ? { id: device.id, role: device.role, name: device.name } : null;
    },
    devices: () => ({ devices: listDevices(db), pairings: listOpenPairings(db, clock.now()) }),
    needsFirstManager: () => !hasManager(db),
    createFirstManager(input) {
      const parsed = firstManagerInput.safeParse(input);
      if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
      const now = clock.now();
      return commit(now, () => {
        // Checked inside the write transaction: two first-run screens cannot both win.
        if (hasManager(db)) throw new HubError('setup_done', 'This office already has a manager.');
        const made = defineStaff(
          { db, now, randomBytes: random, actor: SYSTEM },
          { ...parsed.data, role: 'manager' },
        );
        return { result: made.result.staff, event: made.event };
      });
    },
    session,
    office: () => readOffice(db, clock.now()),
    deskState: (deskId) => readDeskState(db, deskId, clock.now()),
    guideBoard: () => readGuideBoard(db, clock.now()),
    displayBoard: () => readDisplayBoard(db, clock.now()),
    ledger: (month) => readLedger(db, month),
    exportSettings: () => ({ includeStaffNames: exportIncludesStaffNames(db) }),
    retention: () => getRetention(db),
    purgeVisitDetails: () => purgeEarliestExpiredDay(db, clock, commit),
    eventsAfter: (seq, limit) => eventsAfter(db, seq, limit),
    lastSeq: () => lastSeq(db),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    now: () => clock.now(),
    close() {
      listeners.clear();
      db.close();
    },
  };
}
