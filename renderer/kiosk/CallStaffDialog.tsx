import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscortReason } from '../../shared/contract/views';
import { sendCommand } from '../api/http-client';
import { asUiLanguage } from '../i18n';
import { ReasonPicker } from './ReasonPicker';
import { useScreenSpeech } from './use-screen-speech';

type Progress = 'choosing' | 'sending' | 'sent' | 'failed';

/** Calls a guide to the kiosk from any screen; a ticket is not needed for help. */
export function CallStaffDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [progress, setProgress] = useState<Progress>('choosing');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useScreenSpeech(
    progress === 'sent'
      ? t('kiosk.callStaff.sent')
      : `${t('kiosk.callStaff.title')} ${t('kiosk.callStaff.lead')}`,
  );

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const call = async (reason: EscortReason): Promise<void> => {
    setProgress('sending');
    try {
      await sendCommand('requestEscort', {
        kind: 'callStaff',
        reason,
        language: asUiLanguage(i18n.language),
      });
      setProgress('sent');
    } catch {
      setProgress('failed');
    }
  };

  return (
    <section className="kiosk-dialog" role="dialog" aria-modal="false" aria-labelledby="call-staff-heading">
      <h2 id="call-staff-heading" tabIndex={-1} ref={headingRef}>
        {t('kiosk.callStaff.title')}
      </h2>
      {progress === 'sent' ? (
        <p className="kiosk-dialog__done" role="status">
          {t('kiosk.callStaff.sent')}
        </p>
      ) : (
        <>
          <p>{t('kiosk.callStaff.lead')}</p>
          <ReasonPicker
            label={t('kiosk.callStaff.title')}
            disabled={progress === 'sending'}
            onPick={(reason) => void call(reason)}
          />
          {progress === 'failed' ? <p role="alert">{t('kiosk.callStaff.failed')}</p> : null}
        </>
      )}
      <button type="button" className="button button--primary button--large" onClick={onClose}>
        {t('kiosk.callStaff.close')}
      </button>
    </section>
  );
}
