import {
  CAPABILITIES,
  SCENARIOS,
  SUPPORT_LEVELS,
  type SupportLevel,
} from '../../registry/attributes';
import { CELL_DETAILS, type CellDetail } from '../../schemas/support';
import { ROW_TEXT_FIELDS, type MatrixCell, type MatrixRow, type RowTextField } from './row';

/**
 * A compact, JSON-friendly form of the matrix rows for shipping inside the page: the text
 * fields in `ROW_TEXT_FIELDS` order, one letter per support level, one digit per rating, each
 * row's source URLs listed once and cited by index, and each cell detail (note, since, flag,
 * tracking) as pairs of capability index and text. Roughly a third of the size of plain rows.
 */
export type PackedRow = [
  texts: string[],
  /** `[version, date]` of the newest release, or empty. */
  release: string[],
  levels: string,
  ratings: string,
  /** Per cell detail: pairs of capability index and text. */
  details: Partial<Record<CellDetail, (number | string)[]>>,
  sources: string[],
  /** Per capability: index into `sources`, or -1. */
  cellSources: number[],
];

const LETTERS = 'ygpnu'; // yes, plugin, partial, no, unknown: same order as SUPPORT_LEVELS
const CAPABILITY_IDS = CAPABILITIES.map(({ group, key }) => `${group}.${key}`);
const SCENARIO_IDS = SCENARIOS.map((s) => `scenarios.${s}`);

export function packRow(row: MatrixRow): PackedRow {
  const sources: string[] = [];
  const details: PackedRow[4] = {};
  const cellSources = CAPABILITY_IDS.map((id, index) => {
    const cell = row.cells[id]!;
    for (const detail of CELL_DETAILS) {
      const text = cell[detail];
      if (text) (details[detail] ??= []).push(index, text);
    }
    if (!cell.source) return -1;
    if (!sources.includes(cell.source)) sources.push(cell.source);
    return sources.indexOf(cell.source);
  });
  return [
    ROW_TEXT_FIELDS.map((field) => row[field]),
    row.latestRelease ? [row.latestRelease.version, row.latestRelease.date] : [],
    CAPABILITY_IDS.map((id) => LETTERS[SUPPORT_LEVELS.indexOf(row.cells[id]!.support)]).join(''),
    SCENARIO_IDS.map((id) => row.ratings[id]).join(''),
    details,
    sources,
    cellSources,
  ];
}

export function unpackRow(packed: PackedRow): MatrixRow {
  const [texts, release, levels, ratings, details, sources, cellSources] = packed;
  const cells: Record<string, MatrixCell> = {};
  CAPABILITY_IDS.forEach((capability, index) => {
    const support = SUPPORT_LEVELS[LETTERS.indexOf(levels[index]!)] as SupportLevel;
    const source = cellSources[index]! >= 0 ? sources[cellSources[index]!] : undefined;
    cells[capability] = { support, ...(source && { source }) };
  });
  for (const detail of CELL_DETAILS) {
    const pairs = details[detail] ?? [];
    for (let i = 0; i < pairs.length; i += 2)
      cells[CAPABILITY_IDS[pairs[i] as number]!]![detail] = pairs[i + 1] as string;
  }
  const [version, date] = release;
  return {
    ...(Object.fromEntries(ROW_TEXT_FIELDS.map((field, i) => [field, texts[i]!])) as Record<
      RowTextField,
      string
    >),
    ...(version && date && { latestRelease: { version, date } }),
    cells,
    ratings: Object.fromEntries(
      SCENARIO_IDS.map((scenario, index) => [scenario, Number(ratings[index])]),
    ),
  };
}
