// Learning: the redaction endpoint; a closed case becomes a draft learning case, reviewed (redactions added and
// undone) and published with only redacted text kept; Danish search with stemming, filters, ranking and
// snippets (relevance on a hand-judged set); buddy feedback seen by the two only, with one reminder; the
// training register's coverage computed by hand and new staff flagged to their lead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';

type Headers = Record<string, string>;
let h: Harness;
let cw: Headers; // caseworker@koege.demo, Velfærd
let cw2: Headers; // caseworker2@koege.demo, Velfærd
let lead: Headers; // team_lead@koege.demo, Velfærd
let teknik: Headers; // caseworker.teknik@koege.demo
let analyst: Headers;
let rudersdal: Headers;
let closed: string; // a closed Velfærd complaint with conversation notes
let open: string;

const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
  h.ctx.dbh.sql<T>(text, values);
const userId = async (email: string) =>
  (await sql<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]))[0]!.id;

async function intake(over: Record<string, unknown>): Promise<string> {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/kommuner/259/cases',
    payload: validSubmission(over),
  });
  if (res.statusCode !== 201) throw new Error(`intake: ${res.statusCode} ${res.body}`);
  return (res.json() as { caseNumber: string }).caseNumber;
}
const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) =>
  h.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  h = await startHarness();
  [cw, cw2, lead, teknik, analyst, rudersdal] = (await Promise.all(
    [
      'caseworker@koege.demo',
      'caseworker2@koege.demo',
      'team_lead@koege.demo',
      'caseworker.teknik@koege.demo',
      'analyst@koege.demo',
      'caseworker@rudersdal.demo',
    ].map((e) => bearer(h.app, e)),
  )) as unknown as [Headers, Headers, Headers, Headers, Headers, Headers];
  closed = await intake({
    name: 'Gunhild Testesen',
    phone: '42 43 44 45',
    email: 'gunhild@eksempel.invalid',
    description:
      'Jeg klager over ventetiden på min rollator. Ring på 42 43 44 45 eller skriv til gunhild@eksempel.invalid.',
  });
  open = await intake({ name: 'Åben Sag', phone: '52 53 54 55' });
  const work = (n: string, path: string, payload: object, method: 'POST' | 'PUT' = 'POST') =>
    call(method, `/api/v1/cases/${n}/${path}`, cw, payload);
  await work(closed, 'contact-attempts', { channel: 'phone', result: 'reached' });
  const conv = await work(
    closed,
    'conversation',
    {
      currentPhase: 'agreement',
      notes: {
        story: 'Gunhild fortalte, at hun havde ventet i tolv uger og følte sig glemt.',
        clarify: 'Vi afklarede, at leverandøren manglede en underskrift fra kommunen.',
        agreement: 'Vi aftalte, at rollatoren leveres på Nørregade 12, 4600 Køge inden fredag.',
      },
      rootCause: 'waiting_time',
      secondaryCauses: [],
      elapsedSeconds: 600,
    },
    'PUT',
  );
  expect(conv.statusCode, conv.body).toBe(200);
  await work(closed, 'transitions', { to: 'resolved', reason: 'Leveringen er aftalt' });
  const done = await work(closed, 'transitions', { to: 'closed' });
  expect(done.statusCode, done.body).toBe(200);
}, 60_000);
afterAll(() => h.close());

describe('POST /api/v1/text/redact', () => {
  it('answers the redacted text and the spans in the original text', async () => {
    const text = 'Ring til Anne på +45 22 33 44 55 om sag 259-2026-000123.';
    const res = await call('POST', '/api/v1/text/redact', analyst, { text, names: ['Anne Hansen'] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { text: string; redactions: { kind: string; start: number; end: number }[] };
    expect(body.text).toBe('Ring til [navn] på [telefon] om sag [sagsnummer].');
    expect(body.redactions.map((r) => [r.kind, text.slice(r.start, r.end)])).toEqual([
      ['name', 'Anne'],
      ['phone', '+45 22 33 44 55'],
      ['caseNumber', '259-2026-000123'],
    ]);
  });

  it('refuses bad input in the caller’s language, and anonymous callers', async () => {
    const bad = await call(
      'POST',
      '/api/v1/text/redact',
      { ...cw, 'accept-language': 'en' },
      { text: 'a\u0000b' },
    );
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { fields: Record<string, string> }).fields.text).toMatch(/control/i);
    const anon = await h.app.inject({ method: 'POST', url: '/api/v1/text/redact', payload: { text: 'x' } });
    expect(anon.statusCode).toBe(401);
  });
});

interface Review {
  fields: { field: string; text: string; redacted: string; redactions: { kind: string; text: string }[] }[];
  kept: string[];
  added: { text: string; kind: string }[];
}
interface LearningCase {
  id: string;
  status: string;
  title: string;
  happened: string;
  worked: string;
  differently: string;
  techniques: string[];
  rootCause: string | null;
  outcome: string | null;
  version: number;
  review: Review | null;
}

