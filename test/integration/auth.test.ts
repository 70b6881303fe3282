import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenSession, type Harness, login, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('staff login and sessions', () => {
  it('sets an httpOnly session cookie and returns the CSRF token', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'caseworker@koege.demo', password: 'demo1234' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'bd_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(res.json()).toMatchObject({
      email: 'caseworker@koege.demo',
      role: 'caseworker',
      kommuneId: '259',
    });
    expect(res.json().csrfToken).toMatch(/^[\w-]{43}$/);
  });

  it('refuses a wrong password with the same answer as an unknown user', async () => {
    const wrong = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'caseworker@koege.demo', password: 'forkert' },
    });
    const unknown = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@koege.demo', password: 'forkert' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('stores only a hash of the session secret', async () => {
    const headers = await login(h.app, 'team_lead@koege.demo');
    const secret = headers.cookie.split('=')[1]!;
    const rows = await h.ctx.dbh.sql<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash === secret)).toBe(false);
  });

  it('ends the session on logout', async () => {
    const headers = await login(h.app, 'caseworker@koege.demo');
    expect((await h.app.inject({ url: '/api/v1/auth/me', headers })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers })).statusCode).toBe(
      204,
    );
    expect((await h.app.inject({ url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
  });

  it('refuses a cookie write without the CSRF token, also on logout', async () => {
    const { cookie } = await login(h.app, 'caseworker@koege.demo');
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('csrf');
    expect((await h.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('expires sessions after the configured hours', async () => {
    const headers = await login(h.app, 'caseworker@koege.demo');
    h.clock.set('2026-12-01T19:30:00Z'); // 10.5 hours later
    try {
      expect((await h.app.inject({ url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
    } finally {
      h.clock.set('2026-12-01T09:00:00Z');
    }
  });

  it('issues Bearer tokens that are not accepted as cookies', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      payload: { email: 'caseworker@koege.demo', password: 'demo1234' },
    });
    const { token } = res.json();
    expect(
      (await h.app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await h.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `bd_session=${token}` } })).statusCode,
    ).toBe(401);
  });
});

describe('citizens and the staff login', () => {
  const attempt = (path: string, email: string, password: string, lang = 'da') =>
    h.app.inject({
      method: 'POST',
      url: `/api/v1/auth/${path}`,
      headers: { 'accept-language': lang },
      payload: { email, password },
    });

  it("refuses a citizen with the right password, saying staff only, in the user's language", async () => {
    const { email } = await citizenSession(h);
    for (const path of ['login', 'token']) {
      const res = await attempt(path, email, 'demo1234');
      expect(res.statusCode, path).toBe(403);
      expect(res.json()).toEqual({
        error: 'not_staff',
        message:
          'Kun kommunens medarbejdere kan logge ind her. Som borger følger du din sag med linket i din kvittering.',
      });
      expect(res.cookies.find((c) => c.name === 'bd_session')).toBeUndefined();
    }
    expect((await attempt('login', email, 'demo1234', 'en')).json().message).toMatch(
      /^Only municipal staff can log in here/,
    );
  });

  it('tells a citizen with a wrong password only that it is wrong', async () => {
    const { email } = await citizenSession(h);
    const res = await attempt('login', email, 'forkert');
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('invalid_credentials');
  });

  it('seeds no citizen account among the demo users', async () => {
    const rows = await h.ctx.dbh.sql<{ email: string }>(
      "SELECT email FROM users WHERE role = 'citizen' OR email LIKE 'citizen@%'",
    );
    expect(rows.filter((r) => r.email.endsWith('.demo'))).toEqual([]);
  });
});

describe('demo accounts in production', () => {
  it('refuses demo logins when NODE_ENV=production', async () => {
    const prod = await startHarness({ production: true });
    try {
      const res = await prod.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'admin@koege.demo', password: 'demo1234' },
      });
      expect(res.statusCode).toBe(401);
    } finally {
      await prod.close();
    }
  }, 90_000); // a harness of its own, on a busy machine
});

describe('logins per client address', () => {
  it('refuses the login after the configured number a minute, in Danish, and counts per address', async () => {
    const limited = await startHarness({ loginRateLimitPerMinute: 3 });
    try {
      const attempt = (ip: string) =>
        limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: ip,
          payload: { email: 'caseworker@koege.demo', password: 'demo1234' },
        });
      const first = [];
      for (let i = 0; i < 3; i++) first.push((await attempt('10.1.1.1')).statusCode);
      expect(first).toEqual([200, 200, 200]);
      const fourth = await attempt('10.1.1.1');
      expect(fourth.statusCode).toBe(429);
      expect(fourth.json()).toMatchObject({
        error: 'rate_limited',
        message: expect.stringContaining('For mange'),
      });
      expect((await attempt('10.1.1.2')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
