import { useTranslation } from 'react-i18next';
import { businessDay } from '../../shared/time/business-day';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useHubNow } from '../hooks/use-hub-now';
import { useLiveDisplay } from '../hooks/use-live-display';
import { useOfficeName } from '../hooks/use-office-name';
import { useDisplayStore } from '../stores/display-store';
import { BrandMark } from '../ui/BrandMark';
import { ConnectionStatus } from '../ui/ConnectionStatus';
import { LoadState } from '../ui/LoadState';
import { AwayNotices } from './AwayNotices';
import { CallLiveRegion } from './CallLiveRegion';
import { CurrentCall } from './CurrentCall';
import { DisplayClock } from './DisplayClock';
import { RecentCalls } from './RecentCalls';
import { SoundControl } from './SoundControl';
import { useCallAnnouncer } from './use-call-announcer';
import { useSecondLanguage } from './use-second-language';
import { WaitingByDepartment } from './WaitingByDepartment';

/** The previous calls shown beside the current one. */
const RECENT_SHOWN = 6;

/** The waiting room's wall screen: who is called, where to go, how many wait. Runs for days. */
export function DisplayScreen() {
  const { t } = useTranslation();
  const { second, secondLanguage } = useSecondLanguage();
  useLiveDisplay();
  const { soundOn, enableSound } = useCallAnnouncer();
  const office = useOfficeName();
  const board = useDisplayStore((s) => s.board);
  const offset = useDisplayStore((s) => s.offset);
  const loadError = useDisplayStore((s) => s.loadError);
  const load = useDisplayStore((s) => s.load);
  useDocumentTitle(t('display.docTitle'));

  // Until the new day's snapshot arrives, yesterday's calls must not look current.
  const today = businessDay(useHubNow(offset, 60_000));
  const calls = board?.calls.filter((call) => call.businessDay === today) ?? [];

  return (
    <div className="display">
      <header className="display__bar">
        <div className="display__brand">
          <BrandMark />
          <div>
            <p className="display__office">{office || t('app.name')}</p>
            <h1 className="display__title">
              {t('display.title')}
              <span lang={secondLanguage}>{second('display.title')}</span>
            </h1>
          </div>
        </div>
        <div className="display__tools">
          <ConnectionStatus />
          <SoundControl soundOn={soundOn} onEnable={enableSound} />
          <DisplayClock offset={offset} />
        </div>
      </header>
      {board === null ? (
        <main className="display__loading">
          <LoadState error={loadError} onRetry={() => void load()} />
        </main>
      ) : (
        <main className="display__main">
          <CallLiveRegion desks={board.desks} />
          <CurrentCall call={calls[0] ?? null} desks={board.desks} departments={board.departments} />
          <RecentCalls calls={calls.slice(1, 1 + RECENT_SHOWN)} desks={board.desks} />
          <div className="display__footer">
            <AwayNotices away={board.away} desks={board.desks} />
            <WaitingByDepartment departments={board.departments} />
          </div>
        </main>
      )}
    </div>
  );
}
