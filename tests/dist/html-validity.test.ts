import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/quality/dist-files';
import { htmlErrors } from '../../scripts/quality/html-validity';

// Pair pages are one template over hundreds of pairs (n² of the catalogue): every 10th of
// them is validated, every other page in full, which keeps this check to about a minute.
const PAIR_PAGE = /^(zh\/)?compare\/[^/]+-vs-[^/]+\//;
const pagesToValidate = () =>
  htmlFiles('dist').filter((file, index) => !PAIR_PAGE.test(file) || index % 10 === 0);

describe('HTML validity', () => {
  it('every built page type validates with zero errors', async () => {
    const problems: string[] = [];
    for (const file of pagesToValidate()) {
      for (const error of await htmlErrors(readFileSync(`dist/${file}`, 'utf8'), file))
        problems.push(`${file} ${error}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('reports errors in a deliberately broken page', async () => {
    const errors = await htmlErrors(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"><div id="a"></div></p></body></html>',
    );
    expect(errors.some((e) => e.includes('no-dup-id'))).toBe(true);
  });
});
