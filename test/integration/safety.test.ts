// The safety module over HTTP: registering incidents and reading them back with the report deadline, the
// visibility of incidents and safe-meeting plans by role and relation, the audit row of every read, the
// follow-up, the thresholds by date, and the anonymised statistics with their minimum group size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM } from '../../src/modules/index.js';
import { seedReception } from '../../src/modules/reception/seed.js';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';

type Headers = Record<string, string>;
let h: Harness;
const who: Record<string, Headers> = {};
const ids: Record<string, string> = {};
let ip = 0;
const nextIp = () => `198.51.100.${++ip}`;

const incident = (over: Record<string, unknown> = {}) => ({
  occurredAt: '2026-11-30T13:15:00Z',
  place: 'reception',
  type: 'threat',
  severity: 'serious',
  description: 'En borger truede med at vente uden for rådhuset efter lukketid.',
  ...over,
});

async function call(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  headers: Headers,
  payload?: unknown,
) {
  const remoteAddress = nextIp();
  const res = await h.app.inject({
    method,
    url,
    headers,
    remoteAddress,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
  return { res, remoteAddress, body: res.json() as Record<string, unknown> & Record<string, never> };
}

const auditAt = (address: string) =>
  h.ctx.dbh.sql<{
    user_id: string;
    action: string;
    subject_type: string;
    subject_id: string;
    purpose: string;
  }>('SELECT user_id, action, subject_type, subject_id, purpose FROM audit_log WHERE ip = $1', [address]);

beforeAll(async () => {
  // The tests move the clock months ahead: sessions that outlast it.
  h = await startHarness({ sessionHours: 24 * 366 });
  for (const role of ['caseworker', 'caseworker2', 'team_lead', 'reception', 'safety', 'analyst', 'admin'])
    who[role] = await bearer(h.app, `${role}@koege.demo`);
  who.rudersdal = await bearer(h.app, 'safety@rudersdal.demo');
  const rows = await h.ctx.dbh.sql<{ id: string; email: string }>(
    "SELECT id, email FROM users WHERE email LIKE '%@koege.demo'",
  );
  for (const r of rows) ids[r.email.split('@')[0]!] = r.id;
}, 240_000);
afterAll(() => h?.close());

describe('registering an incident', () => {
  it('lets any staff member register, and answers the exact shape with a null deadline when nobody was absent', async () => {
    const { res, body } = await call('POST', '/api/v1/incidents', who.reception!, incident());
    expect(res.statusCode, res.body).toBe(201);
    expect(body).toMatchObject({
      occurredAt: '2026-11-30T13:15:00.000Z',
      place: 'reception',
      type: 'threat',
      severity: 'serious',
      reportDeadline: null,
      exposedStaff: [{ id: ids.reception }],
      reportedBy: { id: ids.reception },
    });
  });

  it('computes the report deadline from the absence, across the Christmas holidays', async () => {
    h.clock.set('2026-12-12T09:00:00Z');
    const { res, body } = await call(
      'POST',
      '/api/v1/incidents',
      who.caseworker!,
      incident({
        occurredAt: '2026-12-10T10:00:00Z',
        type: 'violence',
        absenceFrom: '2026-12-11',
        absenceDays: 4,
      }),
    );
    h.clock.set('2026-12-01T09:00:00Z');
    expect(res.statusCode, res.body).toBe(201);
    expect(body.reportDeadline).toBe('2026-12-28');
  });

  it('refuses bad input in the caller’s language and stores nothing', async () => {
    const before = await h.ctx.dbh.sql<{ n: number }>('SELECT count(*)::int AS n FROM incidents');
    const en = { ...who.caseworker!, 'accept-language': 'en' };
    const bad = await call(
      'POST',
      '/api/v1/incidents',
      en,
      incident({ type: 'rudeness', description: 'kort' }),
    );
    expect(bad.res.statusCode).toBe(400);
    expect(bad.body.fields).toMatchObject({
      type: 'Choose whether it was violence, a threat or harassment.',
      description: 'Describe what happened, in at least 10 characters.',
    });
    const future = await call(
      'POST',
      '/api/v1/incidents',
      who.caseworker!,
      incident({ occurredAt: '2027-01-01T10:00:00Z' }),
    );
    expect(future.res.statusCode).toBe(400);
    expect(future.body.fields).toHaveProperty('occurredAt');
    const stranger = await call(
      'POST',
      '/api/v1/incidents',
      who.caseworker!,
      incident({ exposedStaffIds: ['00000000-0000-4000-8000-000000000000'] }),
    );
    expect(stranger.res.statusCode).toBe(400);
    const after = await h.ctx.dbh.sql<{ n: number }>('SELECT count(*)::int AS n FROM incidents');
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
  });

  it('refuses a citizen account', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/incidents', payload: incident() });
    expect(res.statusCode).toBe(401);
  });
});

describe('who reads an incident back', () => {
  let id: string;
  beforeAll(async () => {
    const made = await call(
      'POST',
      '/api/v1/incidents',
      who.caseworker!,
      incident({
        description: 'Chikane på sociale medier efter et møde om en afgørelse.',
        place: 'online',
        type: 'harassment',
      }),
    );
    id = made.body.id as unknown as string;
  });

  it.each([
    ['caseworker', 200], // registered it
    ['safety', 200],
    ['team_lead', 404],
    ['reception', 404],
    ['analyst', 404],
    ['admin', 404],
    ['rudersdal', 404], // the safety role of another kommune
  ])('%s → %i', async (role, status) => {
    const { res, remoteAddress } = await call('GET', `/api/v1/incidents/${id}`, who[role]!);
    expect(res.statusCode).toBe(status);
    const audit = await auditAt(remoteAddress);
    if (status === 200) {
      expect(audit).toEqual([
        {
          user_id: expect.any(String),
          action: 'read',
          subject_type: 'incident',
          subject_id: id,
          purpose: 'arbejdsmiljoe',
        },
      ]);
      expect(res.json().description).toContain('sociale medier');
    } else {
      expect(audit).toEqual([]);
      expect(res.body).not.toContain('sociale medier');
    }
  });

  it('lists the kommune’s incidents for the safety role and only one’s own for others, each listed one audited', async () => {
    const safety = await call('GET', '/api/v1/incidents', who.safety!);
    const list = safety.res.json() as { id: string; reportedBy: { id: string } }[];
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect((await auditAt(safety.remoteAddress)).length).toBe(list.length);
    const own = (await call('GET', '/api/v1/incidents', who.team_lead!)).res.json() as unknown[];
    expect(own).toEqual([]);
    const mine = (await call('GET', '/api/v1/incidents', who.caseworker!)).res.json() as {
      reportedBy: { id: string };
    }[];
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((i) => i.reportedBy.id === ids.caseworker)).toBe(true);
  });

  it('lets only the safety role follow up, and shows an overdue debriefing until it is done', async () => {
    h.clock.set('2026-12-03T09:00:00Z'); // more than 48 hours after 30 November
    const refused = await call('PATCH', `/api/v1/incidents/${id}`, who.caseworker!, { debriefing: true });
    expect(refused.res.statusCode).toBe(403);
    const before = await call('GET', `/api/v1/incidents/${id}`, who.safety!);
    const item = (b: Record<string, unknown>, name: string) =>
      (b.followUp as unknown as { item: string; status: string }[]).find((l) => l.item === name);
    expect(item(before.body, 'debriefing')?.status).toBe('overdue');
    expect(before.body.overdue).toBe(2); // debriefing and the offer of psychological help
    const done = await call('PATCH', `/api/v1/incidents/${id}`, who.safety!, {
      debriefing: true,
      policeReport: 'not_filed',
      absenceFrom: '2026-12-01',
      absenceDays: 2,
    });
    expect(done.res.statusCode, done.res.body).toBe(200);
    expect(item(done.body, 'debriefing')?.status).toBe('done');
    expect(item(done.body, 'policeReport')?.status).toBe('done');
    expect(done.body.reportDeadline).toBe('2026-12-15');
    expect((await auditAt(done.remoteAddress))[0]?.action).toBe('update');
    h.clock.set('2026-12-01T09:00:00Z');
  });
});

