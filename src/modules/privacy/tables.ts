// The privacy module's table: access and erasure requests, with what was decided and why. Every table carries
// kommune_id.
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, kommuneId, users } from '../../adapters/db/schema.js';
import { citizens } from '../citizens/tables.js';

/** Access requests (indsigt, GDPR art. 15) and erasure requests (sletning, art. 17). */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: id(),
    kommuneId: kommuneId(),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    kind: text('kind').notNull(), // access | erasure
    outcome: text('outcome').notNull(), // delivered | erased | partly_erased | refused
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    requestedBy: uuid('requested_by').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('privacy_requests_citizen').on(t.citizenId, t.at)],
);
