// The cases module's staff pages: the department's queue (with each case below it), case search and the team
// lead's overview. Pure data; views.ts gives them their components.
import type { StaffPage } from '../../../platform/ui.js';

export const casesPage: StaffPage = {
  path: '/sager',
  label: 'common.nav.cases',
  requires: 'case.list',
  position: 10,
};
/** Case search: any case in scope, closed ones too; by the same rule as the queue. */
export const searchPage: StaffPage = {
  path: '/soeg',
  label: 'dialogue.search.nav',
  requires: 'case.list',
  position: 15,
};
export const teamPage: StaffPage = {
  path: '/team',
  label: 'common.nav.team',
  requires: 'team.overview',
  position: 30,
};

export const casesPages = [casesPage, searchPage, teamPage];
