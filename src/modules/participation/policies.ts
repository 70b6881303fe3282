// Who may run a participation process. Pure: the staff app's menu imports it.
import { type Actor, definePolicies } from '../../platform/policies.js';

const staffRunning = (a: Actor) => a.role === 'caseworker' || a.role === 'team_lead' || a.role === 'admin';

export const participationPolicies = definePolicies({
  // Seeing the kommune's processes and their contributions (with contact details) is for the staff who run them.
  'participation.manage': staffRunning,
  // Changing one process: its department's staff, or any when it belongs to no department; team leads and the
  // administrator across the kommune.
  'participation.edit': (a: Actor, p: { kommuneId: string; departmentId: string | null }) =>
    staffRunning(a) &&
    a.kommuneId === p.kommuneId &&
    (a.role !== 'caseworker' || p.departmentId === null || p.departmentId === a.departmentId),
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends ParticipationRules {}
}
type ParticipationRules = typeof participationPolicies;
