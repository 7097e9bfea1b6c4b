import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { engineSchema } from './schemas/engine';
import { engineIdFromFile } from './lib/engine-id';

// ATLAS_ENGINES_DIR lets tests and benchmarks build the site from another catalogue.
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
};
