// Letters end to end: a complaint with a CPR number is registered; the caseworker composes a letter on it and
// watches LIX change as the text is edited, sends it by Digital Post after confirming, and sees it on the case
// timeline; the citizen's tracking page says a letter was sent and when — not what it says. A second letter goes
// by e-mail: chosen in the composer, it lands in the dev mailbox with the letter's PDF attached, and the timeline
// says the channel. No axe violations.
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn } from './support/flows.js';

// Synthetic citizen: not a real person; the CPR number is a made-up test number.
const CITIZEN = {
  kind: 'complaint',
  area: 'hjaelpemidler',
  channel: 'phone',
  decisionDate: '2026-11-20',
  description: 'Jeg forstår ikke afslaget på en ny kørestol.',
  name: 'Testborger Brevskriver',
  phone: '20 30 40 77',
  email: 'brev.e2e@eksempel.invalid',
  cpr: '1507801234',
};

test('a caseworker composes a letter, watches LIX change, sends it, and the citizen sees that it was sent', async ({
  page,
  request,
}) => {
  const token = await request.post('/api/v1/auth/token', {
    data: { email: 'reception@koege.demo', password: 'demo1234' },
  });
  const auth = { authorization: `Bearer ${((await token.json()) as { token: string }).token}` };
  const created = await request.post('/api/v1/staff/cases', { headers: auth, data: CITIZEN });
  expect(created.status()).toBe(201);
  const { caseNumber, trackingToken } = (await created.json()) as {
    caseNumber: string;
    trackingToken: string;
  };

  await test.step('the composer opens on a draft made from the template, with the call nudge', async () => {
    await logIn(page, 'caseworker@koege.demo');
    await expect(page.getByRole('link', { name: 'Sager' }).first()).toBeVisible();
    await page.goto(`/staff/cases/${caseNumber}/letters/new?kind=general`);
    await expect(page.getByRole('heading', { level: 1, name: 'Nyt brev' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Lav kladde' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Brev 1 på sag ${caseNumber}`);
    await expect(page.getByTestId('call-nudge')).toContainText('Har du ringet til borgeren?');
    await expectNoA11yViolations(page);
  });

  const lix = page.getByTestId('lix-value');
  const body = page.locator('#letter-section-0-body');

  await test.step('LIX changes as the text is edited, and goes above the limit with a warning', async () => {
    await body.fill('Kære Testborger\n\nVi har talt med dig. Du får en ny stol. Vi ringer i morgen.');
    const easy = Number(await lix.textContent());
    await expect(page.getByTestId('lix-message')).toContainText('inden for kommunens grænse');
    await body.fill(
      'Kære Testborger\n\nI henhold til ovennævnte ansøgning fastholdes afgørelsen vedrørende bevillingen af ' +
        'hjælpemidler, idet kommunens sagsbehandlingsprocedurer forudsætter dokumentationsmateriale ' +
        'fremsendt inden behandlingen kan påbegyndes, jf. servicelovens bestemmelser herom, hvilket ' +
        'ansøgeren tidligere er blevet informeret om ved flere forskellige lejligheder og henvendelser.',
    );
    await expect(lix).not.toHaveText(String(easy));
    expect(Number(await lix.textContent())).toBeGreaterThan(40);
    await expect(page.getByTestId('lix-message')).toContainText('over kommunens grænse på 40');
    await page.locator('#letter-section-0-check summary').click();
    await expect(page.locator('#letter-section-0-check')).toContainText('»fastholdes«');
    await expect(page.locator('#letter-section-0-check')).toContainText('Skriv hellere »efter«');
    await expectNoA11yViolations(page);
    // Back to plain words, with the caseworker's name written in.
    await body.fill('Kære Testborger\n\nVi har set på din sag. Du får en ny stol.');
    await page.locator('#letter-section-1-body').fill('Har du spørgsmål, så ring til Mette på 40 20 10 00.');
    await expect(page.getByTestId('lix-message')).toContainText('inden for kommunens grænse');
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await expect(page.getByText('Kladden er gemt.')).toBeVisible();
  });

  await test.step('the letter is sent after confirming, and is then read-only', async () => {
    await page.getByRole('button', { name: 'Send med Digital Post' }).click();
    await expect(page.getByText('Vil du sende brevet til borgeren nu?')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Ja, send brevet' }).click();
    await expect(page.getByTestId('letter-sent')).toContainText('kan ikke ændres');
    await expect(page.getByRole('button', { name: 'Send med Digital Post' })).toBeHidden();
    await expectNoA11yViolations(page);
  });

  await test.step('the case page shows the letter and the timeline says it was sent', async () => {
    await page.getByRole('link', { name: `Tilbage til sagen ${caseNumber}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(caseNumber);
    await expect(page.getByRole('region', { name: 'Breve' })).toContainText('Sendt');
    await expect(page.locator('ol.timeline')).toContainText('Brev sendt');
    await expectNoA11yViolations(page);
  });

  await test.step('the tracking page says a letter was sent and when, not what it says', async () => {
    await page.goto(`/spor/${trackingToken}`);
    await expect(page.getByText(/Vi sendte dig et brev$/)).toBeVisible();
    await expect(page.getByText('Du får en ny stol')).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
});

test('a letter sent by e-mail lands in the dev mailbox with its PDF, and the timeline says how it went', async ({
  page,
  request,
}) => {
  const login = async (email: string) => {
    const res = await request.post('/api/v1/auth/token', { data: { email, password: 'demo1234' } });
    return { authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
  };
  const created = await request.post('/api/v1/staff/cases', {
    headers: await login('reception@koege.demo'),
    data: {
      ...CITIZEN,
      name: 'Testborger Mailmodtager',
      phone: '20 30 40 78',
      email: 'mail.e2e@eksempel.invalid',
      cpr: '0211801234',
    },
  });
  expect(created.status()).toBe(201);
  const { caseNumber, trackingToken } = (await created.json()) as {
    caseNumber: string;
    trackingToken: string;
  };
  // A draft with the caseworker's name written in, made through the API; the sending is done in the browser.
  const cw = await login('caseworker@koege.demo');
  const base = `/api/v1/cases/${caseNumber}/letters`;
  const draft = (await (await request.post(base, { headers: cw, data: { kind: 'general' } })).json()) as {
    letter: { number: number; title: string; sections: { key: string; heading: string; body: string }[] };
  };
  const sections = draft.letter.sections.map((s) => ({
    ...s,
    body: s.body.replace(/\{\{[^}]+\}\}/g, 'Mette'),
  }));
  const saved = await request.put(`${base}/${draft.letter.number}`, {
    headers: cw,
    data: { title: draft.letter.title, sections },
  });
  expect(saved.status()).toBe(200);

  await test.step('the caseworker chooses e-mail, confirms, and the letter is sent as e-mail', async () => {
    await logIn(page, 'caseworker@koege.demo');
    await expect(page.getByRole('link', { name: 'Sager' }).first()).toBeVisible();
    await page.goto(`/staff/cases/${caseNumber}/letters/${draft.letter.number}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Brev ${draft.letter.number}`);
    const group = page.getByRole('group', { name: 'Send brevet med' });
    await expect(group.getByRole('radio', { name: 'Digital Post' })).toBeChecked();
    await group.getByRole('radio', { name: /E-mail til mail\.e2e@eksempel\.invalid/ }).check();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Send som e-mail' }).click();
    await expect(
      page.getByText('Vil du sende brevet som e-mail til mail.e2e@eksempel.invalid nu?'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Ja, send brevet' }).click();
    await expect(page.getByTestId('letter-sent')).toContainText('Sendt som e-mail.');
    await expectNoA11yViolations(page);
  });

  await test.step('the timeline says it went by e-mail', async () => {
    await page.getByRole('link', { name: `Tilbage til sagen ${caseNumber}` }).click();
    await expect(page.locator('ol.timeline')).toContainText('Sendt som e-mail med brevet vedhæftet som PDF');
  });

  await test.step('the dev mailbox shows the mail with the PDF attached', async () => {
    await page.context().clearCookies();
    await logIn(page, 'admin@koege.demo');
    await page.goto('/staff/postkasse');
    // The letter's mail (the receipt went to the same address too): the row with the letter's PDF.
    const pdfName = new RegExp(`brev-${caseNumber}-${draft.letter.number}\\.pdf`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: pdfName }) });
    await expect(async () => {
      await page.getByRole('button', { name: 'Hent nye beskeder' }).click();
      await expect(row).toHaveCount(1, { timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    await expect(row).toContainText('mail.e2e@eksempel.invalid');
    const link = row.getByRole('link', { name: pdfName });
    await expect(link).toBeVisible();
    const pdf = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectNoA11yViolations(page);
  });

  await test.step('the tracking page says only that a letter was sent', async () => {
    await page.goto(`/spor/${trackingToken}`);
    await expect(page.getByText(/Vi sendte dig et brev$/)).toBeVisible();
    await expect(page.getByText('Sendt som e-mail')).toHaveCount(0);
  });
});
