import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../i18n/locales';
import { withDetails, type PackedDetails } from '../../lib/matrix/pack';
import type { MatrixRow } from '../../lib/matrix/row';
import { matrixDetailsPath } from '../../lib/urls';

/**
 * The rows with their cells' details (notes, since, flag, tracking), which are fetched once the
 * island has hydrated rather than shipped in the page: until they arrive, cells show their
 * level and source only.
 */
export function useRowDetails(rows: MatrixRow[], locale: Locale, ready: boolean): MatrixRow[] {
  const [details, setDetails] = useState<Record<string, PackedDetails> | null>(null);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    fetch(matrixDetailsPath(locale))
      .then((response) => (response.ok ? response.json() : null))
      .then((json: Record<string, PackedDetails> | null) => current && json && setDetails(json))
      // Without details the table still works; the notes simply do not appear.
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [ready, locale]);
  return useMemo(
    () => (details ? rows.map((row) => withDetails(row, details[row.id] ?? {})) : rows),
    [rows, details],
  );
}
