import type { HubEvent } from '../../shared/contract/events';
import { isLive, type BreachForecast } from '../../shared/forecast/breach-forecast';
import type {
  Department,
  EscortRequest,
  EscortStatus,
  GuideBoard,
  Staff,
  Ticket,
} from '../../shared/contract/views';

/** What the guide desk holds: today's requests and only what they refer to. */
export type GuideData = {
  requests: Readonly<Record<number, EscortRequest>>;
  tickets: Readonly<Record<number, Ticket>>;
  departments: readonly Department[];
  staff: readonly Staff[];
  /** Each department's live breach warning or breach under way. */
  forecasts: Readonly<Record<number, BreachForecast>>;
  /** Requests that came in while the screen was open, for the "new" highlight. */
  arrivedLive: readonly number[];
  seq: number;
};

const progress: Record<EscortStatus, number> = { requested: 0, accepted: 1, delivered: 2 };

const byId = <T extends { id: number }>(items: readonly T[]): Record<number, T> =>
  Object.fromEntries(items.map((item) => [item.id, item]));

function upsert<T extends { id: number }>(list: readonly T[], item: T): T[] {
  return list.some((existing) => existing.id === item.id)
    ? list.map((existing) => (existing.id === item.id ? item : existing))
    : [...list, item];
}

export function fromGuideBoard(board: GuideBoard): GuideData {
  return {
    requests: byId(board.requests),
    tickets: byId(board.tickets),
    departments: board.departments,
    staff: board.staff,
    forecasts: Object.fromEntries(board.forecasts.map((f) => [f.departmentId, f])),
    arrivedLive: [],
    seq: board.seq,
  };
}

/**
 * Replaces a request with its newer copy. An action's reply and the stream's event for the same
 * change race each other, so a request never moves back a step. A request from a new business
 * day retires the previous day's, so a screen left open for weeks holds one day at most.
 */
export function withRequest(data: GuideData, request: EscortRequest, live = false): GuideData {
  const current = data.requests[request.id];
  if (current && progress[current.status] >= progress[request.status]) return data;
  const kept = Object.values(data.requests).filter(
    (r) => r.id !== request.id && r.businessDay === request.businessDay,
  );
  const requests = byId([...kept, request]);
  const referenced = new Set(Object.values(requests).map((r) => r.ticketId));
  return {
    ...data,
    requests,
    tickets: byId(Object.values(data.tickets).filter((t) => referenced.has(t.id))),
    arrivedLive: [...data.arrivedLive.filter((id) => id in requests), ...(live ? [request.id] : [])],
  };
}

/** A department's warning replaced by its newer record, or gone once the record is closed. */
export function withForecast(data: GuideData, forecast: BreachForecast): GuideData {
  const current = data.forecasts[forecast.departmentId];
  if (current && current.id > forecast.id) return data;
  const others = Object.values(data.forecasts).filter((f) => f.departmentId !== forecast.departmentId);
  const kept = isLive(forecast) ? [...others, forecast] : others;
  return { ...data, forecasts: Object.fromEntries(kept.map((f) => [f.departmentId, f])) };
}

/** Today's live warnings, the soonest breach first (breaches under way before them). */
export function liveForecasts(data: GuideData, day: string): BreachForecast[] {
  const soonest = (f: BreachForecast) => f.breachAt ?? f.expectedBreachAt ?? Number.POSITIVE_INFINITY;
  return Object.values(data.forecasts)
    .filter((f) => f.businessDay === day)
    .sort((a, b) => soonest(a) - soonest(b) || a.departmentId - b.departmentId);
}

/** The board after one more event; events it already includes change nothing. */
export function applyGuideEvent(data: GuideData, event: HubEvent): GuideData {
  if (event.seq <= data.seq) return data;
  let next: GuideData = { ...data, seq: event.seq };
  if (event.type === 'escortRequested') next = withRequest(next, event.request, true);
  else if (event.type === 'escortAccepted' || event.type === 'escortDelivered') {
    next = withRequest(next, event.request);
  } else if (event.type === 'staffDefined') next.staff = upsert(data.staff, event.staff);
  else if (event.type === 'breachForecastChanged') next = withForecast(next, event.forecast);
  else if ('department' in event) next.departments = upsert(data.departments, event.department);
  else if ('ticket' in event && event.ticket.id in data.tickets) {
    next.tickets = { ...data.tickets, [event.ticket.id]: event.ticket };
  }
  return next;
}

/** Tickets that requests refer to but the screen has not seen yet (issued before it subscribed). */
export function missingTicketIds(data: GuideData): number[] {
  return Object.values(data.requests).flatMap((r) =>
    r.ticketId !== null && !(r.ticketId in data.tickets) ? [r.ticketId] : [],
  );
}

export function withTickets(data: GuideData, tickets: readonly Ticket[]): GuideData {
  const wanted = new Set(missingTicketIds(data));
  const found = tickets.filter((t) => wanted.has(t.id));
  return found.length === 0 ? data : { ...data, tickets: { ...data.tickets, ...byId(found) } };
}

/** Requests still to be handled on `day`, the longest-waiting first. */
export function openRequests(data: GuideData, day: string): EscortRequest[] {
  return Object.values(data.requests)
    .filter((r) => r.businessDay === day && r.status !== 'delivered')
    .sort((a, b) => a.requestedAt - b.requestedAt || a.id - b.id);
}

/** Escorts finished on `day`, the latest first. */
export function deliveredRequests(data: GuideData, day: string): EscortRequest[] {
  return Object.values(data.requests)
    .filter((r) => r.businessDay === day && r.status === 'delivered')
    .sort((a, b) => (b.deliveredAt ?? 0) - (a.deliveredAt ?? 0) || b.id - a.id);
}

/** What a request's card shows besides the request: its ticket, where that goes, who accepted. */
export function detailsOf(
  data: GuideData,
  request: EscortRequest,
): { ticket: Ticket | null; department: Department | null; guide: Staff | null } {
  const ticket = request.ticketId === null ? null : (data.tickets[request.ticketId] ?? null);
  return {
    ticket,
    department: ticket ? (data.departments.find((d) => d.id === ticket.departmentId) ?? null) : null,
    guide: data.staff.find((s) => s.id === request.guideStaffId) ?? null,
  };
}
