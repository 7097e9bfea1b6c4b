import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { engineSchema } from './schemas/engine';
import { engineIdFromFile } from './lib/engine-id';

export const collections = {
  engines: defineCollection({
    loader: glob({
      pattern: '*.md',
      base: './content/engines',
      generateId: ({ entry }) => engineIdFromFile(entry),
    }),
    schema: engineSchema,
  }),
};
