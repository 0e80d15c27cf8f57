import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClockTime } from '../../shared/hours/office-hours';
import type { Office } from '../../shared/contract/views';
import { CommandOutcome } from './CommandOutcome';
import { useManagerCommand } from './use-manager-command';

/** `untilMidnight` closes at 24:00, which a time field cannot hold. */
type DayRow = { weekday: number; open: boolean; opens: string; closes: string; untilMidnight: boolean };

const MIDNIGHT = 24 * 60;

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
          closes: day.closesMinute === MIDNIGHT ? '18:00' : formatClockTime(day.closesMinute),
          untilMidnight: day.closesMinute === MIDNIGHT,
        }
      : { weekday, open: false, opens: '09:00', closes: '18:00', untilMidnight: false };
  });
}

/** Opening hours per weekday and the days the office is shut; the kiosk refuses tickets outside them. */
export function HoursSetup({ office }: { office: Office }) {
  const { t } = useTranslation();
  const id = useId();
  const [rows, setRows] = useState(() => rowsOf(office));
  // Around the clock is said outright: unticking every day is a mistake to point out, not a choice.
  const [alwaysOpen, setAlwaysOpen] = useState(() => office.hours.week.length === 0);
  const [noDay, setNoDay] = useState(false);
  const [holiday, setHoliday] = useState({ day: '', nameKo: '' });
  const command = useManagerCommand();
  const change = (weekday: number, patch: Partial<DayRow>) => {
    setNoDay(false);
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
            if (alwaysOpen) {
              void command.run('setOfficeHours', { week: [], alwaysOpen: true });
              return;
            }
            const week = rows
              .filter((row) => row.open)
              .map(({ weekday, opens, closes, untilMidnight }) => ({
                weekday,
                opens,
                closes: untilMidnight ? '24:00' : closes,
              }));
            if (week.length === 0) {
              setNoDay(true);
              return;
            }
            void command.run('setOfficeHours', { week });
          }}
        >
          <label className="manager-hours__always">
            <input
              type="checkbox"
              checked={alwaysOpen}
              onChange={(event) => {
                setNoDay(false);
                setAlwaysOpen(event.target.checked);
              }}
            />
            <span>
              <strong>{t('hoursSetup.alwaysOpen')}</strong>
              <span className="manager-hours__always-hint">{t('hoursSetup.alwaysOpenHint')}</span>
            </span>
          </label>
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
                        disabled={alwaysOpen}
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
                        disabled={alwaysOpen || !row.open}
                        required
                        onChange={(event) => {
                          change(row.weekday, { opens: event.target.value });
                        }}
                      />
                    </td>
                    <td>
                      <span className="manager-hours__closes">
                        <input
                          // A time field cannot hold 24:00; midnight is shown as text instead.
                          type={row.untilMidnight ? 'text' : 'time'}
                          className="field__input manager-time"
                          aria-label={t('manager.hours.closesOn', { day: dayName })}
                          value={row.untilMidnight ? '24:00' : row.closes}
                          disabled={alwaysOpen || !row.open || row.untilMidnight}
                          required={!row.untilMidnight}
                          onChange={(event) => {
                            change(row.weekday, { closes: event.target.value });
                          }}
                        />
                        <label className="manager-hours__midnight">
                          <input
                            type="checkbox"
                            checked={row.untilMidnight}
                            disabled={alwaysOpen || !row.open}
                            aria-label={t('hoursSetup.untilMidnightOn', { day: dayName })}
                            onChange={(event) => {
                              change(row.weekday, { untilMidnight: event.target.checked });
                            }}
                          />
                          {t('hoursSetup.untilMidnight')}
                        </label>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {noDay ? (
            <p className="notice notice--error" role="alert">
              {t('hoursSetup.noDayOpen')}
            </p>
          ) : null}
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
