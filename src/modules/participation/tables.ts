// The participation module's tables (drizzle/0019_participation.sql): processes (a hearing or an idea round
// with its room for influence — indflydelsesrum), contributions (bidrag), and the themes they are grouped into
// with the kommune's answer to each; an image a citizen may attach to a contribution
// (drizzle/0024_participation_images.sql); the earlier wordings of a corrected answer
// (drizzle/0028_participation_answer_revisions.sql).
import {
  customType,
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
import { createdAt, id, kommuneId } from '../../adapters/db/schema.js';

export interface Phase {
  kind: 'idea' | 'hearing' | 'decision' | 'feedback';
  startsOn: string;
  endsOn: string;
}

export const participationProcesses = pgTable(
  'participation_processes',
  {
    id: id(),
    kommuneId: kommuneId(),
    departmentId: uuid('department_id'),
    ownerId: uuid('owner_id'),
    area: text('area'),
    title: text('title').notNull(),
    question: text('question').notNull(),
    influence: text('influence').notNull(), // what can be influenced
    decided: text('decided').notNull(), // what is already decided, and by whom
    channels: text('channels').notNull().default('online'), // online | meeting | both
    phases: jsonb('phases').$type<Phase[]>().notNull().default([]),
    hearingEndsOn: date('hearing_ends_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('draft'), // draft | open | closed
    createdAt: createdAt(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('participation_processes_kommune').on(t.kommuneId, t.status)],
);

export const participationGroups = pgTable(
  'participation_groups',
  {
    id: id(),
    kommuneId: kommuneId(),
    processId: uuid('process_id')
      .notNull()
      .references(() => participationProcesses.id),
    title: text('title').notNull(),
    outcome: text('outcome'), // adopted | partly | not_adopted | outside
    answer: text('answer'),
    askWhom: text('ask_whom'),
    answeredAt: timestamp('answered_at', { withTimezone: true }), // first published
    answerChangedAt: timestamp('answer_changed_at', { withTimezone: true }), // last corrected
    createdAt: createdAt(),
  },
  (t) => [index('participation_groups_process').on(t.processId)],
);

/** A published answer as it stood before a correction replaced it (nothing said to contributors is lost). */
export const participationAnswerRevisions = pgTable(
  'participation_answer_revisions',
  {
    id: id(),
    kommuneId: kommuneId(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => participationGroups.id),
    outcome: text('outcome').notNull(),
    answer: text('answer').notNull(),
    askWhom: text('ask_whom'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull(),
    replacedBy: uuid('replaced_by'),
    createdAt: createdAt(),
  },
  (t) => [index('participation_answer_revisions_group').on(t.groupId, t.replacedAt)],
);

export const participationContributions = pgTable(
  'participation_contributions',
  {
    id: id(),
    kommuneId: kommuneId(),
    processId: uuid('process_id')
      .notNull()
      .references(() => participationProcesses.id),
    groupId: uuid('group_id').references(() => participationGroups.id),
    source: text('source').notNull().default('online'), // online | meeting
    text: text('text').notNull(),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    locale: text('locale').notNull().default('da'),
    status: text('status').notNull().default('pending'), // pending | approved | rejected
    moderationReason: text('moderation_reason'),
    registeredBy: uuid('registered_by'),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('participation_contributions_process').on(t.processId, t.status)],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** The image attached to a contribution (one at most): JPEG or PNG, stored with its metadata removed. */
export const participationImages = pgTable(
  'participation_images',
  {
    id: id(),
    kommuneId: kommuneId(),
    contributionId: uuid('contribution_id')
      .notNull()
      .references(() => participationContributions.id),
    contentType: text('content_type').notNull(), // image/jpeg | image/png
    bytes: bytea('bytes').notNull(),
    size: integer('size').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('participation_images_contribution').on(t.contributionId)],
);
