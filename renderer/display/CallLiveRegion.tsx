import type { TFunction } from 'i18next';
import type { Desk } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import type { UiLanguage } from '../i18n';
import { deskName } from '../i18n/localized';
import { useDisplayStore } from '../stores/display-store';
import { directionParticle } from './korean-reading';
import { useSecondLanguage } from './use-second-language';

/**
 * Each call, written out for a screen reader: the chime and voice are for the room, and a visitor
 * who reads the wall with a screen reader hears nothing of them. A new node per call, so a recall
 * of the same number is read again.
 */
export function CallLiveRegion({ desks }: { desks: readonly Desk[] }) {
  const { t, language, second, secondLanguage } = useSecondLanguage();
  const call = useDisplayStore((s) => s.latestCall);
  const desk = call === null ? null : (desks.find((d) => d.id === call.ticket.deskId) ?? null);
  const say = (translate: TFunction, lang: UiLanguage): string => {
    if (call === null || desk === null) return '';
    const name = deskName(desk, lang);
    return translate(call.recall ? 'display.live.recall' : 'display.live.call', {
      number: displayTicketNumber(call.ticket.number),
      // Korean "to" is a particle that depends on the name's last sound (창구로, 민원실로).
      desk: lang === 'ko' ? `${name}${directionParticle(name)}` : name,
    });
  };
  return (
    <div className="visually-hidden" role="status" aria-live="assertive" aria-atomic="true">
      {call === null || desk === null ? null : (
        <p key={call.seq}>
          {say(t, language)} <span lang={secondLanguage}>{say(second, secondLanguage)}</span>
        </p>
      )}
    </div>
  );
}
