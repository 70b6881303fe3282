// Mail and SMS providers down for a while (the SMTP server turns every connection away with 421, the SMS
// gateway answers 503), with retry delays shortened from the production 10 s to 1 s: every receipt is
// delivered once the providers are back, and none twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM } from '../../src/modules/index.js';
import { type Jobs, startJobs } from '../../src/platform/jobs.js';
import { type Harness, startHarness, validSubmission } from '../support/harness.js';
import {
  startSmsGateway,
  startSmtpServer,
  type TestSmsGateway,
  type TestSmtpServer,
  waitFor,
} from '../support/mail-servers.js';

const EACH = 10;

describe('mail and SMS providers down, then back', () => {
  let smtp: TestSmtpServer;
  let sms: TestSmsGateway;
  let h: Harness;
  let jobs: Jobs | undefined;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    sms = await startSmsGateway();
    h = await startHarness({
      smtpUrl: smtp.url,
      sms: { url: sms.url, token: 'test-token', sender: 'KoegeKom' },
      intakeRateLimitPerMinute: 1000,
    });
    jobs = await startJobs(h.ctx, h.app.log, {
      jobs: PLATFORM.jobs,
      pollingIntervalSeconds: 0.5,
      relayIntervalMs: 100,
      relay: { retryDelaySeconds: 1, retryLimit: 12 },
    });
  });
  afterAll(async () => {
    await jobs?.stop();
    await h?.close();
    await smtp?.close();
    await sms?.close();
  });

  it('delivers every receipt after the outage, each exactly once', async () => {
    smtp.setDown(true);
    sms.setDown(true);
    const emails: string[] = [];
    const phones: string[] = [];
    for (let i = 0; i < EACH; i++) {
      const email = `nede${i}@eksempel.invalid`;
      const phone = `4${i}123456`; // synthetic, 8 digits starting with 4
      emails.push(email);
      phones.push(`+45${phone}`);
      for (const payload of [validSubmission({ email }), validSubmission({ email: undefined, phone })]) {
        const res = await h.app.inject({ method: 'POST', url: '/api/v1/kommuner/259/cases', payload });
        expect(res.statusCode, res.body).toBe(201);
      }
    }

    // Down for a while: every message is tried, and fails, more than once.
    await waitFor(
      async () => {
        const [r] = await h.ctx.dbh.sql<{ n: number }>(
          'SELECT count(*)::int AS n FROM outbox WHERE attempts >= 2',
        );
        return (r?.n ?? 0) >= 2 * EACH;
      },
      60_000,
      'a second failed attempt of every message',
    );
    expect(smtp.received).toHaveLength(0);
    expect(smtp.refusedConnections).toBeGreaterThan(0);
    expect(sms.requests.length).toBeGreaterThanOrEqual(2 * EACH);

    smtp.setDown(false);
    sms.setDown(false);
    const refusedSms = sms.requests.length; // every request from here on is answered 200
    await waitFor(
      async () => {
        const [r] = await h.ctx.dbh.sql<{ n: number }>(
          'SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL',
        );
        return r?.n === 0;
      },
      90_000,
      'every message sent',
    );

    const mailed = smtp.received.flatMap((m) => m.to).sort();
    expect(mailed).toEqual([...emails].sort());
    const texted = sms.requests.slice(refusedSms).map((r) => (r.body as { to: string }).to);
    expect(texted.sort()).toEqual([...phones].sort());
    const rows = await h.ctx.dbh.sql<{
      id: string;
      channel: string;
      attempts: number;
      last_error: string | null;
    }>('SELECT id, channel, attempts, last_error FROM outbox');
    expect(rows).toHaveLength(2 * EACH);
    expect(rows.every((r) => r.attempts >= 3 && r.last_error !== null)).toBe(true);

    // Every message carries its outbox row's id as a stable identity, the same on every attempt: the mail's
    // Message-ID and the SMS gateway's reference (and Idempotency-Key), so a receiver can drop a repeat.
    const mailIds = rows.filter((r) => r.channel === 'mail').map((r) => r.id);
    const smsIds = rows.filter((r) => r.channel === 'sms').map((r) => r.id);
    const messageIds = smtp.received.map((m) => /^<([^@]+)@/.exec(m.messageId)?.[1]);
    expect([...messageIds].sort()).toEqual([...mailIds].sort());
    const delivered = sms.requests.slice(refusedSms);
    expect(delivered.map((r) => (r.body as { reference: string }).reference).sort()).toEqual(
      [...smsIds].sort(),
    );
    expect(
      delivered.every((r) => r.headers['idempotency-key'] === (r.body as { reference: string }).reference),
    ).toBe(true);
    // A refused attempt carried the same reference as the one that got through.
    const refusedRefs = new Set(
      sms.requests.slice(0, refusedSms).map((r) => (r.body as { reference: string }).reference),
    );
    expect(smsIds.every((id) => refusedRefs.has(id))).toBe(true);
  }, 180_000);
});
