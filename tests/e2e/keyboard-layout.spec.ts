import type { Page } from '@playwright/test';
import { axeViolations, ENGINE_IDS, expect, test } from './fixtures';

const NOT_FOUND = '/no-such-page/';
const PAGE_TYPES = [
  '/',
  '/engines/',
  '/engines/vllm/',
  '/compare/sglang-vs-vllm/',
  '/compare/?engines=vllm,sglang,ollama',
  '/guide/?hardware=nvidia-cuda&workload=serving',
  '/about/',
  '/capabilities/',
  '/capabilities/hardware/huawei-ascend/',
  NOT_FOUND,
];
const ALL_PAGES = [
  '/',
  '/engines/',
  ...ENGINE_IDS.map((id) => `/engines/${id}/`),
  '/about/',
  '/capabilities/',
  '/capabilities/features/prefix-caching/',
  '/api/',
  '/zh/api/',
  NOT_FOUND,
];

async function open(page: Page, path: string) {
  // The browser logs the 404 response of the not-found page as a console error; that one is expected.
  if (path.endsWith(NOT_FOUND)) page.removeAllListeners('console');
  await page.goto(path);
}

test('the skip link is the first tab stop and moves focus to the content', async ({ page }) => {
  await page.goto('/engines/vllm/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(focusedInMain).toBe(true);
});

for (const path of ALL_PAGES) {
  test(`${path} does not scroll sideways at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await open(page, path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

for (const path of PAGE_TYPES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('the axe gate reports violations on a deliberately broken page', async ({ page }) => {
  await page.goto('/about/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><button></button>');
  });
  const rules = (await axeViolations(page)).map((line) => line.split(':')[0]);
  expect(rules).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
});

for (const path of ['/', '/zh/']) {
  test(`${path} on a phone shows engine rows and the way to the guide on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await expect(page.locator('[data-guide-pointer] a')).toBeInViewport();
    const firstRow = page.locator('[data-matrix] tbody tr').first();
    const box = await firstRow.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  });
}

test('the header keeps every link on screen on a phone and stays one row from 1024 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/capabilities/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const link of await nav.getByRole('link').all()) await expect(link).toBeInViewport();
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const banner = page.getByRole('banner');
    const title = banner.getByRole('link', { name: 'Inference Engine Atlas' });
    const theme = banner.locator('#theme-toggle');
    // One row: the title and the last control share a line.
    const [a, b] = [await title.boundingBox(), await theme.boundingBox()];
    expect(Math.abs(a!.y + a!.height / 2 - (b!.y + b!.height / 2))).toBeLessThan(12);
  }
});
