/** Windows may only ever show the hub's own pages: same scheme, host and port. */
export function isAllowedNavigation(target: string, hubUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  return url.origin === new URL(hubUrl).origin;
}
