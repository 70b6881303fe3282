// Citizen pages follow the browser's language (Accept-Language); the language switch overrides it and is
// remembered in the `lang` cookie. Danish when the browser asks for nothing we have.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const page = (url: string, headers: Record<string, string> = {}, cookies: Record<string, string> = {}) =>
  h.app.inject({ url, headers, cookies });

const langOf = (html: string) => /<html lang="(\w+)">/.exec(html)?.[1];

describe('the language of a citizen page', () => {
  it('is English for a browser that prefers English', async () => {
    const res = await page('/k/259/henvendelse', { 'accept-language': 'en-GB,en;q=0.9,da;q=0.5' });
    expect(langOf(res.body)).toBe('en');
    expect(res.body).toContain('<h1>Send a complaint or an inquiry</h1>');
    expect(res.body).toContain('href="/k/259/henvendelse?lang=da" lang="da"');
    expect(String(res.headers.vary)).toMatch(/Accept-Language/);
  });

  it('is English when English is the first of our languages the browser names', async () => {
    const res = await page('/k/259/henvendelse', { 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' });
    expect(langOf(res.body)).toBe('en');
  });

  it('is Danish by default: no header, only foreign languages, or English refused', async () => {
    for (const header of [undefined, 'fr-FR,fr;q=0.9', 'en;q=0,fr', 'da,en;q=0.9']) {
      const res = await page('/k/259/henvendelse', header ? { 'accept-language': header } : {});
      expect(langOf(res.body), String(header)).toBe('da');
      expect(res.body).toContain('<h1>Send en klage eller en henvendelse</h1>');
    }
  });

  it("is overridden by the switch, which is remembered over the browser's wish", async () => {
    const english = { 'accept-language': 'en-GB,en;q=0.9' };
    const switched = await page('/k/259/henvendelse?lang=da', english);
    expect(langOf(switched.body)).toBe('da');
    const cookie = switched.cookies.find((c) => c.name === 'lang');
    expect(cookie).toMatchObject({ value: 'da', path: '/', sameSite: 'Lax' });
    expect(cookie?.maxAge).toBeGreaterThan(300 * 24 * 3600);

    const next = await page('/k/259/henvendelse', english, { lang: 'da' });
    expect(langOf(next.body)).toBe('da');
    const tracking = await page('/spor/unknown-token', english, { lang: 'da' });
    expect(langOf(tracking.body)).toBe('da');
  });

  it('switches to English from a Danish browser and stays English', async () => {
    const danish = { 'accept-language': 'da-DK,da;q=0.9' };
    const switched = await page('/k/259/henvendelse?lang=en', danish);
    expect(langOf(switched.body)).toBe('en');
    expect(switched.cookies.find((c) => c.name === 'lang')?.value).toBe('en');
    expect(langOf((await page('/k/259/henvendelse', danish, { lang: 'en' })).body)).toBe('en');
  });

  it('follows the browser on the receipt, the tracking page and the not-found page too', async () => {
    const submitted = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission(),
    });
    const token = (submitted.json() as { trackingToken: string }).trackingToken;
    const english = { 'accept-language': 'en' };
    const receipt = await page(`/k/259/kvittering/${token}`, english);
    expect(receipt.body).toContain('Thank you – we have received your inquiry');
    const tracking = await page(`/spor/${token}`, english);
    expect(tracking.body).toContain('<h1>Status of your case</h1>');
    const missing = await page('/k/999/henvendelse', english);
    expect(missing.statusCode).toBe(404);
    expect(langOf(missing.body)).toBe('en');
  });

  it("answers a refused form in the browser's language", async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/k/259/henvendelse',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en-US,en;q=0.9' },
      payload: 'kind=inquiry&area=hjaelpemidler&description=kort',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Briefly describe what it is about (at least 10 characters).');
  });
});
