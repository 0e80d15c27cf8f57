import { create } from 'zustand';
import type { Charter } from '../../shared/charter/presets';
import type { CommandInput, CommandName, CommandResult } from '../../shared/contract/commands';
import type { HubEvent } from '../../shared/contract/events';
import type { AwayReason, Department, DepartmentCall, Desk, Ticket } from '../../shared/contract/views';
import { normalizeTicketCode } from '../../shared/numbering/ticket-code';
import { errorCodeOf, read, sendCommand, type ApiErrorCode } from '../api/http-client';
import { businessDay } from '../../shared/time/business-day';
import { clockOffset } from '../time/hub-time';
import { factsOf, needsRefresh, withAway, withCompensation, withoutAway, type DeskFacts } from './desk-facts';
import { firstToAttend, mergeTicket, toTicketMap, withCall, type TicketMap } from './desk-tickets';
import { ticketsOf } from './event-tickets';
import { mayEndSession, useSessionStore } from './session-store';

type TicketNoticeKind = 'called' | 'recalled' | 'checkedIn' | 'acknowledged' | 'served' | 'noShow';

/** What the desk's status region says after an action. */
export type DeskNotice =
  | { kind: TicketNoticeKind; number: string; at: number }
  | {
      kind: 'transferred';
      number: string;
      toNumber: string;
      toDepartmentId: number;
      ahead: number;
      at: number;
    }
  | { kind: 'judged'; number: string; staffError: boolean; at: number }
  | { kind: 'away'; standInDeskId: number; at: number }
  | { kind: 'returned'; at: number }
  | { kind: 'error'; code: ApiErrorCode; at: number }
  | { kind: 'invalidCode'; at: number }
  | { kind: 'keyRefused'; reason: KeyRefusal; at: number };

/** The desk's keys: A acknowledges, N calls next, R calls the number again. */
export type DeskKey = 'acknowledge' | 'callNext' | 'recall';

/** Why a desk key had nothing to do: said aloud and on screen, so a press is never lost unnoticed. */
export type KeyRefusal = 'nobodyToAcknowledge' | 'nobodyToRecall' | 'directDesk' | 'away';

/** How a desk command ended: done, refused, or not sent because no desk is loaded yet. */
export type CommandOutcome = 'done' | 'noDesk' | { error: ApiErrorCode };

export type RepeatJudgementInput = {
  ticketId: number;
  staffError: boolean;
  reason: string;
  /** The earlier ticket's code, when the visitor made no claim at the kiosk. */
  earlierCode?: string;
};

type DeskCommand = Extract<
  CommandName,
  | 'callNext'
  | 'callTicket'
  | 'recallTicket'
  | 'checkIn'
  | 'acknowledgeArrival'
  | 'finishService'
  | 'markNoShow'
  | 'transferTicket'
  | 'setDeskAway'
  | 'returnToDesk'
  | 'judgeRepeatVisit'
>;

type DeskStore = DeskFacts & {
  deskId: number | null;
  desk: Desk | null;
  department: Department | null;
  charter: Charter | null;
  tickets: TicketMap;
  /** The department's calls today: with its priority rule they give the queue's order. */
  departmentCalls: readonly DepartmentCall[];
  snapshotSeq: number | null;
  lastSeq: number;
  offset: number;
  loadError: ApiErrorCode | null;
  /** A command is in flight or waiting for one: buttons wait, keys are queued. */
  busy: boolean;
  notice: DeskNotice | null;
  load: (deskId: number) => Promise<void>;
  apply: (event: HubEvent) => void;
  callNext: () => Promise<void>;
  callTicket: (ticketId: number) => Promise<void>;
  recall: (ticketId: number) => Promise<void>;
  /** False when the code was refused, so the form keeps what was typed for correction. */
  checkIn: (typed: string) => Promise<boolean>;
  acknowledge: (ticketId: number) => Promise<void>;
  finishService: (ticketId: number, note?: string) => Promise<CommandOutcome>;
  markNoShow: (ticketId: number) => Promise<void>;
  transfer: (ticketId: number, toDepartmentId: number, note: string) => Promise<CommandOutcome>;
  setAway: (reason: AwayReason, standInDeskId: number) => Promise<CommandOutcome>;
  returnToDesk: () => Promise<CommandOutcome>;
  judgeRepeatVisit: (input: RepeatJudgementInput) => Promise<CommandOutcome>;
  /** A desk key (A, N, R): carried out after the commands before it, or refused aloud. */
  pressKey: (key: DeskKey) => Promise<CommandOutcome>;
};

