// Loading the case a staff member wants to work on, with what the policy needs to decide.
// Outside the actor's scope a case does not exist (404): its existence is not revealed.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import { acceptsWork, type CaseKind, type CaseState } from '../../core/workflow.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { citizens } from '../citizens/tables.js';
import { cases } from './tables.js';

export interface CaseRef {
  id: string;
  kommuneId: string;
  number: string;
  kind: CaseKind;
  state: CaseState;
  departmentId: string;
  citizenId: string;
  primaryContactId: string | null;
  receivedOn: string;
  firstContactMetOn: string | null;
  assigneeId: string | null;
}

export async function findCaseRef(db: Database, kommuneId: string, number: string): Promise<CaseRef | null> {
  const [row] = await db
    .select({
      id: cases.id,
      kommuneId: cases.kommuneId,
      number: cases.number,
      kind: cases.kind,
      state: cases.state,
      departmentId: cases.departmentId,
      citizenId: cases.citizenId,
      primaryContactId: citizens.primaryContactId,
      receivedOn: cases.receivedOn,
      firstContactMetOn: cases.firstContactMetOn,
      assigneeId: cases.assigneeId,
    })
    .from(cases)
    .innerJoin(citizens, eq(citizens.id, cases.citizenId))
    .where(and(eq(cases.kommuneId, kommuneId), eq(cases.number, number)))
    .limit(1);
  return row ? { ...row, kind: row.kind as CaseKind, state: row.state as CaseState } : null;
}

/** The case, if the user may work on it; otherwise 404. */
export async function caseToWork(ctx: AppContext, user: SessionUser, number: string): Promise<CaseRef> {
  const ref = await findCaseRef(ctx.db, user.kommuneId, number);
  if (!ref || !can(user, 'case.work', ref)) throw notFound('dialogue.api.caseNotFound');
  return ref;
}

/** Refuses (409) new loop work — attempts, conversation notes, agreements — on a settled case. */
export function assertAcceptsWork(c: CaseRef): void {
  if (!acceptsWork(c.state)) throw conflict('settled', 'dialogue.error.settled');
}
