// The effect dashboard and the public service goals, on a small set whose answers are worked out by hand below.
// The clock stands at Tuesday 1 December 2026; November 2026 has no holidays, so working days are weekdays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareCounts } from '../../src/modules/insight/bare.js';
import { insightFigures, processSide } from '../../src/modules/insight/figures.js';
import { refreshKommune } from '../../src/modules/insight/index.js';
import { totalCounts } from '../../src/modules/insight/queries.js';
import { bearer, type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let lead: Record<string, string>; // team_lead@koege.demo, Velfærdsforvaltningen
let analyst: Record<string, string>;
let seq = 0;

interface CaseSpec {
  area: string;
  department: string;
  kind: 'complaint' | 'grievance' | 'inquiry';
  received: string;
  due: string;
  met?: string;
  closed?: string;
  cause?: string;
  reassessmentDue?: string;
  events?: { type: string; at: string }[];
}

/** A case straight into the tables, with a synthetic citizen of its own. */
async function insertCase(c: CaseSpec): Promise<void> {
  seq++;
  const sql = h.ctx.dbh.sql.bind(h.ctx.dbh);
  const [citizen] = await sql<{ id: string }>(
    `INSERT INTO citizens (kommune_id, name, phone) VALUES ('259', $1, $2) RETURNING id`,
    [`Insigt Borger ${seq}`, `5${String(seq).padStart(7, '0')}`],
  );
  const [row] = await sql<{ id: string }>(
    `INSERT INTO cases (kommune_id, number, kind, state, channel, area_id, department_id, citizen_id, description,
       received_at, received_on, first_contact_due, first_contact_met_on, root_cause, reassessment_due,
       tracking_token_hash, closed_at)
     VALUES ('259', $1, $2, $3, 'web', $4, $5, $6, 'Insigt', ($7::date + time '09:00') AT TIME ZONE 'Europe/Copenhagen',
       $7, $8, $9, $10, $11, $12, ($13::date + time '12:00') AT TIME ZONE 'Europe/Copenhagen')
     RETURNING id`,
    [
      `259-2026-9${String(seq).padStart(5, '0')}`,
      c.kind,
      c.closed ? 'closed' : 'in_dialogue',
      h.koege.areas[c.area],
      h.koege.departments[c.department],
      citizen!.id,
      c.received,
      c.due,
      c.met ?? null,
      c.cause ?? null,
      c.reassessmentDue ?? null,
      `insight-test-${seq}`,
      c.closed ?? null,
    ],
  );
  for (const e of c.events ?? [])
    await sql(
      `INSERT INTO case_events (kommune_id, case_id, type, at) VALUES ('259', $1, $2, ($3::date + time '12:00') AT TIME ZONE 'Europe/Copenhagen')`,
      [row!.id, e.type, e.at],
    );
}

const vel = { area: 'hjaelpemidler', department: 'vel' } as const;

beforeAll(async () => {
  // Køge's analysts are the shared service here: they may read the national view.
  h = await startHarness({ sharedServiceKommune: '259' });
  lead = await bearer(h.app, 'team_lead@koege.demo');
  analyst = await bearer(h.app, 'analyst@koege.demo');
  // November 2026, Hjælpemidler (first contact 2 working days, resolution 20):
  // Written answer within 10 working days: the first letter sent (letter_sent on the timeline).
  // 1: contact after 1 working day (on time), closed after 6 (on time); cause: process; letter after 5 (on time).
  await insertCase({
    ...vel,
    kind: 'complaint',
    received: '2026-11-02',
    due: '2026-11-04',
    met: '2026-11-03',
    closed: '2026-11-10',
    cause: 'process',
    events: [{ type: 'letter_sent', at: '2026-11-09' }],
  });
  // 2: contact after 3 (late); open after 21 working days (resolution late); maintained, re-assessed in time;
  // letters after 12 (late) and 13 (the first counts).
  await insertCase({
    ...vel,
    kind: 'complaint',
    received: '2026-11-02',
    due: '2026-11-04',
    met: '2026-11-05',
    cause: 'decision',
    reassessmentDue: '2026-11-30',
    events: [
      { type: 'formal_track_opened', at: '2026-11-06' },
      { type: 'reassessment_decided', at: '2026-11-20' },
      { type: 'letter_sent', at: '2026-11-18' },
      { type: 'letter_sent', at: '2026-11-19' },
    ],
  });
  // 3: a grievance, contact after 2 (on time), closed after 7; cause: communication; letter after 4 (on time).
  await insertCase({
    ...vel,
    kind: 'grievance',
    received: '2026-11-16',
    due: '2026-11-18',
    met: '2026-11-18',
    closed: '2026-11-25',
    cause: 'communication',
    events: [{ type: 'letter_sent', at: '2026-11-20' }],
  });
  // 4: an inquiry, first contact overdue (settled, late); 11 working days open (resolution not yet settled);
  // no letter after 11 working days, still open: the written answer is settled, late.
  await insertCase({ ...vel, kind: 'inquiry', received: '2026-11-16', due: '2026-11-18' });
  // 5: received yesterday: nothing settled yet (no letter, 1 working day).
  await insertCase({ ...vel, kind: 'complaint', received: '2026-11-30', due: '2026-12-02' });
  // October 2026: 6: contact after 1, closed after 19 (on time); maintained and forwarded; cause: waiting time;
  // letter after 4 (on time).
  await insertCase({
    ...vel,
    kind: 'complaint',
    received: '2026-10-05',
    due: '2026-10-07',
    met: '2026-10-06',
    closed: '2026-10-30',
    cause: 'waiting_time',
    events: [
      { type: 'formal_track_opened', at: '2026-10-20' },
      { type: 'forwarded_to_appeals_body', at: '2026-10-28' },
      { type: 'letter_sent', at: '2026-10-09' },
    ],
  });
  // Two cases in another department's area: too few for any public share. 8 is closed without a letter: no
  // written answer was owed, so it is not counted.
  await insertCase({
    area: 'skole',
    department: 'buf',
    kind: 'complaint',
    received: '2026-11-03',
    due: '2026-11-05',
    met: '2026-11-04',
  });
  await insertCase({
    area: 'skole',
    department: 'buf',
    kind: 'complaint',
    received: '2026-11-04',
    due: '2026-11-06',
    met: '2026-11-05',
    closed: '2026-11-27',
  });
  await refreshKommune(h.ctx, '259');
}, 180_000);
afterAll(() => h.close());

const get = (url: string, headers: Record<string, string> = {}) => h.app.inject({ url, headers });

describe('the rollups', () => {
  it('count November as worked out by hand', async () => {
    const c = await totalCounts(h.ctx, {
      kommuneId: '259',
      departmentId: h.koege.departments.vel,
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(c).toMatchObject({
      received: 5,
      complaints: 4, // 1, 2, 3 (a grievance) and 5
      maintained: 1,
      forwarded: 0,
      firstContactSettled: 4, // 1, 2, 3, and 4 (overdue)
      firstContactOnTime: 2, // 1 and 3
      resolutionSettled: 3, // 1 and 3 closed, 2 past 20 working days
      resolutionOnTime: 2,
      answerSettled: 4, // 1, 2 and 3 answered; 4 open past its 10 working days
      answerOnTime: 2, // 1 (5 days) and 3 (4 days); 2 took 12
      reassessmentSettled: 1,
      reassessmentOnTime: 1,
      withRootCause: 3,
      causeProcess: 1,
      causeDecision: 1,
      causeCommunication: 1,
    });
    expect(processSide(c)).toBe(2);
  });

  it('equal the bare SQL over the cases, for every scope', async () => {
    const scopes = [
      { kommuneId: '259', from: '2026-10-01', to: '2026-11-30' },
      { kommuneId: '259', from: '2026-11-01', to: '2026-11-30', departmentId: h.koege.departments.vel },
      { kommuneId: '259', from: '2026-01-01', to: '2026-12-01', areaId: h.koege.areas.skole },
      { kommuneId: '259', from: '2026-10-01', to: '2026-10-31' },
      { kommuneId: '230', from: '2026-01-01', to: '2026-12-01' },
    ];
    for (const s of scopes) {
      const rolled = await totalCounts(h.ctx, s);
      const bare = await bareCounts(h.ctx, s, '2026-12-01');
      expect({ ...rolled, processSide: processSide(rolled) }, JSON.stringify(s)).toMatchObject(bare);
    }
  });
});

describe('the dashboard API', () => {
  it("gives a team lead their department's figure month by month, with the total", async () => {
    const res = await get('/api/v1/insight/figures/insight.complaints?from=2026-10-01&to=2026-11-30', lead);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.points).toEqual([
      { month: '2026-10-01', value: 1, count: 1 },
      { month: '2026-11-01', value: 4, count: 4 },
    ]);
    expect(body.total).toEqual({ value: 5, count: 5 });
    expect(body.asOf).toBe('2026-12-01');
  });

  it('computes the shares and the median by hand', async () => {
    const q = '?from=2026-10-01&to=2026-11-30';
    const maintained = (await get(`/api/v1/insight/figures/insight.maintained${q}`, lead)).json();
    expect(maintained.total).toEqual({ value: 2 / 5, count: 5 });
    const days = (await get(`/api/v1/insight/figures/insight.first_contact_days${q}`, lead)).json();
    expect(days.total).toEqual({ value: 1.5, count: 4 }); // 1, 1, 2, 3
    expect(days.points[1]).toEqual({ month: '2026-11-01', value: 2, count: 3 });
    const causes = (await get(`/api/v1/insight/figures/insight.process_causes${q}`, lead)).json();
    expect(causes.total).toEqual({ value: 3 / 4, count: 4 });
  });

  it('shows the figures other modules declare, month by month through their compute', async () => {
    const res = await get(
      '/api/v1/insight/figures/cases.first_contact_on_time?from=2026-11-01&to=2026-11-30',
      lead,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().points).toEqual([{ month: '2026-11-01', value: 2 / 4, count: 4 }]);
  });

  it('compares six months before and after the department started the method', async () => {
    const tmf = h.koege.departments.tmf; // started 5 January 2026
    const res = await get(`/api/v1/insight/figures/insight.complaints?department=${tmf}`, analyst);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().comparison).toMatchObject({
      methodStartedOn: '2026-01-05',
      before: { from: '2025-07-01', to: '2025-12-31', count: 0 },
      after: { from: '2026-01-01', to: '2026-06-30', count: 0 },
      evidence: 'none',
    });
  });

  it('answers the series, the total and the before/after from one read, equal to a read per window', async () => {
    // Velfærdsforvaltningen "started" on 10 November 2026: before is May–October (case 6), after November–April.
    const dep = h.koege.departments.vel;
    const [was] = await h.ctx.dbh.sql<{ on: string | null }>(
      'SELECT method_started_on::text AS on FROM departments WHERE id = $1',
      [dep],
    );
    await h.ctx.dbh.sql(`UPDATE departments SET method_started_on = '2026-11-10' WHERE id = $1`, [dep]);
    try {
      const q = '?from=2026-10-01&to=2026-11-30';
      const complaints = (await get(`/api/v1/insight/figures/insight.complaints${q}`, lead)).json();
      expect(complaints.comparison).toEqual({
        methodStartedOn: '2026-11-10',
        before: { from: '2026-05-01', to: '2026-10-31', value: 1, count: 1 },
        after: { from: '2026-11-01', to: '2027-04-30', value: 4, count: 4 },
        evidence: 'too_few',
      });
      const scope = { kommuneId: '259', departmentId: dep };
      for (const def of insightFigures) {
        const body = (await get(`/api/v1/insight/figures/${def.key}${q}`, lead)).json();
        const window = (from: string, to: string) => def.compute(h.ctx, { ...scope, from, to });
        expect(body.total, def.key).toEqual(await window('2026-10-01', '2026-11-30'));
        expect(body.comparison.before, def.key).toMatchObject(await window('2026-05-01', '2026-10-31'));
        expect(body.comparison.after, def.key).toMatchObject(await window('2026-11-01', '2027-04-30'));
        const months = await window('2026-11-01', '2026-11-30');
        expect(body.points[1], def.key).toEqual({ month: '2026-11-01', ...months });
      }
      // …and the counts behind them, as the rollup query sums each window on its own.
      const after = await totalCounts(h.ctx, { ...scope, from: '2026-11-01', to: '2027-04-30' });
      expect(after.complaints).toBe(4);
      const maintained = (await get(`/api/v1/insight/figures/insight.maintained${q}`, lead)).json();
      expect(maintained.comparison.after).toMatchObject({ value: after.maintained / 4, count: 4 }); // case 2
      expect(maintained.comparison.before).toMatchObject({ value: 1, count: 1 }); // case 6
    } finally {
      await h.ctx.dbh.sql('UPDATE departments SET method_started_on = $2 WHERE id = $1', [dep, was?.on]);
    }
  });

  it('counts root causes per month', async () => {
    const res = await get('/api/v1/insight/root-causes?from=2026-10-01&to=2026-11-30', lead);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().total).toMatchObject({
      total: 4,
      counts: { process: 1, decision: 1, communication: 1, waiting_time: 1 },
    });
  });

  it("refuses a team lead another department's figures, and a caseworker all of them", async () => {
    const other = await get(
      `/api/v1/insight/figures/insight.complaints?department=${h.koege.departments.tmf}`,
      lead,
    );
    expect(other.statusCode).toBe(403);
    const cw = await bearer(h.app, 'caseworker@koege.demo');
    expect((await get('/api/v1/insight/figures', cw)).statusCode).toBe(403);
    expect((await get('/api/v1/insight/figures')).statusCode).toBe(401);
  });

  it('answers bad input with a clear error in the language asked for', async () => {
    const res = await get('/api/v1/insight/figures/insight.complaints?from=2026-12-01&to=2026-01-01', {
      ...lead,
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/period must start before it ends/);
    const unknown = await get('/api/v1/insight/figures/insight.nothing', lead);
    expect(unknown.statusCode).toBe(404);
    const dept = await get(
      `/api/v1/insight/figures/insight.complaints?department=${h.rudersdal.departments.vel}`,
      analyst,
    );
    expect(dept.statusCode).toBe(400);
  });
});

describe('the national view (all kommuner, for the shared service)', () => {
  const national = (path: string, headers: Record<string, string>) =>
    get(
      `/api/v1/insight/national/${path}${path.includes('?') ? '&' : '?'}from=2026-10-01&to=2026-11-30`,
      headers,
    );

  it("sums every kommune's rollups, by hand", async () => {
    // Another kommune's rollup row for November: 3 complaints, 2 with a root cause (1 decision, 1 process).
    await h.ctx.dbh.sql(
      `INSERT INTO insight_monthly (kommune_id, month, department_id, area_id, received, complaints,
         with_root_cause, cause_decision, cause_process)
       VALUES ('230', '2026-11-01', gen_random_uuid(), gen_random_uuid(), 4, 3, 2, 1, 1)`,
    );
    try {
      const res = await national('figures/insight.complaints', analyst);
      expect(res.statusCode, res.body).toBe(200);
      // Køge: October 1 (case 6); November 4 in Velfærd (1, 2, 3, 5) and 2 in Skole (7, 8) = 6; plus 230's 3.
      expect(res.json().points).toEqual([
        { month: '2026-10-01', value: 1, count: 1 },
        { month: '2026-11-01', value: 9, count: 9 },
      ]);
      expect(res.json().total).toEqual({ value: 10, count: 10 });
      expect(res.json().comparison).toBeNull();
      const causes = await national('root-causes', analyst);
      expect(causes.statusCode, causes.body).toBe(200);
      // Køge's causes 1 process, 2 decision, 3 communication, 6 waiting time; 230's decision and process.
      expect(causes.json().total).toMatchObject({
        total: 6,
        counts: { process: 2, decision: 2, communication: 1, waiting_time: 1 },
      });
      // A single kommune's view is unchanged by the other kommune's row.
      const own = await get(
        '/api/v1/insight/figures/insight.complaints?from=2026-10-01&to=2026-11-30',
        analyst,
      );
      expect(own.json().total).toEqual({ value: 7, count: 7 });
    } finally {
      await h.ctx.dbh.sql(`DELETE FROM insight_monthly WHERE kommune_id = '230'`);
    }
  });

  it('is refused to a team lead, to everyone when no shared service is named, and for figures of other modules', async () => {
    expect((await national('figures/insight.complaints', lead)).statusCode).toBe(403);
    expect((await national('root-causes', lead)).statusCode).toBe(403);
    h.ctx.config.sharedServiceKommune = null;
    try {
      expect((await national('figures/insight.complaints', analyst)).statusCode).toBe(403);
    } finally {
      h.ctx.config.sharedServiceKommune = '259';
    }
    h.ctx.config.sharedServiceKommune = '230';
    try {
      expect((await national('root-causes', analyst)).statusCode).toBe(403);
    } finally {
      h.ctx.config.sharedServiceKommune = '259';
    }
    expect((await national('figures/surveys.satisfaction.overall', analyst)).statusCode).toBe(404);
    const bad = await get('/api/v1/insight/national/root-causes?from=2026-12-01&to=2026-01-01', analyst);
    expect(bad.statusCode).toBe(400);
  });
});

describe('the public service goals', () => {
  it('show each goal beside the practice, and no share resting on fewer than 5 cases', async () => {
    const res = await get('/api/v1/kommuner/259/service-goals');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2026-01-01', to: '2026-12-01', asOf: '2026-12-01' });
    const hj = body.areas.find((a: { areaId: string }) => a.areaId === h.koege.areas.hjaelpemidler);
    expect(hj.goals).toEqual([
      {
        goal: 'first_contact',
        goalDays: 2,
        share: 3 / 5,
        count: 5,
        tooFew: false,
        medianDays: 1.5,
        measured: true,
      },
      {
        goal: 'resolution',
        goalDays: 20,
        share: null,
        count: null,
        tooFew: true,
        medianDays: null,
        measured: true,
      },
      {
        // 1, 2, 3, 4 and 6 settled; 1, 3 and 6 on time; answered in 5, 12, 4 and 4 working days: median 4.5.
        goal: 'answer',
        goalDays: 10,
        share: 3 / 5,
        count: 5,
        tooFew: false,
        medianDays: 4.5,
        measured: true,
      },
      {
        goal: 'reassessment',
        goalDays: null,
        share: null,
        count: null,
        tooFew: true,
        medianDays: null,
        measured: true,
      },
    ]);
    const skole = body.areas.find((a: { areaId: string }) => a.areaId === h.koege.areas.skole);
    expect(skole.goals.every((g: { count: number | null }) => g.count === null)).toBe(true);
  });

  it('render a page with a chart and its table, linked from the kommune home, with no personal data', async () => {
    const home = await get('/k/259');
    expect(home.body).toContain('href="/k/259/servicemaal"');
    const page = await get('/k/259/servicemaal');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Vores servicemål — og hvordan vi lever op til dem');
    expect(page.body).toMatch(/<img[^>]+src="data:image\/svg\+xml;base64,/);
    expect(page.body).toContain('60 %');
    expect(page.body).not.toMatch(/Insigt Borger|259-2026-9/);
    const api = await get('/api/v1/kommuner/259/service-goals');
    expect(api.body).not.toMatch(/Insigt Borger|259-2026-9|citizen|phone/);
    const en = await get('/k/259/servicemaal?lang=en');
    expect(en.body).toContain('Our service goals');
  });
});
