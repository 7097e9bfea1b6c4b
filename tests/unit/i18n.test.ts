import { describe, expect, it } from 'vitest';
import {
  CAPABILITIES,
  CAPABILITY_GROUP_IDS,
  KINDS,
  RATINGS,
  SCENARIOS,
  STATUSES,
  SUPPORT_LEVELS,
} from '../../src/registry/attributes';
import { dictionaries, LOCALES, useTranslations } from '../../src/i18n';

/** Every dictionary key the registry implies, by the naming convention in src/i18n/labels.ts. */
const registryKeys = [
  ...CAPABILITY_GROUP_IDS.map((g) => `group.${g}`),
  ...CAPABILITIES.map(({ group, key }) => `attr.${group}.${key}`),
  ...SUPPORT_LEVELS.flatMap((l) => [`support.${l}`, `support.${l}.description`]),
  ...KINDS.map((k) => `kind.${k}`),
  ...STATUSES.map((s) => `status.${s}`),
  ...SCENARIOS.map((s) => `scenario.${s}`),
  ...RATINGS.map((r) => `rating.${r}`),
];

describe.each(LOCALES)('the %s dictionary', (locale) => {
  const dictionary: Record<string, string> = dictionaries[locale];

  it('has a label for every registry id', () => {
    expect(registryKeys.filter((key) => !dictionary[key])).toEqual([]);
  });

  it('has no empty strings', () => {
    expect(Object.entries(dictionary).filter(([, value]) => !value.trim())).toEqual([]);
  });
});

describe('useTranslations', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = useTranslations('en');
    expect(t('engine.verified', { date: '2026-11-25' })).toBe('Verified 2026-11-25');
    expect(t('engine.verified')).toBe('Verified {date}');
  });
});
