// The component of the privacy module's staff page (pages.ts), for the staff app's router.
import type { StaffView } from '../../../platform/ui.js';
import { PrivacyPage } from './PrivacyPage.js';
import { privacyPage } from './pages.js';

export const privacyViews: StaffView[] = [{ page: privacyPage, component: PrivacyPage }];
