import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import type { ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';
import { departmentNames } from '../i18n/localized';
import { useDeskStore } from '../stores/desk-store';
import { AlertIcon } from '../ui/icons';
import { DeskDialog } from './DeskDialog';

const NOTE_MAX = 1000;

type TransferDialogProps = { ticket: Ticket; onClose: () => void };

/** Sends the visitor to another department with a note the receiving desk reads before it attends. */
export function TransferDialog({ ticket, onClose }: TransferDialogProps) {
  const { t, i18n } = useTranslation();
  const departments = useDeskStore((s) => s.departments);
  const busy = useDeskStore((s) => s.busy);
  const transfer = useDeskStore((s) => s.transfer);
  const targets = departments.filter((d) => d.id !== ticket.departmentId).sort((a, b) => a.id - b.id);
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const [note, setNote] = useState(ticket.note ?? '');
  const [error, setError] = useState<ApiErrorCode | 'pickDepartment' | 'writeNote' | null>(null);
  const number = displayTicketNumber(ticket.number);

  return (
    <DeskDialog
      title={t('deskWork.transfer.title', { number })}
      lead={t('deskWork.transfer.lead')}
      onClose={onClose}
    >
      <form
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const missing = departmentId === null ? 'pickDepartment' : note.trim() === '' ? 'writeNote' : null;
          setError(missing);
          if (departmentId === null || missing !== null) return;
          void transfer(ticket.id, departmentId, note.trim()).then((outcome) => {
            if (outcome === 'done') onClose();
            else if (outcome !== 'noDesk') setError(outcome.error);
          });
        }}
      >
        <fieldset className="choice-group">
          <legend className="choice-group__legend">{t('deskWork.transfer.department')}</legend>
          <div className="choice-group__options choice-group__options--grid">
            {targets.map((department) => (
              <label key={department.id} className="choice">
                <input
                  type="radio"
                  name="transfer-department"
                  value={department.id}
                  checked={departmentId === department.id}
                  onChange={() => {
                    setDepartmentId(department.id);
                  }}
                />
                <span className="choice__text">
                  <span className="choice__prefix" aria-hidden="true">
                    {department.prefix}
                  </span>
                  {departmentNames(department, i18n.language).primary}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="transfer-note">{t('deskWork.transfer.note')}</label>
          <textarea
            id="transfer-note"
            className="field__input field__input--area"
            value={note}
            maxLength={NOTE_MAX}
            rows={4}
            required
            aria-describedby="transfer-note-hint"
            onChange={(event) => {
              setNote(event.target.value);
            }}
          />
          <p id="transfer-note-hint" className="field__hint">
            {t('deskWork.transfer.noteHint')}
          </p>
        </div>
        {error === null ? null : (
          <p className="notice notice--error" role="alert">
            <AlertIcon />
            {error === 'pickDepartment' || error === 'writeNote'
              ? t(`deskWork.transfer.${error}`)
              : errorMessage(t, error)}
          </p>
        )}
        <div className="dialog-form__actions">
          <button type="button" className="button button--quiet button--large" onClick={onClose}>
            {t('deskWork.cancel')}
          </button>
          <button type="submit" className="button button--primary button--large" disabled={busy}>
            {t('deskWork.transfer.submit')}
          </button>
        </div>
      </form>
    </DeskDialog>
  );
}
