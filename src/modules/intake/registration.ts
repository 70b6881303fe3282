// Staff registration of complaints received by phone, at the desk or by mail. Same validation as the
// citizen form; the citizen record is shared by the person's cases (matched on CPR or verified contact).
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import { auditLog } from '../../adapters/db/schema.js';
import { localDate } from '../../core/calendar.js';
import { parseCpr } from '../../core/cpr.js';
import { firstContactDue } from '../../core/deadlines.js';
import { formatCaseNumber } from '../../core/identifiers.js';
import type { AppContext } from '../../platform/context.js';
import { keyedHash } from '../../platform/crypto.js';
import { badRequest, HttpError } from '../../platform/errors.js';
import { type Actor, can } from '../../platform/policies.js';
import type { Kommune } from '../../platform/tenancy.js';
import { getAreas } from '../../platform/tenancy.js';
import { hashToken, trackingToken } from '../../platform/tokens.js';
import { appendEvents, event } from '../cases/index.js';
import { caseCounters, cases } from '../cases/tables.js';
import { findOrCreateCitizen } from '../citizens/index.js';
import { enqueue } from '../messaging/index.js';
import { type StaffSubmissionBody, toIntakeInput } from './schemas.js';
import { type ReceivedCase, receiptAddress, submissionHash, trackingPath } from './service.js';

export type StaffChannel = 'phone' | 'desk' | 'mail';

export async function registerCase(
  ctx: AppContext,
  kommune: Kommune,
  actor: Actor,
  body: StaffSubmissionBody,
  requestKey: string | null,
  /** The staff member's client address, for the audit row. */
  ip: string | null,
): Promise<ReceivedCase> {
  const now = ctx.now();
  const today = localDate(now);
  const { channel } = body;
  const input = toIntakeInput(body);
  const fields: Record<string, string> = {};
  const cpr = body.cpr ? parseCpr(body.cpr) : null;
  if (cpr && !cpr.ok)
    fields.cpr = cpr.error === 'format' ? 'intake.error.cpr.format' : 'intake.error.cpr.date';
  if (input.decisionDate && input.decisionDate > today)
    fields.decisionDate = 'intake.error.decisionDate.future';
  const area = (await getAreas(ctx, kommune.kommuneId)).find((a) => a.code === input.area);
  if (!area) fields.area = 'intake.staffError.area';
  if (!area || Object.keys(fields).length > 0) throw badRequest('intake.error.summary', fields);

  // A staff member's keys are their own: scoped to the kommune and the user, bound to the body.
  const idempotencyKey = requestKey ? `staff:${actor.userId}:${requestKey}` : null;
  const bodyHash = idempotencyKey
    ? submissionHash(input, [channel, cpr?.ok ? keyedHash(ctx.config.cprKey, cpr.cpr) : null])
    : null;
  if (idempotencyKey) {
    const [existing] = await ctx.db
      .select({
        id: cases.id,
        number: cases.number,
        due: cases.firstContactDue,
        hash: cases.idempotencyHash,
      })
      .from(cases)
      .where(and(eq(cases.kommuneId, kommune.kommuneId), eq(cases.idempotencyKey, idempotencyKey)));
    if (existing && existing.hash !== null && existing.hash !== bodyHash)
      throw new HttpError(422, 'idempotency_conflict', 'intake.error.idempotencyConflict');
    if (existing) {
      const token = trackingToken(ctx.config.appSecret, existing.id);
      return {
        caseId: existing.id,
        caseNumber: existing.number,
        trackingToken: token,
        firstContactDue: existing.due,
        created: false,
      };
    }
  }

  const caseId = randomUUID();
  const token = trackingToken(ctx.config.appSecret, caseId);
  const due = firstContactDue(today, area.firstContactDays, kommune.calendar);
  const year = Number(today.slice(0, 4));
  const write = ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const citizenId = await findOrCreateCitizen(ctx, tx, kommune.kommuneId, {
      name: input.name,
      phone: input.phone,
      email: input.email,
      cpr: cpr?.ok ? cpr.cpr : null,
    });
    const [seq] = await tx
      .insert(caseCounters)
      .values({ kommuneId: kommune.kommuneId, year, last: 1 })
      .onConflictDoUpdate({
        target: [caseCounters.kommuneId, caseCounters.year],
        set: { last: sql`${caseCounters.last} + 1` },
      })
      .returning({ last: caseCounters.last });
    const number = formatCaseNumber(kommune.kommuneId, year, seq!.last);
    await tx.insert(cases).values({
      id: caseId,
      kommuneId: kommune.kommuneId,
      number,
      kind: input.kind,
      state: 'received',
      channel,
      areaId: area.id,
      departmentId: area.departmentId,
      citizenId,
      // A caseworker who takes the call keeps the case; reception hands it to the department's queue.
      assigneeId: actor.departmentId === area.departmentId && can(actor, 'case.list') ? actor.userId : null,
      description: input.description,
      decisionDate: input.decisionDate,
      decisionReference: input.decisionReference,
      preferredContactTime: input.preferredContactTime,
      receivedAt: now,
      receivedOn: today,
      firstContactDue: due,
      trackingTokenHash: hashToken(token),
      idempotencyKey,
      idempotencyHash: bodyHash,
    });
    await appendEvents(tx, { id: caseId, kommuneId: kommune.kommuneId }, [
      event('case_received', now, actor.userId, { channel }),
    ]);
    // The same receipt as the web form's (case number, call-back date, tracking link), written in the same
    // transaction so it cannot be lost; by e-mail when we have one, otherwise by SMS.
    const [receiptChannel, recipient] = receiptAddress(input);
    if (recipient) {
      await enqueue(tx, {
        kommuneId: kommune.kommuneId,
        channel: receiptChannel,
        recipient,
        template: 'intake.receipt',
        params: {
          caseNumber: number,
          firstContactDue: due,
          trackingUrl: `${ctx.config.publicUrl}${trackingPath(token)}`,
        },
        locale: 'da',
        caseId,
      });
    }
    await tx.insert(auditLog).values({
      kommuneId: kommune.kommuneId,
      at: now,
      userId: actor.userId,
      action: 'create',
      subjectType: 'citizen',
      subjectId: citizenId,
      caseId,
      citizenId,
      purpose: 'registrering',
      ip,
    });
    return { caseId, caseNumber: number, trackingToken: token, firstContactDue: due, created: true };
  });
  try {
    return await write;
  } catch (err) {
    // The same key sent twice at once: the second finds the first one's case (or its conflict) on a retry.
    if ((err as { code?: string }).code !== '23505' || !requestKey) throw err;
    return registerCase(ctx, kommune, actor, body, requestKey, ip);
  }
}
