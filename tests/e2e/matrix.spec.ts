import type { Page } from '@playwright/test';
import { axeViolations, ENGINE_IDS, expect, hydrated, test } from './fixtures';

const table = (page: Page) => page.locator('[data-matrix]');
const rowIds = (page: Page) =>
  table(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-engine')));
const headerCell = (page: Page, name: string) =>
  table(page)
    .locator('thead th')
    .filter({ has: page.getByRole('button', { name, exact: false }) });
const count = (page: Page) => page.locator('[data-result-count]');
const columnIds = (page: Page) =>
  table(page)
    .locator('tbody tr')
    .first()
    .locator('td')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-col')));

/** Waits until the island has hydrated and read the URL. */
async function openMatrix(page: Page, query = '') {
  await page.goto(`/${query}`);
  await hydrated(page);
}

test('the whole table is in the server-rendered HTML', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('data-matrix');
  for (const id of ENGINE_IDS) expect(html).toContain(`data-engine="${id}"`);
});

test('sorting by clicking a header changes the order and aria-sort', async ({ page }) => {
  await openMatrix(page);
  const release = headerCell(page, 'Latest release');
  await expect(release).toHaveAttribute('aria-sort', 'none');
  await release.getByRole('button').click();
  await expect(release).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-latestRelease/);
  const descending = await rowIds(page);
  await release.getByRole('button').click();
  await expect(release).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await rowIds(page);
  expect(ascending).not.toEqual(descending);
  // Dated releases: the newest one comes first when descending.
  expect(descending.indexOf('ollama')).toBeLessThan(descending.indexOf('tgi'));
});

test('support columns sort yes > plugin > partial > no > unknown, and shift adds a second sort', async ({
  page,
}) => {
  await openMatrix(page, '?view=hardware');
  await headerCell(page, 'Apple silicon').getByRole('button').click();
  const levels = await table(page)
    .locator('td[data-col="hardware.apple-silicon"] [data-support]')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-support')));
  const rank = ['yes', 'plugin', 'partial', 'no', 'unknown'];
  expect(levels.map((l) => rank.indexOf(l!))).toEqual(
    [...levels.map((l) => rank.indexOf(l!))].sort((a, b) => a - b),
  );
  await headerCell(page, 'Name')
    .getByRole('button')
    .click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/sort=-hardware\.apple-silicon,name/);
});

test('filtering by clicking shows only engines with full support, with a chip and a count', async ({
  page,
}) => {
  await openMatrix(page);
  await page.getByText('Filters', { exact: true }).click();
  await page.locator('[data-filter-group="hardware"] > summary').click();
  await page.locator('[data-filter-group="hardware"]').getByLabel('Apple silicon').check();
  await expect(page).toHaveURL(/hardware=apple-silicon/);
  const shown = await rowIds(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(ENGINE_IDS.length);
  await expect(count(page)).toHaveText(`${shown.length} of ${ENGINE_IDS.length} engines`);
  await expect(count(page)).toHaveAttribute('aria-live', 'polite');
  const cells = table(page).locator('td[data-col="hardware.apple-silicon"] [data-support]');
  for (const level of await cells.evaluateAll((c) => c.map((x) => x.getAttribute('data-support'))))
    expect(level).toBe('yes');

  await page.getByLabel('Count partial and plugin support as support').check();
  await expect(page).toHaveURL(/level=any/);
  expect((await rowIds(page)).length).toBeGreaterThan(shown.length);

  await page.getByRole('button', { name: 'Remove filter: Apple silicon' }).click();
  await expect(count(page)).toHaveText(`${ENGINE_IDS.length} of ${ENGINE_IDS.length} engines`);
});

test('search narrows rows, and an empty result offers a one-click reset', async ({ page }) => {
  await openMatrix(page);
  await page.getByLabel('Search by name, capability or note').fill('metal');
  await expect(page).toHaveURL(/q=metal/);
  const shown = await rowIds(page);
  expect(shown).toContain('vllm');
  expect(shown.length).toBeLessThan(ENGINE_IDS.length);
  await page.getByLabel('Search by name, capability or note').fill('zzzz-no-such-engine');
  await expect(page.locator('[data-empty-state]')).toContainText(
    'No engine matches these filters.',
  );
  await page
    .locator('[data-empty-state]')
    .getByRole('button', { name: 'Reset all filters' })
    .click();
  await expect(count(page)).toHaveText(`${ENGINE_IDS.length} of ${ENGINE_IDS.length} engines`);
  await expect(page).toHaveURL(/\/$/);
});

test('"Copy link" copies a URL that reopens the same rows in the same order', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMatrix(page);
  await page.getByText('Filters', { exact: true }).click();
  await page.locator('[data-filter-group="interfaces"] > summary').click();
  await page
    .locator('[data-filter-group="interfaces"]')
    .getByLabel('OpenAI-compatible API')
    .check();
  await headerCell(page, 'Name').getByRole('button').click();
  await headerCell(page, 'Name').getByRole('button').click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  const expected = await rowIds(page);

  const other = await context.newPage();
  await openMatrix(other, new URL(link).search);
  expect(await rowIds(other)).toEqual(expected);
  await expect(headerCell(other, 'Name')).toHaveAttribute('aria-sort', 'descending');
});

