import type { Charter } from '../charter/presets';
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
  note: string | null;
  /** The earlier visit for the same matter, when the visitor said "I came before for this". */
  repeatOfTicketId: number | null;
  /** The desk's verdict on a repeat visit; staff error makes it served first and owes compensation. */
  repeatJudgement: RepeatJudgement | null;
  /** Set on the new ticket a transfer creates; its `note` carries what the visitor already said. */
  transferredFromTicketId: number | null;
  servedFirst: boolean;
  lastCalledAt: number | null;
  callCount: number;
  /** The away desk this arrival was meant for, when a stand-in took it. */
  routedFromDeskId: number | null;
  attendedByStaffId: number | null;
};

export type RepeatJudgement = { judgedAt: number; staffError: boolean; reason: string };

export type Task = {
  id: number;
  departmentId: number;
  nameKo: string;
  nameEn: string;
  keywords: string;
};

export type Department = {
  id: number;
  prefix: string;
  nameKo: string;
  nameEn: string;
  floor: string;
  locationKo: string;
  locationEn: string;
  phone: string;
};

export type DepartmentWithQueue = Department & { waiting: number; tasks: Task[] };

export type Desk = {
  id: number;
  departmentId: number;
  nameKo: string;
  nameEn: string;
  mode: DeskMode;
};

/** Staff as screens see them: never the PIN hash. */
export type Staff = { id: number; login: string; name: string; role: StaffRole };

export type Office = {
  nameKo: string;
  nameEn: string;
  /** Null until the office applies a charter; tickets then carry no targets. */
  charter: Charter | null;
  departments: DepartmentWithQueue[];
  desks: Desk[];
  /** The hub's clock when this snapshot was taken; screens derive their clock offset from it. */
  now: number;
  /** The last event this snapshot includes; subscribe to the stream after it. */
  seq: number;
};

export type DeskState = {
  desk: Desk;
  department: Department;
  charter: Charter | null;
  /** Issued tickets of the desk's department, oldest first. */
  waiting: Ticket[];
  /** Tickets arrived at or being served by this desk. */
  atDesk: Ticket[];
  /** Tickets this desk finished today, newest first. */
  finishedToday: Ticket[];
  now: number;
  seq: number;
};
