// Who may do what with the surveys, in sentences. Pure: the staff app's menu imports it too.
import { type Actor, definePolicies } from '../../platform/policies.js';

/** Staff with citizen contact (caseworkers, team leads, reception) who sit in a department. */
const hasCitizenContact = (a: Actor) =>
  (a.role === 'caseworker' || a.role === 'team_lead' || a.role === 'reception') && a.departmentId !== null;

export const surveysPolicies = definePolicies({
  // The unhappy answers of their department are the team lead's to look at, and to reopen the case or not.
  'survey.flags': (a: Actor) => a.role === 'team_lead' && a.departmentId !== null,
  // The monthly pulse is for staff with citizen contact; their answer is stored without them.
  'pulse.answer': hasCitizenContact,
  // Pulse results (only groups of five or more) are for team leads and analysts.
  'pulse.results': (a: Actor) => a.role === 'team_lead' || a.role === 'analyst',
  // Decision volumes come from the kommune's case systems: imported by an analyst or the administrator.
  'decisions.import': (a: Actor) => a.role === 'analyst' || a.role === 'admin',
  'decisions.read': (a: Actor) => a.role === 'analyst' || a.role === 'admin' || a.role === 'team_lead',
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends SurveysRules {}
}
type SurveysRules = typeof surveysPolicies;
