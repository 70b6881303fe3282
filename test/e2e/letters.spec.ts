// Letters end to end: a complaint with a CPR number is registered; the caseworker composes a letter on it and
// watches LIX change as the text is edited, sends it by Digital Post after confirming, and sees it on the case
// timeline; the citizen's tracking page says a letter was sent and when — not what it says. No axe violations.
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
    await expect(page.getByText('Vi sendte dig et brev', { exact: true })).toBeVisible();
    await expect(page.getByText('Du får en ny stol')).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
});
