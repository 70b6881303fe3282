// The letters module's tables: templates per kommune, kind and area; the kommune's plain-language settings;
// the letters on a case (drafts, and sent ones kept as sent); and the development Digital Post outbox.
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areas, createdAt, id, kommuneId, users } from '../../adapters/db/schema.js';
import type { LetterSection } from '../../core/letters.js';
import type { OfficialesePhrase } from '../../core/plain-language.js';
import { cases } from '../cases/tables.js';

/** brevskabelon — one per kommune, kind and area; area null is the kommune's template for every area. */
export const letterTemplates = pgTable(
  'letter_templates',
  {
    id: id(),
    kommuneId: kommuneId(),
    kind: text('kind').notNull(),
    areaId: uuid('area_id').references(() => areas.id),
    title: text('title').notNull(),
    sections: jsonb('sections').$type<LetterSection[]>().notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('letter_templates_area').on(t.kommuneId, t.kind, t.areaId).where(sql`area_id IS NOT NULL`),
    uniqueIndex('letter_templates_default').on(t.kommuneId, t.kind).where(sql`area_id IS NULL`),
  ],
);

/** The kommune's plain-language settings: the LIX limit and its own list of officialese (kancellisprog). */
export const letterSettings = pgTable('letter_settings', {
  kommuneId: text('kommune_id').primaryKey(),
  lixLimit: smallint('lix_limit').notNull().default(40),
  officialese: jsonb('officialese').$type<OfficialesePhrase[]>().notNull().default([]),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** brev — a letter on a case, numbered per case. Once sent it is never changed: content, hash and PDF stay. */
export const letters = pgTable(
  'letters',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    number: integer('number').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    sections: jsonb('sections').$type<LetterSection[]>().notNull(),
    status: text('status').notNull().default('draft'), // draft | sent
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentBy: uuid('sent_by').references(() => users.id),
    channel: text('channel'), // digital_post
    contentHash: text('content_hash'), // sha-256 of the sent title and sections
    pdf: text('pdf'), // the PDF as sent, base64
    lix: smallint('lix'), // LIX of the letter as sent
  },
  (t) => [
    uniqueIndex('letters_case_number').on(t.caseId, t.number),
    index('letters_sent').on(t.kommuneId, t.sentAt),
  ],
);

/** What the development Digital Post transport was given: exactly what would have been sent, PDF included. */
export const digitalPostDevOutbox = pgTable(
  'digital_post_dev_outbox',
  {
    id: id(),
    kommuneId: kommuneId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id),
    recipientName: text('recipient_name').notNull(),
    recipientCprMasked: text('recipient_cpr_masked'),
    subject: text('subject').notNull(),
    pdf: text('pdf').notNull(), // base64
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('digital_post_dev_outbox_at').on(t.kommuneId, t.at)],
);
