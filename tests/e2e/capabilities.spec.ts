import { CAPABILITIES } from '../../src/registry/attributes';
import { ENGINE_IDS, expect, hydrated, test } from './fixtures';

test('every registry key has a capability page in both languages', async ({ request }) => {
  for (const { group, key } of CAPABILITIES) {
    for (const prefix of ['', '/zh']) {
      const response = await request.get(`${prefix}/capabilities/${group}/${key}/`);
      expect(response.status(), `${prefix}/capabilities/${group}/${key}/`).toBe(200);
    }
  }
});

test('a capability page lists every engine by level, with a summary that adds up', async ({
  page,
}) => {
  await page.goto('/capabilities/hardware/huawei-ascend/');
  await expect(page).toHaveTitle(/^Huawei Ascend NPU: which LLM inference engines support it/);
  const rows = page.locator('tr[data-engine]');
  await expect(rows).toHaveCount(ENGINE_IDS.length);
  const yes = await page.locator('[data-level="yes"] tr[data-engine]').count();
  const more =
    (await page.locator('[data-level="partial"] tr[data-engine]').count()) +
    (await page.locator('[data-level="plugin"] tr[data-engine]').count());
  await expect(page.locator('[data-capability-summary]')).toContainText(
    `Supported by ${yes} of ${ENGINE_IDS.length} engines; ${more} more partially or through a plugin.`,
  );
  // Levels are headed by icon and text, best first.
  const levels = await page
    .locator('[data-level]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-level')));
  const order = ['yes', 'plugin', 'partial', 'no', 'unknown'];
  expect([...levels].sort((a, b) => order.indexOf(a!) - order.indexOf(b!))).toEqual(levels);
  expect(await page.locator('script[type="module"], astro-island').count()).toBe(0);
});

test('"show in the matrix" opens the matrix filtered by the capability at any level', async ({
  page,
}) => {
  await page.goto('/zh/capabilities/hardware/huawei-ascend/');
  const partialOrBetter = await page
    .locator('[data-level="yes"], [data-level="plugin"], [data-level="partial"]')
    .locator('tr[data-engine]')
    .count();
  await page.locator('[data-show-in-matrix]').click();
  await expect(page).toHaveURL(/\/zh\/\?hardware=huawei-ascend&level=any$/);
  await hydrated(page);
  await expect(page.locator('[data-matrix] tbody tr')).toHaveCount(partialOrBetter);
});

test('attribute names on fact sheets and pair pages link to their capability page', async ({
  page,
}) => {
  await page.goto('/engines/vllm/');
  await page.locator('tr[data-attribute="features.prefix-caching"] th a').first().click();
  await expect(page).toHaveURL(/\/capabilities\/features\/prefix-caching\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prefix caching');
  await page.goto('/compare/sglang-vs-vllm/');
  await page.locator('tr[data-attribute="operations.kubernetes"] th a').click();
  await expect(page).toHaveURL(/\/capabilities\/operations\/kubernetes\/$/);
});

test('the capability index reaches every capability from the header', async ({ page }) => {
  await page.goto('/zh/');
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '能力' })
    .click();
  await expect(page).toHaveURL(/\/zh\/capabilities\/$/);
  await expect(page.locator('[data-capability]')).toHaveCount(CAPABILITIES.length);
});
