// Every staff page's components, declared by its module (src/modules/<module>/ui/views.ts): one line per
// module. Kept apart from pages.ts so the menu's pure data never loads React components.
import { adminViews } from '../../../src/modules/admin/ui/views.js';
import { dialogueViews } from '../../../src/modules/dialogue/ui/views.js';
import { intakeViews } from '../../../src/modules/intake/ui/views.js';
import { messagingViews } from '../../../src/modules/messaging/ui/views.js';
import type { StaffView } from './pages.js';

export const STAFF_VIEWS: readonly StaffView[] = [
  ...dialogueViews,
  ...intakeViews,
  ...messagingViews,
  ...adminViews,
];
