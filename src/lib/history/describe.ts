import type { Kind, Rating, Status } from '../../registry/attributes';
import type { Locale } from '../../i18n/locales';
import type { MessageKey, Translate } from '../../i18n';
import {
  attributeLabel,
  groupLabel,
  kindLabel,
  licenseLabel,
  ratingLabel,
  scenarioLabel,
  statusLabel,
  supportLabel,
} from '../../i18n/labels';
import type { Change, TrackedField } from './diff';

/** One change in words: what changed, and from what to what when that fits in a line. */
export interface ChangeText {
  what: string;
  from?: string;
  to?: string;
  /** A longer detail (the new note), shown under the line. */
  detail?: string;
}

// English prose fields stay out of the Chinese history (that edition never shows English text
// by accident); their change is stated without the words.
const PROSE_FIELDS: readonly TrackedField[] = ['summary', 'maintainer'];

function fieldValue(t: Translate, field: TrackedField, value: string | undefined) {
  if (value === undefined) return t('changes.none');
  if (field === 'status') return statusLabel(t, value as Status);
  if (field === 'kind') return kindLabel(t, value as Kind);
  if (field === 'license') return licenseLabel(t, value);
  return value;
}

export function describeChange(change: Change, t: Translate, locale: Locale): ChangeText {
  switch (change.type) {
    case 'added':
      return { what: t('changes.added', { count: change.cells }) };
    case 'removed':
      return { what: t('changes.removed') };
    case 'field': {
      const what = t(`field.${change.field}` as MessageKey);
      if (locale !== 'en' && PROSE_FIELDS.includes(change.field))
        return { what, to: t('changes.updated') };
      return {
        what,
        from: fieldValue(t, change.field, change.from),
        to: fieldValue(t, change.field, change.to),
      };
    }
    case 'release':
      return {
        what: t(change.change === 'added' ? 'changes.releaseAdded' : 'changes.releaseRemoved', {
          version: change.version,
          date: change.date ?? '',
        }),
      };
    case 'backend':
      return {
        what: t(change.change === 'added' ? 'changes.backendAdded' : 'changes.backendRemoved', {
          engine: change.engine,
        }),
      };
    case 'scenario': {
      const rating = (value?: number) =>
        value === undefined ? t('changes.none') : ratingLabel(t, value as Rating);
      return {
        what: t('changes.scenario', { scenario: scenarioLabel(t, change.scenario) }),
        from: rating(change.from),
        to: rating(change.to),
      };
    }
    case 'cell': {
      const what = `${groupLabel(t, change.group)} · ${attributeLabel(t, change.group, change.key)}`;
      const parts = change.parts.map((part) => t(`changes.part.${part}` as MessageKey)).join(', ');
      const level =
        change.from === change.to
          ? { to: supportLabel(t, change.to) }
          : { from: supportLabel(t, change.from), to: supportLabel(t, change.to) };
      return {
        what,
        ...level,
        ...(parts && {
          detail:
            locale === 'en' && change.noteTo
              ? `${t('changes.updatedParts', { parts })} — ${change.noteTo}`
              : t('changes.updatedParts', { parts }),
        }),
      };
    }
  }
}
