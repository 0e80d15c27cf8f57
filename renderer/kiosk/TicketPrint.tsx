import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../shared/contract/commands';
import type { Office } from '../../shared/contract/views';
import { formatTicketCode } from '../../shared/numbering/ticket-code';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { defaultLanguage, type UiLanguage } from '../i18n';
import { departmentFloor, departmentLocation, departmentNames, officeName } from '../i18n/localized';
import { formatTimeOfDay } from '../time/hub-time';
import { setTicketPage, ticketPageHeightMm } from './ticket-page';
import { waitMinutes } from './wait-estimate';

/** Roll paper in the kiosk's printer; a 58 mm printer is named in the kiosk's URL (?paper=58). */
export function paperWidth(search: string = window.location.search): 58 | 80 {
  return new URLSearchParams(search).get('paper') === '58' ? 58 : 80;
}

type TicketPrintProps = {
  office: Office;
  issued: CommandResult<'issueTicket'>;
  language: UiLanguage;
  qr: string | null;
};

/**
 * The paper ticket: Korean for the desk, and the visitor's language below when it differs. The
 * page is cut to the ticket's measured length, so no roll paper is fed blank.
 */
export function TicketPrint({ office, issued, language, qr }: TicketPrintProps) {
  const { i18n } = useTranslation();
  const paper = useRef<HTMLDivElement>(null);
  const width = paperWidth();
  // Before the browser lays the page out for paper: the print starts right after this render.
  useLayoutEffect(() => {
    let printed = true;
    const measure = (): void => {
      if (printed && paper.current)
        setTicketPage(width, ticketPageHeightMm(paper.current.getBoundingClientRect().height));
    };
    measure();
    // A font still loading changes the ticket's length once it arrives.
    void document.fonts.ready.then(measure);
    return () => {
      printed = false;
      setTicketPage(width, null);
    };
  }, [width]);
  const { ticket, ahead } = issued;
  const department = office.departments.find((d) => d.id === ticket.departmentId);
  const languages: UiLanguage[] =
    language === defaultLanguage ? [defaultLanguage] : [defaultLanguage, language];
  // The department's estimate is for a ticket at the back of the queue; a priority ticket is
  // called sooner, so it shows only the people ahead.
  const minutes = ticket.prioritized ? null : waitMinutes(department?.estimatedWaitMs ?? null);
  return (
    <div className={`ticket-print ticket-print--${String(width)}`} aria-hidden="true" ref={paper}>
      {languages.map((lang) => {
        const t = i18n.getFixedT(lang);
        return (
          <section key={lang} lang={lang} className="ticket-print__copy">
            <p className="ticket-print__office">{t('kiosk.office', { office: officeName(office, lang) })}</p>
            <p className="ticket-print__label">{t('kiosk.ticket.number')}</p>
            <p className="ticket-print__number">{displayTicketNumber(ticket.number)}</p>
            {ticket.prioritized ? <p className="ticket-print__label">{t('priority.ticket.badge')}</p> : null}
            {department ? (
              <>
                <p className="ticket-print__department">{departmentNames(department, lang).primary}</p>
                <p>
                  {departmentFloor(department, lang)} · {departmentLocation(department, lang)}
                </p>
              </>
            ) : null}
            <p>{ahead > 0 ? t('kiosk.ticket.ahead', { count: ahead }) : t('kiosk.ticket.aheadNone')}</p>
            {ticket.repeatOfTicketId !== null ? <p>{t('kiosk.ticket.repeatRecorded')}</p> : null}
            {minutes !== null ? <p>{t('kiosk.wait', { minutes })}</p> : null}
            <p>
              {t('kiosk.ticket.issuedAt')} {formatTimeOfDay(ticket.issuedAt, lang)}
            </p>
            <p>
              {t('kiosk.ticket.code')} {formatTicketCode(ticket.code)}
            </p>
          </section>
        );
      })}
      {qr ? <img className="ticket-print__qr" src={qr} alt="" /> : null}
    </div>
  );
}
