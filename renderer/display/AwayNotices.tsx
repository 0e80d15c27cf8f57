import type { TFunction } from 'i18next';
import type { Desk, DeskAway } from '../../shared/contract/views';
import { deskName } from '../i18n/localized';
import { WarningIcon } from '../ui/icons';
import { directionParticle } from './korean-reading';
import { useSecondLanguage } from './use-second-language';

function awayText(t: TFunction, language: string, away: Desk, standIn: Desk): string {
  const names = { away: deskName(away, language), standIn: deskName(standIn, language) };
  // Korean says "to" with 로 or 으로 depending on the last sound of the desk's name.
  const euro = language === 'ko' && directionParticle(names.standIn) === '으로';
  return t(euro ? 'display.awayEuro' : 'display.away', names);
}

/** Desks whose official is away, and the stand-in desk (업무대행) their visitors should go to. */
export function AwayNotices({ away, desks }: { away: readonly DeskAway[]; desks: readonly Desk[] }) {
  const { t, language, second, secondLanguage } = useSecondLanguage();
  const notices = away.flatMap((a) => {
    const awayDesk = desks.find((d) => d.id === a.deskId);
    const standIn = desks.find((d) => d.id === a.standInDeskId);
    return awayDesk && standIn ? [{ deskId: a.deskId, awayDesk, standIn }] : [];
  });
  if (notices.length === 0) return null;
  return (
    <section className="away-notices" aria-label={t('display.awayHeading')}>
      <ul>
        {notices.map(({ deskId, awayDesk, standIn }) => (
          <li key={deskId} className="away-notice">
            <WarningIcon className="away-notice__icon" />
            <span>
              {awayText(t, language, awayDesk, standIn)}
              <span className="away-notice__second" lang={secondLanguage}>
                {awayText(second, secondLanguage, awayDesk, standIn)}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
