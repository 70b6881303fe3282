// Who may register complaints taken by phone, at the desk or by mail. Pure: the staff app's menu imports it.
import { type Actor, definePolicies, worksCases } from '../../platform/policies.js';

export const intakePolicies = definePolicies({
  // Phone, desk and mail complaints are registered by staff who meet citizens.
  'case.register': (a: Actor) => worksCases(a) || a.role === 'reception',
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends IntakeRules {}
}
type IntakeRules = typeof intakePolicies;
