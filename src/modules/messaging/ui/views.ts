// The component of the messaging module's staff page (pages.ts), for the staff app's router.
import type { StaffView } from '../../../platform/ui.js';
import { MailboxPage } from './MailboxPage.js';
import { mailboxPage } from './pages.js';

export const messagingViews: StaffView[] = [{ page: mailboxPage, component: MailboxPage }];
