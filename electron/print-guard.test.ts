import { describe, expect, it } from 'vitest';
import { createPrintGuard } from './print-guard';

function guardAt() {
  const clock = { now: 0 };
  return { clock, guard: createPrintGuard({ now: () => clock.now }) };
}

describe('the ticket print guard', () => {
  it('prints one ticket at a time', () => {
    const { guard } = guardAt();
    expect(guard.begin()).toBe('ok');
    expect(guard.begin()).toBe('busy');
    guard.finish();
    expect(guard.begin()).toBe('ok');
  });

  it('prints at most twelve tickets a minute, a visitor every five seconds', () => {
    const { clock, guard } = guardAt();
    for (let ticket = 0; ticket < 12; ticket++) {
      expect(guard.begin()).toBe('ok');
      guard.finish();
      clock.now += 1_000;
    }
    expect(guard.begin()).toBe('too_many');
    clock.now = 60_000;
    expect(guard.begin()).toBe('ok');
  });

  it('stops waiting for a print whose printer never answered', () => {
    const { clock, guard } = guardAt();
    expect(guard.begin()).toBe('ok');
    clock.now = 59_999;
    expect(guard.begin()).toBe('busy');
    clock.now = 60_000;
    expect(guard.begin()).toBe('ok');
  });
});
