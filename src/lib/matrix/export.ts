import { csvField } from '../csv-field';
import type { MatrixColumn } from './columns';
import { cellValue, type MatrixRow } from './row';

/** A cell as plain text for export: support level, rating, release "v1 (date)" or the value. */
function exportValue(row: MatrixRow, column: MatrixColumn): string | number {
  const value = cellValue(row, column.id);
  if (value === undefined) return '';
  if (typeof value !== 'object') return value;
  if ('support' in value) return value.support;
  return `${value.version} (${value.date})`;
}

/** The shown rows and columns as CSV, headed by column ids (stable, language-neutral). */
export function viewToCsv(rows: readonly MatrixRow[], columns: readonly MatrixColumn[]): string {
  const header = ['id', ...columns.map((c) => c.id)];
  const lines = rows.map((row) => [row.id, ...columns.map((c) => String(exportValue(row, c)))]);
  return [header, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The shown rows and columns as JSON: an array of objects keyed by column id. */
export function viewToJson(rows: readonly MatrixRow[], columns: readonly MatrixColumn[]): string {
  const objects = rows.map((row) =>
    Object.fromEntries([['id', row.id], ...columns.map((c) => [c.id, exportValue(row, c)])]),
  );
  return JSON.stringify(objects, null, 2);
}
