import { regionMigrations } from './migrations/index';
import { inTransaction, type Pool } from './pool';

export class NewerRegionDatabaseError extends Error {
  constructor(found: number, known: number) {
    super(
      `This region database was written by a newer version (schema ${found}; this version knows up to ${known}). ` +
        'Run the newer version; the database was left untouched.',
    );
    this.name = 'NewerRegionDatabaseError';
  }
}

/** Any fixed number: it only keeps two region processes from migrating at once. */
const MIGRATION_LOCK = 1_605_160_001;

/**
 * Brings the region database to the newest schema: every pending migration and the new version
 * number in one transaction, so a failure leaves the database as it was.
 */
export async function migrateRegion(pool: Pool): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS meta`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS meta.schema_version (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
         version integer NOT NULL)`,
    );
    const found = await client.query<{ version: number }>('SELECT version FROM meta.schema_version');
    const version = found.rows[0]?.version ?? 0;
    if (version > regionMigrations.length)
      throw new NewerRegionDatabaseError(version, regionMigrations.length);
    for (let next = version + 1; next <= regionMigrations.length; next++) {
      await client.query(regionMigrations[next - 1]!);
    }
    await client.query(
      `INSERT INTO meta.schema_version (version) VALUES ($1)
       ON CONFLICT (only_row) DO UPDATE SET version = EXCLUDED.version`,
      [regionMigrations.length],
    );
    return regionMigrations.length;
  });
}
