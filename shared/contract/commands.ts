import { z } from 'zod';
import { charterPresetIds, compensationKinds, escortPolicies } from '../charter/presets';
import { TICKET_PREFIX_PATTERN } from '../numbering/ticket-number';
import { MAX_FORECAST_HORIZON_MS, MAX_WAIT_TARGET_MS } from '../forecast/forecast-settings';
import { MAX_ORDINARY_PER_PRIORITY, priorityNeeds } from '../queue/priority-rule';
import type { ErrorCode } from './errors';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../retention/visit-retention';
import { deviceRoles, type Device, type Pairing } from './devices';
import { caseCategories, caseChannels } from '../cases/case-kinds';
import { ratingScores } from '../satisfaction/rating';
import type { Case, VisitRating } from './case-views';
import type { Charter } from '../charter/presets';
import type { ForecastSettings } from '../forecast/forecast-settings';
import type { OfficeHours } from '../hours/office-hours';
import type {
  Compensation,
  Department,
  Desk,
  DeskAway,
  EscortRequest,
  Holiday,
  Language,
  Staff,
  Task,
  Ticket,
} from './views';
import { awayReasons, deskModes, escortKinds, escortReasons, languages, staffRoles } from './views';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
const isoDay = z.iso.date();
const replyDays = z.number().int().positive().max(365);
const priorityRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('first') }),
  z.strictObject({
    kind: z.literal('ratio'),
    ordinaryPerPriority: z.number().int().min(1).max(MAX_ORDINARY_PER_PRIORITY),
  }),
]);

/**
 * Who may send a command (`commandAudience` in access.ts): `public` is the kiosk's (the hub's PC,
 * paired kiosks, and staff on a visitor's behalf); `desk` and `guide` need a staff sign-in of that
 * role; a manager may send every command. A `desk` command acts for the desk in its `deskId`, and
 * desk staff may send it only for the desk they signed in at.
 */
export type CommandAccess = 'public' | 'desk' | 'guide' | 'manager';

type CommandSpec =
  | { access: 'desk'; input: z.ZodType<{ deskId: number }>; errors: readonly ErrorCode[] }
  | { access: Exclude<CommandAccess, 'desk'>; input: z.ZodType; errors: readonly ErrorCode[] };

/** A claim of "I came before for this" is accepted for this long (a product default; no charter sets it). */
export const REPEAT_VISIT_WINDOW_DAYS = 90;

