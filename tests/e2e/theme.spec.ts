import { expect, test } from './fixtures';

test('the theme follows the system setting, and the toggle switches and remembers it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/about/');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(html).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  await toggle.click();
  await expect(html).not.toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await page.reload();
  await expect(html).not.toHaveClass(/dark/);
});

test('the theme is set before first paint (no flash)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // Record the class at the moment <body> is inserted: before any of the page can be painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      document.documentElement.dataset.classAtBody = document.documentElement.className || 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-class-at-body', /dark/);
});
