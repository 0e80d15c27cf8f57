import '../../styles/kiosk-keyboard.css';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/contract/views';
import { eraseLast, typeKey } from './hangul-typing';
import { firstScript, keyRows, type Script } from './layouts';

export type OnScreenKeyboardProps = {
  value: string;
  onChange: (next: string) => void;
  language: Language;
  /** Shows a "done" key; without it the keyboard has none. */
  onEnter?: () => void;
  /** What is being typed ("업무 검색"), for the keyboard's accessible name. */
  label: string;
};

// A key press must not take the focus from the field being typed into (nor show its caret leaving).
const keepFocus = (event: MouseEvent): void => {
  event.preventDefault();
};

/**
 * A keyboard on the touch screen for a kiosk that has none: Korean two-set with Hangul composed
 * as it is typed, or Latin letters, switchable; digits on top. Edits `value` at its end.
 */
export function OnScreenKeyboard({ value, onChange, language, onEnter, label }: OnScreenKeyboardProps) {
  const { t } = useTranslation();
  const [layout, setLayout] = useState<{ language: Language; script: Script }>({
    language,
    script: firstScript(language),
  });
  const [shifted, setShifted] = useState(false);
  // A visitor who switches language gets that language's keyboard.
  const script = layout.language === language ? layout.script : firstScript(language);
  const other: Script = script === 'hangul' ? 'latin' : 'hangul';

  const type = (key: string): void => {
    onChange(typeKey(value, key));
    setShifted(false);
  };

  return (
    <div className="osk" role="group" aria-label={t('kiosk.keyboard.group', { label })}>
      {keyRows(script, shifted).map((row, index) => (
        <div
          key={`${script}-${String(index)}`}
          className={`osk__row osk__row--${String(index)}`}
          lang={script === 'hangul' && index > 0 ? 'ko' : undefined}
        >
          {index === 3 ? (
            <button
              type="button"
              className="osk__key osk__key--word osk__key--shift"
              aria-pressed={shifted}
              onMouseDown={keepFocus}
              onClick={() => {
                setShifted(!shifted);
              }}
            >
              {script === 'hangul' ? t('kiosk.keyboard.shiftHangul') : t('kiosk.keyboard.shiftLatin')}
            </button>
          ) : null}
          {row.map((key) => (
            <button
              key={key}
              type="button"
              className="osk__key"
              onMouseDown={keepFocus}
              onClick={() => {
                type(key);
              }}
            >
              {key}
            </button>
          ))}
          {index === 3 ? (
            <button
              type="button"
              className="osk__key osk__key--word osk__key--erase"
              onMouseDown={keepFocus}
              onClick={() => {
                onChange(eraseLast(value));
              }}
            >
              {t('kiosk.keyboard.erase')}
            </button>
          ) : null}
        </div>
      ))}
      <div className="osk__row osk__row--controls">
        <button
          type="button"
          className="osk__key osk__key--word osk__key--switch"
          lang={other === 'hangul' ? 'ko' : undefined}
          onMouseDown={keepFocus}
          onClick={() => {
            setLayout({ language, script: other });
            setShifted(false);
          }}
        >
          {other === 'hangul' ? '한글' : 'ABC'}
        </button>
        <button
          type="button"
          className={`osk__key osk__key--word osk__key--space${onEnter ? '' : ' osk__key--space-wide'}`}
          onMouseDown={keepFocus}
          onClick={() => {
            type(' ');
          }}
        >
          {t('kiosk.keyboard.space')}
        </button>
        <button
          type="button"
          className="osk__key osk__key--word osk__key--clear"
          onMouseDown={keepFocus}
          onClick={() => {
            onChange('');
          }}
        >
          {t('kiosk.keyboard.clear')}
        </button>
        {onEnter ? (
          <button
            type="button"
            className="osk__key osk__key--word osk__key--enter"
            onMouseDown={keepFocus}
            onClick={onEnter}
          >
            {t('kiosk.keyboard.enter')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
