import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/quality/dist-files';
import { gzippedBytes, pageScripts } from '../../scripts/quality/js-budget';

/** DESIGN.md's budget: at most 80 KB of gzipped JavaScript loads with an island page. */
const AT_LOAD_BUDGET = 80 * 1024;
/** The matrix hydrates when the browser is idle (or at once for a shared view): its whole
 *  island, panels excluded, stays under this ceiling (docs/performance.md). */
const MATRIX_ISLAND_CEILING = 95 * 1024;
const ISLAND_PAGES = ['index.html', 'zh/index.html', 'guide/index.html', 'compare/index.html'];
const NO_FRAMEWORK_JS =
  /^(zh\/)?(engines\/[^/]+|compare\/[^/]+-vs-[^/]+|about|capabilities(\/[^/]+\/[^/]+)?)\/index\.html$/;

describe('JavaScript budget', () => {
  it('engine, pair, capability and about pages ship no framework JS', () => {
    const pages = htmlFiles('dist').filter((file) => NO_FRAMEWORK_JS.test(file));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((file) => pageScripts('dist', file).length > 0)).toEqual([]);
  });

  it('pages with islands load at most 80 KB gzipped at once, in both languages', () => {
    for (const file of ISLAND_PAGES) {
      expect(pageScripts('dist', file).length, file).toBeGreaterThan(0);
      expect(gzippedBytes(pageScripts('dist', file, { eager: true })), file).toBeLessThanOrEqual(
        AT_LOAD_BUDGET,
      );
    }
  });

  it('the matrix island, loaded when idle, stays under its ceiling', () => {
    for (const file of ['index.html', 'zh/index.html']) {
      expect(gzippedBytes(pageScripts('dist', file))).toBeLessThanOrEqual(MATRIX_ISLAND_CEILING);
    }
  });

  const over = mkdtempSync(path.join(tmpdir(), 'atlas-js-'));
  afterAll(() => rmSync(over, { recursive: true, force: true }));

  it('follows imports and counts them, so an oversized page fails (a deliberately broken copy)', () => {
    mkdirSync(path.join(over, '_astro'));
    writeFileSync(
      path.join(over, 'index.html'),
      '<script type="module" src="/_astro/entry.js"></script>',
    );
    writeFileSync(path.join(over, '_astro/entry.js'), 'import "./big.js";');
    const random = Array.from({ length: 200_000 }, () => Math.random().toString(36)).join('');
    writeFileSync(path.join(over, '_astro/big.js'), `export const x = "${random}";`);
    const scripts = pageScripts(over, 'index.html');
    expect(scripts.map((s) => path.basename(s))).toEqual(['entry.js', 'big.js']);
    expect(gzippedBytes(scripts)).toBeGreaterThan(AT_LOAD_BUDGET);
  });

  it('counts an island that waits (idle) in the whole page but not in what loads at once', () => {
    writeFileSync(path.join(over, '_astro/small.js'), 'export const y = 1;');
    writeFileSync(
      path.join(over, 'idle.html'),
      '<astro-island component-url="/_astro/big.js" client="urlOrIdle"></astro-island>' +
        '<astro-island component-url="/_astro/small.js" client="load"></astro-island>',
    );
    const names = (files: string[]) => files.map((s) => path.basename(s)).sort();
    expect(names(pageScripts(over, 'idle.html'))).toEqual(['big.js', 'small.js']);
    expect(names(pageScripts(over, 'idle.html', { eager: true }))).toEqual(['small.js']);
  });
});
