import { describe, expect, it } from 'vitest';
import { columnById, MATRIX_COLUMNS } from '../../src/lib/matrix/columns';
import { compareCells, compareVersions } from '../../src/lib/matrix/sort-comparators';
import { viewToCsv, viewToJson } from '../../src/lib/matrix/export';
import {
  activeFilterCount,
  matchedFields,
  matchesView,
  searchText,
} from '../../src/lib/matrix/filters';
import {
  chosenColumns,
  differingColumns,
  withFilterColumns,
} from '../../src/lib/matrix/visible-columns';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/lib/matrix/view-state';
import { SUPPORT_LEVELS } from '../../src/registry/attributes';
import { row } from '../fixtures/matrix-rows';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

const vllm = row('vllm', {
  license: 'Apache-2.0',
  set: {
    'hardware.nvidia-cuda': { support: 'yes', source: 'https://x.org' },
    'hardware.apple-silicon': {
      support: 'plugin',
      note: 'via vllm-metal',
      source: 'https://x.org',
    },
  },
});
const ollama = row('ollama', {
  kind: 'local-runtime',
  set: {
    'hardware.nvidia-cuda': { support: 'yes', source: 'https://x.org' },
    'hardware.apple-silicon': { support: 'yes', source: 'https://x.org' },
  },
});
const tgi = row('tgi', {
  status: 'maintenance',
  set: { 'hardware.nvidia-cuda': { support: 'partial', source: 'https://x.org' } },
});
const rows = [vllm, ollama, tgi];
const shown = (state: ViewState) => rows.filter((r) => matchesView(r, state)).map((r) => r.id);

describe('filters', () => {
  it('requires full support for every checked key by default', () => {
    expect(shown(view({ filters: { hardware: ['apple-silicon'] } }))).toEqual(['ollama']);
    expect(shown(view({ filters: { hardware: ['nvidia-cuda', 'apple-silicon'] } }))).toEqual([
      'ollama',
    ]);
  });

  it('counts partial and plugin support when level is any', () => {
    expect(shown(view({ filters: { hardware: ['apple-silicon'] }, level: 'any' }))).toEqual([
      'vllm',
      'ollama',
    ]);
    expect(shown(view({ filters: { hardware: ['nvidia-cuda'] }, level: 'any' }))).toEqual([
      'vllm',
      'ollama',
      'tgi',
    ]);
  });

  it('applies any-of lists for licence, status and kind', () => {
    expect(shown(view({ license: ['Apache-2.0'] }))).toEqual(['vllm']);
    expect(shown(view({ status: ['maintenance'] }))).toEqual(['tgi']);
    expect(shown(view({ kind: ['local-runtime', 'desktop-app'] }))).toEqual(['ollama']);
  });

  it('searches name, summary and notes, every word', () => {
    expect(shown(view({ q: 'metal' }))).toEqual(['vllm']);
    expect(shown(view({ q: 'OLLAMA summary' }))).toEqual(['ollama']);
    expect(shown(view({ q: 'ollama vllm' }))).toEqual([]);
  });

  it('restricts to listed engines', () => {
    expect(shown(view({ engines: ['tgi', 'vllm'] }))).toEqual(['vllm', 'tgi']);
  });

  it('counts active filters', () => {
    expect(
      activeFilterCount(view({ q: 'x', filters: { os: ['linux', 'macos'] }, kind: ['library'] })),
    ).toBe(4);
  });
});

describe('search', () => {
  const ascend = row('ascend', {
    set: {
      'hardware.huawei-ascend': {
        support: 'plugin',
        note: 'vendor plugin',
        source: 'https://x.org',
      },
    },
  });
  const none = row('none', {
    set: { 'hardware.huawei-ascend': { support: 'no', note: 'No Ascend' } },
  });
  const names = (id: string) =>
    id === 'hardware.huawei-ascend' ? ['Huawei Ascend NPU', '华为昇腾 NPU'] : [];

  it('finds a capability by its name in either language, only where it is supported', () => {
    const search = (q: string) =>
      [ascend, none].filter((r) =>
        matchesView(r, { ...DEFAULT_VIEW_STATE, q }, searchText(r, names)),
      );
    expect(search('昇腾').map((r) => r.id)).toEqual(['ascend']);
    expect(search('huawei ascend').map((r) => r.id)).toEqual(['ascend']);
    // A note still matches as text: the row says so (matched in the note's capability).
    expect(search('no ascend').map((r) => r.id)).toEqual(['none']);
  });

  it('says which fields matched', () => {
    expect(matchedFields(ascend, '昇腾', names)).toEqual(['hardware.huawei-ascend']);
    expect(matchedFields(ascend, 'ASCEND summary', names)).toEqual([
      'name',
      'summary',
      'hardware.huawei-ascend',
    ]);
    expect(matchedFields(ascend, '   ', names)).toEqual([]);
  });
});

