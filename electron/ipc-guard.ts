import { isAllowedNavigation } from './navigation-policy';

/**
 * An IPC message is honoured only from a main frame showing the hub's own kiosk page; anything
 * else (another origin, a subframe, a desk window) is refused.
 */
export function isTrustedKioskSender(
  sender: { url: string; parent: unknown } | null,
  hubUrl: string,
): boolean {
  // A frame with a parent is a subframe: never the kiosk page itself.
  if (!sender || sender.parent !== null || !isAllowedNavigation(sender.url, hubUrl)) return false;
  return new URL(sender.url).pathname.startsWith('/kiosk');
}
