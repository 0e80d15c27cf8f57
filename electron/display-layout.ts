import type { WindowSpec } from './app-config';
import type { Rect, WindowPlacement } from './window-options';

/** The parts of Electron's `Display` that place a window. */
export type DisplayInfo = { id: number; bounds: Rect; workArea: Rect };

export type Placement = WindowPlacement & {
  spec: WindowSpec;
  /** Why the window is not on the monitor its config names, to be logged; null when it is. */
  fallback: string | null;
};

/**
 * Puts each configured window on its monitor (an index into `screen.getAllDisplays()`); one named
 * beyond the monitors present goes to the primary one, with the reason. The kiosk and the wall
 * display cover their monitor (the kiosk in kiosk mode); staff windows fill its work area, next to
 * the taskbar.
 */
export function placeWindows(
  specs: readonly WindowSpec[],
  displays: readonly DisplayInfo[],
  primaryId: number,
): Placement[] {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0]!;
  return specs.map((spec) => {
    const display = displays[spec.display];
    const fallback = display
      ? null
      : `${spec.role} window: monitor ${String(spec.display)} does not exist (${String(displays.length)} connected); using the primary monitor`;
    const on = display ?? primary;
    const covers = spec.role === 'kiosk' || spec.role === 'display';
    return {
      spec,
      bounds: covers ? on.bounds : on.workArea,
      fullScreen: covers,
      kiosk: spec.role === 'kiosk',
      fallback,
    };
  });
}
