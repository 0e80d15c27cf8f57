import { saveCharter } from '../../db/settings';
import type { Handler } from './handler';

// Tickets copy the targets in force when issued, so changing the charter never rewrites the
// verdicts of visits already measured.
export const applyCharter: Handler<'applyCharter'> = (ctx, charter) => {
  saveCharter(ctx.db, charter);
  return { result: { charter }, event: { type: 'charterApplied', charter } };
};
