import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HubError } from '../../shared/contract/errors';

/** Names that always mean this PC: a page under them was loaded from this PC itself. */
const LOOPBACK_NAMES = new Set(['localhost', '[::1]']);
/** host[:port] as a Host header or an authority carries it: a name, an IPv4 or a bracketed IPv6. */
const AUTHORITY = /^(?<host>[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(?::(?<port>\d{1,5}))?$/;

function hostOf(authority: string): string | null {
  return AUTHORITY.exec(authority.toLowerCase())?.groups?.host ?? null;
}

/** An address as the Host header spells it: IPv4 as is, IPv6 in brackets, no IPv4-mapped prefix. */
function asHostName(address: string | undefined): string | null {
  if (!address) return null;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.includes(':') ? `[${v4.toLowerCase()}]` : v4;
}

/** The authority of an absolute-form target (`POST http://host/…`), which stands for Host. */
function absoluteFormAuthority(url: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url);
  return match ? match[1]! : null;
}

export type HostCheckOptions = {
  /** Names the office reaches this hub by besides its addresses (`--host-name`), e.g. `minwon-hub.local`. */
  hostNames?: readonly string[];
};

/**
 * Answers only to the hub's own names: loopback names, the address a request came in on, and
 * the names the office configured. A web page whose name an attacker re-points at this PC (DNS
 * rebinding) carries its own name in Host and is refused before anything else runs; a page of
 * another site is refused by its Origin, which must be this hub as the request addressed it.
 */
export function registerHostCheck(app: FastifyInstance, { hostNames = [] }: HostCheckOptions): void {
  const configured = new Set(hostNames.map((name) => name.toLowerCase()));

  function isOwnName(host: string | null, request: FastifyRequest): boolean {
    if (host === null) return false;
    if (LOOPBACK_NAMES.has(host) || configured.has(host)) return true;
    if (/^127(?:\.\d{1,3}){3}$/.test(host)) return true;
    return host === asHostName(request.socket.localAddress);
  }

  app.addHook('onRequest', (request, _reply, done) => {
    const host = request.headers.host;
    const absolute = absoluteFormAuthority(request.raw.url ?? '');
    if (
      host === undefined ||
      !isOwnName(hostOf(host), request) ||
      (absolute !== null && !isOwnName(hostOf(absolute), request))
    ) {
      done(
        new HubError(
          'host_not_served',
          'This hub answers only to its own address or configured name; open it by that.',
        ),
      );
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !isSameOrigin(origin, absolute ?? host)) {
      done(new HubError('origin_not_allowed', `Pages from ${origin.slice(0, 100)} may not use this hub.`));
      return;
    }
    done();
  });
}

/** A browser's Origin is the page's scheme, host and port: it must be this hub as addressed. */
function isSameOrigin(origin: string, authority: string): boolean {
  const match = /^https?:\/\/([^/]+)$/i.exec(origin);
  return match !== null && match[1]!.toLowerCase() === authority.toLowerCase();
}
