import { devices } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

test.use({ ...devices['Pixel 5'] });

test('on a touch screen a tap on a cell opens its note with its source, without leaving', async ({
  page,
}) => {
  await page.goto('/?engines=vllm');
  await hydrated(page);
  const mark = page.locator(
    'tr[data-engine="vllm"] td[data-col="hardware.nvidia-cuda"] a.cell-mark',
  );
  // The note arrives with the cell details, fetched after hydration.
  await expect(mark).toHaveAttribute('data-tip', /.+/);
  const href = await mark.getAttribute('href');
  await mark.tap();
  const popover = page.locator('[data-cell-popover]');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText((await mark.getAttribute('data-tip'))!);
  await expect(popover.getByRole('link', { name: 'Open the source' })).toHaveAttribute(
    'href',
    href!,
  );
  expect(new URL(page.url()).pathname).toBe('/');
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});
