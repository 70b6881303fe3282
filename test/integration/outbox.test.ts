// The receipt's journey: intake writes an outbox row, the relay hands it to pg-boss, the worker renders it and
// sends it by SMTP, the SMS gateway or into the dev mailbox — and a failing provider means a retry, not a loss.
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM } from '../../src/modules/index.js';
import { deliverOutbox } from '../../src/modules/messaging/delivery.js';
import { createTransports } from '../../src/modules/messaging/transports.js';
import { type Jobs, openBoss, startJobs } from '../../src/platform/jobs.js';
import { OUTBOX_DELIVER_QUEUE, relayOutboxOnce } from '../../src/platform/outbox.js';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';
import {
  startSmsGateway,
  startSmtpServer,
  type TestSmsGateway,
  type TestSmtpServer,
  waitFor,
} from '../support/mail-servers.js';

interface OutboxState {
  id: string;
  channel: string;
  recipient: string;
  attempts: number;
  last_error: string | null;
  dispatched: boolean;
  sent: boolean;
}

async function submit(h: Harness, over: Record<string, unknown> = {}, kommune = '259') {
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/v1/kommuner/${kommune}/cases`,
    payload: validSubmission(over),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { caseNumber: string; trackingToken: string; firstContactDue: string };
}

async function outboxOf(h: Harness, caseNumber: string): Promise<OutboxState> {
  const [row] = await h.ctx.dbh.sql<OutboxState>(
    `SELECT o.id, o.channel, o.recipient, o.attempts, o.last_error,
       o.dispatched_at IS NOT NULL AS dispatched, o.sent_at IS NOT NULL AS sent
     FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.number = $1`,
    [caseNumber],
  );
  if (!row) throw new Error(`no outbox row for ${caseNumber}`);
  return row;
}

describe('mail over SMTP, with pg-boss running', () => {
  let smtp: TestSmtpServer;
  let h: Harness;
  let jobs: Jobs | undefined;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    h = await startHarness({ smtpUrl: smtp.url, mailFrom: 'Køge Kommune <noreply@koege.demo>' });
    jobs = await startJobs(h.ctx, h.app.log, {
      jobs: PLATFORM.jobs,
      pollingIntervalSeconds: 0.5,
      relayIntervalMs: 100,
      relay: { retryDelaySeconds: 1 }, // retries after ~1–2 s, then ~2–4 s
    });
  });
  afterAll(async () => {
    await jobs?.stop();
    await h?.close();
    await smtp?.close();
  });

  it('delivers the receipt with the case number, the call-back date in words and the tracking link', async () => {
    const email = 'modtager.en@eksempel.invalid';
    const { caseNumber, trackingToken } = await submit(h, { email });

    const mail = await waitFor(() => smtp.received.find((m) => m.to.includes(email)), 15_000, 'the receipt');
    expect(mail.subject).toContain(caseNumber);
    expect(mail.text).toContain(`sagsnummer ${caseNumber}`);
    expect(mail.text).toContain('senest torsdag den 3. december 2026');
    expect(mail.text).toContain(`${h.ctx.config.publicUrl}/spor/${trackingToken}`);
    expect(mail.text).toContain('Køge Kommune');

    const row = await waitFor(async () => {
      const r = await outboxOf(h, caseNumber);
      return r.sent && r;
    });
    expect(row).toMatchObject({ dispatched: true, sent: true, attempts: 1, last_error: null });
  });

  it('writes the receipt in English when the citizen used English', async () => {
    const email = 'english.reader@eksempel.invalid';
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      headers: { 'accept-language': 'en' },
      payload: validSubmission({ email }),
    });
    expect(res.statusCode).toBe(201);
    const mail = await waitFor(() => smtp.received.find((m) => m.to.includes(email)), 15_000, 'the receipt');
    expect(mail.text).toContain('no later than Thursday 3 December 2026');
  });

  it('retries when the SMTP server refuses, and delivers the receipt in the end', async () => {
    const email = 'modtager.to@eksempel.invalid';
    const before = smtp.dataAttempts;
    smtp.refuseNext(2);
    const { caseNumber, trackingToken } = await submit(h, { email });

    const mail = await waitFor(() => smtp.received.find((m) => m.to.includes(email)), 25_000, 'the retry');
    expect(mail.text).toContain(caseNumber);
    expect(smtp.dataAttempts - before).toBe(3);

    const row = await waitFor(async () => {
      const r = await outboxOf(h, caseNumber);
      return r.sent && r;
    });
    expect(row.attempts).toBe(3);
    // The reason is kept for the record; the message itself never is.
    expect(row.last_error).toMatch(/451/);
    expect(row.last_error).not.toContain(trackingToken);
    expect(row.last_error).not.toContain('december');
    expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
  });
});

describe('dev mailbox, when no SMTP server is configured', () => {
  let h: Harness;
  let boss: PgBoss;

  beforeAll(async () => {
    h = await startHarness();
    boss = await openBoss(h.ctx, h.app.log, { jobs: PLATFORM.jobs });
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false });
    await h?.close();
  });

  it('hands each outbox row to the queue as exactly one job, however often the relay runs', async () => {
    const a = await submit(h, { email: 'relay.a@eksempel.invalid' });
    const b = await submit(h, { email: 'relay.b@eksempel.invalid' });
    expect(await relayOutboxOnce(h.ctx, boss)).toBe(2);
    expect(await relayOutboxOnce(h.ctx, boss)).toBe(0);

    // As if a relay had died after queueing the job: the row is relayed again, but no second job appears.
    const rowA = await outboxOf(h, a.caseNumber);
    await h.ctx.dbh.sql('UPDATE outbox SET dispatched_at = NULL WHERE id = $1', [rowA.id]);
    expect(await relayOutboxOnce(h.ctx, boss)).toBe(1);

    const rowB = await outboxOf(h, b.caseNumber);
    const queued = await h.ctx.dbh.sql<{ id: string; data: { outboxId: string } }>(
      'SELECT id, data FROM pgboss.job WHERE name = $1 ORDER BY created_on',
      [OUTBOX_DELIVER_QUEUE],
    );
    expect(queued.map((j) => j.id).sort()).toEqual([rowA.id, rowB.id].sort());
    expect(queued.every((j) => j.data.outboxId === j.id)).toBe(true);
    expect((await outboxOf(h, b.caseNumber)).dispatched).toBe(true);
  });

  it('puts the message in the dev mailbox, once, however often delivery runs', async () => {
    const { caseNumber } = await submit(h, { email: 'postkasse@eksempel.invalid' });
    const { id } = await outboxOf(h, caseNumber);
    const transports = createTransports(h.ctx);
    expect(await deliverOutbox(h.ctx, id, transports)).toBe('sent');
    expect(await deliverOutbox(h.ctx, id, transports)).toBe('already_sent');

    const rows = await h.ctx.dbh.sql<{ recipient: string; subject: string; body: string }>(
      'SELECT recipient, subject, body FROM dev_mailbox WHERE outbox_id = $1',
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.recipient).toBe('postkasse@eksempel.invalid');
    expect(rows[0]!.subject).toContain(caseNumber);
    expect(rows[0]!.body).toContain('torsdag den 3. december 2026');
    expect(await outboxOf(h, caseNumber)).toMatchObject({ sent: true, attempts: 1 });
  });

  it("shows the kommune's admin the dev mailbox, newest first, and no one else", async () => {
    const { caseNumber } = await submit(h, { email: 'vises@eksempel.invalid' });
    const { id } = await outboxOf(h, caseNumber);
    await deliverOutbox(h.ctx, id, createTransports(h.ctx));

    const res = await h.app.inject({
      url: '/api/v1/dev-mailbox',
      headers: await bearer(h.app, 'admin@koege.demo'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const { items } = res.json() as {
      items: { channel: string; recipient: string; subject: string; body: string }[];
    };
    expect(items[0]).toMatchObject({ channel: 'mail', recipient: 'vises@eksempel.invalid' });
    expect(items[0]!.subject).toContain(caseNumber);
    expect(items[0]!.body).toContain(caseNumber);
    const audit = await h.ctx.dbh.sql<{ user_id: string; purpose: string }>(
      "SELECT user_id, purpose FROM audit_log WHERE subject_type = 'dev_mailbox'",
    );
    expect(audit).toEqual([{ user_id: h.koege.users['admin@koege.demo'], purpose: 'testpostkasse' }]);

    const caseworker = await h.app.inject({
      url: '/api/v1/dev-mailbox',
      headers: await bearer(h.app, 'caseworker@koege.demo'),
    });
    expect(caseworker.statusCode).toBe(403);
    expect((await h.app.inject({ url: '/api/v1/dev-mailbox' })).statusCode).toBe(401);

    const otherKommune = await h.app.inject({
      url: '/api/v1/dev-mailbox',
      headers: await bearer(h.app, 'admin@rudersdal.demo'),
    });
    expect(otherKommune.statusCode).toBe(200);
    expect(otherKommune.body).not.toContain(caseNumber);
    expect(otherKommune.body).not.toContain('vises@eksempel.invalid');
  });
});

describe('SMS through the HTTP gateway', () => {
  let gateway: TestSmsGateway;
  let h: Harness;

  beforeAll(async () => {
    gateway = await startSmsGateway();
    h = await startHarness({
      sms: { url: gateway.url, token: 'test-token-not-a-secret', sender: 'KoegeKom' },
    });
  });
  afterAll(async () => {
    await h?.close();
    await gateway?.close();
  });

  it('posts the receipt as JSON with the Bearer token, and a 500 means a later retry', async () => {
    const { caseNumber } = await submit(h, { email: undefined, phone: '20 30 40 50' });
    const row = await outboxOf(h, caseNumber);
    expect(row).toMatchObject({ channel: 'sms', recipient: '+4520304050' });
    const transports = createTransports(h.ctx);

    gateway.answerWith(500);
    await expect(deliverOutbox(h.ctx, row.id, transports)).rejects.toThrow(/500/);
    expect(await outboxOf(h, caseNumber)).toMatchObject({ sent: false, attempts: 1 });
    expect((await outboxOf(h, caseNumber)).last_error).toMatch(/500/);

    expect(await deliverOutbox(h.ctx, row.id, transports)).toBe('sent');
    expect(await outboxOf(h, caseNumber)).toMatchObject({ sent: true, attempts: 2 });

    expect(gateway.requests).toHaveLength(2);
    const last = gateway.requests[1]!;
    expect(last.headers.authorization).toBe('Bearer test-token-not-a-secret');
    expect(last.headers['content-type']).toBe('application/json');
    const body = last.body as { to: string; from: string; text: string };
    expect(body).toMatchObject({ to: '+4520304050', from: 'KoegeKom' });
    expect(body.text).toContain(caseNumber);
    expect(body.text).toContain('torsdag den 3. december 2026');
  });
});
