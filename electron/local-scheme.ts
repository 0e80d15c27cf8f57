import { join as joinPath } from 'node:path';

/**
 * The app's own pages (setup, the manager PIN, connecting to the hub) are served from its files
 * under this scheme rather than file://, so their address is the same on every PC: no drive
 * letter, install folder or escaping to compare, and file:// keeps no extra privileges.
 */
export const LOCAL_SCHEME = 'minwon-app';
const LOCAL_HOST = 'local';

export const localPages = ['setup', 'pin', 'connecting'] as const;
export type LocalPage = (typeof localPages)[number];

/** Everything the scheme serves: the pages, their scripts and one style sheet. Nothing else exists. */
const servedFiles: Record<string, string> = {
  'local-pages.css': 'text/css; charset=utf-8',
  ...Object.fromEntries(
    localPages.flatMap((page) => [
      [`${page}.html`, 'text/html; charset=utf-8'],
      [`${page}.js`, 'text/javascript; charset=utf-8'],
    ]),
  ),
};

/**
 * Standard (relative links resolve, the origin is `minwon-app://local`) and secure (a secure
 * context), but not fetchable, not CORS-enabled and not exempt from CSP: pages of the hub cannot
 * read these files, and these pages load nothing from anywhere else.
 */
export const localSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: false,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
} as const;

/** The address of a local page, with its query (the connecting page's hub address, say). */
export function localPageUrl(page: LocalPage, query: Record<string, string> = {}): string {
  const url = new URL(`${LOCAL_SCHEME}://${LOCAL_HOST}/${page}.html`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}

/** The served file an address names ("setup.html"), or null for anything the scheme does not serve. */
export function localFileOf(address: string): string | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  // Chromium lower-cases a standard scheme's host; Node's URL leaves a custom scheme's as written.
  if (url.protocol !== `${LOCAL_SCHEME}:` || url.host.toLowerCase() !== LOCAL_HOST) return null;
  if (url.username !== '' || url.password !== '') return null;
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.slice(1));
  } catch {
    return null;
  }
  return Object.hasOwn(servedFiles, name) ? name : null;
}

/** The local page an address shows, or null. */
export function localPageOf(address: string): LocalPage | null {
  const file = localFileOf(address);
  return localPages.find((page) => file === `${page}.html`) ?? null;
}

/**
 * The file to answer a request with, under the folder of built pages; `join` is the platform's
 * (path.win32's on Windows), given by tests to check Windows paths on any machine.
 */
export function localFileFor(
  address: string,
  pagesDir: string,
  join: (...parts: string[]) => string = joinPath,
): { path: string; contentType: string } | null {
  const file = localFileOf(address);
  return file === null ? null : { path: join(pagesDir, file), contentType: servedFiles[file]! };
}
