import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { compileSchema } from '../fixtures/json-schema';

/** Engine ids, from the content folder the site was built from. */
export const ENGINE_IDS = readdirSync('content/engines')
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));

/** A test whose page fails on any console error or uncaught exception. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

/** Waits until the page's island has hydrated and read its URL state. */
export const hydrated = (page: Page) => expect(page.locator('[data-ready]')).toBeVisible();

/** The page's axe violations, one line each (rule and elements), for `toEqual([])`. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Also the experimental "label in name" rule (WCAG 2.5.3): a control's accessible name must
  // contain its visible text, which translated labels broke once.
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

export { expect };
