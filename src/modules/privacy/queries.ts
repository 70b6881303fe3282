// The privacy module's SQL: what retention finds, what anonymisation strips, what an access request gathers.
// Raw SQL on purpose: the same statements run on PGlite and PostgreSQL, and anonymisation runs in one
// transaction per batch (on PGlite, through the runner the transaction hands over).
import type { SqlRunner } from '../../adapters/db/client.js';
import type { RetentionPeriod } from '../../core/retention.js';
import type { AppContext } from '../../platform/context.js';
import { anonymiseModuleData } from '../../platform/module.js';

export interface DueCase {
  id: string;
  number: string;
  kommuneId: string;
  closedAt: Date;
  years: number;
  months: number;
}

// A closed case is due when its closing plus the kommune's period has passed. The arithmetic is done on UTC
// timestamps, as the pure core does it (core/retention.ts), so the report and the erasure decision agree.
const DUE = `c.state = 'closed' AND c.anonymised_at IS NULL
  AND (c.closed_at AT TIME ZONE 'UTC')
      + make_interval(years => k.retention_years::int, months => k.retention_months::int)
      <= ($1::timestamptz AT TIME ZONE 'UTC')`;

/** Closed cases past their kommune's retention period, not yet anonymised; oldest first. */
export async function dueForAnonymisation(
  ctx: AppContext,
  now: Date,
  kommuneId: string | null,
  limit: number,
): Promise<DueCase[]> {
  const rows = await ctx.dbh.sql<DueCase>(
    `SELECT c.id, c.number, c.kommune_id AS "kommuneId", c.closed_at AS "closedAt",
            k.retention_years AS years, k.retention_months AS months
       FROM cases c
       JOIN kommuner k ON k.kommune_id = c.kommune_id
      WHERE ${DUE} AND ($2::text IS NULL OR c.kommune_id = $2::text)
      ORDER BY c.closed_at, c.id
      LIMIT $3`,
    [now.toISOString(), kommuneId, limit],
  );
  return rows.map((r) => ({ ...r, years: Number(r.years), months: Number(r.months) }));
}

export interface KommuneRetention {
  kommuneId: string;
  name: string;
  years: number;
  months: number;
  due: number;
}

/** Per kommune: its retention period and how many closed cases are due for anonymisation now. */
export async function retentionSummary(
  ctx: AppContext,
  now: Date,
  kommuneId: string | null,
): Promise<KommuneRetention[]> {
  const rows = await ctx.dbh.sql<KommuneRetention>(
    `SELECT k.kommune_id AS "kommuneId", k.name, k.retention_years AS years, k.retention_months AS months,
            (SELECT count(*)::int FROM cases c WHERE c.kommune_id = k.kommune_id AND ${DUE}) AS due
       FROM kommuner k
      WHERE ($2::text IS NULL OR k.kommune_id = $2::text)
      ORDER BY k.kommune_id`,
    [now.toISOString(), kommuneId],
  );
  return rows.map((r) => ({ ...r, years: Number(r.years), months: Number(r.months), due: Number(r.due) }));
}

// Event data that says what happened without saying anything about the person: kept for the statistics.
const NEUTRAL_EVENT_KEYS = [
  'from',
  'to',
  'result',
  'channel',
  'openAgreements',
  'ownerType',
  'dueOn',
  'agreementId',
  'assigneeId',
  'previousAssigneeId',
  'teamId',
  'userId',
  'durationSeconds',
  'rootCause',
];

/**
 * Anonymises the cases (one transaction): free text, contact details and the tracking link go; kind, area,
 * department, dates, states and root causes stay for the statistics. A citizen whose every case is then
 * anonymised loses name, contact details, CPR and support needs. The audit log stays: it holds ids, not content.
 */
export async function anonymiseCases(
  sql: SqlRunner,
  caseIds: readonly string[],
  now: Date,
): Promise<{ cases: number; citizens: number }> {
  if (caseIds.length === 0) return { cases: 0, citizens: 0 };
  const ids = [...caseIds];
  const at = now.toISOString();
  const done = await sql<{ citizen_id: string }>(
    `UPDATE cases
        SET description = '', decision_reference = NULL, preferred_contact_time = NULL, idempotency_key = NULL,
            tracking_token_hash = 'anonymised:' || id::text, anonymised_at = $2, updated_at = $2
      WHERE id = ANY($1::uuid[]) AND anonymised_at IS NULL
      RETURNING citizen_id`,
    [ids, at],
  );
  await sql('UPDATE contact_attempts SET note = NULL, letter_reason = NULL WHERE case_id = ANY($1::uuid[])', [
    ids,
  ]);
  await sql(`UPDATE conversations SET notes = '{}'::jsonb WHERE case_id = ANY($1::uuid[])`, [ids]);
  await sql(`UPDATE agreements SET what = '' WHERE case_id = ANY($1::uuid[])`, [ids]);
  await sql(
    `UPDATE case_events
        SET data = (SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb)
                      FROM jsonb_each(data) WHERE key = ANY($2::text[]))
      WHERE case_id = ANY($1::uuid[])`,
    [ids, NEUTRAL_EVENT_KEYS],
  );
  await sql(
    'DELETE FROM dev_mailbox WHERE outbox_id IN (SELECT id FROM outbox WHERE case_id = ANY($1::uuid[]))',
    [ids],
  );
  await sql(
    `UPDATE outbox SET recipient = '', params = '{}'::jsonb, attachments = NULL WHERE case_id = ANY($1::uuid[])`,
    [ids],
  );
  // What other modules hold on the cases (letters, the formal track's reasoning and bundles), each by its own rule.
  await anonymiseModuleData(sql, ids, now);
  const citizenIds = [...new Set(done.map((r) => r.citizen_id))];
  const citizens = await anonymiseCitizensWithoutCases(sql, citizenIds, now);
  return { cases: done.length, citizens };
}

