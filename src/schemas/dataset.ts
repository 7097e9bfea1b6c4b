import { z } from 'astro/zod';
import { mapKeys } from '../lib/map-keys';
import {
  CAPABILITY_GROUP_IDS,
  CAPABILITY_GROUPS,
  SUPPORT_LEVELS,
  type CapabilityGroup,
} from '../registry/attributes';
import { releaseDate } from './dates';
import { releaseSchema } from './releases';
import { engineShape } from './engine';
import { cellDetailShape } from './support';

/** Bump when a key of the public dataset changes meaning or disappears. */
export const DATASET_SCHEMA_VERSION = 1;

const absoluteUrl = (what: string) => z.url().describe(`Absolute URL of ${what}.`);

export const datasetSupportValue = z.strictObject({
  support: z.enum(SUPPORT_LEVELS),
  source: absoluteUrl('the primary source').optional(),
  ...cellDetailShape,
});

const groupShape = (group: CapabilityGroup) =>
  z.strictObject(mapKeys(CAPABILITY_GROUPS[group] as readonly string[], () => datasetSupportValue));

// The frontmatter fields the dataset carries as they are: everything but the capability groups
// and the fields whose source ids it resolves to URLs.
const RESOLVED = ['backends', 'statusSince'];
const asWritten = Object.fromEntries(
  Object.entries(engineShape).filter(
    ([key]) => !(CAPABILITY_GROUP_IDS as string[]).includes(key) && !RESOLVED.includes(key),
  ),
) as Omit<typeof engineShape, CapabilityGroup | 'backends' | 'statusSince'>;

/** One engine in `/data/engines.json`: the frontmatter, every capability key present, sources as absolute URLs. */
export const datasetEngineSchema = z.strictObject({
  id: z.string().describe('The engine id (its file name and URL segment).'),
  url: absoluteUrl('the engine’s page on this site'),
  ...asWritten,
  releases: z
    .array(releaseSchema)
    .optional()
    .describe(
      'The newest stable releases, newest first, from content/releases/<id>.json (written by the release sync); absent until they were checked.',
    ),
  releasesChecked: z.iso
    .date()
    .optional()
    .describe('When the releases were last read from their source (releaseSource).'),
  latestRelease: z
    .strictObject({ version: z.string(), date: releaseDate })
    .optional()
    .describe('The newest of `releases`; absent when none was found or they were not checked yet.'),
  statusSince: z
    .strictObject({
      date: releaseDate,
      source: absoluteUrl('the page'),
      note: z.string().optional(),
    })
    .optional(),
  backends: z
    .array(z.strictObject({ engine: z.string(), source: absoluteUrl('the source') }))
    .optional()
    .describe('Engines this product runs models through, by id, each with its source URL.'),
  ...mapKeys(CAPABILITY_GROUP_IDS, groupShape),
});

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  generated: z.iso.datetime(),
  engines: z.array(datasetEngineSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetEngine = z.infer<typeof datasetEngineSchema>;

/** JSON Schema (draft 2020-12) of the dataset, published at `/data/engines.schema.json`. */
export function datasetJsonSchema(schemaUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' }),
    $id: schemaUrl,
    title: 'Inference Engine Atlas dataset',
  };
}
