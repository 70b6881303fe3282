// The participation module's staff page: the kommune's processes (drafts, open, closed), each run from its own
// page below. Pure data; views.ts gives it its components.
import type { StaffPage } from '../../../platform/ui.js';

export const processesPage: StaffPage = {
  path: '/borgerinddragelse',
  label: 'participation.ui.nav',
  requires: 'participation.manage', // GET /api/v1/participation
  position: 65,
};

export const participationPages = [processesPage];
