// "Assign to me" (tag sagen): a caseworker takes a case from the department's queue. Taking a case a
// colleague already holds is a reassignment, which is the team lead's call.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { AppContext } from '../../platform/context.js';
import { conflict } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { caseToWork } from './case-ref.js';
import { cases } from './tables.js';
import { appendEvents, event } from './timeline.js';

export interface Assigned {
  caseNumber: string;
  assignee: { id: string; name: string };
}

export async function assignToMe(ctx: AppContext, user: SessionUser, number: string): Promise<Assigned> {
  const c = await caseToWork(ctx, user, number); // 404 outside the user's scope
  const result = { caseNumber: c.number, assignee: { id: user.userId, name: user.name } };
  if (c.assigneeId === user.userId) return result; // already mine: nothing changes, no new event
  if (c.assigneeId && !can(user, 'case.reassign', c)) {
    throw conflict('already_assigned', 'dialogue.api.alreadyAssigned');
  }
  const at = ctx.now();
  await ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const updated = await tx
      .update(cases)
      .set({
        assigneeId: user.userId,
        // A case without a team joins the new assignee's team, so the team's queue shows it.
        teamId: sql`coalesce(${cases.teamId}, ${user.teamId}::uuid)`,
        updatedAt: at,
      })
      // Only if nobody took it meanwhile: two clicks at once give one owner and one 409.
      .where(
        and(eq(cases.id, c.id), c.assigneeId ? eq(cases.assigneeId, c.assigneeId) : isNull(cases.assigneeId)),
      )
      .returning({ id: cases.id });
    if (updated.length === 0) throw conflict('concurrent', 'dialogue.api.concurrent');
    await appendEvents(tx, c, [
      event('assigned', at, user.userId, { assigneeId: user.userId, previousAssigneeId: c.assigneeId }),
    ]);
  });
  return result;
}
