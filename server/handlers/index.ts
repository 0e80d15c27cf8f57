import type { CommandName } from '../../shared/contract/commands';
import { acknowledgeArrival } from './acknowledge-arrival';
import { applyCharter } from './apply-charter';
import { callNext } from './call-next';
import { checkIn } from './check-in';
import { defineDepartment } from './define-department';
import { defineDesk } from './define-desk';
import { defineStaff } from './define-staff';
import { revokeDevice, startPairing } from './devices';
import { finishService } from './finish-service';
import type { Handler } from './handler';
import { issueTicket } from './issue-ticket';
import { markNoShow } from './mark-no-show';
import {
  approveCompensation,
  markCompensationPaid,
  rejectCompensation,
  setExportStaffNames,
} from './compensations';
import { removeHoliday, setDepartmentAccepting, setHoliday, setOfficeHours } from './office-hours';
import { callTicket } from './call-ticket';
import { acceptEscort, deliverEscort, requestEscort } from './escorts';
import { judgeRepeatVisit } from './judge-repeat-visit';
import { recallTicket } from './recall-ticket';
import { resetStaffPin } from './reset-staff-pin';
import { setApprovalBoxes, setForecastSettings, setStaffFigures } from './report-settings';
import { returnToDesk } from './return-to-desk';
import { setDeskAway } from './set-desk-away';
import { setRetentionDays } from './set-retention-days';
import { setKioskLanguages } from './set-kiosk-languages';
import { transferTicket } from './transfer-ticket';
import { answerCase, closeCase, notifyCaseDelay, receiveCase } from './cases';
import { rateVisit } from './rate-visit';

/** One handler per command of the contract: a command without a handler does not compile. */
export const handlers: { [N in CommandName]: Handler<N> } = {
  issueTicket,
  requestEscort,
  acceptEscort,
  deliverEscort,
  callNext,
  callTicket,
  recallTicket,
  transferTicket,
  setDeskAway,
  returnToDesk,
  judgeRepeatVisit,
  resetStaffPin,
  setOfficeHours,
  setHoliday,
  removeHoliday,
  setDepartmentAccepting,
  approveCompensation,
  rejectCompensation,
  markCompensationPaid,
  setExportStaffNames,
  setRetentionDays,
  setStaffFigures,
  setApprovalBoxes,
  setForecastSettings,
  checkIn,
  acknowledgeArrival,
  finishService,
  markNoShow,
  defineDepartment,
  defineDesk,
  defineStaff,
  setKioskLanguages,
  applyCharter,
  startPairing,
  revokeDevice,
  receiveCase,
  notifyCaseDelay,
  answerCase,
  closeCase,
  rateVisit,
};
