// The module lists: the server's (src/modules/index.ts) and the staff app's (src/modules/ui.ts) say the same
// about each module, and the platform folds their declarations together without losing or doubling any.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
import { MODULES, PLATFORM } from '../../src/modules/index.js';
import { STAFF_UI, UI_MODULES } from '../../src/modules/ui.js';
import { assembleModules, defineModule } from '../../src/platform/module.js';
import { installedActions } from '../../src/platform/policies.js';

const keysOf = (sets: readonly { da: Record<string, string> }[] | undefined) =>
  (sets ?? []).flatMap((s) => Object.keys(s.da)).sort();

describe('the module lists', () => {
  it('name the same modules, in the same order', () => {
    expect(UI_MODULES.map((m) => m.name)).toEqual(MODULES.map((m) => m.name));
  });

  it.each(MODULES.map((m) => [m.name, m] as const))(
    'give %s the same messages and rules on both sides',
    (name, m) => {
      const ui = UI_MODULES.find((u) => u.name === name)!;
      expect(keysOf(ui.messages)).toEqual(keysOf(m.messages));
      expect(Object.keys(ui.policies ?? {}).sort()).toEqual(Object.keys(m.policies ?? {}).sort());
    },
  );

  it('give every case panel a module declares a component in the staff app, and no other', () => {
    expect(STAFF_UI.casePanels.map((p) => p.key).sort()).toEqual([...PLATFORM.casePanels].sort());
  });

  it('install every rule the modules declare', () => {
    const declared = MODULES.flatMap((m) => Object.keys(m.policies ?? {}));
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
});
