import { appendEvent, eventsAfter, lastSeq } from '../../db/events';
import { hashPin } from '../auth/pin-hash';
import {
  exportIncludesStaffNames,
  reportHasApprovalBoxes,
  reportsShowStaffFigures,
} from '../../db/export-settings';
import type { ExportSettings } from '../../shared/contract/queries';
import type { Db } from '../../db/open-database';
import { listDevices, listOpenPairings } from '../../db/devices';
import { hasManager } from '../../db/staff';
import { changesSeen, enableReadCache, settleReadCache } from '../../db/read-cache';
import { getRetention, type RetentionState } from '../../db/retention';
import { closeVisitsLeftOpenBefore } from '../../db/tickets';
import {
  firstManagerInput,
  type Device,
  type DeviceRegistry,
  type PairedDevice,
} from '../../shared/contract/devices';
import { mayActForDesk, mayRun, type Actor, type RequestActor } from '../../shared/contract/access';
import {
  commands,
  type CommandName,
  type CommandResult,
  type ParsedInput,
} from '../../shared/contract/commands';
import { HubError } from '../../shared/contract/errors';
import type { HubEvent, HubEventBody } from '../../shared/contract/events';
import type { FeedPage } from '../../shared/contract/region-feed';
import type {
  DeskState,
  DisplayBoard,
  GuideBoard,
  Ledger,
  Office,
  SignedIn,
  Staff,
} from '../../shared/contract/views';
import type { Credentials } from '../auth/credentials';
import { identifyCaller } from '../auth/identify-caller';
import { createStaffSessions, type SignInSource } from '../auth/staff-sessions';
import { handlers } from '../handlers/index';
import type { Handler } from '../handlers/handler';
import { readDeskState } from '../queries/desk-state';
import { readDisplayBoard } from '../queries/display-board';
import { readGuideBoard } from '../queries/guide-board';
import { readLedger } from '../queries/ledger';
import { readCaseList } from '../queries/case-list';
import { purgeCaseContacts } from '../retention/case-contact-purge';
import type { CaseList } from '../../shared/contract/case-views';
import { readOffice } from '../queries/office';
import { readFeedPage } from '../region-feed/feed-page';
import { purgeEarliestExpiredDay, type PurgePause, type PurgeResult } from '../retention/visit-purge';
import { watchBreaches } from '../forecast/breach-watch';
import { listLiveForecasts } from '../../db/breach-forecasts';
import { getForecastSettings } from '../../db/forecast-settings';
import type { BreachForecast } from '../../shared/forecast/breach-forecast';
import type { ForecastSettings } from '../../shared/forecast/forecast-settings';
import { businessDay } from '../../shared/time/business-day';
import type { Clock } from './clock';
import { describeIssues } from './describe-issues';
import { createRandomPool } from './random-pool';
import { createDevicePairing } from './device-pairing';
import { defineStaff } from '../handlers/define-staff';

/** The stepped purge's default pause: one turn of the event loop between two steps. */
const nextTurn: PurgePause = () => new Promise((resolve) => setImmediate(resolve));

export type HubListener = (event: HubEvent) => void;

