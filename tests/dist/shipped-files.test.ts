import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { listFiles } from '../../scripts/quality/dist-files';

// Feeds and badges are XML: one control character or unescaped "]]>" from the data would
// break every reader that loads them.
describe('XML in dist/', () => {
  const xml = listFiles('dist')
    .filter((file) => /\.(atom|svg)$/.test(file))
    .map((file) => path.join('dist', file));

  it('has the feeds and the badges', () => {
    expect(xml.filter((file) => file.endsWith('.atom')).length).toBeGreaterThan(40);
    expect(xml.filter((file) => file.endsWith('.svg')).length).toBeGreaterThan(1000);
  });

  it('parses every Atom feed and SVG badge as well-formed XML', () => {
    const broken = xml.filter((file) => XMLValidator.validate(readFileSync(file, 'utf8')) !== true);
    expect(broken).toEqual([]);
  });
});

describe('Pagefind in dist/', () => {
  it('ships the search index and its runtime, not the UI bundles the site never loads', () => {
    const files = listFiles('dist/pagefind');
    expect(files).toContain('pagefind.js');
    expect(
      files.filter((file) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)),
    ).toEqual([]);
  });
});
