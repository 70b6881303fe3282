// Participation end to end, in the browser: a caseworker creates and publishes a process on the staff pages, a
// citizen finds it from the kommune home and contributes through the form without an account (with an image,
// refused first as a GIF under a PNG name), the caseworker approves it, is refused closing with the list of what
// is missing, gathers it in a theme, publishes the answer, corrects it (asked first) and closes the process; the
// administrator finds the contributor's answer and its correction in the dev mailbox, and the public page shows
// the corrected result with its date. axe on every page.
import { expect, test } from '@playwright/test';
import { localDate } from '../../src/core/calendar.js';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn } from './support/flows.js';

test('a hearing states its room for influence, and every contributor gets an answer', async ({
  page,
  browser,
  baseURL,
}) => {
  const stamp = Date.now();
  const title = `Bænke ved havnen ${stamp}`;
  const email = `havn.${stamp}@eksempel.invalid`;
  const contribution = 'En bænk med udsigt over vandet ved færgelejet.';
  const answer = 'Der kommer to bænke ved færgelejet.';
  const corrected = 'Der kommer tre bænke ved færgelejet, den ene med ryglæn.';
  const today = localDate(new Date());
  // A real 1×1 PNG, and a GIF under a PNG name: the type is told by the bytes.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
  let processPath = '';
  let ownPage = '';

  await test.step('the caseworker creates a draft on the staff pages, refused first without its fields', async () => {
    await logIn(page, 'caseworker@koege.demo');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Borgerinddragelse' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Borgerinddragelse' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Afsluttede forløb/ })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('link', { name: 'Opret et forløb' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opret et forløb' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Gem som kladde' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er fejl i formularen' });
    await expect(summary).toContainText('Skriv, hvad borgerne kan få indflydelse på.');
    await expect(summary).toContainText('Skriv, hvad der allerede er besluttet, og af hvem.');
    await expectNoA11yViolations(page);

    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Spørgsmålet til borgerne').fill('Hvor skal de nye bænke stå?');
    await page.getByLabel('Det kan borgerne få indflydelse på').fill('Hvor bænkene placeres langs havnen.');
    await page
      .getByLabel('Det er allerede besluttet – og af hvem')
      .fill('Byrådet har besluttet, at der kommer ti nye bænke i 2027.');
    await page.getByRole('radio', { name: 'Online', exact: true }).check();
    await page.getByLabel('Sidste dag for bidrag').fill('2099-12-31');
    await page.getByLabel('Fase 1 begynder').fill(today);
    await page.getByLabel('Fase 1 slutter').fill('2099-12-31');
    await page.getByLabel(/^Område/).fill('Havnen');
    await page.getByRole('button', { name: 'Gem som kladde' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Kladden er gemt.', { exact: false })).toBeVisible();
    await expect(page.getByText('Kladde – ikke offentlig')).toBeVisible();
    await expectNoA11yViolations(page);
    processPath = new URL(page.url()).pathname;
  });

  await test.step('the caseworker publishes it, asked first', async () => {
    await page.getByRole('button', { name: 'Offentliggør', exact: true }).click();
    await expect(page.getByRole('group', { name: /Offentliggør forløbet\?/ })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Ja, offentliggør' }).click();
    await expect(page.getByText('Forløbet er offentliggjort.')).toBeVisible();
    await expect(page.getByText('Ingen bidrag venter på godkendelse.')).toBeVisible();
  });

  // The citizen has a browser of their own: no staff session.
  const citizenContext = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  const citizen = await citizenContext.newPage();
  await test.step('a citizen finds the process from the kommune home and contributes without an account', async () => {
    await citizen.goto('/k/259');
    await citizen.getByRole('link', { name: 'Se høringer og borgerinddragelse' }).click();
    await expect(
      citizen.getByRole('heading', { level: 1, name: 'Høringer og borgerinddragelse' }),
    ).toBeVisible();
    // Each demo kommune has an open and a closed process.
    await expect(citizen.getByRole('link', { name: 'Ny legeplads i bydelsparken' })).toBeVisible();
    await expect(citizen.getByRole('link', { name: 'Trafiksikker skolevej ved Østre Skole' })).toBeVisible();
    await expectNoA11yViolations(citizen);
    await citizen.getByRole('link', { name: title }).click();
    const headings = await citizen.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings[0]).toBe('Det kan du få indflydelse på');
    await expectNoA11yViolations(citizen);

    await citizen.getByRole('button', { name: 'Send dit bidrag' }).click();
    await expect(citizen.getByRole('alert')).toContainText('Skriv dit bidrag');
    await expectNoA11yViolations(citizen);
    await citizen.getByLabel('Dit bidrag').fill(contribution);
    await citizen.getByLabel(/Din e-mail/).fill(email);
    await citizen
      .getByLabel(/Et billede/)
      .setInputFiles({ name: 'havn.png', mimeType: 'image/png', buffer: gif });
    await citizen.getByRole('button', { name: 'Send dit bidrag' }).click();
    await expect(citizen.getByRole('alert')).toContainText('Billedet skal være en JPEG- eller PNG-fil.');
    await expect(citizen.getByLabel('Dit bidrag')).toHaveValue(contribution);
    await expectNoA11yViolations(citizen);
    await citizen
      .getByLabel(/Et billede/)
      .setInputFiles({ name: 'havn.png', mimeType: 'image/png', buffer: png });
    await citizen.getByRole('button', { name: 'Send dit bidrag' }).click();
    await expect(citizen.getByRole('status')).toContainText('Tak for dit bidrag');
    await expectNoA11yViolations(citizen);
    // The thanks links to the contribution's own page: waiting to be read.
    await citizen.getByRole('link', { name: 'Følg dit bidrag' }).click();
    await expect(citizen.getByRole('heading', { level: 1, name: `Dit bidrag til "${title}"` })).toBeVisible();
    await expect(citizen.getByText('Bidraget venter på at blive læst, før det bliver vist.')).toBeVisible();
    await expectNoA11yViolations(citizen);
    ownPage = new URL(citizen.url()).pathname;
  });

  await test.step('the caseworker approves it and is refused closing with what is missing', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(contribution, { exact: true })).toBeVisible();
    await expect(page.getByText(`Kontakt (vises ikke offentligt): ${email}`)).toBeVisible();
    await expect(
      page.getByRole('img', { name: 'Billede, som borgeren har vedhæftet bidraget' }),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: /^Godkend/ }).click();
    await expect(page.getByText('Bidraget er godkendt og vises nu offentligt.')).toBeVisible();

    await page.getByRole('button', { name: 'Afslut forløbet' }).click();
    await page.getByRole('button', { name: 'Ja, afslut' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Forløbet kan ikke afsluttes endnu' });
    await expect(refusal).toContainText(`Bidraget "${contribution}" er ikke samlet i et tema.`);
    await expect(refusal).toContainText(`Bidragyderen bag "${contribution}" har ikke fået svar.`);
    await expectNoA11yViolations(page);
  });

  await test.step('the caseworker gathers it in a theme and publishes the answer, asked first', async () => {
    await page.getByRole('button', { name: 'Saml i tema' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Der er fejl' })).toContainText(
      'Skriv temaets navn.',
    );
    await page.getByLabel('Temaets navn').fill('Bænke ved vandet');
    await page.getByRole('checkbox', { name: contribution }).check();
    await page.getByRole('button', { name: 'Saml i tema' }).click();
    await expect(page.getByText('Temaet "Bænke ved vandet" er oprettet.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Bænke ved vandet' })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('radio', { name: 'Vedtaget', exact: true }).check();
    await page.getByLabel('Svaret', { exact: true }).fill(answer);
    await page.getByRole('button', { name: 'Offentliggør svaret' }).click();
    await expect(
      page.getByRole('group', { name: /bidragydere med kontaktoplysninger får besked nu: 1/ }),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Ja, offentliggør og giv besked' }).click();
    await expect(
      page.getByText('Svaret er offentliggjort. Bidragydere, der har fået besked: 1.'),
    ).toBeVisible();
  });

  await test.step('the caseworker corrects the published answer; the earlier one stays in the history', async () => {
    await page.getByRole('button', { name: 'Ret svaret' }).click();
    await expect(
      page.getByRole('heading', { level: 4, name: 'Ret kommunens svar på "Bænke ved vandet"' }),
    ).toBeFocused();
    await expect(page.getByLabel('Svaret', { exact: true })).toHaveValue(answer);
    await page.getByLabel('Svaret', { exact: true }).fill(' ');
    await page.getByRole('button', { name: 'Gem det rettede svar' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Der er fejl' })).toContainText(
      'Skriv kommunens svar.',
    );
    await page.getByLabel('Svaret', { exact: true }).fill(corrected);
    await page.getByRole('button', { name: 'Gem det rettede svar' }).click();
    await expect(page.getByRole('group', { name: /besked om rettelsen nu: 1/ })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Ja, ret svaret og giv besked' }).click();
    await expect(page.getByText('Svaret er rettet. Bidragydere, der har fået besked: 1.')).toBeVisible();
    await expect(page.getByText(corrected)).toBeVisible();
    await page.getByText('Tidligere svar (1)').click();
    await expect(page.getByText(answer)).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('the caseworker closes the process; the time to feedback is shown', async () => {
    await expect(page.getByText('Intet mangler. Forløbet kan afsluttes.')).toBeVisible();
    await page.getByRole('button', { name: 'Afslut forløbet' }).click();
    await page.getByRole('button', { name: 'Ja, afslut' }).click();
    await expect(page.getByText('Forløbet er afsluttet.')).toBeVisible();
    await expect(page.getByText('Afsluttet', { exact: true })).toBeVisible();
    // The hearing was meant to run to 2099: closed before its end, the contributors waited 0 days.
    await expect(page.getByRole('definition').filter({ hasText: /^0 dage$/ })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('link', { name: 'Alle forløb' }).click();
    const closed = page.getByRole('region', { name: /^Afsluttede forløb/ });
    await expect(closed.getByRole('link', { name: title })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Log ud' }).click();
  });

  await test.step('the contributor’s answer is in the dev mailbox', async () => {
    await logIn(page, 'admin@koege.demo');
    await expect(page.getByRole('heading', { level: 1, name: 'Testpostkasse' })).toBeVisible();
    const subject = `Svar på dit bidrag: ${title}`;
    const changedSubject = `Rettet svar på dit bidrag: ${title}`;
    await expect(async () => {
      await page.getByRole('button', { name: 'Hent nye beskeder' }).click();
      await expect(page.getByText(changedSubject, { exact: true })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    // The answer first, then its correction: one mail each.
    for (const [s, text] of [
      [subject, answer],
      [changedSubject, corrected],
    ] as const) {
      const row = page.getByRole('row').filter({ has: page.getByText(s, { exact: true }) });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(email);
      await row.getByText(s, { exact: true }).click();
      await expect(row).toContainText(text);
    }
    await expectNoA11yViolations(page);
  });

  await test.step('the public page shows the result beside the contribution, never the contact details', async () => {
    await citizen.goto(processPath.replace(/^\/staff\/borgerinddragelse\//, '/k/259/deltag/'));
    await expect(citizen.getByRole('heading', { level: 3, name: 'Bænke ved vandet' })).toBeVisible();
    await expect(citizen.getByText('Vedtaget.')).toBeVisible();
    await expect(citizen.getByText(corrected)).toBeVisible();
    await expect(citizen.getByText(answer)).toHaveCount(0);
    await expect(citizen.getByText(/^Svaret er rettet \d+\. \w+\.? \d{4}\.$/)).toBeVisible();
    await expect(citizen.getByText(contribution)).toBeVisible();
    await expect(
      citizen.getByRole('img', { name: 'Billede, som borgeren har vedhæftet bidraget' }),
    ).toBeVisible();
    await expect(citizen.getByText(email)).toHaveCount(0);
    await expect(citizen.getByText('Forløbet tager ikke imod bidrag lige nu.')).toBeVisible();
    await expect(
      citizen.getByText('Kommunen svarede bidragyderne 0 dage efter høringens afslutning.'),
    ).toBeVisible();
    await expectNoA11yViolations(citizen);
    // The contribution's own page has the corrected answer too.
    await citizen.goto(ownPage);
    await expect(citizen.getByText('Bidraget er godkendt og vises på forløbets side.')).toBeVisible();
    await expect(citizen.getByText(corrected)).toBeVisible();
    await expectNoA11yViolations(citizen);
  });
  await citizenContext.close();
});

test.describe('at 320 CSS pixels', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the staff pages of participation read without scrolling sideways, by keyboard too', async ({
    page,
  }) => {
    const noSideways = async () => {
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, page.url()).toBeLessThanOrEqual(clientWidth);
    };
    await logIn(page, 'caseworker@koege.demo');
    await page.goto('/staff/borgerinddragelse');
    await expect(page.getByRole('heading', { level: 1, name: 'Borgerinddragelse' })).toBeVisible();
    await noSideways();
    await expectNoA11yViolations(page);

    // The demo's open process, reached by keyboard from its link.
    const link = page.getByRole('link', { name: 'Ny legeplads i bydelsparken' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Ny legeplads i bydelsparken' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Temaer og svar (0)' })).toBeVisible();
    await noSideways();
    await expectNoA11yViolations(page);

    await page.getByRole('link', { name: 'Ret forløbet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ret forløbet' })).toBeVisible();
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Ny legeplads i bydelsparken');
    await noSideways();
    await expectNoA11yViolations(page);
  });
});
