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
 * The app's own pages (setup, PIN) answer only to the main frame showing that very file: a page
 * of the hub, or any other file, cannot call setup's channels.
 */
export function isLocalPageSender(sender: { url: string; parent: unknown } | null, pageUrl: string): boolean {
  if (!sender || sender.parent !== null || !URL.canParse(sender.url)) return false;
  const url = new URL(sender.url);
  url.hash = '';
  url.search = '';
  return url.protocol === 'file:' && url.href === pageUrl;
}
