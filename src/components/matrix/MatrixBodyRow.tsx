import { memo } from 'react';
import type { MatrixColumn } from '../../lib/matrix/columns';
import type { MatrixRow } from '../../lib/matrix/row';
import type { Labels } from '../island-shared/labels';
import { MatrixCellView } from '../island-shared/MatrixCellView';

interface Props {
  row: MatrixRow;
  /** The visible columns after `name`, in order. */
  columns: readonly MatrixColumn[];
  selected: boolean;
  onToggle: (id: string) => void;
  labels: Labels;
  href: string;
  /** Why the row matches the search box, e.g. "Huawei Ascend NPU" (only while searching). */
  matchNote: string | undefined;
  tipBelow: boolean;
  /** 1-based row index in the whole table, when virtualized. */
  rowIndex: number | undefined;
}

/** One engine's row. Memoized: a sort or filter re-renders only rows whose props changed. */
export const MatrixBodyRow = memo(function MatrixBodyRow({
  row,
  columns,
  selected,
  onToggle,
  labels,
  href,
  matchNote,
  tipBelow,
  rowIndex,
}: Props) {
  return (
    <tr data-engine={row.id} aria-rowindex={rowIndex}>
      <th scope="row" className="sticky-col">
        <span className="flex items-center gap-2">
          <input
            type="checkbox"
            className="matrix-check"
            checked={selected}
            onChange={() => onToggle(row.id)}
            aria-label={labels.t('matrix.selectRow', { name: row.name })}
          />
          <a href={href} className="font-semibold">
            {row.name}
          </a>
        </span>
        {matchNote && (
          <span
            className="block truncate text-xs font-normal text-slate-600 dark:text-slate-400"
            data-match-note
          >
            {labels.t('matrix.matchedIn', { fields: matchNote })}
          </span>
        )}
      </th>
      {columns.map((column) => (
        <td key={column.id} data-col={column.id}>
          <MatrixCellView row={row} column={column} labels={labels} tipBelow={tipBelow} />
        </td>
      ))}
    </tr>
  );
});
