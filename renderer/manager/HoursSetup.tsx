import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClockTime } from '../../shared/hours/office-hours';
import type { Office } from '../../shared/contract/views';
import { CommandOutcome } from './CommandOutcome';
import { useManagerCommand } from './use-manager-command';

type DayRow = { weekday: number; open: boolean; opens: string; closes: string };

// Monday first, as Korean office hours are written; weekday numbers follow Date (0 = Sunday).
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

function rowsOf(office: Office): DayRow[] {
  return WEEK_ORDER.map((weekday) => {
    const day = office.hours.week.find((h) => h.weekday === weekday);
    return day
      ? {
          weekday,
          open: true,
          opens: formatClockTime(day.opensMinute),
          closes: formatClockTime(day.closesMinute),
        }
      : { weekday, open: false, opens: '09:00', closes: '18:00' };
  });
}

/** Opening hours per weekday and the days the office is shut; the kiosk refuses tickets outside them. */
export function HoursSetup({ office }: { office: Office }) {
  const { t } = useTranslation();
  const id = useId();
  const [rows, setRows] = useState(() => rowsOf(office));
  const [holiday, setHoliday] = useState({ day: '', nameKo: '' });
  const command = useManagerCommand();
  const change = (weekday: number, patch: Partial<DayRow>) => {
    setRows(rows.map((row) => (row.weekday === weekday ? { ...row, ...patch } : row)));
  };

  return (
    <section className="panel manager-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('manager.hours.title')}
      </h2>
      <div className="manager-setup__pair">
        <form
          className="manager-form"
          aria-label={t('manager.hours.week')}
          onSubmit={(event) => {
            event.preventDefault();
            const week = rows
              .filter((row) => row.open)
              .map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));
            void command.run('setOfficeHours', { week });
          }}
        >
          <table className="manager-table manager-table--compact">
            <thead>
              <tr>
                <th scope="col">{t('manager.hours.weekday')}</th>
                <th scope="col">{t('manager.hours.open')}</th>
                <th scope="col">{t('manager.hours.opens')}</th>
                <th scope="col">{t('manager.hours.closes')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const dayName = t(`manager.hours.weekdays.${String(row.weekday) as '0'}`);
                return (
                  <tr key={row.weekday}>
                    <th scope="row">{dayName}</th>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('manager.hours.openOn', { day: dayName })}
                        checked={row.open}
                        onChange={(event) => {
                          change(row.weekday, { open: event.target.checked });
                        }}
                      />
                    </td>
                    <td>
                      <input
                        type="time"
                        className="field__input manager-time"
                        aria-label={t('manager.hours.opensOn', { day: dayName })}
                        value={row.opens}
                        disabled={!row.open}
                        required
                        onChange={(event) => {
                          change(row.weekday, { opens: event.target.value });
                        }}
                      />
                    </td>
                    <td>
                      <input
                        type="time"
                        className="field__input manager-time"
                        aria-label={t('manager.hours.closesOn', { day: dayName })}
                        value={row.closes}
                        disabled={!row.open}
                        required
                        onChange={(event) => {
                          change(row.weekday, { closes: event.target.value });
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="manager-form__actions">
            <button type="submit" className="button button--primary" disabled={command.pending}>
              {t('manager.hours.save')}
            </button>
          </div>
        </form>
        <div className="manager-holidays">
          <h3 className="manager-subtitle">{t('manager.hours.holidays')}</h3>
          {office.holidays.length === 0 ? (
            <p className="manager-empty">{t('manager.hours.noHolidays')}</p>
          ) : (
            <ul className="manager-list">
              {office.holidays.map(({ day, nameKo }) => (
                <li key={day} className="manager-list__item">
                  <span className="manager-holiday">
                    <time dateTime={day} className="manager-holiday__day">
                      {day}
                    </time>
                    <span className="manager-holiday__name">{nameKo}</span>
                  </span>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    disabled={command.pending}
                    aria-label={t('manager.hours.removeHoliday', { day })}
                    onClick={() => {
                      void command.run('removeHoliday', { day });
                    }}
                  >
                    {t('manager.hours.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            className="manager-form__row"
            onSubmit={(event) => {
              event.preventDefault();
              void command.run('setHoliday', holiday).then((result) => {
                if (result !== null) setHoliday({ day: '', nameKo: '' });
              });
            }}
          >
            <div className="field field--compact">
              <label htmlFor={`${id}-holiday-day`}>{t('manager.hours.holidayDay')}</label>
              <input
                id={`${id}-holiday-day`}
                className="field__input"
                type="date"
                value={holiday.day}
                required
                onChange={(event) => {
                  setHoliday({ ...holiday, day: event.target.value });
                }}
              />
            </div>
            <div className="field field--compact">
              <label htmlFor={`${id}-holiday-name`}>{t('manager.hours.holidayName')}</label>
              <input
                id={`${id}-holiday-name`}
                className="field__input"
                placeholder={t('manager.hours.holidayNameHint')}
                value={holiday.nameKo}
                maxLength={80}
                required
                onChange={(event) => {
                  setHoliday({ ...holiday, nameKo: event.target.value });
                }}
              />
            </div>
            <button type="submit" className="button button--secondary" disabled={command.pending}>
              {t('manager.hours.addHoliday')}
            </button>
          </form>
        </div>
      </div>
      <CommandOutcome done={command.done} doneText={t('manager.setup.saved')} error={command.error} />
    </section>
  );
}
