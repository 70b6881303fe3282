// The insight module's tables: rollups of the case records by kommune, month of receipt, department and area,
// rebuilt by the refresh job (refresh.ts), and the working-day ordinal they are computed with. Every table
// carries kommune_id. Nothing here holds personal data: counts only.
import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { kommuneId } from '../../adapters/db/schema.js';

/** Per kommune and day: how many working days (arbejdsdage) from the calendar's first day up to this one. */
export const insightWorkingDays = pgTable(
  'insight_working_days',
  {
    kommuneId: kommuneId(),
    day: date('day').notNull(),
    seq: integer('seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kommuneId, t.day] })],
);

const count = (name: string) => integer(name).notNull().default(0);

/** Counts per kommune, month of receipt, department and area. */
export const insightMonthly = pgTable(
  'insight_monthly',
  {
    kommuneId: kommuneId(),
    month: date('month').notNull(), // the first day of the month of receipt
    departmentId: uuid('department_id').notNull(),
    areaId: uuid('area_id').notNull(),
    received: count('received'),
    complaints: count('complaints'), // klager and beklagelser
    maintained: count('maintained'), // the complaint was maintained: the formal track opened
    forwarded: count('forwarded'), // sent to the appeals body
    firstContactSettled: count('first_contact_settled'),
    firstContactOnTime: count('first_contact_on_time'),
    resolutionSettled: count('resolution_settled'),
    resolutionOnTime: count('resolution_on_time'),
    answerSettled: count('answer_settled'), // the written answer (skriftligt svar): the first letter sent
    answerOnTime: count('answer_on_time'),
    reassessmentSettled: count('reassessment_settled'),
    reassessmentOnTime: count('reassessment_on_time'),
    withRootCause: count('with_root_cause'),
    causeDecision: count('cause_decision'),
    causeProcess: count('cause_process'),
    causeCommunication: count('cause_communication'),
    causeWaitingTime: count('cause_waiting_time'),
    causeConduct: count('cause_conduct'),
    causePhysicalSetting: count('cause_physical_setting'),
    causeOther: count('cause_other'),
  },
  (t) => [primaryKey({ columns: [t.kommuneId, t.month, t.departmentId, t.areaId] })],
);

/** How long the goals took, in working days: a histogram per goal, so medians need no case rows. */
export const insightDurations = pgTable(
  'insight_durations',
  {
    kommuneId: kommuneId(),
    month: date('month').notNull(),
    departmentId: uuid('department_id').notNull(),
    areaId: uuid('area_id').notNull(),
    goal: text('goal').notNull(), // first_contact | resolution | answer | reassessment
    days: integer('days').notNull(),
    cases: integer('cases').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kommuneId, t.month, t.departmentId, t.areaId, t.goal, t.days] })],
);

/** When each kommune's rollups were last rebuilt, and the date they are settled as of. */
export const insightRefreshes = pgTable('insight_refreshes', {
  kommuneId: text('kommune_id').primaryKey(),
  asOf: date('as_of').notNull(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
});
