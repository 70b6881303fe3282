// Nothing lost: a receipt the SMTP server refused until its retries ran out is shown to the kommune's admin with
// its error, and sent again on request once the server is back. Only that kommune's admin sees it or resends it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM } from '../../src/modules/index.js';
import { type Jobs, startJobs } from '../../src/platform/jobs.js';
import { OUTBOX_DELIVER_QUEUE } from '../../src/platform/outbox.js';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';
import { startSmtpServer, type TestSmtpServer, waitFor } from '../support/mail-servers.js';

// One retry after the first attempt: two refusals exhaust a message.
const RETRY_LIMIT = 1;

interface Undelivered {
  id: string;
  channel: string;
  recipient: string;
  template: string;
  caseNumber: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  retriesExhausted: boolean;
}

interface OutboxState {
  id: string;
  attempts: number;
  sent_at: Date | null;
  dispatched_at: Date | null;
}

describe('undelivered messages', () => {
  let smtp: TestSmtpServer;
  let h: Harness;
  let jobs: Jobs | undefined;
  let admin: Record<string, string>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    h = await startHarness({ smtpUrl: smtp.url, mailFrom: 'Køge Kommune <noreply@koege.demo>' });
    jobs = await startJobs(h.ctx, h.app.log, {
      jobs: PLATFORM.jobs,
      pollingIntervalSeconds: 0.5,
      relayIntervalMs: 100,
      relay: { retryLimit: RETRY_LIMIT, retryDelaySeconds: 1 },
    });
    admin = await bearer(h.app, 'admin@koege.demo');
  });
  afterAll(async () => {
    await jobs?.stop();
    await h?.close();
    await smtp?.close();
  });

  async function outboxRow(email: string): Promise<OutboxState> {
    const [row] = await h.ctx.dbh.sql<OutboxState>(
      'SELECT id, attempts, sent_at, dispatched_at FROM outbox WHERE recipient = $1',
      [email],
    );
    if (!row) throw new Error(`no outbox row for ${email}`);
    return row;
  }

  async function jobState(id: string): Promise<string | undefined> {
    const [job] = await h.ctx.dbh.sql<{ state: string }>(
      'SELECT state::text AS state FROM pgboss.job WHERE name = $1 AND id = $2',
      [OUTBOX_DELIVER_QUEUE, id],
    );
    return job?.state;
  }

  /** A citizen's receipt that the SMTP server refuses on every attempt, until pg-boss gives up on it. */
  async function undeliveredReceipt(email: string) {
    smtp.refuseNext(RETRY_LIMIT + 1);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ email }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const { caseNumber } = res.json() as { caseNumber: string };
    const { id } = await outboxRow(email);
    await waitFor(async () => (await jobState(id)) === 'failed', 25_000, 'the last retry to fail');
    return { id, caseNumber };
  }

  async function listFor(headers: Record<string, string>) {
    const res = await h.app.inject({ url: '/api/v1/outbox/undelivered', headers });
    return { status: res.statusCode, body: res.body, items: (res.json() as { items?: Undelivered[] }).items };
  }

  const resend = (id: string, headers: Record<string, string>) =>
    h.app.inject({ method: 'POST', url: `/api/v1/outbox/${id}/resend`, headers });

  it('lists a receipt whose retries ran out for the admin, with its error, and logs the read', async () => {
    const email = 'afvist.en@eksempel.invalid';
    const { id, caseNumber } = await undeliveredReceipt(email);

    const { status, items } = await listFor(admin);
    expect(status).toBe(200);
    const item = items?.find((i) => i.id === id);
    expect(item).toMatchObject({
      channel: 'mail',
      recipient: email,
      template: 'intake.receipt',
      caseNumber,
      attempts: RETRY_LIMIT + 1,
      retriesExhausted: true,
    });
    expect(item?.lastError).toMatch(/451/);

    const audit = await h.ctx.dbh.sql<{ action: string; purpose: string }>(
      `SELECT action, purpose FROM audit_log WHERE subject_type = 'outbox' AND user_id = $1`,
      [h.koege.users['admin@koege.demo']],
    );
    expect(audit).toContainEqual({ action: 'list', purpose: 'beskedlevering' });
  });

  it('refuses a caseworker, and hides the message from another kommune’s admin', async () => {
    const email = 'afvist.to@eksempel.invalid';
    const { id } = await undeliveredReceipt(email);

    const caseworker = await bearer(h.app, 'caseworker@koege.demo');
    expect((await listFor(caseworker)).status).toBe(403);
    expect((await resend(id, caseworker)).statusCode).toBe(403);
    expect((await h.app.inject({ url: '/api/v1/outbox/undelivered' })).statusCode).toBe(401);

    const rudersdal = await bearer(h.app, 'admin@rudersdal.demo');
    const other = await listFor(rudersdal);
    expect(other.status).toBe(200);
    expect(other.body).not.toContain(email);
    expect((await resend(id, rudersdal)).statusCode).toBe(404);
    expect(await jobState(id)).toBe('failed'); // untouched
    expect((await outboxRow(email)).dispatched_at).not.toBeNull();
  });

  it('delivers the message when the admin sends it again after the server has recovered', async () => {
    const email = 'afvist.tre@eksempel.invalid';
    const { id, caseNumber } = await undeliveredReceipt(email);
    expect(smtp.received.some((m) => m.to.includes(email))).toBe(false);

    const res = await resend(id, admin);
    expect(res.statusCode, res.body).toBe(202);

    const mail = await waitFor(
      () => smtp.received.find((m) => m.to.includes(email)),
      15_000,
      'the resent mail',
    );
    expect(mail.subject).toContain(caseNumber);
    const row = await waitFor(async () => {
      const r = await outboxRow(email);
      return r.sent_at && r;
    });
    expect(row.attempts).toBe(RETRY_LIMIT + 2);
    expect((await listFor(admin)).items?.some((i) => i.id === id)).toBe(false);

    const audit = await h.ctx.dbh.sql<{ action: string; case_id: string | null }>(
      `SELECT action, case_id FROM audit_log WHERE subject_type = 'outbox' AND subject_id = $1`,
      [id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe('update');
    expect(audit[0]?.case_id).not.toBeNull();
  });

  it('refuses to resend a message that has been sent, and changes nothing', async () => {
    const email = 'leveret@eksempel.invalid';
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ email }),
    });
    expect(res.statusCode).toBe(201);
    const sent = await waitFor(async () => {
      const r = await outboxRow(email);
      return r.sent_at && r;
    });
    const mailsBefore = smtp.received.length;

    const again = await resend(sent.id, admin);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'already_sent', message: 'Beskeden er allerede sendt.' });
    expect(await outboxRow(email)).toEqual(sent);
    expect(await jobState(sent.id)).toBe('completed');
    expect(smtp.received.length).toBe(mailsBefore);
  });

  it('refuses to resend a message while a worker is sending it', async () => {
    const email = 'i.gang@eksempel.invalid';
    const { id } = await undeliveredReceipt(email);
    // As if a worker had just taken the job: a second job must not run beside it.
    await h.ctx.dbh.sql(`UPDATE pgboss.job SET state = 'active' WHERE name = $1 AND id = $2`, [
      OUTBOX_DELIVER_QUEUE,
      id,
    ]);

    const res = await resend(id, admin);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'in_progress' });
    expect((await outboxRow(email)).dispatched_at).not.toBeNull();
    expect(await jobState(id)).toBe('active');
  });

  it('refuses an id that is not a uuid', async () => {
    expect((await resend('not-a-uuid', admin)).statusCode).toBe(400);
  });
});

