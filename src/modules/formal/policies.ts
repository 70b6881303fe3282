// Who may configure the formal track, in sentences. Pure: the staff app's menu imports it. The steps on a case
// (re-assessment, forwarding, appeal result) are working the case: cases' 'case.work' rule decides them.
import { type Actor, definePolicies } from '../../platform/policies.js';

export const formalPolicies = definePolicies({
  // Which appeals body (klageinstans) an area's complaints go to is the kommune administrator's setting …
  'appealsBodies.manage': (a: Actor) => a.role === 'admin',
  // … and every staff member may see it (the case page names it before forwarding).
  'appealsBodies.read': (a: Actor) => a.role !== 'citizen',
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends FormalRules {}
}
type FormalRules = typeof formalPolicies;
