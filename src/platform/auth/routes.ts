// Staff login (local scrypt passwords), logout, "who am I", and API tokens for integrations.
import { eq } from 'drizzle-orm';
import { Type } from 'typebox';
import { users } from '../../adapters/db/schema.js';
import type { App, AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { STAFF_SECURITY } from '../openapi.js';
import { verifyPassword } from './passwords.js';
import { requireUser, SESSION_COOKIE, setSessionCookie } from './plugin.js';
import { createSession, deleteSession } from './sessions.js';
import './templates.js';
import { loginBlocked, loginFailed, loginSucceeded } from './throttle.js';

const Credentials = Type.Object({
  email: Type.String({ format: 'email', maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});
const Me = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.String(),
  kommuneId: Type.String(),
  departmentId: Type.Union([Type.String(), Type.Null()]),
  teamId: Type.Union([Type.String(), Type.Null()]),
  csrfToken: Type.Union([Type.String(), Type.Null()]),
});

const invalidCredentials = () => new HttpError(401, 'invalid_credentials', 'common.login.invalid');

async function authenticate(ctx: AppContext, email: string, password: string, ip: string) {
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  // A locked account is not even tried from an unknown address (platform/auth/throttle.ts).
  if (user && (await loginBlocked(ctx, user, ip))) {
    await verifyPassword(password, null); // the same time as a real check, so the lock does not show
    throw invalidCredentials();
  }
  const ok = await verifyPassword(password, user?.passwordHash ?? null);
  if (user && !ok) await loginFailed(ctx, user);
  // Demo accounts (…@koege.demo) carry a published password: never valid in production.
  const demoInProduction = ctx.config.production && user?.email.endsWith('.demo');
  if (!user || !ok || !user.active || demoInProduction) throw invalidCredentials();
  // Citizens do not sign in to the staff app (their own login comes later, through MitID). Said only after a
  // correct password, so the answer reveals nothing to someone guessing.
  if (user.role === 'citizen') throw new HttpError(403, 'not_staff', 'common.login.notStaff');
  await loginSucceeded(ctx, user, ip);
  return user;
}

export function authRoutes(app: App, ctx: AppContext): void {
  const loginLimit = { rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' } };
  const secure = ctx.config.production;

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Staff login (sets a session cookie)',
        body: Credentials,
        response: { 200: Me },
      },
      config: loginLimit,
    },
    async (req, reply) => {
      const user = await authenticate(ctx, req.body.email, req.body.password, req.ip);
      const session = await createSession(ctx, user, 'cookie');
      setSessionCookie(reply, session.token, session.expiresAt, secure);
      return { ...pickMe(user), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/token',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange staff credentials for a Bearer token (integrations)',
        body: Credentials,
        response: { 200: Type.Object({ token: Type.String(), expiresAt: Type.String() }) },
      },
      config: loginLimit,
    },
    async (req) => {
      const user = await authenticate(ctx, req.body.email, req.body.password, req.ip);
      const session = await createSession(ctx, user, 'bearer');
      return { token: session.token, expiresAt: session.expiresAt.toISOString() };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the session',
        security: STAFF_SECURITY,
        response: { 204: Type.Null({ description: 'Signed out' }) },
      },
    },
    async (req, reply) => {
      requireUser(req);
      const token =
        /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? req.cookies[SESSION_COOKIE];
      if (token) await deleteSession(ctx, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in staff member',
        security: STAFF_SECURITY,
        response: { 200: Me },
      },
    },
    async (req) => {
      const user = requireUser(req);
      return { ...pickMe({ ...user, id: user.userId }), csrfToken: user.csrfToken };
    },
  );
}

function pickMe(u: {
  id: string;
  email: string;
  name: string;
  role: string;
  kommuneId: string;
  departmentId: string | null;
  teamId: string | null;
}) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    kommuneId: u.kommuneId,
    departmentId: u.departmentId,
    teamId: u.teamId,
  };
}
