import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { businessDay } from '../../shared/time/business-day';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useHubNow } from '../hooks/use-hub-now';
import { useLiveDesk } from '../hooks/use-live-desk';
import { deskName, officeName } from '../i18n/localized';
import { useDeskStore } from '../stores/desk-store';
import { arrivedTickets, finishedOn, waitingTickets } from '../stores/desk-tickets';
import { mayWorkAt, useSessionStore } from '../stores/session-store';
import { BackIcon } from '../ui/icons';
import { LoadState } from '../ui/LoadState';
import { TopBar } from '../ui/TopBar';
import { ArrivalList } from './ArrivalList';
import { DeskActions } from './DeskActions';
import { DeskHeader } from './DeskHeader';
import { DeskSignIn } from './DeskSignIn';
import { FinishedList } from './FinishedList';
import { StaffAccount } from './StaffAccount';
import { WaitingList } from './WaitingList';

function parseDeskId(param: string | undefined): number | null {
  return param !== undefined && /^[1-9]\d{0,8}$/.test(param) ? Number(param) : null;
}

export function DeskScreen() {
  const deskId = parseDeskId(useParams().deskId);
  if (deskId === null) return <DeskMissing />;
  return <DeskWorkspace key={deskId} deskId={deskId} />;
}

function DeskMissing() {
  const { t } = useTranslation();
  useDocumentTitle(t('desk.notFound'));
  return (
    <div className="page">
      <TopBar office="" live={false} />
      <main className="page__main">
        <div className="load-state load-state--error" role="alert">
          <p className="load-state__title">{t('desk.notFound')}</p>
          <Link className="button button--secondary" to="/desk">
            {t('desk.backToList')}
          </Link>
        </div>
      </main>
    </div>
  );
}

function DeskWorkspace({ deskId }: { deskId: number }) {
  const { t, i18n } = useTranslation();
  useLiveDesk(deskId);
  const desk = useDeskStore((s) => s.desk);
  const department = useDeskStore((s) => s.department);
  const charter = useDeskStore((s) => s.charter);
  const tickets = useDeskStore((s) => s.tickets);
  const offset = useDeskStore((s) => s.offset);
  const busy = useDeskStore((s) => s.busy);
  const loadError = useDeskStore((s) => s.loadError);
  const { load, acknowledge, finishService, markNoShow } = useDeskStore.getState();
  const signedIn = mayWorkAt(
    useSessionStore((s) => s.session),
    deskId,
  );

  // The day changes rarely; the minute tick is enough to roll "today" over at midnight.
  const day = businessDay(useHubNow(offset, 60_000));
  const lists = useMemo(
    () =>
      desk === null
        ? null
        : {
            waiting: waitingTickets(tickets, desk, day),
            arrivals: arrivedTickets(tickets, desk),
            finished: finishedOn(tickets, desk, day),
          },
    [desk, tickets, day],
  );
  const firstArrived = lists?.arrivals.find((ticket) => ticket.status === 'arrived') ?? null;

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
            <DeskHeader desk={desk} department={department} charter={charter} />
            <div className="desk__grid">
              <div className="desk__primary">
                {signedIn ? (
                  <DeskActions
                    queueDesk={desk.mode === 'queue'}
                    waiting={lists.waiting}
                    firstArrived={firstArrived}
                  />
                ) : (
                  <DeskSignIn deskId={deskId} />
                )}
                <ArrivalList
                  arrivals={lists.arrivals}
                  mode={desk.mode}
                  offset={offset}
                  busy={busy}
                  readOnly={!signedIn}
                  hotkeyTargetId={firstArrived?.id ?? null}
                  onAcknowledge={(id) => void acknowledge(id)}
                  onServe={(id) => void finishService(id)}
                  onNoShow={(id) => void markNoShow(id)}
                />
              </div>
              <div className="desk__side">
                <WaitingList waiting={lists.waiting} offset={offset} />
                <FinishedList finished={lists.finished} />
              </div>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
