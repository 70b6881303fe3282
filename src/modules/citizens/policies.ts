// Who may change a citizen record (contact person, support needs). Pure: the staff app imports it too.
import { type Actor, definePolicies } from '../../platform/policies.js';
import { canReadCase } from '../cases/policies.js';

/** What a rule needs to know about a citizen record: where its cases are. */
export interface CitizenSubject {
  primaryContactId: string | null;
  cases: { kommuneId: string; departmentId: string }[];
}

export const citizensPolicies = definePolicies({
  // The citizen record is for those who may read one of the citizen's cases.
  'citizen.update': (a: Actor, c: CitizenSubject) =>
    c.cases.some((k) => canReadCase(a, { ...k, primaryContactId: c.primaryContactId })),
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends CitizensRules {}
}
type CitizensRules = typeof citizensPolicies;
