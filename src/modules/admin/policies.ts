// Who may administer the kommune. Pure: the staff app's menu imports it.
import { type Actor, definePolicies, sameKommune } from '../../platform/policies.js';

export const adminPolicies = definePolicies({
  // The kommune's administrator sets up its organisation, users and settings: the admin pages open for them …
  'admin.open': (a: Actor) => a.role === 'admin',
  // … and each change is to a record of their own kommune, never another's.
  'admin.manage': (a: Actor, k: { kommuneId: string }) => a.role === 'admin' && sameKommune(a, k),
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends AdminRules {}
}
type AdminRules = typeof adminPolicies;
