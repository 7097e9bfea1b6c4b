import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../../src/registry/attributes';
import { datasetJsonSchema, datasetSchema } from '../../src/schemas/dataset';
import { buildDataset } from '../../src/lib/dataset';
import { toCsv } from '../../src/lib/csv';
import { csvField } from '../../src/lib/csv-field';
import { parseEngine, validEngine } from '../fixtures/engine';
import { compileSchema } from '../fixtures/json-schema';

const engine = { id: 'example', data: parseEngine(validEngine()) };
const dataset = buildDataset(
  [engine],
  (id) => `https://atlas.example/engines/${id}/`,
  new Date('2026-11-25T12:00:00Z'),
);
const [exported] = dataset.engines;

describe('dataset export', () => {
  it('lists every capability key, missing ones as unknown', () => {
    for (const { group, key } of CAPABILITIES) {
      expect(exported![group][key]!.support).toBeDefined();
    }
    expect(exported!.features['prefix-caching']).toEqual({ support: 'unknown' });
  });

  it('expands source ids to absolute URLs and keeps notes', () => {
    expect(exported!.hardware['nvidia-cuda']).toEqual({
      support: 'yes',
      source: 'https://github.com/example/engine#readme',
    });
    expect(exported!.hardware['amd-rocm']).toEqual({
      support: 'partial',
      note: 'MI300 only',
      source: 'https://example.org/rocm',
    });
  });

  it('carries the page URL, schema version and generation time', () => {
    expect(exported!.url).toBe('https://atlas.example/engines/example/');
    expect(dataset.schemaVersion).toBe(1);
    expect(dataset.generated).toBe('2026-11-25T12:00:00.000Z');
  });

  it('matches its own Zod schema and the published JSON Schema', () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    const validate = compileSchema(datasetJsonSchema('https://atlas.example/schema.json'));
    expect(validate(dataset)).toBe(true);
  });

  it('fails the JSON Schema when a support level is not allowed', () => {
    const validate = compileSchema(datasetJsonSchema('https://atlas.example/schema.json'));
    const broken = structuredClone(dataset);
    broken.engines[0]!.hardware['nvidia-cuda']!.support = 'maybe' as never;
    expect(validate(broken)).toBe(false);
  });
});

describe('CSV export', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('plain')).toBe('plain');
  });

  it('defuses values a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@cmd')).toBe("'@cmd");
  });

  it('writes a header and one row per engine with a column per attribute', () => {
    const lines = toCsv(dataset.engines).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    const header = lines[0]!.split(',');
    expect(header).toContain('hardware.nvidia-cuda');
    expect(header).toContain('scenarios.edge-cpu');
    const row = lines[1]!.split(',');
    expect(row[header.indexOf('hardware.nvidia-cuda')]).toBe('yes');
    expect(row[header.indexOf('features.prefix-caching')]).toBe('unknown');
    expect(row[header.indexOf('scenarios.high-concurrency-serving')]).toBe('3');
  });
});