test('every parameter of the URL contract is honoured', async ({ page }) => {
  await openMatrix(
    page,
    '?view=hardware&sort=name&os=linux&features=prefix-caching&license=Apache-2.0&status=active&kind=serving-engine&engines=vllm,sglang,lmdeploy,tgi',
  );
  expect(await rowIds(page)).toEqual(['lmdeploy', 'sglang', 'vllm']);
  expect(await columnIds(page)).toContain('hardware.webgpu');

  await openMatrix(page, '?cols=license,quantization.gguf&q=gguf&level=any&quantization=gguf');
  expect(await columnIds(page)).toEqual(['license', 'quantization.gguf']);
  const shown = await rowIds(page);
  expect(shown).toContain('llama-cpp');
  expect(shown).not.toContain('tensorrt-llm');

  await openMatrix(page, '?selected=ollama,vllm');
  await expect(page.getByLabel('Select Ollama')).toBeChecked();
  await expect(page.getByRole('link', { name: 'Compare selected (2)' })).toHaveAttribute(
    'href',
    '/compare/?engines=ollama,vllm',
  );
});

test('script in the URL is shown as text, never run, and unknown values are reported', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const payload = '<img src=x onerror="window.__pwned=1">';
  await openMatrix(
    page,
    `?q=${encodeURIComponent(payload)}&view=${encodeURIComponent('<script>window.__pwned=2</script>')}&hardware=javascript:alert(1)&bogus=1`,
  );
  await expect(page.getByLabel('Search by name, capability or note')).toHaveValue(payload);
  await expect(page.locator('[data-ignored]')).toContainText('bogus');
  await expect(page.locator('[data-ignored]')).toContainText('view=<script>');
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  const scripts = await page
    .locator('script')
    .evaluateAll((list) => list.map((s) => s.textContent ?? ''));
  expect(scripts.some((text) => text.includes('__pwned'))).toBe(false);
  expect(dialogs).toBe(0);
});

test('presets, the column chooser and "only differences" change the columns', async ({ page }) => {
  await openMatrix(page, '?engines=sglang,vllm');
  await page.getByRole('combobox', { name: /^View/ }).selectOption('serving');
  await expect(page).toHaveURL(/view=serving/);
  expect(await columnIds(page)).toContain('features.prefix-caching');

  await page.getByText('Columns', { exact: true }).click();
  await page
    .locator('[data-filter-group="cols-features"]')
    .getByRole('checkbox', { name: 'Prefix caching', exact: true })
    .uncheck();
  await expect(page).toHaveURL(/cols=/);
  expect(await columnIds(page)).not.toContain('features.prefix-caching');

  // Both engines support tensor parallelism, so that column is not a difference.
  expect(await columnIds(page)).toContain('features.tensor-parallel');
  const before = (await columnIds(page)).length;
  await page.getByLabel('Only columns where the shown engines differ').check();
  await expect(page).toHaveURL(/diff=1/);
  const after = await columnIds(page);
  expect(after.length).toBeLessThan(before);
  expect(after).not.toContain('features.tensor-parallel');
});

