// The insight module's staff page: the effect dashboard. Pure data; views.ts gives it its component.
import type { StaffPage } from '../../../platform/ui.js';

export const dashboardPage: StaffPage = {
  path: '/effekt',
  label: 'insight.nav',
  requires: 'insight.read',
  position: 35,
};

export const insightPages = [dashboardPage];
