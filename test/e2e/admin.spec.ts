// The front door and the administration, end to end: a citizen finds the complaint form from /, an
// administrator creates a user and an area with a service goal, and a complaint in that area gets its
// call-back date from the goal. Every new page is checked with axe and at 320 px for sideways scrolling.
import { expect, type Page, test } from '@playwright/test';
import { DEFAULT_CALENDAR_RULES, formatDateLong, localDate } from '../../src/core/calendar.js';
import { firstContactDue } from '../../src/core/deadlines.js';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn } from './support/flows.js';

/** WCAG 1.4.10: at 320 CSS pixels the page must not scroll sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${page.url()} at 320 px`).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

async function checkPage(page: Page): Promise<void> {
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);
}

test('the front door leads a citizen to the kommune home and on to the complaint form', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Borgerdialog' })).toBeVisible();
  await checkPage(page);
  await expect(page.getByRole('link', { name: 'Log ind som medarbejder' })).toHaveAttribute(
    'href',
    '/staff/login',
  );

  await page.getByRole('link', { name: 'Køge Kommune' }).click();
  await expect(page).toHaveURL(/\/k\/259$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kontakt Køge Kommune' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sådan kontakter du os' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Tilgængelighedserklæring for Køge Kommune/ })).toBeVisible();
  await checkPage(page);

  await page.getByRole('link', { name: 'Skriv til os' }).click();
  await expect(page).toHaveURL(/\/k\/259\/henvendelse$/);
  await expect(page.getByRole('combobox', { name: 'Område' })).toBeVisible();

  await page.goto('/k/0259/?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Contact Køge Kommune' })).toBeVisible();
  await checkPage(page);
});

async function openAdminPage(page: Page, menuItem: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: menuItem }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByText('Henter …')).toHaveCount(0);
}

test('an administrator creates a user and an area; a complaint there gets its call-back date from the goal', async ({
  page,
}) => {
  await logIn(page, 'admin@koege.demo');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A user, refused first for a missing department, then created.
  await openAdminPage(page, 'Brugere', 'Brugere');
  await checkPage(page);
  const form = page.getByRole('form', { name: 'Ny bruger' });
  await form.getByLabel('Navn').fill('Nina Demo Nyansat');
  await form.getByLabel('E-mail').fill('nina.nyansat@koege.demo');
  await form.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Sagsbehandler' });
  await form.getByLabel('Startadgangskode').fill('et-godt-langt-kodeord');
  await form.getByRole('button', { name: 'Opret bruger' }).click();
  const summary = form.getByRole('alert').filter({ hasText: 'Der er et problem' });
  await expect(summary).toContainText('Sagsbehandlere og ledere skal høre til en forvaltning.');
  await expect(summary).toBeFocused();
  await checkPage(page);
  await form
    .getByRole('combobox', { name: /^Forvaltning/ })
    .selectOption({ label: 'Teknik- og Miljøforvaltningen' });
  await form.getByRole('button', { name: 'Opret bruger' }).click();
  await expect(form.getByText('Nina Demo Nyansat er oprettet og kan logge ind.')).toBeVisible();
  const row = page.getByRole('row', { name: /Nina Demo Nyansat/ });
  await expect(row).toContainText('Teknik- og Miljøforvaltningen');

  // Deactivating asks first.
  await row.getByRole('button', { name: 'Deaktivér' }).click();
  await expect(row.getByText('Deaktivér Nina Demo Nyansat?', { exact: false })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Ja, deaktivér' })).toBeFocused();
  await checkPage(page);
  await row.getByRole('button', { name: 'Ja, deaktivér' }).click();
  await expect(page.getByText('Nina Demo Nyansat er deaktiveret og logget ud.')).toBeVisible();
  await expect(row).toContainText('Deaktiveret');

  // An area with a first-contact goal of 4 working days.
  await openAdminPage(page, 'Områder', 'Områder og servicemål');
  await checkPage(page);
  const areaForm = page.getByRole('form', { name: 'Nyt område' });
  await areaForm.getByLabel('Navn').fill('Parkering og p-tilladelser');
  await areaForm.getByLabel('Kode').fill('parkering');
  await areaForm.getByLabel('KLE-nummer').fill('05.13.00');
  await areaForm
    .getByRole('combobox', { name: 'Forvaltning' })
    .selectOption({ label: 'Teknik- og Miljøforvaltningen' });
  await areaForm.getByLabel('Første kontakt inden for (arbejdsdage)').fill('4');
  await areaForm.getByLabel('Skriftligt svar inden for (arbejdsdage)').fill('10');
  await areaForm.getByLabel('Løst inden for (arbejdsdage)').fill('20');
  await areaForm.getByRole('button', { name: 'Opret område' }).click();
  await expect(areaForm.getByText('Parkering og p-tilladelser er oprettet.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Parkering og p-tilladelser/ })).toContainText('Kontakt 4');

  // The other administration pages, each axe-clean.
  await openAdminPage(page, 'Organisation', 'Organisation');
  await checkPage(page);
  await openAdminPage(page, 'Kontaktoplysninger', 'Kontaktoplysninger');
  await checkPage(page);
  await openAdminPage(page, 'Kommunen', 'Kommunen');
  await checkPage(page);

  // A citizen complains in the new area: the receipt names the date the goal gives.
  await page.goto('/k/259/henvendelse');
  await page.getByRole('radio', { name: 'Klage over en afgørelse', exact: true }).check();
  await page.getByRole('combobox', { name: 'Område' }).selectOption({ label: 'Parkering og p-tilladelser' });
  const today = localDate(new Date());
  await page.getByLabel('Afgørelsens dato').fill(today);
  await page
    .getByLabel('Beskriv, hvad det handler om')
    .fill('Jeg har fået afslag på en p-tilladelse og forstår det ikke.');
  await page.getByLabel('Dit navn').fill('Testperson Parkering');
  await page.getByRole('textbox', { name: /^Telefonnummer/ }).fill('20 30 40 51');
  const consent = page.getByRole('checkbox', { name: /samtykke/ });
  if ((await consent.count()) > 0) await consent.check();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page).toHaveURL(/\/k\/259\/kvittering\//);
  const due = firstContactDue(today, 4, DEFAULT_CALENDAR_RULES);
  await expect(page.getByText(`Vi ringer dig op senest ${formatDateLong(due, 'da')}.`)).toBeVisible();
});
