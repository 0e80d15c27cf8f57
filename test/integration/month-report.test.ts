import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandResult, CommandResults } from '../../shared/contract/commands';
import type { GroupSummary, ReportSummary } from '../../shared/report/summary';
import { demoStaff } from '../../server/demo/inje-office';
import { createFakeClock } from '../support/fake-clock';
import { startTestHub, type TestHub } from '../support/test-hub';

// November 2026 in a 인제군 office (attend target 10 s): work on Monday the 2nd, Wednesday the
// 4th and Monday the 23rd, which is "today"; nothing on the other days, weekends included.
const seoul = (day: string, time: string) => Date.parse(`${day}T${time}+09:00`);
const CIVIL = 1; // 종합민원실, queue desks 1 and 2
const manager = demoStaff.find((s) => s.role === 'manager')!;

let t: TestHub;
let token: string;

async function ok<N extends keyof CommandResults>(name: N, body: object, as: string | null = token) {
  const r = await t.post(name, body, as);
  if (r.status !== 200) throw new Error(`${name}: ${JSON.stringify(r.json)}`);
  return (r.json as { result: CommandResult<N> }).result;
}

/** One visit at desk 1: called `guideMs` after its ticket, acknowledged `attendMs` after the call. */
async function serve(guideMs: number, attendMs: number): Promise<void> {
  const { ticket } = await ok('issueTicket', { departmentId: CIVIL }, null);
  t.clock.advance(guideMs);
  await ok('callTicket', { deskId: 1, ticketId: ticket.id });
  t.clock.advance(attendMs);
  await ok('acknowledgeArrival', { deskId: 1, ticketId: ticket.id });
  t.clock.advance(5 * 60_000);
  await ok('finishService', { deskId: 1, ticketId: ticket.id });
}

/** A new business day at 09:00, with the manager's session of that day. */
async function morning(day: string): Promise<void> {
  t.clock.set(seoul(day, '09:00:00'));
  token = await t.signIn(manager.login, manager.pin);
  t.managerToken = token;
}

async function summary(query: string): Promise<{ status: number; json: unknown }> {
  return t.get(`/api/v1/reports/summary?${query}`, token);
}

beforeEach(async () => {
  t = await startTestHub({ clock: createFakeClock(seoul('2026-11-02', '08:00:00')) });
  await morning('2026-11-02');
  for (const [guide, attend] of [
    [60_000, 4_000],
    [120_000, 8_000],
    [180_000, 20_000],
  ] as const) {
    await serve(guide, attend);
  }
  await morning('2026-11-04');
  await serve(240_000, 30_000);
  const { ticket: absent } = await ok('issueTicket', { departmentId: CIVIL }, null);
  await ok('callTicket', { deskId: 2, ticketId: absent.id });
  await ok('markNoShow', { deskId: 2, ticketId: absent.id });
  // Still waiting when the office's day ends: closed at day end, never measured later.
  await ok('issueTicket', { departmentId: CIVIL }, null);
  await morning('2026-11-23');
  await serve(30_000, 5_000);
  t.clock.set(seoul('2026-11-23', '11:00:00'));
});
afterEach(async () => {
  await t.dispose();
});

const pick = (g: GroupSummary) => ({
  key: g.key,
  visitors: g.visitors,
  served: g.served,
  noShows: g.noShows,
  closedAtDayEnd: g.closedAtDayEnd,
  attend: [
    g.attend.measured,
    g.attend.medianMs,
    g.attend.p90Ms,
    g.attend.worstMs,
    g.attend.within,
    g.attend.targeted,
  ],
  guide: [g.guide.measured, g.guide.medianMs, g.guide.worstMs],
});

