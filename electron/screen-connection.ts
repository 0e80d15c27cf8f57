import type { DownReason, ProbeResult } from './hub-probe';
import { backoffDelay, HUB_RECONNECT, type BackoffSchedule, type Timers } from './retry-schedule';

/** What a screen window shows: the local "connecting to the hub" page, or the hub's screen. */
export type ConnectionView = {
  connecting(reason: DownReason): void;
  screen(): void;
};

/**
 * Brings a window to its hub screen and back to it after the hub went away: asks the hub, and
 * while it does not answer shows the connecting page with the reason and asks again with back-off.
 * Each `connect` supersedes the one before, so a crash during a retry does not start a second loop.
 */
export function createScreenConnection(deps: {
  probe: () => Promise<ProbeResult>;
  timers: Timers;
  view: ConnectionView;
  schedule?: BackoffSchedule;
  /** Why the hub on this PC is down (its process's last failure), which says more than the probe. */
  localHubFailure?: () => DownReason | null;
}) {
  const schedule = deps.schedule ?? HUB_RECONNECT;
  let generation = 0;
  let timer: unknown = null;

  const cancel = (): void => {
    generation++;
    if (timer !== null) deps.timers.clear(timer);
    timer = null;
  };

  return {
    /**
     * Connects the window: at once (a first start), or showing `reason` and after `delayMs` (a
     * failed load or a crashed screen). A hub that answers at once gets no connecting page at all.
     */
    connect(reason: DownReason | null = null, delayMs = 0): void {
      cancel();
      const mine = generation;
      let attempt = 0;
      let shown: string | null = null;
      const show = (why: DownReason): void => {
        const key = JSON.stringify(why);
        if (key === shown) return;
        shown = key;
        deps.view.connecting(why);
      };
      const ask = async (): Promise<void> => {
        timer = null;
        const result = await deps.probe();
        if (mine !== generation) return;
        if (result.up) {
          deps.view.screen();
          return;
        }
        show(deps.localHubFailure?.() ?? result.reason);
        timer = deps.timers.set(() => void ask(), backoffDelay(attempt++, schedule));
      };
      if (reason !== null) show(reason);
      timer = deps.timers.set(() => void ask(), delayMs);
    },

    /** Stops asking (the window is closing). */
    dispose: cancel,
  };
}