describe('sorting', () => {
  it('orders support levels yes > plugin > partial > no > unknown', () => {
    const cells = [...SUPPORT_LEVELS].reverse().map((support) => ({ support }));
    const sorted = [...cells].sort((a, b) => -compareCells('support', a, b)).map((c) => c.support);
    expect(sorted).toEqual(['yes', 'plugin', 'partial', 'no', 'unknown']);
  });

  it('compares versions numerically, not as text', () => {
    expect(compareVersions('v0.10.0', 'v0.9.9')).toBe(1);
    expect(compareVersions('0.5.21', 'v0.5.3')).toBe(1);
    expect(compareVersions('v1.2', 'v1.2.0')).toBeLessThan(0);
    expect(compareVersions('b1234', 'b1234')).toBe(0);
  });

  it('orders releases by date, then version; undated first when ascending', () => {
    const a = { version: 'v2', date: '2026-04' };
    const b = { version: 'v1', date: '2026-03-31' };
    const c = { version: 'v3' };
    expect(compareCells('release', a, b)).toBeGreaterThan(0);
    expect(compareCells('release', c, b)).toBeLessThan(0);
  });
});

describe('columns', () => {
  it('has a unique id per column, name first', () => {
    expect(new Set(MATRIX_COLUMNS.map((c) => c.id)).size).toBe(MATRIX_COLUMNS.length);
    expect(MATRIX_COLUMNS[0]!.id).toBe('name');
  });

  it('shows the column of every active filter, whatever columns were chosen', () => {
    const columns = chosenColumns({ view: 'hardware', cols: ['license', 'hardware.amd-rocm'] });
    const ids = withFilterColumns(columns, {
      hardware: ['amd-rocm'],
      endpoints: ['anthropic-messages'],
    }).map((c) => c.id);
    expect(ids).toEqual(['name', 'license', 'hardware.amd-rocm', 'endpoints.anthropic-messages']);
    expect(withFilterColumns(columns, {}).map((c) => c.id)).toEqual(columns.map((c) => c.id));
  });

  it('shows a preset unless explicit columns are given', () => {
    expect(chosenColumns({ view: 'hardware', cols: null }).map((c) => c.id)).toContain(
      'hardware.webgpu',
    );
    expect(chosenColumns({ view: 'hardware', cols: ['license'] }).map((c) => c.id)).toEqual([
      'name',
      'license',
    ]);
    expect(chosenColumns({ view: null, cols: null }).map((c) => c.id)).toContain(
      'interfaces.openai-api',
    );
  });

  it('has API, model and operations presets, and "all" covers every column', () => {
    const ids = (view: ViewState['view']) => chosenColumns({ view, cols: null }).map((c) => c.id);
    expect(ids('api')).toEqual(expect.arrayContaining(['endpoints.anthropic-messages']));
    expect(ids('models')).toEqual(expect.arrayContaining(['models.deepseek', 'models.kimi']));
    expect(ids('operations')).toEqual(expect.arrayContaining(['operations.lora-hot-swap']));
    expect(ids('all')).toEqual(MATRIX_COLUMNS.map((c) => c.id));
  });

  it('keeps only columns where the shown engines differ', () => {
    const columns = ['name', 'license', 'status', 'hardware.nvidia-cuda', 'hardware.webgpu'].map(
      (id) => columnById.get(id)!,
    );
    expect(differingColumns(columns, [vllm, ollama]).map((c) => c.id)).toEqual(['name', 'license']);
    expect(differingColumns(columns, rows).map((c) => c.id)).toEqual([
      'name',
      'license',
      'status',
      'hardware.nvidia-cuda',
    ]);
  });
});

describe('view export', () => {
  const columns = ['name', 'latestRelease', 'hardware.apple-silicon', 'scenarios.edge-cpu'].map(
    (id) => columnById.get(id)!,
  );

  it('writes CSV of the shown rows and columns', () => {
    expect(viewToCsv([vllm, ollama], columns)).toBe(
      'id,name,latestRelease,hardware.apple-silicon,scenarios.edge-cpu\r\n' +
        'vllm,VLLM,v1.0.0 (2026-01-01),plugin,0\r\n' +
        'ollama,OLLAMA,v1.0.0 (2026-01-01),yes,0\r\n',
    );
  });

  it('writes JSON keyed by column id', () => {
    expect(JSON.parse(viewToJson([ollama], columns))).toEqual([
      {
        id: 'ollama',
        name: 'OLLAMA',
        latestRelease: 'v1.0.0 (2026-01-01)',
        'hardware.apple-silicon': 'yes',
        'scenarios.edge-cpu': 0,
      },
    ]);
  });
});
