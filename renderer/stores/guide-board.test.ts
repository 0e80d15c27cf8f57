import { describe, expect, it } from 'vitest';
import type { HubEvent } from '../../shared/contract/events';
import type { EscortRequest, GuideBoard, Ticket } from '../../shared/contract/views';
import {
  applyGuideEvent,
  deliveredRequests,
  fromGuideBoard,
  missingTicketIds,
  openRequests,
  withRequest,
  withTickets,
} from './guide-board';

const DAY = '2026-11-23';
const T0 = Date.parse('2026-11-23T00:30:00Z');

function request(id: number, patch: Partial<EscortRequest> = {}): EscortRequest {
  return {
    id,
    kind: 'escort',
    reason: 'wheelchair',
    ticketId: null,
    language: 'ko',
    status: 'requested',
    requestedAt: T0 + id * 1000,
    acceptedAt: null,
    deliveredAt: null,
    guideStaffId: null,
    businessDay: DAY,
    priorityNeed: null,
    ...patch,
  };
}

const ticket = (id: number) => ({ id, number: `A00${id}`, departmentId: 1 }) as Ticket;
const board: GuideBoard = {
  requests: [],
  forecasts: [],
  tickets: [],
  departments: [],
  staff: [],
  now: T0,
  seq: 10,
};
let seq = 10;
const event = (body: Record<string, unknown>): HubEvent => ({ ...body, seq: ++seq, at: 0 }) as HubEvent;

describe('the guide board', () => {
  it('lists open requests oldest first and finished ones latest first', () => {
    const data = [
      request(3),
      request(1, { status: 'accepted', acceptedAt: T0 + 5000 }),
      request(2, { status: 'delivered', acceptedAt: T0 + 3000, deliveredAt: T0 + 9000 }),
      request(4, { status: 'delivered', acceptedAt: T0 + 5000, deliveredAt: T0 + 20_000 }),
    ].reduce((d, r) => withRequest(d, r), fromGuideBoard(board));
    expect(openRequests(data, DAY).map((r) => r.id)).toEqual([1, 3]);
    expect(deliveredRequests(data, DAY).map((r) => r.id)).toEqual([4, 2]);
  });

  it('never moves a request back a step when a reply and an event race', () => {
    const accepted = request(1, { status: 'accepted', acceptedAt: T0 });
    const data = withRequest(fromGuideBoard(board), accepted);
    expect(
      applyGuideEvent(data, event({ type: 'escortRequested', request: request(1) })).requests[1],
    ).toEqual(accepted);
  });

  it('marks requests that arrive live and forgets a finished day when a new one starts', () => {
    const yesterday = request(1, { businessDay: '2026-11-22', ticketId: 7 });
    const start = fromGuideBoard({ ...board, requests: [yesterday], tickets: [ticket(7)] });
    const next = applyGuideEvent(start, event({ type: 'escortRequested', request: request(2) }));
    expect(Object.keys(next.requests)).toEqual(['2']);
    expect(next.tickets).toEqual({});
    expect(next.arrivedLive).toEqual([2]);
  });

  it('looks up the ticket a new request names, and keeps only tickets requests refer to', () => {
    const data = applyGuideEvent(
      fromGuideBoard(board),
      event({ type: 'escortRequested', request: request(1, { ticketId: 7 }) }),
    );
    expect(missingTicketIds(data)).toEqual([7]);
    const found = withTickets(data, [ticket(7), ticket(8)]);
    expect(Object.keys(found.tickets)).toEqual(['7']);
    expect(missingTicketIds(found)).toEqual([]);
  });
});
