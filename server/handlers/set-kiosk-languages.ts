import { saveKioskLanguages } from '../../db/settings';
import { HubError } from '../../shared/contract/errors';
import type { Handler } from './handler';

export const setKioskLanguages: Handler<'setKioskLanguages'> = (ctx, input) => {
  if (!saveKioskLanguages(ctx.db, input.languages)) {
    throw new HubError('charter_required', 'Apply a charter first: the office has no settings yet.');
  }
  const { languages } = input;
  return { result: { languages }, event: { type: 'kioskLanguagesSet', languages } };
};
