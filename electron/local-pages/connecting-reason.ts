import type { TextKey } from './strings';

const refused = new Set(['ECONNREFUSED', 'ERR_CONNECTION_REFUSED', 'ERR_CONNECTION_RESET', 'ECONNRESET']);
const unreachable = new Set([
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ERR_CONNECTION_TIMED_OUT',
  'ERR_TIMED_OUT',
  'ERR_ADDRESS_UNREACHABLE',
  'ERR_NETWORK_CHANGED',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_NAME_NOT_RESOLVED',
  'ERR_NETWORK_ACCESS_DENIED',
]);

/**
 * What the connecting page tells staff for a reason code: the system's (ECONNREFUSED …),
 * Chromium's (ERR_CONNECTION_REFUSED …) or the app's own (hub_not_started, screen_crashed).
 */
export function reasonText(code: string): TextKey {
  if (refused.has(code)) return 'reason.refused';
  if (unreachable.has(code)) return 'reason.unreachable';
  if (code === 'hub_not_started') return 'reason.hubNotStarted';
  if (code === 'screen_crashed') return 'reason.crashed';
  if (code === 'bad_answer') return 'reason.badAnswer';
  return 'reason.other';
}
