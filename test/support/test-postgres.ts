import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL cluster the region's tests use: `npm test` starts a throwaway one
 * (scripts/with-postgres.sh) and sets REGION_TEST_PG. Without it these tests are skipped, and
 * their names say so; with it set and the server down they fail.
 */
export const TEST_PG = process.env.REGION_TEST_PG ?? null;
/** Why the region's tests are skipped, and what makes them run. */
export const PG_MISSING_REASON =
  'needs PostgreSQL: they run under npm test where the postgresql package is installed (as .ci/run does), or with REGION_TEST_PG set';
export const NEEDS_PG = TEST_PG ? '' : ` [SKIPPED: ${PG_MISSING_REASON}]`;

export type TestDatabase = { url: string; drop(): Promise<void> };

/** A fresh, empty database of its own in the test cluster, dropped at the end. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!TEST_PG) throw new Error('REGION_TEST_PG is not set');
  const name = `region_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(TEST_PG);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_PG);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client(TEST_PG);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
