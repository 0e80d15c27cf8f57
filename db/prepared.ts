import type { Statement } from 'better-sqlite3';
import type { Db } from './open-database';

const cache = new WeakMap<Db, Map<string, Statement>>();

/** Prepares each SQL text once per connection: preparing dominates the cost of small writes. */
export function prepared<P extends unknown[] | object = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Statement<P, R> {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement as Statement<P, R>;
}
