// The module contract. A capability declares everything the platform needs in its module.ts
// (`defineModule`); the list in src/modules/index.ts names the modules, and `assembleModules` folds their
// declarations together: routes, the message catalog, mail/SMS templates, policy rules, jobs, seed steps,
// tables, case-page panels, dashboard figures and sections of the public service-goal page. Nothing in
// src/platform names a module.
import type { TSchema } from 'typebox';
import type { SqlRunner } from '../adapters/db/client.js';
import type { IsoDate } from '../core/calendar.js';
import { installMessages } from '../i18n/catalog.js';
import type { Locale, MessageSet } from '../i18n/index.js';
import type { App, AppContext, JobDefinition } from './context.js';
import { installPolicies, type RuleSet } from './policies.js';
import { installTemplates, type TemplateSet } from './templates.js';

/** One step of the demo seed. Steps run by `order` (lowest first), across modules. */
export interface SeedStep {
  name: string;
  order: number;
  run: (ctx: AppContext, options: SeedOptions) => Promise<void>;
}

export interface SeedOptions {
  /** How many demo cases to create. */
  cases: number;
  /** The hash of the demo password, computed once. */
  passwordHash: string;
  progress?: (done: number, total: number) => void;
}

/** The period and scope a dashboard figure is computed for. */
export interface FigureScope {
  kommuneId: string;
  departmentId?: string;
  /** One area (fagområde) of the kommune; figures that cannot narrow to an area may ignore it. */
  areaId?: string;
  from: IsoDate;
  to: IsoDate; // inclusive
}

/** A figure's value: the measure, and how many cases it was measured on (null: nothing to measure). */
export interface FigureValue {
  value: number | null;
  count: number;
}

/** A figure's value in one month (`month` is its first day). */
export interface FigurePoint extends FigureValue {
  month: IsoDate;
}

/** What a module contributes to the effect dashboard. */
export interface FigureDefinition {
  key: string;
  /** i18n key of the figure's name. */
  label: string;
  unit: 'share' | 'count' | 'days' | 'minutes';
  compute: (ctx: AppContext, scope: FigureScope) => Promise<FigureValue>;
  /**
   * Optional: the figure month by month over the scope's period, in one go (e.g. from a rollup). Without it the
   * dashboard calls `compute` once per month.
   */
  series?: (ctx: AppContext, scope: FigureScope) => Promise<FigurePoint[]>;
  /** True when `compute` honours `scope.areaId`; a figure without it is not shown for one area. */
  byArea?: boolean;
}

/** Which case a module is asked about. */
export interface CaseRef {
  kommuneId: string;
  caseId: string;
}

/**
 * A document a module holds on a case (sagsakt), for the case bundle sent to the appeals body: the complaint,
 * the decision, the notes marked for it, the letters sent. `order` places it among the others
 * (lowest first); `body` is plain text, paragraphs separated by a blank line.
 */
export interface CaseDocument {
  kind: string;
  title: string;
  date: IsoDate | null;
  body: string;
  order: number;
}

/**
 * A way in that a module offers on the kommune's citizen home (/k/{kommunekode}): a section with a heading, a
 * line of text and a link (e.g. book a meeting, our service goals, hearings). Texts are i18n keys.
 */
export interface CitizenLink {
  key: string;
  heading: string;
  text: string;
  label: string;
  /** The link, from the kommune's code ('0101'). */
  href: (kommunekode: string) => string;
  /** Place among the other sections (lowest first). */
  order: number;
}

/** The kommune, period and reader a public service-goal section is loaded for. */
export interface PublicGoalScope {
  kommuneId: string;
  from: IsoDate;
  to: IsoDate; // inclusive
  locale: Locale;
}

/**
 * One goal on the public service-goal page (servicemål), beside its measured practice. Totals only: a goal
 * measured on fewer than 5 has no share and no count (`tooFew`), so no person can be singled out. The texts are
 * in the reader's language (a goal's name may be the kommune's own data, e.g. a service type).
 */
