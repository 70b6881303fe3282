// The component of the formal module's staff page (pages.ts), for the staff app's router.
import type { StaffView } from '../../../platform/ui.js';
import { AppealsBodiesPage } from './AppealsBodiesPage.js';
import { appealsBodiesPage } from './pages.js';

export const formalViews: StaffView[] = [{ page: appealsBodiesPage, component: AppealsBodiesPage }];
