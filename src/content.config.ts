import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { engineSchema } from './schemas/engine';
import { engineTranslationSchema } from './schemas/engine-translation';
import { engineIdFromFile } from './lib/engine-id';

// ATLAS_ENGINES_DIR lets tests and benchmarks build the site from another catalogue;
// its Chinese texts are then expected in a sibling folder named like it with "-zh".
const enginesDir = process.env.ATLAS_ENGINES_DIR ?? './content/engines';

export const collections = {
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