export interface PublicGoalRow {
  key: string;
  label: string;
  /** The promise as read ("Højst 10 minutters ventetid"). */
  promise: string;
  share: number | null;
  count: number | null;
  tooFew: boolean;
  /** The practice as read (the median, "8 minutter"); null when too few or nothing measured. */
  actual: string | null;
}

/** A section a module adds to the public service-goal page: its heading, what its count counts, its goals. */
export interface PublicGoalSection {
  key: string;
  heading: string;
  /** The heading of the count column ("Antal besøg"). */
  countHeading: string;
  /** What a row measured on too few says ("Færre end 5 besøg — for få til at vise en andel"). */
  tooFewText: string;
  rows: PublicGoalRow[];
}

/** A module's source of a section on the public service-goal page; null when it has nothing to show. */
export interface PublicGoalSource {
  key: string;
  /** Place among the other modules' sections (lowest first). */
  order: number;
  load: (ctx: AppContext, scope: PublicGoalScope) => Promise<PublicGoalSection | null>;
}

/**
 * What a module adds to one case as the case API returns it (GET /api/v1/cases/{caseNumber}): one top-level key
 * with its schema (for the response and the OpenAPI document) and how to load it. `load` answers null when the
 * module has nothing to say about the case. The module that serves the case never names the contributor.
 */
export interface CaseDetailContribution {
  key: string;
  schema: TSchema;
  load: (ctx: AppContext, ref: CaseRef) => Promise<unknown>;
}

/**
 * What a module strips from the cases being anonymised (the retention job, erasure under GDPR art. 17): its own
 * free text and documents on them, keeping kinds and dates so the statistics survive. Runs inside the
 * anonymisation's transaction (`sql`), after the case itself is anonymised; it must not read beside it.
 */
export type CaseAnonymiser = (sql: SqlRunner, caseIds: readonly string[], now: Date) => Promise<void>;

/** What the platform folds together from all modules, handed to each module's routes. */
export interface Declared {
  figures: readonly FigureDefinition[];
  /** The sections modules add to the kommune's citizen home, in order. */
  citizenLinks: readonly CitizenLink[];
  /** Every module's documents on one case, in bundle order. */
  caseDocuments: (ctx: AppContext, ref: CaseRef) => Promise<CaseDocument[]>;
  /** What modules add to the case as the API returns it, each under its own key. */
  caseDetails: readonly CaseDetailContribution[];
  /** Every contribution loaded for one case: key → value (null where a module has nothing). */
  loadCaseDetails: (ctx: AppContext, ref: CaseRef) => Promise<Record<string, unknown>>;
  /** Every module's sections on the public service-goal page, in order (those with nothing left out). */
  publicGoals: (ctx: AppContext, scope: PublicGoalScope) => Promise<PublicGoalSection[]>;
}

export interface ModuleDefinition {
  name: string;
  /** Its routes (under its own paths); `declared` gives what other modules declare (figures, case documents). */
  routes?: (app: App, ctx: AppContext, declared: Declared) => Promise<void> | void;
  /** Its messages, Danish and English. */
  messages?: readonly MessageSet[];
  /** Its mail and SMS templates. */
  templates?: TemplateSet;
  /** Its policy rules (sentence-like, in its policies.ts, with its table-driven test). */
  policies?: RuleSet;
  jobs?: readonly JobDefinition[];
  seed?: readonly SeedStep[];
  /** Its Drizzle tables (its tables.ts); drizzle.config.ts reads the same files. */
  tables?: Record<string, unknown>;
  /** Keys of the panels it adds to the case page (their components are in its ui/manifest.ts). */
  casePanels?: readonly string[];
  figures?: readonly FigureDefinition[];
  /** Its sections on the kommune's citizen home. */
  citizenLinks?: readonly CitizenLink[];
  /** Its documents on a case, for the case bundle. */
  caseDocuments?: (ctx: AppContext, ref: CaseRef) => Promise<CaseDocument[]>;
  /** What it adds to the case as the case API returns it. */
  caseDetails?: readonly CaseDetailContribution[];
  /** What it strips when a case is anonymised. */
  anonymise?: CaseAnonymiser;
  /** Its sections on the public service-goal page. */
  publicGoals?: readonly PublicGoalSource[];
}

