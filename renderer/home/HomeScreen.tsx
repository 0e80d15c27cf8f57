import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useLiveOffice } from '../hooks/use-live-office';
import { officeName, targetText } from '../i18n/localized';
import { useFirstRunStore } from '../stores/first-run-store';
import { useOfficeStore } from '../stores/office-store';
import { ArrowIcon, DeskIcon, PeopleIcon } from '../ui/icons';
import { TopBar } from '../ui/TopBar';
import { LoadState } from '../ui/LoadState';

/** A calm index of the screens, for whoever sets up a PC in the office. */
export function HomeScreen() {
  const { t, i18n } = useTranslation();
  useLiveOffice();
  const office = useOfficeStore((s) => s.office);
  const loadError = useOfficeStore((s) => s.loadError);
  const load = useOfficeStore((s) => s.load);
  const needsFirstManager = useFirstRunStore((s) => s.needsFirstManager);
  const checkFirstRun = useFirstRunStore((s) => s.check);
  useEffect(() => {
    void checkFirstRun();
  }, [checkFirstRun]);
  useDocumentTitle(t('app.name'));

  const charter = office?.charter ?? null;
  const office_ = office ? officeName(office, i18n.language) : '';
  const waitingTotal = office?.departments.reduce((sum, d) => sum + d.waiting, 0) ?? 0;

  return (
    <div className="page">
      <TopBar office={office_} />
      <main className="page__main home">
        <div className="page-heading">
          <h1>{t('home.title')}</h1>
          <p className="page-heading__lead">{t('home.lead')}</p>
          {office ? (
            <p className="charter-line">
              {charter === null
                ? t('home.noCharter')
                : charter.attendTargetMs === null
                  ? t('home.charterNoTarget', { office: office_ })
                  : t('home.charter', { office: office_, target: targetText(t, charter.attendTargetMs) })}
            </p>
          ) : null}
        </div>

        <div className="home__cards">
          <section className="home-card" aria-labelledby="home-kiosk">
            <h2 id="home-kiosk">{t('home.kioskTitle')}</h2>
            <p>{t('home.kioskBody')}</p>
            {office ? (
              <p className="home-card__stat">
                <PeopleIcon />
                {t('home.waitingTotal', { count: waitingTotal })}
              </p>
            ) : null}
            <Link className="button button--primary home-card__action" to="/kiosk">
              {t('home.openKiosk')}
              <ArrowIcon />
            </Link>
          </section>
          <section className="home-card" aria-labelledby="home-desks">
            <h2 id="home-desks">{t('home.deskTitle')}</h2>
            <p>{t('home.deskBody')}</p>
            {office ? (
              <p className="home-card__stat">
                <DeskIcon />
                {t('desk.deskCount', { count: office.desks.length })}
              </p>
            ) : null}
            <Link className="button button--secondary home-card__action" to="/desk">
              {t('home.openDesks')}
              <ArrowIcon />
            </Link>
          </section>
          <section className="home-card" aria-labelledby="home-guide">
            <h2 id="home-guide">{t('guide.homeTitle')}</h2>
            <p>{t('guide.homeBody')}</p>
            <Link className="button button--secondary home-card__action" to="/guide">
              {t('guide.open')}
              <ArrowIcon />
            </Link>
          </section>
          <section className="home-card" aria-labelledby="home-display">
            <h2 id="home-display">{t('display.homeTitle')}</h2>
            <p>{t('display.homeBody')}</p>
            <Link className="button button--secondary home-card__action" to="/display">
              {t('display.open')}
              <ArrowIcon />
            </Link>
          </section>
          <section className="home-card" aria-labelledby="home-manager">
            <h2 id="home-manager">{t('manager.homeTitle')}</h2>
            <p>{needsFirstManager ? t('manager.firstRun.homeBody') : t('manager.homeBody')}</p>
            <Link
              className={`button ${needsFirstManager ? 'button--primary' : 'button--secondary'} home-card__action`}
              to="/manager"
            >
              {needsFirstManager ? t('manager.firstRun.homeOpen') : t('manager.open')}
              <ArrowIcon />
            </Link>
          </section>
        </div>

        {office ? null : <LoadState error={loadError} onRetry={() => void load()} />}
      </main>
    </div>
  );
}
