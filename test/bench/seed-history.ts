// Earlier visits for the benchmarks, as the largest office we know of leaves them: 900 visits a
// business day (weekdays, 09:00–17:00) across its desks, each issued, called, acknowledged and
// finished, with the four events the hub appends for it on the hash chain. Rows are written
// here directly, in one transaction a day without fsync: only the state left behind is
// measured, and going through the command path would make a year of history take many minutes.
import type { Db } from '../../db/open-database';
import { eventHash, lastEventLink, payloadDigest } from '../../db/event-chain';
import type { HubEventBody } from '../../shared/contract/events';
import type { Desk, Ticket } from '../../shared/contract/views';
import { ticketCodeFromRandom } from '../../shared/numbering/ticket-code';
import { formatTicketNumber } from '../../shared/numbering/ticket-number';
import { addDays, startOfBusinessDay } from '../../shared/time/business-day';

export const VISITS_PER_DAY = 900;
const HOUR_MS = 3_600_000;

export type SeedOffice = {
  desks: readonly Pick<Desk, 'id' | 'departmentId'>[];
  prefixes: ReadonlyMap<number, string>;
  attendTargetMs: number | null;
  warningShare: number;
};

/** Monday to Friday. */
export function isWeekday(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/** The first weekday on or after `day`. */
export function weekdayFrom(day: string): string {
  let next = day;
  while (!isWeekday(next)) next = addDays(next, 1);
  return next;
}

/** A small seeded generator: the same history on every run, without draining the system's entropy. */
function seededBytes(seed: number): (size: number) => Uint8Array {
  let state = seed >>> 0 || 1;
  return (size) => {
    const out = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      out[i] = state & 0xff;
    }
    return out;
  };
}

/**
 * Seeds `visits` finished visits on the weekdays from `firstDay` on, and returns the day after
 * the last one seeded. Codes are unique across the whole history, as the hub keeps them.
 */
export function seedFinishedVisits(db: Db, office: SeedOffice, visits: number, firstDay: string): string {
  const random = seededBytes(visits ^ (db.prepare('SELECT count(*) FROM tickets').pluck().get() as number));
  const insertTicket = db.prepare(
    `INSERT INTO tickets (id, department_id, business_day, sequence, number, code, language, desk_id, status,
       issued_at, arrived_at, acknowledged_at, finished_at, attend_target_ms, warning_share, last_called_at,
       call_count)
     VALUES (@id, @departmentId, @businessDay, @sequence, @number, @code, @language, @deskId, @status,
       @issuedAt, @arrivedAt, @acknowledgedAt, @finishedAt, @attendTargetMs, @warningShare, @lastCalledAt,
       @callCount)
     ON CONFLICT (code) DO NOTHING`,
  );
  const insertEvent = db.prepare(
    'INSERT INTO events (seq, type, at, payload, payload_digest, hash) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let link = lastEventLink(db);
  let nextId = (db.prepare('SELECT max(id) AS id FROM tickets').pluck().get() as number | null) ?? 0;
  const append = (body: HubEventBody, at: number): void => {
    const payload = JSON.stringify(body);
    const digest = payloadDigest(payload);
    const seq = link.seq + 1;
    link = { seq, hash: eventHash(link.hash, seq, body.type, at, digest) };
    insertEvent.run(seq, body.type, at, payload, digest, link.hash);
  };

  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  let day = weekdayFrom(firstDay);
  for (let made = 0; made < visits; day = weekdayFrom(addDays(day, 1))) {
    const opens = startOfBusinessDay(day) + 9 * HOUR_MS;
    db.transaction(() => {
      const sequences = new Map<number, number>();
      for (let i = 0; i < VISITS_PER_DAY && made < visits; i++, made++) {
        const desk = office.desks[i % office.desks.length]!;
        const sequence = (sequences.get(desk.departmentId) ?? 0) + 1;
        sequences.set(desk.departmentId, sequence);
        const issuedAt = opens + Math.floor((i * 8 * HOUR_MS) / VISITS_PER_DAY);
        const calledAt = issuedAt + 60_000 + (i % 7) * 10_000;
        const acknowledgedAt = calledAt + (i % 15) * 1_000;
        const finishedAt = acknowledgedAt + 300_000;
        const issued: Ticket = {
          id: ++nextId,
          number: formatTicketNumber(office.prefixes.get(desk.departmentId)!, sequence),
          code: '',
          departmentId: desk.departmentId,
          deskId: null,
          taskId: null,
          status: 'issued',
          language: 'ko',
          businessDay: day,
          issuedAt,
          arrivedAt: null,
          acknowledgedAt: null,
          finishedAt: null,
          attendTargetMs: office.attendTargetMs,
          guideTargetMs: null,
          warningShare: office.warningShare,
          note: null,
          finishNote: null,
          repeatOfTicketId: null,
          repeatJudgement: null,
          transferredFromTicketId: null,
          firstTicketId: nextId,
          servedFirst: false,
          prioritized: false,
          priorityNeed: null,
          lastCalledAt: null,
          callCount: 0,
          routedFromDeskId: null,
          attendedByStaffId: null,
        };
        const called: Ticket = {
          ...issued,
          status: 'arrived',
          deskId: desk.id,
          arrivedAt: calledAt,
          lastCalledAt: calledAt,
          callCount: 1,
        };
        const acknowledged: Ticket = { ...called, status: 'acknowledged', acknowledgedAt };
        const finished: Ticket = { ...acknowledged, status: i % 20 === 0 ? 'noShow' : 'served', finishedAt };
        // A code already taken is drawn again, as the hub does.
        do issued.code = ticketCodeFromRandom(random(4));
        while (insertTicket.run({ ...finished, code: issued.code, sequence }).changes === 0);
        for (const t of [called, acknowledged, finished]) t.code = issued.code;
        append({ type: 'ticketIssued', ticket: issued }, issuedAt);
        append({ type: 'ticketCalled', ticket: called }, calledAt);
        append({ type: 'arrivalAcknowledged', ticket: acknowledged }, acknowledgedAt);
        append({ type: 'visitFinished', ticket: finished }, finishedAt);
      }
    })();
  }
  db.pragma(`synchronous = ${synchronous}`);
  return day;
}
