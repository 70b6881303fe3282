// The safety module's tables: the incident register, the report thresholds by date, and safe-meeting plans.
// Every table carries kommune_id. A plan's booking is a plain uuid: bookings belong to another module.
import {
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, kommuneId, users } from '../../adapters/db/schema.js';
import { cases } from '../cases/tables.js';
import { citizens } from '../citizens/tables.js';

/** Violence, threats and harassment against staff (vold, trusler, chikane), with the follow-up. */
export const incidents = pgTable(
  'incidents',
  {
    id: id(),
    kommuneId: kommuneId(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    occurredOn: date('occurred_on').notNull(), // the local day of injury
    place: text('place').notNull(),
    type: text('type').notNull(), // violence | threat | harassment
    severity: text('severity').notNull(), // minor | serious | severe
    description: text('description').notNull(),
    exposedStaff: jsonb('exposed_staff').$type<string[]>().notNull().default([]), // user ids
    citizenId: uuid('citizen_id').references(() => citizens.id, { onDelete: 'set null' }),
    deEscalation: text('de_escalation'),
    escalation: text('escalation'),
    injury: text('injury'),
    absenceFrom: date('absence_from'),
    absenceDays: smallint('absence_days'),
    reportedBy: uuid('reported_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    debriefedAt: timestamp('debriefed_at', { withTimezone: true }),
    psychologicalHelpOfferedAt: timestamp('psychological_help_offered_at', { withTimezone: true }),
    policeReport: text('police_report'), // filed | not_filed
    policeDecidedAt: timestamp('police_decided_at', { withTimezone: true }),
    riskAssessmentUpdatedOn: date('risk_assessment_updated_on'), // APV
    authorityReportedOn: date('authority_reported_on'), // anmeldt til Arbejdstilsynet
  },
  (t) => [
    index('incidents_kommune_occurred').on(t.kommuneId, t.occurredAt),
    index('incidents_reported_by').on(t.reportedBy),
  ],
);

/** The kommune's absence threshold for the authority report, by the first day of injury it applies to. */
export const incidentReportThresholds = pgTable(
  'incident_report_thresholds',
  {
    kommuneId: kommuneId(),
    effectiveFrom: date('effective_from').notNull(),
    minAbsenceDays: smallint('min_absence_days').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kommuneId, t.effectiveFrom] })],
);

/** A safe-meeting plan (plan for sikkert møde) on a case or a booking; it lapses at its review date. */
export const safetyPlans = pgTable(
  'safety_plans',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id').references(() => cases.id),
    bookingId: uuid('booking_id'),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    departmentId: uuid('department_id'),
    measures: jsonb('measures').$type<string[]>().notNull().default([]),
    secondStaffId: uuid('second_staff_id'),
    knownStaffId: uuid('known_staff_id'),
    reason: text('reason').notNull(),
    reviewOn: date('review_on').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    renewedBy: uuid('renewed_by'),
    renewedAt: timestamp('renewed_at', { withTimezone: true }),
    endedOn: date('ended_on'),
  },
  (t) => [
    index('safety_plans_case').on(t.caseId),
    index('safety_plans_kommune_review').on(t.kommuneId, t.reviewOn),
  ],
);
