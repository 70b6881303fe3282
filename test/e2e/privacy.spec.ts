// The administrator's data-protection page: the retention dry run, then a citizen's access request downloaded
// and an erasure refused with the reason while the case is open. Checked with axe.
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn } from './support/flows.js';

test('the admin sees what retention would do, exports a citizen’s data and is told why it must be kept', async ({
  page,
  request,
}) => {
  const res = await request.post('/api/v1/kommuner/259/cases', {
    data: {
      kind: 'inquiry',
      area: 'hjaelpemidler',
      description: 'Hvornår får jeg svar på min ansøgning om en rollator?',
      name: 'Testborger Indsigt',
      email: 'indsigt.e2e@eksempel.invalid',
      consent: true,
    },
  });
  expect(res.status()).toBe(201);
  const { caseNumber } = (await res.json()) as { caseNumber: string };

  await test.step('the page shows the retention period and what is due, changing nothing', async () => {
    await logIn(page, 'admin@koege.demo');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Databeskyttelse' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Databeskyttelse' })).toBeVisible();
    await expect(page.getByText('Opbevaringsperiode: 5 år og 0 måneder fra lukningen.')).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('the citizen is found by case number and the access report downloads', async () => {
    await page.getByRole('textbox', { name: /^Sagsnummer/ }).fill(caseNumber);
    await page.getByRole('button', { name: 'Find borgeren' }).click();
    await expect(page.getByText('Testborger Indsigt')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent indsigt (JSON)' }).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(data.citizen.name).toBe('Testborger Indsigt');
    expect(data.cases[0].caseNumber).toBe(caseNumber);
    await expect(page.getByText('Indsigten er hentet som fil.')).toBeVisible();
  });

  await test.step('erasure of an open case is refused, with the reason', async () => {
    await page.getByRole('button', { name: 'Slet, hvor loven tillader det' }).click();
    await expect(page.getByText('Borgerens oplysninger kan ikke slettes endnu')).toBeVisible();
    await expect(page.getByText(/Sagen er ikke afsluttet/)).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
