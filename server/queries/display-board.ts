import { listAwayDesks } from '../../db/desk-away';
import { listDesks } from '../../db/desks';
import { lastSeq } from '../../db/events';
import type { Db } from '../../db/open-database';
import { listRecentCalls } from '../../db/tickets';
import type { DisplayBoard } from '../../shared/contract/views';
import { businessDay } from '../../shared/time/business-day';
import { departmentsWithQueue } from './departments-with-queue';

const CALLS_SHOWN = 8;

export function readDisplayBoard(db: Db, now: number): DisplayBoard {
  const day = businessDay(now);
  return db.transaction(() => ({
    calls: listRecentCalls(db, day, CALLS_SHOWN),
    desks: listDesks(db),
    departments: departmentsWithQueue(db, day),
    away: listAwayDesks(db),
    now,
    seq: lastSeq(db),
  }))();
}