describe('an incident naming exposed colleagues', () => {
  let id: string;
  beforeAll(async () => {
    const made = await call(
      'POST',
      '/api/v1/incidents',
      who.reception!,
      incident({
        // In December: outside the periods the statistics below are counted on.
        occurredAt: '2026-12-01T08:30:00Z',
        description: 'En borger råbte trusler mod to medarbejdere i venteområdet.',
        exposedStaffIds: [ids.reception, ids.caseworker2],
      }),
    );
    expect(made.res.statusCode, made.res.body).toBe(201);
    id = made.body.id as unknown as string;
  });

  it('stores the colleagues named as exposed staff, with their names', async () => {
    const { body } = await call('GET', `/api/v1/incidents/${id}`, who.safety!);
    const exposed = body.exposedStaff as unknown as { id: string; name: string }[];
    expect(exposed.map((p) => p.id).sort()).toEqual([ids.reception, ids.caseworker2].sort());
    expect(exposed.every((p) => p.name.length > 0)).toBe(true);
  });

  it.each([
    ['reception', 200], // registered it, and exposed
    ['caseworker2', 200], // named as exposed
    ['safety', 200],
    ['caseworker', 404], // a colleague not named
    ['team_lead', 404], // the team lead of the one named
    ['rudersdal', 404],
  ])('%s → %i', async (role, status) => {
    const { res, remoteAddress } = await call('GET', `/api/v1/incidents/${id}`, who[role]!);
    expect(res.statusCode).toBe(status);
    expect((await auditAt(remoteAddress)).length).toBe(status === 200 ? 1 : 0);
  });

  it('lists it for the colleague named, not for one who is not', async () => {
    const named = (await call('GET', '/api/v1/incidents', who.caseworker2!)).res.json() as { id: string }[];
    expect(named.map((i) => i.id)).toContain(id);
    const notNamed = (await call('GET', '/api/v1/incidents', who.caseworker!)).res.json() as { id: string }[];
    expect(notNamed.map((i) => i.id)).not.toContain(id);
  });

  it('refuses a colleague of another kommune, and stores nothing', async () => {
    const [other] = await h.ctx.dbh.sql<{ id: string }>(
      "SELECT id FROM users WHERE email = 'caseworker@rudersdal.demo'",
    );
    const before = await h.ctx.dbh.sql('SELECT id FROM incidents');
    const { res } = await call(
      'POST',
      '/api/v1/incidents',
      who.reception!,
      incident({ exposedStaffIds: [ids.reception, other!.id] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      exposedStaffIds: 'Vælg de medarbejdere i kommunen, der blev udsat.',
    });
    expect(await h.ctx.dbh.sql('SELECT id FROM incidents')).toHaveLength(before.length);
  });
});

describe('searching colleagues to name as exposed', () => {
  const search = async (q: string, headers = who.reception!) =>
    call('GET', `/api/v1/safety/colleagues?q=${encodeURIComponent(q)}`, headers);

  it('finds colleagues of the kommune of any staff role by a part of the name, case-insensitively', async () => {
    const { res } = await search('fatima');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([{ id: ids.caseworker2, name: 'Fatima Demo Jensen' }]);
    const safety = (await search('BO DEMO')).res.json() as { id: string }[];
    expect(safety.map((p) => p.id)).toEqual([ids.safety]);
  });

  it('never answers a colleague of another kommune, and treats % and _ as letters', async () => {
    const all = (await search('Demo')).res.json() as { id: string }[];
    expect(all.length).toBeGreaterThan(5);
    expect(all.every((p) => Object.values(ids).includes(p.id))).toBe(true);
    expect((await search('%')).res.json()).toEqual([]);
    expect((await search('_')).res.json()).toEqual([]);
  });

  it('refuses an empty search with the field named, in English too', async () => {
    const da = await search('');
    expect(da.res.statusCode).toBe(400);
    expect(da.res.json().fields).toEqual({ q: 'Skriv en del af kollegaens navn.' });
    const en = await call('GET', '/api/v1/safety/colleagues?q=', {
      ...who.reception!,
      'accept-language': 'en',
    });
    expect(en.res.json().fields).toEqual({ q: 'Type a part of the colleague’s name.' });
  });
});

describe('the report threshold by date', () => {
  it('applies a raised threshold from its date, for the safety role to set', async () => {
    const refused = await call('PUT', '/api/v1/safety/report-thresholds', who.caseworker!, []);
    expect(refused.res.statusCode).toBe(400); // validated first: at least one threshold
    const forbidden = await call('PUT', '/api/v1/safety/report-thresholds', who.caseworker!, [
      { from: '1900-01-01', minAbsenceDays: 1 },
    ]);
    expect(forbidden.res.statusCode).toBe(403);
    const set = await call('PUT', '/api/v1/safety/report-thresholds', who.safety!, [
      { from: '1900-01-01', minAbsenceDays: 1 },
      { from: '2026-11-25', minAbsenceDays: 3 },
    ]);
    expect(set.res.statusCode, set.res.body).toBe(200);
    const before = await call(
      'POST',
      '/api/v1/incidents',
      who.safety!,
      incident({ occurredAt: '2026-11-24T10:00:00Z', absenceDays: 2 }),
    );
    expect(before.body.reportDeadline).toBe('2026-12-09'); // 25 Nov + 14
    const after = await call(
      'POST',
      '/api/v1/incidents',
      who.safety!,
      incident({ occurredAt: '2026-11-25T10:00:00Z', absenceDays: 2 }),
    );
    expect(after.body.reportDeadline).toBeNull();
    await call('PUT', '/api/v1/safety/report-thresholds', who.safety!, [
      { from: '1900-01-01', minAbsenceDays: 1 },
    ]);
  });
});

describe('safe-meeting plans', () => {
  let caseNumber: string;
  let planId: string;
  beforeAll(async () => {
    const made = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ area: 'hjaelpemidler' }),
    });
    caseNumber = (made.json() as { caseNumber: string }).caseNumber;
  });

  it('requires a reason and a review date within half a year, and stores nothing otherwise', async () => {
    const noReason = await call('POST', `/api/v1/cases/${caseNumber}/safety-plans`, who.caseworker!, {
      measures: ['second_staff'],
      reason: '',
    });
    expect(noReason.res.statusCode).toBe(400);
    expect(noReason.body.fields).toHaveProperty('reason');
    const tooLong = await call('POST', `/api/v1/cases/${caseNumber}/safety-plans`, who.caseworker!, {
      measures: ['second_staff'],
      reason: 'Borgeren har truet en medarbejder ved sidste møde.',
      reviewOn: '2027-12-01',
    });
    expect(tooLong.res.statusCode).toBe(400);
    const [n] = await h.ctx.dbh.sql<{ n: number }>('SELECT count(*)::int AS n FROM safety_plans');
    expect(Number(n!.n)).toBe(0);
  });

  it('is made by a caseworker of the case, for 3 months by default', async () => {
    const { res, body } = await call('POST', `/api/v1/cases/${caseNumber}/safety-plans`, who.caseworker!, {
      measures: ['second_staff', 'room_near_exit', 'alarm_checked'],
      reason: 'Borgeren har truet en medarbejder ved sidste møde.',
      secondStaffId: ids.team_lead,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(body).toMatchObject({ reviewOn: '2027-03-01', activeUntil: '2027-03-01', status: 'active' });
    planId = body.id as unknown as string;
  });

  it.each([
    ['caseworker', 1], // made it
    ['team_lead', 1], // named as the second staff member, and leads the department
    ['reception', 1],
    ['safety', 1],
    ['analyst', 404],
    ['admin', 404],
  ])('shows the plans of the case to %s (%s)', async (role, expected) => {
    const { res, remoteAddress } = await call('GET', `/api/v1/cases/${caseNumber}/safety-plans`, who[role]!);
    if (expected === 404) {
      expect(res.statusCode).toBe(404);
      expect(await auditAt(remoteAddress)).toEqual([]);
      return;
    }
    expect(res.statusCode).toBe(200);
    expect((res.json() as unknown[]).length).toBe(expected);
    const audit = await auditAt(remoteAddress);
    expect(audit.map((a) => [a.subject_type, a.subject_id, a.purpose])).toEqual([
      ['safety_plan', planId, 'sikkert_moede'],
    ]);
  });

  it('hides the plan from a caseworker of the department who is not involved', async () => {
    const [other] = await h.ctx.dbh.sql<{ id: string }>(
      `INSERT INTO users (kommune_id, email, name, role, department_id, password_hash)
       SELECT kommune_id, 'kollega@koege.demo', 'Kollega Uden Plan', 'caseworker', department_id, password_hash
         FROM users WHERE email = 'caseworker@koege.demo' RETURNING id`,
    );
    expect(other).toBeDefined();
    const colleague = await bearer(h.app, 'kollega@koege.demo');
    const { res, remoteAddress } = await call('GET', `/api/v1/cases/${caseNumber}/safety-plans`, colleague);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]);
    expect((await auditAt(remoteAddress)).map((a) => a.action)).toEqual(['list']);
    const inForce = await call('GET', '/api/v1/safety-plans', colleague);
    expect(inForce.res.json()).toEqual([]);
  });

  it('lapses after its review date unless renewed with a reason', async () => {
    h.clock.set('2027-03-02T09:00:00Z');
    const lapsed = await call('GET', `/api/v1/cases/${caseNumber}/safety-plans`, who.reception!);
    expect(lapsed.res.json()[0]).toMatchObject({ status: 'lapsed', activeUntil: null });
    const inForce = await call('GET', '/api/v1/safety-plans', who.reception!);
    expect(inForce.res.json()).toEqual([]);
    const byReception = await call('POST', `/api/v1/safety-plans/${planId}/renew`, who.reception!, {
      reviewOn: '2027-06-01',
      reason: 'Borgeren har igen truet ved skranken.',
    });
    expect(byReception.res.statusCode).toBe(403);
    const renewed = await call('POST', `/api/v1/safety-plans/${planId}/renew`, who.safety!, {
      reviewOn: '2027-06-01',
      reason: 'Borgeren har igen truet ved skranken.',
    });
    expect(renewed.res.statusCode, renewed.res.body).toBe(200);
    expect(renewed.body).toMatchObject({ status: 'active', activeUntil: '2027-06-01' });
    h.clock.set('2026-12-01T09:00:00Z');
  });
});

