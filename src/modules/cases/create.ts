// Creating a case: the one statement that writes the case, its citizen, the first timeline event, the
// receipt (through messaging's outbox) and the audit row — one round trip, atomic, and safe to repeat. A repeat
// is recognised in the same statement: the same Idempotency-Key (answered with the first case only when the
// body is the same too — another body is a conflict), or the same complaint sent again within a day (same
// kommune, same contact, same description: browser Back and Send again). Web and API intake create cases through `createCase`; the benchmark runs the
// same statement through pgbench (bench/pgbench-intake.ts).
import type { CalendarRules, IsoDate } from '../../core/calendar.js';
import { firstContactDue } from '../../core/deadlines.js';
import { formatCaseNumber } from '../../core/identifiers.js';
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

/**
 * The case-writing statement. `staff` is staff registration's variant: the citizen is matched (by CPR keyed
 * hash, or without CPR by contact details staff verified) or created in the same statement, and the staff member
 * is named on the timeline event and the audit row. Without it, the web/API statement (the benchmark's).
 */
function caseStatement(staff: boolean): string {
  const citizen = staff
    ? `matched AS (
  SELECT id FROM citizens
  WHERE kommune_id = $1 AND EXISTS (SELECT 1 FROM seq) AND CASE WHEN $28::text IS NOT NULL THEN cpr_hash = $28::text
    ELSE contact_verified AND (phone = $7::text OR email = $6::text) END
  ORDER BY created_at LIMIT 1
), refreshed AS (
  UPDATE citizens SET contact_verified = true, phone = coalesce($7::text, phone), email = coalesce($6::text, email)
  WHERE id = (SELECT id FROM matched)
), added AS (
  INSERT INTO citizens (id, kommune_id, name, email, phone, contact_verified, cpr_encrypted, cpr_hash)
  SELECT $4::uuid, $1, $5::text, $6::text, $7::text, true, $29::text, $28::text FROM seq
  WHERE NOT EXISTS (SELECT 1 FROM matched)
  RETURNING id
), citizen AS (
  SELECT id FROM added UNION ALL SELECT id FROM matched
)`
    : `citizen AS (
  INSERT INTO citizens (id, kommune_id, name, email, phone)
  SELECT $4::uuid, $1, $5::text, $6::text, $7::text FROM seq
  RETURNING id
)`;
  const assignee = staff ? [', assignee_id', ', $30::uuid'] : ['', ''];
  const actor = staff ? [', actor_id', ', $31::uuid'] : ['', ''];
  const audit = staff
    ? `INSERT INTO audit_log (kommune_id, at, user_id, action, subject_type, subject_id, case_id, citizen_id, purpose, ip)
  SELECT $1, $17, $31::uuid, 'create', 'citizen', c.citizen_id::text, c.id, c.citizen_id, 'registrering', $25::text FROM c`
    : `INSERT INTO audit_log (kommune_id, at, action, subject_type, subject_id, case_id, citizen_id, purpose, ip)
  SELECT $1, $17, 'create', 'citizen', $4::text, c.id, $4::uuid, 'intake', $25::text FROM c`;
  return `
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
), ${citizen}, c AS (
  INSERT INTO cases (id, kommune_id, number, kind, state, channel, area_id, department_id, citizen_id, description,
    decision_date, decision_reference, preferred_contact_time, received_at, received_on, first_contact_due,
    tracking_token_hash, idempotency_key, idempotency_hash, resubmission_fingerprint${assignee[0]})
  SELECT $8::uuid, $1, $1 || '-' || seq.year || '-' || lpad(seq.last::text, 6, '0'), $9::text, 'received',
    $10::text, $11::uuid, $12::uuid, citizen.id, $13::text, $14::date, $15::text, $16::text, $17::timestamptz,
    $18::date, $19::date, $20::text, $2::text, $26::text, $27::text${assignee[1]}
  FROM seq, citizen
  RETURNING id, number, first_contact_due${staff ? ', citizen_id' : ''}
), ev AS (
  INSERT INTO case_events (kommune_id, case_id, type, at, public, data${actor[0]})
  SELECT $1, c.id, 'case_received', $17, true, jsonb_build_object('channel', $10::text)${actor[1]} FROM c
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
  ${audit}
)
SELECT id, number, first_contact_due::text AS due, true AS created, false AS conflict FROM c
UNION ALL
SELECT id, number, first_contact_due::text, false, conflict FROM existing`;
}

