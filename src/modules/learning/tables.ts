// The learning module's tables: learning cases (erfaringscases) and buddy feedback (makkerskab). Every table
// carries kommune_id. A draft keeps the author's texts as written (with the names known from the case) so the
// review can add and undo redactions; publishing replaces them by the redacted texts and forgets the names.
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areas, departments, id, kommuneId, users } from '../../adapters/db/schema.js';
import type { ExtraTerm } from '../../core/redaction.js';
import { cases } from '../cases/tables.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const learningCases = pgTable(
  'learning_cases',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id').references(() => cases.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    areaId: uuid('area_id').references(() => areas.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    status: text('status').notNull().default('draft'), // draft | published
    title: text('title').notNull().default(''),
    happened: text('happened').notNull().default(''), // hvad skete der
    worked: text('worked').notNull().default(''), // hvad virkede
    differently: text('differently').notNull().default(''), // hvad ville jeg gøre anderledes
    techniques: text('techniques').array().notNull().default(sql`'{}'`), // conversation guide phases
    rootCause: text('root_cause'),
    outcome: text('outcome'),
    names: jsonb('names').$type<string[]>().notNull().default([]),
    kept: jsonb('kept').$type<string[]>().notNull().default([]),
    added: jsonb('added').$type<ExtraTerm[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    search: tsvector('search'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    index('learning_cases_search').using('gin', t.search).where(sql`status = 'published'`),
    index('learning_cases_published').on(t.kommuneId, t.publishedAt).where(sql`status = 'published'`),
    index('learning_cases_author').on(t.kommuneId, t.authorId, t.status),
    uniqueIndex('learning_cases_one_per_case').on(t.caseId),
  ],
);

/** A request to a named colleague to review one conversation record, and their answer. Only the two see it. */
export const feedbackRequests = pgTable(
  'feedback_requests',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id),
    question: text('question').notNull().default(''),
    status: text('status').notNull().default('open'), // open | answered
    whatWorked: text('what_worked'),
    tryNext: text('try_next'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (t) => [
    index('feedback_requests_requester').on(t.kommuneId, t.requesterId, t.createdAt),
    index('feedback_requests_reviewer').on(t.kommuneId, t.reviewerId, t.status),
    index('feedback_requests_open').on(t.createdAt).where(sql`status = 'open' AND reminded_at IS NULL`),
  ],
);

/** The kommune's training settings: weeks within which new staff are introduced to the method. */
export const trainingSettings = pgTable('training_settings', {
  kommuneId: text('kommune_id').primaryKey(),
  introductionWeeks: smallint('introduction_weeks').notNull().default(6),
});

/**
 * forløb — a course of the method for one department (or the whole kommune: department null), grouping its
 * sessions.
 */
export const trainingCourses = pgTable(
  'training_courses',
  {
    id: id(),
    kommuneId: kommuneId(),
    departmentId: uuid('department_id').references(() => departments.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_courses_kommune').on(t.kommuneId, t.departmentId)],
);

/**
 * A session of a course: kick-off, training day, evaluation day, or introduction for new staff. Its department
 * is its course's.
 */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: id(),
    kommuneId: kommuneId(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => trainingCourses.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id').references(() => departments.id),
    kind: text('kind').notNull(), // kickoff | training_day | evaluation_day | introduction
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_sessions_kommune').on(t.kommuneId, t.heldOn),
    index('training_sessions_course').on(t.courseId, t.heldOn),
  ],
);

/** Who takes part in a session, and whether they attended (null: signed up, not yet recorded). */
export const trainingParticipants = pgTable(
  'training_participants',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kommuneId: kommuneId(),
    attended: boolean('attended'),
  },
  (t) => [
    primaryKey({ name: 'training_participants_pk', columns: [t.sessionId, t.userId] }),
    index('training_participants_user').on(t.kommuneId, t.userId),
  ],
);

/** makkerskab — two colleagues who give each other feedback, formed at a training day. */
export const buddyPairs = pgTable(
  'buddy_pairs',
  {
    id: id(),
    kommuneId: kommuneId(),
    userA: uuid('user_a')
      .notNull()
      .references(() => users.id),
    userB: uuid('user_b')
      .notNull()
      .references(() => users.id),
    sessionId: uuid('session_id').references(() => trainingSessions.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('buddy_pairs_kommune').on(t.kommuneId)],
);

/** handleplan — a staff member's personal action plan, with its follow-up date and one reminder. */
export const actionPlans = pgTable(
  'action_plans',
  {
    id: id(),
    kommuneId: kommuneId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    sessionId: uuid('session_id').references(() => trainingSessions.id, { onDelete: 'set null' }),
    goal: text('goal').notNull(),
    followUpOn: date('follow_up_on').notNull(),
    followedUpAt: timestamp('followed_up_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('action_plans_due').on(t.followUpOn).where(sql`followed_up_at IS NULL AND reminded_at IS NULL`),
  ],
);

/** New staff not introduced in time, flagged once to their lead. */
export const introductionFlags = pgTable('introduction_flags', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  kommuneId: kommuneId(),
  leadId: uuid('lead_id').references(() => users.id),
  flaggedAt: timestamp('flagged_at', { withTimezone: true }).notNull(),
});
