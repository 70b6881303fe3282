// Migration 0026 on the engine under test (PGlite, or PostgreSQL with TEST_DATABASE_URL): the training sessions
// registered before courses existed are moved into one course per department, and one kommune-wide course for
// the kommune-wide sessions, per kommune; each session keeps its department, participants and attendance.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/adapters/db/client.js';
import { freshDatabase } from '../support/harness.js';

const COURSES = '0026_learning_courses';
let dbh: DbHandle;
let drop: () => Promise<void>;
let before: string;

beforeAll(async () => {
  ({ dbh, drop } = await freshDatabase());
  // The migrations as they were before courses: the folder with the journal cut before 0026.
  before = await mkdtemp(join(tmpdir(), 'bd-migrations-'));
  await cp(join(process.cwd(), 'drizzle'), before, { recursive: true });
  const journalFile = join(before, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < COURSES);
  await writeFile(journalFile, JSON.stringify(journal));
  const migrate = dbh.engine === 'pglite' ? migratePglite : migratePg;
  await migrate(dbh.db as never, { migrationsFolder: before });
}, 120_000);
afterAll(async () => {
  await dbh?.close();
  await drop?.();
  if (before) await rm(before, { recursive: true, force: true });
});

describe('migration 0026: courses', () => {
  it('moves the existing sessions into a course per department and kommune, keeping their attendance', async () => {
    const sql = dbh.sql.bind(dbh);
    for (const k of ['259', '230'])
      await sql(
        `INSERT INTO kommuner (kommune_id, name, accessibility_url, closed_month_days)
         VALUES ($1, $2, 'https://borgerdialog.invalid/was', '[]'::jsonb)`,
        [k, `Kommune ${k}`],
      );
    const dept = async (k: string, name: string) =>
      (
        await sql<{ id: string }>('INSERT INTO departments (kommune_id, name) VALUES ($1, $2) RETURNING id', [
          k,
          name,
        ])
      )[0]!.id;
    const velfaerd = await dept('259', 'Velfærd');
    const teknik = await dept('259', 'Teknik og Miljø');
    const other = await dept('230', 'Velfærd');
    const [user] = await sql<{ id: string }>(
      `INSERT INTO users (kommune_id, email, name, role, department_id)
       VALUES ('259', 'kursist@koege.demo', 'Kirsten Kursist', 'caseworker', $1) RETURNING id`,
      [velfaerd],
    );
    const session = async (k: string, departmentId: string | null, kind: string, heldOn: string) =>
      (
        await sql<{ id: string }>(
          `INSERT INTO training_sessions (kommune_id, department_id, kind, title, held_on)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [k, departmentId, kind, `${kind} ${heldOn}`, heldOn],
        )
      )[0]!.id;
    const v1 = await session('259', velfaerd, 'kickoff', '2026-09-01');
    const v2 = await session('259', velfaerd, 'training_day', '2026-09-15');
    const t1 = await session('259', teknik, 'training_day', '2026-10-01');
    const w1 = await session('259', null, 'introduction', '2026-10-10');
    const w2 = await session('259', null, 'introduction', '2026-11-10');
    const o1 = await session('230', other, 'kickoff', '2026-09-01');
    await sql(
      `INSERT INTO training_participants (session_id, user_id, kommune_id, attended) VALUES ($1, $2, '259', true)`,
      [v2, user!.id],
    );

    await dbh.migrate();

    const courses = await sql<{ id: string; kommuneId: string; departmentId: string | null; title: string }>(
      'SELECT id, kommune_id AS "kommuneId", department_id AS "departmentId", title FROM training_courses',
    );
    const sorted = (rows: (string | null)[][]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sorted(courses.map((c) => [c.kommuneId, c.departmentId, c.title]))).toEqual(
      sorted([
        ['230', other, 'Forløb i metoden – Velfærd'],
        ['259', null, 'Forløb i metoden – hele kommunen'],
        ['259', teknik, 'Forløb i metoden – Teknik og Miljø'],
        ['259', velfaerd, 'Forløb i metoden – Velfærd'],
      ]),
    );
    const courseOf = async (id: string) =>
      (
        await sql<{ courseId: string; departmentId: string | null }>(
          'SELECT course_id AS "courseId", department_id AS "departmentId" FROM training_sessions WHERE id = $1',
          [id],
        )
      )[0]!;
    const byDept = (k: string, d: string | null) =>
      courses.find((c) => c.kommuneId === k && c.departmentId === d)!.id;
    for (const [id, k, d] of [
      [v1, '259', velfaerd],
      [v2, '259', velfaerd],
      [t1, '259', teknik],
      [w1, '259', null],
      [w2, '259', null],
      [o1, '230', other],
    ] as const)
      expect(await courseOf(id)).toEqual({ courseId: byDept(k, d), departmentId: d });
    expect(
      await sql('SELECT attended FROM training_participants WHERE session_id = $1 AND user_id = $2', [
        v2,
        user!.id,
      ]),
    ).toEqual([{ attended: true }]);
    // From now on a session belongs to a course.
    await expect(
      sql(
        `INSERT INTO training_sessions (kommune_id, kind, title, held_on)
         VALUES ('259', 'kickoff', 'Uden forløb', '2026-12-01')`,
      ),
    ).rejects.toThrow();
  });
});