/** Web and API intake's statement. Exported so the benchmark (bench/pgbench-intake.ts) runs it through pgbench. */
export const INSERT_CASE = caseStatement(false);
/** Staff registration's statement (phone, desk, mail): the citizen matched or created, the staff member named. */
export const REGISTER_CASE = caseStatement(true);

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

/** Staff registration: who registers the case, who keeps it, and how its citizen is matched. */
export interface RegisteredBy {
  actorId: string;
  /** The staff member who keeps the case, or null for the department's queue. */
  assigneeId: string | null;
  /**
   * The citizen: an existing record with this CPR keyed hash, or (no CPR) with these contact details verified
   * by staff; otherwise a new record, which stores the CPR only encrypted.
   */
  citizen: { byCprHash: string | null; cprEncrypted: string | null };
}

export interface CreateCaseOptions {
  /** Absent: web/API intake, a new citizen record. */
  registeredBy?: RegisteredBy;
}

/**
 * Writes a new case in one statement: the case number, the case, its citizen, the first timeline event, the
 * receipt (messaging's outbox) and the audit row. With an Idempotency-Key seen before (with the same body), or the
 * same complaint within RESUBMISSION_WINDOW_HOURS, writes nothing and returns the earlier case (`created: false`);
 * with the key seen before with another body, writes nothing and says `conflict`. The only writer of single
 * cases; the seed writes in bulk (`createCases`).
 */
export async function createCase(
  ctx: AppContext,
  v: InsertCaseValues,
  options: CreateCaseOptions = {},
): Promise<CreatedCaseRow> {
  const by = options.registeredBy;
  const [text, name, params] = by
    ? [
        REGISTER_CASE,
        'register_case',
        [...insertCaseParams(v), by.citizen.byCprHash, by.citizen.cprEncrypted, by.assigneeId, by.actorId],
      ]
    : [INSERT_CASE, 'intake_insert_case', insertCaseParams(v)];
  let rows: CreatedCaseRow[];
  try {
    rows = await ctx.dbh.sql<CreatedCaseRow>(text, params, name);
  } catch (err) {
    // Two concurrent requests with the same Idempotency-Key: the loser reads the winner's case.
    if ((err as { code?: string }).code !== '23505' || !v.idempotencyKey) throw err;
    rows = await ctx.dbh.sql<CreatedCaseRow>(text, params, name);
  }
  return rows[0]!;
}

// ——— In bulk: the demo seed's million cases ———

/**
 * Case numbers handed out in memory for a batch writer, continuing each kommune's yearly sequence; `save`
 * advances case_counters so that intake continues after them.
 */
export class CaseNumbers {
  private readonly last = new Map<string, number>(); // `${kommuneId}|${year}` -> last sequence number

  static async load(ctx: AppContext): Promise<CaseNumbers> {
    const numbers = new CaseNumbers();
    const rows = await ctx.dbh.sql<{ kommune_id: string; year: number; last: number }>(
      'SELECT kommune_id, year, last FROM case_counters',
    );
    for (const r of rows) numbers.last.set(`${r.kommune_id}|${r.year}`, Number(r.last));
    return numbers;
  }

  next(kommuneId: string, year: number): string {
    const key = `${kommuneId}|${year}`;
    const seq = (this.last.get(key) ?? 0) + 1;
    this.last.set(key, seq);
    return formatCaseNumber(kommuneId, year, seq);
  }

  async save(ctx: AppContext): Promise<void> {
    const counters = [...this.last].map(([k, last]) => [...k.split('|'), last] as const);
    await ctx.dbh.sql(
      `INSERT INTO case_counters (kommune_id, year, last)
       SELECT * FROM unnest($1::text[], $2::smallint[], $3::int[])
       ON CONFLICT (kommune_id, year) DO UPDATE SET last = GREATEST(case_counters.last, EXCLUDED.last)`,
      [counters.map((c) => c[0]), counters.map((c) => Number(c[1])), counters.map((c) => c[2])],
    );
  }
}

