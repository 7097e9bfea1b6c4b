import { axeViolations, ENGINE_IDS, expect, hydrated, test } from './fixtures';

const ROUTES = [
  '/',
  '/engines/',
  ...ENGINE_IDS.map((id) => `/engines/${id}/`),
  '/compare/',
  '/compare/sglang-vs-vllm/',
  '/guide/',
  '/about/',
  '/capabilities/',
  '/capabilities/endpoints/anthropic-messages/',
];

test('every English route has a Chinese twin with the right lang and hreflang links', async ({
  request,
}) => {
  for (const route of ROUTES) {
    for (const [path, lang] of [
      [route, 'en'],
      [`/zh${route}`, 'zh-CN'],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(html, path).toMatch(
        new RegExp(
          `<link rel="alternate" hreflang="en" href="[^"]*${route.replace(/\//g, '\\/')}"`,
        ),
      );
      expect(html, path).toMatch(
        new RegExp(
          `<link rel="alternate" hreflang="zh-CN" href="[^"]*\\/zh${route.replace(/\//g, '\\/')}"`,
        ),
      );
      expect(html, path).toContain('hreflang="x-default"');
    }
  }
});

test('the Chinese engine page shows Chinese prose, labels and notes', async ({ page }) => {
  await page.goto('/zh/engines/vllm/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '它是什么' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '能力清单' })).toBeVisible();
  await expect(page.locator('table[data-group="hardware"] caption')).toHaveText('硬件');
  await expect(page.locator('tr[data-attribute="hardware.huawei-ascend"] th a').first()).toHaveText(
    '华为昇腾 NPU',
  );
  await expect(page.getByRole('link', { name: '编辑本页' })).toHaveAttribute(
    'href',
    /content\/engines-zh\/vllm\.md$/,
  );
});

test('the language switch keeps the page and its URL state', async ({ page }) => {
  await page.goto('/?sort=name&hardware=apple-silicon');
  await hydrated(page);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/zh\/\?sort=name&hardware=apple-silicon$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/\?sort=name&hardware=apple-silicon$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goto('/zh/engines/ollama/');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/engines\/ollama\/$/);
});

test('the Chinese matrix honours the same URL parameters as the English one', async ({ page }) => {
  const query = '?hardware=huawei-ascend&level=any&sort=name';
  const ids = async (path: string) => {
    await page.goto(path);
    await hydrated(page);
    return page
      .locator('[data-matrix] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-engine')));
  };
  const english = await ids(`/${query}`);
  const chinese = await ids(`/zh/${query}`);
  expect(chinese).toEqual(english);
  expect(chinese.length).toBeGreaterThan(0);
  await expect(page.locator('[data-result-count]')).toHaveText(
    `${chinese.length} / ${ENGINE_IDS.length} 款引擎`,
  );
  await expect(page.getByRole('button', { name: '移除筛选：华为昇腾 NPU' })).toBeVisible();
  await expect(page.locator('[data-matrix] tbody tr a').first()).toHaveAttribute(
    'href',
    /^\/zh\/engines\//,
  );
});

for (const path of [
  '/zh/',
  '/zh/engines/',
  '/zh/engines/sglang/',
  '/zh/compare/lm-studio-vs-ollama/',
  '/zh/compare/?engines=vllm,lmdeploy',
  '/zh/guide/?hardware=huawei-ascend',
  '/zh/about/',
  '/zh/404/',
]) {
  test(`${path} has no axe violations`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a static host’s English 404 for a /zh/ address offers the Chinese edition first', async ({
  page,
  request,
}) => {
  // Most static hosts answer every missing address with /404.html, whatever its language.
  const english404 = await (await request.get('/404.html')).text();
  await page.route('**/zh/no-such-page/', (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: english404 }),
  );
  page.removeAllListeners('console'); // the 404 status itself is logged as an error
  await page.goto('/zh/no-such-page/');
  const notice = page.locator('[data-edition-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('lang', 'zh-CN');
  await expect(notice.getByRole('link')).toHaveAttribute('href', '/zh/');
  await page.goto('/404.html');
  await expect(page.locator('[data-edition-notice]')).toBeHidden();
});