describe('undelivered messages, where the jobs have never run', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists a message handed to the queue long ago and never tried, and puts it back in line', async () => {
    const email = 'glemt@eksempel.invalid';
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ email }),
    });
    expect(res.statusCode).toBe(201);
    // Dispatched an hour before the clock's now, by a relay whose queue has since gone.
    await h.ctx.dbh.sql('UPDATE outbox SET dispatched_at = $2 WHERE recipient = $1', [
      email,
      new Date(h.clock.now().getTime() - 60 * 60_000),
    ]);
    const admin = await bearer(h.app, 'admin@koege.demo');

    const list = await h.app.inject({ url: '/api/v1/outbox/undelivered', headers: admin });
    expect(list.statusCode, list.body).toBe(200);
    const [item] = (list.json() as { items: Undelivered[] }).items;
    expect(item).toMatchObject({ recipient: email, attempts: 0, lastError: null, retriesExhausted: true });

    const again = await h.app.inject({
      method: 'POST',
      url: `/api/v1/outbox/${item?.id}/resend`,
      headers: admin,
    });
    expect(again.statusCode, again.body).toBe(202);
    const [row] = await h.ctx.dbh.sql<{ dispatched_at: Date | null }>(
      'SELECT dispatched_at FROM outbox WHERE recipient = $1',
      [email],
    );
    expect(row?.dispatched_at).toBeNull();
  });
});
