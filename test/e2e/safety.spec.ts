// The incident register end to end: reception registers a threat from four days ago naming a colleague as also
// exposed, the follow-up that is past its 48 hours shows as overdue, the colleague named reads the incident and a
// colleague not named cannot, and the safety representative ticks the debriefing off. Checked with axe.
import { expect, test } from '@playwright/test';
import { addDays, localDate } from '../../src/core/calendar.js';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn, submitComplaint } from './support/flows.js';

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

    // Who was exposed: the one registering is chosen to begin with; a colleague is found by name and added.
    const chosen = page.getByRole('list', { name: 'Valgt som udsat' });
    await expect(chosen.getByRole('listitem')).toHaveText([/Mig selv \(Aisha Demo Khan\)/]);
    await page.getByRole('button', { name: 'Fjern Aisha Demo Khan' }).click();
    await expect(page.getByText('Ingen er valgt endnu.')).toBeVisible();
    await page.getByRole('button', { name: 'Registrér hændelsen' }).click();
    await expect(page.getByRole('alert').getByText('Vælg mindst én, der blev udsat.')).toBeVisible();
    await page.getByRole('button', { name: 'Tilføj mig selv' }).click();
    const search = page.getByLabel('Søg efter en kollega');
    await search.fill('ingen-hedder-sådan');
    await expect(page.getByRole('status').getByText(/Ingen kolleger i kommunen/)).toBeVisible();
    await search.fill('fati');
    const add = page.getByRole('button', { name: 'Tilføj Fatima Demo Jensen' });
    await expect(add).toBeVisible();
    await expectNoA11yViolations(page);
    // At 320 CSS pixels the form, the chosen colleagues and the results reflow without sideways scrolling.
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 640 });
    await expect(add).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoA11yViolations(page);
    if (wide) await page.setViewportSize(wide);
    // With the keyboard alone: Tab from the search field to the result's button, Enter adds it.
    await search.focus();
    await page.keyboard.press('Tab');
    await expect(add).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chosen.getByRole('listitem')).toHaveText([/Mig selv/, /Fatima Demo Jensen/]);
    await expect(search).toBeFocused();
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
    await expect(page.getByText('Aisha Demo Khan, Fatima Demo Jensen')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Log ud' }).click();
  });

  await test.step('the colleague named as exposed finds it in the register and reads it', async () => {
    await logIn(page, 'caseworker2@koege.demo');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Hændelser' })
      .click();
    await expect(
      page.getByRole('heading', { name: 'Hændelser, du har registreret eller er udsat i' }),
    ).toBeVisible();
    await page.locator(`a[href$="${incidentId}"]`).click();
    await expect(page.getByText(description)).toBeVisible();
    await expect(page.getByText('Aisha Demo Khan, Fatima Demo Jensen')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Log ud' }).click();
  });

  await test.step('a colleague neither named nor in the safety role can neither list nor open it', async () => {
    await logIn(page, 'caseworker@koege.demo');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Hændelser' })
      .click();
    await expect(
      page.getByRole('heading', { name: 'Hændelser, du har registreret eller er udsat i' }),
    ).toBeVisible();
    await expect(page.getByRole('table').or(page.getByText('Der er ingen hændelser at vise.'))).toBeVisible();
    await expect(page.locator(`a[href$="${incidentId}"]`)).toHaveCount(0);
    await page.goto(`/staff/haendelser/${incidentId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Hændelse' })).toBeVisible();
    await expect(page.getByText(description)).toHaveCount(0);
    await expect(page.getByText('Hændelsen findes ikke, eller du har ikke adgang til den.')).toBeVisible();
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

test('a safe-meeting plan is made for a booking of the case, renewed and ended', async ({ page }) => {
  const { caseNumber } = await submitComplaint(page, {
    name: 'Sikker Mødeborger',
    phone: '22 33 44 55',
    email: 'sikker.moede@eksempel.invalid',
    description: 'Jeg er uenig i afgørelsen om mit hjælpemiddel og vil gerne tale med nogen.',
  });
  const reason = 'Borgeren har tidligere truet en medarbejder ved et møde.';
  const panel = page.getByRole('region', { name: 'Sikkert møde', exact: true });

  await test.step('the caseworker books a meeting on the case', async () => {
    await logIn(page, 'caseworker@koege.demo');
    await page.goto(`/staff/sager/${caseNumber}`);
    const slot = page.getByRole('combobox', { name: 'Tidspunkt' });
    await expect(slot).toBeVisible();
    await slot.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Book mødet' }).click();
    await expect(page.getByText(/Mødet er booket/)).toBeVisible();
  });

  await test.step('the plan is refused without a reason, then made for the booking', async () => {
    await page.getByRole('button', { name: 'Lav en plan for sikkert møde' }).click();
    const forWhat = page.getByRole('combobox', { name: 'Hvad gælder planen' });
    await expect(forWhat.getByRole('option')).toHaveCount(2);
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Gem planen' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByText('Vælg mindst ét tiltag.')).toBeVisible();
    await expect(summary.getByText('Skriv hvorfor planen er nødvendig, med mindst 10 tegn.')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('checkbox', { name: 'Mød borgeren i receptionen' }).check();
    await page.getByRole('checkbox', { name: 'En kollega mere er med' }).check();
    await page.getByLabel('Begrundelse').fill(reason);
    const meeting = ((await forWhat.getByRole('option').nth(1).textContent()) ?? '').trim();
    expect(meeting).toMatch(/Møde om din klage/);
    await forWhat.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Gem planen' }).click();
    await expect(panel.getByText(reason)).toBeVisible();
    await expect(panel.getByText(/^Gælder mødet .*Møde om din klage/)).toBeVisible();
    await expect(panel.getByText('Gælder', { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
    // At 320 CSS pixels the plan and its buttons reflow without sideways scrolling.
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 640 });
    await expect(panel.getByRole('button', { name: 'Forny planen' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoA11yViolations(page);
    if (wide) await page.setViewportSize(wide);
  });

  await test.step('the plan is renewed with a new review date and a reason', async () => {
    await panel.getByRole('button', { name: 'Forny planen' }).click();
    const until = addDays(localDate(new Date()), 60);
    await panel.getByLabel('Revurderes senest').fill(until);
    await panel.getByLabel('Hvorfor er planen stadig nødvendig').fill('Truslerne er gentaget i denne uge.');
    await expectNoA11yViolations(page);
    await panel.getByRole('button', { name: 'Forny', exact: true }).click();
    await expect(panel.getByText('Planen er fornyet.')).toBeVisible();
    await expect(panel.getByText('Truslerne er gentaget i denne uge.')).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('ending the plan asks first, then ends it', async () => {
    await panel.getByRole('button', { name: 'Afslut planen' }).click();
    await expect(
      panel.getByText('Vil du afslutte planen for Sikker Mødeborger? Den gælder så ikke længere.'),
    ).toBeVisible();
    await expect(panel.getByText('Gælder', { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
    await panel.getByRole('button', { name: 'Ja, afslut planen' }).click();
    await expect(panel.getByText('Planen er afsluttet.').first()).toBeVisible();
    await expect(panel.getByText('Afsluttet', { exact: true })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Forny planen' })).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
});
