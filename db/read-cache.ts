import type { Db } from './open-database';
import { prepared } from './prepared';

// Some rows are read far more often than they change: the office's reference data (charter,
// hours and holidays, departments) by every ticket issued, and the sessions, devices and staff
// behind every request and, for each screen, every event streamed. A connection may keep what
// it read of them in memory. Temporary triggers (this connection's only; nothing is stored)
// report every change to a watched table made through the connection, by any code, raw SQL
// included, and the entries read from that table are dropped at once. A change may still be
// rolled back, so until the transaction that made it has ended (`settleReadCache`) nothing read
// from that table is kept: the cache only ever holds committed rows. The hub's connection is
// the only one meant to write the database, but an operator may still edit it with another
// tool: SQLite's data_version tells of any commit made through another connection, and then
// everything kept is dropped. It is asked once per task of the event loop, not before every
// answer (a published event asks for each of its screens, and asking cost a tenth of the hub's
// CPU with 200 screens): a request or event handled in a later task sees such an edit, as if it
// had been committed just after the current task.

/** The tables whose rows may be kept; a cached read names those it reads. */
export type WatchedTable =
  'settings' | 'office_hours' | 'holidays' | 'departments' | 'staff' | 'staff_sessions' | 'devices';

const WATCHED: readonly WatchedTable[] = [
  'settings',
  'office_hours',
  'holidays',
  'departments',
  'staff',
  'staff_sessions',
  'devices',
];
const CHANGED_FUNCTION = 'minwon_table_changed';
/** Enough for any office's sessions and devices; unknown tokens are never kept. */
const MAX_ENTRIES = 10_000;

type Entry = { value: unknown; tables: readonly WatchedTable[] };
type CacheState = {
  entries: Map<string, Entry>;
  changedInTransaction: Set<WatchedTable>;
  changes: number;
  dataVersion: number;
  /** data_version was asked in the current task; cleared when the task's microtasks run. */
  versionAsked: boolean;
};

const caches = new WeakMap<Db, CacheState>();

/** Starts keeping reads of the watched tables of `db` in memory. */
export function enableReadCache(db: Db): void {
  if (caches.has(db)) return;
  const state: CacheState = {
    entries: new Map(),
    changedInTransaction: new Set(),
    changes: 0,
    dataVersion: dataVersion(db),
    versionAsked: false,
  };
  db.function(CHANGED_FUNCTION, { deterministic: false }, (table: unknown) => {
    const changed = table as WatchedTable;
    for (const [key, entry] of state.entries) {
      if (entry.tables.includes(changed)) state.entries.delete(key);
    }
    state.changedInTransaction.add(changed);
    state.changes += 1;
    return null;
  });
  for (const table of WATCHED) {
    for (const change of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${table}_${change.toLowerCase()}_read_cache
         AFTER ${change} ON main.${table} BEGIN SELECT ${CHANGED_FUNCTION}('${table}'); END`,
      );
    }
  }
  caches.set(db, state);
}

function dataVersion(db: Db): number {
  return prepared<[], number>(db, 'PRAGMA data_version').pluck().get()!;
}

/** Drops everything kept if another connection has committed since the last look. */
function noteOtherConnections(db: Db, state: CacheState): void {
  if (state.versionAsked) return;
  state.versionAsked = true;
  queueMicrotask(() => (state.versionAsked = false));
  const version = dataVersion(db);
  if (version === state.dataVersion) return;
  state.dataVersion = version;
  state.entries.clear();
  state.changes += 1;
}

/**
 * How many changes to the watched tables the connection has seen: what was worked out from
 * them holds while this stays the same. Null when the connection keeps no cache.
 */
export function changesSeen(db: Db): number | null {
  const state = caches.get(db);
  if (!state) return null;
  noteOtherConnections(db, state);
  return state.changes;
}

/** Call when a transaction has ended, committed or rolled back: what is read from now on is committed. */
export function settleReadCache(db: Db): void {
  const state = caches.get(db);
  if (state && !db.inTransaction) state.changedInTransaction.clear();
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
 * `read()`, or what it returned before for `key` while none of `tables` changed. The value is
 * frozen, since every caller shares it. `keep` says whether a value is worth keeping: a lookup
 * that found nothing is not kept, so guessed keys cannot fill the memory.
 */
export function cachedRead<T>(
  db: Db,
  key: string,
  tables: readonly WatchedTable[],
  read: () => T,
  keep: (value: T) => boolean = () => true,
): T {
  const state = caches.get(db);
  if (!state) return read();
  noteOtherConnections(db, state);
  if (state.changedInTransaction.size > 0) {
    if (!db.inTransaction) state.changedInTransaction.clear();
    else if (tables.some((t) => state.changedInTransaction.has(t))) return read();
  }
  const entry = state.entries.get(key);
  if (entry) return entry.value as T;
  const value = read();
  if (keep(value)) {
    if (state.entries.size >= MAX_ENTRIES) state.entries.clear();
    state.entries.set(key, { value: deepFreeze(value), tables });
  }
  return value;
}
