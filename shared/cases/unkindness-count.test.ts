import { describe, expect, it } from 'vitest';
import { charterPresets } from '../charter/presets';
import { countUnkindness, type UnkindnessReport } from './unkindness-count';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-11-23T05:00:00Z');
const report = (daysAgo: number, extra: Partial<UnkindnessReport> = {}): UnkindnessReport => ({
  kind: 'unkindness',
  receivedAt: now - daysAgo * DAY,
  staffId: 7,
  deskId: 2,
  upheld: null,
  ...extra,
});
const { unkindnessActionThreshold: mokpo, unkindnessWindowDays: window } = charterPresets.mokpo;

describe('목포시: three unkindness reports about one official call for action', () => {
  it('raises the flag at the third report within the rolling year, for the official and the desk', () => {
    expect(mokpo).toBe(3);
    const two = countUnkindness([report(200), report(3)], now, window, mokpo);
    expect(two.map((c) => [c.key, c.count, c.flagged])).toEqual([
      ['desk:2', 2, false],
      ['staff:7', 2, false],
    ]);
    const three = countUnkindness([report(200), report(3), report(0)], now, window, mokpo);
    expect(three.map((c) => [c.key, c.count, c.flagged])).toEqual([
      ['desk:2', 3, true],
      ['staff:7', 3, true],
    ]);
  });

  it('lets a report older than the period drop out', () => {
    const counts = countUnkindness([report(400), report(3), report(0)], now, window, mokpo);
    expect(counts.find((c) => c.key === 'staff:7')).toMatchObject({ count: 2, flagged: false });
  });

  it('leaves out reports not borne out, other kinds, and reports about somebody else', () => {
    const counts = countUnkindness(
      [
        report(1),
        report(2),
        report(3, { upheld: false }),
        report(4, { kind: 'complaint' }),
        report(5, { staffId: 8, deskId: null }),
      ],
      now,
      window,
      mokpo,
    );
    expect(counts.map((c) => [c.key, c.count, c.flagged])).toEqual([
      ['desk:2', 2, false],
      ['staff:7', 2, false],
      ['staff:8', 1, false],
    ]);
  });

  it('counts, but never flags, where the charter promises no action', () => {
    const counts = countUnkindness([report(1), report(2), report(3), report(4)], now, window, null);
    expect(counts.every((c) => c.count === 4 && !c.flagged)).toBe(true);
  });
});
