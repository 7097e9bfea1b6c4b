import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { compileSchema } from '../fixtures/json-schema';

const DIST = 'dist';
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
const json = (file: string) => JSON.parse(read(file));

interface Parameter {
  name: string;
  schema: { enum: string[] };
}
const openapi = json('api/v1/openapi.json');
const capabilities: { groups: { group: string; capabilities: { key: string }[] }[] } = json(
  'api/v1/capabilities.json',
);
const validPair = (group: string, key: string) =>
  capabilities.groups.some((g) => g.group === group && g.capabilities.some((c) => c.key === key));

/** Every concrete file a templated path stands for (group/key pairs that exist only). */
function expand(template: string, parameters: Parameter[] = []): string[] {
  let paths = [{ file: template, values: {} as Record<string, string> }];
  for (const { name, schema } of parameters) {
    paths = paths.flatMap(({ file, values }) =>
      schema.enum.map((value) => ({
        file: file.replace(`{${name}}`, value),
        values: { ...values, [name]: value },
      })),
    );
  }
  return paths
    .filter(({ values }) => !values.group || validPair(values.group, values.key!))
    .map(({ file }) => file);
}

describe('the read API (/api/v1/)', () => {
  it('is described by a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(openapi);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(openapi.openapi).toMatch(/^3\.1\./);
  });

  it('has a file for every path of the document, each valid against its schema', () => {
    let checked = 0;
    for (const [template, item] of Object.entries<{
      get: {
        parameters?: Parameter[];
        responses: { '200': { content: { 'application/json': { schema: { $ref: string } } } } };
      };
    }>(openapi.paths)) {
      const ref: string = item.get.responses['200'].content['application/json'].schema.$ref;
      const schema = openapi.components.schemas[ref.split('/').pop()!];
      const validate = compileSchema(schema);
      for (const file of expand(template, item.get.parameters)) {
        const local = path.join('api/v1', file);
        expect(existsSync(path.join(DIST, local)), local).toBe(true);
        expect(validate(json(local)), `${local}: ${JSON.stringify(validate.errors?.[0])}`).toBe(
          true,
        );
        checked++;
      }
    }
    const engines = json('api/v1/engines.json').engines.length;
    const cells = capabilities.groups.reduce((n, g) => n + g.capabilities.length, 0);
    expect(checked).toBe(2 + engines + cells + engines * cells);
  });

  it('rejects a file that breaks its schema (a deliberately wrong copy)', () => {
    const validate = compileSchema(openapi.components.schemas.Badge);
    expect(validate({ schemaVersion: 1, label: 'x', message: 'Yes' })).toBe(false);
  });

  it('serves the same engine in the API and the dataset', () => {
    const dataset = json('data/engines.json');
    expect(json('api/v1/engines/vllm.json')).toEqual(
      dataset.engines.find((e: { id: string }) => e.id === 'vllm'),
    );
  });

  it('has an SVG badge beside every badge JSON, well-formed, with its text', () => {
    const badge = json('api/v1/badges/vllm/features/prefix-caching.json');
    const svg = read('badges/vllm/features/prefix-caching.svg');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain(`>${badge.label}<`);
    expect(svg).toContain(`>${badge.message}<`);
    for (const file of expand(
      '/badges/{id}/{group}/{key}.svg',
      openapi.paths['/badges/{id}/{group}/{key}.json'].get.parameters,
    )) {
      expect(existsSync(path.join(DIST, file)), file).toBe(true);
    }
  });

  it('publishes /llms.txt pointing at the API and every engine', () => {
    const text = read('llms.txt');
    expect(text).toMatch(/^# Inference Engine Atlas\n\n> /);
    expect(text).toContain('/api/v1/openapi.json');
    for (const { id } of json('api/v1/engines.json').engines) {
      expect(text).toContain(`/engines/${id}/)`);
    }
  });
});
