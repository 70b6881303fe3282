// The module boundaries, checked on every import in the code: the platform, the adapters, the i18n layer and
// the staff app's shell never reach into a module (the shell gets its pages from the list in
// src/modules/ui.ts), and a module uses another only through its public files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const MODULES_DIR = 'src/modules';

/** What a module offers the others: its functions, its tables (for joins and foreign keys), its rules. */
const PUBLIC_FILES = ['index.ts', 'ui/index.ts', 'tables.ts', 'policies.ts'];
/** The lists that name the modules, and what only they may import: the manifests. */
const LISTS = ['src/modules/index.ts', 'src/modules/ui.ts'];
const MANIFESTS = ['module.ts', 'ui/manifest.ts'];
/** Folders that may not name a module; the shell may read the lists. */
const SHARED = ['src/platform', 'src/adapters', 'src/i18n', 'web/src/app'];

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((f) => {
    const p = `${dir}/${f}`;
    return statSync(join(root, p)).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });

/** The relative import specifiers of a file's text (static, dynamic and re-exports). */
function importsOf(text: string): string[] {
  const found = text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...found].map((m) => m[1]!);
}

/** The file an import points at, relative to the repository, with .ts for .js. */
const target = (file: string, spec: string) =>
  relative(root, resolve(root, dirname(file), spec)).replace(/\.js$/, '.ts');

/** The module a path belongs to; the lists directly in src/modules belong to none. */
const moduleOf = (path: string) => {
  const parts = path.startsWith(`${MODULES_DIR}/`) ? path.slice(MODULES_DIR.length + 1).split('/') : [];
  return parts.length > 1 ? parts[0] : undefined;
};

/** Why an import from `file` to `to` crosses a boundary, or null if it may. */
function violation(file: string, to: string): string | null {
  const into = moduleOf(to);
  const isList = LISTS.includes(to) || LISTS.includes(to.replace(/\.ts$/, '.tsx'));
  if (SHARED.some((d) => file.startsWith(`${d}/`))) {
    if (file.startsWith('web/src/app/') && isList) return null;
    if (into || isList) return `${file} names a module (${to})`;
    return null;
  }
  if (!into) return null;
  const from = moduleOf(file);
  if (from === into) return null;
  const inside = to.slice(`${MODULES_DIR}/${into}/`.length).replace(/\.tsx$/, '.ts');
  if (PUBLIC_FILES.includes(inside)) return null;
  if (MANIFESTS.includes(inside) && LISTS.includes(file)) return null;
  return `${file} reaches into ${into}'s ${inside} (use its index.ts)`;
}

function violations(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    importsOf(readFileSync(join(root, file), 'utf8'))
      .map((spec) => violation(file, target(file, spec)))
      .filter((v): v is string => v !== null),
  );
}

describe('module boundaries', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('web/src')];

  it('finds the code it checks', () => {
    expect(files).toContain('src/platform/policies.ts');
    expect(files).toContain('src/modules/cases/index.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('keeps the platform, the adapters, the i18n layer and the staff shell free of module names', () => {
    expect(violations(files.filter((f) => SHARED.some((d) => f.startsWith(`${d}/`))))).toEqual([]);
  });

  it('lets a module use another only through its index.ts (and its tables and rules)', () => {
    expect(violations(files.filter((f) => f.startsWith(`${MODULES_DIR}/`)))).toEqual([]);
  });

  it.each([
    ['src/platform/jobs.ts', 'src/modules/index.ts', false],
    ['src/platform/x.ts', 'src/modules/cases/queue.ts', false],
    ['src/i18n/catalog.ts', 'src/modules/intake/messages.ts', false],
    ['web/src/app/pages.ts', 'src/modules/cases/ui/pages.ts', false],
    ['web/src/app/pages.ts', 'src/modules/ui.ts', true],
    ['src/modules/dialogue/attempts.ts', 'src/modules/cases/timeline.ts', false],
    ['src/modules/dialogue/attempts.ts', 'src/modules/cases/index.ts', true],
    ['src/modules/dialogue/ui/ContactPanel.tsx', 'src/modules/cases/ui/labels.ts', false],
    ['src/modules/dialogue/ui/ContactPanel.tsx', 'src/modules/cases/ui/index.ts', true],
    ['src/modules/dialogue/tables.ts', 'src/modules/cases/tables.ts', true],
    ['src/modules/dialogue/module.ts', 'src/modules/cases/module.ts', false],
    ['src/modules/index.ts', 'src/modules/cases/module.ts', true],
    ['src/modules/cases/case.ts', 'src/modules/cases/queue.ts', true],
  ] as const)('judges an import from %s of %s (allowed: %s)', (file, to, allowed) => {
    expect(violation(file, to) === null).toBe(allowed);
  });

  it('reads static, dynamic and re-exporting imports', () => {
    const text = [
      "import { a } from '../x/a.js';",
      "import type { B } from './b.js';",
      "import './side-effect.js';",
      "export { c } from '../c.js';",
      "const d = await import('../../d.js');",
      "import { e } from 'fastify';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['../x/a.js', './b.js', './side-effect.js', '../c.js', '../../d.js']);
  });
});
