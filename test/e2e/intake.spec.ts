// The first slice end to end: a citizen complains through the form, gets a receipt with a concrete call-back
// date and a tracking link, and a caseworker finds the new case in the queue and opens it.
import { expect, test } from '@playwright/test';
import {
  addDays,
  addWorkingDays,
  DEFAULT_CALENDAR_RULES,
  formatDateLong,
  localDate,
} from '../../src/core/calendar.js';
import { expectNoA11yViolations } from './support/axe.js';

// Synthetic citizen: not a real person.
const citizen = {
  name: 'Testborger Playwright',
  phone: '20 30 40 50',
  email: 'testborger@eksempel.invalid',
  description: 'Jeg har fået afslag på en rollator og forstår ikke begrundelsen i brevet.',
};

test('a citizen complaint reaches the caseworker queue with a receipt promising a call within two working days', async ({
  page,
}) => {
  const today = localDate(new Date());
  // Hjælpemidler has the default service goal: first contact within 2 working days, the day of receipt not counted.
  const callBy = formatDateLong(addWorkingDays(today, 2, DEFAULT_CALENDAR_RULES), 'da');
  let caseNumber = '';
  let trackingHref = '';

  await test.step('the citizen fills in the complaint form', async () => {
    await page.goto('/k/259/henvendelse');
    await expectNoA11yViolations(page);
    await page.getByRole('radio', { name: 'Klage over en afgørelse', exact: true }).check();
    await page.getByRole('combobox', { name: 'Område' }).selectOption({ label: 'Hjælpemidler' });
    await page.getByLabel('Afgørelsens dato').fill(addDays(today, -7));
    await page.getByLabel('Beskriv, hvad det handler om').fill(citizen.description);
    await page.getByLabel('Dit navn').fill(citizen.name);
    await page.getByRole('textbox', { name: /^Telefonnummer/ }).fill(citizen.phone);
    await page.getByRole('textbox', { name: /^E-mail/ }).fill(citizen.email);
    await page.getByRole('checkbox', { name: /samtykke/ }).check();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
  });

  await test.step('the receipt shows the case number and the date we will have called by', async () => {
    await expect(page).toHaveURL(/\/k\/259\/kvittering\/[^/]+$/);
    const number = page.getByText(/259-\d{4}-\d{6}/).first();
    await expect(number).toBeVisible();
    caseNumber = (await number.textContent())?.match(/259-\d{4}-\d{6}/)?.[0] ?? '';
    expect(caseNumber).toMatch(/^259-\d{4}-\d{6}$/);
    await expect(page.getByText(`Vi ringer dig op senest ${callBy}`)).toBeVisible();
    trackingHref = (await page.locator('a[href*="/spor/"]').first().getAttribute('href')) ?? '';
    expect(trackingHref).toMatch(/\/spor\/[^/]+$/);
    await expectNoA11yViolations(page);
  });

  await test.step('the private tracking link shows the status', async () => {
    await page.goto(trackingHref);
    await expect(page.getByText(caseNumber)).toBeVisible();
    // The status is the description next to the term "Status"; a new case is "Modtaget" (received).
    await expect(page.locator('dt:text-is("Status") + dd')).toHaveText('Modtaget');
    await expectNoA11yViolations(page);
  });

  await test.step('a caseworker logs in and finds the case in the queue', async () => {
    await page.goto('/staff/login');
    // The staff app renders on the client: check the page once the form is there, not the loading state.
    await expect(page.getByRole('button', { name: 'Log ind' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByLabel('E-mail').fill('caseworker@koege.demo');
    await page.getByLabel('Adgangskode').fill('demo1234');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page.getByRole('heading', { name: 'Sager' })).toBeVisible();
    await expect(page.getByRole('link', { name: caseNumber })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('the caseworker opens the case and sees what the citizen wrote', async () => {
    await page.getByRole('link', { name: caseNumber }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(caseNumber);
    await expect(page.getByText(citizen.name).first()).toBeVisible();
    await expect(page.getByText(citizen.description)).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
