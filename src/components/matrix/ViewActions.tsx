import { useState } from 'react';
import type { MatrixColumn } from '../../lib/matrix/columns';
import type { MatrixRow } from '../../lib/matrix/row';
import type { Labels } from '../island-shared/labels';
import { MAX_ENGINES } from '../../lib/compare/compare-state';

interface Props {
  labels: Labels;
  /** The shown rows in their shown order, read when a download starts. */
  shownRows: () => MatrixRow[];
  columns: readonly MatrixColumn[];
  selected: readonly string[];
  compareHref: string;
  onClearSelection: () => void;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copy link, downloads of the current view, and "compare selected". */
export function ViewActions({
  labels,
  shownRows,
  columns,
  selected,
  compareHref,
  onClearSelection,
}: Props) {
  const { t } = labels;
  const [copyStatus, setCopyStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyStatus(t('matrix.copied'));
    } catch {
      setCopyStatus(t('matrix.copyFailed'));
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2" data-view-actions>
      <button type="button" className="matrix-button" onClick={copy}>
        {t('matrix.copyLink')}
      </button>
      <span role="status" className="text-sm text-slate-600 dark:text-slate-400" data-copy-status>
        {copyStatus}
      </span>
      {/* Downloads are for desktops: on a phone the row keeps to sharing and comparing. */}
      <button
        type="button"
        className="matrix-button hidden sm:inline-flex"
        onClick={async () => {
          const { viewToCsv } = await import('../../lib/matrix/export');
          download('engines.csv', 'text/csv', viewToCsv(shownRows(), columns));
        }}
      >
        {t('matrix.downloadCsv')}
      </button>
      <button
        type="button"
        className="matrix-button hidden sm:inline-flex"
        onClick={async () => {
          const { viewToJson } = await import('../../lib/matrix/export');
          download('engines.json', 'application/json', viewToJson(shownRows(), columns));
        }}
      >
        {t('matrix.downloadJson')}
      </button>
      {selected.length >= 2 && selected.length <= MAX_ENGINES ? (
        <a className="matrix-button matrix-button-primary" href={compareHref}>
          {t('matrix.compareSelected', { count: selected.length })}
        </a>
      ) : (
        <button
          type="button"
          className="matrix-button"
          disabled
          aria-disabled="true"
          aria-describedby={selected.length > MAX_ENGINES ? 'compare-limit' : undefined}
        >
          {t('matrix.compareSelected', { count: selected.length })}
        </button>
      )}
      {selected.length > MAX_ENGINES && (
        <span
          id="compare-limit"
          className="text-sm text-amber-800 dark:text-amber-200"
          data-compare-limit
        >
          {t('matrix.compareLimit', { max: MAX_ENGINES, count: selected.length })}
        </span>
      )}
      {selected.length > 0 && (
        <button type="button" className="matrix-link-button" onClick={onClearSelection}>
          {t('matrix.clearSelection')}
        </button>
      )}
    </div>
  );
}
