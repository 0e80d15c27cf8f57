import { useTranslation } from 'react-i18next';
import type { DeskAway } from '../../shared/contract/views';
import { PeopleIcon } from '../ui/icons';
import { useDeskDirectory } from './use-desk-directory';

/** The away colleagues whose visitors come to this desk (업무대행). */
export function StandInNotice({ servingFor }: { servingFor: DeskAway[] }) {
  const { t } = useTranslation();
  const directory = useDeskDirectory();
  if (servingFor.length === 0) return null;
  return (
    <p className="stand-in-notice">
      <PeopleIcon />
      {t('deskWork.away.standingIn', {
        desks: servingFor
          .map((away) =>
            t('deskWork.away.standingInDesk', {
              desk: directory.deskName(away.deskId),
              reason: t(`deskWork.away.reasons.${away.reason}`),
            }),
          )
          .join(', '),
      })}
    </p>
  );
}
