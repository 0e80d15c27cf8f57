import type { AwayReason, DeskAway } from '../shared/contract/views';
import type { Db } from './open-database';
import { prepared } from './prepared';

type AwayRow = { desk_id: number; reason: AwayReason; stand_in_desk_id: number; since: number };

const toAway = (r: AwayRow): DeskAway => ({
  deskId: r.desk_id,
  reason: r.reason,
  standInDeskId: r.stand_in_desk_id,
  since: r.since,
});

export function listAwayDesks(db: Db): DeskAway[] {
  return prepared<[], AwayRow>(db, 'SELECT * FROM desk_away ORDER BY desk_id').all().map(toAway);
}

export function getDeskAway(db: Db, deskId: number): DeskAway | null {
  const row = prepared<[number], AwayRow>(db, 'SELECT * FROM desk_away WHERE desk_id = ?').get(deskId);
  return row ? toAway(row) : null;
}

export function saveDeskAway(db: Db, away: DeskAway): void {
  prepared(
    db,
    `INSERT INTO desk_away (desk_id, reason, stand_in_desk_id, since) VALUES (?, ?, ?, ?)
     ON CONFLICT (desk_id) DO UPDATE SET reason = excluded.reason, stand_in_desk_id = excluded.stand_in_desk_id,
       since = excluded.since`,
  ).run(away.deskId, away.reason, away.standInDeskId, away.since);
}

export function deleteDeskAway(db: Db, deskId: number): void {
  prepared(db, 'DELETE FROM desk_away WHERE desk_id = ?').run(deskId);
}
