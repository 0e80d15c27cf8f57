import { setRetentionDays as storeRetentionDays } from '../../db/retention';
import type { Handler } from './handler';

/** A shorter period takes effect at the hub's next daily purge, not at once. */
export const setRetentionDays: Handler<'setRetentionDays'> = (ctx, input) => {
  storeRetentionDays(ctx.db, input.days);
  return { result: { days: input.days }, event: { type: 'retentionDaysSet', days: input.days } };
};
