import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REPORT_DAYS } from '../../shared/contract/reports';
import { monthToDate, previousMonth, rangeProblem, type DayRange } from '../../shared/report/date-ranges';

type RangePickerProps = { range: DayRange; today: string; onChange: (range: DayRange) => void };

/**
 * The days the dashboard covers: two dates and the ranges a manager asks for most. A range the
 * hub would refuse says why here, before anything is asked.
 */
export function RangePicker({ range, today, onChange }: RangePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const problem = rangeProblem(range);
  const presets: { key: 'today' | 'monthToDate' | 'previousMonth'; range: DayRange }[] = [
    { key: 'today', range: { from: today, to: today } },
    { key: 'monthToDate', range: monthToDate(today) },
    { key: 'previousMonth', range: previousMonth(today) },
  ];
  return (
    <section className="range-picker print-hide" aria-label={t('month.range.label')}>
      <div className="field field--compact">
        <label htmlFor={`${id}-from`}>{t('month.range.from')}</label>
        <input
          id={`${id}-from`}
          className="field__input"
          type="date"
          value={range.from}
          max={today}
          required
          aria-invalid={problem !== null}
          onChange={(event) => {
            onChange({ ...range, from: event.target.value });
          }}
        />
      </div>
      <div className="field field--compact">
        <label htmlFor={`${id}-to`}>{t('month.range.to')}</label>
        <input
          id={`${id}-to`}
          className="field__input"
          type="date"
          value={range.to}
          max={today}
          required
          aria-invalid={problem !== null}
          onChange={(event) => {
            onChange({ ...range, to: event.target.value });
          }}
        />
      </div>
      <div className="range-picker__presets" role="group" aria-label={t('month.range.presets')}>
        {presets.map((p) => (
          <button
            key={p.key}
            type="button"
            className="button button--quiet"
            aria-pressed={p.range.from === range.from && p.range.to === range.to}
            onClick={() => {
              onChange(p.range);
            }}
          >
            {t(`month.range.${p.key}`)}
          </button>
        ))}
      </div>
      {problem === null ? null : (
        <p className="notice notice--error range-picker__problem" role="alert">
          {t(`month.range.${problem}`, { max: MAX_REPORT_DAYS })}
        </p>
      )}
    </section>
  );
}
