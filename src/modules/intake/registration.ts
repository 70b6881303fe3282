// Staff registration of complaints received by phone, at the desk or by mail. Same validation as the
// citizen form; the case is written by cases' createCase, which matches the citizen record shared by the
// person's cases (on the CPR keyed hash, or on contact details staff verified) in the same statement.
import { randomUUID } from 'node:crypto';
import { localDate } from '../../core/calendar.js';
import { parseCpr } from '../../core/cpr.js';
import type { AppContext } from '../../platform/context.js';
import { encryptSecret, keyedHash } from '../../platform/crypto.js';
import { badRequest } from '../../platform/errors.js';
import { type Actor, can } from '../../platform/policies.js';
import type { Kommune } from '../../platform/tenancy.js';
import { getAreas } from '../../platform/tenancy.js';
import { hashToken, trackingToken } from '../../platform/tokens.js';
import { callBackDate, createCase, trackingPath } from '../cases/index.js';
import type { ReceivedCase } from './service.js';
import { validateIntake } from './validation.js';

export type StaffChannel = 'phone' | 'desk' | 'mail';

export async function registerCase(
  ctx: AppContext,
  kommune: Kommune,
  actor: Actor,
  body: Record<string, unknown>,
  channel: StaffChannel,
  idempotencyKey: string | null,
): Promise<ReceivedCase> {
  const now = ctx.now();
  const today = localDate(now);
  // The consent box belongs to the citizen's own form; on the phone the caseworker informs instead.
  const checked = validateIntake({ ...body, consent: true }, today);
  const fields = checked.ok ? {} : { ...checked.fields };
  const cprRaw = typeof body.cpr === 'string' ? body.cpr.trim() : '';
  const cpr = cprRaw ? parseCpr(cprRaw) : null;
  if (cpr && !cpr.ok)
    fields.cpr = cpr.error === 'format' ? 'intake.error.cpr.format' : 'intake.error.cpr.date';
  const area = checked.ok
    ? (await getAreas(ctx, kommune.kommuneId)).find((a) => a.code === checked.value.area)
    : undefined;
  if (checked.ok && !area) fields.area = 'intake.error.area';
  if (!checked.ok || !area || Object.keys(fields).length > 0)
    throw badRequest('intake.error.summary', fields);
  const input = checked.value;

  const caseId = randomUUID();
  const token = trackingToken(ctx.config.appSecret, caseId);
  const cprValue = cpr?.ok ? cpr.cpr : null;
  const row = await createCase(
    ctx,
    {
      kommuneId: kommune.kommuneId,
      idempotencyKey,
      citizenId: randomUUID(),
      caseId,
      input,
      // The same receipt as the web form's (case number, call-back date, tracking link), in Danish.
      meta: { channel, locale: 'da', ip: null },
      areaId: area.id,
      departmentId: area.departmentId,
      now,
      today,
      due: callBackDate(today, area.firstContactDays, kommune.calendar),
      trackingTokenHash: hashToken(token),
      trackingUrl: `${ctx.config.publicUrl}${trackingPath(token)}`,
    },
    {
      registeredBy: {
        actorId: actor.userId,
        // A caseworker who takes the call keeps the case; reception hands it to the department's queue.
        assigneeId: actor.departmentId === area.departmentId && can(actor, 'case.list') ? actor.userId : null,
        citizen: {
          byCprHash: cprValue ? keyedHash(ctx.config.cprKey, cprValue) : null,
          cprEncrypted: cprValue ? encryptSecret(ctx.config.cprKey, cprValue) : null,
        },
      },
    },
  );
  return {
    caseId: row.id,
    caseNumber: row.number,
    trackingToken: row.created ? token : trackingToken(ctx.config.appSecret, row.id),
    firstContactDue: row.due,
    created: row.created,
  };
}
