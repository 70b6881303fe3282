// The messaging module's staff page: the dev mailbox (what the platform sent). Pure data; views.ts gives it
// its component.
import type { StaffPage } from '../../../platform/ui.js';

export const mailboxPage: StaffPage = {
  path: '/postkasse',
  label: 'common.nav.mailbox',
  requires: 'mailbox.read',
  position: 40,
};

export const messagingPages = [mailboxPage];
