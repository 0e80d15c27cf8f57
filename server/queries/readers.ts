import type { RequestActor } from '../../shared/contract/access';
import { HubError } from '../../shared/contract/errors';
import type { queries, ParsedParams, QueryName, QueryResult } from '../../shared/contract/queries';
import { firstKeptDay } from '../../shared/retention/visit-retention';
import type { Credentials } from '../auth/credentials';
import type { BackupService } from '../backup/backup-service';
import { summarizeVisits, withReadSnapshot } from '../export/export-report';
import type { Hub } from '../hub/hub';

/** What the hub's routes work with, beyond the hub itself. */
export type ServerParts = {
  hub: Hub;
  backups: BackupService;
  /** The database file, for reads on a connection of their own (exports, report summaries). */
  dbFile: string;
  /** Where other PCs reach this hub, shown to the manager who pairs them; none off the LAN. */
  hubAddresses: readonly string[];
};

/** Who asks: a route open to `anyone` may be read by a stranger (null). */
export type CallerOf<Who> = Who extends 'anyone' ? RequestActor | null : RequestActor;

export type ReadContext<N extends QueryName> = ServerParts & {
  caller: CallerOf<(typeof queries)[N]['who']>;
  credentials: Credentials;
};

export type Reader<N extends QueryName> = (
  ctx: ReadContext<N>,
  params: ParsedParams<N>,
) => QueryResult<N> | Promise<QueryResult<N>>;

/** One reader per read of the contract: a read without a reader does not compile. */
export const readers: { [N in QueryName]: Reader<N> } = {
  office: ({ hub }) => hub.office(),
  departments: ({ hub }) => ({ departments: hub.office().departments }),
  health: ({ hub }) => ({ ok: true, seq: hub.lastSeq(), now: hub.now() }),
  setupState: ({ hub }) => ({ needsFirstManager: hub.needsFirstManager() }),
  currentDevice: ({ hub, credentials }) => ({
    device: credentials.device ? hub.deviceFor(credentials.device) : null,
    local: credentials.local,
  }),
  currentSession: ({ hub, credentials }) => {
    const current = credentials.session ? hub.session(credentials.session) : null;
    if (!current) throw new HubError('sign_in_required', 'Not signed in, or the session has ended.');
    return current;
  },
  display: ({ hub }) => hub.displayBoard(),
  deskState: ({ hub }, { deskId }) => hub.deskState(deskId),
  guideBoard: ({ hub }) => hub.guideBoard(),
  reportSummary: ({ hub, dbFile }, { from, to }) =>
    withReadSnapshot(dbFile, (db) => summarizeVisits(db, from, to, hub.now())),
  ledger: ({ hub }, { month }) => hub.ledger(month),
  exportSettings: ({ hub }) => hub.exportSettings(),
  retentionSettings: ({ hub }) => {
    const { retentionDays, purgedThrough } = hub.retention();
    return { days: retentionDays, keepsFrom: firstKeptDay(hub.now(), retentionDays), purgedThrough };
  },
  backups: ({ backups }) => ({ dir: backups.dir, backups: backups.list() }),
  devices: ({ hub, hubAddresses }) => ({ ...hub.devices(), hubAddresses: [...hubAddresses] }),
  regionFeed: ({ hub }, { after, limit }) => hub.regionFeed(after, limit),
  cases: ({ hub }, { from, to }) => hub.cases(from, to),
};
