import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/quality/dist-files';

// Rules about the source itself, checked by reading it (Starlight keeps tests like these).
const sources = ['src', 'scripts'].flatMap((dir) =>
  listFiles(dir)
    .filter((file) => /\.(ts|tsx|mjs|astro)$/.test(file))
    .map((file) => ({
      file: path.join(dir, file),
      text: readFileSync(path.join(dir, file), 'utf8'),
    })),
);

describe('the source', () => {
  it('never sorts by the build machine’s locale: every localeCompare names its locale', () => {
    // `a.localeCompare(b)` follows LANG, so engines.json, the CSV, the API and llms.txt would
    // list engines in another order on another machine. Ids sort with `byCodePoint`.
    const offenders = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\.localeCompare\(([^()]*(?:\([^()]*\))?[^()]*)\)/g)]
        .filter((match) => !match[1]!.includes(','))
        .map((match) => `${file}: ${match[0]}`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds a locale-dependent sort (deliberately bad input)', () => {
    const bad = 'ids.sort((a, b) => a.localeCompare(b))';
    const found = [...bad.matchAll(/\.localeCompare\(([^()]*(?:\([^()]*\))?[^()]*)\)/g)].filter(
      (match) => !match[1]!.includes(','),
    );
    expect(found).toHaveLength(1);
  });
});
