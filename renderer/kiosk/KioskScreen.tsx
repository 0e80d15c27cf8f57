import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useLiveOffice } from '../hooks/use-live-office';
import { defaultLanguage } from '../i18n';
import { officeName } from '../i18n/localized';
import { useKioskStore } from '../stores/kiosk-store';
import { useOfficeStore } from '../stores/office-store';
import { BrandMark } from '../ui/BrandMark';
import { LanguageToggle } from '../ui/LanguageToggle';
import { LoadState } from '../ui/LoadState';
import { DepartmentChooser } from './DepartmentChooser';
import { TicketView } from './TicketView';

export function KioskScreen() {
  const { t, i18n } = useTranslation();
  useLiveOffice();
  const office = useOfficeStore((s) => s.office);
  const loadError = useOfficeStore((s) => s.loadError);
  const load = useOfficeStore((s) => s.load);
  const issued = useKioskStore((s) => s.issued);
  const reset = useKioskStore((s) => s.reset);
  useDocumentTitle(issued ? t('kiosk.ticket.docTitle') : t('kiosk.docTitle'));

  // The next visitor starts from the defaults, whatever the last one chose.
  const finishVisit = (): void => {
    reset();
    void i18n.changeLanguage(defaultLanguage);
  };

  return (
    <div className="kiosk">
      <header className="kiosk-header">
        <p className="kiosk-header__brand">
          <BrandMark />
          <span>
            {office ? t('kiosk.office', { office: officeName(office, i18n.language) }) : t('app.name')}
          </span>
        </p>
        <LanguageToggle size="large" />
      </header>
      {office === null ? (
        <main className="kiosk__main">
          <LoadState error={loadError} onRetry={() => void load()} />
        </main>
      ) : issued ? (
        <TicketView office={office} issued={issued} onDone={finishVisit} />
      ) : (
        <DepartmentChooser office={office} />
      )}
      <footer className="kiosk-footer">
        <p>{t('kiosk.help')}</p>
      </footer>
    </div>
  );
}
