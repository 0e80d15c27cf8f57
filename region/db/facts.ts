import type {
  RegionCase,
  RegionCharter,
  RegionCompensation,
  RegionEscort,
  RegionRating,
  RegionTicket,
} from '../../shared/contract/region-feed';
import { businessDay } from '../../shared/time/business-day';
import type { Client, Pool } from './pool';

/**
 * Each ticket's latest state. The escort and compensation of a visit are columns of their own,
 * set by their events, so a later ticket event never clears them.
 */
export async function upsertVisits(client: Client, officeId: number, tickets: readonly RegionTicket[]) {
  if (tickets.length === 0) return;
  const col = <K extends keyof RegionTicket>(key: K) => tickets.map((t) => t[key]);
  await client.query(
    `INSERT INTO facts.visits (office_id, business_day, ticket_id, department_id, desk_id, status, language,
       issued_at, arrived_at, acknowledged_at, finished_at, attend_target_ms, guide_target_ms, repeat_visit,
       repeat_staff_error, transferred_from)
     SELECT $1, t.* FROM unnest($2::date[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[], $8::bigint[],
       $9::bigint[], $10::bigint[], $11::bigint[], $12::int[], $13::int[], $14::boolean[], $15::boolean[], $16::int[]) AS t
     ON CONFLICT (office_id, business_day, ticket_id) DO UPDATE SET
       department_id = EXCLUDED.department_id, desk_id = EXCLUDED.desk_id, status = EXCLUDED.status,
       language = EXCLUDED.language, issued_at = EXCLUDED.issued_at, arrived_at = EXCLUDED.arrived_at,
       acknowledged_at = EXCLUDED.acknowledged_at, finished_at = EXCLUDED.finished_at,
       attend_target_ms = EXCLUDED.attend_target_ms, guide_target_ms = EXCLUDED.guide_target_ms,
       repeat_visit = EXCLUDED.repeat_visit, repeat_staff_error = EXCLUDED.repeat_staff_error,
       transferred_from = EXCLUDED.transferred_from`,
    [
      officeId,
      col('businessDay'),
      col('id'),
      col('departmentId'),
      col('deskId'),
      col('status'),
      col('language'),
      col('issuedAt'),
      col('arrivedAt'),
      col('acknowledgedAt'),
      col('finishedAt'),
      col('attendTargetMs'),
      col('guideTargetMs'),
      tickets.map((t) => t.repeatOfTicketId !== null),
      col('repeatStaffError'),
      col('transferredFromTicketId'),
    ],
  );
}

/**
 * The office's report counts a visit's first escort request: escorts arrive in the order of their
 * ids, so the first one that names a visit without an escort kind sets it. Returns the days changed.
 */
export async function markFirstEscorts(
  client: Client,
  officeId: number,
  escorts: readonly RegionEscort[],
): Promise<string[]> {
  const named = escorts.filter((e) => e.ticketId !== null);
  if (named.length === 0) return [];
  const changed = await client.query<{ day: string }>(
    `UPDATE facts.visits v SET escort_kind = first.kind
     FROM (SELECT DISTINCT ON (ticket_id) ticket_id, kind FROM unnest($2::int[], $3::int[], $4::text[])
             AS e (id, ticket_id, kind) ORDER BY ticket_id, id) AS first
     WHERE v.office_id = $1 AND v.ticket_id = first.ticket_id AND v.escort_kind IS NULL
     RETURNING v.business_day AS day`,
    [officeId, named.map((e) => e.id), named.map((e) => e.ticketId), named.map((e) => e.kind)],
  );
  return changed.rows.map((r) => r.day);
}

/** A visit's compensation in its latest state (one per visit, as at the office). */
export async function setCompensations(
  client: Client,
  officeId: number,
  compensations: readonly RegionCompensation[],
): Promise<string[]> {
  if (compensations.length === 0) return [];
  const changed = await client.query<{ day: string }>(
    `UPDATE facts.visits v SET compensation_status = c.status, compensation_won = c.amount_won
     FROM unnest($2::int[], $3::text[], $4::int[]) AS c (ticket_id, status, amount_won)
     WHERE v.office_id = $1 AND v.ticket_id = c.ticket_id
     RETURNING v.business_day AS day`,
    [
      officeId,
      compensations.map((c) => c.ticketId),
      compensations.map((c) => c.status),
      compensations.map((c) => c.amountWon),
    ],
  );
  return changed.rows.map((r) => r.day);
}

