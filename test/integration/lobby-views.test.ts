import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { HubEvent, StreamServerMessage } from '../../shared/contract/events';
import type { Ticket } from '../../shared/contract/views';
import { startTestHub, type TestHub } from '../support/test-hub';

let hubs: TestHub[] = [];
afterEach(async () => {
  const done = hubs;
  hubs = [];
  for (const t of done) await t.dispose();
});

/** A lobby device's event stream on a LAN hub, collecting what it is sent. */
function follow(t: TestHub, device: string) {
  const socket = new WebSocket(`${t.url.replace('http', 'ws')}/api/v1/events`, {
    headers: { 'x-minwon-device': device },
  });
  const events: HubEvent[] = [];
  let caughtUp = false;
  const waiters: (() => void)[] = [];
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as StreamServerMessage;
    if (message.type === 'event') events.push(message.event);
    if (message.type === 'caughtUp') caughtUp = true;
    for (const wake of waiters.splice(0)) wake();
  });
  socket.on('open', () => socket.send(JSON.stringify({ type: 'subscribe', after: 0 })));
  const until = (done: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = () => (done() ? resolve() : waiters.push(check));
      check();
    });
  return { socket, events, until, caughtUp: () => caughtUp };
}

const ticketOf = (reply: { json: unknown }) => (reply.json as { result: { ticket: Ticket } }).result.ticket;

describe('lobby screens', () => {
  it('see calls and queues but no codes, notes, repeat-visit reasons or who served whom', async () => {
    const t = await startTestHub({ asLan: true });
    hubs.push(t);
    const kiosk = await t.pairDevice('kiosk');
    const display = await t.pairDevice('display');

    const first = ticketOf(await t.post('issueTicket', { departmentId: 1 }, kiosk));
    await t.post('callNext', { deskId: 1 });
    await t.post('acknowledgeArrival', { deskId: 1, ticketId: first.id });
    await t.post('finishService', { deskId: 1, ticketId: first.id, note: '등본 발급, 통장사본 미지참' });
    const again = ticketOf(await t.post('issueTicket', { departmentId: 1, repeatOfCode: first.code }, kiosk));
    await t.post('requestEscort', { kind: 'callStaff', reason: 'elderly' }, kiosk);
    await t.post('callNext', { deskId: 1 });
    await t.post('acknowledgeArrival', { deskId: 1, ticketId: again.id });
    const judged = await t.post('judgeRepeatVisit', {
      deskId: 1,
      ticketId: again.id,
      staffError: true,
      reason: '지난번 담당자가 서류 안내를 빠뜨림',
    });
    expect(judged.status).toBe(200);
    await t.post('transferTicket', {
      deskId: 1,
      ticketId: again.id,
      departmentId: 2,
      note: '가족관계 상담 필요',
    });
    const requests = (await t.get('/api/v1/guide', t.managerToken)).json as { requests: { id: number }[] };
    await t.post('acceptEscort', { requestId: requests.requests[0]!.id });

    const secrets = [first.code, again.code, '통장사본', '빠뜨림', '가족관계 상담'];
    const board = await t.get('/api/v1/display', display);
    expect(board.status).toBe(200);
    const calls = (board.json as { calls: Ticket[] }).calls;
    expect(calls.map((c) => c.number)).toContain(again.number);

    const lastSeq = t.hub.lastSeq();
    const streams = [follow(t, kiosk.device), follow(t, display.device)];
    for (const stream of streams) await stream.until(stream.caughtUp);
    for (const stream of streams) {
      expect(stream.events.at(-1)?.seq).toBe(lastSeq);
      const types = new Set(stream.events.map((e) => e.type));
      expect(types).toContain('repeatVisitJudged');
      expect(types).toContain('escortAccepted');
      expect(types).not.toContain('staffSignedIn');
      expect(types).not.toContain('compensationDecided');
      stream.socket.close();
    }
    for (const seen of [JSON.stringify(board.json), ...streams.map((s) => JSON.stringify(s.events))]) {
      for (const secret of secrets) expect(seen).not.toContain(secret);
      expect(seen).not.toMatch(/"attendedByStaffId":\d/);
      expect(seen).not.toMatch(/"guideStaffId":\d/);
      expect(seen).not.toMatch(/"repeatJudgement":\{/);
      expect(seen).not.toMatch(/"staffId":\d/);
    }
  });
});
