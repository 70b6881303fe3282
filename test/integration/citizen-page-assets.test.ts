// The citizen pages' own stylesheet and script: linked from every page, served from our origin (so the strict
// CSP holds), and the error summary marked to take focus after a refused submit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const refused = () =>
  h.app.inject({
    method: 'POST',
    url: '/k/259/henvendelse',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'kind=inquiry&area=hjaelpemidler&description=kort&name=Testperson',
  });

describe('focus after a refused submit', () => {
  it('gives the error summary tabindex="-1" and autofocus, so it takes focus even without a script', async () => {
    const res = await refused();
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(
      /<div class="alert alert-error"[^>]*data-module="error-summary"[^>]*tabindex="-1"/,
    );
    expect(res.body).toMatch(/data-module="error-summary"[^>]*autofocus=""/);
    expect(res.body.match(/autofocus/g)).toHaveLength(1);
  });

  it('has no summary, and so nothing autofocused, on a fresh form', async () => {
    const res = await h.app.inject({ url: '/k/259/henvendelse' });
    expect(res.body).not.toContain('error-summary');
    expect(res.body).not.toContain('autofocus');
  });
});

describe("the pages' own assets", () => {
  it('links one stylesheet and one deferred script of our own, and no inline script or style', async () => {
    const html = (await refused()).body;
    expect(html).toContain('<link rel="stylesheet" href="/assets/citizen/citizen.css"/>');
    expect(html).toContain('<script src="/assets/citizen/citizen.js" defer=""></script>');
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script src="/assets/citizen/citizen.js" defer="">']);
    expect(html).not.toMatch(/<style\b|\sstyle="/);
    expect(String((await refused()).headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('serves them from our origin with their types', async () => {
    const css = await h.app.inject({ url: '/assets/citizen/citizen.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.body).toMatch(/overflow-wrap:\s*anywhere/);
    const js = await h.app.inject({ url: '/assets/citizen/citizen.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.body).toContain('[data-module="error-summary"]');
  });
});
