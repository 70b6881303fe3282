// Who may run the data lifecycle. Pure: the staff app's menu imports it.
import { type Actor, definePolicies, sameKommune } from '../../platform/policies.js';

/** A record that belongs to one kommune, whatever else it is (a citizen record for an access request). */
export interface KommuneRecord {
  kommuneId: string;
}

// Retention, a citizen's access request and erasure are the kommune's administrator's task, for their own
// kommune's citizens only.
export const privacyPolicies = definePolicies({
  'retention.run': (a: Actor) => a.role === 'admin',
  'citizen.search': (a: Actor) => a.role === 'admin',
  'citizen.export': (a: Actor, r: KommuneRecord) => a.role === 'admin' && sameKommune(a, r),
  'citizen.erase': (a: Actor, r: KommuneRecord) => a.role === 'admin' && sameKommune(a, r),
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends PrivacyRules {}
}
type PrivacyRules = typeof privacyPolicies;
