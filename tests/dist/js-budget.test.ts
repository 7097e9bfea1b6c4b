import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/quality/dist-files';
import { gzippedBytes, pageScripts } from '../../scripts/quality/js-budget';

/** DESIGN.md's budget: the matrix page ships at most 90 KB of gzipped JavaScript. */
const MATRIX_BUDGET = 90 * 1024;
const NO_FRAMEWORK_JS = /^(zh\/)?(engines\/[^/]+|compare\/[^/]+-vs-[^/]+|about)\/index\.html$/;

describe('JavaScript budget', () => {
  it('engine, pair and about pages ship no framework JS', () => {
    const pages = htmlFiles('dist').filter((file) => NO_FRAMEWORK_JS.test(file));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((file) => pageScripts('dist', file).length > 0)).toEqual([]);
  });

  it('the matrix page stays within 90 KB gzipped, in both languages', () => {
    for (const file of ['index.html', 'zh/index.html']) {
      const scripts = pageScripts('dist', file);
      expect(scripts.length).toBeGreaterThan(0);
      expect(gzippedBytes(scripts)).toBeLessThanOrEqual(MATRIX_BUDGET);
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
    expect(gzippedBytes(scripts)).toBeGreaterThan(MATRIX_BUDGET);
  });
});
