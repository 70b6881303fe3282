// The component of the intake module's staff page (pages.ts), for the staff app's router.
import type { StaffView } from '../../../platform/ui.js';
import { registerPage } from './pages.js';
import { RegisterPage } from './RegisterPage.js';

export const intakeViews: StaffView[] = [{ page: registerPage, component: RegisterPage }];
