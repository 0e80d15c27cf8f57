import { describe, expect, it } from 'vitest';
import { mayActForDesk, mayRun, type Actor } from './access';

const desk: Actor = { kind: 'staff', staffId: 1, role: 'desk', deskId: 3 };
const guide: Actor = { kind: 'staff', staffId: 2, role: 'guide', deskId: null };
const manager: Actor = { kind: 'staff', staffId: 3, role: 'manager', deskId: null };
const anonymous: Actor = { kind: 'anonymous' };

describe('command access', () => {
  it('lets anyone take a ticket or ask for help', () => {
    for (const actor of [anonymous, desk, guide, manager]) expect(mayRun('public', actor)).toBe(true);
  });

  it('keeps desk, guide and manager commands to their roles, managers excepted', () => {
    expect(mayRun('desk', anonymous)).toBe(false);
    expect(mayRun('desk', guide)).toBe(false);
    expect(mayRun('desk', desk)).toBe(true);
    expect(mayRun('guide', desk)).toBe(false);
    expect(mayRun('guide', guide)).toBe(true);
    expect(mayRun('manager', desk)).toBe(false);
    for (const access of ['desk', 'guide', 'manager'] as const) expect(mayRun(access, manager)).toBe(true);
  });

  it('binds desk staff to the desk they signed in at', () => {
    expect(mayActForDesk(desk, 3)).toBe(true);
    expect(mayActForDesk(desk, 4)).toBe(false);
    expect(mayActForDesk(manager, 4)).toBe(true);
  });
});
