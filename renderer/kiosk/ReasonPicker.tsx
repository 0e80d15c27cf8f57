import { useTranslation } from 'react-i18next';
import { escortReasons, type EscortReason } from '../../shared/contract/views';

type ReasonPickerProps = { label: string; disabled: boolean; onPick: (reason: EscortReason) => void };

export function ReasonPicker({ label, disabled, onPick }: ReasonPickerProps) {
  const { t } = useTranslation();
  return (
    <ul className="reason-picker" aria-label={label}>
      {escortReasons.map((reason) => (
        <li key={reason}>
          <button
            type="button"
            className="button button--secondary button--large reason-picker__option"
            disabled={disabled}
            onClick={() => {
              onPick(reason);
            }}
          >
            {t(`guide.reason.${reason}`)}
          </button>
        </li>
      ))}
    </ul>
  );
}
