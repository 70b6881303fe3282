// The component of the privacy module's staff page (pages.ts), for the staff app's router.
import type { StaffView } from '../../../../web/src/app/pages.js';
import { PrivacyPage } from './PrivacyPage.js';
import { privacyPage } from './pages.js';

export const privacyViews: StaffView[] = [{ page: privacyPage, component: PrivacyPage }];
