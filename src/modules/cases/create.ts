// Creating a case: the one statement that writes the case, its citizen, the first timeline event, the
// receipt (through messaging's outbox) and the audit row — one round trip, atomic, and safe to repeat. A repeat
// is recognised in the same statement: the same Idempotency-Key (answered with the first case only when the
// body is the same too — another body is a conflict), or the same complaint sent again within a day (same
// kommune, same contact, same description: browser Back and Send again). Web and API intake create cases through `createCase`; the benchmark runs the
// same statement through pgbench (bench/pgbench-intake.ts).
import type { CalendarRules, IsoDate } from '../../core/calendar.js';
import { firstContactDue } from '../../core/deadlines.js';
import type { Locale } from '../../i18n/index.js';
import type { AppContext } from '../../platform/context.js';
import { enqueueSelect } from '../messaging/index.js';

/** What the citizen told us, checked (intake's validation gives it). */
export interface NewCaseInput {
  kind: string;
  decisionDate: IsoDate | null;
  decisionReference: string | null;
  description: string;
  name: string;
  phone: string | null;
  email: string | null;
  preferredContactTime: string;
}

export const trackingPath = (token: string) => `/spor/${token}`;

/** How long the same complaint sent again is taken for the first one. */
export const RESUBMISSION_WINDOW_HOURS = 24;

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
  ${enqueueSelect({
    source: 'c',
    where: '$22::text IS NOT NULL',
    kommuneId: '$1',
    channel: '$21::text',
    recipient: '$22::text',
    template: "'intake.receipt'",
    params:
      "jsonb_build_object('caseNumber', c.number, 'firstContactDue', $19::text, 'trackingUrl', $23::text)",
    locale: '$24::text',
    caseId: 'c.id',
  })}
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
  input: NewCaseInput;
  meta: { channel: string; locale: Locale; ip: string | null };
  areaId: string;
  departmentId: string;
  now: Date;
  today: IsoDate;
  due: IsoDate;
  trackingTokenHash: string;
  trackingUrl: string;
  /** A hash of the canonical body the key came with; null without a key. */
  idempotencyHash: string | null;
  /** What makes the same complaint sent again recognisable (contact + description), or null not to look. */
  fingerprint: string | null;
}

/** Where the receipt goes: by e-mail when the citizen gave one, otherwise by SMS; [channel, recipient]. */
export function receiptAddress(c: {
  email: string | null;
  phone: string | null;
}): ['mail' | 'sms', string | null] {
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

export interface CreatedCaseRow {
  id: string;
  number: string;
  due: string;
  /** False when a repeat returned the earlier case. */
  created: boolean;
  /** True when the Idempotency-Key was used before with another body: nothing written, nothing to show. */
  conflict: boolean;
}

// The call-back date depends only on the day, the area's service goal and the kommune's calendar, yet working
// it out (Danish holidays included) cost more CPU than the rest of the request's own logic: remember it. Keyed
// by the calendar object, which the tenancy cache replaces when it reloads, so an edited calendar takes effect.
const dueDates = new WeakMap<CalendarRules, Map<string, IsoDate>>();
export function callBackDate(today: IsoDate, goalDays: number, calendar: CalendarRules): IsoDate {
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
 * Writes a new case in one statement. With an Idempotency-Key seen before (with the same body), or the same
 * complaint within RESUBMISSION_WINDOW_HOURS, writes nothing and returns the earlier case (`created: false`);
 * with the key seen before with another body, writes nothing and says `conflict`.
 */
export async function createCase(ctx: AppContext, v: InsertCaseValues): Promise<CreatedCaseRow> {
  const params = insertCaseParams(v);
  let rows: CreatedCaseRow[];
  try {
    rows = await ctx.dbh.sql<CreatedCaseRow>(INSERT_CASE, params, 'intake_insert_case');
  } catch (err) {
    // Two concurrent requests with the same Idempotency-Key: the loser reads the winner's case.
    if ((err as { code?: string }).code !== '23505' || !v.idempotencyKey) throw err;
    rows = await ctx.dbh.sql<CreatedCaseRow>(INSERT_CASE, params, 'intake_insert_case');
  }
  return rows[0]!;
}
