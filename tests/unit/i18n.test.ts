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

// Values that are the same in every language: product names, formats and acronyms.
const SAME_IN_EVERY_LANGUAGE = new Set([
  'attr.hardware.intel-gpu',
  'attr.hardware.intel-gaudi',
  'attr.hardware.cpu-x86',
  'attr.hardware.cpu-arm',
  'attr.hardware.google-tpu',
  'attr.hardware.aws-neuron',
  'attr.os.linux',
  'attr.os.macos',
  'attr.os.windows',
  'attr.quantization.gptq',
  'attr.quantization.awq',
  'attr.quantization.fp8',
  'attr.quantization.int8',
  'attr.quantization.gguf',
  'attr.quantization.nvfp4',
  'attr.quantization.mxfp4',
  'attr.quantization.bitsandbytes',
  'attr.interfaces.grpc',
  'attr.install.pip',
  'attr.install.homebrew',
  'guide.install.homebrew',
  'lang.switch',
  'lang.switchLabel',
  'notFound.otherEdition',
  'rating.outOf',
  'embed.markdown',
  'embed.html',
  'nav.api',
]);
// CJK ideographs, or the full-width punctuation Chinese text uses around names.
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

describe('the Chinese dictionary', () => {
  const en: Record<string, string> = dictionaries.en;
  const zh: Record<string, string> = dictionaries.zh;

  it('has every key of the English one, and no other', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('translates every string that is not a name (no value left in English)', () => {
    const untranslated = Object.keys(en).filter(
      (key) => !SAME_IN_EVERY_LANGUAGE.has(key) && !CJK.test(zh[key] ?? ''),
    );
    expect(untranslated).toEqual([]);
  });

  it('keeps the same placeholders as English', () => {
    // Plural branches (`one {…}`) are text, not placeholders.
    const placeholders = (text: string) =>
      [
        ...new Set(
          [
            ...text
              .replace(/(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\}/g, '')
              .matchAll(/\{(\w+)(?:\}|, plural,)/g),
          ].map((m) => m[1]),
        ),
      ].sort();
    const mismatched = Object.keys(en).filter(
      (key) => placeholders(en[key]!).join() !== placeholders(zh[key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('useTranslations', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = useTranslations('en');
    expect(t('engine.verified', { date: '2026-11-25' })).toBe('Verified 2026-11-25');
    expect(t('engine.verified')).toBe('Verified {date}');
  });

  it('reads counted phrases right for every count, in both languages', () => {
    const en = useTranslations('en');
    const zh = useTranslations('zh');
    const describe = (t: typeof en, count: number) =>
      t('compare.pairDescription', { a: 'A', b: 'B', count });
    expect(describe(en, 0)).toContain('with no differences marked');
    expect(describe(en, 1)).toContain('with the one difference marked');
    expect(describe(en, 12)).toContain('with the 12 differences marked');
    expect(en('engines.intro', { count: 1 })).toMatch(/^1 engine,/);
    expect(en('engines.intro', { count: 26 })).toMatch(/^26 engines,/);
    expect(describe(zh, 1)).toContain('1');
  });

  it('throws on a key that is not in the dictionary instead of showing it', () => {
    const t = useTranslations('en') as (key: string) => string;
    expect(() => t('no.such.key')).toThrow(/missing message "no.such.key"/);
  });
});
