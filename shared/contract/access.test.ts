import { describe, expect, it } from 'vitest';
import {
  MANAGERS,
  callerOf,
  callers,
  mayActForDesk,
  mayCall,
  mayRun,
  refusalOf,
  type Actor,
  type RequestActor,
} from './access';
import { queries } from './queries';

const desk: RequestActor = { kind: 'staff', staffId: 1, role: 'desk', deskId: 3 };
const guide: RequestActor = { kind: 'staff', staffId: 2, role: 'guide', deskId: null };
const manager: RequestActor = { kind: 'staff', staffId: 3, role: 'manager', deskId: null };
const hubPc: RequestActor = { kind: 'hubPc' };
const kiosk: RequestActor = { kind: 'device', deviceId: 1, role: 'kiosk' };
const display: RequestActor = { kind: 'device', deviceId: 2, role: 'display' };
const staffPc: RequestActor = { kind: 'device', deviceId: 3, role: 'staff' };
const region: RequestActor = { kind: 'device', deviceId: 4, role: 'region' };
const system: Actor = { kind: 'system' };
const everyone = [hubPc, kiosk, display, staffPc, desk, guide, manager, region];

describe('command access', () => {
  it('lets the hub’s PC, kiosks and staff take a ticket or ask for help', () => {
    for (const actor of [hubPc, kiosk, desk, guide, manager]) expect(mayRun('public', actor)).toBe(true);
  });

  it('lets a display, a staff PC nobody signed in at, or a region service send nothing', () => {
    for (const access of ['public', 'desk', 'guide', 'manager'] as const) {
      for (const actor of [display, staffPc, region]) expect(mayRun(access, actor)).toBe(false);
    }
  });

  it('keeps desk, guide and manager commands to their roles, managers excepted', () => {
    for (const actor of [hubPc, kiosk]) expect(mayRun('desk', actor)).toBe(false);
    expect(mayRun('desk', guide)).toBe(false);
    expect(mayRun('desk', desk)).toBe(true);
    expect(mayRun('guide', desk)).toBe(false);
    expect(mayRun('guide', guide)).toBe(true);
    expect(mayRun('manager', desk)).toBe(false);
    for (const access of ['desk', 'guide', 'manager'] as const) expect(mayRun(access, manager)).toBe(true);
  });

  it('lets the hub itself run everything, and no request is the hub itself', () => {
    for (const access of ['public', 'desk', 'guide', 'manager'] as const)
      expect(mayRun(access, system)).toBe(true);
    expect(everyone.map(callerOf)).toEqual(callers);
  });

  it('binds desk staff to the desk they signed in at', () => {
    expect(mayActForDesk(desk, 3)).toBe(true);
    expect(mayActForDesk(desk, 4)).toBe(false);
    expect(mayActForDesk(manager, 4)).toBe(true);
  });
});

describe('route access', () => {
  it('keeps a stranger to the routes open to anyone', () => {
    expect(mayCall('anyone', null)).toBe(true);
    expect(mayCall(callers, null)).toBe(false);
    expect(refusalOf(MANAGERS, null)).toBe('device_not_paired');
  });

  it('tells a PC where staff could sign in to sign in, and anyone else that it is not theirs', () => {
    expect(refusalOf(MANAGERS, hubPc)).toBe('sign_in_required');
    expect(refusalOf(MANAGERS, staffPc)).toBe('sign_in_required');
    expect(refusalOf(MANAGERS, kiosk)).toBe('forbidden');
    expect(refusalOf(MANAGERS, desk)).toBe('forbidden');
    expect(refusalOf(['hubPc', 'display'], staffPc)).toBe('forbidden');
    expect(refusalOf(['hubPc'], manager)).toBe('local_only');
  });

  it('gives a region device the region feed and nothing else, and the feed to nobody else', () => {
    expect(mayCall(queries.regionFeed.who, region)).toBe(true);
    for (const actor of everyone.filter((a) => a !== region)) {
      expect(mayCall(queries.regionFeed.who, actor)).toBe(false);
    }
    // Routes open to anyone (pairing, sign-in) it reaches as any stranger does.
    for (const [name, query] of Object.entries(queries)) {
      if (query.who !== 'anyone' && name !== 'regionFeed') expect(mayCall(query.who, region)).toBe(false);
    }
  });

  it('keeps the staff boards away from kiosks and displays, and the call board from kiosks', () => {
    for (const actor of [kiosk, display]) {
      expect(mayCall(queries.deskState.who, actor)).toBe(false);
      expect(mayCall(queries.guideBoard.who, actor)).toBe(false);
    }
    expect(mayCall(queries.display.who, display)).toBe(true);
    expect(mayCall(queries.display.who, kiosk)).toBe(false);
  });
});
