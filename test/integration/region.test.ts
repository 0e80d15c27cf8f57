import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventHash, payloadDigest, verifyEventChain } from '../../db/event-chain';
import { openDatabase } from '../../db/open-database';
import { createHub } from '../../server/hub/hub';
import { charterPresets, type CharterPresetId } from '../../shared/charter/presets';
import type { DeviceList } from '../../shared/contract/devices';
import type { CaseList } from '../../shared/contract/case-views';
import {
  regionCaseFiguresOf,
  regionFiguresOf,
  type RegionOffice,
  type RegionOverview,
} from '../../shared/contract/region-view';
import type { ReportSummary } from '../../shared/report/summary';
import { getOffice } from '../../region/db/offices';
import { registerOffice } from '../../region/registry/register-office';
import { startRegion, type RunningRegion } from '../../region/start-region';
import { createFakeClock, type FakeClock } from '../support/fake-clock';
import { expectOk, serveVisit } from '../support/office-day';
import { createTestDatabase, NEEDS_PG, TEST_PG, type TestDatabase } from '../support/test-postgres';
import { startTestHub, type TestHub } from '../support/test-hub';

const DAY_1 = '2026-11-23';
const DAY_2 = '2026-11-24';
const MORNING_1 = Date.parse('2026-11-23T00:30:00Z'); // 09:30 in Seoul, a Monday
const DAY_MS = 86_400_000;

/** Free text typed at the offices: none of it may reach the region. */
const NOTES = [
  '민원인 김순자 010-2345-6789 서류 보완',
  '전입 서류 누락, 내일 재방문 요망',
  '담당자 착오로 재방문',
];

/** What visitors and managers wrote about complaints: none of it may reach the region either. */
const COMPLAINT = '창구 직원 이정훈 주무관이 반말을 했습니다. 연락 바랍니다';
const CONTACT = 'visitor-reply@example.kr 010-3456-7890';
const ANSWER = '해당 직원 면담 후 친절 교육을 실시함';

type Office = { hub: TestHub; preset: CharterPresetId };

let database: TestDatabase;
let region: RunningRegion;
let regionClock: FakeClock;
const offices: Office[] = [];
const codes: string[] = [];

async function applyPreset(hub: TestHub, presetId: CharterPresetId): Promise<void> {
  await expectOk(hub.post('applyCharter', charterPresets[presetId]), 'applyCharter');
}

async function pairRegion(hub: TestHub): Promise<string> {
  const started = (await expectOk(
    hub.post('startPairing', { role: 'region', name: '도청 지역 집계' }),
    'startPairing',
  )) as { result: { code: string } };
  return started.result.code;
}

/**
 * A day at an office: visits within and beyond the target, an escort, a transfer, a no-show, a
 * repeat visit owed compensation (approved), and a visitor still waiting at the end.
 */
