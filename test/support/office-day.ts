import type { TestHub } from './test-hub';

/** The parts of a visit a test decides; times in milliseconds, each a step of the hub's clock. */
export type PlannedVisit = {
  /** issued → called at the desk (time-to-guide). */
  guideMs: number;
  /** called → acknowledged (time-to-attend). */
  attendMs: number;
  serviceMs?: number;
  /** What the desk writes on finishing: free text that must stay in the office. */
  note?: string;
};

type TicketReply = { result: { ticket: { id: number; code: string } } };

async function ok(reply: Promise<{ status: number; json: unknown }>, what: string): Promise<unknown> {
  const { status, json } = await reply;
  if (status !== 200) throw new Error(`${what} failed: ${status} ${JSON.stringify(json)}`);
  return json;
}

/** One visit at desk 1 of department 1, start to finish, in the hub's own clock. */
export async function serveVisit(hub: TestHub, v: PlannedVisit): Promise<{ id: number; code: string }> {
  const issued = (await ok(hub.post('issueTicket', { departmentId: 1 }), 'issueTicket')) as TicketReply;
  const ticket = issued.result.ticket;
  hub.clock.advance(v.guideMs);
  await ok(hub.post('callTicket', { deskId: 1, ticketId: ticket.id }), 'callTicket');
  hub.clock.advance(v.attendMs);
  await ok(hub.post('acknowledgeArrival', { deskId: 1, ticketId: ticket.id }), 'acknowledgeArrival');
  hub.clock.advance(v.serviceMs ?? 60_000);
  await ok(
    hub.post('finishService', { deskId: 1, ticketId: ticket.id, ...(v.note ? { note: v.note } : {}) }),
    'finishService',
  );
  return { id: ticket.id, code: ticket.code };
}

export { ok as expectOk };
