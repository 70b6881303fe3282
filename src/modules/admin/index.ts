// The admin module's public face: what other modules may use. Everything else in the folder is internal.
import type { AppContext } from '../../platform/context.js';
import { contactForArea, publicDirectory } from './queries.js';

export interface ContactPoint {
  phone: string | null;
  openingHours: string | null;
  address: string | null;
  email: string | null;
}

export interface DirectoryEntry extends ContactPoint {
  /** The department (forvaltning) the entry belongs to, itself or through its area. */
  departmentName: string;
  /** Set when the entry is an area's own. */
  areaName: string | null;
}

/** How citizens reach the people handling a case of this area: the area's own entry, else its department's. */
export async function contactPointForArea(
  ctx: AppContext,
  kommuneId: string,
  areaId: string,
): Promise<ContactPoint | null> {
  const row = await contactForArea(ctx.db, kommuneId, areaId);
  return row && { phone: row.phone, openingHours: row.openingHours, address: row.address, email: row.email };
}

/** The kommune's contact directory as citizens see it, by department, areas after their department. */
export async function contactDirectory(ctx: AppContext, kommuneId: string): Promise<DirectoryEntry[]> {
  const rows = await publicDirectory(ctx.db, kommuneId);
  return rows.map((r) => ({
    departmentName: r.departmentName ?? '',
    areaName: r.areaName,
    phone: r.phone,
    openingHours: r.openingHours,
    address: r.address,
    email: r.email,
  }));
}

export { KLE_MAIN_GROUPS } from './kle.js';
