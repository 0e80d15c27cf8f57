import type { Desk, Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { deskName } from '../i18n/localized';
import { PriorityBadge } from '../ui/PriorityBadge';
import { useSecondLanguage } from './use-second-language';

/** The calls before the current one, newest first, for whoever looked away. */
export function RecentCalls({ calls, desks }: { calls: readonly Ticket[]; desks: readonly Desk[] }) {
  const { t, language, second, secondLanguage } = useSecondLanguage();
  return (
    <section className="recent" aria-labelledby="display-recent-heading">
      <h2 id="display-recent-heading" className="display-heading">
        {t('display.recent')}
        <span className="display-heading__second" lang={secondLanguage}>
          {second('display.recent')}
        </span>
      </h2>
      {calls.length === 0 ? (
        <p className="recent__empty">{t('display.recentEmpty')}</p>
      ) : (
        <ol className="recent__list">
          {calls.map((call) => {
            const desk = desks.find((d) => d.id === call.deskId);
            return (
              <li key={call.id} className="recent__row">
                <span className="recent__number">
                  {displayTicketNumber(call.number)}
                  {call.prioritized ? <PriorityBadge need={null} className="recent__priority" /> : null}
                </span>
                {desk ? (
                  <span className="recent__desk">
                    {deskName(desk, language)}
                    <span className="recent__desk-second" lang={secondLanguage}>
                      {deskName(desk, secondLanguage)}
                    </span>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
