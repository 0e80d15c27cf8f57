import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { charterPresets } from '../../shared/charter/presets';
import type { CommandResult, CommandResults } from '../../shared/contract/commands';
import type { HubEvent } from '../../shared/contract/events';
import type { GuideBoard, Ticket } from '../../shared/contract/views';
import type { ReportSummary } from '../../shared/report/summary';
import { startTestHub, type TestHub } from '../support/test-hub';

const MINUTE = 60_000;
const DAY = '2026-11-23';
/** The fake clock starts at 09:30 in Seoul; `at('09:42')` is that morning. */
const at = (hhmm: string) => Date.parse(`${DAY}T${hhmm}:00+09:00`);

let t: TestHub;
let events: HubEvent[];
beforeEach(async () => {
  t = await startTestHub();
  // 목포시: "고객이 원하는 곳을 2분 이내 찾을 수 있도록" — time-to-guide within 2 minutes.
  const { presetId, ...mokpo } = charterPresets.mokpo;
  await ok('applyCharter', { presetId, ...mokpo });
  events = [];
  t.hub.subscribe((e) => {
    if (e.type === 'breachForecastChanged') events.push(e);
  });
});
afterEach(async () => {
  await t.dispose();
});

async function ok<N extends keyof CommandResults>(name: N, body: object): Promise<CommandResult<N>> {
  const r = await t.post(name, body);
  if (r.status !== 200) throw new Error(`${name}: ${JSON.stringify(r.json)}`);
  return (r.json as { result: CommandResult<N> }).result;
}

const issue = async (): Promise<Ticket> => (await ok('issueTicket', { departmentId: 1 })).ticket;

/** Desk 1 serves one visitor: called now, heard at once, finished after `deskMs`. */
async function serve(deskMs: number): Promise<void> {
  const { ticket } = await ok('callNext', { deskId: 1 });
  await ok('acknowledgeArrival', { deskId: 1, ticketId: ticket.id });
  t.clock.advance(deskMs);
  await ok('finishService', { deskId: 1, ticketId: ticket.id });
}

/** The morning so far: desk 1 signed in, two visitors who each kept it 4 minutes (09:30–09:38). */
async function morningAtDeskOne(): Promise<void> {
  await t.signIn('desk.kim', '2580', 1);
  t.clock.set(at('09:30'));
  for (let i = 0; i < 2; i++) {
    await issue();
    await serve(4 * MINUTE);
  }
  expect(t.clock.now()).toBe(at('09:38'));
}

