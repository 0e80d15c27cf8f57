import type { Client, Pool } from './pool';

export const feedProblems = [
  'unreachable',
  'tokenRefused',
  'badFeed',
  'chainBroken',
  'logRewritten',
] as const;
export type FeedProblem = (typeof feedProblems)[number];

export type OfficeRow = {
  id: number;
  nameKo: string;
  nameEn: string;
  hubUrl: string;
  feedToken: string;
  registeredAt: number;
  lastSeq: number;
  /** Hex, as the office's chain writes it. */
  lastHash: string;
  lastEventAt: number | null;
  lastContactAt: number | null;
  problem: FeedProblem | null;
  problemSince: number | null;
  problemSeq: number | null;
  problemDetail: string | null;
};

const OFFICE_COLUMNS = `id, name_ko AS "nameKo", name_en AS "nameEn", hub_url AS "hubUrl", feed_token AS "feedToken",
  registered_at AS "registeredAt", last_seq AS "lastSeq", encode(last_hash, 'hex') AS "lastHash",
  last_event_at AS "lastEventAt", last_contact_at AS "lastContactAt", problem, problem_since AS "problemSince",
  problem_seq AS "problemSeq", problem_detail AS "problemDetail"`;

export async function listOffices(db: Pool | Client): Promise<OfficeRow[]> {
  return (await db.query<OfficeRow>(`SELECT ${OFFICE_COLUMNS} FROM registry.offices ORDER BY id`)).rows;
}

export async function getOffice(db: Pool | Client, officeId: number): Promise<OfficeRow | null> {
  const found = await db.query<OfficeRow>(`SELECT ${OFFICE_COLUMNS} FROM registry.offices WHERE id = $1`, [
    officeId,
  ]);
  return found.rows[0] ?? null;
}

/** Locks the office's row until the transaction ends: one ingest per office at a time. */
export async function lockOffice(client: Client, officeId: number): Promise<OfficeRow> {
  const found = await client.query<OfficeRow>(
    `SELECT ${OFFICE_COLUMNS} FROM registry.offices WHERE id = $1 FOR UPDATE`,
    [officeId],
  );
  const office = found.rows[0];
  if (!office) throw new Error(`There is no office ${officeId} in the region.`);
  return office;
}

/**
 * Registers an office, or gives a known one (the same hub address) its new token: a manager who
 * revoked the region's token and paired it again resumes where the region stopped.
 */
export async function saveOffice(
  db: Pool | Client,
  o: { nameKo: string; nameEn: string; hubUrl: string; feedToken: string; registeredAt: number },
): Promise<OfficeRow> {
  const saved = await db.query<OfficeRow>(
    `INSERT INTO registry.offices (name_ko, name_en, hub_url, feed_token, registered_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (hub_url) DO UPDATE SET feed_token = EXCLUDED.feed_token, name_ko = EXCLUDED.name_ko,
       name_en = EXCLUDED.name_en
     RETURNING ${OFFICE_COLUMNS}`,
    [o.nameKo, o.nameEn, o.hubUrl, o.feedToken, o.registeredAt],
  );
  return saved.rows[0]!;
}

export async function advanceOffice(
  client: Client,
  officeId: number,
  end: { seq: number; hash: string; at: number; contactAt: number },
): Promise<void> {
  await client.query(
    `UPDATE registry.offices SET last_seq = $2, last_hash = decode($3, 'hex'), last_event_at = $4,
       last_contact_at = $5, problem = NULL, problem_since = NULL, problem_seq = NULL, problem_detail = NULL
     WHERE id = $1`,
    [officeId, end.seq, end.hash, end.at, end.contactAt],
  );
}

/** The office answered and had nothing new: it is in touch, whatever was wrong before. */
export async function recordContact(db: Pool | Client, officeId: number, at: number): Promise<void> {
  await db.query(
    `UPDATE registry.offices SET last_contact_at = $2, problem = NULL, problem_since = NULL, problem_seq = NULL,
       problem_detail = NULL WHERE id = $1`,
    [officeId, at],
  );
}

/** Keeps the first moment of a problem that goes on, so the screen can say since when. */
export async function recordProblem(
  db: Pool | Client,
  officeId: number,
  problem: { kind: FeedProblem; at: number; seq: number | null; detail: string },
): Promise<void> {
  await db.query(
    `UPDATE registry.offices SET
       problem_since = CASE WHEN problem = $2 THEN problem_since ELSE $3 END,
       problem = $2, problem_seq = $4, problem_detail = $5,
       last_contact_at = CASE WHEN $2 IN ('chainBroken', 'logRewritten', 'badFeed') THEN $3 ELSE last_contact_at END
     WHERE id = $1`,
    [officeId, problem.kind, problem.at, problem.seq, problem.detail.slice(0, 500)],
  );
}
