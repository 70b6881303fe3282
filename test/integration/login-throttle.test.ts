// Per-account login throttling: wrong passwords for one account spread over many addresses lock it for a
// while, its holder gets a mail, and the lock can neither outlast its time nor keep the holder out from an
// address they have logged in from before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_AFTER_FAILURES, LOCK_MINUTES } from '../../src/platform/auth/throttle.js';
import { renderTemplate } from '../../src/platform/templates.js';
import { type Harness, startHarness } from '../support/harness.js';

const EMAIL = 'analyst@koege.demo';
const OFFICE = '203.0.113.5'; // where the account holder works and has logged in before
const attacker = (i: number) => `198.51.100.${10 + (i % 25)}`; // 25 addresses

describe('login throttling per account', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h?.close());

  const tryLogin = (password: string, remoteAddress: string) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: EMAIL, password },
      remoteAddress,
    });
  const lockNotices = () =>
    h.ctx.dbh.sql<{ recipient: string; params: Record<string, string>; locale: string }>(
      `SELECT recipient, params, locale FROM outbox WHERE template = 'auth.locked' ORDER BY created_at`,
    );

  it('locks the account after repeated failures from many addresses, and tells its holder once', async () => {
    expect((await tryLogin('demo1234', OFFICE)).statusCode).toBe(200);

    const answers: number[] = [];
    for (let i = 0; i < 50; i++) answers.push((await tryLogin(`forkert-${i}`, attacker(i))).statusCode);
    expect(answers.every((s) => s === 401)).toBe(true);

    // The right password, from an address the account has never logged in from: refused while locked,
    // with the very answer a wrong password gets.
    const locked = await tryLogin('demo1234', '198.51.100.200');
    const wrong = await tryLogin('forkert', '198.51.100.201');
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toEqual(wrong.json());

    const notices = await lockNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ recipient: EMAIL, locale: 'da' });
    const mail = renderTemplate(
      'auth.locked',
      'mail',
      { ...notices[0]!.params, kommuneName: 'Køge Kommune' },
      'da',
    );
    expect(mail.text).toContain(`${LOCK_AFTER_FAILURES} gange i træk`);
    expect(mail.text).toContain(`${LOCK_MINUTES} minutter (til kl. 10.15)`);
  }, 180_000); // 52 scrypt checks

  it('still lets the holder in from an address they have logged in from before', async () => {
    expect((await tryLogin('demo1234', OFFICE)).statusCode).toBe(200);
  });

  it('lifts the lock by itself after its time', { timeout: 60_000 }, async () => {
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await tryLogin(`forkert-${i}`, attacker(i));
    expect((await tryLogin('demo1234', '198.51.100.202')).statusCode).toBe(401);
    h.clock.set(new Date(h.clock.current.getTime() + (LOCK_MINUTES - 1) * 60_000).toISOString());
    expect((await tryLogin('demo1234', '198.51.100.202')).statusCode).toBe(401);
    h.clock.set(new Date(h.clock.current.getTime() + 2 * 60_000).toISOString());
    expect((await tryLogin('demo1234', '198.51.100.202')).statusCode).toBe(200);
    expect(await lockNotices()).toHaveLength(2);
  });

  it('does not lock on fewer failures than the limit, and a success starts the count again', {
    timeout: 60_000,
  }, async () => {
    for (let i = 0; i < LOCK_AFTER_FAILURES - 1; i++) await tryLogin(`forkert-${i}`, attacker(i));
    expect((await tryLogin('demo1234', '198.51.100.203')).statusCode).toBe(200);
    for (let i = 0; i < LOCK_AFTER_FAILURES - 1; i++) await tryLogin(`forkert-${i}`, attacker(i));
    expect((await tryLogin('demo1234', '198.51.100.204')).statusCode).toBe(200);
    expect(await lockNotices()).toHaveLength(2);
  });

  it('leaves other accounts of the kommune alone', { timeout: 60_000 }, async () => {
    for (let i = 0; i < 10; i++) await tryLogin(`forkert-${i}`, attacker(i));
    const other = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'team_lead@koege.demo', password: 'demo1234' },
      remoteAddress: '198.51.100.205',
    });
    expect(other.statusCode).toBe(200);
  });
});
