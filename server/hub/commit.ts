import type { HubEventBody } from '../../shared/contract/events';

/**
 * Runs `change` in one write transaction and appends the event it returns; the hub publishes
 * the event after the commit.
 */
export type Commit = <R>(now: number, change: () => { result: R; event: HubEventBody }) => R;
