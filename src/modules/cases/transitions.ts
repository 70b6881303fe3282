// Moving a case through the workflow: the pure state machine decides, this file persists the result
// (the new state, its side-fields and the domain events) in one transaction. What makes the move (its trigger)
// is passed on, so the transitions API cannot make the moves that belong to the loop.
import { and, count, eq } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import { localDate } from '../../core/calendar.js';
import { reassessmentDue } from '../../core/deadlines.js';
import { type TransitionRequest, transition } from '../../core/workflow.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, conflict, HttpError } from '../../platform/errors.js';
import { getKommune } from '../../platform/tenancy.js';
import { agreements } from '../dialogue/tables.js';
import type { CaseRef } from './case-ref.js';
import { cases } from './tables.js';
import { appendEvents } from './timeline.js';

export async function openAgreementCount(db: Database, caseId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(agreements)
    .where(and(eq(agreements.caseId, caseId), eq(agreements.status, 'open')));
  return row?.n ?? 0;
}

/**
 * Applies a transition inside `db` (a transaction). Refusals throw: 409 for moves the workflow does not
 * allow, 400 (with the field) for missing input — a reason, a result, or the reason for closing with open
 * agreements.
 */
export async function applyTransition(
  ctx: AppContext,
  db: Database,
  c: CaseRef,
  req: Omit<TransitionRequest, 'openAgreements'>,
): Promise<CaseRef> {
  const openAgreements = req.to === 'closed' ? await openAgreementCount(db, c.id) : 0;
  const result = transition(c, { ...req, openAgreements });
  if (!result.ok) {
    const key = `dialogue.refusal.${result.error}`;
    if (result.error === 'reason_required') throw badRequest(key, { reason: key });
    // Missing input, like a missing reason: said on the reason field, in the user's language.
    if (result.error === 'open_agreements') {
      throw new HttpError(400, 'open_agreements', key, { reason: key }, { count: openAgreements });
    }
    if (result.error === 'result_required') throw badRequest(key, { result: key });
    throw conflict(result.error, key, { from: c.state, to: req.to });
  }
  const formalOpened = result.events.some((e) => e.type === 'formal_track_opened');
  // Sent back (hjemvist) by the appeals body: a new re-assessment, its 4 weeks counted from our receipt of it.
  const sentBack = c.state === 'appeal_decided' && result.state === 'reassessment';
  const kommune = formalOpened || sentBack ? await getKommune(ctx, c.kommuneId) : null;
  const reassessmentFrom = sentBack ? localDate(req.at) : c.receivedOn;
  const updated = await db
    .update(cases)
    .set({
      state: result.state,
      updatedAt: req.at,
      ...(result.state === 'closed' ? { closedAt: req.at } : {}),
      ...(result.state === 'reopened' ? { closedAt: null } : {}),
      // genvurdering: 4 weeks from the municipality's receipt of the complaint (retssikkerhedsloven § 66)
      ...(kommune ? { reassessmentDue: reassessmentDue(reassessmentFrom, kommune.calendar) } : {}),
    })
    // Only from the state we decided on: a concurrent change makes this a no-op, reported as 409.
    .where(and(eq(cases.id, c.id), eq(cases.state, c.state)))
    .returning({ id: cases.id });
  if (updated.length === 0) throw conflict('concurrent', 'dialogue.refusal.concurrent');
  await appendEvents(db, c, result.events);
  return { ...c, state: result.state };
}

export async function moveCase(ctx: AppContext, c: CaseRef, req: Omit<TransitionRequest, 'openAgreements'>) {
  return ctx.db.transaction((tx) => applyTransition(ctx, tx as unknown as Database, c, req));
}
