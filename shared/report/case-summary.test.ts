import { describe, expect, it } from 'vitest';
import { createCaseSummaryBuilder, type CaseReportRecord } from './case-summary';

const seoul = (text: string): number => Date.parse(`${text}+09:00`);

const base: CaseReportRecord = {
  id: 1,
  number: '2026-0001',
  kind: 'complaint',
  category: 'handling',
  channel: 'kiosk',
  language: 'ko',
  description: '',
  departmentId: 1,
  deskId: null,
  staffId: null,
  ticketId: null,
  ticketNumber: null,
  ticketDay: null,
  receivedAt: seoul('2026-11-23T10:00'),
  receivedBy: null,
  replyDays: 3,
  originalDueAt: seoul('2026-11-26T10:00'),
  dueAt: seoul('2026-11-26T10:00'),
  status: 'received',
  delayReason: null,
  delayNotifiedAt: null,
  lateDelayNotice: false,
  answeredAt: null,
  answeredBy: null,
  answerSummary: null,
  upheld: null,
  closedAt: null,
  closedBy: null,
  hasContact: false,
  departmentKo: '종합민원실',
  deskKo: null,
  staffName: null,
};

describe('the case figures of a report', () => {
  it('counts by kind, department and day, judged at the report’s time', () => {
    const builder = createCaseSummaryBuilder(seoul('2026-11-27T09:00'));
    // Answered in time, answered late, open and overdue, open with a moved deadline still ahead.
    builder.add({ ...base, status: 'closed', answeredAt: seoul('2026-11-25T10:00') });
    builder.add({
      ...base,
      id: 2,
      kind: 'dissatisfaction',
      status: 'answered',
      answeredAt: seoul('2026-11-26T11:00'),
    });
    builder.add({
      ...base,
      id: 3,
      receivedAt: seoul('2026-11-24T09:00'),
      departmentId: null,
      departmentKo: null,
    });
    builder.add({
      ...base,
      id: 4,
      kind: 'suggestion',
      receivedAt: seoul('2026-11-24T09:30'),
      status: 'delayNotified',
      delayNotifiedAt: seoul('2026-11-25T09:00'),
      dueAt: seoul('2026-12-05T00:00'),
    });
    const summary = builder.finish();
    expect(summary.total).toEqual({
      received: 4,
      answered: 2,
      answeredOnTime: 1,
      answeredLate: 1,
      open: 2,
      overdue: 1,
      delayed: 1,
      lateDelayNotices: 0,
      notUpheld: 0,
    });
    expect(summary.byKind.map((k) => [k.kind, k.received, k.overdue])).toEqual([
      ['complaint', 2, 1],
      ['dissatisfaction', 1, 0],
      ['unkindness', 0, 0],
      ['suggestion', 1, 0],
    ]);
    expect(summary.byDepartment.map((d) => [d.key, d.labelKo, d.received])).toEqual([
      ['department:1', '종합민원실', 3],
      ['department:none', '', 1],
    ]);
    expect(summary.byDay.map((d) => [d.day, d.received])).toEqual([
      ['2026-11-23', 2],
      ['2026-11-24', 2],
    ]);
  });

  it('counts unkindness reports per official and desk, leaving out those not borne out', () => {
    const builder = createCaseSummaryBuilder(seoul('2026-11-27T09:00'));
    const unkind = {
      ...base,
      kind: 'unkindness' as const,
      staffId: 7,
      staffName: '김민지',
      deskId: 2,
      deskKo: '1번 창구',
    };
    builder.add(unkind);
    builder.add({ ...unkind, id: 2 });
    builder.add({
      ...unkind,
      id: 3,
      upheld: false,
      status: 'answered',
      answeredAt: seoul('2026-11-24T09:00'),
    });
    expect(builder.finish().unkindness.map((u) => [u.key, u.staffName ?? u.deskKo, u.count])).toEqual([
      ['desk:2', '1번 창구', 2],
      ['staff:7', '김민지', 2],
    ]);
  });
});