const noFacts: DeskFacts = {
  figures: { served: 0, noShows: 0, acknowledged: 0, medianAttendMs: null, worstAttendMs: null, breaches: 0 },
  awayDesks: [],
  desks: [],
  departments: [],
  compensations: [],
  earlierVisits: {},
};

export const useDeskStore = create<DeskStore>()((set, get) => {
  const takeTicket = (ticket: Ticket): void => {
    const { desk, tickets, departmentCalls } = get();
    if (desk) {
      set({
        tickets: mergeTicket(tickets, ticket, desk),
        departmentCalls: withCall(departmentCalls, ticket, desk),
      });
    }
  };

  // Commands run one after another, in the order they were asked for: a key pressed while
  // another command is in flight (a recall, a check-in) is carried out after it, never dropped.
  let queue: Promise<unknown> = Promise.resolve();
  let queued = 0;
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    queued += 1;
    set({ busy: true });
    const result = queue.then(task).finally(() => {
      queued -= 1;
      if (queued === 0) set({ busy: false });
    });
    queue = result.catch(() => undefined);
    return result;
  };

  /**
   * Sends one desk command; the reply is applied at once so the desk never waits for the
   * stream. `done` applies the reply and says what the status region should announce.
   */
  const send = async <N extends DeskCommand>(
    name: N,
    input: CommandInput<N>,
    done: (result: CommandResult<N>) => DeskNotice,
  ): Promise<CommandOutcome> => {
    try {
      const result: CommandResult<N> = await sendCommand(name, input);
      set({ notice: done(result) });
      return 'done';
    } catch (error) {
      const code = errorCodeOf(error);
      set({ notice: { kind: 'error', code, at: Date.now() } });
      return { error: code };
    }
  };

  /** Sends a desk command once those asked for before it have finished. */
  const run = <N extends DeskCommand>(
    name: N,
    input: CommandInput<N>,
    done: (result: CommandResult<N>) => DeskNotice,
  ): Promise<CommandOutcome> => enqueue(() => send(name, input, done));

  const refuse = (reason: KeyRefusal): CommandOutcome => {
    set({ notice: { kind: 'keyRefused', reason, at: Date.now() } });
    return 'done';
  };

  /**
   * What a desk key does, decided when its turn comes rather than when it was pressed: A right
   * after a scanner's Enter acknowledges the visitor that check-in brings to the desk.
   */
  const keyTask = (key: DeskKey) => (): Promise<CommandOutcome> => {
    const { desk, tickets, awayDesks, offset } = get();
    if (!desk) return Promise.resolve<CommandOutcome>('noDesk');
    const first = firstToAttend(tickets, desk, businessDay(Date.now() + offset));
    if (key === 'acknowledge') {
      if (!first) return Promise.resolve(refuse('nobodyToAcknowledge'));
      return send(
        'acknowledgeArrival',
        { deskId: desk.id, ticketId: first.id },
        ticketNotice('acknowledged'),
      );
    }
    if (desk.mode !== 'queue') return Promise.resolve(refuse('directDesk'));
    if (key === 'callNext') {
      if (awayDesks.some((a) => a.deskId === desk.id)) return Promise.resolve(refuse('away'));
      return send('callNext', { deskId: desk.id }, ticketNotice('called'));
    }
    if (!first || first.callCount === 0) return Promise.resolve(refuse('nobodyToRecall'));
    return send('recallTicket', { deskId: desk.id, ticketId: first.id }, ticketNotice('recalled'));
  };

  const ticketNotice =
    (kind: TicketNoticeKind) =>
    (result: { ticket: Ticket }): DeskNotice => {
      takeTicket(result.ticket);
      return { kind, number: result.ticket.number, at: Date.now() };
    };

  // Figures and earlier visits are the hub's to compute, so the desk asks again when an event
  // changes them. Requests never overlap: any asked for meanwhile are folded into one rerun.
  let refreshesWanted = 0;
  let refreshing = false;
  const refresh = async (): Promise<void> => {
    refreshesWanted += 1;
    if (refreshing) return;
    refreshing = true;
    try {
      let answered = 0;
      while (answered < refreshesWanted) {
        answered = refreshesWanted;
        const { deskId } = get();
        if (deskId === null) return;
        const state = await read('deskState', { deskId });
        if (get().deskId === deskId) set(factsOf(state));
      }
    } catch {
      // The next event, or a reload, asks again; the lists stay live either way.
    } finally {
      refreshing = false;
    }
  };

  const deskIdOrNull = (): number | null => get().desk?.id ?? null;

  return {
    ...noFacts,
    deskId: null,
    desk: null,
    department: null,
    charter: null,
    tickets: {},
    departmentCalls: [],
    snapshotSeq: null,
    lastSeq: 0,
    offset: 0,
    loadError: null,
    busy: false,
    notice: null,
    async load(deskId) {
      if (get().deskId !== deskId) {
        set({
          ...noFacts,
          deskId,
          desk: null,
          department: null,
          tickets: {},
          departmentCalls: [],
          snapshotSeq: null,
          notice: null,
        });
      }
      set({ loadError: null });
      try {
        const state = await read('deskState', { deskId });
        // A slow answer for a desk the screen has already left is dropped.
        if (get().deskId !== deskId) return;
        set({
          ...factsOf(state),
          desk: state.desk,
          department: state.department,
          charter: state.charter,
          tickets: toTicketMap([...state.waiting, ...state.atDesk, ...state.finishedToday]),
          departmentCalls: state.departmentCalls,
          snapshotSeq: state.seq,
          lastSeq: state.seq,
          offset: clockOffset(state.now),
        });
      } catch (error) {
        if (get().deskId === deskId) set({ loadError: errorCodeOf(error) });
      }
    },
    apply(event) {
      if (event.seq <= get().lastSeq) return;
      set({ lastSeq: event.seq });
      const { desk, deskId, earlierVisits } = get();
      // A new business day: the desk starts from the hub's snapshot of it (and its clock), as
      // after a reload; the stream then resumes after that snapshot.
      if (event.type === 'visitsClosedAtDayEnd' && deskId !== null) {
        void get().load(deskId);
        return;
      }
      for (const ticket of ticketsOf(event)) takeTicket(ticket);
      if (event.type === 'charterApplied') set({ charter: event.charter });
      // A department's names or settings changed (defined again, or opened or closed for tickets).
      else if ('department' in event) {
        set((s) => ({
          departments: [...s.departments.filter((d) => d.id !== event.department.id), event.department],
          department: event.department.id === s.department?.id ? event.department : s.department,
        }));
      } else if (event.type === 'deskDefined') {
        set((s) => ({
          desks: [...s.desks.filter((d) => d.id !== event.desk.id), event.desk],
          desk: event.desk.id === s.desk?.id ? event.desk : s.desk,
        }));
      } else if (event.type === 'deskAwaySet') set((s) => ({ awayDesks: withAway(s.awayDesks, event.away) }));
      else if (event.type === 'deskReturned') {
        set((s) => ({ awayDesks: withoutAway(s.awayDesks, event.deskId) }));
      } else if (event.type === 'repeatVisitJudged' && event.compensation) {
        const { compensation } = event;
        set((s) => ({ compensations: withCompensation(s.compensations, compensation) }));
      }
      if (desk && needsRefresh(event, desk, earlierVisits)) void refresh();
      const session = useSessionStore.getState();
      if (mayEndSession(event, session.session)) void session.check();
    },
    async callNext() {
      const deskId = deskIdOrNull();
      if (deskId !== null) await run('callNext', { deskId }, ticketNotice('called'));
    },
    async callTicket(ticketId) {
      const deskId = deskIdOrNull();
      if (deskId !== null) await run('callTicket', { deskId, ticketId }, ticketNotice('called'));
    },
    async recall(ticketId) {
      const deskId = deskIdOrNull();
      if (deskId !== null) await run('recallTicket', { deskId, ticketId }, ticketNotice('recalled'));
    },
    async checkIn(typed) {
      const deskId = deskIdOrNull();
      if (deskId === null) return false;
      const code = normalizeTicketCode(typed);
      if (code === null) {
        set({ notice: { kind: 'invalidCode', at: Date.now() } });
        return false;
      }
      return (await run('checkIn', { deskId, code }, ticketNotice('checkedIn'))) === 'done';
    },
    async acknowledge(ticketId) {
      const deskId = deskIdOrNull();
      if (deskId !== null)
        await run('acknowledgeArrival', { deskId, ticketId }, ticketNotice('acknowledged'));
    },
    async finishService(ticketId, note) {
      const deskId = deskIdOrNull();
      if (deskId === null) return 'noDesk';
      const trimmed = note?.trim() ?? '';
      const input = trimmed === '' ? { deskId, ticketId } : { deskId, ticketId, note: trimmed };
      return run('finishService', input, ticketNotice('served'));
    },
    async markNoShow(ticketId) {
      const deskId = deskIdOrNull();
      if (deskId !== null) await run('markNoShow', { deskId, ticketId }, ticketNotice('noShow'));
    },
    async transfer(ticketId, toDepartmentId, note) {
      const deskId = deskIdOrNull();
      if (deskId === null) return 'noDesk';
      return run('transferTicket', { deskId, ticketId, toDepartmentId, note }, (result) => {
        takeTicket(result.ticket);
        takeTicket(result.transferredTo);
        return {
          kind: 'transferred',
          number: result.ticket.number,
          toNumber: result.transferredTo.number,
          toDepartmentId,
          ahead: result.ahead,
          at: Date.now(),
        };
      });
    },
    async setAway(reason, standInDeskId) {
      const deskId = deskIdOrNull();
      if (deskId === null) return 'noDesk';
      return run('setDeskAway', { deskId, reason, standInDeskId }, ({ away }) => {
        set((s) => ({ awayDesks: withAway(s.awayDesks, away) }));
        return { kind: 'away', standInDeskId: away.standInDeskId, at: Date.now() };
      });
    },
    async returnToDesk() {
      const deskId = deskIdOrNull();
      if (deskId === null) return 'noDesk';
      return run('returnToDesk', { deskId }, (result) => {
        set((s) => ({ awayDesks: withoutAway(s.awayDesks, result.deskId) }));
        return { kind: 'returned', at: Date.now() };
      });
    },
    pressKey: (key) => enqueue(keyTask(key)),
    async judgeRepeatVisit({ ticketId, staffError, reason, earlierCode }) {
      const deskId = deskIdOrNull();
      if (deskId === null) return 'noDesk';
      const input = { deskId, ticketId, staffError, reason, ...(earlierCode ? { earlierCode } : {}) };
      return run('judgeRepeatVisit', input, ({ ticket, compensation }) => {
        takeTicket(ticket);
        if (compensation) set((s) => ({ compensations: withCompensation(s.compensations, compensation) }));
        return { kind: 'judged', number: ticket.number, staffError, at: Date.now() };
      });
    },
  };
});
