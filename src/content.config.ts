import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { releaseFileSchema } from './schemas/releases';
import { engineSchema } from './schemas/engine';
import { engineTranslationSchema } from './schemas/engine-translation';
import { engineIdFromFile } from './lib/engine-id';
import { capabilityTextSchema } from './schemas/capability-text';

// ATLAS_ENGINES_DIR lets tests and benchmarks build the site from another catalogue;
// its Chinese texts are then expected in a sibling folder named like it with "-zh".
const enginesDir = process.env.ATLAS_ENGINES_DIR ?? './content/engines';

// Capability explainers: `content/capabilities/<group>/<key>.md` (English, with `related`) and
// `content/capabilities-zh/<group>/<key>.md` (Chinese text only). The id is `group.key`.
const capabilityId = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '').replace('/', '.');

// Release data written by `npm run sync:releases` (or by hand for `manual` sources), one JSON
// file per engine beside the catalogue: `content/releases/<id>.json`.
const releasesDir = enginesDir.replace(/[^/]+\/?$/, 'releases');

export const collections = {
  releases: defineCollection({
    loader: glob({
      pattern: '*.json',
      base: releasesDir,
      generateId: ({ entry }) => entry.replace(/\.json$/, ''),
    }),
    schema: releaseFileSchema,
  }),
  capabilities: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './content/capabilities', generateId: capabilityId }),
    schema: capabilityTextSchema,
  }),
  capabilitiesZh: defineCollection({
    loader: glob({
      pattern: '*/*.md',
      base: './content/capabilities-zh',
      generateId: capabilityId,
    }),
  }),
  engines: defineCollection({
    loader: glob({
      pattern: '*.md',
      base: enginesDir,
      generateId: ({ entry }) => engineIdFromFile(entry),
    }),
    schema: engineSchema,
  }),
  enginesZh: defineCollection({
    loader: glob({
      pattern: '*.md',
      base: `${enginesDir}-zh`,
      generateId: ({ entry }) => engineIdFromFile(entry),
    }),
    schema: engineTranslationSchema,
  }),
};
