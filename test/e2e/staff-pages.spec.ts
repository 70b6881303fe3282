// The staff pages beside the queue, each for its role: reception registers a phone complaint (with a CPR
// number), the team lead reassigns a case, the admin reads the dev mailbox and sends an undelivered message
// again, and a caseworker who opens the mailbox is told they have no access. Every page is checked with axe.
import { type APIRequestContext, expect, test } from '@playwright/test';
import { addDays, localDate } from '../../src/core/calendar.js';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn } from './support/flows.js';

// Synthetic people and a synthetic CPR number (a valid date of birth; not a real person's number).
const phoneCitizen = {
  name: 'Testborger Telefonopkald',
  phone: '41 42 43 44',
  cpr: '010190-1234',
  description: 'Borgeren ringede: afslag på boligændring, forstår ikke brevets begrundelse.',
};

/** A citizen's inquiry through the public API, which also puts a receipt mail in the outbox. */
async function citizenInquiry(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/v1/kommuner/259/cases', {
    data: {
      kind: 'inquiry',
      area: 'hjaelpemidler',
      description: 'Hvornår kan jeg forvente svar på min ansøgning om hjælpemidler?',
      name: 'Testborger Postkasse',
      email,
    },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { caseNumber: string }).caseNumber;
}

test('reception registers a phone complaint with a CPR number and gets the case number', async ({ page }) => {
  await test.step('reception lands on the registration page, first in its menu', async () => {
    await logIn(page, 'reception@koege.demo');
    await expect(page).toHaveURL(/\/staff\/registrer$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Registrér henvendelse' })).toBeVisible();
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    await expect(menu.getByRole('link')).toHaveText([
      'Registrér henvendelse',
      'Borgerservice',
      'Hændelser',
      'Medarbejderpuls',
      'Sikre møder',
      'Læring',
    ]);
    await expect(menu.getByRole('link', { name: 'Registrér henvendelse' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectNoA11yViolations(page);
  });

  await test.step('an incomplete form shows the error summary, focused, and a message at each field', async () => {
    await page.getByRole('textbox', { name: /^CPR-nummer/ }).fill('12345');
    await page.getByRole('button', { name: 'Registrér', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er et problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /Vælg, om det er en klage/ })).toBeVisible();
    await expect(summary.getByRole('link', { name: /Skriv CPR-nummeret som 10 cifre/ })).toBeVisible();
    await summary.getByRole('link', { name: /Skriv CPR-nummeret som 10 cifre/ }).click();
    await expect(page.getByRole('textbox', { name: /^CPR-nummer/ })).toBeFocused();
    await expect(page.getByRole('textbox', { name: /^CPR-nummer/ })).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page);
  });

  await test.step('the completed form registers the case; the form is emptied', async () => {
    const today = localDate(new Date());
    await page.getByRole('radio', { name: 'Telefon' }).check();
    await page.getByRole('radio', { name: 'Klage over en afgørelse' }).check();
    await page.getByRole('combobox', { name: 'Område' }).selectOption({ label: 'Hjælpemidler' });
    await page.getByLabel('Afgørelsens dato').fill(addDays(today, -10));
    await page.getByLabel('Hvad handler det om?').fill(phoneCitizen.description);
    await page.getByLabel('Borgerens navn').fill(phoneCitizen.name);
    await page.getByRole('textbox', { name: /^Telefonnummer/ }).fill(phoneCitizen.phone);
    await page.getByRole('textbox', { name: /^CPR-nummer/ }).fill(phoneCitizen.cpr);
    await page.getByRole('button', { name: 'Registrér', exact: true }).click();

    const notice = page.getByText(/Henvendelsen er registreret som sag 259-\d{4}-\d{6}\./);
    await expect(notice).toBeVisible();
    await expect(page.getByText('Der er et problem')).toHaveCount(0);
    await expect(page.getByLabel('Borgerens navn')).toHaveValue('');
    await expect(page.getByRole('textbox', { name: /^CPR-nummer/ })).toHaveValue('');
    expect(page.url()).not.toContain('1234');
    await expectNoA11yViolations(page);
  });
});

test('the team lead sees the workload and reassigns a case to another caseworker', async ({
  page,
  request,
}) => {
  const caseNumber = await citizenInquiry(request, 'testborger.team@eksempel.invalid');

  await logIn(page, 'team_lead@koege.demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Sager' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Første kontakt overskredet' })).toBeVisible();
  // Fatima's open cases: the third column of her row (name, team, open …).
  const fatimaOpen = page
    .getByRole('table', { name: 'Åbne sager pr. medarbejder' })
    .getByRole('row', { name: /Fatima Demo Jensen/ })
    .getByRole('cell')
    .nth(1);
  const openBefore = Number(await fatimaOpen.textContent());
  await expectNoA11yViolations(page);

  await page.getByLabel('Sagsnummer').fill(caseNumber);
  await page
    .getByRole('combobox', { name: 'Ny sagsbehandler' })
    .selectOption({ label: 'Fatima Demo Jensen' });
  await page.getByRole('button', { name: 'Omfordel sagen' }).click();
  await expect(page.getByText(`Sag ${caseNumber} er omfordelt til Fatima Demo Jensen.`)).toBeVisible();
  await expect(page.getByLabel('Sagsnummer')).toHaveValue('');
  await expect(fatimaOpen).toHaveText(String(openBefore + 1)); // the overview was fetched again
  await expectNoA11yViolations(page);

  await test.step('an unknown case number is refused at its field', async () => {
    await page.getByLabel('Sagsnummer').fill('259-1999-999999');
    await page
      .getByRole('combobox', { name: 'Ny sagsbehandler' })
      .selectOption({ label: 'Fatima Demo Jensen' });
    await page.getByRole('button', { name: 'Omfordel sagen' }).click();
    await expect(page.getByText('Sagen findes ikke i din forvaltning. Tjek sagsnummeret.')).toBeVisible();
    await expect(page.getByLabel('Sagsnummer')).toBeFocused();
    await expectNoA11yViolations(page);
  });
});

test('the admin finds the receipt mail of a new case in the dev mailbox', async ({ page, request }) => {
  const caseNumber = await citizenInquiry(request, 'testborger.postkasse@eksempel.invalid');

  await logIn(page, 'admin@koege.demo');
  await expect(page).toHaveURL(/\/staff\/postkasse$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Testpostkasse' })).toBeVisible();
  // Every message of the demo reaches the dev mailbox, so none is undelivered.
  await expect(page.getByRole('heading', { level: 2, name: 'Ikke leverede beskeder' })).toBeVisible();
  await expect(page.getByText('Alle beskeder er leveret.')).toBeVisible();
  const subject = `Vi har modtaget din henvendelse (sag ${caseNumber})`;
  // The outbox relay delivers within a second or two; fetch again until the mail is there.
  await expect(async () => {
    await page.getByRole('button', { name: 'Hent nye beskeder' }).click();
    await expect(page.getByText(subject)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const row = page.getByRole('row').filter({ hasText: subject });
  await expect(row).toContainText('testborger.postkasse@eksempel.invalid');
  await row.getByText(subject).click();
  await expect(row.getByText(caseNumber).last()).toBeVisible();
  await expectNoA11yViolations(page);
});

test('the admin sends an undelivered message again and is told so', async ({ page }) => {
  // The demo's dev mailbox never refuses a message, so the server's answers are stood in for here; the
  // refusing SMTP server itself is exercised in test/integration/outbox-undelivered.test.ts.
  const stuck = {
    id: '5f0c9c1e-8a4b-4c1e-9d1a-2b3c4d5e6f70',
    channel: 'mail',
    recipient: 'testborger.afvist@eksempel.invalid',
    template: 'intake.receipt',
    caseNumber: '259-2026-000042',
    attempts: 11,
    lastError: '451 Mailbox busy, try again later',
    createdAt: '2026-12-01T09:00:00.000Z',
    retriesExhausted: true,
  };
  let resent = false;
  await page.route('**/api/v1/outbox/undelivered', (route) =>
    route.fulfill({ json: { items: resent ? [] : [stuck] } }),
  );
  await page.route(`**/api/v1/outbox/${stuck.id}/resend`, (route) => {
    resent = route.request().headers()['x-csrf-token'] !== undefined;
    return route.fulfill({ status: 202, json: { id: stuck.id } });
  });

  await logIn(page, 'admin@koege.demo');
  const table = page.getByRole('table', { name: 'Beskeder, der ikke er leveret, nyeste først' });
  const row = table.getByRole('row').filter({ hasText: stuck.recipient });
  await expect(row).toContainText('Kvittering for henvendelse');
  await expect(row).toContainText(stuck.caseNumber);
  await expect(row).toContainText(stuck.lastError);
  await expect(row).toContainText('Opgivet');
  await expectNoA11yViolations(page);

  await row.getByRole('button', { name: `Send igen til ${stuck.recipient}` }).click();
  await expect(
    page.getByText(`Beskeden til ${stuck.recipient} er sat i kø og bliver sendt igen.`),
  ).toBeVisible();
  await expect(page.getByText('Alle beskeder er leveret.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Ikke leverede beskeder' })).toBeFocused();
  expect(resent).toBe(true);
  await expectNoA11yViolations(page);
});

test('a caseworker who opens the mailbox is told they have no access', async ({ page }) => {
  await logIn(page, 'caseworker@koege.demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Sager' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link')).toHaveText([
    'Sager',
    'Søg',
    'Registrér henvendelse',
    'Overdragelser',
    'Hændelser',
    'Medarbejderpuls',
    'Sikre møder',
    'Borgerinddragelse',
    'Læring',
  ]);
  await page.goto('/staff/postkasse');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gå til din forside' })).toHaveAttribute(
    'href',
    '/staff/sager',
  );
  await expectNoA11yViolations(page);
});