/** Each visit's rating, on its visit's row. Returns the days changed. */
export async function setRatings(
  client: Client,
  officeId: number,
  ratings: readonly RegionRating[],
): Promise<string[]> {
  if (ratings.length === 0) return [];
  const changed = await client.query<{ day: string }>(
    `UPDATE facts.visits v SET rating = r.score
     FROM unnest($2::date[], $3::int[], $4::smallint[]) AS r (business_day, ticket_id, score)
     WHERE v.office_id = $1 AND v.business_day = r.business_day AND v.ticket_id = r.ticket_id
     RETURNING v.business_day AS day`,
    [
      officeId,
      ratings.map((r) => r.businessDay),
      ratings.map((r) => r.ticketId),
      ratings.map((r) => r.score),
    ],
  );
  return changed.rows.map((r) => r.day);
}

/** Each case's latest state, on the business day it was received. */
export async function upsertCases(client: Client, officeId: number, cases: readonly RegionCase[]) {
  if (cases.length === 0) return;
  const col = <K extends keyof RegionCase>(key: K) => cases.map((c) => c[key]);
  await client.query(
    `INSERT INTO facts.cases (office_id, case_id, business_day, kind, department_id, received_at, due_at, status,
       delay_notified_at, late_delay_notice, answered_at, upheld)
     SELECT $1, c.* FROM unnest($2::int[], $3::date[], $4::text[], $5::int[], $6::bigint[], $7::bigint[], $8::text[],
       $9::bigint[], $10::boolean[], $11::bigint[], $12::boolean[]) AS c
     ON CONFLICT (office_id, case_id) DO UPDATE SET kind = EXCLUDED.kind,
       department_id = EXCLUDED.department_id, due_at = EXCLUDED.due_at, status = EXCLUDED.status,
       delay_notified_at = EXCLUDED.delay_notified_at, late_delay_notice = EXCLUDED.late_delay_notice,
       answered_at = EXCLUDED.answered_at, upheld = EXCLUDED.upheld`,
    [
      officeId,
      col('id'),
      cases.map((c) => businessDay(c.receivedAt)),
      col('kind'),
      col('departmentId'),
      col('receivedAt'),
      col('dueAt'),
      col('status'),
      col('delayNotifiedAt'),
      col('lateDelayNotice'),
      col('answeredAt'),
      col('upheld'),
    ],
  );
}

/** A case as the region keeps it, with the office it came from. */
export type FactCase = RegionCase & { officeId: number; businessDay: string };

/** Every office's cases received in the business days `from` to `to`, in office and id order. */
export async function casesOfDays(db: Pool | Client, from: string, to: string): Promise<FactCase[]> {
  const found = await db.query<FactCase>(
    `SELECT office_id AS "officeId", case_id AS id, business_day AS "businessDay", kind,
       department_id AS "departmentId", received_at AS "receivedAt", due_at AS "dueAt", status,
       delay_notified_at AS "delayNotifiedAt", late_delay_notice AS "lateDelayNotice",
       answered_at AS "answeredAt", upheld
     FROM facts.cases WHERE business_day BETWEEN $1 AND $2 ORDER BY office_id, case_id`,
    [from, to],
  );
  return found.rows;
}

export async function upsertDepartments(
  client: Client,
  officeId: number,
  departments: readonly { id: number; nameKo: string; nameEn: string }[],
): Promise<void> {
  if (departments.length === 0) return;
  await client.query(
    `INSERT INTO facts.departments (office_id, department_id, name_ko, name_en)
     SELECT $1, d.* FROM unnest($2::int[], $3::text[], $4::text[]) AS d
     ON CONFLICT (office_id, department_id) DO UPDATE SET name_ko = EXCLUDED.name_ko, name_en = EXCLUDED.name_en`,
    [
      officeId,
      departments.map((d) => d.id),
      departments.map((d) => d.nameKo),
      departments.map((d) => d.nameEn),
    ],
  );
}

