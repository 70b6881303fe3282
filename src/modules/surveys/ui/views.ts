// The components of the surveys module's staff pages (pages.ts), for the staff app's router.
import type { StaffView } from '../../../platform/ui.js';
import { DecisionsPage } from './DecisionsPage.js';
import { FlagsPage } from './FlagsPage.js';
import { PulsePage } from './PulsePage.js';
import { PulseResultsPage } from './PulseResultsPage.js';
import { decisionsPage, flagsPage, pulsePage, pulseResultsPage } from './pages.js';

export const surveysViews: StaffView[] = [
  { page: flagsPage, component: FlagsPage },
  { page: pulsePage, component: PulsePage },
  { page: pulseResultsPage, component: PulseResultsPage },
  { page: decisionsPage, component: DecisionsPage },
];