/** Anonymises those of the citizens who have no case left that is not anonymised. */
export async function anonymiseCitizensWithoutCases(
  sql: SqlRunner,
  citizenIds: readonly string[],
  now: Date,
): Promise<number> {
  if (citizenIds.length === 0) return 0;
  const rows = await sql(
    `UPDATE citizens ci
        SET name = '', email = NULL, phone = NULL, cpr_encrypted = NULL, cpr_hash = NULL,
            support_needs = '{}'::jsonb, primary_contact_id = NULL, contact_verified = false, anonymised_at = $2
      WHERE ci.id = ANY($1::uuid[]) AND ci.anonymised_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.citizen_id = ci.id AND c.anonymised_at IS NULL)
      RETURNING ci.id`,
    [[...citizenIds], now.toISOString()],
  );
  return rows.length;
}

export interface CitizenRow {
  id: string;
  kommuneId: string;
  name: string;
  email: string | null;
  phone: string | null;
  cprEncrypted: string | null;
  supportNeeds: Record<string, unknown>;
  primaryContactName: string | null;
  createdAt: Date;
  anonymisedAt: Date | null;
}

export async function findCitizen(ctx: AppContext, kommuneId: string, citizenId: string) {
  const [row] = await ctx.dbh.sql<CitizenRow>(
    `SELECT ci.id, ci.kommune_id AS "kommuneId", ci.name, ci.email, ci.phone, ci.cpr_encrypted AS "cprEncrypted",
            ci.support_needs AS "supportNeeds", u.name AS "primaryContactName", ci.created_at AS "createdAt",
            ci.anonymised_at AS "anonymisedAt"
       FROM citizens ci LEFT JOIN users u ON u.id = ci.primary_contact_id
      WHERE ci.kommune_id = $1 AND ci.id = $2`,
    [kommuneId, citizenId],
  );
  return row ?? null;
}

export interface CitizenMatch {
  id: string;
  name: string;
  cases: number;
}

/** Citizens of the kommune matching one criterion: a case number, a CPR hash or an e-mail address. */
export async function searchCitizens(
  ctx: AppContext,
  kommuneId: string,
  by: { caseNumber?: string; cprHash?: string; email?: string },
): Promise<CitizenMatch[]> {
  const rows = await ctx.dbh.sql<CitizenMatch>(
    `SELECT ci.id, ci.name, (SELECT count(*)::int FROM cases c WHERE c.citizen_id = ci.id) AS cases
       FROM citizens ci
      WHERE ci.kommune_id = $1
        AND (($2::text IS NOT NULL AND ci.id IN (SELECT citizen_id FROM cases WHERE kommune_id = $1 AND number = $2))
          OR ($3::text IS NOT NULL AND ci.cpr_hash = $3)
          OR ($4::text IS NOT NULL AND lower(ci.email) = lower($4)))
      ORDER BY ci.created_at
      LIMIT 20`,
    [kommuneId, by.caseNumber ?? null, by.cprHash ?? null, by.email ?? null],
  );
  return rows.map((r) => ({ ...r, cases: Number(r.cases) }));
}

export interface CitizenCaseRow {
  id: string;
  number: string;
  kind: string;
  state: string;
  channel: string;
  area: string;
  department: string;
  description: string;
  decisionDate: string | null;
  decisionReference: string | null;
  receivedAt: Date;
  closedAt: Date | null;
  anonymisedAt: Date | null;
}

export async function citizenCases(ctx: AppContext, citizenId: string): Promise<CitizenCaseRow[]> {
  return ctx.dbh.sql<CitizenCaseRow>(
    `SELECT c.id, c.number, c.kind, c.state, c.channel, a.name AS area, d.name AS department, c.description,
            to_char(c.decision_date, 'YYYY-MM-DD') AS "decisionDate", c.decision_reference AS "decisionReference",
            c.received_at AS "receivedAt", c.closed_at AS "closedAt", c.anonymised_at AS "anonymisedAt"
       FROM cases c JOIN areas a ON a.id = c.area_id JOIN departments d ON d.id = c.department_id
      WHERE c.citizen_id = $1
      ORDER BY c.received_at, c.number`,
    [citizenId],
  );
}

