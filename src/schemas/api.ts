import { z } from 'astro/zod';
import { KINDS, STATUSES, SUPPORT_LEVELS } from '../registry/attributes';
import { releaseDate } from './dates';
import { DATASET_SCHEMA_VERSION, datasetEngineSchema, datasetSupportValue } from './dataset';

/**
 * The static read API, `/api/v1/…`: one schema per kind of file. The OpenAPI document
 * (`/api/v1/openapi.json`) is generated from these, and the builders in `lib/api.ts` return
 * their types, so the description and the files cannot drift apart.
 */
const version = z.literal(DATASET_SCHEMA_VERSION).describe('Same as the dataset’s schemaVersion.');
const url = (what: string) => z.url().describe(`Absolute URL of ${what}.`);
const bilingual = z
  .strictObject({ en: z.string(), zh: z.string() })
  .describe('The same text in English and Chinese.');

export const apiEngineIndexSchema = z.strictObject({
  schemaVersion: version,
  engines: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      kind: z.enum(KINDS),
      status: z.enum(STATUSES),
      latestRelease: z.strictObject({ version: z.string(), date: releaseDate }).optional(),
      url: url('the engine’s page'),
      api: url('the engine’s API file'),
    }),
  ),
});

export const apiEngineSchema = datasetEngineSchema;

const levelCounts = z.strictObject(
  Object.fromEntries(SUPPORT_LEVELS.map((level) => [level, z.int().min(0)])) as Record<
    (typeof SUPPORT_LEVELS)[number],
    z.ZodInt
  >,
);

export const apiCapabilityIndexSchema = z.strictObject({
  schemaVersion: version,
  engineCount: z.int().min(0),
  groups: z.array(
    z.strictObject({
      group: z.string(),
      label: bilingual,
      capabilities: z.array(
        z.strictObject({
          id: z.string().describe('`group.key`, as in matrix URLs and the CSV columns.'),
          key: z.string(),
          label: bilingual,
          counts: levelCounts.describe('How many engines are at each support level.'),
          url: url('the capability’s page'),
          api: url('the capability’s API file'),
        }),
      ),
    }),
  ),
});

export const apiCapabilitySchema = z.strictObject({
  schemaVersion: version,
  id: z.string(),
  group: z.string(),
  key: z.string(),
  label: bilingual,
  url: url('the capability’s page'),
  counts: levelCounts,
  engines: z.array(
    z
      .strictObject({ id: z.string(), name: z.string(), url: url('the engine’s page') })
      .extend(datasetSupportValue.shape)
      .describe('One engine’s support value for this capability.'),
  ),
});

/** shields.io's endpoint badge format: https://shields.io/badges/endpoint-badge */
export const apiBadgeSchema = z.strictObject({
  schemaVersion: z.literal(1).describe('shields.io endpoint schema version.'),
  label: z.string(),
  message: z.string(),
  color: z.string(),
});

export type ApiEngineIndex = z.infer<typeof apiEngineIndexSchema>;
export type ApiCapabilityIndex = z.infer<typeof apiCapabilityIndexSchema>;
export type ApiCapability = z.infer<typeof apiCapabilitySchema>;
export type ApiBadge = z.infer<typeof apiBadgeSchema>;
