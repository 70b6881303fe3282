// Staff registration of complaints received by phone, at the desk or by mail. Same validation as the
// citizen form; the case is written by cases' createCase, which matches the citizen record shared by the
// person's cases (on the CPR keyed hash, or on contact details staff verified) in the same statement.
import { randomUUID } from 'node:crypto';
import { localDate } from '../../core/calendar.js';
import { parseCpr } from '../../core/cpr.js';
import type { AppContext } from '../../platform/context.js';
import { encryptSecret, keyedHash } from '../../platform/crypto.js';
import { badRequest, HttpError } from '../../platform/errors.js';
import { type Actor, can } from '../../platform/policies.js';
import type { Kommune } from '../../platform/tenancy.js';
import { getAreas } from '../../platform/tenancy.js';
import { hashToken, trackingToken } from '../../platform/tokens.js';
import { callBackDate, createCase, trackingPath } from '../cases/index.js';
import { type StaffSubmissionBody, toIntakeInput } from './schemas.js';
import { type ReceivedCase, submissionHash } from './service.js';

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
  const cprValue = cpr?.ok ? cpr.cpr : null;
  const cprHash = cprValue ? keyedHash(ctx.config.cprKey, cprValue) : null;
  const caseId = randomUUID();
  const token = trackingToken(ctx.config.appSecret, caseId);
  const row = await createCase(
    ctx,
    {
      kommuneId: kommune.kommuneId,
      idempotencyKey,
      citizenId: randomUUID(),
      caseId,
      input,
      // The same receipt as the web form's (case number, call-back date, tracking link), in Danish.
      meta: { channel, locale: 'da', ip },
      areaId: area.id,
      departmentId: area.departmentId,
      now,
      today,
      due: callBackDate(today, area.firstContactDays, kommune.calendar),
      trackingTokenHash: hashToken(token),
      trackingUrl: `${ctx.config.publicUrl}${trackingPath(token)}`,
      idempotencyHash: idempotencyKey ? submissionHash(input, [channel, cprHash]) : null,
      // Staff register what they are told; a second registration of the same words is theirs to make.
      fingerprint: null,
    },
    {
      registeredBy: {
        actorId: actor.userId,
        // A caseworker who takes the call keeps the case; reception hands it to the department's queue.
        assigneeId: actor.departmentId === area.departmentId && can(actor, 'case.list') ? actor.userId : null,
        citizen: {
          byCprHash: cprHash,
          cprEncrypted: cprValue ? encryptSecret(ctx.config.cprKey, cprValue) : null,
        },
      },
    },
  );
  if (row.conflict) throw new HttpError(422, 'idempotency_conflict', 'intake.error.idempotencyConflict');
  return {
    caseId: row.id,
    caseNumber: row.number,
    trackingToken: row.created ? token : trackingToken(ctx.config.appSecret, row.id),
    firstContactDue: row.due,
    created: row.created,
  };
}
