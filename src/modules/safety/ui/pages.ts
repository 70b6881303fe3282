// The safety module's staff pages: the incident register (every staff member registers; the safety role
// follows up) and the safe-meeting plans in force. Pure data; views.ts gives them their components.
import type { StaffPage } from '../../../platform/ui.js';

export const incidentsPage: StaffPage = {
  path: '/haendelser',
  label: 'safety.ui.nav.incidents',
  requires: 'incident.register',
  position: 60,
};

export const plansPage: StaffPage = {
  path: '/sikre-moeder',
  label: 'safety.ui.nav.plans',
  requires: 'safetyPlan.list',
  position: 61,
};

export const safetyPages = [incidentsPage, plansPage];
