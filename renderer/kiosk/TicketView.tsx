import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../shared/contract/commands';
import type { Office } from '../../shared/contract/views';
import { formatTicketCode } from '../../shared/numbering/ticket-code';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { departmentLocation, departmentNames } from '../i18n/localized';
import { formatTimeOfDay } from '../time/hub-time';
import { CheckIcon, PeopleIcon } from '../ui/icons';

type TicketViewProps = {
  office: Office;
  issued: CommandResult<'issueTicket'>;
  onDone: () => void;
};

export function TicketView({ office, issued, onDone }: TicketViewProps) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { ticket, ahead } = issued;
  const department = office.departments.find((d) => d.id === ticket.departmentId);
  const calledByNumber = office.desks.some(
    (d) => d.departmentId === ticket.departmentId && d.mode === 'queue',
  );

  // Moves a screen reader from the card the visitor touched to the ticket it produced.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <main className="kiosk__main kiosk-ticket">
      <section className="ticket-card" aria-labelledby="ticket-heading">
        <h1 id="ticket-heading" className="ticket-card__heading" tabIndex={-1} ref={headingRef}>
          <CheckIcon />
          {t('kiosk.ticket.heading')}
        </h1>
        <p className="ticket-card__label">{t('kiosk.ticket.number')}</p>
        <p className="ticket-card__number">{displayTicketNumber(ticket.number)}</p>
        {department ? (
          <p className="ticket-card__department">
            {departmentNames(department, i18n.language).primary}
            <span>{departmentNames(department, i18n.language).secondary}</span>
          </p>
        ) : null}
        <p className="ticket-card__ahead">
          <PeopleIcon />
          {ahead > 0 ? t('kiosk.ticket.ahead', { count: ahead }) : t('kiosk.ticket.aheadNone')}
        </p>
        <dl className="ticket-card__facts">
          {department ? (
            <div className="ticket-fact ticket-fact--wide">
              <dt>{t('kiosk.ticket.where')}</dt>
              <dd>
                <strong>{department.floor}</strong> · {departmentLocation(department, i18n.language)}
              </dd>
            </div>
          ) : null}
          <div className="ticket-fact">
            <dt>{t('kiosk.ticket.issuedAt')}</dt>
            <dd>{formatTimeOfDay(ticket.issuedAt, i18n.language)}</dd>
          </div>
          <div className="ticket-fact">
            <dt>{t('kiosk.ticket.code')}</dt>
            <dd className="ticket-fact__code">{formatTicketCode(ticket.code)}</dd>
          </div>
        </dl>
        <p className="ticket-card__hint">
          {calledByNumber ? t('kiosk.ticket.queueHint') : t('kiosk.ticket.directHint')}
          <br />
          {t('kiosk.ticket.codeHint')}
        </p>
      </section>
      <button type="button" className="button button--primary button--xl kiosk-ticket__done" onClick={onDone}>
        {t('kiosk.ticket.done')}
      </button>
    </main>
  );
}
