// Where the scripts find the catalogue, and how they read an engine file's frontmatter (the
// build reads the same files through the content collections in src/content.config.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** ATLAS_ENGINES_DIR lets tests and benchmarks point the scripts at another catalogue. */
export const enginesDir = process.env.ATLAS_ENGINES_DIR ?? 'content/engines';
/** Release files live beside the engine folder: `content/releases/<id>.json`. */
export const releasesDir = enginesDir.replace(/[^/]+\/?$/, 'releases');

/** Every engine of the catalogue: its id and parsed frontmatter, in file-name order. */
export const readEngines = () =>
  readdirSync(enginesDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({
      id: file.replace(/\.md$/, ''),
      data:
        parse(
          /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(enginesDir, file), 'utf8'))?.[1] ?? '',
        ) ?? {},
    }));
