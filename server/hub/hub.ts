import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { appendEvent, eventsAfter, lastSeq } from '../../db/events';
import type { Db } from '../../db/open-database';
import {
  commands,
  isCommandName,
  type CommandName,
  type CommandResult,
} from '../../shared/contract/commands';
import { HubError } from '../../shared/contract/errors';
import type { HubEvent } from '../../shared/contract/events';
import type { DeskState, Office } from '../../shared/contract/views';
import { handlers } from '../handlers/index';
import type { Handler } from '../handlers/handler';
import { readDeskState } from '../queries/desk-state';
import { readOffice } from '../queries/office';
import type { Clock } from './clock';

export type HubListener = (event: HubEvent) => void;

export type Hub = {
  execute<N extends CommandName>(name: N, input: unknown): CommandResult<N>;
  office(): Office;
  deskState(deskId: number): DeskState;
  eventsAfter(seq: number, limit: number): HubEvent[];
  lastSeq(): number;
  subscribe(listener: HubListener): () => void;
  now(): number;
  close(): void;
};

export type HubOptions = {
  db: Db;
  clock: Clock;
  randomBytes?: (size: number) => Uint8Array;
  /** Where a listener's failure is reported; it never undoes a committed command. */
  onListenerError?: (error: unknown) => void;
};

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export function createHub(options: HubOptions): Hub {
  const { db, clock } = options;
  const random = options.randomBytes ?? ((size: number) => randomBytes(size));
  const listeners = new Set<HubListener>();

  function execute<N extends CommandName>(name: N, input: unknown): CommandResult<N> {
    const parsed = commands[name].input.safeParse(input);
    if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
    const handler = handlers[name] as Handler<N>;
    const now = clock.now();
    // IMMEDIATE takes the write lock before reading, so the rules a handler checks still hold
    // when it writes; any throw rolls back the projections and the event together.
    const { result, event } = db
      .transaction(() => {
        const outcome = handler({ db, now, randomBytes: random }, parsed.data as never);
        return { result: outcome.result, event: appendEvent(db, outcome.event, now) };
      })
      .immediate();
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        options.onListenerError?.(error);
      }
    }
    return result;
  }

  return {
    execute,
    office: () => readOffice(db, clock.now()),
    deskState: (deskId) => readDeskState(db, deskId, clock.now()),
    eventsAfter: (seq, limit) => eventsAfter(db, seq, limit),
    lastSeq: () => lastSeq(db),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    now: () => clock.now(),
    close() {
      listeners.clear();
      db.close();
    },
  };
}
