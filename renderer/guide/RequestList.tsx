import { useTranslation } from 'react-i18next';
import type { EscortRequest } from '../../shared/contract/views';
import { detailsOf, type GuideData } from '../stores/guide-board';
import { EscortCard } from './EscortCard';

type RequestListProps = {
  requests: EscortRequest[];
  data: GuideData;
  now: number;
  readOnly: boolean;
  pendingId: number | null;
  onAccept: (requestId: number) => void;
  onDeliver: (requestId: number) => void;
};

export function RequestList({
  requests,
  data,
  now,
  readOnly,
  pendingId,
  onAccept,
  onDeliver,
}: RequestListProps) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="guide-requests-heading">
      <h2 id="guide-requests-heading" className="panel__title">
        {t('guide.requests.heading')}
        <span className="count">{requests.length}</span>
      </h2>
      {requests.length === 0 ? (
        <div className="empty">
          <p className="empty__title">{t('guide.requests.empty')}</p>
          <p>{t('guide.requests.emptyHint')}</p>
        </div>
      ) : (
        <ol className="escorts">
          {requests.map((request) => (
            <EscortCard
              key={request.id}
              request={request}
              {...detailsOf(data, request)}
              now={now}
              isNew={data.arrivedLive.includes(request.id)}
              readOnly={readOnly}
              busy={pendingId !== null}
              onAccept={onAccept}
              onDeliver={onDeliver}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
