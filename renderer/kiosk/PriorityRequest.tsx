import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priorityNeeds } from '../../shared/queue/priority-rule';
import { useKioskStore } from '../stores/kiosk-store';
import { PriorityIcon } from '../ui/PriorityBadge';

/**
 * "어르신·장애인·임산부이신가요?": the visitor asks for priority before choosing a desk, and the
 * ticket they then take is called by the department's priority rule. Never a required step.
 */
export function PriorityRequest() {
  const { t } = useTranslation();
  const need = useKioskStore((s) => s.priorityNeed);
  const setNeed = useKioskStore((s) => s.setPriorityNeed);
  const [choosing, setChoosing] = useState(false);

  if (need !== null) {
    return (
      <section className="priority-request priority-request--chosen" aria-labelledby="priority-heading">
        <PriorityIcon className="priority-request__icon" />
        <div className="priority-request__text" role="status">
          <h2 id="priority-heading">{t('priority.kiosk.chosen', { need: t(`priority.need.${need}`) })}</h2>
          <p>{t('priority.kiosk.chosenHint')}</p>
        </div>
        <button
          type="button"
          className="button button--secondary button--large"
          onClick={() => {
            setNeed(null);
          }}
        >
          {t('priority.kiosk.cancel')}
        </button>
      </section>
    );
  }
  return (
    <section className="priority-request" aria-labelledby="priority-heading">
      <PriorityIcon className="priority-request__icon" />
      <div className="priority-request__text">
        <h2 id="priority-heading">{t('priority.kiosk.question')}</h2>
        <p>{choosing ? t('priority.kiosk.choose') : t('priority.kiosk.lead')}</p>
      </div>
      {choosing ? (
        <div className="priority-request__needs" role="group" aria-labelledby="priority-heading">
          {priorityNeeds.map((option) => (
            <button
              key={option}
              type="button"
              className="button button--primary button--large priority-request__need"
              onClick={() => {
                setNeed(option);
                setChoosing(false);
              }}
            >
              {t(`priority.need.${option}`)}
            </button>
          ))}
          <button
            type="button"
            className="button button--secondary button--large"
            onClick={() => {
              setChoosing(false);
            }}
          >
            {t('priority.kiosk.back')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--primary button--large priority-request__ask"
          onClick={() => {
            setChoosing(true);
          }}
        >
          {t('priority.kiosk.ask')}
        </button>
      )}
    </section>
  );
}
