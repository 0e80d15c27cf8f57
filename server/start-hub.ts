import type { Writable } from 'node:stream';
import { join } from 'node:path';
import { countEvents } from '../db/events';
import { openDatabase } from '../db/open-database';
import { startWalCheckpointer } from '../db/wal-checkpointer';
import { seedDemoOffice } from './demo/inje-office';
import { createBackupService } from './backup/backup-service';
import { createRetentionService } from './retention/retention-service';
import type { ConnectionLimits } from './http/connection-limits';
import { createApp } from './http/create-app';
import { lanAddresses } from './http/lan-addresses';
import { systemClock, type Clock } from './hub/clock';
import { createHub, type Hub } from './hub/hub';
import { privateFile, privateFolder } from './private-files';

export type StartHubOptions = {
  dataDir: string;
  port: number;
  host?: string;
  demo?: boolean;
  clock?: Clock;
  rendererDir?: string | null;
  /** Request log lines (credentials redacted); none by default. */
  log?: Writable;
  /** Serve the office LAN (all interfaces) instead of this PC only; LAN requests then need pairing. */
  lan?: boolean;
  /** See AppOptions.trustLoopback. */
  trustLoopback?: boolean;
  /** See AppOptions.hubAddresses; by default this PC's own addresses when serving the LAN. */
  hubAddresses?: readonly string[];
  /** See AppOptions.hostNames. */
  hostNames?: readonly string[];
  /** Where daily and on-demand backups go; `<dataDir>/backups` by default. */
  backupDir?: string;
  /** How many backups to keep. */
  keepBackups?: number;
  /** See AppOptions.connectionLimits. */
  connectionLimits?: Partial<ConnectionLimits>;
  /** See HubOptions.hashPin. */
  hashPin?: (pin: string) => string;
};

const HOUR_MS = 60 * 60 * 1000;
/**
 * How often the breach forecast looks at the queues. Clocks run on without any event, so it
 * looks on a timer; a few seconds late is nothing against warnings minutes ahead.
 */
const FORECAST_EVERY_MS = 15_000;

export type RunningHub = {
  hub: Hub;
  url: string;
  port: number;
  dbFile: string;
  /** True when this start created the demo office (only ever on an empty database). */
  seededDemo: boolean;
  close(): Promise<void>;
};

export const DATABASE_FILE = 'office.db';

export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  privateFolder(options.dataDir);
  const dbFile = join(options.dataDir, DATABASE_FILE);
  privateFile(dbFile);
  const db = openDatabase(dbFile);
  const clock = options.clock ?? systemClock;
  const hub = createHub({ db, clock, ...(options.hashPin ? { hashPin: options.hashPin } : {}) });
  const backups = createBackupService(
    db,
    options.backupDir ?? join(options.dataDir, 'backups'),
    options.keepBackups ?? 14,
    clock,
  );
  const seededDemo = Boolean(options.demo) && countEvents(db) === 0;
  if (seededDemo) seedDemoOffice(hub);
  const app = await createApp({
    hub,
    rendererDir: options.rendererDir ?? null,
    dbFile,
    backups,
    ...(options.log ? { log: options.log } : {}),
    trustLoopback: options.trustLoopback ?? true,
    hubAddresses:
      options.hubAddresses ?? (options.lan ? (options.host ? [options.host] : lanAddresses()) : []),
    hostNames: options.hostNames ?? [],
    ...(options.connectionLimits ? { connectionLimits: options.connectionLimits } : {}),
  });
  const host = options.host ?? (options.lan ? '0.0.0.0' : '127.0.0.1');
  try {
    await app.listen({ port: options.port, host });
  } catch (error) {
    hub.close();
    throw error;
  }
  const retention = createRetentionService((pause) => hub.purgeVisitDetails(pause), clock);
  const logFailure = (error: unknown) => app.log.error(error);
  const checkpointer = startWalCheckpointer(db, dbFile, { onError: logFailure });
  let upkeep = Promise.resolve();
  // The day's backup follows the close of the days before it, and the purge follows the backup;
  // a failed backup does not hold the purge up.
  const runUpkeep = () => {
    upkeep = upkeep
      .then(() => {
        hub.closeEndedDays();
      })
      .catch(logFailure)
      .then(() => backups.runIfDue().catch(logFailure))
      .then(async () => {
        // Few cases are answered a day: one transaction purges every contact that is due, and a
        // failure there does not hold up the visits' purge.
        try {
          hub.purgeCaseContacts();
        } catch (error) {
          logFailure(error);
        }
        await retention.runIfDue();
      })
      .catch(logFailure);
  };
  runUpkeep();
  const backupTimer = setInterval(runUpkeep, HOUR_MS);
  backupTimer.unref();
  const forecastTimer = setInterval(() => {
    try {
      hub.watchBreaches();
    } catch (error) {
      logFailure(error);
    }
  }, FORECAST_EVERY_MS);
  forecastTimer.unref();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    hub,
    // Screens on this PC reach a LAN hub over loopback, where they need no pairing.
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    dbFile,
    seededDemo,
    async close() {
      clearInterval(backupTimer);
      clearInterval(forecastTimer);
      retention.stop();
      await app.close();
      await upkeep;
      await backups.settled();
      await checkpointer.close();
      hub.close();
    },
  };
}
