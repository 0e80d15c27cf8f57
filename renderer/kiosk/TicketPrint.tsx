import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../shared/contract/commands';
import type { Office } from '../../shared/contract/views';
import { formatTicketCode } from '../../shared/numbering/ticket-code';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { defaultLanguage, type UiLanguage } from '../i18n';
import { departmentLocation, departmentNames, officeName } from '../i18n/localized';
import { formatTimeOfDay } from '../time/hub-time';
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

/** The paper ticket: Korean for the desk, and the visitor's language below when it differs. */
export function TicketPrint({ office, issued, language, qr }: TicketPrintProps) {
  const { i18n } = useTranslation();
  const { ticket, ahead } = issued;
  const department = office.departments.find((d) => d.id === ticket.departmentId);
  const languages: UiLanguage[] =
    language === defaultLanguage ? [defaultLanguage] : [defaultLanguage, language];
  // The department's estimate is for a ticket at the back of the queue; a priority ticket is
  // called sooner, so it shows only the people ahead.
  const minutes = ticket.prioritized ? null : waitMinutes(department?.estimatedWaitMs ?? null);
  return (
    <div className={`ticket-print ticket-print--${String(paperWidth())}`} aria-hidden="true">
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
                  {department.floor} · {departmentLocation(department, lang)}
                </p>
              </>
            ) : null}
            <p>{ahead > 0 ? t('kiosk.ticket.ahead', { count: ahead }) : t('kiosk.ticket.aheadNone')}</p>
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
