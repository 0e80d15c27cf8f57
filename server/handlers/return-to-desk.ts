import { deleteDeskAway, getDeskAway } from '../../db/desk-away';
import { HubError } from '../../shared/contract/errors';
import type { Handler } from './handler';
import { requireDesk } from './rules';

export const returnToDesk: Handler<'returnToDesk'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  if (!getDeskAway(ctx.db, desk.id))
    throw new HubError('desk_not_away', `${desk.nameEn} is not marked away.`);
  deleteDeskAway(ctx.db, desk.id);
  return { result: { deskId: desk.id }, event: { type: 'deskReturned', deskId: desk.id } };
};