describe('the month so far', () => {
  it('adds up day by day to figures computed by hand', async () => {
    const reply = await summary('from=2026-11-01&to=2026-11-23');
    expect(reply.status).toBe(200);
    const month = reply.json as ReportSummary;
    // Only the days with a visit, in calendar order.
    expect(month.days.map(pick)).toEqual([
      // 4 s, 8 s, 20 s against 10 s: median 8 s, nearest-rank 90% is the 3rd of 3, 2 of 3 kept.
      {
        key: 'day:2026-11-02',
        visitors: 3,
        served: 3,
        noShows: 0,
        closedAtDayEnd: 0,
        attend: [3, 8_000, 20_000, 20_000, 2, 3],
        guide: [3, 120_000, 180_000],
      },
      // One served at 30 s, one absent (called, never acknowledged), one closed at day end.
      {
        key: 'day:2026-11-04',
        visitors: 3,
        served: 1,
        noShows: 1,
        closedAtDayEnd: 1,
        attend: [1, 30_000, 30_000, 30_000, 0, 1],
        guide: [2, 120_000, 240_000],
      },
      {
        key: 'day:2026-11-23',
        visitors: 1,
        served: 1,
        noShows: 0,
        closedAtDayEnd: 0,
        attend: [1, 5_000, 5_000, 5_000, 1, 1],
        guide: [1, 30_000, 30_000],
      },
    ]);
    // The month: attend times 4, 5, 8, 20, 30 s → median 8 s, 90% is the 5th of 5, 3 of 5 kept.
    expect(pick(month.total)).toEqual({
      key: 'total',
      visitors: 7,
      served: 5,
      noShows: 1,
      closedAtDayEnd: 1,
      attend: [5, 8_000, 30_000, 30_000, 3, 5],
      // Issue to call: 0 (the absent visitor, called at once), 30, 60, 120, 180, 240 s → median 90 s.
      guide: [6, 90_000, 240_000],
    });
    expect(month.total.attend.withinShare).toBeCloseTo(0.6);
    // The days add up to the month.
    for (const field of ['visitors', 'served', 'noShows', 'closedAtDayEnd'] as const) {
      expect(
        month.days.reduce((sum, d) => sum + d[field], 0),
        field,
      ).toBe(month.total[field]);
    }
    expect(month.staff).toBeNull();
  });

  it('gives a past range the same figures whenever it is read', async () => {
    const first = (await summary('from=2026-11-01&to=2026-11-04')).json as ReportSummary;
    t.clock.advance(3 * 60 * 60_000);
    await serve(10_000, 3_000);
    const later = (await summary('from=2026-11-01&to=2026-11-04')).json as ReportSummary;
    expect(later).toEqual(first);
    expect(first.total.visitors).toBe(6);
    expect(first.asOf).toBe(seoul('2026-11-05', '00:00:00'));
  });

  it('shows figures per staff member only once the office turns them on', async () => {
    await ok('setStaffFigures', { include: true });
    const month = (await summary('from=2026-11-01&to=2026-11-23')).json as ReportSummary;
    // The demo manager acknowledged every visit; the no-show and the visit closed at day end had no one.
    expect(month.staff?.map((g) => [g.labelKo, g.visitors, g.served, g.attend.medianMs])).toEqual([
      [manager.name, 5, 5, 8_000],
    ]);
    await ok('setStaffFigures', { include: false });
    expect(((await summary('from=2026-11-01&to=2026-11-23')).json as ReportSummary).staff).toBeNull();
  });
});

describe('a range the hub refuses', () => {
  it('says why, for an end before the start and for more than a year', async () => {
    const refusal = async (query: string) => {
      const reply = await summary(query);
      const { error } = reply.json as { error: { code: string; message: string } };
      return { status: reply.status, code: error.code, message: error.message };
    };
    expect(await refusal('from=2026-11-23&to=2026-11-01')).toEqual({
      status: 400,
      code: 'invalid_input',
      message: 'to must not be before from',
    });
    expect(await refusal('from=2025-11-23&to=2026-11-24')).toEqual({
      status: 400,
      code: 'invalid_input',
      message: 'a range of at most 366 days',
    });
    expect(await summary('from=2026-02-30&to=2026-03-01')).toMatchObject({ status: 400 });
    expect(await summary('from=2025-11-23&to=2026-11-23')).toMatchObject({ status: 200 });
  });
});

describe('the month as a printed PDF report', () => {
  async function monthPdf(): Promise<{ pages: string[]; count: number }> {
    const response = await fetch(`${t.url}/api/v1/reports/visits?from=2026-11-01&to=2026-11-23&format=pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const path = join(t.dataDir, 'month.pdf');
    writeFileSync(path, Buffer.from(await response.arrayBuffer()));
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
    const pages = Array.from({ length: count }, (_, i) =>
      execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), path, '-'], {
        encoding: 'utf8',
      }),
    );
    return { pages, count };
  }

  it('numbers its pages, reads day by day, and explains the log check in plain words', async () => {
    // Enough late visits today for the list of breaches to run onto more pages.
    for (let i = 0; i < 60; i++) await serve(1_000, 15_000);
    const { pages, count } = await monthPdf();
    expect(count).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      // The footer, last on its page ("1 / 2"; pdftotext's layout may close up the spaces).
      expect(text, `page ${i + 1}`).toMatch(new RegExp(`\\b${i + 1}\\s*/\\s*${count}\\s*$`));
    });
    const first = pages[0]!;
    expect(first).toContain('2026-11-01 ~ 2026-11-23');
    expect(first).toMatch(/2026-11-02\s+3\s+3\s+0/);
    expect(first).toMatch(/2026-11-04\s+3\s+1\s+1/);
    expect(first.replace(/\s+/g, ' ')).toContain(
      '‘지문’입니다. 기록을 한 글자라도 고치거나 지우면 이 값이 달라집니다.',
    );
    // No 결재란 and no staff until the office asks for them.
    expect(first).not.toContain('팀장');
    expect(pages.join('\n')).not.toContain('직원별 응대 대기');
  });

  it('carries the 결재란 and the staff table only where the office turned them on', async () => {
    await ok('setApprovalBoxes', { include: true });
    await ok('setStaffFigures', { include: true });
    const settings = (await t.get('/api/v1/settings/export', token)).json;
    expect(settings).toEqual({ includeStaffNames: false, staffFigures: true, approvalBoxes: true });
    const { pages } = await monthPdf();
    expect(pages[0]).toMatch(/담당\s+팀장\s+과장/);
    expect(pages.join('\n')).toMatch(new RegExp(`직원별 응대 대기[\\s\\S]*${manager.name}\\s+5\\s+5`));
  });
});
