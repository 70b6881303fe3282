// The staff app's pure parts: labels for every code the API returns, routing, the menu (and that it asks the
// API's own rules), query strings, dates.
import { describe, expect, it } from 'vitest';
import { CASE_KINDS, CASE_STATES, outcomeMoves } from '../../src/core/workflow.js';
import { CATALOG } from '../../src/i18n/catalog.js';
// The staff app's modules, whose messages the catalog holds once they are installed.
import '../../src/modules/ui.js';
import { can, ROLES } from '../../src/platform/policies.js';
import { query } from '../../web/src/app/api.js';
import { formatDate } from '../../web/src/app/format.js';
import {
  actorOf,
  currentFor,
  homePathFor,
  mayOpen,
  NO_PAGES_PATH,
  pagesFor,
  sectionOf,
} from '../../web/src/app/navigation.js';
import { STAFF_PAGES } from '../../web/src/app/pages.js';
import { match } from '../../web/src/app/router.js';

const DEADLINE_STATUSES = ['met', 'missed', 'due_today', 'overdue', 'pending'];
const da: Record<string, string> = Object.assign({}, ...CATALOG.map((s) => s.da));
const en: Record<string, string> = Object.assign({}, ...CATALOG.map((s) => s.en));

describe('staff app labels', () => {
  const keys = [
    ...CASE_STATES.map((s) => `dialogue.state.${s}`),
    ...CASE_KINDS.map((k) => `dialogue.kind.${k}`),
    ...DEADLINE_STATUSES.map((s) => `dialogue.ui.deadline.${s}`),
    ...ROLES.map((r) => `common.role.${r}`),
  ];

  it.each(keys)('has a Danish and an English label for %s', (key) => {
    expect(da[key]).toBeTruthy();
    expect(en[key]).toBeTruthy();
  });

  it('labels exactly the moves the outcome buttons can offer, in Danish and English', () => {
    // Every state an outcome move reaches (the loop's and the formal track's moves are no buttons).
    const offered = new Set(
      CASE_KINDS.flatMap((kind) =>
        CASE_STATES.flatMap((state) => [0, 1].flatMap((open) => outcomeMoves({ kind, state }, open))),
      ).map((m) => m.to),
    );
    const labelled = (catalog: Record<string, string>) =>
      new Set(
        Object.keys(catalog)
          .filter((k) => k.startsWith('dialogue.ui.move.'))
          .map((k) => k.slice('dialogue.ui.move.'.length)),
      );
    expect([...labelled(da)].sort()).toEqual([...offered].sort());
    expect([...labelled(en)].sort()).toEqual([...offered].sort());
  });

  it('gives the e2e suite its stable Danish names', () => {
    expect([da['common.login.email'], da['common.login.password'], da['common.login.submit']]).toEqual([
      'E-mail',
      'Adgangskode',
      'Log ind',
    ]);
    expect(da['dialogue.ui.queue.title']).toBe('Sager');
    expect(da['dialogue.ui.assignToMe']).toBe('Tildel mig');
  });
});

describe('match', () => {
  it('reads the case number from a case path', () => {
    expect(match('/sager/:caseNumber', '/sager/259-2026-000001')).toEqual({ caseNumber: '259-2026-000001' });
  });

  it('refuses a path with more or fewer segments', () => {
    expect(match('/sager/:caseNumber', '/sager')).toBeNull();
    expect(match('/sager/:caseNumber', '/sager/1/2')).toBeNull();
    expect(match('/sager/:caseNumber', '/sager/')).toBeNull();
  });
});

describe('query', () => {
  it('leaves out empty and unticked filters', () => {
    expect(query({ area: '', team: 't1', mine: false })).toBe('?team=t1');
    expect(query({ area: '', mine: false })).toBe('');
    expect(query({ mine: true })).toBe('?mine=true');
  });
});

describe('formatDate', () => {
  it('shows a calendar date as that day, whatever the time zone', () => {
    expect(formatDate('2026-12-03', 'en')).toMatch(/^3 Dec/);
    expect(formatDate('2026-12-03', 'da')).toMatch(/^3\. dec/);
  });
});

