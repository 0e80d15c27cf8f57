import { describe, expect, it } from 'vitest';
import { placeWindows, type DisplayInfo } from './display-layout';

const rect = (x: number, width: number, height: number) => ({ x, y: 0, width, height });
const landscape: DisplayInfo = { id: 10, bounds: rect(0, 1920, 1080), workArea: rect(0, 1920, 1040) };
const portrait: DisplayInfo = { id: 20, bounds: rect(1920, 1080, 1920), workArea: rect(1920, 1080, 1880) };

describe('windows on monitors', () => {
  it('covers the kiosk’s monitor in kiosk mode and the wall display’s in full screen', () => {
    const [kiosk, display] = placeWindows(
      [
        { role: 'kiosk', display: 1 },
        { role: 'display', display: 0 },
      ],
      [landscape, portrait],
      10,
    );
    expect(kiosk).toMatchObject({ bounds: portrait.bounds, fullScreen: true, kiosk: true, fallback: null });
    expect(display).toMatchObject({
      bounds: landscape.bounds,
      fullScreen: true,
      kiosk: false,
      fallback: null,
    });
  });

  it('gives staff windows their monitor’s work area, beside the taskbar', () => {
    const [desk] = placeWindows([{ role: 'desk', display: 1, deskId: 2 }], [landscape, portrait], 10);
    expect(desk).toMatchObject({ bounds: portrait.workArea, fullScreen: false, kiosk: false });
    expect(desk?.spec.deskId).toBe(2);
  });

  it('falls back to the primary monitor, saying why, when the one named is not there', () => {
    const [kiosk] = placeWindows([{ role: 'kiosk', display: 2 }], [landscape, portrait], 20);
    expect(kiosk?.bounds).toEqual(portrait.bounds);
    expect(kiosk?.fallback).toBe(
      'kiosk window: monitor 2 does not exist (2 connected); using the primary monitor',
    );
  });
});