export type Hub = {
  /**
   * Runs a command for `actor`: the caller of a request, or `SYSTEM` (system-actor.ts) when the
   * hub acts on its own, which it must then say.
   */
  execute<N extends CommandName>(name: N, input: unknown, actor: Actor): CommandResult<N>;
  /** `from`: the caller, whose address is locked out for a while when it sprays wrong PINs. */
  signIn(input: unknown, from: SignInSource): Promise<SignedIn & { token: string }>;
  signOut(token: string): void;
  /**
   * Who a request comes from: a staff session first, then a paired device, then the hub's own
   * PC; null for a stranger on the LAN.
   */
  actorFor(credentials: Credentials): RequestActor | null;
  /** Trades a pairing code for a device token; `from` is the caller's address (for lock-out). */
  pairDevice(input: unknown, from: string): PairedDevice;
  deviceFor(token: string): Pick<Device, 'id' | 'role' | 'name'> | null;
  devices(): DeviceRegistry;
  /** True on a new database: the office's first manager has still to be created. */
  needsFirstManager(): boolean;
  /** `by`: the hub's own PC, the only caller the access table lets do this. */
  createFirstManager(input: unknown, by: RequestActor): Staff;
  session(token: string): SignedIn | null;
  office(): Office;
  deskState(deskId: number): DeskState;
  guideBoard(): GuideBoard;
  displayBoard(): DisplayBoard;
  ledger(month: string): Ledger;
  /** Open cases and those received in the business days `from`–`to`, with the unkindness counts. */
  cases(from: string, to: string): CaseList;
  /** Deletes the visitors' contacts of cases answered long enough ago; null when none were due. */
  purgeCaseContacts(): number[] | null;
  exportSettings(): ExportSettings;
  retention(): RetentionState;
  /**
   * Closes the visits that business days before today left open, with one event; done at the
   * hub's start and before every command and read, so it is cheap once a day is done.
   */
  closeEndedDays(): void;
  /**
   * Purges the earliest day of visit details past the retention period (the last call: through
   * the period's end); null when there were none. Call again until null. Goes in steps of a few
   * milliseconds with `pause` between them (by default one turn of the event loop).
   */
  purgeVisitDetails(pause?: PurgePause): Promise<PurgeResult | null>;
  /** Looks at every queue for a breach to come; returns the warnings and records that changed. */
  watchBreaches(): BreachForecast[];
  /** Today's open warnings and breaches under way. */
  liveForecasts(): BreachForecast[];
  forecastSettings(): ForecastSettings;
  eventsAfter(seq: number, limit: number): HubEvent[];
  /** The log after `after` as the office's region receives it: every link, only regional facts. */
  regionFeed(after: number, limit: number): FeedPage;
  lastSeq(): number;
  subscribe(listener: HubListener): () => void;
  now(): number;
  close(): void;
};

export type HubOptions = {
  db: Db;
  clock: Clock;
  randomBytes?: (size: number) => Uint8Array;
  /**
   * How a new PIN is hashed: scrypt with a fresh salt (pin-hash.ts) unless a test that starts
   * hundreds of hubs with the same demo staff passes its own.
   */
  hashPin?: (pin: string) => string;
  /** Where a listener's failure is reported; it never undoes a committed command. */
  onListenerError?: (error: unknown) => void;
};

function refuse(actor: Actor, name: string): HubError {
  const mightSignIn = actor.kind === 'hubPc' || (actor.kind === 'device' && actor.role === 'staff');
  return mightSignIn
    ? new HubError('sign_in_required', `"${name}" needs a staff sign-in.`)
    : new HubError('forbidden', `Your role may not send "${name}".`);
}

/** The desk a desk command acts for (the contract gives every desk command a `deskId`). */
function deskActedFor<N extends CommandName>(name: N, input: ParsedInput<N>): number | null {
  return commands[name].access === 'desk' ? (input as { deskId: number }).deskId : null;
}

