// The letters module's staff pages. Pure data; views.ts gives them their components. The composer lives under
// /cases/{caseNumber}/letters (the address other modules link to): not a menu item, and the server decides
// who may see each case's letters.
import type { StaffPage } from '../../../platform/ui.js';

export const templatesPage: StaffPage = {
  path: '/admin/breve',
  label: 'letters.ui.nav.templates',
  requires: 'letter.templates',
  position: 55,
};
export const outboxPage: StaffPage = {
  path: '/digital-post',
  label: 'letters.ui.nav.outbox',
  requires: 'digitalpost.outbox',
  position: 60,
};
/** The composer's section, reached from a case: guarded like a page, not in the menu. */
export const composerPage: StaffPage = {
  path: '/cases',
  label: 'letters.ui.panel.title',
  requires: 'text.check',
  position: 99,
  menu: false,
};

export const lettersPages = [templatesPage, outboxPage, composerPage];
