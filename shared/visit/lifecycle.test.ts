import { describe, expect, it } from 'vitest';
import { isFinished, nextStatus, visitStatuses, type VisitTransition } from './lifecycle';

describe('visit lifecycle', () => {
  it('walks issued → arrived → acknowledged → served', () => {
    expect(nextStatus('issued', 'arrive')).toBe('arrived');
    expect(nextStatus('arrived', 'acknowledge')).toBe('acknowledged');
    expect(nextStatus('acknowledged', 'serve')).toBe('served');
  });

  it('allows a no-show only for a visitor who was called', () => {
    expect(nextStatus('arrived', 'markNoShow')).toBe('noShow');
    expect(nextStatus('issued', 'markNoShow')).toBeNull();
    expect(nextStatus('acknowledged', 'markNoShow')).toBeNull();
  });

  it('allows a transfer from the desk, before or after acknowledging', () => {
    expect(nextStatus('arrived', 'transfer')).toBe('transferred');
    expect(nextStatus('acknowledged', 'transfer')).toBe('transferred');
    expect(nextStatus('issued', 'transfer')).toBeNull();
  });

  it('refuses every transition out of a finished visit', () => {
    const all: VisitTransition[] = [
      'arrive',
      'acknowledge',
      'serve',
      'markNoShow',
      'transfer',
      'closeAtDayEnd',
    ];
    for (const status of ['served', 'noShow', 'transferred', 'closedAtDayEnd'] as const) {
      expect(isFinished(status)).toBe(true);
      for (const t of all) expect(nextStatus(status, t)).toBeNull();
    }
  });

  it('refuses skipping a step', () => {
    expect(nextStatus('issued', 'acknowledge')).toBeNull();
    expect(nextStatus('issued', 'serve')).toBeNull();
    expect(nextStatus('arrived', 'serve')).toBeNull();
    expect(nextStatus('arrived', 'arrive')).toBeNull();
  });

  it('counts served, no-show, transferred and closed at day end as finished', () => {
    expect(visitStatuses.filter(isFinished)).toEqual(['served', 'noShow', 'transferred', 'closedAtDayEnd']);
  });

  it('closes at day end only a visit still open: waiting, called, or acknowledged', () => {
    expect(nextStatus('issued', 'closeAtDayEnd')).toBe('closedAtDayEnd');
    expect(nextStatus('arrived', 'closeAtDayEnd')).toBe('closedAtDayEnd');
    expect(nextStatus('acknowledged', 'closeAtDayEnd')).toBe('closedAtDayEnd');
    expect(nextStatus('served', 'closeAtDayEnd')).toBeNull();
    expect(nextStatus('closedAtDayEnd', 'acknowledge')).toBeNull();
  });
});
