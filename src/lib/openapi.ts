import { z } from 'astro/zod';
import { CAPABILITY_GROUP_IDS, CAPABILITY_GROUPS } from '../registry/attributes';
import {
  apiBadgeSchema,
  apiCapabilityIndexSchema,
  apiCapabilitySchema,
  apiEngineIndexSchema,
  apiEngineSchema,
} from '../schemas/api';

/** Component name → schema of every kind of file in `/api/v1/`. */
const API_SCHEMAS = {
  EngineIndex: apiEngineIndexSchema,
  Engine: apiEngineSchema,
  CapabilityIndex: apiCapabilityIndexSchema,
  Capability: apiCapabilitySchema,
  Badge: apiBadgeSchema,
} as const;
type SchemaName = keyof typeof API_SCHEMAS;

/** A component schema: JSON Schema 2020-12 (OpenAPI 3.1's dialect) without its `$schema` line. */
const jsonSchema = (schema: z.ZodType) => {
  const document: Record<string, unknown> = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  delete document.$schema;
  return document;
};

const stringParam = (name: string, description: string, values: readonly string[]) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', enum: [...values] },
});

const get = (
  operationId: string,
  summary: string,
  schema: SchemaName,
  parameters: object[] = [],
) => ({
  get: {
    operationId,
    summary,
    ...(parameters.length > 0 && { parameters }),
    responses: {
      '200': {
        description: summary,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
      },
      '404': { description: 'No such engine or capability.' },
    },
  },
});

/** The OpenAPI 3.1 description of the static read API, served at `/api/v1/openapi.json`. */
export function openApiDocument(serverUrl: string, engineIds: readonly string[]) {
  const keys = [...new Set(CAPABILITY_GROUP_IDS.flatMap((g) => CAPABILITY_GROUPS[g]))].sort();
  const id = stringParam('id', 'Engine id, as in /engines/<id>/.', engineIds);
  const group = stringParam('group', 'Capability group.', CAPABILITY_GROUP_IDS);
  const key = stringParam(
    'key',
    'Capability key within its group (capabilities.json lists the valid pairs).',
    keys,
  );
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'Inference Engine Atlas read API',
      version: '1',
      summary: 'Static JSON files: engines, capabilities and badges, each fact with its source.',
      description:
        'Plain files generated with the site from the same data as /data/engines.json; no key, no rate limit beyond the host’s. Additive changes keep version 1; a renamed or removed key bumps it (see the dataset changelog).',
      license: { name: 'CC BY 4.0', identifier: 'CC-BY-4.0' },
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/engines.json': get(
        'listEngines',
        'Every engine: id, name, kind, status, newest release.',
        'EngineIndex',
      ),
      '/engines/{id}.json': get('getEngine', 'One engine, in the dataset’s shape.', 'Engine', [id]),
      '/capabilities.json': get(
        'listCapabilities',
        'Every capability group and key, with labels and how many engines are at each level.',
        'CapabilityIndex',
      ),
      '/capabilities/{group}/{key}.json': get(
        'getCapability',
        'One capability: every engine’s support level, note and source.',
        'Capability',
        [group, key],
      ),
      '/badges/{id}/{group}/{key}.json': get(
        'getBadge',
        'One cell as a shields.io endpoint badge.',
        'Badge',
        [id, group, key],
      ),
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(API_SCHEMAS).map(([name, schema]) => [name, jsonSchema(schema)]),
      ),
    },
  };
}
