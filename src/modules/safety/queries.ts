// The safety module's SQL: incidents, the report thresholds, safe-meeting plans and the anonymised counts.
// Raw SQL on purpose: the same statements run on PGlite and PostgreSQL. Dates are read back as text
// ('YYYY-MM-DD'), instants as timestamps.
import type { AbsenceThreshold } from '../../core/incidents.js';
import type { AppContext } from '../../platform/context.js';

export interface IncidentRow {
  id: string;
  kommuneId: string;
  occurredAt: Date;
  occurredOn: string;
  place: string;
  type: string;
  severity: string;
  description: string;
  exposedStaff: string[];
  citizenId: string | null;
  citizenName: string | null;
  deEscalation: string | null;
  escalation: string | null;
  injury: string | null;
  absenceFrom: string | null;
  absenceDays: number | null;
  reportedBy: string;
  reportedByName: string;
  createdAt: Date;
  debriefedAt: Date | null;
  psychologicalHelpOfferedAt: Date | null;
  policeReport: string | null;
  policeDecidedAt: Date | null;
  riskAssessmentUpdatedOn: string | null;
  authorityReportedOn: string | null;
}

const INCIDENT_COLUMNS = `i.id, i.kommune_id AS "kommuneId", i.occurred_at AS "occurredAt",
  i.occurred_on::text AS "occurredOn", i.place, i.type, i.severity, i.description,
  i.exposed_staff AS "exposedStaff", i.citizen_id AS "citizenId", ci.name AS "citizenName",
  i.de_escalation AS "deEscalation", i.escalation, i.injury, i.absence_from::text AS "absenceFrom",
  i.absence_days AS "absenceDays", i.reported_by AS "reportedBy", u.name AS "reportedByName",
  i.created_at AS "createdAt", i.debriefed_at AS "debriefedAt",
  i.psychological_help_offered_at AS "psychologicalHelpOfferedAt", i.police_report AS "policeReport",
  i.police_decided_at AS "policeDecidedAt", i.risk_assessment_updated_on::text AS "riskAssessmentUpdatedOn",
  i.authority_reported_on::text AS "authorityReportedOn"`;
const INCIDENT_FROM = `incidents i
  JOIN users u ON u.id = i.reported_by
  LEFT JOIN citizens ci ON ci.id = i.citizen_id`;

const asIncident = (r: IncidentRow): IncidentRow => ({
  ...r,
  absenceDays: r.absenceDays === null ? null : Number(r.absenceDays),
  exposedStaff: typeof r.exposedStaff === 'string' ? JSON.parse(r.exposedStaff) : r.exposedStaff,
});

export interface NewIncident {
  kommuneId: string;
  occurredAt: Date;
  occurredOn: string;
  place: string;
  type: string;
  severity: string;
  description: string;
  exposedStaff: string[];
  citizenId: string | null;
  deEscalation: string | null;
  escalation: string | null;
  injury: string | null;
  absenceFrom: string | null;
  absenceDays: number | null;
  reportedBy: string;
  createdAt: Date;
}

export async function insertIncident(ctx: AppContext, n: NewIncident): Promise<string> {
  const [row] = await ctx.dbh.sql<{ id: string }>(
    `INSERT INTO incidents (kommune_id, occurred_at, occurred_on, place, type, severity, description,
       exposed_staff, citizen_id, de_escalation, escalation, injury, absence_from, absence_days, reported_by,
       created_at)
     VALUES ($1, $2, $3::date, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13::date, $14, $15, $16)
     RETURNING id`,
    [
      n.kommuneId,
      n.occurredAt.toISOString(),
      n.occurredOn,
      n.place,
      n.type,
      n.severity,
      n.description,
      JSON.stringify(n.exposedStaff),
      n.citizenId,
      n.deEscalation,
      n.escalation,
      n.injury,
      n.absenceFrom,
      n.absenceDays,
      n.reportedBy,
      n.createdAt.toISOString(),
    ],
  );
  return row!.id;
}

export async function incidentById(
  ctx: AppContext,
  kommuneId: string,
  id: string,
): Promise<IncidentRow | null> {
  const [row] = await ctx.dbh.sql<IncidentRow>(
    `SELECT ${INCIDENT_COLUMNS} FROM ${INCIDENT_FROM} WHERE i.kommune_id = $1 AND i.id = $2`,
    [kommuneId, id],
  );
  return row ? asIncident(row) : null;
}

