// The conversation guide and the agreements panel end to end: notes through all six phases are autosaved and
// found again after a reload (resume mid-call), the root cause is kept, and an agreement is validated in
// Danish, added and marked as kept.
import { expect, type Page, test } from '@playwright/test';
import { addDays, localDate } from '../../src/core/calendar.js';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn, submitComplaint, type TestCitizen } from './support/flows.js';

// Synthetic citizen: not a real person.
const citizen: TestCitizen = {
  name: 'Testborger Samtaleguide',
  phone: '20 30 40 52',
  email: 'samtale@eksempel.invalid',
  description: 'Jeg har fået afslag på en kørestol og har ventet længe uden at høre noget.',
};

const PHASES = [
  'Åbning og ramme',
  'Borgerens fortælling',
  'Hvad handler det om?',
  'Forklar afgørelse og proces',
  'Muligheder sammen',
  'Aftale og opfølgning',
];

async function newAssignedCase(page: Page): Promise<string> {
  const { caseNumber } = await submitComplaint(page, citizen);
  await logIn(page, 'caseworker@koege.demo');
  await page.getByRole('link', { name: caseNumber }).click();
  await page.getByRole('button', { name: 'Tildel mig' }).click();
  await expect(page.getByText(`Sag ${caseNumber} er tildelt dig.`)).toBeVisible();
  return caseNumber;
}

test('the conversation guide autosaves notes in every phase, resumes after a reload and records agreements', async ({
  page,
}) => {
  await newAssignedCase(page);
  const guide = page.getByRole('region', { name: 'Samtaleguide' });
  const notes = guide.getByLabel('Noter til fasen');
  const saved = guide.getByRole('status').filter({ hasText: /^Gemt kl\. \d\d\.\d\d$/ });

  await test.step('the caseworker times the call and writes notes through all six phases', async () => {
    await expect(guide.getByRole('button', { name: PHASES[0], exact: true })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await expectNoA11yViolations(page);
    await guide.getByRole('button', { name: 'Start tidtagning' }).click();
    for (const [i, phase] of PHASES.entries()) {
      await expect(guide.getByRole('heading', { level: 3, name: phase })).toBeVisible();
      await notes.fill(`Synthetic note ${i + 1}: ${phase}`);
      if (i < PHASES.length - 1) await guide.getByRole('button', { name: 'Næste fase' }).click();
    }
    await expect(guide.getByRole('button', { name: 'Næste fase' })).toBeHidden();
    await expect(saved).toBeVisible();
  });

  await test.step('the root cause is one primary and optional others, never the primary twice', async () => {
    await guide.getByLabel('Primær årsag').selectOption({ label: 'Ventetid' });
    await expect(guide.getByRole('checkbox', { name: 'Ventetid' })).toHaveCount(0);
    await guide.getByRole('checkbox', { name: 'Kommunikationen' }).check();
    await guide.getByRole('button', { name: 'Sæt tidtagning på pause' }).click();
    await expect(saved).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('after a reload the guide resumes in the last phase with every note and the causes', async () => {
    await page.reload();
    await expect(guide.getByRole('button', { name: PHASES[5], exact: true })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await expect(notes).toHaveValue(`Synthetic note 6: ${PHASES[5]}`);
    await guide.getByRole('button', { name: PHASES[1], exact: true }).click();
    await expect(notes).toHaveValue(`Synthetic note 2: ${PHASES[1]}`);
    await expect(guide.getByLabel('Primær årsag')).toHaveValue('waiting_time');
    await expect(guide.getByRole('checkbox', { name: 'Kommunikationen' })).toBeChecked();
    await expect(guide.locator('time').first()).not.toHaveText('0:00');
    await expectNoA11yViolations(page);
  });

  await test.step('a save from a stale window is refused, and the latest version can be loaded', async () => {
    const other = await page.context().newPage();
    await other.goto(page.url());
    const otherGuide = other.getByRole('region', { name: 'Samtaleguide' });
    await otherGuide.getByLabel('Noter til fasen').fill('Skrevet i et andet vindue');
    await expect(otherGuide.getByRole('status').filter({ hasText: /^Gemt kl\./ })).toBeVisible();
    await other.close();

    await notes.fill('Skrevet i det gamle vindue');
    await expect(guide.getByRole('alert')).toContainText('Samtalen er gemt fra et andet vindue.');
    await expectNoA11yViolations(page);
    await guide.getByRole('button', { name: 'Hent den nyeste udgave' }).click();
    await expect(guide.getByRole('alert')).toBeHidden();
    await expect(notes).toHaveValue('Skrevet i et andet vindue');
  });

  const panel = page.getByRole('region', { name: 'Aftaler' });
  await test.step('an agreement without what, owner and due date is refused in Danish', async () => {
    await expect(panel.getByText('Der er ingen aftaler på sagen endnu.')).toBeVisible();
    await panel.getByRole('button', { name: 'Tilføj aftale' }).click();
    const summary = panel.getByRole('alert');
    await expect(summary).toContainText('Skriv, hvad der er aftalt.');
    await expect(summary).toContainText('Vælg, hvem der er ansvarlig for aftalen.');
    await expect(summary).toContainText('Vælg en frist.');
    await expectNoA11yViolations(page);
  });

  await test.step('an agreement is added, reminded before its due date, and marked as kept', async () => {
    const what = 'Vi sender borgeren en status på ansøgningen';
    await panel.getByLabel('Hvad er aftalt?').fill(what);
    await panel.getByLabel('Ansvarlig').selectOption({ label: 'Borgeren' });
    await panel.getByLabel('Frist').fill(addDays(localDate(new Date()), 7));
    await panel.getByRole('button', { name: 'Tilføj aftale' }).click();
    await expect(panel.getByText('Aftalen er tilføjet.')).toBeVisible();
    const row = panel.getByRole('row', { name: new RegExp(what) });
    await expect(row).toContainText('Borgeren');
    await expect(row).toContainText('Åben');
    await expect(row).toContainText('Ikke sendt');
    await expectNoA11yViolations(page);
    await row.getByRole('button', { name: /^Markér som overholdt/ }).click();
    await expect(panel.getByText('Aftalen er markeret som overholdt.')).toBeVisible();
    await expect(row).toContainText('Overholdt');
    await expectNoA11yViolations(page);
  });
});
