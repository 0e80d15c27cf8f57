import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations, migrationSteps } from './index';

/**
 * What a migration may remove on purpose, and which migration says so. Anything else an earlier
 * migration made and a later one lost is a bug: a table rebuilt (to change a CHECK) from a
 * definition written before another branch added its columns drops them without a word.
 */
const REMOVED_ON_PURPOSE: ReadonlySet<string> = new Set([
  'table ticket_counters', // 0014: numbers come from the UNIQUE index
  'index tickets_by_day', // 0014: tickets_called covers the day
]);

type Schema = Set<string>;

function schemaOf(db: Database.Database): Schema {
  const schema: Schema = new Set();
  const objects = db
    .prepare<[], { type: string; name: string }>(
      `SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index', 'trigger')`,
    )
    .all();
  for (const { type, name } of objects) {
    schema.add(`${type} ${name}`);
    if (type !== 'table') continue;
    for (const column of db.pragma(`table_info(${name})`) as { name: string }[]) {
      schema.add(`column ${name}.${column.name}`);
    }
  }
  return schema;
}

describe('the migrations, one after another', () => {
  it('lose no table, column, index or trigger an earlier migration made, unless one says so', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = OFF');
    const seen = new Map<string, number>();
    migrations.forEach((sql, i) => {
      db.exec(sql);
      migrationSteps.get(i + 1)?.(db);
      for (const thing of schemaOf(db)) if (!seen.has(thing)) seen.set(thing, i + 1);
    });
    const last = schemaOf(db);
    const lost = [...seen]
      .filter(([thing]) => !last.has(thing) && !REMOVED_ON_PURPOSE.has(thing))
      .filter(([thing]) => !thing.startsWith('column ticket_counters.'))
      .map(([thing, version]) => `${thing} (made by migration ${version})`);
    expect(lost).toEqual([]);
    db.close();
  });
});
