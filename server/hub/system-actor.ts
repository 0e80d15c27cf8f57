import type { Actor } from '../../shared/contract/access';

/**
 * The hub acting on its own: seeding the demo office, and tests setting a scene. No HTTP request
 * ever runs as this (lint keeps server/http from importing it); a command sent over HTTP runs as
 * the caller the request came from.
 */
export const SYSTEM: Actor = { kind: 'system' };
