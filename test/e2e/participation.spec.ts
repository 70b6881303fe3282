// Participation end to end: staff create and open a process (API), a citizen finds it from the kommune home and
// contributes through the form without an account, staff approve, group and answer it and close the process,
// the contributor's answer is in the dev mailbox, and the public page shows the result. axe on every page.
import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.js';

async function token(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const res = await request.post('/api/v1/auth/token', { data: { email, password: 'demo1234' } });
  expect(res.status()).toBe(200);
  return { authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
}

test('a hearing states its room for influence, and every contributor gets an answer', async ({
  page,
  request,
}) => {
  const staff = await token(request, 'caseworker@koege.demo');
  const today = new Date().toISOString().slice(0, 10);
  const created = await request.post('/api/v1/participation', {
    headers: staff,
    data: {
      title: 'Bænke ved havnen',
      question: 'Hvor skal de nye bænke stå?',
      influence: 'Hvor bænkene placeres langs havnen.',
      decided: 'Byrådet har besluttet, at der kommer ti nye bænke i 2027.',
      channels: 'online',
      phases: [{ kind: 'hearing', startsOn: today, endsOn: '2099-12-31' }],
      hearingEndsOn: '2099-12-31',
    },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  expect((await request.post(`/api/v1/participation/${id}/open`, { headers: staff })).status()).toBe(200);

  // The citizen: from the kommune home to the list, to the process, to the form.
  await page.goto('/k/259');
  await page.getByRole('link', { name: 'Se høringer og borgerinddragelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Høringer og borgerinddragelse' })).toBeVisible();
  // Each demo kommune has an open and a closed process.
  await expect(page.getByRole('link', { name: 'Ny legeplads i bydelsparken' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Trafiksikker skolevej ved Østre Skole' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: 'Bænke ved havnen' }).click();
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings[0]).toBe('Det kan du få indflydelse på');
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Send dit bidrag' }).click();
  await expect(page.getByRole('alert')).toContainText('Skriv dit bidrag');
  await expectNoA11yViolations(page);
  await page.getByLabel('Dit bidrag').fill('En bænk med udsigt over vandet ved færgelejet.');
  await page.getByLabel(/Din e-mail/).fill('havn.e2e@eksempel.invalid');
  await page.getByRole('button', { name: 'Send dit bidrag' }).click();
  await expect(page.getByRole('status')).toContainText('Tak for dit bidrag');
  await expectNoA11yViolations(page);

  // Staff: approve, group, answer, close.
  const detail = (await (await request.get(`/api/v1/participation/${id}`, { headers: staff })).json()) as {
    contributions: { id: string }[];
  };
  const [c] = detail.contributions;
  expect(c).toBeDefined();
  const refused = await request.post(`/api/v1/participation/${id}/close`, { headers: staff });
  expect(refused.status()).toBe(409);
  await request.post(`/api/v1/participation/${id}/contributions/${c!.id}/moderation`, {
    headers: staff,
    data: { decision: 'approved' },
  });
  const group = await request.post(`/api/v1/participation/${id}/groups`, {
    headers: staff,
    data: { title: 'Bænke ved vandet', contributionIds: [c!.id] },
  });
  const groupId = ((await group.json()) as { id: string }).id;
  const answered = await request.post(`/api/v1/participation/${id}/groups/${groupId}/answer`, {
    headers: staff,
    data: { outcome: 'adopted', text: 'Der kommer to bænke ved færgelejet.' },
  });
  expect(answered.status()).toBe(200);
  expect((await request.post(`/api/v1/participation/${id}/close`, { headers: staff })).status()).toBe(200);

  // The answer reaches the contributor (the dev mailbox stands in for the mail server).
  const admin = await token(request, 'admin@koege.demo');
  await expect
    .poll(
      async () => {
        const box = (await (await request.get('/api/v1/dev-mailbox', { headers: admin })).json()) as {
          items: { recipient: string; body: string }[];
        };
        return box.items.find((m) => m.recipient === 'havn.e2e@eksempel.invalid')?.body ?? '';
      },
      { timeout: 30_000 },
    )
    .toContain('Der kommer to bænke ved færgelejet.');

  await page.goto(`/k/259/deltag/${id}`);
  await expect(page.getByRole('heading', { level: 3, name: 'Bænke ved vandet' })).toBeVisible();
  await expect(page.getByText('Vedtaget.')).toBeVisible();
  await expect(page.getByText('En bænk med udsigt over vandet ved færgelejet.')).toBeVisible();
  await expect(page.getByText('havn.e2e@eksempel.invalid')).toHaveCount(0);
  await expect(page.getByText('Forløbet tager ikke imod bidrag lige nu.')).toBeVisible();
  await expectNoA11yViolations(page);
});
