import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/core/calendar.js';
import { deadlineStatus, firstContactDue } from '../../src/core/deadlines.js';
import { ALLOWED_TRANSITIONS, type CaseState } from '../../src/core/workflow.js';
import { seedDemoCases } from '../../src/modules/cases/seed/cases.js';
import { getKommune } from '../../src/platform/tenancy.js';
import { hashToken, trackingToken } from '../../src/platform/tokens.js';
import { type Harness, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
const progress: [number, number][] = [];

interface CaseRow {
  id: string;
  kommuneId: string;
  number: string;
  kind: string;
  state: CaseState;
  receivedAt: Date;
  receivedOn: string;
  due: string;
  metOn: string | null;
  goal: number;
  tokenHash: string;
  assigneeId: string | null;
  email: string | null;
  phone: string | null;
}
let rows: CaseRow[];

beforeAll(async () => {
  h = await startHarness();
  await seedDemoCases(h.ctx, 300, (done, total) => progress.push([done, total]));
  rows = await h.ctx.dbh.sql<CaseRow>(
    `SELECT c.id, c.kommune_id AS "kommuneId", c.number, c.kind, c.state, c.received_at AS "receivedAt",
       c.received_on::text AS "receivedOn", c.first_contact_due::text AS due,
       c.first_contact_met_on::text AS "metOn", a.first_contact_days AS goal,
       c.tracking_token_hash AS "tokenHash", c.assignee_id AS "assigneeId", ci.email, ci.phone
     FROM cases c JOIN areas a ON a.id = c.area_id JOIN citizens ci ON ci.id = c.citizen_id
     ORDER BY c.number`,
  );
}, 120_000);
afterAll(() => h.close());

const countBy = <T>(xs: T[], f: (x: T) => string) =>
  xs.reduce<Record<string, number>>((acc, x) => {
    acc[f(x)] = (acc[f(x)] ?? 0) + 1;
    return acc;
  }, {});

describe('demo cases', () => {
  it('creates the requested number of cases, each with its own citizen, reporting progress', () => {
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((r) => r.email ?? r.phone)).size).toBeGreaterThan(280);
    expect(progress.at(-1)).toEqual([300, 300]);
  });

  it('spreads the cases over every state, all three kinds and both kommuner', () => {
    const states = countBy(rows, (r) => r.state);
    for (const s of Object.keys(ALLOWED_TRANSITIONS)) expect(states[s], s).toBeGreaterThan(0);
    const early = (states.received ?? 0) + (states.contacting ?? 0) + (states.in_dialogue ?? 0);
    expect(early / rows.length).toBeGreaterThan(0.4);
    expect(Object.keys(countBy(rows, (r) => r.kind)).sort()).toEqual(['complaint', 'grievance', 'inquiry']);
    expect(Object.keys(countBy(rows, (r) => r.kommuneId)).sort()).toEqual(['230', '259']);
    // The formal track is for complaints about a decision only.
    const formal = rows.filter((r) =>
      ['maintained', 'reassessment', 'forwarded', 'appeal_decided'].includes(r.state),
    );
    expect(formal.every((r) => r.kind === 'complaint')).toBe(true);
  });

  it('receives cases over the last ~18 months, never in the future, on the local date of receipt', () => {
    const now = h.clock.now();
    const days = rows.map((r) => r.receivedOn).sort();
    expect(days.at(-1)! <= localDate(now)).toBe(true);
    expect(days[0]! < '2025-07-01').toBe(true);
    expect(rows.every((r) => r.receivedAt.getTime() <= now.getTime())).toBe(true);
    for (const r of rows) expect(localDate(r.receivedAt), r.number).toBe(r.receivedOn);
  });

  it("computes every first-contact date from the area's goal and the kommune calendar", async () => {
    for (const r of rows) {
      const { calendar } = (await getKommune(h.ctx, r.kommuneId))!;
      expect(r.due, r.number).toBe(firstContactDue(r.receivedOn, r.goal, calendar));
    }
  });

  it('records first contact for cases past contacting, mostly on time, and shows the queue overdue and due-today cases', () => {
    const today = localDate(h.clock.now());
    const contacted = rows.filter(
      (r) => !['received', 'contacting', 'withdrawn', 'closed', 'reopened'].includes(r.state),
    );
    expect(contacted.every((r) => r.metOn !== null && r.metOn >= r.receivedOn && r.metOn <= today)).toBe(
      true,
    );
    const status = countBy(
      rows.filter((r) => r.metOn),
      (r) => deadlineStatus(r.due, r.metOn, today),
    );
    expect(status.met).toBeGreaterThan(status.missed ?? 0);
    expect(status.missed).toBeGreaterThan(0);

    const waiting = rows.filter((r) => ['received', 'contacting'].includes(r.state));
    expect(waiting.every((r) => r.metOn === null)).toBe(true);
    const open = countBy(waiting, (r) => deadlineStatus(r.due, null, today));
    expect(open.overdue).toBeGreaterThan(0);
    expect(open.due_today).toBeGreaterThan(0);
    expect(open.pending).toBeGreaterThan(0);
  });

  it('assigns some cases to the demo caseworkers', async () => {
    const workers = await h.ctx.dbh.sql<{ id: string }>(`SELECT id FROM users WHERE role = 'caseworker'`);
    const assigned = rows.filter((r) => r.assigneeId);
    expect(assigned.length).toBeGreaterThan(0);
    expect(assigned.every((r) => workers.some((w) => w.id === r.assigneeId))).toBe(true);
  });

  it('uses only synthetic contact details', () => {
    expect(rows.every((r) => r.email === null || r.email.endsWith('@eksempel.invalid'))).toBe(true);
    expect(rows.every((r) => r.phone === null || /^\+452\d{7}$/.test(r.phone))).toBe(true);
    expect(rows.every((r) => r.email !== null || r.phone !== null)).toBe(true);
  });

  it('writes a legal timeline: received first, then state changes ending in the current state', async () => {
    const events = await h.ctx.dbh.sql<{
      caseId: string;
      type: string;
      data: { from?: string; to?: string };
    }>(
      `SELECT case_id AS "caseId", type, data FROM case_events ORDER BY case_id, at, type = 'state_changed' DESC`,
    );
    const byCase = new Map<string, typeof events>();
    for (const e of events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
    for (const r of rows) {
      const timeline = byCase.get(r.id) ?? [];
      expect(timeline[0]?.type, r.number).toBe('case_received');
      let state: CaseState = 'received';
      for (const e of timeline.filter((x) => x.type === 'state_changed')) {
        expect(e.data.from, r.number).toBe(state);
        expect(ALLOWED_TRANSITIONS[state].some((edge) => edge.to === e.data.to)).toBe(true);
        state = e.data.to as CaseState;
      }
      expect(state, r.number).toBe(r.state);
    }
  });

  it('gives every case a tracking link that resolves to it', async () => {
    const sample = rows.filter((_, i) => i % 30 === 0);
    for (const r of sample) {
      const token = trackingToken(h.ctx.config.appSecret, r.id);
      expect(hashToken(token)).toBe(r.tokenHash);
      const res = await h.app.inject({ url: `/api/v1/track/${token}` });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ caseNumber: r.number, state: r.state, firstContactDue: r.due });
    }
  });

  it('numbers cases per kommune and year without gaps, so intake continues the sequence', async () => {
    const max = rows
      .filter((r) => r.number.startsWith('259-2026-'))
      .map((r) => Number(r.number.slice(9)))
      .sort((a, b) => a - b);
    expect(max).toEqual(Array.from({ length: max.length }, (_, i) => i + 1));
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission(),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().caseNumber).toBe(`259-2026-${String(max.length + 1).padStart(6, '0')}`);
  });
});
