// A closed case is found by search: the caseworker resolves a complaint in dialogue with an agreement still open,
// keeps it afterwards, records the citizen's support needs, closes the case with a reason — then the queue no longer
// lists it, and the search page finds it by the citizen's name, with its purpose logged. Axe on every step.
import { expect, type Page, test } from '@playwright/test';
import { addDays, localDate } from '../../src/core/calendar.js';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn, submitComplaint, type TestCitizen } from './support/flows.js';

// Synthetic citizen: not a real person.
const citizen: TestCitizen = {
  name: 'Testborger Søgefund',
  phone: '20 30 40 58',
  email: 'soegefund@eksempel.invalid',
  description: 'Jeg har fået afslag på en badebænk og forstår ikke begrundelsen for afslaget.',
};
const FIRST = 'Vi sender en kopi af vurderingen til borgeren.';
const SECOND = 'Borgeren sender en ny lægeerklæring.';

async function addAgreement(page: Page, what: string) {
  const agreements = page.getByRole('region', { name: 'Aftaler' });
  await agreements.getByLabel('Hvad er aftalt?').fill(what);
  await agreements.getByLabel('Ansvarlig').selectOption({ label: 'Mette Demo Sørensen' });
  await agreements.getByLabel('Frist').fill(addDays(localDate(new Date()), 5));
  await agreements.getByRole('button', { name: 'Tilføj aftale' }).click();
  await expect(agreements.getByText('Aftalen er tilføjet.')).toBeVisible();
}

test('a caseworker closes a case and finds it again by search', async ({ page }) => {
  const { caseNumber, trackingHref } = await submitComplaint(page, citizen);
  const outcome = page.getByRole('region', { name: 'Udfald' });
  const agreements = page.getByRole('region', { name: 'Aftaler' });
  const citizenPanel = page.getByRole('region', { name: 'Borgeren', exact: true });

  await test.step('the case is resolved in dialogue with two agreements still open', async () => {
    await logIn(page, 'caseworker@koege.demo');
    await page.getByRole('link', { name: caseNumber }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(caseNumber);
    const form = page.getByRole('form', { name: 'Registrér et kontaktforsøg' });
    await form.getByRole('radio', { name: 'Telefon', exact: true }).check();
    await form.getByRole('radio', { name: 'Talt med borgeren', exact: true }).check();
    await form.getByRole('button', { name: 'Registrér kontaktforsøg' }).click();
    await expect(page.locator('.case-heading-tags')).toContainText('I dialog');
    await addAgreement(page, FIRST);
    await addAgreement(page, SECOND);
    await outcome.getByRole('button', { name: 'Løst i dialog' }).click();
    await outcome.getByLabel('Begrundelse').fill('Borgeren forstår nu afgørelsen.');
    await outcome.getByRole('button', { name: 'Bekræft' }).click();
    await expect(outcome.getByText('Sagen har nu status "Løst i dialog".')).toBeVisible();
  });

  await test.step('an open agreement can still be marked kept on the resolved case', async () => {
    const first = agreements.getByRole('row').filter({ hasText: FIRST });
    await first.getByRole('button', { name: /^Markér som overholdt/ }).click();
    await expect(agreements.getByText('Aftalen er markeret som overholdt.')).toBeVisible();
    await expect(agreements.getByLabel('Hvad er aftalt?')).toHaveCount(0); // no new agreements once resolved
    await expectNoA11yViolations(page);
  });

  await test.step("the citizen's support needs are recorded on the citizen panel", async () => {
    await citizenPanel.getByRole('button', { name: 'Ret behov for støtte' }).click();
    await citizenPanel.getByRole('checkbox', { name: 'Har brug for tolk' }).check();
    await citizenPanel.getByRole('button', { name: 'Gem behov for støtte' }).click();
    await expect(citizenPanel.getByText('Skriv, hvilket sprog tolken skal tale.')).toBeVisible();
    await expect(citizenPanel.getByLabel('Tolkens sprog')).toBeFocused();
    await expectNoA11yViolations(page);
    await citizenPanel.getByLabel('Tolkens sprog').fill('tyrkisk');
    await citizenPanel.getByRole('checkbox', { name: 'Har svært ved at høre' }).check();
    await citizenPanel.getByRole('button', { name: 'Gem behov for støtte' }).click();
    await expect(citizenPanel.getByText('Borgerens behov for støtte er gemt.')).toBeVisible();
    await expect(citizenPanel.getByText('Tolk: tyrkisk')).toBeVisible();
    await expect(page.locator('ol.timeline')).toContainText('Behov for støtte ændret');
  });

  await test.step('closing warns of the open agreement and needs a reason', async () => {
    await outcome.getByRole('button', { name: 'Luk sagen' }).click();
    await expect(outcome.getByText('Sagen har en åben aftale, som ikke er fulgt op:')).toBeVisible();
    await expect(outcome.getByRole('listitem').filter({ hasText: SECOND })).toBeVisible();
    await outcome.getByRole('button', { name: 'Bekræft' }).click();
    await expect(
      outcome.getByText('Sagen har åbne aftaler. Skriv en begrundelse for at lukke den alligevel.'),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await outcome.getByLabel('Begrundelse').fill('Borgeren sender selv erklæringen til lægen.');
    await outcome.getByRole('button', { name: 'Bekræft' }).click();
    await expect(outcome.getByText('Sagen har nu status "Lukket".')).toBeVisible();
  });

  await test.step('the queue no longer lists it', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Sager', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sager' })).toBeVisible();
    await expect(page.getByText(/\d+ sager|1 sag/).first()).toBeVisible();
    await expect(page.getByRole('link', { name: caseNumber })).toHaveCount(0);
  });

  await test.step('the search asks for a purpose, then finds the closed case by name', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Søg', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Søg efter en sag' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByLabel('Søg efter').fill('søgefund testborger');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ret det markerede, før du søger' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /^Skriv, hvorfor du søger/ })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByLabel('Formål med søgningen').fill('Borgeren ringer om sin lukkede sag');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await expect(page.getByText('Søgt på navn og på ord i beskrivelsen. 1 sag fundet.')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: caseNumber });
    await expect(row).toContainText('Lukket');
    await expect(row).toContainText(citizen.name);
    await expectNoA11yViolations(page);
  });

  await test.step('words of the description find it too, and the link opens the case', async () => {
    await page.getByLabel('Søg efter').fill('badebænken');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await expect(page.getByRole('row').filter({ hasText: caseNumber })).toBeVisible();
    await page.getByRole('link', { name: caseNumber }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(caseNumber);
    await expect(page.locator('.case-heading-tags')).toContainText('Lukket');
  });

  await test.step('the tracking page lists the agreements: what, who, by when, kept or not', async () => {
    await page.goto(trackingHref);
    await expect(page.getByRole('heading', { name: 'Det har vi aftalt med dig' })).toBeVisible();
    await expect(page.getByText(FIRST)).toBeVisible();
    await expect(page.getByText(SECOND)).toBeVisible();
    await expect(page.getByText('Holdt', { exact: true })).toBeVisible();
    await expect(page.getByText('Ikke holdt endnu')).toBeVisible();
    await expect(page.getByText('Vi lavede en aftale med dig')).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
});