async function officeDay(hub: TestHub, attendMs: number): Promise<void> {
  const first = await serveVisit(hub, { guideMs: 60_000, attendMs: 3_000, note: NOTES[0] });
  codes.push(first.code);
  // The visitor taps a face; one complaint is answered at once, an unkindness report stays open.
  await expectOk(hub.post('rateVisit', { code: first.code, score: 2 }), 'rateVisit');
  const complaint = (await expectOk(
    hub.post('receiveCase', {
      category: 'handling',
      channel: 'inPerson',
      description: COMPLAINT,
      concerns: { departmentId: 1 },
      contact: CONTACT,
      contactConsent: true,
    }),
    'receiveCase',
  )) as { result: { case: { id: number; number: string } } };
  codes.push(complaint.result.case.number);
  await expectOk(
    hub.post('answerCase', { caseId: complaint.result.case.id, summary: ANSWER, upheld: true }),
    'answerCase',
  );
  const unkind = (await expectOk(
    hub.post('receiveCase', {
      category: 'staffAttitude',
      channel: 'phone',
      description: COMPLAINT,
      concerns: { deskId: 1, staffId: 2 },
    }),
    'receiveCase',
  )) as { result: { case: { number: string } } };
  codes.push(unkind.result.case.number);
  for (const ms of [attendMs, attendMs * 2, 4_000]) {
    codes.push((await serveVisit(hub, { guideMs: 90_000, attendMs: ms })).code);
  }
  const escorted = (await expectOk(hub.post('issueTicket', { departmentId: 1 }), 'issueTicket')) as {
    result: { ticket: { id: number; code: string } };
  };
  codes.push(escorted.result.ticket.code);
  await expectOk(
    hub.post('requestEscort', { kind: 'escort', reason: 'wheelchair', ticketId: escorted.result.ticket.id }),
    'requestEscort',
  );
  hub.clock.advance(100_000);
  await expectOk(hub.post('callTicket', { deskId: 1, ticketId: escorted.result.ticket.id }), 'callTicket');
  hub.clock.advance(2_000);
  await expectOk(hub.post('acknowledgeArrival', { deskId: 1, ticketId: escorted.result.ticket.id }), 'ack');
  await expectOk(
    hub.post('transferTicket', {
      deskId: 1,
      ticketId: escorted.result.ticket.id,
      toDepartmentId: 2,
      note: NOTES[1],
    }),
    'transferTicket',
  );
  const noShow = (await expectOk(hub.post('issueTicket', { departmentId: 1 }), 'issueTicket')) as {
    result: { ticket: { id: number } };
  };
  await expectOk(hub.post('callTicket', { deskId: 1, ticketId: noShow.result.ticket.id }), 'callTicket');
  hub.clock.advance(120_000);
  await expectOk(hub.post('markNoShow', { deskId: 1, ticketId: noShow.result.ticket.id }), 'markNoShow');
  const repeat = (await expectOk(
    hub.post('issueTicket', { departmentId: 1, repeatOfCode: first.code }),
    'repeat',
  )) as {
    result: { ticket: { id: number; code: string } };
  };
  codes.push(repeat.result.ticket.code);
  hub.clock.advance(30_000);
  await expectOk(hub.post('callTicket', { deskId: 1, ticketId: repeat.result.ticket.id }), 'callTicket');
  hub.clock.advance(1_000);
  await expectOk(hub.post('acknowledgeArrival', { deskId: 1, ticketId: repeat.result.ticket.id }), 'ack');
  const judged = (await expectOk(
    hub.post('judgeRepeatVisit', {
      deskId: 1,
      ticketId: repeat.result.ticket.id,
      staffError: true,
      reason: NOTES[2],
    }),
    'judgeRepeatVisit',
  )) as { result: { compensation: { id: number } | null } };
  if (judged.result.compensation) {
    await expectOk(
      hub.post('approveCompensation', { compensationId: judged.result.compensation.id, amountWon: 10_000 }),
      'approveCompensation',
    );
  }
  await expectOk(hub.post('finishService', { deskId: 1, ticketId: repeat.result.ticket.id }), 'finish');
  await expectOk(hub.post('rateVisit', { code: repeat.result.ticket.code, score: 5 }), 'rateVisit');
  const waiting = (await expectOk(hub.post('issueTicket', { departmentId: 3 }), 'issueTicket')) as {
    result: { ticket: { code: string } };
  };
  codes.push(waiting.result.ticket.code);
}

async function overview(day: string): Promise<RegionOverview> {
  const response = await fetch(`${region.url}/api/v1/region/overview?period=day&day=${day}`);
  expect(response.status).toBe(200);
  return (await response.json()) as RegionOverview;
}

async function officeSummary(hub: TestHub, from: string, to = from): Promise<ReportSummary> {
  const reply = await hub.get(`/api/v1/reports/summary?from=${from}&to=${to}`, hub.managerToken);
  expect(reply.status).toBe(200);
  return reply.json as ReportSummary;
}

function withoutLabels(summary: ReportSummary) {
  return regionFiguresOf(summary.total);
}

