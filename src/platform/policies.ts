// Who may do what, written once as readable rules. Each module writes its own rules in its policies.ts
// (`definePolicies`), beside its table-driven test, and declares them in its manifest; the module lists
// (src/modules/index.ts on the server, src/modules/ui.ts in the browser) install them here. Routes ask
// `can(actor, action, subject)`; the staff app's menu asks the same rules. This file is pure, so the browser
// bundle can import it.

export const ROLES = [
  'citizen',
  'caseworker',
  'team_lead',
  'reception',
  'safety',
  'analyst',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  kommuneId: string;
  role: Role;
  departmentId: string | null;
  teamId: string | null;
}

/** A rule: decided on the actor alone, or on the actor and a subject (a case, a citizen record, …). */
// biome-ignore lint/suspicious/noExplicitAny: each rule names its own subject type
export type Rule = ((a: Actor) => boolean) | ((a: Actor, subject: any) => boolean);
export type RuleSet = Record<string, Rule>;

/**
 * Every module's rules, by action. Each module's policies.ts adds its own to this interface
 * (`declare module '…/platform/policies.js' { interface PolicyRules extends typeof its rules }`), so `can`
 * checks the action name and the subject's type without this file naming any module.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in the modules
export interface PolicyRules {}

export type Action = Extract<keyof PolicyRules, string>;
type SubjectOf<A extends Action> = A extends Action
  ? PolicyRules[A] extends (...args: infer P) => boolean
    ? P[1]
    : never
  : never;
/** Actions decided on the actor alone, without a case or citizen: what a staff page may require. */
export type ActorAction = { [A in Action]: PolicyRules[A] extends (a: Actor) => boolean ? A : never }[Action];

/** A module's rules, as written (the identity, for the types). */
export const definePolicies = <const R extends RuleSet>(rules: R): R => rules;

// Helpers the sentences are written with.
export const worksCases = (a: Pick<Actor, 'role'>) => a.role === 'caseworker' || a.role === 'team_lead';
export const sameKommune = (a: Actor, s: { kommuneId: string }) => a.kommuneId === s.kommuneId;
export const sameDepartment = (a: Actor, s: { departmentId: string }) => a.departmentId === s.departmentId;

const installed = new Map<string, RuleSet>(); // by module name
let rules: RuleSet = {};

/** Installs a module's rules (by the module lists). An action two modules both claim is refused. */
export function installPolicies(moduleName: string, set: RuleSet): void {
  installed.set(moduleName, set);
  const merged: RuleSet = {};
  for (const [name, s] of installed)
    for (const [action, rule] of Object.entries(s)) {
      if (Object.hasOwn(merged, action))
        throw new Error(`Policy ${action} is declared twice (again by module ${name})`);
      merged[action] = rule;
    }
  rules = merged;
}

/** The installed actions, for tests and the menu. */
export const installedActions = (): string[] => Object.keys(rules);

export function can<A extends Action>(
  actor: Actor | null,
  action: A,
  ...subject: SubjectOf<A> extends undefined ? [] : [SubjectOf<A>]
): boolean {
  if (!actor) return false;
  const rule = rules[action] as ((a: Actor, s?: unknown) => boolean) | undefined;
  if (!rule) throw new Error(`No module declares the policy ${action}`);
  return rule(actor, subject[0]);
}
