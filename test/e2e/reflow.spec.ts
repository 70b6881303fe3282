// Reflow (WCAG 1.4.10): every citizen page reads at 320 CSS pixels without scrolling sideways, and axe finds no
// WCAG 2.1 AA violation there. The pages are the known ones (form, its errors, receipt, tracking, not-found, in
// both languages) plus every page of ours they link to under /, /k/… and /spor/…, so a new page is checked too.
import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.js';

test.use({ viewport: { width: 320, height: 640 } });

// Synthetic citizen: not a real person. A long e-mail address and a long unbroken word, as people do write.
const submission = {
  kind: 'complaint',
  area: 'hjaelpemidler',
  decisionDate: '2026-11-20',
  description:
    'Afslaget på min el-scooter forstår jeg ikke: hjælpemiddelsansøgningsafgørelsesbrevet er uklart.',
  name: 'Testborger Ombrydning',
  phone: '20 30 40 51',
  email: 'testborger.med.en.meget.lang.adresse@eksempel.invalid',
};

async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${String(e.className).replace(/ /g, '.')}`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: wide.slice(0, 5) };
  });
}

/** Fails naming the elements that stick out, so the cause is in the message. */
async function expectReflow(page: Page) {
  const o = await overflow(page);
  expect(o.scrollWidth, `${page.url()} scrolls sideways at 320 px: ${o.wide.join(', ')}`).toBeLessThanOrEqual(
    o.clientWidth,
  );
}

/** Our own pages a page links to: same origin, under /, /k/ or /spor/ (not the staff app or the API). */
async function citizenLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return hrefs
    .map((h) => new URL(h))
    .filter((u) => u.origin === origin && (u.pathname === '/' || /^\/(k|spor)\//.test(u.pathname)))
    .map((u) => `${u.pathname}${u.search}`);
}

test('every citizen page reflows at 320 px and passes axe', async ({ page }) => {
  // Axe on a dozen pages takes a while on a busy machine.
  test.setTimeout(240_000);
  const res = await page.request.post('/api/v1/kommuner/259/cases', { data: submission });
  expect(res.status()).toBe(201);
  const { trackingToken } = (await res.json()) as { trackingToken: string };

  const known = [
    '/k/259/henvendelse',
    '/k/259/henvendelse?lang=en',
    '/k/230/henvendelse',
    `/k/259/kvittering/${trackingToken}`,
    `/k/259/kvittering/${trackingToken}?lang=en`,
    `/spor/${trackingToken}`,
    `/spor/${trackingToken}?lang=en`,
    '/spor/no-such-link',
    '/k/999/henvendelse',
  ];
  const seen = new Set<string>();
  const queue = [...known];
  while (queue.length > 0 && seen.size < 40) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    await test.step(path.replace(trackingToken, '<token>'), async () => {
      const answer = await page.goto(path);
      // A link to something that is not a page (e.g. JSON) is not a citizen page.
      if (!answer?.headers()['content-type']?.includes('text/html')) return;
      await expectReflow(page);
      await expectNoA11yViolations(page);
      for (const link of await citizenLinks(page)) if (!seen.has(link)) queue.push(link);
    });
  }
  expect(seen.size).toBeGreaterThanOrEqual(known.length);

  await test.step('the form with every error shown, in both languages', async () => {
    for (const lang of ['da', 'en']) {
      await page.goto(`/k/259/henvendelse?lang=${lang}`);
      await page.locator('#description').fill('kort');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(page.locator('[data-module="error-summary"]')).toBeVisible();
      await expectReflow(page);
      await expectNoA11yViolations(page);
    }
  });

  await test.step('the receipt of a form sent through the browser, with its tracking link wrapped', async () => {
    await page.goto('/k/259/henvendelse?lang=da');
    await page.getByRole('radio', { name: 'Henvendelse', exact: true }).check();
    await page.getByRole('combobox', { name: 'Område' }).selectOption({ label: 'Hjælpemidler' });
    await page.getByLabel('Beskriv, hvad det handler om').fill(submission.description);
    await page.getByLabel('Dit navn').fill(submission.name);
    await page.getByRole('textbox', { name: /^E-mail/ }).fill(submission.email);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page).toHaveURL(/\/k\/259\/kvittering\//);
    const link = page.locator('a[href*="/spor/"]');
    const box = await link.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(320);
    await expectReflow(page);
    await expectNoA11yViolations(page);
  });
});
