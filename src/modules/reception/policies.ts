// Who may do what at the front desk (borgerservice), in sentences. Pure: the staff app's menu imports it too.
import { type Actor, definePolicies, worksCases } from '../../platform/policies.js';

const isReception = (a: Actor) => a.role === 'reception';

export const receptionPolicies = definePolicies({
  // The reception runs the front desk: check-in, the queue, calling the next citizen, the day's bookings.
  'reception.desk': (a: Actor) => isReception(a),
  // Booking on a citizen's behalf: the reception at the desk or on the phone, and a caseworker or team lead
  // offering a meeting about a complaint instead of a call (the dialogue loop).
  'reception.book': (a: Actor) => isReception(a) || worksCases(a),
  // Hand-overs from the reception (with the note "tolk bestilt", "borgeren er ked af det") are read by the
  // person they are handed to: a caseworker or team lead.
  'reception.handovers': (a: Actor) => worksCases(a),
  // The kommune's administrator sets up the front desk: service types, what to bring, the waiting-time goal,
  // opening hours, desks and rooms.
  'reception.admin': (a: Actor) => a.role === 'admin',
  // Waiting times against the service goal: for the reception, the leaders and the analysts (no names in them).
  'reception.figures': (a: Actor) => isReception(a) || ['team_lead', 'analyst', 'admin'].includes(a.role),
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends ReceptionRules {}
}
type ReceptionRules = typeof receptionPolicies;
