import { useTranslation } from 'react-i18next';

export function HotkeyHelp({ queueDesk }: { queueDesk: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="hotkeys">
      <h3 className="hotkeys__title">{t('desk.hotkeys.heading')}</h3>
      <ul className="hotkeys__list">
        <li>
          <kbd>A</kbd> {t('desk.hotkeys.acknowledge')}
        </li>
        {queueDesk ? (
          <>
            <li>
              <kbd>N</kbd> {t('desk.hotkeys.callNext')}
            </li>
            <li>
              <kbd>R</kbd> {t('deskWork.hotkeys.recall')}
            </li>
          </>
        ) : null}
        <li>
          <kbd>0–9</kbd> {t('desk.hotkeys.scan')}
        </li>
      </ul>
    </div>
  );
}
