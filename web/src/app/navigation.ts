// Which pages each role has, in menu order: the navigation bar, the landing page after login and the
// route guard all read this one table. Pure, so it is unit-tested without a browser.

export interface StaffPage {
  /** App path without the /staff base. */
  path: string;
  /** i18n key of the menu item. */
  label: string;
  roles: readonly string[];
}

export const STAFF_PAGES: readonly StaffPage[] = [
  { path: '/sager', label: 'common.nav.cases', roles: ['caseworker', 'team_lead'] },
  { path: '/registrer', label: 'common.nav.register', roles: ['caseworker', 'team_lead', 'reception'] },
  { path: '/team', label: 'common.nav.team', roles: ['team_lead'] },
  { path: '/postkasse', label: 'common.nav.mailbox', roles: ['admin'] },
];

/** Where a role lands without a page of its own yet (analyst, safety). */
export const NO_PAGES_PATH = '/ingen-sider';

/** The pages the role may open, in menu order. */
export const pagesFor = (role: string): StaffPage[] => STAFF_PAGES.filter((p) => p.roles.includes(role));

/** The role's first page: where login and '/' send it. */
export const homePathFor = (role: string): string => pagesFor(role)[0]?.path ?? NO_PAGES_PATH;

/** The menu page a path belongs to ('/sager/259-2026-000001' belongs to '/sager'), or undefined. */
export function sectionOf(path: string): StaffPage | undefined {
  return STAFF_PAGES.find((p) => path === p.path || path.startsWith(`${p.path}/`));
}

/** May the role open this path? Paths outside the menu's sections (not found) are left to the router. */
export function mayOpen(role: string, path: string): boolean {
  const section = sectionOf(path);
  return !section || section.roles.includes(role);
}

/**
 * aria-current for a menu item: 'page' on the page itself, 'true' on a page inside its section
 * (a case inside "Sager"), nothing elsewhere.
 */
export function currentFor(itemPath: string, path: string): 'page' | 'true' | undefined {
  if (path === itemPath) return 'page';
  return path.startsWith(`${itemPath}/`) ? 'true' : undefined;
}
