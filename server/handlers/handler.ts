import type { Db } from '../../db/open-database';
import type { CommandName, CommandResult, ParsedInput } from '../../shared/contract/commands';
import type { HubEventBody } from '../../shared/contract/events';

export type HandlerContext = {
  db: Db;
  /** The hub's time for this command: one instant for every change it makes. */
  now: number;
  randomBytes(size: number): Uint8Array;
};

/** A handler checks its rules and changes projections; the hub appends the one event it returns. */
export type Handler<N extends CommandName> = (
  ctx: HandlerContext,
  input: ParsedInput<N>,
) => { result: CommandResult<N>; event: HubEventBody };
