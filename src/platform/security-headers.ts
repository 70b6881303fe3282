// Security headers on every response, decided in one place by the path:
// - Content-Security-Policy: the citizen pages send their own (PAGE_CSP, html/layout.tsx); the staff app and the
//   API documentation get theirs here; API answers (JSON) may load nothing at all.
// - Strict-Transport-Security in production, on requests that came over https (directly, or through a trusted
//   proxy's X-Forwarded-Proto: Fastify's request.protocol reads it only when TRUST_PROXY=true).
// - Cache-Control: no-store on every API answer: they carry personal data, and a shared or browser cache
//   must not keep them. A route that sets its own Cache-Control keeps it.
// - Permissions-Policy (no camera, microphone, location, …) and Cross-Origin-Opener-Policy everywhere.
import type { FastifyReply, FastifyRequest } from 'fastify';

const policy = (directives: string[]) => directives.join('; ');

/** The staff app: Vite's build is script and style files only, and it talks to its own origin. */
export const STAFF_CSP = policy([
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
]);

/**
 * Swagger UI at /api/docs: its own script and style files, but its stylesheet draws icons as data: images and
 * its React components set style attributes, so those are allowed here (and only here). Nothing from elsewhere.
 */
export const DOCS_CSP = policy([
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
]);

/** A JSON answer is never a document: it may load nothing and be framed by no one. */
export const API_CSP = policy(["default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]);

export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

export const HSTS = 'max-age=31536000; includeSubDomains';

function cspFor(path: string): string | null {
  if (path === '/staff' || path.startsWith('/staff/')) return STAFF_CSP;
  if (path === '/api/docs' || path.startsWith('/api/docs/')) return DOCS_CSP;
  if (path.startsWith('/api/')) return API_CSP;
  return null;
}

export function securityHeaders(production: boolean) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const path = req.url.split('?', 1)[0] ?? '';
    // Tracking links carry a secret token in the URL: never leak it through the Referer header.
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    reply.header('cross-origin-opener-policy', 'same-origin');
    const csp = cspFor(path);
    if (csp && !reply.hasHeader('content-security-policy')) reply.header('content-security-policy', csp);
    if (path.startsWith('/api/v1/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    if (production && req.protocol === 'https') reply.header('strict-transport-security', HSTS);
  };
}