describe('a safe-meeting plan for a booking', () => {
  it('takes a booking of the case, and refuses one of another case or none at all, storing nothing', async () => {
    await seedReception(h.ctx);
    const newCase = async () =>
      (
        (
          await h.app.inject({
            method: 'POST',
            url: '/api/v1/kommuner/259/cases',
            payload: validSubmission({ area: 'hjaelpemidler' }),
          })
        ).json() as { caseNumber: string }
      ).caseNumber;
    const [caseNumber, otherCase] = [await newCase(), await newCase()];
    const [slot] = await h.ctx.dbh.sql<{ id: string }>(
      `INSERT INTO reception_slots (kommune_id, service_type_id, place, starts_at, ends_at, capacity)
       SELECT '259', id, 'Mødelokale 9', now() + interval '3 days', now() + interval '3 days 45 minutes', 2
         FROM reception_service_types WHERE kommune_id = '259' AND code = 'klagemoede' RETURNING id`,
    );
    const booked = await call('POST', '/api/v1/reception/bookings', who.caseworker!, {
      slotId: slot!.id,
      name: 'Testperson Møde',
      email: 'moede@eksempel.invalid',
      caseNumber,
    });
    expect(booked.res.statusCode, booked.res.body).toBe(201);
    const [{ id: bookingId }] = (await h.ctx.dbh.sql<{ id: string }>(
      'SELECT id FROM reception_bookings WHERE code = $1',
      [booked.body.bookingCode],
    )) as [{ id: string }];
    const plan = {
      measures: ['meet_in_reception'],
      reason: 'Borgeren har truet en medarbejder ved sidste møde.',
    };
    const before = await h.ctx.dbh.sql('SELECT id FROM safety_plans');
    for (const [onCase, id] of [
      [otherCase, bookingId],
      [caseNumber, '00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const refused = await call('POST', `/api/v1/cases/${onCase}/safety-plans`, who.caseworker!, {
        ...plan,
        bookingId: id,
      });
      expect(refused.res.statusCode).toBe(400);
      expect(refused.body.fields).toEqual({ bookingId: 'Bookingen findes ikke på denne sag.' });
    }
    expect(await h.ctx.dbh.sql('SELECT id FROM safety_plans')).toHaveLength(before.length);
    const made = await call('POST', `/api/v1/cases/${caseNumber}/safety-plans`, who.caseworker!, {
      ...plan,
      bookingId,
    });
    expect(made.res.statusCode, made.res.body).toBe(201);
    expect(made.body.bookingId).toBe(bookingId);
    // The plan names its meeting: when, where, which service.
    const [{ startsAt, day }] = (await h.ctx.dbh.sql<{ startsAt: Date; day: string }>(
      `SELECT starts_at AS "startsAt", (starts_at AT TIME ZONE 'Europe/Copenhagen')::date::text AS day
         FROM reception_slots WHERE id = $1`,
      [slot!.id],
    )) as [{ startsAt: Date; day: string }];
    expect(made.body.booking).toEqual({
      id: bookingId,
      startsAt: new Date(startsAt).toISOString(),
      place: 'Mødelokale 9',
      serviceName: 'Møde om din klage',
    });

    // The form's choice of the case's coming bookings, and none on the other case.
    const choices = await call('GET', `/api/v1/cases/${caseNumber}/safety-plans/bookings`, who.caseworker!);
    expect(choices.res.statusCode, choices.res.body).toBe(200);
    expect(choices.body).toEqual([
      expect.objectContaining({ id: bookingId, place: 'Mødelokale 9', serviceName: 'Møde om din klage' }),
    ]);
    expect((await auditAt(choices.remoteAddress))[0]).toMatchObject({ subject_type: 'booking' });
    const none = await call('GET', `/api/v1/cases/${otherCase}/safety-plans/bookings`, who.caseworker!);
    expect(none.body).toEqual([]);

    // The front desk sees that the day's booking has a plan, its measures — not the reason; audited.
    const desk = await call('GET', `/api/v1/safety-plans/on-bookings?date=${day}`, who.reception!);
    expect(desk.res.statusCode, desk.res.body).toBe(200);
    expect(desk.body).toEqual([
      expect.objectContaining({
        planId: made.body.id,
        booking: made.body.booking,
        measures: ['meet_in_reception'],
      }),
    ]);
    expect(desk.res.body).not.toContain('truet');
    expect(await auditAt(desk.remoteAddress)).toEqual([
      expect.objectContaining({ subject_type: 'safety_plan', subject_id: made.body.id, action: 'list' }),
    ]);
    // Another day has none; a colleague not involved sees none; a role without plans is refused.
    const otherDay = await call('GET', '/api/v1/safety-plans/on-bookings?date=2026-01-05', who.reception!);
    expect(otherDay.body).toEqual([]);
    const notInvolved = await call('GET', `/api/v1/safety-plans/on-bookings?date=${day}`, who.caseworker2!);
    expect(notInvolved.body).toEqual([]);
    const analyst = await call('GET', `/api/v1/safety-plans/on-bookings?date=${day}`, who.analyst!);
    expect(analyst.res.statusCode).toBe(403);
    // A cancelled booking no longer carries the flag.
    await h.ctx.dbh.sql("UPDATE reception_bookings SET status = 'cancelled' WHERE id = $1", [bookingId]);
    const cancelled = await call('GET', `/api/v1/safety-plans/on-bookings?date=${day}`, who.reception!);
    expect(cancelled.body).toEqual([]);
    // … and a plan can no longer be made for it, nor for a meeting that is over; nothing is stored.
    const plansBefore = await h.ctx.dbh.sql('SELECT id FROM safety_plans');
    const onCancelled = await call('POST', `/api/v1/cases/${caseNumber}/safety-plans`, who.caseworker!, {
      ...plan,
      bookingId,
    });
    expect(onCancelled.res.statusCode).toBe(400);
    expect(onCancelled.body.fields).toEqual({
      bookingId:
        'Mødet er aflyst eller overstået. Vælg et kommende møde, eller lav planen for sagen generelt.',
    });
    await h.ctx.dbh.sql(`UPDATE reception_bookings SET status = 'booked' WHERE id = $1;`, [bookingId]);
    await h.ctx.dbh.sql('UPDATE reception_slots SET starts_at = $2, ends_at = $3 WHERE id = $1', [
      slot!.id,
      new Date(h.ctx.now().getTime() - 2 * 3600_000),
      new Date(h.ctx.now().getTime() - 3600_000),
    ]);
    const onPast = await call('POST', `/api/v1/cases/${caseNumber}/safety-plans`, who.caseworker!, {
      ...plan,
      bookingId,
    });
    expect(onPast.res.statusCode).toBe(400);
    expect(await h.ctx.dbh.sql('SELECT id FROM safety_plans')).toHaveLength(plansBefore.length);
  });
});

