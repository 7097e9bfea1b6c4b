import {
  CAPABILITIES,
  SCENARIOS,
  SUPPORT_LEVELS,
  type SupportLevel,
} from '../../registry/attributes';
import type { MatrixCell, MatrixRow } from './row';

/**
 * A compact, JSON-friendly form of the matrix rows for shipping inside the page: one letter per
 * support level, one digit per rating, each row's source URLs listed once and cited by index.
 * Roughly a third of the size of the plain rows.
 */
export type PackedRow = [
  id: string,
  name: string,
  summary: string,
  kind: string,
  license: string,
  status: string,
  firstRelease: string,
  verified: string,
  version: string,
  date: string,
  levels: string,
  ratings: string,
  /** Pairs of capability index and note. */
  notes: (number | string)[],
  sources: string[],
  /** Per capability: index into `sources`, or -1. */
  cellSources: number[],
];

const LETTERS = 'ygpnu'; // yes, plugin, partial, no, unknown: same order as SUPPORT_LEVELS
const CAPABILITY_IDS = CAPABILITIES.map(({ group, key }) => `${group}.${key}`);
const SCENARIO_IDS = SCENARIOS.map((s) => `scenarios.${s}`);

export function packRow(row: MatrixRow): PackedRow {
  const sources: string[] = [];
  const notes: (number | string)[] = [];
  const cellSources = CAPABILITY_IDS.map((id, index) => {
    const cell = row.cells[id]!;
    if (cell.note) notes.push(index, cell.note);
    if (!cell.source) return -1;
    if (!sources.includes(cell.source)) sources.push(cell.source);
    return sources.indexOf(cell.source);
  });
  return [
    row.id,
    row.name,
    row.summary,
    row.kind,
    row.license,
    row.status,
    row.firstRelease,
    row.verified,
    row.latestRelease.version,
    row.latestRelease.date ?? '',
    CAPABILITY_IDS.map((id) => LETTERS[SUPPORT_LEVELS.indexOf(row.cells[id]!.support)]).join(''),
    SCENARIO_IDS.map((id) => row.ratings[id]).join(''),
    notes,
    sources,
    cellSources,
  ];
}

export function unpackRow(packed: PackedRow): MatrixRow {
  const [
    id,
    name,
    summary,
    kind,
    license,
    status,
    firstRelease,
    verified,
    version,
    date,
    levels,
    ratings,
    notes,
    sources,
    cellSources,
  ] = packed;
  const noteAt = new Map<number, string>();
  for (let i = 0; i < notes.length; i += 2) noteAt.set(notes[i] as number, notes[i + 1] as string);
  const cells: Record<string, MatrixCell> = {};
  CAPABILITY_IDS.forEach((capability, index) => {
    const support = SUPPORT_LEVELS[LETTERS.indexOf(levels[index]!)] as SupportLevel;
    const note = noteAt.get(index);
    const source = cellSources[index]! >= 0 ? sources[cellSources[index]!] : undefined;
    cells[capability] = { support, ...(note && { note }), ...(source && { source }) };
  });
  return {
    id,
    name,
    summary,
    kind,
    license,
    status,
    firstRelease,
    verified,
    latestRelease: { version, ...(date && { date }) },
    cells,
    ratings: Object.fromEntries(
      SCENARIO_IDS.map((scenario, index) => [scenario, Number(ratings[index])]),
    ),
  };
}
