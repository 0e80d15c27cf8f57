import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Ticket } from '../../shared/contract/views';
import { businessDay } from '../../shared/time/business-day';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useHubNow } from '../hooks/use-hub-now';
import { useLiveDesk } from '../hooks/use-live-desk';
import { deskName, officeName } from '../i18n/localized';
import { useDeskStore } from '../stores/desk-store';
import { arrivedTickets, finishedOn, waitingTickets } from '../stores/desk-tickets';
import { mayWorkAt, useSessionStore } from '../stores/session-store';
import { AwayIcon, BackIcon, NoteIcon } from '../ui/icons';
import { LoadState } from '../ui/LoadState';
import { TopBar } from '../ui/TopBar';
import { ArrivalList } from './ArrivalList';
import { AwayBanner } from './AwayBanner';
import { AwayDialog } from './AwayDialog';
import { CaseIntakeDialog } from './CaseIntakeDialog';
import { DeskActions } from './DeskActions';
import { DeskFiguresStrip } from './DeskFiguresStrip';
import { DeskHeader } from './DeskHeader';
import { DeskMissing } from './DeskMissing';
import { StaffSignIn } from '../ui/StaffSignIn';
import { FinishedList } from './FinishedList';
import { StaffAccount } from './StaffAccount';
import { StandInNotice } from './StandInNotice';
import { TransferDialog } from './TransferDialog';
import { useDeskDirectory } from './use-desk-directory';
import { WaitingList } from './WaitingList';

/** One desk's screen: its arrivals with their clocks, its queue, its day, and its away state. */
export function DeskWorkspace({ deskId }: { deskId: number }) {
  const { t, i18n } = useTranslation();
  useLiveDesk(deskId);
  const desk = useDeskStore((s) => s.desk);
  const department = useDeskStore((s) => s.department);
  const charter = useDeskStore((s) => s.charter);
  const tickets = useDeskStore((s) => s.tickets);
  const departmentCalls = useDeskStore((s) => s.departmentCalls);
  const figures = useDeskStore((s) => s.figures);
  const awayDesks = useDeskStore((s) => s.awayDesks);
  const offset = useDeskStore((s) => s.offset);
  const busy = useDeskStore((s) => s.busy);
  const loadError = useDeskStore((s) => s.loadError);
  const { load, returnToDesk } = useDeskStore.getState();
  const directory = useDeskDirectory();
  const signedIn = mayWorkAt(
    useSessionStore((s) => s.session),
    deskId,
  );
  const [transferring, setTransferring] = useState<Ticket | null>(null);
  const [settingAway, setSettingAway] = useState(false);
  const [takingCase, setTakingCase] = useState(false);

  // The day changes rarely; the minute tick is enough to roll "today" over at midnight.
  const day = businessDay(useHubNow(offset, 60_000));
  const lists = useMemo(
    () =>
      desk === null || department === null
        ? null
        : {
            waiting: waitingTickets(tickets, desk, day, department, departmentCalls),
            arrivals: arrivedTickets(tickets, desk),
            finished: finishedOn(tickets, desk, day),
          },
    [desk, department, tickets, departmentCalls, day],
  );
  const firstArrived = lists?.arrivals.find((ticket) => ticket.status === 'arrived') ?? null;
  const away = awayDesks.find((a) => a.deskId === deskId) ?? null;
  const servingFor = awayDesks.filter((a) => a.standInDeskId === deskId);

  useDocumentTitle(desk ? deskName(desk, i18n.language) : t('desk.listDocTitle'));

  if (loadError === 'desk_not_found') return <DeskMissing />;

  return (
    <div className="page page--desk">
      <TopBar
        office={
          charter ? officeName({ nameKo: charter.officeKo, nameEn: charter.officeEn }, i18n.language) : ''
        }
        account={<StaffAccount />}
      >
        <Link to="/desk" className="top-bar__link">
          <BackIcon />
          {t('desk.backToList')}
        </Link>
      </TopBar>
      <main className="page__main desk">
        {desk === null || department === null || lists === null ? (
          <LoadState error={loadError} onRetry={() => void load(deskId)} />
        ) : (
          <>
            <DeskHeader desk={desk} department={department} charter={charter}>
              {signedIn && away === null ? (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    setSettingAway(true);
                  }}
                >
                  <AwayIcon />
                  {t('deskWork.away.open')}
                </button>
              ) : null}
              {signedIn ? (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    setTakingCase(true);
                  }}
                >
                  <NoteIcon />
                  {t('cases.desk.open')}
                </button>
              ) : null}
            </DeskHeader>
            {away ? (
              <AwayBanner away={away} readOnly={!signedIn} busy={busy} onReturn={() => void returnToDesk()} />
            ) : null}
            <StandInNotice servingFor={servingFor} />
            <DeskFiguresStrip figures={figures} />
            <div className="desk__grid">
              <div className="desk__primary">
                {signedIn ? (
                  <DeskActions
                    queueDesk={desk.mode === 'queue'}
                    waiting={lists.waiting}
                    firstArrived={firstArrived}
                    standInName={away ? directory.deskName(away.standInDeskId) : null}
                  />
                ) : (
                  <StaffSignIn
                    heading={t('desk.signIn.heading')}
                    lead={t('desk.signIn.lead')}
                    deskId={deskId}
                  />
                )}
                <ArrivalList
                  arrivals={lists.arrivals}
                  mode={desk.mode}
                  offset={offset}
                  readOnly={!signedIn}
                  hotkeyTargetId={firstArrived?.id ?? null}
                  onTransfer={setTransferring}
                />
              </div>
              <div className="desk__side">
                <WaitingList
                  waiting={lists.waiting}
                  offset={offset}
                  readOnly={!signedIn}
                  away={away !== null}
                />
                <FinishedList finished={lists.finished} />
              </div>
            </div>
            {transferring ? (
              <TransferDialog
                ticket={transferring}
                onClose={() => {
                  setTransferring(null);
                }}
              />
            ) : null}
            {takingCase ? (
              <CaseIntakeDialog
                onClose={() => {
                  setTakingCase(false);
                }}
              />
            ) : null}
            {settingAway ? (
              <AwayDialog
                desk={desk}
                onClose={() => {
                  setSettingAway(false);
                }}
              />
            ) : null}
          </>
        )}
      </main>
    </div>
  );
}
