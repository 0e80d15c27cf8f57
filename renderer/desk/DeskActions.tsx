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
  /** The visitor who has waited longest for attention; the A and R keys act on them. */
  firstArrived: Ticket | null;
  /** Where arrivals go while this desk is away; null while it is present. */
  standInName: string | null;
};

/** Calling, checking in and the desk's status messages: shown only to staff signed in here. */
export function DeskActions({ queueDesk, waiting, firstArrived, standInName }: DeskActionsProps) {
  const { t } = useTranslation();
  const busy = useDeskStore((s) => s.busy);
  const notice = useDeskStore((s) => s.notice);
  const callNext = useDeskStore((s) => s.callNext);
  const checkIn = useDeskStore((s) => s.checkIn);
  const acknowledge = useDeskStore((s) => s.acknowledge);
  const recall = useDeskStore((s) => s.recall);
  const codeInput = useRef<HTMLInputElement>(null);
  const away = standInName !== null;

  const callNextNow = useCallback(() => {
    void callNext();
  }, [callNext]);
  const acknowledgeFirst = useCallback(() => {
    if (firstArrived) void acknowledge(firstArrived.id);
  }, [firstArrived, acknowledge]);
  const recallFirst = useCallback(() => {
    if (firstArrived && firstArrived.callCount > 0) void recall(firstArrived.id);
  }, [firstArrived, recall]);
  useDeskHotkeys({
    codeInput,
    onAcknowledge: acknowledgeFirst,
    onCallNext: queueDesk && !away ? callNextNow : null,
    onRecall: queueDesk ? recallFirst : null,
  });

  return (
    <section className="panel action-panel" aria-label={t('desk.actions')}>
      <div className={queueDesk ? 'action-panel__row' : 'action-panel__row action-panel__row--single'}>
        {queueDesk ? <CallNextButton waiting={waiting} busy={busy} away={away} onCall={callNextNow} /> : null}
        <div className="action-panel__check-in">
          <CheckInForm inputRef={codeInput} busy={busy} onCheckIn={checkIn} routedTo={standInName} />
          <DeskNoticeRegion notice={notice} />
        </div>
      </div>
      <HotkeyHelp queueDesk={queueDesk} />
    </section>
  );
}
