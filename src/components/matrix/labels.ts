import type { SupportLevel } from '../../registry/attributes';
import { translator, type Messages } from '../../i18n/translate';
import { columnById, columnGroupLabelKey, type ColumnGroup } from '../../lib/matrix/columns';

/** Label helpers the island needs, built from the page's dictionary. */
export function makeLabels(messages: Messages) {
  const t = translator(messages);
  return {
    t,
    column: (id: string) => t(columnById.get(id)?.labelKey ?? id),
    group: (group: ColumnGroup) => t(columnGroupLabelKey(group)),
    support: (level: SupportLevel) => t(`support.${level}`),
    rating: (rating: number) => t(`rating.${rating}`),
    enumValue: (columnId: string, value: string) => t(`${columnId}.${value}`),
    source: t('matrix.sourceOf'),
  };
}

export type Labels = ReturnType<typeof makeLabels>;
export type RowLabels = Pick<Labels, 'support' | 'rating' | 'enumValue' | 'source'>;
