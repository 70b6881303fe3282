// The front desk end to end over HTTP: service types and slots, booking (one winner for the last place, on
// either engine), the booking's link, reminders exactly once, check-in, the queue's order, calling to a desk,
// the display, the hand-over, and waiting-time figures on a data set computed by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueReminders } from '../../src/modules/reception/booking.js';
import { meanWait, waitWithinGoal } from '../../src/modules/reception/figures.js';
import { getBooking } from '../../src/modules/reception/index.js';
import { seedReception } from '../../src/modules/reception/seed.js';
import { bearer, engine, type Harness, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
let reception: Record<string, string>;
let caseworker: Record<string, string>;
let address = 0;
const ip = () => `10.9.${(++address >> 8) & 255}.${address & 255}`;

const sql = <T>(text: string, values: unknown[] = []) => h.ctx.dbh.sql<T>(text, values);

async function serviceTypeId(code: string, kommuneId = '259') {
  const [row] = await sql<{ id: string }>(
    'SELECT id FROM reception_service_types WHERE kommune_id = $1 AND code = $2',
    [kommuneId, code],
  );
  return row!.id;
}

/** A slot of its own, so a test's bookings never meet another's. */
async function slotAt(
  startsAt: string,
  capacity: number,
  code = 'borgerservice',
  place = `Prøvelokale ${++address}`,
) {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO reception_slots (kommune_id, service_type_id, place, starts_at, ends_at, capacity)
     VALUES ('259', $1, $2, $3::timestamptz, $3::timestamptz + interval '15 minutes', $4) RETURNING id`,
    [await serviceTypeId(code), place, startsAt, capacity],
  );
  return row!.id;
}

const bookIt = (slotId: string, over: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  h.app.inject({
    method: 'POST',
    url: '/api/v1/kommuner/259/bookings',
    remoteAddress: ip(),
    headers,
    payload: { slotId, name: 'Testa Borger', email: 'testa@eksempel.invalid', ...over },
  });

beforeAll(async () => {
  h = await startHarness();
  await seedReception(h.ctx);
  reception = await bearer(h.app, 'reception@koege.demo');
  caseworker = await bearer(h.app, 'caseworker@koege.demo');
}, 240_000);
afterAll(() => h.close());

describe(`booking (${engine})`, () => {
  it('lists the service types of the kommune', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/kommuner/259/service-types' });
    expect(res.statusCode).toBe(200);
    const codes = (res.json() as { code: string }[]).map((t) => t.code);
    expect(codes).toEqual(expect.arrayContaining(['pas-koerekort', 'jobcentersamtale', 'klagemoede']));
  });

  it('lists slots in exactly the agreed shape, on working days only', async () => {
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/v1/kommuner/259/booking-slots?serviceType=pas-koerekort&from=2026-12-02&to=2026-12-02',
    });
    expect(res.statusCode).toBe(200);
    const slots = res.json() as Record<string, unknown>[];
    // 09:00–15:00 in 15 minutes at two desks: 24 × 2.
    expect(slots).toHaveLength(48);
    expect(Object.keys(slots[0]!).sort()).toEqual([
      'endsAt',
      'remaining',
      'serviceType',
      'slotId',
      'startsAt',
    ]);
    expect(slots[0]).toMatchObject({
      serviceType: 'pas-koerekort',
      startsAt: '2026-12-02T08:00:00.000Z',
      remaining: 1,
    });
    // Juleaftensdag is a closing day; a Saturday is no working day.
    for (const day of ['2026-12-24', '2026-12-05']) {
      const closed = await h.app.inject({
        method: 'GET',
        url: `/api/v1/kommuner/259/booking-slots?serviceType=pas-koerekort&from=${day}&to=${day}`,
      });
      expect(closed.json()).toEqual([]);
    }
  });

  it('refuses a bad range and an unknown service type in the caller’s language', async () => {
    const bad = await h.app.inject({
      method: 'GET',
      url: '/api/v1/kommuner/259/booking-slots?serviceType=pas-koerekort&from=2026-12-10&to=2026-12-01',
      headers: { 'accept-language': 'en' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('period');
    const unknown = await h.app.inject({
      method: 'GET',
      url: '/api/v1/kommuner/259/booking-slots?serviceType=ukendt&from=2026-12-02&to=2026-12-02',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('answers 201 with the code, the private token and the time, and 409 when the slot is full', async () => {
    const slotId = await slotAt('2026-12-03T09:00:00Z', 1);
    const first = await bookIt(slotId);
    expect(first.statusCode, first.body).toBe(201);
    const body = first.json() as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual(['bookingCode', 'manageToken', 'startsAt']);
    expect(body.startsAt).toBe('2026-12-03T09:00:00.000Z');
    expect(body.bookingCode).toMatch(/^[A-Z2-9]{6}$/);
    const second = await bookIt(slotId, { name: 'Anden Borger' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toBe('slot_full');
  });

  it('gives the last place to exactly one of many racers', async () => {
    const slotId = await slotAt('2026-12-04T09:00:00Z', 1);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        bookIt(slotId, { name: `Racer ${i}`, email: `racer${i}@eksempel.invalid` }),
      ),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(11);
    const [slot] = await sql<{ booked: number }>('SELECT booked FROM reception_slots WHERE id = $1', [
      slotId,
    ]);
    expect(Number(slot!.booked)).toBe(1);
    const bookings = await sql('SELECT id FROM reception_bookings WHERE slot_id = $1', [slotId]);
    expect(bookings).toHaveLength(1);
  });

  it('never overfills a slot of three under a crowd, and the database refuses a counter beyond capacity', async () => {
    const slotId = await slotAt('2026-12-04T10:00:00Z', 3);
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        bookIt(slotId, { name: `Menge ${i}`, email: `menge${i}@eksempel.invalid` }),
      ),
    );
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(3);
    await expect(
      sql('UPDATE reception_slots SET booked = capacity + 1 WHERE id = $1', [slotId]),
    ).rejects.toThrow();
  });

  it('answers a repeat with the same Idempotency-Key with the booking made first', async () => {
    const slotId = await slotAt('2026-12-07T09:00:00Z', 2);
    const key = { 'idempotency-key': 'booking-repeat-1' };
    const a = await bookIt(slotId, {}, key);
    const b = await bookIt(slotId, {}, key);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(200);
    expect(b.json()).toEqual(a.json());
    const other = await bookIt(slotId, { name: 'En Anden' }, key);
    expect(other.statusCode).toBe(422);
  });

  it('refuses bad input with a message per field, and changes nothing', async () => {
    const slotId = await slotAt('2026-12-07T10:00:00Z', 1);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/bookings',
      remoteAddress: ip(),
      payload: { slotId, name: '', phone: '1234' },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields ?? {})).toEqual(expect.arrayContaining(['name']));
    const [slot] = await sql<{ booked: number }>('SELECT booked FROM reception_slots WHERE id = $1', [
      slotId,
    ]);
    expect(Number(slot!.booked)).toBe(0);
  });

  it('shows, moves and cancels a booking from its private link, freeing the place', async () => {
    const from = await slotAt('2026-12-08T09:00:00Z', 1, 'pas-koerekort');
    const to = await slotAt('2026-12-08T09:15:00Z', 1, 'pas-koerekort');
    const { manageToken } = (await bookIt(from)).json() as { manageToken: string };
    const seen = await h.app.inject({ method: 'GET', url: `/api/v1/bookings/${manageToken}` });
    expect(seen.json()).toMatchObject({ status: 'booked', serviceType: 'pas-koerekort' });
    const moved = await h.app.inject({
      method: 'POST',
      url: `/api/v1/bookings/${manageToken}/move`,
      payload: { slotId: to },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().startsAt).toBe('2026-12-08T09:15:00.000Z');
    const counts = await sql<{ id: string; booked: number }>(
      'SELECT id, booked FROM reception_slots WHERE id = ANY($1::uuid[])',
      [[from, to]],
    );
    expect(Object.fromEntries(counts.map((c) => [c.id, Number(c.booked)]))).toEqual({ [from]: 0, [to]: 1 });
    const cancelled = await h.app.inject({ method: 'POST', url: `/api/v1/bookings/${manageToken}/cancel` });
    expect(cancelled.json().status).toBe('cancelled');
    const again = await h.app.inject({ method: 'POST', url: `/api/v1/bookings/${manageToken}/cancel` });
    expect(again.statusCode).toBe(409);
    const [after] = await sql<{ booked: number }>('SELECT booked FROM reception_slots WHERE id = $1', [to]);
    expect(Number(after!.booked)).toBe(0);
    const mails = await sql<{ template: string }>(
      `SELECT template FROM outbox WHERE recipient = 'testa@eksempel.invalid' AND template LIKE 'reception.%' ORDER BY created_at`,
    );
    expect(mails.map((m) => m.template)).toEqual(
      expect.arrayContaining([
        'reception.booking_confirmed',
        'reception.booking_moved',
        'reception.booking_cancelled',
      ]),
    );
  });

  it('exposes a minimal booking to other modules, without name or contact', async () => {
    const slotId = await slotAt('2026-12-09T09:00:00Z', 1);
    await bookIt(slotId, { name: 'Minimal Borger' });
    const [b] = await sql<{ id: string }>('SELECT id FROM reception_bookings WHERE slot_id = $1', [slotId]);
    const ref = await getBooking(h.ctx, '259', b!.id);
    expect(ref).toMatchObject({ id: b!.id, status: 'booked', place: expect.any(String) });
    expect(JSON.stringify(ref)).not.toContain('Minimal');
    expect(await getBooking(h.ctx, '230', b!.id)).toBeNull();
    expect(await getBooking(h.ctx, '259', 'not-a-uuid')).toBeNull();
  });
});

describe(`reminders (${engine})`, () => {
  it('sends a reminder exactly once, even when the job runs twice at once and again', async () => {
    // Booked two days ahead of the meeting (tomorrow at 10:00, 09:00Z): not yet due.
    h.clock.set('2026-11-30T08:00:00Z');
    const slotId = await slotAt('2026-12-02T09:00:00Z', 1, 'pas-koerekort');
    const booked = await bookIt(slotId, {
      email: 'paamindelse@eksempel.invalid',
      name: 'Påmindet Borger',
    });
    expect(booked.statusCode).toBe(201);
    const early = await bookIt(await slotAt('2026-12-10T09:00:00Z', 1, 'pas-koerekort'), {
      email: 'for-tidligt@eksempel.invalid',
    });
    expect(early.statusCode).toBe(201);
    const none = await sql(`SELECT id FROM outbox WHERE template = 'reception.reminder'`);
    expect(none).toEqual([]);
    // 24 hours before: due. The job runs twice at once, and once more.
    h.clock.set('2026-12-01T09:00:00Z');
    await Promise.all([sendDueReminders(h.ctx), sendDueReminders(h.ctx)]);
    await sendDueReminders(h.ctx);
    const rows = await sql<{ params: Record<string, string> | string; recipient: string }>(
      `SELECT params, recipient FROM outbox WHERE template = 'reception.reminder'
        AND recipient IN ('paamindelse@eksempel.invalid', 'for-tidligt@eksempel.invalid')`,
    );
    expect(rows.map((r) => r.recipient)).toEqual(['paamindelse@eksempel.invalid']);
    const params = typeof rows[0]!.params === 'string' ? JSON.parse(rows[0]!.params) : rows[0]!.params;
    expect(params).toMatchObject({
      time: '10:00',
      bring: expect.stringContaining('pasfoto'),
      date: '2026-12-02',
    });
    expect(params.manageUrl).toContain('/tid/');
  });

  it('sends the reminder with the confirmation when the booking is made inside its window', async () => {
    h.clock.set('2026-12-01T09:00:00Z');
    const slotId = await slotAt('2026-12-01T13:00:00Z', 1, 'pas-koerekort');
    expect((await bookIt(slotId, { email: 'i-dag@eksempel.invalid' })).statusCode).toBe(201);
    await sendDueReminders(h.ctx);
    const rows = await sql<{ template: string }>(
      `SELECT template FROM outbox WHERE recipient = 'i-dag@eksempel.invalid' ORDER BY template`,
    );
    expect(rows.map((r) => r.template)).toEqual(['reception.booking_confirmed', 'reception.reminder']);
  });
});

describe(`arrival, queue and display (${engine})`, () => {
  const checkIn = (payload: Record<string, string>) =>
    h.app.inject({ method: 'POST', url: '/api/v1/kommuner/259/check-in', remoteAddress: ip(), payload });

  it('checks in by code and as a walk-in, calls in order, shows the display and hands over', async () => {
    h.clock.set('2026-12-01T09:00:00Z'); // 10:00 in Køge
    // A booking at 10:00 today (09:00Z, due now) and one at 11:30 (not yet due).
    const due = (
      await bookIt(await slotAt('2026-12-01T09:05:00Z', 1, 'jobcentersamtale'), { name: 'Booket Nu' })
    ).json();
    const later = (
      await bookIt(await slotAt('2026-12-01T10:30:00Z', 1, 'jobcentersamtale'), { name: 'Booket Senere' })
    ).json();
    const walkIn1 = await checkIn({ serviceType: 'borgerservice' });
    expect(walkIn1.statusCode).toBe(201);
    h.clock.set('2026-12-01T09:02:00Z');
    const early = await checkIn({ bookingCode: later.bookingCode.toLowerCase() });
    expect(early.statusCode, early.body).toBe(201);
    h.clock.set('2026-12-01T09:04:00Z');
    const onTime = await checkIn({ bookingCode: due.bookingCode });
    const repeat = await checkIn({ bookingCode: due.bookingCode });
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json().ticket).toBe(onTime.json().ticket);
    const walkIn2 = await checkIn({ serviceType: 'pas-koerekort' });
    expect([walkIn1, early, onTime, walkIn2].map((r) => r.json().ticket)).toEqual([
      'B001',
      'J002',
      'J003',
      'P004',
    ]);

    // At 10:06 the booking of 10:05 has come due: it goes first; then everyone by arrival.
    h.clock.set('2026-12-01T09:06:00Z');
    const queue = await h.app.inject({ method: 'GET', url: '/api/v1/reception/queue', headers: reception });
    expect(queue.statusCode).toBe(200);
    expect(queue.json().waiting.map((v: { ticket: string }) => v.ticket)).toEqual([
      'J003',
      'B001',
      'J002',
      'P004',
    ]);

    const called = await h.app.inject({
      method: 'POST',
      url: '/api/v1/reception/call-next',
      headers: reception,
      payload: { desk: 'Skranke 2' },
    });
    expect(called.json()).toMatchObject({ ticket: 'J003', desk: 'Skranke 2', name: 'Booket Nu' });
    // Two desks calling at once get two different citizens.
    const [a, b] = await Promise.all(
      ['Skranke 1', 'Skranke 3'].map((desk) =>
        h.app.inject({
          method: 'POST',
          url: '/api/v1/reception/call-next',
          headers: reception,
          payload: { desk },
        }),
      ),
    );
    expect(new Set([a!.json().ticket, b!.json().ticket])).toEqual(new Set(['B001', 'J002']));

    const display = await h.app.inject({ method: 'GET', url: '/api/v1/kommuner/259/waiting-display' });
    const shown = display.json() as { called: { ticket: string; desk: string }[]; waiting: number };
    expect(shown.called.map((c) => c.ticket)).toContain('J003');
    expect(shown.waiting).toBe(1);
    expect(display.body).not.toContain('Booket');

    const [cw] = await sql<{ id: string }>("SELECT id FROM users WHERE email = 'caseworker@koege.demo'");
    h.clock.set('2026-12-01T09:20:00Z');
    const done = await h.app.inject({
      method: 'POST',
      url: `/api/v1/reception/visits/${called.json().id}/done`,
      headers: reception,
      payload: { handoverNote: 'Tolk bestilt. Borgeren er ked af det.', handoverTo: cw!.id },
    });
    expect(done.statusCode, done.body).toBe(204);
    const twice = await h.app.inject({
      method: 'POST',
      url: `/api/v1/reception/visits/${called.json().id}/done`,
      headers: reception,
      payload: {},
    });
    expect(twice.statusCode).toBe(409);
    const handovers = await h.app.inject({
      method: 'GET',
      url: '/api/v1/reception/handovers',
      headers: caseworker,
    });
    expect(handovers.json()).toEqual([
      expect.objectContaining({ ticket: 'J003', handoverNote: 'Tolk bestilt. Borgeren er ked af det.' }),
    ]);
    // The caseworker does not run the queue.
    const refused = await h.app.inject({
      method: 'GET',
      url: '/api/v1/reception/queue',
      headers: caseworker,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('refuses an unknown code and a code of another day', async () => {
    const unknown = await checkIn({ bookingCode: 'ZZZZZZ' });
    expect(unknown.statusCode).toBe(400);
    const other = (await bookIt(await slotAt('2026-12-11T09:00:00Z', 1))).json();
    const notToday = await checkIn({ bookingCode: other.bookingCode });
    expect(notToday.statusCode).toBe(400);
    expect(notToday.json().fields).toEqual({ bookingCode: expect.any(String) });
  });
});

describe(`waiting-time figures on a hand-computed set (${engine})`, () => {
  it('measures arrival → called and called → done against each service type’s goal', async () => {
    // Rudersdal, 2026-11-30: pas-koerekort (goal 10) waits 4, 12, 10 minutes; borgerservice (goal 15) waits 20
    // and one still waiting. Service times: 6 and 9 minutes (two visits done).
    const pas = await serviceTypeId('pas-koerekort', '230');
    const bs = await serviceTypeId('borgerservice', '230');
    const visits: [string, number, string, string | null, string | null][] = [
      [pas, 1, '08:00', '08:04', '08:10'],
      [pas, 2, '08:00', '08:12', '08:21'],
      [pas, 3, '08:30', '08:40', null],
      [bs, 4, '09:00', '09:20', null],
      [bs, 5, '09:10', null, null],
    ];
    for (const [type, seq, arrived, called, done] of visits)
      await sql(
        `INSERT INTO reception_visits (kommune_id, service_type_id, day, seq, ticket, arrived_at, called_at, done_at)
         VALUES ('230', $1, '2026-11-30', $2, $3, $4::timestamptz, $5::timestamptz, $6::timestamptz)`,
        [
          type,
          seq,
          `X${seq}`,
          `2026-11-30T${arrived}:00Z`,
          called ? `2026-11-30T${called}:00Z` : null,
          done ? `2026-11-30T${done}:00Z` : null,
        ],
      );
    const scope = { kommuneId: '230', from: '2026-11-30', to: '2026-11-30' };
    // Within goal: 4 ≤ 10, 12 > 10, 10 ≤ 10, 20 > 15 → 2 of 4.
    expect(await waitWithinGoal.compute(h.ctx, scope)).toEqual({ value: 0.5, count: 4 });
    // Mean wait: (4 + 12 + 10 + 20) / 4 = 11.5.
    expect(await meanWait.compute(h.ctx, scope)).toEqual({ value: 11.5, count: 4 });
    // The front desk belongs to no department: a department's scope has nothing to measure here.
    expect(await meanWait.compute(h.ctx, { ...scope, departmentId: 'any-department' })).toEqual({
      value: null,
      count: 0,
    });

    const analyst = await bearer(h.app, 'analyst@rudersdal.demo');
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/v1/reception/waiting-times?from=2026-11-30&to=2026-11-30',
      headers: analyst,
    });
    expect(res.statusCode, res.body).toBe(200);
    const byType = Object.fromEntries(
      (res.json() as { serviceType: string }[]).map((w) => [w.serviceType, w]),
    );
    expect(byType['pas-koerekort']).toMatchObject({
      goalMinutes: 10,
      visits: 3,
      meanWaitMinutes: 8.7, // 26 / 3
      medianWaitMinutes: 10,
      meanServiceMinutes: 7.5, // (6 + 9) / 2
      withinGoal: 2 / 3,
    });
    expect(byType.borgerservice).toMatchObject({
      goalMinutes: 15,
      visits: 1,
      meanWaitMinutes: 20,
      withinGoal: 0,
    });
  });
});

describe(`the waiting-time goal on the public service-goal page (${engine})`, () => {
  it('shows each service type’s goal beside the share within it and the median, and hides fewer than 5', async () => {
    h.clock.set('2026-12-01T09:00:00Z');
    // Rudersdal, 2026-11-20: jobcentersamtale (goal 5 minutes) waits 2, 3, 5, 6, 9, 1 minutes and one visit
    // still waiting. Within the goal: 2, 3, 5, 1 → 4 of 6 = 67 %. Median of 1, 2, 3, 5, 6, 9: (3 + 5) / 2 = 4.
    // Pas og kørekort has the 3 called visits of 30 November (above): fewer than 5, no share shown.
    const job = await serviceTypeId('jobcentersamtale', '230');
    const waits = [2, 3, 5, 6, 9, 1, null];
    for (const [i, wait] of waits.entries()) {
      const arrived = new Date(Date.UTC(2026, 10, 20, 8, i * 10));
      await sql(
        `INSERT INTO reception_visits (kommune_id, service_type_id, day, seq, ticket, arrived_at, called_at)
         VALUES ('230', $1, '2026-11-20', $2, $3, $4, $5)`,
        [
          job,
          i + 1,
          `J${i + 1}`,
          arrived,
          wait === null ? null : new Date(arrived.getTime() + wait * 60_000),
        ],
      );
    }
    const page = await h.app.inject({ method: 'GET', url: '/k/230/servicemaal' });
    expect(page.statusCode).toBe(200);
    const section = page.body.slice(page.body.indexOf('Ventetid i borgerservice'));
    expect(section).toContain('Antal besøg');
    const row = (name: string) => {
      const start = section.indexOf(`<th scope="row">${name}</th>`);
      expect(start, name).toBeGreaterThan(-1);
      return section.slice(start, section.indexOf('</tr>', start));
    };
    const jobRow = row('Jobcentersamtale');
    expect(jobRow).toContain('Højst 5 minutters ventetid');
    expect(jobRow).toContain('67 %');
    expect(jobRow).toContain('4 minutter');
    expect(jobRow).toMatch(/<td>6<\/td>/);
    const pasRow = row('Pas og kørekort');
    expect(pasRow).toContain('Højst 10 minutters ventetid');
    expect(pasRow).toContain('Færre end 5 besøg');
    expect(pasRow).not.toMatch(/<td>3<\/td>/);
    // A service type without visits still shows its promise.
    expect(row('Borgerservice i øvrigt')).toContain('Højst 15 minutters ventetid');

    const en = await h.app.inject({ method: 'GET', url: '/k/230/servicemaal?lang=en' });
    expect(en.body).toContain('Waiting time at the front desk');
    expect(en.body).toContain('Job centre meeting');
    expect(en.body).toContain('At most 5 minutes’ wait');
    expect(en.body).toContain('4 minutes');
    // Another kommune's visits stay its own: Køge has none measured here.
    const koege = await h.app.inject({ method: 'GET', url: '/k/259/servicemaal' });
    const koegeJob = koege.body.slice(koege.body.indexOf('<th scope="row">Jobcentersamtale</th>'));
    expect(koegeJob.slice(0, koegeJob.indexOf('</tr>'))).toContain('Færre end 5 besøg');
  });
});

describe(`administration of service types and opening hours (${engine})`, () => {
  let admin: Record<string, string>;
  const adminCall = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, lang = 'da') =>
    h.app.inject({
      method,
      url: `/api/v1/reception/service-types${url}`,
      headers: { ...admin, 'accept-language': lang },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const settings = (over: Record<string, unknown> = {}) => ({
    name: 'Sygesikringskort',
    nameEn: 'Health insurance card',
    bring: 'Billedlegitimation.',
    bringEn: 'Photo ID.',
    ticketPrefix: 'S',
    durationMinutes: 30,
    places: ['Skranke 9', 'Skranke 10'],
    capacity: 2,
    // Thursdays and Saturdays only.
    hours: [
      { weekday: 4, opens: '09:00', closes: '10:00' },
      { weekday: 6, opens: '10:00', closes: '12:00' },
    ],
    reminderHours: 24,
    waitGoalMinutes: 12,
    bookableOnline: true,
    ...over,
  });
  const slotsOn = async (code: string, day: string) => {
    const res = await h.app.inject({
      method: 'GET',
      url: `/api/v1/kommuner/259/booking-slots?serviceType=${code}&from=${day}&to=${day}`,
    });
    return {
      status: res.statusCode,
      slots: res.statusCode === 200 ? (res.json() as Record<string, unknown>[]) : [],
    };
  };
  const typeCount = async () =>
    Number(
      (
        await sql<{ n: string }>("SELECT count(*) AS n FROM reception_service_types WHERE kommune_id = '259'")
      )[0]!.n,
    );
  let created: { id: string };

  beforeAll(async () => {
    admin = await bearer(h.app, 'admin@koege.demo');
  });

  it('lists every service type with its hours for the administrator only', async () => {
    h.clock.set('2026-12-01T09:00:00Z');
    const res = await adminCall('GET', '');
    expect(res.statusCode, res.body).toBe(200);
    const pas = (res.json() as { code: string }[]).find((t) => t.code === 'pas-koerekort');
    expect(pas).toMatchObject({
      places: ['Skranke 1', 'Skranke 2'],
      capacity: 1,
      waitGoalMinutes: 10,
      active: true,
      hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '15:00' })),
    });
    for (const who of [reception, caseworker]) {
      const refused = await h.app.inject({
        method: 'GET',
        url: '/api/v1/reception/service-types',
        headers: who,
      });
      expect(refused.statusCode).toBe(403);
    }
  });

  it('creates a service type and plans its slots from the hours per weekday, skipping a closing day', async () => {
    const res = await adminCall('POST', '', { code: 'sygesikring', ...settings() });
    expect(res.statusCode, res.body).toBe(201);
    created = res.json();
    expect(res.json()).toMatchObject({ code: 'sygesikring', active: true, hours: settings().hours });
    // Saturday 5 December, 10:00–12:00 in 30 minutes at two desks: 4 × 2 slots, 2 places each; 10:00 Danish
    // time is 09:00 UTC.
    const saturday = await slotsOn('sygesikring', '2026-12-05');
    expect(saturday.slots).toHaveLength(8);
    expect(saturday.slots[0]).toMatchObject({ startsAt: '2026-12-05T09:00:00.000Z', remaining: 2 });
    expect(saturday.slots.at(-1)).toMatchObject({ startsAt: '2026-12-05T10:30:00.000Z' });
    // Thursday 3 December 09:00–10:00: 2 × 2. Thursday 24 December (juleaftensdag) is closed; Friday has no hours.
    expect((await slotsOn('sygesikring', '2026-12-03')).slots).toHaveLength(4);
    expect((await slotsOn('sygesikring', '2026-12-24')).slots).toEqual([]);
    expect((await slotsOn('sygesikring', '2026-12-04')).slots).toEqual([]);
    const [audit] = await sql<{ action: string; user_id: string }>(
      `SELECT action, user_id FROM audit_log WHERE subject_type = 'reception.service_type' AND subject_id = $1`,
      [created.id],
    );
    expect(audit).toMatchObject({ action: 'create', user_id: h.koege.users['admin@koege.demo'] });
    const again = await adminCall('POST', '', { code: 'sygesikring', ...settings() });
    expect(again.statusCode).toBe(409);
    expect(again.json().fields).toEqual({ code: 'Kommunen har allerede en ydelse med den kode.' });
  });

  it('refuses bad settings with a message per field in the caller’s language, and changes nothing', async () => {
    const before = await typeCount();
    const schema = await adminCall('POST', '', { code: 'Ikke OK', ...settings({ durationMinutes: 500 }) });
    expect(schema.statusCode).toBe(400);
    expect(schema.json().fields).toMatchObject({
      code: expect.stringContaining('små bogstaver'),
      durationMinutes: 'Skriv mødets længde i hele minutter, mellem 5 og 240.',
    });
    const rules = await adminCall(
      'POST',
      '',
      {
        code: 'ny-ydelse',
        ...settings({
          name: '  ',
          places: ['Skranke 9', 'skranke 9'],
          hours: [
            { weekday: 1, opens: '15:00', closes: '09:00' },
            { weekday: 2, opens: '9', closes: '10:00' },
            { weekday: 3, opens: '09:00', closes: '09:20' },
          ],
        }),
      },
      'en',
    );
    expect(rules.statusCode).toBe(400);
    expect(rules.json().fields).toEqual({
      name: 'Enter the service’s name in Danish (at most 120 characters).',
      places: 'The same desk or room is listed twice.',
      'hours-1': 'The closing time must be after the opening time.',
      'hours-2': 'Enter opening and closing times as HH:MM, e.g. 09:00 and 15:00.',
      'hours-3': 'There must be time for at least one meeting between opening and closing.',
    });
    const none = await adminCall('POST', '', { code: 'ny-ydelse', ...settings({ hours: [] }) });
    expect(none.json().fields).toEqual({ hours: 'Vælg mindst én ugedag med åbningstid.' });
    expect(await typeCount()).toBe(before);
  });

  it('plans open slots again after a change, and keeps a booked one', async () => {
    const saturday = await slotsOn('sygesikring', '2026-12-05');
    const last = saturday.slots.at(-1)!; // 11:30 Danish time
    expect((await bookIt(last.slotId as string)).statusCode).toBe(201);
    const res = await adminCall(
      'PUT',
      `/${created.id}`,
      settings({ capacity: 3, hours: [{ weekday: 6, opens: '10:00', closes: '11:00' }], waitGoalMinutes: 8 }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ capacity: 3, waitGoalMinutes: 8 });
    // 10:00 and 10:30 at two desks with 3 places each, and the booked 11:30 slot that stays.
    const after = (await slotsOn('sygesikring', '2026-12-05')).slots;
    expect(after.map((x) => [x.startsAt, x.remaining])).toEqual([
      ['2026-12-05T09:00:00.000Z', 3],
      ['2026-12-05T09:00:00.000Z', 3],
      ['2026-12-05T09:30:00.000Z', 3],
      ['2026-12-05T09:30:00.000Z', 3],
      ['2026-12-05T10:30:00.000Z', 1],
    ]);
    expect((await slotsOn('sygesikring', '2026-12-03')).slots).toEqual([]);
    const unknown = await adminCall('PUT', '/00000000-0000-4000-8000-000000000000', settings());
    expect(unknown.statusCode).toBe(404);
  });

  it('deactivates a service type: no longer offered or bookable, its bookings kept; and activates it again', async () => {
    const bookings = async () =>
      Number(
        (
          await sql<{ n: string }>(
            `SELECT count(*) AS n FROM reception_bookings b JOIN reception_slots s ON s.id = b.slot_id
              WHERE s.service_type_id = $1 AND b.status = 'booked'`,
            [created.id],
          )
        )[0]!.n,
      );
    expect(await bookings()).toBe(1);
    const off = await adminCall('POST', `/${created.id}/deactivate`);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    const publicList = await h.app.inject({ method: 'GET', url: '/api/v1/kommuner/259/service-types' });
    expect((publicList.json() as { code: string }[]).map((t) => t.code)).not.toContain('sygesikring');
    expect((await slotsOn('sygesikring', '2026-12-05')).status).toBe(404);
    const walkIn = await h.app.inject({
      method: 'POST',
      url: '/api/v1/staff/check-in',
      headers: reception,
      payload: { serviceType: 'sygesikring' },
    });
    expect(walkIn.statusCode).toBe(400);
    const [open] = await sql<{ n: string }>(
      'SELECT count(*) AS n FROM reception_slots WHERE service_type_id = $1 AND booked = 0',
      [created.id],
    );
    expect(Number(open!.n)).toBe(0);
    expect(await bookings()).toBe(1);
    const audits = await sql<{ action: string }>(
      `SELECT action FROM audit_log WHERE subject_type = 'reception.service_type' AND subject_id = $1 ORDER BY at, id`,
      [created.id],
    );
    // The test clock stands still: the three rows share an instant.
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'update', 'update']);
    const on = await adminCall('POST', `/${created.id}/activate`);
    expect(on.json().active).toBe(true);
    expect((await slotsOn('sygesikring', '2026-12-05')).slots).toHaveLength(5);
  });
});

describe(`citizen pages (${engine})`, () => {
  const form = (url: string, fields: Record<string, string>) =>
    h.app.inject({
      method: 'POST',
      url,
      remoteAddress: ip(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });

  it('books from the page, shows the booking with its calendar file, moves and cancels after confirmation', async () => {
    h.clock.set('2026-12-01T09:00:00Z');
    const page = await h.app.inject({
      method: 'GET',
      url: '/k/259/tidsbestilling?serviceType=pas-koerekort',
    });
    expect(page.statusCode).toBe(200);
    const slotIds = [...page.body.matchAll(/<option value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    expect(slotIds.length).toBeGreaterThan(10);
    const refused = await form('/k/259/tidsbestilling', {
      serviceType: 'pas-koerekort',
      slotId: slotIds[0]!,
      name: '',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Skriv dit navn.');
    const booked = await form('/k/259/tidsbestilling', {
      serviceType: 'pas-koerekort',
      slotId: slotIds[0]!,
      name: 'Side Borger',
      email: 'side@eksempel.invalid',
    });
    expect(booked.statusCode).toBe(303);
    const manage = booked.headers.location as string;
    expect(manage).toMatch(/^\/tid\//);
    const shown = await h.app.inject({ method: 'GET', url: manage });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('Bookingkode');
    const ics = await h.app.inject({ method: 'GET', url: `${manage}/kalender.ics` });
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VEVENT');
    const moved = await form(`${manage}/flyt`, { slotId: slotIds[5]! });
    expect(moved.statusCode).toBe(303);
    const confirm = await h.app.inject({ method: 'GET', url: `${manage}/aflys` });
    expect(confirm.body).toContain('Ja, aflys tiden');
    const cancelled = await form(`${manage}/aflys`, {});
    expect(cancelled.statusCode).toBe(303);
    expect((await h.app.inject({ method: 'GET', url: manage })).body).toContain('Tiden er aflyst.');
  });

  it('checks in at the kiosk and shows the ticket on the display', async () => {
    const kiosk = await form('/k/259/kiosk', { serviceType: 'pas-koerekort' });
    expect(kiosk.statusCode).toBe(303);
    const ticket = new URL(kiosk.headers.location as string, 'http://x').searchParams.get('billet')!;
    const ticketPage = await h.app.inject({ method: 'GET', url: kiosk.headers.location as string });
    expect(ticketPage.body).toContain(ticket);
    const bad = await form('/k/259/kiosk', { bookingCode: 'QQQQQQ' });
    expect(bad.statusCode).toBe(400);
    const display = await h.app.inject({ method: 'GET', url: '/k/259/skaerm' });
    expect(display.statusCode).toBe(200);
    expect(display.body).toContain('waiting-display.js');
  });

  it('is linked from the kommune’s citizen home', async () => {
    const home = await h.app.inject({ method: 'GET', url: '/k/259' });
    expect(home.body).toContain('/k/259/tidsbestilling');
  });
});

describe(`staff book on a citizen's behalf (${engine})`, () => {
  const staffBook = (payload: Record<string, unknown>, headers: Record<string, string>) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/reception/bookings',
      remoteAddress: ip(),
      headers,
      payload,
    });
  const param = (p: Record<string, string> | string) => (typeof p === 'string' ? JSON.parse(p) : p);

  it('books a meeting on a case with the support needs of the citizen record, shown on the booking, at check-in and in the reminder', async () => {
    h.clock.set('2026-12-03T08:00:00Z'); // 09:00 in Køge, a Thursday
    // Sessions of this day: the ones made at the start would have run out on this clock.
    reception = await bearer(h.app, 'reception@koege.demo');
    caseworker = await bearer(h.app, 'caseworker@koege.demo');
    const submitted = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      remoteAddress: ip(),
      payload: validSubmission({ name: 'Testperson Mødetolk', phone: '33 44 55 66' }),
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const caseNumber = submitted.json().caseNumber as string;
    const [{ citizen_id: citizenId }] = (await sql<{ citizen_id: string }>(
      'SELECT citizen_id FROM cases WHERE number = $1',
      [caseNumber],
    )) as [{ citizen_id: string }];
    const needs = await h.app.inject({
      method: 'PUT',
      url: `/api/v1/citizens/${citizenId}/support-needs`,
      headers: caseworker,
      payload: { interpreter: true, language: 'arabisk', companion: true },
    });
    expect(needs.statusCode, needs.body).toBe(200);

    // The caseworker offers a meeting about the complaint instead of a call; the support needs given are ignored.
    const slotId = await slotAt('2026-12-03T12:00:00Z', 1, 'klagemoede');
    const booked = await staffBook(
      {
        slotId,
        name: 'Testperson Mødetolk',
        email: 'moedetolk@eksempel.invalid',
        caseNumber,
        supportNeeds: { readingDifficulties: true },
      },
      caseworker,
    );
    expect(booked.statusCode, booked.body).toBe(201);
    const { bookingCode } = booked.json() as { bookingCode: string };
    const expected = { interpreter: true, language: 'arabisk', companion: true };

    const meetings = await h.app.inject({ url: `/api/v1/cases/${caseNumber}/meetings`, headers: caseworker });
    expect(meetings.statusCode, meetings.body).toBe(200);
    expect(JSON.stringify(meetings.json())).toContain(bookingCode);

    const day = await h.app.inject({ url: '/api/v1/reception/bookings?date=2026-12-03', headers: reception });
    const onList = (day.json() as { bookingCode: string; supportNeeds: Record<string, unknown> }[]).find(
      (b) => b.bookingCode === bookingCode,
    );
    expect(onList?.supportNeeds).toMatchObject(expected);
    expect(onList?.supportNeeds.readingDifficulties).not.toBe(true);

    // Booked three hours ahead: inside the 48-hour window, so the reminder carries the interpreter.
    await sendDueReminders(h.ctx);
    const [reminder] = await sql<{ params: Record<string, string> | string }>(
      `SELECT params FROM outbox WHERE template = 'reception.reminder' AND recipient = 'moedetolk@eksempel.invalid'`,
    );
    expect(JSON.stringify(param(reminder!.params))).toContain('arabisk');

    h.clock.set('2026-12-03T11:50:00Z');
    const arrived = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/check-in',
      remoteAddress: ip(),
      payload: { bookingCode },
    });
    expect(arrived.statusCode, arrived.body).toBe(201);
    const queue = await h.app.inject({ url: '/api/v1/reception/queue', headers: reception });
    const waiting = (
      queue.json().waiting as { name: string | null; supportNeeds: Record<string, unknown> }[]
    ).find((v) => v.name === 'Testperson Mødetolk');
    expect(waiting?.supportNeeds).toMatchObject(expected);
  });

  it('books at the desk without a case with the support needs the reception gives, and refuses a case it cannot see', async () => {
    h.clock.set('2026-12-03T08:00:00Z');
    const slotId = await slotAt('2026-12-04T09:00:00Z', 1, 'borgerservice');
    const booked = await staffBook(
      { slotId, name: 'Testa Skranke', phone: '22 33 44 55', supportNeeds: { hearingDifficulties: true } },
      reception,
    );
    expect(booked.statusCode, booked.body).toBe(201);
    const day = await h.app.inject({ url: '/api/v1/reception/bookings?date=2026-12-04', headers: reception });
    const row = (day.json() as { bookingCode: string; supportNeeds: Record<string, unknown> }[]).find(
      (b) => b.bookingCode === booked.json().bookingCode,
    );
    expect(row?.supportNeeds).toMatchObject({ hearingDifficulties: true });

    const unknown = await staffBook(
      {
        slotId: await slotAt('2026-12-04T09:30:00Z', 1),
        name: 'Testa Skranke',
        caseNumber: '259-2026-999999',
      },
      reception,
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields).toHaveProperty('caseNumber');
  });
});
