import {
  CELL_DETAILS,
  SCENARIOS,
  SUPPORT_LEVELS,
  type CellDetail,
  type SupportLevel,
} from '../../registry/attributes';
import { CAPABILITY_IDS } from '../capabilities';
import { ROW_TEXT_FIELDS, type MatrixCell, type MatrixRow, type RowTextField } from './row';

/**
 * A compact, JSON-friendly form of the matrix rows for shipping inside the page: the text
 * fields in `ROW_TEXT_FIELDS` order, one letter per support level, one digit per rating, and
 * each row's source URLs listed once and cited by index. Roughly a third of the size of plain
 * rows. The cells' details (notes, since, flag, tracking) are most of a row's weight: they are
 * packed apart (`packDetails`) and fetched after the page has loaded (`matrixDetailsPath`).
 */
export type PackedRow = [
  texts: string[],
  /** `[version, date]` of the newest release, or empty. */
  release: string[],
  levels: string,
  ratings: string,
  sources: string[],
  /** Per capability: index into `sources`, or -1. */
  cellSources: number[],
];

/** Per cell detail: pairs of capability index and text. */
export type PackedDetails = Partial<Record<CellDetail, (number | string)[]>>;

const LETTERS = 'ygpnu'; // yes, plugin, partial, no, unknown: same order as SUPPORT_LEVELS
const SCENARIO_IDS = SCENARIOS.map((s) => `scenarios.${s}`);

/** A row's cell details, keyed by detail, as pairs of capability index and text. */
export function packDetails(row: MatrixRow): PackedDetails {
  const details: PackedDetails = {};
  CAPABILITY_IDS.forEach((id, index) => {
    for (const detail of CELL_DETAILS) {
      const text = row.cells[id]![detail];
      if (text) (details[detail] ??= []).push(index, text);
    }
  });
  return details;
}

/** A copy of the row with the packed details put back into its cells. */
export function withDetails(row: MatrixRow, details: PackedDetails): MatrixRow {
  const cells = { ...row.cells };
  for (const detail of CELL_DETAILS) {
    const pairs = details[detail] ?? [];
    for (let i = 0; i < pairs.length; i += 2) {
      const id = CAPABILITY_IDS[pairs[i] as number]!;
      cells[id] = { ...cells[id]!, [detail]: pairs[i + 1] as string };
    }
  }
  return { ...row, cells };
}

/** The row without its cells' details (what the page's data block carries). */
export function packRow(row: MatrixRow): PackedRow {
  const sources: string[] = [];
  const cellSources = CAPABILITY_IDS.map((id) => {
    const cell = row.cells[id]!;
    if (!cell.source) return -1;
    if (!sources.includes(cell.source)) sources.push(cell.source);
    return sources.indexOf(cell.source);
  });
  return [
    ROW_TEXT_FIELDS.map((field) => row[field]),
    row.latestRelease ? [row.latestRelease.version, row.latestRelease.date] : [],
    CAPABILITY_IDS.map((id) => LETTERS[SUPPORT_LEVELS.indexOf(row.cells[id]!.support)]).join(''),
    SCENARIO_IDS.map((id) => row.ratings[id]).join(''),
    sources,
    cellSources,
  ];
}

export function unpackRow(packed: PackedRow): MatrixRow {
  const [texts, release, levels, ratings, sources, cellSources] = packed;
  const cells: Record<string, MatrixCell> = {};
  CAPABILITY_IDS.forEach((capability, index) => {
    const support = SUPPORT_LEVELS[LETTERS.indexOf(levels[index]!)] as SupportLevel;
    const source = cellSources[index]! >= 0 ? sources[cellSources[index]!] : undefined;
    cells[capability] = { support, ...(source && { source }) };
  });
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