test('selecting rows leads to a comparison of just those engines', async ({ page }) => {
  await openMatrix(page);
  await page.getByLabel('Select SGLang').check();
  await page.getByLabel('Select vLLM').check();
  await expect(page).toHaveURL(/selected=sglang,vllm/);
  await page.getByRole('link', { name: 'Compare selected (2)' }).click();
  await expect(page).toHaveURL(/\/compare\/\?engines=sglang,vllm$/);
});

test('the engines parameter restricts the matrix to those engines', async ({ page }) => {
  await openMatrix(page, '?engines=sglang,vllm');
  await expect.poll(() => rowIds(page)).toEqual(['sglang', 'vllm']);
});

test('downloads export the shown rows and columns', async ({ page }) => {
  await openMatrix(page, '?cols=license&engines=ollama,vllm&sort=name');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const text = await (
    await csv.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString());
  expect(text).toBe('id,name,license\r\nollama,Ollama,MIT\r\nvllm,vLLM,Apache-2.0\r\n');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const data = JSON.parse(
    await (
      await json.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString()),
  );
  expect(data.map((d: { id: string }) => d.id)).toEqual(['ollama', 'vllm']);
});

test('a cell shows its note on keyboard focus and links to its source', async ({ page }) => {
  await openMatrix(page, '?cols=hardware.apple-silicon&engines=vllm');
  const mark = table(page).locator('td[data-col="hardware.apple-silicon"] a');
  await expect(mark).toHaveAttribute('href', /^https:\/\//);
  await expect(mark).toHaveAccessibleName(/^Plugin: .+\(source\)$/);
  const tip = () => mark.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(await tip()).toBe('none');
  await mark.focus();
  expect(await tip()).toMatch(/^"Plugin — .+"$/);
});

test('keyboard only: search, open filters, check a box, sort', async ({ page }) => {
  await openMatrix(page);
  await page.getByLabel('Search by name, capability or note').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByText('Filters', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  // The panel's content loads on first opening; its first stop leads straight to the results.
  await expect(page.getByLabel('Count partial and plugin support as support')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-show-results]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Count partial and plugin support as support')).toBeFocused();
  // Each group is folded behind its name: Enter opens it, its first box is the next stop.
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-filter-group="hardware"] > summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/hardware=nvidia-cuda/);
  await headerCell(page, 'Kind').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(headerCell(page, 'Kind')).toHaveAttribute('aria-sort', 'ascending');
});

test('the matrix with the filter panel open has no axe violations', async ({ page }) => {
  await openMatrix(page, '?hardware=nvidia-cuda&selected=vllm');
  await page.getByText(/^Filters/).click();
  expect(await axeViolations(page)).toEqual([]);
});

test('a strict filter says how many engines it hides at partial or plugin, and includes them in one click', async ({
  page,
}) => {
  await openMatrix(page, 'zh/?hardware=huawei-ascend');
  const strict = await page.locator('[data-matrix] tbody tr').count();
  const hint = page.locator('[data-strict-hint]');
  await expect(hint).toBeVisible();
  await hint.getByRole('button').click();
  await expect(page).toHaveURL(/hardware=huawei-ascend&level=any/);
  await expect(hint).toBeHidden();
  expect(await page.locator('[data-matrix] tbody tr').count()).toBeGreaterThan(strict);
  await expect(page.locator('[data-matrix] tbody tr[data-engine="vllm"]')).toBeVisible();
});