describe('role navigation', () => {
  it.each([
    [
      'caseworker',
      [
        '/sager',
        '/soeg',
        '/registrer',
        '/overdragelser',
        '/haendelser',
        '/medarbejderpuls',
        '/sikre-moeder',
        '/borgerinddragelse',
        '/laering',
      ],
    ],
    [
      'team_lead',
      [
        '/sager',
        '/soeg',
        '/registrer',
        '/utilfredse-svar',
        '/overdragelser',
        '/team',
        '/effekt',
        '/haendelser',
        '/medarbejderpuls',
        '/sikre-moeder',
        '/pulsresultater',
        '/borgerinddragelse',
        '/laering',
        '/uddannelse',
      ],
    ],
    [
      'reception',
      ['/registrer', '/borgerservice', '/haendelser', '/medarbejderpuls', '/sikre-moeder', '/laering'],
    ],
    [
      'admin',
      [
        '/postkasse',
        '/admin/brugere',
        '/databeskyttelse',
        '/admin/organisation',
        '/admin/omraader',
        '/admin/kontakt',
        '/admin/kommune',
        '/borgerservice-ydelser',
        '/klageinstanser',
        '/admin/breve',
        '/afgoerelser',
        '/haendelser',
        '/digital-post',
        '/borgerinddragelse',
        '/laering',
        '/uddannelse',
      ],
    ],
    // Every staff member may register an incident: they are often the one exposed.
    ['analyst', ['/effekt', '/afgoerelser', '/haendelser', '/pulsresultater', '/laering', '/uddannelse']],
    ['safety', ['/haendelser', '/sikre-moeder', '/laering']],
  ])('gives %s the menu %j', (role, paths) => {
    expect(pagesFor(role).map((p) => p.path)).toEqual(paths);
  });

  it('sends each role to its first page, and roles without pages to the no-pages page', () => {
    expect(homePathFor('caseworker')).toBe('/sager');
    expect(homePathFor('reception')).toBe('/registrer');
    expect(homePathFor('admin')).toBe('/postkasse');
    expect(homePathFor('analyst')).toBe('/effekt');
    expect(homePathFor('citizen')).toBe(NO_PAGES_PATH);
  });

  it('refuses a page outside the role, a case included, and leaves unknown paths to the router', () => {
    expect(mayOpen('caseworker', '/postkasse')).toBe(false);
    expect(mayOpen('reception', '/sager/259-2026-000001')).toBe(false);
    expect(mayOpen('team_lead', '/sager/259-2026-000001')).toBe(true);
    expect(mayOpen('caseworker', '/findes-ikke')).toBe(true);
    expect(mayOpen('caseworker', '/sagerne')).toBe(true); // not inside /sager: a not-found page
  });

  it('marks the page itself and the section a page belongs to', () => {
    expect(currentFor('/sager', '/sager')).toBe('page');
    expect(currentFor('/sager', '/sager/259-2026-000001')).toBe('true');
    expect(currentFor('/sager', '/team')).toBeUndefined();
  });

  it('finds the section of a page inside it, and none for a look-alike path', () => {
    expect(sectionOf('/sager/259-2026-000001')?.path).toBe('/sager');
    expect(sectionOf('/sagerne')).toBeUndefined();
  });

  it('has a Danish and an English menu label for every page', () => {
    for (const p of STAFF_PAGES) {
      expect(da[p.label], p.label).toBeTruthy();
      expect(en[p.label], p.label).toBeTruthy();
    }
  });
});

describe('the menu and the policies agree', () => {
  it('lets each page require the action its API calls ask', () => {
    expect(Object.fromEntries(STAFF_PAGES.map((p) => [p.path, p.requires]))).toEqual({
      '/sager': 'case.list', // GET /api/v1/cases
      '/soeg': 'case.list', // POST /api/v1/cases/search
      '/registrer': 'case.register', // POST /api/v1/staff/cases
      '/team': 'team.overview', // GET /api/v1/team/overview
      '/postkasse': 'mailbox.read', // GET /api/v1/dev-mailbox
      '/databeskyttelse': 'retention.run', // GET /api/v1/privacy/retention
      '/admin/brugere': 'admin.open', // GET /api/v1/admin/users (asks admin.manage of the own kommune)
      '/admin/organisation': 'admin.open', // GET /api/v1/admin/organisation
      '/admin/omraader': 'admin.open', // GET /api/v1/admin/organisation
      '/admin/kontakt': 'admin.open', // GET /api/v1/admin/contacts
      '/admin/kommune': 'admin.open', // GET /api/v1/admin/settings
      '/haendelser': 'incident.register', // POST /api/v1/incidents (GET lists one's own: incident.list, the same staff)
      '/sikre-moeder': 'safetyPlan.list', // GET /api/v1/safety-plans
      '/klageinstanser': 'appealsBodies.manage', // PUT /api/v1/appeals-bodies/{areaCode}
      '/admin/breve': 'letter.templates', // GET /api/v1/letter-templates
      '/digital-post': 'digitalpost.outbox', // GET /api/v1/digital-post/dev-outbox
      '/cases': 'text.check', // the letter composer, reached from a case (not in the menu)
      '/laering': 'learning.read', // GET /api/v1/learning/cases
      '/uddannelse': 'training.read', // GET /api/v1/training
      '/effekt': 'insight.read', // GET /api/v1/insight/figures
      '/borgerservice': 'reception.desk', // GET /api/v1/reception/queue
      '/overdragelser': 'reception.handovers', // GET /api/v1/reception/handovers
      '/borgerservice-ydelser': 'reception.admin', // GET /api/v1/reception/service-types
      '/utilfredse-svar': 'survey.flags', // GET /api/v1/survey-flags
      '/medarbejderpuls': 'pulse.answer', // GET /api/v1/pulse/status
      '/pulsresultater': 'pulse.results', // GET /api/v1/pulse/results
      '/afgoerelser': 'decisions.import', // POST /api/v1/decision-volumes/import
      '/borgerinddragelse': 'participation.manage', // GET /api/v1/participation
    });
  });

  const rolesAndPages = ROLES.flatMap((role) => STAFF_PAGES.map((page) => ({ role, page, path: page.path })));

  it.each(rolesAndPages)('shows $path to $role exactly when the API would answer it', ({ role, page }) => {
    const allowed = can(actorOf(role), page.requires);
    expect(pagesFor(role).includes(page)).toBe(allowed && page.menu !== false);
    expect(mayOpen(role, page.path)).toBe(allowed);
    expect(mayOpen(role, `${page.path}/below`)).toBe(allowed);
  });

  it('orders the menu by the positions the modules give their pages', () => {
    const positions = STAFF_PAGES.map((p) => p.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(STAFF_PAGES.map((p) => p.path)).size).toBe(STAFF_PAGES.length);
  });
});
