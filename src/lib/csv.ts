import { CAPABILITIES, SCENARIOS } from '../registry/attributes';
import type { DatasetEngine } from '../schemas/dataset';

const SCALAR_COLUMNS = [
  'id',
  'name',
  'summary',
  'url',
  'homepage',
  'repository',
  'license',
  'languages',
  'maintainer',
  'kind',
  'status',
  'firstRelease',
  'latestRelease.version',
  'latestRelease.date',
  'verified',
] as const;

/** RFC 4180 field quoting; also defuses spreadsheet formulas (a leading = + - @). */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function scalar(engine: DatasetEngine, column: (typeof SCALAR_COLUMNS)[number]): string {
  if (column === 'latestRelease.version') return engine.latestRelease.version;
  if (column === 'latestRelease.date') return engine.latestRelease.date ?? '';
  const value = engine[column];
  return Array.isArray(value) ? value.join('; ') : (value ?? '');
}

/** A row per engine, a column per attribute (support level) and per scenario (rating). */
export function toCsv(engines: readonly DatasetEngine[]): string {
  const header = [
    ...SCALAR_COLUMNS,
    ...CAPABILITIES.map(({ group, key }) => `${group}.${key}`),
    ...SCENARIOS.map((s) => `scenarios.${s}`),
  ];
  const rows = engines.map((engine) => [
    ...SCALAR_COLUMNS.map((column) => scalar(engine, column)),
    ...CAPABILITIES.map(({ group, key }) => engine[group][key]!.support),
    ...SCENARIOS.map((s) => String(engine.scenarios[s]!.rating)),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
