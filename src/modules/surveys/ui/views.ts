// The components of the surveys module's staff pages (pages.ts), for the staff app's router.
import type { StaffView } from '../../../platform/ui.js';
import { DecisionsPage } from './DecisionsPage.js';
import { FlagsPage } from './FlagsPage.js';
import { PulsePage } from './PulsePage.js';
import { decisionsPage, flagsPage, pulsePage } from './pages.js';

export const surveysViews: StaffView[] = [
  { page: flagsPage, component: FlagsPage },
  { page: pulsePage, component: PulsePage },
  { page: decisionsPage, component: DecisionsPage },
];
