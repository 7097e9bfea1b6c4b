import { Fragment, useMemo, type RefObject } from 'react';
import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { COLUMN_GROUPS, MATRIX_COLUMNS, type MatrixColumn } from '../../lib/matrix/columns';
import { compareCells } from '../../lib/matrix/sort-comparators';
import { cellValue, type MatrixRow } from '../../lib/matrix/row';
import type { SortEntry } from '../../lib/matrix/view-state';
import type { Labels } from '../island-shared/labels';
import { MatrixBodyRow } from './MatrixBodyRow';
import { SortHeader } from './SortHeader';
import { useRowWindow } from './useRowWindow';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnVisibilityFeature,
});

const helper = createColumnHelper<typeof features, MatrixRow>();

const leaf = (column: MatrixColumn) =>
  helper.accessor((row): unknown => cellValue(row, column.id), {
    id: column.id,
    sortFn: (a, b, id) => compareCells(column.kind, a.getValue(id), b.getValue(id)),
    // Best, newest and highest first on the first click; names and text A→Z.
    sortDescFirst: !['name', 'text', 'enum'].includes(column.kind),
  });

/** Module-level and stable: one group column per column group, leaves from the registry. */
const columns = helper.columns(
  COLUMN_GROUPS.map((group) =>
    helper.group({
      id: `group:${group}`,
      columns: MATRIX_COLUMNS.filter((c) => c.group === group).map(leaf),
    }),
  ),
);

const columnMeta = new Map(MATRIX_COLUMNS.map((c) => [c.id, c]));

/** The matrix's TanStack table: sorting and visibility controlled by the view state. */
export function useMatrixTable(
  rows: MatrixRow[],
  visible: readonly MatrixColumn[],
  sort: SortEntry[],
  onSortChange: (sort: SortEntry[]) => void,
) {
  const columnVisibility = useMemo(() => {
    const shown = new Set(visible.map((c) => c.id));
    return Object.fromEntries(MATRIX_COLUMNS.map((c) => [c.id, shown.has(c.id)]));
  }, [visible]);

  return useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { sorting: sort, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) =>
      onSortChange(typeof updater === 'function' ? updater(sort) : updater),
    enableMultiSort: true,
  });
}

type MatrixTableInstance = ReturnType<typeof useMatrixTable>;

interface Props {
  table: MatrixTableInstance;
  selected: readonly string[];
  onToggleRow: (id: string) => void;
  onToggleAll: (select: boolean) => void;
  caption: string;
  labels: Labels;
  pagePath: (id: string) => string;
  /** Per engine id, why the row matches the search (only while searching). */
  matchNotes: ReadonlyMap<string, string>;
  /** The scrolling container, for virtualization. */
  scrollRef: RefObject<HTMLElement | null>;
  /** Render only the rows in view (large catalogues, after hydration). */
  virtual: boolean;
}

export function MatrixTable({
  scrollRef,
  virtual,
  table,
  selected,
  onToggleRow,
  onToggleAll,
  caption,
  labels,
  pagePath,
  matchNotes,
}: Props) {
  const sortedRows = table.getRowModel().rows;
  const window = useRowWindow(scrollRef, sortedRows.length, virtual);
  const columnCount = table.getVisibleLeafColumns().length;
  const visibility = table.state.columnVisibility;
  const bodyColumns = useMemo(
    () => MATRIX_COLUMNS.filter((column) => !column.rowHeader && visibility[column.id] !== false),
    [visibility],
  );
  const HEADER_ROWS = 2;
  const allSelected = sortedRows.length > 0 && sortedRows.every((row) => selected.includes(row.id));

  return (
    <table
      className={
        virtual
          ? 'matrix-table matrix-layout-fixed matrix-fixed-rows'
          : 'matrix-table matrix-layout-fixed'
      }
      data-matrix
      aria-rowcount={virtual ? sortedRows.length + HEADER_ROWS : undefined}
    >
      <caption className="sr-only">{caption}</caption>
      {/* Fixed column widths: the layout never depends on which rows are rendered or parsed yet. */}
      <colgroup>
        <col className="matrix-col-name" />
        {bodyColumns.map((column) => (
          <col key={column.id} className="matrix-col" />
        ))}
      </colgroup>
      <thead>
        {table.getHeaderGroups().map((headerGroup, depth) => (
          <tr key={headerGroup.id}>
            {headerGroup.headers.map((header) => {
              if (depth === 0) {
                const group = header.column.id.replace(
                  'group:',
                  '',
                ) as (typeof COLUMN_GROUPS)[number];
                const label = <span className="matrix-group-label">{labels.group(group)}</span>;
                if (group !== 'overview') {
                  return (
                    <th
                      key={header.id}
                      colSpan={header.colSpan}
                      scope="colgroup"
                      className="matrix-group"
                    >
                      {label}
                    </th>
                  );
                }
                // Only the name column is sticky; the rest of the overview group scrolls with the others.
                return (
                  <Fragment key={header.id}>
                    <th scope="col" className="matrix-group sticky-col">
                      {label}
                    </th>
                    {header.colSpan > 1 && (
                      <td colSpan={header.colSpan - 1} className="matrix-group" />
                    )}
                  </Fragment>
                );
              }
              const meta = columnMeta.get(header.column.id)!;
              return (
                <SortHeader
                  key={header.id}
                  column={header.column}
                  label={labels.column(meta.id)}
                  sticky={meta.rowHeader}
                  labels={labels}
                  leading={
                    meta.rowHeader ? (
                      <input
                        type="checkbox"
                        className="matrix-check"
                        checked={allSelected}
                        onChange={(event) => onToggleAll(event.target.checked)}
                        aria-label={labels.t('matrix.selectAll')}
                      />
                    ) : null
                  }
                />
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {window.padTop > 0 && (
          <tr aria-hidden="true" style={{ height: window.padTop }}>
            <td colSpan={columnCount} />
          </tr>
        )}
        {sortedRows.slice(window.start, window.end).map((row, offset) => {
          const index = window.start + offset;
          return (
            <MatrixBodyRow
              key={row.id}
              row={row.original}
              columns={bodyColumns}
              selected={selected.includes(row.id)}
              onToggle={onToggleRow}
              labels={labels}
              href={pagePath(row.id)}
              matchNote={matchNotes.get(row.id)}
              tipBelow={index < 2}
              rowIndex={virtual ? index + HEADER_ROWS + 1 : undefined}
            />
          );
        })}
        {window.padBottom > 0 && (
          <tr aria-hidden="true" style={{ height: window.padBottom }}>
            <td colSpan={columnCount} />
          </tr>
        )}
      </tbody>
    </table>
  );
}