export const defineModule = <const M extends ModuleDefinition>(m: M): M => m;

export interface AssembledModules {
  modules: readonly ModuleDefinition[];
  jobs: readonly JobDefinition[];
  seed: readonly SeedStep[];
  figures: readonly FigureDefinition[];
  casePanels: readonly string[];
  declared: Declared;
  routes: (app: App, ctx: AppContext) => Promise<void>;
}

/**
 * Folds the modules' declarations together and installs the shared ones (messages, policies, templates).
 * Refuses two modules of one name, and a job queue, figure, case panel, citizen link or public goal section
 * declared twice.
 */
export function assembleModules(modules: readonly ModuleDefinition[]): AssembledModules {
  unique(
    modules.map((m) => m.name),
    'module',
  );
  for (const m of modules) {
    installAnonymiser(m.name, m.anonymise);
    installMessages(m.name, m.messages ?? []);
    installPolicies(m.name, m.policies ?? {});
    if (m.templates) installTemplates(m.name, m.templates);
  }
  const jobs = modules.flatMap((m) => m.jobs ?? []);
  const figures = modules.flatMap((m) => m.figures ?? []);
  const casePanels = modules.flatMap((m) => m.casePanels ?? []);
  unique(
    jobs.map((j) => j.queue),
    'job queue',
  );
  unique(
    figures.map((f) => f.key),
    'figure',
  );
  unique(casePanels, 'case panel');
  const citizenLinks = modules.flatMap((m) => m.citizenLinks ?? []).sort((a, b) => a.order - b.order);
  unique(
    citizenLinks.map((l) => l.key),
    'citizen link',
  );
  const documentSources = modules.flatMap((m) => (m.caseDocuments ? [m.caseDocuments] : []));
  const caseDetails = modules.flatMap((m) => m.caseDetails ?? []);
  unique(
    caseDetails.map((d) => d.key),
    'case detail',
  );
  const goalSources = modules.flatMap((m) => m.publicGoals ?? []).sort((a, b) => a.order - b.order);
  unique(
    goalSources.map((g) => g.key),
    'public goal section',
  );
  const declared: Declared = {
    caseDetails,
    loadCaseDetails: async (ctx, ref) =>
      Object.fromEntries(
        await Promise.all(caseDetails.map(async (d) => [d.key, (await d.load(ctx, ref)) ?? null] as const)),
      ),
    figures,
    citizenLinks,
    caseDocuments: async (ctx, ref) =>
      (await Promise.all(documentSources.map((source) => source(ctx, ref))))
        .flat()
        .sort((a, b) => a.order - b.order),
    publicGoals: async (ctx, scope) =>
      (await Promise.all(goalSources.map((g) => g.load(ctx, scope)))).filter(
        (s): s is PublicGoalSection => s !== null,
      ),
  };
  return {
    modules,
    jobs,
    seed: modules.flatMap((m) => m.seed ?? []).sort((a, b) => a.order - b.order),
    figures,
    casePanels,
    declared,
    routes: async (app, ctx) => {
      for (const m of modules) await m.routes?.(app, ctx, declared);
    },
  };
}

const anonymisers = new Map<string, CaseAnonymiser>(); // by module name, like the policies

function installAnonymiser(moduleName: string, fn: CaseAnonymiser | undefined): void {
  if (fn) anonymisers.set(moduleName, fn);
  else anonymisers.delete(moduleName);
}

/**
 * Runs every module's anonymiser on the cases, one after the other in the caller's transaction (one connection
 * on PGlite). The module that anonymises cases calls it; it never names the modules that answer.
 */
export async function anonymiseModuleData(
  sql: SqlRunner,
  caseIds: readonly string[],
  now: Date,
): Promise<void> {
  if (caseIds.length === 0) return;
  for (const fn of anonymisers.values()) await fn(sql, caseIds, now);
}

function unique(names: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new Error(`The ${what} ${n} is declared twice`);
    seen.add(n);
  }
}
