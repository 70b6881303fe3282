import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
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

  it('lets no Danish text reach a user except through the message catalogs', () => {
    expect(danishLiterals()).toEqual([]);
  });

  it('catches a Danish literal in an error, in JSX and in a template string, but not in comments or catalogs', () => {
    const found = danishLiteralsIn(
      'src/modules/example/api.tsx',
      [
        '// Borgeren findes ikke: a comment may say so',
        "throw notFound('Borgeren findes ikke');",
        'const el = <p>Sagen er lukket</p>;',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template string, as test input
        'const s = `Vi ringer ${when}, så vær klar`;',
        "app.get('/k/:kommunekode/henvendelse', { schema: { summary: 'Make an agreement (aftale)' } });",
        "const key = 'dialogue.refusal.reason_required';",
      ].join('\n'),
    );
    expect(found.map((f) => f.text)).toEqual([
      'Borgeren findes ikke',
      'Sagen er lukket',
      'Vi ringer ',
      ', så vær klar',
    ]);
    expect(
      danishLiteralsIn('src/modules/example/messages.ts', "const m = { a: 'Borgeren findes ikke' };"),
    ).toEqual([]);
  });

  it('fills in parameters and falls back to the key', () => {
    const t = translator(CATALOG, 'da');
    expect(t('dialogue.refusal.illegal_transition', { from: 'a', to: 'b' })).toBe(
      'Sagen kan ikke gå fra "a" til "b".',
    );
    expect(t('no.such.key')).toBe('no.such.key');
  });
});

// Danish letters, or a word only Danish text has (every one of these appears in the catalogs).
const DANISH =
  /[æøåÆØÅ]|\b(ikke|og|sagen|sager|borger|borgeren|skriv|vælg|findes|ugyldig|forkert|adgang|igen|kommunen|henvendelse|klage|aftale|samtale|fundet|du|din|dit|dine|jeres|kan|skal|har|til|fra|med|der|som|eller|vi|ingen|mangler|fejl|venligst|tak|log ind)\b/i;

/**
 * Where Danish words belong: the message catalogs, mail/SMS templates (templates.ts), the demo data (seed/), and
 * KLE's own names of its main groups (reference data, shown as KL publishes them).
 */
const isCatalog = (rel: string) =>
  rel === 'src/modules/admin/kle.ts' ||
  /messages[^/]*\.ts$/.test(rel) ||
  rel.startsWith('src/i18n/') ||
  /(^|\/)templates\.ts$/.test(rel) ||
  /(^|\/)seed(\/|\.ts$)/.test(rel);

/**
 * Danish on purpose, each for its reason — not text a user reads in a sentence. A new entry is a reviewed decision.
 * Keyed by file and the literal itself.
 */
const ALLOWED: Record<string, string> = {
  // A deponent verb the plain-language check must not take for a passive (grammar data, never shown).
  'src/core/plain-language.ts|findes': 'word list',
  // Proper names of the Danish public holidays (helligdagsloven), shown as such in both languages.
  'src/core/calendar.ts|Nytårsdag': 'name',
  'src/core/calendar.ts|Skærtorsdag': 'name',
  'src/core/calendar.ts|Påskedag': 'name',
  'src/core/calendar.ts|2. påskedag': 'name',
  // The calendar's own da/en tables of weekday and month names.
  'src/core/calendar.ts|søndag': 'table',
  'src/core/calendar.ts|lørdag': 'table',
  // The audit log's purpose code for reading the queue, a stored code rather than text.
  'src/modules/cases/queue.ts|kø': 'code',
  // The audit log's purpose codes (formål) of a citizen's access request and of the search that answers it.
  'src/modules/privacy/access.ts|indsigtsbegæring': 'code',
  'src/modules/privacy/find.ts|indsigt og sletning': 'code',
  // The redaction's placeholder for a date of birth: part of the API's contract, the same in both languages.
  'src/core/redaction.ts|[fødselsdato]': 'code',
  // The audit log's purpose codes (formål) of making a learning case and of a colleague's feedback.
  // The SMS sender name when SMS_SENDER is unset: a setting, overridden per kommune.
  'src/platform/config.ts|Kommunen': 'setting',
};

interface Literal {
  file: string;
  line: number;
  text: string;
}

/** URL paths (/sager/…, /k/:kommunekode/henvendelse) are addresses, not text. */
const isPath = (text: string) => /^\/[\w/:.-]*$/.test(text);

/** API documentation is English, with the Danish domain word in brackets where it helps. */
function isApiDoc(node: ts.Node): boolean {
  let parent = node.parent;
  // A description written as 'one' + 'line' + 'after another'.
  while (parent && (ts.isBinaryExpression(parent) || ts.isParenthesizedExpression(parent)))
    parent = parent.parent;
  return (
    parent !== undefined &&
    ts.isPropertyAssignment(parent) &&
    ['summary', 'description'].includes(parent.name.getText().replace(/['"]/g, ''))
  );
}

function danishLiteralsIn(rel: string, source: string): Literal[] {
  if (isCatalog(rel)) return [];
  const kind = rel.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(rel, source, ts.ScriptTarget.Latest, true, kind);
  const found: Literal[] = [];
  const visit = (node: ts.Node) => {
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)
        ? node.text
        : ts.isJsxText(node)
          ? node.text.trim()
          : undefined;
    if (
      text &&
      DANISH.test(text) &&
      !isPath(text) &&
      !isApiDoc(node) &&
      !ts.isImportDeclaration(node.parent) &&
      !(`${rel}|${text}` in ALLOWED)
    ) {
      found.push({ file: rel, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function danishLiterals(): Literal[] {
  return [...files(join(root, 'src')), ...files(join(root, 'web/src'))].flatMap((f) =>
    danishLiteralsIn(relative(root, f), readFileSync(f, 'utf8')),
  );
}
