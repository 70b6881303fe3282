// The citizens module's table: the person behind a kommune's cases (borger). Every table carries kommune_id.
import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, kommuneId, users } from '../../adapters/db/schema.js';

/** borger — contact details; CPR only encrypted with a keyed hash for look-up. */
export const citizens = pgTable(
  'citizens',
  {
    id: id(),
    kommuneId: kommuneId(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    cprEncrypted: text('cpr_encrypted'),
    cprHash: text('cpr_hash'),
    supportNeeds: jsonb('support_needs').$type<Record<string, unknown>>().notNull().default({}),
    primaryContactId: uuid('primary_contact_id').references(() => users.id), // primær kontaktperson
    contactVerified: boolean('contact_verified').notNull().default(false), // staff confirmed phone/e-mail
    createdAt: createdAt(),
  },
  (t) => [
    index('citizens_cpr_hash').on(t.kommuneId, t.cprHash),
    index('citizens_phone').on(t.kommuneId, t.phone),
    index('citizens_email').on(t.kommuneId, t.email),
    // The queue's "my primary-contact citizens" part (few rows: only citizens with one are in it).
    index('citizens_primary_contact').on(t.primaryContactId).where(sql`primary_contact_id IS NOT NULL`),
    // Case search: a citizen by the words of their name (prefixes), and by e-mail address whatever its case.
    index('citizens_name_search').using('gin', sql`to_tsvector('simple', ${t.name})`),
    index('citizens_email_lower').on(t.kommuneId, sql`lower(${t.email})`),
  ],
);
