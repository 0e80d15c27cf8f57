import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../i18n';
import { errorMessage } from '../i18n/errors';
import { useKioskStore } from '../stores/kiosk-store';
import { ReasonPicker } from './ReasonPicker';

/** "Take me there": a guide walks the visitor to the desk on this ticket. */
export function TicketEscort() {
  const { t, i18n } = useTranslation();
  const escort = useKioskStore((s) => s.escort);
  const failure = useKioskStore((s) => s.escortFailure);
  const requestEscort = useKioskStore((s) => s.requestEscort);
  const [choosing, setChoosing] = useState(false);
  const [sending, setSending] = useState(false);

  if (escort) {
    return (
      <p className="ticket-escort__coming" role="status">
        {t('kiosk.escort.coming')}
      </p>
    );
  }
  if (!choosing) {
    return (
      <button
        type="button"
        className="button button--secondary button--large ticket-escort__open"
        onClick={() => {
          setChoosing(true);
        }}
      >
        {t('kiosk.escort.button')}
      </button>
    );
  }
  return (
    <section className="ticket-escort" aria-labelledby="escort-heading">
      <h2 id="escort-heading">{t('kiosk.escort.title')}</h2>
      <p>{t('kiosk.escort.lead')}</p>
      <ReasonPicker
        label={t('kiosk.escort.title')}
        disabled={sending}
        onPick={(reason) => {
          setSending(true);
          void requestEscort(reason, asUiLanguage(i18n.language)).finally(() => {
            setSending(false);
          });
        }}
      />
      {failure ? <p role="alert">{errorMessage(t, failure)}</p> : null}
    </section>
  );
}
