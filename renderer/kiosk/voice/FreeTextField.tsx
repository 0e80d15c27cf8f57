import { useId } from 'react';
import type { UiLanguage } from '../../i18n';

/**
 * Where a visitor types free text at the kiosk. The props are those of the kiosk's on-screen
 * keyboard (renderer/kiosk/keyboard/OnScreenKeyboard.tsx, from issue 13), so the keyboard takes
 * this field's place without the intake changing; until then a physical keyboard types here.
 */
export type FreeTextFieldProps = {
  value: string;
  onChange: (next: string) => void;
  language: UiLanguage;
  label: string;
  onEnter?: () => void;
};

export const FREE_TEXT_MAX = 2000;

export function FreeTextField({ value, onChange, language, label }: FreeTextFieldProps) {
  const id = useId();
  return (
    <div className="voice-text">
      <label htmlFor={id} className="voice-text__label">
        {label}
      </label>
      <textarea
        id={id}
        className="voice-text__input"
        lang={language}
        rows={5}
        maxLength={FREE_TEXT_MAX}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}
