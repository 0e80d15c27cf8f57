import type { Department, Desk, Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { departmentLocation, deskName } from '../i18n/localized';
import { ArrowIcon, PinIcon } from '../ui/icons';
import { PriorityBadge } from '../ui/PriorityBadge';
import { useSecondLanguage } from './use-second-language';

type CurrentCallProps = { call: Ticket | null; desks: readonly Desk[]; departments: readonly Department[] };

/** The number being called, as large as the wall allows, and where that visitor goes. */
export function CurrentCall({ call, desks, departments }: CurrentCallProps) {
  const { t, language, second, secondLanguage } = useSecondLanguage();
  const heading = (
    <h2 id="display-now-heading" className="now__label">
      {t('display.nowCalling')}
      <span className="now__label-second" lang={secondLanguage}>
        {second('display.nowCalling')}
      </span>
    </h2>
  );
  if (call === null) {
    return (
      <section className="now now--idle" aria-labelledby="display-now-heading">
        {heading}
        <p className="now__idle-title">{t('display.idleTitle')}</p>
        <p className="now__idle">{t('display.idle')}</p>
        <p className="now__idle now__idle--second" lang={secondLanguage}>
          {second('display.idle')}
        </p>
      </section>
    );
  }
  const desk = desks.find((d) => d.id === call.deskId) ?? null;
  const department = departments.find((d) => d.id === call.departmentId) ?? null;
  const standInFor = desks.find((d) => d.id === call.routedFromDeskId) ?? null;
  return (
    // A new key for every call, so the highlight plays again even when the same number is recalled.
    <section
      key={`${call.id}:${call.lastCalledAt ?? 0}`}
      className="now now--fresh"
      aria-labelledby="display-now-heading"
    >
      {heading}
      <p className="now__number">{displayTicketNumber(call.number)}</p>
      {call.prioritized ? <PriorityBadge need={null} className="now__priority" /> : null}
      {desk === null ? null : (
        <div className="now__where">
          <p className="now__desk">
            <ArrowIcon className="now__arrow" />
            {deskName(desk, language)}
          </p>
          <p className="now__desk-second" lang={secondLanguage}>
            {deskName(desk, secondLanguage)}
          </p>
          {department === null ? null : (
            <p className="now__location">
              <PinIcon />
              {department.floor} · {departmentLocation(department, language)}
            </p>
          )}
          {standInFor === null ? null : (
            <p className="now__stand-in">
              {t('display.standIn', { desk: deskName(standInFor, language) })}
              <span lang={secondLanguage}>
                {second('display.standIn', { desk: deskName(standInFor, secondLanguage) })}
              </span>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
