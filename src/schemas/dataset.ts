import { z } from 'astro/zod';
import { mapKeys } from '../lib/map-keys';
import {
  CAPABILITY_GROUP_IDS,
  CAPABILITY_GROUPS,
  KINDS,
  RATINGS,
  SCENARIOS,
  STATUSES,
  SUPPORT_LEVELS,
  type CapabilityGroup,
} from '../registry/attributes';

/** Bump when a key of the public dataset changes meaning or disappears. */
export const DATASET_SCHEMA_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const datasetSupportValue = z.strictObject({
  support: z.enum(SUPPORT_LEVELS),
  note: z.string().optional(),
  source: z.url().optional().describe('Absolute URL of the primary source.'),
});

const groupShape = (group: CapabilityGroup) =>
  z.strictObject(mapKeys(CAPABILITY_GROUPS[group] as readonly string[], () => datasetSupportValue));

/** One engine in `/data/engines.json`: every capability key present, sources as absolute URLs. */
export const datasetEngineSchema = z.strictObject({
  id: z.string(),
  url: z.url().describe('The engine’s page on this site.'),
  name: z.string(),
  summary: z.string(),
  homepage: z.url(),
  repository: z.url().optional(),
  license: z.string(),
  languages: z.array(z.string()),
  maintainer: z.string(),
  kind: z.enum(KINDS),
  status: z.enum(STATUSES),
  firstRelease: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  latestRelease: z.strictObject({
    version: z.string(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/)
      .optional(),
  }),
  verified: isoDate,
  strengths: z.array(z.string()),
  limitations: z.array(z.string()),
  sources: z.array(z.strictObject({ id: z.string(), url: z.url(), title: z.string() })),
  backends: z
    .array(z.strictObject({ engine: z.string(), source: z.url() }))
    .optional()
    .describe('Engines this product runs models through, by id, each with its source URL.'),
  ...mapKeys(CAPABILITY_GROUP_IDS, groupShape),
  scenarios: z.strictObject(
    mapKeys(SCENARIOS, () =>
      z.strictObject({ rating: z.union(RATINGS.map((r) => z.literal(r))), reason: z.string() }),
    ),
  ),
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
