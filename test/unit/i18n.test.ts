import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
import { translator } from '../../src/i18n/index.js';
import '../../src/modules/index.js';
import { templateTexts } from '../../src/platform/templates.js';

const root = join(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });

// The catalog serves pages and the staff app; message templates are rendered by the server only.
const sets = [...CATALOG, ...templateTexts()];
const da = Object.assign({}, ...sets.map((s) => s.da)) as Record<string, string>;
const en = Object.assign({}, ...sets.map((s) => s.en)) as Record<string, string>;

describe('messages', () => {
  it('has every Danish key in English and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
    for (const [k, v] of [...Object.entries(da), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });

  it('defines every key the code asks for with t(…)', () => {
    const used = new Set<string>();
    for (const f of [...files(join(root, 'src')), ...files(join(root, 'web/src'))]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-z][\w-]*(?:\.[\w-]+)+)'/g))
        used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !(k in da))).toEqual([]);
  });

  it('fills in parameters and falls back to the key', () => {
    const t = translator(CATALOG, 'da');
    expect(t('dialogue.refusal.illegal_transition', { from: 'a', to: 'b' })).toBe(
      'Sagen kan ikke gå fra "a" til "b".',
    );
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
