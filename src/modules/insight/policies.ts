// Who may read the effect dashboard, in sentences. Pure: the staff app's menu imports it too.
import { type Actor, definePolicies, sameDepartment, sameKommune } from '../../platform/policies.js';

/** The deployment's shared service: the kommune whose analysts may see all kommuner, if any. */
export interface SharedService {
  kommuneId: string | null;
}

/** A department of a kommune, whose figures are asked for. */
export interface DepartmentSubject {
  kommuneId: string;
  departmentId: string;
}

// Team leads and analysts read the dashboard (aggregated figures only, no personal data).
const readsFigures = (a: Actor) => a.role === 'team_lead' || a.role === 'analyst';

export const insightPolicies = definePolicies({
  'insight.read': readsFigures,
  // An analyst reads any department of their kommune; a team lead (leder) their own department's.
  'insight.department': (a: Actor, d: DepartmentSubject) =>
    readsFigures(a) && sameKommune(a, d) && (a.role === 'analyst' || sameDepartment(a, d)),
  // The whole kommune at once is the analyst's view.
  'insight.kommune': (a: Actor) => a.role === 'analyst',
  // All kommuner at once (the national view) is for the shared service only: an analyst of the kommune the
  // deployment names as such (SHARED_SERVICE_KOMMUNE). Without one, nobody.
  'insight.national': (a: Actor, s: SharedService) =>
    a.role === 'analyst' && s.kommuneId !== null && a.kommuneId === s.kommuneId,
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends InsightRules {}
}
type InsightRules = typeof insightPolicies;
