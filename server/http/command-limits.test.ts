import { describe, expect, it } from 'vitest';
import type { RequestActor } from '../../shared/contract/access';
import { HubError } from '../../shared/contract/errors';
import { COMMAND_ALLOWANCES, createCommandLimits } from './command-limits';

const kiosk: RequestActor = { kind: 'device', deviceId: 7, role: 'kiosk' };
const DAY = 24 * 60 * 60 * 1000;

function issueRefusal(limits: ReturnType<typeof createCommandLimits>): string | null {
  try {
    limits.run('issueTicket', { departmentId: 1 }, kiosk, '192.168.0.7', () => null);
    return null;
  } catch (error) {
    return error instanceof HubError ? error.code : 'thrown';
  }
}

describe('a kiosk’s allowance of tickets', () => {
  it('refuses past the burst, and gives one back at the steady rate', () => {
    let now = Date.parse('2026-11-23T00:30:00Z');
    const limits = createCommandLimits(() => now);
    const { burst, perMinute } = COMMAND_ALLOWANCES.issueTicket;
    for (let i = 0; i < burst; i++) expect(issueRefusal(limits)).toBeNull();
    expect(issueRefusal(limits)).toBe('rate_limited');
    now += 60_000 / perMinute;
    expect(issueRefusal(limits)).toBeNull();
  });

  it('is not locked out for months when the PC’s clock is set back', () => {
    let now = Date.parse('2027-02-26T00:30:00Z');
    const limits = createCommandLimits(() => now);
    const { burst, perMinute } = COMMAND_ALLOWANCES.issueTicket;
    for (let i = 0; i < burst; i++) issueRefusal(limits);
    now -= 93 * DAY;
    // The bucket is as the kiosk left it (empty), and fills from the corrected time on.
    expect(issueRefusal(limits)).toBe('rate_limited');
    now += 60_000 / perMinute;
    expect(issueRefusal(limits)).toBeNull();
  });
});
