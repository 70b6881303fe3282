// The conversation guide's record (samtale): notes per mediation phase, root causes and talk time.
// Saved often (autosave), resumable mid-call; `version` stops two windows from overwriting each other.
import { eq } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import { type ConversationInput, checkConversation } from '../../core/conversation.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, conflict } from '../../platform/errors.js';
import { appendEvents, assertAcceptsWork, type CaseRef, event } from '../cases/index.js';
import { cases } from '../cases/tables.js';
import { conversations } from './tables.js';

export interface ConversationView {
  currentPhase: string;
  notes: Record<string, string>;
  rootCause: string | null;
  secondaryCauses: string[];
  durationSeconds: number;
  startedAt: string;
  updatedAt: string;
  endedAt: string | null;
  version: number;
  /** Marked for the case bundle sent to the appeals body. */
  inBundle: boolean;
}

export async function getConversation(db: Database, caseId: string): Promise<ConversationView | null> {
  const [row] = await db.select().from(conversations).where(eq(conversations.caseId, caseId));
  return row ? toView(row) : null;
}

function toView(row: typeof conversations.$inferSelect): ConversationView {
  return {
    currentPhase: row.currentPhase,
    notes: row.notes,
    rootCause: row.rootCause,
    secondaryCauses: row.secondaryCauses,
    durationSeconds: row.durationSeconds,
    startedAt: row.startedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    version: row.version,
    inBundle: row.inBundle,
  };
}

export async function saveConversation(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  input: ConversationInput & { version?: number; end?: boolean },
): Promise<ConversationView> {
  assertAcceptsWork(c);
  const checked = checkConversation(input);
  if (!checked.ok) throw badRequest('dialogue.error.phase', checked.fields);
  const v = checked.value;
  const at = ctx.now();
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const [current] = await tx
      .select()
      .from(conversations)
      .where(eq(conversations.caseId, c.id))
      .for('update');
    if (current && input.version !== undefined && input.version !== current.version) {
      throw conflict('stale_version', 'dialogue.error.version');
    }
    const ending = input.end === true && !current?.endedAt;
    const values = {
      currentPhase: v.currentPhase,
      notes: { ...(current?.notes ?? {}), ...v.notes },
      rootCause: v.rootCause,
      secondaryCauses: v.secondaryCauses,
      durationSeconds: (current?.durationSeconds ?? 0) + v.elapsedSeconds,
      updatedAt: at,
      ...(ending ? { endedAt: at } : {}),
    };
    const [row] = current
      ? await tx
          .update(conversations)
          .set({ ...values, version: current.version + 1 })
          .where(eq(conversations.id, current.id))
          .returning()
      : await tx
          .insert(conversations)
          .values({ kommuneId: c.kommuneId, caseId: c.id, actorId, startedAt: at, ...values })
          .returning();
    // The primary root cause is kept on the case too, for the statistics (is it the process, not the decision?).
    await tx.update(cases).set({ rootCause: v.rootCause, updatedAt: at }).where(eq(cases.id, c.id));
    const events = [];
    if (!current) events.push(event('conversation_started', at, actorId));
    if (ending) {
      events.push(
        event('conversation_ended', at, actorId, {
          durationSeconds: row!.durationSeconds,
          rootCause: v.rootCause,
        }),
      );
    }
    await appendEvents(tx, c, events);
    return toView(row!);
  });
}
