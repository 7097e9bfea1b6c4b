import { MATRIX_COLUMNS, type MatrixColumn } from './columns';
import { DEFAULT_PRESET, PRESET_COLUMNS } from './presets';
import { cellValue, type MatrixRow } from './row';
import type { ViewState } from './view-state';

/** The columns a view shows, in display order: name first, then the chosen ones. */
export function chosenColumns(state: Pick<ViewState, 'cols' | 'view'>): MatrixColumn[] {
  const ids = state.cols ?? PRESET_COLUMNS[state.view ?? DEFAULT_PRESET];
  return MATRIX_COLUMNS.filter((column) => column.rowHeader || ids.includes(column.id));
}

/**
 * The view's columns plus the column of every active capability filter, so a filtered view
 * shows the evidence it filtered on whatever columns were chosen, and a shared link reproduces
 * it (the filters are in the URL). The table keeps its group order, so a filter column sits
 * in its group, not first.
 */
export function withFilterColumns(
  columns: readonly MatrixColumn[],
  filters: ViewState['filters'],
): MatrixColumn[] {
  const filtered = new Set(
    Object.entries(filters).flatMap(([group, keys]) =>
      (keys ?? []).map((key) => `${group}.${key}`),
    ),
  );
  const shown = new Set(columns.map((column) => column.id));
  return MATRIX_COLUMNS.filter((column) => shown.has(column.id) || filtered.has(column.id));
}

const comparable = (value: ReturnType<typeof cellValue>) =>
  typeof value === 'object' && value !== null
    ? 'support' in value
      ? value.support
      : `${value.version}@${value.date ?? ''}`
    : String(value);

/** Columns where not every row has the same value (the row header always stays). */
export function differingColumns(
  columns: readonly MatrixColumn[],
  rows: readonly MatrixRow[],
): MatrixColumn[] {
  return columns.filter((column) => {
    if (column.rowHeader) return true;
    const values = new Set(rows.map((row) => comparable(cellValue(row, column.id))));
    return values.size > 1;
  });
}
