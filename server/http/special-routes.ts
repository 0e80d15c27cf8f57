import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { DEVICE_COOKIE } from '../../shared/contract/devices';
import { HubError } from '../../shared/contract/errors';
import { caseFileName } from '../../shared/contract/case-reports';
import {
  ledgerExportQuery,
  ledgerFileName,
  reportContentType,
  reportFileName,
  reportQuery,
  reportRange,
} from '../../shared/contract/reports';
import type { SpecialRouteName, SpecialRouteResults, specialRoutes } from '../../shared/contract/routes';
import type { Credentials } from '../auth/credentials';
import { exportCases, exportVisits, withReadSnapshot } from '../export/export-report';
import { ledgerCsv } from '../export/ledger-csv';
import { ledgerXlsx } from '../export/ledger-xlsx';
import { describeIssues } from '../hub/describe-issues';
import type { CallerOf, ServerParts } from '../queries/readers';
import { serveEventStream } from '../stream/event-stream';

/** Ten years: a paired kiosk stays paired until a manager revokes it. */
const COOKIE_MAX_AGE_S = 10 * 365 * 24 * 60 * 60;

export type SpecialContext<K extends SpecialRouteName> = ServerParts & {
  request: FastifyRequest;
  reply: FastifyReply;
  caller: CallerOf<(typeof specialRoutes)[K]['who']>;
  credentials: Credentials;
};

type HttpResult<K extends SpecialRouteName> = K extends keyof SpecialRouteResults
  ? SpecialRouteResults[K] | Promise<SpecialRouteResults[K]>
  : unknown;

export type SpecialHandler<K extends SpecialRouteName> = K extends 'eventStream'
  ? { websocket(socket: WebSocket, ctx: SpecialContext<K>): void }
  : { http(ctx: SpecialContext<K>): HttpResult<K> };

/** One handler per special route of the access table: a route without one does not compile. */
export const specialHandlers: { [K in SpecialRouteName]: SpecialHandler<K> } = {
  pairDevice: {
    http({ hub, request, reply }) {
      const paired = hub.pairDevice(request.body, request.ip);
      // HttpOnly keeps the token from page scripts; Strict keeps other sites from using it.
      void reply.header(
        'set-cookie',
        `${DEVICE_COOKIE}=${paired.token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${COOKIE_MAX_AGE_S}`,
      );
      return paired;
    },
  },
  signIn: {
    http: ({ hub, request, credentials }) =>
      hub.signIn(request.body, { address: request.ip, local: credentials.local }),
  },
  signOut: {
    http({ hub, credentials }) {
      if (!credentials.session) throw new HubError('sign_in_required', 'Not signed in.');
      hub.signOut(credentials.session);
      return { ok: true };
    },
  },
  createFirstManager: {
    http({ hub, request, reply, caller }) {
      const staff = hub.createFirstManager(request.body, caller);
      void reply.code(201);
      return { staff };
    },
  },
  eventStream: {
    websocket(socket, { hub, request, caller, credentials }) {
      // A session can end (signed out, expired) while its screen still follows the office.
      serveEventStream(hub, socket, caller, () => hub.actorFor(credentials) !== null, request.raw.socket);
    },
  },
  visitLog: {
    http({ hub, dbFile, request, reply }) {
      const parsed = reportQuery.safeParse(request.query);
      if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
      const query = parsed.data;
      hub.closeEndedDays();
      const body = new PassThrough();
      exportVisits(dbFile, query, body, hub.now()).catch((error: unknown) => {
        request.log.error(error);
        body.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      const name = reportFileName(query.from, query.to, query.format);
      return reply
        .header('content-type', reportContentType[query.format])
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(body);
    },
  },
  caseLog: {
    async http({ hub, dbFile, request, reply }) {
      const parsed = reportRange.safeParse(request.query);
      if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
      const { from, to } = parsed.data;
      const csv = await withReadSnapshot(dbFile, (db) => exportCases(db, from, to, hub.now()));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${caseFileName(from, to)}"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  },
  ledgerLog: {
    async http({ hub, request, reply }) {
      const parsed = ledgerExportQuery.safeParse(request.query);
      if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
      const { month, format } = parsed.data;
      const ledger = hub.ledger(month);
      const body =
        format === 'csv'
          ? ledgerCsv(ledger)
          : await ledgerXlsx(ledger, hub.office().charter?.officeKo ?? '', hub.now());
      return reply
        .header('content-type', reportContentType[format])
        .header('content-disposition', `attachment; filename="${ledgerFileName(month, format)}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  },
  makeBackup: { http: async ({ backups }) => ({ backup: await backups.run() }) },
  unknownCommand: {
    http({ request }) {
      const { name } = request.params as { name: string };
      throw new HubError('unknown_command', `There is no command "${name.slice(0, 100)}".`);
    },
  },
};
