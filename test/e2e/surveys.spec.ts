// The satisfaction survey end to end: a complaint is resolved in dialogue and closed; the survey job queues the
// survey, which lands in the dev mailbox; the citizen follows its link, answers unhappily (no login, a plain
// form); the answer shows on the case, and the team lead reopens the case from the list of unhappy answers.
import { type APIRequestContext, expect, test } from '@playwright/test';
import { addDays, localDate } from '../../src/core/calendar.js';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn } from './support/flows.js';

// Synthetic citizen: not a real person.
const EMAIL = `tilfredshed.${Date.now()}@eksempel.invalid`;

async function token(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const res = await request.post('/api/v1/auth/token', { data: { email, password: 'demo1234' } });
  expect(res.status()).toBe(200);
  return { authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
}

/** A complaint from the public form's API, resolved in dialogue and closed by the caseworker. */
async function closedComplaint(request: APIRequestContext): Promise<string> {
  const created = await request.post('/api/v1/kommuner/259/cases', {
    data: {
      kind: 'complaint',
      area: 'hjaelpemidler',
      decisionDate: addDays(localDate(new Date()), -10),
      description: 'Jeg har fået afslag på en rollator og forstår ikke hvorfor.',
      name: 'Testborger Tilfredshed',
      phone: '20 30 40 77',
      email: EMAIL,
      consent: true,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { caseNumber } = (await created.json()) as { caseNumber: string };
  const headers = await token(request, 'caseworker@koege.demo');
  const step = async (path: string, data: Record<string, unknown>) => {
    const res = await request.post(`/api/v1/cases/${caseNumber}/${path}`, { headers, data });
    expect(res.status(), await res.text()).toBeLessThan(300);
  };
  await step('contact-attempts', { channel: 'phone', result: 'reached' });
  await step('transitions', { to: 'resolved', reason: 'Afgørelsen er forklaret i samtalen.' });
  await step('transitions', { to: 'closed' });
  return caseNumber;
}

/** How many survey answers the team lead's dashboard counts in its default period (the last 12 months). */
async function answersOnDashboard(request: APIRequestContext): Promise<number> {
  const res = await request.get('/api/v1/insight/figures/surveys.satisfaction.overall', {
    headers: await token(request, 'team_lead@koege.demo'),
  });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { total: { count: number } }).total.count;
}

// The e2e server runs with SURVEY_DELAY_MINUTES=0 (playwright.config.ts): the survey goes at the job's next
// run (every minute) rather than an hour after closing.
test('a citizen answers the survey from the dev mailbox; the team lead reopens the unhappy case', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const answersBefore = await answersOnDashboard(request);
  const caseNumber = await closedComplaint(request);

  await test.step('the survey job queues the invitation, which lands in the dev mailbox', async () => {
    const admin = await token(request, 'admin@koege.demo');
    await expect
      .poll(
        async () => {
          const res = await request.get('/api/v1/dev-mailbox', { headers: admin });
          const { items } = (await res.json()) as { items: { recipient: string; subject: string | null }[] };
          return items.some(
            (m) =>
              m.recipient === EMAIL &&
              (m.subject ?? '').includes(caseNumber) &&
              (m.subject ?? '').includes('Hvordan oplevede du'),
          );
        },
        { timeout: 200_000, intervals: [2_000] },
      )
      .toBe(true);
  });

  let link = '';
  await test.step('the admin finds the link in the mailbox', async () => {
    await logIn(page, 'admin@koege.demo');
    await expect(page.getByRole('heading', { level: 1, name: 'Testpostkasse' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: EMAIL }).filter({ hasText: 'Hvordan oplevede du' });
    await row.getByText(/Hvordan oplevede du forløbet/).click();
    const body = (await row.locator('.details-text').textContent()) ?? '';
    link = /https?:\/\/\S+\/undersoegelse\/[A-Za-z0-9_-]+/.exec(body)?.[0] ?? '';
    expect(link).not.toBe('');
    await page.getByRole('button', { name: /Log ud/ }).click();
  });

  await test.step('the citizen answers without logging in; a missing answer is shown at its field', async () => {
    await page.goto(new URL(link).pathname);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Hvordan oplevede du forløbet?' }),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('group', { name: 'Følte du dig hørt?' }).getByLabel('2', { exact: true }).check();
    await page.getByRole('button', { name: 'Send svar' }).click();
    await expect(page.getByRole('alert').getByText('Der er fejl i skemaet')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('group', { name: 'Følte du dig hørt?' }).getByLabel('2', { exact: true }).check();
    await page
      .getByRole('group', { name: 'Forstod du begrundelsen for afgørelsen?' })
      .getByLabel('3', { exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Var forløbet retfærdigt?' })
      .getByLabel('2', { exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Hvor tilfreds er du samlet set?' })
      .getByLabel('1 – slet ikke')
      .check();
    await page.getByRole('group', { name: 'Er du stadig uenig i afgørelsen?' }).getByLabel('Ja').check();
    await page.getByLabel(/Vil du fortælle os mere/).fill('Jeg føler ikke, at nogen lyttede til mig.');
    await page.getByRole('button', { name: 'Send svar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tak for dit svar' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('the survey page reflows at 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step('the answer counts on the team lead’s effect dashboard', async () => {
    expect(await answersOnDashboard(request)).toBe(answersBefore + 1);
    await logIn(page, 'team_lead@koege.demo');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Effekt', exact: true })
      .click();
    const table = page.getByRole('table', { name: 'Samlet tilfredse borgere', exact: true });
    await expect(table.getByRole('row', { name: /^I alt/ })).toContainText(String(answersBefore + 1));
    await expectNoA11yViolations(page);
  });

  await test.step('the team lead sees the unhappy answer and reopens the case, after confirming', async () => {
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Utilfredse svar' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /Utilfredse svar/ })).toBeVisible();
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: `Sag ${caseNumber}` }) });
    await expect(item).toContainText('Jeg føler ikke, at nogen lyttede til mig.');
    await expectNoA11yViolations(page);
    await item.getByLabel('Begrundelse').fill('Vi ringer borgeren op og ser på sagen igen.');
    await item.getByRole('button', { name: 'Genåbn sagen' }).click();
    await expect(item.getByText(`Vil du genåbne sag ${caseNumber}?`)).toBeVisible();
    await expectNoA11yViolations(page);
    await item.getByRole('button', { name: 'Ja, fortsæt' }).click();
    await expect(page.getByText(`Sag ${caseNumber} er genåbnet.`)).toBeVisible();
  });

  await test.step('the answer and the reopening are on the case timeline', async () => {
    await page.goto(`/staff/sager/${caseNumber}`);
    const timeline = page.locator('ol.timeline');
    await expect(timeline).toContainText('Tilfredshedsundersøgelse sendt');
    await expect(timeline).toContainText('Tilfredshedsundersøgelse besvaret');
    await expect(timeline).toContainText('Samlet: 1 (1–5)');
    await expect(timeline).toContainText('Borgeren er stadig uenig i afgørelsen.');
    await expect(timeline).toContainText('Sagen er genåbnet');
    await expect(page.locator('.case-heading-tags')).toContainText('Genåbnet');
    await expectNoA11yViolations(page);
  });
});

test('an analyst reads the pulse results: groups of five or more, a chart with its table, CSV', async ({
  page,
}) => {
  await logIn(page, 'analyst@koege.demo');
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Pulsresultater' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Resultater af medarbejderpulsen' }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Pulsresultater pr. måned og gruppe' });
  await expect(table.getByRole('row', { name: /Hele kommunen/ }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /Linjediagram over andelen/ })).toHaveAttribute(
    'src',
    /^data:image\/svg\+xml/,
  );
  await expectNoA11yViolations(page);

  // Every group shown rests on at least five answers (the third column).
  const counts = await table.locator('tbody tr td:nth-of-type(2)').allTextContents();
  expect(counts.length).toBeGreaterThan(0);
  for (const n of counts) expect(Number(n.replace(/\./g, ''))).toBeGreaterThanOrEqual(5);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent CSV: Pulsresultater pr. måned og gruppe' }).click();
  expect((await download).suggestedFilename()).toBe('medarbejderpuls.csv');

  await page.getByLabel('Fra måned').fill('2026-13');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Der er en fejl i filtrene' })).toBeFocused();
  await expect(page.getByText('Skriv måneden som år og måned, fx 2026-06.').first()).toBeVisible();
  await expectNoA11yViolations(page);

  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
