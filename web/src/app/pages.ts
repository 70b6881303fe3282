// Every staff page, declared by the module it belongs to (src/modules/<module>/ui/pages.ts) and assembled here
// in menu order: adding a page is a line in its module, adding a module is a line here. Pure data — the
// navigation, the login page and the unit tests read it without loading React. Each module's views.ts binds
// its pages to their components (assembled in views.ts, routed by App.tsx).
import type { ComponentType } from 'react';
import { adminPages } from '../../../src/modules/admin/ui/pages.js';
import { dialoguePages } from '../../../src/modules/dialogue/ui/pages.js';
import { intakePages } from '../../../src/modules/intake/ui/pages.js';
import { messagingPages } from '../../../src/modules/messaging/ui/pages.js';
import type { ActorAction } from '../../../src/platform/policies.js';

export interface StaffPage {
  /** App path without the /staff base; paths below it ('/sager/…') belong to the page's section. */
  path: string;
  /** i18n key of the menu item. */
  label: string;
  /** The action the page's API calls ask (policies.ts): the menu shows the page to those allowed it. */
  requires: ActorAction;
  /** Place in the menu, across modules (lowest first). */
  position: number;
}

/** What a view receives: the parameters of its path pattern (`{ caseNumber }` for '/sager/:caseNumber'). */
export interface ViewProps {
  params: Record<string, string>;
}

/** A page's component, on the page's own path or on a sub-route of its section (`match`). */
export interface StaffView {
  page: StaffPage;
  match?: string;
  component: ComponentType<ViewProps>;
}

export const STAFF_PAGES: readonly StaffPage[] = [
  ...dialoguePages,
  ...intakePages,
  ...messagingPages,
  ...adminPages,
].sort((a, b) => a.position - b.position);
