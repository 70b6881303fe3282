// Who may see and work cases, in sentences. Pure: the staff app's menu imports it too. The queue's SQL is
// built from `caseScope` (case-scope.ts), the same rule as `canReadCase`.
import {
  type Actor,
  definePolicies,
  sameDepartment,
  sameKommune,
  worksCases,
} from '../../platform/policies.js';

/** What a rule needs to know about a case. */
export interface CaseSubject {
  kommuneId: string;
  departmentId: string;
  primaryContactId: string | null; // the citizen's primær kontaktperson
}

const isPrimaryContact = (a: Actor, s: CaseSubject) => s.primaryContactId === a.userId;

// A caseworker or team lead may read a case of their own department,
// or one whose citizen they are primary contact for.
export const canReadCase = (a: Actor, c: CaseSubject) =>
  worksCases(a) && sameKommune(a, c) && (sameDepartment(a, c) || isPrimaryContact(a, c));

export const casesPolicies = definePolicies({
  'case.list': (a: Actor) => worksCases(a),
  'case.read': canReadCase,
  // Working a case (assign to me, log attempts, conversation, outcomes) is for those who may read it.
  'case.work': canReadCase,
  // Moving a case to another caseworker or team is the team lead's call, within the department.
  'case.reassign': (a: Actor, c: CaseSubject) =>
    a.role === 'team_lead' && sameKommune(a, c) && sameDepartment(a, c),
  'team.overview': (a: Actor) => a.role === 'team_lead',
  // Areas and teams (for filters and forms) are for staff, whatever their role; not for citizen accounts.
  'organisation.read': (a: Actor) => a.role !== 'citizen',
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends CasesRules {}
}
type CasesRules = typeof casesPolicies;
