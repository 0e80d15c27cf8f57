import { connect } from 'node:net';

export type RawReply = {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The hub's error code, when the body is the hub's error shape. */
  code: string | null;
};

export type RawTarget = { host: string; port: number; localAddress?: string };

/**
 * Sends one request exactly as written — target, headers and all — over a socket of its own,
 * as an attacker's script would: no client library normalises the URL or fills in the Host.
 */
export function sendRaw(to: RawTarget, request: string): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: to.host, port: to.port, localAddress: to.localAddress });
    const chunks: Buffer[] = [];
    socket.setTimeout(20_000, () => socket.destroy(new Error('no answer in 20 s')));
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      let body = text.slice(split + 4);
      if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
      let code: string | null = null;
      try {
        code = (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? null;
      } catch {
        code = null;
      }
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body, code });
    });
  });
}

function unchunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const end = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, end), 16);
    if (!size) return out;
    out += rest.slice(end + 2, end + 2 + size);
    rest = rest.slice(end + 2 + size + 2);
  }
}

/** A whole HTTP/1.1 request; `Connection: close` so the reply ends with the socket. */
export function rawRequest(
  method: string,
  target: string,
  options: { host: string; headers?: Record<string, string>; body?: string },
): string {
  const body = options.body ?? '';
  const lines = [
    `${method} ${target} HTTP/1.1`,
    `Host: ${options.host}`,
    ...Object.entries(options.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    ...(method === 'GET' || method === 'DELETE' ? [] : ['Content-Type: application/json']),
    ...(body
      ? [`Content-Length: ${Buffer.byteLength(body)}`]
      : method === 'POST'
        ? ['Content-Length: 0']
        : []),
    'Connection: close',
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

const percent = (char: string) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * The ways one path can be spelled in a request target, each of which a router or a proxy might
 * read as the same route (or a different one): `authority` is the hub's host:port for the
 * absolute form.
 */
export function targetSpellings(path: string, authority: string): [string, string][] {
  const segments = path.split('/').slice(1);
  const last = segments.length - 1;
  const lastSegment = segments[last]!;
  const withLast = (segment: string) => `/${[...segments.slice(0, last), segment].join('/')}`;
  const toggled = path.replace(/[a-z]/gi, (c, i: number) => (i % 2 ? c.toUpperCase() : c.toLowerCase()));
  return [
    ['percent-encoded first segment', path.replace(/^\/api/, '/%61pi')],
    ['percent-encoded, lower-case hex', path.replace(/^\/api/, '/%61%70%69').toLowerCase()],
    ['percent-encoded last segment', withLast(percent(lastSegment[0]!) + lastSegment.slice(1))],
    ['every letter percent-encoded', path.replace(/[A-Za-z]/g, (c) => percent(c))],
    ['double-encoded', path.replace(/^\/api/, '/%2561pi')],
    [
      'double-encoded last segment',
      withLast(`%25${percent(lastSegment[0]!).slice(1)}${lastSegment.slice(1)}`),
    ],
    ['absolute-form', `http://${authority}${path}`],
    ['absolute-form, percent-encoded', `http://${authority}${path.replace(/^\/api/, '/%61pi')}`],
    ['absolute-form, upper-case scheme and host', `HTTP://${authority.toUpperCase()}${path}`],
    ['dot-segment inside', path.replace(/^\/api\/v1\//, '/api/v1/x/../')],
    ['dot-segment before', `/x/..${path}`],
    ['single-dot segment', path.replace(/^\/api\//, '/api/./')],
    ['percent-encoded dot-segment', path.replace(/^\/api\/v1\//, '/api/v1/x/%2e%2e/')],
    ['upper-case', path.toUpperCase()],
    ['mixed-case', toggled],
    ['trailing slash', `${path}/`],
    ['double slash', `/${path}`],
    ['encoded slash', path.replace(/^\/api\//, '/api%2F')],
    ['semicolon parameter', `${path};x=1`],
    ['backslash', path.replaceAll('/', '\\')],
  ];
}
