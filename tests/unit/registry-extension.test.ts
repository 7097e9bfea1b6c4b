import { describe, expect, it, vi } from 'vitest';

// Adding a capability group must take one registry entry (plus its labels): everything else is
// derived. This test adds a group to a copy of the registry, with `beta` a sub-feature of
// `alpha`, and looks for both downstream.
vi.mock('../../src/registry/attributes', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/registry/attributes')>();
  const CAPABILITY_GROUPS = { ...original.CAPABILITY_GROUPS, extra: ['alpha', 'beta'] as const };
  const CAPABILITY_GROUP_IDS = Object.keys(CAPABILITY_GROUPS);
  return {
    ...original,
    CAPABILITY_GROUPS,
    CAPABILITY_GROUP_IDS,
    SUB_FEATURES: { ...original.SUB_FEATURES, extra: { beta: 'alpha' } },
    CAPABILITIES: CAPABILITY_GROUP_IDS.flatMap((group) =>
      CAPABILITY_GROUPS[group as keyof typeof CAPABILITY_GROUPS].map((key) => ({ group, key })),
    ),
  };
});

const { engineSchema } = await import('../../src/schemas/engine');
const { MATRIX_COLUMNS } = await import('../../src/lib/matrix/columns');
const { decodeViewState, encodeViewState } = await import('../../src/lib/matrix/view-state');
const { buildDataset } = await import('../../src/lib/dataset');
const { toCsv } = await import('../../src/lib/csv');
const { datasetJsonSchema } = await import('../../src/schemas/dataset');
const { packRow, unpackRow } = await import('../../src/lib/matrix/pack');
const { toMatrixRow } = await import('../../src/lib/matrix/to-rows');
const { validEngine } = await import('../fixtures/engine');
const { parentOf, subFeaturesOf } = await import('../../src/lib/capabilities');
type EngineData = import('../../src/schemas/engine').EngineData;

describe('a capability group added to the registry', () => {
  const raw = { ...validEngine(), extra: { alpha: { support: 'yes', source: 'docs' } } };
  const data = engineSchema.parse(raw) as ReturnType<typeof engineSchema.parse> & {
    extra: Record<string, unknown>;
  };
  // Fixtures write every level, so the parsed frontmatter is already what pages see.
  const engine = { id: 'example', data: data as unknown as EngineData };

  it('is read and checked by the frontmatter schema', () => {
    expect(data.extra).toEqual({ alpha: { support: 'yes', source: 'docs' } });
    const wrong = engineSchema.safeParse({ ...raw, extra: { gamma: { support: 'yes' } } });
    expect(wrong.error?.issues[0]?.message).toMatch(/allowed: alpha, beta/);
  });

  it('becomes matrix columns and round-trips through the packed rows', () => {
    expect(MATRIX_COLUMNS.map((c) => c.id)).toEqual(
      expect.arrayContaining(['extra.alpha', 'extra.beta']),
    );
    const row = toMatrixRow(engine);
    expect(unpackRow(packRow(row)).cells['extra.alpha']?.support).toBe('yes');
  });

  it('is a filter in the URL codec', () => {
    const context = { engineIds: [], licenses: [] };
    const { state, ignored } = decodeViewState('extra=beta,zeta', context);
    expect(state.filters).toEqual({ extra: ['beta'] });
    expect(ignored).toEqual(['extra=zeta']);
    expect(encodeViewState(state)).toBe('extra=beta');
  });

  it('nests a sub-feature under its parent while keeping flat ids and URL parameters', () => {
    expect(parentOf('extra' as never, 'beta')).toBe('alpha');
    expect(subFeaturesOf('extra' as never, 'alpha')).toEqual(['beta']);
    const context = { engineIds: [], licenses: [] };
    expect(encodeViewState(decodeViewState('extra=beta', context).state)).toBe('extra=beta');
    expect(MATRIX_COLUMNS.map((c) => c.id)).toContain('extra.beta');
  });

  it('is in the CSV and the published JSON Schema', () => {
    const dataset = buildDataset([engine], () => 'https://atlas.example/e/', new Date(0));
    const [header, row] = toCsv(dataset.engines).trimEnd().split('\r\n');
    const columns = header!.split(',');
    expect(row!.split(',')[columns.indexOf('extra.alpha')]).toBe('yes');
    expect(row!.split(',')[columns.indexOf('extra.beta')]).toBe('unknown');
    const schema = datasetJsonSchema('https://atlas.example/s.json') as {
      properties: { engines: { items: { properties: Record<string, unknown> } } };
    };
    expect(schema.properties.engines.items.properties).toHaveProperty('extra');
  });
});
