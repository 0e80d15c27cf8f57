import { afterEach, describe, expect, it } from 'vitest';
import type { CommandResult } from '../../shared/contract/commands';
import { startTestHub, type TestHub } from '../support/test-hub';

const hubs: TestHub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.dispose().catch(() => undefined);
});

describe('a hub restarted on the same database file', () => {
  it('has every ticket, event and setting, and goes on numbering where it stopped', async () => {
    const first = await startTestHub();
    await first.post('issueTicket', { departmentId: 1 });
    await first.post('issueTicket', { departmentId: 1 });
    await first.post('callNext', { deskId: 1 });
    const before = (await first.get('/api/v1/office')).json as {
      seq: number;
      departments: { waiting: number }[];
    };
    const desk1 = (await first.get('/api/v1/desks/1')).json as { seq: number };
    await first.close();

    const second = await startTestHub({ dataDir: first.dataDir, clock: first.clock, demo: true });
    hubs.push(second);
    const after = (await second.get('/api/v1/office')).json as {
      seq: number;
      departments: { waiting: number }[];
    };
    // The only event since is the test's own sign-in on the restarted hub.
    expect(after.seq).toBe(before.seq + 1);
    expect(second.hub.eventsAfter(before.seq, 10).map((e) => e.type)).toEqual(['staffSignedIn']);
    expect(after.departments[0]!.waiting).toBe(1);
    expect(second.seededDemo).toBe(false);
    const desk1After = (await second.get('/api/v1/desks/1')).json as { seq: number };
    expect({ ...desk1After, seq: before.seq }).toEqual(desk1);
    const next = (await second.post('issueTicket', { departmentId: 1 })).json as {
      result: CommandResult<'issueTicket'>;
    };
    expect(next.result.ticket.number).toBe('A003');
    expect(second.hub.eventsAfter(0, 10_000).map((e) => e.seq)).toEqual(
      Array.from({ length: after.seq + 1 }, (_, i) => i + 1),
    );
  });
});
