// The intake module's staff page: registering a phone, desk or mail complaint. Pure data; views.ts gives it
// its component.
import type { StaffPage } from '../../../platform/ui.js';

export const registerPage: StaffPage = {
  path: '/registrer',
  label: 'common.nav.register',
  requires: 'case.register',
  position: 20,
};

export const intakePages = [registerPage];