/** The kommune's incidents, newest first; when `staffId` is given, only those they registered or were exposed in. */
export async function listIncidents(
  ctx: AppContext,
  kommuneId: string,
  staffId: string | null,
  limit = 500,
): Promise<IncidentRow[]> {
  const rows = await ctx.dbh.sql<IncidentRow>(
    `SELECT ${INCIDENT_COLUMNS} FROM ${INCIDENT_FROM}
      WHERE i.kommune_id = $1
        AND ($2::uuid IS NULL OR i.reported_by = $2::uuid OR i.exposed_staff @> jsonb_build_array($2::text))
      ORDER BY i.occurred_at DESC, i.id LIMIT $3`,
    [kommuneId, staffId, limit],
  );
  return rows.map(asIncident);
}

export interface IncidentChanges {
  absenceFrom?: string | null;
  absenceDays?: number | null;
  debriefedAt?: Date | null;
  psychologicalHelpOfferedAt?: Date | null;
  policeReport?: string | null;
  policeDecidedAt?: Date | null;
  riskAssessmentUpdatedOn?: string | null;
  authorityReportedOn?: string | null;
}

const CHANGE_COLUMNS: Record<keyof IncidentChanges, string> = {
  absenceFrom: 'absence_from = $N::date',
  absenceDays: 'absence_days = $N',
  debriefedAt: 'debriefed_at = $N::timestamptz',
  psychologicalHelpOfferedAt: 'psychological_help_offered_at = $N::timestamptz',
  policeReport: 'police_report = $N',
  policeDecidedAt: 'police_decided_at = $N::timestamptz',
  riskAssessmentUpdatedOn: 'risk_assessment_updated_on = $N::date',
  authorityReportedOn: 'authority_reported_on = $N::date',
};

export async function updateIncident(
  ctx: AppContext,
  kommuneId: string,
  id: string,
  changes: IncidentChanges,
): Promise<void> {
  const sets: string[] = [];
  const values: unknown[] = [kommuneId, id];
  for (const [key, value] of Object.entries(changes) as [keyof IncidentChanges, unknown][]) {
    if (value === undefined) continue;
    values.push(value instanceof Date ? value.toISOString() : value);
    sets.push(CHANGE_COLUMNS[key].replace('$N', `$${values.length}`));
  }
  if (sets.length === 0) return;
  await ctx.dbh.sql(`UPDATE incidents SET ${sets.join(', ')} WHERE kommune_id = $1 AND id = $2`, values);
}

/** The kommune's absence thresholds by date; none configured means none (the caller falls back to the default). */
export async function thresholdsOf(ctx: AppContext, kommuneId: string): Promise<AbsenceThreshold[]> {
  const rows = await ctx.dbh.sql<{ from: string; minAbsenceDays: number }>(
    `SELECT effective_from::text AS "from", min_absence_days AS "minAbsenceDays"
       FROM incident_report_thresholds WHERE kommune_id = $1 ORDER BY effective_from`,
    [kommuneId],
  );
  return rows.map((r) => ({ from: r.from, minAbsenceDays: Number(r.minAbsenceDays) }));
}

export async function replaceThresholds(
  ctx: AppContext,
  kommuneId: string,
  thresholds: readonly AbsenceThreshold[],
): Promise<void> {
  await ctx.dbh.transaction(async (sql) => {
    await sql('DELETE FROM incident_report_thresholds WHERE kommune_id = $1', [kommuneId]);
    for (const t of thresholds)
      await sql(
        `INSERT INTO incident_report_thresholds (kommune_id, effective_from, min_absence_days)
         VALUES ($1, $2::date, $3)`,
        [kommuneId, t.from, t.minAbsenceDays],
      );
  });
}

