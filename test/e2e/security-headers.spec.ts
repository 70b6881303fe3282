// The Content-Security-Policy holds without breaking anything: the staff app and Swagger UI load and work
// in Chromium under their policies, with no violation reported.
import { expect, type Page, test } from '@playwright/test';
import { logIn } from './support/flows.js';

/** Collects every CSP violation the page reports (the event fires for blocked scripts, styles, images…). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test('the staff app runs under its CSP: log in, see the queue, no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await logIn(page, 'caseworker@koege.demo');
  await expect(page.getByRole('table').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('Swagger UI at /api/docs renders the API under its CSP, no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const res = await page.goto('/api/docs');
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByText('Borgerdialog API').first()).toBeVisible();
  await expect(page.locator('.opblock').first()).toBeVisible();
  expect(violations).toEqual([]);
});
