// The dialogue loop end to end: a citizen complains; the caseworker takes the case, misses the first call and
// sends the ready SMS in one click, reaches the citizen, runs the conversation, makes an agreement and resolves
// the complaint in dialogue — and the citizen's tracking page says so in plain Danish.
import { expect, type Page, test } from '@playwright/test';
import { addDays, localDate } from '../../src/core/calendar.js';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn, submitComplaint, type TestCitizen } from './support/flows.js';

// Synthetic citizen: not a real person.
const citizen: TestCitizen = {
  name: 'Testborger Dialogsløjfe',
  phone: '20 30 40 51',
  email: 'dialog@eksempel.invalid',
  description: 'Jeg har fået afslag på hjælp til rengøring og vil gerne forstå, hvorfor.',
};

// One note per phase of the conversation guide, in the order of the method.
const PHASE_NOTES: readonly [string, string][] = [
  ['Åbning og ramme', 'Rammen er sat: cirka 20 minutter, og målet er at forstå klagen.'],
  ['Borgerens fortælling', 'Borgeren fortæller, at brevet kom uden forklaring og efter lang ventetid.'],
  ['Hvad handler det om?', 'Det handler mest om forløbet og om, at ingen ringede, ikke om selve afslaget.'],
  ['Forklar afgørelse og proces', 'Reglerne og vurderingen er forklaret, og hvad der skete i sagen.'],
  ['Muligheder sammen', 'Vi kan sende vurderingen, og borgeren kan søge igen, hvis behovet ændrer sig.'],
  ['Aftale og opfølgning', 'Vi sender en kopi af vurderingen. Borgeren er tilfreds med forklaringen.'],
];
const AGREEMENT = 'Vi sender en kopi af vurderingen til borgeren.';

/** Logs a phone attempt with the given result through the contact panel's form. */
async function logCall(page: Page, result: 'Intet svar' | 'Talt med borgeren') {
  const form = page.getByRole('form', { name: 'Registrér et kontaktforsøg' });
  await form.getByRole('radio', { name: 'Telefon', exact: true }).check();
  await form.getByRole('radio', { name: result, exact: true }).check();
  await form.getByRole('button', { name: 'Registrér kontaktforsøg' }).click();
}

