import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../i18n';
import { useKioskSettings } from '../stores/kiosk-settings-store';
import { AlertIcon } from '../ui/icons';
import { CallStaffDialog } from './CallStaffDialog';
import { speak } from './speech';

/**
 * The roll printer failed: said on screen and aloud, with a way to call staff. The ticket stays
 * on screen and remains valid. It is spoken even with the voice guide off, since a visitor
 * waiting at the paper slot is not looking at the screen.
 */
export function PrintFailure({ reason }: { reason: string }) {
  const { t, i18n } = useTranslation();
  const [helpOpen, setHelpOpen] = useState(false);
  const remember = useKioskSettings((s) => s.remember);
  const language = asUiLanguage(i18n.language);
  const message = `${t('kiosk.print.failedTitle')}. ${t('kiosk.print.failedLead')}`;
  useEffect(() => {
    remember(message);
    speak(message, language);
  }, [message, language, remember]);
  return (
    <>
      <div className="kiosk-error" role="alert">
        <AlertIcon className="kiosk-error__icon" />
        <div className="kiosk-error__body">
          <p className="kiosk-error__title">{t('kiosk.print.failedTitle')}</p>
          <p>{t('kiosk.print.failedLead')}</p>
          <p className="kiosk-error__detail">{t('kiosk.print.failedDetail', { reason })}</p>
        </div>
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => {
            setHelpOpen(true);
          }}
        >
          {t('kiosk.print.callStaff')}
        </button>
      </div>
      {helpOpen ? (
        <CallStaffDialog
          onClose={() => {
            setHelpOpen(false);
          }}
        />
      ) : null}
    </>
  );
}