// [column, SQL type] in parameter order; the batch statement is built from these lists.
const CASE_SPEC = [
  ['id', 'uuid'],
  ['kommune_id', 'text'],
  ['number', 'text'],
  ['kind', 'text'],
  ['state', 'text'],
  ['channel', 'text'],
  ['area_id', 'uuid'],
  ['department_id', 'uuid'],
  ['team_id', 'uuid'],
  ['assignee_id', 'uuid'],
  ['citizen_id', 'uuid'],
  ['description', 'text'],
  ['decision_date', 'date'],
  ['decision_reference', 'text'],
  ['preferred_contact_time', 'text'],
  ['received_at', 'timestamptz'],
  ['received_on', 'date'],
  ['first_contact_due', 'date'],
  ['first_contact_met_on', 'date'],
  ['reassessment_due', 'date'],
  ['root_cause', 'text'],
  ['tracking_token_hash', 'text'],
  ['closed_at', 'timestamptz'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;
const CITIZEN_SPEC = [
  ['id', 'uuid'],
  ['kommune_id', 'text'],
  ['name', 'text'],
  ['email', 'text'],
  ['phone', 'text'],
  ['created_at', 'timestamptz'],
] as const;
const EVENT_SPEC = [
  ['id', 'uuid'],
  ['kommune_id', 'text'],
  ['case_id', 'uuid'],
  ['type', 'text'],
  ['actor_id', 'uuid'],
  ['at', 'timestamptz'],
  ['public', 'boolean'],
  ['data', 'jsonb'],
] as const;
type Spec = readonly (readonly [string, string])[];
type RowOf<S extends Spec> = Record<S[number][0], unknown>;
export type BatchCase = RowOf<typeof CASE_SPEC>;
export type BatchCitizen = RowOf<typeof CITIZEN_SPEC>;
/** A timeline event; `data` is JSON text. */
export type BatchEvent = RowOf<typeof EVENT_SPEC>;

const columnsOf = (spec: Spec) => spec.map(([c]) => c);
const unnest = (spec: Spec, from: number) =>
  `unnest(${spec.map(([, type], i) => `$${from + i}::${type === 'jsonb' ? 'text' : type}[]`).join(', ')}) ` +
  `AS u(${columnsOf(spec).join(', ')})`;
const select = (spec: Spec) => spec.map(([c, type]) => (type === 'jsonb' ? `${c}::jsonb` : c)).join(', ');

// One statement per batch: citizens, their cases and the timelines, atomically (the foreign keys are checked
// at the end of the statement, as in INSERT_CASE).
const INSERT_BATCH = `
WITH ci AS (
  INSERT INTO citizens (${columnsOf(CITIZEN_SPEC).join(', ')})
  SELECT ${select(CITIZEN_SPEC)} FROM ${unnest(CITIZEN_SPEC, 1)}
), ca AS (
  INSERT INTO cases (${columnsOf(CASE_SPEC).join(', ')})
  SELECT ${select(CASE_SPEC)} FROM ${unnest(CASE_SPEC, 1 + CITIZEN_SPEC.length)}
)
INSERT INTO case_events (${columnsOf(EVENT_SPEC).join(', ')})
SELECT ${select(EVENT_SPEC)} FROM ${unnest(EVENT_SPEC, 1 + CITIZEN_SPEC.length + CASE_SPEC.length)}`;

/** Rows collected column by column for `createCases`. */
export class CaseBatch {
  private readonly columns = [CITIZEN_SPEC, CASE_SPEC, EVENT_SPEC].map((spec) =>
    spec.map(([c]) => [c, [] as unknown[]] as const),
  );
  citizen(row: BatchCitizen): void {
    this.push(0, row);
  }
  case(row: BatchCase): void {
    this.push(1, row);
  }
  event(row: BatchEvent): void {
    this.push(2, row);
  }
  params(): unknown[] {
    return this.columns.flatMap((table) => table.map(([, values]) => values));
  }
  private push(table: number, row: Record<string, unknown>): void {
    for (const [c, values] of this.columns[table]!) values.push(row[c]);
  }
}

/**
 * Writes a batch of cases with their citizens and timelines in one statement. For the demo seed: no receipts
 * and no audit rows (nobody told us anything; the data is synthetic). Case numbers come from `CaseNumbers`.
 */
export async function createCases(ctx: AppContext, batch: CaseBatch): Promise<void> {
  await ctx.dbh.sql(INSERT_BATCH, batch.params());
}
