// The dialogue module's tables: contact attempts, the conversation record and agreements.
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, kommuneId, users } from '../../adapters/db/schema.js';
import { cases } from '../cases/tables.js';

/** kontaktforsøg — each attempt to reach the citizen. The method: call first, write second. */
export const contactAttempts = pgTable(
  'contact_attempts',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    channel: text('channel').notNull(), // phone | sms | email | letter | in_person
    result: text('result').notNull(), // reached | no_answer | voicemail | sent
    note: text('note'),
    letterReason: text('letter_reason'), // why a letter came before a call
  },
  (t) => [index('contact_attempts_case').on(t.caseId, t.at)],
);

/** samtale — the conversation guide's notes per mediation phase; the notatpligt record of the call. */
export const conversations = pgTable(
  'conversations',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    actorId: uuid('actor_id').references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    durationSeconds: integer('duration_seconds').notNull().default(0),
    currentPhase: text('current_phase').notNull(),
    notes: jsonb('notes').$type<Record<string, string>>().notNull().default({}),
    rootCause: text('root_cause'), // primary
    secondaryCauses: jsonb('secondary_causes').$type<string[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    inBundle: boolean('in_bundle').notNull().default(false), // marked for the case bundle to the appeals body
  },
  (t) => [uniqueIndex('conversations_case').on(t.caseId)],
);

/** aftale — what, who, by when; the case stays open until agreements are kept. */
export const agreements = pgTable(
  'agreements',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    what: text('what').notNull(),
    ownerType: text('owner_type').notNull(), // staff | citizen
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('open'), // open | kept | cancelled
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [index('agreements_due').on(t.status, t.dueOn)],
);
