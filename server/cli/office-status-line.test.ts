import { describe, expect, it } from 'vitest';
import type { Office } from '../../shared/contract/views';
import { officeStatusLine } from './office-status-line';

const withStatus = (status: Office['status']) => ({ status }) as Office;
const seoul = (local: string) => Date.parse(`${local}+09:00`);

describe('the start line about the office', () => {
  it('says a closed kiosk is the office’s hours, when it opens, and where hours are set', () => {
    const line = officeStatusLine(
      withStatus({ open: false, reason: 'afterHours', opensAt: seoul('2026-11-24T09:00:00') }),
      'http://127.0.0.1:8080',
    );
    expect(line).toBe(
      'The kiosk shows the office as closed: it is outside office hours in Seoul, and it opens ' +
        'Tue 24 Nov, 09:00 (Seoul time). Office hours (or "open around the clock") are set at ' +
        'http://127.0.0.1:8080/manager/setup.',
    );
  });

  it('says when an open office closes, or that it never does', () => {
    expect(officeStatusLine(withStatus({ open: true, closesAt: seoul('2026-11-23T18:00:00') }), '')).toBe(
      'The kiosk issues tickets until Mon 23 Nov, 18:00 (Seoul time).',
    );
    expect(officeStatusLine(withStatus({ open: true, closesAt: null }), '')).toBe(
      'The kiosk issues tickets at any hour: the office is open around the clock.',
    );
  });
});
