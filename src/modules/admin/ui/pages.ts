// The administration's staff pages, for the kommune's administrator. Pure data; views.ts gives them their
// components.
import type { StaffPage } from '../../../platform/ui.js';

const adminPage = (path: string, label: string, position: number): StaffPage => ({
  path,
  label,
  requires: 'admin.open',
  position,
});

export const usersPage = adminPage('/admin/brugere', 'admin.ui.nav.users', 50);
export const organisationPage = adminPage('/admin/organisation', 'admin.ui.nav.organisation', 51);
export const areasPage = adminPage('/admin/omraader', 'admin.ui.nav.areas', 52);
export const contactsPage = adminPage('/admin/kontakt', 'admin.ui.nav.contacts', 53);
export const kommunePage = adminPage('/admin/kommune', 'admin.ui.nav.kommune', 54);

export const adminPages = [usersPage, organisationPage, areasPage, contactsPage, kommunePage];
