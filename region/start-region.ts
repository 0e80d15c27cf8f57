import type { Clock } from '../server/hub/clock';
import { systemClock } from '../server/hub/clock';
import { DEFAULT_BEHIND_BAR } from '../shared/regional/behind';
import { migrateRegion } from './db/migrate';
import { refreshFigures } from './figures/refresh-figures';
import { createPool, type Pool } from './db/pool';
import { createRegionApp } from './http/create-region-app';
import { followOffices, type Follower } from './ingest/follow-offices';

export type StartRegionOptions = {
  pgUrl: string;
  port: number;
  /** Loopback by default: the region screen has no sign-in of its own (docs/deploy.md). */
  host?: string;
  rendererDir?: string | null;
  clock?: Clock;
  /** How often every office is pulled; 0 leaves it to the caller (`follower.runOnce`). */
  pollMs?: number;
  /** Share within target below which a day counts as behind. */
  bar?: number;
  /** An office whose feed has not answered for this long is shown as silent. */
  silentAfterMs?: number;
  onError?: (error: unknown) => void;
};

export type RunningRegion = {
  url: string;
  port: number;
  pool: Pool;
  follower: Follower;
  close(): Promise<void>;
};

export const DEFAULT_POLL_MS = 60_000;
export const DEFAULT_SILENT_AFTER_MS = 15 * 60_000;

export async function startRegion(options: StartRegionOptions): Promise<RunningRegion> {
  const clock = options.clock ?? systemClock;
  const pool = createPool(options.pgUrl);
  try {
    await migrateRegion(pool);
    // A migration may have marked days whose stored figures lack a newer field: none is served stale.
    await refreshFigures(pool);
    const app = await createRegionApp({
      pool,
      now: () => clock.now(),
      settings: {
        bar: options.bar ?? DEFAULT_BEHIND_BAR,
        silentAfterMs: options.silentAfterMs ?? DEFAULT_SILENT_AFTER_MS,
      },
      rendererDir: options.rendererDir ?? null,
    });
    const host = options.host ?? '127.0.0.1';
    await app.listen({ port: options.port, host });
    const follower = followOffices(pool, {
      now: () => clock.now(),
      pollMs: options.pollMs ?? DEFAULT_POLL_MS,
      ...(options.onError ? { onError: options.onError } : {}),
    });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return {
      url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
      port,
      pool,
      follower,
      async close() {
        await follower.stop();
        await app.close();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
