import { describe, expect, it } from 'vitest';
import { mayActForDesk, mayRead, mayRun, type Actor } from './access';

const desk: Actor = { kind: 'staff', staffId: 1, role: 'desk', deskId: 3 };
const guide: Actor = { kind: 'staff', staffId: 2, role: 'guide', deskId: null };
const manager: Actor = { kind: 'staff', staffId: 3, role: 'manager', deskId: null };
const hubPc: Actor = { kind: 'anonymous' };
const kiosk: Actor = { kind: 'device', deviceId: 1, role: 'kiosk' };
const display: Actor = { kind: 'device', deviceId: 2, role: 'display' };
const staffPc: Actor = { kind: 'device', deviceId: 3, role: 'staff' };
const region: Actor = { kind: 'device', deviceId: 4, role: 'region' };

describe('command access', () => {
  it('lets the hub’s PC, kiosks and staff take a ticket or ask for help', () => {
    for (const actor of [hubPc, kiosk, desk, guide, manager]) expect(mayRun('public', actor)).toBe(true);
  });

  it('lets a display, a staff PC nobody signed in at, or a region send nothing', () => {
    for (const access of ['public', 'desk', 'guide', 'manager'] as const) {
      expect(mayRun(access, display)).toBe(false);
      expect(mayRun(access, staffPc)).toBe(false);
      expect(mayRun(access, region)).toBe(false);
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

  it('binds desk staff to the desk they signed in at', () => {
    expect(mayActForDesk(desk, 3)).toBe(true);
    expect(mayActForDesk(desk, 4)).toBe(false);
    expect(mayActForDesk(manager, 4)).toBe(true);
  });
});

describe('read access', () => {
  it('keeps the staff boards away from kiosks and displays', () => {
    expect(mayRead('staffBoards', kiosk)).toBe(false);
    expect(mayRead('staffBoards', display)).toBe(false);
    for (const actor of [staffPc, hubPc, desk, guide, manager])
      expect(mayRead('staffBoards', actor)).toBe(true);
  });

  it('shows the call board to displays but not to kiosks', () => {
    expect(mayRead('display', display)).toBe(true);
    expect(mayRead('display', kiosk)).toBe(false);
  });

  it('gives every paired device the office and the event stream', () => {
    for (const actor of [kiosk, display, staffPc]) {
      expect(mayRead('office', actor)).toBe(true);
      expect(mayRead('events', actor)).toBe(true);
    }
  });

  it('gives a region the region feed and nothing else, and the feed to nobody else', () => {
    expect(mayRead('regionFeed', region)).toBe(true);
    for (const what of ['office', 'display', 'staffBoards', 'events'] as const) {
      expect(mayRead(what, region)).toBe(false);
    }
    for (const actor of [kiosk, display, staffPc, hubPc, desk, guide, manager, { kind: 'system' } as const]) {
      expect(mayRead('regionFeed', actor)).toBe(false);
    }
  });
});
