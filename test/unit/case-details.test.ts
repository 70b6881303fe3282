// The module contract's `caseDetails`: what modules add to the case API, folded by key, loaded together, and
// refused when two modules claim one key.
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/platform/context.js';
import { assembleModules, defineModule } from '../../src/platform/module.js';

const ctx = {} as AppContext;
const ref = { kommuneId: '259', caseId: 'c1' };

describe('caseDetails', () => {
  it('loads every contribution under its own key, null where a module has nothing', async () => {
    const p = assembleModules([
      defineModule({
        name: 'test-a',
        caseDetails: [
          { key: 'alpha', schema: Type.Object({ n: Type.Integer() }), load: async () => ({ n: 1 }) },
        ],
      }),
      defineModule({
        name: 'test-b',
        caseDetails: [{ key: 'beta', schema: Type.String(), load: async () => undefined }],
      }),
    ]);
    expect(p.declared.caseDetails.map((d) => d.key)).toEqual(['alpha', 'beta']);
    expect(await p.declared.loadCaseDetails(ctx, ref)).toEqual({ alpha: { n: 1 }, beta: null });
  });

  it('refuses one key declared by two modules', () => {
    const detail = { key: 'same', schema: Type.String(), load: async () => 'x' };
    expect(() =>
      assembleModules([
        defineModule({ name: 'test-c', caseDetails: [detail] }),
        defineModule({ name: 'test-d', caseDetails: [detail] }),
      ]),
    ).toThrow('The case detail same is declared twice');
  });
});
