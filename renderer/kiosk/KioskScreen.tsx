import '../styles/kiosk-journey.css';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { officeStatus } from '../../shared/hours/office-hours';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useHubNow } from '../hooks/use-hub-now';
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
import { IdleGuard } from './IdleGuard';
import { KioskHome } from './KioskHome';
import { KioskTools } from './KioskTools';
import { stopSpeaking } from './speech';
import { TicketView } from './TicketView';
import { useKioskModes } from './use-kiosk-modes';
import { useOfferedLanguage } from './use-offered-language';
import { KioskVoice } from './voice/KioskVoice';

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
  const settings = useKioskSettings();
  const resetSettings = settings.reset;
  // Live from the hours rather than the snapshot's status, so the kiosk closes at closing time.
  const hubNow = useHubNow(offset, 1000);
  const status = office ? officeStatus(office.hours, hubNow) : null;
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

  return (
    <div className={`kiosk ${modes}`}>
      <div className="kiosk__body">
        <header className="kiosk-header">
          <p className="kiosk-header__brand">
            <BrandMark />
            <span>
              {office ? t('kiosk.office', { office: officeName(office, i18n.language) }) : t('app.name')}
            </span>
          </p>
          <LanguageToggle size="large" offered={offeredLanguages} />
        </header>
        <KioskTools />
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
          <ClosedNotice status={status} now={hubNow} />
        )}
        <footer className="kiosk-footer">
          <p>{t('kiosk.help')}</p>
        </footer>
      </div>
      <IdleGuard active={!untouched} onReset={finishVisit} />
    </div>
  );
}
