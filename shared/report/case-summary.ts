import { caseKinds, type CaseKind } from '../cases/case-kinds';
import { caseStanding } from '../cases/case-standing';
import type { Case } from '../contract/case-views';
import { businessDay } from '../time/business-day';

/** A case as a report reads it: with the names of what it concerns, as they are today. */
export type CaseReportRecord = Case & {
  departmentKo: string | null;
  deskKo: string | null;
  staffName: string | null;
};

export type CaseTally = {
  received: number;
  answered: number;
  /** Answered by the deadline in force, every delay notified before it passed. */
  answeredOnTime: number;
  answeredLate: number;
  /** Still open at the report's `asOf`, and how many of those past their deadline. */
  open: number;
  overdue: number;
  /** Cases whose deadline was moved by a delay notice, and how many of those notices came late. */
  delayed: number;
  lateDelayNotices: number;
  /** Answered with the report found not borne out. */
  notUpheld: number;
};

export type CaseGroup = CaseTally & { key: string; labelKo: string };

/** Unkindness reports received in the report's days about one official or desk. */
export type UnkindnessLine = {
  key: string;
  staffId: number | null;
  staffName: string | null;
  deskId: number | null;
  deskKo: string | null;
  count: number;
};

export type CaseSummary = {
  total: CaseTally;
  byKind: (CaseTally & { kind: CaseKind })[];
  /** Cases that name a department; `department:none` gathers the rest. */
  byDepartment: CaseGroup[];
  /** Per business day of receipt, in day order (days without a case left out). */
  byDay: (CaseTally & { day: string })[];
  unkindness: UnkindnessLine[];
};

function emptyCaseTally(): CaseTally {
  return {
    received: 0,
    answered: 0,
    answeredOnTime: 0,
    answeredLate: 0,
    open: 0,
    overdue: 0,
    delayed: 0,
    lateDelayNotices: 0,
    notUpheld: 0,
  };
}

function tallyCase(t: CaseTally, c: Case, asOf: number): void {
  t.received += 1;
  const standing = caseStanding(c, asOf);
  if (standing === 'answeredOnTime' || standing === 'answeredLate') {
    t.answered += 1;
    if (standing === 'answeredOnTime') t.answeredOnTime += 1;
    else t.answeredLate += 1;
  } else {
    t.open += 1;
    if (standing === 'overdue') t.overdue += 1;
  }
  if (c.delayNotifiedAt !== null) t.delayed += 1;
  if (c.lateDelayNotice) t.lateDelayNotices += 1;
  if (c.upheld === false) t.notUpheld += 1;
}

/**
 * Folds the cases received in a report's days into their figures: how many, of what kind, answered
 * within the charter's deadline or not, and still open at `asOf`.
 */
export function createCaseSummaryBuilder(asOf: number) {
  const total = emptyCaseTally();
  const kinds = new Map<CaseKind, CaseTally>(caseKinds.map((kind) => [kind, emptyCaseTally()]));
  const departments = new Map<string, CaseGroup>();
  const unkindness = new Map<string, UnkindnessLine>();
  const days = new Map<string, CaseTally & { day: string }>();
  const countUnkind = (key: string, line: Omit<UnkindnessLine, 'key' | 'count'>): void => {
    const found = unkindness.get(key) ?? { key, ...line, count: 0 };
    found.count += 1;
    unkindness.set(key, found);
  };
  return {
    add(c: CaseReportRecord): void {
      tallyCase(total, c, asOf);
      tallyCase(kinds.get(c.kind)!, c, asOf);
      const key = c.departmentId === null ? 'department:none' : `department:${c.departmentId}`;
      let group = departments.get(key);
      if (!group) departments.set(key, (group = { ...emptyCaseTally(), key, labelKo: c.departmentKo ?? '' }));
      tallyCase(group, c, asOf);
      const day = businessDay(c.receivedAt);
      let dayTally = days.get(day);
      if (!dayTally) days.set(day, (dayTally = { ...emptyCaseTally(), day }));
      tallyCase(dayTally, c, asOf);
      if (c.kind !== 'unkindness' || c.upheld === false) return;
      if (c.staffId !== null) {
        countUnkind(`staff:${c.staffId}`, {
          staffId: c.staffId,
          staffName: c.staffName,
          deskId: null,
          deskKo: null,
        });
      }
      if (c.deskId !== null) {
        countUnkind(`desk:${c.deskId}`, {
          staffId: null,
          staffName: null,
          deskId: c.deskId,
          deskKo: c.deskKo,
        });
      }
    },
    finish(): CaseSummary {
      const byKey = (a: { key: string }, b: { key: string }) =>
        a.key.localeCompare(b.key, 'en', { numeric: true });
      return {
        total,
        byKind: caseKinds.map((kind) => ({ kind, ...kinds.get(kind)! })),
        byDepartment: [...departments.values()].sort(byKey),
        byDay: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
        unkindness: [...unkindness.values()].sort((a, b) => b.count - a.count || byKey(a, b)),
      };
    },
  };
}