export async function saveCharter(client: Client, officeId: number, charter: RegionCharter, at: number) {
  await client.query(
    `INSERT INTO facts.charters (office_id, preset_id, office_ko, office_en, attend_target_ms, guide_target_ms,
       compensation_kind, compensation_amount_won, applied_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (office_id) DO UPDATE SET preset_id = EXCLUDED.preset_id, office_ko = EXCLUDED.office_ko,
       office_en = EXCLUDED.office_en, attend_target_ms = EXCLUDED.attend_target_ms,
       guide_target_ms = EXCLUDED.guide_target_ms, compensation_kind = EXCLUDED.compensation_kind,
       compensation_amount_won = EXCLUDED.compensation_amount_won, applied_at = EXCLUDED.applied_at`,
    [
      officeId,
      charter.presetId,
      charter.officeKo,
      charter.officeEn,
      charter.attendTargetMs,
      charter.guideTargetMs,
      charter.compensationKind,
      charter.compensationAmountWon,
      at,
    ],
  );
  // The office's name follows its charter, as on the office's own screens.
  if (charter.officeKo !== '') {
    await client.query('UPDATE registry.offices SET name_ko = $2, name_en = $3 WHERE id = $1', [
      officeId,
      charter.officeKo,
      charter.officeEn,
    ]);
  }
}

export async function savePurge(client: Client, officeId: number, throughDay: string): Promise<void> {
  await client.query(
    `INSERT INTO facts.purges (office_id, through_day) VALUES ($1, $2)
     ON CONFLICT (office_id) DO UPDATE SET through_day = GREATEST(facts.purges.through_day, EXCLUDED.through_day)`,
    [officeId, throughDay],
  );
}

export async function markDirtyDays(client: Client, officeId: number, days: Iterable<string>): Promise<void> {
  const list = [...new Set(days)];
  if (list.length === 0) return;
  await client.query(
    `INSERT INTO figures.dirty_days (office_id, business_day) SELECT $1, d FROM unnest($2::date[]) AS d
     ON CONFLICT DO NOTHING`,
    [officeId, list],
  );
}

/** One visit as the figures need it. */
export type FactVisit = {
  businessDay: string;
  status: RegionTicket['status'];
  issuedAt: number;
  arrivedAt: number | null;
  acknowledgedAt: number | null;
  finishedAt: number | null;
  attendTargetMs: number | null;
  guideTargetMs: number | null;
  repeatVisit: boolean;
  escortKind: RegionEscort['kind'] | null;
  compensationStatus: RegionCompensation['status'] | null;
  compensationWon: number | null;
  rating: RegionRating['score'] | null;
};

/** The visits of an office's business days `from` to `to`, in day order. */
export async function visitsOfDays(
  client: Client,
  officeId: number,
  from: string,
  to: string,
): Promise<FactVisit[]> {
  const found = await client.query<FactVisit>(
    `SELECT business_day AS "businessDay", status, issued_at AS "issuedAt", arrived_at AS "arrivedAt",
       acknowledged_at AS "acknowledgedAt", finished_at AS "finishedAt", attend_target_ms AS "attendTargetMs",
       guide_target_ms AS "guideTargetMs", repeat_visit AS "repeatVisit", escort_kind AS "escortKind",
       compensation_status AS "compensationStatus", compensation_won AS "compensationWon", rating
     FROM facts.visits WHERE office_id = $1 AND business_day BETWEEN $2 AND $3 ORDER BY business_day`,
    [officeId, from, to],
  );
  return found.rows;
}

/** Each office's targets from its charter in force. */
export async function readTargets(
  db: Pool | Client,
): Promise<Map<number, { attendTargetMs: number | null; guideTargetMs: number | null }>> {
  const found = await db.query<{
    officeId: number;
    attendTargetMs: number | null;
    guideTargetMs: number | null;
  }>(
    `SELECT office_id AS "officeId", attend_target_ms AS "attendTargetMs", guide_target_ms AS "guideTargetMs"
     FROM facts.charters`,
  );
  return new Map(found.rows.map(({ officeId, ...targets }) => [officeId, targets]));
}
