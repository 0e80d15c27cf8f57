import type { FastifyInstance } from 'fastify';

// The screens load nothing from elsewhere: scripts, styles, fonts and the event stream all
// come from the hub's own origin.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    // Staff boards hold names and notes: no browser or proxy keeps a copy of an API answer.
    const api = (request.routeOptions.url ?? request.url).startsWith('/api/');
    if (api) reply.header('cache-control', 'no-store');
    // The page names the hashed scripts of its build: a browser asks for it again every time, so
    // an update reaches every screen at its next load.
    else if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header('cache-control', 'no-cache');
    }
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    done(null, payload);
  });
}
