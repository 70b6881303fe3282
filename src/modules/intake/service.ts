// Receiving a complaint or inquiry: compute the promised call-back date, and write the case, the citizen, the
// timeline event, the receipt message (outbox) and the audit row in ONE statement — one round trip, atomic, and
// safe to repeat. A repeat is recognised in the same statement: the same Idempotency-Key (answered with the
// first case only when the body is the same too — another body is a conflict), or the same complaint sent again
// within a day (same kommune, same contact, same description: browser Back and Send again).
import { createHash, randomUUID } from 'node:crypto';
import { type CalendarRules, type IsoDate, localDate } from '../../core/calendar.js';
import { firstContactDue } from '../../core/deadlines.js';
import type { Locale } from '../../i18n/index.js';
import type { AppContext } from '../../platform/context.js';
import { getAreas, type Kommune } from '../../platform/tenancy.js';
import { hashToken, trackingToken } from '../../platform/tokens.js';
import type { IntakeInput } from './schemas.js';

export type Channel = 'web' | 'api' | 'phone' | 'desk' | 'mail';

export interface IntakeMeta {
  channel: Channel;
  idempotencyKey: string | null;
  ip: string | null;
  locale: Locale;
}

export interface ReceivedCase {
  caseId: string;
  caseNumber: string;
  trackingToken: string;
  firstContactDue: IsoDate;
  created: boolean; // false when a repeat returned the earlier case
}

export type IntakeResult =
  | { ok: true; case: ReceivedCase }
  | { ok: false; fields: Record<string, string> }
  /** The Idempotency-Key was used before, for another body. */
  | { ok: false; conflict: true };

/** How long the same complaint sent again is taken for the first one. */
export const RESUBMISSION_WINDOW_HOURS = 24;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The canonical body a key is bound to: the normalised submission, its fields in a fixed order (so spacing in a
 * phone number or the order of JSON keys make no difference), and what else the caller adds (channel, CPR).
 */
export function submissionHash(input: IntakeInput, extra: readonly (string | null)[] = []): string {
  const i = input;
  return sha256(
    JSON.stringify([
      i.kind,
      i.area,
      i.decisionDate,
      i.decisionReference,
      i.description,
      i.name,
      i.phone,
      i.email,
      i.preferredContactTime,
      ...extra,
    ]),
  );
}

/** What makes a complaint the same one sent again: the contact and the description (the kommune is a column). */
export const resubmissionFingerprint = (i: Pick<IntakeInput, 'email' | 'phone' | 'description'>) =>
  sha256(JSON.stringify([i.email, i.phone, i.description]));

export const trackingPath = (token: string) => `/spor/${token}`;

/** Exported so the benchmark (bench/pgbench-intake.ts) runs the very same statement through pgbench. */
export const INSERT_CASE = `
WITH existing AS (
  SELECT id, number, first_contact_due,
    coalesce(idempotency_key = $2 AND idempotency_hash <> $26, false) AS conflict
  FROM cases
  WHERE kommune_id = $1 AND (idempotency_key = $2
    OR (resubmission_fingerprint = $27 AND received_at > $17::timestamptz - interval '${RESUBMISSION_WINDOW_HOURS} hours'))
  ORDER BY coalesce(idempotency_key = $2, false) DESC, received_at
  LIMIT 1
), seq AS (
  INSERT INTO case_counters (kommune_id, year, last)
  SELECT $1::text, $3::smallint, 1 WHERE NOT EXISTS (SELECT 1 FROM existing)
  ON CONFLICT (kommune_id, year) DO UPDATE SET last = case_counters.last + 1
  RETURNING year, last
), citizen AS (
  INSERT INTO citizens (id, kommune_id, name, email, phone)
  SELECT $4::uuid, $1, $5::text, $6::text, $7::text FROM seq
  RETURNING id
), c AS (
  INSERT INTO cases (id, kommune_id, number, kind, state, channel, area_id, department_id, citizen_id, description,
    decision_date, decision_reference, preferred_contact_time, received_at, received_on, first_contact_due,
    tracking_token_hash, idempotency_key, idempotency_hash, resubmission_fingerprint)
  SELECT $8::uuid, $1, $1 || '-' || seq.year || '-' || lpad(seq.last::text, 6, '0'), $9::text, 'received',
    $10::text, $11::uuid, $12::uuid, citizen.id, $13::text, $14::date, $15::text, $16::text, $17::timestamptz,
    $18::date, $19::date, $20::text, $2::text, $26::text, $27::text
  FROM seq, citizen
  RETURNING id, number, first_contact_due
), ev AS (
  INSERT INTO case_events (kommune_id, case_id, type, at, public, data)
  SELECT $1, c.id, 'case_received', $17, true, jsonb_build_object('channel', $10::text) FROM c
), ob AS (
  INSERT INTO outbox (kommune_id, channel, recipient, template, params, locale, case_id)
  SELECT $1, $21::text, $22::text, 'intake.receipt',
    jsonb_build_object('caseNumber', c.number, 'firstContactDue', $19::text, 'trackingUrl', $23::text), $24::text, c.id
  FROM c WHERE $22::text IS NOT NULL
), au AS (
  INSERT INTO audit_log (kommune_id, at, action, subject_type, subject_id, case_id, citizen_id, purpose, ip)
  SELECT $1, $17, 'create', 'citizen', $4::text, c.id, $4::uuid, 'intake', $25::text FROM c
)
SELECT id, number, first_contact_due::text AS due, true AS created, false AS conflict FROM c
UNION ALL
SELECT id, number, first_contact_due::text, false, conflict FROM existing`;

