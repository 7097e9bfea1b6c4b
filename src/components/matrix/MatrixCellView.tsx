import type { MatrixColumn } from '../../lib/matrix/columns';
import { cellValue, type MatrixCell, type MatrixRow } from '../../lib/matrix/row';
import { SUPPORT_STYLE } from '../../lib/support-style';
import type { RowLabels } from './labels';

interface Props {
  row: MatrixRow;
  column: MatrixColumn;
  labels: RowLabels;
  /** Show the note tooltip below the cell instead of above (top rows). */
  tipBelow: boolean;
}

function SupportCell({
  cell,
  labels,
  tipBelow,
}: { cell: MatrixCell } & Pick<Props, 'labels' | 'tipBelow'>) {
  const text = labels.support(cell.support);
  const body = (
    <>
      <span aria-hidden="true" className={`support-icon support-icon-${cell.support}`} />
      <span className="sr-only">
        {text}
        {cell.note && `: ${cell.note}`}
        {cell.source && ` (${labels.source})`}
      </span>
      {cell.note && (
        <span
          aria-hidden="true"
          className={`cell-tip ${tipBelow ? 'top-full mt-1' : 'bottom-full mb-1'}`}
        >
          <strong>{text}</strong> — {cell.note}
        </span>
      )}
    </>
  );
  const className = `cell-mark ${SUPPORT_STYLE[cell.support].className}`;
  if (cell.source) {
    return (
      <a href={cell.source} rel="noopener" className={className} data-support={cell.support}>
        {body}
      </a>
    );
  }
  // A note without a source still needs to be reachable by keyboard.
  return (
    <span className={className} data-support={cell.support} tabIndex={cell.note ? 0 : undefined}>
      {body}
    </span>
  );
}

/** One body cell of the matrix, by column kind. */
export function MatrixCellView({ row, column, labels, tipBelow }: Props) {
  const value = cellValue(row, column.id);
  switch (column.kind) {
    case 'support':
      return <SupportCell cell={value as MatrixCell} labels={labels} tipBelow={tipBelow} />;
    case 'rating':
      return <span title={labels.rating(value as number)}>{labels.rating(value as number)}</span>;
    case 'release': {
      const release = value as MatrixRow['latestRelease'];
      return (
        <span className="whitespace-nowrap">
          {release.version}
          {release.date && (
            <span className="block text-xs text-slate-500 dark:text-slate-400">{release.date}</span>
          )}
        </span>
      );
    }
    case 'enum':
      return <>{labels.enumValue(column.id, value as string)}</>;
    default:
      return <span className="whitespace-nowrap">{String(value) || '—'}</span>;
  }
}
