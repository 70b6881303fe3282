// The formal module's tables (drizzle/0012_formal_track.sql, 0020_formal_bundles.sql): the formal track of a complaint about a decision,
// the appeals body's results as a history, the appeals body per area and the aktindsigt requests on a case.
import {
  boolean,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areas, createdAt, departments, id, kommuneId, users } from '../../adapters/db/schema.js';
import { cases } from '../cases/tables.js';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** klagesag — one formal track per case; `round` counts re-assessments (a case sent back starts a new one). */
export const formalTracks = pgTable(
  'formal_tracks',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    kommuneId: kommuneId(),
    decisionDelivery: text('decision_delivery').notNull().default('unknown'), // digital | physical | unknown
    properGuidance: boolean('proper_guidance').notNull().default(true), // klagevejledning
    lateDecision: text('late_decision'), // accepted | rejected
    lateReason: text('late_reason'),
    lateDecidedBy: uuid('late_decided_by').references(() => users.id),
    lateDecidedAt: timestamp('late_decided_at', { withTimezone: true }),
    round: integer('round').notNull().default(1),
    reassessmentResult: text('reassessment_result'), // changed | partly_changed | upheld
    reassessmentReasoning: text('reassessment_reasoning'),
    reassessedOn: date('reassessed_on'),
    reassessedBy: uuid('reassessed_by').references(() => users.id),
    appealsBody: text('appeals_body'),
    forwardedOn: date('forwarded_on'), // the latest forwarding; every bundle is in formal_bundles
    appealResult: text('appeal_result'),
    appealDecidedOn: date('appeal_decided_on'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('formal_tracks_kommune').on(t.kommuneId, t.forwardedOn)],
);

/** sagsakter — every case bundle sent to the appeals body, numbered per case, kept exactly as sent. */
export const formalBundles = pgTable(
  'formal_bundles',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    version: integer('version').notNull(),
    round: integer('round').notNull(),
    appealsBody: text('appeals_body').notNull(),
    forwardedOn: date('forwarded_on').notNull(),
    pdf: bytea('pdf'), // null once the case is anonymised
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('formal_bundles_case_version').on(t.caseId, t.version)],
);

/** klageinstansens afgørelser — every result recorded, for the reversal rate. */
export const formalAppealResults = pgTable(
  'formal_appeal_results',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    round: integer('round').notNull(),
    result: text('result').notNull(),
    decidedOn: date('decided_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('formal_appeal_results_period').on(t.kommuneId, t.decidedOn)],
);

/** klageinstans per fagområde; an area without a row goes to Ankestyrelsen. */
export const appealsBodies = pgTable(
  'appeals_bodies',
  {
    kommuneId: kommuneId(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    name: text('name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'appeals_bodies_pk', columns: [t.kommuneId, t.areaId] })],
);

/** aktindsigt — a request for access to the files, answered within 7 working days or with a delay letter. */
export const accessRequests = pgTable(
  'access_requests',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    receivedOn: date('received_on').notNull(),
    dueOn: date('due_on').notNull(),
    answeredOn: date('answered_on'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('access_requests_case').on(t.caseId, t.receivedOn)],
);
