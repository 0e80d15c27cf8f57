import pg from 'pg';

export type Pool = pg.Pool;
export type Client = pg.PoolClient;

// bigint columns hold millisecond times and seqs, all far below 2^53: read them as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// A business day is a calendar date; as text it never shifts with the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function createPool(url: string, max = 8): Pool {
  return new pg.Pool({ connectionString: url, max, application_name: 'minwon-region' });
}

/** Runs `work` in one transaction on one connection; any throw rolls it all back. */
export async function inTransaction<T>(pool: Pool, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
