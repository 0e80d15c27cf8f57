import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title';
import { TopBar } from '../ui/TopBar';

export function DeskMissing() {
  const { t } = useTranslation();
  useDocumentTitle(t('desk.notFound'));
  return (
    <div className="page">
      <TopBar office="" live={false} />
      <main className="page__main">
        <div className="load-state load-state--error" role="alert">
          <p className="load-state__title">{t('desk.notFound')}</p>
          <Link className="button button--secondary" to="/desk">
            {t('desk.backToList')}
          </Link>
        </div>
      </main>
    </div>
  );
}
