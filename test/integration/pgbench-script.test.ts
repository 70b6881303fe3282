// The pgbench script bench/pgbench-intake.ts generates from intake's own statement, run the way pgbench runs it:
// each \set drawn, each :variable filled in. It must write what intake writes — otherwise the bench compares the
// app with some other statement.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgbenchScript, writePgbenchScript } from '../../bench/pgbench-intake.js';
import { BENCH_KOMMUNE, benchSubmission } from '../../bench/submission.js';
import { type Harness, startHarness } from '../support/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'bd-pgbench-test-'));
let h: Harness;
let script: PgbenchScript;
let text: string;
beforeAll(async () => {
  h = await startHarness();
  const [area] = await h.ctx.dbh.sql<{ id: string; departmentId: string; firstContactDays: number }>(
    `SELECT id, department_id AS "departmentId", first_contact_days AS "firstContactDays"
     FROM areas WHERE kommune_id = $1 AND code = $2`,
    [BENCH_KOMMUNE, benchSubmission.area],
  );
  script = writePgbenchScript(dir, area!);
  text = readFileSync(script.file, 'utf8');
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What pgbench does with the script in one transaction: draw each \set, then fill in every :variable. */
function asPgbenchWould(s: PgbenchScript, source: string): string {
  const values = new Map<string, string>();
  for (let i = 0; i < s.defines.length; i += 2) {
    expect(s.defines[i]).toBe('-D');
    const [name, ...rest] = s.defines[i + 1]!.split('=');
    values.set(name!, `'${rest.join('=').replaceAll("'", "''")}'`);
  }
  const statements: string[] = [];
  for (const line of source.split('\n')) {
    const set = /^\\set (\w+) random\((\d+), (\d+)\)$/.exec(line);
    if (set) {
      const [, name, lo, hi] = set;
      const span = BigInt(hi!) - BigInt(lo!);
      const drawn = BigInt(lo!) + (BigInt(Math.floor(Math.random() * 2 ** 52)) * span) / 2n ** 52n;
      values.set(name!, drawn.toString());
    } else if (!line.startsWith('--')) statements.push(line);
  }
  return statements.join('\n').replace(/(?<!:):([A-Za-z_]\w*)/g, (m, name: string) => {
    const v = values.get(name);
    if (v === undefined) throw new Error(`pgbench would find no value for ${m}`);
    return v;
  });
}

const rowsOf = async (caseId: string) => {
  const count = (table: string, column = 'case_id') =>
    h.ctx.dbh.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [caseId]);
  const [c] = await h.ctx.dbh.sql<Record<string, unknown>>(
    `SELECT c.kind, c.state, c.area_id, c.department_id, c.description, c.decision_date::text AS decision_date,
            c.preferred_contact_time, z.name, z.email, z.phone
       FROM cases c JOIN citizens z ON z.id = c.citizen_id WHERE c.id = $1`,
    [caseId],
  );
  const [events, outbox, audit] = await Promise.all([
    count('case_events'),
    count('outbox'),
    count('audit_log'),
  ]);
  return { case: c, events: events[0]!.n, outbox: outbox[0]!.n, audit: audit[0]!.n };
};

describe('the pgbench script generated from intake’s own statement', () => {
  it('leaves no $n parameter for pgbench to choke on, and passes the constants as variables', () => {
    expect(text).not.toMatch(/\$\d/);
    expect(script.defines).toContain('p1=259');
    expect(script.defines).toContain('p22=testperson@eksempel.invalid');
  });

  it('writes, run as pgbench runs it, the same rows as a complaint submitted to the app', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/v1/kommuner/${BENCH_KOMMUNE}/cases`,
      payload: benchSubmission,
    });
    expect(res.statusCode, res.body).toBe(201);
    const [viaApp] = await h.ctx.dbh.sql<{ id: string }>('SELECT id FROM cases WHERE number = $1', [
      res.json().caseNumber,
    ]);

    const [viaPgbench] = await h.ctx.dbh.sql<{ id: string; number: string; created: boolean }>(
      asPgbenchWould(script, text),
    );
    expect(viaPgbench).toMatchObject({ created: true });
    expect(await rowsOf(viaPgbench!.id)).toEqual(await rowsOf(viaApp!.id));
    expect((await rowsOf(viaPgbench!.id)).outbox).toBe(1);
  });

  it('draws a new complaint in every transaction: a second run makes the next case, not a repeat', async () => {
    const run = async () =>
      (await h.ctx.dbh.sql<{ number: string; created: boolean }>(asPgbenchWould(script, text)))[0]!;
    const first = await run();
    const second = await run();
    expect([first.created, second.created]).toEqual([true, true]);
    const serial = (n: string) => Number(n.split('-').at(-1));
    expect(serial(second.number)).toBe(serial(first.number) + 1);
  });
});