export interface InsertCaseValues {
  kommuneId: string;
  idempotencyKey: string | null;
  citizenId: string;
  caseId: string;
  input: IntakeInput;
  meta: Pick<IntakeMeta, 'channel' | 'locale' | 'ip'>;
  areaId: string;
  departmentId: string;
  now: Date;
  today: IsoDate;
  due: IsoDate;
  trackingTokenHash: string;
  trackingUrl: string;
  /** submissionHash of the body the key came with; null without a key. */
  idempotencyHash: string | null;
  /** resubmissionFingerprint, or null where a resubmission is not looked for. */
  fingerprint: string | null;
}

/** Where the receipt goes: by e-mail when the citizen gave one, otherwise by SMS; [channel, recipient]. */
export function receiptAddress(c: { email: string | null; phone: string | null }): [string, string | null] {
  return c.email ? ['mail', c.email] : ['sms', c.phone];
}

/** The parameters of INSERT_CASE ($1…$27), in order. */
export function insertCaseParams(v: InsertCaseValues): unknown[] {
  const { input, meta } = v;
  return [
    v.kommuneId,
    v.idempotencyKey,
    Number(v.today.slice(0, 4)),
    v.citizenId,
    input.name,
    input.email,
    input.phone,
    v.caseId,
    input.kind,
    meta.channel,
    v.areaId,
    v.departmentId,
    input.description,
    input.decisionDate,
    input.decisionReference,
    input.preferredContactTime,
    v.now,
    v.today,
    v.due,
    v.trackingTokenHash,
    ...receiptAddress(input),
    v.trackingUrl,
    meta.locale,
    meta.ip,
    v.idempotencyHash,
    v.fingerprint,
  ];
}

interface Row {
  id: string;
  number: string;
  due: string;
  created: boolean;
  conflict: boolean;
}

// The call-back date depends only on the day, the area's service goal and the kommune's calendar, yet working
// it out (Danish holidays included) cost more CPU than the rest of the request's own logic: remember it. Keyed
// by the calendar object, which the tenancy cache replaces when it reloads, so an edited calendar takes effect.
const dueDates = new WeakMap<CalendarRules, Map<string, IsoDate>>();
function callBackDate(today: IsoDate, goalDays: number, calendar: CalendarRules): IsoDate {
  let memo = dueDates.get(calendar);
  if (!memo) {
    memo = new Map();
    dueDates.set(calendar, memo);
  }
  const key = `${today}|${goalDays}`;
  let due = memo.get(key);
  if (!due) {
    due = firstContactDue(today, goalDays, calendar);
    memo.set(key, due);
  }
  return due;
}

/**
 * Receives a submission the schema has accepted. Checks what the schema cannot (the area is one of this kommune's,
 * the decision is not in the future) and answers a repeat with the case it repeats.
 */
export async function receiveCase(
  ctx: AppContext,
  kommune: Kommune,
  input: IntakeInput,
  meta: IntakeMeta,
): Promise<IntakeResult> {
  const now = ctx.now();
  const today = localDate(now);
  const fields: Record<string, string> = {};
  if (input.decisionDate && input.decisionDate > today)
    fields.decisionDate = 'intake.error.decisionDate.future';
  const area = (await getAreas(ctx, kommune.kommuneId)).find((a) => a.code === input.area);
  if (!area) fields.area = 'intake.error.area';
  if (!area || Object.keys(fields).length > 0) return { ok: false, fields };

  const caseId = randomUUID();
  const token = trackingToken(ctx.config.appSecret, caseId);
  const due = callBackDate(today, area.firstContactDays, kommune.calendar);
  const params = insertCaseParams({
    kommuneId: kommune.kommuneId,
    idempotencyKey: meta.idempotencyKey,
    citizenId: randomUUID(),
    caseId,
    input,
    meta,
    areaId: area.id,
    departmentId: area.departmentId,
    now,
    today,
    due,
    trackingTokenHash: hashToken(token),
    trackingUrl: `${ctx.config.publicUrl}${trackingPath(token)}`,
    idempotencyHash: meta.idempotencyKey ? submissionHash(input) : null,
    fingerprint: resubmissionFingerprint(input),
  });
  let rows: Row[];
  try {
    rows = await ctx.dbh.sql<Row>(INSERT_CASE, params, 'intake_insert_case');
  } catch (err) {
    // Two concurrent requests with the same Idempotency-Key: the loser reads the winner's case.
    if ((err as { code?: string }).code !== '23505' || !meta.idempotencyKey) throw err;
    rows = await ctx.dbh.sql<Row>(INSERT_CASE, params, 'intake_insert_case');
  }
  const row = rows[0]!;
  if (row.conflict) return { ok: false, conflict: true };
  return {
    ok: true,
    case: {
      caseId: row.id,
      caseNumber: row.number,
      trackingToken: row.created ? token : trackingToken(ctx.config.appSecret, row.id),
      firstContactDue: row.due,
      created: row.created,
    },
  };
}
