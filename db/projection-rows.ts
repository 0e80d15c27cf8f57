import type { Db } from './open-database';
import { prepared } from './prepared';

/** The smaller tables verify-log holds against the event log (tickets it reads in one pass), each with its key column. */
const rowKeys = {
  compensations: 'id',
  escort_requests: 'id',
  departments: 'id',
  tasks: 'id',
  desks: 'id',
  staff: 'id',
  desk_away: 'desk_id',
  cases: 'id',
  breach_forecasts: 'id',
  devices: 'id',
  holidays: 'day',
} as const;

export type KeyedTable = keyof typeof rowKeys;

/** The keys of every row of `table`, in order; names come from the list above, never from input. */
export function keysOf(db: Db, table: KeyedTable): (number | string)[] {
  const key = rowKeys[table];
  return prepared<[], number | string>(db, `SELECT ${key} FROM ${table} ORDER BY ${key}`).pluck().all();
}

/** The column names of `table`, to name a differing field by its column where one matches. */
export function columnsOf(db: Db, table: string): Set<string> {
  return new Set(
    (db.pragma(`table_info(${JSON.stringify(table)})`) as { name: string }[]).map((c) => c.name),
  );
}
