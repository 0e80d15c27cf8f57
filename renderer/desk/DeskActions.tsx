import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { useDeskStore } from '../stores/desk-store';
import { CallNextButton } from './CallNextButton';
import { CheckInForm } from './CheckInForm';
import { DeskNoticeRegion } from './DeskNoticeRegion';
import { HotkeyHelp } from './HotkeyHelp';
import { useDeskHotkeys } from './use-desk-hotkeys';

type DeskActionsProps = {
  queueDesk: boolean;
  waiting: Ticket[];
  /** The visitor who has waited longest for attention; the A key acknowledges them. */
  firstArrived: Ticket | null;
};

/** Calling, checking in and the desk's status messages: shown only to staff signed in here. */
export function DeskActions({ queueDesk, waiting, firstArrived }: DeskActionsProps) {
  const { t } = useTranslation();
  const busy = useDeskStore((s) => s.busy);
  const notice = useDeskStore((s) => s.notice);
  const callNext = useDeskStore((s) => s.callNext);
  const checkIn = useDeskStore((s) => s.checkIn);
  const acknowledge = useDeskStore((s) => s.acknowledge);
  const codeInput = useRef<HTMLInputElement>(null);

  const callNextNow = useCallback(() => {
    void callNext();
  }, [callNext]);
  const acknowledgeFirst = useCallback(() => {
    if (firstArrived) void acknowledge(firstArrived.id);
  }, [firstArrived, acknowledge]);
  useDeskHotkeys({ codeInput, onAcknowledge: acknowledgeFirst, onCallNext: queueDesk ? callNextNow : null });

  return (
    <section className="panel action-panel" aria-label={t('desk.actions')}>
      <div className={queueDesk ? 'action-panel__row' : 'action-panel__row action-panel__row--single'}>
        {queueDesk ? <CallNextButton waiting={waiting} busy={busy} onCall={callNextNow} /> : null}
        <div className="action-panel__check-in">
          <CheckInForm inputRef={codeInput} busy={busy} onCheckIn={checkIn} />
          <DeskNoticeRegion notice={notice} />
        </div>
      </div>
      <HotkeyHelp queueDesk={queueDesk} />
    </section>
  );
}