describe('a learning case from a closed case', () => {
  let draft: LearningCase;

  it('is refused for a case not closed (409) and for a case out of reach (404)', async () => {
    expect((await call('POST', `/api/v1/cases/${open}/learning-case`, cw)).statusCode).toBe(409);
    expect((await call('POST', `/api/v1/cases/${closed}/learning-case`, teknik)).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/cases/${closed}/learning-case`, analyst)).statusCode).toBe(403);
  });

  it('is proposed in one click: the notes as what happened, tags from the case, every redaction shown', async () => {
    const res = await call('POST', `/api/v1/cases/${closed}/learning-case`, cw);
    expect(res.statusCode, res.body).toBe(201);
    draft = res.json() as LearningCase;
    expect(draft.status).toBe('draft');
    expect(draft.techniques).toEqual(['story', 'clarify', 'agreement']);
    expect(draft.rootCause).toBe('waiting_time');
    expect(draft.outcome).toBe('resolved');
    const happened = draft.review!.fields.find((f) => f.field === 'happened')!;
    expect(happened.text).toContain('Gunhild fortalte');
    expect(happened.redactions.map((r) => [r.kind, r.text])).toEqual(
      expect.arrayContaining([
        ['name', 'Gunhild'],
        ['phone', '42 43 44 45'],
        ['email', 'gunhild@eksempel.invalid'],
        ['address', 'Nørregade 12, 4600 Køge'],
      ]),
    );
    expect(happened.redacted).not.toMatch(/Gunhild|42 43 44 45|Nørregade/);
    // One learning case per case.
    expect((await call('POST', `/api/v1/cases/${closed}/learning-case`, cw)).statusCode).toBe(409);
  });

  it('is its author’s alone while a draft', async () => {
    expect((await call('GET', `/api/v1/learning/cases/${draft.id}`, cw2)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/learning/cases/${draft.id}`, rudersdal)).statusCode).toBe(404);
    const put = await call('PUT', `/api/v1/learning/cases/${draft.id}`, cw2, { ...body(draft) });
    expect(put.statusCode).toBe(404);
    const mine = await call('GET', '/api/v1/learning/drafts', cw);
    expect((mine.json() as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([draft.id]);
  });

  const body = (d: LearningCase, over: Record<string, unknown> = {}) => ({
    version: d.version,
    title: d.title,
    happened: d.happened,
    worked: d.worked,
    differently: d.differently,
    techniques: d.techniques,
    rootCause: d.rootCause,
    outcome: d.outcome,
    kept: d.review?.kept ?? [],
    added: d.review?.added ?? [],
    ...over,
  });

  it('takes the author’s texts and review: a redaction added by hand, one undone', async () => {
    const res = await call(
      'PUT',
      `/api/v1/learning/cases/${draft.id}`,
      cw,
      body(draft, {
        title: 'Lang ventetid på rollator løst med én opringning',
        worked:
          'Det virkede at lytte færdigt og selv ringe til leverandøren. Leverandøren Rollatorhuset svarede hurtigt.',
        differently: 'Jeg ville ringe til borgeren allerede ved første rykker.',
        kept: ['Nørregade 12, 4600 Køge'],
        added: [{ text: 'Rollatorhuset', kind: 'name' }],
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    draft = res.json() as LearningCase;
    const worked = draft.review!.fields.find((f) => f.field === 'worked')!;
    expect(worked.redacted).toContain('Leverandøren [navn] svarede');
    const happened = draft.review!.fields.find((f) => f.field === 'happened')!;
    expect(happened.redacted).toContain('Nørregade 12, 4600 Køge');
    // Another save with the old version is refused.
    const stale = await call('PUT', `/api/v1/learning/cases/${draft.id}`, cw, body(draft, { version: 1 }));
    expect(stale.statusCode).toBe(409);
    // The address comes back before publishing: undoing the undo.
    const again = await call('PUT', `/api/v1/learning/cases/${draft.id}`, cw, body(draft, { kept: [] }));
    draft = again.json() as LearningCase;
  });

  it('is never published unreviewed, nor at a version other than the one reviewed', async () => {
    const unreviewed = await call('POST', `/api/v1/learning/cases/${draft.id}/publish`, cw, {
      version: draft.version,
      reviewed: false,
    });
    expect(unreviewed.statusCode).toBe(400);
    const stale = await call('POST', `/api/v1/learning/cases/${draft.id}/publish`, cw, {
      version: draft.version - 1,
      reviewed: true,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (
        await call('POST', `/api/v1/learning/cases/${draft.id}/publish`, cw2, {
          version: draft.version,
          reviewed: true,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('keeps only the redacted texts once published, and forgets the names', async () => {
    const res = await call('POST', `/api/v1/learning/cases/${draft.id}/publish`, cw, {
      version: draft.version,
      reviewed: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const published = res.json() as LearningCase;
    expect(published.status).toBe('published');
    expect(published.review).toBeNull();
    const [row] = await sql<Record<string, unknown>>('SELECT * FROM learning_cases WHERE id = $1', [
      draft.id,
    ]);
    const stored = JSON.stringify(row);
    for (const secret of ['Gunhild', 'Testesen', '42 43 44 45', 'gunhild@', 'Nørregade', 'Rollatorhuset'])
      expect(stored).not.toContain(secret);
    expect(row!.names).toEqual([]);
    expect(published.happened).toContain('[navn] fortalte');
    // Now every staff member of the kommune reads it; it cannot be changed.
    expect((await call('GET', `/api/v1/learning/cases/${draft.id}`, cw2)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/learning/cases/${draft.id}`, rudersdal)).statusCode).toBe(404);
    expect((await call('PUT', `/api/v1/learning/cases/${draft.id}`, cw, body(published))).statusCode).toBe(
      409,
    );
  });

  it('is found by an inflected Danish word, with the word highlighted', async () => {
    const res = await call('GET', `/api/v1/learning/cases?q=${encodeURIComponent('rollatorerne')}`, teknik);
    expect(res.statusCode, res.body).toBe(200);
    const items = (res.json() as { items: { id: string; snippet: { text: string; hit: boolean }[] }[] })
      .items;
    expect(items.map((i) => i.id)).toEqual([draft.id]);
    expect(items[0]!.snippet.some((p) => p.hit && /rollator/i.test(p.text))).toBe(true);
  });
});

describe('search relevance on a hand-judged set', () => {
  const ids = new Map<string, string>();
  beforeAll(async () => {
    const author = await userId('caseworker@koege.demo');
    const [dep] = await sql<{ id: string }>(
      "SELECT department_id AS id FROM users WHERE email = 'caseworker@koege.demo'",
    );
    const cases: [string, string, string, string[], string, string][] = [
      [
        'tolk',
        'Tolk til samtalen gjorde forskellen',
        'Borgeren talte kun arabisk, og vi bestilte en tolk.',
        ['opening'],
        'communication',
        'resolved',
      ],
      [
        'brev',
        'Et uforståeligt afslagsbrev',
        'Borgeren forstod ikke brevet om afslaget på hjemmehjælp.',
        ['explain'],
        'communication',
        'withdrawn',
      ],
      [
        'vente',
        'Ventetid på hjælpemidler',
        'Ventetiden på en kørestol var tre måneder.',
        ['story', 'options'],
        'waiting_time',
        'resolved',
      ],
      [
        'hjem',
        'Hjemmehjælpen kom ikke',
        'Hjemmehjælperen udeblev to gange, og borgeren ringede vred.',
        ['story'],
        'process',
        'partly_resolved',
      ],
      [
        'tone',
        'En hård tone i telefonen',
        'Borgeren oplevede medarbejderens tone som afvisende.',
        ['opening', 'clarify'],
        'conduct',
        'resolved',
      ],
      [
        'afgoer',
        'Klage over afgørelsen om kørsel',
        'Afgørelsen om kørsel til lægen blev fastholdt efter genvurdering.',
        ['explain', 'agreement'],
        'decision',
        'maintained',
      ],
    ];
    for (const [key, title, happened, techniques, rootCause, outcome] of cases) {
      const [row] = await sql<{ id: string }>(
        `INSERT INTO learning_cases (kommune_id, department_id, author_id, status, title, happened, worked,
           differently, techniques, root_cause, outcome, published_at, search)
         VALUES ('259', $1, $2, 'published', $3, $4, 'Det virkede at lytte.', '', $5::text[], $6, $7, now(),
           setweight(to_tsvector('danish', $3), 'A') || setweight(to_tsvector('danish', $4 || ' Det virkede at lytte.'), 'B'))
         RETURNING id`,
        [dep!.id, author, title, happened, techniques, rootCause, outcome],
      );
      ids.set(key, row!.id);
    }
  });

  const top = async (query: string) => {
    const res = await call('GET', `/api/v1/learning/cases?${query}`, cw);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: { id: string }[] }).items.map(
      (i) => [...ids].find(([, v]) => v === i.id)?.[0] ?? 'other',
    );
  };

  it.each([
    // query → the expected results, best first (judged by hand)
    ['q=tolke', ['tolk']],
    ['q=breve', ['brev']],
    ['q=ventetiderne', ['vente']],
    ['q=hjemmehj%C3%A6lp', ['hjem', 'brev']], // in the title first, then in the text
    ['q=afg%C3%B8relser', ['afgoer']],
    ['q=tonen', ['tone']],
    ['q=borgeren&rootCause=communication', ['tolk', 'brev']],
    ['q=borgeren&technique=story', ['hjem']], // "vente" has the phase, not the word
    ['q=k%C3%B8rsel&outcome=maintained', ['afgoer']],
    ['q=%22uforst%C3%A5eligt+afslagsbrev%22', ['brev']],
  ])('%s finds %j', async (query, expected) => {
    const found = (await top(query)).filter((k) => k !== 'other');
    if (query.includes('borgeren')) expect(new Set(found)).toEqual(new Set(expected));
    else expect(found).toEqual(expected);
  });

  it('refuses a query without letters or digits, in English when asked', async () => {
    const res = await call('GET', '/api/v1/learning/cases?q=!!', { ...cw, 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { message: string }).message).toMatch(/letters or digits/);
  });
});

describe('buddy feedback', () => {
  let id: string;
  it('is asked of a named colleague on a conversation record', async () => {
    const reviewer = await userId('caseworker2@koege.demo');
    const self = await call('POST', `/api/v1/cases/${closed}/feedback-requests`, cw, {
      reviewerId: await userId('caseworker@koege.demo'),
    });
    expect(self.statusCode).toBe(400);
    const noNotes = await call('POST', `/api/v1/cases/${open}/feedback-requests`, cw, {
      reviewerId: reviewer,
    });
    expect(noNotes.statusCode).toBe(409);
    const res = await call('POST', `/api/v1/cases/${closed}/feedback-requests`, cw, {
      reviewerId: reviewer,
      question: 'Hvordan var min afklaring?',
    });
    expect(res.statusCode, res.body).toBe(201);
    id = (res.json() as { id: string }).id;
  });

  it('is seen by the two only, with the record redacted', async () => {
    for (const who of [cw, cw2]) {
      const res = await call('GET', `/api/v1/feedback/${id}`, who);
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json() as { record: { phase: string; text: string }[]; question: string };
      expect(view.record.map((r) => r.phase)).toEqual(['story', 'clarify', 'agreement']);
      expect(JSON.stringify(view.record)).not.toContain('Gunhild');
    }
    for (const who of [lead, teknik, rudersdal])
      expect((await call('GET', `/api/v1/feedback/${id}`, who)).statusCode).toBe(404);
    const list = await call('GET', '/api/v1/feedback', lead);
    expect((list.json() as { items: unknown[] }).items).toEqual([]);
  });

  it('reminds both once, through the outbox, when unanswered for a week — the morning job run twice', async () => {
    const { PLATFORM } = await import('../../src/modules/index.js');
    const job = PLATFORM.jobs.find((j) => j.queue === 'learning.feedback-reminders')!;
    const reminders = () =>
      sql<{ recipient: string; template: string; params: Record<string, string> }>(
        "SELECT recipient, template, params FROM outbox WHERE template LIKE 'learning.feedback%' ORDER BY template",
      );
    await job.handler(h.ctx, {});
    expect(await reminders()).toEqual([]);
    h.clock.set('2026-12-07T09:00:00Z'); // six days: not yet
    await job.handler(h.ctx, {});
    expect(await reminders()).toEqual([]);
    h.clock.set('2026-12-09T09:00:00Z');
    await job.handler(h.ctx, {});
    await job.handler(h.ctx, {});
    const params = {
      requesterName: expect.any(String),
      reviewerName: expect.any(String),
      caseNumber: closed,
    };
    expect(await reminders()).toEqual([
      { recipient: 'caseworker@koege.demo', template: 'learning.feedback.reminder.requester', params },
      { recipient: 'caseworker2@koege.demo', template: 'learning.feedback.reminder.reviewer', params },
    ]);
    const { remindUnansweredFeedback } = await import('../../src/modules/learning/feedback.js');
    expect(await remindUnansweredFeedback(h.ctx)).toBe(0);
    h.clock.set('2026-12-01T09:00:00Z');
  });

  it('is answered by the named colleague only, once', async () => {
    const answer = { whatWorked: 'Du lyttede færdigt.', tryNext: 'Spørg tidligere ind til leverandøren.' };
    expect((await call('POST', `/api/v1/feedback/${id}/answer`, cw, answer)).statusCode).toBe(403);
    const res = await call('POST', `/api/v1/feedback/${id}/answer`, cw2, answer);
    expect(res.statusCode, res.body).toBe(200);
    expect((await call('POST', `/api/v1/feedback/${id}/answer`, cw2, answer)).statusCode).toBe(409);
    const view = (await call('GET', `/api/v1/feedback/${id}`, cw)).json() as { answer: unknown };
    expect(view.answer).toEqual(answer);
  });
});

describe('the training register', () => {
  it('computes coverage per department as counted by hand, and flags new staff to their lead once', async () => {
    // Velfærd's staff with citizen contact: caseworker, caseworker2, team_lead (reception has no department).
    const [vel] = await sql<{ id: string }>(
      "SELECT department_id AS id FROM users WHERE email = 'caseworker@koege.demo'",
    );
    await sql("UPDATE departments SET method_started_on = '2026-09-01' WHERE kommune_id = '259'");
    await sql("UPDATE users SET created_at = '2026-01-05T09:00:00Z' WHERE kommune_id = '259'");
    // A new caseworker started 1 October, after the method start: due within 6 weeks.
    const [fresh] = await sql<{ id: string }>(
      `INSERT INTO users (kommune_id, email, name, role, department_id, created_at)
       VALUES ('259', 'ny.kollega@koege.demo', 'Ny Kollega', 'caseworker', $1, '2026-10-01T09:00:00Z') RETURNING id`,
      [vel!.id],
    );
    // A course (forløb) for the department groups its sessions; a caseworker keeps no course.
    const coursesBefore = await sql('SELECT id FROM training_courses');
    const refused = await call('POST', '/api/v1/training/courses', lead, {
      title: 'x',
      departmentId: vel!.id,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ fields: { title: 'Skriv forløbets navn på 2–200 tegn.' } });
    expect(
      (await call('POST', '/api/v1/training/courses', cw, { title: 'Mit forløb', departmentId: vel!.id }))
        .statusCode,
    ).toBe(403);
    expect(await sql('SELECT id FROM training_courses')).toHaveLength(coursesBefore.length);
    const course = await call('POST', '/api/v1/training/courses', lead, {
      title: 'Dialogforløb 2026',
      departmentId: vel!.id,
      description: 'Kick-off, tre træningsdage og en evalueringsdag.',
    });
    expect(course.statusCode, course.body).toBe(201);
    const courseId = (course.json() as { id: string }).id;
    const session = await call('POST', '/api/v1/training/sessions', lead, {
      courseId,
      kind: 'training_day',
      title: 'Træningsdag 1',
      heldOn: '2026-10-15',
    });
    expect(session.statusCode, session.body).toBe(201);
    const sid = (session.json() as { id: string }).id;
    const kickoff = await call('POST', '/api/v1/training/sessions', lead, {
      courseId,
      kind: 'kickoff',
      title: 'Kick-off',
      heldOn: '2026-09-20',
    });
    expect(kickoff.statusCode, kickoff.body).toBe(201);
    const noCourse = await call('POST', '/api/v1/training/sessions', lead, {
      courseId: '00000000-0000-4000-8000-000000000000',
      kind: 'kickoff',
      title: 'Kick-off',
      heldOn: '2026-09-20',
    });
    expect(noCourse.statusCode).toBe(400);
    expect(noCourse.json()).toMatchObject({ fields: { courseId: 'Vælg et forløb, du er ansvarlig for.' } });
    const set = await call('PUT', `/api/v1/training/sessions/${sid}/participants`, lead, {
      participants: [
        { userId: await userId('caseworker@koege.demo'), attended: true },
        { userId: await userId('caseworker2@koege.demo'), attended: false },
      ],
    });
    expect(set.statusCode, set.body).toBe(204);
    expect(
      (
        await call('POST', '/api/v1/training/sessions', cw, {
          courseId,
          kind: 'kickoff',
          title: 'x1',
          heldOn: '2026-10-01',
        })
      ).statusCode,
    ).toBe(403);

    const res = await call('GET', '/api/v1/training', analyst);
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as {
      departments: {
        departmentId: string;
        methodStartedOn: string | null;
        coverage: { staff: number; trained: number; share: number | null };
      }[];
      notIntroduced: { userId: string; dueOn: string }[];
      courses: {
        id: string;
        title: string;
        description: string;
        departmentId: string | null;
        manageable: boolean;
        sessions: { id: string; kind: string; departmentId: string | null; participants: unknown[] }[];
      }[];
    };
    // The course lists its sessions in the order they are held, each in the course's department.
    const listed = o.courses.find((c) => c.id === courseId)!;
    expect(listed).toMatchObject({
      title: 'Dialogforløb 2026',
      description: 'Kick-off, tre træningsdage og en evalueringsdag.',
      departmentId: vel!.id,
      manageable: false, // the analyst reads only
    });
    expect(listed.sessions.map((x) => [x.id, x.kind, x.departmentId, x.participants.length])).toEqual([
      [(kickoff.json() as { id: string }).id, 'kickoff', vel!.id, 0],
      [sid, 'training_day', vel!.id, 2],
    ]);
    const v = o.departments.find((d) => d.departmentId === vel!.id)!;
    expect(v.methodStartedOn).toBe('2026-09-01');
    // 4 with citizen contact (caseworker, caseworker2, team_lead, Ny Kollega); 1 trained.
    expect(v.coverage).toEqual({ staff: 4, trained: 1, share: 0.25 });
    expect(o.notIntroduced).toEqual([expect.objectContaining({ userId: fresh!.id, dueOn: '2026-11-12' })]);

    const { trainingReminders } = await import('../../src/modules/learning/training.js');
    expect((await trainingReminders(h.ctx)).flagged).toBe(1);
    expect((await trainingReminders(h.ctx)).flagged).toBe(0);
    const mails = await sql<{ recipient: string }>(
      "SELECT recipient FROM outbox WHERE template = 'learning.training.introduction.overdue'",
    );
    expect(mails).toEqual([{ recipient: 'team_lead@koege.demo' }]);

    const { methodStartDates } = await import('../../src/modules/learning/index.js');
    expect(
      (await methodStartDates(h.ctx, '259')).find((d) => d.departmentId === vel!.id)?.methodStartedOn,
    ).toBe('2026-09-01');
  });

  it('keeps buddy pairs and action plans, reminding the holder once before the follow-up', async () => {
    const a = await userId('caseworker@koege.demo');
    const b = await userId('caseworker2@koege.demo');
    expect(
      (await call('POST', '/api/v1/training/buddy-pairs', lead, { userA: a, userB: a })).statusCode,
    ).toBe(400);
    expect(
      (await call('POST', '/api/v1/training/buddy-pairs', lead, { userA: a, userB: b })).statusCode,
    ).toBe(201);
    const past = await call('POST', '/api/v1/training/action-plans', lead, {
      userId: a,
      goal: 'Ring før brev',
      followUpOn: '2026-11-01',
    });
    expect(past.statusCode).toBe(400);
    const plan = await call('POST', '/api/v1/training/action-plans', lead, {
      userId: a,
      goal: 'Ring før brev',
      followUpOn: '2026-12-02',
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const { trainingReminders } = await import('../../src/modules/learning/training.js');
    expect((await trainingReminders(h.ctx)).reminded).toBe(1);
    expect((await trainingReminders(h.ctx)).reminded).toBe(0);
    const o = (await call('GET', '/api/v1/training', lead)).json() as {
      buddyPairs: unknown[];
      actionPlans: unknown[];
    };
    expect(o.buddyPairs).toHaveLength(1);
    expect(o.actionPlans).toHaveLength(1);
  });
});

describe('the training register is kept by department', () => {
  it('lets a team lead keep their own department only, and the administrator the whole kommune', async () => {
    const admin = await bearer(h.app, 'admin@koege.demo');
    const [vel, tmf] = await Promise.all(
      ['caseworker@koege.demo', 'caseworker.teknik@koege.demo'].map(async (e) => {
        const [r] = await sql<{ id: string }>('SELECT department_id AS id FROM users WHERE email = $1', [e]);
        return r!.id;
      }),
    );
    const course = (departmentId: string | null, who: Headers) =>
      call('POST', '/api/v1/training/courses', who, { title: 'Evalueringsforløb', departmentId });
    const session = (courseId: string, who: Headers) =>
      call('POST', '/api/v1/training/sessions', who, {
        courseId,
        kind: 'evaluation_day',
        title: 'Evalueringsdag',
        heldOn: '2026-12-10',
      });
    // The team lead of Velfærd: their own department's course, not Teknik's, nor a kommune-wide one.
    const own = await course(vel!, lead);
    expect(own.statusCode, own.body).toBe(201);
    expect((await session((own.json() as { id: string }).id, lead)).statusCode).toBe(201);
    expect((await course(tmf!, lead)).statusCode).toBe(403);
    expect((await course(null, lead)).statusCode).toBe(403);
    const wideCourse = await course(null, admin);
    expect(wideCourse.statusCode, wideCourse.body).toBe(201);
    const wideCourseId = (wideCourse.json() as { id: string }).id;
    // … nor a session of the kommune-wide course.
    expect((await session(wideCourseId, lead)).statusCode).toBe(403);
    const wide = await session(wideCourseId, admin);
    expect(wide.statusCode, wide.body).toBe(201);
    const wideId = (wide.json() as { id: string }).id;
    const teknikUser = await userId('caseworker.teknik@koege.demo');
    const me = await userId('caseworker@koege.demo');
    // … and the kommune-wide session is the administrator's to fill and delete.
    const fill = { participants: [{ userId: me, attended: true }] };
    expect(
      (await call('PUT', `/api/v1/training/sessions/${wideId}/participants`, lead, fill)).statusCode,
    ).toBe(403);
    // Staff of another department are refused on the field, in the caller's language; nothing is made.
    const pairs = await sql('SELECT id FROM buddy_pairs');
    const cross = await call('POST', '/api/v1/training/buddy-pairs', lead, { userA: me, userB: teknikUser });
    expect(cross.statusCode).toBe(400);
    expect(cross.json()).toMatchObject({
      fields: { userB: 'Vælg medarbejdere fra den forvaltning, du er teamleder for.' },
    });
    expect(await sql('SELECT id FROM buddy_pairs')).toHaveLength(pairs.length);
    expect(
      (
        await call('POST', '/api/v1/training/action-plans', lead, {
          userId: teknikUser,
          goal: 'Lyt mere',
          followUpOn: '2026-12-20',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await call('POST', '/api/v1/training/action-plans', admin, {
          userId: teknikUser,
          goal: 'Lyt mere',
          followUpOn: '2026-12-20',
        })
      ).statusCode,
    ).toBe(201);
    // The introduction weeks are kommune-wide: the administrator's.
    expect((await call('PUT', '/api/v1/training/settings', lead, { introductionWeeks: 8 })).statusCode).toBe(
      403,
    );
    expect((await call('PUT', '/api/v1/training/settings', admin, { introductionWeeks: 6 })).statusCode).toBe(
      204,
    );

    // The overview says what each may change, and offers the team lead their own department's staff only.
    const seen = (await call('GET', '/api/v1/training', lead)).json() as {
      keeps: { kommune: boolean; departmentId: string | null };
      staff: { id: string; departmentId: string | null }[];
      courses: { id: string; manageable: boolean; sessions: { id: string; manageable: boolean }[] }[];
      actionPlans: { user: { id: string }; manageable: boolean }[];
    };
    expect(seen.keeps).toEqual({ kommune: false, departmentId: vel });
    expect(seen.staff.length).toBeGreaterThan(0);
    expect(seen.staff.every((u) => u.departmentId === vel)).toBe(true);
    expect(seen.courses.find((c) => c.id === wideCourseId)?.manageable).toBe(false);
    expect(seen.courses.flatMap((c) => c.sessions).find((x) => x.id === wideId)?.manageable).toBe(false);
    expect(seen.courses.find((c) => c.id === (own.json() as { id: string }).id)?.manageable).toBe(true);
    expect(seen.actionPlans.find((p) => p.user.id === teknikUser)?.manageable).toBe(false);
    const whole = (await call('GET', '/api/v1/training', admin)).json() as typeof seen;
    expect(whole.keeps.kommune).toBe(true);
    expect(whole.staff.some((u) => u.id === teknikUser)).toBe(true);
    const analystView = (await call('GET', '/api/v1/training', analyst)).json() as typeof seen;
    expect(analystView.keeps).toEqual({ kommune: false, departmentId: null });
    expect(analystView.staff).toEqual([]);

    // Deleting: the team lead cannot delete the kommune-wide session; the administrator can, with its attendance.
    expect((await call('DELETE', `/api/v1/training/sessions/${wideId}`, lead)).statusCode).toBe(403);
    expect(
      (await call('PUT', `/api/v1/training/sessions/${wideId}/participants`, admin, fill)).statusCode,
    ).toBe(204);
    expect((await call('DELETE', `/api/v1/training/sessions/${wideId}`, admin)).statusCode).toBe(204);
    expect(await sql('SELECT 1 FROM training_participants WHERE session_id = $1', [wideId])).toEqual([]);
    expect((await call('DELETE', `/api/v1/training/sessions/${wideId}`, admin)).statusCode).toBe(404);

    // A course goes with its sessions and their attendance: the administrator's kommune-wide one, not by the lead.
    const again = await session(wideCourseId, admin);
    const againId = (again.json() as { id: string }).id;
    expect(
      (await call('PUT', `/api/v1/training/sessions/${againId}/participants`, admin, fill)).statusCode,
    ).toBe(204);
    expect((await call('DELETE', `/api/v1/training/courses/${wideCourseId}`, lead)).statusCode).toBe(403);
    expect((await call('DELETE', `/api/v1/training/courses/${wideCourseId}`, admin)).statusCode).toBe(204);
    expect(await sql('SELECT 1 FROM training_sessions WHERE course_id = $1', [wideCourseId])).toEqual([]);
    expect(await sql('SELECT 1 FROM training_participants WHERE session_id = $1', [againId])).toEqual([]);
    expect((await call('DELETE', `/api/v1/training/courses/${wideCourseId}`, admin)).statusCode).toBe(404);
  });

  it('follows up and deletes action plans and ends buddy pairs within the department', async () => {
    const a = await userId('caseworker@koege.demo');
    const b = await userId('caseworker2@koege.demo');
    const pair = await call('POST', '/api/v1/training/buddy-pairs', lead, { userA: a, userB: b });
    const pairId = (pair.json() as { id: string }).id;
    const plan = await call('POST', '/api/v1/training/action-plans', lead, {
      userId: b,
      goal: 'Opsummér aftalen til sidst',
      followUpOn: '2026-12-30',
    });
    const planId = (plan.json() as { id: string }).id;
    expect((await call('POST', `/api/v1/training/action-plans/${planId}/follow-up`, cw, {})).statusCode).toBe(
      403,
    );
    expect(
      (await call('POST', `/api/v1/training/action-plans/${planId}/follow-up`, lead, {})).statusCode,
    ).toBe(204);
    const after = (await call('GET', '/api/v1/training', lead)).json() as {
      actionPlans: { id: string; followedUp: boolean }[];
      buddyPairs: { id: string }[];
    };
    expect(after.actionPlans.find((p) => p.id === planId)?.followedUp).toBe(true);
    expect((await call('DELETE', `/api/v1/training/action-plans/${planId}`, lead)).statusCode).toBe(204);
    expect((await call('DELETE', `/api/v1/training/buddy-pairs/${pairId}`, cw)).statusCode).toBe(403);
    expect((await call('DELETE', `/api/v1/training/buddy-pairs/${pairId}`, lead)).statusCode).toBe(204);
    const gone = (await call('GET', '/api/v1/training', lead)).json() as typeof after;
    expect(gone.actionPlans.some((p) => p.id === planId)).toBe(false);
    expect(gone.buddyPairs.some((p) => p.id === pairId)).toBe(false);
  });
});

describe('retention and erasure', () => {
  it('erase a case’s unpublished draft and the texts of buddy feedback on it with the case, and keep the published, redacted learning cases', async () => {
    const n = await intake({
      name: 'Rigmor Kladdesen',
      phone: '62 63 64 65',
      description: 'Rigmor ringede om sin bolig.',
    });
    await call('POST', `/api/v1/cases/${n}/contact-attempts`, cw, { channel: 'phone', result: 'reached' });
    await call('POST', `/api/v1/cases/${n}/transitions`, cw, {
      to: 'resolved',
      reason: 'Aftalt i telefonen',
    });
    const closedNow = await call('POST', `/api/v1/cases/${n}/transitions`, cw, { to: 'closed' });
    expect(closedNow.statusCode, closedNow.body).toBe(200);
    const made = await call('POST', `/api/v1/cases/${n}/learning-case`, cw);
    expect(made.statusCode, made.body).toBe(201);
    const draftId = (made.json() as { id: string }).id;
    const [row] = await sql<{ id: string; happened: string }>(
      'SELECT c.id, l.happened FROM cases c JOIN learning_cases l ON l.case_id = c.id WHERE c.number = $1',
      [n],
    );
    expect(row!.happened).toContain('Rigmor');
    const published = await sql<{ id: string }>("SELECT id FROM learning_cases WHERE status = 'published'");
    expect(published.length).toBeGreaterThan(0);

    // What the retention run and an erasure both call for the cases they anonymise.
    const { anonymiseCases } = await import('../../src/modules/privacy/queries.js');
    const [shared] = await sql<{ id: string }>(
      "SELECT case_id AS id FROM learning_cases WHERE status = 'published' AND case_id IS NOT NULL LIMIT 1",
    );
    // The buddy feedback on the closed case's conversation (answered above), and one on another case.
    const [closedCase] = await sql<{ id: string }>('SELECT id FROM cases WHERE number = $1', [closed]);
    const [feedback] = await sql<{ id: string }>('SELECT id FROM feedback_requests WHERE case_id = $1', [
      closedCase!.id,
    ]);
    const [other] = await sql<{ id: string }>(
      `INSERT INTO feedback_requests (kommune_id, case_id, requester_id, reviewer_id, question, status, what_worked, try_next)
       SELECT '259', c.id, $2, $3, 'Hvordan gik det?', 'answered', 'Du lyttede.', 'Spørg tidligere.'
         FROM cases c WHERE c.number = $1 RETURNING id`,
      [open, await userId('caseworker@koege.demo'), await userId('caseworker2@koege.demo')],
    );
    const caseIds = [row!.id, shared!.id, closedCase!.id];
    await h.ctx.dbh.transaction((tx) => anonymiseCases(tx, caseIds, h.ctx.now()));
    // The feedback's texts are erased; the request stays (answered: the figure of feedback given is unchanged).
    expect(
      await sql(
        'SELECT question, status, what_worked AS "whatWorked", try_next AS "tryNext" FROM feedback_requests WHERE id = $1',
        [feedback!.id],
      ),
    ).toEqual([{ question: '', status: 'answered', whatWorked: null, tryNext: null }]);
    expect(
      await sql('SELECT what_worked AS "whatWorked" FROM feedback_requests WHERE id = $1', [other!.id]),
    ).toEqual([{ whatWorked: 'Du lyttede.' }]);
    const seen = (await call('GET', `/api/v1/feedback/${feedback!.id}`, cw)).json() as {
      question: string;
      answer: unknown;
    };
    expect(JSON.stringify(seen)).not.toContain('lyttede');
    await sql('DELETE FROM feedback_requests WHERE id = $1', [other!.id]);
    expect(await sql('SELECT id FROM learning_cases WHERE id = $1', [draftId])).toEqual([]);
    expect(await sql("SELECT id FROM learning_cases WHERE status = 'published'")).toHaveLength(
      published.length,
    );
    expect((await call('GET', `/api/v1/learning/cases/${draftId}`, cw)).statusCode).toBe(404);
  });
});

describe('figures', () => {
  it('counts learning cases shared and feedback given in the period, and the coverage at its end', async () => {
    const { PLATFORM } = await import('../../src/modules/index.js');
    const fig = (key: string) => PLATFORM.figures.find((f) => f.key === key)!;
    const scope = { kommuneId: '259', from: '2026-12-01', to: '2026-12-31' };
    expect((await fig('learning.cases_shared').compute(h.ctx, scope)).value).toBe(7);
    expect((await fig('learning.feedback_given').compute(h.ctx, scope)).value).toBe(1);
    const coverage = await fig('learning.training_coverage').compute(h.ctx, scope);
    expect(coverage.count).toBeGreaterThanOrEqual(4);
    expect(coverage.value).toBeGreaterThan(0);
  });
});
