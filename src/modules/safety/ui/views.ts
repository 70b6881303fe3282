// The components of the safety module's staff pages (pages.ts), for the staff app's router.
import type { StaffView } from '../../../platform/ui.js';
import { IncidentPage } from './IncidentPage.js';
import { IncidentsPage } from './IncidentsPage.js';
import { PlansPage } from './PlansPage.js';
import { incidentsPage, plansPage } from './pages.js';

export const safetyViews: StaffView[] = [
  { page: incidentsPage, component: IncidentsPage },
  { page: incidentsPage, match: '/haendelser/:id', component: IncidentPage },
  { page: plansPage, component: PlansPage },
];
