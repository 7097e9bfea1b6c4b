import { OPTIONAL_COLUMNS, OPTIONAL_COLUMN_IDS, type ColumnGroup } from './columns';

export const PRESETS = [
  'overview',
  'hardware',
  'serving',
  'deployment',
  'api',
  'models',
  'operations',
  'all',
] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = 'overview';

const inGroups = (...groups: ColumnGroup[]) =>
  OPTIONAL_COLUMNS.filter((c) => groups.includes(c.group)).map((c) => c.id);

/** The columns each named view shows, besides the always-visible name column. */
export const PRESET_COLUMNS: Record<Preset, readonly string[]> = {
  overview: [
    'kind',
    'license',
    'status',
    'latestRelease',
    'hardware.nvidia-cuda',
    'hardware.amd-rocm',
    'hardware.apple-silicon',
    'hardware.cpu-x86',
    'hardware.huawei-ascend',
    'interfaces.openai-api',
    ...inGroups('scenarios'),
  ],
  hardware: ['kind', ...inGroups('hardware', 'os')],
  serving: ['kind', ...inGroups('features', 'quantization')],
  deployment: [
    'kind',
    'license',
    'status',
    'latestRelease',
    ...inGroups('os', 'install', 'interfaces'),
  ],
  api: ['kind', 'interfaces.openai-api', ...inGroups('endpoints')],
  models: ['kind', ...inGroups('models')],
  operations: ['kind', 'status', ...inGroups('operations')],
  all: OPTIONAL_COLUMN_IDS,
};
