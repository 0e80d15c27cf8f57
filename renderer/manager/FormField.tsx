import type { ReactNode } from 'react';

type FormFieldProps = { id: string; label: string; hint?: string; children: ReactNode };

/** A labelled input with its hint below, tied to the input by `aria-describedby` where given. */
export function FormField({ id, label, hint, children }: FormFieldProps) {
  return (
    <div className="field field--compact">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint === undefined ? null : (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}