test('Escape closes the filter panel and returns focus to its toggle', async ({ page }) => {
  await openMatrix(page);
  const toggle = page.getByText('Filters', { exact: true });
  await toggle.click();
  const levelBox = page.getByLabel('Count partial and plugin support as support');
  await expect(levelBox).toBeVisible();
  await levelBox.focus();
  await page.keyboard.press('Escape');
  await expect(levelBox).toBeHidden();
  await expect(toggle).toBeFocused();
  // "Show N engines" stays in view on a phone and closes the panel onto the results.
  await page.setViewportSize({ width: 390, height: 844 });
  await toggle.click();
  await page.mouse.wheel(0, 900);
  const show = page.locator('[data-show-results]');
  await expect(show).toBeInViewport();
  await expect(show).toHaveText('Show 26 engines'.replace('26', String(ENGINE_IDS.length)));
  await show.click();
  await expect(levelBox).toBeHidden();
  await expect(page.locator('.matrix-scroll')).toBeFocused();
});

test('filter groups fold to one tab stop each and say how many options are ticked', async ({
  page,
}) => {
  await openMatrix(page, '?hardware=apple-silicon');
  await page.getByText(/^Filters/).click();
  // A group with a ticked option starts open and says so; the others are folded.
  const hardware = page.locator('[data-filter-group="hardware"]');
  await expect(hardware).toHaveAttribute('open', '');
  await expect(hardware.locator('summary')).toHaveText('Hardware1 selected');
  await expect(page.locator('[data-filter-group="kind"]')).not.toHaveAttribute('open');
  // From "Show N engines" to the last group, Tab visits one stop per folded group.
  await page.locator('[data-show-results]').focus();
  let stops = 0;
  while (
    !(await page
      .locator('[data-filter-group="kind"] > summary')
      .evaluate((el) => el === document.activeElement))
  ) {
    await page.keyboard.press('Tab');
    expect(++stops).toBeLessThan(40);
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-filter-group="kind"]')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/kind=serving-engine/);
});

test('selecting more engines than compare takes says so instead of dropping some', async ({
  page,
}) => {
  const nine = ENGINE_IDS.slice(0, 9).sort().join(',');
  await openMatrix(page, `?selected=${nine}`);
  await expect(page.locator('[data-compare-limit]')).toContainText(
    'at most 6 engines; 9 are selected',
  );
  await expect(page.getByRole('button', { name: 'Compare selected (9)' })).toBeDisabled();
});

test('matrix search finds capabilities by name in either language and says why a row matched', async ({
  page,
  request,
}) => {
  const rowsFor = async (query: string) => {
    await openMatrix(page, `zh/?q=${encodeURIComponent(query)}`);
    return rowIds(page);
  };
  // Every engine that supports Ascend at some level is found by its name in either language;
  // notes are searched in the page's language, so a note may add a row for one query only.
  const { engines } = await (
    await request.get('/api/v1/capabilities/hardware/huawei-ascend.json')
  ).json();
  const supporting = (engines as { id: string; support: string }[])
    .filter(({ support }) => ['yes', 'plugin', 'partial'].includes(support))
    .map(({ id }) => id);
  const chinese = await rowsFor('昇腾');
  const english = await rowsFor('Ascend');
  expect(supporting.length).toBeGreaterThan(1);
  for (const rows of [chinese, english]) expect(rows).toEqual(expect.arrayContaining(supporting));
  await expect(page.locator('tr[data-engine="vllm"] [data-match-note]')).toContainText('昇腾');
});

test('the new capability groups filter through the URL and their columns link to capability pages', async ({
  page,
}) => {
  await openMatrix(page, '?view=models&models=kimi,deepseek&level=any');
  const ids = await rowIds(page);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    await expect(
      page.locator(`tr[data-engine="${id}"] td[data-col="models.kimi"] [data-support]`),
    ).toHaveAttribute('data-support', /yes|plugin|partial/);
  }
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('link', { name: 'About Kimi K2' }).click();
  await expect(page).toHaveURL(/\/capabilities\/models\/kimi\/$/);
});

test('a filtered view shows the filtered columns, whatever columns were chosen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMatrix(page, '?cols=license&hardware=amd-rocm&endpoints=anthropic-messages&level=any');
  expect(await columnIds(page)).toEqual([
    'license',
    'hardware.amd-rocm',
    'endpoints.anthropic-messages',
  ]);
});
