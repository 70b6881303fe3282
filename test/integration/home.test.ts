// The citizen's way in: the front door at / lists the kommuner and the staff login; /k/{kommunekode} (3 digits
// or a zero-padded 4, with or without a trailing slash) is the kommune's home, in the citizen page frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/admin/contacts',
    headers: await bearer(h.app, 'admin@koege.demo'),
    payload: {
      departmentId: h.koege.departments.vel,
      phone: '40 25 11 00',
      openingHours: 'Man–fre kl. 9–15',
      address: 'Rådhuset, Demovej 1',
    },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
});
afterAll(() => h.close());

describe('the front door', () => {
  it('answers / with an HTML page listing the kommuner and the staff login', async () => {
    const res = await h.app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<a href="/k/259">Køge Kommune</a>');
    expect(res.body).toContain('<a href="/k/230">Rudersdal Kommune</a>');
    expect(res.body).toContain('href="/staff/login"');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('speaks English by the language switch', async () => {
    const res = await h.app.inject({ url: '/?lang=en' });
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('Choose your municipality');
  });
});

describe("the kommune's citizen home", () => {
  it.each(['/k/259', '/k/259/', '/k/0259', '/k/0259/'])('answers %s', async (url) => {
    const res = await h.app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Kontakt Køge Kommune</h1>');
  });

  it('offers the form, explains tracking, and shows the contact directory and the accessibility statement', async () => {
    const { body } = await h.app.inject({ url: '/k/259' });
    expect(body).toContain('href="/k/259/henvendelse"');
    expect(body).toContain('Følg din sag');
    // Velfærdsforvaltningen's directory entry: the phone as a tel: link, with its phone hours.
    expect(body).toMatch(/<h3 class="h4">Velfærdsforvaltningen<\/h3>/);
    expect(body).toContain('href="tel:+4540251100"');
    expect(body).toContain('Man–fre kl. 9–15');
    expect(body).toContain('href="https://www.koege.dk/tilgaengelighedserklaering"');
  });

  it('answers an unknown kommune with an HTML 404, not JSON', async () => {
    for (const url of ['/k/999', '/k/999/', '/k/abc']) {
      const res = await h.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toContain('text/html');
    }
  });

  it('says so when the kommune has no contact details yet', async () => {
    const { body } = await h.app.inject({ url: '/k/230/?lang=en' });
    expect(body).toContain('The municipality has not added contact details yet.');
  });
});
