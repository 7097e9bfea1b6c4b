import { execFileSync } from 'node:child_process';
import { axeViolations, expect, test } from './fixtures';

// The site reads its data history from git. A checkout without full history (a tarball, a
// shallow clone) builds a site that says so instead: then that is what gets tested.
const fullHistory = (() => {
  try {
    return (
      execFileSync('git', ['rev-parse', '--is-shallow-repository']).toString().trim() === 'false'
    );
  } catch {
    return false;
  }
})();

test('without full git history, the pages and feeds say so instead of showing nothing', async ({
  page,
  request,
}) => {
  test.skip(fullHistory, 'this checkout has its full history (tested below)');
  await page.goto('/changes/');
  await expect(page.locator('[data-history-unavailable]')).toBeVisible();
  await page.goto('/engines/vllm/');
  await expect(
    page.locator('section[aria-labelledby="history"] [data-history-unavailable]'),
  ).toBeVisible();
  const feed = await (await request.get('/changes.atom')).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(feed).not.toContain('<entry>');
});

test.describe('data changes', () => {
  test.skip(!fullHistory, 'this checkout has no full git history (tested above)');

  test('/changes/ lists dated entries, filters by engine and kind, and keeps the filter in the URL', async ({
    page,
  }) => {
    test.setTimeout(90_000); // a long page, checked by axe as a whole
    await page.goto('/changes/');
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute('href', '/changes.atom');
    const entries = page.locator('[data-change-list] > li');
    expect(await entries.count()).toBeGreaterThan(20);
    await expect(entries.first().locator('time')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);

    await page.getByLabel('Engine', { exact: true }).selectOption('vllm');
    await expect(page).toHaveURL(/\?engine=vllm$/);
    const visible = page.locator('[data-change-list] > li:visible');
    expect(await visible.count()).toBeGreaterThan(0);
    for (const engine of await visible.evaluateAll((els) => els.map((e) => e.dataset.engine)))
      expect(engine).toBe('vllm');
    await expect(page.getByRole('status')).toHaveText(/^Showing \d+ entr(y|ies)$/);

    await page.getByLabel('Kind of change').selectOption('hardware');
    await expect(page).toHaveURL(/\?engine=vllm&group=hardware$/);
    const lines = page.locator('[data-change-list] > li:visible li[data-group]:visible');
    for (const group of await lines.evaluateAll((els) => els.map((e) => e.dataset.group)))
      expect(group).toBe('hardware');

    // A shared link reproduces the view; values that are not options are ignored.
    await page.goto('/changes/?engine=vllm&group=hardware');
    await expect(page.getByLabel('Engine', { exact: true })).toHaveValue('vllm');
    await page.goto('/changes/?engine=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(page.getByLabel('Engine', { exact: true })).toHaveValue('');
    expect(await page.locator('[data-change-list] > li:visible').count()).toBe(
      await entries.count(),
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test('an engine added in a commit shows that change on its page, on /changes/ and in both feeds', async ({
    page,
    request,
  }) => {
    await page.goto('/engines/gpustack/');
    const added = page
      .locator('section[aria-labelledby="history"] [data-change-list] > li')
      .filter({ hasText: 'Added to the atlas with' });
    await expect(added).toHaveCount(1);
    const id = (await added.getAttribute('id'))!.replace(/^change-/, '');
    await page.goto('/changes/?engine=gpustack');
    await expect(page.locator(`#change-${id}`)).toBeVisible();
    for (const feed of ['/changes.atom', '/engines/gpustack/changes.atom'])
      expect(await (await request.get(feed)).text(), feed).toContain(`#change-${id}</id>`);
  });

  test('the Chinese edition words changes in Chinese', async ({ page }) => {
    await page.goto('/zh/changes/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('数据变更记录');
    await expect(page.getByRole('status')).toHaveText(/^共 \d+ 条记录$/);
    await expect(
      page.locator('[data-change-list] li[data-group]').filter({ hasText: '→' }).first(),
    ).toContainText('：');
  });

  test('an engine page shows its history and links its feed, which is valid Atom', async ({
    page,
    request,
  }) => {
    await page.goto('/engines/vllm/');
    const history = page.locator('section[aria-labelledby="history"]');
    await expect(history.getByRole('heading', { name: 'History' })).toBeVisible();
    expect(await history.locator('[data-change-list] > li').count()).toBeGreaterThan(0);
    await expect(history.getByRole('link', { name: 'All changes to the atlas' })).toHaveAttribute(
      'href',
      '/changes/?engine=vllm',
    );
    const feed = await page
      .locator('link[rel="alternate"][type="application/atom+xml"]')
      .getAttribute('href');
    expect(feed).toBe('/engines/vllm/changes.atom');
    const response = await request.get(feed!);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toMatch(/<entry>[\s\S]*<id>[^<]+#change-[0-9a-f]{12}-vllm<\/id>/);
  });
});

test.describe('badges and embeds', () => {
  test('an engine page offers a badge for any capability, with absolute snippets to copy', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/engines/vllm/');
    const embed = page.locator('[data-embed]');
    await embed
      .getByLabel('Capability')
      .selectOption({ label: 'Serving features · Prefix caching' });
    const markdown = embed.getByLabel('Markdown');
    await expect(markdown).toHaveValue(
      /^\[!\[vLLM · Prefix caching: \w+\]\(https?:\/\/[^)]+\/badges\/vllm\/features\/prefix-caching\.svg\)\]\(https?:\/\/[^)]+\/engines\/vllm\/\)$/,
    );
    await expect(embed.locator('[data-embed-preview]')).toHaveAttribute(
      'src',
      '/badges/vllm/features/prefix-caching.svg',
    );
    await expect
      .poll(() =>
        embed.locator('[data-embed-preview]').evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(100);
    await embed.getByRole('button', { name: 'Copy' }).first().click();
    await expect(embed.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await markdown.inputValue(),
    );
  });

  test('a capability page offers a badge per engine', async ({ page }) => {
    await page.goto('/capabilities/hardware/huawei-ascend/');
    const embed = page.locator('[data-embed]');
    await embed.getByLabel('Engine').selectOption({ label: 'vLLM' });
    await expect(embed.getByLabel('HTML')).toHaveValue(
      /^<a href="https?:\/\/[^"]+\/capabilities\/hardware\/huawei-ascend\/"><img src="https?:\/\/[^"]+\/badges\/vllm\/hardware\/huawei-ascend\.svg" alt="vLLM · Huawei Ascend NPU: \w+"><\/a>$/,
    );
  });

  test('badges come as shields.io JSON and as SVG', async ({ request }) => {
    const json = await (await request.get('/api/v1/badges/ollama/os/macos.json')).json();
    expect(json).toEqual({
      schemaVersion: 1,
      label: 'Ollama · macOS',
      message: expect.any(String),
      color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    const svg = await request.get('/badges/ollama/os/macos.svg');
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    expect(await svg.text()).toContain(`>${json.message}<`);
  });
});

test.describe('report a cell, and the to-do lists', () => {
  test('a fact-sheet row links to a pre-filled issue', async ({ page }) => {
    await page.goto('/engines/vllm/');
    const link = page
      .locator('tr[data-attribute="features.prefix-caching"]')
      .getByRole('link', { name: /^Report a wrong or outdated fact: vLLM · Prefix caching$/ });
    const url = new URL((await link.getAttribute('href'))!);
    expect(url.searchParams.get('template')).toBe('wrong-fact.yml');
    expect(url.searchParams.get('engine')).toBe('vllm');
    expect(url.searchParams.get('attribute')).toBe('features.prefix-caching');
    expect(url.searchParams.get('current')).toMatch(
      /^Level: yes\nNote: .+\n(.+\n)*Source: https:\/\//,
    );
  });

  test('a capability-page row links to a pre-filled issue', async ({ page }) => {
    await page.goto('/zh/capabilities/hardware/huawei-ascend/');
    const link = page.locator('tr[data-engine="vllm"] a[data-report]');
    await expect(link).toHaveText('报错');
    const url = new URL((await link.getAttribute('href'))!);
    expect(url.searchParams.get('attribute')).toBe('hardware.huawei-ascend');
    expect(url.searchParams.get('current')).toMatch(/^Level: plugin\n/);
  });

  test('/contribute/ explains the one-file fix and lists open work with files to edit', async ({
    page,
  }) => {
    await page.goto('/contribute/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contribute');
    const unknown = page.locator('[data-todo="unknown"]');
    await expect(unknown.getByRole('heading')).toHaveText(/^Unknown cells \(\d+\)$/);
    const first = unknown.locator('li[data-engine]').first();
    await expect(
      first.getByRole('link', { name: /^edit content\/engines\/.+\.md$/ }),
    ).toHaveAttribute('href', /\/edit\/main\/content\/engines\/.+\.md$/);
    await expect(first.locator('ul a').first()).toHaveAttribute(
      'href',
      /^\/capabilities\/[a-z]+\/[a-z0-9-]+\/$/,
    );
    await expect(page.locator('[data-todo="stale"]')).toBeVisible();
    await expect(page.locator('[data-todo="generic"]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/zh/contribute/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('参与贡献');
  });
});

test('/llms.txt and the OpenAPI document are served', async ({ request }) => {
  const llms = await request.get('/llms.txt');
  expect(llms.headers()['content-type']).toContain('text/plain');
  expect(await llms.text()).toContain('/api/v1/openapi.json');
  const openapi = await (await request.get('/api/v1/openapi.json')).json();
  expect(Object.keys(openapi.paths)).toEqual([
    '/engines.json',
    '/engines/{id}.json',
    '/capabilities.json',
    '/capabilities/{group}/{key}.json',
    '/badges/{id}/{group}/{key}.json',
  ]);
});
