import { useTranslation } from 'react-i18next';
import type { OfficeStatus } from '../../shared/hours/office-hours';
import { ClockIcon } from '../ui/icons';
import { withRoParticle } from './holiday-name';
import { openingDay } from './opening-time';
import { useScreenSpeech } from './use-screen-speech';

type Closed = Extract<OfficeStatus, { open: false }>;

function formatDate(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** Outside office hours no ticket is offered: a ticket no desk will serve only wastes a visit. */
export function ClosedNotice({
  status,
  now,
  holidayName,
}: {
  status: Closed;
  now: number;
  /** Today's holiday as the manager named it (in Korean), said so visitors know why. */
  holidayName: string | null;
}) {
  const { t, i18n } = useTranslation();
  const title =
    status.reason !== 'holiday'
      ? t('kiosk.closed.title')
      : holidayName === null
        ? t('kiosk.closed.holiday')
        : t('kioskHoliday.named', {
            // Korean joins the name with the particle (으)로, which depends on its last syllable.
            name: i18n.language === 'ko' ? withRoParticle(holidayName) : holidayName,
          });
  let opens = t('kiosk.closed.noOpening');
  if (status.opensAt !== null) {
    const { day, time, date } = openingDay(status.opensAt, now);
    opens =
      day === 'today'
        ? t('kiosk.closed.opensToday', { time })
        : day === 'tomorrow'
          ? t('kiosk.closed.opensTomorrow', { time })
          : t('kiosk.closed.opensLater', { time, date: formatDate(date, i18n.language) });
  }
  useScreenSpeech(`${title} ${opens} ${t('kiosk.closed.hint')}`);
  return (
    // Focusable, so a keyboard can scroll it where large text makes the notice taller than the screen.
    <main className="kiosk__main" tabIndex={0}>
      <section className="kiosk-closed" aria-labelledby="kiosk-closed-heading">
        <ClockIcon className="kiosk-closed__icon" />
        <h1 id="kiosk-closed-heading">{title}</h1>
        <p className="kiosk-closed__opens">{opens}</p>
        <p>{t('kiosk.closed.hint')}</p>
      </section>
    </main>
  );
}
