// The privacy module's staff page: retention, access requests and erasure, for the kommune's administrator.
// Pure data; views.ts gives it its component.
import type { StaffPage } from '../../../platform/ui.js';

export const privacyPage: StaffPage = {
  path: '/databeskyttelse',
  label: 'privacy.ui.nav',
  requires: 'retention.run',
  position: 50,
};

export const privacyPages = [privacyPage];