/** A staff member of the kommune, by id (exposed staff and the staff a plan names must be real colleagues). */
export async function staffNames(ctx: AppContext, kommuneId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await ctx.dbh.sql<{ id: string; name: string }>(
    `SELECT id, name FROM users WHERE kommune_id = $1 AND role <> 'citizen' AND id = ANY($2::uuid[])`,
    [kommuneId, ids],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Active colleagues of the kommune whose name contains `search` (any staff role), by name; at most `limit`. */
export async function colleaguesByName(ctx: AppContext, kommuneId: string, search: string, limit: number) {
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return ctx.dbh.sql<{ id: string; name: string }>(
    `SELECT id, name FROM users
      WHERE kommune_id = $1 AND role <> 'citizen' AND active AND name ILIKE $2
      ORDER BY name, id LIMIT $3`,
    [kommuneId, pattern, limit],
  );
}

/** Incidents in a period, counted by one dimension; the caller hides the small groups. */
export async function incidentCounts(
  ctx: AppContext,
  kommuneId: string,
  from: string,
  to: string,
  by: 'type' | 'place' | 'month',
): Promise<{ key: string; n: number }[]> {
  const key = by === 'month' ? `to_char(occurred_on, 'YYYY-MM')` : by;
  const rows = await ctx.dbh.sql<{ key: string; n: number }>(
    `SELECT ${key} AS key, count(*)::int AS n FROM incidents
      WHERE kommune_id = $1 AND occurred_on >= $2::date AND occurred_on <= $3::date
      GROUP BY 1 ORDER BY 1`,
    [kommuneId, from, to],
  );
  return rows.map((r) => ({ key: r.key, n: Number(r.n) }));
}

export interface PlanRow {
  id: string;
  kommuneId: string;
  caseId: string | null;
  caseNumber: string | null;
  bookingId: string | null;
  citizenId: string;
  citizenName: string;
  departmentId: string | null;
  measures: string[];
  secondStaffId: string | null;
  secondStaffName: string | null;
  knownStaffId: string | null;
  knownStaffName: string | null;
  reason: string;
  reviewOn: string;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  renewedAt: Date | null;
  endedOn: string | null;
  /** The case's caseworker and the citizen's primary contact, now: involved staff. */
  assigneeId: string | null;
  primaryContactId: string | null;
  /** The booking the plan is for (from the reception's tables): when, where and which service. */
  bookingStartsAt: Date | null;
  bookingPlace: string | null;
  bookingServiceName: string | null;
  bookingServiceNameEn: string | null;
}

const PLAN_SELECT = `SELECT p.id, p.kommune_id AS "kommuneId", p.case_id AS "caseId", c.number AS "caseNumber",
    p.booking_id AS "bookingId", p.citizen_id AS "citizenId", ci.name AS "citizenName",
    p.department_id AS "departmentId", p.measures, p.second_staff_id AS "secondStaffId",
    s2.name AS "secondStaffName", p.known_staff_id AS "knownStaffId", sk.name AS "knownStaffName", p.reason,
    p.review_on::text AS "reviewOn", p.created_by AS "createdBy", cb.name AS "createdByName",
    p.created_at AS "createdAt", p.renewed_at AS "renewedAt", p.ended_on::text AS "endedOn",
    c.assignee_id AS "assigneeId", ci.primary_contact_id AS "primaryContactId",
    bs.starts_at AS "bookingStartsAt", bs.place AS "bookingPlace", bt.name AS "bookingServiceName",
    bt.name_en AS "bookingServiceNameEn"
  FROM safety_plans p
  JOIN citizens ci ON ci.id = p.citizen_id
  JOIN users cb ON cb.id = p.created_by
  LEFT JOIN cases c ON c.id = p.case_id
  LEFT JOIN users s2 ON s2.id = p.second_staff_id
  LEFT JOIN users sk ON sk.id = p.known_staff_id
  LEFT JOIN reception_bookings bk ON bk.id = p.booking_id AND bk.kommune_id = p.kommune_id
  LEFT JOIN reception_slots bs ON bs.id = bk.slot_id
  LEFT JOIN reception_service_types bt ON bt.id = bs.service_type_id`;

const asPlan = (r: PlanRow): PlanRow => ({
  ...r,
  measures: typeof r.measures === 'string' ? JSON.parse(r.measures) : r.measures,
  bookingStartsAt: r.bookingStartsAt === null ? null : new Date(r.bookingStartsAt),
});

export interface NewPlan {
  kommuneId: string;
  caseId: string | null;
  bookingId: string | null;
  citizenId: string;
  departmentId: string | null;
  measures: string[];
  secondStaffId: string | null;
  knownStaffId: string | null;
  reason: string;
  reviewOn: string;
  createdBy: string;
  createdAt: Date;
}

export async function insertPlan(ctx: AppContext, n: NewPlan): Promise<string> {
  const [row] = await ctx.dbh.sql<{ id: string }>(
    `INSERT INTO safety_plans (kommune_id, case_id, booking_id, citizen_id, department_id, measures,
       second_staff_id, known_staff_id, reason, review_on, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10::date, $11, $12) RETURNING id`,
    [
      n.kommuneId,
      n.caseId,
      n.bookingId,
      n.citizenId,
      n.departmentId,
      JSON.stringify(n.measures),
      n.secondStaffId,
      n.knownStaffId,
      n.reason,
      n.reviewOn,
      n.createdBy,
      n.createdAt.toISOString(),
    ],
  );
  return row!.id;
}

export async function planById(ctx: AppContext, kommuneId: string, id: string): Promise<PlanRow | null> {
  const [row] = await ctx.dbh.sql<PlanRow>(`${PLAN_SELECT} WHERE p.kommune_id = $1 AND p.id = $2`, [
    kommuneId,
    id,
  ]);
  return row ? asPlan(row) : null;
}

export async function plansOfCase(ctx: AppContext, kommuneId: string, caseId: string): Promise<PlanRow[]> {
  const rows = await ctx.dbh.sql<PlanRow>(
    `${PLAN_SELECT} WHERE p.kommune_id = $1 AND p.case_id = $2 ORDER BY p.review_on DESC, p.id`,
    [kommuneId, caseId],
  );
  return rows.map(asPlan);
}

/** Plans in force on `today` (not ended, review date not passed), soonest review first. */
export async function plansInForce(ctx: AppContext, kommuneId: string, today: string): Promise<PlanRow[]> {
  const rows = await ctx.dbh.sql<PlanRow>(
    `${PLAN_SELECT} WHERE p.kommune_id = $1 AND p.review_on >= $2::date
        AND (p.ended_on IS NULL OR p.ended_on > $2::date)
      ORDER BY p.review_on, p.id LIMIT 500`,
    [kommuneId, today],
  );
  return rows.map(asPlan);
}

export async function renewPlan(
  ctx: AppContext,
  kommuneId: string,
  id: string,
  change: { reviewOn: string; reason: string; by: string; at: Date },
): Promise<void> {
  await ctx.dbh.sql(
    `UPDATE safety_plans SET review_on = $3::date, reason = $4, renewed_by = $5, renewed_at = $6::timestamptz
      WHERE kommune_id = $1 AND id = $2`,
    [kommuneId, id, change.reviewOn, change.reason, change.by, change.at.toISOString()],
  );
}

export async function endPlan(ctx: AppContext, kommuneId: string, id: string, on: string): Promise<void> {
  await ctx.dbh.sql('UPDATE safety_plans SET ended_on = $3::date WHERE kommune_id = $1 AND id = $2', [
    kommuneId,
    id,
    on,
  ]);
}

/**
 * Plans in force on `day` that are for a booking starting that day (Danish time, [start, end)), by the
 * booking's time: what the front desk needs to know before the citizen arrives.
 */
export async function plansOnBookings(
  ctx: AppContext,
  kommuneId: string,
  day: string,
  start: Date,
  end: Date,
): Promise<PlanRow[]> {
  const rows = await ctx.dbh.sql<PlanRow>(
    `${PLAN_SELECT} WHERE p.kommune_id = $1 AND p.booking_id IS NOT NULL AND p.review_on >= $2::date
        AND (p.ended_on IS NULL OR p.ended_on > $2::date) AND bk.status = 'booked'
        AND bs.starts_at >= $3::timestamptz AND bs.starts_at < $4::timestamptz
      ORDER BY bs.starts_at, p.id LIMIT 500`,
    [kommuneId, day, start.toISOString(), end.toISOString()],
  );
  return rows.map(asPlan);
}

/** A booking of a case a plan can be attached to. */
export interface PlanBookingRow {
  id: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  serviceName: string;
  serviceNameEn: string;
}

/** The case's bookings still to come (booked, not yet started), soonest first (the reception's tables). */
export async function upcomingBookingsOfCase(
  ctx: AppContext,
  kommuneId: string,
  caseId: string,
  now: Date,
): Promise<PlanBookingRow[]> {
  const rows = await ctx.dbh.sql<PlanBookingRow>(
    `SELECT b.id, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.place, t.name AS "serviceName",
        t.name_en AS "serviceNameEn"
       FROM reception_bookings b
       JOIN reception_slots s ON s.id = b.slot_id
       JOIN reception_service_types t ON t.id = s.service_type_id
      WHERE b.kommune_id = $1 AND b.case_id = $2 AND b.status = 'booked' AND s.starts_at > $3::timestamptz
      ORDER BY s.starts_at, b.id LIMIT 50`,
    [kommuneId, caseId, now.toISOString()],
  );
  return rows.map((r) => ({ ...r, startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) }));
}
