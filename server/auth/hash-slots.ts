import { HubError } from '../../shared/contract/errors';

/**
 * Runs at most `running` PIN checks at once and lets at most `waiting` more queue; a caller
 * beyond that is told to come back in a second. Each check takes tens of milliseconds of a core:
 * a burst of sign-ins must not take every core of the hub's PC, nor queue without end.
 */
export function createHashSlots({ running, waiting }: { running: number; waiting: number }) {
  let busy = 0;
  const queue: (() => void)[] = [];
  const release = (): void => {
    const next = queue.shift();
    if (next) next();
    else busy -= 1;
  };
  return async function withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (busy >= running) {
      if (queue.length >= waiting) {
        throw new HubError('rate_limited', 'The hub is busy with other sign-ins; try again in a moment.', 1);
      }
      await new Promise<void>((resolve) => queue.push(resolve));
    } else {
      busy += 1;
    }
    try {
      return await work();
    } finally {
      release();
    }
  };
}
