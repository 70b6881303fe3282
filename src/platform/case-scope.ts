// The SQL form of the `case.read` rule in policies.ts, for lists: the queue never shows a case its reader
// could not open.
import { and, eq, or, type SQL } from 'drizzle-orm';
import { cases, citizens } from '../adapters/db/schema.js';
import { type Actor, worksCases } from './policies.js';

/** SQL form of `case.read`, for lists. Needs `citizens` joined on cases.citizen_id. */
export function caseScope(a: Actor): SQL {
  if (!worksCases(a)) return and(eq(cases.kommuneId, '__none__'))!;
  const own = a.departmentId ? eq(cases.departmentId, a.departmentId) : undefined;
  return and(eq(cases.kommuneId, a.kommuneId), or(own, eq(citizens.primaryContactId, a.userId)))!;
}
