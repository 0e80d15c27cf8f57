import { useTranslation } from 'react-i18next';
import { useConnectionStore } from '../stores/connection-store';

/** Said in words as well as with the dot, so the state never rests on colour alone. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const status = useConnectionStore((s) => s.status);
  return (
    <p className={`connection connection--${status}`}>
      <span className="connection__dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </p>
  );
}
