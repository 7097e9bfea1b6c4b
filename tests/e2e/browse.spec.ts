import { ENGINE_IDS, expect, test } from './fixtures';

test('the home page lists every engine and links to its page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Inference Engine Atlas/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare LLM inference engines');
  const rows = page.locator('[data-matrix] tbody tr');
  await expect(rows).toHaveCount(ENGINE_IDS.length);
  await rows
    .filter({ hasText: 'SGLang' })
    .getByRole('link', { name: 'SGLang', exact: true })
    .click();
  await expect(page).toHaveURL(/\/engines\/sglang\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SGLang');
});

test('the engines index shows a card per engine', async ({ page }) => {
  await page.goto('/engines/');
  await expect(page.locator('[data-engine-cards] > li')).toHaveCount(ENGINE_IDS.length);
  await page.getByRole('link', { name: 'llama.cpp' }).click();
  await expect(page).toHaveURL(/\/engines\/llama-cpp\/$/);
});

for (const id of ENGINE_IDS) {
  test(`engine page ${id}: fact sheet with a source on every sourced fact`, async ({ page }) => {
    await page.goto(`/engines/${id}/`);
    for (const group of [
      'overview',
      'hardware',
      'os',
      'features',
      'quantization',
      'interfaces',
      'install',
    ]) {
      await expect(page.locator(`table[data-group="${group}"] caption`)).toBeVisible();
    }
    const sourced = page.locator('tr[data-attribute]').filter({
      has: page.locator('[data-support="yes"], [data-support="partial"], [data-support="plugin"]'),
    });
    const count = await sourced.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      await expect(sourced.nth(i).locator('a[data-source-link]')).toHaveAttribute(
        'href',
        /^https:\/\//,
      );
    }
    await expect(page.locator('[data-scenarios] > li')).toHaveCount(5);
    await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
      'href',
      new RegExp(`content/engines/${id}\\.md$`),
    );
  });
}

test('a source link names the fact it supports for screen readers', async ({ page }) => {
  await page.goto('/engines/vllm/');
  const link = page.locator('tr[data-attribute="hardware.nvidia-cuda"] a[data-source-link]');
  await expect(link).toHaveAccessibleName('source Source for NVIDIA GPU (CUDA)');
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
  page.removeAllListeners('console'); // the browser logs the 404 response itself
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Ollama' }).click();
  await expect(page).toHaveURL(/\/engines\/ollama\/$/);
});

test('an engine page has a table of contents and a link to every fact', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/engines/vllm/#features-prefix-caching');
  const row = page.locator('#features-prefix-caching');
  await expect(row).toBeInViewport();
  await expect(row.locator('[data-fact-link]')).toHaveAttribute('href', '#features-prefix-caching');
  const toc = page.locator('[data-engine-toc]');
  await toc.getByRole('link', { name: 'Operations' }).click();
  await expect(page.locator('#group-operations')).toBeInViewport();
  // Capability pages and report links point at the fact on its engine page.
  await page.goto('/capabilities/features/prefix-caching/');
  await expect(page.locator('[data-engine="vllm"] th a').first()).toHaveAttribute(
    'href',
    '/engines/vllm/#features-prefix-caching',
  );
  const report = decodeURIComponent(
    (await page.locator('[data-engine="vllm"] [data-report]').getAttribute('href'))!,
  );
  expect(report).toContain('/engines/vllm/#features-prefix-caching');
});

test('the read API has a page for people, in both languages, linked from the footer', async ({
  page,
}) => {
  await page.goto('/about/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'API' }).click();
  await expect(page).toHaveURL(/\/api\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Read API');
  for (const path of ['/engines.json', '/engines/{id}.json', '/capabilities/{group}/{key}.json'])
    await expect(page.locator(`[data-endpoint="${path}"]`)).toContainText('curl https://');
  await page.goto('/zh/api/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('只读 API');
});
