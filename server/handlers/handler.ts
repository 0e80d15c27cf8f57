import type { Db } from '../../db/open-database';
import type { CommandName, CommandResult, ParsedInput } from '../../shared/contract/commands';
import type { Actor } from '../../shared/contract/access';
import type { HubEventBody } from '../../shared/contract/events';

export type HandlerContext = {
  db: Db;
  /** The hub's time for this command: one instant for every change it makes. */
  now: number;
  randomBytes(size: number): Uint8Array;
  /** Hashes a new PIN (pin-hash.ts). */
  hashPin(pin: string): string;
  /** Who sent the command, already allowed to by the hub. */
  actor: Actor;
};

export function staffIdOf(actor: Actor): number | null {
  return actor.kind === 'staff' ? actor.staffId : null;
}

/** A handler checks its rules and changes projections; the hub appends the one event it returns. */
export type Handler<N extends CommandName> = (
  ctx: HandlerContext,
  input: ParsedInput<N>,
) => { result: CommandResult<N>; event: HubEventBody };
