// The components of the administration's staff pages (pages.ts), for the staff app's router.
import type { StaffView } from '../../../platform/ui.js';
import { AreasPage } from './AreasPage.js';
import { ContactsPage } from './ContactsPage.js';
import { KommunePage } from './KommunePage.js';
import { OrganisationPage } from './OrganisationPage.js';
import { areasPage, contactsPage, kommunePage, organisationPage, usersPage } from './pages.js';
import { UsersPage } from './UsersPage.js';

export const adminViews: StaffView[] = [
  { page: usersPage, component: UsersPage },
  { page: organisationPage, component: OrganisationPage },
  { page: areasPage, component: AreasPage },
  { page: contactsPage, component: ContactsPage },
  { page: kommunePage, component: KommunePage },
];
