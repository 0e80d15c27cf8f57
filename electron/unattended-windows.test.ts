import { describe, expect, it } from 'vitest';
import { afterClosed, keepsScreenAwake, mayClose } from './unattended-windows';
import { windowRoles } from './window-options';

const locked = { released: false, quitting: false };

describe('closing a window', () => {
  it.each(['kiosk', 'display'] as const)(
    'refuses to close a locked %s, and reopens it if it closed anyway',
    (role) => {
      expect(mayClose({ role, ...locked })).toBe(false);
      expect(afterClosed({ role, ...locked })).toBe('reopen');
    },
  );

  it.each(['kiosk', 'display'] as const)('lets a manager close a %s after unlocking it there', (role) => {
    expect(mayClose({ role, released: true, quitting: false })).toBe(true);
    expect(afterClosed({ role, released: true, quitting: false })).toBe('let_go');
  });

  it.each(windowRoles)('lets the %s window go when the app quits (shutdown, end of session)', (role) => {
    expect(mayClose({ role, released: false, quitting: true })).toBe(true);
    expect(afterClosed({ role, released: false, quitting: true })).toBe('let_go');
  });

  it.each(['desk', 'manager', 'guide'] as const)('lets staff close the %s window', (role) => {
    expect(mayClose({ role, ...locked })).toBe(true);
  });
});

describe('the screen of a PC', () => {
  it('stays awake for a kiosk or a wall display, and may sleep at a desk', () => {
    expect(keepsScreenAwake(['kiosk'])).toBe(true);
    expect(keepsScreenAwake(['desk', 'display'])).toBe(true);
    expect(keepsScreenAwake(['desk', 'manager'])).toBe(false);
  });
});
