import { localPageOf, type LocalPage } from './local-scheme';
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

/**
 * The app's own pages (setup, PIN) answer only to the main frame showing that very page under the
 * app's scheme, read the same way the scheme reads it to serve it: a page of the hub, a file, or
 * another local page cannot call its channels.
 */
export function isLocalPageSender(sender: { url: string; parent: unknown } | null, page: LocalPage): boolean {
  return sender !== null && sender.parent === null && localPageOf(sender.url) === page;
}
