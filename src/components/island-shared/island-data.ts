import { useMemo } from 'react';
import type { Messages } from '../../i18n';
import { unpackRow, type PackedRow } from '../../lib/matrix/pack';
import type { MatrixRow } from '../../lib/matrix/row';
import { readPageData } from '../../lib/page-data';
import type { Locale } from '../../i18n/locales';

/** What every data island receives through its JSON block: packed rows and the dictionary. */
export interface IslandData {
  rows: PackedRow[];
  locale: Locale;
  messages: Messages;
}

/** Reads an island's data block and unpacks its rows (once per page). */
export function useIslandData<T extends IslandData>(
  id: string,
): Omit<T, 'rows'> & { rows: MatrixRow[] } {
  return useMemo(() => {
    const data = readPageData<T>(id);
    return { ...data, rows: data.rows.map(unpackRow) };
  }, [id]);
}