test('a caseworker runs a complaint from the first call to resolution in dialogue', async ({ page }) => {
  const { caseNumber, trackingHref } = await submitComplaint(page, citizen, { checkA11y: true });
  const timeline = page.locator('ol.timeline');
  const contact = page.getByRole('region', { name: 'Kontakt med borgeren' });

  await test.step('the caseworker opens the new case from the queue and takes it', async () => {
    await logIn(page, 'caseworker@koege.demo');
    await page.getByRole('link', { name: caseNumber }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(caseNumber);
    await expect(contact.getByText(/^Første kontakt senest/)).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Tildel mig' }).click();
    await expect(page.getByText(`Sag ${caseNumber} er tildelt dig.`)).toBeVisible();
  });

  await test.step('a missed call offers the ready SMS, which goes out in one click', async () => {
    await logCall(page, 'Intet svar');
    await expect(page.getByText('Kontaktforsøget er registreret.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Borgeren tog ikke telefonen' })).toBeVisible();
    await expect(page.locator('.case-heading-tags')).toContainText('Kontakt forsøgt');
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Send SMS: Vi har forsøgt at ringe' }).click();
    await expect(page.getByText('SMS\'en "Vi har forsøgt at ringe" er sendt til borgeren.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Borgeren tog ikke telefonen' })).toBeHidden();
    await expect(timeline).toContainText('Telefon: Intet svar');
    await expect(timeline).toContainText('SMS: Sendt');
    await expectNoA11yViolations(page);
  });

  await test.step('the next call reaches the citizen: first contact is met and the dialogue opens', async () => {
    await logCall(page, 'Talt med borgeren');
    await expect(page.getByText('Første kontakt er opnået, og sagen er i dialog.')).toBeVisible();
    await expect(contact.getByText(/^Første kontakt opnået/)).toBeVisible();
    await expect(contact.getByText('Overholdt', { exact: true })).toBeVisible();
    await expect(timeline).toContainText('Første kontakt');
    await expect(page.locator('.case-heading-tags')).toContainText('I dialog');
    await expectNoA11yViolations(page);
  });

  await test.step('the conversation runs through all six phases, with notes and the root cause', async () => {
    const guide = page.getByRole('region', { name: 'Samtaleguide' });
    await guide.getByRole('button', { name: 'Start tidtagning' }).click();
    for (const [i, [phase, note]] of PHASE_NOTES.entries()) {
      await expect(guide.getByRole('heading', { level: 3, name: phase })).toBeVisible();
      await guide.getByLabel('Noter til fasen').fill(note);
      const next = PHASE_NOTES[i + 1];
      if (next) await guide.getByRole('button', { name: 'Næste fase' }).click();
    }
    await guide.getByLabel('Primær årsag').selectOption({ label: 'Sagsforløbet' });
    await guide.getByRole('checkbox', { name: 'Kommunikationen' }).check();
    await expect(guide.getByText(/^Gemt kl\./)).toBeVisible();
    await expectNoA11yViolations(page);
    await guide.getByRole('button', { name: 'Afslut samtalen' }).click();
    await expect(guide.getByText(/^Samtalen blev afsluttet/)).toBeVisible();
    await expect(timeline).toContainText('Samtale afsluttet');
    await expect(timeline).toContainText('Primær årsag: Sagsforløbet');

    // The notes are kept: opening the case again resumes in the last phase with its note.
    await page.reload();
    await expect(guide.getByLabel('Noter til fasen')).toHaveValue(PHASE_NOTES.at(-1)?.[1] ?? '');
  });

  await test.step('an agreement is made and kept', async () => {
    const agreements = page.getByRole('region', { name: 'Aftaler' });
    await agreements.getByLabel('Hvad er aftalt?').fill(AGREEMENT);
    await agreements.getByLabel('Ansvarlig').selectOption({ label: 'Mette Demo Sørensen' });
    await agreements.getByLabel('Frist').fill(addDays(localDate(new Date()), 5));
    await agreements.getByRole('button', { name: 'Tilføj aftale' }).click();
    await expect(agreements.getByText('Aftalen er tilføjet.')).toBeVisible();
    await expect(page.locator('.case-heading-tags')).toContainText('Aftale');
    await expect(timeline).toContainText('Aftale indgået');
    await expectNoA11yViolations(page);
    await agreements.getByRole('button', { name: /^Markér som overholdt/ }).click();
    await expect(agreements.getByText('Aftalen er markeret som overholdt.')).toBeVisible();
    await expect(timeline).toContainText('Aftale overholdt');
  });

  await test.step('the case is resolved in dialogue, with a reason', async () => {
    const outcome = page.getByRole('region', { name: 'Udfald' });
    await outcome.getByRole('button', { name: 'Løst i dialog' }).click();
    await outcome.getByRole('button', { name: 'Bekræft' }).click();
    // The state machine asks for a reason; the form says so before anything is sent.
    await expect(outcome.getByText('Skriv en begrundelse.')).toBeVisible();
    await expectNoA11yViolations(page);
    await outcome
      .getByLabel('Begrundelse')
      .fill('Borgeren forstår nu afgørelsen og er tilfreds med forklaringen.');
    await outcome.getByRole('button', { name: 'Bekræft' }).click();
    await expect(outcome.getByText('Sagen har nu status "Løst i dialog".')).toBeVisible();
    await expect(page.locator('.case-heading-tags')).toContainText('Løst i dialog');
    await expect(timeline).toContainText('Fra "Aftale" til "Løst i dialog"');
    await expect(outcome.getByRole('button', { name: 'Luk sagen' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('the tracking page tells the citizen in plain Danish', async () => {
    await page.goto(trackingHref);
    await expect(page.getByText(caseNumber)).toBeVisible();
    await expect(page.locator('dt:text-is("Status") + dd')).toHaveText('Løst');
    await expect(page.getByText('Vi talte med dig')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Det har vi aftalt med dig' })).toBeVisible();
    await expect(page.getByText(AGREEMENT)).toBeVisible();
    await expect(page.getByText('Holdt', { exact: true })).toBeVisible();
    await expect(page.getByText('Ny status: Løst')).toBeVisible();
    // The caseworker's reason is for the case history only.
    await expect(page.getByText('tilfreds med forklaringen')).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
});

test('a letter before any call must say why, and the citizen gets a primary contact person', async ({
  page,
}) => {
  // The same citizen with a new complaint: the same words again would be recognised as a resubmission of the
  // first test's complaint and answered with its receipt.
  const letterCitizen = {
    ...citizen,
    description: 'Jeg vil gerne have et brev om, hvorfor min ansøgning blev afvist.',
  };
  const { caseNumber } = await submitComplaint(page, letterCitizen, { checkA11y: true });
  const contact = page.getByRole('region', { name: 'Kontakt med borgeren' });
  const citizenPanel = page.getByRole('region', { name: 'Borgeren' });

  await test.step('the caseworker opens the case', async () => {
    await logIn(page, 'caseworker@koege.demo');
    await page.getByRole('link', { name: caseNumber }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(caseNumber);
  });

  await test.step('choosing a letter first asks why (the method says call first)', async () => {
    const form = contact.getByRole('form', { name: 'Registrér et kontaktforsøg' });
    await form.getByRole('radio', { name: 'Brev', exact: true }).check();
    const reason = form.getByLabel('Hvorfor sendes der brev før et opkald?');
    await expect(reason).toBeVisible();
    await form.getByRole('button', { name: 'Registrér kontaktforsøg' }).click();
    await expect(form.getByText('Skriv, hvorfor der sendes brev, før I har forsøgt at ringe')).toBeVisible();
    await expectNoA11yViolations(page);
    await reason.fill('Borgeren har bedt om kun at blive kontaktet skriftligt.');
    await form.getByRole('button', { name: 'Registrér kontaktforsøg' }).click();
    await expect(contact.getByText('Kontaktforsøget er registreret.')).toBeVisible();
    await expect(page.locator('ol.timeline')).toContainText(
      'Brev før opkald, fordi: Borgeren har bedt om kun at blive kontaktet skriftligt.',
    );
    // A letter is not a conversation: first contact is still to be made.
    await expect(contact.getByText(/^Første kontakt senest/)).toBeVisible();
  });

  await test.step('a primary contact person is assigned to the citizen', async () => {
    await citizenPanel.getByRole('button', { name: 'Skift kontaktperson' }).click();
    await citizenPanel.getByLabel('Primær kontaktperson').selectOption({ label: 'Fatima Demo Jensen' });
    await expectNoA11yViolations(page);
    await citizenPanel.getByRole('button', { name: 'Gem kontaktperson' }).click();
    await expect(citizenPanel.getByText('Den primære kontaktperson er gemt.')).toBeVisible();
    await expect(citizenPanel.locator('dt:text-is("Primær kontaktperson") + dd')).toHaveText(
      'Fatima Demo Jensen',
    );
    await expect(page.locator('ol.timeline')).toContainText('Ny kontaktperson: Fatima Demo Jensen');
    await expectNoA11yViolations(page);
  });

  await test.step('a move the case no longer allows is refused with a clear message', async () => {
    // A colleague withdraws the case in another window while this page still offers "Klagen fastholdes".
    const other = await page.context().newPage();
    await other.goto(page.url());
    const otherOutcome = other.getByRole('region', { name: 'Udfald' });
    await otherOutcome.getByRole('button', { name: 'Trukket tilbage' }).click();
    await otherOutcome.getByLabel('Begrundelse').fill('Borgeren trak klagen tilbage pr. brev.');
    await otherOutcome.getByRole('button', { name: 'Bekræft' }).click();
    await expect(otherOutcome.getByText('Sagen har nu status "Trukket tilbage".')).toBeVisible();
    await other.close();

    const outcome = page.getByRole('region', { name: 'Udfald' });
    await outcome.getByRole('button', { name: 'Klagen fastholdes' }).click();
    await outcome.getByLabel('Begrundelse').fill('Borgeren ønsker det formelle spor.');
    await outcome.getByRole('button', { name: 'Bekræft' }).click();
    await expect(outcome.getByRole('alert')).toHaveText(
      'Sagen kan ikke gå fra "Kontakt forsøgt" til "Klagen fastholdes". Den kan være ændret af en anden, så siden er opdateret.',
    );
    await expect(page.locator('.case-heading-tags')).toContainText('Trukket tilbage');
    await expectNoA11yViolations(page);
  });
});
