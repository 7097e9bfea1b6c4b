import type { SupportLevel } from '../../registry/attributes';
import type { MessageKey, Messages } from '../../i18n';
import { HTML_LANG, type Locale } from '../../i18n/locales';
import { translator } from '../../i18n/translate';
import { columnById, columnGroupLabelKey, type ColumnGroup } from '../../lib/matrix/columns';
import type { MatrixCell } from '../../lib/matrix/row';

/**
 * Label helpers the island needs, built from the page's dictionary; `rows` name the engines a
 * cell can inherit from (`via`).
 */
export function makeLabels(
  messages: Messages,
  locale: Locale,
  rows: readonly { id: string; name: string }[] = [],
) {
  const engineNames = new Map(rows.map((row) => [row.id, row.name]));
  const t = translator<MessageKey>(messages, HTML_LANG[locale]);
  // Registry ids map onto dictionary keys by convention; a unit test checks every one exists.
  const key = (text: string) => text as MessageKey;
  return {
    t,
    locale,
    column: (id: string) => t(key(columnById.get(id)?.labelKey ?? id)),
    group: (group: ColumnGroup) => t(key(columnGroupLabelKey(group))),
    support: (level: SupportLevel) => t(key(`support.${level}`)),
    rating: (rating: number) => t(key(`rating.${rating}`)),
    enumValue: (columnId: string, value: string) => t(key(`${columnId}.${value}`)),
    license: (value: string) => (value === 'proprietary' ? t('license.proprietary') : value),
    source: t('matrix.sourceOf'),
    /** A cell's note, `since`, `flag` and `via` as one line of text ("" when it has none). */
    cellDetail: (cell: MatrixCell) =>
      [
        cell.note,
        cell.since && t('cell.since', { version: cell.since }),
        cell.flag && `${t('cell.flag')} ${cell.flag}`,
        cell.via && t('cell.via', { engine: engineNames.get(cell.via) ?? cell.via }),
      ]
        .filter(Boolean)
        .join(' · '),
  };
}

export type Labels = ReturnType<typeof makeLabels>;
export type RowLabels = Pick<
  Labels,
  'support' | 'rating' | 'enumValue' | 'license' | 'source' | 'cellDetail'
>;
