// What the safety module's staff app offers the other modules' pages: the front desk's view of the safe-meeting
// plans on today's bookings (that there is one, its measures and named staff — never the reason).
export { type BookingPlans, SafeMeetingFlag, SafeMeetingsToday, useBookingPlans } from './BookingPlans.js';
