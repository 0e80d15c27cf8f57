import { describe, expect, it } from 'vitest';
import { isBlockedKioskKey, staffGesture, type KeyInput } from './kiosk-keys';

const press = (key: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('kiosk key filter', () => {
  it.each([
    ['F5', press('F5')],
    ['Ctrl+R', press('r', { control: true })],
    ['Ctrl+Shift+R', press('R', { control: true, shift: true })],
    ['Ctrl+W', press('w', { control: true })],
    ['Alt+F4', press('F4', { alt: true })],
    ['Ctrl+Shift+I', press('I', { control: true, shift: true })],
    ['F12', press('F12')],
    ['F11', press('F11')],
    ['Ctrl+=', press('=', { control: true })],
    ['Ctrl+-', press('-', { control: true })],
    ['Ctrl+0', press('0', { control: true })],
    ['Cmd+Q', press('q', { meta: true })],
    ['Ctrl+P', press('p', { control: true })],
    ['Alt+Left', press('ArrowLeft', { alt: true })],
  ])('swallows %s', (_name, input) => {
    expect(isBlockedKioskKey(input)).toBe(true);
  });

  it.each([
    ['digits of a ticket code', press('7')],
    ['Enter', press('Enter')],
    ['Tab and Shift+Tab', press('Tab', { shift: true })],
    ['arrows', press('ArrowDown')],
    ['Escape', press('Escape')],
    ['the speech key *', press('*')],
    ['Korean text', press('ㅈ')],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedKioskKey(input)).toBe(false);
  });

  it('only looks at key presses', () => {
    expect(isBlockedKioskKey({ ...press('F5'), type: 'keyUp' })).toBe(false);
  });
});

describe('staff gestures', () => {
  it('are Ctrl+Shift+U (unlock) and Ctrl+Shift+S (setup), in either case', () => {
    expect(staffGesture(press('U', { control: true, shift: true }))).toBe('unlock');
    expect(staffGesture(press('u', { control: true, shift: true }))).toBe('unlock');
    expect(staffGesture(press('S', { control: true, shift: true }))).toBe('setup');
  });

  it('are nothing else', () => {
    expect(staffGesture(press('u', { control: true }))).toBeNull();
    expect(staffGesture(press('U', { control: true, shift: true, alt: true }))).toBeNull();
    expect(staffGesture(press('R', { control: true, shift: true }))).toBeNull();
    expect(staffGesture({ ...press('U', { control: true, shift: true }), type: 'keyUp' })).toBeNull();
  });
});
