import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorCode } from '../api/http-client';
import { CommandOutcome } from './CommandOutcome';

type EditorFrameProps = {
  /** Names the version last saved, not what is being typed. */
  title: string;
  saveLabel: string;
  closeLabel: string;
  command: { pending: boolean; done: boolean; error: ApiErrorCode | null };
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
};

/**
 * What every setup editor shares. Its heading takes the focus when it opens, so keyboard and
 * screen-reader users land in the editor rather than at the button that opened it.
 */
export function EditorFrame({
  title,
  saveLabel,
  closeLabel,
  command,
  onSave,
  onClose,
  children,
}: EditorFrameProps) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="manager-editor" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="manager-editor__title">
        {title}
      </h3>
      <form
        className="manager-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
      >
        {children}
        <div className="manager-form__actions">
          <button type="submit" className="button button--primary" disabled={command.pending}>
            {saveLabel}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
      </form>
      <CommandOutcome done={command.done} doneText={t('manager.setup.saved')} error={command.error} />
    </div>
  );
}
