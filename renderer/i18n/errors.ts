import type { TFunction } from 'i18next';
import type { ApiErrorCode } from '../api/http-client';
import ko from './ko.json';

type TranslatedCode = keyof typeof ko.errors;

function isTranslated(code: string): code is TranslatedCode {
  return Object.hasOwn(ko.errors, code);
}

/**
 * The message for a refusal. The hub may learn new error codes before these screens are
 * translated for them; such a code gets the general message rather than a raw key.
 */
export function errorMessage(t: TFunction, code: ApiErrorCode): string {
  return isTranslated(code) ? t(`errors.${code}`) : t('errors.internal');
}
