// The effect dashboard and the public service goals render their charts, each with its table, and pass axe:
// an analyst lands on the dashboard, narrows it to a department with a method start, and sees the before/after;
// a citizen opens the service goals from the kommune's home.
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn } from './support/flows.js';

test('an analyst reads the effect dashboard, with a chart and a table per figure', async ({ page }) => {
  await test.step('the analyst lands on the dashboard', async () => {
    await logIn(page, 'analyst@koege.demo');
    await expect(page).toHaveURL(/\/staff\/effekt$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Virker metoden?' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Klager og beklagelser modtaget' }),
    ).toBeVisible();
    const chart = page.getByRole('img', { name: /Diagram over Klager og beklagelser modtaget/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute('src', /^data:image\/svg\+xml/);
    await expect(page.getByRole('table', { name: 'Klager og beklagelser modtaget' })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Årsager til klager: forløbet eller afgørelsen?' }),
    ).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('a department with a method start shows the before/after and a note on the evidence', async () => {
    await page.getByLabel('Forvaltning').selectOption({ label: 'Teknik- og Miljøforvaltningen' });
    await page.getByRole('button', { name: 'Vis' }).click();
    await expect(page.getByText('Metoden startet 5. jan. 2026').first()).toBeVisible();
    await expect(page.getByRole('table', { name: /Før og efter metoden/ }).first()).toBeVisible();
    await expect(page.getByText('Hvor meget siger tallene?').first()).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('a period that ends before it starts is refused at its field', async () => {
    await page.getByLabel('Fra', { exact: true }).fill('2026-12-01');
    await page.getByLabel('Til', { exact: true }).fill('2026-01-01');
    await page.getByRole('button', { name: 'Vis' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er en fejl i filtrene' });
    await expect(summary).toBeFocused();
    await expectNoA11yViolations(page);
  });

  await test.step('each chart can be downloaded as CSV', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent CSV: Klager og beklagelser modtaget' }).click();
    expect((await download).suggestedFilename()).toMatch(/^insight\.complaints_.*\.csv$/);
  });
});

test('a citizen finds the service goals from the kommune home and sees goals beside practice', async ({
  page,
}) => {
  await page.goto('/k/259');
  await page.getByRole('link', { name: 'Vores servicemål — og hvordan vi lever op til dem' }).click();
  await expect(page).toHaveURL(/\/k\/259\/servicemaal$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vores servicemål — og hvordan vi lever op til dem' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /Søjlediagram: andel nået til tiden/ }).first()).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoA11yViolations(page);
});
