import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useHubNow } from '../hooks/use-hub-now';
import { useHubStream } from '../hooks/use-hub-stream';
import { useLiveOffice } from '../hooks/use-live-office';
import { asUiLanguage, defaultLanguage } from '../i18n';
import { errorMessage } from '../i18n/errors';
import { deskName } from '../i18n/localized';
import { useOfficeStore } from '../stores/office-store';
import { useRatingTabletStore } from '../stores/rating-tablet-store';
import { BrandMark } from '../ui/BrandMark';
import { LoadState } from '../ui/LoadState';
import { RatingFaces } from './RatingFaces';

/** The faces stay this long after the visit unless the desk calls the next number first. */
export const TABLET_PROMPT_MS = 2 * 60 * 1000;
/** The thanks stay this long, then the tablet waits for the next visit. */
export const TABLET_THANKS_MS = 8 * 1000;

function parseDeskId(param: string | undefined): number | null {
  const id = Number(param);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** `/rate/:deskId`: a tablet facing the visitor, for one tap after the visit. Never in the way. */
export function RatingTabletScreen() {
  const { t, i18n } = useTranslation();
  const deskId = parseDeskId(useParams().deskId);
  useLiveOffice();
  const office = useOfficeStore((s) => s.office);
  const offset = useOfficeStore((s) => s.offset);
  const loadError = useOfficeStore((s) => s.loadError);
  const load = useOfficeStore((s) => s.load);
  const snapshotSeq = useOfficeStore((s) => s.snapshotSeq);
  const { watch, onEvent, rate, dismiss } = useRatingTabletStore.getState();
  const prompt = useRatingTabletStore((s) => s.prompt);
  const chosen = useRatingTabletStore((s) => s.chosen);
  const pending = useRatingTabletStore((s) => s.pending);
  const thankedAt = useRatingTabletStore((s) => s.thankedAt);
  const failure = useRatingTabletStore((s) => s.failure);
  const now = useHubNow(offset, 1000);
  useHubStream(snapshotSeq, onEvent);
  useDocumentTitle(t('rating.tablet.docTitle'));

  useEffect(() => {
    if (deskId !== null) watch(deskId);
  }, [deskId, watch]);

  // The faces speak the visitor's language; between visitors the tablet is Korean again.
  const language = prompt === null ? defaultLanguage : asUiLanguage(prompt.language);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);

  // `now` is the hub's time; the thanks are timed on this PC's own clock (now − offset).
  const expired =
    prompt !== null &&
    (thankedAt === null
      ? now - prompt.finishedAt > TABLET_PROMPT_MS
      : now - offset - thankedAt > TABLET_THANKS_MS);
  useEffect(() => {
    if (expired) dismiss();
  }, [expired, dismiss]);

  const desk = office?.desks.find((d) => d.id === deskId) ?? null;
  return (
    <div className="rating-tablet">
      <header className="rating-tablet__bar">
        <BrandMark />
        <span>{desk ? deskName(desk, i18n.language) : t('app.name')}</span>
      </header>
      <main className="rating-tablet__main">
        {office === null ? (
          <LoadState error={loadError} onRetry={() => void load()} />
        ) : desk === null ? (
          <p className="rating-tablet__idle">{t('rating.tablet.noDesk')}</p>
        ) : prompt === null ? (
          <div className="rating-tablet__idle">
            <h1>{t('rating.tablet.idleTitle')}</h1>
            <p>{t('rating.tablet.idleLead')}</p>
          </div>
        ) : thankedAt !== null ? (
          <div className="rating-tablet__thanks" role="status">
            <h1>{t('rating.thanks')}</h1>
            <p>{t('rating.thanksLead')}</p>
          </div>
        ) : (
          <div className="rating-tablet__ask">
            <h1>{t('rating.tablet.prompt')}</h1>
            <p>{t('rating.tablet.promptLead')}</p>
            <RatingFaces onRate={(score) => void rate(score)} disabled={pending} chosen={chosen} />
            {failure === null ? null : (
              <p className="notice notice--error" role="alert">
                {errorMessage(t, failure)}
              </p>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
