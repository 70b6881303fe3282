// Participation end to end over HTTP: a process states its room for influence, citizens contribute without an
// account (API and form), staff moderate, group and answer; closing is refused with what is missing until every
// group is answered and every contributor with contact details told; the public pages show the results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM } from '../../src/modules/index.js';
import { bearer, type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let caseworker: Record<string, string>;
let otherDept: Record<string, string>;
let rudersdal: Record<string, string>;

const newProcess = (over: Record<string, unknown> = {}) => ({
  title: 'Ny sti langs åen',
  question: 'Hvor skal stien gå?',
  influence: 'Stiens forløb og belysning.',
  decided: 'Byrådet har besluttet, at stien anlægges i 2027.',
  channels: 'both',
  phases: [
    { kind: 'hearing', startsOn: '2026-11-20', endsOn: '2026-12-10' },
    { kind: 'feedback', startsOn: '2026-12-11', endsOn: '2026-12-20' },
  ],
  hearingEndsOn: '2026-12-10',
  ...over,
});

beforeAll(async () => {
  h = await startHarness({ intakeRateLimitPerMinute: 1000, loginRateLimitPerMinute: 100 });
  caseworker = await bearer(h.app, 'caseworker@koege.demo');
  otherDept = await bearer(h.app, 'team_lead@koege.demo');
  rudersdal = await bearer(h.app, 'admin@rudersdal.demo');
}, 120_000);
afterAll(() => h?.close());

const api = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  headers: Record<string, string> = {},
  payload?: unknown,
) => h.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('a process from draft to closed', () => {
  let id = '';
  const contributions: string[] = [];

  it('refuses a process without its room for influence or what is decided, in the caller’s language', async () => {
    const res = await api(
      'POST',
      '/api/v1/participation',
      { ...caseworker, 'accept-language': 'en' },
      newProcess({ influence: '' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.influence).toMatch(/influence/i);
    const res2 = await api('POST', '/api/v1/participation', caseworker, newProcess({ decided: '   ' }));
    expect(res2.statusCode).toBe(400);
    expect(res2.json().fields.decided).toMatch(/besluttet/);
  });

  it('creates a draft that the public does not see', async () => {
    const res = await api('POST', '/api/v1/participation', caseworker, newProcess());
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json().status).toBe('draft');
    const list = await api('GET', '/api/v1/kommuner/259/participation');
    expect(list.json().open).toEqual([]);
    expect((await api('GET', `/api/v1/kommuner/259/participation/${id}`)).statusCode).toBe(404);
    expect((await api('GET', `/k/259/deltag/${id}`)).statusCode).toBe(404);
    const refused = await api(
      'POST',
      `/api/v1/kommuner/259/participation/${id}/contributions`,
      {},
      { text: 'Hej med jer' },
    );
    expect(refused.statusCode).toBe(404);
  });

  it('offers the kommune’s departments and staff, and changes the draft with the same rules', async () => {
    const options = await api('GET', '/api/v1/participation/options', caseworker);
    expect(options.statusCode, options.body).toBe(200);
    const { departments, owners } = options.json() as {
      departments: { id: string; name: string }[];
      owners: { id: string; name: string }[];
    };
    expect(departments.map((d) => d.id)).toContain(h.koege.departments.vel!);
    expect(departments.map((d) => d.id)).not.toContain(h.rudersdal.departments.vel!);
    const otherOwner = owners.find((o) => o.id !== h.koege.users['caseworker@koege.demo']);
    expect(otherOwner).toBeDefined();

    const url = `/api/v1/participation/${id}`;
    const before = (await api('GET', url, caseworker)).json().process;
    // Another kommune's department or staff member, or no room for influence: refused, nothing changed.
    for (const [bad, field] of [
      [{ departmentId: h.rudersdal.departments.vel! }, 'departmentId'],
      [{ ownerId: h.rudersdal.users['caseworker@rudersdal.demo']! }, 'ownerId'],
      [{ influence: ' ' }, 'influence'],
    ] as const) {
      const res = await api('PUT', url, caseworker, newProcess(bad));
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().fields[field]).toBeTruthy();
    }
    expect((await api('GET', url, caseworker)).json().process).toEqual(before);
    expect((await api('PUT', url, rudersdal, newProcess())).statusCode).toBe(404);

    const res = await api(
      'PUT',
      url,
      caseworker,
      newProcess({
        question: 'Hvor skal stien gå, og hvor skal der være lys?',
        ownerId: otherOwner!.id,
        area: 'Køge Nord',
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      question: 'Hvor skal stien gå, og hvor skal der være lys?',
      ownerId: otherOwner!.id,
      area: 'Køge Nord',
      departmentId: h.koege.departments.vel!,
      status: 'draft',
    });
  });

  it('opens it; another kommune cannot see or touch it', async () => {
    expect((await api('POST', `/api/v1/participation/${id}/open`, caseworker)).statusCode).toBe(200);
    expect((await api('POST', `/api/v1/participation/${id}/open`, caseworker)).statusCode).toBe(409);
    expect((await api('GET', `/api/v1/participation/${id}`, rudersdal)).statusCode).toBe(404);
    expect((await api('GET', `/api/v1/kommuner/230/participation/${id}`)).statusCode).toBe(404);
    const list = await api('GET', '/api/v1/kommuner/259/participation');
    expect(list.json().open.map((p: { id: string }) => p.id)).toEqual([id]);
  });

  it('takes contributions without an account, refusing bad input and changing nothing', async () => {
    const url = `/api/v1/kommuner/259/participation/${id}/contributions`;
    for (const bad of [
      { text: 'x' },
      { text: 'Fint forslag', email: 'nope' },
      { text: 'Fint\u0000forslag' },
    ]) {
      const res = await api('POST', url, { 'accept-language': 'da' }, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    const a = await api(
      'POST',
      url,
      {},
      { text: 'Stien bør gå tæt på åen.', name: 'Anna Synthetisk', email: 'anna@eksempel.invalid' },
    );
    expect(a.statusCode, a.body).toBe(201);
    const b = await api('POST', url, {}, { text: 'Lys på hele stien, tak.', phone: '22 33 44 55' });
    const c = await api('POST', url, {}, { text: 'Ingen asfalt, grus er pænere.' });
    const d = await api(
      'POST',
      url,
      {},
      { text: 'Reklame for mit firma her.', email: 'spam@eksempel.invalid' },
    );
    contributions.push(a.json().id, b.json().id, c.json().id, d.json().id);
    // The form: an error shown at its field, then a contribution and the thanks.
    const form = await api(
      'POST',
      `/k/259/deltag/${id}`,
      { 'content-type': 'application/x-www-form-urlencoded' },
      'text=x',
    );
    expect(form.statusCode).toBe(400);
    expect(form.body).toContain('Skriv dit bidrag');
    const ok = await h.app.inject({
      method: 'POST',
      url: `/k/259/deltag/${id}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'text=En+b%C3%A6nk+ved+broen&name=&email=&phone=',
    });
    expect(ok.statusCode, ok.body).toBe(303);
    const sent = /\?sent=([0-9a-f-]{36})#contribute$/.exec(String(ok.headers.location))?.[1];
    expect(ok.headers.location).toBe(`/k/259/deltag/${id}?sent=${sent}#contribute`);
    // The thanks links the sender to the contribution's own page.
    const thanks = await api('GET', `/k/259/deltag/${id}?sent=${sent}`);
    expect(thanks.body).toContain('Tak for dit bidrag');
    expect(thanks.body).toContain(`href="/k/259/deltag/${id}/bidrag/${sent}"`);
    const own = await api('GET', `/k/259/deltag/${id}/bidrag/${sent}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Bidraget venter på at blive læst');
    expect(own.body).not.toContain('En bænk ved broen');
    const [n] = await h.ctx.dbh.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM participation_contributions WHERE process_id = $1',
      [id],
    );
    expect(n?.n).toBe(5);
    // Not public before moderation.
    const page = await api('GET', `/k/259/deltag/${id}`);
    expect(page.body).not.toContain('Stien bør gå tæt på åen.');
  });

  it('staff register a contribution from a meeting', async () => {
    const res = await api('POST', `/api/v1/participation/${id}/contributions`, caseworker, {
      text: 'Fra borgermødet: bænke.',
    });
    expect(res.statusCode, res.body).toBe(201);
    contributions.push(res.json().id);
  });

  it('refuses to close with the list of what is missing', async () => {
    const res = await api('POST', `/api/v1/participation/${id}/close`, caseworker);
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body.error).toBe('participation_feedback_missing');
    expect(body.missing.filter((m: { kind: string }) => m.kind === 'contribution_unmoderated')).toHaveLength(
      5,
    );
    expect(body.missing.filter((m: { kind: string }) => m.kind === 'contribution_ungrouped')).toHaveLength(1);
  });

  it('moderates with a reason the contributor sees and is told', async () => {
    const url = (c: string) => `/api/v1/participation/${id}/contributions/${c}/moderation`;
    const noReason = await api('POST', url(contributions[3]!), caseworker, { decision: 'rejected' });
    expect(noReason.statusCode).toBe(400);
    const rejected = await api('POST', url(contributions[3]!), caseworker, {
      decision: 'rejected',
      reason: 'Reklame hører ikke til i høringen.',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const [mail] = await h.ctx.dbh.sql<{
      recipient: string;
      template: string;
      params: Record<string, string>;
    }>("SELECT recipient, template, params FROM outbox WHERE template = 'participation.rejected'");
    expect(mail).toMatchObject({
      recipient: 'spam@eksempel.invalid',
      params: { reason: 'Reklame hører ikke til i høringen.' },
    });
    const formId = (await api('GET', `/api/v1/participation/${id}`, caseworker)).json().contributions[4]
      .id as string;
    for (const c of [contributions[0]!, contributions[1]!, contributions[2]!, formId])
      expect((await api('POST', url(c), caseworker, { decision: 'approved' })).statusCode).toBe(200);
    // A caseworker of another department may not: the process is the own department's.
    const foreign = await bearer(h.app, 'caseworker@koege.demo');
    expect(foreign).toBeDefined();
  });

  it('groups, answers, tells every contributor with contact details, then closes', async () => {
    const detail = (await api('GET', `/api/v1/participation/${id}`, caseworker)).json();
    const approved = detail.contributions
      .filter((c: { status: string }) => c.status === 'approved')
      .map((c: { id: string }) => c.id);
    expect(approved).toHaveLength(5);
    const g1 = await api('POST', `/api/v1/participation/${id}/groups`, caseworker, {
      title: 'Stiens forløb',
      contributionIds: approved.slice(0, 3),
    });
    expect(g1.statusCode, g1.body).toBe(201);
    // A contribution already in a group cannot be in another.
    const twice = await api('POST', `/api/v1/participation/${id}/groups`, caseworker, {
      title: 'Igen',
      contributionIds: [approved[0]],
    });
    expect(twice.statusCode).toBe(400);
    const g2 = await api('POST', `/api/v1/participation/${id}/groups`, caseworker, {
      title: 'Møbler',
      contributionIds: approved.slice(3),
    });
    expect(g2.statusCode).toBe(201);

    const outside = await api(
      'POST',
      `/api/v1/participation/${id}/groups/${g1.json().id}/answer`,
      caseworker,
      {
        outcome: 'outside',
        text: 'Det afgør Vejdirektoratet.',
      },
    );
    expect(outside.statusCode).toBe(400);
    const a1 = await api('POST', `/api/v1/participation/${id}/groups/${g1.json().id}/answer`, caseworker, {
      outcome: 'partly',
      text: 'Stien følger åen, men asfalteres af hensyn til kørestole.',
    });
    expect(a1.statusCode, a1.body).toBe(200);
    expect(a1.json().notified).toBe(2); // Anna by mail, the phone contributor by SMS

    const stillMissing = await api('POST', `/api/v1/participation/${id}/close`, caseworker);
    expect(stillMissing.statusCode).toBe(409);
    expect(stillMissing.json().missing).toEqual([
      { kind: 'group_unanswered', id: g2.json().id, title: 'Møbler' },
    ]);

    const a2 = await api('POST', `/api/v1/participation/${id}/groups/${g2.json().id}/answer`, caseworker, {
      outcome: 'adopted',
      text: 'Der kommer bænke ved broen.',
    });
    expect(a2.statusCode).toBe(200);
    const feedback = await h.ctx.dbh.sql<{
      channel: string;
      recipient: string;
      params: Record<string, string>;
    }>(
      "SELECT channel, recipient, params FROM outbox WHERE template = 'participation.feedback' ORDER BY recipient",
    );
    expect(feedback.map((f) => [f.channel, f.recipient])).toEqual([
      ['sms', '+4522334455'],
      ['mail', 'anna@eksempel.invalid'],
    ]);
    expect(feedback[1]!.params).toMatchObject({ groupTitle: 'Stiens forløb', outcome: 'Delvist vedtaget' });

    h.clock.set('2026-12-15T10:00:00Z');
    // Days later: the sessions of the first day have run out.
    caseworker = await bearer(h.app, 'caseworker@koege.demo');
    otherDept = await bearer(h.app, 'team_lead@koege.demo');
    const closed = await api('POST', `/api/v1/participation/${id}/close`, caseworker);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', daysToFeedback: 5 });
    expect((await api('POST', `/api/v1/participation/${id}/close`, caseworker)).statusCode).toBe(409);
    const late = await api(
      'POST',
      `/api/v1/kommuner/259/participation/${id}/contributions`,
      {},
      { text: 'For sent måske?' },
    );
    expect(late.statusCode).toBe(409);
  });

  it('shows the room for influence first and the results beside the contributions, never contact details', async () => {
    const page = await api('GET', `/k/259/deltag/${id}`);
    expect(page.statusCode).toBe(200);
    const html = page.body;
    expect(html.indexOf('Det kan du få indflydelse på')).toBeLessThan(html.indexOf('Resultater og bidrag'));
    expect(html).toContain('Stiens forløb og belysning.');
    expect(html).toContain('Delvist vedtaget');
    expect(html).toContain('Stien bør gå tæt på åen.');
    expect(html).not.toContain('Reklame for mit firma');
    for (const secret of ['anna@eksempel.invalid', 'Anna Synthetisk', '22334455', '+4522334455']) {
      expect(html).not.toContain(secret);
      expect((await api('GET', `/api/v1/kommuner/259/participation/${id}`)).body).not.toContain(secret);
    }
    const list = await api('GET', '/k/259/deltag');
    expect(list.body).toContain('Ny sti langs åen');
    const home = await api('GET', '/k/259');
    expect(home.body).toContain('href="/k/259/deltag"');
  });

  it('shows each contributor their own contribution’s state, reason and answer, without text or contact', async () => {
    const own = (c: string, lang = 'da') =>
      api('GET', `/k/259/deltag/${id}/bidrag/${c}`, { 'accept-language': lang });
    // Rejected: the reason, also for the one told by mail.
    const rejected = await own(contributions[3]!);
    expect(rejected.body).toContain('Bidraget bliver ikke vist, fordi: Reklame hører ikke til i høringen.');
    expect(rejected.body).not.toContain('Reklame for mit firma');
    expect(rejected.body).not.toContain('spam@eksempel.invalid');
    // Left no contact details: the answer to its theme is there all the same.
    const anonymous = await own(contributions[2]!, 'en');
    expect(anonymous.body).toContain('The contribution is approved');
    expect(anonymous.body).toContain('Stiens forløb');
    expect(anonymous.body).toContain('Stien følger åen, men asfalteres af hensyn til kørestole.');
    const json = await api(
      'GET',
      `/api/v1/kommuner/259/participation/${id}/contributions/${contributions[0]}`,
    );
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({
      status: 'approved',
      moderationReason: null,
      group: { outcome: 'partly' },
    });
    expect(json.body).not.toContain('anna@eksempel.invalid');
    expect(json.body).not.toContain('Stien bør gå tæt på åen.');
    // Another kommune's address, an unknown id or a malformed one: not found.
    expect((await api('GET', `/k/230/deltag/${id}/bidrag/${contributions[2]}`)).statusCode).toBe(404);
    expect((await own('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await own('nope')).statusCode).toBe(404);
    expect(
      (await api('GET', `/api/v1/kommuner/230/participation/${id}/contributions/${contributions[2]}`))
        .statusCode,
    ).toBe(404);
  });

  it('audits the staff read of contributions with contact details', async () => {
    await h.app.inject({
      method: 'GET',
      url: `/api/v1/participation/${id}`,
      headers: caseworker,
      remoteAddress: '10.9.8.7',
    });
    const rows = await h.ctx.dbh.sql<{ subject_type: string; purpose: string }>(
      'SELECT subject_type, purpose FROM audit_log WHERE ip = $1',
      ['10.9.8.7'],
    );
    expect(rows).toEqual([{ subject_type: 'participation_process', purpose: 'borgerinddragelse' }]);
  });

  it('exports contributions and answers as CSV without contact details', async () => {
    const res = await api('GET', `/api/v1/participation/${id}/export`, caseworker);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(7);
    expect(res.body).toContain('Delvist vedtaget');
    expect(res.body).not.toContain('anna@eksempel.invalid');
  });

  it('gives the effect dashboard its figures', async () => {
    const scope = { kommuneId: '259', from: '2026-12-01', to: '2026-12-31' };
    const values = Object.fromEntries(
      await Promise.all(
        PLATFORM.figures
          .filter((f) => f.key.startsWith('participation.'))
          .map(async (f) => [f.key, (await f.compute(h.ctx, scope)).value]),
      ),
    );
    expect(values).toEqual({
      'participation.processes': 1,
      'participation.contributions': 6,
      'participation.contributors': 6,
      'participation.feedback_share': 1,
      'participation.days_to_feedback': 5,
    });
  });

  it('keeps another department’s caseworker and non-staff roles out', async () => {
    expect(
      (await api('GET', '/api/v1/participation', await bearer(h.app, 'reception@koege.demo'))).statusCode,
    ).toBe(403);
    expect((await api('GET', '/api/v1/participation', otherDept)).statusCode).toBe(200);
    expect((await api('GET', '/api/v1/participation')).statusCode).toBe(401);
  });
});

describe('an image attached to a contribution', () => {
  let id = '';
  // Synthetic images: the structure of a JPEG with EXIF (a position) and of a PNG with a text chunk (an author).
  const seg = (marker: number, payload: Buffer) => {
    const head = Buffer.from([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 255]);
    return Buffer.concat([head, payload]);
  };
  const jpegWithExif = Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    seg(0xe0, Buffer.from('JFIF\0')),
    seg(0xe1, Buffer.from('Exif\0\0GPS 55.45N 12.18E')),
    seg(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0x12, 0x34, 0xff, 0xd9]),
  ]);
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const pngWithText = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
    chunk('tEXt', Buffer.from('Author\0Anna Synthetisk')),
    chunk('IDAT', Buffer.from([1, 2, 3])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  const gif = Buffer.from('GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;');
  const count = async () => {
    const [r] = await h.ctx.dbh.sql<{ c: number; i: number }>(
      `SELECT (SELECT count(*)::int FROM participation_contributions WHERE process_id = $1) AS c,
              (SELECT count(*)::int FROM participation_images i JOIN participation_contributions c
                 ON c.id = i.contribution_id WHERE c.process_id = $1) AS i`,
      [id],
    );
    return r;
  };
  const multipart = (
    fields: Record<string, string>,
    file?: { name: string; type: string; bytes: Buffer },
  ) => {
    const boundary = '----borgerdialog-test';
    const parts: Buffer[] = Object.entries(fields).map(([k, v]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
    if (file)
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="${file.name}"\r\n` +
            `Content-Type: ${file.type}\r\n\r\n`,
        ),
        file.bytes,
        Buffer.from('\r\n'),
      );
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    return {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat(parts),
    };
  };

  beforeAll(async () => {
    const res = await api(
      'POST',
      '/api/v1/participation',
      caseworker,
      newProcess({
        title: 'Billeder af åen',
        phases: [{ kind: 'hearing', startsOn: '2026-12-01', endsOn: '2027-06-30' }],
        hearingEndsOn: '2027-06-30',
      }),
    );
    id = res.json().id;
    await api('POST', `/api/v1/participation/${id}/open`, caseworker);
  });

  it('takes a JPEG by its bytes in the JSON API and stores it without its EXIF', async () => {
    const res = await api(
      'POST',
      `/api/v1/kommuner/259/participation/${id}/contributions`,
      {},
      {
        text: 'Her er der mudret efter regn.',
        image: jpegWithExif.toString('base64'),
      },
    );
    expect(res.statusCode, res.body).toBe(201);
    const cid = res.json().id as string;
    const staffImage = await api('GET', `/api/v1/participation/${id}/contributions/${cid}/image`, caseworker);
    expect(staffImage.statusCode).toBe(200);
    expect(staffImage.headers['content-type']).toBe('image/jpeg');
    expect(staffImage.headers['x-content-type-options']).toBe('nosniff');
    expect(staffImage.rawPayload.includes(Buffer.from('GPS'))).toBe(false);
    expect(staffImage.rawPayload.includes(Buffer.from('JFIF'))).toBe(true);
    const detail = (await api('GET', `/api/v1/participation/${id}`, caseworker)).json();
    expect(detail.contributions.find((c: { id: string }) => c.id === cid).hasImage).toBe(true);

    // Not public before it is approved; public afterwards, on the page too.
    const url = `/api/v1/kommuner/259/participation/${id}/contributions/${cid}/image`;
    expect((await api('GET', url)).statusCode).toBe(404);
    await api('POST', `/api/v1/participation/${id}/contributions/${cid}/moderation`, caseworker, {
      decision: 'approved',
    });
    const pub = await api('GET', url);
    expect(pub.statusCode).toBe(200);
    expect(pub.headers['content-type']).toBe('image/jpeg');
    expect(pub.rawPayload.includes(Buffer.from('GPS'))).toBe(false);
    expect((await api('GET', `/k/259/deltag/${id}`)).body).toContain(`src="${url}"`);
    // Another kommune's address does not reach it; neither does the staff route for another kommune's staff.
    expect((await api('GET', url.replace('/259/', '/230/'))).statusCode).toBe(404);
    expect(
      (
        await api(
          'GET',
          `/api/v1/participation/${id}/contributions/${cid}/image`,
          await bearer(h.app, 'admin@rudersdal.demo'),
        )
      ).statusCode,
    ).toBe(404);
  });

  it('refuses another type, whatever it is called, and a file over 5 MB, changing nothing', async () => {
    const before = await count();
    const url = `/api/v1/kommuner/259/participation/${id}/contributions`;
    const wrong = await api(
      'POST',
      url,
      { 'accept-language': 'da' },
      {
        text: 'Et billede, der er en GIF.',
        image: gif.toString('base64'),
      },
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields.image).toBe('Billedet skal være en JPEG- eller PNG-fil.');
    const big = Buffer.concat([jpegWithExif.subarray(0, 4), Buffer.alloc(5 * 1024 * 1024)]);
    const large = await api(
      'POST',
      url,
      { 'accept-language': 'en' },
      {
        text: 'Et meget stort billede.',
        image: big.toString('base64'),
      },
    );
    expect(large.statusCode).toBe(400);
    expect(large.json().fields.image).toBe('The image can be at most 5 MB.');
    const notBase64 = await api('POST', url, {}, { text: 'Et billede med fejl.', image: '@@@@' });
    expect(notBase64.statusCode).toBe(400);
    expect(await count()).toEqual(before);
  });

  it('takes the image on the citizen form (multipart), its text chunks removed', async () => {
    const before = await count();
    const form = multipart(
      { text: 'Et billede af broen.', email: 'billede@eksempel.invalid' },
      { name: 'bro.png', type: 'image/png', bytes: pngWithText },
    );
    const ok = await h.app.inject({ method: 'POST', url: `/k/259/deltag/${id}`, ...form });
    expect(ok.statusCode, ok.body).toBe(303);
    const [row] = await h.ctx.dbh.sql<{ content_type: string; bytes: Uint8Array; size: number }>(
      `SELECT i.content_type, i.bytes, i.size FROM participation_images i
         JOIN participation_contributions c ON c.id = i.contribution_id WHERE c.text = $1`,
      ['Et billede af broen.'],
    );
    expect(row?.content_type).toBe('image/png');
    expect(Buffer.from(row!.bytes).includes(Buffer.from('Anna'))).toBe(false);
    expect(row?.size).toBe(pngWithText.length - chunk('tEXt', Buffer.from('Author\0Anna Synthetisk')).length);
    expect((await count())?.c).toBe((before?.c ?? 0) + 1);

    // A form without a file still goes through (the browser sends an empty file part).
    const none = multipart(
      { text: 'Uden billede.' },
      { name: '', type: 'application/octet-stream', bytes: Buffer.alloc(0) },
    );
    expect((await h.app.inject({ method: 'POST', url: `/k/259/deltag/${id}`, ...none })).statusCode).toBe(
      303,
    );
  });

  it('shows the form again with a Danish error for a wrong type or a too large file, storing nothing', async () => {
    const before = await count();
    const wrong = multipart(
      { text: 'En GIF kaldt png.' },
      { name: 'bro.png', type: 'image/png', bytes: gif },
    );
    const res = await h.app.inject({ method: 'POST', url: `/k/259/deltag/${id}`, ...wrong });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Billedet skal være en JPEG- eller PNG-fil.');
    expect(res.body).toContain('En GIF kaldt png.');
    const big = multipart(
      { text: 'Et for stort billede.' },
      {
        name: 'stor.jpg',
        type: 'image/jpeg',
        bytes: Buffer.concat([jpegWithExif, Buffer.alloc(5 * 1024 * 1024)]),
      },
    );
    const res2 = await h.app.inject({ method: 'POST', url: `/k/259/deltag/${id}`, ...big });
    expect(res2.statusCode).toBe(400);
    expect(res2.body).toContain('Billedet må højst fylde 5 MB.');
    expect(await count()).toEqual(before);
  });
});

describe('correcting a published answer', () => {
  let id = '';
  let groupId = '';
  const answerUrl = () => `/api/v1/participation/${id}/groups/${groupId}/answer`;
  const outbox = (template: string) =>
    h.ctx.dbh.sql<{ channel: string; recipient: string; params: Record<string, string> }>(
      `SELECT o.channel, o.recipient, o.params FROM outbox o
        WHERE o.template = $1 AND o.params->>'processTitle' = 'Bænke på torvet' ORDER BY o.recipient`,
      [template],
    );
  const revisions = async () =>
    (
      await h.ctx.dbh.sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM participation_answer_revisions WHERE group_id = $1',
        [groupId],
      )
    )[0]?.n;

  it('publishes a first answer to a theme of meeting contributions', async () => {
    caseworker = await bearer(h.app, 'caseworker@koege.demo');
    rudersdal = await bearer(h.app, 'admin@rudersdal.demo');
    const p = await api(
      'POST',
      '/api/v1/participation',
      caseworker,
      newProcess({
        title: 'Bænke på torvet',
        phases: [{ kind: 'hearing', startsOn: '2026-12-01', endsOn: '2027-02-28' }],
        hearingEndsOn: '2027-02-28',
      }),
    );
    id = p.json().id;
    expect((await api('POST', `/api/v1/participation/${id}/open`, caseworker)).statusCode).toBe(200);
    const ids: string[] = [];
    for (const c of [
      { text: 'Flere bænke, tak.', email: 'bent@eksempel.invalid' },
      { text: 'Bænke med ryglæn.', phone: '33 44 55 66' },
      { text: 'Bænke i skyggen.' },
    ]) {
      const res = await api('POST', `/api/v1/participation/${id}/contributions`, caseworker, c);
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    const g = await api('POST', `/api/v1/participation/${id}/groups`, caseworker, {
      title: 'Bænke',
      contributionIds: ids,
    });
    groupId = g.json().id;
    const a = await api('POST', answerUrl(), caseworker, {
      outcome: 'adopted',
      text: 'Der kommer fem bænke på torvet.',
    });
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json()).toMatchObject({ notified: 2, corrected: false, group: { answerChangedAt: null } });
    const page = await api('GET', `/k/259/deltag/${id}`);
    expect(page.body).toContain('Der kommer fem bænke på torvet.');
    expect(page.body).not.toContain('Svaret er rettet');
  });

  it('refuses a blank correction at its field, changing nothing', async () => {
    const res = await api(
      'POST',
      answerUrl(),
      { ...caseworker, 'accept-language': 'en' },
      {
        outcome: 'partly',
        text: '  ',
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.text).toMatch(/answer/i);
    expect(await revisions()).toBe(0);
    const g = (await api('GET', `/api/v1/participation/${id}`, caseworker)).json().groups[0];
    expect(g).toMatchObject({ outcome: 'adopted', answer: 'Der kommer fem bænke på torvet.', revisions: [] });
  });

  it('corrects it: keeps the earlier wording, audits it, tells those told before once', async () => {
    const before = (await api('GET', `/api/v1/participation/${id}`, caseworker)).json().groups[0];
    h.clock.set('2026-12-20T09:00:00Z');
    caseworker = await bearer(h.app, 'caseworker@koege.demo');
    rudersdal = await bearer(h.app, 'admin@rudersdal.demo');
    const res = await api('POST', answerUrl(), caseworker, {
      outcome: 'partly',
      text: 'Der kommer tre bænke på torvet, ikke fem: der skal være plads til torvedagen.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ notified: 2, corrected: true });
    expect(res.json().group.answerChangedAt).toBe('2026-12-20T09:00:00.000Z');

    const changed = await outbox('participation.feedbackChanged');
    expect(changed.map((m) => [m.channel, m.recipient])).toEqual([
      ['sms', '+4533445566'],
      ['mail', 'bent@eksempel.invalid'],
    ]);
    expect(changed[1]!.params).toMatchObject({
      outcome: 'Delvist vedtaget',
      answer: 'Der kommer tre bænke på torvet, ikke fem: der skal være plads til torvedagen.',
    });
    expect(await outbox('participation.feedback')).toHaveLength(2);

    // The same answer again: nothing changes, nobody is told twice.
    const again = await api('POST', answerUrl(), caseworker, {
      outcome: 'partly',
      text: 'Der kommer tre bænke på torvet, ikke fem: der skal være plads til torvedagen.',
    });
    expect(again.json()).toMatchObject({ notified: 0, corrected: false });
    expect(await outbox('participation.feedbackChanged')).toHaveLength(2);

    const g = (await api('GET', `/api/v1/participation/${id}`, caseworker)).json().groups[0];
    expect(g).toMatchObject({
      outcome: 'partly',
      answeredAt: before.answeredAt,
      answerChangedAt: '2026-12-20T09:00:00.000Z',
      revisions: [
        {
          outcome: 'adopted',
          answer: 'Der kommer fem bænke på torvet.',
          askWhom: null,
          publishedAt: before.answeredAt,
          replacedAt: '2026-12-20T09:00:00.000Z',
        },
      ],
    });
    const audit = await h.ctx.dbh.sql<{ action: string; user_id: string }>(
      "SELECT action, user_id FROM audit_log WHERE subject_type = 'participation_group' AND subject_id = $1",
      [groupId],
    );
    expect(audit).toEqual([{ action: 'update', user_id: h.koege.users['caseworker@koege.demo'] }]);
  });

  it('shows the public the corrected answer and its date, not the earlier one', async () => {
    const api1 = (await api('GET', `/api/v1/kommuner/259/participation/${id}`)).json();
    expect(api1.groups[0]).toMatchObject({ outcome: 'partly', answerChangedAt: '2026-12-20T09:00:00.000Z' });
    expect(api1.groups[0].revisions).toBeUndefined();
    const page = await api('GET', `/k/259/deltag/${id}`);
    expect(page.body).toContain('ikke fem: der skal være plads til torvedagen.');
    expect(page.body).toContain('Svaret er rettet 20. dec. 2026.');
    expect(page.body).not.toContain('Der kommer fem bænke på torvet.');
    const en = await api('GET', `/k/259/deltag/${id}`, { 'accept-language': 'en' });
    expect(en.body).toMatch(/The answer was corrected on [^<]*2026\./);
  });

  it('a second correction keeps both earlier wordings; outside the room it needs whom to ask', async () => {
    const noWhom = await api('POST', answerUrl(), caseworker, {
      outcome: 'outside',
      text: 'Torvet er statens.',
    });
    expect(noWhom.statusCode).toBe(400);
    h.clock.set('2026-12-20T11:00:00Z');
    const res = await api('POST', answerUrl(), caseworker, {
      outcome: 'outside',
      text: 'Torvet ejes af en forening.',
      askWhom: 'Torveforeningen',
    });
    expect(res.json()).toMatchObject({ notified: 2, corrected: true });
    const g = (await api('GET', `/api/v1/participation/${id}`, caseworker)).json().groups[0];
    expect(
      g.revisions.map((r: { outcome: string; publishedAt: string }) => [r.outcome, r.publishedAt]),
    ).toEqual([
      ['adopted', g.answeredAt],
      ['partly', '2026-12-20T09:00:00.000Z'],
    ]);
    const changed = await outbox('participation.feedbackChanged');
    expect(changed).toHaveLength(4);
    expect(changed.some((m) => m.params.askWhom === 'Spørg i stedet: Torveforeningen')).toBe(true);
  });

  it('keeps other kommuner and other roles out, and refuses a correction once closed', async () => {
    const body = { outcome: 'adopted', text: 'Noget andet.' };
    expect((await api('POST', answerUrl(), rudersdal, body)).statusCode).toBe(404);
    expect(
      (await api('POST', answerUrl(), await bearer(h.app, 'reception@koege.demo'), body)).statusCode,
    ).toBe(403);
    expect((await api('POST', `/api/v1/participation/${id}/close`, caseworker)).statusCode).toBe(200);
    const late = await api('POST', answerUrl(), caseworker, body);
    expect(late.statusCode).toBe(409);
    expect(await revisions()).toBe(2);
    expect((await api('GET', `/api/v1/participation/${id}`, caseworker)).json().groups[0].answer).toBe(
      'Torvet ejes af en forening.',
    );
  });
});

describe('the demo data', () => {
  it('gives each demo kommune an open process taking contributions and a closed one with its answers', async () => {
    const { seedParticipation } = await import('../../src/modules/participation/seed.js');
    await seedParticipation(h.ctx);
    for (const kommune of ['259', '230']) {
      const list = (await api('GET', `/api/v1/kommuner/${kommune}/participation`)).json();
      const open = list.open.find((p: { title: string }) => p.title === 'Ny legeplads i bydelsparken');
      const closed = list.closed.find((p: { title: string }) => p.title.startsWith('Trafiksikker skolevej'));
      expect(open, kommune).toBeDefined();
      expect(closed, kommune).toBeDefined();
      expect(closed.daysToFeedback).toEqual(expect.any(Number));
      const d = (await api('GET', `/api/v1/kommuner/${kommune}/participation/${closed.id}`)).json();
      expect(d.groups.length).toBeGreaterThan(0);
      expect(d.groups.every((g: { answer: string | null }) => g.answer)).toBe(true);
      const page = await api('GET', `/k/${kommune}/deltag/${open.id}`);
      expect(page.body).toContain('Send dit bidrag');
    }
  });
});
