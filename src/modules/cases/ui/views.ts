// The components of the cases module's pages (pages.ts), for the staff app's router.
import { createElement } from 'react';
import type { StaffView, ViewProps } from '../../../platform/ui.js';
import { CasePage } from './CasePage.js';
import { casesPage, searchPage, teamPage } from './pages.js';
import { QueuePage } from './QueuePage.js';
import { SearchPage } from './SearchPage.js';
import { TeamPage } from './TeamPage.js';

/** A case, inside the queue's section: its number comes from the path. */
const CaseView = ({ params }: ViewProps) => createElement(CasePage, { caseNumber: params.caseNumber ?? '' });

export const casesViews: StaffView[] = [
  { page: casesPage, component: QueuePage },
  { page: casesPage, match: '/sager/:caseNumber', component: CaseView },
  { page: searchPage, component: SearchPage },
  { page: teamPage, component: TeamPage },
];
