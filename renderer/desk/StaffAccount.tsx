import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store';

export function StaffAccount() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const signOut = useSessionStore((s) => s.signOut);
  if (session === null) return null;
  return (
    <div className="account">
      <span className="account__name">{t('desk.signIn.signedInAs', { name: session.staff.name })}</span>
      <button
        type="button"
        className="button button--quiet account__sign-out"
        onClick={() => {
          void signOut();
        }}
      >
        {t('desk.signIn.signOut')}
      </button>
    </div>
  );
}
