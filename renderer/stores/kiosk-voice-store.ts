import { create } from 'zustand';
import type { CaseCategory } from '../../shared/cases/case-kinds';
import type { Case } from '../../shared/contract/case-views';
import type { Language } from '../../shared/contract/views';
import type { RatingScore } from '../../shared/satisfaction/rating';
import { errorCodeOf, sendCommand, type ApiErrorCode } from '../api/http-client';

/** The visitor's voice at the kiosk: a one-tap rating of a visit, or a report of what went wrong. */
export type VoiceFlow = 'rate' | 'report';

export const reportSteps = ['category', 'where', 'detail', 'contact'] as const;
export type ReportStep = (typeof reportSteps)[number] | 'done';

export type ReportDraft = {
  category: CaseCategory | null;
  departmentId: number | null;
  /** The visitor chose to say where by their ticket's code; `ticketCode` holds its digits. */
  byCode: boolean;
  ticketCode: string;
  description: string;
  /** Digits of a phone number for the reply. */
  contact: string;
  consent: boolean;
};

export type RateStep = 'code' | 'faces' | 'thanks';

type KioskVoiceStore = {
  flow: VoiceFlow | null;
  reportStep: ReportStep;
  draft: ReportDraft;
  received: Case | null;
  rateStep: RateStep;
  rateCode: string;
  rated: RatingScore | null;
  pending: boolean;
  failure: ApiErrorCode | null;
  /** Starts a flow; a report may come from a low rating and then knows the visit's code. */
  open: (flow: VoiceFlow, ticketCode?: string) => void;
  editDraft: (change: Partial<ReportDraft>) => void;
  goTo: (step: ReportStep) => void;
  submitReport: (language: Language) => Promise<void>;
  setRateCode: (code: string) => void;
  showFaces: () => void;
  /** Back from the faces to type another code (a mistyped one, or the other ticket of a transfer). */
  enterCodeAgain: () => void;
  rate: (score: RatingScore) => Promise<void>;
  reset: () => void;
};

const emptyDraft: ReportDraft = {
  category: null,
  departmentId: null,
  byCode: false,
  ticketCode: '',
  description: '',
  contact: '',
  consent: false,
};

const initial = {
  flow: null,
  reportStep: 'category' as ReportStep,
  draft: emptyDraft,
  received: null,
  rateStep: 'code' as RateStep,
  rateCode: '',
  rated: null,
  pending: false,
  failure: null,
};

export const useKioskVoiceStore = create<KioskVoiceStore>()((set, get) => ({
  ...initial,
  open(flow, ticketCode) {
    set({
      ...initial,
      flow,
      draft: ticketCode === undefined ? emptyDraft : { ...emptyDraft, byCode: true, ticketCode },
    });
  },
  editDraft(change) {
    set({ draft: { ...get().draft, ...change }, failure: null });
  },
  goTo(reportStep) {
    set({ reportStep, failure: null });
  },
  async submitReport(language) {
    const { draft, pending } = get();
    // A double tap must not file two cases.
    if (pending || draft.category === null) return;
    set({ pending: true, failure: null });
    const contact = draft.consent && draft.contact !== '' ? draft.contact : undefined;
    try {
      const { case: received } = await sendCommand('receiveCase', {
        category: draft.category,
        language,
        description: draft.description,
        concerns: {
          ...(draft.departmentId === null ? {} : { departmentId: draft.departmentId }),
          ...(draft.byCode && draft.ticketCode !== '' ? { ticketCode: draft.ticketCode } : {}),
        },
        ...(contact === undefined ? {} : { contact, contactConsent: true }),
      });
      set({ pending: false, received, reportStep: 'done' });
    } catch (error) {
      set({ pending: false, failure: errorCodeOf(error) });
    }
  },
  setRateCode(rateCode) {
    set({ rateCode, failure: null });
  },
  showFaces() {
    set({ rateStep: 'faces', failure: null });
  },
  enterCodeAgain() {
    set({ rateStep: 'code', rateCode: '', failure: null });
  },
  async rate(score) {
    if (get().pending) return;
    set({ pending: true, rated: score, failure: null });
    try {
      await sendCommand('rateVisit', { code: get().rateCode, score });
      set({ pending: false, rateStep: 'thanks' });
    } catch (error) {
      set({ pending: false, rated: null, failure: errorCodeOf(error) });
    }
  },
  reset() {
    set(initial);
  },
}));
