import type { EngineData } from '../../schemas/engine';
import type { CitedSupport } from '../sources';

/** One capability cell as the matrix needs it; `source` is an absolute URL. */
export type MatrixCell = CitedSupport;

/** One engine, flattened for the matrix island (kept small: it is serialised into the page). */
export interface MatrixRow {
  id: string;
  name: string;
  summary: string;
  kind: string;
  license: string;
  status: string;
  /** Empty when no primary source dates it. */
  firstRelease: string;
  verified: string;
  latestRelease: EngineData['latestRelease'];
  /** Keyed by column id, e.g. `hardware.nvidia-cuda`. Every capability column is present. */
  cells: Record<string, MatrixCell>;
  /** Keyed by column id, e.g. `scenarios.edge-cpu`. */
  ratings: Record<string, number>;
}

/** The value a column compares and exports for a row. */
export function cellValue(
  row: MatrixRow,
  columnId: string,
): string | number | MatrixCell | MatrixRow['latestRelease'] {
  if (columnId in row.cells) return row.cells[columnId]!;
  if (columnId in row.ratings) return row.ratings[columnId]!;
  return (row as unknown as Record<string, string | MatrixRow['latestRelease']>)[columnId] ?? '';
}
