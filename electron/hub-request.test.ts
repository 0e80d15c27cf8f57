import { describe, expect, it } from 'vitest';
import { hubRequestFilter, isHubRequest, withDeviceHeader } from './hub-request';

const hub = 'http://192.168.0.10:4310';

describe('requests to the hub', () => {
  it('are its HTTP origin and its WebSocket on the same host and port', () => {
    expect(isHubRequest('http://192.168.0.10:4310/api/v1/office', hub)).toBe(true);
    expect(isHubRequest('ws://192.168.0.10:4310/api/v1/events?after=3', hub)).toBe(true);
    expect(isHubRequest('wss://hub.example:443/api/v1/events', 'https://hub.example')).toBe(true);
  });

  it('are not another port, host or scheme, nor garbage', () => {
    expect(isHubRequest('http://192.168.0.10:4311/api', hub)).toBe(false);
    expect(isHubRequest('http://192.168.0.11:4310/api', hub)).toBe(false);
    expect(isHubRequest('https://192.168.0.10:4310/api', hub)).toBe(false);
    expect(isHubRequest('wss://192.168.0.10:4310/api', hub)).toBe(false);
    expect(isHubRequest('http://192.168.0.10.evil.example:4310/', hub)).toBe(false);
    expect(isHubRequest('file:///etc/passwd', hub)).toBe(false);
    expect(isHubRequest('not a url', hub)).toBe(false);
  });
});

describe('the device header', () => {
  it('is added to requests to the hub, replacing any a page set', () => {
    expect(
      withDeviceHeader(
        `${hub}/api/v1/office`,
        { Accept: 'application/json', 'x-minwon-device': 'forged' },
        hub,
        'tok',
      ),
    ).toEqual({ Accept: 'application/json', 'X-Minwon-Device': 'tok' });
    expect(withDeviceHeader('ws://192.168.0.10:4310/api/v1/events', {}, hub, 'tok')).toEqual({
      'X-Minwon-Device': 'tok',
    });
  });

  it('never reaches another origin', () => {
    expect(withDeviceHeader('http://192.168.0.10:9999/', { Accept: '*/*' }, hub, 'tok')).toEqual({
      Accept: '*/*',
    });
    expect(withDeviceHeader('https://fonts.example/x.woff2', { 'X-Minwon-Device': 'x' }, hub, 'tok')).toEqual(
      {},
    );
  });

  it('is listened for on the hub’s host only', () => {
    expect(hubRequestFilter(hub)).toEqual({ urls: ['http://192.168.0.10/*', 'ws://192.168.0.10/*'] });
  });
});
