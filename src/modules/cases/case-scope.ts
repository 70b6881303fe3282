// The SQL form of the `case.read` rule in policies.ts, for lists: the queue never shows a case its reader
// could not open.
import { and, eq, ne, or, type SQL } from 'drizzle-orm';
import { type Actor, worksCases } from '../../platform/policies.js';
import { citizens } from '../citizens/tables.js';
import { cases } from './tables.js';

/**
 * `case.read` in two disjoint parts, for counting: the reader's own department (needs no join, so an index of
 * cases alone can answer it), and cases of other departments whose citizen has the reader as primary contact
 * (needs `citizens` joined). caseScope is their union. Null parts match nothing.
 */
export function caseScopeParts(a: Actor): { ownDepartment: SQL | null; asPrimaryContact: SQL | null } {
  if (!worksCases(a)) return { ownDepartment: null, asPrimaryContact: null };
  const kommune = eq(cases.kommuneId, a.kommuneId);
  return {
    ownDepartment: a.departmentId ? and(kommune, eq(cases.departmentId, a.departmentId))! : null,
    asPrimaryContact: and(
      kommune,
      eq(citizens.primaryContactId, a.userId),
      a.departmentId ? ne(cases.departmentId, a.departmentId) : undefined,
    )!,
  };
}

/** SQL form of `case.read`, for lists. Needs `citizens` joined on cases.citizen_id. */
export function caseScope(a: Actor): SQL {
  const { ownDepartment, asPrimaryContact } = caseScopeParts(a);
  if (!ownDepartment && !asPrimaryContact) return and(eq(cases.kommuneId, '__none__'))!;
  return or(...[ownDepartment, asPrimaryContact].filter((p) => p !== null))!;
}
