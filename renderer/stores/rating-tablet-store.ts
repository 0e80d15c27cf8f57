import { create } from 'zustand';
import type { HubEvent } from '../../shared/contract/events';
import type { Language } from '../../shared/contract/views';
import type { RatingScore } from '../../shared/satisfaction/rating';
import { errorCodeOf, sendCommand, type ApiErrorCode } from '../api/http-client';

/** The visit just finished at the tablet's desk, whose visitor may rate it. */
export type RatingPrompt = { ticketId: number; number: string; language: Language; finishedAt: number };

type RatingTabletStore = {
  deskId: number | null;
  prompt: RatingPrompt | null;
  chosen: RatingScore | null;
  pending: boolean;
  /** When the visitor's tap was taken, by this PC's clock: the thanks stay for a short while. */
  thankedAt: number | null;
  failure: ApiErrorCode | null;
  watch: (deskId: number) => void;
  onEvent: (event: HubEvent) => void;
  rate: (score: RatingScore) => Promise<void>;
  dismiss: () => void;
};

const idle = { prompt: null, chosen: null, pending: false, thankedAt: null, failure: null };

/**
 * A small tablet facing the visitor at a desk: when the desk finishes a visit, it offers the faces
 * in the visitor's language; when the desk calls the next number, the offer goes.
 */
export const useRatingTabletStore = create<RatingTabletStore>()((set, get) => ({
  deskId: null,
  ...idle,
  watch(deskId) {
    set({ deskId, ...idle });
  },
  onEvent(event) {
    const { deskId } = get();
    if (!('ticket' in event) || event.ticket.deskId !== deskId) return;
    const { ticket } = event;
    if (event.type === 'visitFinished' && ticket.status === 'served' && ticket.finishedAt !== null) {
      set({
        ...idle,
        prompt: {
          ticketId: ticket.id,
          number: ticket.number,
          language: ticket.language,
          finishedAt: ticket.finishedAt,
        },
      });
    } else if (event.type === 'ticketCalled' || event.type === 'ticketCheckedIn') {
      set(idle);
    }
  },
  async rate(score) {
    const { prompt, deskId, pending } = get();
    if (prompt === null || deskId === null || pending) return;
    set({ pending: true, chosen: score, failure: null });
    try {
      await sendCommand('rateVisit', { deskId, ticketId: prompt.ticketId, score });
      set({ pending: false, thankedAt: Date.now() });
    } catch (error) {
      const code = errorCodeOf(error);
      // Rated already (by code at the kiosk) or too late: either way, nothing left to ask.
      if (code === 'already_rated' || code === 'rating_closed')
        set({ pending: false, thankedAt: Date.now() });
      else set({ pending: false, chosen: null, failure: code });
    }
  },
  dismiss() {
    set(idle);
  },
}));
