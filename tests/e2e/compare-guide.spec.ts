import { CAPABILITIES } from '../../src/registry/attributes';
import { ENGINE_IDS, expect, hydrated, test } from './fixtures';

/** The pair pages that exist, read from the sitemap, as `a-vs-b` slugs. */
async function builtPairs(request: import('@playwright/test').APIRequestContext) {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  return new Set(
    [...sitemap.matchAll(/\/compare\/([a-z0-9-]+-vs-[a-z0-9-]+)\/</g)].map((m) => m[1]!),
  );
}

test('pair pages exist for the pairs people compare, at canonical URLs in both languages', async ({
  request,
}) => {
  const built = await builtPairs(request);
  // Linear in the catalogue: at most five partners per engine plus the head-to-heads.
  expect(built.size).toBeGreaterThan(ENGINE_IDS.length);
  expect(built.size).toBeLessThanOrEqual(ENGINE_IDS.length * 5 + 10);
  for (const slug of ['sglang-vs-vllm', 'llama-cpp-vs-ollama', 'lm-studio-vs-ollama']) {
    expect(built.has(slug), slug).toBe(true);
    for (const prefix of ['', '/zh'])
      expect((await request.head(`${prefix}/compare/${slug}/`)).status()).toBe(200);
  }
});

test('any other pair address lands on the N-way compare of the two engines', async ({
  page,
  request,
}) => {
  page.removeAllListeners('console'); // the browser logs the 404 response it redirects from
  const built = await builtPairs(request);
  const ids = [...ENGINE_IDS].sort();
  const [a, b] = ids
    .flatMap((x, i) => ids.slice(i + 1).map((y) => [x, y] as const))
    .find(([x, y]) => !built.has(`${x}-vs-${y}`))!;
  for (const prefix of ['', '/zh']) {
    await page.goto(`${prefix}/compare/${b}-vs-${a}/`);
    await page.waitForURL(`**${prefix}/compare/?engines=${a},${b}`);
    await hydrated(page);
    await expect(page.locator(`[data-compare-table] th[scope="col"]`).first()).toBeVisible();
  }
  // A pair with an engine that does not exist stays a 404 page.
  await page.goto('/compare/vllm-vs-not-an-engine/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
});

test('a pair page marks the rows where the engines differ, not by colour alone', async ({
  page,
}) => {
  await page.goto('/compare/sglang-vs-vllm/');
  await expect(page).toHaveTitle(/^SGLang vs vLLM: which LLM inference engine\?/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SGLang vs vLLM');
  // vLLM reaches AWS Neuron through a plugin, SGLang not at all; both run on NVIDIA GPUs.
  const neuron = page.locator('tr[data-attribute="hardware.aws-neuron"]');
  await expect(neuron).toHaveAttribute('data-differs', 'true');
  await expect(neuron.locator('th')).toContainText('Differs');
  await expect(page.locator('tr[data-attribute="hardware.nvidia-cuda"]')).not.toHaveAttribute(
    'data-differs',
    /.*/,
  );
  const count = await page.locator('tr[data-attribute][data-differs]').count();
  await expect(page.locator('[data-pair-intro]')).toContainText(
    `${count} of ${CAPABILITIES.length} capabilities differ`,
  );
  await expect(page.locator('[data-scenario="china-accelerators"] [data-verdict]')).toHaveText(
    'Better fit: vLLM',
  );
  expect(await page.locator('script[type="module"], astro-island').count()).toBe(0);
});

test('engine pages link to their pair pages, and pair pages to the other pairs', async ({
  page,
}) => {
  await page.goto('/engines/ollama/');
  await page
    .locator('[data-pair-links="ollama"]')
    .getByRole('link', { name: 'Ollama vs llama.cpp' })
    .click();
  await expect(page).toHaveURL(/\/compare\/llama-cpp-vs-ollama\/$/);
  // Every pair link leads to a built pair page (links.test.ts checks every link of dist/).
  const links = page.locator('[data-pair-links="llama-cpp"] a');
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  await expect(links.filter({ hasText: 'llama.cpp vs Ollama' })).toHaveCount(1);
});

test('the N-way compare reads its engines from the URL and hides identical rows on request', async ({
  page,
}) => {
  await page.goto('/compare/?engines=vllm,sglang,lmdeploy');
  await hydrated(page);
  await expect(page.locator('[data-compare-table] thead th')).toHaveText([
    'Attribute',
    'vLLM',
    'SGLang',
    'LMDeploy',
  ]);
  const rows = page.locator('[data-compare-table] tr[data-row]');
  const all = await rows.count();
  await expect(
    page.locator('[data-compare-table] tr[data-row="hardware.nvidia-cuda"]'),
  ).toBeVisible();
  await page.getByLabel('Only differences').check();
  await expect(page).toHaveURL(/engines=vllm,sglang,lmdeploy&diff=1/);
  await expect(
    page.locator('[data-compare-table] tr[data-row="hardware.nvidia-cuda"]'),
  ).toHaveCount(0);
  const shown = await rows.count();
  expect(shown).toBeLessThan(all);
  expect(await rows.evaluateAll((list) => list.every((r) => r.hasAttribute('data-differs')))).toBe(
    true,
  );
});

test('the engine picker builds a comparison and the matrix "Compare selected" lands on it', async ({
  page,
}) => {
  await page.goto('/compare/');
  await hydrated(page);
  await expect(page.locator('[data-compare-empty]')).toContainText('Suggested comparisons');
  // Widely compared engines are offered: the editors' head-to-heads, and top picks whose ties
  // go to the broadest engines (vLLM and SGLang lead high-concurrency serving).
  await expect(
    page.locator('[data-head-to-heads]').getByRole('link', { name: 'vLLM vs SGLang' }),
  ).toHaveAttribute('href', '/compare/sglang-vs-vllm/');
  await expect(
    page.locator('[data-compare-empty] a').filter({ hasText: 'High-concurrency serving' }),
  ).toContainText(/vLLM|SGLang/);
  await page.locator('[data-engine-picker]').getByLabel('Ollama').check();
  await page.locator('[data-engine-picker]').getByLabel('LM Studio').check();
  await expect(page).toHaveURL(/\/compare\/\?engines=ollama,lm-studio$/);
  await expect(page.locator('[data-compare-table] thead th')).toHaveText([
    'Attribute',
    'Ollama',
    'LM Studio',
  ]);

  await page.goto('/?selected=jan,ollama');
  await hydrated(page);
  await page.getByRole('link', { name: 'Compare selected (2)' }).click();
  await expect(page).toHaveURL(/\/compare\/\?engines=jan,ollama$/);
  await hydrated(page);
  await expect(page.locator('[data-compare-table] thead th')).toHaveText([
    'Attribute',
    'Jan',
    'Ollama',
  ]);
});

test('the guide ranks engines for known answers and keeps them in the URL', async ({ page }) => {
  await page.goto('/guide/');
  await hydrated(page);
  await expect(page.locator('[data-guide-results]')).toContainText('Answer any of the questions');
  await page.getByLabel('What will it run on?').selectOption('huawei-ascend');
  await page.getByLabel('Many concurrent users (an API or a product)').check();
  await page.getByLabel('OpenAI-compatible API').check();
  await expect(page).toHaveURL(
    /\/guide\/\?hardware=huawei-ascend&workload=serving&needs=interfaces\.openai-api$/,
  );
  const ranked = page.locator('[data-ranking] > li');
  // Top picks for Chinese accelerators that run on Ascend come first.
  const top = await ranked.evaluateAll((items) =>
    items.slice(0, 3).map((i) => i.getAttribute('data-engine')),
  );
  expect(top).toContain('vllm');
  for (const id of await ranked.evaluateAll((items) =>
    items.map((i) => i.getAttribute('data-engine')),
  )) {
    expect(['tensorrt-llm', 'ollama', 'mlc-llm']).not.toContain(id);
  }
  await page.locator('[data-excluded] summary').click();
  await expect(page.locator('[data-excluded]')).toContainText(
    'TensorRT-LLM: no documented support for Huawei Ascend NPU',
  );

  await page.reload();
  await hydrated(page);
  await expect(page.getByLabel('What will it run on?')).toHaveValue('huawei-ascend');
  await page.locator('[data-guide-matrix-link]').click();
  await expect(page).toHaveURL(
    /\/\?sort=-scenarios\.china-accelerators&hardware=huawei-ascend&interfaces=openai-api&level=any$/,
  );
});

test('the guide explains each scenario with recommended engines below the tool', async ({
  page,
}) => {
  await page.goto('/zh/guide/');
  const serving = page.locator(
    '[data-scenario-recommendations] [data-scenario="high-concurrency-serving"]',
  );
  await expect(serving.getByRole('heading', { level: 3 })).toHaveText('高并发推理服务');
  await expect(serving.getByRole('link', { name: 'vLLM' })).toHaveAttribute(
    'href',
    '/zh/engines/vllm/',
  );
});

test('the guide asks for the APIs (all required), the install and the model family, and ranks by them', async ({
  page,
}) => {
  await page.goto('/guide/');
  await hydrated(page);
  await page.getByRole('checkbox', { name: 'Anthropic Messages' }).check();
  await page.getByRole('checkbox', { name: 'OpenAI Responses' }).check();
  await page.getByRole('radio', { name: 'A container image' }).check();
  await page.locator('[data-guide-model]').selectOption('qwen');
  await expect(page).toHaveURL(/api=openai-responses,anthropic-messages&install=docker&model=qwen/);
  const first = page.locator('[data-ranking] > li').first();
  await expect(first).toContainText('Anthropic Messages');
  await expect(page.locator('[data-guide-matrix-link]')).toHaveAttribute(
    'href',
    /install=docker&endpoints=openai-responses,anthropic-messages&models=qwen&level=any/,
  );
});

test('the N-way compare with two engines links to their pair page and counts differences the same way', async ({
  page,
}) => {
  await page.goto('/compare/?engines=sglang,vllm');
  await hydrated(page);
  const count = await page.locator('[data-diff-count]').textContent();
  await expect(page.locator('[data-support-legend]')).toBeVisible();
  await page.locator('[data-pair-page-link] a').click();
  await expect(page).toHaveURL(/\/compare\/sglang-vs-vllm\/$/);
  const [, differing, total] = /(\d+) of (\d+) capabilities differ/.exec(count ?? '') ?? [];
  await expect(page.locator('[data-pair-intro]')).toContainText(
    `${differing} of ${total} capabilities differ`,
  );
});

test('the guide ranking says when an engine is no longer actively developed', async ({ page }) => {
  await page.goto('/guide/?hardware=nvidia-cuda&workload=serving');
  await hydrated(page);
  await expect(page.locator('[data-ranking] [data-engine="tgi"] [data-dormant]')).toHaveText(
    'Maintenance mode',
  );
  await expect(page.locator('[data-ranking] [data-engine="vllm"] [data-dormant]')).toHaveCount(0);
});
