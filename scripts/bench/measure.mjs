// In headless Chromium: hydration time, and the time from a sort or filter click to the laid-out table.
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS, systemChromium } from '../chromium.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('@playwright/test');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Times `runs` clicks on the element `selector` finds: from the click to the moment the table's
 * DOM has changed and been laid out. React commits a click's update in a microtask, so the timer
 * stops in a MutationObserver callback, after forcing layout.
 */
async function timeClicks(page, runs, selector) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await page.evaluate(
        (selector) =>
          new Promise((resolve) => {
            const table = document.querySelector('[data-matrix]');
            const target = document.querySelector(selector);
            let t0 = 0;
            const observer = new MutationObserver(() => {
              observer.disconnect();
              void table.offsetHeight;
              resolve(performance.now() - t0);
            });
            observer.observe(table, {
              childList: true,
              subtree: true,
              attributes: true,
              characterData: true,
            });
            t0 = performance.now();
            target.click();
          }),
        selector,
      ),
    );
  }
  return times;
}

export async function measure(url, runs = 21) {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const start = Date.now();
  await page.goto(new URL('?view=all', url).href);
  await page.locator('[data-ready]').waitFor();
  const hydration = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return performance.now() - nav.startTime;
  });
  const wall = Date.now() - start;

  const sort = await timeClicks(page, runs, '[data-matrix] thead th[aria-sort] button');
  await page.getByText(/^Filters/).click();
  // The panel's content loads on first opening.
  await page.locator('[data-filter-group="os"] input[value="linux"]').waitFor();
  const filter = await timeClicks(page, runs, '[data-filter-group="os"] input[value="linux"]');
  const rows = await page.locator('[data-matrix] tbody tr').count();
  await browser.close();
  return { hydration, wall, sort: median(sort), filter: median(filter), rows };
}
