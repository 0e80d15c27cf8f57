import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from './launch-args';

describe('launch arguments', () => {
  it('override nothing by default', () => {
    expect(parseLaunchArgs(['electron', 'main.cjs'])).toEqual({
      hubUrl: null,
      demo: false,
      paperWidthMm: null,
      printerName: null,
      configPath: null,
    });
  });

  it('connects to a given hub in either spelling, keeping only its origin', () => {
    expect(parseLaunchArgs(['e', '--hub-url=http://127.0.0.1:4310/kiosk']).hubUrl).toBe(
      'http://127.0.0.1:4310',
    );
    expect(parseLaunchArgs(['e', '--hub-url', 'http://10.0.0.5:4310', '--demo'])).toMatchObject({
      hubUrl: 'http://10.0.0.5:4310',
      demo: true,
    });
  });

  it('reads the paper width, printer and config file, and refuses other widths', () => {
    expect(
      parseLaunchArgs(['e', '--paper=58', '--printer', 'BIXOLON SRP-330II', '--config', '/etc/minwon.json']),
    ).toMatchObject({
      paperWidthMm: 58,
      printerName: 'BIXOLON SRP-330II',
      configPath: '/etc/minwon.json',
    });
    expect(() => parseLaunchArgs(['e', '--paper=72'])).toThrow(/80 or 58/);
  });

  it('refuses a hub address that is not http(s)', () => {
    expect(() => parseLaunchArgs(['e', '--hub-url=file:///tmp'])).toThrow(/http/);
    expect(() => parseLaunchArgs(['e', '--hub-url=nonsense'])).toThrow();
  });
});
