// The cases module's tables: the case record, the per-kommune case number sequence and the timeline.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
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
import { areas, createdAt, departments, id, kommuneId, teams, users } from '../../adapters/db/schema.js';
import { WORK_STATES } from '../../core/workflow.js';
import { citizens } from '../citizens/tables.js';

/** sag */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    kommuneId: kommuneId(),
    number: text('number').notNull(), // 259-2026-000123
    kind: text('kind').notNull(),
    state: text('state').notNull(),
    channel: text('channel').notNull(), // web | phone | desk | mail | api
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    teamId: uuid('team_id').references(() => teams.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    description: text('description').notNull(),
    decisionDate: date('decision_date'),
    decisionReference: text('decision_reference'),
    preferredContactTime: text('preferred_contact_time'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedOn: date('received_on').notNull(),
    firstContactDue: date('first_contact_due').notNull(),
    firstContactMetOn: date('first_contact_met_on'),
    reassessmentDue: date('reassessment_due'), // genvurdering deadline, set when the formal track opens
    rootCause: text('root_cause'), // primary root cause, copied from the conversation for statistics
    trackingTokenHash: text('tracking_token_hash').notNull(),
    idempotencyKey: text('idempotency_key'), // scoped: 'public:…', 'form:…', 'staff:<user id>:…'
    idempotencyHash: text('idempotency_hash'), // the canonical body the key was first used with
    resubmissionFingerprint: text('resubmission_fingerprint'), // contact + description, to know a resubmission
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_number').on(t.kommuneId, t.number),
    uniqueIndex('cases_tracking').on(t.trackingTokenHash),
    uniqueIndex('cases_idempotency').on(t.kommuneId, t.idempotencyKey),
    index('cases_queue').on(t.kommuneId, t.departmentId, t.state, t.firstContactDue),
    // The staff queue's default view: the cases that need work (core WORK_STATES) in deadline order, read without
    // sorting or touching done ones. The predicate is the queue's needsWorkSql, word for word.
    index('cases_work_queue')
      .on(t.kommuneId, t.firstContactDue, t.receivedAt, t.number)
      .where(sql.raw(`state IN (${WORK_STATES.map((s) => `'${s}'`).join(', ')})`)),
    // The queue's total, counted from the index alone: every column a queue filter uses is in it.
    index('cases_work_department')
      .on(t.kommuneId, t.departmentId, t.areaId, t.teamId, t.assigneeId, t.state)
      .where(sql.raw(`state IN (${WORK_STATES.map((s) => `'${s}'`).join(', ')})`)),
    index('cases_citizen').on(t.citizenId),
    index('cases_resubmission')
      .on(t.kommuneId, t.resubmissionFingerprint, t.receivedAt)
      .where(sql`resubmission_fingerprint IS NOT NULL`),
    index('cases_search').using('gin', sql`to_tsvector('danish', ${t.description})`),
  ],
);

/** Per kommune and year, the last case sequence number handed out. */
export const caseCounters = pgTable(
  'case_counters',
  {
    kommuneId: kommuneId(),
    year: smallint('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kommuneId, t.year] })],
);

/** The case timeline: every event, in order, with who and when. `public` events show on the tracking page. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    type: text('type').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    seq: bigserial('seq', { mode: 'number' }).notNull(), // insertion order, for events of the same instant
    public: boolean('public').notNull().default(false),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('case_events_case').on(t.caseId, t.at, t.seq)],
);
