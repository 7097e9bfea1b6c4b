import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
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

export const collections = {
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
