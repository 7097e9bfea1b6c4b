import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/quality/links';

describe('internal links of the built site', () => {
  it('all resolve to a built file', () => {
    expect(findBrokenLinks('dist')).toEqual([]);
  });

  const broken = mkdtempSync(path.join(tmpdir(), 'atlas-links-'));
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  it('are reported when one points nowhere (a deliberately broken copy)', () => {
    cpSync('dist/about', path.join(broken, 'about'), { recursive: true });
    writeFileSync(
      path.join(broken, 'index.html'),
      '<a href="/about/">ok</a> <a href="/engines/nope/">broken</a> <img src="missing.png">',
    );
    expect(findBrokenLinks(broken).filter((link) => link.startsWith('/ →'))).toEqual([
      '/ → /engines/nope/',
      '/ → missing.png',
    ]);
  });
});
