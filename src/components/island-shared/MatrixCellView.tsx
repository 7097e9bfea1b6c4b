import type { MatrixColumn } from '../../lib/matrix/columns';
import { cellValue, type MatrixCell, type MatrixRow, type RowRelease } from '../../lib/matrix/row';
import { SUPPORT_STYLE } from '../../lib/support-style';
import type { RowLabels } from './labels';

interface Props {
  row: MatrixRow;
  column: MatrixColumn;
  labels: RowLabels;
  /** Show the note tooltip below the cell instead of above (top rows). */
  tipBelow: boolean;
}

/**
 * A support cell, kept to three DOM nodes because a large matrix renders thousands of them: the
 * accessible text is the element's aria-label, and the note's tooltip is a CSS pseudo-element
 * that reads `data-tip` (shown on hover and on keyboard focus, see .cell-mark in matrix.css).
 */
function SupportCell({
  cell,
  labels,
  tipBelow,
}: { cell: MatrixCell } & Pick<Props, 'labels' | 'tipBelow'>) {
  const text = labels.support(cell.support);
  const detail = labels.cellDetail(cell);
  const label = `${text}${detail ? `: ${detail}` : ''}${cell.source ? ` (${labels.source})` : ''}`;
  const props = {
    className: `cell-mark ${SUPPORT_STYLE[cell.support].className}${tipBelow ? ' cell-tip-below' : ''}`,
    'data-support': cell.support,
    'data-tip': detail ? `${text} — ${detail}` : undefined,
    'aria-label': label,
  };
  const icon = <span aria-hidden="true" className={`support-icon support-icon-${cell.support}`} />;
  if (cell.source) {
    return (
      <a href={cell.source} rel="noopener" {...props}>
        {icon}
      </a>
    );
  }
  // Without a link the mark is an image with a text alternative; with a note, it takes focus.
  return (
    <span role="img" tabIndex={detail ? 0 : undefined} {...props}>
      {icon}
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
      const release = value as RowRelease | undefined;
      if (!release) return <>—</>;
      return (
        <span className="whitespace-nowrap">
          {release.version}
          <span className="block text-xs text-slate-500 dark:text-slate-400">{release.date}</span>
        </span>
      );
    }
    case 'enum':
      return <>{labels.enumValue(column.id, value as string)}</>;
    case 'text':
      if (column.id === 'license') return <>{labels.license(value as string)}</>;
      return <span className="whitespace-nowrap">{String(value) || '—'}</span>;
    default:
      return <span className="whitespace-nowrap">{String(value) || '—'}</span>;
  }
}
