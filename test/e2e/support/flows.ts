// Steps many end-to-end tests start from: a citizen complains through the public form, a staff member logs in.
import { expect, type Page } from '@playwright/test';
import { addDays, localDate } from '../../../src/core/calendar.js';
import { expectNoA11yViolations } from './axe.js';

/** A synthetic citizen: never a real person. */
export interface TestCitizen {
  name: string;
  phone: string;
  email: string;
  description: string;
}

/** Every demo login has this password (see the README). */
const DEMO_PASSWORD = 'demo1234';

/** Fills in Køge's public form as a complaint about a Hjælpemidler decision of a week ago, and sends it. */
export async function fillComplaintForm(page: Page, citizen: TestCitizen): Promise<void> {
  await page.getByRole('radio', { name: 'Klage over en afgørelse', exact: true }).check();
  await page.getByRole('combobox', { name: 'Område' }).selectOption({ label: 'Hjælpemidler' });
  await page.getByLabel('Afgørelsens dato').fill(addDays(localDate(new Date()), -7));
  await page.getByLabel('Beskriv, hvad det handler om').fill(citizen.description);
  await page.getByLabel('Dit navn').fill(citizen.name);
  await page.getByRole('textbox', { name: /^Telefonnummer/ }).fill(citizen.phone);
  await page.getByRole('textbox', { name: /^E-mail/ }).fill(citizen.email);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

/** The complaint through /k/259/henvendelse; answers the case number and tracking link from the receipt. */
export async function submitComplaint(
  page: Page,
  citizen: TestCitizen,
  { checkA11y = false }: { checkA11y?: boolean } = {},
): Promise<{ caseNumber: string; trackingHref: string }> {
  await page.goto('/k/259/henvendelse');
  if (checkA11y) await expectNoA11yViolations(page);
  await fillComplaintForm(page, citizen);
  await expect(page).toHaveURL(/\/k\/259\/kvittering\/[^/]+$/);
  const text =
    (await page
      .getByText(/259-\d{4}-\d{6}/)
      .first()
      .textContent()) ?? '';
  const caseNumber = text.match(/259-\d{4}-\d{6}/)?.[0] ?? '';
  const trackingHref = (await page.locator('a[href*="/spor/"]').first().getAttribute('href')) ?? '';
  expect(caseNumber).toMatch(/^259-\d{4}-\d{6}$/);
  expect(trackingHref).toMatch(/\/spor\/[^/]+$/);
  return { caseNumber, trackingHref };
}

/** Logs in to the staff app as one of the demo users (e.g. caseworker@koege.demo). */
export async function logIn(
  page: Page,
  email: string,
  { checkA11y = false }: { checkA11y?: boolean } = {},
): Promise<void> {
  await page.goto('/staff/login');
  // The staff app renders on the client: wait for the form, not the loading state.
  await expect(page.getByRole('button', { name: 'Log ind' })).toBeVisible();
  if (checkA11y) await expectNoA11yViolations(page);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  // Logged in once the app has left the login page: a test that navigates on at once would otherwise cut the
  // login request short and land on the login page again.
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}
