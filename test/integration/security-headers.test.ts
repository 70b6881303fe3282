// Security headers: a Content-Security-Policy on the staff app, the API documentation and the citizen pages;
// HSTS in production over https (directly or behind a trusted proxy); no-store on answers with personal data;
// Permissions-Policy and Cross-Origin-Opener-Policy everywhere.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';

const webDist = mkdtempSync(join(tmpdir(), 'bd-web-'));
mkdirSync(join(webDist, 'assets'));
writeFileSync(
  join(webDist, 'index.html'),
  '<!doctype html><title>x</title><script type="module" src="./assets/a.js"></script>',
);
writeFileSync(join(webDist, 'assets/a.js'), 'console.log(1)');

const directive = (csp: string | undefined, name: string) =>
  csp
    ?.split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('security headers', () => {
  let h: Harness;
  let caseworker: Record<string, string>;
  let caseNumber: string;
  let trackingToken: string;

  beforeAll(async () => {
    h = await startHarness({ webDist });
    caseworker = await bearer(h.app, 'caseworker@koege.demo');
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission(),
    });
    ({ caseNumber, trackingToken } = res.json() as { caseNumber: string; trackingToken: string });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it.each(['/staff/', '/staff/cases/259-2026-000001', '/staff/assets/a.js'])(
    'sends a strict CSP with the staff app (%s): own scripts and styles only, no framing',
    async (url) => {
      const res = await h.app.inject({ url });
      expect(res.statusCode).toBe(200);
      const csp = res.headers['content-security-policy'] as string | undefined;
      expect(directive(csp, 'script-src')).toBe("script-src 'self'");
      expect(directive(csp, 'style-src')).toBe("style-src 'self'");
      expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directive(csp, 'object-src')).toBe("object-src 'none'");
      expect(csp).not.toContain('unsafe-eval');
    },
  );

  it('sends the API documentation its own CSP: nothing from elsewhere, no inline script', async () => {
    const res = await h.app.inject({ url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(directive(csp, 'default-src')).toBe("default-src 'self'");
    expect(csp).not.toMatch(/https:|\*/);
    const json = await h.app.inject({ url: '/api/docs/json' });
    expect(json.headers['content-security-policy']).toBeDefined();
  });

  it('keeps the citizen pages’ own CSP and no-store on the form, the receipt and the tracking page', async () => {
    for (const url of ['/k/259/henvendelse', `/spor/${trackingToken}`]) {
      const res = await h.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(directive(res.headers['content-security-policy'] as string, 'script-src')).toBe(
        "script-src 'self'",
      );
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('answers every API request with Cache-Control: no-store, personal data above all', async () => {
    for (const url of [
      `/api/v1/cases/${caseNumber}`,
      '/api/v1/cases',
      `/api/v1/cases/${caseNumber}/agreements`,
    ]) {
      const res = await h.app.inject({ url, headers: caseworker });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(res.headers['content-security-policy'], url).toContain("default-src 'none'");
    }
    const refused = await h.app.inject({ url: `/api/v1/cases/${caseNumber}` });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('sends Permissions-Policy and Cross-Origin-Opener-Policy everywhere', async () => {
    for (const url of ['/healthz', '/staff/', '/api/docs', '/k/259/henvendelse', '/nowhere']) {
      const res = await h.app.inject({ url });
      expect(res.headers['cross-origin-opener-policy'], url).toBe('same-origin');
      expect(res.headers['permissions-policy'], url).toContain('camera=()');
      expect(res.headers['permissions-policy'], url).toContain('geolocation=()');
    }
  });

  it('sends no HSTS outside production, even over https', async () => {
    const res = await h.app.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('HSTS in production', () => {
  let behindProxy: Harness;
  let direct: Harness;

  beforeAll(async () => {
    behindProxy = await startHarness({ production: true, trustProxy: true });
    direct = await startHarness({ production: true, trustProxy: false });
  });
  afterAll(async () => {
    await behindProxy?.close();
    await direct?.close();
  });

  it('is sent behind a trusted proxy when the proxy says the request came over https', async () => {
    const res = await behindProxy.app.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const plain = await behindProxy.app.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'http' } });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('is not sent on plain http, whatever an untrusted client claims', async () => {
    const res = await direct.app.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});
