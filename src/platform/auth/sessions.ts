// Server-side sessions: the cookie (or Bearer token) holds a random secret; the database holds its hash.
import { and, eq, gt, lt } from 'drizzle-orm';
import { sessions, users } from '../../adapters/db/schema.js';
import type { AppContext } from '../context.js';
import type { Actor, Role } from '../policies.js';
import { hashToken, newToken } from '../tokens.js';

export interface SessionUser extends Actor {
  email: string;
  name: string;
  csrfToken: string | null;
  kind: 'cookie' | 'bearer';
}

export async function createSession(
  ctx: AppContext,
  user: { id: string; kommuneId: string },
  kind: 'cookie' | 'bearer',
): Promise<{ token: string; csrfToken: string | null; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = kind === 'cookie' ? newToken() : null;
  const expiresAt = new Date(ctx.now().getTime() + ctx.config.sessionHours * 3600_000);
  await ctx.db.insert(sessions).values({
    tokenHash: hashToken(token),
    kommuneId: user.kommuneId,
    userId: user.id,
    kind,
    csrfToken,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

export async function findSession(ctx: AppContext, token: string): Promise<SessionUser | null> {
  const [row] = await ctx.db
    .select({
      userId: users.id,
      kommuneId: users.kommuneId,
      role: users.role,
      departmentId: users.departmentId,
      teamId: users.teamId,
      email: users.email,
      name: users.name,
      csrfToken: sessions.csrfToken,
      kind: sessions.kind,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        gt(sessions.expiresAt, ctx.now()),
        eq(users.active, true),
      ),
    )
    .limit(1);
  if (!row) return null;
  return { ...row, role: row.role as Role, kind: row.kind as 'cookie' | 'bearer' };
}

export async function deleteSession(ctx: AppContext, token: string): Promise<void> {
  await ctx.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function deleteExpiredSessions(ctx: AppContext): Promise<void> {
  await ctx.db.delete(sessions).where(lt(sessions.expiresAt, ctx.now()));
}
