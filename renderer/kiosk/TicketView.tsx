import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../shared/contract/commands';
import type { Office } from '../../shared/contract/views';
import { formatTicketCode } from '../../shared/numbering/ticket-code';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { asUiLanguage } from '../i18n';
import { departmentLocation, departmentNames } from '../i18n/localized';
import { useKioskStore } from '../stores/kiosk-store';
import { formatTimeOfDay } from '../time/hub-time';
import { CheckIcon, ClockIcon, PeopleIcon } from '../ui/icons';
import { PriorityBadge } from '../ui/PriorityBadge';
import { TicketEscort } from './TicketEscort';
import { TicketPrint } from './TicketPrint';
import { PrintFailure } from './PrintFailure';
import { useTicketPrinter } from './use-printing';
import { useQrCode } from './use-qr-code';
import { useScreenSpeech } from './use-screen-speech';
import { waitMinutes } from './wait-estimate';

type TicketViewProps = {
  office: Office;
  issued: CommandResult<'issueTicket'>;
  onDone: () => void;
};

export function TicketView({ office, issued, onDone }: TicketViewProps) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const escort = useKioskStore((s) => s.escort);
  const { ticket, ahead } = issued;
  const language = asUiLanguage(i18n.language);
  const department = office.departments.find((d) => d.id === ticket.departmentId);
  const calledByNumber = office.desks.some(
    (d) => d.departmentId === ticket.departmentId && d.mode === 'queue',
  );
  const qr = useQrCode(ticket.code);
  const printer = useTicketPrinter();
  const { silent, print } = printer;
  // The wait was estimated for a ticket taken now, so it is read from the office as issued.
  // The department's estimate is for a ticket at the back of the queue; a priority ticket is
  // called sooner, so it shows only the people ahead.
  const minutes = ticket.prioritized ? null : waitMinutes(department?.estimatedWaitMs ?? null);
  const aheadText = ahead > 0 ? t('kiosk.ticket.ahead', { count: ahead }) : t('kiosk.ticket.aheadNone');
  const names = department ? departmentNames(department, language) : null;
  const where = department ? `${department.floor} ${departmentLocation(department, language)}` : '';

  useScreenSpeech(
    [
      t('kiosk.ticket.heading'),
      t('kiosk.speech.ticket', {
        number: displayTicketNumber(ticket.number),
        department: names?.primary ?? '',
        where,
        ahead: aheadText,
      }),
      minutes !== null ? t('kiosk.speech.wait', { minutes }) : '',
      escort ? t('kiosk.escort.coming') : '',
    ].join(' '),
  );

  // Moves a screen reader from the card the visitor touched to the ticket it produced.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // The desktop kiosk prints each ticket once, as it appears; in a browser the visitor asks for paper.
  const printedTicket = useRef<number | null>(null);
  useEffect(() => {
    if (!silent || printedTicket.current === ticket.id) return;
    printedTicket.current = ticket.id;
    print();
  }, [silent, print, ticket.id]);

  return (
    <main className="kiosk__main kiosk-ticket">
      {printer.failure !== null ? <PrintFailure reason={printer.failure} /> : null}
      <section className="ticket-card" aria-labelledby="ticket-heading">
        <h1 id="ticket-heading" className="ticket-card__heading" tabIndex={-1} ref={headingRef}>
          <CheckIcon />
          {t('kiosk.ticket.heading')}
        </h1>
        <p className="ticket-card__label">{t('kiosk.ticket.number')}</p>
        <p className="ticket-card__number">{displayTicketNumber(ticket.number)}</p>
        {names ? (
          <p className="ticket-card__department">
            {names.primary}
            <span>{names.secondary}</span>
          </p>
        ) : null}
        {ticket.prioritized ? (
          <p className="ticket-card__priority">
            <PriorityBadge need={null} label={t('priority.ticket.badge')} />
            <span>{t('priority.ticket.note')}</span>
          </p>
        ) : null}
        <p className="ticket-card__ahead">
          <PeopleIcon />
          {aheadText}
        </p>
        {minutes !== null ? (
          <p className="ticket-card__ahead">
            <ClockIcon />
            {t('kiosk.wait', { minutes })}
          </p>
        ) : null}
        <dl className="ticket-card__facts">
          {department ? (
            <div className="ticket-fact ticket-fact--wide">
              <dt>{t('kiosk.ticket.where')}</dt>
              <dd>
                <strong>{department.floor}</strong> · {departmentLocation(department, language)}
              </dd>
            </div>
          ) : null}
          <div className="ticket-fact">
            <dt>{t('kiosk.ticket.issuedAt')}</dt>
            <dd>{formatTimeOfDay(ticket.issuedAt, language)}</dd>
          </div>
          <div className="ticket-fact">
            <dt>{t('kiosk.ticket.code')}</dt>
            <dd className="ticket-fact__code">{formatTicketCode(ticket.code)}</dd>
          </div>
        </dl>
        {qr ? (
          <img className="ticket-card__qr" src={qr} alt={t('kiosk.ticket.code')} width={160} height={160} />
        ) : null}
        <p className="ticket-card__hint">
          {calledByNumber ? t('kiosk.ticket.queueHint') : t('kiosk.ticket.directHint')}
          <br />
          {t('kiosk.ticket.codeHint')}
        </p>
        <TicketEscort />
      </section>
      <div className="kiosk-ticket__actions">
        <button type="button" className="button button--secondary button--xl" onClick={print}>
          {t('kiosk.print.button')}
        </button>
        <button
          type="button"
          className="button button--primary button--xl kiosk-ticket__done"
          onClick={onDone}
        >
          {t('kiosk.ticket.done')}
        </button>
      </div>
      {printer.printing ? <TicketPrint office={office} issued={issued} language={language} qr={qr} /> : null}
    </main>
  );
}
