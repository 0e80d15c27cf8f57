import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { awayReasons, type AwayReason, type Desk } from '../../shared/contract/views';
import type { ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';
import { departmentNames, deskName } from '../i18n/localized';
import { useDeskStore } from '../stores/desk-store';
import { AlertIcon } from '../ui/icons';
import { DeskDialog } from './DeskDialog';
import { useDeskDirectory } from './use-desk-directory';

type AwayDialogProps = { desk: Desk; onClose: () => void };

/** The desk's colleagues first: a stand-in in the same department knows the work. */
function standInChoices(desk: Desk, desks: readonly Desk[]): Desk[] {
  const sameDepartment = (d: Desk): number => (d.departmentId === desk.departmentId ? 0 : 1);
  return desks
    .filter((d) => d.id !== desk.id)
    .sort((a, b) => sameDepartment(a) - sameDepartment(b) || a.departmentId - b.departmentId || a.id - b.id);
}

/** Marks the desk away (meeting, field work, leave, break) and names the desk that serves meanwhile. */
export function AwayDialog({ desk, onClose }: AwayDialogProps) {
  const { t, i18n } = useTranslation();
  const desks = useDeskStore((s) => s.desks);
  const departments = useDeskStore((s) => s.departments);
  const awayDesks = useDeskStore((s) => s.awayDesks);
  const busy = useDeskStore((s) => s.busy);
  const setAway = useDeskStore((s) => s.setAway);
  const directory = useDeskDirectory();
  const choices = standInChoices(desk, desks);
  const [reason, setReason] = useState<AwayReason>('meeting');
  const [standInId, setStandInId] = useState<number | null>(choices[0]?.id ?? null);
  const [error, setError] = useState<{ code: ApiErrorCode; standInId: number } | null>(null);
  const awayIds = new Set(awayDesks.map((a) => a.deskId));

  return (
    <DeskDialog title={t('deskWork.away.title')} lead={t('deskWork.away.lead')} onClose={onClose}>
      <form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (standInId === null) return;
          void setAway(reason, standInId).then((outcome) => {
            if (outcome === 'done') onClose();
            else if (outcome !== 'noDesk') setError({ code: outcome.error, standInId });
          });
        }}
      >
        <fieldset className="choice-group">
          <legend className="choice-group__legend">{t('deskWork.away.reason')}</legend>
          <div className="choice-group__options">
            {awayReasons.map((option) => (
              <label key={option} className="choice">
                <input
                  type="radio"
                  name="away-reason"
                  value={option}
                  checked={reason === option}
                  onChange={() => {
                    setReason(option);
                  }}
                />
                <span className="choice__text">{t(`deskWork.away.reasons.${option}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="away-stand-in">{t('deskWork.away.standIn')}</label>
          <select
            id="away-stand-in"
            className="field__input field__select"
            value={standInId ?? ''}
            required
            onChange={(event) => {
              setStandInId(Number(event.target.value));
              setError(null);
            }}
          >
            {departments
              .filter((department) => choices.some((d) => d.departmentId === department.id))
              .sort((a, b) => Number(b.id === desk.departmentId) - Number(a.id === desk.departmentId))
              .map((department) => (
                <optgroup key={department.id} label={departmentNames(department, i18n.language).primary}>
                  {choices
                    .filter((d) => d.departmentId === department.id)
                    .map((d) => (
                      <option key={d.id} value={d.id}>
                        {awayIds.has(d.id)
                          ? t('deskWork.away.standInAway', { desk: deskName(d, i18n.language) })
                          : deskName(d, i18n.language)}
                      </option>
                    ))}
                </optgroup>
              ))}
          </select>
          <p className="field__hint">{t('deskWork.away.standInHint')}</p>
        </div>
        {error === null ? null : (
          <p className="notice notice--error" role="alert">
            <AlertIcon />
            {error.code === 'stand_in_loop'
              ? t('deskWork.away.loop', { desk: directory.deskName(error.standInId) })
              : errorMessage(t, error.code)}
          </p>
        )}
        <div className="dialog-form__actions">
          <button type="button" className="button button--quiet button--large" onClick={onClose}>
            {t('deskWork.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary button--large"
            disabled={busy || standInId === null}
          >
            {t('deskWork.away.submit')}
          </button>
        </div>
      </form>
    </DeskDialog>
  );
}
