// A closed case becomes a reviewed learning case: the caseworker closes a complaint, makes a learning case of it
// in one click, reviews every redaction (the citizen's name and phone number are gone), shares it — and it is
// found by a search for an inflected Danish word, with the word highlighted. The team lead keeps the training
// register: a course for their department, a training day in it, its attendance marked. Axe on every step.
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn, submitComplaint, type TestCitizen } from './support/flows.js';

// Synthetic citizen: not a real person.
const citizen: TestCitizen = {
  name: 'Testborger Læringsen',
  phone: '20 30 40 59',
  email: 'laeringsen@eksempel.invalid',
  description:
    'Jeg hedder Testborger Læringsen og kan nås på 20 30 40 59. Jeg klager over ventetiden på min nye kørestol.',
};
const TITLE = 'Ventetid på kørestol løst med en opringning';

test('a closed case becomes a reviewed learning case, found by an inflected word', async ({ page }) => {
  const { caseNumber } = await submitComplaint(page, citizen);
  const outcome = page.getByRole('region', { name: 'Udfald' });
  const panel = page.getByRole('region', { name: 'Læring', exact: true });

  await test.step('the caseworker resolves and closes the case', async () => {
    await logIn(page, 'caseworker@koege.demo');
    await page.getByRole('link', { name: caseNumber }).click();
    const form = page.getByRole('form', { name: 'Registrér et kontaktforsøg' });
    await form.getByRole('radio', { name: 'Telefon', exact: true }).check();
    await form.getByRole('radio', { name: 'Talt med borgeren', exact: true }).check();
    await form.getByRole('button', { name: 'Registrér kontaktforsøg' }).click();
    await expect(page.locator('.case-heading-tags')).toContainText('I dialog');
    await outcome.getByRole('button', { name: 'Løst i dialog' }).click();
    await outcome.getByLabel('Begrundelse').fill('Leveringen er aftalt med leverandøren.');
    await outcome.getByRole('button', { name: 'Bekræft' }).click();
    await expect(outcome.getByText('Sagen har nu status "Løst i dialog".')).toBeVisible();
    await outcome.getByRole('button', { name: 'Luk sagen' }).click();
    await outcome.getByRole('button', { name: 'Bekræft' }).click();
    await expect(outcome.getByText('Sagen har nu status "Lukket".')).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('one click makes a draft, with every redaction shown for review', async () => {
    await panel.getByRole('button', { name: 'Lav erfaringscase' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gennemgå din erfaringscase' })).toBeVisible();
    const review = page.getByRole('region', { name: 'Anonymisering' });
    await expect(review.getByTestId('redacted-happened')).toContainText('[navn]');
    await expect(review.getByTestId('redacted-happened')).toContainText('[telefon]');
    await expect(review.getByTestId('redacted-happened')).not.toContainText('Læringsen');
    await expect(review.getByRole('cell', { name: '20 30 40 59' }).first()).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('nothing is shared before the author writes it up and confirms the review', async () => {
    const share = page.getByRole('button', { name: 'Del erfaringscase' });
    await expect(share).toBeDisabled();
    await page.getByLabel('Overskrift').fill(TITLE);
    await page
      .getByLabel(/^Hvad virkede\?/)
      .fill('Det virkede at ringe til leverandøren, mens borgeren var i røret.');
    await page.getByRole('checkbox', { name: 'Borgerens fortælling' }).check();
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await expect(page.getByText('Kladden er gemt, og anonymiseringen er opdateret.')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Jeg har gennemgået alle anonymiseringer' }).check();
    await expectNoA11yViolations(page);
    await share.click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText('Jeg hedder [navn]')).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('a search for an inflected word finds it, the word highlighted', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Læring', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Læring og erfaringer' })).toBeVisible();
    await page.getByLabel(/^Søgeord/).fill('kørestolene');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await expect(page.getByText(/erfaringscases? fundet/)).toBeVisible();
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
    await expect(
      page
        .locator('mark')
        .filter({ hasText: /kørestol/i })
        .first(),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  });
});

test('a team lead creates a course for their department, a training day in it, and marks attendance', async ({
  page,
}) => {
  const stamp = Date.now() % 100000;
  const course = `Dialogforløb ${stamp}`;
  const title = `Træningsdag 1 – afklaring ${stamp}`;
  await logIn(page, 'team_lead@koege.demo');
  await page.getByRole('navigation').getByRole('link', { name: 'Uddannelse', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uddannelse i metoden' })).toBeVisible();
  const courseForm = page.getByRole('region', { name: 'Nyt forløb' });
  const form = page.getByRole('region', { name: 'Ny forløbsdag' });

  await test.step('an unnamed course is refused in Danish, focus on the summary', async () => {
    await courseForm.getByRole('button', { name: 'Opret forløb' }).click();
    const summary = courseForm.getByRole('alert').filter({ hasText: 'Der er en fejl' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Skriv forløbets navn på 2–200 tegn.');
  });

  await test.step('the course is created for the team lead’s own department', async () => {
    await courseForm.getByLabel(/^Navn/).fill(course);
    await expect(courseForm.getByLabel(/^Forvaltning/)).toHaveValue(/.+/);
    await courseForm.getByLabel(/^Beskrivelse/).fill('Kick-off, træningsdage og en evalueringsdag.');
    await courseForm.getByRole('button', { name: 'Opret forløb' }).click();
    await expect(page.getByText(`Forløbet "${course}" er oprettet.`)).toBeVisible();
    const section = page.getByRole('region', { name: course, exact: true });
    await expect(section.getByRole('heading', { level: 3, name: course })).toBeVisible();
    await expect(section).toContainText('Forløbet har ingen forløbsdage endnu.');
    await expectNoA11yViolations(page);
  });

  await test.step('an empty session is refused with Danish messages, focus on the summary', async () => {
    await form.getByLabel('Forløb', { exact: true }).selectOption({ label: 'Vælg et forløb' });
    await form.getByRole('button', { name: 'Opret forløbsdag' }).click();
    const summary = form.getByRole('alert').filter({ hasText: 'Der er en fejl' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Vælg det forløb, forløbsdagen hører til.');
    await expect(summary).toContainText('Vælg typen');
    await expect(summary).toContainText('Skriv en titel på 2–200 tegn.');
    await expect(summary).toContainText('Vælg forløbsdagens dato.');
    await expectNoA11yViolations(page);
  });

  await test.step('the session is added to the course', async () => {
    await form.getByLabel('Forløb', { exact: true }).selectOption({ label: course });
    await form.getByLabel('Type').selectOption({ label: 'Træningsdag' });
    await form.getByLabel(/^Titel/).fill(title);
    await form.getByLabel('Dato').fill('2026-12-15');
    await form.getByRole('button', { name: 'Opret forløbsdag' }).click();
    await expect(page.getByText(`Forløbsdagen "${title}" er oprettet.`)).toBeVisible();
    const section = page.getByRole('region', { name: course, exact: true });
    await expect(section.getByRole('heading', { level: 4, name: `Træningsdag: ${title}` })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('attendance is marked with the keyboard-usable choices and saved', async () => {
    const session = page.getByRole('region', { name: `Træningsdag: ${title}` });
    await expect(session).toContainText('0 af 0 deltog');
    await session.getByLabel('Mette Demo Sørensen').selectOption({ label: 'Deltog' });
    await session.getByLabel('Fatima Demo Jensen').selectOption({ label: 'Deltog ikke' });
    await session.getByRole('button', { name: 'Gem deltagere' }).click();
    await expect(page.getByText(`Deltagerne i "${title}" er gemt.`)).toBeVisible();
    await expect(session).toContainText('1 af 2 deltog');
    await expectNoA11yViolations(page);
  });

  await test.step('deleting the session and the course asks first', async () => {
    const session = page.getByRole('region', { name: `Træningsdag: ${title}` });
    await session.getByRole('button', { name: 'Slet forløbsdag' }).click();
    await expect(session.getByText(`Vil du slette "${title}"`)).toBeVisible();
    await session.getByRole('button', { name: 'Nej, behold' }).click();
    await expect(session).toContainText('1 af 2 deltog');
    const section = page.getByRole('region', { name: course, exact: true });
    await section.getByRole('button', { name: 'Slet forløb', exact: true }).click();
    await expect(section.getByText(`Vil du slette forløbet "${course}"?`)).toBeVisible();
    await section.getByRole('button', { name: 'Nej, behold' }).last().click();
    await expect(section.getByRole('heading', { level: 3, name: course })).toBeVisible();
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoA11yViolations(page);
  });
});
