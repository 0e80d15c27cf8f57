import { listAwayDesks, saveDeskAway } from '../../db/desk-away';
import { HubError } from '../../shared/contract/errors';
import { standInWouldLoop } from '../../shared/desk/stand-in';
import type { Handler } from './handler';
import { requireDesk } from './rules';

export const setDeskAway: Handler<'setDeskAway'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  const standIn = requireDesk(ctx.db, input.standInDeskId);
  const standIns = new Map(listAwayDesks(ctx.db).map((a) => [a.deskId, a.standInDeskId]));
  if (standInWouldLoop(desk.id, standIn.id, standIns)) {
    throw new HubError(
      'stand_in_loop',
      `${standIn.nameEn} cannot stand in: its stand-in chain leads back to ${desk.nameEn}, so nobody would serve.`,
    );
  }
  const away = { deskId: desk.id, reason: input.reason, standInDeskId: standIn.id, since: ctx.now };
  saveDeskAway(ctx.db, away);
  return { result: { away }, event: { type: 'deskAwaySet', away } };
};