export function createHub(options: HubOptions): Hub {
  const { db, clock } = options;
  enableReadCache(db);
  const random = options.randomBytes ?? createRandomPool();
  const pinHasher = options.hashPin ?? hashPin;
  const listeners = new Set<HubListener>();

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
  const sessions = createStaffSessions(db, clock, commit);

  // The business day whose earlier days are known to be closed; checked once per day.
  let closedBefore: string | null = null;
  function closeEndedDays(): void {
    const now = clock.now();
    const today = businessDay(now);
    if (closedBefore === today) return;
    const event = db
      .transaction(() => {
        const tickets = closeVisitsLeftOpenBefore(db, today);
        return tickets.length === 0
          ? null
          : appendEvent(db, { type: 'visitsClosedAtDayEnd', today, tickets }, now);
      })
      .immediate();
    closedBefore = today;
    if (event) publish(event);
  }
  closeEndedDays();

  function execute<N extends CommandName>(name: N, input: unknown, actor: Actor): CommandResult<N> {
    closeEndedDays();
    const command = commands[name];
    if (!mayRun(command.access, actor)) throw refuse(actor, name);
    const parsed = command.input.safeParse(input);
    if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
    const data = parsed.data as ParsedInput<N>;
    const deskId = deskActedFor(name, data);
    if (deskId !== null && !mayActForDesk(actor, deskId)) {
      throw new HubError('forbidden', `You are signed in at another desk, not desk ${deskId}.`);
    }
    const handler = handlers[name] as Handler<N>;
    const now = clock.now();
    return commit(now, () => handler({ db, now, randomBytes: random, hashPin: pinHasher, actor }, data));
  }

  // An event stream asks at every event whether its session or device still counts: the answer
  // holds until sessions, devices or staff change (read-cache.ts counts every change to them)
  // or the session's time runs out. Unknown callers are never kept.
  const answered = new WeakMap<Credentials, { actor: RequestActor; until: number; changes: number }>();

  function actorFor(credentials: Credentials): RequestActor | null {
    const changes = changesSeen(db);
    const known = answered.get(credentials);
    if (known && known.changes === changes && clock.now() < known.until) return known.actor;
    let until = Infinity;
    const actor = identifyCaller(credentials, {
      session(token) {
        const current = sessions.session(token);
        if (current) until = current.expiresAt;
        return current;
      },
      device: pairing.deviceFor,
    });
    if (actor && changes !== null && !db.inTransaction) answered.set(credentials, { actor, until, changes });
    return actor;
  }

  return {
    execute,
    signIn: sessions.signIn,
    signOut: sessions.signOut,
    actorFor,
    pairDevice: (input, from) => pairing.pair(input, from),
    deviceFor(token) {
      const device = pairing.deviceFor(token);
      return device ? { id: device.id, role: device.role, name: device.name } : null;
    },
    devices: () => ({ devices: listDevices(db), pairings: listOpenPairings(db, clock.now()) }),
    needsFirstManager: () => !hasManager(db),
    createFirstManager(input, by) {
      const parsed = firstManagerInput.safeParse(input);
      if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
      const now = clock.now();
      return commit(now, () => {
        // Checked inside the write transaction: two first-run screens cannot both win.
        if (hasManager(db)) throw new HubError('setup_done', 'This office already has a manager.');
        const made = defineStaff(
          { db, now, randomBytes: random, hashPin: pinHasher, actor: by },
          { ...parsed.data, role: 'manager', departmentId: null, otherDepartments: false },
        );
        return { result: made.result.staff, event: made.event };
      });
    },
    session: sessions.session,
    office() {
      closeEndedDays();
      return readOffice(db, clock.now());
    },
    deskState(deskId) {
      closeEndedDays();
      return readDeskState(db, deskId, clock.now());
    },
    guideBoard() {
      closeEndedDays();
      return readGuideBoard(db, clock.now());
    },
    displayBoard() {
      closeEndedDays();
      return readDisplayBoard(db, clock.now());
    },
    closeEndedDays,
    ledger: (month) => readLedger(db, month),
    cases: (from, to) => readCaseList(db, from, to, clock.now()),
    purgeCaseContacts: () => purgeCaseContacts(db, clock.now(), commit),
    exportSettings: () => ({
      includeStaffNames: exportIncludesStaffNames(db),
      staffFigures: reportsShowStaffFigures(db),
      approvalBoxes: reportHasApprovalBoxes(db),
    }),
    retention: () => getRetention(db),
    purgeVisitDetails: (pause = nextTurn) => purgeEarliestExpiredDay(db, clock, commit, pause),
    watchBreaches: () => watchBreaches(db, clock.now(), commit),
    liveForecasts: () => listLiveForecasts(db, businessDay(clock.now())),
    forecastSettings: () => getForecastSettings(db),
    eventsAfter: (seq, limit) => eventsAfter(db, seq, limit),
    regionFeed: (after, limit) => readFeedPage(db, after, limit),
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
