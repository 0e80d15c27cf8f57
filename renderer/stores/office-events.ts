import type { HubEvent } from '../../shared/contract/events';
import type { Office } from '../../shared/contract/views';
import { ticketsOf } from './event-tickets';

function upsert<T extends { id: number }>(list: readonly T[], item: T): T[] {
  return list.some((existing) => existing.id === item.id)
    ? list.map((existing) => (existing.id === item.id ? item : existing))
    : [...list, item];
}

/** How an event changes the departments' waiting counts: +1 per ticket joining a queue, −1 per ticket leaving one. */
export function queueChanges(event: HubEvent): Map<number, number> {
  const changes = new Map<number, number>();
  const add = (departmentId: number, delta: number): void => {
    changes.set(departmentId, (changes.get(departmentId) ?? 0) + delta);
  };
  if (event.type === 'ticketIssued') add(event.ticket.departmentId, 1);
  else if (event.type === 'ticketCalled' || event.type === 'ticketCheckedIn')
    add(event.ticket.departmentId, -1);
  else if (event.type === 'visitsClosedAtDayEnd') {
    // A closed visit that never reached a desk was still waiting in its department's queue.
    for (const ticket of event.tickets) if (ticket.arrivedAt === null) add(ticket.departmentId, -1);
  } else if ('transferredTo' in event) {
    // A transferred visitor joins the other department's queue as a new ticket.
    for (const ticket of ticketsOf(event)) if (ticket.status === 'issued') add(ticket.departmentId, 1);
  }
  return changes;
}

/** The office snapshot after one more event; events it already includes change nothing. */
export function applyOfficeEvent(office: Office, event: HubEvent): Office {
  if (event.seq <= office.seq) return office;
  const next: Office = { ...office, seq: event.seq };
  const changes = queueChanges(event);
  if (changes.size > 0) {
    next.departments = office.departments.map((department) => {
      const delta = changes.get(department.id) ?? 0;
      return delta === 0 ? department : { ...department, waiting: Math.max(0, department.waiting + delta) };
    });
  }
  if (event.type === 'departmentDefined') {
    const known = office.departments.find((d) => d.id === event.department.id);
    next.departments = upsert(office.departments, {
      ...event.department,
      waiting: known?.waiting ?? 0,
      estimatedWaitMs: known?.estimatedWaitMs ?? null,
      tasks: event.tasks,
    });
  } else if (event.type === 'departmentAcceptingSet') {
    next.departments = office.departments.map((d) =>
      d.id === event.department.id ? { ...d, accepting: event.department.accepting } : d,
    );
  } else if (event.type === 'officeHoursSet') {
    next.hours = event.hours;
    next.holidays = event.holidays;
  } else if (event.type === 'kioskLanguagesSet') {
    next.kioskLanguages = event.languages;
  } else if (event.type === 'deskDefined') {
    next.desks = upsert(office.desks, event.desk);
  } else if (event.type === 'charterApplied') {
    next.charter = event.charter;
    next.nameKo = event.charter.officeKo;
    next.nameEn = event.charter.officeEn;
  }
  return next;
}
