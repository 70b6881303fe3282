// After a refused submit, focus moves to the error summary (the DKFDS pattern), so a screen reader reads the
// errors first and the keyboard starts from them: on the citizen form, with and without JavaScript, and on
// reception's registration form, where the refusals speak to the staff member about the citizen.
import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn } from './support/flows.js';

async function refuseCitizenForm(page: Page) {
  await page.goto('/k/259/henvendelse?lang=da');
  await page.getByLabel('Beskriv, hvad det handler om').fill('kort');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page).toHaveTitle(/^Fejl: /);
}

test('the citizen form focuses its error summary after a refused submit', async ({ page }) => {
  await refuseCitizenForm(page);
  const summary = page.getByRole('alert').filter({ hasText: 'Formularen indeholder fejl' });
  await expect(summary).toBeFocused();
  // The summary's links still lead to each field.
  await summary.getByRole('link', { name: /Beskriv kort, hvad det handler om/ }).click();
  await expect(page).toHaveURL(/#description$/);
  await expectNoA11yViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the citizen form still focuses its error summary', async ({ page }) => {
    await refuseCitizenForm(page);
    await expect(page.locator('[data-module="error-summary"]')).toBeFocused();
  });
});

test('a form without errors leaves focus alone', async ({ page }) => {
  await page.goto('/k/259/henvendelse?lang=da');
  await expect(page.locator('[data-module="error-summary"]')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
});

test("reception's registration form focuses its summary after each refusal, in the staff member's words", async ({
  page,
}) => {
  await logIn(page, 'reception@koege.demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Registrér henvendelse' })).toBeVisible();
  const summary = page.getByRole('alert').filter({ hasText: 'Der er et problem' });

  await page.getByRole('button', { name: 'Registrér', exact: true }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Skriv borgerens navn.' })).toBeVisible();
  await expect(summary).not.toContainText(/\b(dit|din|dig)\b/);

  // A second refusal, with focus moved elsewhere in between, takes it back to the summary.
  await page.getByLabel('Borgerens navn').fill('Testborger Fokus');
  await page.getByRole('button', { name: 'Registrér', exact: true }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Skriv borgerens navn.' })).toHaveCount(0);
  await expectNoA11yViolations(page);
});
