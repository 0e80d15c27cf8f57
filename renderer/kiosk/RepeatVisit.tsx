import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import { normalizeTicketCode, TICKET_CODE_LENGTH } from '../../shared/numbering/ticket-code';
import { asUiLanguage } from '../i18n';
import { useKioskStore } from '../stores/kiosk-store';
import { AlertIcon } from '../ui/icons';
import { DepartmentGrid } from './DepartmentGrid';
import { IssueStatus } from './IssueStatus';
import { NumericKeypad } from './NumericKeypad';
import { useScreenSpeech } from './use-screen-speech';

/** "123-456-789" as the visitor types it, with blanks still to fill. */
function shownCode(code: string): string {
  const padded = code.padEnd(TICKET_CODE_LENGTH, '_');
  return `${padded.slice(0, 3)}-${padded.slice(3, 6)}-${padded.slice(6)}`;
}

export function RepeatVisit({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const code = useKioskStore((s) => s.repeatCode);
  const setCode = useKioskStore((s) => s.setRepeatCode);
  const issue = useKioskStore((s) => s.issue);
  const show = useKioskStore((s) => s.show);
  const complete = code.length === TICKET_CODE_LENGTH;
  // The last digit checks the others: a mistyped code is told at once, before a department is chosen.
  const valid = complete && normalizeTicketCode(code) !== null;
  const next = !complete
    ? t('kiosk.repeat.typeAll')
    : valid
      ? t('kiosk.repeat.pickDepartment')
      : t('kiosk.repeat.invalid');
  useScreenSpeech(complete ? next : `${t('kiosk.repeat.title')} ${t('kiosk.repeat.lead')}`);

  const type = (digit: string): void => {
    if (code.length < TICKET_CODE_LENGTH) setCode(code + digit);
  };

  // A physical keypad or keyboard types the code as well as the screen does.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.target instanceof HTMLInputElement) return;
      if (/^\d$/.test(event.key)) {
        if (code.length < TICKET_CODE_LENGTH) setCode(code + event.key);
      } else if (event.key === 'Backspace') {
        setCode(code.slice(0, -1));
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [code, setCode]);

  return (
    <>
      <div className="kiosk-intro">
        <h1>{t('kiosk.repeat.title')}</h1>
        <p>{t('kiosk.repeat.lead')}</p>
      </div>
      <div className="repeat-entry">
        <p className="repeat-entry__code">
          <span className="repeat-entry__label">{t('kiosk.repeat.code')}</span>
          <output aria-live="polite" aria-label={t('kiosk.repeat.code')}>
            {shownCode(code)}
          </output>
        </p>
        <NumericKeypad
          onDigit={type}
          onDelete={() => {
            setCode(code.slice(0, -1));
          }}
          onClear={() => {
            setCode('');
          }}
        />
      </div>
      <IssueStatus />
      {complete && !valid ? (
        <div className="kiosk-error" role="alert">
          <AlertIcon className="kiosk-error__icon" />
          <p className="kiosk-error__body">{next}</p>
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() => {
              show('departments');
            }}
          >
            {t('kiosk.repeat.ordinary')}
          </button>
        </div>
      ) : (
        <p className="repeat-entry__next">{next}</p>
      )}
      {valid ? (
        <DepartmentGrid
          departments={office.departments}
          onChoose={(departmentId) =>
            void issue({ departmentId, repeatOfCode: code }, asUiLanguage(i18n.language))
          }
        />
      ) : null}
    </>
  );
}
