// The module lists: the server's (src/modules/index.ts) and the staff app's (src/modules/ui.ts) say the same
// about each module, and the platform folds their declarations together without losing or doubling any.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
import { MODULES, PLATFORM } from '../../src/modules/index.js';
import { STAFF_UI, UI_MODULES } from '../../src/modules/ui.js';
import { assembleModules, defineModule, type ModuleDefinition } from '../../src/platform/module.js';
import { installedActions } from '../../src/platform/policies.js';
import type { UiModule } from '../../src/platform/ui.js';

const keysOf = (sets: readonly { da: Record<string, string> }[] | undefined) =>
  (sets ?? []).flatMap((s) => Object.keys(s.da)).sort();

/** The rules a module declares; not every module has any. */
const rulesOf = (m: object): string[] =>
  Object.keys((m as { policies?: Record<string, unknown> }).policies ?? {}).sort();
describe('the module lists', () => {
  it('name the same modules, in the same order', () => {
    expect(UI_MODULES.map((m) => m.name)).toEqual(MODULES.map((m) => m.name));
  });

  // Read through the contracts: six modules' literal types are more than TypeScript folds into one union.
  it.each(MODULES.map((m): [string, ModuleDefinition] => [m.name, m]))(
    'give %s the same messages and rules on both sides',
    (name, m) => {
      const ui: UiModule = UI_MODULES.find((u) => u.name === name)!;
      expect(keysOf(ui.messages)).toEqual(keysOf(m.messages));
      expect(rulesOf(ui)).toEqual(rulesOf(m));
    },
  );

  it('give every case panel a module declares a component in the staff app, and no other', () => {
    expect(STAFF_UI.casePanels.map((p) => p.key).sort()).toEqual([...PLATFORM.casePanels].sort());
  });

  it('install every rule the modules declare', () => {
    const declared = MODULES.flatMap((m: ModuleDefinition) => rulesOf(m));
    expect(installedActions().sort()).toEqual(declared.sort());
  });

  it('give every dashboard figure a name in Danish and English', () => {
    const da = Object.assign({}, ...CATALOG.map((s) => s.da)) as Record<string, string>;
    const en = Object.assign({}, ...CATALOG.map((s) => s.en)) as Record<string, string>;
    expect(PLATFORM.figures.map((f) => f.key)).toEqual(
      expect.arrayContaining(['cases.first_contact_on_time', 'dialogue.resolved_in_dialogue']),
    );
    for (const f of PLATFORM.figures) {
      expect(da[f.label], f.label).toBeTruthy();
      expect(en[f.label], f.label).toBeTruthy();
    }
  });

  it('run the seed steps in their declared order: the organisation before the cases', () => {
    const names = PLATFORM.seed.map((s) => s.name);
    expect(names.indexOf('organisation')).toBeLessThan(names.indexOf('cases'));
  });
});

describe('assembling modules', () => {
  const job = { queue: 'x.work', handler: async () => {} };

  it('refuses two modules of one name', () => {
    expect(() => assembleModules([defineModule({ name: 'twin' }), defineModule({ name: 'twin' })])).toThrow(
      /module twin is declared twice/,
    );
  });

  it('refuses a job queue two modules both declare', () => {
    expect(() =>
      assembleModules([
        defineModule({ name: 'one', jobs: [job] }),
        defineModule({ name: 'two', jobs: [job] }),
      ]),
    ).toThrow(/job queue x.work is declared twice/);
  });

  it('folds the public service-goal sections in order, leaves out an empty one, and refuses a key twice', async () => {
    const section = (key: string) => ({
      key,
      heading: key,
      countHeading: 'n',
      tooFewText: 'few',
      rows: [],
    });
    const source = (key: string, order: number, empty = false) => ({
      key,
      order,
      load: async () => (empty ? null : section(key)),
    });
    const assembled = assembleModules([
      defineModule({ name: 'late', publicGoals: [source('late.goals', 30)] }),
      defineModule({
        name: 'early',
        publicGoals: [source('early.goals', 10), source('early.none', 5, true)],
      }),
    ]);
    const scope = { kommuneId: '259', from: '2026-01-01', to: '2026-12-01', locale: 'da' as const };
    const sections = await assembled.declared.publicGoals({} as never, scope);
    expect(sections.map((s) => s.key)).toEqual(['early.goals', 'late.goals']);
    expect(() =>
      assembleModules([
        defineModule({ name: 'one', publicGoals: [source('x.goals', 1)] }),
        defineModule({ name: 'two', publicGoals: [source('x.goals', 2)] }),
      ]),
    ).toThrow(/public goal section x.goals is declared twice/);
  });
});
