// The browser side of the module contract: what a module's ui/manifest.ts declares — its staff pages (pure
// data: path, menu label, the policy action that shows it), the components of those pages, the panels it
// adds to the case page, and the messages and policy rules the browser needs. The list in src/modules/ui.ts
// names the manifests and `assembleUi` folds them together for the staff app's menu, router and case page.
// Nothing here names a module.
import type { ComponentType, ReactNode } from 'react';
import { installMessages } from '../i18n/catalog.js';
import type { MessageSet } from '../i18n/index.js';
import { type ActorAction, installPolicies, type RuleSet } from './policies.js';

export interface StaffPage {
  /** App path without the /staff base; paths below it ('/sager/…') belong to the page's section. */
  path: string;
  /** i18n key of the menu item. */
  label: string;
  /** The action the page's API calls ask (the module's policies): the menu shows the page to those allowed. */
  requires: ActorAction;
  /** Place in the menu, across modules (lowest first). */
  position: number;
  /** false: a section reached by links only (e.g. a composer opened from a case), guarded like a page but not in the menu. */
  menu?: boolean;
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

/**
 * A panel on the case page. The module that owns the case page (its shell) defines the props every panel
 * gets and renders the panels by column and position; `P` is those props.
 */
export interface CasePanel<P = never> {
  /** The key the module's module.ts lists under casePanels. */
  key: string;
  column: 'main' | 'side';
  /** Order within the column, across modules (lowest first). */
  position: number;
  component: (props: P) => ReactNode;
}

export interface UiModule {
  name: string;
  pages?: readonly StaffPage[];
  views?: readonly StaffView[];
  casePanels?: readonly CasePanel[];
  messages?: readonly MessageSet[];
  policies?: RuleSet;
}

export const defineUiModule = <const M extends UiModule>(m: M): M => m;

export interface AssembledUi {
  pages: readonly StaffPage[];
  views: readonly StaffView[];
  casePanels: readonly CasePanel[];
}

/** Folds the manifests together (pages and panels in order) and installs their messages and policies. */
export function assembleUi(modules: readonly UiModule[]): AssembledUi {
  for (const m of modules) {
    installMessages(m.name, m.messages ?? []);
    installPolicies(m.name, m.policies ?? {});
  }
  const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;
  return {
    pages: modules.flatMap((m) => m.pages ?? []).sort(byPosition),
    views: modules.flatMap((m) => m.views ?? []),
    casePanels: modules.flatMap((m) => m.casePanels ?? []).sort(byPosition),
  };
}
