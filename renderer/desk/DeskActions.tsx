import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { useDeskStore, type DeskKey } from '../stores/desk-store';
import { CallNextButton } from './CallNextButton';
import { CheckInForm } from './CheckInForm';
import { DeskNoticeRegion } from './DeskNoticeRegion';
import { useDeskHotkeys } from './use-desk-hotkeys';

type DeskActionsProps = {
  queueDesk: boolean;
  waiting: Ticket[];
  /** Where arrivals go while this desk is away; null while it is present. */
  standInName: string | null;
};

/** Calling, checking in and the desk's status messages: shown only to staff signed in here. */
export function DeskActions({ queueDesk, waiting, standInName }: DeskActionsProps) {
  const { t } = useTranslation();
  const busy = useDeskStore((s) => s.busy);
  const notice = useDeskStore((s) => s.notice);
  const callNext = useDeskStore((s) => s.callNext);
  const checkIn = useDeskStore((s) => s.checkIn);
  const pressKey = useDeskStore((s) => s.pressKey);
  const codeInput = useRef<HTMLInputElement>(null);
  const away = standInName !== null;

  const callNextNow = useCallback(() => {
    void callNext();
  }, [callNext]);
  const onKey = useCallback(
    (key: DeskKey) => {
      void pressKey(key);
    },
    [pressKey],
  );
  useDeskHotkeys(codeInput, onKey);

  return (
    <section className="panel action-panel" aria-label={t('desk.actions')}>
      <div className="action-panel__row">
        {queueDesk ? <CallNextButton waiting={waiting} busy={busy} away={away} onCall={callNextNow} /> : null}
        <div className="action-panel__check-in">
          <CheckInForm inputRef={codeInput} busy={busy} onCheckIn={checkIn} routedTo={standInName} />
          <DeskNoticeRegion notice={notice} />
        </div>
      </div>
    </section>
  );
}
