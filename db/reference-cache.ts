import type { Db } from './open-database';

/**
 * The office's reference data (charter, hours and holidays, departments) is read by every ticket
 * issued and changed a few times a year, so a connection may keep it in memory: reading it cost
 * four statements a ticket. Temporary triggers (this connection's only, nothing is stored) report
 * every change to those tables made through the connection, by any code, and the cache drops
 * what it holds at once. A change may still be rolled back, so until the transaction that made
 * it has ended (`settleReferenceCache`) nothing read is kept: the cache only ever holds
 * committed rows. The hub's connection is the only one that writes the database.
 */
export type ReferenceData = 'charter' | 'officeHours' | 'departments';

type CacheState = { cached: Map<ReferenceData, unknown>; changedInTransaction: boolean };

const caches = new WeakMap<Db, CacheState>();

const WATCHED_TABLES = ['settings', 'office_hours', 'holidays', 'departments'] as const;
const CHANGED_FUNCTION = 'minwon_reference_changed';

/** Starts keeping the reference data of `db` in memory. */
export function cacheReferenceData(db: Db): void {
  if (caches.has(db)) return;
  const state: CacheState = { cached: new Map(), changedInTransaction: false };
  db.function(CHANGED_FUNCTION, { deterministic: false, varargs: false }, () => {
    state.cached.clear();
    state.changedInTransaction = true;
    return null;
  });
  for (const table of WATCHED_TABLES) {
    for (const change of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${table}_${change.toLowerCase()}_reference
         AFTER ${change} ON main.${table} BEGIN SELECT ${CHANGED_FUNCTION}(); END`,
      );
    }
  }
  caches.set(db, state);
}

/** Call when a transaction has ended, committed or rolled back: what is read from now on is committed. */
export function settleReferenceCache(db: Db): void {
  const state = caches.get(db);
  if (state && !db.inTransaction) state.changedInTransaction = false;
}

function deepFreeze<T>(value: T): T {
  if (value instanceof Map) {
    for (const inner of value.values()) deepFreeze(inner);
  } else if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * `read()`, or what it returned before while nothing changed. The value is frozen, since every
 * caller shares it.
 */
export function cachedReference<T>(db: Db, key: ReferenceData, read: () => T): T {
  const state = caches.get(db);
  if (!state) return read();
  if (state.changedInTransaction) {
    if (db.inTransaction) return read();
    state.changedInTransaction = false;
  }
  if (!state.cached.has(key)) state.cached.set(key, deepFreeze(read()));
  return state.cached.get(key) as T;
}
