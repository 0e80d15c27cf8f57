import { HUB_PC, MANAGERS, OFFICE_PCS, STAFF, commandAudience, type Audience } from './access';
import { commandNames, commands, type CommandName } from './commands';
import type { FirstManagerInput, PairDeviceInput, PairedDevice } from './devices';
import type { SignInInput } from './session';
import { queries, queryNames, type BackupFile, type QueryName } from './queries';
import type { SignedIn, Staff } from './views';

/** Every route of the hub's API lives under this; everything else is the built screens. */
export const API_BASE = '/api/v1';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/**
 * The routes that are neither a command nor a read: they hand out secrets or cookies, end a
 * session, stream, download or write files. Adding one: an entry here and its handler in
 * server/http/special-routes.ts (a missing one does not compile).
 */
export const specialRoutes = {
  pairDevice: { method: 'POST', path: '/devices/pair', who: 'anyone' },
  signIn: { method: 'POST', path: '/sessions', who: 'anyone' },
  signOut: { method: 'DELETE', path: '/sessions/current', who: STAFF },
  createFirstManager: { method: 'POST', path: '/setup/first-manager', who: HUB_PC },
  eventStream: { method: 'GET', path: '/events', who: OFFICE_PCS },
  visitLog: { method: 'GET', path: '/reports/visits', who: MANAGERS },
  caseLog: { method: 'GET', path: '/reports/cases', who: MANAGERS },
  ledgerLog: { method: 'GET', path: '/reports/compensations', who: MANAGERS },
  makeBackup: { method: 'POST', path: '/backups', who: MANAGERS },
  /** Answers a command name the contract does not have; known PCs learn it is unknown. */
  unknownCommand: { method: 'POST', path: '/commands/:name', who: OFFICE_PCS },
} as const satisfies Record<string, { method: HttpMethod; path: `/${string}`; who: Audience }>;

export type SpecialRouteName = keyof typeof specialRoutes;

/** What the special routes that take and answer JSON take (undefined: no body). */
export type SpecialRouteInputs = {
  pairDevice: PairDeviceInput;
  signIn: SignInInput;
  signOut: undefined;
  createFirstManager: FirstManagerInput;
  makeBackup: undefined;
};

/** What they answer with. */
export type SpecialRouteResults = {
  pairDevice: PairedDevice;
  signIn: SignedIn & { token: string };
  signOut: { ok: true };
  createFirstManager: { staff: Staff };
  makeBackup: { backup: BackupFile };
};

/** One row of the access table. */
export type ApiRoute =
  | { kind: 'command'; name: CommandName; method: 'POST'; path: string; who: Audience }
  | { kind: 'query'; name: QueryName; method: 'GET'; path: string; who: Audience }
  | { kind: 'special'; name: SpecialRouteName; method: HttpMethod; path: string; who: Audience };

/**
 * The access table: every route of the API with who may call it, from the command contract, the
 * read contract and the special routes. The hub registers exactly these routes and checks each
 * request against the row of the route its router matched; docs/security.md prints this table.
 */
export const apiRoutes: readonly ApiRoute[] = [
  ...commandNames.map((name): ApiRoute => ({
    kind: 'command',
    name,
    method: 'POST',
    path: `/commands/${name}`,
    who: commandAudience[commands[name].access],
  })),
  ...queryNames.map((name): ApiRoute => ({
    kind: 'query',
    name,
    method: 'GET',
    path: queries[name].path,
    who: queries[name].who,
  })),
  ...(Object.keys(specialRoutes) as SpecialRouteName[]).map((name): ApiRoute => ({
    kind: 'special',
    name,
    ...specialRoutes[name],
  })),
];
