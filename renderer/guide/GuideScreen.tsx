import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { businessDay } from '../../shared/time/business-day';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useHubNow } from '../hooks/use-hub-now';
import { useLiveGuide } from '../hooks/use-live-guide';
import { useOfficeName } from '../hooks/use-office-name';
import { StaffAccount } from '../desk/StaffAccount';
import { deliveredRequests, openRequests } from '../stores/guide-board';
import { useGuideStore } from '../stores/guide-store';
import { useSessionStore } from '../stores/session-store';
import { LoadState } from '../ui/LoadState';
import { StaffSignIn } from '../ui/StaffSignIn';
import { TopBar } from '../ui/TopBar';
import { DeliveredList } from './DeliveredList';
import { GuideNoticeRegion } from './GuideNoticeRegion';
import { mayGuide } from './may-guide';
import { RequestList } from './RequestList';
import { useArrivalChime } from './use-arrival-chime';

/** The information desk (민원안내): escort and call-staff requests from the kiosks, with their clocks. */
export function GuideScreen() {
  const { t } = useTranslation();
  useLiveGuide();
  useArrivalChime();
  const office = useOfficeName();
  const data = useGuideStore((s) => s.data);
  const offset = useGuideStore((s) => s.offset);
  const loadError = useGuideStore((s) => s.loadError);
  const pendingId = useGuideStore((s) => s.pendingId);
  const notice = useGuideStore((s) => s.notice);
  const { load, accept, deliver } = useGuideStore.getState();
  const session = useSessionStore((s) => s.session);
  const signedIn = mayGuide(session);

  // Escort clocks show tenths of a second (shared/time/duration.ts), so they tick as often.
  const now = useHubNow(offset, 100);
  const day = businessDay(now);
  const lists = useMemo(
    () => (data ? { open: openRequests(data, day), delivered: deliveredRequests(data, day) } : null),
    [data, day],
  );
  const onAccept = useCallback((id: number) => void accept(id), [accept]);
  const onDeliver = useCallback((id: number) => void deliver(id), [deliver]);

  useDocumentTitle(
    lists && lists.open.length > 0 ? `(${lists.open.length}) ${t('guide.docTitle')}` : t('guide.docTitle'),
  );

  return (
    <div className="page page--guide">
      <TopBar office={office} account={<StaffAccount />} />
      <main className="page__main guide">
        <div className="guide__head">
          <div className="page-heading">
            <h1>{t('guide.title')}</h1>
            <p className="page-heading__lead">{t('guide.lead')}</p>
          </div>
          {signedIn && data ? <GuideNoticeRegion notice={notice} data={data} /> : null}
        </div>
        {data === null || lists === null ? (
          <LoadState error={loadError} onRetry={() => void load()} />
        ) : (
          <>
            {signedIn ? null : (
              <StaffSignIn
                heading={t('guide.signIn.heading')}
                lead={
                  session === null
                    ? t('guide.signIn.lead')
                    : t('guide.signIn.wrongRole', { name: session.staff.name })
                }
              />
            )}
            <div className="guide__grid">
              <RequestList
                requests={lists.open}
                data={data}
                now={now}
                readOnly={!signedIn}
                pendingId={pendingId}
                onAccept={onAccept}
                onDeliver={onDeliver}
              />
              <DeliveredList requests={lists.delivered} data={data} />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
