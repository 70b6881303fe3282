// The surveys module's tables (drizzle/0014_surveys.sql): the citizen's survey after closure and its answer,
// opt-outs, the employees' anonymous pulse with its separate "has answered" rows, and decision volumes.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areas, departments, id, kommuneId, teams, users } from '../../adapters/db/schema.js';
import { cases } from '../cases/tables.js';

/** One survey (tilfredshedsundersøgelse) per closed case; only the hash of the link's token is kept. */
export const surveyRequests = pgTable(
  'survey_requests',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    tokenHash: text('token_hash').notNull(),
    channel: text('channel').notNull(), // mail | sms
    locale: text('locale').notNull().default('da'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    optedOutAt: timestamp('opted_out_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('survey_requests_case').on(t.caseId),
    uniqueIndex('survey_requests_token').on(t.tokenHash),
    index('survey_requests_reminder')
      .on(t.requestedAt)
      .where(sql`answered_at IS NULL AND opted_out_at IS NULL AND reminded_at IS NULL`),
  ],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    id: id(),
    kommuneId: kommuneId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => surveyRequests.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
    heard: smallint('heard').notNull(),
    understood: smallint('understood').notNull(),
    fair: smallint('fair').notNull(),
    overall: smallint('overall').notNull(),
    stillDisagree: boolean('still_disagree').notNull(),
    comment: text('comment'),
    flagged: boolean('flagged').notNull(),
    flagResolution: text('flag_resolution'), // reopened | dismissed
    flagResolvedAt: timestamp('flag_resolved_at', { withTimezone: true }),
    flagResolvedBy: uuid('flag_resolved_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('survey_answers_request').on(t.requestId),
    index('survey_answers_figures').on(t.kommuneId, t.answeredAt, t.departmentId),
    index('survey_answers_flagged')
      .on(t.kommuneId, t.departmentId, t.answeredAt)
      .where(sql`flagged AND flag_resolved_at IS NULL`),
  ],
);

/** A citizen who said no to surveys (no foreign key: the opt-out outlives an erased citizen record). */
export const surveyOptOuts = pgTable('survey_opt_outs', {
  kommuneId: kommuneId(),
  citizenId: uuid('citizen_id').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
});

/** An anonymous pulse answer: no user, no instant — department, team and month only. */
export const pulseAnswers = pgTable(
  'pulse_answers',
  {
    id: id(),
    kommuneId: kommuneId(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    teamId: uuid('team_id').references(() => teams.id),
    month: text('month').notNull(), // YYYY-MM
    wellbeing: smallint('wellbeing').notNull(),
    equipped: smallint('equipped').notNull(),
    workload: smallint('workload').notNull(),
  },
  (t) => [index('pulse_answers_month').on(t.kommuneId, t.month, t.departmentId, t.teamId)],
);

/** Who has answered the pulse this month — kept apart, with nothing linking it to an answer. */
export const pulseParticipation = pgTable(
  'pulse_participation',
  {
    kommuneId: kommuneId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    month: text('month').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.month] })],
);

/** afgørelser: decisions made per area and month, imported from the kommune's case systems. */
export const decisionVolumes = pgTable(
  'decision_volumes',
  {
    kommuneId: kommuneId(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    month: text('month').notNull(), // YYYY-MM
    decisions: integer('decisions').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kommuneId, t.areaId, t.month] })],
);
