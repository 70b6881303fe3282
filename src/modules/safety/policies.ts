// Who may see and do what in the safety work: incidents against staff and safe-meeting plans. Pure: the staff
// app's menu imports it. An incident's people (the exposed staff, the citizen) are for the safety role, the
// person who registered it and the colleagues it names as exposed; a plan is need-to-know.
import { type Actor, definePolicies, sameDepartment, sameKommune } from '../../platform/policies.js';
import { type CaseSubject, canReadCase } from '../cases/policies.js';

/** What a rule needs to know about an incident. */
export interface IncidentSubject {
  kommuneId: string;
  reportedBy: string;
  /** The staff exposed (user ids): the registering person and the colleagues they named. */
  exposedStaff: readonly string[];
}

/** What a rule needs to know about a safe-meeting plan. */
export interface PlanSubject {
  kommuneId: string;
  /** The department of the plan's case (null for a plan on a booking only). */
  departmentId: string | null;
  /** The staff involved: who made the plan, the staff it names, the case's caseworker and primary contact. */
  involved: readonly string[];
}

const isStaff = (a: Actor) => a.role !== 'citizen';
const isSafety = (a: Actor) => a.role === 'safety';
const reportedIt = (a: Actor, i: IncidentSubject) => isStaff(a) && i.reportedBy === a.userId;
const wasExposed = (a: Actor, i: IncidentSubject) => isStaff(a) && i.exposedStaff.includes(a.userId);
const isInvolved = (a: Actor, p: PlanSubject) => isStaff(a) && p.involved.includes(a.userId);
const leadsItsDepartment = (a: Actor, p: PlanSubject) =>
  a.role === 'team_lead' && p.departmentId !== null && sameDepartment(a, { departmentId: p.departmentId });

export const safetyPolicies = definePolicies({
  // Any staff member may register an incident: they are often the one exposed.
  'incident.register': isStaff,
  // Any staff member may list incidents: the safety role sees the kommune's, everyone else those they
  // registered or are named exposed in.
  'incident.list': isStaff,
  // The safety role reads an incident of its kommune with its people; the registering person reads their own,
  // and a colleague named as exposed reads the incident they were exposed in. Nobody else — not the team lead.
  'incident.read': (a: Actor, i: IncidentSubject) =>
    sameKommune(a, i) && (isSafety(a) || reportedIt(a, i) || wasExposed(a, i)),
  // The follow-up (debriefing, psychological help, police, risk assessment, the authority report) is the
  // safety role's.
  'incident.followUp': (a: Actor, i: IncidentSubject) => sameKommune(a, i) && isSafety(a),
  // Anonymised statistics are for the safety committee, the team leads and the analysts.
  'incident.statistics': (a: Actor) => ['safety', 'team_lead', 'analyst'].includes(a.role),
  // The absence threshold of the authority report (changing by date) is set by the safety role or the admin.
  'incident.configure': (a: Actor) => isSafety(a) || a.role === 'admin',

  // The list of plans in force is for those who meet citizens at the desk or follow the safety work, and for
  // case workers (each plan shown only to those it concerns, see safetyPlan.read).
  'safetyPlan.list': (a: Actor) => ['reception', 'safety', 'caseworker', 'team_lead'].includes(a.role),
  // The plans of a case: for those who may read the case, and for reception and the safety role.
  'safetyPlan.ofCase': (a: Actor, c: CaseSubject) =>
    canReadCase(a, c) || ((a.role === 'reception' || isSafety(a)) && sameKommune(a, c)),
  // A plan is made by those who may read the case, or by the safety role.
  'safetyPlan.create': (a: Actor, c: CaseSubject) => canReadCase(a, c) || (isSafety(a) && sameKommune(a, c)),
  // A plan is seen by the staff involved, reception, the team lead of the case's department and the safety
  // role — nobody else.
  'safetyPlan.read': (a: Actor, p: PlanSubject) =>
    sameKommune(a, p) &&
    (a.role === 'reception' || isSafety(a) || leadsItsDepartment(a, p) || isInvolved(a, p)),
  // Renewing or ending a plan is a decision: the team lead, the safety role, or a caseworker involved.
  'safetyPlan.renew': (a: Actor, p: PlanSubject) =>
    sameKommune(a, p) &&
    (isSafety(a) || leadsItsDepartment(a, p) || (a.role === 'caseworker' && isInvolved(a, p))),
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends SafetyRules {}
}
type SafetyRules = typeof safetyPolicies;
