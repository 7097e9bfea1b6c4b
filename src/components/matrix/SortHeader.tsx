import type { ReactNode } from 'react';
import type { Labels } from '../island-shared/labels';

interface SortableColumn {
  getIsSorted: () => false | 'asc' | 'desc';
  getSortIndex: () => number;
  getToggleSortingHandler: () => undefined | ((event: unknown) => void);
}

interface Props {
  column: SortableColumn;
  label: string;
  sticky: boolean;
  labels: Labels;
  /** Rendered before the sort button (the select-all checkbox in the name column). */
  leading: ReactNode;
}

/** A column heading: `<th aria-sort>` with a sort `<button>`; Shift adds a secondary sort. */
export function SortHeader({ column, label, sticky, labels, leading }: Props) {
  const direction = column.getIsSorted();
  const index = column.getSortIndex();
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
  return (
    <th
      scope="col"
      aria-sort={ariaSort}
      className={sticky ? 'matrix-head sticky-col' : 'matrix-head'}
    >
      <span className="flex items-end gap-2">
        {leading}
        <button type="button" className="matrix-sort" onClick={column.getToggleSortingHandler()}>
          <span>{label}</span>
          <span aria-hidden="true" className="matrix-sort-icon">
            {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
            {direction && index > 0 ? <sup>{index + 1}</sup> : null}
          </span>
          {direction && (
            <span className="sr-only">
              {', '}
              {labels.t('matrix.sortedBy', {
                direction: labels.t(direction === 'asc' ? 'matrix.ascending' : 'matrix.descending'),
                index: index + 1,
              })}
            </span>
          )}
        </button>
      </span>
    </th>
  );
}
