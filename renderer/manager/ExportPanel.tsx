import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportFileName, reportFormats, type ReportFormat } from '../../shared/contract/reports';
import type { Office } from '../../shared/contract/views';
import { businessDay } from '../../shared/time/business-day';
import { errorCodeOf, fetchVisitLog, type ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';
import { AlertIcon } from '../ui/icons';
import { saveFile } from './save-file';
import { ReportSettings } from './ReportSettings';
import { StaffNamesSetting } from './StaffNamesSetting';

/** The daily log (일일 민원 처리 대장) for a day or a range, as the spreadsheet or print the office needs. */
export function ExportPanel({ office }: { office: Office }) {
  const { t } = useTranslation();
  const today = businessDay(office.now);
  const id = useId();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [format, setFormat] = useState<ReportFormat>('csv');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiErrorCode | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const rangeInvalid = to < from;

  async function download() {
    setPending(true);
    setError(null);
    setSaved(null);
    try {
      const name = reportFileName(from, to, format);
      saveFile(await fetchVisitLog(from, to, format), name);
      setSaved(name);
    } catch (caught) {
      setError(errorCodeOf(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="manager-export">
      <div className="page-heading">
        <h1>{t('manager.export.title')}</h1>
        <p className="page-heading__lead">{t('manager.export.lead')}</p>
      </div>
      <section className="panel manager-section" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="panel__title">
          {t('manager.export.heading')}
        </h2>
        <form
          className="manager-form"
          onSubmit={(event) => {
            event.preventDefault();
            void download();
          }}
        >
          <div className="manager-form__row">
            <div className="field field--compact">
              <label htmlFor={`${id}-from`}>{t('manager.export.from')}</label>
              <input
                id={`${id}-from`}
                className="field__input"
                type="date"
                value={from}
                max={today}
                required
                onChange={(event) => {
                  setFrom(event.target.value);
                  if (to < event.target.value) setTo(event.target.value);
                }}
              />
            </div>
            <div className="field field--compact">
              <label htmlFor={`${id}-to`}>{t('manager.export.to')}</label>
              <input
                id={`${id}-to`}
                className="field__input"
                type="date"
                value={to}
                min={from}
                required
                onChange={(event) => {
                  setTo(event.target.value);
                }}
              />
            </div>
          </div>
          <fieldset className="manager-choice">
            <legend>{t('manager.export.format')}</legend>
            {reportFormats.map((f) => (
              <label key={f} className="manager-choice__option">
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={f}
                  checked={format === f}
                  onChange={() => {
                    setFormat(f);
                  }}
                />
                <span>
                  <strong>{t(`manager.export.formats.${f}.name`)}</strong>
                  <span className="manager-choice__hint">{t(`manager.export.formats.${f}.hint`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="manager-form__actions">
            <button type="submit" className="button button--primary" disabled={pending || rangeInvalid}>
              {pending ? t('manager.export.preparing') : t('manager.export.download')}
            </button>
          </div>
        </form>
        <div role="status" className="manager-status">
          {saved === null ? null : (
            <p className="notice notice--ok">{t('manager.export.saved', { name: saved })}</p>
          )}
        </div>
        {error === null ? null : (
          <p className="notice notice--error" role="alert">
            <AlertIcon />
            {errorMessage(t, error)}
          </p>
        )}
      </section>
      <StaffNamesSetting />
      <ReportSettings />
    </div>
  );
}
