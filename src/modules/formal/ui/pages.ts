// The formal module's staff page: the appeals body per area, for the kommune's administrator. Pure data;
// views.ts gives it its component.
import type { StaffPage } from '../../../platform/ui.js';

export const appealsBodiesPage: StaffPage = {
  path: '/klageinstanser',
  label: 'formal.ui.pages.appealsBodies',
  requires: 'appealsBodies.manage',
  position: 55,
};

export const formalPages = [appealsBodiesPage];
