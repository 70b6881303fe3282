// Identifies the caller on every request (cookie session or Bearer token) and enforces CSRF
// for cookie sessions: an unsafe method must echo the session's CSRF token.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppContext } from '../context.js';
import { HttpError, unauthorized } from '../errors.js';
import { findSession, type SessionUser } from './sessions.js';

export const SESSION_COOKIE = 'bd_session';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    csrfFailed: boolean;
  }
}

export function registerAuth(app: App, ctx: AppContext): void {
  app.decorateRequest('user', null);
  app.decorateRequest('csrfFailed', false);
  app.addHook('preHandler', async (req) => {
    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const cookie = req.cookies[SESSION_COOKIE];
    const token = bearer ?? cookie;
    if (!token) return;
    const user = await findSession(ctx, token);
    if (!user || (bearer ? user.kind !== 'bearer' : user.kind !== 'cookie')) return;
    // A cookie write without the CSRF token acts anonymously; staff routes then refuse it (403).
    if (!bearer && !SAFE.has(req.method) && !csrfOk(req, user.csrfToken)) {
      req.csrfFailed = true;
      return;
    }
    req.user = user;
  });
}

function csrfOk(req: FastifyRequest, expected: string | null): boolean {
  const body = req.body as Record<string, unknown> | undefined;
  const sent = req.headers['x-csrf-token'] ?? (typeof body?._csrf === 'string' ? body._csrf : undefined);
  if (!expected || typeof sent !== 'string' || sent.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
}

/** The signed-in staff member, or 401. */
export function requireUser(req: FastifyRequest): SessionUser {
  if (req.csrfFailed) throw new HttpError(403, 'csrf', 'common.csrfFailed');
  if (!req.user) throw unauthorized();
  return req.user;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
  });
}
