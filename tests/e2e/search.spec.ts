import { expect, test } from './fixtures';

const firstResult = (page: import('@playwright/test').Page) =>
  page.locator('[data-search-result] a').first();

test('the header search box leads to results; the capability page comes first for its name', async ({
  page,
}) => {
  const pagefind: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefind.push(r.url()));
  await page.goto('/engines/ollama/');
  expect(pagefind).toEqual([]); // nothing of the search loads before it is used
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the atlas' })).toBeFocused();
  await page.keyboard.type('prefix caching');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=prefix\+caching$/);
  await expect(firstResult(page)).toHaveAttribute('href', '/capabilities/features/prefix-caching/');
  await expect(firstResult(page)).toHaveText('Prefix caching');
});

test('an engine name finds its engine page first', async ({ page }) => {
  await page.goto('/search/?q=vLLM');
  await expect(firstResult(page)).toHaveAttribute('href', '/engines/vllm/');
});

test('a Chinese query finds the Chinese pages', async ({ page }) => {
  await page.goto('/zh/search/?q=%E6%98%87%E8%85%BE'); // 昇腾
  await expect(firstResult(page)).toHaveAttribute(
    'href',
    '/zh/capabilities/hardware/huawei-ascend/',
  );
  await page.goto('/zh/search/?q=%E5%89%8D%E7%BC%80%E7%BC%93%E5%AD%98'); // 前缀缓存
  await expect(firstResult(page)).toHaveAttribute(
    'href',
    '/zh/capabilities/features/prefix-caching/',
  );
});

test('a hostile query is only ever text', async ({ page }) => {
  await page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.locator('#search-page-input')).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(page.locator('[data-search-status]')).not.toBeEmpty();
  expect(await page.locator('[data-search-results] img').count()).toBe(0);
});

// Names, ids, capabilities and Chinese terms, each with the page that must come first.
const FIRST_RESULTS: [string, string][] = [
  ['/search/?q=llama.cpp', '/engines/llama-cpp/'],
  ['/search/?q=llama-cpp', '/engines/llama-cpp/'],
  ['/search/?q=mlx-lm', '/engines/mlx-lm/'],
  ['/search/?q=SGLang', '/engines/sglang/'],
  ['/search/?q=Ollama', '/engines/ollama/'],
  ['/search/?q=TensorRT-LLM', '/engines/tensorrt-llm/'],
  ['/search/?q=LM%20Studio', '/engines/lm-studio/'],
  ['/search/?q=Vulkan', '/capabilities/hardware/vulkan/'],
  ['/search/?q=speculative%20decoding', '/capabilities/features/speculative-decoding/'],
  ['/search/?q=EAGLE', '/capabilities/features/speculative-eagle/'],
  ['/search/?q=MXFP4', '/capabilities/quantization/mxfp4/'],
  ['/search/?q=Anthropic%20Messages', '/capabilities/endpoints/anthropic-messages/'],
  ['/search/?q=Responses%20API', '/capabilities/endpoints/openai-responses/'],
  ['/search/?q=Apple%20silicon', '/capabilities/hardware/apple-silicon/'],
  ['/search/?q=Huawei%20Ascend', '/capabilities/hardware/huawei-ascend/'],
  ['/search/?q=GGUF', '/capabilities/quantization/gguf/'],
  ['/search/?q=Kubernetes', '/capabilities/operations/kubernetes/'],
  ['/zh/search/?q=vLLM', '/zh/engines/vllm/'],
  ['/zh/search/?q=%E5%AF%92%E6%AD%A6%E7%BA%AA', '/zh/capabilities/hardware/cambricon-mlu/'], // 寒武纪
  ['/zh/search/?q=%E6%80%9D%E8%80%83', '/zh/capabilities/features/reasoning-parser/'], // 思考
];

test('a fixed list of queries finds the right page first, in both languages', async ({ page }) => {
  test.setTimeout(120_000); // twenty searches, each loading the index for its query
  const wrong: string[] = [];
  for (const [path, expected] of FIRST_RESULTS) {
    await page.goto(path);
    const href = await firstResult(page).getAttribute('href');
    if (href !== expected) wrong.push(`${path}: ${href} instead of ${expected}`);
  }
  expect(wrong).toEqual([]);
});
