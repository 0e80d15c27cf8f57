import { describe, expect, it } from 'vitest';
import { createManualTimers } from '../test/support/manual-timers';
import type { DownReason, ProbeResult } from './hub-probe';
import { createScreenConnection } from './screen-connection';

const refused: ProbeResult = { up: false, reason: { code: 'ECONNREFUSED', detail: null } };

/** A window that records what it was told to show, and a hub that answers as the test says. */
function windowOnHub(answers: ProbeResult[], localHubFailure?: () => DownReason | null) {
  const timers = createManualTimers();
  const shown: string[] = [];
  let probes = 0;
  const connection = createScreenConnection({
    probe: () => Promise.resolve(answers[Math.min(probes++, answers.length - 1)]!),
    timers,
    view: {
      connecting: (reason) => shown.push(`connecting ${reason.code}`),
      screen: () => shown.push('screen'),
    },
    ...(localHubFailure ? { localHubFailure } : {}),
  });
  return { timers, shown, connection, probes: () => probes };
}

describe('a screen connecting to its hub', () => {
  it('shows the screen at once when the hub answers, with no connecting page', async () => {
    const { timers, shown, connection } = windowOnHub([{ up: true }]);
    connection.connect();
    await timers.advance(0);
    expect(shown).toEqual(['screen']);
  });

  it('waits on the connecting page for a hub that boots later, asking less and less often', async () => {
    const { timers, shown, connection, probes } = windowOnHub([
      refused,
      refused,
      refused,
      refused,
      { up: true },
    ]);
    connection.connect();
    await timers.advance(0);
    expect(shown).toEqual(['connecting ECONNREFUSED']);
    const waits: number[] = [];
    while (!shown.includes('screen')) {
      waits.push(timers.pending()[0]!);
      await timers.advance(waits.at(-1)!);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(probes()).toBe(5);
    // The connecting page is loaded once, not on every attempt.
    expect(shown).toEqual(['connecting ECONNREFUSED', 'screen']);
  });

  it('updates the connecting page when the reason changes', async () => {
    const timeout: ProbeResult = { up: false, reason: { code: 'ETIMEDOUT', detail: null } };
    const { timers, shown, connection } = windowOnHub([refused, timeout, { up: true }]);
    connection.connect();
    await timers.advance(10_000);
    expect(shown).toEqual(['connecting ECONNREFUSED', 'connecting ETIMEDOUT', 'screen']);
  });

  it('after a failed load or a crash, shows why at once and tries again after the wait', async () => {
    const { timers, shown, connection, probes } = windowOnHub([{ up: true }]);
    connection.connect({ code: 'screen_crashed', detail: 'oom' }, 4_000);
    expect(shown).toEqual(['connecting screen_crashed']);
    await timers.advance(3_999);
    expect(probes()).toBe(0);
    await timers.advance(1);
    expect(shown).toEqual(['connecting screen_crashed', 'screen']);
  });

  it('prefers the local hub process’s own failure to what the probe saw', async () => {
    const failure = { code: 'hub_not_started', detail: 'EADDRINUSE: listen EADDRINUSE 127.0.0.1:4310' };
    const { timers, shown, connection } = windowOnHub([refused], () => failure);
    connection.connect();
    await timers.advance(0);
    expect(shown).toEqual(['connecting hub_not_started']);
  });

  it('runs one loop only: a new connect replaces the one under way, and dispose ends it', async () => {
    const { timers, connection, probes } = windowOnHub([refused]);
    connection.connect();
    await timers.advance(0);
    connection.connect({ code: 'screen_crashed', detail: null }, 2_000);
    expect(timers.pending()).toEqual([2_000]);
    connection.dispose();
    await timers.advance(600_000);
    expect(probes()).toBe(1);
  });
});
