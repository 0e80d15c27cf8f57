import type { Writable } from 'node:stream';
import type { FastifyServerOptions } from 'fastify';
import { DEVICE_HEADER } from '../../shared/contract/devices';

/**
 * Request log lines for an office's log file: method, path, status and address, never bodies
 * (PINs, pairing codes) and never credentials, which are censored even if a future serializer
 * or a route's own log call includes the headers.
 */
export function hubLogger(stream: Writable): FastifyServerOptions['logger'] {
  return {
    level: 'info',
    stream,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        `req.headers["${DEVICE_HEADER}"]`,
        'req.headers["sec-websocket-protocol"]',
        'res.headers["set-cookie"]',
        'token',
        'pin',
        'code',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string; ip?: string }) => ({
        method: request.method,
        // Query strings are the only place a careless client could put a secret.
        url: request.url.split('?')[0],
        ip: request.ip,
      }),
    },
  };
}
