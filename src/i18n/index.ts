import en from './en.json';

/** Locales the site is built in; the first is the default (no URL prefix). */
export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageKey = keyof typeof en;
export const dictionaries: Record<Locale, Record<MessageKey, string>> = { en };

/** Fills `{name}` placeholders. */
function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A translate function for one locale: `t('nav.about')`, `t('engine.verified', { date })`. */
export function useTranslations(locale: Locale = 'en') {
  const dictionary = dictionaries[locale];
  return (key: MessageKey, values: Record<string, string | number> = {}): string =>
    interpolate(dictionary[key], values);
}

export type Translate = ReturnType<typeof useTranslations>;
