// Agreements (aftaler): what, who, by when. New ones are made while the dialogue runs; open ones are marked kept
// or cancelled until the case is closed (closing with any left open needs a reason). The owner is reminded
// before the due date (job below).
import { and, asc, eq, isNull, lte, ne } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import { users } from '../../adapters/db/schema.js';
import { addDays, addWorkingDays, isValidIsoDate, localDate } from '../../core/calendar.js';
import { acceptsAgreementUpdates } from '../../core/workflow.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { getKommune } from '../../platform/tenancy.js';
import { appendEvents, applyTransition, assertAcceptsWork, type CaseRef, event } from '../cases/index.js';
import { cases } from '../cases/tables.js';
import { citizens } from '../citizens/tables.js';
import { enqueue } from '../messaging/index.js';
import { agreements } from './tables.js';

export interface AgreementInput {
  what: string;
  /** 'citizen', or the id (uuid, checked by the route schema) of a staff member of the case's department */
  owner: string;
  dueOn: string;
}

export interface AgreementView {
  id: string;
  what: string;
  ownerType: string;
  owner: { id: string; name: string } | null;
  dueOn: string;
  status: string;
  remindedAt: string | null;
  completedAt: string | null;
}

export async function listAgreements(db: Database, caseId: string): Promise<AgreementView[]> {
  const rows = await db
    .select({ a: agreements, ownerName: users.name })
    .from(agreements)
    .leftJoin(users, eq(users.id, agreements.ownerUserId))
    .where(eq(agreements.caseId, caseId))
    .orderBy(asc(agreements.dueOn), asc(agreements.createdAt));
  return rows.map(({ a, ownerName }) => ({
    id: a.id,
    what: a.what,
    ownerType: a.ownerType,
    owner: a.ownerUserId ? { id: a.ownerUserId, name: ownerName ?? '' } : null,
    dueOn: a.dueOn,
    status: a.status,
    remindedAt: a.remindedAt?.toISOString() ?? null,
    completedAt: a.completedAt?.toISOString() ?? null,
  }));
}

/** An agreement as the citizen sees it on the tracking page: what, who does it, by when, kept or not. */
export interface CitizenAgreement {
  what: string;
  /** Who does it: the citizen, or the kommune (a staff member; the citizen is not told who). */
  owner: 'citizen' | 'kommune';
  dueOn: string;
  kept: boolean;
}

/** The agreements made with the citizen, by due date; cancelled ones are left out (they are no longer agreed). */
export async function agreementsWithCitizen(db: Database, caseId: string): Promise<CitizenAgreement[]> {
  const rows = await db
    .select({
      what: agreements.what,
      ownerType: agreements.ownerType,
      dueOn: agreements.dueOn,
      status: agreements.status,
    })
    .from(agreements)
    .where(and(eq(agreements.caseId, caseId), ne(agreements.status, 'cancelled')))
    .orderBy(asc(agreements.dueOn), asc(agreements.createdAt));
  return rows.map((a) => ({
    what: a.what,
    owner: a.ownerType === 'citizen' ? 'citizen' : 'kommune',
    dueOn: a.dueOn,
    kept: a.status === 'kept',
  }));
}

export async function addAgreement(ctx: AppContext, actorId: string, c: CaseRef, input: AgreementInput) {
  assertAcceptsWork(c);
  const fields: Record<string, string> = {};
  const what = input.what?.trim() ?? '';
  if (what.length < 3 || what.length > 2000) fields.what = 'dialogue.error.agreementWhat';
  const today = localDate(ctx.now());
  if (!isValidIsoDate(input.dueOn ?? '') || input.dueOn < today) fields.dueOn = 'dialogue.error.agreementDue';
  let ownerUserId: string | null = null;
  if (input.owner !== 'citizen') {
    const [owner] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.owner), eq(users.departmentId, c.departmentId), eq(users.active, true)));
    if (!owner) fields.owner = 'dialogue.error.agreementOwner';
    ownerUserId = owner?.id ?? null;
  }
  if (Object.keys(fields).length > 0) throw badRequest('dialogue.error.agreementWhat', fields);
  const at = ctx.now();
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const [row] = await tx
      .insert(agreements)
      .values({
        kommuneId: c.kommuneId,
        caseId: c.id,
        what,
        ownerType: ownerUserId ? 'staff' : 'citizen',
        ownerUserId,
        dueOn: input.dueOn,
        createdBy: actorId,
      })
      .returning({ id: agreements.id });
    await appendEvents(tx, c, [
      event('agreement_made', at, actorId, { agreementId: row!.id, what, dueOn: input.dueOn }),
    ]);
    // Making the first agreement in a dialogue moves the case to follow-up (aftale).
    if (c.state === 'in_dialogue') await applyTransition(ctx, tx, c, { to: 'agreement', at, actorId });
    return row!;
  });
}