describe('the breach forecast at the hub', () => {
  it('warns the guide two minutes before a visitor passes the 2-minute target, and scores the warning', async () => {
    await morningAtDeskOne();
    // 09:38: three visitors at once; desk 1 calls the first and will be free at 09:42, so the
    // second passes 2 minutes at 09:40. Three desks would call all three in time.
    await issue();
    await issue();
    await issue();
    const { ticket: first } = await ok('callNext', { deskId: 1 });
    const [warning] = t.hub.watchBreaches();
    expect(warning).toMatchObject({
      departmentId: 1,
      targetKind: 'guide',
      targetMs: 2 * MINUTE,
      madeAt: at('09:38'),
      predictedBreachAt: at('09:40'),
      waiting: 2,
      desksPresent: 1,
      desksNeeded: 3,
      outcome: null,
    });
    expect(events.map((e) => e.type === 'breachForecastChanged' && e.forecast.id)).toEqual([warning!.id]);
    const guide = (await t.get('/api/v1/guide')).json as GuideBoard;
    expect(guide.forecasts).toEqual([warning]);

    // Nothing has changed a minute later: no new event.
    t.clock.set(at('09:39'));
    expect(t.hub.watchBreaches()).toEqual([]);

    t.clock.set(at('09:40'));
    expect(t.hub.watchBreaches()).toEqual([
      expect.objectContaining({
        id: warning!.id,
        outcome: 'breached',
        breachAt: at('09:40'),
        breachEndedAt: null,
      }),
    ]);
    // While someone waits past the target, the breach lasts and no new warning is given.
    t.clock.set(at('09:42'));
    await ok('acknowledgeArrival', { deskId: 1, ticketId: first.id });
    await ok('finishService', { deskId: 1, ticketId: first.id });
    await serve(4 * MINUTE);
    expect(t.hub.watchBreaches()).toEqual([]);
    t.clock.set(at('09:46'));
    await ok('callNext', { deskId: 1 });
    expect(t.hub.watchBreaches()).toEqual([
      expect.objectContaining({ id: warning!.id, breachEndedAt: at('09:46') }),
    ]);
    expect(((await t.get('/api/v1/guide')).json as GuideBoard).forecasts).toEqual([]);

    const summary = (await t.get(`/api/v1/reports/summary?from=${DAY}`, t.managerToken))
      .json as ReportSummary;
    expect(summary.forecasts.total).toEqual({
      warnings: 1,
      warnedBeforeBreach: 1,
      averted: 0,
      forNothing: 0,
      open: 0,
      unwarnedBreaches: 0,
      breachesWarnedShare: 1,
      medianLeadMs: 2 * MINUTE,
    });
  });

  it('counts a warning as acted on when a second desk opens in time', async () => {
    await morningAtDeskOne();
    // Two visitors at 09:38: desk 1 calls one; the other would wait until 09:42.
    for (let i = 0; i < 2; i++) await issue();
    await ok('callNext', { deskId: 1 });
    const [warning] = t.hub.watchBreaches();
    expect(warning).toMatchObject({ predictedBreachAt: at('09:40'), desksNeeded: 2, outcome: null });

    // A colleague signs in at desk 2 and calls the second visitor at 09:39.
    t.clock.set(at('09:39'));
    await t.signIn('desk.kim', '2580', 2);
    await ok('callNext', { deskId: 2 });
    expect(t.hub.watchBreaches()).toEqual([
      expect.objectContaining({
        id: warning!.id,
        outcome: 'averted',
        closedAt: at('09:39'),
        desksAtClose: 2,
      }),
    ]);
  });

  it('records a breach that came with no warning, and uses the office’s waiting target where the charter has none', async () => {
    // Desk 1 is signed in but has served nobody yet: no desk time to forecast from.
    await t.signIn('desk.kim', '2580', 1);
    t.clock.set(at('09:30'));
    await issue();
    t.clock.set(at('09:33'));
    const [missed] = t.hub.watchBreaches();
    expect(missed).toMatchObject({ outcome: 'unwarned', breachAt: at('09:32'), predictedBreachAt: null });
    await serve(4 * MINUTE);
    expect(t.hub.watchBreaches()).toEqual([
      expect.objectContaining({ id: missed!.id, breachEndedAt: at('09:37') }),
    ]);

    // 인제군 sets no time-to-guide target; the office wants a warning half an hour before any
    // visitor waits more than 20 minutes. Seven visitors at 09:37, one desk at 4 minutes each:
    // the seventh would be called at 10:01, so their wait passes 20 minutes at 09:57.
    const { presetId, ...inje } = charterPresets.inje;
    await ok('applyCharter', { presetId, ...inje });
    await ok('setForecastSettings', { horizonMs: 30 * MINUTE, waitTargetMs: 20 * MINUTE });
    for (let i = 0; i < 7; i++) expect((await issue()).guideTargetMs).toBeNull();
    expect(t.hub.watchBreaches()).toEqual([
      expect.objectContaining({
        outcome: null,
        targetKind: 'wait',
        targetMs: 20 * MINUTE,
        predictedBreachAt: at('09:57'),
        waiting: 7,
        desksNeeded: 2,
      }),
    ]);
    const summary = (await t.get(`/api/v1/reports/summary?from=${DAY}`, t.managerToken))
      .json as ReportSummary;
    expect(summary.forecasts.total).toMatchObject({ warnings: 1, open: 1, unwarnedBreaches: 1 });
  });

  it('lets only a manager set how far ahead to warn, within bounds', async () => {
    const desk = await t.signIn('desk.kim', '2580', 1);
    expect(
      (await t.post('setForecastSettings', { horizonMs: 10 * MINUTE, waitTargetMs: null }, desk)).status,
    ).toBe(403);
    for (const bad of [
      { horizonMs: 0, waitTargetMs: null },
      { horizonMs: 10 * MINUTE, waitTargetMs: 5 },
      { horizonMs: 10 * MINUTE },
    ]) {
      expect((await t.post('setForecastSettings', bad)).status).toBe(400);
    }
    expect(t.hub.forecastSettings()).toEqual({ horizonMs: 15 * MINUTE, waitTargetMs: null });
  });
});
