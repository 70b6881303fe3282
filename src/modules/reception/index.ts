// The reception module's public surface: what other modules may use (a safe-meeting plan attached to a booking).
import type { AppContext } from '../../platform/context.js';
import { findBookingById } from './queries.js';

/** A booking as another module needs it: when, where and what — no name, phone or e-mail. */
export interface BookingRef {
  id: string;
  kommuneId: string;
  serviceType: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  status: 'booked' | 'cancelled';
  caseId: string | null;
}

export async function getBooking(
  ctx: AppContext,
  kommuneId: string,
  bookingId: string,
): Promise<BookingRef | null> {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!UUID.test(bookingId)) return null;
  const b = await findBookingById(ctx, kommuneId, bookingId);
  return (
    b && {
      id: b.id,
      kommuneId: b.kommuneId,
      serviceType: b.serviceType,
      place: b.place,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      status: b.status,
      caseId: b.caseId,
    }
  );
}
