// The front desk end to end: the admin moves the passport desk's reminder 14 days ahead (so it is due at once,
// whatever weekday the test runs on), a citizen books from the kommune's page without an account, the
// confirmation and the reminder with what to bring land in the dev mailbox, the citizen checks in at the kiosk (with the booking code when the time is
// today, else as a walk-in), the waiting-room display shows the ticket, the reception calls it to a desk and
// finishes the visit. Every page is checked with axe, the display included.
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn } from './support/flows.js';

// Synthetic citizen: not a real person.
const citizen = { name: 'Testborger Tidsbestilling', email: 'tidsbestilling@eksempel.invalid' };

test('a citizen books, is reminded, checks in, is shown on the display and called to a desk', async ({
  page,
}) => {
  let bookingCode = '';
  let bookedToday = false;

  await test.step('the admin sets the reminder of Pas og kørekort to 336 hours before', async () => {
    await logIn(page, 'admin@koege.demo');
    await page.goto('/staff/borgerservice-ydelser');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Borgerservice: ydelser og åbningstider' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Redigér Pas og kørekort' }).click();
    const form = page.getByRole('form', { name: 'Redigér Pas og kørekort' });
    await form.getByLabel('Påmindelse (timer før mødet)').fill('336');
    await form.getByRole('button', { name: 'Gem ændringerne' }).click();
    await expect(page.getByText(/Pas og kørekort er gemt/)).toBeVisible();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page.getByRole('button', { name: 'Log ind' })).toBeVisible();
  });

  await test.step('the citizen books a time from the kommune home', async () => {
    await page.goto('/k/259');
    await page.getByRole('link', { name: 'Bestil en tid' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bestil tid' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('radio', { name: 'Pas og kørekort' }).check();
    await page.getByRole('button', { name: 'Vis ledige tider' }).click();
    const select = page.getByLabel('Vælg en tid');
    const first = select.locator('option:not([value=""])').first();
    const value = (await first.getAttribute('value')) ?? '';
    await select.selectOption(value);
    await page.getByLabel('Navn').fill(citizen.name);
    await page.getByLabel('E-mail').fill(citizen.email);
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Bestil tiden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Din tid' })).toBeVisible();
    await expect(page.getByText('Din tid er bestilt.')).toBeVisible();
    bookingCode = (await page.locator('.booking-code').textContent())?.trim() ?? '';
    expect(bookingCode).toMatch(/^[A-Z2-9]{6}$/);
    const when = (await page.locator('dd').nth(2).textContent()) ?? '';
    const today = new Intl.DateTimeFormat('da-DK', {
      timeZone: 'Europe/Copenhagen',
      day: 'numeric',
      month: 'long',
    })
      .format(new Date())
      .replace('.', '');
    bookedToday = when.replace(/\./g, '').includes(today.replace(/\./g, ''));
    await expect(page.getByRole('link', { name: 'Føj til din kalender (.ics)' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('the confirmation and the reminder with what to bring reach the dev mailbox', async () => {
    await logIn(page, 'admin@koege.demo');
    await expect(page).toHaveURL(/\/staff\/postkasse$/);
    await expect(async () => {
      await page.getByRole('button', { name: 'Hent nye beskeder' }).click();
      await expect(page.getByRole('row').filter({ hasText: citizen.email }).first()).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 30_000 });
    // Booked inside its reminder window, the reminder goes out at once (not at the job's next run).
    const reminder = page
      .getByRole('row')
      .filter({ hasText: citizen.email })
      .filter({ hasText: 'Påmindelse' });
    await expect(async () => {
      await page.getByRole('button', { name: 'Hent nye beskeder' }).click();
      await expect(reminder.first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await reminder
      .first()
      .getByText(/^Påmindelse: Pas og kørekort/)
      .click();
    await expect(reminder.first().getByText(/Husk at medbringe: Dit gamle pas eller kørekort/)).toBeVisible();
    await expect(reminder.first().getByText(bookingCode)).toBeVisible();
    await expectNoA11yViolations(page);
    // The reception logs in later on this same page: the admin logs out first.
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page.getByRole('button', { name: 'Log ind' })).toBeVisible();
  });

  let ticket = '';
  await test.step('the citizen checks in at the kiosk and gets a number', async () => {
    await page.goto('/k/259/kiosk');
    await expect(page.getByRole('heading', { level: 1, name: 'Tjek ind' })).toBeVisible();
    await expectNoA11yViolations(page);
    if (bookedToday) {
      await page.getByLabel('Bookingkode').fill(bookingCode);
      await page.getByRole('button', { name: 'Tjek ind med bookingkode' }).click();
    } else {
      await page.getByRole('radio', { name: 'Pas og kørekort' }).check();
      await page.getByRole('button', { name: 'Træk et nummer' }).click();
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Dit nummer' })).toBeVisible();
    ticket = ((await page.locator('.ticket-number').textContent()) ?? '').trim();
    expect(ticket).toMatch(/^P\d{3,}$/);
    await expectNoA11yViolations(page);
  });

  const display = await page.context().newPage();
  await test.step('the waiting-room display shows no one called yet', async () => {
    await display.goto('/k/259/skaerm');
    await expect(display.getByRole('heading', { level: 1 })).toContainText('Venteværelse');
    await expectNoA11yViolations(display);
  });

  await test.step('the reception calls the next to a desk; the display shows it without a reload', async () => {
    await logIn(page, 'reception@koege.demo');
    await page.getByRole('link', { name: 'Borgerservice' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Borgerservice: ankomst og kø' })).toBeVisible();
    await expect(page.getByRole('cell', { name: ticket })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByLabel('Din skranke eller dit lokale').fill('Skranke 2');
    await page.getByRole('button', { name: 'Kald næste op' }).click();
    await expect(page.getByText(`Nummer ${ticket} er kaldt op til Skranke 2.`)).toBeVisible();
    await expect(display.locator('tr.latest')).toContainText(ticket, { timeout: 15_000 });
    await expect(display.locator('tr.latest')).toContainText('Skranke 2');
    await expectNoA11yViolations(display);
  });

  await test.step('the reception finishes the visit with a hand-over note', async () => {
    const form = page.getByRole('form', { name: new RegExp(ticket) });
    await form.getByLabel('Note til den næste (frivilligt)').fill('Tolk bestilt.');
    await form.getByRole('button', { name: 'Afslut besøget' }).click();
    await expect(page.getByText(`Besøget med nummer ${ticket} er afsluttet.`)).toBeVisible();
    await expect(display.locator('tbody')).not.toContainText(ticket, { timeout: 15_000 });
    await expectNoA11yViolations(page);
  });
});
