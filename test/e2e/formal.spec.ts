// The formal track in the browser: a maintained complaint is re-assessed (upheld), forwarded to the appeals body
// with its case bundle — the conversation notes ticked in first — and the appeals body's result recorded, all by
// clicking on the case page. The deadlines shown are the pure core's (klagefrist, re-assessment due), the bundle
// downloads as a PDF holding what was chosen, the outcome buttons offer no way round the bundle, the re-assessment
// or the appeal result, and the timeline has every step once. A case sent back and forwarded again keeps both
// bundles, listed on the case. No axe violations on any page visited.
import { expect, type Page, test } from '@playwright/test';
import { addDays, DEFAULT_CALENDAR_RULES, localDate } from '../../src/core/calendar.js';
import { formalDeadlines } from '../../src/core/formal.js';
import { formatDate } from '../../src/i18n/format.js';
import { pdfText } from '../support/pdf-text.js';
import { expectNoA11yViolations } from './support/axe.js';
import { logIn } from './support/flows.js';

const REASONING = 'Vi har set på sagen igen. Lægens udtalelse viser ikke et behov for en el-kørestol.';
const NOTE = 'Borgeren fortalte, at trappen til opgangen er svær at komme op ad.';

async function token(request: Page['request'], email: string) {
  const res = await request.post('/api/v1/auth/token', { data: { email, password: 'demo1234' } });
  expect(res.status()).toBe(200);
  return { authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
}

test('a maintained complaint is re-assessed, forwarded with its bundle and decided, all in the browser', async ({
  page,
  request,
}) => {
  const today = localDate(new Date());
  const decisionDate = addDays(today, -7);

  // A phone complaint registered by reception and maintained by the caseworker after a talk, with notes.
  const reception = await token(request, 'reception@koege.demo');
  const created = await request.post('/api/v1/staff/cases', {
    headers: reception,
    data: {
      kind: 'complaint',
      area: 'hjaelpemidler',
      channel: 'phone',
      decisionDate,
      description: 'Jeg er uenig i afslaget på en el-kørestol.',
      name: 'Testborger Klagesporsen',
      phone: '20 30 40 66',
    },
  });
  expect(created.status()).toBe(201);
  const { caseNumber } = (await created.json()) as { caseNumber: string };
  const cw = await token(request, 'caseworker@koege.demo');
  const api = (method: 'post' | 'put', path: string, data: object) =>
    request[method](`/api/v1/cases/${caseNumber}/${path}`, { headers: cw, data });
  const maintained = await api('post', 'transitions', {
    to: 'maintained',
    reason: 'Borgeren fastholder klagen efter samtalen.',
  });
  expect(maintained.status()).toBe(200);
  expect((await api('put', 'conversation', conversation())).status()).toBe(200);
  const detail = await request.get(`/api/v1/cases/${caseNumber}`, { headers: cw });
  const receivedOn = ((await detail.json()) as { receivedOn: string }).receivedOn;

  // What the case page must show, from the pure rules: delivery unknown counts as physical post.
  const expected = formalDeadlines(
    { decisionDate, delivery: 'unknown', properGuidance: true },
    receivedOn,
    DEFAULT_CALENDAR_RULES,
  );
  expect(expected.complaintLate).toBe(false);
  const formal = page.getByRole('region', { name: 'Formelt klagespor' });
  const timeline = page.locator('ol.timeline');

  await test.step('the case page shows the klagefrist and the re-assessment deadline', async () => {
    await logIn(page, 'caseworker@koege.demo');
    await expect(page.getByRole('link', { name: 'Sager' }).first()).toBeVisible();
    await page.goto(`/staff/sager/${caseNumber}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(caseNumber);
    await expect(formal).toBeVisible();
    await expect(formal.locator(`time[datetime="${expected.complaintDeadline}"]`)).toHaveText(
      formatDate(expected.complaintDeadline ?? '', 'da'),
    );
    await expect(formal.locator(`time[datetime="${expected.reassessmentDue}"]`)).toHaveText(
      formatDate(expected.reassessmentDue ?? '', 'da'),
    );
    await expect(formal.getByText('Klagefrist')).toBeVisible();
    await expect(formal.getByText('Genvurdering senest')).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('the caseworker puts the conversation notes in the bundle, by keyboard', async () => {
    const notes = formal.getByRole('checkbox', {
      name: 'Tag notatet fra samtalen med borgeren med i sagsakterne',
    });
    await expect(notes).not.toBeChecked();
    await notes.focus();
    await page.keyboard.press('Space');
    await expect(
      formal.getByRole('status').getByText('Notatet fra samtalen kommer med i sagsakterne.'),
    ).toBeVisible();
    await expect(notes).toBeChecked();
    await expectNoA11yViolations(page);
  });

  await test.step('the re-assessment is recorded as upheld, once on the timeline', async () => {
    await formal.getByRole('radio', { name: 'Fastholdt', exact: true }).check();
    await formal.getByLabel('Begrundelse', { exact: true }).fill(REASONING);
    await formal.getByRole('button', { name: 'Registrér genvurderingen' }).click();
    await expect(formal.getByText('Genvurderingen er registreret: fastholdt.').first()).toBeVisible();
    await expect(formal.getByText(REASONING)).toBeVisible();
    await expect(timeline.getByText('Genvurdering afsluttet', { exact: true })).toHaveCount(1);
    await expect(timeline.getByText('Genvurderingens resultat er registreret')).toHaveCount(0);
    // The outcome buttons offer no forwarding without the bundle; only the formal track's own form does. Nor a
    // way to close it as changed round the formal track's re-assessment: withdrawing is the one outcome left.
    const outcome = page.getByRole('region', { name: 'Udfald' });
    await expect(outcome.getByRole('button')).toHaveText(['Trukket tilbage']);
    // Its confirmation asks for the reason only: no result is chosen on the outcome path.
    await outcome.getByRole('button', { name: 'Trukket tilbage' }).click();
    await expect(outcome.getByLabel('Begrundelse', { exact: true })).toBeVisible();
    await expect(outcome.getByRole('radio')).toHaveCount(0);
    await outcome.getByRole('button', { name: 'Fortryd' }).click();
    await expect(outcome.getByRole('button')).toHaveText(['Trukket tilbage']);
    await expect(formal.getByLabel('Klageinstans', { exact: true })).toHaveValue('Ankestyrelsen');
    await expectNoA11yViolations(page);
  });

  await test.step('the case is forwarded with its bundle, downloadable as a PDF', async () => {
    await formal.getByRole('button', { name: 'Send sagen til klageinstansen' }).click();
    const done = `Sendt til Ankestyrelsen den ${formatDate(today, 'da')}.`;
    await expect(formal.getByText(done).first()).toBeVisible();
    const link = formal.getByRole('link', { name: 'Hent sagsakterne (PDF)' });
    await expect(link).toBeVisible();
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/v1/cases/${caseNumber}/bundle.pdf`);
    // The browser's own session downloads it.
    const pdf = await page.request.get(href ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const text = (await pdfText(await pdf.body())).join('\n');
    for (const part of [
      'Til: Ankestyrelsen',
      'Følgebrev',
      'Notat fra samtalen med borgeren',
      'Genvurdering',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain('trappen til opgangen');
    await expect(timeline.getByText('Sendt til klageinstansen', { exact: true })).toHaveCount(1);
    await expect(timeline.getByText('Sagsakterne er samlet til klageinstansen')).toHaveCount(1);
    await expect(timeline.getByText('Genvurdering afsluttet', { exact: true })).toHaveCount(1);
    // The appeals body's result is recorded only on the formal track: no outcome button records it.
    const outcome = page.getByRole('region', { name: 'Udfald' });
    await expect(outcome.getByText('Der er ingen udfald at vælge i sagens nuværende status.')).toBeVisible();
    await expect(outcome.getByRole('button')).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  await test.step("the appeals body's result is recorded", async () => {
    await formal.getByRole('radio', { name: 'Stadfæstet', exact: true }).check();
    await formal.getByLabel('Dato for afgørelsen').fill(today);
    await formal.getByRole('button', { name: 'Registrér afgørelsen' }).click();
    await expect(
      formal.getByText(`Klageinstansens afgørelse: Stadfæstet (${formatDate(today, 'da')}).`).first(),
    ).toBeVisible();
    await expect(formal.getByRole('button', { name: 'Registrér afgørelsen' })).toHaveCount(0);
    await expect(timeline.getByText('Klageinstansens afgørelse registreret')).toHaveCount(1);
    for (const step of ['Genvurdering startet', 'Genvurdering afsluttet', 'Sendt til klageinstansen']) {
      await expect(timeline.getByText(step, { exact: true })).toHaveCount(1);
    }
    await expectNoA11yViolations(page);
  });
});

test('a case sent back is re-assessed and forwarded again, and both bundles stay on the case', async ({
  page,
  request,
}) => {
  const today = localDate(new Date());
  const reception = await token(request, 'reception@koege.demo');
  const created = await request.post('/api/v1/staff/cases', {
    headers: reception,
    data: {
      kind: 'complaint',
      area: 'hjaelpemidler',
      channel: 'phone',
      decisionDate: addDays(today, -5),
      description: 'Jeg er uenig i afslaget på en badebænk.',
      name: 'Testborger Hjemvisen',
      phone: '20 30 40 67',
    },
  });
  expect(created.status()).toBe(201);
  const { caseNumber } = (await created.json()) as { caseNumber: string };
  const cw = await token(request, 'caseworker@koege.demo');
  const step = async (path: string, data: object) => {
    const res = await request.post(`/api/v1/cases/${caseNumber}/${path}`, { headers: cw, data });
    expect(res.status(), await res.text()).toBe(200);
  };
  // The first round, by the API: maintained, upheld, forwarded to Byggeklageenheden, sent back.
  await step('transitions', { to: 'maintained', reason: 'Borgeren fastholder klagen.' });
  await step('reassessment', {
    result: 'upheld',
    reasoning: 'Første genvurdering: afgørelsen står ved magt.',
  });
  await step('forwarding', { appealBody: 'Byggeklageenheden' });
  await step('appeal-result', { result: 'sent_back', decidedOn: today });
  const formal = page.getByRole('region', { name: 'Formelt klagespor' });

  await test.step('the second round is re-assessed and forwarded in the browser', async () => {
    await logIn(page, 'caseworker@koege.demo');
    await expect(page.getByRole('link', { name: 'Sager' }).first()).toBeVisible();
    await page.goto(`/staff/sager/${caseNumber}`);
    await expect(formal.getByText('Genvurdering nr. 2 (sagen er hjemvist)')).toBeVisible();
    await expect(
      formal.getByText('Der er ingen samtale på sagen, så der er intet notat at tage med.'),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await formal.getByRole('radio', { name: 'Delvist omgjort', exact: true }).check();
    await formal
      .getByLabel('Begrundelse', { exact: true })
      .fill('Anden genvurdering: borgeren får delvist medhold.');
    await formal.getByRole('button', { name: 'Registrér genvurderingen' }).click();
    await expect(formal.getByRole('button', { name: 'Send sagen til klageinstansen' })).toBeVisible();
    // The body it went to last time is filled in; this time the caseworker sends it to Ankestyrelsen.
    const body = formal.getByLabel('Klageinstans', { exact: true });
    await expect(body).toHaveValue('Byggeklageenheden');
    await body.fill('Ankestyrelsen');
    await formal.getByRole('button', { name: 'Send sagen til klageinstansen' }).click();
    await expect(formal.getByRole('heading', { name: 'Sendte sagsakter' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('both bundles are listed and each downloads as sent', async () => {
    const date = formatDate(today, 'da');
    const first = formal.getByRole('link', {
      name: `Sagsakter 1: sendt til Byggeklageenheden den ${date} (PDF)`,
    });
    const second = formal.getByRole('link', {
      name: `Sagsakter 2: sendt til Ankestyrelsen den ${date} (PDF)`,
    });
    await expect(first).toHaveAttribute('href', `/api/v1/cases/${caseNumber}/bundle.pdf?version=1`);
    await expect(second).toHaveAttribute('href', `/api/v1/cases/${caseNumber}/bundle.pdf?version=2`);
    const text = async (href: string | null) =>
      (await pdfText(await (await page.request.get(href ?? '')).body())).join('\n');
    const one = await text(await first.getAttribute('href'));
    expect(one).toContain('Til: Byggeklageenheden');
    expect(one).toContain('Første genvurdering');
    expect(one).not.toContain('Anden genvurdering');
    const two = await text(await second.getAttribute('href'));
    expect(two).toContain('Til: Ankestyrelsen');
    expect(two).toContain('Anden genvurdering');
  });
});

function conversation() {
  return {
    currentPhase: 'story',
    notes: { story: NOTE },
    rootCause: null,
    secondaryCauses: [],
    elapsedSeconds: 120,
  };
}
