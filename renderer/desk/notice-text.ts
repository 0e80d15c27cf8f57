import type { TFunction } from 'i18next';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { errorMessage } from '../i18n/errors';
import type { DeskNotice } from '../stores/desk-store';
import type { DeskDirectory } from './use-desk-directory';

export function isErrorNotice(notice: DeskNotice): boolean {
  return notice.kind === 'error' || notice.kind === 'invalidCode' || notice.kind === 'keyRefused';
}

/** What the status region says for a notice, in the screen's language. */
export function noticeText(t: TFunction, notice: DeskNotice, directory: DeskDirectory): string {
  switch (notice.kind) {
    case 'error':
      return errorMessage(t, notice.code);
    case 'invalidCode':
      return t('desk.notice.invalidCode');
    case 'keyRefused':
      return t(`deskKeys.refused.${notice.reason}`);
    case 'recalled':
      return t('deskWork.notice.recalled', { number: displayTicketNumber(notice.number) });
    case 'transferred':
      // The clerk tells the visitor how long the new queue is for them: a transferred visitor
      // keeps the place of their first ticket, so this is rarely the whole queue.
      return t(notice.ahead === 0 ? 'deskWork.notice.transferredNextInLine' : 'deskWork.notice.transferred', {
        number: displayTicketNumber(notice.number),
        department: directory.departmentName(notice.toDepartmentId),
        toNumber: displayTicketNumber(notice.toNumber),
        ahead: notice.ahead,
      });
    case 'judged':
      return t(notice.staffError ? 'deskWork.notice.judgedStaffError' : 'deskWork.notice.judged', {
        number: displayTicketNumber(notice.number),
      });
    case 'away':
      return t('deskWork.notice.away', { desk: directory.deskName(notice.standInDeskId) });
    case 'returned':
      return t('deskWork.notice.returned');
    default:
      return t(`desk.notice.${notice.kind}`, { number: displayTicketNumber(notice.number) });
  }
}
