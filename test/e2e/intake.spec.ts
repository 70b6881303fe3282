// The first slice end to end: a citizen complains through the form, gets a receipt with a concrete call-back
// date and a tracking link, and a caseworker finds the new case in the queue and opens it.
import { expect, test } from '@playwright/test';
import {
  addWorkingDays,
  DEFAULT_CALENDAR_RULES,
  formatDateLong,
  localDate,
} from '../../src/core/calendar.js';
import { expectNoA11yViolations } from './support/axe.js';
import { fillComplaintForm, logIn, type TestCitizen } from './support/flows.js';

// Synthetic citizen: not a real person.
const citizen: TestCitizen = {
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
    await fillComplaintForm(page, citizen);
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
    await logIn(page, 'caseworker@koege.demo', { checkA11y: true });
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