describe('statistics for the safety committee', () => {
  it('counts by type, place and month without names, hiding groups under 5', async () => {
    for (let i = 0; i < 5; i++)
      await call(
        'POST',
        '/api/v1/incidents',
        who.reception!,
        incident({ occurredAt: `2026-10-0${i + 1}T10:00:00Z`, type: 'violence' }),
      );
    const { res, body } = await call(
      'GET',
      '/api/v1/incidents/statistics?from=2026-10-01&to=2026-11-30',
      who.safety!,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(body.byType).toEqual(
      expect.arrayContaining([
        { key: 'violence', count: 5 },
        { key: 'threat', count: null },
      ]),
    );
    // November's 4 are hidden; with the total shown, October's 5 would give them away, so it is hidden too.
    expect(body.total).toBe(9);
    expect(body.byMonth).toEqual([
      { key: '2026-10', count: null },
      { key: '2026-11', count: null },
    ]);
    expect(res.body).not.toMatch(/Borger|borger|reception@|[0-9a-f]{8}-[0-9a-f]{4}/);
    const refused = await call(
      'GET',
      '/api/v1/incidents/statistics?from=2026-10-01&to=2026-11-30',
      who.caseworker!,
    );
    expect(refused.res.statusCode).toBe(403);
  });
});

describe('the figures for the effect dashboard', () => {
  const figure = (key: string) => PLATFORM.figures.find((f) => f.key === key)!;
  it('counts a group of 5 and hides a smaller one, and never a department’s own', async () => {
    const october = { kommuneId: '259', from: '2026-10-01', to: '2026-10-31' };
    expect(await figure('safety.incidents.violence').compute(h.ctx, october)).toEqual({ value: 5, count: 5 });
    expect(await figure('safety.incidents.threat').compute(h.ctx, october)).toEqual({
      value: null,
      count: 0,
    });
    const november = { kommuneId: '259', from: '2026-11-01', to: '2026-11-30' };
    expect(await figure('safety.incidents.outside_work').compute(h.ctx, november)).toEqual({
      value: null,
      count: 0,
    });
    const department = { ...october, departmentId: '00000000-0000-4000-8000-000000000000' };
    expect(await figure('safety.incidents.violence').compute(h.ctx, department)).toEqual({
      value: null,
      count: 0,
    });
  });
});
