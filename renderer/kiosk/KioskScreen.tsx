import '../styles/kiosk-journey.css';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { businessDay } from '../../shared/time/business-day';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useLiveOffice } from '../hooks/use-live-office';
import { defaultLanguage, uiLanguages } from '../i18n';
import { officeName } from '../i18n/localized';
import { useKioskSettings } from '../stores/kiosk-settings-store';
import { useKioskStore } from '../stores/kiosk-store';
import { useKioskVoiceStore } from '../stores/kiosk-voice-store';
import { useOfficeStore } from '../stores/office-store';
import { BrandMark } from '../ui/BrandMark';
import { LanguageToggle } from '../ui/LanguageToggle';
import { LoadState } from '../ui/LoadState';
import { ClosedNotice } from './ClosedNotice';
import { IdleWarning } from './IdleWarning';
import { KioskHome } from './KioskHome';
import { KioskTools } from './KioskTools';
import { stopSpeaking } from './speech';
import { TicketView } from './TicketView';
import { useIdleReset } from './use-idle-reset';
import { useKioskModes } from './use-kiosk-modes';
import { useOfferedLanguage } from './use-offered-language';
import { KioskVoice } from './voice/KioskVoice';
import { useOfficeStatus } from './use-office-status';

export function KioskScreen() {
  const { t, i18n } = useTranslation();
  useLiveOffice();
  useKioskModes();
  const office = useOfficeStore((s) => s.office);
  const offset = useOfficeStore((s) => s.offset);
  const loadError = useOfficeStore((s) => s.loadError);
  const load = useOfficeStore((s) => s.load);
  const issued = useKioskStore((s) => s.issued);
  const view = useKioskStore((s) => s.view);
  const resetVisit = useKioskStore((s) => s.reset);
  const voiceFlow = useKioskVoiceStore((s) => s.flow);
  const resetVoice = useKioskVoiceStore((s) => s.reset);
  const visit = useKioskStore((s) => s.visit);
  const settings = useKioskSettings();
  const resetSettings = settings.reset;
  // Live from the hours rather than the snapshot's status, so the kiosk closes at closing time.
  const { status, hubNow } = useOfficeStatus(office, offset);
  const offeredLanguages = office?.kioskLanguages ?? uiLanguages;
  useOfferedLanguage(offeredLanguages);
  useDocumentTitle(issued ? t('kiosk.ticket.docTitle') : t('kiosk.docTitle'));

  // The next visitor starts from the defaults, whatever the last one chose.
  const finishVisit = useCallback((): void => {
    stopSpeaking();
    resetVisit();
    resetVoice();
    resetSettings();
    void i18n.changeLanguage(defaultLanguage);
  }, [i18n, resetVisit, resetVoice, resetSettings]);

  const modes = [
    settings.highContrast ? 'kiosk--contrast' : '',
    settings.largeText ? 'kiosk--large' : '',
    settings.lowScreen ? 'kiosk--low' : '',
  ].join(' ');
  const untouched =
    issued === null &&
    voiceFlow === null &&
    view === 'departments' &&
    i18n.language === defaultLanguage &&
    !settings.highContrast &&
    !settings.largeText &&
    !settings.lowScreen &&
    !settings.speech;
  const idle = useIdleReset(!untouched, finishVisit);

  return (
    <div className={`kiosk ${modes}`}>
      {settings.lowScreen ? <p className="kiosk-low-note">{t('kiosk.a11y.lowNote')}</p> : null}
      <div className="kiosk__body" key={visit} inert={idle.secondsLeft !== null}>
        <header className="kiosk-header">
          <p className="kiosk-header__brand">
            <BrandMark />
            <span>
              {office ? t('kiosk.office', { office: officeName(office, i18n.language) }) : t('app.name')}
            </span>
          </p>
          <LanguageToggle size="large" offered={offeredLanguages} />
        </header>
        {office === null || status === null ? (
          <main className="kiosk__main">
            <LoadState error={loadError} onRetry={() => void load()} />
          </main>
        ) : voiceFlow !== null ? (
          <KioskVoice office={office} />
        ) : issued ? (
          <TicketView office={office} issued={issued} onDone={finishVisit} />
        ) : status.open ? (
          <KioskHome office={office} />
        ) : (
          <ClosedNotice
            status={status}
            now={hubNow}
            holidayName={office.holidays.find((h) => h.day === businessDay(hubNow))?.nameKo ?? null}
          />
        )}
        {/* Help and the accessibility settings sit at the foot of every screen, where a seated visitor reaches. */}
        <footer className="kiosk-footer">
          <KioskTools help={t('kiosk.help')} />
        </footer>
      </div>
      {idle.secondsLeft !== null ? <IdleWarning seconds={idle.secondsLeft} onMore={idle.extend} /> : null}
    </div>
  );
}
