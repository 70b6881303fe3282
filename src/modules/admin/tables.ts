// The admin module's tables: the contact directory (the organisation itself is the platform's, in
// adapters/db/schema.ts).
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { areas, createdAt, departments, id, kommuneId } from '../../adapters/db/schema.js';

/** The contact directory: how and when citizens reach a department, or an area within it (area first). */
export const contactPoints = pgTable(
  'contact_points',
  {
    id: id(),
    kommuneId: kommuneId(),
    departmentId: uuid('department_id').references(() => departments.id),
    areaId: uuid('area_id').references(() => areas.id),
    phone: text('phone'),
    openingHours: text('opening_hours'), // telefontid, e.g. 'Man–tors kl. 9–15, fre kl. 9–13'
    address: text('address'),
    email: text('email'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('contact_points_one_target', sql`(${t.departmentId} IS NULL) <> (${t.areaId} IS NULL)`),
    uniqueIndex('contact_points_department').on(t.departmentId).where(sql`department_id IS NOT NULL`),
    uniqueIndex('contact_points_area').on(t.areaId).where(sql`area_id IS NOT NULL`),
    index('contact_points_kommune').on(t.kommuneId),
  ],
);
