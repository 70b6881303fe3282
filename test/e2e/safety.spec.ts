// The incident register end to end: reception registers a threat from four days ago, the follow-up that is
// past its 48 hours shows as overdue, and the safety representative ticks the debriefing off. Checked with axe.
import { expect, test } from '@playwright/test';
import { addDays, localDate } from '../../src/core/calendar.js';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn } from './support/flows.js';

test('an incident is registered and its overdue follow-up is shown and followed up', async ({ page }) => {
  const description = `En borger truede en medarbejder ved skranken (e2e ${Date.now()}).`;
  // The demo incidents have overdue follow-ups too: this test's own incident is found by its id.
  let incidentId = '';

  await test.step('reception registers the incident through the form', async () => {
    await logIn(page, 'reception@koege.demo');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Hændelser' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vold, trusler og chikane' })).toBeVisible();
    await expectNoA11yViolations(page);

    // Sent empty first: the error summary names the missing fields.
    await page.getByRole('button', { name: 'Registrér hændelsen' }).click();
    await expect(page.getByRole('alert').getByText('Vælg hvor det skete.')).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByLabel('Dato', { exact: true }).fill(addDays(localDate(new Date()), -4));
    await page.getByLabel('Klokkeslæt').fill('10:30');
    await page
      .getByRole('combobox', { name: 'Sted' })
      .selectOption({ label: 'Borgerservice eller skranken' });
    await page.getByRole('radio', { name: 'Trusler' }).check();
    await page.getByRole('radio', { name: 'Alvorlig', exact: true }).check();
    await page.getByLabel('Beskrivelse').fill(description);
    await page.getByRole('button', { name: 'Registrér hændelsen' }).click();
    await expect(page.getByText('Hændelsen er registreret.')).toBeVisible();
  });

  await test.step('the incident shows its follow-up past the deadline', async () => {
    await page.getByRole('link', { name: 'Se hændelsen og opfølgningen' }).click();
    await expect(page.getByText(description)).toBeVisible();
    incidentId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await expect(page.getByRole('heading', { level: 1, name: 'Hændelse' })).toBeVisible();
    await expect(page.getByText('Over fristen: 2', { exact: true })).toBeVisible();
    const debriefing = page.getByRole('row', { name: /Debriefing inden for 24–48 timer/ });
    await expect(debriefing.getByText('Over fristen')).toBeVisible();
    await expect(page.getByText('Der skal ikke anmeldes ud fra det oplyste fravær.')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Log ud' }).click();
  });

  await test.step('the safety representative sees it overdue in the register and records the debriefing', async () => {
    await logIn(page, 'safety@koege.demo');
    await expect(page.getByRole('heading', { level: 1, name: 'Vold, trusler og chikane' })).toBeVisible();
    const row = page
      .getByRole('row')
      .filter({ has: page.locator(`a[href$="${incidentId}"]`) })
      .filter({ hasText: 'Over fristen: 2' });
    await expect(row).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Statistik til arbejdsmiljøudvalget' })).toBeVisible();
    await expectNoA11yViolations(page);
    await row.getByRole('link').click();
    await expect(page.getByText(description)).toBeVisible();
    await page.getByRole('button', { name: 'Debriefing holdt' }).click();
    await expect(page.getByText('Opfølgningen er gemt.')).toBeVisible();
    await expect(
      page.getByRole('row', { name: /Debriefing inden for 24–48 timer/ }).getByText('Udført'),
    ).toBeVisible();
    await expect(page.getByText('Over fristen: 1', { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('the safe-meeting page says when there is nothing to know', async () => {
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Sikre møder' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sikre møder' })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
