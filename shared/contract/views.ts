import type { Charter } from '../charter/presets';
import type { OfficeHours, OfficeStatus } from '../hours/office-hours';
import type { BreachForecast } from '../forecast/breach-forecast';
import type { PastCall } from '../queue/next-visitor';
import type { PriorityNeed, PriorityRule } from '../queue/priority-rule';
import type { VisitStatus } from '../visit/lifecycle';

export const languages = ['ko', 'en', 'zh', 'vi'] as const;
export type Language = (typeof languages)[number];

export const deskModes = ['queue', 'direct'] as const;
/** queue: the desk calls numbers; direct: visitors walk up and the desk checks their ticket in. */
export type DeskMode = (typeof deskModes)[number];

export const staffRoles = ['desk', 'guide', 'manager'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** A visit as every screen sees it; times are the hub's UTC milliseconds. */
export type Ticket = {
  id: number;
  number: string;
  code: string;
  departmentId: number;
  deskId: number | null;
  taskId: number | null;
  status: VisitStatus;
  language: Language;
  businessDay: string;
  issuedAt: number;
  arrivedAt: number | null;
  acknowledgedAt: number | null;
  finishedAt: number | null;
  /** The charter targets in force when the ticket was issued, so later reports explain themselves. */
  attendTargetMs: number | null;
  guideTargetMs: number | null;
  warningShare: number;
  /** The handover note a transferred visitor arrives with, shown before the desk acknowledges. */
  note: string | null;
  /** What the desk wrote on finishing: a service note, or the note it handed on with a transfer. */
  finishNote: string | null;
  /** The earlier visit for the same matter, when the visitor said "I came before for this". */
  repeatOfTicketId: number | null;
  /** The desk's verdict on a repeat visit; staff error makes it served first and owes compensation. */
  repeatJudgement: RepeatJudgement | null;
  /** Set on the new ticket a transfer creates; its `note` carries what the visitor already said. */
  transferredFromTicketId: number | null;
  /**
   * The first ticket of the visit's transfer chain (its own id unless transferred): a transferred
   * visitor keeps the place in line that ticket gave them (shared/queue/next-visitor.ts).
   */
  firstTicketId: number;
  servedFirst: boolean;
  /** Asked for priority (사회적 배려) at the kiosk: called by the department's priority rule. */
  prioritized: boolean;
  /** Why, for staff screens; lobby screens see only `prioritized`. */
  priorityNeed: PriorityNeed | null;
  lastCalledAt: number | null;
  callCount: number;
  /** The away desk this arrival was meant for, when a stand-in took it. */
  routedFromDeskId: number | null;
  attendedByStaffId: number | null;
};

/** A call of the department today, and which ticket it went to. */
export type DepartmentCall = PastCall & { ticketId: number };

export type RepeatJudgement = { judgedAt: number; staffError: boolean; reason: string };

/**
 * Office data carries a text per kiosk language; an empty one is a translation not given yet, and
 * screens fall back to English, then Korean (shared/office/office-texts.ts). `keywords` and
 * `floor` are the Korean ones.
 */
export type Task = {
  id: number;
  departmentId: number;
  nameKo: string;
  nameEn: string;
  nameZh: string;
  nameVi: string;
  /** Search words, separated by spaces or commas. */
  keywords: string;
  keywordsEn: string;
  keywordsZh: string;
  keywordsVi: string;
};

export type Department = {
  id: number;
  prefix: string;
  nameKo: string;
  nameEn: string;
  nameZh: string;
  nameVi: string;
  floor: string;
  floorEn: string;
  floorZh: string;
  floorVi: string;
  locationKo: string;
  locationEn: string;
  locationZh: string;
  locationVi: string;
  phone: string;
  /** False while the manager has stopped ticket issuing for this department. */
  accepting: boolean;
  /** How its priority tickets are called among ordinary ones. */
  priorityRule: PriorityRule;
};

export type DepartmentWithQueue = Department & {
  waiting: number;
  tasks: Task[];
  /** For a ticket taken now; null until today's service times give a basis. */
  estimatedWaitMs: number | null;
};

export type Desk = {
  id: number;
  departmentId: number;
  nameKo: string;
  nameEn: string;
  mode: DeskMode;
};

/** A day the office is shut, with its name as the manager wrote it (설날, 추석, 개청기념일). */
export type Holiday = { day: string; nameKo: string };

/** Staff as screens see them: never the PIN hash. */
export type Staff = {
  id: number;
  login: string;
  name: string;
  role: StaffRole;
  /** Desk staff: the department whose desks they sign in at. */
  departmentId: number | null;
  /** Desk staff: a manager lets them sign in at other departments' desks too. */
  otherDepartments: boolean;
};

export type Office = {
  nameKo: string;
  nameEn: string;
  /** Null until the office applies a charter; tickets then carry no targets. */
  charter: Charter | null;
  departments: DepartmentWithQueue[];
  desks: Desk[];
  hours: OfficeHours;
  /** The days of `hours.holidays` with their names, in date order. */
  holidays: Holiday[];
  /** The languages the kiosk offers, Korean first. */
  kioskLanguages: Language[];
  /** Open or closed now, and when that changes: the kiosk says so instead of issuing tickets. */
  status: OfficeStatus;
  /** The hub's clock when this snapshot was taken; screens derive their clock offset from it. */
  now: number;
  /** The last event this snapshot includes; subscribe to the stream after it. */
  seq: number;
};

export type DeskState = {
  desk: Desk;
  department: Department;
  charter: Charter | null;
  /** Issued tickets of the desk's department, in the order they will be called. */
  waiting: Ticket[];
  /** The department's calls today, oldest first: with its priority rule they decide who is next. */
  departmentCalls: DepartmentCall[];
  /** Tickets arrived at or being served by this desk. */
  atDesk: Ticket[];
  /** Tickets this desk finished today, newest first. */
  finishedToday: Ticket[];
  figures: DeskFigures;
  away: DeskAway | null;
  /** Every desk's away state, so a desk can see where arrivals for away colleagues go. */
  awayDesks: DeskAway[];
  desks: Desk[];
  departments: Department[];
  earlierVisits: EarlierVisit[];
  compensations: Compensation[];
  now: number;
  seq: number;
};

export const awayReasons = ['meeting', 'fieldWork', 'leave', 'break'] as const;
export type AwayReason = (typeof awayReasons)[number];

/** A desk whose official is away, and the desk named to serve in their place (업무대행자). */
export type DeskAway = { deskId: number; reason: AwayReason; standInDeskId: number; since: number };

export const escortKinds = ['escort', 'callStaff'] as const;
export type EscortKind = (typeof escortKinds)[number];
export const escortReasons = ['wheelchair', 'lowVision', 'hearing', 'elderly', 'other'] as const;
export type EscortReason = (typeof escortReasons)[number];
export type EscortStatus = 'requested' | 'accepted' | 'delivered';

/** A kiosk's "take me there" or "call staff": requested → accepted → delivered. */
export type EscortRequest = {
  id: number;
  kind: EscortKind;
  reason: EscortReason;
  ticketId: number | null;
  language: Language;
  status: EscortStatus;
  requestedAt: number;
  acceptedAt: number | null;
  deliveredAt: number | null;
  guideStaffId: number | null;
  businessDay: string;
  /** The priority the visitor asked for at the kiosk, for the guide; lobby screens never see it. */
  priorityNeed: PriorityNeed | null;
};

export type CompensationStatus = 'pending' | 'approved' | 'rejected' | 'paid';

export type Compensation = {
  id: number;
  ticketId: number;
  earlierTicketId: number;
  kind: Charter['compensationKind'];
  amountWon: number | null;
  basisKo: string;
  reason: string;
  status: CompensationStatus;
  createdAt: number;
  createdBy: number | null;
  decidedAt: number | null;
  decidedBy: number | null;
  /** The reason of a rejection, or a note on approval. */
  decisionNote: string | null;
  paidAt: number | null;
  paidBy: number | null;
  /** The voucher serial or the transfer reference. */
  paymentReference: string | null;
};

/** A ledger line: the compensation with the visit it is owed for. */
export type LedgerEntry = Compensation & {
  ticketNumber: string;
  businessDay: string;
  departmentKo: string;
  earlierTicketNumber: string;
  earlierBusinessDay: string;
  /** Who judged the repeat visit, who approved or rejected it, who paid it (null: not recorded). */
  createdByName: string | null;
  decidedByName: string | null;
  paidByName: string | null;
};

export type LedgerTotals = Record<CompensationStatus, { count: number; won: number }>;

export type Ledger = { month: string; entries: LedgerEntry[]; totals: LedgerTotals };

/** Where and when an earlier visit happened: behind a repeat visit, or where a transfer came from. */
export type EarlierVisit = {
  ticketId: number;
  number: string;
  businessDay: string;
  departmentId: number;
  deskId: number | null;
  status: VisitStatus;
};

/** A desk's own figures for today (time-to-attend of the visits it acknowledged). */
export type DeskFigures = {
  served: number;
  noShows: number;
  acknowledged: number;
  medianAttendMs: number | null;
  worstAttendMs: number | null;
  breaches: number;
};

export type SignedIn = { staff: Staff; deskId: number | null; expiresAt: number };

/** What the wall display shows: the latest calls, where to go, and how many wait. */
export type DisplayBoard = {
  calls: Ticket[];
  desks: Desk[];
  departments: DepartmentWithQueue[];
  away: DeskAway[];
  now: number;
  seq: number;
};

export type GuideBoard = {
  requests: EscortRequest[];
  /** Today's open breach warnings and breaches under way, per department. */
  forecasts: BreachForecast[];
  tickets: Ticket[];
  departments: Department[];
  staff: Staff[];
  now: number;
  seq: number;
};
