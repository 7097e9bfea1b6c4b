import { expect, hydrated, test } from './fixtures';

const PAGES = [
  '/',
  '/zh/',
  '/engines/vllm/',
  '/compare/sglang-vs-vllm/',
  '/compare/?engines=vllm,sglang',
  '/guide/',
];

for (const path of PAGES) {
  test(`${path} does not shift after first paint and requests nothing from other origins`, async ({
    page,
    baseURL,
  }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:'))
        foreign.push(request.url());
    });
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    if (await page.locator('astro-island').count()) await hydrated(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    expect(foreign).toEqual([]);
  });
}