/** An office's figures and cases as the region shows them, against the office's own report. */
async function expectSameAsOffice(shown: RegionOffice, hub: TestHub, from: string, to = from) {
  const own = await officeSummary(hub, from, to);
  expect(shown.figures, `${shown.nameKo} ${from}–${to}`).toEqual(withoutLabels(own));
  expect(shown.cases, `${shown.nameKo} cases ${from}–${to}`).toEqual(
    own.cases.total.received === 0 ? null : regionCaseFiguresOf(own.cases),
  );
}

/** Every row of every table of the region database, as text. */
async function regionDump(): Promise<string> {
  const everything: string[] = [];
  const tables = await region.pool.query<{ name: string }>(
    `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
     WHERE table_schema IN ('registry', 'log', 'facts', 'figures') AND table_type = 'BASE TABLE'`,
  );
  for (const { name } of tables.rows) {
    const rows = await region.pool.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ${name} t`);
    everything.push(...rows.rows.map((r) => r.row));
  }
  return everything.join('\n');
}

async function regionOfficeId(hub: TestHub): Promise<number> {
  const found = await region.pool.query<{ id: number }>(
    'SELECT id FROM registry.offices WHERE hub_url = $1',
    [new URL(hub.url).origin],
  );
  return found.rows[0]!.id;
}

/** Edits a stored event the way someone with the database file could, bypassing the triggers. */
function editEvent(dataDir: string, seq: number, edit: (payload: string) => string, rechain: boolean): void {
  const db = new Database(`${dataDir}/office.db`);
  db.exec('DROP TRIGGER events_are_append_only_update');
  const row = db.prepare('SELECT payload FROM events WHERE seq = ?').get(seq) as { payload: string };
  db.prepare('UPDATE events SET payload = ? WHERE seq = ?').run(edit(row.payload), seq);
  if (rechain) {
    let previous = (db.prepare('SELECT hash FROM events WHERE seq = ?').get(seq - 1) as { hash: string })
      .hash;
    const rows = db
      .prepare('SELECT seq, type, at, payload FROM events WHERE seq >= ? ORDER BY seq')
      .all(seq) as {
      seq: number;
      type: string;
      at: number;
      payload: string;
    }[];
    const update = db.prepare('UPDATE events SET payload_digest = ?, hash = ? WHERE seq = ?');
    for (const r of rows) {
      const digest = payloadDigest(r.payload);
      previous = eventHash(previous, r.seq, r.type, r.at, digest);
      update.run(digest, previous, r.seq);
    }
  }
  db.close();
}

describe.skipIf(!TEST_PG)(`the region roll-up over three real office hubs${NEEDS_PG}`, () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    regionClock = createFakeClock(MORNING_1);
    region = await startRegion({ pgUrl: database.url, port: 0, clock: regionClock, pollMs: 0 });
    for (const preset of ['inje', 'mokpo', 'miryang'] as const) {
      // Each hub plays an office across the network: nothing is trusted for coming from this PC.
      const hub = await startTestHub({ asLan: true, clock: createFakeClock(MORNING_1) });
      if (preset !== 'inje') await applyPreset(hub, preset);
      offices.push({ hub, preset });
      await registerOffice(region.pool, {
        hubUrl: hub.url,
        code: await pairRegion(hub),
        now: regionClock.now(),
      });
    }
  }, 60_000);

  afterAll(async () => {
    await region.close();
    for (const { hub } of offices) await hub.dispose().catch(() => undefined);
    await database.drop();
  });

  it('ingests all three offices, and each office’s figures equal its own summary of the day', async () => {
    // 목포시 promises 5 s, 밀양시 and 인제군 10 s: 밀양시 keeps a visitor waiting 40 s and more.
    await officeDay(offices[0]!.hub, 5_000);
    await officeDay(offices[1]!.hub, 2_000);
    await officeDay(offices[2]!.hub, 40_000);
    const outcomes = await region.follower.runOnce();
    expect([...outcomes.values()].every((o) => o.ok)).toBe(true);

    const view = await overview(DAY_1);
    expect(view.offices.map((o) => o.nameKo)).toEqual(['인제군', '목포시', '밀양시']);
    for (const [i, { hub }] of offices.entries()) {
      const office = view.offices[i]!;
      expect(office.feed).toMatchObject({ lastSeq: hub.hub.lastSeq(), problem: null, silent: false });
      await expectSameAsOffice(office, hub, DAY_1);
      expect(office.figures).toMatchObject({
        visitors: 9,
        escorts: 1,
        repeatVisits: 1,
        noShows: 1,
        transferred: 1,
        ratings: [0, 1, 0, 0, 1],
      });
      expect(office.cases!.total).toMatchObject({ received: 2, answeredOnTime: 1, open: 1, overdue: 0 });
      expect(office.cases!.byKind.map((k) => [k.kind, k.received])).toEqual([
        ['complaint', 1],
        ['dissatisfaction', 0],
        ['unkindness', 1],
        ['suggestion', 0],
      ]);
    }
    expect(view.offices[0]!.attendTargetMs).toBe(10_000);
    expect(view.offices[1]!).toMatchObject({ attendTargetMs: 5_000, guideTargetMs: 120_000 });
    expect(view.offices[2]!.behind).toEqual({ since: DAY_1, days: 1, clock: 'attend' });
    expect(view.offices[0]!.behind).toBeNull();
    expect(view.offices[1]!.behind).toBeNull();
  });

  it('takes the same events once, however often it asks', async () => {
    const before = await region.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM log.events');
    await region.follower.runOnce();
    await region.follower.runOnce();
    const after = await region.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM log.events');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    const total = offices.reduce((sum, o) => sum + o.hub.hub.lastSeq(), 0);
    expect(after.rows[0]!.n).toBe(total);
  });

  it('gives the region token the feed and nothing else', async () => {
    const { hub } = offices[0]!;
    const token = (await getOffice(region.pool, await regionOfficeId(hub)))!.feedToken;
    const asRegion = { device: token };
    expect((await hub.get('/api/v1/region/feed?after=0&limit=1', asRegion)).status).toBe(200);
    for (const path of [
      '/api/v1/office',
      '/api/v1/departments',
      '/api/v1/display',
      '/api/v1/guide',
      '/api/v1/desks/1',
      `/api/v1/reports/summary?from=${DAY_1}`,
      '/api/v1/compensations?month=2026-11',
      '/api/v1/devices',
    ]) {
      expect((await hub.get(path, asRegion)).status, path).toBe(403);
    }
    expect((await hub.post('issueTicket', { departmentId: 1 }, asRegion)).status).toBe(403);
    // Nobody else reads the feed: not a manager, not a paired staff PC.
    expect((await hub.get('/api/v1/region/feed?after=0', hub.managerToken)).status).toBe(403);
    expect((await hub.get('/api/v1/region/feed?after=0', await hub.pairDevice('staff'))).status).toBe(403);
    expect((await hub.get('/api/v1/region/feed?after=0', null)).status).toBe(401);
  });

  it('receives no note, ticket code, ticket number, staff name, complaint text or contact', async () => {
    const dump = await regionDump();
    expect(dump).toContain('인제군');
    expect(dump).toContain('"kind": "unkindness"');
    const secrets = [
      ...NOTES,
      COMPLAINT,
      '반말',
      CONTACT,
      '010-3456-7890',
      'example.kr',
      ANSWER,
      ...codes,
      '김민지',
      '박서연',
      '이정훈',
      'desk.kim',
      'manager.lee',
      'A001',
      '휠체어',
    ];
    for (const secret of secrets) expect(dump, secret).not.toContain(secret);
    expect(dump).not.toMatch(
      /wheelchair|"note"|"code"|"reason"|staffId|guideStaffId|description|"contact"|contactConsent|summary|"number"/,
    );
  });

  it('catches up an office it could not reach for a day, and says since when it could not', async () => {
    const mokpo = offices[1]!;
    const { port, dataDir, clock } = mokpo.hub;
    await mokpo.hub.close();
    for (const { hub } of offices) hub.clock.set(MORNING_1 + DAY_MS);
    regionClock.set(MORNING_1 + DAY_MS);
    for (const i of [0, 2])
      offices[i]!.hub.managerToken = await offices[i]!.hub.signIn('manager.lee', '1357');
    await officeDay(offices[0]!.hub, 6_000);
    await officeDay(offices[2]!.hub, 50_000);
    // The office works on while the region cannot reach it (its hub is down for the region).
    const db = openDatabase(`${dataDir}/office.db`);
    const offline = createHub({ db, clock });
    const staffed = { kind: 'staff', staffId: 3, role: 'manager', deskId: null } as const;
    for (let i = 0; i < 5; i++) {
      const { ticket } = offline.execute('issueTicket', { departmentId: 1 }, staffed);
      clock.advance(40_000);
      offline.execute('callTicket', { deskId: 1, ticketId: ticket.id }, staffed);
      clock.advance(2_000 + i * 2_000);
      offline.execute('acknowledgeArrival', { deskId: 1, ticketId: ticket.id }, staffed);
      clock.advance(60_000);
      offline.execute('finishService', { deskId: 1, ticketId: ticket.id, note: NOTES[0] }, staffed);
    }
    offline.close();

    await region.follower.runOnce();
    const away = await overview(DAY_2);
    expect(away.offices[1]!.feed.problem).toMatchObject({ kind: 'unreachable', since: MORNING_1 + DAY_MS });
    regionClock.advance(20 * 60_000);
    await region.follower.runOnce();
    const silent = (await overview(DAY_2)).offices[1]!;
    expect(silent.feed).toMatchObject({
      silent: true,
      problem: { kind: 'unreachable', since: MORNING_1 + DAY_MS },
    });
    expect(silent.figures).toBeNull();

    mokpo.hub = await startTestHub({ asLan: true, dataDir, clock, port });
    await region.follower.runOnce();
    const back = await overview(DAY_2);
    expect(back.offices[1]!.feed).toMatchObject({
      lastSeq: mokpo.hub.hub.lastSeq(),
      problem: null,
      silent: false,
    });
    for (const [i, { hub }] of offices.entries()) await expectSameAsOffice(back.offices[i]!, hub, DAY_2);
    expect(back.offices[2]!.behind).toEqual({ since: DAY_1, days: 2, clock: 'attend' });

    const month = await fetch(`${region.url}/api/v1/region/overview?period=month&month=2026-11`);
    const byMonth = (await month.json()) as RegionOverview;
    for (const [i, { hub }] of offices.entries()) {
      await expectSameAsOffice(byMonth.offices[i]!, hub, DAY_1, DAY_2);
    }
  }, 60_000);

  it('refuses a log edited at the office before it arrived, naming the event, and keeps what it verified', async () => {
    const miryang = offices[2]!;
    const verified = miryang.hub.hub.lastSeq();
    await officeDay(miryang.hub, 45_000);
    const { port, dataDir, clock } = miryang.hub;
    await miryang.hub.close();
    const edited = verified + 4;
    // Someone shortens a slow response in the database file to hide a breach.
    editEvent(
      dataDir,
      edited,
      (payload) => payload.replace(/"acknowledgedAt":\d+/, '"acknowledgedAt":1'),
      false,
    );
    miryang.hub = await startTestHub({ asLan: true, dataDir, clock, port });

    const outcomes = await region.follower.runOnce();
    const id = await regionOfficeId(miryang.hub);
    expect(outcomes.get(id)).toMatchObject({ ok: false, problem: 'chainBroken', seq: edited });
    const office = (await getOffice(region.pool, id))!;
    expect(office).toMatchObject({ lastSeq: edited - 1, problem: 'chainBroken', problemSeq: edited });
    expect(office.problemDetail).toContain(`event ${edited}`);
    const stored = await region.pool.query<{ max: number }>(
      'SELECT max(seq)::int AS max FROM log.events WHERE office_id = $1',
      [id],
    );
    expect(stored.rows[0]!.max).toBe(edited - 1);
    // The office's own check finds the same event.
    const db = new Database(`${dataDir}/office.db`, { readonly: true });
    expect(verifyEventChain(db)).toMatchObject({ ok: false, brokenAt: edited });
    db.close();
    // It stays refused on the next round, with the same event named.
    await region.follower.runOnce();
    expect((await overview(DAY_2)).offices[2]!.feed.problem).toMatchObject({
      kind: 'chainBroken',
      seq: edited,
    });
  });

  it('refuses a log rewritten after it arrived, even one the office’s own check passes', async () => {
    const inje = offices[0]!;
    const { port, dataDir, clock } = inje.hub;
    await inje.hub.close();
    // A visit of the first day the region already holds, its response made to look faster.
    const before = new Database(`${dataDir}/office.db`, { readonly: true });
    const { seq: rewritten } = before
      .prepare(`SELECT seq FROM events WHERE type = 'arrivalAcknowledged' ORDER BY seq LIMIT 1 OFFSET 3`)
      .get() as { seq: number };
    before.close();
    editEvent(
      dataDir,
      rewritten,
      (payload) => payload.replace(/"acknowledgedAt":\d+/, '"acknowledgedAt":2'),
      true,
    );
    const db = new Database(`${dataDir}/office.db`, { readonly: true });
    expect(verifyEventChain(db)).toMatchObject({ ok: true });
    db.close();
    inje.hub = await startTestHub({ asLan: true, dataDir, clock, port });

    await region.follower.runOnce();
    const problem = (await overview(DAY_1)).offices[0]!.feed.problem;
    expect(problem).toMatchObject({ kind: 'logRewritten', seq: rewritten });
  });

  it('is refused once the office revokes its token, and says so', async () => {
    const mokpo = offices[1]!;
    const devices = (await mokpo.hub.get('/api/v1/devices', mokpo.hub.managerToken)).json as DeviceList;
    const device = devices.devices.find((d) => d.role === 'region' && d.revokedAt === null)!;
    await expectOk(mokpo.hub.post('revokeDevice', { deviceId: device.id }), 'revokeDevice');
    const token = (await getOffice(region.pool, await regionOfficeId(mokpo.hub)))!.feedToken;
    expect((await mokpo.hub.get('/api/v1/region/feed?after=0', { device: token })).status).toBe(401);

    await region.follower.runOnce();
    expect((await overview(DAY_2)).offices[1]!.feed.problem).toMatchObject({ kind: 'tokenRefused' });

    // Paired again with a new code, the region resumes where it stopped.
    await registerOffice(region.pool, { hubUrl: mokpo.hub.url, code: await pairRegion(mokpo.hub), now: 0 });
    await serveVisit(mokpo.hub, { guideMs: 10_000, attendMs: 1_000 });
    await region.follower.runOnce();
    const resumed = (await overview(DAY_2)).offices[1]!;
    expect(resumed.feed).toMatchObject({ problem: null, lastSeq: mokpo.hub.hub.lastSeq() });
    expect(resumed.figures).toEqual(withoutLabels(await officeSummary(mokpo.hub, DAY_2)));
  });

  it('counts a report answered after its deadline as late, as the office does, and never the answer', async () => {
    const mokpo = offices[1]!.hub;
    const later = MORNING_1 + 30 * DAY_MS;
    mokpo.clock.set(later);
    regionClock.set(later);
    mokpo.managerToken = await mokpo.signIn('manager.lee', '1357');
    const list = (await mokpo.get(`/api/v1/cases?from=${DAY_1}&to=${DAY_2}`, mokpo.managerToken))
      .json as CaseList;
    const open = list.cases.filter((c) => c.status === 'received' && c.dueAt !== null);
    expect(open.length).toBeGreaterThan(0);
    await expectOk(
      mokpo.post('answerCase', { caseId: open[0]!.id, summary: `${ANSWER} (지연)`, upheld: false }),
      'answerCase',
    );
    await region.follower.runOnce();

    const day = (await overview(DAY_1)).offices[1]!;
    await expectSameAsOffice(day, mokpo, DAY_1);
    expect(day.cases!.total).toMatchObject({ received: 2, answeredOnTime: 1, answeredLate: 1, open: 0 });
    const month = (await (
      await fetch(`${region.url}/api/v1/region/overview?period=month&month=2026-11`)
    ).json()) as RegionOverview;
    await expectSameAsOffice(month.offices[1]!, mokpo, '2026-11-01', '2026-11-30');
    expect(month.offices[1]!.cases!.total.answeredLate).toBe(1);
    expect(await regionDump()).not.toContain(ANSWER);
  });

  it('exports the offices’ figures as CSV and as a spreadsheet', async () => {
    const csv = await fetch(`${region.url}/api/v1/region/export?from=${DAY_1}&to=${DAY_2}&by=day&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('응대 목표 준수율(%)');
    expect(lines.filter((l) => l.startsWith('목포시,2026-11-23'))).toHaveLength(1);
    // 목포시's first day: two faces (2 and 5) of the visits served, a complaint answered on time
    // and an unkindness report answered late.
    const header = lines[0]!.split(',');
    const mokpoDay = lines.find((l) => l.startsWith('목포시,2026-11-23'))!.split(',');
    const cell = (name: string) => mokpoDay[header.indexOf(name)];
    expect(cell('만족도 응답(건)')).toBe('2');
    expect(cell('만족도 평균(5점)')).toBe('3.50');
    expect(cell('만족 비율(만족·매우 만족)(%)')).toBe('50.0');
    expect(cell('민원·신고 접수')).toBe('2');
    expect(cell('불만 접수')).toBe('1');
    expect(cell('불친절 신고')).toBe('1');
    expect(cell('기한 내 답변')).toBe('1');
    expect(cell('기한 넘긴 답변')).toBe('1');
    expect(cell('처리 중')).toBe('0');
    expect(lines).toHaveLength(1 + 6);
    const xlsx = await fetch(
      `${region.url}/api/v1/region/export?from=2026-11-01&to=2026-11-30&by=month&format=xlsx`,
    );
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('사무소');
    expect(sheet.rowCount).toBe(1 + 3);
    const visitors = sheet.getRow(2).getCell(3).value;
    const columnOf = (name: string) => (sheet.getRow(1).values as unknown[]).findIndex((v) => v === name);
    // Real numbers a spreadsheet can add up: the mean face as a number, the shares as fractions.
    expect(typeof sheet.getRow(2).getCell(columnOf('만족도 평균(5점)')).value).toBe('number');
    expect(sheet.getRow(2).getCell(columnOf('민원·신고 접수')).value).toBe(4);
    expect(typeof visitors).toBe('number');
    expect(
      (await fetch(`${region.url}/api/v1/region/export?from=${DAY_2}&to=${DAY_1}&by=day&format=csv`)).status,
    ).toBe(400);
  });
});

describe.skipIf(!TEST_PG)(`the region database${NEEDS_PG}`, () => {
  it('is migrated once, and a newer one is refused untouched', async () => {
    const db = await createTestDatabase();
    try {
      const first = await startRegion({ pgUrl: db.url, port: 0, pollMs: 0 });
      await first.close();
      const again = await startRegion({ pgUrl: db.url, port: 0, pollMs: 0 });
      await again.close();
      const client = new pg.Client(db.url);
      await client.connect();
      await client.query('UPDATE meta.schema_version SET version = 99');
      await client.end();
      await expect(startRegion({ pgUrl: db.url, port: 0, pollMs: 0 })).rejects.toThrow(/newer version/);
    } finally {
      await db.drop();
    }
  });
});
