// The incident register: registering, reading back (with the report deadline and the follow-up checklist
// computed in the core), the follow-up, and the anonymised counts. Every read of an incident is audited.
import { DEFAULT_CALENDAR_RULES, localDate } from '../../core/calendar.js';
import {
  type AbsenceThreshold,
  DEFAULT_ABSENCE_THRESHOLDS,
  type FollowUpItem,
  followUpChecklist,
  MIN_GROUP_SIZE,
  publishedCount,
  publishedGroups,
} from '../../core/incidents.js';
import { type AuditAction, recordAudits } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/policies.js';
import { getKommune } from '../../platform/tenancy.js';
import {
  type IncidentChanges,
  type IncidentRow,
  incidentCounts,
  listIncidents,
  staffNames,
  thresholdsOf,
} from './queries.js';

/** The audit log's purpose code (formål) of reading an incident: the work environment follow-up. */
export const INCIDENT_PURPOSE = 'arbejdsmiljoe';

/** The kommune's thresholds by date, or the rule as it stands when the kommune has set none. */
export async function thresholdsFor(
  ctx: AppContext,
  kommuneId: string,
): Promise<readonly AbsenceThreshold[]> {
  const own = await thresholdsOf(ctx, kommuneId);
  return own.length > 0 ? own : DEFAULT_ABSENCE_THRESHOLDS;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export type IncidentView = Awaited<ReturnType<typeof incidentViews>>[number];

/** Incidents as the API shows them, with their deadlines on the clock's today. */
export async function incidentViews(ctx: AppContext, kommuneId: string, rows: readonly IncidentRow[]) {
  const kommune = await getKommune(ctx, kommuneId);
  const calendar = kommune?.calendar ?? DEFAULT_CALENDAR_RULES;
  const thresholds = await thresholdsFor(ctx, kommuneId);
  const names = await staffNames(ctx, kommuneId, [...new Set(rows.flatMap((r) => r.exposedStaff))]);
  const now = ctx.now();
  const today = localDate(now);
  return rows.map((r) => {
    const facts = {
      occurredAt: r.occurredAt,
      occurredOn: r.occurredOn,
      absenceFrom: r.absenceFrom,
      absenceDays: r.absenceDays,
      debriefedAt: r.debriefedAt,
      psychologicalHelpOfferedAt: r.psychologicalHelpOfferedAt,
      policeDecidedAt: r.policeDecidedAt,
      riskAssessmentUpdatedOn: r.riskAssessmentUpdatedOn,
      authorityReportedOn: r.authorityReportedOn,
    };
    const doneAt: Record<FollowUpItem, string | null> = {
      debriefing: iso(r.debriefedAt),
      psychologicalHelp: iso(r.psychologicalHelpOfferedAt),
      policeReport: iso(r.policeDecidedAt),
      riskAssessment: r.riskAssessmentUpdatedOn,
      authorityReport: r.authorityReportedOn,
    };
    const followUp = followUpChecklist(facts, thresholds, calendar, now, today).map((l) => ({
      ...l,
      doneAt: doneAt[l.item],
    }));
    const report = followUp.find((l) => l.item === 'authorityReport') ?? null;
    return {
      id: r.id,
      occurredAt: r.occurredAt.toISOString(),
      place: r.place,
      type: r.type,
      severity: r.severity,
      description: r.description,
      absenceFrom: r.absenceFrom,
      absenceDays: r.absenceDays,
      exposedStaff: r.exposedStaff.map((id) => ({ id, name: names.get(id) ?? '' })),
      citizen: r.citizenName ? { name: r.citizenName } : null,
      deEscalation: r.deEscalation,
      escalation: r.escalation,
      injury: r.injury,
      reportedBy: { id: r.reportedBy, name: r.reportedByName },
      createdAt: r.createdAt.toISOString(),
      policeReport: r.policeReport,
      reportDeadline: report?.due ?? null,
      reportStatus: report?.status ?? null,
      followUp,
      overdue: followUp.filter((l) => l.status === 'overdue').length,
    };
  });
}

/** One audit row per incident shown: who, when, which incident (and citizen), why, from where. */
export async function auditIncidents(
  ctx: AppContext,
  user: Actor,
  rows: readonly IncidentRow[],
  action: AuditAction,
  ip: string,
): Promise<void> {
  await recordAudits(
    ctx,
    rows.map((r) => ({
      kommuneId: r.kommuneId,
      userId: user.userId,
      action,
      subjectType: 'incident',
      subjectId: r.id,
      citizenId: r.citizenId,
      purpose: INCIDENT_PURPOSE,
      ip,
    })),
  );
}

/** The incidents the actor may list: the kommune's for the safety role, otherwise the actor's own reports. */
/** The incidents the actor may see: the kommune's for the safety role, else those they registered or were exposed in. */
export const incidentsFor = (ctx: AppContext, user: Actor) =>
  listIncidents(ctx, user.kommuneId, user.role === 'safety' ? null : user.userId);

/** What a follow-up request changes, stamped with the clock: a ticked item is done now (or today). */
export function followUpChanges(
  body: {
    absenceFrom?: string | null;
    absenceDays?: number | null;
    debriefing?: boolean;
    psychologicalHelp?: boolean;
    policeReport?: 'filed' | 'not_filed' | null;
    riskAssessment?: boolean;
    authorityReport?: boolean;
  },
  now: Date,
): IncidentChanges {
  const today = localDate(now);
  const at = (v: boolean | undefined) => (v === undefined ? undefined : v ? now : null);
  const on = (v: boolean | undefined) => (v === undefined ? undefined : v ? today : null);
  return {
    absenceFrom: body.absenceFrom,
    absenceDays: body.absenceDays,
    debriefedAt: at(body.debriefing),
    psychologicalHelpOfferedAt: at(body.psychologicalHelp),
    policeReport: body.policeReport,
    policeDecidedAt: body.policeReport === undefined ? undefined : body.policeReport === null ? null : now,
    riskAssessmentUpdatedOn: on(body.riskAssessment),
    authorityReportedOn: on(body.authorityReport),
  };
}

/**
 * The anonymised statistics for the safety committee: counts by type, place and month in the period. No names
 * and no ids; a group smaller than the minimum group size is shown as hidden (null), and so is a total under it.
 */
export async function incidentStatistics(ctx: AppContext, kommuneId: string, from: string, to: string) {
  const [byType, byPlace, byMonth] = await Promise.all(
    (['type', 'place', 'month'] as const).map((by) => incidentCounts(ctx, kommuneId, from, to, by)),
  );
  const total = byType!.reduce((sum, g) => sum + g.n, 0);
  return {
    from,
    to,
    minGroupSize: MIN_GROUP_SIZE,
    total: publishedCount(total),
    byType: publishedGroups(byType!),
    byPlace: publishedGroups(byPlace!),
    byMonth: publishedGroups(byMonth!),
  };
}
