// Accessibility check for end-to-end tests: WCAG 2.1 A and AA by axe-core (the product promises WCAG 2.1 AA).
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails with one readable line per violation: rule id, impact, what it means, and the offending elements. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const lines = violations.map((v) => {
    const targets = v.nodes.map((n) => n.target.join(' ')).join(', ');
    return `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${targets}`;
  });
  expect(lines, `axe found WCAG 2.1 AA violations on ${page.url()}`).toEqual([]);
}
