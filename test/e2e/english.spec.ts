// English is complete, not a fallback: a citizen switches the public form to English and files an inquiry; a
// caseworker switches the staff app to English and works the case. Every page in English passes axe too.
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.js';

// Synthetic citizen: not a real person.
const citizen = {
  name: 'Test Citizen English',
  email: 'english.citizen@eksempel.invalid',
  description: 'I asked about my housing benefit three weeks ago and have not heard anything since.',
};

test('a citizen files an inquiry in English and a caseworker works it in the English staff app', async ({
  page,
}) => {
  let caseNumber = '';

  await test.step('the citizen switches the form to English', async () => {
    await page.goto('/k/259/henvendelse');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Send a complaint or an inquiry');
    await expectNoA11yViolations(page);
  });

  await test.step('an empty submit explains every missing field in English', async () => {
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByText('The form has errors. Please correct the fields below.')).toBeVisible();
    await expect(page.getByText('Enter your name.').first()).toBeVisible();
    await expect(
      page.getByText('Enter a phone number or an e-mail address so we can contact you.').first(),
    ).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step('the inquiry is sent and the receipt is in English', async () => {
    await page.getByRole('radio', { name: 'Inquiry', exact: true }).check();
    await page.getByRole('combobox', { name: 'Area' }).selectOption({ label: 'Hjælpemidler' });
    await page.getByLabel('Describe what it is about').fill(citizen.description);
    await page.getByLabel('Your name').fill(citizen.name);
    await page.getByRole('textbox', { name: /^E-mail/ }).fill(citizen.email);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Thank you – we have received your inquiry',
    );
    await expect(page.getByText(/We will call you no later than \w+day \d{1,2} \w+ \d{4}\./)).toBeVisible();
    caseNumber =
      (
        await page
          .getByText(/259-\d{4}-\d{6}/)
          .first()
          .textContent()
      )?.match(/259-\d{4}-\d{6}/)?.[0] ?? '';
    expect(caseNumber).toMatch(/^259-\d{4}-\d{6}$/);
    await expectNoA11yViolations(page);
  });

  await test.step('a caseworker switches the staff app to English and opens the case', async () => {
    await page.goto('/staff/login');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoA11yViolations(page);
    await page.getByLabel('E-mail').fill('caseworker@koege.demo');
    await page.getByLabel('Password').fill('demo1234');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('link', { name: caseNumber }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Case ${caseNumber}`);
    await expect(page.getByText(citizen.description)).toBeVisible();
    await page.getByRole('button', { name: 'Assign to me' }).click();
    await expect(page.getByRole('button', { name: 'Assign to me' })).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
});
