// The component of the insight module's page (pages.ts), for the staff app's router.
import type { StaffView } from '../../../platform/ui.js';
import { DashboardPage } from './DashboardPage.js';
import { dashboardPage } from './pages.js';

export const insightViews: StaffView[] = [{ page: dashboardPage, component: DashboardPage }];
