// Meetings on a case (møde om din klage): a caseworker offers a meeting instead of a call, from the case page.
// The case and the citizen's support needs come through the cases and citizens modules' public faces.
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { AppContext } from '../../platform/context.js';
import { can } from '../../platform/policies.js';
import { findCaseRef } from '../cases/index.js';
import { citizenView, type SupportNeeds } from '../citizens/index.js';
import { cleanSupportNeeds } from './booking.js';
import { type BookingRow, listCaseBookings } from './queries.js';

/** The case a meeting is booked on, if the user may work it; with the support needs from the citizen record. */
export async function caseForMeeting(
  ctx: AppContext,
  user: SessionUser,
  caseNumber: string,
): Promise<{ caseId: string; citizenId: string; supportNeeds: SupportNeeds } | null> {
  const ref = await findCaseRef(ctx.db, user.kommuneId, caseNumber);
  if (!ref || !can(user, 'case.work', ref)) return null;
  const citizen = await citizenView(ctx, ref.citizenId);
  return { caseId: ref.id, citizenId: ref.citizenId, supportNeeds: cleanSupportNeeds(citizen?.supportNeeds) };
}

export async function meetingsOfCase(
  ctx: AppContext,
  user: SessionUser,
  caseNumber: string,
): Promise<{ caseId: string; bookings: BookingRow[] } | null> {
  const ref = await findCaseRef(ctx.db, user.kommuneId, caseNumber);
  if (!ref || !can(user, 'case.work', ref)) return null;
  return { caseId: ref.id, bookings: await listCaseBookings(ctx, user.kommuneId, ref.id) };
}
