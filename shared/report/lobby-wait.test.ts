import { describe, expect, it } from 'vitest';
import { averageWaiting, lobbyWait, msPerSeoulHour } from './lobby-wait';

// 2026-11-23 in Seoul; 09:00 there is 00:00 UTC.
const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+09:00`);
const MIN = 60_000;

describe('the lobby wait of a visit', () => {
  const issued = { businessDay: '2026-11-23', issuedAt: at('09:50'), arrivedAt: null, finishedAt: null };

  it('lasts from the ticket until the visitor reaches a desk', () => {
    expect(lobbyWait({ ...issued, arrivedAt: at('10:20'), finishedAt: at('10:40') }, at('12:00'))).toEqual({
      from: at('09:50'),
      to: at('10:20'),
    });
  });

  it('ends with a visit closed without reaching a desk, such as a no-show', () => {
    expect(lobbyWait({ ...issued, finishedAt: at('10:05') }, at('12:00')).to).toBe(at('10:05'));
  });

  it('runs until now for a visitor still waiting, and no later than the end of the ticket’s day', () => {
    expect(lobbyWait(issued, at('11:00')).to).toBe(at('11:00'));
    expect(lobbyWait(issued, Date.parse('2026-11-25T10:00:00+09:00')).to).toBe(
      Date.parse('2026-11-24T00:00:00+09:00'),
    );
  });
});

describe('msPerSeoulHour', () => {
  it('splits a wait at the Seoul hours it crosses', () => {
    expect(msPerSeoulHour(at('09:50'), at('11:05'))).toEqual([
      [9, 10 * MIN],
      [10, 60 * MIN],
      [11, 5 * MIN],
    ]);
  });

  it('gives nothing for an empty span', () => {
    expect(msPerSeoulHour(at('09:50'), at('09:50'))).toEqual([]);
  });
});

describe('averageWaiting', () => {
  const today = { from: '2026-11-23', to: '2026-11-23' };

  it('divides a past hour’s waiting by the whole hour', () => {
    expect(averageWaiting(90 * MIN, 10, { ...today, asOf: at('12:00') })).toBe(1.5);
  });

  it('divides the current hour’s waiting by the part that has passed', () => {
    expect(averageWaiting(30 * MIN, 10, { ...today, asOf: at('10:15') })).toBe(2);
  });

  it('has no figure for an hour that has not begun', () => {
    expect(averageWaiting(0, 11, { ...today, asOf: at('10:15') })).toBeNull();
  });

  it('averages an hour over every day of a range', () => {
    const twoDays = { from: '2026-11-23', to: '2026-11-24', asOf: Date.parse('2026-11-25T09:00:00+09:00') };
    expect(averageWaiting(180 * MIN, 10, twoDays)).toBe(1.5);
  });
});
