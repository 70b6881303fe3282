// The components of the participation module's staff page (pages.ts) and its sub-pages, for the router; the
// form's own paths come before a process's id.
import type { StaffView } from '../../../platform/ui.js';
import { ProcessesPage } from './ProcessesPage.js';
import { ProcessFormPage } from './ProcessFormPage.js';
import { ProcessPage } from './ProcessPage.js';
import { processesPage } from './pages.js';

export const participationViews: StaffView[] = [
  { page: processesPage, component: ProcessesPage },
  { page: processesPage, match: '/borgerinddragelse/ny', component: ProcessFormPage },
  { page: processesPage, match: '/borgerinddragelse/:id/rediger', component: ProcessFormPage },
  { page: processesPage, match: '/borgerinddragelse/:id', component: ProcessPage },
];