export const caseEventsOf = (ctx: AppContext, caseIds: string[]) =>
  ctx.dbh.sql<{ caseId: string; type: string; at: Date; data: Record<string, unknown> }>(
    `SELECT case_id AS "caseId", type, at, data FROM case_events
      WHERE case_id = ANY($1::uuid[]) ORDER BY at, seq`,
    [caseIds],
  );

export const contactAttemptsOf = (ctx: AppContext, caseIds: string[]) =>
  ctx.dbh.sql<{ caseId: string; at: Date; channel: string; result: string; note: string | null }>(
    `SELECT case_id AS "caseId", at, channel, result, note FROM contact_attempts
      WHERE case_id = ANY($1::uuid[]) ORDER BY at`,
    [caseIds],
  );

export const conversationsOf = (ctx: AppContext, caseIds: string[]) =>
  ctx.dbh.sql<{
    caseId: string;
    startedAt: Date;
    endedAt: Date | null;
    notes: Record<string, string>;
    rootCause: string | null;
  }>(
    `SELECT case_id AS "caseId", started_at AS "startedAt", ended_at AS "endedAt", notes, root_cause AS "rootCause"
       FROM conversations WHERE case_id = ANY($1::uuid[]) ORDER BY started_at`,
    [caseIds],
  );

export const agreementsOf = (ctx: AppContext, caseIds: string[]) =>
  ctx.dbh.sql<{ caseId: string; what: string; ownerType: string; dueOn: string; status: string }>(
    `SELECT case_id AS "caseId", what, owner_type AS "ownerType", to_char(due_on, 'YYYY-MM-DD') AS "dueOn", status
       FROM agreements WHERE case_id = ANY($1::uuid[]) ORDER BY created_at`,
    [caseIds],
  );

export const messagesOf = (ctx: AppContext, caseIds: string[]) =>
  ctx.dbh.sql<{
    caseId: string;
    channel: string;
    recipient: string;
    template: string;
    createdAt: Date;
    sentAt: Date | null;
  }>(
    `SELECT case_id AS "caseId", channel, recipient, template, created_at AS "createdAt", sent_at AS "sentAt"
       FROM outbox WHERE case_id = ANY($1::uuid[]) ORDER BY created_at`,
    [caseIds],
  );

/** Look-ups on the citizen (the audit log): when, what kind of use, and why — not by whom. */
export const lookupsOf = (ctx: AppContext, citizenId: string, caseIds: string[]) =>
  ctx.dbh.sql<{ at: Date; action: string; subjectType: string; purpose: string; caseId: string | null }>(
    `SELECT at, action, subject_type AS "subjectType", purpose, case_id AS "caseId" FROM audit_log
      WHERE citizen_id = $1 OR case_id = ANY($2::uuid[])
      ORDER BY at, id`,
    [citizenId, caseIds],
  );

export async function casesForErasure(sql: SqlRunner, citizenId: string) {
  return sql<{ id: string; number: string; state: string; closedAt: Date | null; anonymisedAt: Date | null }>(
    `SELECT id, number, state, closed_at AS "closedAt", anonymised_at AS "anonymisedAt"
       FROM cases WHERE citizen_id = $1 ORDER BY received_at, number FOR UPDATE`,
    [citizenId],
  );
}

export async function retentionPeriodOf(sql: SqlRunner, kommuneId: string): Promise<RetentionPeriod | null> {
  const [row] = await sql<{ years: number; months: number }>(
    'SELECT retention_years AS years, retention_months AS months FROM kommuner WHERE kommune_id = $1',
    [kommuneId],
  );
  return row ? { years: Number(row.years), months: Number(row.months) } : null;
}

export async function recordPrivacyRequest(
  sql: SqlRunner,
  r: {
    kommuneId: string;
    citizenId: string;
    kind: 'access' | 'erasure';
    outcome: string;
    details: Record<string, unknown>;
    requestedBy: string | null;
    at: Date;
  },
): Promise<void> {
  await sql(
    `INSERT INTO privacy_requests (kommune_id, citizen_id, kind, outcome, details, requested_by, at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
    [
      r.kommuneId,
      r.citizenId,
      r.kind,
      r.outcome,
      JSON.stringify(r.details),
      r.requestedBy,
      r.at.toISOString(),
    ],
  );
}

export async function insertAudit(
  sql: SqlRunner,
  a: {
    kommuneId: string;
    userId: string | null;
    action: string;
    subjectType: string;
    citizenId: string;
    purpose: string;
    ip: string | null;
    at: Date;
  },
): Promise<void> {
  await sql(
    `INSERT INTO audit_log (kommune_id, at, user_id, action, subject_type, subject_id, citizen_id, purpose, ip)
     VALUES ($1, $2, $3, $4, $5, $6::text, $6::uuid, $7, $8)`,
    [a.kommuneId, a.at.toISOString(), a.userId, a.action, a.subjectType, a.citizenId, a.purpose, a.ip],
  );
}
