/** The header that tells the hub which paired device a request comes from. */
export const DEVICE_HEADER = 'X-Minwon-Device';

const webSocketScheme: Record<string, string> = { 'http:': 'ws:', 'https:': 'wss:' };

/**
 * True for a request to the hub itself: its HTTP origin, or the WebSocket upgrade to the same host
 * and port (ws:// for an http hub, wss:// for an https one). Anything else never sees the token.
 */
export function isHubRequest(target: string, hubUrl: string): boolean {
  if (!URL.canParse(target)) return false;
  const url = new URL(target);
  const hub = new URL(hubUrl);
  if (url.host !== hub.host) return false;
  return url.protocol === hub.protocol || url.protocol === webSocketScheme[hub.protocol];
}

/**
 * The headers a request leaves with: the device token added for the hub, and for any other origin
 * the headers as they were (minus any device header a page tried to set itself).
 */
export function withDeviceHeader(
  target: string,
  headers: Record<string, string>,
  hubUrl: string,
  token: string,
): Record<string, string> {
  const rest = Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.toLowerCase() !== DEVICE_HEADER.toLowerCase()),
  );
  return isHubRequest(target, hubUrl) ? { ...rest, [DEVICE_HEADER]: token } : rest;
}

/**
 * The `webRequest` filter that narrows the listener to the hub's host. Chromium's URL patterns do
 * not pin a port, so `isHubRequest` still decides each request.
 */
export function hubRequestFilter(hubUrl: string): { urls: string[] } {
  const hub = new URL(hubUrl);
  return {
    urls: [`${hub.protocol}//${hub.hostname}/*`, `${webSocketScheme[hub.protocol]!}//${hub.hostname}/*`],
  };
}