export const commands = {
  issueTicket: {
    access: 'public',
    input: z.strictObject({
      departmentId: id,
      taskId: id.optional(),
      language: z.enum(languages).default('ko'),
      /** The code printed on an earlier ticket for the same matter. */
      repeatOfCode: z.string().max(40).optional(),
      /** The visitor asked for priority (사회적 배려). */
      priorityNeed: z.enum(priorityNeeds).optional(),
    }),
    errors: [
      'department_not_found',
      'office_closed',
      'department_closed',
      'wrong_department',
      'invalid_ticket_code',
      'ticket_code_unknown',
      'repeat_code_expired',
    ],
  },
  requestEscort: {
    access: 'public',
    input: z.strictObject({
      kind: z.enum(escortKinds),
      reason: z.enum(escortReasons),
      ticketId: id.optional(),
      language: z.enum(languages).default('ko'),
      /** Without it, the escort carries the priority of its ticket, if any. */
      priorityNeed: z.enum(priorityNeeds).optional(),
    }),
    errors: ['ticket_not_found', 'ticket_expired'],
  },
  acceptEscort: {
    access: 'guide',
    input: z.strictObject({ requestId: id }),
    errors: ['escort_not_found', 'illegal_transition'],
  },
  deliverEscort: {
    access: 'guide',
    input: z.strictObject({ requestId: id }),
    errors: ['escort_not_found', 'illegal_transition'],
  },
  callNext: {
    access: 'desk',
    input: z.strictObject({ deskId: id }),
    errors: ['desk_not_found', 'desk_away', 'queue_empty'],
  },
  callTicket: {
    access: 'desk',
    input: z.strictObject({ deskId: id, ticketId: id }),
    errors: ['desk_not_found', 'desk_away', 'ticket_not_found', 'wrong_department', 'illegal_transition'],
  },
  recallTicket: {
    access: 'desk',
    input: z.strictObject({ deskId: id, ticketId: id }),
    errors: [
      'desk_not_found',
      'ticket_not_found',
      'ticket_not_at_desk',
      'ticket_expired',
      'illegal_transition',
    ],
  },
  transferTicket: {
    access: 'desk',
    input: z.strictObject({ deskId: id, ticketId: id, toDepartmentId: id, note: text(1000) }),
    errors: [
      'desk_not_found',
      'ticket_not_found',
      'ticket_not_at_desk',
      'ticket_expired',
      'department_not_found',
      'wrong_department',
      'illegal_transition',
    ],
  },
  setDeskAway: {
    access: 'desk',
    input: z.strictObject({ deskId: id, reason: z.enum(awayReasons), standInDeskId: id }),
    errors: ['desk_not_found', 'stand_in_loop'],
  },
  returnToDesk: {
    access: 'desk',
    input: z.strictObject({ deskId: id }),
    errors: ['desk_not_found', 'desk_not_away'],
  },
  judgeRepeatVisit: {
    access: 'desk',
    input: z.strictObject({
      deskId: id,
      ticketId: id,
      /** Needed when the visitor did not give the earlier code at the kiosk. */
      earlierCode: z.string().max(40).optional(),
      staffError: z.boolean(),
      reason: text(500),
    }),
    errors: [
      'desk_not_found',
      'ticket_not_found',
      'wrong_department',
      'illegal_transition',
      'invalid_ticket_code',
      'ticket_code_unknown',
      'repeat_code_expired',
      'already_judged',
    ],
  },
  checkIn: {
    access: 'desk',
    input: z.strictObject({ deskId: id, code: z.string().max(40) }),
    errors: [
      'desk_not_found',
      'invalid_ticket_code',
      'ticket_code_unknown',
      'ticket_expired',
      'wrong_department',
      'illegal_transition',
    ],
  },
  acknowledgeArrival: {
    access: 'desk',
    input: z.strictObject({ deskId: id, ticketId: id }),
    errors: [
      'desk_not_found',
      'ticket_not_found',
      'ticket_not_at_desk',
      'ticket_expired',
      'illegal_transition',
    ],
  },
  finishService: {
    access: 'desk',
    input: z.strictObject({ deskId: id, ticketId: id, note: z.string().trim().max(1000).optional() }),
    errors: [
      'desk_not_found',
      'ticket_not_found',
      'ticket_not_at_desk',
      'ticket_expired',
      'illegal_transition',
    ],
  },
  markNoShow: {
    access: 'desk',
    input: z.strictObject({ deskId: id, ticketId: id }),
    errors: [
      'desk_not_found',
      'ticket_not_found',
      'ticket_not_at_desk',
      'ticket_expired',
      'illegal_transition',
    ],
  },
  setOfficeHours: {
    access: 'manager',
    input: z
      .strictObject({
        week: z
          .array(
            z
              .strictObject({
                weekday: z.number().int().min(0).max(6),
                opens: clockTime,
                closes: clockTime.or(z.literal('24:00')),
              })
              .refine((d) => d.closes === '24:00' || d.closes > d.opens, 'closes must be after opens'),
          )
          .max(7)
          .refine((w) => new Set(w.map((d) => d.weekday)).size === w.length, 'one entry per weekday'),
        /** An empty week opens the office around the clock: said outright, never by unticking every day. */
        alwaysOpen: z.literal(true).optional(),
      })
      .refine(
        (input) => (input.week.length === 0) === (input.alwaysOpen === true),
        'an empty week needs alwaysOpen: true, and alwaysOpen needs an empty week',
      ),
    errors: [],
  },
  setHoliday: {
    access: 'manager',
    input: z.strictObject({ day: isoDay, nameKo: text(80) }),
    errors: [],
  },
  removeHoliday: {
    access: 'manager',
    input: z.strictObject({ day: isoDay }),
    errors: ['holiday_not_found'],
  },
  setDepartmentAccepting: {
    access: 'manager',
    input: z.strictObject({ departmentId: id, accepting: z.boolean() }),
    errors: ['department_not_found'],
  },
  approveCompensation: {
    access: 'manager',
    input: z.strictObject({
      compensationId: id,
      /** Required where the charter leaves the amount to a regulation. */
      amountWon: z.number().int().positive().max(10_000_000).optional(),
      note: z.string().trim().max(500).optional(),
    }),
    errors: ['compensation_not_found', 'illegal_transition', 'amount_required'],
  },
  rejectCompensation: {
    access: 'manager',
    input: z.strictObject({ compensationId: id, reason: text(500) }),
    errors: ['compensation_not_found', 'illegal_transition'],
  },
  markCompensationPaid: {
    access: 'manager',
    input: z.strictObject({ compensationId: id, reference: text(120) }),
    errors: ['compensation_not_found', 'illegal_transition'],
  },
  setExportStaffNames: {
    access: 'manager',
    input: z.strictObject({ include: z.boolean() }),
    errors: [],
  },
  setStaffFigures: {
    access: 'manager',
    input: z.strictObject({ include: z.boolean() }),
    errors: [],
  },
  setApprovalBoxes: {
    access: 'manager',
    input: z.strictObject({ include: z.boolean() }),
    errors: [],
  },
  setForecastSettings: {
    access: 'manager',
    input: z.strictObject({
      /** Warn when a breach is expected within this long. */
      horizonMs: z.number().int().min(60_000).max(MAX_FORECAST_HORIZON_MS),
      /** The office's own waiting target, used where the charter sets no time-to-guide target. */
      waitTargetMs: z.number().int().min(60_000).max(MAX_WAIT_TARGET_MS).nullable(),
    }),
    errors: [],
  },
  setRetentionDays: {
    access: 'manager',
    input: z.strictObject({
      /** Visit details older than this many days are purged; the daily summaries stay. */
      days: z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS),
    }),
    errors: [],
  },
  resetStaffPin: {
    access: 'manager',
    input: z.strictObject({ staffId: id, pin: z.string().regex(/^\d{4,8}$/, '4 to 8 digits') }),
    errors: ['staff_not_found'],
  },
  defineDepartment: {
    access: 'manager',
    input: z.strictObject({
      /** Edits this department; without it a new one is created. */
      id: id.optional(),
      prefix: z.string().regex(TICKET_PREFIX_PATTERN, 'one or two capital letters'),
      nameKo: text(80),
      nameEn: text(80),
      /** Chinese and Vietnamese names, floors and locations; left empty, the kiosk shows English. */
      nameZh: optionalText(80),
      nameVi: optionalText(80),
      floor: optionalText(20),
      floorEn: optionalText(40),
      floorZh: optionalText(40),
      floorVi: optionalText(40),
      locationKo: optionalText(200),
      locationEn: optionalText(200),
      locationZh: optionalText(200),
      locationVi: optionalText(200),
      phone: optionalText(40),
      /** How priority tickets are called; a new department calls them first, an edit keeps its rule. */
      priorityRule: priorityRule.optional(),
      tasks: z
        .array(
          z.strictObject({
            /** Edits this task of the department; without it the task is added. */
            id: id.optional(),
            nameKo: text(80),
            nameEn: text(80),
            nameZh: optionalText(80),
            nameVi: optionalText(80),
            keywords: optionalText(400),
            keywordsEn: optionalText(400),
            keywordsZh: optionalText(400),
            keywordsVi: optionalText(400),
          }),
        )
        .max(100)
        .default([]),
    }),
    /** Editing: tasks left out are removed, unless tickets were issued for them (`task_in_use`). */
    errors: ['department_prefix_taken', 'department_not_found', 'wrong_department', 'task_in_use'],
  },
  defineDesk: {
    access: 'manager',
    input: z.strictObject({
      /** Edits this desk; without it a new one is created. */
      id: id.optional(),
      departmentId: id,
      nameKo: text(80),
      nameEn: text(80),
      mode: z.enum(deskModes),
    }),
    errors: ['department_not_found', 'desk_not_found'],
  },
  defineStaff: {
    access: 'manager',
    input: z
      .strictObject({
        /** Edits this staff member (their PIN stays unless given); without it one is created. */
        id: id.optional(),
        login: z
          .string()
          .regex(/^[a-z0-9._-]{3,32}$/, '3–32 lowercase letters, digits, dot, dash or underscore'),
        name: text(60),
        role: z.enum(staffRoles),
        pin: z
          .string()
          .regex(/^\d{4,8}$/, '4 to 8 digits')
          .optional(),
        /** Desk staff sign in at this department's desks only… */
        departmentId: id.nullable().default(null),
        /** …unless a manager lets them work at other departments' desks too. */
        otherDepartments: z.boolean().default(false),
      })
      .refine((s) => s.id !== undefined || s.pin !== undefined, {
        path: ['pin'],
        message: 'a new staff member needs a PIN',
      })
      .refine((s) => s.role !== 'desk' || s.departmentId !== null || s.otherDepartments, {
        path: ['departmentId'],
        message: 'desk staff need a department, or leave to work at every department’s desks',
      }),
    errors: ['staff_login_taken', 'staff_not_found', 'last_manager', 'department_not_found'],
  },
  setKioskLanguages: {
    access: 'manager',
    input: z.strictObject({
      languages: z
        .array(z.enum(languages))
        .min(1)
        .max(languages.length)
        .refine((l) => new Set(l).size === l.length, 'each language once')
        .refine((l) => l[0] === 'ko', 'Korean is always offered, first'),
    }),
    errors: ['charter_required'],
  },
  startPairing: {
    access: 'manager',
    input: z.strictObject({ role: z.enum(deviceRoles), name: text(40) }),
    errors: [],
  },
  revokeDevice: {
    access: 'manager',
    input: z.strictObject({ deviceId: id }),
    errors: ['device_not_found'],
  },
  applyCharter: {
    access: 'manager',
    input: z.strictObject({
      presetId: z.enum(charterPresetIds),
      officeKo: text(80),
      officeEn: text(120),
      attendTargetMs: z.number().int().positive().max(86_400_000).nullable(),
      guideTargetMs: z.number().int().positive().max(86_400_000).nullable(),
      warningShare: z.number().gt(0).max(1),
      compensationKind: z.enum(compensationKinds),
      compensationAmountWon: z.number().int().nonnegative().max(10_000_000).nullable(),
      compensationBasisKo: text(200),
      escortPolicy: z.enum(escortPolicies),
      standInRequired: z.boolean(),
      complaintReplyDays: replyDays,
      dissatisfactionReplyDays: replyDays.nullable(),
      unkindnessReplyDays: replyDays.nullable(),
      suggestionReplyDays: replyDays.nullable(),
      unkindnessActionThreshold: z.number().int().min(1).max(100).nullable(),
      unkindnessWindowDays: z.number().int().min(1).max(3650),
      greetingKo: text(200),
    }),
    errors: [],
  },
  receiveCase: {
    /** The kiosk, or staff writing a case down on a visitor's behalf. */
    access: 'public',
    input: z
      .strictObject({
        category: z.enum(caseCategories),
        /** Staff say how it reached them; the kiosk is always `kiosk`. */
        channel: z.enum(caseChannels).default('kiosk'),
        description: z.string().trim().max(2000).default(''),
        language: z.enum(languages).default('ko'),
        /** What it concerns, where known; a ticket code brings its department, desk and official. */
        concerns: z
          .strictObject({
            departmentId: id.optional(),
            deskId: id.optional(),
            staffId: id.optional(),
            ticketCode: z.string().max(40).optional(),
          })
          .default({}),
        /** Where to send the reply; kept only with consent, and deleted after the answer. */
        contact: z.string().trim().min(1).max(120).optional(),
        contactConsent: z.boolean().default(false),
      })
      .refine((c) => c.contact === undefined || c.contactConsent, {
        path: ['contactConsent'],
        message: 'a contact is kept only with the visitor’s consent',
      }),
    errors: [
      'department_not_found',
      'desk_not_found',
      'staff_not_found',
      'invalid_ticket_code',
      'ticket_code_unknown',
      'forbidden',
    ],
  },
  notifyCaseDelay: {
    access: 'manager',
    input: z.strictObject({
      caseId: id,
      reason: text(500),
      /** The expected date told to the visitor (처리예정일): after the deadline in force. */
      newDueDay: isoDay,
    }),
    errors: ['case_not_found', 'illegal_transition', 'due_day_not_later'],
  },
  answerCase: {
    access: 'manager',
    input: z.strictObject({
      caseId: id,
      summary: text(2000),
      /** Was the report borne out? Left out where it does not apply (a suggestion). */
      upheld: z.boolean().optional(),
    }),
    errors: ['case_not_found', 'illegal_transition'],
  },
  closeCase: {
    access: 'manager',
    input: z.strictObject({ caseId: id }),
    errors: ['case_not_found', 'illegal_transition'],
  },
  rateVisit: {
    /** Anonymous: the kiosk (by the ticket's code) or a desk-facing tablet (just after the visit). */
    access: 'public',
    input: z.union([
      z.strictObject({ code: z.string().max(40), score: z.literal(ratingScores) }),
      z.strictObject({ deskId: id, ticketId: id, score: z.literal(ratingScores) }),
    ]),
    errors: [
      'invalid_ticket_code',
      'ticket_code_unknown',
      'ticket_not_found',
      'ticket_not_at_desk',
      'visit_not_served',
      'rating_closed',
      'already_rated',
    ],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commands;
export const commandNames = Object.keys(commands) as CommandName[];

/** What a client sends (defaults may be left out). */
export type CommandInput<N extends CommandName> = z.input<(typeof commands)[N]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<N extends CommandName> = z.output<(typeof commands)[N]['input']>;

export type CommandResults = {
  issueTicket: { ticket: Ticket; ahead: number };
  requestEscort: { request: EscortRequest };
  acceptEscort: { request: EscortRequest };
  deliverEscort: { request: EscortRequest };
  callNext: { ticket: Ticket };
  callTicket: { ticket: Ticket };
  recallTicket: { ticket: Ticket };
  /** `ahead`: how many the new department calls before the visitor, for the desk to tell them. */
  transferTicket: { ticket: Ticket; transferredTo: Ticket; ahead: number };
  setDeskAway: { away: DeskAway };
  returnToDesk: { deskId: number };
  judgeRepeatVisit: { ticket: Ticket; compensation: Compensation | null };
  resetStaffPin: { staffId: number };
  approveCompensation: { compensation: Compensation };
  rejectCompensation: { compensation: Compensation };
  markCompensationPaid: { compensation: Compensation };
  setExportStaffNames: { include: boolean };
  setRetentionDays: { days: number };
  setStaffFigures: { include: boolean };
  setApprovalBoxes: { include: boolean };
  setForecastSettings: { settings: ForecastSettings };
  setOfficeHours: { hours: OfficeHours; holidays: Holiday[] };
  setHoliday: { hours: OfficeHours; holidays: Holiday[] };
  removeHoliday: { hours: OfficeHours; holidays: Holiday[] };
  setDepartmentAccepting: { department: Department };
  checkIn: { ticket: Ticket };
  acknowledgeArrival: { ticket: Ticket };
  finishService: { ticket: Ticket };
  markNoShow: { ticket: Ticket };
  defineDepartment: { department: Department; tasks: Task[] };
  defineDesk: { desk: Desk };
  defineStaff: { staff: Staff };
  setKioskLanguages: { languages: Language[] };
  applyCharter: { charter: Charter };
  /** `code` is shown once, to the manager who asked; the hub keeps only its hash. */
  startPairing: { pairing: Pairing; code: string };
  revokeDevice: { device: Device };
  receiveCase: { case: Case };
  notifyCaseDelay: { case: Case };
  answerCase: { case: Case };
  closeCase: { case: Case };
  rateVisit: { rating: VisitRating };
};
export type CommandResult<N extends CommandName> = CommandResults[N];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
