// Which pages a role has, in menu order: the navigation bar, the landing page after login and the route guard
// all ask this file. It asks the same rules as the API (policies.ts): a page is shown to a role that may
// take the action the page's API calls require, so the menu cannot promise what the server refuses.
// Pure, so it is unit-tested without a browser.
import { type Actor, can, type Role } from '../../../src/platform/policies.js';
import { STAFF_PAGES, type StaffPage } from './pages.js';

/** Where a role lands when no page is open to it. */
export const NO_PAGES_PATH = '/ingen-sider';

/**
 * The role as an actor for the rules, as staff of that role usually are: placed in a department (some pages are
 * for department staff only, e.g. the team lead's unhappy answers and the monthly pulse). Pages require actions
 * decided on the actor alone (ActorAction); the server still decides each request on the real user.
 */
const SOME_DEPARTMENT = 'department';
export const actorOf = (role: string): Actor => ({
  role: role as Role,
  userId: '',
  kommuneId: '',
  departmentId: SOME_DEPARTMENT,
  teamId: null,
});

const allows = (role: string, page: StaffPage) => can(actorOf(role), page.requires);

/** The pages the role may open, in menu order (sections reached by links only are not in the menu). */
export const pagesFor = (role: string): StaffPage[] =>
  STAFF_PAGES.filter((p) => p.menu !== false && allows(role, p));

/** The role's first page: where login and '/' send it. */
export const homePathFor = (role: string): string => pagesFor(role)[0]?.path ?? NO_PAGES_PATH;

/** The menu page a path belongs to ('/sager/259-2026-000001' belongs to '/sager'), or undefined. */
export function sectionOf(path: string): StaffPage | undefined {
  return STAFF_PAGES.find((p) => path === p.path || path.startsWith(`${p.path}/`));
}

/** May the role open this path? Paths outside the menu's sections (not found) are left to the router. */
export function mayOpen(role: string, path: string): boolean {
  const section = sectionOf(path);
  return !section || allows(role, section);
}

/**
 * aria-current for a menu item: 'page' on the page itself, 'true' on a page inside its section
 * (a case inside "Sager"), nothing elsewhere.
 */
export function currentFor(itemPath: string, path: string): 'page' | 'true' | undefined {
  if (path === itemPath) return 'page';
  return path.startsWith(`${itemPath}/`) ? 'true' : undefined;
}
