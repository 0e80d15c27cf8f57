import { create } from 'zustand';
import type { Charter } from '../../shared/charter/presets';
import type { CommandInput, CommandName, CommandResult } from '../../shared/contract/commands';
import type { HubEvent } from '../../shared/contract/events';
import type { Department, Desk, Ticket } from '../../shared/contract/views';
import { normalizeTicketCode } from '../../shared/numbering/ticket-code';
import { errorCodeOf, fetchDeskState, sendCommand, type ApiErrorCode } from '../api/http-client';
import { clockOffset } from '../time/hub-time';
import { mergeTicket, toTicketMap, type TicketMap } from './desk-tickets';
import { ticketsOf } from './event-tickets';
import { useSessionStore } from './session-store';

/** What the desk's status region says after an action. */
export type DeskNotice =
  | { kind: 'called' | 'checkedIn' | 'acknowledged' | 'served' | 'noShow'; number: string; at: number }
  | { kind: 'error'; code: ApiErrorCode; at: number }
  | { kind: 'invalidCode'; at: number };

type TicketCommand = Extract<
  CommandName,
  'callNext' | 'checkIn' | 'acknowledgeArrival' | 'finishService' | 'markNoShow'
>;

type DeskStore = {
  deskId: number | null;
  desk: Desk | null;
  department: Department | null;
  charter: Charter | null;
  tickets: TicketMap;
  snapshotSeq: number | null;
  lastSeq: number;
  offset: number;
  loadError: ApiErrorCode | null;
  busy: boolean;
  notice: DeskNotice | null;
  load: (deskId: number) => Promise<void>;
  apply: (event: HubEvent) => void;
  callNext: () => Promise<void>;
  /** False when the code was refused, so the form keeps what was typed for correction. */
  checkIn: (typed: string) => Promise<boolean>;
  acknowledge: (ticketId: number) => Promise<void>;
  finishService: (ticketId: number) => Promise<void>;
  markNoShow: (ticketId: number) => Promise<void>;
};

const noticeFor: Record<TicketCommand, Extract<DeskNotice, { number: string }>['kind']> = {
  callNext: 'called',
  checkIn: 'checkedIn',
  acknowledgeArrival: 'acknowledged',
  finishService: 'served',
  markNoShow: 'noShow',
};

export const useDeskStore = create<DeskStore>()((set, get) => {
  const takeTicket = (ticket: Ticket): void => {
    const { desk, tickets } = get();
    if (desk) set({ tickets: mergeTicket(tickets, ticket, desk) });
  };

  /** Runs one desk command; the reply is applied at once so the desk never waits for the stream. */
  const run = async <N extends TicketCommand>(name: N, input: CommandInput<N>): Promise<boolean> => {
    if (get().busy) return false;
    set({ busy: true });
    try {
      const result: CommandResult<N> = await sendCommand(name, input);
      takeTicket(result.ticket);
      set({ notice: { kind: noticeFor[name], number: result.ticket.number, at: Date.now() } });
      return true;
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'sign_in_required') useSessionStore.getState().forget();
      set({ notice: { kind: 'error', code, at: Date.now() } });
      return false;
    } finally {
      set({ busy: false });
    }
  };

  const deskIdOrNull = (): number | null => get().desk?.id ?? null;

  return {
    deskId: null,
    desk: null,
    department: null,
    charter: null,
    tickets: {},
    snapshotSeq: null,
    lastSeq: 0,
    offset: 0,
    loadError: null,
    busy: false,
    notice: null,
    async load(deskId) {
      if (get().deskId !== deskId) {
        set({ deskId, desk: null, department: null, tickets: {}, snapshotSeq: null, notice: null });
      }
      set({ loadError: null });
      try {
        const state = await fetchDeskState(deskId);
        // A slow answer for a desk the screen has already left is dropped.
        if (get().deskId !== deskId) return;
        set({
          desk: state.desk,
          department: state.department,
          charter: state.charter,
          tickets: toTicketMap([...state.waiting, ...state.atDesk, ...state.finishedToday]),
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
      for (const ticket of ticketsOf(event)) takeTicket(ticket);
      if (event.type === 'charterApplied') set({ charter: event.charter });
      else if (event.type === 'departmentDefined' && event.department.id === get().department?.id) {
        set({ department: event.department });
      } else if (event.type === 'deskDefined' && event.desk.id === deskIdOrNull()) {
        set({ desk: event.desk });
      }
    },
    async callNext() {
      const deskId = deskIdOrNull();
      if (deskId !== null) await run('callNext', { deskId });
    },
    async checkIn(typed) {
      const deskId = deskIdOrNull();
      if (deskId === null) return false;
      const code = normalizeTicketCode(typed);
      if (code === null) {
        set({ notice: { kind: 'invalidCode', at: Date.now() } });
        return false;
      }
      return run('checkIn', { deskId, code });
    },
    async acknowledge(ticketId) {
      const deskId = deskIdOrNull();
      if (deskId !== null) await run('acknowledgeArrival', { deskId, ticketId });
    },
    async finishService(ticketId) {
      const deskId = deskIdOrNull();
      if (deskId !== null) await run('finishService', { deskId, ticketId });
    },
    async markNoShow(ticketId) {
      const deskId = deskIdOrNull();
      if (deskId !== null) await run('markNoShow', { deskId, ticketId });
    },
  };
});
