import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeTicketCode, TICKET_CODE_LENGTH } from '../../../shared/numbering/ticket-code';
import type { ApiErrorCode } from '../../api/http-client';
import { errorMessage } from '../../i18n/errors';
import { RatingFaces } from '../../rating/RatingFaces';
import { useKioskVoiceStore } from '../../stores/kiosk-voice-store';
import { useScreenSpeech } from '../use-screen-speech';
import { CodeEntry, shownTicketCode } from './CodeEntry';

/** The refusals a visitor can do something about, in their words; others get the general one. */
const rateRefusals = [
  'already_rated',
  'visit_not_served',
  'rating_closed',
  'ticket_code_unknown',
  'invalid_ticket_code',
] as const satisfies readonly ApiErrorCode[];
type RateRefusal = (typeof rateRefusals)[number];

const isRateRefusal = (code: ApiErrorCode): code is RateRefusal =>
  (rateRefusals as readonly ApiErrorCode[]).includes(code);

function useFocusedHeading(key: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}

/** 만족도 평가 at the kiosk: the ticket's code, then one tap on a face. */
export function RateFlow() {
  const { t } = useTranslation();
  const step = useKioskVoiceStore((s) => s.rateStep);
  const code = useKioskVoiceStore((s) => s.rateCode);
  const rated = useKioskVoiceStore((s) => s.rated);
  const pending = useKioskVoiceStore((s) => s.pending);
  const failure = useKioskVoiceStore((s) => s.failure);
  const { setRateCode, showFaces, enterCodeAgain, rate, reset, open } = useKioskVoiceStore.getState();
  const heading = useFocusedHeading(step);
  const codeWrong = code.length === TICKET_CODE_LENGTH && normalizeTicketCode(code) === null;
  const title =
    step === 'code'
      ? t('rating.kiosk.codeTitle')
      : step === 'faces'
        ? t('rating.kiosk.facesTitle')
        : t('rating.thanks');
  const lead =
    step === 'code'
      ? t('rating.kiosk.codeLead')
      : step === 'faces'
        ? t('rating.kiosk.facesLead')
        : t('rating.thanksLead');
  useScreenSpeech(`${title} ${lead}`);

  return (
    <section className="voice-step voice-rate" aria-labelledby="voice-rate-title">
      <div className="kiosk-intro">
        <h1 id="voice-rate-title" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        <p>{lead}</p>
      </div>
      {step === 'code' ? (
        <CodeEntry
          label={t('rating.kiosk.code')}
          value={code}
          length={TICKET_CODE_LENGTH}
          shown={shownTicketCode}
          onChange={setRateCode}
        />
      ) : step === 'faces' ? (
        <RatingFaces onRate={(score) => void rate(score)} disabled={pending} chosen={rated} />
      ) : rated !== null && rated <= 2 ? (
        <div className="voice-rate__follow">
          <p>{t('rating.lowScore')}</p>
          <button
            type="button"
            className="button button--secondary button--xl"
            onClick={() => {
              open('report', code);
            }}
          >
            {t('rating.report')}
          </button>
        </div>
      ) : null}
      {step === 'code' && codeWrong ? (
        <p className="kiosk-error voice-error" role="alert">
          {t('rating.refusals.invalid_ticket_code')}
        </p>
      ) : null}
      {failure === null ? null : (
        <p className="kiosk-error voice-error" role="alert">
          {isRateRefusal(failure) ? t(`rating.refusals.${failure}`) : errorMessage(t, failure)}
        </p>
      )}
      <div className="voice-step__nav">
        <button type="button" className="button button--quiet button--xl" onClick={reset}>
          {step === 'thanks' ? t('rating.home') : t('cases.kiosk.cancel')}
        </button>
        {step === 'faces' ? (
          <button type="button" className="button button--secondary button--xl" onClick={enterCodeAgain}>
            {t('rating.kiosk.otherCode')}
          </button>
        ) : null}
        {step === 'code' ? (
          <button
            type="button"
            className="button button--primary button--xl"
            disabled={code.length !== TICKET_CODE_LENGTH || codeWrong}
            onClick={showFaces}
          >
            {t('rating.kiosk.next')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
