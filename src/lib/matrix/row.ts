import type { CitedSupport } from '../sources';
import type { Release } from '../releases';

/** One capability cell as the matrix needs it; `source` is an absolute URL. */
export type MatrixCell = CitedSupport;

/** The row's plain text fields, listed once: the row type, the packer and the columns use it. */
export const ROW_TEXT_FIELDS = [
  'id',
  'name',
  'summary',
  'kind',
  'license',
  'status',
  /** Empty when no primary source dates it. */
  'firstRelease',
  'verified',
] as const;
export type RowTextField = (typeof ROW_TEXT_FIELDS)[number];

/** The newest release as the matrix shows it. */
export type RowRelease = Pick<Release, 'version' | 'date'>;

/** One engine, flattened for the matrix island (kept small: it is serialised into the page). */
export type MatrixRow = Record<RowTextField, string> & {
  /** Absent when no primary source dates a release. */
  latestRelease?: RowRelease | undefined;
  /** Keyed by column id, e.g. `hardware.nvidia-cuda`. Every capability column is present. */
  cells: Record<string, MatrixCell>;
  /** Keyed by column id, e.g. `scenarios.edge-cpu`. */
  ratings: Record<string, number>;
};

/** The value a column compares and exports for a row. */
export function cellValue(
  row: MatrixRow,
  columnId: string,
): string | number | MatrixCell | RowRelease | undefined {
  if (columnId in row.cells) return row.cells[columnId]!;
  if (columnId in row.ratings) return row.ratings[columnId]!;
  if (columnId === 'latestRelease') return row.latestRelease;
  return ((row as Record<string, unknown>)[columnId] as string | undefined) ?? '';
}
