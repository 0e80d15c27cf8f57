import type { TFunction } from 'i18next';
import type { Compensation } from '../../shared/contract/views';
import { formatWon } from './format-day';

/** "문화상품권 5,000원 보상 대기"; where a regulation sets the amount, "규정에 따른 보상 …". */
export function compensationText(t: TFunction, compensation: Compensation, language: string): string {
  const terms =
    compensation.amountWon === null
      ? t('deskWork.compensation.byRule')
      : t('deskWork.compensation.terms', {
          kind: t(`deskWork.compensation.kinds.${compensation.kind}`),
          amount: formatWon(compensation.amountWon, language),
        });
  return t('deskWork.compensation.line', {
    terms,
    status: t(`deskWork.compensation.status.${compensation.status}`),
  });
}