export async function completeAgreement(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  agreementId: string,
  status: 'kept' | 'cancelled',
): Promise<void> {
  // Workable after the case is resolved, until it is closed.
  if (!acceptsAgreementUpdates(c.state)) throw conflict('closed', 'dialogue.error.agreementCaseClosed');
  const at = ctx.now();
  await ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const updated = await tx
      .update(agreements)
      .set({ status, completedAt: at })
      .where(and(eq(agreements.id, agreementId), eq(agreements.caseId, c.id), eq(agreements.status, 'open')))
      .returning({ id: agreements.id, what: agreements.what });
    if (updated.length === 0) {
      const [exists] = await tx
        .select({ id: agreements.id })
        .from(agreements)
        .where(and(eq(agreements.caseId, c.id), eq(agreements.id, agreementId)));
      if (!exists) throw notFound('dialogue.error.agreementUnknown');
      throw badRequest('dialogue.error.agreementClosed', { status: 'dialogue.error.agreementClosed' });
    }
    await appendEvents(tx, c, [
      event(status === 'kept' ? 'agreement_kept' : 'agreement_cancelled', at, actorId, { agreementId }),
    ]);
  });
}

/**
 * The reminder job: open agreements due within one working day get one reminder to their owner
 * (a staff member by e-mail; the citizen by e-mail or SMS), through the outbox.
 */
export async function remindDueAgreements(ctx: AppContext): Promise<number> {
  const today = localDate(ctx.now());
  let sent = 0;
  const due = await ctx.db
    .select({
      id: agreements.id,
      kommuneId: agreements.kommuneId,
      caseId: agreements.caseId,
      what: agreements.what,
      dueOn: agreements.dueOn,
      ownerType: agreements.ownerType,
      staffEmail: users.email,
      citizenEmail: citizens.email,
      citizenPhone: citizens.phone,
      caseNumber: cases.number,
    })
    .from(agreements)
    .innerJoin(cases, eq(cases.id, agreements.caseId))
    .innerJoin(citizens, eq(citizens.id, cases.citizenId))
    .leftJoin(users, eq(users.id, agreements.ownerUserId))
    // Candidates within a week; the kommune's own calendar decides below.
    .where(
      and(
        eq(agreements.status, 'open'),
        isNull(agreements.remindedAt),
        lte(agreements.dueOn, addDays(today, 7)),
      ),
    );
  for (const a of due) {
    const kommune = await getKommune(ctx, a.kommuneId);
    // Remind on the working day before the due date (or at once when that day has passed).
    if (!kommune || addWorkingDays(today, 1, kommune.calendar) < a.dueOn) continue;
    const [channel, recipient] =
      a.ownerType === 'staff'
        ? ['mail', a.staffEmail]
        : a.citizenEmail
          ? ['mail', a.citizenEmail]
          : ['sms', a.citizenPhone];
    await ctx.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Database;
      const claimed = await tx
        .update(agreements)
        .set({ remindedAt: ctx.now() })
        .where(and(eq(agreements.id, a.id), isNull(agreements.remindedAt)))
        .returning({ id: agreements.id });
      if (claimed.length === 0 || !recipient) return; // taken by a parallel run, or nobody to tell
      await enqueue(tx, {
        kommuneId: a.kommuneId,
        channel: channel as 'mail' | 'sms',
        recipient,
        template: 'agreement.reminder',
        params: { caseNumber: a.caseNumber, what: a.what, dueOn: a.dueOn },
        caseId: a.caseId,
      });
      await appendEvents(tx, { id: a.caseId, kommuneId: a.kommuneId }, [
        event('agreement_reminder_sent', ctx.now(), null, { agreementId: a.id, ownerType: a.ownerType }),
      ]);
      sent++;
    });
  }
  return sent;
}
