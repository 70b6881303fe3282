// A burst of receipts leaves within seconds, not minutes: the delivery workers fetch jobs in batches and send
// them side by side over a pool of SMTP connections, and a full batch is followed at once by the next fetch
// (pg-boss otherwise waits a whole polling interval after each one). Each message still leaves exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM } from '../../src/modules/index.js';
import { type Jobs, startJobs } from '../../src/platform/jobs.js';
import { type Harness, startHarness } from '../support/harness.js';
import { startSmtpServer, type TestSmtpServer, waitFor } from '../support/mail-servers.js';

const MESSAGES = 300;

describe('outbox delivery throughput', () => {
  let smtp: TestSmtpServer;
  let h: Harness;
  let jobs: Jobs | undefined;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    h = await startHarness({ smtpUrl: smtp.url });
  });
  afterAll(async () => {
    await jobs?.stop();
    await h?.close();
    await smtp?.close();
  });

  it(`delivers ${MESSAGES} queued receipts within seconds at the default polling interval, each once`, async () => {
    await h.ctx.dbh.sql(
      `INSERT INTO outbox (kommune_id, channel, recipient, template, params)
       SELECT '259', 'mail', 'burst' || n || '@eksempel.invalid', 'intake.receipt',
         jsonb_build_object('caseNumber', '259-2026-' || lpad(n::text, 6, '0'), 'firstContactDue', '2026-12-03',
           'trackingUrl', 'http://localhost/spor/t' || n)
       FROM generate_series(1, $1::int) AS n`,
      [MESSAGES],
    );
    const started = Date.now();
    jobs = await startJobs(h.ctx, h.app.log, { jobs: PLATFORM.jobs }); // the production defaults: 2 s polling, 500 ms relay interval
    const sent = async () => {
      const [r] = await h.ctx.dbh.sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL',
      );
      return r?.n === 0;
    };
    await waitFor(sent, 60_000, 'every receipt marked sent');
    const seconds = (Date.now() - started) / 1000;

    // 2 messages a second before batching; at that rate 300 would take two and a half minutes.
    expect(seconds).toBeLessThan(20);
    const recipients = smtp.received.flatMap((m) => m.to);
    expect(new Set(recipients).size).toBe(MESSAGES);
    expect(recipients).toHaveLength(MESSAGES);
    const [row] = await h.ctx.dbh.sql<{ sent: number; attempts: number }>(
      'SELECT count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent, sum(attempts)::int AS attempts FROM outbox',
    );
    expect(row).toEqual({ sent: MESSAGES, attempts: MESSAGES });
  }, 70_000);
});
