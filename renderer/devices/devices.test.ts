import { describe, expect, it } from 'vitest';
import { formatCountdown } from './countdown';
import { pairAddress } from './pair-address';
import { screenOfRole } from './role-screen';

describe('formatCountdown', () => {
  it('shows minutes and zero-padded seconds', () => {
    expect(formatCountdown(10 * 60_000)).toBe('10:00');
    expect(formatCountdown(9 * 60_000 + 5_000)).toBe('9:05');
    expect(formatCountdown(59_000)).toBe('0:59');
  });

  it('rounds a part second up, so a working code never shows 0:00', () => {
    expect(formatCountdown(400)).toBe('0:01');
    expect(formatCountdown(60_001)).toBe('1:01');
  });

  it('stops at 0:00 once the code has expired', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5_000)).toBe('0:00');
  });
});

describe('screenOfRole', () => {
  it('sends each paired PC to its own screen', () => {
    expect(screenOfRole('kiosk')).toBe('/kiosk');
    expect(screenOfRole('display')).toBe('/display');
    expect(screenOfRole('staff')).toBe('/');
  });
});

describe('pairAddress', () => {
  const at = (hostname: string, port: string) => ({
    protocol: 'http:',
    hostname,
    host: port ? `${hostname}:${port}` : hostname,
    port,
  });

  it('gives the address the manager reached the hub at, from another PC', () => {
    expect(pairAddress(at('192.168.0.10', '4310'), ['10.0.0.5'])).toEqual({
      url: 'http://192.168.0.10:4310/pair',
      port: '4310',
    });
  });

  it('offers the hub’s LAN addresses on the hub’s own PC, whose loopback no other PC can use', () => {
    expect(pairAddress(at('127.0.0.1', '4310'), ['192.168.0.10'])).toEqual({
      url: 'http://192.168.0.10:4310/pair',
      port: '4310',
    });
    expect(pairAddress(at('localhost', '4310'), ['192.168.0.10', '10.0.0.5']).url).toBe(
      'http://192.168.0.10:4310/pair  ·  http://10.0.0.5:4310/pair',
    );
  });

  it('gives no address on the hub’s own PC when the hub knows none of its own', () => {
    expect(pairAddress(at('127.0.0.1', '4310'), [])).toEqual({ url: null, port: '4310' });
    expect(pairAddress(at('[::1]', '4310'), []).url).toBeNull();
  });

  it('names the default port when the address has none', () => {
    expect(pairAddress(at('hub.office.local', ''), [])).toEqual({
      url: 'http://hub.office.local/pair',
      port: '80',
    });
  });
});
