import { z } from 'zod';
import { caseKinds } from '../cases/case-kinds';
import { caseStatuses } from '../cases/case-lifecycle';
import { charterPresetIds, compensationKinds } from '../charter/presets';
import { ratingScores } from '../satisfaction/rating';
import { visitStatuses } from '../visit/lifecycle';
import { escortKinds, languages } from './views';

/**
 * What a region service receives from an office: `GET /api/v1/region/feed`, readable with a
 * region device token only. Every event of the log crosses as its chain link (seq, type, time,
 * payload digest, hash), so the region can verify the whole chain; only the facts a regional
 * roll-up needs cross with it. No staff notes, no ticket codes or numbers, no staff ids or names,
 * no escort reasons, no compensation reasons or payment references, no devices, PINs or settings;
 * of a complaint its kind and its clocks, never its words, number, contact or whom it names.
 * docs/security.md lists it field by field; `regionFacts` (shared/regional/region-facts.ts) makes it.
 */

const id = z.number().int().positive();
const ms = z.number().int().nonnegative();
const day = z.iso.date();

/** A visit as a region sees it: its place, its clocks and their targets, and how it ended. */
export const regionTicket = z.strictObject({
  id,
  departmentId: id,
  deskId: id.nullable(),
  status: z.enum(visitStatuses),
  language: z.enum(languages),
  businessDay: day,
  issuedAt: ms,
  arrivedAt: ms.nullable(),
  acknowledgedAt: ms.nullable(),
  finishedAt: ms.nullable(),
  attendTargetMs: ms.nullable(),
  guideTargetMs: ms.nullable(),
  /** The earlier visit of a repeat visit (an id of the same office), never its code. */
  repeatOfTicketId: id.nullable(),
  /** The desk's verdict on a repeat visit, without its written reason; null before one. */
  repeatStaffError: z.boolean().nullable(),
  transferredFromTicketId: id.nullable(),
});
export type RegionTicket = z.infer<typeof regionTicket>;

export const regionEscort = z.strictObject({
  id,
  kind: z.enum(escortKinds),
  ticketId: id.nullable(),
  businessDay: day,
  requestedAt: ms,
  acceptedAt: ms.nullable(),
  deliveredAt: ms.nullable(),
});
export type RegionEscort = z.infer<typeof regionEscort>;

export const regionCompensation = z.strictObject({
  id,
  ticketId: id,
  kind: z.enum(compensationKinds),
  amountWon: z.number().int().nonnegative().nullable(),
  status: z.enum(['pending', 'approved', 'rejected', 'paid']),
  createdAt: ms,
  decidedAt: ms.nullable(),
  paidAt: ms.nullable(),
});
export type RegionCompensation = z.infer<typeof regionCompensation>;

/**
 * A complaint, dissatisfaction or unkindness report or suggestion as a region sees it: its kind,
 * the department it concerns, and its clocks against the charter's deadline. Never what the
 * visitor wrote, the case's number, the contact for the reply, the answer or delay reason, the
 * visit's ticket, or the desk, official or staff member it names or who handled it.
 */
export const regionCase = z.strictObject({
  id,
  kind: z.enum(caseKinds),
  departmentId: id.nullable(),
  receivedAt: ms,
  /** The deadline in force (moved by a delay notice); null where the charter sets none. */
  dueAt: ms.nullable(),
  status: z.enum(caseStatuses),
  delayNotifiedAt: ms.nullable(),
  lateDelayNotice: z.boolean(),
  answeredAt: ms.nullable(),
  /** The office's finding: was the report borne out? */
  upheld: z.boolean().nullable(),
});
export type RegionCase = z.infer<typeof regionCase>;

/** A visit's one-tap rating: the visit (an id of the same office) and the face, nothing else. */
export const regionRating = z.strictObject({
  ticketId: id,
  businessDay: day,
  score: z.literal(ratingScores),
});
export type RegionRating = z.infer<typeof regionRating>;

/** The charter's public promises: what "within target" means for this office. */
export const regionCharter = z.strictObject({
  presetId: z.enum(charterPresetIds),
  officeKo: z.string().max(200),
  officeEn: z.string().max(200),
  attendTargetMs: ms.nullable(),
  guideTargetMs: ms.nullable(),
  compensationKind: z.enum(compensationKinds),
  compensationAmountWon: z.number().int().nonnegative().nullable(),
});
export type RegionCharter = z.infer<typeof regionCharter>;

export const regionFactsSchema = z.discriminatedUnion('kind', [
  /** One ticket after a change, or two for a transfer (the finished one and the new one). */
  z.strictObject({
    kind: z.literal('tickets'),
    tickets: z.array(regionTicket).min(1).max(2),
    compensation: regionCompensation.nullable(),
  }),
  z.strictObject({ kind: z.literal('escort'), escort: regionEscort }),
  z.strictObject({ kind: z.literal('compensation'), compensation: regionCompensation }),
  z.strictObject({
    kind: z.literal('department'),
    department: z.strictObject({ id, nameKo: z.string().max(200), nameEn: z.string().max(200) }),
  }),
  z.strictObject({ kind: z.literal('charter'), charter: regionCharter }),
  /** A case after a change: received, a delay notified, answered or closed. */
  z.strictObject({ kind: z.literal('case'), case: regionCase }),
  z.strictObject({ kind: z.literal('rating'), rating: regionRating }),
  /** The office purged the visit details of the business days through `throughDay`. */
  z.strictObject({ kind: z.literal('purged'), throughDay: day }),
]);
export type RegionFacts = z.infer<typeof regionFactsSchema>;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * One event as it crosses. `digest` is SHA-256 of the payload as the office holds it now (so an
 * edited payload breaks the chain at its own seq), or the stored digest of a purged payload.
 * `facts` is null when the event carries nothing a region needs, or its payload was purged
 * (`purged`): the link still crosses, so the chain can be checked through it.
 */
export const feedEvent = z.strictObject({
  seq: id,
  type: z.string().min(1).max(60),
  at: ms,
  digest: hex64,
  hash: hex64,
  purged: z.boolean(),
  facts: regionFactsSchema.nullable(),
});
export type FeedEvent = z.infer<typeof feedEvent>;

export const FEED_PAGE_DEFAULT = 1000;
export const FEED_PAGE_MAX = 5000;

export const feedQuery = z.strictObject({
  after: z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  /** 0 asks for the anchor alone: how a region finds where a rewritten log first differs. */
  limit: z.coerce.number().int().min(0).max(FEED_PAGE_MAX).default(FEED_PAGE_DEFAULT),
});
export type FeedQuery = z.input<typeof feedQuery>;

export const feedPage = z.strictObject({
  office: z.strictObject({ nameKo: z.string().max(200), nameEn: z.string().max(200) }),
  /** The office's last seq now. */
  lastSeq: z.number().int().nonnegative(),
  /**
   * The office's hash of event `after` (the genesis link for 0); null when the office's log
   * ends before it. A region compares it with its own copy before taking anything new.
   */
  anchor: z.strictObject({ seq: z.number().int().nonnegative(), hash: hex64 }).nullable(),
  events: z.array(feedEvent).max(FEED_PAGE_MAX),
});
export type FeedPage = z.infer<typeof feedPage>;
