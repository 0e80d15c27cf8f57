import type { CommandName } from '../../shared/contract/commands';
import { acknowledgeArrival } from './acknowledge-arrival';
import { applyCharter } from './apply-charter';
import { callNext } from './call-next';
import { checkIn } from './check-in';
import { defineDepartment } from './define-department';
import { defineDesk } from './define-desk';
import { defineStaff } from './define-staff';
import { finishService } from './finish-service';
import type { Handler } from './handler';
import { issueTicket } from './issue-ticket';
import { markNoShow } from './mark-no-show';

/** One handler per command of the contract: a command without a handler does not compile. */
export const handlers: { [N in CommandName]: Handler<N> } = {
  issueTicket,
  callNext,
  checkIn,
  acknowledgeArrival,
  finishService,
  markNoShow,
  defineDepartment,
  defineDesk,
  defineStaff,
  applyCharter,
};
